"""Interpreters: read the document model into the tables of each document kind.

- :mod:`~wlga_analysis.interpret.programme`: Improvement Programme updates.
"""
