"""Write ``wellbeing-delivery-tracker.pdf`` (a test document of tests/test_eval16_prog16b.py).

A council's well-being plan tracker printed from a browser to an A5 page: browser header
and footer lines on each page, the objectives as bullets, and ONE table ruled under each
row only (no column lines, no shaded header: the header row has no rule above it), its
``Objective`` column printed in every row with no number, no number column, running over
two pages with its header repeated. Run with the project's Python (reportlab):
``python tests/data/eval16/prog16b/make_wellbeing_tracker_pdf.py``.
"""

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A5
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

OUT = Path(__file__).with_name("wellbeing-delivery-tracker.pdf")
TITLE = "Well-being Plan 2024-29: delivery tracker"
ROWS = [
    ("Thriving towns", "Reopen the market hall in Llanfair with twenty stalls.", "Completed",
     "October 2025", "The hall reopened on 4 October."),
    ("Thriving towns", "Run a shop front grant scheme in three towns.", "On track",
     "March 2027", "Fourteen grants have been paid."),
    ("Thriving towns", "Agree a parking strategy for the town centres.", "Slipped",
     "December 2026", "Consultation moved to the new year."),
    ("Thriving towns", "Open a business start-up service with Business Wales.", "Not started",
     "September 2026", "A provider is being procured."),
    ("Healthy lives", "Extend free swimming to over-60s in every leisure centre.",
     "Completed", "April 2025", "In place since April."),
    ("Healthy lives", "Build a new 3G pitch at Ysgol y Dderwen.", "On track", "August 2026",
     "Planning consent granted."),
    ("Healthy lives", "Recruit ten community connectors with the health board.", "On track",
     "March 2026", "Seven connectors are in post."),
    ("Green spaces", "Create a new country park at Cwm Glas.", "Not started",
     "March 2028", "Land purchase is being negotiated."),
    ("Green spaces", "Publish a tree strategy with Audit Wales's advice on its targets.",
     "On track", "June 2026", "A draft is out for comment."),
    ("Green spaces", "Plant wildflower verges along forty kilometres of road.", "Slipped",
     "July 2026", "Seed supply was short this year."),
]


def main() -> None:
    styles = getSampleStyleSheet()
    body, cell = styles["BodyText"], styles["BodyText"].clone("cell", fontSize=7, leading=9)
    head = cell.clone("head", fontName="Helvetica-Bold")

    def furniture(canv, doc):
        w, h = A5
        canv.setFont("Helvetica", 6)
        canv.drawString(8 * mm, h - 6 * mm, "03/03/2026, 09:15")
        canv.drawCentredString(w / 2, h - 6 * mm, f"{TITLE} | Powys Uchaf Council")
        canv.drawString(8 * mm, 5 * mm, "https://www.powysuchaf.example.gov.uk/wellbeing-plan")
        canv.drawRightString(w - 8 * mm, 5 * mm, f"{doc.page}/2")

    story = [Paragraph(TITLE, styles["Heading1"]),
             Paragraph("Last updated: 3 March 2026", body),
             Paragraph("Our Well-being Plan sets out what we will do for the county by 2029. "
                       "Our well-being objectives are:", body)]
    story += [Paragraph(f"\u2022 {name}", body) for name in
              ("Thriving towns", "Healthy lives", "Green spaces")]
    story.append(Paragraph(
        "Each objective has commitments: the things we said we would do to meet it. The "
        "table below shows where each commitment has got to and when we expect to finish "
        "it. A commitment is completed when the work is done and signed off; on track when "
        "work is under way and will finish by its target; slipped when it will finish "
        "later than we said; and not started when work has not yet begun. We update this "
        "page after each quarter's performance report to Cabinet, and the Governance and "
        "Audit Committee reviews the tracker twice a year. Older versions of this page are "
        "kept in the library of performance reports on our website.", body))
    story.append(Paragraph(
        "You can ask for this page in Welsh or in another format. If you think a "
        "commitment is described wrongly, please tell the corporate performance team "
        "using the form at the bottom of the page. Where a commitment depends on a partner, "
        "the partner is named in the commitment itself.", body))
    story.append(Paragraph("Showing 10 commitments: Completed 2, On track 4, Slipped 2, "
                           "Not started 2.", body))
    data = [[Paragraph(t, head) for t in ("Objective", "Commitment", "Status", "Target",
                                          "Progress note")]]
    data += [[Paragraph(t, cell) for t in row] for row in ROWS]
    story.append(Table(data, colWidths=[22 * mm, 40 * mm, 17 * mm, 18 * mm, 29 * mm],
                       repeatRows=1, style=TableStyle([
                           ("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.grey),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")])))
    story.append(Paragraph("Tell us what you think of this page.", body))
    SimpleDocTemplate(str(OUT), pagesize=A5, leftMargin=10 * mm, rightMargin=10 * mm,
                      topMargin=12 * mm, bottomMargin=12 * mm, title=TITLE,
                      invariant=1).build(story, onFirstPage=furniture,
                                         onLaterPages=furniture)


if __name__ == "__main__":
    main()
