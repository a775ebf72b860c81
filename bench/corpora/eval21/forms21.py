"""eval21's writers: one document model, four forms written as real tools export them.

A document is a list of blocks:
  ("title", text) ("subtitle", text) ("h", level, text) ("p", runs)
  ("list", list_id, [(level, runs, tick)])  - numbering of list_id continues across blocks
  ("table", header_cells, rows, ruled)      - a cell is a list of blocks ("p" / "list")
  ("note", kind, runs)                      - an Obsidian callout; elsewhere a paragraph
  ("details", summary, blocks)              - a Notion/GitHub toggle; elsewhere a heading
  ("md", text)  only in the Markdown;  ("nomd", block)  everywhere but the Markdown
runs: a str, or a list of (text, fmt) with fmt "", "b", "i", "bi" or ("a", url).
LISTS: {list_id: ("ol", ["%1.", "%1.%2."]) or ("ul", None)}.

Imitated tools: Google Docs "Download > Web page (.html, zipped)" (2025-26 export, the
lst-kix_ CSS-counter lists); Google Docs / LibreOffice 24.2 "Save as .docx" (numbering.xml
abstractNum, Strong character style, LibreOffice's "Table Heading"/"Table Contents"
paragraph styles); Chrome 131 "Print > Save as PDF" with "Headers and footers" on, and the
Google Docs "Download > PDF" export; Obsidian 1.7 / Notion Markdown export.
"""
from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)

from gen_common import OUT, OxmlElement, Pt, colors, esc, esc as _esc, mm, new_docx, pdf_styles, qn  # noqa: E402
from docx.enum.style import WD_STYLE_TYPE  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402


def runs_of(r):
    return [(r, "")] if isinstance(r, str) else r


def plain(r) -> str:
    return "".join(t for t, _f in runs_of(r))


def numbers(blocks, lists):
    """The number (as printed) of every ordered list item, in block order: {(id(block), k): '6.'}."""
    count: dict[str, list[int]] = {}
    out = {}

    def walk(bs):
        for b in bs:
            if b[0] == "list" and lists[b[1]][0] == "ol":
                c = count.setdefault(b[1], [0, 0, 0])
                fmts = lists[b[1]][1]
                for k, (lvl, _r, _t) in enumerate(b[2]):
                    c[lvl] += 1
                    for deeper in range(lvl + 1, 3):
                        c[deeper] = 0
                    f = fmts[lvl]
                    for i in range(3):
                        f = f.replace(f"%{i + 1}", str(c[i]))
                    out[(id(b), k)] = f
            elif b[0] == "table":
                for row in b[2]:
                    for cell in row:
                        walk(cell)
            elif b[0] == "details":
                walk(b[2])
            elif b[0] == "nomd":
                walk([b[1]])
    walk(blocks)
    return out


def _uid(s: str, n: int = 6) -> str:
    return hashlib.md5(s.encode()).hexdigest()[:n]


# ====================================================================== Google Docs HTML
class _Classes:
    def __init__(self):
        self.rules: dict[str, str] = {}

    def __call__(self, css: str) -> str:
        if css not in self.rules:
            self.rules[css] = f"c{len(self.rules)}"
        return self.rules[css]


