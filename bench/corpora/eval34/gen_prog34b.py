"""prog34b: a council's improvement programme update to a scrutiny committee, of the SHIPPED
KIND written by another hand: Flintshire County Council (real council; programme, officers
and figures invented), "Council Improvement Programme 2025-26: Quarter 2 Progress", a report
to the Corporate Resources Overview and Scrutiny Committee of 11 December 2025, in the
council's report template (a cover table, "1.00 EXPLAINING ..." sections numbered 1.01, 1.02).

Each priority is a two-column Word table `Item | Update`: column 1 the numbered item label
("3.2 Digital skills for staff"), column 2 several paragraphs: a first paragraph opening with a
bold status ("Complete.", "On track.", "Delayed:", "Not started."), then prose, and in some
cells a last paragraph "Next quarter: ...". Grants are named in prose in "2.00 RESOURCE
IMPLICATIONS" with a FOOTNOTE on each figure ("£1.2m¹", footnote "Welsh Government Digital
Transformation Fund, 2025-26 allocation"); a third footnoted figure is the council's own
reserve.

The reading (typed here, before any loader ran): items the table rows (12); ref the label's
number; section the priority's number; text the first paragraph of the Update cell without
its bold status word (the later paragraphs and "Next quarter:" are context, not the item);
status from the bold word (Complete done, On track in progress, Delayed at risk, Not started
planned); quarter the 2025-26 quarter of the date the first paragraph gives for the item's
outcome ("by the end of quarter 3" Q3, "June 2026" 2026-27 Q1); partners named in that
paragraph. Grants: £1.2m Digital Transformation Fund and £380,000 Public Sector
Decarbonisation Grant, both 2025-26, named only in their footnotes; the £250,000 Transformation
Reserve is the council's own money. Title the report subject; date the meeting (2025-12-11).
Forms: .txt Word "Save as Plain Text" (Windows-1252, CRLF; a table row's cells joined by tabs,
a cell's later paragraphs on their own lines; footnote marks "[1]" and the notes at the end);
.html the council's committee system page (modern.gov-like chrome, `<sup>` footnote links,
notes at the foot); .docx Word (cover table, Heading 1 / Heading 2, Table Grid tables with a
repeated header row, real w:footnoteReference footnotes); .pdf a print of the Word file
(running header, "Page N of M", footnotes at the foot of their page).
"""
from __future__ import annotations

from common34 import Notes, add_footnotes, build_pdf_notes, fn_ref, page
from gen_common import (GRID, OUT, P, add_par, cell_text, colors, esc, mm, new_docx,
                        pdf_styles, set_repeat_header, shade, header_text,
                        footer_page_numbers)
from reportlab.platypus import Spacer, Table, TableStyle

NAME = "prog34b-scrutiny-item-update-tables"
COUNCIL = "Flintshire County Council"
COMMITTEE = "Corporate Resources Overview & Scrutiny Committee"
TITLE = "Council Improvement Programme 2025-26: Quarter 2 Progress"
COVER = [("Date of Meeting", "Thursday, 11 December 2025"), ("Report Subject", TITLE),
         ("Cabinet Member", "Cabinet Member for Transformation and Assets"),
         ("Report Author", "Corporate Manager, Transformation"),
         ("Type of Report", "Operational")]
SUMMARY = ("This report sets out progress with the Council Improvement Programme 2025-26 at the "
           "end of quarter 2 (July to September 2025). Of the twelve items in the programme, "
           "three are complete, four are on track, three are delayed and two have not started.")
RECS = ["That the Committee notes the progress made with the Council Improvement Programme "
        "2025-26 at the end of quarter 2.",
        "That the Committee identifies any items it wishes to examine in more detail."]
INTRO = [("1.01", "The Council Improvement Programme 2025-26 was approved by Cabinet on 22 April "
                  "2025. It has three priorities and twelve items, each with a lead officer."),
         ("1.02", "The tables below give the position of each item at 30 September 2025. The "
                  "first paragraph of each update gives the item's status.")]
