"""eval45's designed programme update (prog45b), in other layouts and wordings: a designed
PDF of two text columns with a sidebar frame and shaded section banners in the columns, a
designed PDF whose banner spans both columns and starts a new part of the page, a Word
funding panel with no column headings whose grant cells name the funder on a second line,
and an "At a glance" figure that is the grants' rounded total.

The expected values were written from the documents below, as a careful reader reads them,
before the rules were written: items in the order printed (a banner, then its column's
items down the left column, then the right), each under the banner above it."""

from __future__ import annotations

import warnings
from pathlib import Path

import wlga_analysis as w

KEY = ("Status key: COMPLETE - delivered; ON TRACK - progressing to plan; AT RISK - may miss "
       "its date; NOT STARTED - due to start later.")


def _load(path: Path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return w.load_programme(path), w.load_priorities(path), w.load_grants(path)


def _styles():
    from reportlab.lib import colors
    from reportlab.lib.styles import getSampleStyleSheet

    base = getSampleStyleSheet()["BodyText"]
    body = base.clone("b", fontName="Helvetica", fontSize=9, leading=11, spaceAfter=5)
    white = base.clone("w", fontName="Helvetica-Bold", fontSize=8, leading=10,
                       textColor=colors.white)
    return body, white


def _banner(text: str, style, fill: str):
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Table, TableStyle

    t = Table([[Paragraph(text.upper(), style)]], colWidths=["100%"])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(fill)),
                           ("TOPPADDING", (0, 0), (-1, -1), 4),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return t


def _item(title: str, text: str, status: str, style):
    from reportlab.platypus import Paragraph

    return Paragraph(f"<b>{title}.</b> {text} <b>{status}</b>", style)


# ------------------------------------------------------------- PDF 1: sidebar + 2 columns
SIDEBAR_ITEMS = [
    ("Libraries and learning", [
        ("Mold library move", "The library moved into the new hub in June 2025.", "COMPLETE"),
        ("Digital lending", "Loans of e-books rose by a third, and a new catalogue is being "
         "tested with readers this autumn.", "ON TRACK"),
        ("Adult learning courses", "Twelve evening courses are running at three centres "
         "and enrolment closes in January 2026.", "ON TRACK")]),
    ("Leisure centres", [
        ("Pool roof repair", "Repairs to the Deeside pool roof have found more corroded "
         "steel than expected and the pool will reopen in April 2026.", "AT RISK"),
        ("Gym equipment", "New equipment was installed at Holywell and Flint in September "
         "2025.", "COMPLETE")]),
    ("Heritage and archives", [
        ("Archive catalogue", "Volunteers have listed 4,000 photographs and the online "
         "catalogue goes live in February 2026.", "ON TRACK"),
        ("Castle interpretation", "New panels at Flint Castle will be designed in May 2026.",
         "NOT STARTED"),
        ("Oral history project", "Recording of forty interviews with former steelworkers "
         "was completed in October 2025.", "COMPLETE")]),
]


def _sidebar_pdf(path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        FrameBreak,
        NextPageTemplate,
        PageTemplate,
        Paragraph,
        Spacer,
    )

    body, white = _styles()
    wd, ht = A4
    m, side, gap, band, bottom = 14 * mm, 46 * mm, 6 * mm, 40 * mm, 16 * mm
    top = ht - band - 6 * mm
    colw = (wd - 2 * m - side - 2 * gap) / 2
    x1 = m + side + gap

    def cover(c, _d):
        c.saveState()
        c.setFillColor(colors.HexColor("#1F4E79"))
        c.rect(0, ht - band, wd, band, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 18)
        c.drawString(m, ht - 20 * mm, "Culture and Leisure Plan 2025-26: Half-year Report")
        c.setFont("Helvetica", 9)
        c.drawString(m, ht - 30 * mm, "Flintshire County Council - Published 3 December 2025")
        c.setFillColor(colors.HexColor("#7030A0"))
        c.rect(m, bottom, side, top - bottom, fill=1, stroke=0)
        c.restoreState()

    frames = [Frame(m, bottom, side, top - bottom, id="side", leftPadding=6, rightPadding=6),
              Frame(x1, bottom, colw, top - bottom, id="l"),
              Frame(x1 + colw + gap, bottom, colw, top - bottom, id="r")]
    inner = [Frame(m, bottom, (wd - 2 * m - gap) / 2, ht - 14 * mm - bottom, id="l2"),
             Frame(m + (wd - 2 * m + gap) / 2, bottom, (wd - 2 * m - gap) / 2,
                   ht - 14 * mm - bottom, id="r2")]
    doc = BaseDocTemplate(str(path), pagesize=A4, title="Culture and Leisure Plan 2025-26")
    doc.addPageTemplates([PageTemplate("cover", frames, onPage=cover),
                          PageTemplate("cols", inner)])
    story = [Paragraph("IN NUMBERS", white)]
    for figure, words in (("18,200", "library visits a month"), ("£1.3m", "external funding"),
                          ("640", "learners enrolled")):
        story += [Paragraph(figure, white), Paragraph(words, white), Spacer(1, 4 * mm)]
    story += [FrameBreak(), NextPageTemplate("cols"),
              Paragraph("This report sets out progress on our three culture and leisure "
                        "priorities in the first half of the year. " * 3, body),
              Paragraph(KEY, body)]
    for n, (name, rows) in enumerate(SIDEBAR_ITEMS):
        if n == 2:
            story.append(FrameBreak())  # (the third banner heads the next page's column)
        story += [Spacer(1, 3 * mm), _banner(name, white, "#7030A0"), Spacer(1, 2 * mm)]
        story += [_item(t, x, s, body) for t, x, s in rows]
    doc.build(story)


