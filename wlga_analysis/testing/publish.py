"""Publish a text-form document as its publisher would: a web page, a Word file, a PDF.

Test support for the round trips of the readers (``tests/test_formats_*.py``) and for the
benchmarks: each published form, read back and printed as the text form, must give the
same tables as the original text.

- :func:`html_page` prints the text form's lines as a web page (headings, paragraphs,
  lists, tables whose cells keep their HTML), with a site header, navigation and footer
  around ``<main>``; numbers printed in the text, or as ``<ol start>`` lists.
- :func:`docx_bytes` writes a document model as a Word file, with numbers printed in the
  text (``numbering="literal"``) or as Word's automatic numbering (``"auto"``: the numbers
  are only in ``word/numbering.xml``; restarts as ``startOverride``).
- :func:`pdf_bytes` (:mod:`wlga_analysis.testing.publish_pdf`) lays a model out as a PDF.

Examples
--------
>>> page = html_page(["## Title", "", "1. To update Members.", "- a bullet"], "programme")
>>> "<main>" in page and "<h2>Title</h2>" in page and "<li>a bullet" in page
True
"""

from __future__ import annotations

import html
import io
import re
from typing import Any

from wlga_analysis.read.markers import parse_marker
from wlga_analysis.read.model import Block, DocumentModel, Heading, Inline, ListItem, Table

__all__ = ["docx_bytes", "html_page"]

_HEADING = re.compile(r"\s{0,3}(#{1,6})\s+(.*)")
_NUMBERED = re.compile(r"\s{0,3}(\d{1,3})\.\s+(\S.*)")
_BULLET = re.compile(r"(\s*)[-•○*]\s+(\S.*)")
_BOLD = re.compile(r"\*\*(.+?)\*\*")
_LINK = re.compile(r"\[([^\]]*)\]\(([^)]*)\)")
_SEPARATOR = re.compile(r"[-:|=\s\u2013\u2014]*-[-:|=\s\u2013\u2014]*")


def _inline_html(text: str) -> str:
    out = html.escape(text, quote=False)
    out = _BOLD.sub(r"<b>\1</b>", out)
    return _LINK.sub(r'<a href="\2">\1</a>', out)


def _is_header(cells: list[str]) -> bool:
    return Inline.from_html(cells[0]).text.lower() in ("area", "areas") and len(cells) >= 3


def _table_html(rows: list[list[str]]) -> list[str]:
    out: list[str] = []
    open_table = False
    for i, cells in enumerate(rows):
        if _is_header(cells):
            if open_table:
                out.append("</tbody></table>")
            out.append("<table><thead><tr>" + "".join(f"<th>{c}</th>" for c in cells)
                       + "</tr></thead><tbody>")
            open_table = True
            continue
        only_bold = not any(c.strip() for c in cells[1:]) and i + 1 < len(rows) and \
            _is_header(rows[i + 1])
        if only_bold:  # a theme printed before the next table's header
            if open_table:
                out.append("</tbody></table>")
                open_table = False
            out.append(f"<p>{cells[0]}</p>")
            continue
        if not open_table:
            out.append("<table><tbody>")
            open_table = True
        out.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    if open_table:
        out.append("</tbody></table>")
    return out


class _Lists:
    """Open ``<ul>``/``<ol>`` elements of a run of list lines, by indentation."""

    def __init__(self, out: list[str]):
        self.out = out
        self.stack: list[tuple[int, str]] = []

    def close(self, below: int = -1) -> None:
        while self.stack and self.stack[-1][0] > below:
            self.out.append(f"</li></{self.stack.pop()[1]}>")

    def item(self, indent: int, tag: str, body: str, start: int | None = None) -> None:
        while self.stack and self.stack[-1][0] > indent:
            self.out.append(f"</li></{self.stack.pop()[1]}>")
        if self.stack and self.stack[-1][0] == indent and self.stack[-1][1] == tag:
            self.out.append("</li>")
        else:
            if self.stack and self.stack[-1][0] == indent:
                self.out.append(f"</li></{self.stack.pop()[1]}>")
            attr = f' start="{start}"' if start is not None else ""
            self.out.append(f"<{tag}{attr}>")
            self.stack.append((indent, tag))
        self.out.append(f"<li>{body}")