STATUS = {"Complete.": "done", "On track.": "in progress", "Delayed:": "at risk",
          "Not started.": "planned"}
# priority -> [(label, bold status, first paragraph, [later paragraphs], next quarter,
#               quarter, partners)]
PRIORITIES = [
    ("Customers and digital", [
        ("Online council tax account", "Complete.",
         "The online council tax account went live on 7 July 2025 and 11,200 households had "
         "signed up by the end of September.",
         ["Paper bills remain available to anyone who asks for them."], None,
         "2025-26 Q2", []),
        ("Contact centre telephony", "On track.",
         "The new contact centre telephony system is being installed and will go live by the "
         "end of quarter 3.",
         ["Training for the 38 contact centre staff started in September 2025 and the old "
          "system's contract has been extended to January 2026 as a fallback."],
         "Go live and decommission the old system.", "2025-26 Q3", []),
        ("Waste enquiries chatbot", "Delayed:",
         "The waste enquiries chatbot has been paused until the new customer relationship "
         "system is chosen, and is now expected in June 2026.",
         ["The supplier's pilot in April 2025 handled 1,900 conversations."], None,
         "2026-27 Q1", []),
        ("Customer relationship management system", "Not started.",
         "Market engagement for a new customer relationship management system will begin in "
         "January 2026.", [],
         "Publish the prior information notice.", "2025-26 Q4", []),
    ]),
    ("Assets and decarbonisation", [
        ("County Hall consolidation", "Complete.",
         "Staff moved out of Phase 2 of County Hall on 29 August 2025 and the building has "
         "been handed over for demolition.",
         ["Demolition is programmed for spring 2026 and is reported under the capital "
          "programme."], None, "2025-26 Q2", []),
        ("Solar panels on schools", "On track.",
         "Solar panels have been fitted at 6 of the 14 schools in the programme, and the rest "
         "will follow by February 2026.",
         ["Installation is done in school holidays and at weekends."],
         "Fit panels at the five schools booked for the December holidays.", "2025-26 Q4",
         []),
        ("LED street lighting", "Delayed:",
         "The LED street lighting upgrade has slipped because of supply problems and will "
         "now finish in quarter 1 of 2026-27.",
         ["8,700 of the 11,400 lanterns have been replaced."],
         "Agree a revised delivery schedule with the supplier.", "2026-27 Q1", []),
        ("Electric fleet", "On track.",
         "Twelve electric vans ordered in June 2025 will be delivered in November 2025, with "
         "charging points at the Alltami depot.", [], None, "2025-26 Q3", []),
    ]),
    ("Workforce", [
        ("Apprenticeships", "Complete.",
         "Twenty-two apprentices started with the Council in September 2025, the largest "
         "intake so far.", [], None, "2025-26 Q2", []),
        ("Digital skills for staff", "On track.",
         "A digital skills course built with Academi Wales has been completed by 640 staff "
         "and will be open to all staff by the end of March 2026.",
         ["Completion is highest in Streetscene (71%) and lowest in Social Services (28%)."],
         "Launch the course for staff without a Council e-mail account.", "2025-26 Q4",
         ["Academi Wales"]),
        ("Leadership programme", "Not started.",
         "The middle managers' leadership programme will start in April 2026, once the "
         "2026-27 budget is set.", [], None, "2026-27 Q1", []),
        ("Workforce data dashboard", "Delayed:",
         "The workforce data dashboard being built with Data Cymru is waiting for payroll "
         "data and is now expected by the end of quarter 4.",
         ["A first version for sickness absence was shown to the People Board in July "
          "2025."], "Agree the payroll data extract with the payroll team.", "2025-26 Q4",
         ["Data Cymru"]),
    ]),
]
# resource implications with footnoted figures: [(text, note number or None)]
RESOURCES = [("2.01", [("The digital items in priority 1 are funded by a grant of £1.2m", 1),
                       (" and the solar panels and street lighting in priority 2 by £380,000",
                        2),
                       (". A further £250,000", 3),
                       (" meets the cost of the programme team.", None)]),
             ("2.02", [("There are no other resource implications arising from this report.",
                        None)])]
