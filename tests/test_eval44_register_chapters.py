"""eval44 (fr44): recommendations trackers grouped by chapter rows or a Theme column.

Scrutiny committees track a review's recommendations in a register: a number column first
("No.", "Ref", "Reference", "Rec"), a Recommendation column, officers, progress and RAG,
and no Area column. The recommendations are grouped by rows across the table naming a
chapter (or a report: "Report: School Transport Review (March 2024)"), bold or plain, or
by a Theme column. The groups are the areas (not the page's title), and a progress cell
is an activity of its area. The readings below were written before the loader ran on the
documents: the five trackers of ``test_eval13_cross_kind.py`` read as recommendations,
and in other wordings:

- a Markdown pipe table "No. | Recommendation | Owner | Progress to date | RAG",
  chapters "**Chapter 1 – Advice**" as bold rows;
- a web page "Ref. | Recommendation | Lead | Progress at April 2025", chapters as plain
  ``colspan`` rows "Chapter 1 - Buildings", references "LR1" (kept as rec_label), a
  progress cell "Not yet due" (no activity: reported) (failed: "activity text before any
  'Area N: title' row");
- a pipe table "Theme | No. | Recommendation | Lead | Progress" (failed so too);
- Word's "Save as plain text" of a tracker (CRLF, TAB cells) "Ref | Recommendation | Lead
  officer | Progress | RAG" with chapter rows of empty cells (failed so too);
- a scrutiny committee's monitoring table "Rec | Recommendation | Responsible officer |
  Agreed? | Progress | RAG" grouped by report title rows, numbered again from 1 in each
  report, as a pipe table and as a Word table (read as one area named after the title).
"""

from __future__ import annotations

import importlib.util
import warnings
from pathlib import Path

import pytest

import wlga_analysis as wa

HOMES = "\n".join([
    "# Homelessness Prevention Review: recommendations monitoring", "",
    "Communities Scrutiny Committee, 9 October 2025", "",
    "| No. | Recommendation | Owner | Progress to date | RAG |",
    "| --- | --- | --- | --- | --- |",
    "| **Chapter 1 – Advice** | | | | |",
    "| 1 | That the Council opens a housing advice hub in each town. | Head of Housing "
    "| Two of three hubs are open. | Amber |",
    "| 2 | That housing advice is offered by phone in Welsh and English. | Head of Housing "
    "| A bilingual line opened in May 2025. | Green |",
    "| **Chapter 2 – Housing** | | | | |",
    "| 3 | That the Council leases fifty private homes for temporary accommodation. "
    "| Housing Solutions Manager | Thirty-two homes are leased. | Amber |",
    "| 4 | That the Council and housing associations agree a common allocations policy. "
    "| Housing Solutions Manager | A draft policy is out to consultation. | Amber |",
    "| 5 | That families stop being placed in bed and breakfast by March 2026. "
    "| Head of Housing | Four families remain in bed and breakfast. | Red |", ""])

LIBRARIES = """<!DOCTYPE html><html lang="en"><head><title>Libraries review</title></head>
<body><main><h1>Future of Libraries Review: progress on recommendations</h1>
<p>Report to the Learning Scrutiny Committee, 15 May 2025.</p>
<table><thead><tr><th>Ref.</th><th>Recommendation</th><th>Lead</th>
<th>Progress at April 2025</th></tr></thead>
<tbody>
<tr><td colspan="4">Chapter 1 - Buildings</td></tr>
<tr><td>LR1</td><td>That the Council keeps all nine branch libraries open.</td>
<td>Libraries Manager</td><td>All nine branches remain open.</td></tr>
<tr><td colspan="4">Chapter 2 - Digital services</td></tr>
<tr><td>LR2</td><td>That e-book lending is doubled.</td><td>Digital Librarian</td>
<td>E-book loans rose by 64%.</td></tr>
<tr><td>LR3</td><td>That every library offers free wi-fi.</td><td>Digital Librarian</td>
<td>Wi-fi installed in seven of nine libraries.</td></tr>
<tr><td colspan="4">Chapter 3 - Volunteers</td></tr>
<tr><td>LR4</td><td>That a volunteer scheme supports the mobile library.</td>
<td>Libraries Manager</td><td>Not yet due</td></tr>
</tbody></table></main></body></html>
"""

