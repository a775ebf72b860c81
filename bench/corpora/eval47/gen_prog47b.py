"""prog47b: a COMMITMENTS TRACKER in the style of the Welsh Government's Programme for
Government delivery reports (programme kind): "Programme for Government: local government
commitments – delivery report, December 2025", GOV.WALES, 10 December 2025 (real Programme
for Government reporting; commitments, updates and figures invented).

Layout: "Well-being objective N: ..." headings, under each a table `Commitment ref |
Commitment | Lead Minister / Portfolio | Status | Update`, refs "PfG 2.3", statuses
Delivered / On track / Delayed / Not yet started, one funding line in an update cell.
The reading: items the rows (ref, section the objective's number), text the Commitment cell,
status Delivered done / On track in progress / Delayed at risk / Not yet started planned,
quarter the financial quarter of the date the update looks to (the outstanding one), partners
only organisations the Update names; the Lead Minister's portfolio is the Welsh Government
(WG, the owner), not a partner. Grant: the one funding line.
Forms: .html the GOV.WALES page (a table per objective), .pdf printed from Word, .docx Word
tables under Heading 2 objectives, .txt TAB-separated lines (a spreadsheet's text export)."""
from __future__ import annotations

import common47 as C

NAME = "prog47b-pfg-commitments-tracker"
TITLE = "Programme for Government: local government commitments – delivery report, December 2025"
DATE = "2025-12-10"
HEAD = ["Commitment ref", "Commitment", "Lead Minister / Portfolio", "Status", "Update"]
FIN = "Cabinet Secretary for Finance and Welsh Language"
HLG = "Cabinet Secretary for Housing and Local Government"
CLI = "Cabinet Secretary for Climate Change and Rural Affairs"
SJ = "Cabinet Secretary for Social Justice"
ST = {"Delivered": "done", "On track": "in progress", "Delayed": "at risk",
      "Not yet started": "planned"}
# (objective, [(commitment, lead, status, update, quarter, partners)])
OBJECTIVES = [
    ("Support councils to deliver sustainable services", [
        ("Reform council tax to make it fairer.", FIN, "On track",
         "The revaluation legislation received Royal Assent in 2025; new bands take effect in "
         "April 2028.", "2028-29 Q1", []),
        ("Give councils indicative settlements for future years.", FIN, "Delivered",
         "Indicative settlements to 2027-28 were published with the final settlement on 27 "
         "February 2025.", "2024-25 Q4", []),
        ("Introduce a Local Government Improvement Fund.", HLG, "On track",
         "£3.5 million allocated from the Local Government Improvement Fund for 2025-26; the "
         "first grants were paid in October 2025.", "2025-26 Q3", []),
    ]),
    ("Strengthen local democracy", [
        ("Pilot flexible voting at local elections.", HLG, "Delivered",
         "Pilots ran in four councils at by-elections in October 2024 and the evaluation was "
         "published in March 2025.", "2024-25 Q4", []),
        ("Introduce automatic voter registration for local elections.", HLG, "On track",
         "Councils began automatic registration pilots in September 2025; roll-out to all 22 "
         "councils by March 2026.", "2025-26 Q4", []),
        ("Modernise the cycle of electoral reviews.", HLG, "Delayed",
         "The consultation has slipped and is now expected in July 2026.", "2026-27 Q2", []),
        ("Support disabled people to stand for election.", SJ, "Not yet started",
         "Scheme design will begin once the Access to Elected Office evaluation reports in "
         "January 2026.", "2025-26 Q4", []),
    ]),
    ("Tackle climate change through local action", [
        ("Support every council to publish a net zero route map.", CLI, "Delivered",
         "All 22 councils published route maps by June 2025, with help from the WLGA "
         "Decarbonisation Support Programme.", "2025-26 Q1", []),
        ("Decarbonise council fleets.", CLI, "On track",
         "Councils have bought 410 ultra-low emission vehicles; procurement of a further 200 "
         "will complete in February 2026.", "2025-26 Q4", []),
        ("Produce a local area energy plan for every council.", CLI, "Delayed",
         "Nine plans are complete; the rest are delayed to September 2026 by a shortage of "
         "energy modellers.", "2026-27 Q2", []),
    ]),
    ("Build safer, more cohesive communities", [
        ("Expand the community cohesion programme.", SJ, "On track",
         "Regional coordinators are in post in all eight regions; the programme runs to March "
         "2026.", "2025-26 Q4", []),
        ("Review councils' role in community safety partnerships.", SJ, "Not yet started",
         "The review will be commissioned in April 2026 with Data Cymru providing the "
         "evidence base.", "2026-27 Q1", ["Data Cymru"]),
    ]),
]


