"""prog46b: a programme update kept as a WORD CHECKLIST: "Climate Change Support Programme
2025-26 – Action checklist", WLGA Decarbonisation Support Team, updated 10 October 2025
(WLGA real; programme, leads and figures invented).

Layout: priority headings (Heading 2, no number); under each, one paragraph per action: a
check box content control (☒ done / ☐ not done), the action, "– Lead: ..." and
"– Target: Sep 2025"; a "Progress notes:" paragraph under some actions; a "Budget" table
`Grant | Allocation | Spent` at the end (two grants and a Total row).

The reading: items are the 15 actions; section = the priority's place (1-3; no number is
printed). Status: ☒ done; ☐ in progress where its progress note says work is under way, else
planned (a ☐ with no note, or a note saying nothing has started, is planned). Quarter: the
2025-26 financial-year quarter of the Target month. Partners: an organisation named as Lead
or in the action. Text: the action alone (not the Lead / Target tails or the notes).
Grants: the two in the Budget table (the Total row is not a grant).
Forms: .docx real w14:checkbox content controls; .pdf its print (☒ / ☐ glyphs); .html the
SharePoint page (`<input type="checkbox" checked disabled>`); .txt the list pasted into an
e-mail ("[x]" / "[ ]")."""
from __future__ import annotations

from common46 import checkbox, sharepoint_page
from gen_common import (OUT, GRID, P, add_par, build_pdf, cell_text, colors, esc,
                        footer_page_numbers, header_text, mm, new_docx, pdf_styles, shade)
from docx.shared import Mm
from reportlab.platypus import Table, TableStyle

NAME = "prog46b-word-checklist-climate-programme"
TITLE = "Climate Change Support Programme 2025-26 – Action checklist"
UPDATED = "Updated 10 October 2025"
INTRO = ("This checklist is kept by the WLGA Decarbonisation Support Team and updated each "
         "month. Ticked actions are complete.")
# the reader's quarter of each Target printed (2025-26 financial year), typed by hand
QUARTER = {"Apr 2025": "2025-26 Q1", "May 2025": "2025-26 Q1", "Jun 2025": "2025-26 Q1",
           "Jul 2025": "2025-26 Q2", "Aug 2025": "2025-26 Q2", "Sep 2025": "2025-26 Q2",
           "Nov 2025": "2025-26 Q3", "Dec 2025": "2025-26 Q3", "Jan 2026": "2025-26 Q4",
           "Feb 2026": "2025-26 Q4", "Mar 2026": "2025-26 Q4"}
# (priority, [(done, action, lead, target, note, status, partners)])
PRIORITIES = [
    ("Net zero buildings", [
        (True, "Publish the council building decarbonisation route map template",
         "WLGA Decarbonisation Support Team", "Jun 2025", None, "done", []),
        (True, "Run two heat pump procurement workshops for council estates officers",
         "WLGA Decarbonisation Support Team", "Sep 2025", None, "done", []),
        (False, "Complete display energy certificates for all council-run schools",
         "Councils' energy managers", "Dec 2025",
         "Work is under way: 14 of 22 councils have finished their schools.", "in progress",
         []),
        (False, "Agree a shared framework for solar PV on council roofs",
         "Society of Welsh Treasurers", "Mar 2026", None, "planned",
         ["Society of Welsh Treasurers"]),
        (False, "Pilot a retrofit skills programme with two colleges", "WLGA Workforce team",
         "Feb 2026", "Not started; waiting for the colleges' confirmation.", "planned", []),
    ]),
    ("Transport and fleet", [
        (True, "Collect fleet emissions data from all 22 councils", "Data Cymru", "Jul 2025",
         None, "done", ["Data Cymru"]),
        (False, "Produce a fleet transition plan template for heavy vehicles",
         "WLGA Decarbonisation Support Team", "Nov 2025",
         "Drafting is under way with three councils' fleet managers.", "in progress", []),
        (True, "Hold the electric vehicle charging network event in Llandrindod Wells",
         "WLGA Decarbonisation Support Team", "May 2025", None, "done", []),
        (False, "Review grey fleet mileage policies", "HR Directors Network", "Jan 2026",
         None, "planned", ["HR Directors Network"]),
    ]),
    ("Land use and nature", [
        (True, "Map council-owned land suitable for tree planting", "Data Cymru", "Aug 2025",
         None, "done", ["Data Cymru"]),
        (False, "Develop carbon accounting guidance for land and sequestration",
         "WLGA Decarbonisation Support Team", "Dec 2025",
         "Guidance is being drafted and a first version was shared on 2 October.",
         "in progress", []),
        (False, "Set up a peer network for council ecologists",
         "WLGA Decarbonisation Support Team", "Feb 2026", None, "planned", []),
        (True, "Share the nature recovery action plan checklist with all councils",
         "WLGA Decarbonisation Support Team", "Apr 2025", None, "done", []),
        (False, "Train elected members on the climate and nature emergency",
         "Academi Wales", "Mar 2026", "Sessions are being booked with Academi Wales.",
         "in progress", ["Academi Wales"]),
        (False, "Report on council peatland restoration schemes", "Audit Wales", "Jan 2026",
         None, "planned", ["Audit Wales"]),
    ]),
]
BUDGET = [("Welsh Government Net Zero Support Grant", "£425,000", "£198,300"),
          ("Local Nature Partnerships Fund", "£90,000", "£41,750"),
          ("Total", "£515,000", "£240,050")]
