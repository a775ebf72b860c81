"""eval53 (rec53b's .pdf): a report printed in **two columns** with each recommendation (or
each programme item) in a **shaded box**, the page's own text only the chapter headings and
a few lines under them. On such a page no baseline prints words on both sides of the gutter
outside the boxes, so the columns are found with the boxes' words too: the page is read
down the left column, then down the right, each box where it stands in its column (one at a
column's foot, one at the head of the right column, under the heading it follows).

The documents are written here with reportlab as a publisher would (Frames of two columns,
a one-cell shaded Table a box), in wordings other than the corpus's: a council scrutiny
review with "Theme N -" sections and boxed "Recommendation N" (one with bulleted parts),
and a programme update with "Priority N:" headings over boxed numbered actions with a
status line. Each is read in one column too: the two-column print must read the same. The
asserted values were written before the code ran.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

import wlga_analysis as W

REVIEW_THEMES = [
    ("Theme 1 - Access to services",
     "Residents told the committee that opening hours at the hubs do not suit people who "
     "work.",
     [(1, "The Council should open its three community hubs until 7pm on two evenings a "
          "week from April 2026.", []),
      (2, "The Council should publish a single telephone number for every enquiry about "
          "adult social care:", ["answered within five minutes at peak times",
                                 "reported each quarter to this committee"]),
      (3, "The Cabinet Member should review the closure of the Ystrad library before "
          "the budget is set.", [])]),
    ("Theme 2 - Working with partners",
     "Partners value the joint panel but say that its papers arrive late.",
     [(4, "The Council and Cwm Taf Morgannwg University Health Board should agree one "
          "discharge protocol by September 2026.", []),
      (5, "The Council should invite the voluntary sector to every meeting of the "
          "partnership board.", []),
      (6, "Officers should share panel papers five working days before each meeting.", [])]),
    ("Theme 3 - Money and staff",
     "Agency staff cost the service 2.1 million pounds last year.",
     [(7, "The Council should set a target to halve the use of agency social workers by "
          "March 2027.", []),
      (8, "The Council should offer a retention payment to newly qualified social "
          "workers.", []),
      (9, "The Head of Finance should report the cost of agency staff to this committee "
          "each quarter.", [])]),
]


def _styles():
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle

    body = ParagraphStyle("b", fontName="Helvetica", fontSize=9, leading=12, spaceAfter=6)
    box = ParagraphStyle("x", parent=body, fontSize=8.5, leading=11, spaceAfter=2)
    h1 = ParagraphStyle("h", parent=body, fontName="Helvetica-Bold", fontSize=14, leading=17,
                        spaceBefore=8, spaceAfter=6)
    title = ParagraphStyle("t", parent=h1, fontSize=20, leading=24)
    return body, box, h1, title, colors


def _box(paras, width, colour):
    from reportlab.platypus import Spacer, Table, TableStyle

    t = Table([[paras]], colWidths=[width])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colour),
                           ("LEFTPADDING", (0, 0), (-1, -1), 5),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 5)]))
    return [Spacer(1, 4), t, Spacer(1, 4)]


def _build(path: Path, story: list, columns: int, title: str, header: str) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    w, h = A4
    gap, margin = 8 * mm, 18 * mm
    colw = (w - 2 * margin - gap) / columns
    frames = [Frame(margin + k * (colw + gap), 20 * mm, colw, h - 40 * mm, id=f"c{k}")
              for k in range(columns)]

    def deco(canvas, doc):
        canvas.setFont("Helvetica", 7)
        canvas.drawString(margin, h - 12 * mm, header)
        canvas.drawCentredString(w / 2, 10 * mm, f"Page {doc.page}")

    doc = BaseDocTemplate(str(path), pagesize=A4, title=title)
    doc.addPageTemplates([PageTemplate("p", frames, onPage=deco)])
    doc.build(story)


def _review_pdf(path: Path, columns: int) -> None:
    from reportlab.platypus import Paragraph as P

    body, box, h1, title, colors = _styles()
    width = 76 * 2 / columns * 2.83
    story = [P("Scrutiny review of adult social care in Rhondda Cynon Taf", title),
             P("Report of the Community Services Scrutiny Committee, 21 January 2026", body),
             P("The committee held six evidence sessions between June and November 2025 "
               "and heard from 48 residents, carers and staff.", body)]
    for name, lead, recs in REVIEW_THEMES:
        story += [P(name, h1), P(lead, body)]
        for n, text, parts in recs:
            inner = [P(f"<b>Recommendation {n}</b>", box), P(text, box)]
            inner += [P("\u2022 " + x, box) for x in parts]
            story += _box(inner, min(width, 220), colors.HexColor("#DDEBF7"))
    _build(path, story, columns, "Scrutiny review of adult social care",
           "Community Services Scrutiny Committee")


def _quiet(load, path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load(path)


REVIEW_AREAS = ["Access to services", "Working with partners", "Money and staff"]


@pytest.mark.parametrize("columns", [1, 2])
def test_boxed_recommendations_in_two_columns_read_in_column_order(tmp_path, columns):
    path = tmp_path / f"review{columns}.pdf"
    _review_pdf(path, columns)
    recs = _quiet(W.load_recommendations, path)
    assert list(recs["rec_id"].astype(str)) == [str(n) for n in range(1, 10)]
    assert list(recs["area"]) == [a for a in REVIEW_AREAS for _ in range(3)]
    assert recs["text"].iloc[0] == REVIEW_THEMES[0][2][0][1]
    assert recs["text"].iloc[5] == REVIEW_THEMES[1][2][2][1]
    assert recs["text"].iloc[8] == REVIEW_THEMES[2][2][2][1]
    assert recs["text"].iloc[1].startswith(REVIEW_THEMES[0][2][1][1])
    assert recs["text"].iloc[1].endswith("reported each quarter to this committee.")
    areas = _quiet(W.load_areas, path)
    assert list(areas["area"]) == REVIEW_AREAS


PROGRAMME = [
    ("1. Homes for local people", [
        ("1.1", "Buy back 40 former council homes on the open market", "Complete"),
        ("1.2", "Open the Maes yr Haf extra care scheme with 60 flats", "On track"),
        ("1.3", "Bring 120 empty homes back into use with Transforming Towns loans",
         "Delayed")]),
    ("2. A greener county", [
        ("2.1", "Fit solar panels to 15 primary schools", "On track"),
        ("2.2", "Replace 900 street lights with LED lanterns", "Complete"),
        ("2.3", "Plant 5,000 trees on council land in the Cynon valley", "Not started"),
        ("2.4", "Publish a local area energy plan with the Cardiff Capital Region",
         "On track")]),
    ("3. Town centres", [
        ("3.1", "Reopen the Taff Street market hall after its roof repair", "Delayed"),
        ("3.2", "Run a free parking trial on Saturdays in Aberdare", "Complete")]),
]
STATUS = {"Complete": "done", "On track": "in progress", "Delayed": "at risk",
          "Not started": "planned"}


def _programme_pdf(path: Path, columns: int) -> None:
    from reportlab.platypus import Paragraph as P

    body, box, h1, title, colors = _styles()
    story = [P("Corporate Plan Delivery Update: Quarter 2 2025-26", title),
             P("Report to Cabinet, 6 November 2025", body),
             P("This update reports progress on the actions of the Corporate Plan at the "
               "end of September 2025.", body), P("Progress Update", h1)]
    for name, items in PROGRAMME:
        story += [P(name, h1)]
        for _number, text, status in items:
            inner = [P(f"\u2022 {text} ({status.lower()}).", box)]
            story += _box(inner, 215, colors.HexColor("#FCE4D6"))
    _build(path, story, columns, "Corporate Plan Delivery Update", "Cabinet 6 November 2025")


@pytest.mark.parametrize("columns", [1, 2])
def test_boxed_programme_items_in_two_columns_read_in_column_order(tmp_path, columns):
    path = tmp_path / f"programme{columns}.pdf"
    _programme_pdf(path, columns)
    items = _quiet(W.load_programme, path)
    assert list(items["item_id"].astype(str)) == [n for _, rows in PROGRAMME for n, _, _ in rows]
    assert list(items["status"]) == [STATUS[s] for _, rows in PROGRAMME for _, _, s in rows]
    assert [t.rstrip(".") for t in items["text"]] == [
        t for _, rows in PROGRAMME for _, t, _ in rows]
    priorities = _quiet(W.load_priorities, path)
    assert list(priorities["priority"]) == [
        "Homes for local people", "A greener county", "Town centres"]