def gdocs_html(blocks, lists, title: str) -> str:
    AR = '"Arial"'
    C = _Classes()
    nums = numbers(blocks, lists)
    P_CSS = ("padding-top:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;"
             "text-align:left")
    SPAN = "color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;" \
           "font-size:11pt;font-family:\"Arial\";font-style:normal"
    BOLD = "color:#000000;font-weight:700;text-decoration:none;vertical-align:baseline;" \
           "font-size:11pt;font-family:\"Arial\";font-style:normal"
    ITAL = "font-style:italic"
    LINK = "color:inherit;text-decoration:inherit"
    ULINK = "text-decoration-skip-ink:none;-webkit-text-decoration-skip:none;color:#1155cc;" \
            "text-decoration:underline"
    list_kix = {lid: "kix_" + _uid(lid + title, 12) for lid in lists}
    started: dict[tuple, bool] = {}
    last_lvl: dict[str, int] = {}
    body: list[str] = []

    def esc(t):
        return _esc(t).replace("&#x27;", "&#39;")

    def spans(r) -> str:
        out = []
        for t, f in runs_of(r):
            if isinstance(f, tuple):
                url = f[1] if f[1].startswith("mailto:") else (
                    f"https://www.google.com/url?q={f[1]}&amp;sa=D&amp;source=editors&amp;"
                    f"ust=1764240311{int(_uid(f[1], 5), 16) % 1000000:06d}&amp;"
                    f"usg=AOvVaw{_uid(t + f[1], 22)}")
                out.append(f'<span class="{C(ULINK)}"><a class="{C(LINK)}" href="{url}">'
                           f'{esc(t)}</a></span>')
            elif f == "b":
                out.append(f'<span class="{C(BOLD)}">{esc(t)}</span>')
            elif f in ("i", "bi"):
                cls = C(BOLD if f == "bi" else SPAN) + " " + C(ITAL)
                out.append(f'<span class="{cls}">{esc(t)}</span>')
            else:
                out.append(f'<span class="{C(SPAN)}">{esc(t)}</span>')
        return "".join(out) or f'<span class="{C(SPAN)}"></span>'

    def para(r, extra="") -> str:
        return f'<p class="{C(P_CSS + ";height:11pt" if not plain(r) else P_CSS)}{extra}">{spans(r)}</p>'

    def emit_list(b, sink, in_cell=False):
        lid = b[1]
        kind = lists[lid][0]
        kix = list_kix[lid]
        cur = None
        for k, (lvl, r, tick) in enumerate(b[2]):
            if cur != lvl:
                if cur is not None:
                    sink.append(f"</{kind}>")
                key = (lid, lvl)
                cls = f"c{C('padding:0;margin:0')[1:]} lst-{kix}-{lvl}"
                if not started.get(key) or lvl > 0 and last_lvl.get(lid, 0) < lvl:
                    started[key] = True
                    attr = ' start="1"' if kind == "ol" else ""
                    sink.append(f'<{kind} class="{cls} start"{attr}>')
                else:
                    sink.append(f'<{kind} class="{cls}">')
                cur = lvl
            last_lvl[lid] = lvl
            li = C(P_CSS + f";margin-left:{36 * (lvl + 1)}pt;padding-left:0pt")
            sink.append(f'<li class="{li} li-bullet-{lvl}">{spans(r)}</li>')
        sink.append(f"</{kind}>")

    def cell_html(cell) -> str:
        out = []
        for b in cell:
            if b[0] == "p":
                out.append(f'<p class="{C("padding-top:0pt;padding-bottom:0pt;line-height:1.0;text-align:left")}">{spans(b[1])}</p>')
            elif b[0] == "list":
                emit_list(b, out, True)
        return "".join(out)

    def emit(b):
        kind = b[0]
        if kind == "title":
            body.append(f'<p class="{C("padding-top:0pt;padding-bottom:3pt;line-height:1.15;page-break-after:avoid;text-align:left")} title" id="h.{_uid(b[1])}"><span class="{C("font-weight:400;font-size:26pt;font-family:" + AR)}">{esc(b[1])}</span></p>')
        elif kind == "subtitle":
            body.append(f'<p class="{C("padding-top:0pt;padding-bottom:16pt;line-height:1.15;page-break-after:avoid;text-align:left")} subtitle" id="h.{_uid(b[1])}"><span class="{C("color:#666666;font-weight:400;font-size:15pt;font-family:" + AR)}">{esc(b[1])}</span></p>')
        elif kind == "h":
            lvl = b[1]
            size = {1: 20, 2: 16, 3: 14, 4: 12}[lvl]
            body.append(f'<h{lvl} class="{C(f"padding-top:{24 - 2 * lvl}pt;padding-bottom:6pt;line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left")}" id="h.{_uid(b[2])}"><span class="{C(f"font-weight:400;font-size:{size}pt;font-family:" + AR)}">{esc(b[2])}</span></h{lvl}>')
        elif kind == "p":
            body.append(para(b[1]))
        elif kind == "note":
            body.append(para(b[2]))
        elif kind == "list":
            emit_list(b, body)
        elif kind == "table":
            tid = _uid(str(b[1]) + title, 40)
            body.append(f'<a id="t.{tid}"></a><a id="t.{sum(1 for x in body if x.startswith("<a id=" + chr(34) + "t."))}"></a>')
            border = ("border-right-style:solid;padding:5pt 5pt 5pt 5pt;border-bottom-color:#000000;"
                      "border-top-width:1pt;border-right-width:1pt;border-left-color:#000000;"
                      "vertical-align:top;border-right-color:#000000;border-left-width:1pt;"
                      "border-top-style:solid;border-left-style:solid;border-bottom-width:1pt;"
                      "border-top-color:#000000;border-bottom-style:solid")
            if not b[3]:
                border = border.replace("#000000", "#ffffff").replace("1pt", "0pt")
            rows = [[[("p", [(h, "b")])] for h in b[1]]] if b[1] else []
            rows += b[2]
            out = [f'<table class="{C("border-spacing:0;border-collapse:collapse;margin-right:auto")}">']
            for row in rows:
                out.append(f'<tr class="{C("height:0pt")}">')
                for cell in row:
                    out.append(f'<td class="{C(border)}" colspan="1" rowspan="1">{cell_html(cell)}</td>')
                out.append("</tr>")
            out.append("</table>")
            body.append("".join(out))
            body.append(para(""))
        elif kind == "details":
            body.append(f'<h3 class="{C("padding-top:16pt;padding-bottom:4pt;line-height:1.15;page-break-after:avoid;text-align:left")}" id="h.{_uid(b[1])}"><span class="{C("font-weight:400;font-size:14pt;font-family:" + AR)}">{esc(b[1])}</span></h3>')
            for x in b[2]:
                emit(x)
        elif kind == "nomd":
            emit(b[1])

    for b in blocks:
        emit(b)
    # the list counters and markers (numbers only here, never in the text)
    css = ["@import url(https://themes.googleusercontent.com/fonts/css?kit=fpjTOVmNbO4Lz34iLyptLUXza5VhXFnI);"]
    for lid, (kind, fmts) in lists.items():
        kix = list_kix[lid]
        for lvl in range(3):
            cls = f"lst-{kix}-{lvl}"
            if kind == "ol":
                ctr = f"lst-ctn-{kix}-{lvl}"
                fmt = (fmts[lvl] if lvl < len(fmts) else fmts[-1]) + " "
                content = '"' + '"'.join(
                    p if not p.startswith("%") else "" for p in [""]) + '"'
                parts = re.split(r"(%\d)", fmt)
                content = '""'
                for p in parts:
                    if re.fullmatch(r"%\d", p):
                        content += f" counter(lst-ctn-{kix}-{int(p[1]) - 1},decimal)"
                    elif p:
                        content += f' "{p}"'
                css.append(f".{cls}>li:before{{content:{content}}}")
                css.append(f".{cls}>li{{counter-increment:{ctr}}}")
                css.append(f"ol.{cls}.start{{counter-reset:{ctr} 0}}")
                css.append(f"ol.{cls}{{list-style-type:none}}")
            else:
                css.append(f'.{cls}>li:before{{content:"\\0025{"cf" if lvl == 0 else "cb"}   "}}')
                css.append(f"ul.{cls}{{list-style-type:none}}")
    css.append(".li-bullet-0:before{margin-left:-18pt;white-space:nowrap;display:inline-block;min-width:18pt}")
    css.append(".li-bullet-1:before{margin-left:-18pt;white-space:nowrap;display:inline-block;min-width:18pt}")
    css.append("table td,table th{padding:0}")
    for rule, name in C.rules.items():
        css.append(f".{name}{{{rule}}}")
    css.append(".doc-content{background-color:#ffffff;max-width:451.4pt;padding:72pt 72pt 72pt 72pt}")
    css.append(".title{padding-top:0pt;color:#000000;font-size:26pt;padding-bottom:3pt;font-family:\"Arial\";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}")
    css.append(".subtitle{padding-top:0pt;color:#666666;font-size:15pt;padding-bottom:16pt;font-family:\"Arial\";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}")
    css.append("li{color:#000000;font-size:11pt;font-family:\"Arial\"}p{margin:0;color:#000000;font-size:11pt;font-family:\"Arial\"}")
    return ('<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type">'
            '<style type="text/css">' + "".join(css) + "</style></head>"
            '<body class="doc-content">' + "".join(body) + "</body></html>")


