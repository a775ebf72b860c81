"""prog39a: a WLGA programme update of the SHIPPED KIND whose item statuses are shown ONLY BY
ICONS: "WLGA Democracy and Scrutiny Support Programme 2025-26: Quarter 2 progress report",
WLGA Executive Board, 27 November 2025 (the WLGA's real democracy and scrutiny role;
programme, officers and figures invented).

Layout: "Priority N: name" headings, each over a table `Ref | Action | Lead | Due | Status`
whose Status cell holds nothing but a picture: on the web page
`<img src="icons/green.png" alt="On track">`, in Word an inline picture whose alt text
(wp:docPr descr=) says the status, in the PDF a coloured symbol (● ▲ ■ ✓) explained only by a
"Status key" legend at the end, in the Markdown pandoc's `![On track](icons/green.png)`.
Funding: a "Budget (£k)" table `Strand | Budget (£k) | Spent to date (£k)` ("760" meaning
£760,000) with a Total row, and one grant only in prose, "£0.25m".

The reading (typed here, before any loader ran): items the table rows (16), text the Action
cell; section the priority's printed number; status from the icon through the key (On track
in progress; At risk and Delayed at risk; Complete done); quarter the financial-year
quarter of the Due cell ("Jul 2025" 2025-26 Q2, "31/03/2026" Q4, "Q4 2025-26" Q4,
"Apr 2026" / "Jun 2026" 2026-27 Q1); partners the organisations the Action or Lead cell
names. Grants: the two strands of the Budget table in pounds (760 -> 760000, 445 ->
445000; the Total row and the spend column are not grants) and the Councillor Safety Grant
of £0.25m (250000); all 2025-26.
Forms: .html the WLGA website (CMS chrome); .docx Word (Heading 2 priorities, Table Grid
tables, pictures with alt text, a running header and a PAGE footer); .pdf a print of the Word
file (A4, running header, "Page N of M"); .md pandoc's export of the Word file (YAML front
matter, pipe tables with image links).
"""
from __future__ import annotations

from common39 import B, ICONS, make_icons, page, picture_with_alt
from gen_common import (GRID, OUT, P, build_pdf, cell_text, colors, esc, footer_page_numbers,
                        header_text, mm, new_docx, pdf_styles, shade)
from reportlab.platypus import Table, TableStyle

NAME = "prog39a-democracy-programme-status-icons"
TITLE = "WLGA Democracy and Scrutiny Support Programme 2025-26: Quarter 2 progress report"
DATE_PRINTED = "27 November 2025"

PURPOSE = ("To report progress at the end of quarter 2 with the Democracy and Scrutiny "
           "Support Programme 2025-26, agreed by Members in April 2025.")
BACKGROUND = ("The programme supports councils' democratic services, scrutiny and "
              "councillors in the two years before the May 2027 local elections. Each "
              "action's status is shown by the icon in the Status column; the key is at "
              "the end of this report.")
STATUS = {"On track": "in progress", "At risk": "at risk", "Delayed": "at risk",
          "Complete": "done"}
