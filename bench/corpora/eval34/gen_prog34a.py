"""prog34a: a WLGA improvement programme quarterly update of the SHIPPED KIND kept as a
Confluence wiki page by the WLGA Improvement team (Quarter 3 of 2025-26, page dated 14 January
2026), in the four forms Confluence and its users make of it.

The page: a page-properties table at the top (Date / Author / Status with a lozenge); an info
panel holding the funding ("The Welsh Government improvement grant of £750,000 for 2025-26
..."); a table-of-contents macro; the priorities as h2 "Priority 2 – Digital"; under each a
table `# | Action | Owner | Status | Target | Notes` whose # column is Confluence's
auto-numbering (1, 2, 3 in every table), Owner an @mention with the officer's team in
brackets, Status a status lozenge (ON TRACK, DONE, AT RISK, NOT STARTED), Target "30 Jun
2026" or "Q4"; an attachments list at the foot.

The reading (typed here, before any loader ran): items the table rows (14); ref "priority.#";
section the priority's number; text the Action cell; status from the lozenge (DONE done, ON
TRACK in progress, AT RISK at risk, NOT STARTED planned); quarter the quarter of the Target
(a bare "Q4" is Q4 of the programme year 2025-26; "30 Jun 2026" 2026-27 Q1); partners the
organisations the Action names. The Notes column is commentary, not part of the item.
Grants the two in the info panel. Title the page title (without the space name "Improvement :"
that the HTML export puts before it); date the page-properties Date (14 January 2026), not
the "last modified" or "Document generated" dates of the export.
Forms: .html Confluence "Export to HTML" (its chrome: breadcrumbs, "Space : Title" heading,
page metadata, macros' markup, footer); .docx Confluence "Export to Word" (headings, tables,
lozenges as shaded bold runs, the info panel a one-cell shaded table, mentions as names);
.pdf Confluence "Export to PDF" (title, tables, page numbers); .md pandoc's GitHub Markdown
from the HTML export (breadcrumb list, pipe tables, mentions as links, a header-less table).
"""
from __future__ import annotations

from common34 import esc
from gen_common import (OUT, GRID, P, add_par, build_pdf, cell_text, colors, mm, new_docx,
                        pdf_styles, shade, Pt)
from reportlab.platypus import Spacer, Table, TableStyle

NAME = "prog34a-improvement-confluence-page"
SPACE = "Improvement"
TITLE = "WLGA Improvement Programme 2025-26 – Quarter 3 update"
DATE = "14 Jan 2026"
AUTHOR = ("Gwenllian Hughes", "ghughes")
FUNDING = ("The Welsh Government improvement grant of £750,000 for 2025-26 funds the core team, "
           "the peer panel and commissioned support. The Priority 2 actions are also supported "
           "by £95,000 from the Local Government Digital Transformation Fund for 2025-26, "
           "managed by the WLGA digital team. Spend to 31 December 2025 was £512,300 against "
           "a profile of £540,000.")
PEOPLE = {"smorgan": ("Siân Morgan", "Improvement team"),
          "oprice": ("Owain Price", "Improvement team"),
          "rlewis": ("Rhodri Lewis", "Digital team"),
          "froberts": ("Ffion Roberts", "Digital team"),
          "ghughes": ("Gwenllian Hughes", "Improvement team"),
          "ejenkins": ("Elin Jenkins", "Workforce team")}
LOZ = {"DONE": "complete", "ON TRACK": "success", "AT RISK": "current", "NOT STARTED": ""}
STATUS = {"DONE": "done", "ON TRACK": "in progress", "AT RISK": "at risk",
          "NOT STARTED": "planned"}
