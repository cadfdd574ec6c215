"""Evaluation: metrics, the runner behind `python -m bot eval`, and the dense-500 and BM25 baselines."""