NOTES = {1: "Welsh Government Digital Transformation Fund, 2025-26 allocation",
         2: "Welsh Government Public Sector Decarbonisation Grant, 2025-26 award",
         3: "Council Transformation Reserve, approved by Cabinet on 11 March 2025"}
TAIL = [("3.00", "IMPACT ASSESSMENT AND RISK MANAGEMENT",
         [("3.01", "The delayed items are recorded on the programme risk register.")]),
        ("4.00", "CONSULTATIONS REQUIRED / CARRIED OUT",
         [("4.01", "Lead officers and Chief Officer Team.")]),
        ("5.00", "APPENDICES", [("5.01", "None.")]),
        ("6.00", "CONTACT OFFICER DETAILS",
         [("6.01", "Contact Officer: Rhian Parry, Corporate Manager, Transformation. "
                   "Telephone: 01352 702000. E-mail: rhian.parry@flintshire.gov.uk")])]


def reading() -> dict:
    items = []
    for i, (_n, rows) in enumerate(PRIORITIES, 1):
        for j, (_l, sw, first, _x, _nq, q, partners) in enumerate(rows, 1):
            items.append({"ref": f"{i}.{j}", "section": str(i), "text": first,
                          "status": STATUS[sw], "quarter": q, "partners": partners})
    return {"kind": "programme", "title": TITLE, "date": "2025-12-11",
            "priorities": [n for n, _r in PRIORITIES], "items": items,
            "grants": [{"grant": "Digital Transformation Fund", "amount_gbp": 1200000,
                        "financial_year": "2025-26"},
                       {"grant": "Public Sector Decarbonisation Grant", "amount_gbp": 380000,
                        "financial_year": "2025-26"}]}


def cell_paras(row) -> list[tuple[str, str]]:
    """The Update cell's paragraphs as (bold lead, rest)."""
    _l, sw, first, extra, nq, _q, _p = row
    out = [(sw, " " + first)] + [("", x) for x in extra]
    if nq:
        out.append(("", "Next quarter: " + nq))
    return out


# ------------------------------------------------------------------ text (Word plain text)
def write_txt() -> None:
    L = [COUNCIL.upper(), "", COMMITTEE.upper(), ""]
    L += [f"{k}\t{v}" for k, v in COVER] + ["", "EXECUTIVE SUMMARY", "", SUMMARY, "",
                                               "RECOMMENDATIONS", ""]
    L += [f"{i}\t{r}" for i, r in enumerate(RECS, 1)]
    L += ["", "REPORT DETAILS", "", "1.00\tEXPLAINING THE QUARTER 2 POSITION", ""]
    L += [f"{n}\t{t}" for n, t in INTRO] + [""]
    for i, (name, rows) in enumerate(PRIORITIES, 1):
        L += [f"Priority {i}: {name}", "", "Item\tUpdate"]
        for j, row in enumerate(rows, 1):
            paras = cell_paras(row)
            L.append(f"{i}.{j} {row[0]}\t{paras[0][0]}{paras[0][1]}")
            L += [b + t for b, t in paras[1:]]
        L.append("")
    L += ["2.00\tRESOURCE IMPLICATIONS", ""]
    for n, parts in RESOURCES:
        L.append(n + "\t" + "".join(t + (f"[{k}]" if k else "") for t, k in parts))
    L.append("")
    for n, head, ps in TAIL:
        L += [f"{n}\t{head}", ""] + [f"{a}\t{b}" for a, b in ps] + [""]
    L += ["", "________________"] + [f"[{k}] {t}" for k, t in NOTES.items()]
    (OUT / f"{NAME}.txt").write_bytes(("\r\n".join(L) + "\r\n").encode("cp1252"))


