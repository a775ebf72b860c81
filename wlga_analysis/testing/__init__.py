"""Test support: synthetic documents and helpers for the test suite (not runtime code)."""
