"""Hostile inputs for the readers added since stop 23 (stop 25, issue #13's rules): Google
Docs pages (CSS counters, :mod:`wlga_analysis.read.gdocs_lists`), Markdown dialects
(:mod:`wlga_analysis.read.md_dialects`), ``<br><br>`` paragraphs
(:mod:`wlga_analysis.read.html_breaks`), PDF tables without rules and a browser's print
(:mod:`wlga_analysis.read.pdf_unruled`, :mod:`wlga_analysis.read.pdf_print`), Word's
plain-text export (:mod:`wlga_analysis.interpret.recommendations.plain_headings`) and Word
numbering listed out of order.

:data:`READERS` maps a name to ``(kind, case, sizes)`` as
:data:`wlga_analysis.testing.hostile_forms.WORD` does: ``case(n)`` returns ``(suffix,
bytes)``, its hostile part growing with ``n``; the probe ``bench/hostile_forms.py --only
READERS`` reads each at its sizes in a fresh process, and ``tests/test_linear_time.py``
times a few at small sizes.

Examples
--------
>>> suffix, data = READERS["md: n {#id} anchors"][1](10)
>>> suffix, data.count(b"{#")
('.md', 10)
"""

from __future__ import annotations

import io
from collections.abc import Callable

from wlga_analysis.testing.hostile import programme_text, recommendations_text
from wlga_analysis.testing.hostile_forms import _main, base_docx, parts_of, rezip

__all__ = ["READERS", "boxes_pdf", "gdocs_page", "grid_pdf", "ruled_grid_pdf"]

Case = Callable[[int], tuple[str, bytes]]


# ------------------------------------------------------------------------- Google Docs
def _gdocs_rules(name: str, counter: str, content: str | None = None) -> str:
    content = content or f'"" counter({counter},decimal) ". "'
    return (f".lst-kix_{name}>li:before{{content:{content}}}"
            f".lst-kix_{name}>li{{counter-increment:{counter}}}"
            f"ol.lst-kix_{name}.start{{counter-reset:{counter} 0}}")


def gdocs_page(css: str, body: str, kind: str = "programme") -> bytes:
    """The shipped ``kind`` web page with ``css`` as a ``<style>`` and ``body`` at the
    start of its main content (a Google Docs page: its lists print their numbers by CSS)."""
    page = _main(body, kind).replace("<head>", f"<head><style>{css}</style>", 1)
    return page.encode("utf-8")


def _gdocs_many_lists(n: int) -> bytes:
    css = "".join(_gdocs_rules(f"l{i}-0", f"lst-ctn-kix_l{i}-0") + f".c{i}{{font-weight:700}}"
                  for i in range(n))
    body = "".join(f'<ol class="lst-kix_l{i}-0 start" start="1"><li class="c{i}">Item {i} '
                   f"is due in June 2022.</li></ol>" for i in range(n))
    return gdocs_page(css, body)


def _gdocs_cycle(n: int) -> bytes:
    """Lists whose items count one another's counters, the restarts in a ring."""
    css = "".join(_gdocs_rules(f"r-{i}", f"c{(i + 1) % 8}",
                               f'"" counter(c{i % 8},lower-roman) "." counter(c{(i + 3) % 8}) " "')
                  + f"ol.lst-kix_r-{i}.start{{counter-reset:c{(i + 5) % 8} -3}}"
                  for i in range(8))
    body = "".join(f'<ol class="lst-kix_r-{i % 8}{" start" * (i % 3 == 0)}"><li>Item {i}.</li>'
                   f"</ol>" for i in range(n))
    return gdocs_page(css, body)


def _gdocs_rising_levels(n: int) -> bytes:
    """``n`` sibling lists, each one level deeper than the one before (level 0 .. n - 1):
    each is nested into the one before, n deep."""
    css = "".join(_gdocs_rules(f"d-{i}", f"c{i}") for i in range(min(n, 50)))
    body = "".join(f'<ol class="lst-kix_d-{i}"><li>Level {i}.</li></ol>' for i in range(n))
    return gdocs_page(css, body)


