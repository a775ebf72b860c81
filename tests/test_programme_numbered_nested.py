"""A programme paper that numbers its paragraphs ("1.", "2.", "3.1") and prints its
progress as a nested list: first-level bullets name the workstreams (the sections), the
second-level bullets are the items.

The nested-list layout of a paper that numbers nothing was read already
(:mod:`wlga_analysis.interpret.programme.nested`); in a paper that numbers its paragraphs the
list was taken as the bullets of the numbered paragraph before it (the workstream names as
items, their items folded into them), or, with no numbered paragraph before it (a "3.1"
paragraph, or none), ended in a ParseError. The careful reader reads the workstreams as the
sections, numbered as in a paper that numbers nothing (the number of their label,
"Workstream 2" is 2, else their place in the list), and the second-level bullets as their
items, with their topic labels.

The documents are written for the test as a WLGA officer would write them, in two layouts
(Markdown with "Workstream N:" labels after a numbered paragraph; the WLGA text form with
bold names and a "3.1" paragraph), each also published as a web page, a Word file and a
PDF. The readings were written before the code ran.
"""

from __future__ import annotations

import re

import pytest

from wlga_analysis.documents import clean_text
from wlga_analysis.interpret.programme.sections import section_name
from wlga_analysis.metadata import load_metadata
from wlga_analysis.programme import load_grants, load_paragraphs, load_priorities, load_programme
from wlga_analysis.read.html import read_html
from wlga_analysis.testing import quietly, table_rows, write_document
from wlga_analysis.testing.publish import docx_bytes, html_page

ITEM_COLUMNS = ("item_id", "paragraph", "section", "topic", "status", "quarter_label")

LABELLED = "\n".join([
    "# WLGA Digital Support Programme: Quarter 2 Update", "",
    "WLGA Executive Board – 18 September 2025", "",
    "## Purpose", "",
    "1. To update the Executive Board on progress with the Digital Support Programme in "
    "2025-26.", "",
    "## Background", "",
    "2. Welsh Government has awarded a grant of £400,000 for 2025-26 to the programme.", "",
    "## Progress", "",
    "3. Progress in the second quarter is set out below by workstream.", "",
    "- Workstream 1: Cyber resilience",
    "  - Cyber exercises: tabletop exercises were held with 14 councils in July 2025.",
    "  - Incident plans: a model incident response plan will be published in October "
    "2025.",
    "- Workstream 2: Data and insight",
    "  - Dashboards: a shared dashboard is being tested with four councils.",
    "- Workstream 3: Digital skills",
    "  - Leadership programme: the digital leadership programme has been delayed until "
    "January 2026.", "",
    "## Recommendation", "",
    "4. Members are asked to note the progress.",
])
LABELLED_READING = [
    ["1.1", 1, "Cyber resilience", "Cyber exercises", "done", "2025-26 Q2"],
    ["1.2", 1, "Cyber resilience", "Incident plans", "planned", "2025-26 Q3"],
    ["2.1", 2, "Data and insight", "Dashboards", "in progress", None],
    ["3.1", 3, "Digital skills", "Leadership programme", "at risk", "2025-26 Q4"],
]

BOLD_NAMES = "\n".join([
    "18 September 2025", "",
    "WLGA WORKFORCE SUPPORT PROGRAMME: QUARTER 2 UPDATE", "",
    "Purpose", "",
    "1. To update Members on the Workforce Support Programme in 2025-26.", "",
    "Background", "",
    "2. The programme is funded by a Welsh Government grant of £250,000 for 2025-26.", "",
    "Progress Update", "",
    "3.1 Progress with each strand of the programme is set out below.", "",
    "- **Recruitment**",
    " - **Careers website:** the careers website was launched in August 2025.",
    " - **Apprenticeships:** a shared apprenticeship scheme will open in January 2026.",
    "- **Pay and reward**",
    " - **Pay benchmarking:** a pay benchmarking survey is being run with all councils.",
    "", "Recommendation", "",
    "4. Members are asked to note the report.",
])
BOLD_NAMES_READING = [
    ["1.1", 1, "Recruitment", "Careers website", "done", "2025-26 Q2"],
    ["1.2", 1, "Recruitment", "Apprenticeships", "planned", "2025-26 Q4"],
    ["2.1", 2, "Pay and reward", "Pay benchmarking", "in progress", None],
]

