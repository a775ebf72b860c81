"""Interpreters: read the document model (:mod:`wlga_analysis.read`) into tidy tables.

- :mod:`~wlga_analysis.interpret.recommendations`: a Working Group recommendations table.
- :mod:`~wlga_analysis.interpret.programme`: Improvement Programme updates.
"""