# priority -> [(action, owner, lozenge, target, notes, quarter, partners)]
PRIORITIES = [
    ("Governance and scrutiny", [
        ("Deliver the scrutiny chairs' network programme with the Centre for Governance and "
         "Scrutiny", "smorgan", "DONE", "30 Sep 2025",
         "Four sessions held; 19 councils attended.", "2025-26 Q2",
         ["Centre for Governance and Scrutiny"]),
        ("Publish refreshed guidance for governance and audit committees with CIPFA",
         "smorgan", "ON TRACK", "31 Mar 2026", "Draft with CIPFA for comment since 8 Dec.",
         "2025-26 Q4", ["CIPFA"]),
        ("Run corporate peer challenges for the two councils that have asked for one",
         "oprice", "AT RISK", "Q4",
         "First challenge done in November; dates for the second council not yet agreed.",
         "2025-26 Q4", []),
        ("Develop an induction pack for standards committee chairs", "oprice", "NOT STARTED",
         "30 Jun 2026", "Moved into the 2026-27 plan.", "2026-27 Q1", []),
    ]),
    ("Digital", [
        ("Roll out the shared cyber incident exercise to all 22 councils", "rlewis",
         "ON TRACK", "31 Mar 2026", "15 of 22 councils done.", "2025-26 Q4", []),
        ("Launch the data maturity self-assessment tool with Data Cymru", "froberts", "DONE",
         "31 Oct 2025", "Launched 21 Oct; 9 councils have completed it.", "2025-26 Q3",
         ["Data Cymru"]),
        ("Commission AI discovery projects in three councils", "rlewis", "ON TRACK", "Q4",
         "Two suppliers appointed; third tender closes 23 Jan.", "2025-26 Q4", []),
        ("Publish a digital skills framework for councillors", "froberts", "AT RISK",
         "30 Jun 2026", "Waiting on the Academi Wales review of its own framework.",
         "2026-27 Q1", []),
    ]),
    ("Performance and self-assessment", [
        ("Hold the self-assessment practitioners' workshop with Audit Wales", "ghughes",
         "DONE", "30 Nov 2025", "Held in Llandrindod Wells on 18 Nov.", "2025-26 Q3",
         ["Audit Wales"]),
        ("Produce the all-Wales learning report on panel performance assessments",
         "ghughes", "ON TRACK", "28 Feb 2026", "", "2025-26 Q4", []),
        ("Refresh the shared performance indicator set with the Society of Welsh Treasurers",
         "froberts", "NOT STARTED", "30 Sep 2026", "Scoping in April.", "2026-27 Q2",
         ["Society of Welsh Treasurers"]),
    ]),
    ("Workforce and leadership", [
        ("Run the aspiring chief officers programme with Academi Wales", "ejenkins",
         "ON TRACK", "31 Mar 2026", "Cohort of 24; module 3 in February.", "2025-26 Q4",
         ["Academi Wales"]),
        ("Publish the workforce planning toolkit", "ejenkins", "DONE", "31 Jul 2025",
         "Published 14 Jul.", "2025-26 Q2", []),
        ("Hold the induction for new chief executives with SOLACE", "ejenkins",
         "NOT STARTED", "Q4", "Three new chief executives since September.", "2025-26 Q4",
         ["SOLACE"]),
    ]),
]
HEAD = ["#", "Action", "Owner", "Status", "Target", "Notes"]
ATTACH = [("Q3-dashboard.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml."
           "sheet"), ("image2025-12-19_10-4-12.png", "image/png")]


def reading() -> dict:
    items = []
    for i, (_n, rows) in enumerate(PRIORITIES, 1):
        for j, (a, _o, loz, _t, _nt, q, partners) in enumerate(rows, 1):
            items.append({"ref": f"{i}.{j}", "section": str(i), "text": a,
                          "status": STATUS[loz], "quarter": q, "partners": partners})
    return {"kind": "programme", "title": TITLE, "date": "2026-01-14",
            "priorities": [n for n, _r in PRIORITIES], "items": items,
            "grants": [{"grant": "Improvement grant", "amount_gbp": 750000,
                        "financial_year": "2025-26"},
                       {"grant": "Local Government Digital Transformation Fund",
                        "amount_gbp": 95000, "financial_year": "2025-26"}]}


def anchor(text: str) -> str:
    return (TITLE + "-" + text).replace(" ", "")


def mention_html(u: str) -> str:
    name, team = PEOPLE[u]
    return (f'<a href="/display/~{u}" class="confluence-userlink user-mention" '
            f'data-username="{u}" data-linked-resource-type="userinfo">{esc(name)}</a> '
            f"({esc(team)})")


def lozenge_html(s: str) -> str:
    extra = f" aui-lozenge-{LOZ[s]}" if LOZ[s] else ""
    return (f'<span class="status-macro aui-lozenge{extra} conf-macro output-inline" '
            f'data-hasbody="false" data-macro-name="status">{s}</span>')


