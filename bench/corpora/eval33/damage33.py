"""eval33's file damage: the ways real received files are damaged or oddly encoded, applied to
documents of the two shipped kinds in ordinary layouts. Imports `../gen_common.py` (fonts,
PDF styles, running header and "Page N of M") and eval29's page chrome `../eval29/chrome29.py`
(imported, not copied).

Text:   cp1252 (no BOM), UTF-16 LE with BOM and CRLF, UTF-8 mojibake through Windows-1252,
        hard wrapping at 72 columns, form-feed pages with a running header and "Page N of M",
        non-breaking spaces, soft hyphens, trailing spaces, tab indentation.
Web:    Word's "Save as Web Page, Filtered" markup (MsoListParagraph, mso-list:Ignore numbers,
        Symbol-font "·" bullets, source lines wrapped by Word).
Word:   a LibreOffice-saved .docx with direct formatting only (headings bold + larger, typed
        "1.<tab>" numbers), optionally Symbol-font U+F0B7 bullets and an empty paragraph
        between every paragraph.
PDF:    ligatures (U+FB00-FB04) in the text layer; a "Microsoft Print to PDF"-like print with
        each line its own text object and each word placed on its own (no space characters,
        uneven gaps).
"""
from __future__ import annotations

import io
import random
import re
import sys
import textwrap
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "eval29"))

from chrome29 import page  # noqa: E402,F401
from gen_common import OUT, esc, mm  # noqa: E402,F401

SHY = "\u00ad"
NBSP = "\u00a0"


# ------------------------------------------------------------------ text damage
def mojibake(text: str) -> str:
    """UTF-8 bytes read as Windows-1252 (bytes cp1252 leaves undefined kept as latin-1)."""
    out = []
    for byte in text.encode("utf-8"):
        try:
            out.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(byte))
    return "".join(out)


def utf16_crlf(text: str) -> bytes:
    return b"\xff\xfe" + text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-16-le")


def wrap72(text: str, indent: str = "", hang: str | None = None, width: int = 72) -> list[str]:
    return textwrap.wrap(text, width=width, initial_indent=indent,
                         subsequent_indent=indent if hang is None else hang,
                         break_long_words=False, break_on_hyphens=False) or [""]


def paginate(lines: list[str], per_page: int, header: str, right: str = "") -> str:
    """Pages of per_page lines joined by form feeds; each page opens with the running header
    and closes with "Page N of M" (as a print-to-text driver writes them)."""
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)]
    n = len(pages)
    out = []
    for i, pg in enumerate(pages, 1):
        top = f"{header}{' ' * max(2, 72 - len(header) - len(right))}{right}" if right else header
        out.append("\n".join([top, ""] + pg + ["", f"{'':>58}Page {i} of {n}"]))
    return "\n\f".join(out) + "\n"


def shy(text: str, words: dict[str, str]) -> str:
    """Soft hyphens where a word processor's hyphenation left them: words maps a word to the
    same word with '-' at the break points ('part-ner-ship')."""
    for w, broken in words.items():
        text = text.replace(w, broken.replace("-", SHY))
    return text


def nbsp(text: str) -> str:
    """Non-breaking spaces where an editor keeps figures and units together."""
    text = re.sub(r"(\d) (?=(?:councils|cohorts|sites|units|vans|pupils|areas|per cent|officers|"
                  r"empty|rural|senior)\b)", "\\1" + NBSP, text)
    return re.sub(r"\b(Cllr|Dr) ", "\\1" + NBSP, text)


def ligatures(text: str) -> str:
    for a, b in (("ffi", "\ufb03"), ("ffl", "\ufb04"), ("ff", "\ufb00"), ("fi", "\ufb01"),
                 ("fl", "\ufb02")):
        text = text.replace(a, b)
    return text


