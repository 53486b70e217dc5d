"""Pieces of bench/run.py: what the workloads are, how they are built, run and reported."""
