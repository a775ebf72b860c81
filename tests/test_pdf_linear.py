"""The fast paths that read a PDF's tables in linear time give what the plain tests of every
word against every cell (every segment against every other) gave, on awkward inputs:
overlapping and merged cells, words and lines on a cell's edge, coordinates that are no
finite number, many tables on one page (issue #13; stop 26)."""

from __future__ import annotations

import math
import random

import pytest

from wlga_analysis.read import pdf_page
from wlga_analysis.read.pdf_cells import WordIndex, inside

_TOL = pdf_page._TOL


# ------------------------------------------------------------------ the slow references
def _row_cells_slow(words, row):
    boxes = [bbox for bbox in row if bbox is not None]
    top = min((b[1] for b in boxes), default=0.0)
    bottom = max((b[3] for b in boxes), default=-1.0)
    band = [w for w in words if top <= (w["top"] + w["bottom"]) / 2 <= bottom]
    return [[] if bbox is None else [w for w in band if inside(w, bbox)] for bbox in row]


def _touching_slow(horizontal, vertical):
    return {(i, j) for i, si in enumerate(horizontal) for j, sj in enumerate(vertical)
            if si[1] - _TOL <= sj[0] <= si[2] + _TOL and sj[1] - _TOL <= si[0] <= sj[2] + _TOL}


def _covered_slow(segments, at, point):
    return any(abs(pos - at) <= _TOL * 2 and lo - _TOL <= point <= hi + _TOL
               for pos, lo, hi in segments)


def _row_breaks_slow(vertical, xs, top, bottom):
    ends: dict[float, set[int]] = {}
    for x, y0, y1 in vertical:
        if not xs[0] - 2 * _TOL <= x <= xs[-1] + 2 * _TOL:
            continue
        column = min(range(len(xs)), key=lambda k: abs(xs[k] - x))
        for y in (y0, y1):
            ends.setdefault(round(y), set()).add(column)
    return sorted(y for y in (float(y) for y, cs in ends.items() if len(cs) == len(xs))
                  if top + _TOL < y < bottom - _TOL)


def _cells_slow(xs, ys, vertical, horizontal):
    rows = []
    for r in range(len(ys) - 1):
        row = []
        mid_y = (ys[r] + ys[r + 1]) / 2
        for c in range(len(xs) - 1):
            mid_x = (xs[c] + xs[c + 1]) / 2
            if c > 0 and not _covered_slow(vertical, xs[c], mid_y):
                row.append(None)
                for k in range(c - 1, -1, -1):
                    if row[k] is not None:
                        row[k] = (row[k][0], row[k][1], xs[c + 1], row[k][3])
                        break
            elif r > 0 and not _covered_slow(horizontal, ys[r], mid_x):
                row.append(None)
                for k in range(r - 1, -1, -1):
                    if rows[k][c] is not None:
                        rows[k][c] = (*rows[k][c][:3], ys[r + 1])
                        break
            else:
                row.append((xs[c], ys[r], xs[c + 1], ys[r + 1]))
        rows.append(row)
    return rows


# ---------------------------------------------------------------------------- inputs
def _word(k, x0, top, width=12.0, height=10.0):
    return {"text": f"w{k}", "x0": x0, "x1": x0 + width, "top": top, "bottom": top + height}


def _words(rng, n):
    """Words on a coarse lattice (so that many centres fall exactly on cell edges), some
    wide, some at the same place, one with no number for a coordinate."""
    words = [_word(k, 10.0 * rng.randint(0, 20), 5.0 * rng.randint(0, 30),
                   width=rng.choice([10.0, 20.0, 60.0]), height=rng.choice([10.0, 4.0]))
             for k in range(n)]
    words.append(_word(n, math.nan, 20.0))
    words.append(_word(n + 1, 50.0, math.inf))
    words.append(dict(words[0], text="same place"))
    return words


def _row(rng):
    """A row of cells: overlapping boxes, a merged slot (None), an inverted box, edges on
    the lattice of the words' centres, a box with a NaN edge."""
    top = 5.0 * rng.randint(0, 25)
    out = []
    x = 0.0
    for _ in range(rng.randint(1, 6)):
        if rng.random() < 0.15:
            out.append(None)
            continue
        width = 5.0 * rng.randint(0, 12)
        bottom = top + 5.0 * rng.randint(-1, 6)
        out.append((x, top, x + width, bottom))
        x += 5.0 * rng.randint(-2, 10)  # (the next may overlap this one)
    if rng.random() < 0.1:
        out.append((math.nan, top, 50.0, top + 20))
    return out


