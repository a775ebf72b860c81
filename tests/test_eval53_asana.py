"""eval53: a programme tracked in Asana, exported as CSV and pasted into a Word report.

The documents are written here as a publisher's tools would (another project, other tasks,
officers, dates and numbers than the corpus): Asana's CSV export saved as .txt (sections
the priorities; "Completed At" filled means done whatever the custom Status field still
says; no Status and not complete means not started; a subtask row, "Parent task" filled,
is a step of its parent and no item; ISO due dates; the project named in "Projects") and
the list pasted into a Word report as a table whose section rows are merged across, with
an unnamed tick column and due dates "31 Mar" whose year is the report's.
"""

from __future__ import annotations

import io
import warnings
from pathlib import Path

import wlga_analysis as wa

HEADER = ("Task ID,Created At,Completed At,Last Modified,Name,Section/Column,Assignee,"
          "Assignee Email,Start Date,Due Date,Tags,Notes,Projects,Parent task,Status\r\n")
PROJECT = "Housing Support Programme 2026-27"
ASANA_CSV = HEADER + "".join(row + "\r\n" for row in (
    f"7701,2026-04-01,2026-06-12,2026-06-12,Open the landlord advice line,Private rented "
    f"sector,Alun Price,a@x.cymru,2026-04-01,2026-06-30,,Line open since June.,{PROJECT},,At risk",
    "7705,2026-04-01,,2026-07-01,Recruit two call handlers,,Alun Price,a@x.cymru,,2026-05-15,"
    ",,,Open the landlord advice line,",
    f"7702,2026-04-02,,2026-07-01,Publish a tenancy support leaflet with Shelter Cymru,Private "
    f"rented sector,Gwen Ellis,g@x.cymru,2026-05-01,2026-09-30,,\"Draft with designers.\n"
    f"Funded from the Housing Support Grant (£95,000 for 2026-27).\",{PROJECT},,On track",
    f"7703,2026-04-03,,2026-07-01,Map empty homes in every council,Empty homes,Gwen Ellis,"
    f"g@x.cymru,2026-06-01,2026-12-18,,,{PROJECT},,Off track",
    f"7704,2026-04-03,,2026-07-01,Run an empty homes loan pilot,Empty homes,Alun Price,"
    f"a@x.cymru,,2027-01-29,,Not started.,{PROJECT},,",
))


def _load(path: Path) -> tuple:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return (wa.load_priorities(path), wa.load_programme(path), wa.load_grants(path),
                wa.load_metadata(path))


def _items(programme) -> list[tuple]:
    return [(str(r.paragraph), r.text, r.status, r.quarter_label)
            for r in programme.itertuples()]


def test_asana_csv_sections_completion_subtasks_and_iso_dates(tmp_path: Path) -> None:
    path = tmp_path / "asana-export.txt"
    path.write_text(ASANA_CSV, encoding="utf-8")
    priorities, programme, grants, metadata = _load(path)
    assert list(priorities["priority"]) == ["Private rented sector", "Empty homes"]
    assert _items(programme) == [
        ("1", "Open the landlord advice line", "done", "2026-27 Q1"),
        ("1", "Publish a tenancy support leaflet with Shelter Cymru", "in progress",
         "2026-27 Q2"),
        ("2", "Map empty homes in every council", "at risk", "2026-27 Q3"),
        ("2", "Run an empty homes loan pilot", "planned", "2026-27 Q4"),
    ]
    assert [(r.grant, int(r.amount_gbp)) for r in grants.itertuples()] == \
        [("Housing Support Grant", 95000)]
    assert metadata["title"] == PROJECT
    # the subtask is no item, but its words are kept (nothing lost)
    paragraphs = wa.load_paragraphs(path)
    assert paragraphs.apply(lambda r: "Recruit two call handlers" in " ".join(
        str(v) for v in r.values), axis=1).any()