THEMES = "\n".join([
    "# Active Travel Task and Finish Group: recommendations tracker", "",
    "Economy and Place Scrutiny Committee, 20 November 2025", "",
    "| Theme | No. | Recommendation | Lead | Progress |",
    "| --- | --- | --- | --- | --- |",
    "| Walking | 1 | That the Council widens footways near every primary school. "
    "| Highways Manager | Six schools done. |",
    "| Walking | 2 | That dropped kerbs are fitted on all bus routes. | Highways Manager "
    "| Survey complete. |",
    "| Cycling | 3 | That the Council builds a cycle route between the two towns. "
    "| Active Travel Officer | Design stage. |",
    "| Cycling | 4 | That secure cycle parking is provided at the station. "
    "| Active Travel Officer | Installed in June 2025. |", ""])

CARERS = "\r\n".join([
    "Powys County Council", "Health and Care Scrutiny Committee",
    "Unpaid Carers Review: recommendations tracker", "",
    "Ref\tRecommendation\tLead officer\tProgress\tRAG",
    "Identifying carers\t\t\t\t",
    "1\tThat GP surgeries are asked to keep a carers register.\tCarers Lead\t"
    "Twelve of twenty surgeries keep one.\tAmber",
    "2\tThat schools name a young carers champion.\tYoung Carers Officer\t"
    "Forty schools have a champion.\tGreen",
    "Support\t\t\t\t",
    "3\tThat carers are offered a needs assessment within 28 days.\tHead of Adult "
    "Services\tSixty per cent within 28 days.\tRed", ""])

SCRUTINY_HEADER = ("Rec", "Recommendation", "Responsible officer", "Agreed?", "Progress",
                   "RAG")
SCRUTINY_ROWS = (
    ("Report: School Transport Review (March 2024)",),
    ("1", "That the Council reviews every transport route by July 2025.",
     "Transport Manager", "Yes", "Thirty of forty routes reviewed.", "Amber"),
    ("2", "That parents can apply for a bus pass online.", "Transport Manager", "Yes",
     "The online form went live in January 2025.", "Green"),
    ("Report: Town Centre Regeneration Review (October 2024)",),
    ("1", "That empty shop units are offered on short leases.", "Regeneration Manager",
     "In part", "Three units let on six-month leases.", "Amber"),
    ("2", "That a town centre manager is appointed.", "Head of Economy", "No",
     "Not agreed: no budget.", "Red"),
    ("3", "That market stalls are free for new traders for three months.",
     "Markets Officer", "Yes", "Eight new traders since April.", "Green"))
SCRUTINY_AREAS = ["Report: School Transport Review (March 2024)",
                  "Report: Town Centre Regeneration Review (October 2024)"]


def _scrutiny_md() -> str:
    lines = ["# Scrutiny recommendations monitoring", "",
             "Overview and Scrutiny Committee, 2 December 2025", "",
             "| " + " | ".join(SCRUTINY_HEADER) + " |", "|" + " --- |" * 6]
    for row in SCRUTINY_ROWS:
        cells = (f"**{row[0]}**", *[""] * 5) if len(row) == 1 else row
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join([*lines, ""])


def _scrutiny_docx(path: Path) -> Path:
    docx = pytest.importorskip("docx")
    doc = docx.Document()
    doc.add_paragraph("Overview and Scrutiny Committee, 2 December 2025")
    doc.add_heading("Scrutiny recommendations monitoring", 1)
    table = doc.add_table(rows=1, cols=6)
    for cell, text in zip(table.rows[0].cells, SCRUTINY_HEADER, strict=True):
        cell.text = text
    for texts in SCRUTINY_ROWS:
        row = table.add_row()
        if len(texts) == 1:
            row.cells[0].merge(row.cells[-1]).paragraphs[0].add_run(texts[0]).bold = True
            continue
        for cell, text in zip(row.cells, texts, strict=True):
            cell.text = text
    doc.save(str(path))
    return path


