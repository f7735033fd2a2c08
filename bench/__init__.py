"""Benchmarks: each prints its figures; the README quotes the latest run."""