def rows():
    for n, (obj, cs) in enumerate(OBJECTIVES, 1):
        yield n, obj, [[f"PfG {n}.{k}", c[0], c[1], c[2], c[3]] for k, c in enumerate(cs, 1)]


def reading() -> dict:
    items = []
    for n, (_obj, cs) in enumerate(OBJECTIVES, 1):
        for k, (text, _lead, status, _upd, q, partners) in enumerate(cs, 1):
            items.append({"ref": f"{n}.{k}", "section": str(n), "text": text,
                          "status": ST[status], "quarter": q, "partners": partners})
    return {"kind": "programme", "title": TITLE, "date": DATE,
            "priorities": [o[0] for o in OBJECTIVES], "items": items,
            "grants": [{"grant": "Local Government Improvement Fund", "amount_gbp": 3500000,
                        "financial_year": "2025-26"}]}


INTRO = ("This report sets out progress on the Programme for Government commitments that "
         "local government delivers or supports, grouped by the well-being objectives they "
         "contribute to. Status is as at 30 November 2025.")


def blocks() -> list:
    b: list = [("title", TITLE), ("meta", "First published: 10 December 2025"), ("p", INTRO)]
    for n, obj, rs in rows():
        b += [("h1", f"Well-being objective {n}: {obj}"), ("table", HEAD, rs)]
    return b


def write_txt() -> None:
    lines = [TITLE, "Published 10 December 2025", "", INTRO, ""]
    for n, obj, rs in rows():
        lines += [f"Well-being objective {n}: {obj}", "\t".join(HEAD)]
        lines += ["\t".join(r) for r in rs] + [""]
    (C.OUT / f"{NAME}.txt").write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")


def write_html() -> None:
    body = ['<div class="gem-c-metadata"><dl><dt>First published:</dt><dd>10 December 2025'
            '</dd><dt>Last updated:</dt><dd>10 December 2025</dd></dl></div>',
            '<nav class="contents"><h2>Contents</h2><ol>'
            + "".join(f'<li><a href="#objective-{n}">Well-being objective {n}: {C.esc(o)}</a></li>'
                      for n, o, _r in rows()) + "</ol></nav>"]
    for blk in blocks():
        if blk[0] == "h1":
            n = blk[1].split(":")[0].split()[-1]
            body.append(f'<h2 id="objective-{n}">{C.esc(blk[1])}</h2>')
        elif blk[0] == "table":
            body.append('<div class="table-wrapper"><table class="govuk-table"><caption '
                        'class="visually-hidden">Commitments</caption><thead><tr>'
                        + "".join(f'<th scope="col">{C.esc(h)}</th>' for h in blk[1])
                        + "</tr></thead><tbody>")
            for r in blk[2]:
                body.append('<tr><th scope="row">' + C.esc(r[0]) + "</th>"
                            + "".join(f"<td>{C.esc(c)}</td>" for c in r[1:]) + "</tr>")
            body.append("</tbody></table></div>")
        else:
            body += C.html([blk])
    (C.OUT / f"{NAME}.html").write_text(C.page(
        TITLE, "GOV.WALES", ["Home", "Politics and government", "Programme for government"],
        body, ["Business and economy", "Children and families", "Housing", "Local government",
               "Politics and government"], "Welsh Government, Cathays Park, Cardiff CF10 3NQ"),
        encoding="utf-8")


def write_docx() -> None:
    doc = C.new_docx(font="Arial", size=10)
    C.header_text(doc, "Programme for Government delivery report – local government")
    C.footer_page_numbers(doc, "Welsh Government – December 2025")
    C.docx(blocks(), doc)
    doc.save(C.OUT / f"{NAME}.docx")


def write_pdf() -> None:
    st = C.pdf_styles(9)
    w = {5: [20 * C.mm, 55 * C.mm, 40 * C.mm, 22 * C.mm, 104 * C.mm]}
    C.build_pdf(C.OUT / f"{NAME}.pdf", C.B.pdf(blocks(), st, w), "Programme for Government: "
                "local government commitments", "Welsh Government", wide=True)


if __name__ == "__main__":
    write_txt()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["items"]))