# ====================================================================== Word (.docx)
def _abstract(anid: int, kind: str, fmts):
    a = OxmlElement("w:abstractNum")
    a.set(qn("w:abstractNumId"), str(anid))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "hybridMultilevel")
    a.append(mlt)
    for lvl in range(3):
        L = OxmlElement("w:lvl")
        L.set(qn("w:ilvl"), str(lvl))
        st = OxmlElement("w:start")
        st.set(qn("w:val"), "1")
        nf = OxmlElement("w:numFmt")
        nf.set(qn("w:val"), "decimal" if kind == "ol" else "bullet")
        lt = OxmlElement("w:lvlText")
        if kind == "ol":
            lt.set(qn("w:val"), fmts[lvl] if lvl < len(fmts) else fmts[-1])
        else:
            lt.set(qn("w:val"), "●" if lvl == 0 else "○")
        jc = OxmlElement("w:lvlJc")
        jc.set(qn("w:val"), "left")
        pPr = OxmlElement("w:pPr")
        ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), str(720 * (lvl + 1)))
        ind.set(qn("w:hanging"), "360")
        pPr.append(ind)
        for el in (st, nf, lt, jc, pPr):
            L.append(el)
        if kind == "ul":
            rPr = OxmlElement("w:rPr")
            f = OxmlElement("w:rFonts")
            f.set(qn("w:ascii"), "Noto Sans Symbols")
            f.set(qn("w:hAnsi"), "Noto Sans Symbols")
            rPr.append(f)
            L.append(rPr)
        a.append(L)
    return a