# (priority, [(action, lead, due, icon, quarter, partners)])
PRIORITIES = [
    ("Scrutiny development", [
        ("Publish refreshed guidance on pre-decision scrutiny for all 22 councils",
         "Scrutiny Adviser", "Jul 2025", "Complete", "2025-26 Q2", []),
        ("Run a development programme for scrutiny chairs with the Centre for Governance "
         "and Scrutiny", "Scrutiny Adviser", "Dec 2025", "On track", "2025-26 Q3",
         ["Centre for Governance and Scrutiny"]),
        ("Pilot a shared scrutiny research service for the four councils of the Cwm Taf "
         "Morgannwg region", "Policy Officer (Scrutiny)", "31/03/2026", "At risk",
         "2025-26 Q4", []),
        ("Commission a joint review of the scrutiny of Corporate Joint Committees with "
         "Audit Wales", "Head of Democratic Services", "Jun 2026", "Delayed", "2026-27 Q1",
         ["Audit Wales"]),
    ]),
    ("Member development and wellbeing", [
        ("Deliver induction for councillors elected at by-elections since May 2022",
         "Member Development Officer", "Sep 2025", "Complete", "2025-26 Q2", []),
        ("Launch an online wellbeing hub and confidential support line for councillors",
         "Member Development Officer", "Oct 2025", "Complete", "2025-26 Q3", []),
        ("Refresh the leadership programme for cabinet members", "Academi Wales",
         "Feb 2026", "On track", "2025-26 Q4", ["Academi Wales"]),
        ("Agree a common approach to councillors' personal safety with the four police "
         "forces in Wales", "Head of Democratic Services", "Jan 2026", "At risk",
         "2025-26 Q4", []),
    ]),
    ("Diversity in democracy", [
        ("Publish the second Diverse Councils Declaration progress report",
         "Diversity Officer", "Aug 2025", "Complete", "2025-26 Q2", []),
        ("Run councillor shadowing schemes in at least ten councils with EYST and "
         "Disability Wales", "Diversity Officer", "Mar 2026", "On track", "2025-26 Q4",
         ["EYST", "Disability Wales"]),
        ("Launch the bilingual e-learning module for prospective candidates",
         "Digital Officer", "Nov 2025", "Delayed", "2025-26 Q3", []),
        ("Draft job-share guidance for executive roles with Lawyers in Local Government",
         "Head of Democratic Services", "Q4 2025-26", "On track", "2025-26 Q4",
         ["Lawyers in Local Government"]),
    ]),
    ("Digital democracy", [
        ("Move all council meeting webcasts to a shared bilingual platform",
         "Digital Officer", "Dec 2025", "On track", "2025-26 Q3", []),
        ("Publish comparative data on meeting attendance and public participation with "
         "Data Cymru", "Digital Officer", "Jan 2026", "Complete", "2025-26 Q4",
         ["Data Cymru"]),
        ("Trial an online system for public questions at council meetings in three "
         "councils", "Digital Officer", "Apr 2026", "Delayed", "2026-27 Q1", []),
        ("Agree a data standard for publishing councillors' attendance and declarations",
         "Policy Officer (Scrutiny)", "Feb 2026", "On track", "2025-26 Q4", []),
    ]),
]
FUNDING_TEXT = ("The programme is funded by two Welsh Government grants for 2025-26, shown "
                "by strand below with spend to 30 September 2025.")
BUDGET = [("Democracy and Scrutiny Support Grant", "760", "318"),
          ("Digital Democracy Grant", "445", "152"),
          ("Total", "1,205", "470")]
SAFETY = ("In addition, the Welsh Government confirmed in August a Councillor Safety Grant "
          "of £0.25m for 2025-26, which the WLGA holds on behalf of the 22 councils for "
          "security measures at councillors' homes and surgeries.")
RECOMMENDATION = "Members are asked to note the progress set out in this report."
SIGNOFF = ["Author: Rhodri Beynon, Head of Democratic Services",
           "E-mail: rhodri.beynon@wlga.gov.uk"]
KEY = [("On track", "On track"), ("At risk", "At risk"), ("Delayed", "Delayed"),
       ("Complete", "Complete")]
HEAD = ["Ref", "Action", "Lead", "Due", "Status"]


def rows(i, acts):
    return [(f"{i}.{j}", a, lead, due, icon) for j, (a, lead, due, icon, _q, _p)
            in enumerate(acts, 1)]


def reading() -> dict:
    items = []
    for i, (_name, acts) in enumerate(PRIORITIES, 1):
        for j, (a, _lead, _due, icon, q, partners) in enumerate(acts, 1):
            items.append({"ref": f"{i}.{j}", "section": str(i), "text": a,
                          "status": STATUS[icon], "quarter": q, "partners": partners})
    return {"kind": "programme", "title": TITLE, "date": "2025-11-27",
            "priorities": [p for p, _a in PRIORITIES], "items": items,
            "grants": [{"grant": "Democracy and Scrutiny Support Grant", "amount_gbp": 760000,
                        "financial_year": "2025-26"},
                       {"grant": "Digital Democracy Grant", "amount_gbp": 445000,
                        "financial_year": "2025-26"},
                       {"grant": "Councillor Safety Grant", "amount_gbp": 250000,
                        "financial_year": "2025-26"}]}