GRANTS = [{"grant": "Welsh Government Net Zero Support Grant", "amount_gbp": 425000,
           "financial_year": "2025-26"},
          {"grant": "Local Nature Partnerships Fund", "amount_gbp": 90000,
           "financial_year": "2025-26"}]


def reading() -> dict:
    items = []
    for i, (_n, acts) in enumerate(PRIORITIES, 1):
        for j, (_d, a, _l, tgt, _nt, st, partners) in enumerate(acts, 1):
            items.append({"ref": f"{i}.{j}", "section": str(i), "text": a, "status": st,
                          "quarter": QUARTER[tgt], "partners": partners})
    return {"kind": "programme", "title": TITLE, "date": "2025-10-10",
            "priorities": [p for p, _ in PRIORITIES], "items": items, "grants": GRANTS}


def line(a, lead, tgt) -> str:
    return f"{a} – Lead: {lead} – Target: {tgt}"


def write_txt() -> None:
    out = [TITLE, UPDATED, "", INTRO, ""]
    for n, acts in PRIORITIES:
        out += [n, ""]
        for d, a, lead, tgt, note, *_ in acts:
            out.append(f"[{'x' if d else ' '}] {line(a, lead, tgt)}")
            if note:
                out.append(f"    Progress notes: {note}")
        out.append("")
    out += ["Budget", "", "Grant\tAllocation\tSpent"] + ["\t".join(r) for r in BUDGET]
    out += ["", "Thanks,", "Rhian Howells", "Decarbonisation Support Officer, WLGA"]
    (OUT / f"{NAME}.txt").write_text("\r\n".join(out) + "\r\n", encoding="utf-8")


def write_html() -> None:
    body = [f"<p>{esc(UPDATED)}</p>", f"<p>{esc(INTRO)}</p>"]
    k = 0
    for n, acts in PRIORITIES:
        body.append(f"<h2>{esc(n)}</h2>")
        body.append('<ul class="checklist" data-checklist="true">')
        for d, a, lead, tgt, note, *_ in acts:
            k += 1
            chk = " checked" if d else ""
            li = (f'<li><input type="checkbox" id="cb{k}"{chk} disabled>'
                  f'<label for="cb{k}">{esc(line(a, lead, tgt))}</label>')
            if note:
                li += f"<p><em>Progress notes:</em> {esc(note)}</p>"
            body.append(li + "</li>")
        body.append("</ul>")
    body += ["<h2>Budget</h2>", "<table><thead><tr><th>Grant</th><th>Allocation</th>"
             "<th>Spent</th></tr></thead><tbody>"]
    body += ["<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in BUDGET]
    body.append("</tbody></table>")
    (OUT / f"{NAME}.html").write_text(sharepoint_page(
        "WLGA Decarbonisation Support", TITLE, body, "10 October 2025 by Rhian Howells"),
        encoding="utf-8")


def write_docx() -> None:
    doc = new_docx(font="Calibri", size=11)
    header_text(doc, "WLGA Decarbonisation Support Team")
    footer_page_numbers(doc, "Climate Change Support Programme 2025-26 – checklist")
    doc.add_heading(TITLE, level=1)
    add_par(doc, UPDATED).runs[0].italic = True
    add_par(doc, INTRO)
    k = 0
    for n, acts in PRIORITIES:
        doc.add_heading(n, level=2)
        for d, a, lead, tgt, note, *_ in acts:
            k += 1
            p = add_par(doc, " " + line(a, lead, tgt))
            checkbox(p, d, 1000 + k)
            if note:
                q = add_par(doc, "Progress notes: ", bold=True)
                q.add_run(note)
                q.paragraph_format.left_indent = Mm(8)
    doc.add_heading("Budget", level=2)
    tb = doc.add_table(rows=1, cols=3)
    tb.style = "Table Grid"
    for c, x in zip(tb.rows[0].cells, ("Grant", "Allocation", "Spent")):
        cell_text(c, x, bold=True)
        shade(c, "E2EFDA")
    for r in BUDGET:
        for c, x in zip(tb.add_row().cells, r):
            cell_text(c, x, bold=r[0] == "Total")
    doc.save(OUT / f"{NAME}.docx")


def write_pdf() -> None:
    st = pdf_styles(10)
    from reportlab.lib.styles import ParagraphStyle
    note = ParagraphStyle("note", parent=st["body"], leftIndent=8 * mm)
    story = [P(esc(TITLE), st["title"]), P(f"<i>{UPDATED}</i>", st["body"]),
             P(esc(INTRO), st["body"])]
    for n, acts in PRIORITIES:
        story.append(P(esc(n), st["h1"]))
        for d, a, lead, tgt, nt, *_ in acts:
            story.append(P(("☒" if d else "☐") + " " + esc(line(a, lead, tgt)), st["body"]))
            if nt:
                story.append(P(f"<b>Progress notes:</b> {esc(nt)}", note))
    story.append(P("Budget", st["h1"]))
    rows = [[P(f"<b>{x}</b>", st["cell"]) for x in ("Grant", "Allocation", "Spent")]]
    rows += [[P(esc(c), st["cell"]) for c in r] for r in BUDGET]
    t = Table(rows, colWidths=[90 * mm, 35 * mm, 35 * mm])
    t.setStyle(TableStyle(list(GRID) + [("BACKGROUND", (0, 0), (-1, 0),
                                          colors.HexColor("#E2EFDA"))]))
    story.append(t)
    build_pdf(OUT / f"{NAME}.pdf", story, "WLGA Decarbonisation Support Team",
              "Climate Change Support Programme 2025-26 – checklist")


if __name__ == "__main__":
    write_txt()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["items"]))
