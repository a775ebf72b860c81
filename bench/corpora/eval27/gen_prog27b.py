"""prog27b: a BENEFITS REALISATION REGISTER from a programme board: a short narrative (what
the register is, the funding, a status key), then the register grouped by benefit category
("1. Cashable benefits", "2. Non-cashable benefits", "3. Qualitative benefits"), each a table
`Ref | Benefit | Benefit owner | Measure | Baseline | Target | Target date | Actual to date |
Status`. Targets are £ savings (NOT funding: the only grant is in the narrative); the status
key: Achieved / On track / At risk / Not yet due.

The items are the BENEFITS (one per row): text the Benefit cell, section the category's
number, status from the Status cell (Achieved = done, On track = in progress, At risk = at
risk, Not yet due = planned), quarter from the Target date, partners an organisation the
benefit names. The categories are the priorities.

Conwy County Borough Council (real council; the register invented), "Customer Contact and
Digital Transformation Programme: Benefits Realisation Register", Programme Board,
9 December 2026.
Forms: .md pandoc Markdown (pipe tables); .html the council's modern.gov-style web page with
nav and cookie banner; .docx Word tables with repeated header rows; .pdf landscape, the
cashable table running over a page break.
"""
from __future__ import annotations

from shell27 import OUT, cms_page, docx, html_body, md, pdf

NAME = "prog27b-benefits-register"
TITLE = "Customer Contact and Digital Transformation Programme: Benefits Realisation Register"
META = "Conwy County Borough Council – Programme Board, 9 December 2026"
INTRO = [
    "This register records the benefits the programme's business case committed to, who owns "
    "each one, how it is measured and what has been realised by the end of November 2026. It "
    "is reviewed by the Programme Board every quarter and reported to the Governance and "
    "Audit Committee twice a year.",
    "The programme is funded by £850,000 from the council's invest-to-save reserve and "
    "£400,000 from the Welsh Government's Digital Priorities Investment Fund in 2025-26. "
    "Savings targets below are the benefits the programme must return to the medium term "
    "financial plan; they are not budgets.",
    "Status key: Achieved – the target has been met; On track – the measure is moving towards "
    "the target on time; At risk – the target is unlikely to be met by the target date "
    "without action; Not yet due – measurement has not started.",
]
STATUS = {"Achieved": "done", "On track": "in progress", "At risk": "at risk",
          "Not yet due": "planned"}
HEAD = ["Ref", "Benefit", "Benefit owner", "Measure", "Baseline", "Target", "Target date",
        "Actual to date", "Status"]