@pytest.mark.parametrize("seed", range(40))
def test_the_cells_words_are_those_a_test_of_every_word_gives(seed):
    rng = random.Random(seed)
    words = _words(rng, rng.randint(0, 60))
    index = WordIndex(words)
    for _ in range(8):
        row = _row(rng)
        assert index.row_cells(row) == _row_cells_slow(words, row)
    assert index.row_cells([]) == []


@pytest.mark.parametrize("seed", range(20))
def test_the_words_outside_the_tables_are_those_a_test_of_every_word_gives(seed):
    rng = random.Random(seed)
    words = _words(rng, rng.randint(0, 60))
    index = WordIndex(words)
    boxes = [b for b in _row(rng) + _row(rng) if b is not None]
    for bbox in boxes:
        assert index.within(bbox) == [w for w in words if inside(w, bbox)]
    left = index.outside(boxes)
    assert left == [w for w in words if not any(inside(w, b) for b in boxes)]


def _segments(rng, n, across):
    """Segments ``(position, lo, hi)`` on a lattice: touching at their ends, within the
    tolerance, long ones, and a few with infinite or NaN coordinates."""
    out = []
    for _ in range(n):
        pos = 1.5 * rng.randint(0, 200)
        lo = 1.5 * rng.randint(0, 200) - 0.5 * rng.randint(0, 3)
        hi = lo + rng.choice([3.5, 15.0, 90.0, 400.0, 20000.0])
        out.append((pos, lo, hi))
    if across:
        out += [(30.0, -math.inf, 50.0), (math.nan, 0.0, 100.0), (45.0, 10.0, math.inf)]
    return out


@pytest.mark.parametrize("seed", range(30))
def test_touching_segments_are_those_a_test_of_every_pair_gives(seed):
    rng = random.Random(seed)
    horizontal = _segments(rng, rng.randint(0, 40), across=seed % 3 == 0)
    vertical = _segments(rng, rng.randint(0, 40), across=seed % 2 == 0)
    if seed % 5 == 0:
        horizontal.append((math.inf, 0.0, 300.0))
    assert set(pdf_page._touching(horizontal, vertical)) == _touching_slow(horizontal, vertical)


@pytest.mark.parametrize("seed", range(20))
def test_a_slot_is_covered_as_a_test_of_every_segment_says(seed):
    rng = random.Random(seed)
    segments = _segments(rng, rng.randint(0, 30), across=seed % 2 == 0)
    covers = pdf_page._Covers(segments)
    for _ in range(60):
        at, point = 1.5 * rng.randint(0, 200) + rng.choice([0, 3.0, -3.0]), \
            1.5 * rng.randint(0, 200)
        assert covers.covered(at, point) == _covered_slow(segments, at, point)
    assert covers.covered(math.nan, 1.0) is False


@pytest.mark.parametrize("seed", range(20))
def test_undrawn_row_breaks_are_those_every_segment_gives(seed):
    rng = random.Random(seed)
    xs = sorted({10.0 * rng.randint(0, 30) for _ in range(rng.randint(2, 6))})
    if len(xs) < 2:
        xs = [0.0, 10.0]
    vertical = []
    for _ in range(rng.randint(0, 40)):  # (cells drawn one by one: many ends at a height)
        x = rng.choice(xs) + rng.choice([0.0, 1.0, -2.9, 5.0, 400.0])
        y0 = 10.0 * rng.randint(0, 20) + rng.choice([0.0, 0.4, 0.5, -0.5])
        vertical.append((x, y0, y0 + 10.0 * rng.randint(1, 5)))
    for x in xs:  # (every column broken at one height)
        vertical.append((x, 60.0, 95.0))
    top, bottom = 10.0 * rng.randint(0, 5), 10.0 * rng.randint(5, 25)
    found = sorted(pdf_page._Ends(vertical).row_breaks(xs, top, bottom))
    assert found == _row_breaks_slow(vertical, xs, top, bottom)


def test_an_end_at_no_finite_height_fails_as_it_did():
    with pytest.raises(OverflowError):
        pdf_page._Ends([(10.0, 0.0, math.inf)]).row_breaks([10.0, 20.0], 0.0, 50.0)
    assert pdf_page._Ends([(500.0, 0.0, math.inf)]).row_breaks([10.0, 20.0], 0.0, 50.0) == []


