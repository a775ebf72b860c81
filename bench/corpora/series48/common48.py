"""series48's shared renderers: one WLGA Executive Board cover paper (numbered through the
whole paper, un-numbered priority sub-headings under "Progress") written in the four forms
of the four papers. Imports `../gen_common.py`, eval29's CMS page chrome
(`../eval29/chrome29.py`) and eval34's one-level Word list (`../eval34/common34.py`),
imported, not copied.

A paper is a dict: name, meeting ("WLGA EXECUTIVE BOARD"), date (printed), item ("AGENDA
ITEM 6"), title, report_of, sections [(heading, level, [paragraphs])] (level 2 a section
heading, level 3 a priority sub-heading), contact [(label, value)], iso (the meeting date).
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
for d in (HERE.parent, HERE.parent / "eval29", HERE.parent / "eval34"):
    sys.path.insert(0, str(d))

from chrome29 import page  # noqa: E402
from common34 import new_list, set_num  # noqa: E402
from gen_common import (OUT, P, add_par, build_pdf, esc, footer_page_numbers,  # noqa: E402
                        header_text, mm, new_docx, pdf_styles)
from reportlab.platypus import Spacer  # noqa: E402

SHORT = "WLGA Climate Change Support Programme 2025-26"


def numbered(paper: dict) -> list[tuple[int, str, str]]:
    """[(number, heading, paragraph)] as the paper numbers them (for checking only)."""
    out, n = [], 1
    for head, _lvl, paras in paper["sections"]:
        for t in paras:
            out.append((n, head, t))
            n += 1
    return out


def write_docx(paper: dict) -> None:
    """Word: ONE numbering.xml list "%1." through the whole paper (no number typed), Heading 2
    section headings, Heading 3 priority sub-headings, a running header and a PAGE field."""
    doc = new_docx(font="Arial", size=12)
    header_text(doc, f"{paper['meeting']} – {paper['date'].upper()} – {paper['item']}")
    footer_page_numbers(doc, SHORT)
    for line in (paper["meeting"], paper["date"], paper["item"]):
        add_par(doc, line, bold=True)
    doc.add_heading(paper["title"], level=1)
    add_par(doc, paper["report_of"], bold=True)
    nid = new_list(doc, "decimal", "%1.")
    for head, lvl, paras in paper["sections"]:
        doc.add_heading(head, level=lvl)
        for t in paras:
            set_num(add_par(doc, t, style="List Paragraph"), nid)
    add_par(doc)
    for a, b in paper["contact"]:
        p = add_par(doc, a, bold=True)
        p.add_run(" " + b)
    doc.save(OUT / f"{paper['name']}.docx")


def write_pdf(paper: dict) -> None:
    """The print of the Word paper: "5." with a hanging indent, section headings bold, the
    priority sub-headings bold italic, a running header and "Page N of M"."""
    st = pdf_styles(10.5)
    num = st["body"].clone("num", leftIndent=10 * mm, firstLineIndent=-10 * mm, spaceAfter=6)
    sub = st["body"].clone("sub", spaceBefore=4, spaceAfter=3)
    story = [P(f"<b>{esc(x)}</b>", st["body"])
             for x in (paper["meeting"], paper["date"], paper["item"])]
    story += [Spacer(1, 4 * mm), P(esc(paper["title"]), st["title"]),
              P(f"<b>{esc(paper['report_of'])}</b>", st["body"])]
    n = 1
    for head, lvl, paras in paper["sections"]:
        story.append(P(esc(head), st["h1"]) if lvl == 2 else P(f"<b><i>{esc(head)}</i></b>", sub))
        for t in paras:
            story.append(P(f"{n}.&nbsp;&nbsp;&nbsp;&nbsp;{esc(t)}", num))
            n += 1
    story.append(Spacer(1, 4 * mm))
    story += [P(f"<b>{esc(a)}</b> {esc(b)}", st["body"]) for a, b in paper["contact"]]
    build_pdf(OUT / f"{paper['name']}.pdf", story,
              f"{paper['meeting']} – {paper['date'].upper()} – {paper['item']}", SHORT)


def write_html(paper: dict) -> None:
    """The WLGA website's meeting page: CMS chrome, a meeting line with <time>, the paper's
    numbered runs as <ol start="N"> under <h2> / <h3>."""
    body = ['<div class="meeting-meta"><p class="meeting">Executive Board</p>'
            f'<p><time datetime="{paper["iso"]}">{esc(paper["date"])}</time> · '
            f'{esc(paper["item"].title())}</p></div>',
            f"<h1>{esc(paper['title'])}</h1>",
            f"<p class=\"report-of\">{esc(paper['report_of'])}</p>"]
    n = 1
    for head, lvl, paras in paper["sections"]:
        body.append(f"<h{lvl}>{esc(head)}</h{lvl}>")
        if paras:
            start = f' start="{n}"' if n != 1 else ""
            body.append(f'<ol class="report-paras"{start}>'
                        + "".join(f"<li>{esc(t)}</li>" for t in paras) + "</ol>")
            n += len(paras)
    body.append('<div class="contact-block"><h2>Contact</h2>'
                + "".join(f"<p><strong>{esc(a)}</strong> {esc(b)}</p>"
                          for a, b in paper["contact"]) + "</div>")
    (OUT / f"{paper['name']}.html").write_text(page(
        paper["title"], "WLGA", ["Home", "About us", "Meetings", "Executive Board",
                                 paper["date"]], body,
        ["About us", "Our work", "News", "Publications", "Meetings", "Contact"],
        "Welsh Local Government Association, One Canal Parade, Dumballs Road, Cardiff, "
        "CF10 5BF"), encoding="utf-8")


def write_txt(paper: dict) -> None:
    """Word's "Save as Plain Text": CRLF, headings as lines, "5.<TAB>text" paragraphs."""
    out = [paper["meeting"], paper["date"], paper["item"], "", paper["title"], "",
           paper["report_of"], ""]
    n = 1
    for head, _lvl, paras in paper["sections"]:
        out += [head, ""]
        for t in paras:
            out += [f"{n}.\t{t}", ""]
            n += 1
    out += [f"{a} {b}" for a, b in paper["contact"]]
    (OUT / f"{paper['name']}.txt").write_bytes(("\r\n".join(out) + "\r\n").encode("utf-8"))