def write_html() -> None:
    h = ["<!DOCTYPE html>", "<html>", "    <head>",
         f"        <title>{SPACE} : {esc(TITLE)}</title>",
         '        <link rel="stylesheet" href="styles/site.css" type="text/css" />',
         '        <META http-equiv="Content-Type" content="text/html; charset=UTF-8">',
         "    </head>", "", '    <body class="theme-default aui-theme-default">',
         '        <div id="page">', '            <div id="main" class="aui-page-panel">',
         '                <div id="main-header">',
         '                    <div id="breadcrumb-section">',
         '                        <ol id="breadcrumbs">',
         '                            <li class="first"><span><a href="index.html">Improvement'
         "</a></span></li>",
         '                            <li><span><a href="Improvement-Programme-2025-26_1234567'
         '.html">Improvement Programme 2025-26</a></span></li>',
         '                            <li><span><a href="Quarterly-updates_1234571.html">'
         "Quarterly updates</a></span></li>",
         "                        </ol>", "                    </div>",
         '                    <h1 id="title-heading" class="pagetitle">',
         f'                                                <span id="title-text"> {SPACE} : '
         f"{esc(TITLE)} </span>", "                    </h1>", "                </div>", "",
         '                <div id="content" class="view">',
         '                    <div class="page-metadata">',
         f"                        Created by <span class='author'> {AUTHOR[0]}</span>, last "
         "modified by <span class='editor'> Siân Morgan</span> on Jan 16, 2026",
         "                    </div>",
         '                    <div id="main-content" class="wiki-content group">']
    body = ['<div class="plugin-tabmeta-details conf-macro output-block" data-hasbody="true" '
            'data-macro-name="details"><div class="table-wrap"><table class="confluenceTable">'
            '<colgroup><col/><col/></colgroup><tbody>',
            f'<tr><th class="confluenceTh">Date</th><td class="confluenceTd"><time '
            f'datetime="2026-01-14" class="date-past">{DATE}</time></td></tr>',
            f'<tr><th class="confluenceTh">Author</th><td class="confluenceTd">'
            f'{mention_html(AUTHOR[1])}</td></tr>',
            '<tr><th class="confluenceTh">Status</th><td class="confluenceTd"><span '
            'class="status-macro aui-lozenge aui-lozenge-success conf-macro output-inline" '
            'data-hasbody="false" data-macro-name="status">FINAL</span></td></tr>',
            "</tbody></table></div></div>",
            '<div class="confluence-information-macro confluence-information-macro-information '
            'conf-macro output-block" data-hasbody="true" data-macro-name="info"><p '
            'class="title conf-macro-render">Funding</p><span class="aui-icon aui-icon-small '
            'aui-iconfont-info confluence-information-macro-icon"> </span><div '
            f'class="confluence-information-macro-body"><p>{esc(FUNDING)}</p></div></div>',
            '<p><style type="text/css">/*<![CDATA[*/div.rbtoc1768300000000 {padding: 0px;} '
            "div.rbtoc1768300000000 ul {margin-left: 0px;}/*]]>*/</style></p>"
            '<div class="toc-macro rbtoc1768300000000 conf-macro output-block" '
            'data-hasbody="false" data-macro-name="toc"><ul class="toc-indentation">']
    for i, (n, _r) in enumerate(PRIORITIES, 1):
        body.append(f'<li><a href="#{anchor(f"Priority{i}–{n}")}">Priority {i} – '
                    f"{esc(n)}</a></li>")
    body.append("</ul></div>")
    for i, (n, rows) in enumerate(PRIORITIES, 1):
        body.append(f'<h2 id="{anchor(f"Priority{i}–{n}")}">Priority {i} – {esc(n)}</h2>')
        body.append('<div class="table-wrap"><table data-table-width="1200" '
                    'data-layout="wide" class="relative-table wrapped confluenceTable" '
                    'style="width: 98.0%;"><colgroup><col style="width: 3.0%;"/><col '
                    'style="width: 35.0%;"/><col style="width: 18.0%;"/><col style="width: '
                    '10.0%;"/><col style="width: 10.0%;"/><col style="width: 24.0%;"/>'
                    "</colgroup><tbody>")
        body.append("<tr>" + "".join(
            f'<th class="{"numberingColumn " if x == "#" else ""}confluenceTh">{x}</th>'
            for x in HEAD) + "</tr>")
        for j, (a, o, loz, t, nt, _q, _p) in enumerate(rows, 1):
            body.append(f'<tr><td class="numberingColumn confluenceTd">{j}</td>'
                        f'<td class="confluenceTd">{esc(a)}</td>'
                        f'<td class="confluenceTd">{mention_html(o)}</td>'
                        f'<td class="confluenceTd">{lozenge_html(loz)}</td>'
                        f'<td class="confluenceTd">{esc(t)}</td>'
                        f'<td class="confluenceTd">{esc(nt) if nt else "<br/>"}</td></tr>')
        body.append("</tbody></table></div>")
    h += ["                        " + x for x in body]
    h += ["                    </div>", "",
          '                    <div class="pageSection group">',
          '                        <div class="pageSectionHeader">',
          '                            <h2 id="attachments" class="pageSectionTitle">'
          "Attachments:</h2>", "                        </div>", "",
          '                        <div class="greybox" align="left">']
    for f, mime in ATTACH:
        h.append('                                                            <img '
                 'src="images/icons/bullet_blue.gif" height="8" width="8" alt=""/>')
        h.append(f'                <a href="attachments/1234580/{f}">{f}</a> ({mime})')
        h.append("                <br/>")
    h += ["                                                    </div>",
          "                    </div>", "                </div>             </div>",
          '            <div id="footer" role="contentinfo">',
          '                <section class="footer-body">',
          "                    <p>Document generated by Confluence on Jan 20, 2026 09:41</p>",
          '                    <div id="footer-logo"><a href="http://www.atlassian.com/">'
          "Atlassian</a></div>", "                </section>", "            </div>",
          "        </div>     </body>", "</html>"]
    (OUT / f"{NAME}.html").write_text("\n".join(h) + "\n", encoding="utf-8")


