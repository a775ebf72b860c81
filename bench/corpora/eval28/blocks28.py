"""Render one document's blocks into Markdown, a web page body, Word and PDF (eval28's
generators share this; the page chrome, fonts and quirks of each form stay in the generators).

A block is a tuple: ("title", text), ("meta", text), ("h1"|"h2"|"h3", text), ("p", text),
("bp", bold_lead, text) a paragraph opening with a bold run, ("ul", [items]),
("ol", [items], start), ("table", head, rows).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)

from gen_common import GRID, P, add_par, cell_text, colors, esc, mm, shade  # noqa: E402
from reportlab.platypus import Table, TableStyle  # noqa: E402


def md(blocks, pipe: bool = True) -> str:
    out: list[str] = []
    for b in blocks:
        k = b[0]
        if k == "title":
            out += [f"# {b[1]}", ""]
        elif k == "meta":
            out += [f"*{b[1]}*", ""]
        elif k in ("h1", "h2", "h3"):
            out += ["#" * (int(k[1]) + 1) + " " + b[1], ""]
        elif k == "p":
            out += [b[1], ""]
        elif k == "bp":
            out += [f"**{b[1]}** {b[2]}", ""]
        elif k == "ul":
            out += [f"- {x}" for x in b[1]] + [""]
        elif k == "ol":
            out += [f"{i}. {x}" for i, x in enumerate(b[1], b[2])] + [""]
        elif k == "table":
            head, rows = b[1], b[2]
            out.append("| " + " | ".join(head) + " |")
            out.append("|" + "|".join("---" if i == 0 else "---:" if str(rows[0][i]).replace(
                ",", "").replace("-", "").replace("+", "").replace(".", "").replace(
                "%", "").strip().isdigit() else "---" for i in range(len(head))) + "|")
            out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
            out.append("")
    return "\n".join(out)


def html(blocks) -> list[str]:
    h: list[str] = []
    for b in blocks:
        k = b[0]
        if k == "title":
            h.append(f"<h1>{esc(b[1])}</h1>")
        elif k == "meta":
            h.append(f'<p class="meta">{esc(b[1])}</p>')
        elif k in ("h1", "h2", "h3"):
            n = int(k[1]) + 1
            h.append(f"<h{n}>{esc(b[1])}</h{n}>")
        elif k == "p":
            h.append(f"<p>{esc(b[1])}</p>")
        elif k == "bp":
            h.append(f"<p><strong>{esc(b[1])}</strong> {esc(b[2])}</p>")
        elif k == "ul":
            h.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in b[1]) + "</ul>")
        elif k == "ol":
            st = f' start="{b[2]}"' if b[2] != 1 else ""
            h.append(f"<ol{st}>" + "".join(f"<li>{esc(x)}</li>" for x in b[1]) + "</ol>")
        elif k == "table":
            h.append('<table class="data"><thead><tr>'
                     + "".join(f'<th scope="col">{esc(x)}</th>' for x in b[1])
                     + "</tr></thead><tbody>")
            for r in b[2]:
                h.append("<tr>" + "".join(f"<td>{esc(str(c))}</td>" for c in r) + "</tr>")
            h.append("</tbody></table>")
    return h


def docx(blocks, doc, fill: str = "D9D9D9") -> None:
    for b in blocks:
        k = b[0]
        if k == "title":
            doc.add_heading(b[1], level=0)
        elif k == "meta":
            add_par(doc, b[1]).runs[0].italic = True
        elif k in ("h1", "h2", "h3"):
            doc.add_heading(b[1], level=int(k[1]))
        elif k == "p":
            add_par(doc, b[1])
        elif k == "bp":
            p = add_par(doc, b[1], bold=True)
            p.add_run(" " + b[2])
        elif k == "ul":
            for x in b[1]:
                add_par(doc, x, style="List Bullet")
        elif k == "ol":
            # real Word numbering (numbering.xml through the List Number style); a list that
            # does not start at 1 continues the document's one List Number sequence
            for x in b[1]:
                add_par(doc, x, style="List Number")
        elif k == "table":
            tb = doc.add_table(rows=1, cols=len(b[1]))
            tb.style = "Table Grid"
            for c, x in zip(tb.rows[0].cells, b[1]):
                cell_text(c, x, bold=True)
                shade(c, fill)
            for r in b[2]:
                for c, x in zip(tb.add_row().cells, r):
                    cell_text(c, str(x))
            add_par(doc)


def pdf(blocks, st, widths=None, pad: int = 3) -> list:
    story: list = []
    for b in blocks:
        k = b[0]
        if k == "title":
            story.append(P(esc(b[1]), st["title"]))
        elif k == "meta":
            story.append(P(f"<i>{esc(b[1])}</i>", st["body"]))
        elif k in ("h1", "h2", "h3"):
            story.append(P(esc(b[1]), st["h1" if k == "h1" else "h2"]))
        elif k == "p":
            story.append(P(esc(b[1]), st["body"]))
        elif k == "bp":
            story.append(P(f"<b>{esc(b[1])}</b> {esc(b[2])}", st["body"]))
        elif k == "ul":
            story += [P("•&nbsp;&nbsp;" + esc(x), st["body"]) for x in b[1]]
        elif k == "ol":
            story += [P(f"{i}.&nbsp;&nbsp;" + esc(x), st["body"])
                      for i, x in enumerate(b[1], b[2])]
        elif k == "table":
            rows = [[P(f"<b>{esc(x)}</b>", st["cell"]) for x in b[1]]]
            rows += [[P(esc(str(c)), st["cell"]) for c in r] for r in b[2]]
            w = (widths or {}).get(len(b[1]))
            t = Table(rows, colWidths=w, repeatRows=1, splitByRow=1)
            t.setStyle(TableStyle(list(GRID) + [
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDDDDD")),
                ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad)]))
            story.append(t)
    return story


__all__ = ["md", "html", "docx", "pdf", "mm"]
