"""A Lead column naming no organisation of ``organisations.csv`` is reported in the
data-quality report (stop 23): an issue row naming the value and where it is, once per
value; no partner is invented. The author ("WLGA"), a post ("Head of Digital Services")
and placeholders ("TBC") are no unknown leads."""

from __future__ import annotations

import warnings
from pathlib import Path

import wlga_analysis as wa
from wlga_analysis.documents import read_document
from wlga_analysis.programme import parse_programme

PLAN = """# Digital Support Programme 2025-26: position at the end of Quarter 2

Report to the Digital Panel, 16 October 2025

This paper reports progress against the 2025-26 delivery plan of the programme.

## Progress against the delivery plan

### Workstream 1: Leadership and skills

| Ref | Milestone | Lead | Progress |
|---|---|---|---|
| 1.1 | Run a digital leadership course for senior officers | WLGA | Complete |
| 1.2 | Agree the funding of the skills academy | Welsh Government | On track |
| 1.3 | Publish a shared data standard | Data Cymru | On track |
| 1.4 | Review the skills academy's first year | Welsh Government | Not started |
| 1.5 | Appoint a programme manager | TBC | Not started |
| 1.6 | Refresh the skills survey | Head of Digital Services | On track |
"""


def test_an_unknown_lead_is_reported_once_and_gives_no_partner(tmp_path):
    path = Path(tmp_path) / "plan.md"
    path.write_text(PLAN, encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parsed = parse_programme(read_document(path, "programme"))
        items = wa.load_programme(path)
    assert [list(p) for p in items["partners"]] == [[], [], ["Data Cymru"], [], [], []]
    issues = [i for i in parsed.issues if i.check == "unknown lead"]
    assert len(issues) == 1
    assert issues[0].item == "1.2" and issues[0].source_line == 14
    assert "'Welsh Government'" in issues[0].message