def _cross_kind():
    """The trackers of ``test_eval13_cross_kind.py`` (its documents, not copied)."""
    path = Path(__file__).with_name("test_eval13_cross_kind.py")
    spec = importlib.util.spec_from_file_location("eval13_cross_kind", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("register_chapters")
    cross = _cross_kind()
    out: dict[str, Path] = {}
    for name, text in (("homes.md", HOMES), ("libraries.html", LIBRARIES),
                       ("themes.md", THEMES), ("carers.txt", CARERS),
                       ("scrutiny.md", _scrutiny_md()), ("play.md", cross.PIPE),
                       ("digital.txt", cross.TABS), ("food.html", cross.WEB),
                       ("parks.html", cross.PARKS)):
        out[name] = base / name
        out[name].write_bytes(text.encode("utf-8"))
    out["scrutiny.docx"] = _scrutiny_docx(base / "scrutiny.docx")
    out["repairs.docx"] = cross._word(base / "repairs.docx")
    return out


def _read(load, path: Path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load(path)


def _reading(path: Path) -> list[tuple]:
    recs = _read(wa.load_recommendations, path)
    return [(r.rec_id, r.area, r.text, list(r.owners)) for r in recs.itertuples()]


def test_pipe_table_bold_chapter_rows_are_areas(docs: dict[str, Path]) -> None:
    assert _reading(docs["homes.md"]) == [
        (1, "Chapter 1 – Advice", "That the Council opens a housing advice hub in each "
         "town.", ["Head of Housing"]),
        (2, "Chapter 1 – Advice", "That housing advice is offered by phone in Welsh and "
         "English.", ["Head of Housing"]),
        (3, "Chapter 2 – Housing", "That the Council leases fifty private homes for "
         "temporary accommodation.", ["Housing Solutions Manager"]),
        (4, "Chapter 2 – Housing", "That the Council and housing associations agree a "
         "common allocations policy.", ["Housing Solutions Manager"]),
        (5, "Chapter 2 – Housing", "That families stop being placed in bed and breakfast "
         "by March 2026.", ["Head of Housing"])]
    acts = _read(wa.load_activities, docs["homes.md"])
    assert acts["area_id"].tolist() == [1, 1, 2, 2, 2]
    assert acts["text"].tolist()[4] == "Four families remain in bed and breakfast."
    assert acts["status"].tolist() == ["Amber", "Green", "Amber", "Amber", "Red"]
    # (the eval13 play tracker: "Ref | ... | Lead officer", a person: no owner code)
    recs = _read(wa.load_recommendations, docs["play.md"])
    assert recs["area"].tolist() == ["Play spaces", "Play spaces", "Staffing", "Staffing"]
    assert recs["lead_officer"].tolist() == ["Head of Parks", "Head of Parks",
                                             "Play Development Officer",
                                             "Play Development Officer"]
    assert _read(wa.load_areas, docs["play.md"])["area"].tolist() == ["Play spaces",
                                                                      "Staffing"]


def test_plain_chapter_rows_of_a_web_page_are_areas(docs: dict[str, Path]) -> None:
    recs = _read(wa.load_recommendations, docs["libraries.html"])
    assert [(r.rec_id, r.rec_label, r.area, list(r.owners)) for r in recs.itertuples()] == [
        (1, "LR1", "Chapter 1 - Buildings", ["Libraries Manager"]),
        (2, "LR2", "Chapter 2 - Digital services", ["Digital Librarian"]),
        (3, "LR3", "Chapter 2 - Digital services", ["Digital Librarian"]),
        (4, "LR4", "Chapter 3 - Volunteers", ["Libraries Manager"])]
    assert recs["text"].tolist()[2] == "That every library offers free wi-fi."
    acts = _read(wa.load_activities, docs["libraries.html"])  # ("Not yet due": none)
    assert list(zip(acts["area_id"], acts["text"], strict=True)) == [
        (1, "All nine branches remain open."), (2, "E-book loans rose by 64%."),
        (2, "Wi-fi installed in seven of nine libraries.")]
    with pytest.warns(wa.DataQualityWarning, match="reads 'Not yet due': no activity"):
        wa.load_activities(docs["libraries.html"])
    parks = _read(wa.load_recommendations, docs["parks.html"])
    assert [(r.rec_id, r.area, list(r.owners)) for r in parks.itertuples()] == [
        (1, "Chapter 1 – Green Flag parks", ["Parks Manager"]),
        (2, "Chapter 1 – Green Flag parks", ["Parks Manager"]),
        (3, "Chapter 2 – Trees", ["Tree Officer"]), (4, "Chapter 2 – Trees", ["Tree Officer"])]
    assert parks["action_agreed"].tolist()[1] == "Open a grant scheme of £20,000."
    acts = _read(wa.load_activities, docs["parks.html"])
    assert acts["text"].tolist() == ["Both parks were entered in January 2025.",
                                     "Eleven grants were awarded.",
                                     "1,200 trees were planted this winter."]
    assert parks["rec_label"].tolist() == ["TF1", "TF2", "TF3", "TF4"]
    food = _read(wa.load_recommendations, docs["food.html"])
    assert food["area"].tolist() == ["Schools", "Schools", "Community food"]


def test_theme_column_names_the_areas(docs: dict[str, Path]) -> None:
    assert _reading(docs["themes.md"]) == [
        (1, "Walking", "That the Council widens footways near every primary school.",
         ["Highways Manager"]),
        (2, "Walking", "That dropped kerbs are fitted on all bus routes.",
         ["Highways Manager"]),
        (3, "Cycling", "That the Council builds a cycle route between the two towns.",
         ["Active Travel Officer"]),
        (4, "Cycling", "That secure cycle parking is provided at the station.",
         ["Active Travel Officer"])]
    acts = _read(wa.load_activities, docs["themes.md"])
    assert list(zip(acts["area_id"], acts["text"], strict=True)) == [
        (1, "Six schools done."), (1, "Survey complete."), (2, "Design stage."),
        (2, "Installed in June 2025.")]


def test_word_plain_text_tracker(docs: dict[str, Path]) -> None:
    recs = _read(wa.load_recommendations, docs["carers.txt"])
    assert [(r.rec_id, r.area, r.lead_officer, r.rag) for r in recs.itertuples()] == [
        (1, "Identifying carers", "Carers Lead", "Amber"),
        (2, "Identifying carers", "Young Carers Officer", "Green"),
        (3, "Support", "Head of Adult Services", "Red")]
    assert recs["text"].tolist()[2] == ("That carers are offered a needs assessment within "
                                        "28 days.")
    acts = _read(wa.load_activities, docs["carers.txt"])
    assert acts["text"].tolist() == ["Twelve of twenty surgeries keep one.",
                                     "Forty schools have a champion.",
                                     "Sixty per cent within 28 days."]
    digital = _read(wa.load_recommendations, docs["digital.txt"])
    assert [(r.rec_label, r.area) for r in digital.itertuples()] == [
        ("R1", "Chapter 1: Devices"), ("R2", "Chapter 2: Services"),
        ("R3", "Chapter 2: Services")]


@pytest.mark.parametrize("name", ["scrutiny.md", "scrutiny.docx"])
def test_scrutiny_monitoring_grouped_by_report(docs: dict[str, Path], name: str) -> None:
    recs = _read(wa.load_recommendations, docs[name])
    assert recs["rec_id"].tolist() == [1, 2, 1, 2, 3]  # (numbered again in each report)
    assert recs["area"].tolist() == [SCRUTINY_AREAS[0]] * 2 + [SCRUTINY_AREAS[1]] * 3
    assert recs["text"].tolist()[3] == "That a town centre manager is appointed."
    assert recs["responsible_officer"].tolist()[2] == "Regeneration Manager"
    assert recs["agreed"].tolist() == ["Yes", "Yes", "In part", "No", "Yes"]
    assert recs["rag"].tolist() == ["Amber", "Green", "Amber", "Red", "Green"]
    assert "rec" not in recs.columns  # ("Rec" is the number column)
    assert _read(wa.load_areas, docs[name])["area"].tolist() == SCRUTINY_AREAS
    acts = _read(wa.load_activities, docs[name])
    assert acts["area_id"].tolist() == [1, 1, 2, 2, 2]
    assert acts["text"].tolist()[3] == "Not agreed: no budget."
    with pytest.warns(wa.DataQualityWarning, match="recommendation 1 is printed twice"):
        wa.load_recommendations(docs[name])
