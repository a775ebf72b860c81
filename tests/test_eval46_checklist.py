"""Programme updates kept as a CHECKLIST (eval46's prog46b family), written afresh for
these tests (other programmes, owners, labels, numbers of items and forms than the corpus):

- a web page of ``<input type="checkbox" checked>`` boxes with the text beside them (no
  ``<label>``), tails " - Owner: ... - Due: Nov 2025", an "Update:" note a paragraph inside
  the list item, a ``Grant | Allocation | Spent`` table with a Total row (the page is
  written from a Markdown task list, whose own "[x]" / "[ ]" boxes the Markdown reader
  reads by its own rule: a ticked box a tick, an empty box left to the wording);
- a plain-text e-mail ("[X]" / "[ ]", capitals headings, em-dash tails "— Lead: ... —
  Target date: Jun 2025", indented "Notes:" lines);
- the same as a Word file of check box content controls whose checked glyph is a heavy
  check mark (Segoe UI Symbol ✔): the Word reader shows the control's state (☒ / ☐).

A careful reader's reading (written before the code ran): the box lines are the items, each
heading over them a priority (numbered in reading order); the text the action without its
tails or notes; ticked done, unticked in progress when its note says the work is under way
(or being done), else planned ("Not started"); the quarter of the Due / Target month; the
partners the organisations named as Owner / Lead; grants the table's rows but the Total.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from wlga_analysis.read import read_model
from wlga_analysis.testing import parse_document

TASKS_SOURCE = """# Workforce Support Programme 2025-26: task list

Last updated: 14 November 2025

Ticked tasks are done.

## Recruitment

- [x] Launch the social care recruitment campaign - Owner: WLGA Workforce team - Due: Jul 2025
- [ ] Publish the apprenticeship pay benchmark - Owner: HR Directors Network - Due: Jan 2026
    - Update: The benchmark is being checked by two councils.
- [ ] Run a careers fair in Wrexham - Owner: WLGA Workforce team - Due: Apr 2026

## Leadership

- [x] Hold the new chief officers' induction day - Owner: Academi Wales - Due: Oct 2025
- [ ] Refresh the mentoring scheme for heads of service - Owner: SOLACE - Due: Mar 2026
    - Update: Not started; the scheme's review reports in January.

## Funding

| Grant | Allocation | Spent |
|---|---|---|
| Workforce Development Grant | £150,000 | £60,000 |
| Total | £150,000 | £60,000 |
"""
TASKS = [  # (id, text, status, quarter, partners)
    ("1.1", "Launch the social care recruitment campaign", "done", "2025-26 Q2", []),
    ("1.2", "Publish the apprenticeship pay benchmark", "in progress", "2025-26 Q4",
     ["HR Directors Network"]),
    ("1.3", "Run a careers fair in Wrexham", "planned", "2026-27 Q1", []),
    ("2.1", "Hold the new chief officers' induction day", "done", "2025-26 Q3",
     ["Academi Wales"]),
    ("2.2", "Refresh the mentoring scheme for heads of service", "planned", "2025-26 Q4",
     ["SOLACE"]),
]


def _tasks_html() -> str:
    out = ["<html><body><h1>Workforce Support Programme 2025-26: task list</h1>",
           "<p>Last updated: 14 November 2025</p><p>Ticked tasks are done.</p>"]
    section = ""
    for line in TASKS_SOURCE.splitlines():
        if line.startswith("## "):
            out.append(("</ul>" if section else "") + f"<h2>{line[3:]}</h2><ul>")
            section = line
        elif line.startswith("- ["):
            checked = " checked" if line[3] == "x" else ""
            out.append(f'<li><input type="checkbox"{checked} disabled> {line[6:]}')
        elif line.startswith("    - Update:"):
            out.append(f"<p>{line[6:]}</p>")
    out.append("</ul><table><tr><th>Grant</th><th>Allocation</th><th>Spent</th></tr>"
               "<tr><td>Workforce Development Grant</td><td>£150,000</td><td>£60,000</td></tr>"
               "<tr><td>Total</td><td>£150,000</td><td>£60,000</td></tr></table>"
               "</body></html>")
    return "\n".join(out)


ROADS_TXT = """Road Safety Partnership Programme 2025-26 - Checklist
Updated 2 February 2026

SCHOOL ROUTES

[X] Audit crossings near primary schools \u2014 Lead: Data Cymru \u2014 Target date: Jun 2025
[ ] Fit speed signs on ten routes \u2014 Lead: Councils' highways \u2014 Target date: Mar 2026
    Notes: Work is under way on six routes.