DOCUMENTS = {"digital": (LABELLED, LABELLED_READING, [400000]),
             "workforce": (BOLD_NAMES, BOLD_NAMES_READING, [250000])}


def _forms(tmp_path, name: str) -> dict[str, object]:
    text = DOCUMENTS[name][0]
    suffix = "md" if text.startswith("#") else "txt"
    page = html_page(text.split("\n"), "programme")
    from wlga_analysis.testing.publish_pdf import pdf_bytes

    docx = tmp_path / f"{name}.docx"
    docx.write_bytes(docx_bytes(read_html(page), "auto"))
    pdf = tmp_path / f"{name}.pdf"
    pdf.write_bytes(pdf_bytes(read_html(page)))
    return {suffix: write_document(tmp_path, text, f"{name}.{suffix}"),
            "html": write_document(tmp_path, page, f"{name}.html"), "docx": docx, "pdf": pdf}


def _reading(prog) -> list[list]:
    return [[None if v is None or v != v else v for v in row]
            for row in table_rows(prog, *ITEM_COLUMNS)]


def _sentences_missing(path, source_text: str, date_line: int) -> list[str]:
    """The sentences (over 25 characters) of ``source_text`` found in no table (but its
    line ``date_line``, the board and date line: read as the paper's date, metadata)."""
    tables = [quietly(load, path) for load in (load_programme, load_paragraphs,
                                                load_priorities, load_grants)]
    flat = " ".join([str(quietly(load_metadata, path, "programme")["title"])] + [
        str(v) for t in tables for c in t.columns for v in t[c] if isinstance(v, str)])
    flat = re.sub(r"\s+", " ", flat)
    missing = []
    for number, line in enumerate(source_text.split("\n"), start=1):
        if number == date_line:
            continue
        text = section_name(clean_text(line.lstrip(" -*#").replace("**", "")))
        text = re.sub(r"^\d+(?:\.\d+)?\.? ", "", text)
        for sentence in re.split(r"(?<=[.;:])\s+", text):
            if len(sentence) > 25 and sentence not in flat:
                missing.append(sentence)
    return missing


@pytest.mark.parametrize("name", list(DOCUMENTS))
def test_a_nested_progress_list_in_a_numbered_paper_gives_its_sections(tmp_path, name):
    text, reading, grants = DOCUMENTS[name]
    forms = _forms(tmp_path, name)
    date_line = quietly(load_metadata, next(iter(forms.values())), "programme")["date_line"]
    for form, path in forms.items():
        prog = quietly(load_programme, path)
        assert _reading(prog) == reading, form
        assert quietly(load_grants, path)["amount_gbp"].tolist() == grants, form
        assert _sentences_missing(path, text, date_line) == [], form



@pytest.mark.parametrize("name", list(DOCUMENTS))
def test_the_readers_section_numbers_are_reported_not_checked(tmp_path, name):
    """The workstreams' numbers are the reader's: one note says so, and they are not
    reported as paragraph numbers printed twice or out of order."""
    from wlga_analysis.documents import read_document
    from wlga_analysis.programme import parse_programme

    path = next(iter(_forms(tmp_path, name).values()))
    checks = [i.check for i in parse_programme(read_document(path, "programme")).issues
              if i.table == "paragraphs"]
    # (the workforce paper prints "3.1" but no "3.": that gap is the paper's, reported)
    assert [c for c in checks if c != "numbering gap"] == ["sections from a list"]
    assert checks.count("numbering gap") == (name == "workforce")