def _gdocs_big_style(n: int) -> bytes:
    """A ``<style>`` of about ``n`` kB of rules that are no list's (and one list)."""
    rules = "".join(f".c{i}{{color:#000000;font-weight:400;font-size:11pt}}"
                    for i in range(n * 20))
    return gdocs_page(_gdocs_rules("a-0", "c") + rules,
                      '<ol class="lst-kix_a-0 start"><li>One.</li></ol>')


def _gdocs_no_brace(n: int) -> bytes:
    """A ``<style>`` naming a Google Docs list, then ``n`` characters and no ``{``."""
    return gdocs_page(_gdocs_rules("a-0", "c") + ".lst-kix_b-0 " + "x" * n,
                      '<ol class="lst-kix_a-0"><li>One.</li></ol>')


def _gdocs_no_close(n: int) -> bytes:
    """A rule opened and never closed: ``{`` then ``n`` characters."""
    return gdocs_page(_gdocs_rules("a-0", "c") + ".lst-kix_b-0>li{content:" + "x " * n,
                      '<ol class="lst-kix_a-0"><li>One.</li></ol>')


def _gdocs_long_content(n: int) -> bytes:
    """A ``:before`` content of ``n`` tokens, printed before each of ``n`` items (the
    page's text grows as the square of ``n``)."""
    content = '""' + ' counter(c,decimal) "."' * n
    return gdocs_page(_gdocs_rules("a-0", "c", content),
                      '<ol class="lst-kix_a-0 start">' + "<li>Item.</li>" * n + "</ol>")


def _gdocs_long_class(n: int) -> bytes:
    """List class names of ``n`` characters ("lst-kix_" then "-1" repeated)."""
    name = "x" + "-1" * n + "-0"
    return gdocs_page(_gdocs_rules(name, "c"), f'<ol class="lst-kix_{name}"><li>One.</li></ol>'
                      f'<ol class="lst-kix_{"-" * n}"><li>Two.</li></ol>')


def _gdocs_huge_numbers(n: int) -> bytes:
    """Counters reset and stepped by numbers of ``n`` digits."""
    big = "9" * n
    css = (_gdocs_rules("a-0", "c").replace("c 0}", f"c {big}}}")
           + f".lst-kix_b-0>li:before{{content:counter(d,upper-roman)}}"
             f".lst-kix_b-0>li{{counter-increment:d {big}}}")
    return gdocs_page(css, '<ol class="lst-kix_a-0 start"><li>One.</li></ol>'
                      '<ol class="lst-kix_b-0"><li>Two.</li></ol>')


def _gdocs_spaces(n: int) -> bytes:
    """Runs of spaces and U+2028 where the counter rules' patterns look."""
    sp, ls = " " * n, "\u2028" * n
    css = (f".lst-kix_a-0{sp}>{sp}li:before{{content:{sp}\"\"{sp}counter({sp}c{sp},{sp})"
           f"{ls}}}.lst-kix_a-0{sp}>{sp}li{{counter-increment{sp}:{sp}c{sp}{ls}}}"
           f"ol.lst-kix_a-0.start{{counter-reset:{sp}c{sp}{sp}0}}.c1{{font-weight{sp}:{sp}bold}}")
    return gdocs_page(css, '<ol class="lst-kix_a-0 start"><li class="c1">One.</li></ol>')


# --------------------------------------------------------------------- Markdown dialects
def _md(text: str) -> tuple[str, bytes]:
    return ".md", text.encode("utf-8")


def _md_anchors(n: int) -> tuple[str, bytes]:
    paragraphs = tuple(f"### Section {i} {{#section-{i}}}\n\n- Item {i} is due in June 2022.\n"
                       for i in range(n))
    return _md(programme_text(paragraphs=paragraphs))