@pytest.mark.parametrize("x", [-5.0, 0.0, 4.99, 5.0, 5.01, 10.0, 14.0, 15.0, 31.0, 1e9,
                               math.inf, -math.inf])
def test_the_nearest_column_is_the_first_of_the_nearest(x):
    xs = [0.0, 10.0, 20.0, 30.0]
    assert pdf_page._nearest(xs, x) == min(range(len(xs)), key=lambda k: abs(xs[k] - x))


@pytest.mark.parametrize("seed", range(30))
def test_merged_cells_are_widened_and_deepened_as_before(seed):
    rng = random.Random(seed)
    xs = [0.0, 40.0, 80.0, 120.0, 160.0, 200.0][:rng.randint(2, 6)]
    ys = [0.0, 20.0, 40.0, 60.0, 80.0][:rng.randint(2, 5)]
    vertical = [(x, y, y + 20.0) for x in xs for y in ys[:-1] if rng.random() < 0.6]
    horizontal = [(y, x, x + 40.0) for y in ys for x in xs[:-1] if rng.random() < 0.6]
    got = pdf_page._cells(xs, ys, pdf_page._Covers(vertical), pdf_page._Covers(horizontal))
    assert got == _cells_slow(xs, ys, vertical, horizontal)


def test_a_page_of_many_ruled_tables_reads_each_table():
    import pypdfium2 as pdfium

    from wlga_analysis.testing.hostile_readers import ruled_grid_pdf

    pdf = pdfium.PdfDocument(ruled_grid_pdf(2, 3, tables=12))
    page = pdf[0]
    height = page.get_height()
    grids = pdf_page.ruled_tables(page, height, pdf_page.page_words(page, height))
    assert len(grids) == 12
    assert all(len(g.rows) == 3 and len(g.rows[0]) == 3 for g in grids)
    pdf.close()


@pytest.mark.parametrize("cell_by_cell", [True, False])
def test_a_wide_ruled_grid_reads_every_cell(cell_by_cell):
    from wlga_analysis.read.pdf import read_pdf
    from wlga_analysis.testing.hostile_readers import ruled_grid_pdf

    model = read_pdf(ruled_grid_pdf(3, 60, cell_by_cell=cell_by_cell))
    table = model.blocks[0]
    assert len(table.header) == 60 and len(table.rows) == 3
    assert table.rows[2][59].blocks[0].text.text == "w3.59"


# ------------------------------------------------ the one-CPU fast paths (stop 26, part 2)
@pytest.mark.parametrize("word", [
    {"text": "Plain", "bold": False},
    {"text": "  Bold  word ", "bold": True},
    {"text": "   ", "bold": True},
    {"text": "", "bold": False},
    {"text": "Heavy", "fontname": "ABCDEF+Arial-BoldMT"},
    {"text": "Light", "fontname": "Helvetica"},
    {"text": "\u2022", "bold": False},
    {"text": "Courier  text", "bold": False, "spaced": "Courier    text"},
    {"text": "x", "bold": True, "x0": math.nan},
])
def test_a_word_alone_on_its_line_is_read_as_the_general_path_reads_it(word):
    from wlga_analysis.read.pdf_lines import _line, _one_word_line

    w = {"x0": 10.0, "x1": 40.0, "top": 5.0, "bottom": 14.0, "size": 9.0, **word}
    assert repr(_one_word_line(dict(w), 3)) == repr(_line([dict(w)], 3))


class _FakeRaw:
    """``FPDFTextObj_GetText`` writing a given text (UTF-16, with its closing U+0000)."""

    def __init__(self, text):
        self.data = text.encode("utf-16-le") + b"\x00\x00"

    def FPDFText_CountChars(self, textpage):
        return len(self.data)

    def FPDFTextObj_GetText(self, obj, textpage, pointer, length):
        import ctypes

        if pointer and length >= len(self.data):
            ctypes.memmove(pointer, self.data, len(self.data))
        return len(self.data)


@pytest.mark.parametrize("text", ["Plain text", "self\x02", "a\x00b", "\x00", "\x02\x02",
                                  "ends\x00\x00", "", "\r\nline", "\ud7ff\u00e9"])
def test_an_objects_text_is_cleaned_as_before(text):
    buffer = pdf_page._TextBuffer(_FakeRaw(text), None)
    full = (text.encode("utf-16-le") + b"\x00\x00").decode("utf-16-le", "replace")
    expected = "" if len(full.encode("utf-16-le")) <= 2 else pdf_page._clean(full)
    assert buffer.text(object()) == expected


