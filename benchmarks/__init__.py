"""Benchmarks that print the figures of design.md's budgets."""