def write_docx(blocks, lists, path: Path, header: str | None = None) -> None:
    doc = new_docx("Arial", 11)
    styles = doc.styles
    th = styles.add_style("Table Heading", WD_STYLE_TYPE.PARAGRAPH)
    th.base_style = styles["Normal"]
    th.font.bold = True  # (bold through the paragraph style's run properties)
    tc = styles.add_style("Table Contents", WD_STYLE_TYPE.PARAGRAPH)
    tc.base_style = styles["Normal"]
    lp = styles["List Paragraph"]
    numbering = doc.part.numbering_part.element
    num_ids = {}
    for i, (lid, (kind, fmts)) in enumerate(lists.items()):
        numbering.insert(i, _abstract(40 + i, kind, fmts))
        n = OxmlElement("w:num")
        n.set(qn("w:numId"), str(60 + i))
        an = OxmlElement("w:abstractNumId")
        an.set(qn("w:val"), str(40 + i))
        n.append(an)
        numbering.append(n)
        num_ids[lid] = 60 + i

    def add_runs(p, r):
        for t, f in runs_of(r):
            run = p.add_run(t)
            if f in ("b", "bi"):
                run.style = styles["Strong"]
            if f in ("i", "bi"):
                run.italic = True
            if isinstance(f, tuple):
                run.style = styles["Strong"] if False else None
                run.underline = True

    def numpr(p, num, lvl):
        pPr = p._p.get_or_add_pPr()
        np_ = OxmlElement("w:numPr")
        il = OxmlElement("w:ilvl")
        il.set(qn("w:val"), str(lvl))
        ni = OxmlElement("w:numId")
        ni.set(qn("w:val"), str(num))
        np_.append(il)
        np_.append(ni)
        pPr.append(np_)

    def emit(b, target):
        kind = b[0]
        if kind == "title":
            add_runs(target.add_paragraph(style="Title"), b[1])
        elif kind == "subtitle":
            add_runs(target.add_paragraph(style="Subtitle"), b[1])
        elif kind == "h":
            add_runs(target.add_paragraph(style=f"Heading {b[1]}"), b[2])
        elif kind in ("p", "note"):
            r = b[1] if kind == "p" else b[2]
            add_runs(target.add_paragraph(style="Table Contents" if target is not doc else None), r)
        elif kind == "list":
            for lvl, r, _t in b[2]:
                p = target.add_paragraph(style=lp)
                numpr(p, num_ids[b[1]], lvl)
                add_runs(p, r)
        elif kind == "table":
            ncols = len(b[1]) if b[1] else len(b[2][0])
            t = doc.add_table(rows=0, cols=ncols)
            t.style = styles["Table Grid"] if b[3] else None
            rows = ([[[("p", h)] for h in b[1]]] if b[1] else []) + b[2]
            for ri, row in enumerate(rows):
                cells = t.add_row().cells
                for cell, content in zip(cells, row):
                    first = cell.paragraphs[0]
                    first._p.getparent().remove(first._p)
                    if ri == 0 and b[1]:
                        p = cell.add_paragraph(style=th)
                        p.add_run(plain(content[0][1]))
                        continue
                    for x in content:
                        emit(x, cell)
            if b[1]:
                trPr = t.rows[0]._tr.get_or_add_trPr()
                el = OxmlElement("w:tblHeader")
                trPr.append(el)
        elif kind == "details":
            add_runs(target.add_paragraph(style="Heading 3"), b[1])
            for x in b[2]:
                emit(x, target)
        elif kind == "nomd":
            emit(b[1], target)

    for b in blocks:
        emit(b, doc)
    if header:
        doc.sections[0].header.paragraphs[0].text = header
    doc.core_properties.author = ""
    doc.save(str(path))


