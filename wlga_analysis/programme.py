"""Parse a WLGA Improvement Programme update into tidy tables.

The interpreter lives in :mod:`wlga_analysis.interpret.programme` (it reads the document
model of :mod:`wlga_analysis.read`); this module keeps the public names where they have
always been.

Examples
--------
>>> import warnings
>>> with warnings.catch_warnings():
...     warnings.simplefilter("ignore")
...     prog = load_programme()
>>> prog.loc[prog["item_id"] == "6.1", ["topic", "status", "quarter_label"]].values.tolist()
[['Programme team', 'at risk', '2021-22 Q2']]
"""

from __future__ import annotations

from wlga_analysis.interpret.programme import (
    ProgrammeParse,
    load_grants,
    load_paragraphs,
    load_priorities,
    load_programme,
    parse_amount,
    parse_programme,
    programme_metadata,
)
from wlga_analysis.interpret.programme.parser import _Parser

__all__ = [
    "ProgrammeParse",
    "_Parser",
    "load_grants",
    "load_paragraphs",
    "load_priorities",
    "load_programme",
    "parse_amount",
    "parse_programme",
    "programme_metadata",
]
