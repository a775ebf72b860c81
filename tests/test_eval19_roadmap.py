"""A roadmap of cards in status columns (the nineteenth evaluation corpus's prog19a
layout): columns "Done / Now / Next / Later" (here "Completed / In progress / Later" and
"Done / Now / Next"), each card a title and a tag line "Theme · Lead: X · Q3 2025-26";
the status from the column, the section from the theme the introduction lists.

The documents are written for the test, in layouts of the family that differ from the
corpus: a Markdown roadmap of two "strands" with other column names and a "Lead:" tag; the
same board as a web page whose tags are ``<span>`` elements (no separators left); a Word
file (made here) with a three-column table of ONE body row, the cards as paragraph pairs;
the same board printed as three text frames side by side on a landscape PDF page.
The asserted values are the careful reader's reading.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from wlga_analysis.documents import read_document
from wlga_analysis.errors import DataQualityWarning
from wlga_analysis.interpret.programme.roadmap import roadmap_sections, split_cards
from wlga_analysis.programme import parse_programme
from wlga_analysis.read.model import Heading, Inline, ListItem, Paragraph
from wlga_analysis.testing.coverage import programme_words_lost

DATA = Path(__file__).parent / "data" / "eval19" / "roadmap"

#: The housing roadmap's reading (both forms): items (section, text, status, quarter).
HOUSING = [
    (1, "New repairs reporting line opened", "done", "2025-26 Q3"),
    (1, "Tenant portal rebuilt with Cartrefi Cymru", "in progress", "2026-27 Q1"),
    (2, "Stock condition survey finished", "done", "2025-26 Q2"),
    (2, "Damp and mould policy reviewed", "planned", "2026-27 Q4"),
]
#: The Word roadmap's reading.
WORD = [
    (1, "Members' portal launched", "done", "2024-25 Q4"),
    (1, "Scrutiny training for new members", "planned", "2025-26 Q2"),
    (2, "Ward data packs published", "in progress", "2025-26 Q1"),
]


def _word(path: Path) -> Path:
    from docx import Document as Docx

    doc = Docx()
    doc.add_paragraph("Democratic services roadmap")
    doc.add_paragraph("Published 2 April 2025")
    doc.add_paragraph("The roadmap has two themes: Member support; and Open data.")
    table = doc.add_table(rows=2, cols=3)
    for cell, name in zip(table.rows[0].cells, ("Done", "Now", "Next"), strict=True):
        cell.text = name
    cards = [[("Members' portal launched", "Member support · Owner: Clerk · Completed Q4 "
               "2024-25")],
             [("Ward data packs published", "Open data · Owner: Data team · Q1 2025-26")],
             [("Scrutiny training for new members", "Member support · Owner: Clerk · Q2 "
               "2025-26")]]
    for cell, column in zip(table.rows[1].cells, cards, strict=True):
        cell.text = ""
        for title, tag in column:
            cell.paragraphs[-1].add_run(title).bold = True
            cell.add_paragraph(tag)
    out = path / "democratic-roadmap.docx"
    doc.save(out)
    return out


def _pdf(path: Path) -> Path:
    """The Word roadmap's board printed as three text frames side by side (a landscape
    page), the introduction in a frame across the top."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import BaseDocTemplate, Frame, FrameBreak, PageTemplate
    from reportlab.platypus import Paragraph as P

    st = getSampleStyleSheet()
    width, height = landscape(A4)
    top = Frame(36, height - 150, width - 72, 114, id="top")
    frames = [top, *(Frame(36 + k * (width - 72) / 3, 36, (width - 72) / 3 - 12,
                           height - 200, id=f"c{k}") for k in range(3))]
    out = path / "democratic-roadmap.pdf"
    doc = BaseDocTemplate(str(out), pagesize=(width, height),
                          pageTemplates=[PageTemplate("board", frames)])
    story = [P("Democratic services roadmap", st["Title"]),
             P("Published 2 April 2025", st["Normal"]),
             P("The roadmap has two themes: Member support; and Open data.", st["Normal"]),
             FrameBreak()]
    columns = [("Done", [("Members' portal launched", "Member support · Owner: Clerk · "
                          "Completed Q4 2024-25")]),
               ("Now", [("Ward data packs published", "Open data · Owner: Data team · Q1 "
                         "2025-26")]),
               ("Next", [("Scrutiny training for new members", "Member support · Owner: "
                          "Clerk · Q2 2025-26")])]
    for name, cards in columns:
        story.append(P(name, st["Heading2"]))
        for title, tag in cards:
            story += [P(f"<b>{title}</b>", st["Normal"]), P(tag, st["Normal"])]
        story.append(FrameBreak())
    doc.build(story[:-1])
    return out


@pytest.fixture(scope="module")
def parsed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("roadmap")
    paths = {"md": DATA / "council-roadmap.md", "html": DATA / "council-roadmap.html",
             "docx": _word(folder), "pdf": _pdf(folder)}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)
        return {k: (p, parse_programme(read_document(p, "programme")))
                for k, p in paths.items()}


def _items(got):
    return sorted((int(r.paragraph), r.text, r.status, r.quarter_label)
                  for r in got.programme.itertuples())


@pytest.mark.parametrize("form", ["md", "html"])
def test_cards_are_items_status_from_column_section_from_theme(parsed, form):
    got = parsed[form][1]
    assert _items(got) == sorted(HOUSING)
    assert got.metadata["title"] == "Housing services roadmap: spring 2026"
    assert str(got.metadata["date"]) == "2026-03-03"
    assert got.grants["amount_gbp"].tolist() == [90000]  # (a bullet of the Grants section)


@pytest.mark.parametrize("form", ["docx", "pdf"])
def test_word_table_of_one_row_and_pdf_frames(parsed, form):
    got = parsed[form][1]
    assert _items(got) == sorted(WORD)
    assert got.priorities["priority"].tolist() == ["Member support", "Open data"]


def test_nothing_lost(parsed):
    path, got = parsed["md"]
    assert programme_words_lost(got, path) <= {"a", "b"}


def test_split_cards_takes_the_last_theme_before_each_timing():
    text = ("Cyber training for Cyber staff Cyber · Owner: X · Q3 2025-26 "
            "A data hub Data · Due Mar 2026")
    assert split_cards(text, ["Cyber", "Data"]) == [
        ("Cyber training for Cyber staff", "Cyber", "Cyber · Owner: X · Q3 2025-26"),
        ("A data hub", "Data", "Data · Due Mar 2026")]


def test_no_roadmap_without_themes_or_columns():
    cards = [Heading(Inline(c), 2) for c in ("Done", "Now", "Next")]
    bullets = [ListItem(Inline("A hub — Data · Q3 2025-26"))]
    assert roadmap_sections([*cards, *bullets]) is None  # (no list of themes)
    intro = Paragraph(Inline("It has two themes: Data; and Skills."))
    assert roadmap_sections([intro, Heading(Inline("Progress"), 2), *bullets]) is None
