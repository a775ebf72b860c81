"""rec26b: a CHILD PRACTICE REVIEW REPORT of a Regional Safeguarding Board, in the shape of
the Welsh Government's template for practice review reports: "Brief outline of
circumstances", "Learning for the regional board" with themes ("Theme 1: ...") and
NUMBERED LEARNING POINTS 1 .. 7 that are not recommendations, then "Improving systems and
practice" with two tables `Recommendation | Agency | Action required | Timescale`, the first
under "Recommendations for the Regional Safeguarding Board", the second under
"Recommendations for agencies", the recommendations numbered 1 .. 7 ACROSS BOTH TABLES with
the number printed in the Recommendation cell ("4. ..."), then the reviewer's statement.

Glanmor and Tawe Regional Safeguarding Board (fictitious), Concise Child Practice Review
GTSB 02/2025 (Child G), report published 10 February 2026.
Forms: .txt the Board's text-only accessible version (ALL-CAPS headings, "----" underlined
sub-headings, each table row as "Recommendation: / Agency: / Action required: / Timescale:"
lines); .html the Board's website (cookie banner, nav, footer); .docx Word tables with a
repeated header row, learning points a real decimal list; .pdf the Board's table RUNNING
OVER TWO PAGES (rows padded).
"""
from __future__ import annotations

from shell26 import OUT, cms_page, docx, html_body, pdf, txt

NAME = "rec26b-child-practice-review"
TITLE = "Concise Child Practice Review GTSB 02/2025: Child G"
META = ("Glanmor and Tawe Regional Safeguarding Board – Child Practice Review report, "
        "published 10 February 2026")
OUTLINE = ("This concise review was commissioned by the Board's Case Review Group after "
           "Child G, aged 14 months, was admitted to hospital with injuries that were "
           "thought to be non-accidental. The family had moved into the region from another "
           "part of Wales six months earlier. The review considered agencies' involvement "
           "in the twelve months before the admission.")
THEMES = [
    ("Theme 1: Information sharing when families move", [
        "Records of earlier concerns did not follow the family when they moved between "
        "local authority areas.",
        "Health visiting records were transferred on time, but the receiving team did not "
        "know that the family had been known to children's services.",
    ]),
    ("Theme 2: Seeing the baby", [
        "Practitioners focused on the parents' needs and rarely saw Child G awake and "
        "undressed.",
        "Missed appointments were recorded by each agency but were not seen together as a "
        "pattern.",
        "Fathers and partners were not routinely asked about or engaged.",
    ]),
    ("Theme 3: Professional curiosity and challenge", [
        "Practitioners accepted explanations for minor bruising without checking them with "
        "colleagues in other agencies.",
        "Escalation routes between agencies were not well understood by newer staff.",
    ]),
]
BOARD = "Recommendations for the Regional Safeguarding Board"
AGENCIES = "Recommendations for agencies"
# (area heading, [(text, agency printed, owners, action required, timescale)])
RECS = [
    (BOARD, [
        ("The Board should seek assurance that agencies share safeguarding history when a "
         "family moves into or out of the region.", "Regional Safeguarding Board",
         ["Regional Safeguarding Board"],
         "Audit a sample of transfers in and out of the region and report the findings to "
         "the Board.", "September 2026"),
        ("The Board should refresh its multi-agency guidance on bruising in non-mobile "
         "babies.", "Regional Safeguarding Board", ["Regional Safeguarding Board"],
         "Revise the bruising protocol and brief practitioners in all partner agencies.",
         "June 2026"),
        ("The Board should promote the escalation and professional challenge policy to "
         "practitioners who are new to their roles.", "Regional Safeguarding Board",
         ["Regional Safeguarding Board"],
         "Add the escalation policy to induction for new staff in every partner agency and "
         "run two learning events.", "December 2026"),
    ]),
    (AGENCIES, [
        ("Children's services should check the safeguarding history held by the previous "
         "local authority for every family that moves into the area with open support.",
         "Glanmor County Borough Council (Children's Services)", ["LG"],
         "Amend the front door procedure to include a records request to the previous "
         "local authority within five working days.", "April 2026"),
        ("Health visitors should see every baby awake and undressed at each contact while "
         "there are safeguarding concerns.", "Glanmor University Health Board",
         ["Glanmor University Health Board"],
         "Update the health visiting standard operating procedure and audit compliance "
         "after six months.", "July 2026"),
        ("Agencies should record and share missed appointments for children under two "
         "where there are safeguarding concerns.",
         "Glanmor University Health Board; Glanmor County Borough Council (Children's "
         "Services)", ["Glanmor University Health Board", "LG"],
         "Agree a shared missed appointments protocol between health and children's "
         "services.", "September 2026"),
        ("The police should include fathers and partners in the information they share at "
         "strategy discussions.", "South Wales Police", ["South Wales Police"],
         "Issue a practice note to the Public Protection Unit and review ten strategy "
         "discussions.", "May 2026"),
    ]),
]
STATEMENT = ("Statement by the reviewer: I am satisfied that the review was conducted in "
             "line with the guidance for concise child practice reviews and that the "
             "learning and recommendations reflect the evidence provided by agencies and "
             "practitioners.")
HEAD = ["Recommendation", "Agency", "Action required", "Timescale"]


def blocks():
    b = [("title", TITLE), ("meta", META),
         ("h1", "Brief outline of circumstances resulting in the review"), ("p", OUTLINE),
         ("h1", "Learning for the regional board"),
         ("p", "The review identified the following learning points:")]
    n = 0
    for theme, points in THEMES:
        b.append(("h2", theme))
        for p in points:
            n += 1
            b.append(("np", n, p))
    b += [("h1", "Improving systems and practice"),
          ("p", "In order to promote the learning from this case, the review makes the "
                "following recommendations.")]
    k = 0
    for head, recs in RECS:
        rows = []
        for text, agency, _o, action, when in recs:
            k += 1
            rows.append([f"{k}. {text}", agency, action, when])
        b += [("h2", head), ("table", HEAD, rows, [40, 18, 34, 12])]
    b += [("h1", "Statement by the reviewer"), ("p", STATEMENT),
          ("p", "Reviewer: independent reviewer appointed by the Board. Chair of the review "
                "panel: Head of Safeguarding, Glanmor University Health Board.")]
    return b


def reading() -> dict:
    recs, acts, k = [], [], 0
    for head, rr in RECS:
        for text, _a, owners, action, _w in rr:
            k += 1
            recs.append({"rec_id": str(k), "area": head, "text": text, "owners": owners})
            acts.append({"activity_no": None, "area": head, "text": action})
    return {"kind": "recommendations", "title": TITLE,
            "areas": [{"area": h, "theme": None} for h, _r in RECS],
            "recommendations": recs, "activities": acts}


if __name__ == "__main__":
    b = blocks()
    (OUT / f"{NAME}.txt").write_text(txt(b), encoding="utf-8")
    (OUT / f"{NAME}.html").write_text(cms_page(TITLE, "Glanmor and Tawe Safeguarding Board",
                                               html_body(b), ["Home", "Professionals",
                                                              "Practice reviews"]),
                                      encoding="utf-8")
    docx(b, OUT / f"{NAME}.docx", "Glanmor and Tawe Regional Safeguarding Board",
         "Child Practice Review GTSB 02/2025")
    pdf(b, OUT / f"{NAME}.pdf", "Glanmor and Tawe Regional Safeguarding Board – CPR GTSB "
        "02/2025", "Child Practice Review report", pad=14)
    print(NAME, len(reading()["recommendations"]))
