"""Answering: the engine (`Bot`: load the index, decide the kind of answer once) and the composer (templates
filled with verbatim, cited sentences)."""
