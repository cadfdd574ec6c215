"""Ingest: read the articles in `corpus/`, strip page leftovers, keep headings and table cells, split
sentences, and cut passages with offsets into each article's reading text. Imports only the core."""
