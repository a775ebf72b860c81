"""prog12a: a council CABINET REPORT whose programme update is APPENDIX A after the report body:
one action-log table for the whole programme, a MERGED SECTION HEADER ROW across the table
for each workstream, status as a coloured RAG DOT (key in the report), dates "dd/mm/yyyy"
(a slipped date printed "30/09/2025 revised 31/03/2026").

Neath Port Talbot Council, Cabinet, 11/02/2026: Digital Transformation Programme 2025-26,
progress at 31 December 2025. Forms:

- .md: Pandoc-style export: "#" headings, typed paragraph numbers, the appendix a pipe table
  whose workstream rows hold bold text in the first cell and empty cells after, the RAG dot
  as a coloured emoji (🔵 🟢 🟠 🔴 ⚪);
- .html: a committee-system page: a <tbody> per workstream led by <th colspan="5"
  scope="colgroup">, the dot an empty <span class="rag rag-green" role="img"
  aria-label="Green"> drawn by CSS;
- .docx: typed numbers, the appendix in a landscape section, workstream rows merged across
  (gridSpan) and shaded, the dot "●" in a coloured run;
- .pdf: reportlab, cover block, report, appendix table with SPAN rows and coloured "●".
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)

from gen_common import (OUT, GRID, P, add_par, build_pdf, cell_text, colors, esc,
                        footer_page_numbers, header_text, mm, new_docx, pdf_styles, shade,
                        set_repeat_header, Pt, RGBColor, OxmlElement, qn)
from reportlab.platypus import PageBreak, Table, TableStyle

NAME = "prog12a-cabinet-report-appendix"
COUNCIL = "Neath Port Talbot Council"
TITLE = "Digital Transformation Programme 2025-26: Quarter 3 Progress Report"
DATE_PRINTED = "11/02/2026"
RAG = {  # printed colour -> (reading status, hex, emoji)
    "Blue": ("done", "0070C0", "🔵"),
    "Green": ("in progress", "00B050", "🟢"),
    "Amber": ("at risk", "FFC000", "🟠"),
    "Red": ("at risk", "C00000", "🔴"),
    "Grey": ("planned", "A6A6A6", "⚪"),
}
KEY = [("Blue", "complete"), ("Green", "on track"), ("Amber", "at risk of slipping"),
       ("Red", "off track or delayed"), ("Grey", "not started")]

PRIORITIES = ["Digital services that residents choose to use",
              "Better use of data and insight",
              "Digital skills and inclusion for residents and staff",
              "Secure, modern and sustainable technology"]

# (workstream no, name, [(action, lead, target date as printed, colour, quarter, partners)])
WORKSTREAMS = [
    ("1", "Digital services for residents", [
        ("Launch the new council website on the accessible content platform.",
         "Head of Digital Services", "30/09/2025", "Blue", "2025-26 Q2", []),
        ("Move council tax and business rates accounts online with a single sign-in.",
         "Head of Revenues", "31/03/2026", "Green", "2025-26 Q4", []),
        ("Add online booking for bulky waste and garden waste collections.",
         "Head of Streetcare", "31/12/2025", "Blue", "2025-26 Q3", []),
        ("Replace the contact centre telephony with a cloud contact platform.",
         "Customer Services Manager", "30/11/2025 revised 30/06/2026", "Red", "2026-27 Q1",
         []),
        ("Publish a bilingual chatbot for the twenty most asked questions.",
         "Head of Digital Services", "31/03/2026", "Amber", "2025-26 Q4", []),
        ("Review all online forms against the Welsh Language Standards.",
         "Welsh Language Officer", "28/02/2026", "Green", "2025-26 Q4", []),
        ("Test the school admissions journey with parents before the September 2026 round.",
         "Head of Education Support", "31/05/2026", "Grey", "2026-27 Q1", []),
    ]),
    ("2", "Data and insight", [
        ("Agree a corporate data strategy and data governance board.",
         "Chief Digital Officer", "30/06/2025", "Blue", "2025-26 Q1", []),
        ("Build a performance dashboard for Cabinet using the Data Cymru benchmarking "
         "service.", "Corporate Performance Manager; Data Cymru", "31/01/2026", "Green",
         "2025-26 Q4", ["Data Cymru"]),
        ("Complete the data protection impact assessments for the social care record.",
         "Data Protection Officer", "31/10/2025", "Blue", "2025-26 Q3", []),
        ("Set up a data-sharing agreement with Swansea Bay University Health Board for "
         "hospital discharge.", "Head of Adult Services", "31/12/2025 revised 31/03/2026",
         "Amber", "2025-26 Q4", []),
        ("Train twenty data champions across directorates.",
         "Corporate Performance Manager", "31/03/2026", "Green", "2025-26 Q4", []),
        ("Pilot predictive analytics for homelessness prevention.",
         "Head of Housing", "30/09/2026", "Grey", "2026-27 Q2", []),
    ]),
    ("3", "Digital skills and inclusion", [
        ("Open digital help points in eight libraries and community hubs.",
         "Libraries Manager", "30/09/2025", "Blue", "2025-26 Q2", []),
        ("Lend refurbished laptops to 300 households through the device bank.",
         "Anti-Poverty Coordinator", "31/03/2026", "Green", "2025-26 Q4", []),
        ("Deliver the digital skills framework for staff with Academi Wales.",
         "Head of People and Organisational Development; Academi Wales", "31/03/2026",
         "Green", "2025-26 Q4", ["Academi Wales"]),
        ("Sign the Digital Inclusion Charter.", "Chief Digital Officer", "31/07/2025",
         "Blue", "2025-26 Q2", []),
        ("Run digital champion training for frontline care staff.",
         "Head of Adult Services", "31/12/2025 revised 31/05/2026", "Red", "2026-27 Q1", []),
        ("Survey residents' digital confidence with the Citizens' Panel.",
         "Corporate Policy Officer", "30/04/2026", "Grey", "2026-27 Q1", []),
    ]),
    ("4", "Technology and cyber security", [
        ("Move the remaining on-premises servers to the cloud.",
         "ICT Infrastructure Manager", "31/03/2026", "Amber", "2025-26 Q4", []),
        ("Achieve Cyber Essentials Plus accreditation.",
         "Information Security Manager", "31/08/2025", "Blue", "2025-26 Q2", []),
        ("Run a cyber incident exercise with the Cabinet and senior leadership team.",
         "Information Security Manager", "30/11/2025", "Blue", "2025-26 Q3", []),
        ("Replace the finance and HR system; go-live moved after supplier delays.",
         "Head of Finance", "01/10/2025 revised 01/04/2026", "Red", "2026-27 Q1", []),
        ("Roll out new laptops to 1,200 staff.", "ICT Infrastructure Manager", "31/01/2026",
         "Green", "2025-26 Q4", []),
        ("Respond to the Audit Wales digital strategy review's recommendations.",
         "Chief Digital Officer", "31/03/2026", "Green", "2025-26 Q4", ["Audit Wales"]),
    ]),
    ("5", "Workforce and ways of working", [
        ("Introduce Microsoft 365 collaboration tools for all office-based staff.",
         "Head of Digital Services", "31/10/2025", "Blue", "2025-26 Q3", []),
        ("Automate ten high-volume back-office processes.",
         "Business Improvement Manager", "31/03/2026", "Amber", "2025-26 Q4", []),
        ("Agree a hybrid working policy with the trade unions.",
         "Head of People and Organisational Development", "31/12/2025", "Green",
         "2025-26 Q3", []),
        ("Appoint a digital apprenticeship cohort of six.",
         "Head of People and Organisational Development", "31/08/2026", "Grey",
         "2026-27 Q2", []),
    ]),
]

GRANT_SENTENCES = [
    "The programme costs £1.42 million in 2025-26 and is met from the Council's digital "
    "transformation reserve and two Welsh Government grants.",
    "The Digital Transformation Grant of £240,000 for 2025-26 funds the website and the online "
    "accounts work.",
    "A Cyber Resilience Fund award of £85,000 in 2025-26 pays for the Cyber Essentials Plus "
    "work and the incident exercise.",
    "The Welsh Government has offered a Digital Inclusion Grant of £60,000 for 2026-27 to "
    "continue the device bank.",
]
GRANTS = [("Digital Transformation Grant", 240_000, "2025-26"),
          ("Cyber Resilience Fund", 85_000, "2025-26"),
          ("Digital Inclusion Grant", 60_000, "2026-27")]


def counts() -> dict[str, int]:
    c: dict[str, int] = {}
    for _n, _t, rows in WORKSTREAMS:
        for r in rows:
            c[r[3]] = c.get(r[3], 0) + 1
    return c


def body() -> list[tuple[str, str, list[tuple[str, str]]]]:
    """The report body: (number, heading, [(para no, text)]); priorities after 3.2."""
    c = counts()
    n = sum(c.values())
    return [
        ("1", "Purpose of the Report", [
            ("1.1", "To report progress on the Digital Transformation Programme 2025-26 at the "
                    "end of quarter 3 (31/12/2025), as set out in Appendix A."),
        ]),
        ("2", "Recommendation", [
            ("2.1", "It is recommended that Cabinet notes the progress made and the actions "
                    "rated Red or Amber in Appendix A."),
        ]),
        ("3", "Background", [
            ("3.1", "Cabinet approved the Digital Strategy 2024-2029 and its first delivery "
                    "programme on 19/03/2025. The Digital Transformation Board oversees "
                    "delivery and reports to Cabinet each quarter."),
            ("3.2", "The programme has four priorities:"),
        ]),
        ("4", "Summary of Progress", [
            ("4.1", f"Appendix A sets out the {n} actions of the programme by workstream, each "
                    "with its lead officer, target date and RAG status."),
            ("4.2", "Each action's status is shown by a coloured dot: " +
             "; ".join(f"{col} – {word}" for col, word in KEY) + "."),
            ("4.3", f"At 31/12/2025, {c['Blue']} actions are complete, {c['Green']} are on "
                    f"track, {c['Amber']} are at risk, {c['Red']} are off track and "
                    f"{c['Grey']} have not started. Where a target date has moved, the "
                    "revised date is shown beside the original."),
        ]),
        ("5", "Financial Impacts", [(f"5.{i}", s) for i, s in enumerate(GRANT_SENTENCES, 1)]),
        ("6", "Integrated Impact Assessment", [
            ("6.1", "A first stage impact assessment has been completed; a full assessment is "
                    "not required for a progress report."),
        ]),
        ("7", "Workforce Impacts", [
            ("7.1", "There are no workforce impacts arising from this report."),
        ]),
        ("8", "Legal Impacts", [("8.1", "There are no legal impacts.")]),
        ("9", "Risk Management Impacts", [
            ("9.1", "The risks to delivery are recorded in the programme risk register and "
                    "the corporate risk register."),
        ]),
        ("10", "Reason for Proposed Decision", [
            ("10.1", "To keep Cabinet informed of the delivery of the Digital Strategy."),
        ]),
    ]


APPENDIX = "Appendix A – Digital Transformation Programme 2025-26: progress at 31/12/2025"
COLS = ["Ref", "Action", "Lead officer", "Target date", "RAG"]
COVER = [("Report of", "Chief Digital Officer – Sarah Price"),
         ("Matter for", "Decision"), ("Wards affected", "All wards"),
         ("Date of meeting", DATE_PRINTED)]


def reading() -> dict:
    items = []
    for no, _name, rows in WORKSTREAMS:
        for i, (text, _lead, _date, colour, quarter, partners) in enumerate(rows, start=1):
            items.append({"section": no, "ref": f"{no}.{i}", "text": text,
                          "status": RAG[colour][0], "quarter": quarter,
                          "partners": sorted(partners)})
    return {"kind": "programme", "title": TITLE, "date": "2026-02-11",
            "priorities": PRIORITIES, "items": items,
            "grants": [{"grant": g, "amount_gbp": a, "financial_year": y}
                       for g, a, y in GRANTS]}


def ws_label(no: str, name: str) -> str:
    return f"Workstream {no} – {name}"


# ------------------------------------------------------------------ Markdown
def write_md() -> None:
    out = [f"**{COUNCIL.upper()}**", "", "**CABINET**", ""]
    out += [f"**{k}:** {v}  " for k, v in COVER] + [""]
    out += [f"# {TITLE}", ""]
    for no, head, paras in body():
        out += [f"## {no}. {head}", ""]
        for pno, text in paras:
            out += [f"{pno} {text}", ""]
            if pno == "3.2":
                out += [f"{chr(96 + i)}) {p}" for i, p in enumerate(PRIORITIES, 1)] + [""]
    out += ["## List of Background Papers", "", "Digital Strategy 2024-2029", "",
            "## Appendices", "", "Appendix A – Programme progress at 31/12/2025", "",
            "## Officer Contact", "", "Sarah Price, Chief Digital Officer, "
            "digital@npt.gov.uk", "", "* * *", "", f"# {APPENDIX}", ""]
    out += ["Key: " + " ".join(f"{RAG[c][2]} {c} – {w}" for c, w in KEY), ""]
    out += ["| " + " | ".join(COLS) + " |", "|---|---|---|---|---|"]
    for no, name, rows in WORKSTREAMS:
        out.append(f"| **{ws_label(no, name)}** |  |  |  |  |")
        for i, (text, lead, date, colour, _q, _p) in enumerate(rows, start=1):
            out.append(f"| {no}.{i} | {text} | {lead} | {date} | {RAG[colour][2]} |")
    (OUT / f"{NAME}.md").write_text("\n".join(out) + "\n", encoding="utf-8")


# ------------------------------------------------------------------ HTML
CSS = """body{font-family:Arial,sans-serif;max-width:62rem;margin:auto}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #777;padding:4px;
vertical-align:top}thead th{background:#1f3864;color:#fff}
tbody th[scope=colgroup]{background:#d9e2f3;text-align:left}
.rag{display:inline-block;width:14px;height:14px;border-radius:50%}
.rag-blue{background:#0070c0}.rag-green{background:#00b050}.rag-amber{background:#ffc000}
.rag-red{background:#c00000}.rag-grey{background:#a6a6a6}
.cover dt{font-weight:bold;float:left;width:10rem}.cover dd{margin-left:10rem}"""


def dot(colour: str) -> str:
    return (f'<span class="rag rag-{colour.lower()}" role="img" '
            f'aria-label="{colour}"></span>')


def write_html() -> None:
    h = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
         f"<title>{esc(TITLE)} - {COUNCIL}</title>", f"<style>{CSS}</style></head><body>",
         '<header><p class="council">' + COUNCIL + '</p><p class="committee">Cabinet</p>'
         '</header>', "<main>", '<dl class="cover">']
    h += [f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in COVER] + ["</dl>"]
    h.append(f"<h1>{esc(TITLE)}</h1>")
    for no, head, paras in body():
        h.append(f'<section id="s{no}"><h2>{no}. {esc(head)}</h2>')
        for pno, text in paras:
            h.append(f'<p><span class="pnum">{pno}</span> {esc(text)}</p>')
            if pno == "3.2":
                h.append('<ol type="a">' + "".join(f"<li>{esc(p)}</li>" for p in PRIORITIES)
                         + "</ol>")
        h.append("</section>")
    h.append('<section id="appendix-a"><h2>' + esc(APPENDIX) + "</h2>")
    h.append('<p class="key">Key: ' + " ".join(f"{dot(c)} {c} – {esc(w)}" for c, w in KEY)
             + "</p>")
    h.append("<table><caption>Programme actions by workstream</caption><thead><tr>"
             + "".join(f'<th scope="col">{c}</th>' for c in COLS) + "</tr></thead>")
    for no, name, rows in WORKSTREAMS:
        h.append(f'<tbody><tr><th colspan="5" scope="colgroup">{esc(ws_label(no, name))}'
                 "</th></tr>")
        for i, (text, lead, date, colour, _q, _p) in enumerate(rows, start=1):
            h.append(f"<tr><td>{no}.{i}</td><td>{esc(text)}</td><td>{esc(lead)}</td>"
                     f"<td>{esc(date)}</td><td>{dot(colour)}</td></tr>")
        h.append("</tbody>")
    h += ["</table></section>", "</main>", "<footer>Neath Port Talbot Council – Cabinet "
          f"{DATE_PRINTED}</footer>", "</body></html>"]
    (OUT / f"{NAME}.html").write_text("\n".join(h) + "\n", encoding="utf-8")


# ------------------------------------------------------------------ Word
def merge_row(row) -> None:
    """Merge a row's cells into one (gridSpan), as Word's Merge Cells does."""
    first = row.cells[0]
    first.merge(row.cells[-1])


def write_docx() -> None:
    from docx.enum.section import WD_ORIENT, WD_SECTION
    doc = new_docx()
    header_text(doc, f"{COUNCIL} – Cabinet – {DATE_PRINTED}")
    footer_page_numbers(doc, TITLE)
    add_par(doc, COUNCIL.upper(), bold=True, size=14)
    add_par(doc, "CABINET", bold=True)
    t = doc.add_table(rows=0, cols=2)
    for k, v in COVER:
        r = t.add_row()
        cell_text(r.cells[0], k + ":", bold=True)
        cell_text(r.cells[1], v)
    doc.add_heading(TITLE, level=1)
    for no, head, paras in body():
        doc.add_heading(f"{no}. {head}", level=2)
        for pno, text in paras:
            add_par(doc, f"{pno}\t{text}")
            if pno == "3.2":
                for i, p in enumerate(PRIORITIES, 1):
                    q = add_par(doc, f"{chr(96 + i)})\t{p}")
                    q.paragraph_format.left_indent = Pt(36)
    doc.add_heading("List of Background Papers", level=2)
    add_par(doc, "Digital Strategy 2024-2029")
    doc.add_heading("Appendices", level=2)
    add_par(doc, "Appendix A – Programme progress at 31/12/2025")
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    doc.add_heading(APPENDIX, level=1)
    key = add_par(doc, "Key: ")
    for c, w in KEY:
        r = key.add_run("● ")
        r.font.color.rgb = RGBColor.from_string(RAG[c][1])
        key.add_run(f"{c} – {w}   ")
    table = doc.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    for cell, c in zip(table.rows[0].cells, COLS):
        cell_text(cell, c, bold=True)
        shade(cell, "1F3864")
        cell.paragraphs[0].runs[0].font.color.rgb = RGBColor(255, 255, 255)
    set_repeat_header(table.rows[0])
    for no, name, rows in WORKSTREAMS:
        r = table.add_row()
        merge_row(r)
        cell_text(r.cells[0], ws_label(no, name), bold=True)
        shade(r.cells[0], "D9E2F3")
        for i, (text, lead, date, colour, _q, _p) in enumerate(rows, start=1):
            r = table.add_row()
            for cell, v in zip(r.cells[:4], (f"{no}.{i}", text, lead, date)):
                cell_text(cell, v)
            cell_text(r.cells[4], "●", size=14)
            r.cells[4].paragraphs[0].runs[0].font.color.rgb = RGBColor.from_string(
                RAG[colour][1])
    doc.save(OUT / f"{NAME}.docx")


# ------------------------------------------------------------------ PDF
def write_pdf() -> None:
    st = pdf_styles(9)
    story = [P(f"<b>{COUNCIL.upper()}</b>", st["h1"]), P("<b>CABINET</b>", st["h2"])]
    cover = Table([[P(f"<b>{esc(k)}:</b>", st["cell"]), P(esc(v), st["cell"])]
                   for k, v in COVER], colWidths=[40 * mm, 120 * mm])
    story += [cover, P(esc(TITLE), st["title"])]
    for no, head, paras in body():
        story.append(P(f"{no}. {esc(head)}", st["h2"]))
        for pno, text in paras:
            story.append(Table([[P(pno, st["body"]), P(esc(text), st["body"])]],
                               colWidths=[12 * mm, 160 * mm],
                               style=[("VALIGN", (0, 0), (-1, -1), "TOP"),
                                      ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
            if pno == "3.2":
                for i, p in enumerate(PRIORITIES, 1):
                    story.append(Table([["", P(f"{chr(96 + i)})", st["body"]),
                                         P(esc(p), st["body"])]],
                                       colWidths=[12 * mm, 8 * mm, 150 * mm],
                                       style=[("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story += [P("List of Background Papers", st["h2"]), P("Digital Strategy 2024-2029",
                                                          st["body"]), PageBreak()]
    story.append(P(esc(APPENDIX), st["h1"]))
    story.append(P("Key: " + " ".join(
        f'<font color="#{RAG[c][1]}">●</font> {c} – {esc(w)}' for c, w in KEY), st["body"]))
    data = [[P(f"<b>{c}</b>", st["cellb"]) for c in COLS]]
    style = list(GRID) + [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9D9D9"))]
    for no, name, rows in WORKSTREAMS:
        k = len(data)
        data.append([P(f"<b>{esc(ws_label(no, name))}</b>", st["cellb"]), "", "", "", ""])
        style += [("SPAN", (0, k), (-1, k)),
                  ("BACKGROUND", (0, k), (-1, k), colors.HexColor("#D9E2F3"))]
        for i, (text, lead, date, colour, _q, _p) in enumerate(rows, start=1):
            data.append([P(f"{no}.{i}", st["cell"]), P(esc(text), st["cell"]),
                         P(esc(lead), st["cell"]), P(esc(date), st["cell"]),
                         P(f'<font color="#{RAG[colour][1]}" size="12">●</font>',
                           st["cell"])])
    story.append(Table(data, colWidths=[12 * mm, 78 * mm, 42 * mm, 30 * mm, 12 * mm],
                       repeatRows=1, style=TableStyle(style)))
    build_pdf(OUT / f"{NAME}.pdf", story, f"{COUNCIL} – Cabinet – {DATE_PRINTED}", TITLE)


if __name__ == "__main__":
    write_md()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, counts(), sum(len(r) for *_x, r in WORKSTREAMS))
