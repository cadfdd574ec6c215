"""Encoders: the only importers of sentence-transformers/torch (the reference encoder and the ONNX export)
and of onnxruntime/tokenizers (the query encoder). The model ships inside a package; nothing is downloaded."""