# ------------------------------------------------------------------ Word's filtered HTML
WORD_HEAD = """<html>

<head>
<meta http-equiv=Content-Type content="text/html; charset=windows-1252">
<meta name=Generator content="Microsoft Word 15 (filtered)">
<title>{title}</title>
<style>
<!--
 /* Font Definitions */
 @font-face
	{{font-family:Wingdings;
	panose-1:5 0 0 0 0 0 0 0 0 0;}}
@font-face
	{{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}}
@font-face
	{{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin-top:0cm;
	margin-right:0cm;
	margin-bottom:8.0pt;
	margin-left:0cm;
	line-height:107%;
	font-size:11.0pt;
	font-family:"Arial",sans-serif;}}
h1
	{{margin-top:12.0pt;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:0cm;
	line-height:107%;
	page-break-after:avoid;
	font-size:14.0pt;
	font-family:"Arial",sans-serif;
	font-weight:bold;}}
p.MsoTitle, li.MsoTitle, div.MsoTitle
	{{margin:0cm;
	font-size:20.0pt;
	font-family:"Arial",sans-serif;
	font-weight:bold;}}
p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph
	{{margin-top:0cm;
	margin-right:0cm;
	margin-bottom:8.0pt;
	margin-left:36.0pt;
	line-height:107%;
	font-size:11.0pt;
	font-family:"Arial",sans-serif;}}
p.MsoListParagraphCxSpFirst, li.MsoListParagraphCxSpFirst, div.MsoListParagraphCxSpFirst
	{{margin-top:0cm;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:36.0pt;
	line-height:107%;
	font-size:11.0pt;
	font-family:"Arial",sans-serif;}}
.MsoChpDefault
	{{font-family:"Calibri",sans-serif;}}
@page WordSection1
	{{size:595.3pt 841.9pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}}
div.WordSection1
	{{page:WordSection1;}}
 /* List Definitions */
 ol
	{{margin-bottom:0cm;}}
ul
	{{margin-bottom:0cm;}}
-->
</style>

</head>

<body lang=EN-GB link="#0563C1" vlink="#954F72" style='word-wrap:break-word'>

<div class=WordSection1>
"""
WORD_TAIL = "\n</div>\n\n</body>\n\n</html>\n"
_IGN_NUM = ("<span style='mso-list:Ignore'>{n}<span style='font:7.0pt \"Times New Roman\"'>"
            "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span>")
_IGN_BUL = ("<span style='font-family:Symbol'>\u00b7<span style='font:7.0pt \"Times New "
            "Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span>")


def _wordwrap(s: str, width: int = 76) -> str:
    """Word wraps the HTML source at about 76 columns, at spaces, inside paragraphs."""
    out, line = [], ""
    for tok in s.split(" "):
        if line and len(line) + 1 + len(tok) > width:
            out.append(line)
            line = tok
        else:
            line = f"{line} {tok}" if line else tok
    out.append(line)
    return "\n".join(out)


def word_list(items: list[str], marker) -> list[str]:
    """A run of Word list paragraphs; marker(i) is the Ignore span (number or bullet)."""
    out = []
    for i, x in enumerate(items):
        cls = ("MsoListParagraph" if len(items) == 1 else "MsoListParagraphCxSpFirst" if i == 0
               else "MsoListParagraphCxSpLast" if i == len(items) - 1
               else "MsoListParagraphCxSpMiddle")
        out.append(_wordwrap(f"<p class={cls} style='margin-left:36.0pt;text-indent:-18.0pt'>"
                             f"{marker(i)}{x}</p>"))
    return out


def word_html(title: str, blocks: list) -> str:
    """Word's filtered HTML of a document. Blocks: ("title", t), ("p", html), ("h1", t),
    ("ol", [html], start), ("ul", [html]), ("raw", html)."""
    h = []
    for b in blocks:
        k = b[0]
        if k == "title":
            h.append(_wordwrap(f"<p class=MsoTitle>{esc(b[1])}</p>"))
        elif k == "h1":
            h.append(_wordwrap(f"<h1>{esc(b[1])}</h1>"))
        elif k == "p":
            h.append(_wordwrap(f"<p class=MsoNormal>{b[1]}</p>"))
        elif k == "ol":
            h += word_list(b[1], lambda i, s=b[2]: _IGN_NUM.format(n=f"{s + i}."))
        elif k == "ul":
            h += word_list(b[1], lambda i: _IGN_BUL)
        elif k == "raw":
            h.append(b[1])
        h.append("")
    return WORD_HEAD.format(title=esc(title)) + "\n".join(h) + WORD_TAIL


# ------------------------------------------------------------------ LibreOffice .docx
LO_APP = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://'
          'schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://'
          'schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template></Template>'
          '<TotalTime>47</TotalTime><Application>LibreOffice/7.6.4.1$Windows_X86_64 '
          'LibreOffice_project/e19e193f88cd6c0525a17fb7a176ed8e6a3e2aa1</Application>'
          '<AppVersion>15.0000</AppVersion><Pages>3</Pages><Words>1180</Words>'
          '<Characters>6790</Characters><CharactersWithSpaces>7912</CharactersWithSpaces>'
          '<Paragraphs>88</Paragraphs></Properties>')


def as_libreoffice(path: Path) -> None:
    """Rewrite docProps/app.xml as LibreOffice writes it (the file's producer)."""
    data = path.read_bytes()
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as zin, zipfile.ZipFile(buf, "w",
                                                                  zipfile.ZIP_DEFLATED) as zo:
        for item in zin.infolist():
            body = zin.read(item.filename)
            if item.filename == "docProps/app.xml":
                body = LO_APP.encode("utf-8")
            zo.writestr(item, body)
    path.write_bytes(buf.getvalue())