def _docx() -> bytes:
    from docx import Document

    doc = Document()
    doc.add_heading("Digital Transformation Programme 2025-26", 0)
    doc.add_paragraph("Report to the Digital Board, 5 November 2025")
    doc.add_heading("Tracker (from Asana)", 1)
    rows = [("", "Task name", "Assignee", "Due date", "Status"),
            ("Cyber resilience", "", "", "", ""),
            ("\u2713", "Run a cyber exercise with every council", "Owain Rees", "30 Sep",
             "Off track"),
            ("", "Publish the incident playbook", "Owain Rees", "31 Jan 2026", "On track"),
            ("Data and insight", "", "", "", ""),
            ("", "Launch the data maturity assessment with Data Cymru", "Lowri Bevan", "12 Dec",
             "At risk"),
            ("", "Train data champions", "Lowri Bevan", "30 Apr 2026", "")]
    table = doc.add_table(rows=0, cols=5)
    for row in rows:
        cells = table.add_row().cells
        if row[1] == "":
            merged = cells[0].merge(cells[4])
            merged.text = row[0]
            continue
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    doc.add_paragraph("\u2713 = task completed in Asana.")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_asana_list_pasted_into_word_with_merged_section_rows(tmp_path: Path) -> None:
    path = tmp_path / "digital-board.docx"
    path.write_bytes(_docx())
    priorities, programme, _grants, _metadata = _load(path)
    assert list(priorities["priority"]) == ["Cyber resilience", "Data and insight"]
    assert _items(programme) == [
        ("1", "Run a cyber exercise with every council", "done", "2025-26 Q2"),
        ("1", "Publish the incident playbook", "in progress", "2025-26 Q4"),
        ("2", "Launch the data maturity assessment with Data Cymru", "at risk", "2025-26 Q3"),
        ("2", "Train data champions", "planned", "2026-27 Q1"),
    ]


PRINT_VIEW = """<!DOCTYPE html><html><head><title>Waste Programme - Asana</title></head>
<body><h1>Waste Improvement Programme 2025-26</h1>
<div class="ProjectStatus">Status update \u00b7 3 Dec 2025 \u00b7 Siân Jones</div>
<div class="Headers" role="row"><span></span><span role="columnheader">Task name</span>
<span role="columnheader">Assignee</span><span role="columnheader">Due date</span>
<span role="columnheader">Status</span></div>
<div class="Section"><h2>Recycling</h2>
<div class="Row" role="row"><span aria-label="Completed task">\u2713</span>
<span class="Name">Roll out food waste caddies to flats
<span aria-label="2 subtasks">2 \u2937</span>
<div class="Notes"><div>Funded from the Waste Capital Grant (\u00a3310,000 for 2025-26).</div></div>
</span><span><span class="Chip">SJ</span> Si\u00e2n Jones</span><span>14 Nov</span>
<span>Off track</span></div>
<div class="Row" role="row"><span>\u25cb</span><span class="Name">Review the bring sites</span>
<span><span class="Chip">GP</span> Geraint Pugh</span><span>27 Feb 2026</span>
<span>At risk</span></div></div>
<div class="Section"><h2>Reuse</h2>
<div class="Row" role="row"><span>\u25cb</span><span class="Name">Open a repair caf\u00e9 in
every county</span><span><span class="Chip">GP</span> Geraint Pugh</span><span>30 Jun 2026</span>
<span></span></div>
<div class="Row" role="row"><span>\u25cb</span><span class="Name">Run a reuse campaign with
WRAP Cymru</span><span><span class="Chip">SJ</span> Si\u00e2n Jones</span><span>31 Jan 2026</span>
<span>On track</span></div></div>
</body></html>
"""


def test_asana_print_view_rows_read_as_the_list(tmp_path: Path) -> None:
    path = tmp_path / "waste-asana.html"
    path.write_text(PRINT_VIEW, encoding="utf-8")
    priorities, programme, grants, metadata = _load(path)
    assert list(priorities["priority"]) == ["Recycling", "Reuse"]
    assert _items(programme) == [
        ("1", "Roll out food waste caddies to flats", "done", "2025-26 Q3"),
        ("1", "Review the bring sites", "at risk", "2025-26 Q4"),
        ("2", "Open a repair café in every county", "planned", "2026-27 Q1"),
        ("2", "Run a reuse campaign with WRAP Cymru", "in progress", "2025-26 Q4"),
    ]
    assert [(r.grant, int(r.amount_gbp)) for r in grants.itertuples()] == \
        [("Waste Capital Grant", 310000)]
    assert metadata["title"] == "Waste Improvement Programme 2025-26"
