"""eval27's shared writer (eval26's, with a "form" block added): one document as a list of blocks, printed in the four forms the
way the corpus's README describes (pandoc Markdown or plain text, a CMS web page, Word with
real list numbering in numbering.xml, a PDF whose long tables run over pages).

Blocks: ("title", t) ("meta", t) ("h1", t) ("h2", t) ("p", t) ("np", n, t) a numbered
paragraph; ("list", kind, [(label, t)]) kind "decimal" / "R" / "bullet" / "plain";
("lead", t) a lead-in paragraph; ("table", head, rows, widths) cells str or list[str];
("box", title, [t]) a boxed panel; ("form", [(label, value)]) a funder's form block:
label and value side by side (a blank value stays blank).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)

from gen_common import (GRID, OUT, P, add_par, build_pdf, cell_text, colors, esc,  # noqa: E402
                        footer_page_numbers, header_text, mm, new_docx, pdf_styles, qn,
                        OxmlElement, shade, set_repeat_header)
from reportlab.platypus import Table, TableStyle  # noqa: E402


# ------------------------------------------------------------------ Markdown (pandoc)
def md(blocks, meta_block: list[str] | None = None) -> str:
    out = []
    if meta_block:
        out += ["---"] + meta_block + ["---", ""]
    for b in blocks:
        k = b[0]
        if k == "title":
            out += [f"# {b[1]}", ""]
        elif k == "meta":
            out += [f"*{b[1]}*", ""]
        elif k == "h1":
            out += [f"## {b[1]}", ""]
        elif k == "h2":
            out += [f"### {b[1]}", ""]
        elif k in ("p", "lead"):
            out += [b[1], ""]
        elif k == "np":
            out += [f"{b[1]}.  {b[2]}", ""]
        elif k == "list":
            for lab, t in b[2]:
                if b[1] == "bullet":
                    out.append(f"-   {t}")
                elif b[1] == "decimal":
                    out.append(f"{lab}.  {t}")
                else:
                    out.append(f"**{lab}** {t}" if lab else t)
                    out.append("")
            out.append("")
        elif k == "table":
            head, rows = b[1], b[2]
            out += ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
            for r in rows:
                out.append("| " + " | ".join(
                    "<br>".join(c) if isinstance(c, list) else c for c in r) + " |")
            out.append("")
        elif k == "form":
            for lab, v in b[1]:
                out += [f"**{lab}** {v}".rstrip() + "  "]
            out.append("")
        elif k == "box":
            out += [f"> **{b[1]}**", ">"]
            for t in b[2]:
                out += [f"> {t}", ">"]
            out[-1] = ""
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ plain text (e-mail body)
def txt(blocks, width_rule: int = 70) -> str:
    out = []
    for b in blocks:
        k = b[0]
        if k == "title":
            out += [b[1].upper(), "=" * min(len(b[1]), width_rule), ""]
        elif k == "meta":
            out += [b[1], ""]
        elif k == "h1":
            out += [b[1].upper(), ""]
        elif k == "h2":
            out += [b[1], "-" * len(b[1]), ""]
        elif k in ("p", "lead"):
            out += [b[1], ""]
        elif k == "np":
            out += [f"{b[1]}. {b[2]}", ""]
        elif k == "list":
            for lab, t in b[2]:
                out += [(f"{lab}. " if b[1] == "decimal" else f"{lab} " if lab else "* ") + t, ""]
        elif k == "table":
            head, rows = b[1], b[2]
            for r in rows:
                for h, c in zip(head, r):
                    c = "; ".join(c) if isinstance(c, list) else c
                    out.append(f"{h}: {c}")
                out.append("")
        elif k == "form":
            for lab, v in b[1]:
                out.append(f"{lab} {v}".rstrip())
            out.append("")
        elif k == "box":
            out += ["*" * 40, b[1]] + b[2] + ["*" * 40, ""]
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ web page
def cms_page(title: str, site: str, body: list[str], crumbs: list[str]) -> str:
    return "\n".join([
        "<!DOCTYPE html>", '<html lang="en-GB"><head><meta charset="utf-8">',
        f"<title>{esc(title)} | {esc(site)}</title></head><body>",
        '<div class="cookie-banner" role="region" aria-label="Cookies">'
        f"<h2>Cookies on {esc(site)}</h2><p>We use some essential cookies to make this "
        "website work. We'd like to set analytics cookies to help us improve it.</p>"
        '<button>Accept analytics cookies</button> <button>Reject analytics cookies</button>'
        "</div>",
        '<a class="skip-link" href="#main">Skip to main content</a>',
        f'<header><a class="logo" href="/">{esc(site)}</a><a href="/cy" lang="cy">Cymraeg</a>'
        '<nav aria-label="Main"><ul><li><a href="/about">About us</a></li><li><a href="/publications">'
        'Publications</a></li><li><a href="/news">News</a></li><li><a href="/contact">Contact</a>'
        "</li></ul></nav></header>",
        '<nav class="breadcrumb"><ol>' + "".join(f"<li>{esc(c)}</li>" for c in crumbs)
        + "</ol></nav>", '<main id="main"><article>', *body,
        '</article><aside class="related"><h2>Related</h2><ul><li><a href="#">Download the '
        'full report (PDF)</a></li><li><a href="#">Accessible formats</a></li></ul></aside>'
        "</main>",
        '<footer><ul><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">'
        'Privacy notice</a></li><li><a href="/cookies">Cookies</a></li></ul>'
        f"<p>&copy; {esc(site)} 2026</p></footer>", "</body></html>"]) + "\n"


def html_body(blocks) -> list[str]:
    h = []
    for b in blocks:
        k = b[0]
        if k == "title":
            h.append(f"<h1>{esc(b[1])}</h1>")
        elif k == "meta":
            h.append(f'<p class="meta">{esc(b[1])}</p>')
        elif k == "h1":
            h.append(f"<h2>{esc(b[1])}</h2>")
        elif k == "h2":
            h.append(f"<h3>{esc(b[1])}</h3>")
        elif k == "p":
            h.append(f"<p>{esc(b[1])}</p>")
        elif k == "lead":
            h.append(f'<p class="lead-in"><strong>{esc(b[1])}</strong></p>')
        elif k == "np":
            h.append(f'<ol start="{b[1]}" class="numbered-paras"><li>{esc(b[2])}</li></ol>')
        elif k == "list":
            if b[1] == "bullet":
                h.append("<ul>" + "".join(f"<li>{esc(t)}</li>" for _l, t in b[2]) + "</ul>")
            elif b[1] == "decimal":
                h.append(f'<ol start="{b[2][0][0]}">' + "".join(
                    f"<li>{esc(t)}</li>" for _l, t in b[2]) + "</ol>")
            else:
                for lab, t in b[2]:
                    h.append(f'<p class="recommendation"><strong>{esc(lab)}</strong> {esc(t)}</p>')
        elif k == "table":
            head, rows = b[1], b[2]
            h.append('<div class="table-wrap"><table><thead><tr>' + "".join(
                f'<th scope="col">{esc(x)}</th>' for x in head) + "</tr></thead><tbody>")
            for r in rows:
                h.append("<tr>" + "".join(
                    "<td><ul>" + "".join(f"<li>{esc(x)}</li>" for x in c) + "</ul></td>"
                    if isinstance(c, list) else f"<td>{esc(c)}</td>" for c in r) + "</tr>")
            h.append("</tbody></table></div>")
        elif k == "form":
            h.append('<table class="form-table"><tbody>' + "".join(
                f'<tr><th scope="row">{esc(lab)}</th><td>{esc(v)}</td></tr>' for lab, v in b[1])
                + "</tbody></table>")
        elif k == "box":
            h.append(f'<aside class="case-study"><h3>{esc(b[1])}</h3>'
                     + "".join(f"<p>{esc(t)}</p>" for t in b[2]) + "</aside>")
    return h


# ------------------------------------------------------------------ Word
def add_numbering(doc, fmt: str, text: str, indent: int = 720) -> int:
    """A new abstractNum (one level) and its num in numbering.xml; returns the numId."""
    numbering = doc.part.numbering_part.element
    ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    aid = max(ids + [0]) + 1
    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), str(aid))
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", text),
                     ("w:lvlJc", "left")):
        el = OxmlElement(tag)
        el.set(qn("w:val"), val)
        lvl.append(el)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), str(indent))
    ind.set(qn("w:hanging"), "567")
    ppr.append(ind)
    lvl.append(ppr)
    absn.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    nids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    nid = max(nids + [0]) + 1
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(nid))
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), str(aid))
    num.append(ref)
    numbering.append(num)
    return nid


def number_par(p, num_id: int) -> None:
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    ppr.append(numpr)
    p.style = "List Paragraph"


def docx(blocks, path, header: str, footer: str, real_numbers: bool = True) -> None:
    doc = new_docx(font="Arial", size=10)
    header_text(doc, header)
    footer_page_numbers(doc, footer)
    doc.styles["List Number"]  # (present in the default template)
    para_num = add_numbering(doc, "decimal", "%1.") if real_numbers else None
    rec_num = add_numbering(doc, "decimal", "R%1") if real_numbers else None
    for b in blocks:
        k = b[0]
        if k == "title":
            doc.add_heading(b[1], level=0)
        elif k == "meta":
            add_par(doc, b[1]).runs[0].italic = True
        elif k == "h1":
            doc.add_heading(b[1], level=1)
        elif k == "h2":
            doc.add_heading(b[1], level=2)
        elif k == "p":
            add_par(doc, b[1])
        elif k == "lead":
            add_par(doc, b[1], bold=True)
        elif k == "np":
            if para_num:
                number_par(add_par(doc, b[2]), para_num)
            else:
                add_par(doc, f"{b[1]}\t{b[2]}")
        elif k == "list":
            for lab, t in b[2]:
                if b[1] == "bullet":
                    add_par(doc, t, style="List Bullet")
                elif b[1] == "R" and rec_num:
                    number_par(add_par(doc, t), rec_num)
                elif b[1] == "decimal" and para_num:
                    number_par(add_par(doc, t), para_num)
                else:
                    p = add_par(doc)
                    p.add_run(f"{lab}\t").bold = True
                    p.add_run(t)
        elif k == "table":
            head, rows = b[1], b[2]
            tb = doc.add_table(rows=1, cols=len(head))
            tb.style = "Table Grid"
            set_repeat_header(tb.rows[0])
            for c, x in zip(tb.rows[0].cells, head):
                cell_text(c, x, bold=True)
                shade(c, "D9E2F3")
            for r in rows:
                cells = tb.add_row().cells
                for c, x in zip(cells, r):
                    if isinstance(x, list):
                        cell_text(c, x[0])
                        for more in x[1:]:
                            add_par(c, more)
                    else:
                        cell_text(c, x)
            add_par(doc)
        elif k == "form":
            tb = doc.add_table(rows=0, cols=2)
            tb.style = "Table Grid"
            for lab, v in b[1]:
                cells = tb.add_row().cells
                cell_text(cells[0], lab, bold=True)
                shade(cells[0], "D9D9D9")
                cell_text(cells[1], v)
            add_par(doc)
        elif k == "box":
            tb = doc.add_table(rows=1, cols=1)
            tb.style = "Table Grid"
            c = tb.rows[0].cells[0]
            cell_text(c, b[1], bold=True)
            for t in b[2]:
                add_par(c, t)
            shade(c, "E2EFD9")
            add_par(doc)
    doc.save(path)


# ------------------------------------------------------------------ PDF
def pdf(blocks, path, header: str, footer: str, wide: bool = False, pad: int = 3,
        base: int = 10) -> None:
    st = pdf_styles(base)
    cell = st["cell"]
    story = []
    avail = (297 if wide else 210) - 36
    for b in blocks:
        k = b[0]
        if k == "title":
            story.append(P(esc(b[1]), st["title"]))
        elif k == "meta":
            story.append(P(f"<i>{esc(b[1])}</i>", st["body"]))
        elif k == "h1":
            story.append(P(esc(b[1]), st["h1"]))
        elif k == "h2":
            story.append(P(esc(b[1]), st["h2"]))
        elif k == "p":
            story.append(P(esc(b[1]), st["body"]))
        elif k == "lead":
            story.append(P(f"<b>{esc(b[1])}</b>", st["body"]))
        elif k == "np":
            story.append(P(f"{b[1]}&nbsp;&nbsp;&nbsp;{esc(b[2])}",
                           st["body"].clone("np", leftIndent=16, firstLineIndent=-16)))
        elif k == "list":
            for lab, t in b[2]:
                lab = "•" if b[1] == "bullet" else (f"{lab}." if b[1] == "decimal" else lab)
                bold = b[1] == "R"
                story.append(P((f"<b>{esc(lab)}</b>" if bold else esc(lab))
                               + f"&nbsp;&nbsp;&nbsp;{esc(t)}",
                               st["body"].clone("li", leftIndent=22, firstLineIndent=-22)))
        elif k == "table":
            head, rows, widths = b[1], b[2], b[3]
            data = [[P(f"<b>{esc(x)}</b>", cell) for x in head]]
            for r in rows:
                data.append([P("<br/>".join("• " + esc(y) for y in x), cell)
                             if isinstance(x, list) else P(esc(x), cell) for x in r])
            tot = sum(widths)
            t = Table(data, colWidths=[w * avail / tot * mm for w in widths], repeatRows=1,
                      splitByRow=1)
            t.setStyle(TableStyle(list(GRID) + [
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3")),
                ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad)]))
            story.append(t)
        elif k == "form":
            data = [[P(f"<b>{esc(lab)}</b>", cell), P(esc(v), cell)] for lab, v in b[1]]
            t = Table(data, colWidths=[avail * 0.3 * mm, avail * 0.7 * mm], splitByRow=1)
            t.setStyle(TableStyle(list(GRID) + [
                ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#D9D9D9")),
                ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad)]))
            story.append(t)
            story.append(P("&nbsp;", st["small"]))
        elif k == "box":
            inner = [P(f"<b>{esc(b[1])}</b>", st["body"])] + [P(esc(t), st["body"]) for t in b[2]]
            t = Table([[inner]], colWidths=[avail * mm])
            t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#385723")),
                                   ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#E2EFD9")),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 6)]))
            story.append(t)
    build_pdf(path, story, header, footer, wide=wide)


__all__ = ["OUT", "md", "txt", "cms_page", "html_body", "docx", "pdf", "esc"]