def _md_anchor_spaces(n: int) -> tuple[str, bytes]:
    return _md(programme_text(paragraphs=(
        "### Section {#a" + " " * n + "b", "### Other {#a" + " x" * n,
        "### Third {#a} " + " " * n + "x", "#" + " {#" * n)))


def _md_task_tabs(n: int) -> tuple[str, bytes]:
    """``n`` task items nested by TABs, 1 to 1,000 deep and back."""
    bullets = tuple("\t" * (1 + i % 1000) + f"- [{'x' if i % 2 else ' '}] Task {i} in June 2022."
                    for i in range(n))
    return _md(programme_text(bullets=("- Tasks:", *bullets)))


def _md_task_runs(n: int) -> tuple[str, bytes]:
    return _md(programme_text(bullets=(
        "- [x]" + " " * n + "x", "\t" * n + "- [ ] x", " " * n + "- [x] y",
        "- [x] " + "[x] " * n, "\t" * n + "x", "\t- " + "\t" * n)))


def _md_callouts(n: int) -> tuple[str, bytes]:
    """Callouts inside callouts, 500 deep and back, ``n`` lines."""
    lines = tuple(("> " * (1 + i % 500)) + ("[!NOTE] Title" if i % 2 else f"Text {i}.")
                  for i in range(n))
    return _md(programme_text(paragraphs=lines))