def test_sidebar_page_banners_read_in_their_columns(tmp_path):
    path = tmp_path / "culture-leisure.pdf"
    _sidebar_pdf(path)
    items, priorities, _grants = _load(path)
    assert list(priorities["priority"]) == [
        "LIBRARIES AND LEARNING", "LEISURE CENTRES", "HERITAGE AND ARCHIVES"]
    assert [t.split(".")[0] for t in items["text"]] == [
        t for _n, rows in SIDEBAR_ITEMS for t, _x, _s in rows]
    assert list(items["item_id"]) == ["1.1", "1.2", "1.3", "2.1", "2.2", "3.1", "3.2", "3.3"]
    assert list(items["status"]) == ["done", "in progress", "in progress", "at risk", "done",
                                     "in progress", "planned", "done"]
    assert items["text"].iloc[3] == ("Pool roof repair. Repairs to the Deeside pool roof have "
                                     "found more corroded steel than expected and the pool "
                                     "will reopen in April 2026.")


# ------------------------------------------------ PDF 2: a banner across both columns
ACROSS = [
    ("Schools", [("Ysgol Bryn roof", "The roof was replaced over the summer holidays in "
                  "August 2025.", "COMPLETE"),
                 ("Free school meals", "Every primary pupil has been offered a free meal "
                  "since September 2025 and take-up is 86 per cent.", "ON TRACK"),
                 ("Breakfast clubs", "Nine more schools will open breakfast clubs in "
                  "January 2026.", "ON TRACK"),
                 ("Welsh-medium places", "A new Welsh-medium unit at Ysgol Glan will open "
                  "in September 2026.", "NOT STARTED")]),
    ("Youth services", [("Youth hub", "The youth hub in the old bank has opened five "
                         "evenings a week since July 2025.", "COMPLETE"),
                        ("Detached youth work", "Recruiting two youth workers has taken "
                         "longer than planned and the service now starts in March 2026.",
                         "AT RISK"),
                        ("Youth council", "Elections to the youth council were held in "
                         "October 2025.", "COMPLETE")]),
]


