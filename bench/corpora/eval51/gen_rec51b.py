"""rec51b: a JOINT WLGA / WELSH GOVERNMENT WORKING GROUP'S FINAL REPORT (recommendations kind):
"Joint WLGA and Welsh Government Working Group on Local Government Resilience: Final Report",
March 2026 (real WLGA, Welsh Government, Partnership Council and Collaboration Compendium;
the group, its work and its recommendations invented).

Layout: numbered chapters "1. Introduction", "2. Financial sustainability" .. "5. Performance
and improvement", "6. Next steps"; in chapters 2-5 "What the group has done" bullets and
"Our recommendations": ONE numbered list 1-12 through the report whose items carry sub-points
(i), (ii), (iii) and an "Owner:" and a "Timescale: short term (within 12 months)" line under
each; an "Annex: Summary of recommendations" table `No. | Summary of recommendations | Owner |
Timescale` repeating all twelve (their opening sentence only).
The reading: areas chapters 2-5 without their number, no themes; recommendations 1-12 ONCE,
rec_id the number, text the recommendation WITH its sub-points folded in as printed ("...:
(i) ...; (ii) ..."), not the Owner / Timescale lines; owners from the Owner line: Welsh
Government WG, WLGA WLGA, local authorities / councils LG, "Corporate Joint Committees" and
"Data Cymru" as named; activities the "What the group has done" bullets (8, unnumbered) in
their chapter. The annex repeats; chapters 1 and 6 hold neither.
Forms: .docx (Heading 1 chapters with typed numbers, the recommendations ONE numbering.xml
list with two levels "%1." and "(%2)" lower Roman (no numbers in the text), Owner/Timescale
lines indented plain paragraphs, List Bullet activities, Table Grid annex), .pdf printed from
Word (running header, "Page N of M"; recommendation 10 runs over the page break between
pages 2 and 3, recommendation 4 between pages 1 and 2), .html the GOV.WALES publication page (`<ol>` with nested `<ol type="i">`,
owner lines `<p class="rec-meta">`), .txt Word's plain text (list numbers as Word writes
them, "1.<TAB>" and "(i)<TAB>")."""
from __future__ import annotations

import common51 as C
from reportlab.platypus import PageBreak, Spacer, Table, TableStyle

NAME = "rec51b-resilience-working-group-report"
TITLE = ("Joint WLGA and Welsh Government Working Group on Local Government Resilience: "
         "Final Report")
TS = {"S": "short term (within 12 months)", "M": "medium term (12-24 months)",
      "L": "long term (more than 24 months)"}
