"""rec11b: recommendations printed as ONE CARD PER RECOMMENDATION (a two-column record of
labelled fields), grouped under numbered chapter headings.

Community ownership of assets: progress on the Local Government and Housing Committee's
recommendations (a Welsh Government update to the Senedd committee, 18 September 2024).
Each card: a header "Recommendation N" then the fields Recommendation / Response / Lead /
Target date / Progress update. Forms:

- .html: a <section class="card"> per recommendation with an <h3> and a <dl> of the fields,
  the response as a badge;
- .docx: a two-column Word table per recommendation, its first row merged across both columns
  (gridSpan) holding "Recommendation N", label cells shaded;
- .pdf: the same cards as reportlab tables (the header row spanned), kept together on a page;
- .md: Pandoc Markdown with a heading per card and a DEFINITION LIST of its fields
  ("Lead" then ":   Welsh Government").
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)

from gen_common import (GRID, OUT, P, add_par, build_pdf, cell_text, colors, esc,
                        footer_page_numbers, header_text, mm, new_docx, pdf_styles, shade)
from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

NAME = "rec11b-community-assets-cards"
TITLE = ("Community ownership of assets: progress on the Local Government and Housing "
         "Committee's recommendations")
DATE_PRINTED = "18 September 2024"
INTRO = [
    "The Local Government and Housing Committee published its report 'Community Assets' in "
    "October 2022. The Welsh Government responded in December 2022, accepting most of its "
    "recommendations. This update sets out progress on each recommendation, for the "
    "Committee's follow-up session in the autumn term.",
    "Each recommendation is shown with the response given in 2022, the lead organisation, the "
    "target date and progress to date.",
]

# chapter no, chapter title, [(rec no, text, response, printed lead, owner codes, target,
#                              progress)]
CHAPTERS = [
    ("2", "Community asset transfer", [
        (1, "The Welsh Government should update the Community Asset Transfer guide with "
            "councils and community groups.", "Accepted", "Welsh Government and WLGA",
         ["WG", "WLGA"], "March 2024",
         "A revised guide was drafted with a working group of councils and community groups "
         "and is out for consultation until October 2024."),
        (2, "Local authorities should publish a register of assets that may be suitable for "
            "transfer.", "Accepted in principle", "Local authorities", ["LG"], "March 2025",
         "Nine councils now publish a register; the WLGA has shared a common template."),
        (3, "Local authorities should name a single point of contact for asset transfer "
            "requests.", "Accepted", "Local authorities", ["LG"], "December 2023",
         "All 22 councils have named a contact, listed on the WLGA website."),
    ]),
    ("3", "Rights for communities", [
        (4, "The Welsh Government should establish a commission to consider community "
            "ownership of assets, including a right to bid.", "Accepted in principle",
         "Welsh Government", ["WG"], "2024-25",
         "The Commission on Community Ownership of Assets was announced and held its first "
         "meeting in June 2024."),
        (5, "The commission should report within 12 months of being established.",
         "Accepted in principle", "Welsh Government", ["WG"], "June 2025",
         "The commission's terms of reference set a final report for summer 2025."),
        (6, "The Welsh Government should consider legislation on community rights in light of "
            "the commission's findings.", "Accepted in principle", "Welsh Government", ["WG"],
         "2025-26", "No action until the commission reports."),
    ]),
    ("4", "Funding and finance", [
        (7, "The Welsh Government should publish a single guide to funding available for "
            "community assets.", "Accepted", "Welsh Government", ["WG"], "March 2024",
         "A funding guide was published on Business Wales in February 2024."),
        (8, "The Welsh Government should review the Community Facilities Programme so that "
            "revenue costs can be supported.", "Accepted in principle", "Welsh Government",
         ["WG"], "April 2024",
         "The programme now allows up to 10% of a capital award to meet development costs."),
        (9, "Local authorities should consider peppercorn rents or long leases where an asset "
            "transfer meets their well-being objectives.", "Accepted", "Local authorities",
         ["LG"], "Ongoing",
         "The WLGA issued a briefing on leases and valuation to councils' estates teams."),
    ]),
    ("5", "Support and advice for community groups", [
        (10, "The Welsh Government should fund a national advice service for community "
             "groups taking on assets.", "Accepted", "Welsh Government", ["WG"], "2023-24",
         "Cwmpas has been funded to provide the advice service until March 2026."),
        (11, "Councils should offer community groups support with business planning before a "
             "transfer is agreed.", "Accepted", "Local authorities and WLGA", ["LG", "WLGA"],
         "Ongoing", "A business planning toolkit was shared through the WLGA's "
         "regeneration network."),
        (12, "The Welsh Government and the WLGA should collect and share case studies of "
             "successful transfers.", "Accepted", "WLGA and Welsh Government", ["WLGA", "WG"],
         "December 2024", "Fourteen case studies have been collected; a web page is in "
         "preparation."),
    ]),
    ("6", "Community housing", [
        (13, "The Welsh Government should set out how community-led housing will be supported "
             "through the Social Housing Grant.", "Accepted", "Welsh Government", ["WG"],
         "March 2024", "Guidance on community-led housing in the Social Housing Grant was "
         "issued in January 2024."),
        (14, "The Welsh Government should establish a specific Welsh fund for community "
             "housing projects.", "Rejected", "Welsh Government", ["WG"], "Not applicable",
         "Community-led housing continues to be supported through existing programmes."),
        (15, "Local authorities should identify land that could be used for community-led "
             "housing in their local development plans.", "Accepted in principle",
         "Local authorities", ["LG"], "Next plan review",
         "Two councils have included policies on community-led housing in their deposit "
         "plans."),
    ]),
    ("7", "Town and community councils", [
        (16, "Town and community councils should be encouraged to take on local assets where "
             "they have the capacity.", "Accepted", "One Voice Wales", ["One Voice Wales"],
         "Ongoing", "One Voice Wales ran four training sessions on asset transfer for clerks."),
        (17, "The Welsh Government should review the general power of competence guidance for "
             "town and community councils taking on assets.", "Accepted", "Welsh Government",
         ["WG"], "September 2024",
         "The review has started and will report to the Minister in the autumn."),
        (18, "Principal councils and town and community councils should agree protocols for "
             "the transfer of local assets.", "Accepted", "Local authorities and One Voice "
             "Wales", ["LG", "One Voice Wales"], "March 2025",
         "A model protocol was agreed by the WLGA and One Voice Wales in May 2024."),
    ]),
]
CLOSE = ["The Welsh Government will provide a further update to the Committee in spring 2025."]
FIELDS = ["Recommendation", "Response", "Lead", "Target date", "Progress update"]


def reading() -> dict:
    areas, recs, acts = [], [], []
    for no, name, cards in CHAPTERS:
        areas.append({"area_no": no, "area": name, "theme": None})
        for r_no, text, _resp, _lead, codes, _target, progress in cards:
            recs.append({"rec_id": str(r_no), "area": name, "text": text, "owners": codes})
            acts.append({"activity_no": None, "area": name, "text": progress})
    return {"kind": "recommendations", "title": TITLE, "areas": areas,
            "recommendations": recs, "activities": acts}


def _values(card) -> list[str]:
    _r_no, text, resp, lead, _codes, target, progress = card
    return [text, resp, lead, target, progress]


# ------------------------------------------------------------------ Markdown (Pandoc)
def write_md() -> None:
    out = ["---", f'title: "{TITLE}"', "author: Welsh Government", "date: 2024-09-18", "---",
           ""]
    for p in INTRO:
        out += [p, ""]
    for no, name, cards in CHAPTERS:
        out += [f"## {no}. {name}", ""]
        for card in cards:
            out += [f"### Recommendation {card[0]}", ""]
            for label, value in zip(FIELDS, _values(card)):
                out += [label, f":   {value}", ""]
    out += CLOSE + [""]
    (OUT / f"{NAME}.md").write_text("\n".join(out), encoding="utf-8")


# ------------------------------------------------------------------ web page
def write_html() -> None:
    h = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
         f"<title>{esc(TITLE)} | GOV.WALES</title>",
         "<style>.card{border:1px solid #ccc;margin:1em 0;padding:.5em}.badge{background:#eee;"
         "padding:0 .4em;border-radius:3px}dt{font-weight:bold}</style></head><body>",
         '<header><a href="/">GOV.WALES</a><nav><a href="/housing">Housing</a></nav></header>',
         "<main>", f"<h1>{esc(TITLE)}</h1>",
         '<p class="meta">First published: <time datetime="2024-09-18">18 September 2024</time>'
         "</p>", '<nav class="contents" aria-label="Contents"><h2>Contents</h2><ul>']
    h += [f'<li><a href="#ch{no}">{esc(name)}</a></li>' for no, name, _c in CHAPTERS]
    h += ["</ul></nav>"] + [f"<p>{esc(p)}</p>" for p in INTRO]
    for no, name, cards in CHAPTERS:
        h.append(f'<h2 id="ch{no}">{no}. {esc(name)}</h2>')
        for card in cards:
            vals = _values(card)
            h += [f'<section class="card" id="rec{card[0]}">',
                  f"<h3>Recommendation {card[0]}</h3>", "<dl>"]
            for label, value in zip(FIELDS, vals):
                if label == "Response":
                    value_html = f'<span class="badge">{esc(value)}</span>'
                else:
                    value_html = esc(value)
                h.append(f"<dt>{label}</dt><dd>{value_html}</dd>")
            h += ["</dl>", "</section>"]
    h += [f"<p>{esc(p)}</p>" for p in CLOSE]
    h += ["</main>", "<footer>Crown copyright. Open Government Licence v3.0.</footer>",
          "</body></html>"]
    (OUT / f"{NAME}.html").write_text("\n".join(h), encoding="utf-8")


# ------------------------------------------------------------------ Word
def write_docx() -> None:
    from docx.shared import Cm
    doc = new_docx(size=10)
    header_text(doc, "Community ownership of assets – progress update")
    footer_page_numbers(doc, "Welsh Government, " + DATE_PRINTED)
    doc.add_heading(TITLE, level=0)
    add_par(doc, "Welsh Government – " + DATE_PRINTED)
    for p in INTRO:
        add_par(doc, p)
    for no, name, cards in CHAPTERS:
        doc.add_heading(f"{no}. {name}", level=1)
        for card in cards:
            t = doc.add_table(rows=1 + len(FIELDS), cols=2)
            t.style = "Table Grid"
            top = t.cell(0, 0).merge(t.cell(0, 1))
            cell_text(top, f"Recommendation {card[0]}", bold=True)
            shade(top, "1F3864")
            top.paragraphs[0].runs[0].font.color.rgb = __import__(
                "docx.shared", fromlist=["RGBColor"]).RGBColor(0xFF, 0xFF, 0xFF)
            for i, (label, value) in enumerate(zip(FIELDS, _values(card)), start=1):
                cell_text(t.cell(i, 0), label, bold=True)
                shade(t.cell(i, 0), "D9E2F3")
                cell_text(t.cell(i, 1), value)
            for row in t.rows:
                row.cells[0].width = Cm(3.5)
                row.cells[1].width = Cm(12.5)
            add_par(doc, "")
    for p in CLOSE:
        add_par(doc, p)
    doc.save(OUT / f"{NAME}.docx")


# ------------------------------------------------------------------ PDF
def write_pdf() -> None:
    s = pdf_styles(9)
    story = [P(esc(TITLE), s["title"]), P("Welsh Government – " + DATE_PRINTED, s["body"])]
    story += [P(esc(p), s["body"]) for p in INTRO]
    for no, name, cards in CHAPTERS:
        story.append(P(f"{no}. {esc(name)}", s["h1"]))
        for card in cards:
            data = [[P(f"<font color='white'><b>Recommendation {card[0]}</b></font>", s["cell"]),
                     ""]]
            data += [[P(f"<b>{label}</b>", s["cell"]), P(esc(v), s["cell"])]
                     for label, v in zip(FIELDS, _values(card))]
            t = Table(data, colWidths=[35 * mm, 135 * mm])
            t.setStyle(TableStyle(list(GRID) + [
                ("SPAN", (0, 0), (1, 0)),
                ("BACKGROUND", (0, 0), (1, 0), colors.HexColor("#1F3864")),
                ("BACKGROUND", (0, 1), (0, -1), colors.HexColor("#D9E2F3"))]))
            story.append(KeepTogether([t, Spacer(1, 3 * mm)]))
    story += [P(esc(p), s["body"]) for p in CLOSE]
    build_pdf(OUT / f"{NAME}.pdf", story, "Community ownership of assets – progress update",
              "Welsh Government, " + DATE_PRINTED)


if __name__ == "__main__":
    write_md()
    write_html()
    write_docx()
    write_pdf()