def _pdf_with_forms(forms: bool) -> bytes:
    import io

    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out, invariant=1)
    if forms:
        c.beginForm("box")
        c.rect(10, 10, 50, 20)
        c.drawString(12, 14, "In a form")
        c.endForm()
        c.doForm("box")
    c.drawString(100, 700, "On the page")
    c.line(100, 690, 300, 690)
    c.showPage()
    c.save()
    return out.getvalue()


@pytest.mark.parametrize("forms", [False, True])
def test_a_pages_objects_are_those_the_walk_finds(forms):
    import ctypes

    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    pdf = pdfium.PdfDocument(_pdf_with_forms(forms))
    page = pdf[0]
    count = pdf_page.count_objects(page, 1000)
    walked: dict[int, list[int]] = {}
    for obj, kind in pdf_page._walk(raw, page):
        walked.setdefault(kind, []).append(ctypes.cast(obj, ctypes.c_void_p).value)
    found = {kind: [ctypes.cast(o, ctypes.c_void_p).value for o in objs]
             for kind, objs in page._wlga_objects.items()}
    assert found == walked and count == sum(map(len, walked.values()))
    assert (raw.FPDF_PAGEOBJ_FORM in found) == forms
    pdf.close()


@pytest.mark.parametrize("seed", range(20))
def test_words_in_ruled_tables_are_those_a_test_of_every_table_gives(seed):
    from wlga_analysis.read.pdf_unruled import _in, _inside_any

    rng = random.Random(seed)
    words = [{"x0": 5.0 * rng.randint(0, 40), "top": rng.choice([5.0 * rng.randint(0, 40),
                                                                  math.nan, math.inf])}
             for _ in range(rng.randint(0, 50))]
    boxes = [(5.0 * rng.randint(0, 30), top, 5.0 * rng.randint(0, 40),
              rng.choice([top + 5.0 * rng.randint(-2, 20), math.nan]))
             for top in (5.0 * rng.randint(0, 30) for _ in range(rng.randint(0, 6)))]
    assert _inside_any(words, boxes) == [any(_in(w, b) for b in boxes) for w in words]


def test_a_page_of_many_ruled_tables_and_a_bold_line_keeps_its_unruled_reading():
    from wlga_analysis.read.pdf_unruled import unruled_tables

    def word(text, x0, top, bold=False):
        return {"text": text, "x0": x0, "x1": x0 + 6 * len(text), "top": top,
                "bottom": top + 9, "size": 9, "bold": bold}

    class Grid:
        def __init__(self, bbox):
            self.bbox = bbox

    words = [word("Area", 50, 100, True), word("Done", 150, 100, True),
             word("Next", 300, 100, True), word("Homes", 50, 120, True),
             word("Surveys done.", 150, 120), word("R1 That", 300, 120),
             word("they act.", 300, 131), word("Roads", 50, 150, True),
             word("Plans agreed.", 150, 150), word("R2 That", 300, 150)]
    ruled = [Grid((40, 400 + 30 * k, 500, 420 + 30 * k)) for k in range(30)]
    inside = [word(f"T{k}", 50, 405 + 30 * k, True) for k in range(30)]
    found = unruled_tables(words + inside, ruled)
    assert [len(g.rows) for g in found] == [3]
    assert unruled_tables(words + inside, [Grid((40, 90, 500, 200))]) == []


# ------------------------------------------------------------- boxes in reading order
def _page_items(rng, n, columns):
    """A page's items in reading order (by top): lines in a few columns, tall and flat ones,
    tops on a coarse grid (ties), a table here and there; lines of a column block (an
    ``order``) when ``columns``."""
    from types import SimpleNamespace

    xs = [(0.0, 100.0), (100.0, 200.0), (200.0, 300.0), (50.0, 250.0), (99.5, 150.0)]
    items = []
    for k in range(n):
        top = float(rng.randrange(0, 40) * 5)
        if rng.random() < 0.1:
            items.append(SimpleNamespace(top=top, bottom=top + 20, columns=(rng.choice(
                [0, 100, 200]), 300), rows=[]))
            continue
        x0, x1 = rng.choice(xs)
        line = SimpleNamespace(text=f"l{k}", top=top, bottom=top + rng.choice([0, 5, 9, 30]),
                               x0=x0, x1=x1, order=None, column_start=False, panel=False)
        if columns and rng.random() < 0.5:
            line.order = top + 0.5 * (x0 >= 100)
            line.column_start = x0 >= 100 and rng.random() < 0.3
        items.append(line)
    items.sort(key=lambda i: i.top if getattr(i, "order", None) is None else i.order)
    return items