def html_page(lines: list[str] | tuple[str, ...], kind: str, numbered_lists: bool = False,
              title: str = "Document") -> str:
    """The text form's ``lines`` as a web page.

    Parameters
    ----------
    lines : sequence of str
        The document in the text form.
    kind : {"recommendations", "programme"}
        Its kind (a programme's short lines before numbered paragraphs become headings).
    numbered_lists : bool
        Print numbered paragraphs as ``<ol start="N">`` (the number is not in the text).
    title : str
        The page's ``<title>``.
    """
    body: list[str] = []
    lists = _Lists(body)
    rows: list[list[str]] = []

    def flush_rows() -> None:
        if rows:
            body.extend(_table_html(rows))
            rows.clear()

    for raw in lines:
        if not raw.strip() or (_SEPARATOR.fullmatch(raw) and "-" in raw):
            continue
        if "\t" in raw:
            lists.close()
            if not (_SEPARATOR.fullmatch(raw.replace("\t", " "))):
                rows.append(raw.split("\t"))
            continue
        flush_rows()
        _line_html(raw, kind, numbered_lists, lists, body)
    flush_rows()
    lists.close()
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>{html.escape(title)}</title><style>td {{vertical-align: top}}</style>"
            "</head>\n<body>\n<header><p>Welsh Local Government Association</p>"
            "<nav><ul><li><a href=\"/\">Home</a></li><li>Publications</li></ul></nav></header>"
            "\n<main>\n" + "\n".join(body) + "\n</main>\n<footer><p>© WLGA. Page 1 of 1</p>"
            "</footer>\n</body></html>\n")


def _line_html(raw: str, kind: str, numbered_lists: bool, lists: _Lists,
               body: list[str]) -> None:
    m = _HEADING.match(raw)
    if m:
        lists.close()
        level = len(m.group(1))
        body.append(f"<h{level}>{_inline_html(m.group(2))}</h{level}>")
        return
    m = _NUMBERED.match(raw)
    if m:
        if numbered_lists:
            lists.close()
            body.append(f'<ol start="{m.group(1)}"><li>{_inline_html(m.group(2))}</li></ol>')
        else:
            lists.close()
            body.append(f"<p>{m.group(1)}. {_inline_html(m.group(2))}</p>")
        return
    m = _BULLET.match(raw)
    if m:
        lists.item(len(m.group(1).expandtabs(4)), "ul", _inline_html(m.group(2)))
        return
    lists.close()
    text = raw.strip()
    if kind == "programme" and text.isupper() and len(text.split()) <= 12:
        body.append(f"<h1>{_inline_html(text)}</h1>")
    else:
        body.append(f"<p>{_inline_html(text)}</p>")


# ------------------------------------------------------------------------------ Word
_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_MARKER_FORMATS = (  # (pattern, numFmt, lvlText)
    (re.compile(r"(\d+)\.(\d+)\.?"), "decimal", "%1.%2"),
    (re.compile(r"(\d+)\."), "decimal", "%1."),
    (re.compile(r"(\d+)\)"), "decimal", "%1)"),
    (re.compile(r"\((\d+)\)"), "decimal", "(%1)"),
    (re.compile(r"R(\d+)"), "decimal", "R%1"),  # a ref list ("R1", "R2": level text "R%1")
    (re.compile(r"\(([ivxlc]+)\)"), "lowerRoman", "(%1)"),
    (re.compile(r"([ivxlc]+)[.)]"), "lowerRoman", "%1)"),
    (re.compile(r"\(([a-z])\)"), "lowerLetter", "(%1)"),
    (re.compile(r"([a-z])\)"), "lowerLetter", "%1)"),
)


def _marker_format(marker: str) -> tuple[str, str, list[int]] | None:
    from wlga_analysis.read.numbering import to_letters, to_roman

    for pattern, fmt, text in _MARKER_FORMATS:
        m = pattern.fullmatch(marker)
        if not m:
            continue
        if fmt == "decimal":
            return fmt, text, [int(g) for g in m.groups()]
        table = to_roman if fmt == "lowerRoman" else to_letters
        value = next((n for n in range(1, 400) if table(n) == m.group(1)), None)
        if value is not None:
            return fmt, text.replace(")", ")") if marker.endswith(")") else text, [value]
    return None