def write_md() -> None:
    out = ["---", f'title: "{TITLE}"', f'date: "{DATE_PRINTED}"', "author: Rhodri Beynon",
           "---", "", "## Purpose", "", PURPOSE, "", "## Background", "", BACKGROUND, ""]
    for i, (name, acts) in enumerate(PRIORITIES, 1):
        out += [f"## Priority {i}: {name}", "", "| " + " | ".join(HEAD) + " |",
                "|---|---|---|---|---|"]
        for ref, a, lead, due, icon in rows(i, acts):
            out.append(f"| {ref} | {a} | {lead} | {due} | ![{icon}](icons/{ICONS[icon][0]}) |")
        out.append("")
    out += ["## Funding", "", FUNDING_TEXT, "",
            "| Strand | Budget (£k) | Spent to date (£k) |", "|---|---:|---:|"]
    out += [f"| {s} | {b} | {sp} |" for s, b, sp in BUDGET]
    out += ["", SAFETY, "", "## Recommendation", "", RECOMMENDATION, ""]
    out += [f"{s}\\" if k < len(SIGNOFF) - 1 else s for k, s in enumerate(SIGNOFF)] + [""]
    out += ["**Status key:** " + "  ".join(f"![{lab}](icons/{ICONS[lab][0]}) {lab}"
                                           for lab, _ in KEY), ""]
    (OUT / f"{NAME}.md").write_text("\n".join(out), encoding="utf-8")


def write_html() -> None:
    def img(icon):
        return f'<img src="icons/{ICONS[icon][0]}" alt="{icon}" width="16" height="16">'
    body = [f"<h1>{esc(TITLE)}</h1>",
            f'<div class="field field--name-field-date"><time datetime="2025-11-27">'
            f"{DATE_PRINTED}</time> · WLGA Executive Board</div>",
            "<h2>Purpose</h2>", f"<p>{esc(PURPOSE)}</p>", "<h2>Background</h2>",
            f"<p>{esc(BACKGROUND)}</p>"]
    for i, (name, acts) in enumerate(PRIORITIES, 1):
        body.append(f"<h2>Priority {i}: {esc(name)}</h2>")
        body.append('<table class="data"><thead><tr>' + "".join(
            f'<th scope="col">{h}</th>' for h in HEAD) + "</tr></thead><tbody>")
        for ref, a, lead, due, icon in rows(i, acts):
            body.append(f"<tr><td>{ref}</td><td>{esc(a)}</td><td>{esc(lead)}</td>"
                        f'<td>{esc(due)}</td><td class="status">{img(icon)}</td></tr>')
        body.append("</tbody></table>")
    body += ["<h2>Funding</h2>", f"<p>{esc(FUNDING_TEXT)}</p>"]
    body += B.html([("table", ["Strand", "Budget (£k)", "Spent to date (£k)"], BUDGET)])
    body += [f"<p>{esc(SAFETY)}</p>", "<h2>Recommendation</h2>", f"<p>{esc(RECOMMENDATION)}</p>",
             "<p>" + "<br>".join(esc(s) for s in SIGNOFF) + "</p>",
             '<p class="status-key"><strong>Status key:</strong> ' + " ".join(
                 f"{img(lab)} {lab}" for lab, _ in KEY) + "</p>"]
    (OUT / f"{NAME}.html").write_text(page(
        TITLE, "WLGA", ["Home", "Our work", "Democracy", "Executive Board papers"], body,
        ["About us", "Our work", "News", "Publications", "Contact"],
        "Welsh Local Government Association, One Canal Parade, Dumballs Road, Cardiff, "
        "CF10 5BF"), encoding="utf-8")