def lo_par(container, text: str = "", bold: bool = False, size: float | None = None,
           hang: bool = False, symbol_bullet: bool = False, runs=None, blank_after=False):
    """A Normal paragraph with direct formatting only. runs: [(text, bold)] instead of text.
    hang: a hanging indent for a typed "1.<tab>" number or bullet. symbol_bullet: the
    paragraph opens with U+F0B7 in a Symbol-font run and a tab."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt
    p = container.add_paragraph()
    if hang or symbol_bullet:
        p.paragraph_format.left_indent = Pt(21.3)
        p.paragraph_format.first_line_indent = Pt(-21.3)
    if symbol_bullet:
        r = p.add_run("\uf0b7")
        rpr = r._r.get_or_add_rPr()
        f = OxmlElement("w:rFonts")
        for a in ("w:ascii", "w:hAnsi", "w:cs"):
            f.set(qn(a), "Symbol")
        rpr.insert(0, f)
        p.add_run("\t")
    for t, b in (runs if runs is not None else [(text, bold)]):
        if not t:
            continue
        r = p.add_run(t)
        r.bold = b or None
        if size:
            r.font.size = Pt(size)
    if blank_after:
        container.add_paragraph()
    return p


# ------------------------------------------------------------------ PDF prints
def msprint_pdf(path: Path, lines: list[tuple[str, str]], header: str, seed: int = 33,
                cover: list | None = None) -> None:
    """A "Microsoft Print to PDF"-like print: every printed line is its own text object and
    every word is placed at its own position (no space characters in the text layer), with
    uneven gaps between words. lines: (kind, text) with kind title / h / p / num:<label> /
    bullet / gap. cover: optional two-column cover page [(left lines), (right lines)]."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas
    rnd = random.Random(seed)
    w, h = A4
    c = canvas.Canvas(str(path), pagesize=A4, pageCompression=0)
    c.setTitle(header)
    c.setCreator("Microsoft Word")
    c.setProducer("Microsoft: Print To PDF")
    left, right, top, bottom = 25 * mm, w - 25 * mm, h - 28 * mm, 25 * mm
    pages: list[list] = []
    ops: list = []

    def put_words(x, y, text, font, size, justify_to=None):
        words = text.split(" ")
        sp = c.stringWidth(" ", font, size)
        gaps = [sp * rnd.uniform(1.15, 2.6) for _ in words[1:]]
        if justify_to and len(words) > 1:
            natural = sum(c.stringWidth(wd, font, size) for wd in words)
            extra = (justify_to - x - natural) / (len(words) - 1)
            gaps = [max(sp * 1.1, extra * rnd.uniform(0.85, 1.15)) for _ in words[1:]]
        ops.append(("line", x, y, words, gaps, font, size))

    y = top

    def newpage():
        nonlocal ops, y
        pages.append(ops)
        ops = []
        y = top

    for kind, text in lines:
        if kind == "gap":
            y -= 6
            continue
        font, size, lead, x0 = "DejaVu", 10, 13.5, left
        if kind == "title":
            font, size, lead = "DejaVu-Bold", 15, 19
        elif kind == "h":
            font, size, lead = "DejaVu-Bold", 11.5, 16
            y -= 6
        label = None
        if kind.startswith("num:"):
            label, x0 = kind[4:], left + 10 * mm
        elif kind == "bullet":
            label, x0 = "•", left + 8 * mm
        width = right - x0
        wrapped = simpleSplit(text, font, size, width)
        if y - lead * len(wrapped) < bottom:
            newpage()
        for i, ln in enumerate(wrapped):
            if i == 0 and label:
                ops.append(("line", x0 - (10 * mm if kind.startswith("num:") else 5 * mm), y,
                            [label], [], font, size))
            last = i == len(wrapped) - 1
            put_words(x0, y, ln, font, size, None if last or kind in ("title", "h") else right)
            y -= lead
        y -= 4
    pages.append(ops)

    n = len(pages) + (1 if cover else 0)
    pno = 0
    if cover:
        pno += 1
        colw = (right - left - 12 * mm) / 2
        for col, items in enumerate(cover):
            cy = top - 40 * mm
            cx = left + col * (colw + 12 * mm)
            for font, size, text in items:
                for ln in simpleSplit(text, font, size, colw):
                    t = c.beginText(cx, cy)
                    t.setFont(font, size)
                    t.textOut(ln)
                    c.drawText(t)
                    cy -= size * 1.35
                cy -= 6
        c.setFont("DejaVu", 8)
        c.drawString(left, 15 * mm, header)
        c.drawRightString(right, 15 * mm, f"Page {pno} of {n}")
        c.showPage()
    for ops in pages:
        pno += 1
        for _k, x, yy, words, gaps, font, size in ops:
            t = c.beginText()
            t.setFont(font, size)
            cx = x
            for i, wd in enumerate(words):
                t.setTextOrigin(cx, yy)
                t.textOut(wd)
                cx += c.stringWidth(wd, font, size) + (gaps[i] if i < len(gaps) else 0)
            c.drawText(t)
        c.setFont("DejaVu", 8)
        c.drawString(left, h - 15 * mm, header)
        c.drawRightString(right, 15 * mm, f"Page {pno} of {n}")
        c.showPage()
    c.save()