INTRO = [
    "The Working Group was set up by the Partnership Council for Wales in March 2025 to "
    "agree, with local government, practical steps to make councils more resilient. It was "
    "co-chaired by the Cabinet Secretary for Housing and Local Government and the WLGA "
    "Leader, and met eight times.",
    "This report sets out what the group has done and its twelve recommendations. Each "
    "recommendation names an owner and a timescale.",
]
# chapters: (name, activities, [(lead sentence, [sub-points], owner line, owners, ts)])
CHAPTERS = [
    ("Financial sustainability",
     ["Agreed a joint protocol for early engagement on the local government settlement in "
      "October 2025.",
      "Completed a stocktake of the 74 specific grants paid to councils in 2025-26."],
     [("The Welsh Government should give councils indicative revenue settlements for three "
       "years from 2027-28:",
       ["publishing the indicative figures alongside the final settlement each year;",
        "explaining any change from the indicative figures when the provisional settlement "
        "is published."], "Welsh Government", ["WG"], "S"),
      ("Councils should publish a medium-term financial plan covering at least five years.",
       [], "Local authorities", ["LG"], "S"),
      ("The Welsh Government and the WLGA should review the specific grants paid to local "
       "government:",
       ["identifying grants that could transfer into the Revenue Support Grant;",
        "reducing the monitoring asked of grants under £250,000;",
        "agreeing a single grant timetable, with payment profiles set by 1 April."],
       "Welsh Government and WLGA", ["WG", "WLGA"], "M")]),
    ("Collaboration and shared services",
     ["Published the updated Collaboration Compendium in June 2025.",
      "Held two workshops with councils on shared legal and procurement services."],
     [("The WLGA should refresh the Collaboration Compendium every year and report it to the "
       "Partnership Council.", [], "WLGA", ["WLGA"], "S"),
      ("Corporate Joint Committees should set out in their corporate plans which functions "
       "they will deliver jointly:",
       ["including the strategic development plan and the regional transport plan as a "
        "minimum;",
        "showing how any further function they take on will be funded."],
       "Corporate Joint Committees", ["Corporate Joint Committees"], "M"),
      ("Councils should consider a shared service first when a senior post in a back-office "
       "service falls vacant.", [], "Local authorities", ["LG"], "M")]),
    ("Democratic renewal",
     ["Published a progress report on the Diversity in Democracy action plan.",
      "Surveyed 410 councillors about remote and hybrid meetings."],
     [("The Welsh Government should fund a national campaign to encourage a wider range of "
       "people to stand for election in 2027:",
       ["reaching women, disabled people, young people and people from ethnic minority "
        "backgrounds;",
        "supporting the shadowing schemes run by councils."],
       "Welsh Government and WLGA", ["WG", "WLGA"], "S"),
      ("Councils should offer every newly elected councillor a mentor from another council.",
       [], "Local authorities", ["LG"], "S"),
      ("The WLGA should publish a model protocol for remote attendance at council meetings.",
       [], "WLGA", ["WLGA"], "S")]),
    ("Performance and improvement",
     ["Supported 12 councils through their panel performance assessments.",
      "Published guidance on self-assessment reporting with Audit Wales."],
     [("The WLGA should extend the peer support it offers to councils after a panel "
       "performance assessment:",
       ["training a further 30 member and officer peers;",
        "sharing the learning from panel assessments, with each council's agreement;",
        "evaluating the support by March 2028."], "WLGA", ["WLGA"], "M"),
      ("The Welsh Government should align the timetables of council self-assessment and "
       "Audit Wales's local work so that councils report once a year.", [],
       "Welsh Government", ["WG"], "L"),
      ("The Welsh Government and the WLGA should set up a joint data group to agree a core set "
       "of performance measures for councils:",
       ["drawing on the existing benchmarking published by Data Cymru;",
        "publishing the measures each year from 2028-29."],
       "Welsh Government, WLGA and Data Cymru", ["WG", "WLGA", "Data Cymru"], "L")]),
]
NEXT = ("The group asks the Partnership Council to accept these recommendations and to "
        "receive a report on their progress every six months. The WLGA and the Welsh "
        "Government will publish a joint implementation plan by June 2026.")
SIGN = ["Cllr Eluned Parry, WLGA Deputy Leader, and Sioned Rowlands, Welsh Government",
        "Co-chairs of the Working Group", "March 2026"]
ROMAN = ["i", "ii", "iii", "iv"]


def recs():
    out, n = [], 0
    for ch, _a, rs in CHAPTERS:
        for lead, subs, owner_line, owners, ts in rs:
            n += 1
            out.append((n, ch, lead, subs, owner_line, owners, ts))
    return out


def full_text(lead: str, subs: list[str]) -> str:
    return " ".join([lead] + [f"({ROMAN[k]}) {s}" for k, s in enumerate(subs)])


def reading() -> dict:
    return {"kind": "recommendations", "title": TITLE,
            "areas": [{"area": c[0], "theme": None} for c in CHAPTERS],
            "recommendations": [{"rec_id": str(n), "area": ch, "text": full_text(lead, subs),
                                 "owners": owners}
                                for n, ch, lead, subs, _ol, owners, _ts in recs()],
            "activities": [{"activity_no": None, "area": ch, "text": a}
                           for ch, acts, _r in CHAPTERS for a in acts]}


def write_txt() -> None:
    L = ["Joint WLGA and Welsh Government Working Group on Local Government Resilience", "",
         "Final Report", "", "March 2026", "", "1. Introduction", ""] + [x for p in INTRO for x in (p, "")]
    by = {}
    for r in recs():
        by.setdefault(r[1], []).append(r)
    for i, (ch, acts, _rs) in enumerate(CHAPTERS, 2):
        L += [f"{i}. {ch}", "", "What the group has done", ""]
        L += [f"·\t{a}" for a in acts] + ["", "Our recommendations", ""]
        for n, _c, lead, subs, ol, _o, ts in by[ch]:
            L.append(f"{n}.\t{lead}")
            L += [f"({ROMAN[k]})\t{s}" for k, s in enumerate(subs)]
            L += [f"Owner: {ol}", f"Timescale: {TS[ts]}", ""]
    L += ["6. Next steps", "", NEXT, ""] + SIGN + ["", "Annex: Summary of recommendations", "",
                                                  "No.\tSummary of recommendations\tOwner\tTimescale"]
    for n, _c, lead, _s, ol, _o, ts in recs():
        L.append(f"{n}\t{lead.rstrip(':')}\t{ol}\t{TS[ts].split(' (')[0].capitalize()}")
    (C.OUT / f"{NAME}.txt").write_text("\r\n".join(L) + "\r\n", encoding="utf-8")