# ------------------------------------------------------------------ web page
def write_html() -> None:
    b = [f'<p class="mgSubTitle">{esc(COMMITTEE)} – Thursday, 11th December, 2025 10.00 am</p>',
         '<table class="mgCoverTable">']
    b += [f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in COVER]
    b += ["</table>", "<h2>Executive Summary</h2>", f"<p>{esc(SUMMARY)}</p>",
          "<h2>Recommendations</h2>",
          "<ol>" + "".join(f"<li>{esc(r)}</li>" for r in RECS) + "</ol>",
          "<h2>Report details</h2>", "<h3>1.00 Explaining the Quarter 2 position</h3>"]
    b += [f'<p><span class="para">{n}</span> {esc(t)}</p>' for n, t in INTRO]
    for i, (name, rows) in enumerate(PRIORITIES, 1):
        b += [f"<h4>Priority {i}: {esc(name)}</h4>",
              '<table class="mgTable"><thead><tr><th scope="col">Item</th><th scope="col">'
              "Update</th></tr></thead><tbody>"]
        for j, row in enumerate(rows, 1):
            ps = "".join(f"<p><strong>{esc(bl)}</strong>{esc(t)}</p>" if bl else
                         f"<p>{esc(t)}</p>" for bl, t in cell_paras(row))
            b.append(f"<tr><td>{i}.{j} {esc(row[0])}</td><td>{ps}</td></tr>")
        b.append("</tbody></table>")
    b.append("<h3>2.00 Resource implications</h3>")
    for n, parts in RESOURCES:
        b.append(f'<p><span class="para">{n}</span> ' + "".join(
            esc(t) + (f'<sup><a href="#fn{k}" id="fnref{k}">{k}</a></sup>' if k else "")
            for t, k in parts) + "</p>")
    for n, head, ps in TAIL:
        b.append(f"<h3>{n} {esc(head.capitalize())}</h3>")
        b += [f'<p><span class="para">{a}</span> {esc(t)}</p>' for a, t in ps]
    b.append('<div class="footnotes"><hr><ol>' + "".join(
        f'<li id="fn{k}">{esc(t)} <a href="#fnref{k}">↩</a></li>' for k, t in NOTES.items())
        + "</ol></div>")
    (OUT / f"{NAME}.html").write_text(page(
        TITLE, COUNCIL, ["Home", "Council and democracy", "Committees", COMMITTEE,
                         "11 December 2025"], [f"<h1>{esc(TITLE)}</h1>"] + b,
        ["Residents", "Business", "Council and democracy", "Contact us"],
        "Flintshire County Council, County Hall, Mold, CH7 6NB"), encoding="utf-8")


# ------------------------------------------------------------------ Word
def write_docx() -> None:
    doc = new_docx(font="Arial", size=11)
    header_text(doc, COMMITTEE)
    footer_page_numbers(doc, TITLE)
    add_par(doc, COMMITTEE.upper(), bold=True)
    cov = doc.add_table(rows=0, cols=2)
    cov.style = "Table Grid"
    for k, v in COVER:
        c = cov.add_row().cells
        cell_text(c[0], k, bold=True)
        cell_text(c[1], v)
    doc.add_heading("EXECUTIVE SUMMARY", level=1)
    add_par(doc, SUMMARY)
    doc.add_heading("RECOMMENDATIONS", level=1)
    rt = doc.add_table(rows=0, cols=2)
    rt.style = "Table Grid"
    for i, r in enumerate(RECS, 1):
        c = rt.add_row().cells
        cell_text(c[0], str(i))
        cell_text(c[1], r)
    doc.add_heading("REPORT DETAILS", level=1)
    doc.add_heading("1.00\tEXPLAINING THE QUARTER 2 POSITION", level=2)
    for n, t in INTRO:
        add_par(doc, f"{n}\t{t}")
    for i, (name, rows) in enumerate(PRIORITIES, 1):
        doc.add_heading(f"Priority {i}: {name}", level=3)
        tb = doc.add_table(rows=1, cols=2)
        tb.style = "Table Grid"
        for c, x in zip(tb.rows[0].cells, ["Item", "Update"]):
            cell_text(c, x, bold=True)
            shade(c, "D9E2F3")
        set_repeat_header(tb.rows[0])
        for j, row in enumerate(rows, 1):
            c = tb.add_row().cells
            cell_text(c[0], f"{i}.{j} {row[0]}")
            paras = cell_paras(row)
            cell_text(c[1], paras[0][0], bold=True)
            c[1].paragraphs[0].add_run(paras[0][1])
            for bl, t in paras[1:]:
                add_par(c[1], t)
        add_par(doc)
    doc.add_heading("2.00\tRESOURCE IMPLICATIONS", level=2)
    for n, parts in RESOURCES:
        p = add_par(doc, n + "\t")
        for t, k in parts:
            p.add_run(t)
            if k:
                fn_ref(p, k)
    for n, head, ps in TAIL:
        doc.add_heading(f"{n}\t{head}", level=2)
        for a, t in ps:
            add_par(doc, f"{a}\t{t}")
    add_footnotes(doc, NOTES)
    doc.save(OUT / f"{NAME}.docx")


