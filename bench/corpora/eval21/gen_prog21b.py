"""prog21b: a programme progress report of the shipped kind (numbered sections, priorities
as numbered headings, grants in a Funding section) whose actions are table rows
"Ref | Action | Status | Due", written in Google Docs and published from it.

WLGA Climate Change Support Programme (real; content invented), "Climate Change Support
Programme: progress report, Quarter 1 2026-27", 23 July 2026.
Forms: .html Google Docs "Download > Web page": the section numbers AND the Ref cells
("3.1") are CSS counters of one lst-kix list (level 0 "%1.", level 1 "%1.%2."), the Ref cell
an empty numbered <li>; .docx Google Docs "Download > .docx": the same through numbering.xml
(the Ref cell an empty numbered paragraph), header row in "Table Heading" (bold by style);
.pdf Chrome 131 "Save as PDF" of the published page (docs.google.com/.../pub): "Published
using Google Docs" bar printed, date and title header, URL and "n/N" footer, the first
table over a page break with its header row repeated; .md Notion export: the tables with
alignment rows and emoji statuses (key above), refs typed.
"""
from forms21 import OUT, gdocs_html, write_docx, write_md, write_pdf

NAME = "prog21b-climate-programme-report"
TITLE = "Climate Change Support Programme: progress report, Quarter 1 2026-27"
LISTS = {"sec": ("ol", ["%1.", "%1.%2."])}
STATUS = {"Complete": "done", "On track": "in progress", "Delayed": "at risk", "Not started": "planned"}
EMOJI = {"Complete": "✅", "On track": "🔄", "Delayed": "🔴", "Not started": "⏳"}
Q = {"April": 1, "May": 1, "June": 1, "July": 2, "August": 2, "September": 2, "October": 3,
     "November": 3, "December": 3, "January": 4, "February": 4, "March": 4}
# workstream: [(action, status, due, partners)]
WS = [
    ("Buildings and energy", [
        ("Costed decarbonisation delivery plans have been completed by 18 councils using the common methodology.", "Complete", "June 2026", []),
        ("Low carbon heat projects are being delivered in 24 public buildings funded by the Low Carbon Heat Capital Grant.", "On track", "March 2027", []),
        ("A shared energy data platform will be procured with Data Cymru.", "Not started", "December 2026", ["Data Cymru"]),
        ("Guidance on decarbonising school buildings is being written with the Society of Welsh Treasurers on the costs.", "Delayed", "September 2026", ["Society of Welsh Treasurers"]),
    ]),
    ("Fleet and transport", [
        ("Ultra-low emission transition plans for council fleets were agreed by 12 councils.", "Complete", "May 2026", []),
        ("A national framework for electric refuse collection vehicles is held up by a supplier challenge.", "Delayed", "October 2026", []),
    ]),
    ("Land use and procurement", [
        ("Carbon reporting guidance for procurement officers is being drafted with CIPFA.", "On track", "September 2026", ["CIPFA"]),
        ("Training on nature-based solutions for councillors is being designed with Academi Wales.", "On track", "November 2026", ["Academi Wales"]),
        ("A review of council land suitable for renewable energy generation will begin in the autumn.", "Not started", "March 2027", []),
    ]),
]
FUNDING = ("The programme is funded by a Climate Change Support Programme grant of £450,000 "
           "for 2026-27 from the Welsh Government. Capital works in council buildings are "
           "funded separately through the Low Carbon Heat Capital Grant of £6 million for "
           "2026-27, paid to councils directly.")


def quarter(due: str) -> str:
    m, y = due.split()
    y = int(y)
    q = Q[m]
    fy = y if q < 4 else y - 1
    return f"{fy}-{str(fy + 1)[2:]} Q{q}"


def reading() -> dict:
    items = []
    for s, (_h, rows) in enumerate(WS, 3):
        for k, (a, st, due, pa) in enumerate(rows, 1):
            items.append({"ref": f"{s}.{k}", "section": str(s), "text": a, "status": STATUS[st],
                          "quarter": quarter(due), "partners": pa})
    return {"kind": "programme", "title": TITLE, "date": "2026-07-23",
            "priorities": [h for h, _r in WS], "items": items,
            "grants": [{"grant": "Climate Change Support Programme grant", "amount_gbp": 450000, "financial_year": "2026-27"},
                       {"grant": "Low Carbon Heat Capital Grant", "amount_gbp": 6000000, "financial_year": "2026-27"}]}


def blocks(md: bool) -> list:
    sec = lambda t: ("list", "sec", [(0, [(t, "b")], None)])  # noqa: E731
    b = [("title", TITLE), ("subtitle", "Report to the WLGA Climate Change Member Panel, 23 July 2026"),
         sec("Introduction"),
         ("p", "This report sets out progress in the first quarter of 2026-27 against the "
               "programme's business plan, which supports all 22 councils towards a net zero "
               "public sector in Wales by 2030."),
         sec("Funding"), ("p", FUNDING)]
    if md:
        b.append(("md", "Key: ✅ complete · 🔄 on track · 🔴 delayed · ⏳ not started"))
    for s, (h, rows) in enumerate(WS, 3):
        b.append(sec(h))
        trs = []
        for k, (a, st, due, _pa) in enumerate(rows, 1):
            ref = [("p", f"{s}.{k}")] if md else [("list", "sec", [(1, "", None)])]
            trs.append([ref, [("p", a)], [("p", EMOJI[st] if md else st)], [("p", due)]])
        b.append(("table", ["Ref", "Action", "Status", "Due"], trs, True))
    b += [sec("Next report"),
          ("p", "The next report, for Quarter 2, will go to the Panel in October 2026.")]
    return b


def main():
    b = blocks(False)
    (OUT / f"{NAME}.html").write_text(gdocs_html(b, LISTS, TITLE), encoding="utf-8")
    write_docx(b, LISTS, OUT / f"{NAME}.docx")
    url = "https://docs.google.com/document/d/e/2PACX-1vQx7Kc2mWq0Ln4yT8bR3sD9fH1jA6uE5pZ0oV2iG7kM4nX3cB8wY1tL9rS6dF2hJ5/pub"
    write_pdf(b, LISTS, OUT / f"{NAME}.pdf", "chrome", TITLE, url, "24/07/2026, 09:12",
              ["Published using Google Docs    Report abuse    Learn more",
               "Climate Change Support Programme: progress report, Quarter 1 2026-27",
               "Updated automatically every 5 minutes"])
    md = write_md(blocks(True), LISTS)
    md = md.replace("|:---|:---|:---|:---|", "|:---|:---|:---:|---:|")
    (OUT / f"{NAME}.md").write_text(md, encoding="utf-8")


if __name__ == "__main__":
    main()