def _boxes(rng, n):
    from types import SimpleNamespace

    boxes = []
    for k in range(n):
        x0, x1 = rng.choice([(0.0, 100.0), (100.0, 200.0), (200.0, 300.0), (0.0, 300.0),
                             (101.0, 199.0)])
        top = float(rng.randrange(0, 40) * 5 + rng.choice([0, 2.5]))
        bbox = (x0, top, x1, top + rng.choice([0, 10, 40]))
        if rng.random() < 0.15:  # (a box read as a table of labels)
            box = [SimpleNamespace(top=top, bottom=top + 10, columns=(round(x0), 150), rows=[])]
        else:
            box = [SimpleNamespace(text=f"b{k}.{m}", top=top + 2 * m, bottom=top + 2 * m + 9,
                                   x0=x0 + 2, x1=x1 - 2, order=None, column_start=False,
                                   panel=True) for m in range(rng.randrange(0, 4))]
        boxes.append((bbox, box))
    return boxes


@pytest.mark.parametrize("seed", range(300))
def test_boxes_are_placed_where_placing_them_one_by_one_placed_them(seed):
    from wlga_analysis.read.pdf_boxes import place_box, place_boxes

    rng = random.Random(seed)
    items = _page_items(rng, rng.randrange(0, 40), columns=seed % 10 == 0)
    boxes = _boxes(rng, rng.randrange(1, 30))
    if seed % 7 == 3:  # (a coordinate that is no number: placed one by one)
        boxes[0] = ((math.nan, *boxes[0][0][1:]), boxes[0][1])
    slow = list(items)
    for bbox, box in boxes:
        place_box(slow, bbox, box)
    fast = list(items)
    place_boxes(fast, boxes)
    assert [id(i) for i in fast] == [id(i) for i in slow]


def _lines_run(path) -> int:
    """The lines of the reader's modules (``wlga_analysis/read``) run to read ``path``: a
    count of the work done that no other process on the machine changes."""
    import os
    import sys

    from wlga_analysis import read
    from wlga_analysis.read import read_model

    root = os.path.dirname(read.__file__)
    count = 0

    def local(frame, event, arg):
        nonlocal count
        count += event == "line"
        return local

    def calls(frame, event, arg):
        return local if frame.f_code.co_filename.startswith(root) else None

    sys.settrace(calls)
    try:
        read_model(path, "recommendations")
    finally:
        sys.settrace(None)
    return count


@pytest.mark.parametrize("case", ["pdf: n one-cell boxes on one page",
                                  "pdf: n one-cell boxes, a line beside each",
                                  "pdf: n one-cell boxes in two columns"])
def test_a_page_of_twice_the_boxes_takes_twice_the_work(tmp_path, case):
    """The page's boxes put in reading order (pdf_boxes.place_box scanned every item placed
    so far for each box; row_ruled tested every word against every band of a stack of
    rules): 120 and 240 boxes, the lines of the reader run counted (2.9-3.4 times as many
    for twice the boxes before, 2.0 after)."""
    import warnings

    from wlga_analysis.testing.hostile_readers import READERS

    counts = []
    for n in (120, 240):
        path = tmp_path / f"{n}.pdf"
        path.write_bytes(READERS[case][1](n)[1])
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            counts.append(_lines_run(path))
    assert counts[1] < 2.3 * counts[0], counts


@pytest.mark.parametrize("seed", range(100))
def test_a_stacks_bands_hold_the_words_a_test_of_every_band_gives(seed):
    from itertools import pairwise

    from wlga_analysis.read.row_ruled import _bands

    rng = random.Random(seed)
    ys = sorted({float(rng.randrange(0, 60)) for _ in range(rng.randrange(2, 12))})
    if seed % 9 == 4:
        ys.insert(rng.randrange(len(ys)), math.nan)  # (a height that is no number)
    words = [{"top": float(rng.randrange(-5, 65)), "bottom": 0.0} for _ in range(30)]
    for w in words:  # (centres on the rules, between them, outside, no number)
        w["bottom"] = w["top"] + rng.choice([0.0, 1.0, 2.0, math.nan if seed % 5 == 0 else 4.0])
    slow = [[w for w in words if top <= (w["top"] + w["bottom"]) / 2 <= bottom]
            for top, bottom in pairwise(ys)]
    assert _bands(words, ys) == slow