def _md_callout_runs(n: int) -> tuple[str, bytes]:
    return _md(programme_text(paragraphs=(
        "> [!NOTE]" + " " * n + "x", "> [!" + "A" * n, ">" * n, "> [!TIP]-" + "\u2028" * n,
        *("> line" for _ in range(n // 10)))))


def _md_emphasis(n: int) -> tuple[str, bytes]:
    return _md(programme_text(paragraphs=(
        "*a" + " " * n + "b", "*a" + "*" * n, "_a" + " _" * n, "*a" + "\u2028" * n + "*",
        "*" + "a " * n + " *" + " " * n + "x", "**" * n, *(f"*Lead {i}*" for i in range(n // 20)))))


# ---------------------------------------------------------------------- <br><br> paragraphs
def _html(kind: str, body: str) -> tuple[str, bytes]:
    return ".html", _main(body, kind).encode("utf-8")


def _br_many(n: int) -> tuple[str, bytes]:
    return _html("programme", "<p>3. Breaks" + "<br>" * n + "after</p>")


def _br_only(n: int) -> tuple[str, bytes]:
    return _html("programme", "<p>" + "<br><br>" * n + "</p>" + "<p>" + "<br> \n" * n + "</p>")


def _br_paragraphs(n: int) -> tuple[str, bytes]:
    return _html("programme", "<p>" + "".join(f"{i}. Paragraph {i} is due in June 2022.<br><br>"
                                            for i in range(4, n + 4)) + "</p>")


def _br_in_cells(n: int) -> tuple[str, bytes]:
    cell = "<td>" + "".join(f"{i}. That it is done (WLGA).<br><br>" for i in range(20)) + "</td>"
    rows = "".join(f"<tr><td>Area {k}</td><td>Did it.</td>{cell}</tr>" for k in range(n))
    return _html("recommendations", f"<table><tr><th>Area</th><th>Activity</th>"
                                    f"<th>Recommendations</th></tr>{rows}</table>")


def _br_nested_p(n: int) -> tuple[str, bytes]:
    return _html("programme", "<div><p>a<br><br>" * n + "b" + "</p></div>" * n)


# ------------------------------------------------------------------------------- PDF
def grid_pdf(rows: int, columns: int, header: bool = True, bold_every: int = 0,
             width: float = 0.0, gap: float = 12.0) -> bytes:
    """A one-page PDF of a grid of words with no ruling line: a bold header row of
    ``columns`` cells (``header``), then ``rows`` lines of a word in each column (every
    ``bold_every``-th line bold too); the page as large as the grid needs."""
    from reportlab.pdfgen import canvas

    col = 40.0
    width = width or max(595.0, 60 + columns * col)
    height = max(842.0, 100 + (rows + 2) * gap)
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=(width, height), invariant=1)
    y = height - 50
    if header:
        c.setFont("Helvetica-Bold", 9)
        for k in range(columns):
            c.drawString(30 + k * col, y, f"H{k}")
        y -= gap * 1.6
    for r in range(rows):
        c.setFont("Helvetica-Bold" if bold_every and r % bold_every == 0 else "Helvetica", 9)
        for k in range(columns):
            c.drawString(30 + k * col, y, f"w{r}.{k}")
        y -= gap
    c.showPage()
    c.save()
    return buffer.getvalue()


def ruled_grid_pdf(rows: int, columns: int, cell_by_cell: bool = True, tables: int = 1
                   ) -> bytes:
    """A one-page PDF of ``tables`` ruled tables, one under another, each a header row and
    ``rows`` rows of ``columns`` cells, a word in each; every cell's four borders drawn
    (``cell_by_cell``, as a word processor's export draws them) or one line per row and
    column boundary (as :mod:`wlga_analysis.testing.publish_pdf` draws a table's grid);
    the page as large as the tables need."""
    from reportlab.pdfgen import canvas

    col, gap = 40.0, 14.0
    width = max(595.0, 60 + columns * col)
    height = max(842.0, 100 + tables * (rows + 2) * gap)
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=(width, height), invariant=1)
    c.setLineWidth(0.6)
    y = height - 50
    for t in range(tables):
        ys = [y - k * gap for k in range(rows + 2)]
        xs = [30 + k * col for k in range(columns + 1)]
        if cell_by_cell:
            for r in range(rows + 1):
                for k in range(columns):
                    c.rect(xs[k], ys[r + 1], col, gap)
        else:
            for at in ys:
                c.line(xs[0], at, xs[-1], at)
            for at in xs:
                c.line(at, ys[0], at, ys[-1])
        for r in range(rows + 1):
            c.setFont("Helvetica-Bold" if r == 0 else "Helvetica", 8)
            for k in range(columns):
                c.drawString(xs[k] + 2, ys[r + 1] + 4, f"H{t}.{k}" if r == 0 else f"w{r}.{k}")
        y = ys[-1] - gap
    c.showPage()
    c.save()
    return buffer.getvalue()


def _pdf_column_of_lines(rows: int) -> bytes:
    """Bold header lines of three cells, each over lines printing in one column only (no
    table: each header's body is read, and refused, to the page's end)."""
    from reportlab.pdfgen import canvas

    height = max(842.0, 100 + rows * 12 * 1.2)
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=(595, height), invariant=1)
    y = height - 50
    for r in range(rows):
        if r % 3 == 0:
            c.setFont("Helvetica-Bold", 9)
            for k in range(3):
                c.drawString(30 + k * 150, y, f"Head{k}")
            y -= 14
        else:
            c.setFont("Helvetica", 9)
            c.drawString(30 + (r % 3) * 150, y, f"Line {r}")
            y -= 12
    c.showPage()
    c.save()
    return buffer.getvalue()


def _pdf_print(n: int) -> bytes:
    """A browser's print: ``n`` small lines of bars above the title, every page's footer a
    web address, and ``n // 40`` pages whose every line is small print."""
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=(595, 842), invariant=1)
    pages = max(1, n // 40)
    for p in range(pages):
        c.setFont("Helvetica", 7)
        c.drawString(20, 826, "12/07/2026, 16:40")
        c.drawString(20, 14, "https://www.example.gov.wales/reports/x")
        c.drawRightString(575, 14, f"{p + 1}/{pages}")
        y = 800
        for k in range(40):
            c.drawString(40, y, f"Home | Services | Reports | Page {p} link {k}")
            y -= 9
        if p == 0:
            c.setFont("Helvetica", 24)
            c.drawString(40, y - 20, "Programme report")
            c.setFont("Helvetica", 10)
            c.drawString(40, y - 40, "1. The work continues and is due in June 2022.")
        c.showPage()
    c.save()
    return buffer.getvalue()


def boxes_pdf(boxes: int, beside: bool = False, pages: int = 1, columns: int = 1) -> bytes:
    """A PDF of ``boxes`` one-cell boxes (a ruled frame round a line of text), one under
    another, spread over ``pages`` pages (each as long as its boxes need); each box with a
    line of text beside it (``beside``), or the boxes in two columns, a line of text in the
    other column beside each (``columns`` 2)."""
    from reportlab.pdfgen import canvas

    per, gap = -(-boxes // pages), 30.0
    rows = -(-per // columns)
    height = max(842.0, 100 + rows * gap)
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=(595, height), invariant=1)
    c.setLineWidth(0.6)
    for p in range(pages):
        c.setFont("Helvetica", 9)
        for k in range(p * per, min(boxes, (p + 1) * per)):
            row, side = divmod(k - p * per, columns)
            x, y = (40.0 if side == 0 else 320.0), height - 60 - row * gap
            width = 230.0 if columns == 2 or beside else 500.0
            c.rect(x, y - 6, width, 22)
            c.drawString(x + 4, y + 4, f"Box {k}.")
            if beside or columns == 2:
                c.drawString(320.0 if side == 0 else 40.0, y + 4, f"Text beside box {k}.")
        c.showPage()
    c.save()
    return buffer.getvalue()


def _pdf(make: Callable[[int], bytes]) -> Case:
    return lambda n: (".pdf", make(n))


# ------------------------------------------------------------------ Word, plain text
def _plain_tables(n: int) -> tuple[str, bytes]:
    """A Word plain-text export: ``n`` short plain lines, each over a TAB table."""
    parts = ["Review of arrangements", ""]
    for i in range(n):
        parts += [f"Theme {i}: Topic {i}", "No.\tRecommendation\tOwner",
                  f"{i}\tThat the council acts on topic {i}.\tWLGA", ""]
    return ".txt", "\n".join(parts).encode()


def _spaced_rules(n: int) -> tuple[str, bytes]:
    """A plain-text update of ``n`` dashed rules of columns, each under a line and over a
    numbered line, no blank line between (each rule's table was looked for over all the
    lines after it)."""
    parts = ["WLGA IMPROVEMENT PROGRAMME 2026-27 UPDATE", "", "Date: 10 July 2026", ""]
    for i in range(n):
        parts += ["Ref    Action    Status", "---    ------    ------",
                  f"1.{i + 1} Item {i} is on track for June 2026."]
    return ".txt", "\n".join(parts).encode()


def _crosswalk_spaces(n: int) -> tuple[str, bytes]:
    """A crosswalk table (old ref -> new ref) whose old-ref cell holds a run of ``n``
    spaces between two refs."""
    text = ("# Delivery Plan 2026-27: Quarter 1 update\n\nDate: 10 July 2026\n\n"
            "| Ref | Action | Status | Target date |\n| --- | --- | --- | --- |\n"
            "| P1.1 | Empty homes scheme | On track | March 2027 |\n\n"
            "| Previous ref | New ref | Note |\n| --- | --- | --- |\n"
            f"| H1{' ' * n}x, H2 | P1.1 | combined |\n")
    return ".md", text.encode()


def _plain_runs(n: int) -> tuple[str, bytes]:
    parts = ["Review " + "of " * n + "arrangements", "", "Theme 1:" + " " * n + "x",
             "No.\tRecommendation\tOwner", "1\tThat it is done.\tWLGA", "",
             "Exhibit" + " " * n + "1", "No.\tRecommendation\tOwner", "2\tThat" + "\t" * n, "",
             "\u2028" * n, "No.\tRecommendation\tOwner", "3\tThat it is done.\tWLGA"]
    return ".txt", "\n".join(parts).encode()


def _plain_cover(n: int) -> tuple[str, bytes]:
    rows = [f"Label {i}:\tValue {i}" for i in range(n)]
    paras = [f"{i}. Paragraph {i} of the report." for i in range(1, n + 1)]
    return ".txt", "\n".join(["Report of the board", "", *rows, *paras, "",
                              recommendations_text()]).encode()


_NUM = "word/numbering.xml"


def _numbering_out_of_order(n: int) -> bytes:
    """Every abstract numbering's levels listed from the last to the first, each level
    repeated ``n`` times (a tool's damaged ``numbering.xml``)."""
    import re

    data = base_docx("programme")
    xml = parts_of(data)[_NUM].decode()

    def reverse(m: re.Match[str]) -> str:
        levels = re.findall(r"<w:lvl .*?</w:lvl>", m.group(2), re.DOTALL)
        rest = re.sub(r"<w:lvl .*?</w:lvl>", "", m.group(2), flags=re.DOTALL)
        return m.group(1) + rest + "".join(lv * n for lv in reversed(levels)) + m.group(3)

    xml = re.sub(r"(<w:abstractNum [^>]*>)(.*?)(</w:abstractNum>)", reverse, xml,
                 flags=re.DOTALL)
    return rezip(data, {_NUM: xml.encode()})


def _numbering_many(n: int) -> bytes:
    """``n`` abstract numberings and numbers, none used."""
    data = base_docx("programme")
    xml = parts_of(data)[_NUM].decode()
    extra = "".join(f'<w:abstractNum w:abstractNumId="{1000 + i}"><w:lvl w:ilvl="{i % 9}">'
                    f'<w:start w:val="{i}"/><w:numFmt w:val="decimal"/><w:lvlText '
                    f'w:val="%{1 + i % 9}."/></w:lvl></w:abstractNum>' for i in range(n))
    nums = "".join(f'<w:num w:numId="{1000 + i}"><w:abstractNumId w:val="{1000 + i}"/>'
                   f"</w:num>" for i in range(n))
    first = xml.index("<w:abstractNum ")
    xml = xml[:first] + extra + xml[first:]
    xml = xml.replace("</w:numbering>", nums + "</w:numbering>")
    return rezip(data, {_NUM: xml.encode()})


def _docx(make: Callable[[int], bytes]) -> Case:
    return lambda n: (".docx", make(n))


def _b(make: Callable[[int], bytes], suffix: str = ".html") -> Case:
    return lambda n: (suffix, make(n))


#: name -> (kind, case, sizes).
READERS: dict[str, tuple[str, Case, tuple[int, ...]]] = {
    "gdocs: n counter rules and lst-kix classes": ("programme", _b(_gdocs_many_lists),
                                                   (2_000, 4_000)),
    "gdocs: counter-reset ring, n lists": ("programme", _b(_gdocs_cycle), (2_000, 4_000)),
    "gdocs: n sibling lists of rising level": ("programme", _b(_gdocs_rising_levels),
                                               (1_000, 2_000)),
    "gdocs: a <style> of n kB": ("programme", _b(_gdocs_big_style), (500, 1_000)),
    "gdocs: <style> of n characters with no '{'": ("programme", _b(_gdocs_no_brace),
                                                   (50_000, 100_000)),
    "gdocs: a rule never closed, n words": ("programme", _b(_gdocs_no_close),
                                            (50_000, 100_000)),
    "gdocs: content of n counters before n items": ("programme", _b(_gdocs_long_content),
                                                    (2_000, 4_000)),
    "gdocs: class names of n characters": ("programme", _b(_gdocs_long_class),
                                           (20_000, 40_000)),
    "gdocs: counters of n digits": ("programme", _b(_gdocs_huge_numbers), (5_000,)),
    "gdocs: runs of n spaces in the rules": ("programme", _b(_gdocs_spaces),
                                             (20_000, 40_000)),
    "md: n {#id} anchors": ("programme", _md_anchors, (10_000, 20_000)),
    "md: runs of n spaces at anchors": ("programme", _md_anchor_spaces, (10_000, 20_000)),
    "md: n task boxes nested by TABs": ("programme", _md_task_tabs, (1_000, 2_000)),
    "md: runs of n at task boxes and TABs": ("programme", _md_task_runs, (10_000, 20_000)),
    "md: n callout lines nested 500 deep": ("programme", _md_callouts, (1_000, 2_000)),
    "md: runs of n at callouts": ("programme", _md_callout_runs, (20_000, 40_000)),
    "md: runs of n at emphasis lines": ("programme", _md_emphasis, (10_000, 20_000)),
    "br: n <br> in one <p>": ("programme", _br_many, (10_000, 20_000)),
    "br: <p> of n <br><br> only": ("programme", _br_only, (5_000, 10_000)),
    "br: n paragraphs parted by <br><br>": ("programme", _br_paragraphs, (2_000, 4_000)),
    "br: n rows of cells parted by <br><br>": ("recommendations", _br_in_cells, (50, 100)),
    "br: n nested <p> of <br><br>": ("programme", _br_nested_p, (2_000, 4_000)),
    "pdf: grid of n rows x 5 columns, no rules": ("recommendations", _pdf(
        lambda n: grid_pdf(n, 5)), (500, 1_000)),
    "pdf: grid of 5 rows x n columns, no rules": ("recommendations", _pdf(
        lambda n: grid_pdf(5, n)), (500, 1_000)),
    "pdf: grid of n rows, every line bold": ("recommendations", _pdf(
        lambda n: grid_pdf(n, 5, bold_every=1)), (500, 1_000)),
    "pdf: ruled grid of 5 rows x n columns": ("recommendations", _pdf(
        lambda n: ruled_grid_pdf(5, n)), (500, 1_000)),
    "pdf: ruled grid of n rows x 5 columns": ("recommendations", _pdf(
        lambda n: ruled_grid_pdf(n, 5)), (500, 1_000)),
    "pdf: ruled grid of 5 rows x n columns, a line per boundary": ("recommendations", _pdf(
        lambda n: ruled_grid_pdf(5, n, cell_by_cell=False)), (500, 1_000)),
    "pdf: n ruled tables of 2 x 2 cells on one page": ("recommendations", _pdf(
        lambda n: ruled_grid_pdf(1, 2, tables=n)), (200, 400)),
    "pdf: n bold header lines over one-column lines": ("recommendations", _pdf(
        _pdf_column_of_lines), (1_000, 2_000)),
    # (at most 750 boxes a page: a page of more than 3,000 ruling segments has no table)
    "pdf: n one-cell boxes on one page": ("recommendations", _pdf(boxes_pdf), (250, 500)),
    "pdf: n one-cell boxes, a line beside each": ("recommendations", _pdf(
        lambda n: boxes_pdf(n, beside=True)), (125, 250)),
    "pdf: n one-cell boxes over 20 pages": ("recommendations", _pdf(
        lambda n: boxes_pdf(n, pages=20)), (1_000, 2_000)),
    "pdf: n one-cell boxes in two columns": ("recommendations", _pdf(
        lambda n: boxes_pdf(n, columns=2)), (125, 250)),
    "pdf: browser print, n lines of furniture": ("programme", _pdf(_pdf_print),
                                                 (400, 800)),
    "txt: n plain lines over TAB tables": ("recommendations", _plain_tables, (1_000, 2_000)),
    "txt: n plain lines over TAB tables, as a programme": ("programme", _plain_tables,
                                                           (1_000, 2_000)),
    "txt: runs of n in plain headings": ("recommendations", _plain_runs, (20_000, 40_000)),
    "txt: n dashed rules of columns, no blank line": ("programme", _spaced_rules,
                                                      (4_000, 8_000)),
    "md: a crosswalk cell with a run of n spaces": ("programme", _crosswalk_spaces,
                                                    (20_000, 40_000)),
    "txt: cover table of n rows": ("recommendations", _plain_cover, (1_000, 2_000)),
    "docx: numbering levels out of order, n copies": ("programme", _docx(
        _numbering_out_of_order), (200, 400)),
    "docx: n abstract numberings": ("programme", _docx(_numbering_many), (5_000, 10_000)),
}