def write_docx(icons) -> None:
    doc = new_docx(font="Arial", size=11)
    header_text(doc, "WLGA EXECUTIVE BOARD – 27 NOVEMBER 2025 – ITEM 5")
    footer_page_numbers(doc, "Democracy and Scrutiny Support Programme 2025-26")
    B.docx([("p", DATE_PRINTED), ("title", TITLE), ("h2", "Purpose"), ("p", PURPOSE),
            ("h2", "Background"), ("p", BACKGROUND)], doc)
    for i, (name, acts) in enumerate(PRIORITIES, 1):
        doc.add_heading(f"Priority {i}: {name}", level=2)
        tb = doc.add_table(rows=1, cols=5)
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, HEAD):
            cell_text(c, h, bold=True)
            shade(c, "1F3864")
            c.paragraphs[0].runs[0].font.color.rgb = __import__("docx").shared.RGBColor(
                255, 255, 255)
        for ref, a, lead, due, icon in rows(i, acts):
            cells = tb.add_row().cells
            for c, x in zip(cells, (ref, a, lead, due)):
                cell_text(c, x)
            picture_with_alt(cells[4].paragraphs[0], icons / ICONS[icon][0], icon)
        doc.add_paragraph()
    doc.add_heading("Funding", level=2)
    doc.add_paragraph(FUNDING_TEXT)
    B.docx([("table", ["Strand", "Budget (£k)", "Spent to date (£k)"], BUDGET)], doc)
    doc.add_paragraph(SAFETY)
    doc.add_heading("Recommendation", level=2)
    doc.add_paragraph(RECOMMENDATION)
    for s in SIGNOFF:
        doc.add_paragraph(s)
    p = doc.add_paragraph()
    p.add_run("Status key: ").bold = True
    for lab, _ in KEY:
        picture_with_alt(p, icons / ICONS[lab][0], lab)
        p.add_run(f" {lab}   ")
    doc.save(OUT / f"{NAME}.docx")


def write_pdf() -> None:
    st = pdf_styles(9)

    def sym(icon):
        return P(f'<font color="{ICONS[icon][1]}" size="12">{ICONS[icon][2]}</font>',
                 st["cell"])
    story = [P(DATE_PRINTED, st["body"]), P(esc(TITLE), st["title"]), P("Purpose", st["h2"]),
             P(esc(PURPOSE), st["body"]), P("Background", st["h2"]), P(esc(BACKGROUND),
                                                                        st["body"])]
    for i, (name, acts) in enumerate(PRIORITIES, 1):
        story.append(P(esc(f"Priority {i}: {name}"), st["h1"]))
        data = [[P(f'<font color="white"><b>{h}</b></font>', st["cell"]) for h in HEAD]]
        for ref, a, lead, due, icon in rows(i, acts):
            data.append([P(ref, st["cell"]), P(esc(a), st["cell"]), P(esc(lead), st["cell"]),
                         P(esc(due), st["cell"]), sym(icon)])
        t = Table(data, colWidths=[12 * mm, 88 * mm, 38 * mm, 20 * mm, 16 * mm], repeatRows=1)
        t.setStyle(TableStyle(list(GRID) + [
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1F3864")),
            ("ALIGN", (4, 1), (4, -1), "CENTER")]))
        story.append(t)
    story += [P("Funding", st["h1"]), P(esc(FUNDING_TEXT), st["body"])]
    story += B.pdf([("table", ["Strand", "Budget (£k)", "Spent to date (£k)"], BUDGET)], st,
                   widths={3: [90 * mm, 35 * mm, 40 * mm]})
    story += [P(esc(SAFETY), st["body"]), P("Recommendation", st["h1"]),
              P(esc(RECOMMENDATION), st["body"])] + [P(esc(s), st["body"]) for s in SIGNOFF]
    story.append(P("<b>Status key:</b>&nbsp;&nbsp;" + "&nbsp;&nbsp;&nbsp;".join(
        f'<font color="{ICONS[lab][1]}">{ICONS[lab][2]}</font> {lab}' for lab, _ in KEY),
        st["body"]))
    build_pdf(OUT / f"{NAME}.pdf", story, "WLGA Executive Board – 27 November 2025 – Item 5",
              "Democracy and Scrutiny Support Programme 2025-26")


if __name__ == "__main__":
    icons = make_icons()
    write_md()
    write_html()
    write_docx(icons)
    write_pdf()
    print(NAME, len(reading()["items"]))
