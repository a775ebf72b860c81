"""rec12b: a "YOU SAID, WE DID" report: under a heading per topic (the area), a table
`No. | You said | We did`; the recommendation is what young people said (owners only as the
sentence's subject, sometimes "We want the Welsh Government to ..."), the "We did" cell
holds one or two bullets of what was done (the activities, unnumbered).

WLGA with Children in Wales, "Young people's voices in local government: You said, we did",
November 2025 (recommendations of the 2024 youth councils' summit). Forms:

- .txt: Word's "Save as plain text": a table row is its cells joined by TABs, a cell's
  second paragraph on the next line, bullets as "•" and a TAB;
- .html: a <section> per topic with <h2> and a <table> (<th scope="row"> for the number,
  a <ul> in the We did cell);
- .docx: Heading 2 per topic, a 3-column table, header row shaded, We did cell in List
  Bullet paragraphs;
- .pdf: reportlab tables with a coloured header row, bullets, page header/footer.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)

from gen_common import (OUT, GRID, P, add_par, build_pdf, cell_text, colors, esc,
                        footer_page_numbers, header_text, mm, new_docx, pdf_styles, shade)
from reportlab.platypus import Table, TableStyle

NAME = "rec12b-you-said-we-did"
TITLE = "Young people's voices in local government: You said, we did"
SUB = "Report of the 2024 Youth Councils Summit recommendations – November 2025"

# (area, [(you said, owners, [we did])])
AREAS = [
    ("Transport", [
        ("We want the Welsh Government to make bus travel cheaper for everyone under 22.",
         ["WG"], ["The Welsh Government's £1 single fare for 16 to 21 year olds started in "
                  "September 2025.",
                  "Councils promoted the fare through schools and colleges."]),
        ("Councils should ask young people before changing bus routes to schools and "
         "colleges.", ["LG"],
         ["Eleven councils now include youth councils in consultations on school transport."]),
        ("Councils and Transport for Wales should make late-evening buses safer, with better "
         "lighting at stops.", ["LG", "Transport for Wales"],
         ["Lighting was improved at 140 bus stops in five council areas.",
          "Transport for Wales ran a safety audit of evening services with young people."]),
    ]),
    ("Mental health and wellbeing", [
        ("Councils should offer counselling in every youth centre, not just in schools.",
         ["LG"], ["Counselling sessions are now available in youth centres in 15 council "
                  "areas."]),
        ("The Welsh Government should fund more mental health workers for young people in "
         "rural areas.", ["WG"],
         ["The Welsh Government added £2 million to the whole-school approach fund, part of "
          "it for rural areas."]),
        ("Health boards and councils should cut waiting times for support with anxiety.",
         ["Health boards", "LG"],
         ["Regional partnership boards have set a target of four weeks for a first "
          "appointment.",
          "A text service for anxiety support opened in north Wales in June 2025."]),
    ]),
    ("Climate and environment", [
        ("Councils should put more water refill points and recycling bins in parks and town "
         "centres.", ["LG"],
         ["Councils installed 260 new recycling bins and 45 refill points in 2024-25."]),
        ("Councils should involve young people in their climate change plans.", ["LG"],
         ["Young people sat on climate panels in nine councils.",
          "The WLGA published a guide for councils on involving young people in climate "
          "plans."]),
        ("We want the WLGA to make sure every council reports what it does on climate in a "
         "way young people understand.", ["WLGA"],
         ["The WLGA's climate programme produced a young people's summary of councils' "
          "decarbonisation plans."]),
    ]),
    ("Cost of living", [
        ("Councils should make sure every young person knows about free school meals and "
         "other help.", ["LG"],
         ["A campaign on the help available ran on social media in all 22 council areas."]),
        ("The Welsh Government should increase the Education Maintenance Allowance.", ["WG"],
         ["The Welsh Government raised the Education Maintenance Allowance to £40 a week from "
          "April 2025."]),
        ("Councils should offer free period products in all youth and leisure centres.",
         ["LG"], ["Free period products are now available in every council leisure centre "
                  "and library."]),
    ]),
    ("Having a say", [
        ("Councils should give young people a seat on scrutiny committees.", ["LG"],
         ["Four councils have co-opted young people to a scrutiny committee.",
          "Other councils invite youth council members to scrutiny meetings on topics that "
          "affect them."]),
        ("Councils should tell young people what happened after they were consulted.", ["LG"],
         ["Councils now publish feedback after every youth consultation, and this report "
          "answers the summit."]),
        ("The Welsh Government and the WLGA should teach young people how councils work "
         "before they can vote at 16.", ["WG", "WLGA"],
         ["The WLGA and the Electoral Commission ran 'Your council, your vote' sessions in "
          "60 schools."]),
    ]),
    ("Safe places and youth services", [
        ("Councils should keep youth clubs open in the evenings and at weekends.", ["LG"],
         ["Weekend opening was extended in seven councils using the Youth Support Grant."]),
        ("Councils and police forces should work together to make town centres feel safer "
         "for young people.", ["LG", "Police forces"],
         ["Community safety partnerships held walkabouts with young people in 20 town "
          "centres."]),
        ("The Welsh Government should protect funding for youth services.", ["WG"],
         ["The Youth Support Grant was kept at its 2024-25 level in the 2025-26 budget."]),
    ]),
]
INTRO = [
    "In October 2024, 120 members of youth councils from all 22 council areas met at the "
    "Youth Councils Summit in Llandrindod Wells. They agreed 18 recommendations for councils, "
    "the Welsh Government and the WLGA.",
    "This report sets out, topic by topic, what young people said and what has been done since. "
    "It was prepared by the WLGA with Children in Wales and checked by the summit's steering "
    "group of young people.",
]
OUTRO = ("What happens next: the steering group will meet the WLGA's spokesperson for children "
         "and young people in January 2026 to agree which recommendations need more work.")
COLS = ["No.", "You said", "We did"]


def rows():
    n = 0
    for area, recs in AREAS:
        out = []
        for said, owners, did in recs:
            n += 1
            out.append((n, said, owners, did))
        yield area, out


def reading() -> dict:
    areas = [{"area_no": str(i), "area": a, "theme": None} for i, (a, _r) in
             enumerate(AREAS, 1)]
    recs, acts = [], []
    for area, rs in rows():
        for n, said, owners, did in rs:
            recs.append({"rec_id": str(n), "area": area, "text": said, "owners": owners})
            acts += [{"activity_no": None, "area": area, "text": d} for d in did]
    return {"kind": "recommendations", "title": TITLE, "areas": areas,
            "recommendations": recs, "activities": acts}


# ------------------------------------------------------------------ text
def write_txt() -> None:
    out = [TITLE, SUB, ""] + INTRO + [""]
    for area, rs in rows():
        out += [area, "\t".join(COLS)]
        for n, said, _o, did in rs:
            out.append(f"{n}\t{said}\t•\t{did[0]}")
            out += [f"•\t{d}" for d in did[1:]]
        out.append("")
    out += [OUTRO, ""]
    (OUT / f"{NAME}.txt").write_text("\n".join(out), encoding="utf-8")


# ------------------------------------------------------------------ HTML
def write_html() -> None:
    h = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
         f"<title>{esc(TITLE)} | WLGA</title>",
         "<style>body{font-family:Arial,sans-serif;max-width:60rem;margin:auto}"
         "table{border-collapse:collapse;width:100%}th,td{border:1px solid #bbb;padding:6px;"
         "vertical-align:top}thead th{background:#e5007d;color:#fff}"
         "td.said{background:#fdeef6;width:45%}</style></head><body><main>",
         f"<h1>{esc(TITLE)}</h1>", f'<p class="subtitle">{esc(SUB)}</p>']
    h += [f"<p>{esc(p)}</p>" for p in INTRO]
    for i, (area, rs) in enumerate(rows(), 1):
        h.append(f'<section id="topic-{i}"><h2>{esc(area)}</h2><table><thead><tr>'
                 + "".join(f'<th scope="col">{c}</th>' for c in COLS) + "</tr></thead><tbody>")
        for n, said, _o, did in rs:
            h.append(f'<tr><th scope="row">{n}</th><td class="said">{esc(said)}</td><td><ul>'
                     + "".join(f"<li>{esc(d)}</li>" for d in did) + "</ul></td></tr>")
        h.append("</tbody></table></section>")
    h += [f"<p>{esc(OUTRO)}</p>", "</main></body></html>"]
    (OUT / f"{NAME}.html").write_text("\n".join(h) + "\n", encoding="utf-8")


# ------------------------------------------------------------------ Word
def write_docx() -> None:
    from docx.shared import Cm
    doc = new_docx()
    header_text(doc, "WLGA – You said, we did – November 2025")
    footer_page_numbers(doc, "Welsh Local Government Association")
    doc.add_heading(TITLE, level=1)
    add_par(doc, SUB, bold=True)
    for p in INTRO:
        add_par(doc, p)
    for area, rs in rows():
        doc.add_heading(area, level=2)
        t = doc.add_table(rows=1, cols=3)
        t.style = "Table Grid"
        for cell, c in zip(t.rows[0].cells, COLS):
            cell_text(cell, c, bold=True)
            shade(cell, "F4B6D6")
        for n, said, _o, did in rs:
            r = t.add_row()
            cell_text(r.cells[0], str(n))
            cell_text(r.cells[1], said)
            shade(r.cells[1], "FDEEF6")
            cell_text(r.cells[2], did[0])
            r.cells[2].paragraphs[0].style = doc.styles["List Bullet"]
            for d in did[1:]:
                add_par(r.cells[2], d, style="List Bullet")
        for row in t.rows:
            row.cells[0].width = Cm(1.2)
            row.cells[1].width = Cm(7.5)
            row.cells[2].width = Cm(8)
    add_par(doc, "")
    add_par(doc, OUTRO)
    doc.save(OUT / f"{NAME}.docx")


# ------------------------------------------------------------------ PDF
def write_pdf() -> None:
    st = pdf_styles(9)
    story = [P(esc(TITLE), st["title"]), P(f"<b>{esc(SUB)}</b>", st["body"])]
    story += [P(esc(p), st["body"]) for p in INTRO]
    for area, rs in rows():
        story.append(P(esc(area), st["h1"]))
        data = [[P(f"<font color='white'><b>{c}</b></font>", st["cellb"]) for c in COLS]]
        for n, said, _o, did in rs:
            data.append([P(str(n), st["cell"]), P(esc(said), st["cell"]),
                         [P(f"•&nbsp;&nbsp;{esc(d)}", st["cell"]) for d in did]])
        style = list(GRID) + [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E5007D")),
                              ("BACKGROUND", (1, 1), (1, -1), colors.HexColor("#FDEEF6"))]
        story.append(Table(data, colWidths=[12 * mm, 75 * mm, 87 * mm],
                           style=TableStyle(style)))
    story.append(P(esc(OUTRO), st["body"]))
    build_pdf(OUT / f"{NAME}.pdf", story, "WLGA – You said, we did – November 2025",
              "Welsh Local Government Association")


if __name__ == "__main__":
    write_txt()
    write_html()
    write_docx()
    write_pdf()
    r = reading()
    print(NAME, len(r["areas"]), len(r["recommendations"]), len(r["activities"]))
