"""Statuses shown ONLY BY ICONS and funding as a table of grant STRANDS with budgets in the
header's unit (eval39's prog39a family), written afresh in other layouts and wordings:

- a pandoc Markdown update ("## Objective N – ..." headings over ``No. | Task | Owner |
  Target | RAG`` tables whose RAG cell is ``![Green](g.svg "g")``), a "Resources"
  section whose table is ``Funding stream | Allocation (£000) | Spend (£000)`` with a
  Sub-total row and a strand that is no grant ("Core team");
- a Word update (labelled Heading 2 over tables, the status cell an inline picture whose
  alt text is the status, ``wp:docPr descr=``), a ``Strand | Budget £m | Spent £m`` table
  ("0.35" = £350,000) with a Total row;
- a web page whose funding table has a heading-shaped line "Funding" in its text form
  followed by a paragraph, not the table: its rows are no items.

The careful reader's reading, written before the code ran: each table row an item, its
status from the icon's alt text through the status words (Green/On track in progress,
Amber/At risk at risk, Complete/Done done); each strand named as a grant or fund a grant
of its budget in the header's unit for the year the lead-in or heading names; the spend
column, the (sub-)total row and the strand not named as a grant are no grants (reported);
the funding table's rows are no items.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import wlga_analysis as wa

RAG_MD = """---
title: "Regional Housing Support Plan 2026-27: Quarter 1 monitoring"
date: "14 July 2026"
---

## Introduction

This report sets out progress at the end of quarter 1. Icons show each task's RAG rating.

## Objective 1 – Homelessness prevention

| No. | Task | Owner | Target | RAG |
|---|---|---|---|---|
| 1.1 | Agree a prevention protocol with Shelter Cymru | Lead | Sep 2026 | ![Green](g.svg "g") |
| 1.2 | Recruit two tenancy sustainment officers | Housing Lead | Jun 2026 | ![Done](img/tick.svg) |
| 1.3 | Map temporary accommodation in the region | Data Officer | Mar 2027 | ![Amber](img/a.svg) |

## Objective 2 – Supply

| No. | Task | Owner | Target | RAG |
|---|---|---|---|---|
| 2.1 | Publish a regional empty homes strategy | Policy Lead | Dec 2026 | ![Red](img/r.svg) |
| 2.2 | Open a modular homes framework to six councils | Policy Lead | Feb 2027 | ![Green](g.svg) |

## Resources

The plan is funded in 2026-27 by the following grants, with spend at 30 June 2026.

| Funding stream | Allocation (£000) | Spend (£000) |
|---|---:|---:|
| Housing Support Grant | 1,250 | 290 |
| Homelessness Prevention Fund | 380 | 75 |
| Core team | 120 | 30 |
| Sub-total | 1,750 | 395 |

## Recommendation

