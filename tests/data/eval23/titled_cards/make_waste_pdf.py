"""Write waste-newsletter-two-column.pdf (run with the project's venv python; reportlab).

A council scrutiny newsletter printed in two columns: a dark masthead across the page, each
recommendation a bold heading "Recommendation N: title", its sentence and a shaded block of
labels and values (Area / Owner / Target date, the last label wrapping in its narrow column),
kept together: recommendation 3's block, too long for the foot of the left column, is printed
at the top of the right column.
"""
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
)

OUT = Path(__file__).with_name("waste-newsletter-two-column.pdf")
BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=9, leading=12, spaceAfter=6)
HEAD = ParagraphStyle("head", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceAfter=4)
SECTION = ParagraphStyle("section", fontName="Helvetica-Bold", fontSize=14, leading=18,
                         spaceAfter=6, spaceBefore=6)
LABEL = ParagraphStyle("label", fontName="Helvetica-Bold", fontSize=8, leading=10)
VALUE = ParagraphStyle("value", fontName="Helvetica", fontSize=8, leading=10)

RECS = [
    ("Weekly food waste", "Local authorities should collect food waste every week from flats "
     "as well as from houses.", "Food waste", "Local authorities", "March 2027"),
    ("Reuse shops", "The Welsh Government should fund a reuse shop at every household waste "
     "recycling centre in Wales.", "Reuse", "Welsh Government", "April 2028"),
    ("Commercial recycling", "Local authorities should offer recycling collections to small "
     "businesses at cost, starting with town centres.", "Businesses",
     "Local authorities with the WLGA", "October 2026"),
    ("Data on contamination", "The WLGA should publish the contamination rate of each "
     "council's dry recycling every quarter.", "Businesses", "WLGA", "June 2026"),
]


def masthead(canvas, doc):
    canvas.saveState()
    w, h = A4
    canvas.setFillColor(colors.HexColor("#1F3A2E"))
    canvas.rect(0, h - 40 * mm, w, 40 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica-Bold", 10)
    canvas.drawString(15 * mm, h - 12 * mm, "Cyngor Sir Glanrafon | Glanrafon County Council")
    canvas.setFont("Helvetica-Bold", 18)
    canvas.drawString(15 * mm, h - 25 * mm, "Scrutiny in focus: recycling and reuse")
    canvas.setFont("Helvetica", 9)
    canvas.drawString(15 * mm, h - 33 * mm, "Environment Scrutiny Committee, 14 May 2026")
    canvas.restoreState()


def box(area, owner, when):
    rows = [[Paragraph("Area", LABEL), Paragraph(area, VALUE)],
            [Paragraph("Owner", LABEL), Paragraph(owner, VALUE)],
            [Paragraph("Target date", LABEL), Paragraph(when, VALUE)]]
    table = Table(rows, colWidths=[15 * mm, 62 * mm])
    table.setStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#E8EEEA")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)])
    return table


def main():
    w, h = A4
    col = (w - 30 * mm - 8 * mm) / 2
    frames = [Frame(15 * mm, 15 * mm, col, h - 60 * mm, id="left"),
              Frame(15 * mm + col + 8 * mm, 15 * mm, col, h - 60 * mm, id="right")]
    doc = BaseDocTemplate(str(OUT), pagesize=A4, title="Scrutiny in focus")
    doc.addPageTemplates([PageTemplate(id="two", frames=frames, onPage=masthead)])
    story = [Paragraph("What we looked at", SECTION)]
    story += [Paragraph("The committee spent six months looking at how the council collects "
                        "recycling, what happens to the things residents throw away and how "
                        "reuse could be made easier. Members visited three recycling centres "
                        "and heard from residents, businesses and the staff who run the "
                        "collections every week.", BODY)] * 4
    story += [Paragraph("Members also read the council's waste strategy and the national "
                        "recycling figures for the last five years.", BODY)]
    story += [Paragraph("Our recommendations", SECTION)]
    for n, (title, text, area, owner, when) in enumerate(RECS, start=1):
        story += [Paragraph(f"Recommendation {n}: {title}", HEAD), Paragraph(text, BODY),
                  KeepTogether([box(area, owner, when)]), Spacer(1, 8)]
    doc.build(story)


if __name__ == "__main__":
    main()