def write_md() -> None:
    """pandoc -f html -t gfm of the HTML export."""
    def mention(u):
        name, team = PEOPLE[u]
        return f"[{name}](/display/~{u}) ({team})"
    out = ["1.  [Improvement](index.html)",
           "2.  [Improvement Programme 2025-26](Improvement-Programme-2025-26_1234567.html)",
           "3.  [Quarterly updates](Quarterly-updates_1234571.html)", "",
           f"# {SPACE} : {TITLE}", "",
           f"Created by {AUTHOR[0]}, last modified by Siân Morgan on Jan 16, 2026", "",
           "|        |                                                   |",
           "|--------|---------------------------------------------------|",
           f"| Date   | {DATE}                                       |",
           f"| Author | {mention(AUTHOR[1])} |",
           "| Status | FINAL                                             |", "",
           "Funding", "", FUNDING, ""]
    for i, (n, _r) in enumerate(PRIORITIES, 1):
        out.append(f"-   [Priority {i} – {n}](#{anchor(f'Priority{i}–{n}')})")
    out.append("")
    for i, (n, rows) in enumerate(PRIORITIES, 1):
        out += [f"## Priority {i} – {n}", ""]
        cells = [HEAD] + [[str(j), a, mention(o), loz, t, nt]
                          for j, (a, o, loz, t, nt, _q, _p) in enumerate(rows, 1)]
        w = [max(len(r[c]) for r in cells) for c in range(6)]
        out.append("| " + " | ".join(x.ljust(w[c]) for c, x in enumerate(cells[0])) + " |")
        out.append("|" + "|".join("-" * (w[c] + 2) for c in range(6)) + "|")
        out += ["| " + " | ".join(x.ljust(w[c]) for c, x in enumerate(r)) + " |"
                for r in cells[1:]]
        out.append("")
    out += ["## Attachments:", ""]
    for f, mime in ATTACH:
        out += [f"![](images/icons/bullet_blue.gif){{width=\"8\" height=\"8\"}} "
                f"[{f}](attachments/1234580/{f}) ({mime})  "]
    out += ["", "Document generated by Confluence on Jan 20, 2026 09:41", "",
            "[Atlassian](http://www.atlassian.com/)"]
    (OUT / f"{NAME}.md").write_text("\n".join(out) + "\n", encoding="utf-8")


FILL = {"DONE": "DEEBFF", "ON TRACK": "E3FCEF", "AT RISK": "FFF0B3", "NOT STARTED": "DFE1E6"}


