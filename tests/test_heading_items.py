"""A programme update whose pieces of work are sub-headings, each over its narrative and a
line of fields ("Status: On track – Due: March 2026"), under the priorities' headings: one
item per sub-heading (ParseError "no numbered headings followed by bullets" before), in
Markdown, on a web page, in a Word file and in a PDF."""

from __future__ import annotations

import warnings

import pytest

import wlga_analysis as wa
from wlga_analysis.errors import DataQualityWarning
from wlga_analysis.read.text import read_text_lines
from wlga_analysis.testing.publish import docx_bytes, html_page

SKILLS = """# Regional Skills Partnership: delivery update

Date: 21 January 2026

## Theme 1: Apprenticeships

### 1.1 Shared apprenticeship scheme

The scheme placed 40 apprentices with small firms in November 2025.

**Status:** Complete

### 1.2 Apprenticeship awareness week

Planning is under way with schools and colleges.

**Status:** On track – **Due:** March 2026

## Theme 2: Digital skills

### 2.1 Cyber skills academy

The college has not yet confirmed the teaching space.

**Status:** At risk – **Due:** September 2026
"""

#: The careful reader's reading: (item, section, text opening, status, quarter).
SKILLS_READING = [
    ("1.1", "Apprenticeships", "Shared apprenticeship scheme: The scheme placed 40",
     "done", "2025-26 Q3"),
    ("1.2", "Apprenticeships", "Apprenticeship awareness week: Planning is under way",
     "in progress", "2025-26 Q4"),
    ("2.1", "Digital skills", "Cyber skills academy: The college has not yet", "at risk",
     "2026-27 Q2"),
]

HOUSING = """# Empty Homes Programme – Quarter 2 report

Report date: 12 November 2025

## Bringing homes back into use

### Loans for owners

Twelve loans were approved this quarter and eight homes are occupied again.

RAG: Green

Lead: Housing Renewal Team

### Enforcement pilot

Legal advice on enforced sales is awaited; the pilot will start in the new year.

RAG: Amber

Target date: 31 March 2026

## Data and reporting

### Empty homes register

The register was rebuilt from council tax data in August 2025.

RAG: Blue – Complete
"""

HOUSING_READING = [
    ("1.1", "Bringing homes back into use", "Loans for owners: Twelve loans", "in progress",
     None),
    ("1.2", "Bringing homes back into use", "Enforcement pilot: Legal advice", "at risk",
     "2025-26 Q4"),
    ("2.1", "Data and reporting", "Empty homes register: The register was rebuilt", "done",
     "2025-26 Q2"),  # (done in August 2025)
]


def _quarter(period) -> str | None:
    if period is None or period != period:  # (NaT)
        return None
    return f"{period.qyear - 1}-{str(period.qyear)[2:]} Q{period.quarter}"


def _read(path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)
        frame = wa.load_programme(path)
        priorities = wa.load_priorities(path)
    rows = [(r.item_id, r.section, r.text, r.status, _quarter(r.quarter))
            for r in frame.itertuples()]
    return rows, priorities["priority"].tolist()


def _write(tmp_path, text: str, form: str):
    lines = text.splitlines()
    path = tmp_path / f"update.{form}"
    if form == "md":
        path.write_text(text, encoding="utf-8")
    elif form == "html":
        path.write_text(html_page(lines, "programme"), encoding="utf-8")
    elif form == "docx":
        path.write_bytes(docx_bytes(read_text_lines(lines, form="markdown")))
    else:
        from wlga_analysis.testing.publish_pdf import pdf_bytes

        path.write_bytes(pdf_bytes(read_text_lines(lines, form="markdown")))
    return path


def _check(rows, reading):
    assert len(rows) == len(reading)
    assert [(i, s, t[:len(opening)], st, q) for (i, s, t, st, q), (*_, opening, _, _)
            in zip(rows, reading, strict=True)] == reading


@pytest.mark.parametrize("form", ["md", "html", "docx", "pdf"])
def test_numbered_sub_headings_under_labelled_themes(tmp_path, form):
    rows, priorities = _read(_write(tmp_path, SKILLS, form))
    _check(rows, SKILLS_READING)
    assert priorities == ["Apprenticeships", "Digital skills"]


@pytest.mark.parametrize("form", ["md", "html"])
def test_plain_sub_headings_with_rag_and_lead_lines(tmp_path, form):
    rows, priorities = _read(_write(tmp_path, HOUSING, form))
    _check(rows, HOUSING_READING)
    assert priorities == ["Bringing homes back into use", "Data and reporting"]


def test_sub_headings_without_fields_are_no_items_of_this_layout(tmp_path):
    from wlga_analysis.interpret.programme.heading_items import heading_item_sections

    plain = "\n".join(line for line in SKILLS.splitlines() if "Status" not in line)
    model = read_text_lines(plain.splitlines(), form="markdown")
    assert heading_item_sections(model.blocks) is None