def write_html() -> None:
    body = ['<div class="gem-c-metadata"><dl><dt>First published:</dt><dd>26 March 2026</dd>'
            "<dt>Last updated:</dt><dd>26 March 2026</dd></dl></div>",
            f"<h1>{C.esc(TITLE)}</h1>", '<nav class="contents"><h2>Contents</h2><ol>'
            + "".join(f"<li><a href='#s{i}'>{c[0]}</a></li>" for i, c in enumerate(CHAPTERS, 2))
            + "</ol></nav>", '<h2 id="s1">1. Introduction</h2>']
    body += [f"<p>{C.esc(x)}</p>" for x in INTRO]
    by = {}
    for r in recs():
        by.setdefault(r[1], []).append(r)
    for i, (ch, acts, _rs) in enumerate(CHAPTERS, 2):
        body += [f'<h2 id="s{i}">{i}. {C.esc(ch)}</h2>', "<h3>What the group has done</h3>",
                 "<ul>" + "".join(f"<li>{C.esc(a)}</li>" for a in acts) + "</ul>",
                 "<h3>Our recommendations</h3>"]
        first = by[ch][0][0]
        lis = []
        for n, _c, lead, subs, ol, _o, ts in by[ch]:
            sub = ('<ol type="i">' + "".join(f"<li>{C.esc(s)}</li>" for s in subs) + "</ol>"
                   if subs else "")
            lis.append(f"<li><p>{C.esc(lead)}</p>{sub}<p class=\"rec-meta\">Owner: {C.esc(ol)}"
                       f"<br>Timescale: {TS[ts]}</p></li>")
        body.append(f'<ol start="{first}" class="recommendations">' + "".join(lis) + "</ol>")
    body += ['<h2 id="s6">6. Next steps</h2>', f"<p>{C.esc(NEXT)}</p>",
             "<p>" + "<br>".join(C.esc(x) for x in SIGN) + "</p>",
             '<h2 id="annex">Annex: Summary of recommendations</h2><table><thead><tr>'
             '<th scope="col">No.</th><th scope="col">Summary of recommendations</th>'
             '<th scope="col">Owner</th><th scope="col">Timescale</th></tr></thead><tbody>']
    for n, _c, lead, _s, ol, _o, ts in recs():
        body.append(f"<tr><td>{n}</td><td>{C.esc(lead.rstrip(':'))}</td><td>{C.esc(ol)}</td>"
                    f"<td>{TS[ts].split(' (')[0].capitalize()}</td></tr>")
    body.append("</tbody></table>")
    (C.OUT / f"{NAME}.html").write_text(C.gov_page(
        TITLE, ["Home", "Local government", "Local government reform"], body), encoding="utf-8")