def _across_pdf(path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import BaseDocTemplate, Frame, FrameBreak, PageTemplate, Paragraph

    body, white = _styles()
    wd, ht = A4
    m, gap = 16 * mm, 8 * mm
    colw = (wd - 2 * m - gap) / 2
    full = wd - 2 * m
    y_banner = ht - 150 * mm
    frames = [Frame(m, ht - 40 * mm, full, 22 * mm, id="title"),
              Frame(m, y_banner + 12 * mm, colw, 88 * mm, id="l1"),
              Frame(m + colw + gap, y_banner + 12 * mm, colw, 88 * mm, id="r1"),
              Frame(m, y_banner, full, 12 * mm, id="across"),
              Frame(m, 20 * mm, colw, y_banner - 22 * mm, id="l2"),
              Frame(m + colw + gap, 20 * mm, colw, y_banner - 22 * mm, id="r2")]
    doc = BaseDocTemplate(str(path), pagesize=A4, title="Learning and Young People 2025-26")
    doc.addPageTemplates([PageTemplate("page", frames)])
    schools, youth = ACROSS[0][1], ACROSS[1][1]
    story = [Paragraph("<b>Learning and Young People Programme 2025-26: Autumn Update</b>",
                       body), Paragraph("Gwynedd Council - Published 15 November 2025", body),
             FrameBreak(), Paragraph(KEY, body), _banner("Schools", white, "#00703C")]
    story += [_item(t, x, s, body) for t, x, s in schools[:2]] + [FrameBreak()]
    story += [_item(t, x, s, body) for t, x, s in schools[2:]] + [FrameBreak()]
    story += [_banner("Youth services", white, "#C00000"), FrameBreak()]
    story += [_item(t, x, s, body) for t, x, s in youth[:2]] + [FrameBreak()]
    story += [_item(t, x, s, body) for t, x, s in youth[2:]]
    doc.build(story)


def test_banner_across_both_columns_starts_a_part(tmp_path):
    path = tmp_path / "learning.pdf"
    _across_pdf(path)
    items, priorities, _grants = _load(path)
    assert list(priorities["priority"]) == ["SCHOOLS", "YOUTH SERVICES"]
    assert [t.split(".")[0] for t in items["text"]] == [
        t for _n, rows in ACROSS for t, _x, _s in rows]
    assert list(items["item_id"]) == ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3"]
    assert list(items["status"]) == ["done", "in progress", "in progress", "planned", "done",
                                     "at risk", "done"]


# ------------------------------------------- Word: a funding panel with no headings
def _panel_docx(path: Path, rows: list[tuple[str, str, str]], glance: str) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("Vale of Glamorgan Council")
    d.add_paragraph("Coast and Countryside Programme 2025-26: Winter Update")
    d.add_paragraph("Published 9 January 2026")
    d.add_paragraph("AT A GLANCE")
    d.add_paragraph(glance)
    d.add_paragraph(KEY)
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    for name, rows_ in (("COAST", [("Barry Island steps", "The new steps to the beach opened "
                                    "in July 2025.", "COMPLETE"),
                                   ("Dunes fencing", "Fencing of the Merthyr Mawr dunes is "
                                    "under way.", "ON TRACK")]),
                        ("COUNTRYSIDE", [("Cosmeston paths", "New paths around the lakes "
                                          "will be built from April 2026.", "NOT STARTED"),
                                         ("Tree nursery", "The first 2,000 saplings were "
                                          "potted in October 2025.", "COMPLETE")])):
        banner = d.add_paragraph()
        banner.add_run(name).bold = True
        shd = OxmlElement("w:shd")
        for k, v in (("w:val", "clear"), ("w:color", "auto"), ("w:fill", "2E75B6")):
            shd.set(qn(k), v)
        banner._p.get_or_add_pPr().append(shd)
        for title, text, status in rows_:
            p = d.add_paragraph()
            p.add_run(f"{title}.").bold = True
            p.add_run(f" {text} ")
            p.add_run(status).bold = True
    table = d.add_table(rows=1, cols=2)
    head = table.rows[0].cells[0].merge(table.rows[0].cells[1])
    head.paragraphs[0].add_run("FUNDING 2025-26").bold = True
    for name, funder, amount in rows:
        c = table.add_row().cells
        c[0].paragraphs[0].add_run(name).bold = True
        c[0].add_paragraph(funder)
        c[1].paragraphs[0].add_run(amount)
    d.save(path)


def test_funding_panel_cells_name_then_funder_and_rounded_total(tmp_path):
    path = tmp_path / "coast.docx"
    _panel_docx(path, [("Coastal Risk Management Programme", "Welsh Government", "£720,000"),
                       ("Heritage Fund Coast Grant", "National Lottery Heritage Fund",
                        "£185,000"),
                       ("Access Improvement Grant", "Welsh Ministers", "£98,500")],
                "£1m external grants this year")
    _items, _priorities, grants = _load(path)
    assert list(grants["grant"]) == ["Coastal Risk Management Programme",
                                     "Heritage Fund Coast Grant", "Access Improvement Grant"]
    assert list(grants["amount_gbp"]) == [720000, 185000, 98500]
    assert list(grants["financial_year"]) == ["2025-26"] * 3
    from wlga_analysis.documents import read_document
    from wlga_analysis.interpret.programme import parse_programme

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parsed = parse_programme(read_document(path, "programme"))
    # the sidebar's figure (£1,003,500 rounded) is reported as the grants' total
    totals = [i for i in parsed.issues if i.item == "£1m"]
    assert [i.check for i in totals] == ["unclassified amount"]
    assert "total of the 3 other grants" in totals[0].message


def test_figure_not_the_grants_total_stays_a_grant():
    from wlga_analysis.interpret.programme.grant_rounded import rounded_unit

    # "£2m" is not the total of £720,000 and £185,000 (£905,000) at its precision
    assert 2 * abs(905000 - 2000000) > rounded_unit("£2m")
    assert rounded_unit("£1.25m") == 10000 and rounded_unit("£905,000") is None