def write_docx() -> None:
    """Confluence "Export to Word": the page title, the page's body, no space name."""
    doc = new_docx(font="Arial", size=10)
    doc.add_heading(TITLE, level=1)
    tb = doc.add_table(rows=3, cols=2)
    tb.style = "Table Grid"
    for r, (k, v) in zip(tb.rows, [("Date", DATE), ("Author", AUTHOR[0] + " (Improvement "
                                                                          "team)"),
                                   ("Status", "FINAL")]):
        cell_text(r.cells[0], k, bold=True)
        shade(r.cells[0], "F4F5F7")
        cell_text(r.cells[1], v, bold=(k == "Status"))
    add_par(doc)
    panel = doc.add_table(rows=1, cols=1)
    panel.style = "Table Grid"
    c = panel.rows[0].cells[0]
    shade(c, "DEEBFF")
    cell_text(c, "Funding", bold=True)
    add_par(c, FUNDING)
    add_par(doc)
    for i, (n, rows) in enumerate(PRIORITIES, 1):
        doc.add_heading(f"Priority {i} – {n}", level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for cc, x in zip(t.rows[0].cells, HEAD):
            cell_text(cc, x, bold=True, size=9)
            shade(cc, "F4F5F7")
        for j, (a, o, loz, tg, nt, _q, _p) in enumerate(rows, 1):
            cells = t.add_row().cells
            name, team = PEOPLE[o]
            for cc, x in zip(cells, [str(j), a, f"{name} ({team})", "", tg, nt]):
                cell_text(cc, x, size=9)
            r = cells[3].paragraphs[0].add_run(loz)
            r.bold = True
            r.font.size = Pt(8)
            from gen_common import OxmlElement, qn
            shd = OxmlElement("w:shd")
            shd.set(qn("w:val"), "clear")
            shd.set(qn("w:color"), "auto")
            shd.set(qn("w:fill"), FILL[loz])
            r._r.get_or_add_rPr().append(shd)
        add_par(doc)
    doc.add_heading("Attachments:", level=2)
    for f, _m in ATTACH:
        add_par(doc, f)
    doc.save(OUT / f"{NAME}.docx")


def write_pdf() -> None:
    st = pdf_styles(9)
    story = [P(esc(TITLE), st["title"])]
    meta = Table([[P("<b>Date</b>", st["cell"]), P(DATE, st["cell"])],
                  [P("<b>Author</b>", st["cell"]), P(f"@{AUTHOR[0]} (Improvement team)",
                                                      st["cell"])],
                  [P("<b>Status</b>", st["cell"]), P("<b>FINAL</b>", st["cell"])]],
                 colWidths=[30 * mm, 80 * mm], hAlign="LEFT")
    meta.setStyle(TableStyle(list(GRID) + [("BACKGROUND", (0, 0), (0, -1),
                                            colors.HexColor("#F4F5F7"))]))
    panel = Table([[P("<b>Funding</b><br/>" + esc(FUNDING), st["body"])]],
                  colWidths=[174 * mm])
    panel.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#DEEBFF")),
                               ("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor("#4C9AFF"))]))
    story += [meta, Spacer(1, 4 * mm), panel, Spacer(1, 3 * mm)]
    for i, (n, rows) in enumerate(PRIORITIES, 1):
        story.append(P(f"Priority {i} – {esc(n)}", st["h1"]))
        data = [[P(f"<b>{x}</b>", st["cell"]) for x in HEAD]]
        for j, (a, o, loz, tg, nt, _q, _p) in enumerate(rows, 1):
            name, team = PEOPLE[o]
            data.append([P(str(j), st["cell"]), P(esc(a), st["cell"]),
                         P(f"@{esc(name)} ({team})", st["cell"]),
                         P(f'<font size="6.5"><b>{loz}</b></font>', st["cell"]),
                         P(esc(tg), st["cell"]), P(esc(nt), st["cell"])])
        t = Table(data, colWidths=[7 * mm, 54 * mm, 30 * mm, 22 * mm, 19 * mm, 42 * mm],
                  repeatRows=1)
        style = list(GRID) + [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#F4F5F7"))]
        for j, row in enumerate(rows, 1):
            style.append(("BACKGROUND", (3, j), (3, j), colors.HexColor("#" + FILL[row[2]])))
        t.setStyle(TableStyle(style))
        story.append(t)
    story += [P("Attachments:", st["h2"])] + [P(f, st["body"]) for f, _m in ATTACH]
    build_pdf(OUT / f"{NAME}.pdf", story, f"{SPACE} / {TITLE}", "Improvement Programme "
              "2025-26")


if __name__ == "__main__":
    write_html()
    write_md()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["items"]))