# ------------------------------------------------------------------ PDF (print of the Word file)
def write_pdf() -> None:
    st = pdf_styles(9.5)
    s = [P(f"<b>{esc(COMMITTEE.upper())}</b>", st["body"])]
    cov = Table([[P(f"<b>{esc(k)}</b>", st["cell"]), P(esc(v), st["cell"])] for k, v in COVER],
                colWidths=[45 * mm, 129 * mm])
    cov.setStyle(TableStyle(GRID))
    s += [cov, P("EXECUTIVE SUMMARY", st["h1"]), P(esc(SUMMARY), st["body"]),
          P("RECOMMENDATIONS", st["h1"])]
    rt = Table([[P(str(i), st["cell"]), P(esc(r), st["cell"])] for i, r in enumerate(RECS, 1)],
               colWidths=[10 * mm, 164 * mm])
    rt.setStyle(TableStyle(GRID))
    s += [rt, P("REPORT DETAILS", st["h1"]), P("1.00&nbsp;&nbsp;&nbsp;EXPLAINING THE QUARTER 2 "
                                               "POSITION", st["h2"])]
    s += [P(f"{n}&nbsp;&nbsp;&nbsp;{esc(t)}", st["body"]) for n, t in INTRO]
    for i, (name, rows) in enumerate(PRIORITIES, 1):
        s.append(P(f"<b>Priority {i}: {esc(name)}</b>", st["body"]))
        data = [[P("<b>Item</b>", st["cell"]), P("<b>Update</b>", st["cell"])]]
        for j, row in enumerate(rows, 1):
            ps = [P((f"<b>{esc(bl)}</b>" if bl else "") + esc(t), st["cell"])
                  for bl, t in cell_paras(row)]
            data.append([P(f"{i}.{j} {esc(row[0])}", st["cell"]), ps])
        t = Table(data, colWidths=[48 * mm, 126 * mm], repeatRows=1)
        t.setStyle(TableStyle(list(GRID) + [("BACKGROUND", (0, 0), (-1, 0),
                                             colors.HexColor("#D9E2F3"))]))
        s += [t, Spacer(1, 3 * mm)]
    s.append(P("2.00&nbsp;&nbsp;&nbsp;RESOURCE IMPLICATIONS", st["h2"]))
    for n, parts in RESOURCES:
        s.append(P(f"{n}&nbsp;&nbsp;&nbsp;" + "".join(
            esc(t) + (f"<super>{k}</super>" if k else "") for t, k in parts), st["body"]))
        ks = [(k, NOTES[k]) for _t, k in parts if k]
        if ks:
            s.append(Notes(ks))
    for n, head, ps in TAIL:
        s.append(P(f"{n}&nbsp;&nbsp;&nbsp;{esc(head)}", st["h2"]))
        s += [P(f"{a}&nbsp;&nbsp;&nbsp;{esc(t)}", st["body"]) for a, t in ps]
    build_pdf_notes(OUT / f"{NAME}.pdf", s, COMMITTEE, TITLE, title=TITLE,
                    right_header="11 December 2025")


if __name__ == "__main__":
    write_txt()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["items"]))
