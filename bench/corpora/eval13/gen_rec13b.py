"""rec13b: a council's statutory RESPONSE TO ITS PANEL PERFORMANCE ASSESSMENT (Local
Government and Elections (Wales) Act 2021, s. 93) with its ACTION PLAN: under a heading
per performance requirement (the area), each of the Panel's recommendations is a NUMBERED
LIST ITEM (numbered continuously across the headings), followed by "Our response:
Accepted" and a short explanation, then a small table of the actions the Council will
take, `Ref | Action | Lead | By when`, refs "1a", "1b" (the activities, with their number).
Owners are the recommendation's subject ("The Council should ..." -> LG; "The Council and
Hywel Dda University Health Board should ..." -> LG, Hywel Dda University Health Board).

Pembrokeshire County Council, "Response to the Panel Performance Assessment and action
plan", Governance and Audit Committee, 26 January 2026. Forms:

- .txt: Word's "Save as plain text": the list numbers as "1.<TAB>", the action tables'
  cells joined by TABs, one row a line, headings as plain lines;
- .html: the council's website (cookie banner, navigation, breadcrumb, "Was this page
  useful?", footer): each recommendation an <ol start="N"> of one item (a CMS import of a
  Word list), the response paragraphs and the action <table> after it;
- .docx: Word's own list numbering ("List Number" style, numbering.xml: no number typed),
  one numbering running on across the headings; the action tables with a shaded header;
- .pdf: the recommendation in a shaded box with its number hanging, the actions tables.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)

from gen_common import (OUT, GRID, P, add_par, build_pdf, cell_text, colors, esc,
                        footer_page_numbers, header_text, mm, new_docx, pdf_styles, shade)
from reportlab.platypus import Table, TableStyle

NAME = "rec13b-ppa-response-action-plan"
COUNCIL = "Pembrokeshire County Council"
TITLE = "Response to the Panel Performance Assessment and action plan"
DATE = "26 January 2026"
ACOLS = ["Ref", "Action", "Lead", "By when"]
HB = "Hywel Dda University Health Board"
INTRO = [
    ("1. Introduction", [
        "The Local Government and Elections (Wales) Act 2021 requires the Council to arrange "
        "a Panel Performance Assessment once in each electoral cycle and to respond to the "
        "Panel's report. The Panel visited the Council from 13 to 16 October 2025 and its "
        "report was received on 1 December 2025.",
        "This response sets out the extent to which the Council accepts the Panel's "
        "conclusions, the extent to which it intends to follow the Panel's recommendations "
        "and the actions it will take. The Governance and Audit Committee is asked to "
        "review the draft response and may recommend changes to it."]),
    ("2. The Panel's conclusions", [
        "The Council accepts the Panel's conclusion that it is meeting its performance "
        "requirements. The Council welcomes the Panel's recognition of its leadership and "
        "of the improvement in its financial position."]),
]
REC_HEAD = "3. The Panel's recommendations and our response"
# area, [(recommendation, owners, response, explanation, [(action, lead, by when)])]
AREAS = [
    ("Exercising its functions effectively", [
        ("The Council should set out fewer, clearer priorities in its next Corporate Plan and "
         "show how each will be measured.", ["LG"], "Accepted",
         "The Corporate Plan 2027-32 will be drafted after the May 2027 elections.",
         [("Hold a workshop with Cabinet on priorities and measures.", "Chief Executive",
           "June 2026"),
          ("Draft the Corporate Plan 2027-32 with no more than six priorities.",
           "Head of Performance", "September 2027")]),
        ("The Council and Hywel Dda University Health Board should agree a joint plan to "
         "reduce delayed discharges from hospital.", ["LG", HB], "Accepted",
         "Work has started through the Regional Partnership Board.",
         [("Agree a joint discharge plan through the Regional Partnership Board.",
           "Director of Social Services", "March 2026"),
          ("Report delayed discharge figures to Cabinet every quarter.",
           "Director of Social Services", "From April 2026")]),
        ("The Council should make more use of what residents tell it when designing "
         "services.", ["LG"], "Accepted in part",
         "The Council already consults widely; it will focus on using the results better.",
         [("Publish a 'you said, we did' summary after every major consultation.",
           "Head of Communications", "April 2026")]),
    ]),
    ("Using its resources economically, efficiently and effectively", [
        ("The Council should complete its review of its buildings and dispose of those it "
         "no longer needs.", ["LG"], "Accepted",
         "The asset review is half complete.",
         [("Complete the review of office and depot buildings.", "Head of Property",
           "September 2026"),
          ("Present a disposals programme to Cabinet.", "Head of Property",
           "December 2026")]),
        ("The Council should set out a workforce plan that deals with its recruitment "
         "difficulties in social care and planning.", ["LG"], "Accepted",
         "A workforce strategy was agreed in 2024; a plan for the two services will be "
         "added to it.",
         [("Publish workforce plans for social care and for planning.",
           "Head of People Services", "July 2026"),
          ("Join the WLGA's national social care recruitment campaign.",
           "Head of People Services", "March 2026"),
          ("Start a grow-your-own scheme for planning officers.", "Head of Planning",
           "September 2026")]),
        ("The Council should bring its digital projects together under one programme with "
         "a single board.", ["LG"], "Accepted",
         "The Digital Board was set up in November 2025.",
         [("Agree the Digital Board's terms of reference.", "Chief Digital Officer",
           "Complete")]),
    ]),
    ("Governance is effective for securing the above", [
        ("The Council should give scrutiny committees a bigger role in developing policy "
         "before decisions are taken.", ["LG"], "Accepted",
         "Scrutiny chairs will agree their work programmes with Cabinet members.",
         [("Add pre-decision scrutiny items to each committee's forward work programme.",
           "Head of Democratic Services", "April 2026"),
          ("Train scrutiny chairs with the Centre for Governance and Scrutiny.",
           "Head of Democratic Services", "June 2026")]),
        ("The Council should make its self-assessment shorter and easier for residents to "
         "read.", ["LG"], "Accepted", "The 2025-26 self-assessment will be half the length.",
         [("Publish a summary self-assessment in plain English and Welsh.",
           "Head of Performance", "October 2026")]),
        ("The Council and its Public Services Board partners should agree a shared way of "
         "reporting on the well-being plan.", ["LG", "Public Services Board"],
         "Not accepted",
         "The Public Services Board has its own reporting duty and agreed its approach in "
         "2024; the Council will raise the Panel's view at the Board.",
         [("Raise the Panel's view at the Public Services Board.", "Chief Executive",
           "March 2026")]),
    ]),
]
CLOSE_HEAD = "4. Monitoring"
CLOSE = ("Progress on the action plan will be reported to the Governance and Audit "
         "Committee every six months and in the Council's annual self-assessment.")


def rows():
    n = 0
    for area, recs in AREAS:
        for r in recs:
            n += 1
            yield n, area, r


def reading() -> dict:
    areas = [{"area": a, "theme": None} for a, _ in AREAS]
    recs, acts = [], []
    for n, area, (text, owners, _resp, _expl, actions) in rows():
        recs.append({"rec_id": str(n), "area": area, "text": text, "owners": owners})
        for k, (act, _lead, _when) in enumerate(actions):
            acts.append({"activity_no": f"{n}{chr(97 + k)}", "area": area, "text": act})
    return {"kind": "recommendations", "title": f"{COUNCIL}: {TITLE}", "areas": areas,
            "recommendations": recs, "activities": acts}


def action_rows(n, actions):
    return [[f"{n}{chr(97 + k)}", a, lead, when] for k, (a, lead, when) in enumerate(actions)]


# ------------------------------------------------------------------ text (Word's .txt)
def write_txt() -> None:
    out = [COUNCIL, "Governance and Audit Committee", DATE, "", TITLE, ""]
    for head, paras in INTRO:
        out += [head, ""]
        for p in paras:
            out += [p, ""]
    out += [REC_HEAD, ""]
    for n, area, (text, _o, resp, expl, actions) in rows():
        if n == 1 or area != prev:
            out += [area, ""]
        prev = area
        out += [f"{n}.\t{text}", "", f"Our response: {resp}", "", expl, ""]
        out.append("\t".join(ACOLS))
        out += ["\t".join(r) for r in action_rows(n, actions)]
        out.append("")
    out += [CLOSE_HEAD, "", CLOSE, ""]
    (OUT / f"{NAME}.txt").write_text("\r\n".join(out), encoding="utf-8")


# ------------------------------------------------------------------ HTML
def write_html() -> None:
    h = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
         f"<title>{esc(TITLE)} - {esc(COUNCIL)}</title></head><body>",
         '<div id="ccc" class="cookie-control"><h2>This site uses cookies</h2><p>Some of '
         'these cookies are essential, while others help us to improve your experience.</p>'
         '<button>Accept recommended settings</button><button>Reject</button></div>',
         '<header><a class="logo" href="/">Pembrokeshire County Council / Cyngor Sir Penfro'
         '</a><nav><ul><li><a href="/council-tax">Council tax</a></li><li><a href="/bins-'
         'and-recycling">Bins and recycling</a></li><li><a href="/schools">Schools</a></li>'
         '<li><a href="/your-council">Your council</a></li></ul></nav><a href="/cy">Cymraeg'
         "</a></header>",
         '<ol class="breadcrumbs"><li><a href="/">Home</a></li><li><a href="/your-council">'
         'Your council</a></li><li><a href="/performance">Performance</a></li></ol>',
         '<main><div class="page-content">', f"<h1>{esc(TITLE)}</h1>",
         f"<p class=\"lead\">Governance and Audit Committee, {esc(DATE)}</p>"]
    for head, paras in INTRO:
        h += [f"<h2>{esc(head)}</h2>"] + [f"<p>{esc(p)}</p>" for p in paras]
    h.append(f"<h2>{esc(REC_HEAD)}</h2>")
    prev = None
    for n, area, (text, _o, resp, expl, actions) in rows():
        if area != prev:
            h.append(f"<h3>{esc(area)}</h3>")
            prev = area
        h.append(f'<ol start="{n}"><li><strong>{esc(text)}</strong></li></ol>')
        h += [f"<p>Our response: <strong>{esc(resp)}</strong></p>", f"<p>{esc(expl)}</p>",
              '<table class="table"><thead><tr>'
              + "".join(f"<th>{c}</th>" for c in ACOLS) + "</tr></thead><tbody>"]
        h += ["<tr>" + "".join(f"<td>{esc(v)}</td>" for v in r) + "</tr>"
              for r in action_rows(n, actions)]
        h.append("</tbody></table>")
    h += [f"<h2>{esc(CLOSE_HEAD)}</h2>", f"<p>{esc(CLOSE)}</p>", "</div>",
          '<div class="feedback"><p>Was this page useful?</p><button>Yes</button><button>No'
          "</button></div></main>",
          '<footer><ul><li><a href="/contact-us">Contact us</a></li><li><a href="/accessibility'
          '">Accessibility statement</a></li><li><a href="/privacy">Privacy notice</a></li>'
          "</ul><p>© Pembrokeshire County Council</p></footer></body></html>"]
    (OUT / f"{NAME}.html").write_text("\n".join(h) + "\n", encoding="utf-8")


# ------------------------------------------------------------------ Word
def write_docx() -> None:
    doc = new_docx(size=11)
    header_text(doc, f"{COUNCIL} – Governance and Audit Committee – {DATE}")
    footer_page_numbers(doc, "Response to the Panel Performance Assessment")
    add_par(doc, COUNCIL, bold=True)
    doc.add_heading(TITLE, level=1)
    add_par(doc, f"Governance and Audit Committee, {DATE}")
    for head, paras in INTRO:
        doc.add_heading(head, level=2)
        for p in paras:
            add_par(doc, p)
    doc.add_heading(REC_HEAD, level=2)
    prev = None
    for n, area, (text, _o, resp, expl, actions) in rows():
        if area != prev:
            doc.add_heading(area, level=3)
            prev = area
        add_par(doc, text, bold=True, style="List Number")  # numbering.xml, no typed number
        p = add_par(doc, "Our response: ")
        p.add_run(resp).bold = True
        add_par(doc, expl)
        t = doc.add_table(rows=1, cols=4)
        t.style = "Table Grid"
        for cell, c in zip(t.rows[0].cells, ACOLS):
            cell_text(cell, c, bold=True)
            shade(cell, "D9E2F3")
        for r in action_rows(n, actions):
            row = t.add_row()
            for cell, v in zip(row.cells, r):
                cell_text(cell, v)
        add_par(doc, "")
    doc.add_heading(CLOSE_HEAD, level=2)
    add_par(doc, CLOSE)
    doc.save(OUT / f"{NAME}.docx")


# ------------------------------------------------------------------ PDF
def write_pdf() -> None:
    st = pdf_styles(9)
    story = [P(f"<b>{esc(COUNCIL)}</b>", st["body"]), P(esc(TITLE), st["title"]),
             P(f"Governance and Audit Committee, {esc(DATE)}", st["body"])]
    for head, paras in INTRO:
        story += [P(esc(head), st["h1"])] + [P(esc(p), st["body"]) for p in paras]
    story.append(P(esc(REC_HEAD), st["h1"]))
    prev = None
    for n, area, (text, _o, resp, expl, actions) in rows():
        if area != prev:
            story.append(P(esc(area), st["h2"]))
            prev = area
        story.append(Table([[P(f"<b>{n}.</b>", st["cellb"]), P(f"<b>{esc(text)}</b>",
                                                               st["cellb"])]],
                           colWidths=[10 * mm, 164 * mm],
                           style=TableStyle([("BACKGROUND", (0, 0), (-1, -1),
                                              colors.HexColor("#E2EFD9")),
                                             ("VALIGN", (0, 0), (-1, -1), "TOP")])))
        story += [P(f"Our response: <b>{esc(resp)}</b>", st["body"]), P(esc(expl), st["body"])]
        data = [[P(f"<b>{c}</b>", st["cellb"]) for c in ACOLS]]
        data += [[P(esc(v), st["cell"]) for v in r] for r in action_rows(n, actions)]
        story.append(Table(data, colWidths=[12 * mm, 100 * mm, 38 * mm, 24 * mm],
                           style=TableStyle(list(GRID) + [("BACKGROUND", (0, 0), (-1, 0),
                                                           colors.HexColor("#D9E2F3"))])))
    story += [P(esc(CLOSE_HEAD), st["h1"]), P(esc(CLOSE), st["body"])]
    build_pdf(OUT / f"{NAME}.pdf", story, f"{COUNCIL} – Governance and Audit Committee – "
              f"{DATE}", "Response to the Panel Performance Assessment")


if __name__ == "__main__":
    write_txt()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(AREAS), len(list(rows())), len(reading()["activities"]))