@pytest.mark.parametrize("seed", range(30))
def test_an_index_of_words_all_at_numbers_finds_what_every_word_tested_gives(seed):
    # (no centre is NaN: the index takes every word, its heights and places sorted as they
    # are; an infinite coordinate is a number)
    rng = random.Random(seed)
    words = [w for w in _words(rng, rng.randint(0, 60)) if w["x0"] == w["x0"]]
    if seed % 3 == 0:
        words.append(_word(len(words), -math.inf, 10.0))
    index = WordIndex(words)
    for _ in range(6):
        row = _row(rng)
        assert index.row_cells(row) == _row_cells_slow(words, row)
    boxes = [b for b in _row(rng) + _row(rng) if b is not None]
    for bbox in boxes:
        assert index.within(bbox) == [w for w in words if inside(w, bbox)]
    assert index.outside(boxes) == [w for w in words if not any(inside(w, b) for b in boxes)]


@pytest.mark.parametrize("seed", range(60))
def test_lines_with_no_figures_alone_skip_the_footnote_marks_as_the_full_look_would(seed):
    import copy

    from wlga_analysis.read.pdf_lines import _marks_joined, _superscripts

    rng = random.Random(seed)
    groups = []
    for k in range(rng.randint(0, 6)):
        bottom = 10.0 * k + rng.choice([0.0, 3.0])
        groups.append([{"text": rng.choice(["1", " 23 ", "word", "1234", "", " ", "²", "a1"]),
                        "x0": 10.0 * rng.randint(0, 5), "x1": 10.0 * rng.randint(5, 9),
                        "top": bottom - 6, "bottom": bottom, "size": rng.choice([5.0, 9.0])}
                       for _ in range(rng.choice([1, 1, 2]))])
    slow = _marks_joined(copy.deepcopy(groups))
    assert _superscripts(copy.deepcopy(groups)) == slow


@pytest.mark.parametrize("seed", range(400))
def test_a_blocks_lines_are_joined_in_one_pass_as_one_by_one(seed):
    # (bold ends meeting bold starts, hyphens, lower-case starts, words a cell's line break
    # split, lines printing nothing, spans not as from_runs makes them)
    from itertools import pairwise

    from wlga_analysis.read.model import Inline, Location
    from wlga_analysis.read.pdf import _Blocks, _Line

    rng = random.Random(seed)
    pieces = ["Welsh Gov", "ernment", "authori-", "ties", "self-", "assessment", "That",
              "every", " ", "a-b", "x", "Funds.", "develop-", "ment"]
    lines = []
    for k in range(rng.randint(2, 5)):
        runs = [(rng.choice(pieces), rng.random() < 0.4)
                for _ in range(rng.choice([1, 1, 1, 2, 3]))]
        text = Inline.from_runs(runs)
        if seed % 17 == 5 and k == 1:
            text = Inline(text.text, ((0, 0), *text.bold))  # (an empty span)
        if seed % 19 == 7 and k == 0:
            text = Inline("")
        lines.append(_Line(text, 10.0 * k, 10.0 * k + 9, 0.0, 9.0, 1,
                           rng.choice([20.0, 45.0])))
    edges = rng.choice([None, (0.0, 45.0)])
    if seed % 4 == 0:  # (a word a cell's line break split: "Welsh Gov" / "ernment")
        bold = rng.random() < 0.5
        lines[0] = _Line(Inline.from_runs([("Welsh Gov", bold)]), 0.0, 9.0, 0.0, 9.0, 1, 45.0)
        lines[1] = _Line(Inline.from_runs([("ernment", bold)]), 10.0, 19.0, 0.0, 9.0, 1, 35.0)
        edges = (0.0, 45.0)
    words = frozenset({"government", "authorities", "self", "assessment", "development"})
    fast, slow = _Blocks(9.0, words), _Blocks(9.0, words)
    got = fast._joined(lines, Location(page=1), edges)
    want = slow._joined_one_by_one(lines, Location(page=1), edges)
    if got is not None:
        assert (got.text, got.bold) == (want.text, want.bold)
        assert fast.notes == slow.notes
    else:
        assert any(p.text.text.endswith("-") and n.text.text[:1].islower()
                   for p, n in pairwise(lines)) or not all(
            ln.text.text for ln in lines) or seed % 17 == 5
