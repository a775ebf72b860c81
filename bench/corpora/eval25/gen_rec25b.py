"""rec25b: a DOMESTIC HOMICIDE REVIEW executive summary and ACTION PLAN: the executive
summary's "Recommendations" under "Local", "Regional" and "National" sub-headings, numbered
1-8 straight through, then the action plan `No. | Recommendation | Scope (Local / Regional /
National) | Action to take | Lead agency | Key milestones | Target date | Date of completion
and outcome`, one row per action (recommendations 1, 3 and 7 have two actions: the No. and
Recommendation cells span them), the lead agencies (the council, the health board, the police,
the Welsh Government, the regional boards) the addressees.

The reader's reading: the eight recommendations once each (as the executive summary prints
them; the action plan repeats them word for word), area the scope sub-heading, owners the
bodies the recommendation addresses (its subject, which is the action plan's lead agency;
"Glanmor County Borough Council" as "LG"); no activities (the actions are planned actions, not
work under way; the completion column is mostly blank).

Safer Glanmor Community Safety Partnership (invented area, as eval15-eval24; the layout of
real DHR action plans published by Welsh community safety partnerships, cited in the
README), "Domestic Homicide Review: 'Ffion' (pseudonym)", June 2025.
Forms: .md pandoc Markdown with a grid table for the action plan (multi-line cells, one row
per recommendation with the two actions as lines of one cell); .html a council CMS page (cookie
banner, mega-menu nav, "Was this page helpful?", footer) with the action plan table using
rowspan; .docx the recommendations as a Word numbered list (numbering.xml, "List Number",
numbering continuing across the three sub-headings) and a landscape section with the action
plan table (vertically merged No. and Recommendation cells); .pdf with the action plan table
on landscape pages running over two pages, repeated header row.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)

from gen_common import (GRID, OUT, P, add_par, build_pdf, cell_text, colors, esc,
                        footer_page_numbers, header_text, mm, new_docx, pdf_styles, shade)
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.shared import Mm
from reportlab.platypus import PageBreak, Table, TableStyle

NAME = "rec25b-dhr-action-plan"
PUB = "Safer Glanmor Community Safety Partnership"
TITLE = "Domestic Homicide Review: 'Ffion' – Executive Summary and Action Plan"
DATE = "June 2025"
SUMMARY = [
    ("The review", [
        "This review examined the contact that agencies had with Ffion (a pseudonym chosen by "
        "her family), aged 67, and with her son, between January 2021 and her death in March "
        "2023. It was commissioned by Safer Glanmor Community Safety Partnership under the "
        "statutory guidance for Domestic Homicide Reviews.",
        "The Panel thanks Ffion's family for their contribution to the review."]),
    ("Key findings", [
        "Agencies did not recognise that Ffion, as an older woman cared for by her son, could "
        "be a victim of domestic abuse. Three police call-outs in 2022 were each treated as a "
        "single incident. Information about the call-outs did not reach the MARAC.",
        "Staff in more than one agency were unsure how to ask about coercive and controlling "
        "behaviour when the person causing harm was also a carer."]),
]
SCOPES = ["Local", "Regional", "National"]
# (n, scope, text, owners, lead agency, [(action, milestones, target, outcome)])
RECS = [
    (1, "Local", "Glanmor County Borough Council should make sure that adult social care "
     "assessments ask about domestic abuse when a family member is the main carer.",
     ["LG"], "Glanmor County Borough Council (Adult Services)",
     [("Add a domestic abuse question to the carer's assessment form.",
       "Form revised and tested with two teams", "30/09/2025",
       "Completed 12/08/2025: the revised form is in use."),
      ("Brief all social workers on the revised assessment.", "Briefings held in each team",
       "31/12/2025", "")]),
    (2, "Local", "Glanmor University Health Board should ensure that routine enquiry about "
     "domestic abuse is made at older people's mental health appointments.",
     ["Glanmor University Health Board"], "Glanmor University Health Board",
     [("Audit routine enquiry in older people's mental health services and report to the "
       "Safeguarding Committee.", "Audit completed; report to committee", "31/01/2026", "")]),
    (3, "Local", "South Wales Police and Glanmor County Borough Council should agree how "
     "information about repeat call-outs to the same address is shared with the MARAC "
     "coordinator.", ["South Wales Police", "LG"], "South Wales Police",
     [("Agree an information sharing protocol for repeat call-outs.",
       "Protocol signed by both agencies", "31/10/2025", ""),
      ("Add repeat call-outs to the MARAC referral criteria.", "MARAC steering group approval",
       "31/12/2025", "")]),
    (4, "Local", "Safer Glanmor Community Safety Partnership should commission refresher "
     "training on coercive and controlling behaviour for frontline staff of partner "
     "agencies.", ["Safer Glanmor Community Safety Partnership"],
     "Safer Glanmor Community Safety Partnership",
     [("Commission and deliver the training.", "Provider appointed; first sessions held",
       "31/03/2026", "")]),
    (5, "Regional", "The Regional VAWDASV Board should review the pathway for older victims "
     "of domestic abuse, including those who are cared for by the person harming them.",
     ["Regional VAWDASV Board"], "Regional VAWDASV Board",
     [("Review the older victims' pathway with the regional partners.",
       "Review group set up; revised pathway agreed", "31/03/2026", "")]),
    (6, "Regional", "The Regional Safeguarding Board should include the learning from this "
     "review in its multi-agency practice guidance.", ["Regional Safeguarding Board"],
     "Regional Safeguarding Board",
     [("Publish a learning briefing and update the practice guidance.",
       "Briefing published; guidance updated", "30/11/2025",
       "Completed 02/05/2025: learning briefing published.")]),
    (7, "National", "The Welsh Government should include abuse by adult family members who are "
     "carers in the next update of the National Training Framework on violence against "
     "women, domestic abuse and sexual violence.", ["WG"], "Welsh Government",
     [("Refer the recommendation to the Welsh Government's VAWDASV team.",
       "Letter sent by the CSP chair", "31/07/2025", ""),
      ("Consider the recommendation in the review of the National Training Framework.",
       "Framework review", "31/03/2026", "")]),
    (8, "National", "The Welsh Government should make sure that the Single Unified "
     "Safeguarding Review guidance asks action plans to record the outcome of every action.",
     ["WG"], "Welsh Government",
     [("Refer the recommendation to the Single Unified Safeguarding Review implementation "
       "group.", "Letter sent by the CSP chair", "31/07/2025", "")]),
]
COLS = ["No.", "Recommendation", "Scope", "Action to take", "Lead agency", "Key milestones",
        "Target date", "Date of completion and outcome"]


def reading() -> dict:
    return {"kind": "recommendations", "title": TITLE,
            "areas": [{"area": s, "theme": None} for s in SCOPES],
            "recommendations": [{"rec_id": str(n), "area": sc, "text": t, "owners": o}
                                for n, sc, t, o, _l, _a in RECS],
            "activities": None}


def write_md() -> None:
    out = [f"# {TITLE}", "", f"**{PUB}**  ", DATE, ""]
    for h, ps in SUMMARY:
        out += [f"## {h}", ""] + [p + "\n" for p in ps]
    out += ["## Recommendations", ""]
    for s in SCOPES:
        out += [f"### {s}", ""]
        out += [f"{n}. {t}" for n, sc, t, *_r in RECS if sc == s] + [""]
    out += ["## Action plan", ""]
    widths = [5, 30, 9, 30, 18, 18, 11, 20]
    import textwrap

    def sep(ch="-"):
        return "+" + "+".join(ch * (w + 2) for w in widths) + "+"

    def block(cells):
        wrapped = [sum((textwrap.wrap(x, w) or [""] for x in c.split("\n")), [])
                   for c, w in zip(cells, widths)]
        n = max(len(w) for w in wrapped)
        return ["| " + " | ".join((w[i] if i < len(w) else "").ljust(wd)
                                  for w, wd in zip(wrapped, widths)) + " |"
                for i in range(n)]
    out += [sep(), *block(COLS), sep("=")]
    for n, sc, t, _o, lead, acts in RECS:
        cells = [str(n), t, sc,
                 "\n".join(("- " if len(acts) > 1 else "") + a[0] for a in acts), lead,
                 "\n".join(a[1] for a in acts), "\n".join(a[2] for a in acts),
                 "\n".join(a[3] for a in acts if a[3])]
        out += [*block(cells), sep()]
    (OUT / f"{NAME}.md").write_text("\n".join(out) + "\n", encoding="utf-8")


def write_html() -> None:
    h = ["<!DOCTYPE html>", '<html lang="en-GB"><head><meta charset="utf-8">',
         f"<title>{esc(TITLE)} - Glanmor County Borough Council</title></head><body>",
         '<div class="cookie-consent" role="region" aria-label="Cookie consent"><p>We use '
         'essential cookies to make this site work.</p><a class="btn" href="#">Accept all</a>'
         ' <a class="btn" href="#">Manage cookies</a></div>',
         '<header><a class="brand" href="/">Glanmor County Borough Council</a><nav class='
         '"mega"><ul><li><a href="/bins">Bins and recycling</a></li><li><a href="/council-'
         'tax">Council tax</a></li><li><a href="/community-safety">Community safety</a></li>'
         '</ul></nav></header>', '<main class="page"><div class="breadcrumbs"><a href="/">'
         'Home</a> &rsaquo; <a href="/community-safety">Community safety</a> &rsaquo; Domestic'
         ' Homicide Reviews</div>', f"<h1>{esc(TITLE)}</h1>",
         f'<p class="lede">Published by {esc(PUB)}, {DATE}</p>']
    for hd, ps in SUMMARY:
        h += [f"<h2>{esc(hd)}</h2>"] + [f"<p>{esc(p)}</p>" for p in ps]
    h.append("<h2>Recommendations</h2>")
    for s in SCOPES:
        rs = [r for r in RECS if r[1] == s]
        h += [f"<h3>{s}</h3>", f'<ol start="{rs[0][0]}">']
        h += [f"<li>{esc(r[2])}</li>" for r in rs] + ["</ol>"]
    h += ["<h2>Action plan</h2>", '<table class="action-plan"><thead><tr>'
          + "".join(f"<th>{esc(c)}</th>" for c in COLS) + "</tr></thead><tbody>"]
    for n, sc, t, _o, lead, acts in RECS:
        k = len(acts)
        for i, (a, m, d, o) in enumerate(acts):
            row = "<tr>"
            if i == 0:
                rs = f' rowspan="{k}"' if k > 1 else ""
                row += (f"<td{rs}>{n}</td><td{rs}>{esc(t)}</td><td{rs}>{sc}</td>")
            row += (f"<td>{esc(a)}</td><td>{esc(lead)}</td><td>{esc(m)}</td><td>{d}</td>"
                    f"<td>{esc(o)}</td></tr>")
            h.append(row)
    h += ["</tbody></table>",
          '<div class="feedback"><p>Was this page helpful?</p><button>Yes</button><button>No'
          '</button></div>', '<p class="updated">Last updated: 18 June 2025</p></main>',
          '<footer><p>If you are in immediate danger call 999. Live Fear Free helpline: '
          '0808 80 10 800</p><ul><li><a href="/privacy">Privacy</a></li><li><a href="/'
          'accessibility">Accessibility</a></li><li><a href="/cy">Cymraeg</a></li></ul>'
          '</footer>', "</body></html>"]
    (OUT / f"{NAME}.html").write_text("\n".join(h) + "\n", encoding="utf-8")


def write_docx() -> None:
    doc = new_docx(font="Arial", size=11)
    header_text(doc, f"{PUB} – OFFICIAL")
    footer_page_numbers(doc, "DHR 'Ffion' – Executive Summary and Action Plan")
    add_par(doc, PUB, bold=True)
    doc.add_heading(TITLE, level=1)
    add_par(doc, DATE)
    for hd, ps in SUMMARY:
        doc.add_heading(hd, level=2)
        for p in ps:
            add_par(doc, p)
    doc.add_heading("Recommendations", level=2)
    for s in SCOPES:
        doc.add_heading(s, level=3)
        for r in RECS:
            if r[1] == s:
                add_par(doc, r[2], style="List Number")
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    doc.add_heading("Action plan", level=2)
    tb = doc.add_table(rows=1, cols=len(COLS))
    tb.style = "Table Grid"
    for c, x in zip(tb.rows[0].cells, COLS):
        cell_text(c, x, bold=True, size=9)
        shade(c, "D9D2E9")
    for n, sc, t, _o, lead, acts in RECS:
        first = None
        for i, (a, m, d, o) in enumerate(acts):
            cells = tb.add_row().cells
            if i == 0:
                first = cells
                for c, x in zip(cells[:3], (str(n), t, sc)):
                    cell_text(c, x, size=9)
            else:
                for j in range(3):
                    first[j].merge(cells[j])
            for c, x in zip(cells[3:], (a, lead, m, d, o)):
                cell_text(c, x, size=9)
    doc.save(OUT / f"{NAME}.docx")


def write_pdf() -> None:
    st = pdf_styles(10)
    cell, cellb = st["cell"], st["cellb"]
    story = [P(PUB, st["h2"]), P(esc(TITLE), st["title"]), P(DATE, st["body"])]
    for hd, ps in SUMMARY:
        story += [P(esc(hd), st["h1"])] + [P(esc(p), st["body"]) for p in ps]
    story.append(P("Recommendations", st["h1"]))
    for s in SCOPES:
        story.append(P(s, st["h2"]))
        story += [P(f"{n}.&nbsp;&nbsp;{esc(t)}", st["body"]) for n, sc, t, *_r in RECS
                  if sc == s]
    story += [PageBreak(), P("Action plan", st["h1"])]
    rows = [[P(f"<b>{esc(x)}</b>", cellb) for x in COLS]]
    style = list(GRID) + [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9D2E9"))]
    for n, sc, t, _o, lead, acts in RECS:
        top = len(rows)
        for i, (a, m, d, o) in enumerate(acts):
            lead_cells = [P(str(n), cell), P(esc(t), cell), P(sc, cell)] if i == 0 else \
                ["", "", ""]
            rows.append(lead_cells + [P(esc(x), cell) for x in (a, lead, m, d, o)])
        if len(acts) > 1:
            for j in range(3):
                style.append(("SPAN", (j, top), (j, top + len(acts) - 1)))
    t = Table(rows, colWidths=[11 * mm, 55 * mm, 18 * mm, 50 * mm, 33 * mm, 35 * mm,
                               20 * mm, 39 * mm], repeatRows=1)
    t.setStyle(TableStyle(style + [("TOPPADDING", (0, 0), (-1, -1), 6),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    story.append(t)
    build_pdf(OUT / f"{NAME}.pdf", story, f"{PUB} – DHR 'Ffion'", "OFFICIAL", wide=True)


if __name__ == "__main__":
    write_md()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["recommendations"]))
