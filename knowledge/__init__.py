"""The knowledge engine: articles in, cited facts out. A pure Python API with no chat concepts."""