class _WordNumbering:
    """Numbering definitions written into a python-docx document, one instance per list."""

    def __init__(self, document: Any):
        from docx.oxml import parse_xml

        self.parse_xml = parse_xml
        self.root = document.part.numbering_part.element
        self.next_id = 900
        self.lists: dict[tuple, tuple[str, int]] = {}  # key -> (numId, next value)

    def _add(self, levels: list[tuple[str, str, int]]) -> str:
        self.next_id += 1
        aid = nid = str(self.next_id)
        lvls = "".join(
            f'<w:lvl w:ilvl="{i}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{html.escape(text)}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{360 * (i + 1)}" w:hanging="360"/></w:pPr></w:lvl>'
            for i, (fmt, text, start) in enumerate(levels))
        abstract = self.parse_xml(f'<w:abstractNum xmlns:w="{_W_NS}" w:abstractNumId="{aid}">'
                                  f'<w:multiLevelType w:val="multilevel"/>{lvls}</w:abstractNum>')
        overrides = "".join(f'<w:lvlOverride w:ilvl="{i}"><w:startOverride w:val="{s}"/>'
                            f"</w:lvlOverride>" for i, (_, _, s) in enumerate(levels))
        num = self.parse_xml(f'<w:num xmlns:w="{_W_NS}" w:numId="{nid}"><w:abstractNumId '
                             f'w:val="{aid}"/>{overrides}</w:num>')
        first_num = self.root.find(f"{{{_W_NS}}}num")
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            self.root.append(abstract)
        self.root.append(num)
        return nid

    def number(self, paragraph: Any, container: int, marker: str, level: int) -> bool:
        """Number ``paragraph`` so that it prints ``marker``; False when it cannot."""
        if marker and not any(ch.isalnum() for ch in marker):  # a bullet
            key = (container, "bullet", marker)
            if key not in self.lists:
                self.lists[key] = (self._add([("bullet", marker, 1)] * 9), 0)
            self._apply(paragraph, self.lists[key][0], level)
            return True
        found = _marker_format(marker)
        if found is None:
            return False
        fmt, text, values = found
        key = (container, fmt, text, tuple(values[:-1]))
        num_id, expected = self.lists.get(key, (None, None))
        if num_id is None or expected != values[-1]:
            if len(values) == 2:
                levels = [("decimal", "%1.", values[0]), (fmt, text, values[1])]
            else:
                levels = [(fmt, text, values[0])]
            num_id = self._add(levels)
        self.lists[key] = (num_id, values[-1] + 1)
        self._apply(paragraph, num_id, len(values) - 1)
        return True

    def _apply(self, paragraph: Any, num_id: str, ilvl: int) -> None:
        p_pr = paragraph._p.get_or_add_pPr()
        p_pr.append(self.parse_xml(f'<w:numPr xmlns:w="{_W_NS}"><w:ilvl w:val="{ilvl}"/>'
                                   f'<w:numId w:val="{num_id}"/></w:numPr>'))


def _add_runs(paragraph: Any, text: Inline) -> None:
    for piece, bold in text.runs():
        run = paragraph.add_run(piece)
        if bold:
            run.bold = True


class _DocxWriter:
    def __init__(self, numbering: str):
        import docx

        self.document = docx.Document()
        self.auto = numbering == "auto"
        self.numbering = _WordNumbering(self.document) if self.auto else None

    def block(self, container: Any, block: Block, key: int, first: Any = None) -> None:
        if isinstance(block, Table):
            self.table(container, block)
            return
        if isinstance(block, Heading):
            paragraph = self.document.add_heading("", min(block.level, 6)) \
                if container is self.document else container.add_paragraph()
            _add_runs(paragraph, Inline(f"{block.number}. ") + block.text if block.number
                      else block.text)
            return
        paragraph = first if first is not None else container.add_paragraph()
        marker = block.marker if isinstance(block, ListItem) else (
            f"{block.number}." if block.number else None)
        level = block.level if isinstance(block, ListItem) else 0
        if marker and self.numbering is not None and self.numbering.number(
                paragraph, key, marker, level):
            _add_runs(paragraph, block.text)
            return
        _add_runs(paragraph, Inline(f"{marker} ") + block.text if marker else block.text)
        if isinstance(block, ListItem):  # the nesting shows as indentation
            from docx.shared import Inches

            paragraph.paragraph_format.left_indent = Inches(0.25 * (level + 1))

    def table(self, container: Any, table: Table) -> None:
        rows = [table.header, *table.rows] if table.header else list(table.rows)
        width = max((len(r) for r in rows), default=1)
        out = container.add_table(rows=len(rows), cols=width)
        out.style = "Table Grid"
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                target = out.cell(r, c)
                first = target.paragraphs[0]
                for i, block in enumerate(cell.blocks):
                    self.block(target, block, id(table) * 16 + c, first if i == 0 else None)


def docx_bytes(model: DocumentModel, numbering: str = "literal") -> bytes:
    """Write ``model`` as a Word file.

    Parameters
    ----------
    model : DocumentModel
        What to write (e.g. a web page read by :func:`wlga_analysis.read.html.read_html`).
    numbering : {"literal", "auto"}
        ``"literal"``: numbers and markers printed in the text. ``"auto"``: Word's automatic
        numbering; the text has no number, ``word/numbering.xml`` has it.

    Examples
    --------
    >>> from wlga_analysis.read.docx import read_docx
    >>> from wlga_analysis.read.model import Paragraph
    >>> model = DocumentModel([Paragraph(Inline("First"), "6"), Paragraph(Inline("Next"), "7")])
    >>> data = docx_bytes(model, "auto")
    >>> b"6." in data
    False
    >>> [(b.number, b.text.text) for b in read_docx(data).blocks]
    [('6', 'First'), ('7', 'Next')]
    """
    writer = _DocxWriter(numbering)
    for block in model.blocks:
        writer.block(writer.document, block, 0)
    buffer = io.BytesIO()
    writer.document.save(buffer)
    return buffer.getvalue()


def marker_of(text: str) -> str | None:
    """The list marker printed at the start of ``text`` (test helper)."""
    found = parse_marker(text)
    return None if found is None else found.marker
