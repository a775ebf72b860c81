"""series52's shared renderers: one Welsh Government / WLGA programme board's quarterly
EXCEPTION REPORT in the four forms of the four updates. Imports `../gen_common.py` and
eval29's CMS page chrome (`../eval29/chrome29.py`), imported, not copied.

An update is a dict: name, board, date (printed), iso, title, intro [paragraphs], and
either ``workstreams`` [(heading, [(ref, action, lead, due, status)])] (the baseline's
tables) or ``sections`` [(heading, [entry text])] (the exception lists: each entry one
line as the board's secretariat wrote it, the ref first), closing (the "All other actions
remain on track" line), finance [paragraphs], contact [(label, value)].
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
for d in (HERE.parent, HERE.parent / "eval29"):
    sys.path.insert(0, str(d))

from chrome29 import page  # noqa: E402
from gen_common import (GRID, OUT, P, add_par, build_pdf, cell_text, esc,  # noqa: E402
                        footer_page_numbers, header_text, mm, new_docx, pdf_styles,
                        set_repeat_header)
from reportlab.platypus import Spacer  # noqa: E402

SHORT = "Digital Local Government Programme Board - Exception Report"
COLS = ["Ref", "Action", "Lead", "Due", "Status"]


def write_docx(u: dict) -> None:
    """Word: title block, intro, one `Ref | Action | Lead | Due | Status` table per
    workstream under a Heading 2, a Funding heading, a contact block."""
    doc = new_docx(font="Arial", size=11)
    header_text(doc, f"{u['board']} – {u['date']}")
    footer_page_numbers(doc, SHORT)
    add_par(doc, u["board"], bold=True)
    doc.add_heading(u["title"], level=1)
    add_par(doc, u["date"], bold=True)
    for t in u["intro"]:
        add_par(doc, t)
    for head, rows in u["workstreams"]:
        doc.add_heading(head, level=2)
        table = doc.add_table(rows=1, cols=len(COLS))
        table.style = "Table Grid"
        for c, name in zip(table.rows[0].cells, COLS):
            cell_text(c, name, bold=True)
        set_repeat_header(table.rows[0])
        for row in rows:
            cells = table.add_row().cells
            for c, v in zip(cells, row):
                cell_text(c, v)
    doc.add_heading("Funding", level=2)
    for t in u["finance"]:
        add_par(doc, t)
    add_par(doc)
    for a, b in u["contact"]:
        p = add_par(doc, a, bold=True)
        p.add_run(" " + b)
    doc.save(OUT / f"{u['name']}.docx")


def write_html(u: dict) -> None:
    """The board's web page: CMS chrome, <h2> per heading, <ul> lists of the entries with
    the ref in <strong>."""
    body = [f"<h1>{esc(u['title'])}</h1>",
            f'<p class="meta">Published <time datetime="{u["iso"]}">{esc(u["date"])}</time>'
            f" · {esc(u['board'])}</p>"]
    body += [f"<p>{esc(t)}</p>" for t in u["intro"]]
    for head, entries in u["sections"]:
        body.append(f"<h2>{esc(head)}</h2>")
        lis = []
        for e in entries:
            ref, rest = e.split(" ", 1)
            lis.append(f"<li><strong>{esc(ref)}</strong> {esc(rest)}</li>")
        body.append("<ul>" + "".join(lis) + "</ul>")
    body.append(f"<p>{esc(u['closing'])}</p>")
    body.append("<h2>Funding</h2>")
    body += [f"<p>{esc(t)}</p>" for t in u["finance"]]
    body.append('<div class="contact"><h2>Contact</h2>' + "".join(
        f"<p><strong>{esc(a)}</strong> {esc(b)}</p>" for a, b in u["contact"]) + "</div>")
    (OUT / f"{u['name']}.html").write_text(page(
        u["title"], "GOV.WALES", ["Home", "Local government", "Digital Local Government "
                                  "Programme Board", "Exception reports"], body,
        ["Local government", "Digital", "Publications", "Contact"],
        "Welsh Government, Cathays Park, Cardiff, CF10 3NQ"), encoding="utf-8")


def write_pdf(u: dict) -> None:
    """The print of a Word memo: To / From / Date / Subject block, bold headings, one
    paragraph per entry (ref first), running header and "Page N of M"."""
    st = pdf_styles(10)
    story = [P("<b>MEMORANDUM</b>", st["title"])]
    for a, b in u["memo"]:
        story.append(P(f"<b>{esc(a)}</b>&nbsp;&nbsp;{esc(b)}", st["body"]))
    story += [Spacer(1, 3 * mm), P(esc(u["title"]), st["h1"])]
    story += [P(esc(t), st["body"]) for t in u["intro"]]
    for head, entries in u["sections"]:
        story.append(P(esc(head), st["h2"]))
        story += [P(esc(e), st["body"]) for e in entries]
    story.append(P(esc(u["closing"]), st["body"]))
    story.append(P("Funding", st["h2"]))
    story += [P(esc(t), st["body"]) for t in u["finance"]]
    story.append(Spacer(1, 4 * mm))
    story += [P(f"<b>{esc(a)}</b> {esc(b)}", st["body"]) for a, b in u["contact"]]
    build_pdf(OUT / f"{u['name']}.pdf", story, f"{u['board']} – {u['date']}", SHORT)


def write_md(u: dict) -> None:
    """pandoc's Markdown of the e-mail (Outlook's header block as bold labels with hard
    line breaks, headings bold paragraphs, entries "-   " bullets)."""
    out = []
    for a, b in u["mail"]:
        out.append(f"**{a}** {b}\\")
    out[-1] = out[-1].rstrip("\\")
    out += ["", u["greeting"], ""]
    for t in u["intro"]:
        out += [t, ""]
    for head, entries in u["sections"]:
        out += [f"**{head}**", ""]
        for e in entries:
            out += [f"-   {e}", ""]
    out += [u["closing"], "", "**Funding**", ""]
    for t in u["finance"]:
        out += [t, ""]
    out += ["Regards,", ""]
    out += ["\\\n".join(f"{a} {b}".strip() for a, b in u["contact"]), ""]
    (OUT / f"{u['name']}.md").write_text("\n".join(out), encoding="utf-8")