[x] Train school crossing patrols \u2014 Lead: WLGA Road Safety team \u2014 Target date: Nov 2025

RURAL ROADS

[ ] Review rural speed limits \u2014 Lead: Audit Wales \u2014 Target date: May 2026
[ ] Share collision data with police forces \u2014 Lead: Data Cymru \u2014 Target date: Dec 2025
    Notes: A data sharing agreement is being drafted.
[x] Publish the motorcycle safety leaflet \u2014 Lead: WLGA Road Safety \u2014 Target date: Aug 2025

Regards,
Owain
"""
ROADS = [
    ("1.1", "Audit crossings near primary schools", "done", "2025-26 Q1", ["Data Cymru"]),
    ("1.2", "Fit speed signs on ten routes", "in progress", "2025-26 Q4", []),
    ("1.3", "Train school crossing patrols", "done", "2025-26 Q3", []),
    ("2.1", "Review rural speed limits", "planned", "2026-27 Q1", ["Audit Wales"]),
    ("2.2", "Share collision data with police forces", "in progress", "2025-26 Q3",
     ["Data Cymru"]),
    ("2.3", "Publish the motorcycle safety leaflet", "done", "2025-26 Q2", []),
]

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"


def _roads_docx(path: Path) -> Path:
    from docx import Document
    from lxml import etree

    doc = Document()
    doc.add_heading("Road Safety Partnership Programme 2025-26 - Checklist", 1)
    doc.add_paragraph("Updated 2 February 2026")
    for line in ROADS_TXT.splitlines()[3:-3]:
        if not line.strip():
            continue
        if line.isupper():
            doc.add_heading(line.title(), 2)
        elif line.startswith("["):
            p = doc.add_paragraph()
            checked = "1" if line[1] in "xX" else "0"
            glyph = "\u2714" if checked == "1" else "\u2610"
            sdt = etree.fromstring(
                f'<w:sdt xmlns:w="{W}" xmlns:w14="{W14}"><w:sdtPr><w14:checkbox>'
                f'<w14:checked w14:val="{checked}"/>'
                '<w14:checkedState w14:val="2714" w14:font="Segoe UI Symbol"/>'
                '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox>'
                f'</w:sdtPr><w:sdtContent><w:r><w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>')
            p._p.append(sdt)
            p.add_run(" " + line[4:])
        else:
            doc.add_paragraph(line.strip())
    out = path / "roads.docx"
    doc.save(out)
    return out


def _parse(path: Path):
    return parse_document(path, "programme")


def _items(parsed) -> list[tuple]:
    return [(str(r.item_id), r.text, r.status,
             None if r.quarter_label != r.quarter_label else r.quarter_label,
             sorted(r.partners) if isinstance(r.partners, list | tuple) else
             [p for p in str(r.partners or "").split("; ") if p])
            for r in parsed.programme.itertuples()]


@pytest.fixture(scope="module")
def forms(tmp_path_factory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("eval46")
    (d / "tasks.html").write_text(_tasks_html(), encoding="utf-8")
    (d / "roads.txt").write_text(ROADS_TXT.replace("\n", "\r\n"), encoding="utf-8")
    return {"html": d / "tasks.html", "txt": d / "roads.txt",
            "docx": _roads_docx(d)}


def test_task_list_items_priorities_and_grants(forms):
    parsed = _parse(forms["html"])
    assert _items(parsed) == TASKS
    assert list(parsed.priorities["priority"]) == ["Recruitment", "Leadership"]
    assert [(g.grant, g.amount_gbp) for g in parsed.grants.itertuples()] == [
        ("Workforce Development Grant", 150000)]


@pytest.mark.parametrize("form", ["txt", "docx"])
def test_checklist_items_and_priorities(forms, form):
    parsed = _parse(forms[form])
    assert _items(parsed) == ROADS
    assert [p.lower() for p in parsed.priorities["priority"]] == ["school routes",
                                                                  "rural roads"]


def test_word_check_box_shows_its_state(forms):
    texts = [b.text.text for b in read_model(forms["docx"], "programme").blocks
             if hasattr(b, "text") and b.text.text[:1] in "\u2612\u2610\u2714"]
    assert [t[0] for t in texts] == ["\u2612", "\u2610", "\u2612", "\u2610", "\u2610", "\u2612"]


def test_html_check_box_shows_its_state(forms):
    texts = [b.text.text for b in read_model(forms["html"], "programme").blocks
             if hasattr(b, "text") and b.text.text.startswith(("\u2612", "\u2610"))]
    assert [t[:2] for t in texts] == ["\u2612 ", "\u2610 ", "\u2610 ", "\u2612 ", "\u2610 "]