# ====================================================================== PDF
def write_pdf(blocks, lists, path: Path, mode: str, title: str, url: str = "",
              printed: str = "27/11/2026, 10:42", banner: list[str] | None = None) -> None:
    """mode "chrome": Chrome's Save as PDF of the web page (date + page title in the header,
    URL and "n/N" in the footer, the site's cookie banner and navigation printed);
    mode "gdocs": Google Docs' PDF export (no header or footer, large headings)."""
    S = pdf_styles(10)
    big = {1: ParagraphStyle("g1", parent=S["body"], fontName="DejaVu", fontSize=20, leading=24,
                             spaceBefore=14, spaceAfter=6),
           2: ParagraphStyle("g2", parent=S["body"], fontName="DejaVu", fontSize=16, leading=20,
                             spaceBefore=12, spaceAfter=6),
           3: ParagraphStyle("g3", parent=S["body"], fontName="DejaVu", fontSize=13.5, leading=17,
                             spaceBefore=10, spaceAfter=4),
           4: ParagraphStyle("g4", parent=S["body"], fontName="DejaVu-Bold", fontSize=11, leading=14,
                             spaceBefore=8, spaceAfter=4)}
    ttl = ParagraphStyle("tt", parent=S["body"], fontName="DejaVu", fontSize=26, leading=31, spaceAfter=6)
    sub = ParagraphStyle("st", parent=S["body"], fontName="DejaVu", fontSize=15, leading=19,
                         textColor=colors.HexColor("#666666"), spaceAfter=10)
    nums = numbers(blocks, lists)

    def mark(r) -> str:
        out = []
        for t, f in runs_of(r):
            t = esc(t)
            if f in ("b", "bi"):
                t = f"<b>{t}</b>"
            if f in ("i", "bi"):
                t = f"<i>{t}</i>"
            if isinstance(f, tuple):
                t = f'<font color="#1155cc"><u>{t}</u></font>'
            out.append(t)
        return "".join(out)

    def list_flow(b, base, cell=False):
        out = []
        kind = lists[b[1]][0]
        for k, (lvl, r, _t) in enumerate(b[2]):
            lab = nums.get((id(b), k)) if kind == "ol" else ("●" if lvl == 0 else "○")
            ind = (14 if cell else 27) * (lvl + 1) + (8 if kind == "ol" and lvl else 0)
            st = ParagraphStyle(f"li{lvl}{cell}", parent=base, leftIndent=ind,
                                bulletIndent=ind - (14 if cell else 18) - (8 if kind == "ol" and lvl else 0),
                                bulletFontName="DejaVu", spaceAfter=2)
            out.append(Paragraph(mark(r), st, bulletText=lab))
        return out

    story = []
    if mode == "chrome" and banner:
        bs = ParagraphStyle("ban", parent=S["small"], backColor=colors.HexColor("#f3f3f3"),
                            borderPadding=4, spaceAfter=8)
        for line in banner:
            story.append(Paragraph(esc(line), bs))
        story.append(Spacer(1, 4))

    def emit(b):
        kind = b[0]
        if kind == "title":
            story.append(Paragraph(esc(b[1]), ttl))
        elif kind == "subtitle":
            story.append(Paragraph(esc(b[1]), sub))
        elif kind == "h":
            story.append(Paragraph(esc(b[2]), big[b[1]]))
        elif kind == "p":
            if plain(b[1]):
                story.append(Paragraph(mark(b[1]), S["body"]))
        elif kind == "note":
            story.append(Paragraph(mark(b[2]), S["body"]))
        elif kind == "list":
            story.extend(list_flow(b, S["body"]))
        elif kind == "table":
            rows = ([[[("p", [(h, "b")])] for h in b[1]]] if b[1] else []) + b[2]
            data = []
            for row in rows:
                drow = []
                for cell in row:
                    flow = []
                    for x in cell:
                        if x[0] == "p":
                            flow.append(Paragraph(mark(x[1]), S["cell"]))
                        else:
                            flow.extend(list_flow(x, S["cell"], True))
                    drow.append(flow)
                data.append(drow)
            ncol = len(rows[0])
            w = (A4[0] - 36 * mm) / ncol
            widths = [w * 0.7] + [w * (1 + 0.3 / (ncol - 1))] * (ncol - 1) if ncol > 2 else [w] * ncol
            t = Table(data, colWidths=widths, repeatRows=1 if b[1] else 0)
            style = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                     ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]
            if b[3]:
                style.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
            t.setStyle(TableStyle(style))
            story.append(t)
            story.append(Spacer(1, 6))
        elif kind == "details":
            story.append(Paragraph(esc(b[1]), big[3]))
            for x in b[2]:
                emit(x)
        elif kind == "nomd":
            emit(b[1])

    for b in blocks:
        emit(b)

    from reportlab.pdfgen import canvas as _canvas

    class Canvas(_canvas.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                w, h = A4
                if mode == "chrome":
                    self.setFont("DejaVu", 7)
                    self.drawString(8 * mm, h - 6 * mm, printed)
                    self.drawCentredString(w / 2, h - 6 * mm, title)
                    self.drawString(8 * mm, 6 * mm, url)
                    self.drawRightString(w - 8 * mm, 6 * mm, f"{self._pageNumber}/{n}")
                super().showPage()
            super().save()

    margin = 12 * mm if mode == "chrome" else 25.4 * mm
    d = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=margin, rightMargin=margin,
                          topMargin=margin, bottomMargin=margin, title=title,
                          author="" if mode == "chrome" else "",
                          creator="Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36" if mode == "chrome" else "Google Docs Renderer",
                          producer="Skia/PDF m131" if mode == "chrome" else "Skia/PDF m131 Google Docs Renderer")
    d.build(story, canvasmaker=Canvas)