def write_docx() -> None:
    from docx.shared import Cm
    doc = C.new_docx(font="Arial", size=11)
    C.header_text(doc, "Working Group on Local Government Resilience – Final Report")
    C.footer_page_numbers(doc, "WLGA / Welsh Government – March 2026")
    doc.add_heading(TITLE, level=0)
    C.add_par(doc, "March 2026")
    doc.add_heading("1. Introduction", level=1)
    for x in INTRO:
        C.add_par(doc, x)
    nid = C.multilevel(doc, ["%1.", "(%2)"])
    C.roman_level(doc, nid)
    by = {}
    for r in recs():
        by.setdefault(r[1], []).append(r)
    for i, (ch, acts, _rs) in enumerate(CHAPTERS, 2):
        doc.add_heading(f"{i}. {ch}", level=1)
        doc.add_heading("What the group has done", level=2)
        for a in acts:
            C.add_par(doc, a, style="List Bullet")
        doc.add_heading("Our recommendations", level=2)
        for n, _c, lead, subs, ol, _o, ts in by[ch]:
            C.numbered(C.add_par(doc, lead, style="List Paragraph"), nid, 0)
            for s in subs:
                C.numbered(C.add_par(doc, s, style="List Paragraph"), nid, 1)
            for line in (f"Owner: {ol}", f"Timescale: {TS[ts]}"):
                p = C.add_par(doc, line)
                p.paragraph_format.left_indent = Cm(1)
                p.paragraph_format.space_after = C.Pt(0)
            C.add_par(doc)
    doc.add_heading("6. Next steps", level=1)
    C.add_par(doc, NEXT)
    for x in SIGN:
        C.add_par(doc, x)
    doc.add_page_break()
    doc.add_heading("Annex: Summary of recommendations", level=1)
    tb = doc.add_table(rows=1, cols=4)
    tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, ["No.", "Summary of recommendations", "Owner",
                                        "Timescale"]):
        C.cell_text(c, h, bold=True)
        C.shade(c, "DEEAF6")
    C.set_repeat_header(tb.rows[0])
    for n, _c, lead, _s, ol, _o, ts in recs():
        for c, x in zip(tb.add_row().cells, [str(n), lead.rstrip(":"), ol,
                                              TS[ts].split(" (")[0].capitalize()]):
            C.cell_text(c, x, size=10)
    doc.save(C.OUT / f"{NAME}.docx")


def write_pdf() -> None:
    st = C.pdf_styles(10)
    li = st["body"].clone("li", leftIndent=18, firstLineIndent=-18)
    sub = st["body"].clone("sub", leftIndent=40, firstLineIndent=-22)
    meta = st["body"].clone("meta", leftIndent=18, spaceAfter=0)
    story = [C.P(C.esc(TITLE), st["title"]), C.P("March 2026", st["body"]),
             C.P("1. Introduction", st["h1"])] + [C.P(C.esc(x), st["body"]) for x in INTRO]
    by = {}
    for r in recs():
        by.setdefault(r[1], []).append(r)
    for i, (ch, acts, _rs) in enumerate(CHAPTERS, 2):
        story += [C.P(f"{i}. {C.esc(ch)}", st["h1"]), C.P("What the group has done", st["h2"])]
        story += [C.P("•&nbsp;&nbsp;" + C.esc(a), li) for a in acts]
        story.append(C.P("Our recommendations", st["h2"]))
        for n, _c, lead, subs, ol, _o, ts in by[ch]:
            story.append(C.P(f"{n}.&nbsp;&nbsp;&nbsp;{C.esc(lead)}", li))
            for k, s in enumerate(subs):
                story.append(C.P(f"({ROMAN[k]})&nbsp;&nbsp;{C.esc(s)}", sub))
                if n == 10 and k == 0:
                    # (as the Word print falls: recommendation 10's lead and (i) end page 2,
                    # (ii), (iii) and its Owner / Timescale open page 3)
                    story.append(PageBreak())
            story += [C.P(f"Owner: {C.esc(ol)}", meta), C.P(f"Timescale: {TS[ts]}", meta),
                      Spacer(1, 6)]
    story += [C.P("6. Next steps", st["h1"]), C.P(C.esc(NEXT), st["body"])]
    story += [C.P(C.esc(x), st["body"]) for x in SIGN]
    story += [PageBreak(), C.P("Annex: Summary of recommendations", st["h1"])]
    data = [[C.P(f"<b>{h}</b>", st["cell"]) for h in ["No.", "Summary of recommendations",
                                                       "Owner", "Timescale"]]]
    for n, _c, lead, _s, ol, _o, ts in recs():
        data.append([C.P(str(n), st["cell"]), C.P(C.esc(lead.rstrip(":")), st["cell"]),
                     C.P(C.esc(ol), st["cell"]),
                     C.P(TS[ts].split(" (")[0].capitalize(), st["cell"])])
    t = Table(data, colWidths=[12 * C.mm, 100 * C.mm, 36 * C.mm, 26 * C.mm], repeatRows=1)
    t.setStyle(TableStyle(list(C.GRID) + [("BACKGROUND", (0, 0), (-1, 0),
                                           C.colors.HexColor("#DEEAF6"))]))
    story.append(t)
    C.build_pdf(C.OUT / f"{NAME}.pdf", story,
                "Working Group on Local Government Resilience – Final Report",
                "WLGA / Welsh Government – March 2026")


if __name__ == "__main__":
    write_txt()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["recommendations"]))