# category: (name, [(ref, benefit, owner, measure, baseline, target, date, actual, status,
#            quarter, partners)])
CATS = [
    ("Cashable benefits", [
        ("CB01", "Reduce contact centre staffing through channel shift to online self-service.",
         "Head of Customer Services", "Contact centre establishment cost", "£1,420,000",
         "£1,180,000 (saving £240,000)", "31/03/2027", "£1,262,000", "On track", "2026-27 Q4",
         []),
        ("CB02", "Close two of the three face-to-face customer service centres.",
         "Head of Corporate Property", "Running costs of customer service centres", "£310,000",
         "£120,000 (saving £190,000)", "30/09/2026", "£120,000", "Achieved", "2026-27 Q2", []),
        ("CB03", "Cut printing and postage by moving council tax bills to e-billing.",
         "Revenues Manager", "Print and postage spend", "£265,000", "£165,000 (saving "
         "£100,000)", "31/03/2027", "£232,000", "At risk", "2026-27 Q4", []),
        ("CB04", "Decommission the legacy customer relationship management system.",
         "Head of Digital", "Licence and support costs", "£145,000", "£0 (saving £145,000)",
         "30/06/2027", "£145,000", "Not yet due", "2027-28 Q1", []),
        ("CB05", "Reduce failure demand calls about missed bin collections.",
         "Head of Environment", "Cost of call handling for missed collections", "£88,000",
         "£44,000 (saving £44,000)", "31/12/2026", "£61,000", "On track", "2026-27 Q3", []),
    ]),
    ("Non-cashable benefits", [
        ("NB01", "Free officer time in planning by taking pre-application enquiries online.",
         "Head of Planning", "Officer hours a month on enquiries", "410 hours", "250 hours",
         "31/03/2027", "330 hours", "On track", "2026-27 Q4", []),
        ("NB02", "Answer 80% of calls within 60 seconds.", "Head of Customer Services",
         "Calls answered within 60 seconds", "52%", "80%", "31/12/2026", "81%", "Achieved",
         "2026-27 Q3", []),
        ("NB03", "Resolve 70% of enquiries at first point of contact.",
         "Head of Customer Services", "First contact resolution", "48%", "70%", "31/03/2027",
         "55%", "At risk", "2026-27 Q4", []),
        ("NB04", "Publish service performance dashboards with Data Cymru.",
         "Performance Manager", "Dashboards published", "0", "12", "30/09/2027", "0",
         "Not yet due", "2027-28 Q2", ["Data Cymru"]),
    ]),
    ("Qualitative benefits", [
        ("QB01", "Residents find it easier to deal with the council online.",
         "Head of Customer Services", "Satisfaction survey: 'easy to use'", "61%", "75%",
         "31/03/2027", "68%", "On track", "2026-27 Q4", []),
        ("QB02", "Welsh speakers can complete every online form in Welsh.",
         "Welsh Language Officer", "Online forms available in Welsh", "64%", "100%",
         "31/12/2026", "100%", "Achieved", "2026-27 Q3", []),
        ("QB03", "Staff have the digital skills to support residents who need help online.",
         "Head of People", "Staff completing digital champion training", "0", "120",
         "31/03/2027", "38", "At risk", "2026-27 Q4", []),
    ]),
]


def blocks(form: str):
    b = [("title", TITLE), ("meta", META), ("h1", "Introduction")]
    b += [("p", t) for t in INTRO]
    for i, (cat, rows) in enumerate(CATS, 1):
        b += [("h1", f"{i}. {cat}"),
              ("table", HEAD, [list(r[:9]) for r in rows], [6, 24, 11, 15, 10, 14, 12, 10, 10])]
    b += [("h1", "Next review"),
          ("p", "The register will next be reviewed by the Programme Board in March 2027, "
                "when CB04 and NB04 begin to be measured.")]
    return b


def reading() -> dict:
    items = []
    for i, (_c, rows) in enumerate(CATS, 1):
        for r in rows:
            items.append({"ref": r[0], "section": str(i), "text": r[1],
                          "status": STATUS[r[8]], "quarter": r[9], "partners": r[10]})
    return {"kind": "programme", "title": TITLE, "date": "2026-12-09",
            "priorities": [c[0] for c in CATS], "items": items,
            "grants": [{"grant": "Digital Priorities Investment Fund", "amount_gbp": 400000,
                        "financial_year": "2025-26"}]}


if __name__ == "__main__":
    (OUT / f"{NAME}.md").write_text(md(blocks("md"), [f"title: \"{TITLE}\"",
                                                      "author: Conwy County Borough Council",
                                                      "date: 9 December 2026"]),
                                    encoding="utf-8")
    (OUT / f"{NAME}.html").write_text(
        cms_page(TITLE, "Conwy County Borough Council", html_body(blocks("html")),
                 ["Home", "Council and democracy", "Programme Board", "9 December 2026"]),
        encoding="utf-8")
    docx(blocks("docx"), OUT / f"{NAME}.docx", "Conwy County Borough Council – OFFICIAL",
         "Benefits Realisation Register – Programme Board 9 December 2026")
    pdf(blocks("pdf"), OUT / f"{NAME}.pdf", "Customer Contact and Digital Transformation "
        "Programme – Benefits Realisation Register", "Programme Board, 9 December 2026",
        wide=True, pad=6, base=11)
    print(NAME, len(reading()["items"]))
