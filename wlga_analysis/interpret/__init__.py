"""Interpreters: read the document model (:mod:`wlga_analysis.read`) into tidy tables.

- :mod:`~wlga_analysis.interpret.recommendations`: a Working Group recommendations table.
"""
