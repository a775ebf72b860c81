"""Recommendations papers of eval40's two families, written afresh for these tests (other
subjects, owners, numbers of items, wordings and forms than the corpus):

- a BORDERLESS table ``Ref | Topic | Recommendation | Owner | By when`` whose Topic (the
  area) is printed only on its first row and left blank below until it changes, under the
  report's own numbered section headings ("1. Background", "2. Our approach", "3. What we
  recommend"): as a plain-text file laid out with spaces (cells wrapping over several lines,
  a blank line between rows, a Topic that wraps too) and as a web page with a plain table;
- a committee's RESPONSE TRACKER: chapters as headings (numbered "1. Housing supply" in one
  form, unnumbered in the other), "Recommendation N." cards whose owner is only in the text
  ("The WLGA should work with the Welsh Government to ...", "Councils and the Welsh
  Government should ..."), a response with a status word, and "Progress:" paragraphs, two
  of which say there is nothing to report ("No update has been provided since the
  response.", "Not applicable – the recommendation was not accepted.");
- the tracker printed as a PDF reads it: the title a larger heading than the chapters.

The careful reader's reading is written out below, before the code ran.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import wlga_analysis as wa

# ---------------------------------------------------------------- the borderless table
ROWS = [  # (ref, topic or "", recommendation lines, owner, by when)
    ("1", "School transport", ["That councils publish one school transport policy",
                               "for each region."], "Councils", "2027"),
    ("2", "", ["That the Welsh Government reviews the two-mile", "walking distance."],
     "WG", "12 months"),
    ("3", "Home to college travel", ["That learners aged 16 to 18 get free bus travel",
                                     "to college in term time."], "WG / Councils", "2028"),
    ("4", "", ["That the WLGA gathers the councils' spend on", "college transport each year."],
     "WLGA", "Annual"),
    ("5", "", ["That a single pass is offered on every bus."], "WG", "2029"),
    ("6", "Active travel", ["That safe routes to school are mapped by every", "council."],
     "Councils", "Ongoing"),
]
TABLE_AREAS = ["School transport", "Home to college travel", "Active travel"]
TABLE_RECS = [  # (id, area, text, owners)
    ("1", "School transport", "That councils publish one school transport policy for each "
     "region.", ["LG"]),
    ("2", "School transport", "That the Welsh Government reviews the two-mile walking "
     "distance.", ["WG"]),
    ("3", "Home to college travel", "That learners aged 16 to 18 get free bus travel to "
     "college in term time.", ["WG", "LG"]),
    ("4", "Home to college travel", "That the WLGA gathers the councils' spend on college "
     "transport each year.", ["WLGA"]),
    ("5", "Home to college travel", "That a single pass is offered on every bus.", ["WG"]),
    ("6", "Active travel", "That safe routes to school are mapped by every council.", ["LG"]),
]
SECTIONS = ["Background", "Our approach", "What we recommend"]
WIDTHS = (5, 16, 50, 15)  # the columns' widths, the last (By when) unpadded


def _fixed(cells: list[str]) -> str:
    return "".join(c.ljust(w + 2) for c, w in zip(cells, WIDTHS, strict=False)) + cells[-1]


def _txt_table() -> list[str]:
    out = [_fixed(["Ref", "Topic", "Recommendation", "Owner", "By when"]),
           _fixed(["-" * w for w in WIDTHS] + ["-------"])]
    for ref, topic, text, owner, when in ROWS:
        topic_lines = textwrap.wrap(topic, WIDTHS[1])  # ("Home to college" / "travel")
        for k in range(max(len(text), len(topic_lines))):
            first = k == 0
            out.append(_fixed([ref if first else "",
                               topic_lines[k] if k < len(topic_lines) else "",
                               text[k] if k < len(text) else "",
                               owner if first else "", when if first else ""]).rstrip())
        out.append("")
    return out


def _txt(tmp_path: Path) -> Path:
    lines = ["SCHOOL AND COLLEGE TRAVEL TASK GROUP: FINAL REPORT", "=" * 50, ""]
    for k, (section, text) in enumerate(zip(SECTIONS, [
            "The Task Group was asked in 2025 to look at how learners get to school.",
            "We held four meetings and visited six schools in 2025.",
            "Our recommendations are in the table below."], strict=True), 1):
        lines += [f"{k}. {section}", "-" * (len(section) + 3), "", text, ""]
    lines += _txt_table()
    lines += ["Owner key: WG – Welsh Government; Councils – the 22 councils.", "",
              "4. Next steps", "-------------", "", "The Task Group will meet again in May."]
    path = tmp_path / "travel-task-group.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _html(tmp_path: Path) -> Path:
    rows = "".join(
        f"<tr><td>{ref}</td><td>{topic}</td><td>{' '.join(text)}</td><td>{owner}</td>"
        f"<td>{when}</td></tr>" for ref, topic, text, owner, when in ROWS)
    sections = "".join(f"<h2>{k}. {s}</h2><p>What the report says about {s.lower()}.</p>"
                       for k, s in enumerate(SECTIONS, 1))
    page = ("<html><head><title>Task group</title></head><body><main>"
            "<h1>School and college travel task group: final report</h1>" + sections +
            "<table><thead><tr><th>Ref</th><th>Topic</th><th>Recommendation</th>"
            "<th>Owner</th><th>By when</th></tr></thead><tbody>" + rows +
            "</tbody></table><h2>4. Next steps</h2><p>The Task Group will meet again in "
            "May.</p></main></body></html>")
    path = tmp_path / "travel-task-group.html"
    path.write_text(page, encoding="utf-8")
    return path


def _check_table(path: Path) -> None:
    areas = wa.load_areas(path)
    assert list(areas["area"]) == TABLE_AREAS  # (not the report's numbered sections)
    assert set(areas["theme"].fillna("")) == {""}
    recs = wa.load_recommendations(path)
    got = [(str(r.rec_id), r.area, r.text, list(r.owners)) for r in recs.itertuples()]
    assert got == TABLE_RECS
    assert wa.load_activities(path).empty
    parsed = wa.recommendations.parse_recommendations(
        wa.documents.read_document(path, "recommendations"))
    carried = {i.item for i in parsed.issues if i.check == "area carried down"}
    assert carried == {"2", "4", "5"}  # (a blank Topic cell: the topic above, reported)


def test_fixed_width_text_table_with_blank_area_cells(tmp_path: Path) -> None:
    _check_table(_txt(tmp_path))


def test_web_page_table_with_blank_area_cells(tmp_path: Path) -> None:
    _check_table(_html(tmp_path))


# ---------------------------------------------------------------- the response tracker
CHAPTERS = [
    ("Housing supply", [
        ("1", "The WLGA should work with the Welsh Government to publish a register of "
         "empty homes by March 2027.", "Accepted",
         "The register's first edition was published in January 2026.", ["WLGA", "WG"]),
        ("2", "Councils and the Welsh Government should agree a target for social homes "
         "in each area.", "Accepted in principle", "No update has been provided since the "
         "response.", ["LG", "WG"]),
    ]),
    ("Homelessness", [
        ("3", "The Welsh Government should end the use of bed and breakfast for families.",
         "Rejected", "Not applicable – the recommendation was not accepted.", ["WG"]),
        ("4", "Local authorities should publish their homelessness figures every quarter.",
         "Noted", "Fourteen councils published figures for the autumn of 2025.", ["LG"]),
    ]),
]
NOTHING = ["No update has been provided since the response.",
           "Not applicable – the recommendation was not accepted."]


def _tracker_md(tmp_path: Path, numbered: bool, title_level: int = 0) -> Path:
    title = "Housing in Wales: tracking the response to our report"
    lines = ([f"{'#' * title_level} {title}", ""] if title_level
             else ["---", f'title: "{title}"', "---", ""])
    lines += ["The Committee reported in May 2025. This tracker was last updated on "
              "2 February 2026.", ""]
    chapter_mark = "#" * (title_level + 1 if title_level else 1)
    for k, (chapter, recs) in enumerate(CHAPTERS, 1):
        lines += [f"{chapter_mark} {f'{k}. ' if numbered else ''}{chapter}", ""]
        for no, text, status, progress, _owners in recs:
            lines += [f"**Recommendation {no}.**", "", text, "",
                      f"**Government response: {status}.** The response's reasons.", "",
                      f"**Progress:** {progress}", ""]
    path = tmp_path / f"housing-tracker-{int(numbered)}-{title_level}.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def _check_tracker(path: Path) -> None:
    areas = wa.load_areas(path)
    assert list(areas["area"]) == [c for c, _ in CHAPTERS]
    assert set(areas["theme"].fillna("")) == {""}  # (never the document's title)
    recs = wa.load_recommendations(path)
    assert [(str(r.rec_id), list(r.owners)) for r in recs.itertuples()] == [
        (no, owners) for _, rs in CHAPTERS for no, _, _, _, owners in rs]
    acts = wa.load_activities(path)
    assert list(acts["text"]) == [
        "The register's first edition was published in January 2026.",
        "Fourteen councils published figures for the autumn of 2025."]
    notes = wa.load_recommendations_notes(path)
    assert set(NOTHING) <= set(notes["text"])  # (not lost: a note each)


def test_tracker_owners_from_text_with_unnumbered_chapters(tmp_path: Path) -> None:
    _check_tracker(_tracker_md(tmp_path, numbered=False))


def test_tracker_owners_from_text_with_numbered_chapters(tmp_path: Path) -> None:
    _check_tracker(_tracker_md(tmp_path, numbered=True))


def test_tracker_title_a_larger_heading_is_no_theme(tmp_path: Path) -> None:
    _check_tracker(_tracker_md(tmp_path, numbered=True, title_level=2))