The Board is asked to note the report.
"""


def _load(path: Path) -> tuple:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return wa.load_programme(path), wa.load_grants(path)


def test_markdown_icons_and_allocation_table(tmp_path: Path) -> None:
    path = tmp_path / "housing-q1.md"
    path.write_text(RAG_MD, encoding="utf-8")
    items, grants = _load(path)
    got = {r.item_id: (r.status, r.paragraph) for r in items.itertuples()}
    assert got == {"1.1": ("in progress", 1), "1.2": ("done", 1), "1.3": ("at risk", 1),
                   "2.1": ("at risk", 2), "2.2": ("in progress", 2)}
    assert sorted(zip(grants["grant"], grants["amount_gbp"], grants["financial_year"],
                      strict=True)) == [
        ("Homelessness Prevention Fund", 380_000, "2026-27"),
        ("Housing Support Grant", 1_250_000, "2026-27")]


def _picture_run(paragraph, alt: str) -> None:
    """An inline picture whose alt text is ``alt`` (Word's "Alt Text": wp:docPr descr=)."""
    import io
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(
            ">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
           + chunk(b"IDAT", zlib.compress(b"\x00\x00\xb0\x50")) + chunk(b"IEND", b""))
    run = paragraph.add_run()
    run.add_picture(io.BytesIO(png))
    for el in run._r.iter():
        if el.tag.endswith("}docPr"):
            el.set("descr", alt)


def _docx(path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_heading("Active Travel Delivery Programme 2025-26: mid-year report", 1)
    d.add_paragraph("Date: 3 November 2025")
    d.add_heading("Purpose", 2)
    d.add_paragraph("To update the Panel on delivery. A picture shows each scheme's status.")
    rows = {"Workstream 1: Safe routes to school": [
        ("1.1", "Design crossings at twelve primary schools with Sustrans Cymru", "On track"),
        ("1.2", "Consult parents on school streets", "Complete")],
        "Workstream 2: Cycle network": [
        ("2.1", "Build the riverside link", "Delayed"),
        ("2.2", "Install secure cycle parking at stations", "At risk"),
        ("2.3", "Publish the network map", "Complete")]}
    for heading, actions in rows.items():
        d.add_heading(heading, 2)
        t = d.add_table(rows=1, cols=4)
        for cell, text in zip(t.rows[0].cells, ("Ref", "Scheme", "Due", "Status"), strict=True):
            cell.text = text
        for ref, text, status in actions:
            cells = t.add_row().cells
            cells[0].text, cells[1].text, cells[2].text = ref, text, "Mar 2026"
            _picture_run(cells[3].paragraphs[0], status)
    d.add_heading("Funding", 2)
    d.add_paragraph("Two grants fund the programme in 2025-26, with spend to 30 September.")
    t = d.add_table(rows=1, cols=3)
    for cell, text in zip(t.rows[0].cells, ("Strand", "Budget £m", "Spent £m"), strict=True):
        cell.text = text
    for strand, budget, spent in (("Active Travel Fund", "0.35", "0.12"),
                                  ("Safe Routes in Communities Grant", "1.2", "0.4"),
                                  ("Total", "1.55", "0.52")):
        cells = t.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = strand, budget, spent
    d.add_heading("Recommendation", 2)
    d.add_paragraph("The Panel is asked to note the report.")
    d.save(path)


def test_word_picture_alt_text_and_budget_in_millions(tmp_path: Path) -> None:
    path = tmp_path / "active-travel.docx"
    _docx(path)
    items, grants = _load(path)
    got = {r.item_id: r.status for r in items.itertuples()}
    assert got == {"1.1": "in progress", "1.2": "done", "2.1": "at risk",
                   "2.2": "at risk", "2.3": "done"}
    assert sorted(zip(grants["grant"], grants["amount_gbp"], grants["financial_year"],
                      strict=True)) == [
        ("Active Travel Fund", 350_000, "2025-26"),
        ("Safe Routes in Communities Grant", 1_200_000, "2025-26")]


PAGE = """<html><head><title>Library plan update</title></head><body><main>
<h1>Library Service Plan 2025-26: Quarter 3 update</h1>
<p>12 January 2026</p>
<h2>Theme 1: Reading</h2>
<table><tr><th>Ref</th><th>Action</th><th>Due</th><th>Status</th></tr>
<tr><td>1.1</td><td>Run the summer reading challenge in every branch</td><td>Aug 2025</td>
<td><img src="i/done.png" alt="Complete"></td></tr>
<tr><td>1.2</td><td>Extend Sunday opening at the central library</td><td>Mar 2026</td>
<td><img src="i/amber.png" alt="At risk"></td></tr></table>
<h2>Theme 2: Digital</h2>
<table><tr><th>Ref</th><th>Action</th><th>Due</th><th>Status</th></tr>
<tr><td>2.1</td><td>Lend laptops from five branches</td><td>Feb 2026</td>
<td><img src="i/green.png" alt="On track"></td></tr></table>
<h2>Funding</h2>
<p>The plan is funded by a Welsh Government grant for 2025-26 shown below.</p>
<table><tr><th>Strand</th><th>Budget (£k)</th><th>Spent to date (£k)</th></tr>
<tr><td>Libraries Transformation Grant</td><td>95</td><td>40</td></tr>
<tr><td>Total</td><td>95</td><td>40</td></tr></table>
<h2>Recommendation</h2><p>Members are asked to note the update.</p>
</main></body></html>
"""


def test_web_page_funding_table_rows_are_no_items(tmp_path: Path) -> None:
    path = tmp_path / "libraries.html"
    path.write_text(PAGE, encoding="utf-8")
    items, grants = _load(path)
    assert [(r.item_id, r.status) for r in items.itertuples()] == [
        ("1.1", "done"), ("1.2", "at risk"), ("2.1", "in progress")]
    assert list(zip(grants["grant"], grants["amount_gbp"], strict=True)) == [
        ("Libraries Transformation Grant", 95_000)]