# ====================================================================== Markdown
def slug(t: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", t.lower()).strip("-")


def write_md(blocks, lists, emoji=None) -> str:
    nums = numbers(blocks, lists)
    out: list[str] = []

    def md(r) -> str:
        s = []
        for t, f in runs_of(r):
            if f == "b":
                t = f"**{t}**"
            elif f == "i":
                t = f"*{t}*"
            elif f == "bi":
                t = f"***{t}***"
            elif isinstance(f, tuple):
                t = f"[{t}]({f[1]})"
            s.append(t)
        return "".join(s)

    def md_list(b, prefix=""):
        kind = lists[b[1]][0]
        lines = []
        for k, (lvl, r, tick) in enumerate(b[2]):
            ind = "\t" * lvl
            if kind == "ol":
                lab = nums[(id(b), k)]
                lab = lab if re.fullmatch(r"\d+\.", lab) else lab.rstrip(".").split(".")[-1] + "."
                lines.append(f"{prefix}{ind}{lab} {md(r)}")
            else:
                box = "" if tick is None else ("[x] " if tick else "[ ] ")
                lines.append(f"{prefix}{ind}- {box}{md(r)}")
        return lines

    def emit(b):
        kind = b[0]
        if kind == "title":
            out.extend([f"# {b[1]}", ""])
        elif kind == "subtitle":
            out.extend([f"*{b[1]}*", ""])
        elif kind == "h":
            out.extend([f"{'#' * b[1]} {b[2]} {{#{slug(b[2])}}}", ""])
        elif kind == "p":
            if plain(b[1]):
                out.extend([md(b[1]), ""])
        elif kind == "note":
            out.extend([f"> [!{b[1].upper()}]", f"> {md(b[2])}", ""])
        elif kind == "list":
            out.extend(md_list(b) + [""])
        elif kind == "table":
            head = [plain(h) for h in b[1]]
            out.append("| " + " | ".join(head) + " |")
            out.append("|" + "|".join(":---" for _ in head) + "|")
            for row in b[2]:
                cells = []
                for cell in row:
                    parts = []
                    for x in cell:
                        if x[0] == "p":
                            parts.append(md(x[1]))
                        else:
                            parts.extend(l.replace("\t", "&nbsp;&nbsp;") for l in md_list(x))
                    cells.append("<br>".join(p for p in parts if p))
                out.append("| " + " | ".join(cells) + " |")
            out.append("")
        elif kind == "details":
            out.extend(["<details>", f"<summary>{esc(b[1])}</summary>", ""])
            for x in b[2]:
                emit(x)
            out.extend(["</details>", ""])
        elif kind == "md":
            out.extend([b[1], ""])

    for b in blocks:
        emit(b)
    return "\n".join(out).rstrip() + "\n"


__all__ = ["OUT", "gdocs_html", "write_docx", "write_pdf", "write_md", "plain", "numbers"]
