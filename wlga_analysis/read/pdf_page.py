"""What one PDF page holds, through PDFium (``pypdfium2``): its words, with their fonts, and
the tables its ruling lines draw.

PDFium (the PDF engine of Chromium, in C++) reads a page's text layer about ten times
faster than a pure-Python parser, which keeps a 40-page PDF well within the benchmark
goal. This module gives :mod:`wlga_analysis.read.pdf` plain values:

- :func:`page_words`: the text runs (one per text-showing operation: a line, or the part of
  a line in one font) as dicts (``text``, ``x0``, ``x1``, ``top``, ``bottom``, ``size``,
  ``bold``), in top-down coordinates like a reader's eye; a run is bold when its font's
  weight is 600 or more or its name says bold;
- :func:`ruled_tables`: the grids drawn by ruling lines (line segments and rectangle
  edges): each a :class:`Grid` of rows of cell boxes, ``None`` where a merged cell
  spans (no ruling line between two slots);
- :func:`filled_boxes`: the filled shapes (a shaded table cell) with their fill colour.
"""

from __future__ import annotations

import ctypes
import math
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice, pairwise
from typing import Any

from wlga_analysis.read.colour_dots import DOTS
from wlga_analysis.read.fixed_width import FIXED_PITCH_FONT

__all__ = ["Grid", "annotated_text", "count_objects", "filled_boxes", "monospaced_lines",
           "page_words", "reader_name", "ruled_tables"]

_BOLD_WEIGHT = 600
#: A font's flag (PDF 32000, 9.8.2): all its glyphs have the same width.
_FIXED_PITCH = 1
_TOL = 1.5  # points: lines this close are one line
_SAME_LINE = 2.5  # points: words whose baselines are this close stand on one line


def _walk(raw: Any, page: Any) -> Iterator[tuple[Any, int]]:
    """Every object of the page and its type, in order: those inside form XObjects too
    (three deep), each form before its objects."""

    def walk(count: int, get: Any, parent: Any, depth: int) -> Iterator[tuple[Any, int]]:
        for i in range(count):
            obj = get(parent, i)
            found = raw.FPDFPageObj_GetType(obj)
            yield obj, found
            if found == raw.FPDF_PAGEOBJ_FORM and depth < 3:
                yield from walk(raw.FPDFFormObj_CountObjects(obj), raw.FPDFFormObj_GetObject,
                                obj, depth + 1)

    handle = page.raw
    return walk(raw.FPDFPage_CountObjects(handle), raw.FPDFPage_GetObject, handle, 0)


def _objects(raw: Any, page: Any, kind: int) -> list[Any]:
    """The raw handles of the page's objects of ``kind`` (those inside form XObjects too).

    The page is walked once (its objects kept on it, by kind): its words, its ruling lines
    and its filled shapes are all read from the one walk."""
    by_kind = getattr(page, "_wlga_objects", None)
    if by_kind is None:
        by_kind = {}
        for obj, found in _walk(raw, page):
            by_kind.setdefault(found, []).append(obj)
        page._wlga_objects = by_kind
    return by_kind.get(kind, [])


def count_objects(page: Any, most: int) -> int:
    """The objects of a pypdfium2 page (those inside form XObjects too), counted up to
    ``most + 1`` (no further: a hostile page may hold millions)."""
    import pypdfium2.raw as raw

    total = raw.FPDFPage_CountObjects(page.raw)
    if total > most:
        return most + 1
    get, kind_of, handle = raw.FPDFPage_GetObject, raw.FPDFPageObj_GetType, page.raw
    objects = [get(handle, i) for i in range(total)]
    kinds = [kind_of(obj) for obj in objects]
    by_kind: dict[int, list[Any]] = {}
    if raw.FPDF_PAGEOBJ_FORM not in kinds:  # (no form: the walk is the page's objects)
        for obj, found in zip(objects, kinds, strict=True):
            by_kind.setdefault(found, []).append(obj)
        page._wlga_objects = by_kind
        return total
    count = 0
    for obj, found in islice(_walk(raw, page), most + 1):
        by_kind.setdefault(found, []).append(obj)
        count += 1
    if count <= most:  # (the walk kept for the page's words, lines and shapes: _objects)
        page._wlga_objects = by_kind
    return count


class _TextBuffer:
    """One buffer for the texts of a page's text objects: ``FPDFTextObj_GetText`` scans the
    page's characters on every call, so each object's text is asked for once, into a buffer
    of the page's size (asked again, into a buffer of its own, only when it is larger)."""

    def __init__(self, raw: Any, textpage: Any) -> None:
        self.raw, self.textpage = raw, textpage
        self.length = 2 * (2 * raw.FPDFText_CountChars(textpage) + 64)  # (bytes: UTF-16)
        self.buffer = ctypes.create_string_buffer(self.length)
        self.pointer = ctypes.cast(self.buffer, ctypes.POINTER(ctypes.c_ushort))
        self.get_text = raw.FPDFTextObj_GetText

    def text(self, obj: Any) -> str:
        """The text of one text object, as PDFium gives it (a hyphen ending a line, which
        PDFium marks as U+0002, as "-"; the closing U+0000 and any other left out)."""
        size = self.get_text(obj, self.textpage, self.pointer, self.length)
        if size <= 2:
            return ""
        if size > self.length:  # (not written: too long for the buffer)
            return _object_text(self.raw, obj, self.textpage)
        text = ctypes.string_at(self.buffer, size).decode("utf-16-le", "replace")
        if text[-1:] == "\x00":
            text = text[:-1]  # (the closing one: the text is cleaned only when it holds more)
        return _clean(text) if "\x00" in text or "\x02" in text else text


def _object_text(raw: Any, obj: Any, textpage: Any) -> str:
    size = raw.FPDFTextObj_GetText(obj, textpage, None, 0)
    if size <= 2:
        return ""
    buffer = ctypes.create_string_buffer(size)
    raw.FPDFTextObj_GetText(obj, textpage, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort)),
                            size)
    return _clean(buffer.raw[:size].decode("utf-16-le", "replace"))


#: A page with more text objects than this has their texts read in one pass over its
#: characters (:func:`_texts_by_object`): PDFium's ``FPDFTextObj_GetText`` scans all the
#: page's characters for each object, so a page of many runs took quadratic time.
_ONE_PASS_OBJECTS = 500


def _texts_by_object(raw: Any, textpage: Any) -> dict[int, str]:
    """The text of every text object of a page (by its handle's address), as
    ``FPDFTextObj_GetText`` gives it, in one pass over the page's characters: a space
    between two of an object's characters when the first other character is a space, a line
    break ("\\r\\n") when another (non-space) character comes between two on different
    baselines."""
    y, x = ctypes.c_double(), ctypes.c_double()
    texts: dict[int, list[str]] = {}
    state: dict[int, tuple[int, float]] = {}  # object -> (index of its last char, its y)
    other = 0  # characters that are not spaces so far
    others: list[int] = []  # ``other`` before each character
    for i in range(raw.FPDFText_CountChars(textpage)):
        code = raw.FPDFText_GetUnicode(textpage, i)
        others.append(other)
        obj = ctypes.cast(raw.FPDFText_GetTextObject(textpage, i), ctypes.c_void_p).value
        if obj:
            out = texts.setdefault(obj, [])
            last, posy = state.get(obj, (-1, 0.0))
            gap_starts_space = last >= 0 and last + 1 < i and raw.FPDFText_GetUnicode(
                textpage, last + 1) == 32
            if gap_starts_space:
                out.append(" ")
            line_feed = other - others[last + 1] > 0 if last >= 0 else other > 0
            raw.FPDFText_GetCharOrigin(textpage, i, x, y)
            if line_feed and (last < 0 or last + 1 < i) and abs(posy - y.value) > 0:
                posy = y.value
                if out and any(out):
                    out.append("\r\n")
            state[obj] = (i, posy)
            if code:
                out.append(chr(code))
        if code != 32:
            other += 1
    for obj, (last, _) in state.items():  # (a space after an object's last character)
        if last + 1 < len(others) and raw.FPDFText_GetUnicode(textpage, last + 1) == 32:
            texts[obj].append(" ")
    return {obj: _clean("".join(parts)) for obj, parts in texts.items()}


def _clean(text: str) -> str:
    return text.replace("\x00", "").replace("\x02", "-")  # (U+0002: a hyphen ending a line)


def _font_name(raw: Any, font: Any) -> str:
    """A PDF font's base name ("Courier-Bold")."""
    length = raw.FPDFFont_GetBaseFontName(font, None, 0)
    name = ctypes.create_string_buffer(max(length, 1))
    raw.FPDFFont_GetBaseFontName(font, name, length)
    return name.value.decode("latin-1")


@lru_cache(maxsize=1)
def _font_address() -> Any:
    """``FPDFTextObj_GetFont`` giving the font's address as a number (the key of a page's
    fonts, with no cast of a pointer for each text object)."""
    import pypdfium2.raw as raw

    address = ctypes.cast(raw.FPDFTextObj_GetFont, ctypes.c_void_p).value
    return ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p)(address)


def _font_kind(raw: Any, obj: Any, cache: dict[int, tuple[bool, bool]]) -> tuple[bool, bool]:
    """Whether the font of text object ``obj`` is bold (its weight is 600 or more, or its
    name says bold) and whether it is fixed-pitch (by its flags, else by its name:
    "Courier"), read once per font."""
    key = _font_address()(obj) or 0
    found = cache.get(key)
    if found is None:
        from wlga_analysis.read.pdf import is_bold_font

        font = raw.FPDFTextObj_GetFont(obj)
        name = _font_name(raw, font)
        found = cache[key] = (
            raw.FPDFFont_GetWeight(font) >= _BOLD_WEIGHT or is_bold_font(name),
            bool(raw.FPDFFont_GetFlags(font) & _FIXED_PITCH) or bool(FIXED_PITCH_FONT.search(name)))
    return found


def monospaced_lines(raw: Any, textpage: Any, height: float) -> dict[int, str]:
    """The lines of a page printed in a fixed-pitch font (Courier), spacing kept: each
    character at the column its position gives (one column per character's width, counted
    from the leftmost such character of the page), by baseline (top-down, rounded)."""
    x, y = ctypes.c_double(), ctypes.c_double()
    flags = ctypes.c_int()
    name = ctypes.create_string_buffer(128)
    fixed: dict[tuple[bytes, int], bool] = {}
    chars: list[tuple[int, float, str]] = []
    for i in range(raw.FPDFText_CountChars(textpage)):
        code = raw.FPDFText_GetUnicode(textpage, i)
        if code <= 32 or not raw.FPDFText_GetFontInfo(textpage, i, name, 128, flags):
            continue
        key = (name.value, flags.value)
        if key not in fixed:
            fixed[key] = bool(flags.value & _FIXED_PITCH) or bool(
                FIXED_PITCH_FONT.search(name.value.decode("latin-1")))
        if not fixed[key]:
            continue
        raw.FPDFText_GetCharOrigin(textpage, i, x, y)
        chars.append((round(height - y.value), x.value, chr(code)))
    steps = sorted(b[1] - a[1] for a, b in pairwise(chars)
                   if a[0] == b[0] and b[1] > a[1])
    if not steps:
        return {}
    width = steps[len(steps) // 2]  # a character's width: the usual step between two
    left = min(c[1] for c in chars)
    lines: dict[int, list[str]] = {}
    for baseline, at, char in chars:
        line = lines.setdefault(baseline, [])
        column = round((at - left) / width)
        line.extend(" " * (column + 1 - len(line)))
        line[column] = char
    return {baseline: "".join(line).rstrip() for baseline, line in lines.items()}


def _add_spaced(words: list[dict], spaced: dict[int, str]) -> None:
    """Give each word in a fixed-pitch font its line's spaced text (``spaced``), unless a
    word in another font stands on the same line (that line is read as usual)."""
    mixed = [w["bottom"] for w in words if "baseline" not in w]
    for w in words:
        baseline = w.pop("baseline", None)
        if baseline is not None and not any(abs(b - w["bottom"]) <= _SAME_LINE for b in mixed):
            w["spaced"] = spaced.get(round(baseline), "")


def _fill_colour(raw: Any, obj: Any) -> str | None:
    """The fill colour of a page object as hex ("00B050"), else None."""
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    if not raw.FPDFPageObj_GetFillColor(obj, r, g, b, a):
        return None
    return f"{r.value:02X}{g.value:02X}{b.value:02X}"


def page_words(page: Any, height: float) -> list[dict]:
    """The text runs of a pypdfium2 page, one per text-showing operation (a line, or the part
    of a line in one font): ``text``, ``x0``, ``x1``, ``top``, ``bottom`` (top-down, from the
    baseline and the font size, so that lines are evenly spaced whatever their letters),
    ``size`` and ``bold``."""
    import pypdfium2.raw as raw

    textpage = page.get_textpage()
    try:
        left, bottom, right, top = (ctypes.c_float() for _ in range(4))
        size = ctypes.c_float()
        matrix = raw.FS_MATRIX()
        fonts: dict[int, tuple[bool, bool]] = {}
        words: list[dict] = []
        objects = _objects(raw, page, raw.FPDF_PAGEOBJ_TEXT)
        by_object = _texts_by_object(raw, textpage.raw) \
            if len(objects) > _ONE_PASS_OBJECTS else None
        buffer = _TextBuffer(raw, textpage.raw)
        get_bounds, get_size = raw.FPDFPageObj_GetBounds, raw.FPDFTextObj_GetFontSize
        get_matrix, text_of = raw.FPDFPageObj_GetMatrix, buffer.text
        at_left, at_bottom, at_right, at_top, at_size, at_matrix = (
            ctypes.byref(v) for v in (left, bottom, right, top, size, matrix))
        font_of = _font_address()
        for obj in objects:
            text = text_of(obj) if by_object is None else \
                by_object.get(ctypes.cast(obj, ctypes.c_void_p).value, "")
            stripped = text.strip()
            if not stripped:
                continue
            get_bounds(obj, at_left, at_bottom, at_right, at_top)
            get_size(obj, at_size)
            get_matrix(obj, at_matrix)
            scale = (matrix.c ** 2 + matrix.d ** 2) ** 0.5 or 1.0
            em = size.value * scale
            baseline = height - matrix.f  # the text's origin: lines line up on it
            kind = fonts.get(font_of(obj) or 0)  # (each font read once: _font_kind)
            bold, fixed = kind if kind is not None else _font_kind(raw, obj, fonts)
            words.append({"text": text, "x0": min(matrix.e, left.value), "x1": right.value,
                          "top": baseline - 0.8 * em, "bottom": baseline + 0.2 * em,
                          "size": round(em, 2), "bold": bold})
            if stripped in DOTS:  # a RAG dot: its colour (read.colour_dots)
                words[-1]["colour"] = _fill_colour(raw, obj)
            if fixed:
                words[-1]["baseline"] = baseline
        if any("baseline" in w for w in words):  # a fixed-pitch font: its spacing kept
            _add_spaced(words, monospaced_lines(raw, textpage.raw, height))
        return words
    finally:
        textpage.close()


# ------------------------------------------------------------------------------ tables
@dataclass
class Grid:
    """A table drawn by ruling lines: ``rows`` of cell boxes ``(x0, top, x1, bottom)``,
    None where a merged cell spans; ``bbox`` is the whole table's box."""

    rows: list[list[tuple[float, float, float, float] | None]]
    bbox: tuple[float, float, float, float]


def _segments(page: Any, height: float) -> tuple[list[tuple], list[tuple]]:
    """Horizontal ``(y, x0, x1)`` and vertical ``(x, y0, y1)`` ruling segments, top-down."""
    import pypdfium2.raw as raw

    horizontal: list[tuple] = []
    vertical: list[tuple] = []
    x, y = ctypes.c_float(), ctypes.c_float()
    at_x, at_y = ctypes.byref(x), ctypes.byref(y)
    matrix = raw.FS_MATRIX()
    get_segment, get_point = raw.FPDFPath_GetPathSegment, raw.FPDFPathSegment_GetPoint
    get_type, get_close = raw.FPDFPathSegment_GetType, raw.FPDFPathSegment_GetClose
    move_to, line_to = raw.FPDF_SEGMENT_MOVETO, raw.FPDF_SEGMENT_LINETO
    for handle in _objects(raw, page, raw.FPDF_PAGEOBJ_PATH):
        raw.FPDFPageObj_GetMatrix(handle, matrix)
        a, b, c, d, e, f = matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f
        points: list[tuple[float, float, int]] = []
        start = None
        for i in range(raw.FPDFPath_CountSegments(handle)):
            seg = get_segment(handle, i)
            get_point(seg, at_x, at_y)
            px = a * x.value + c * y.value + e
            py = height - (b * x.value + d * y.value + f)
            kind = get_type(seg)
            if kind == move_to:
                start = (px, py)
            elif kind == line_to and points:
                _add(points[-1][:2], (px, py), horizontal, vertical)
            if get_close(seg) and start is not None:
                _add((px, py), start, horizontal, vertical)
            points.append((px, py, kind))
    return horizontal, vertical


def _add(a: tuple[float, float], b: tuple[float, float], horizontal: list, vertical: list
         ) -> None:
    if abs(a[1] - b[1]) <= _TOL and abs(a[0] - b[0]) > 3:
        horizontal.append(((a[1] + b[1]) / 2, min(a[0], b[0]), max(a[0], b[0])))
    elif abs(a[0] - b[0]) <= _TOL and abs(a[1] - b[1]) > 3:
        vertical.append(((a[0] + b[0]) / 2, min(a[1], b[1]), max(a[1], b[1])))


def _joined(segments: list[tuple]) -> list[tuple]:
    """Collinear segments that touch or overlap joined into one (a table drawn cell border
    by cell border has a few long lines, not thousands of short ones)."""
    out: list[list[float]] = []
    for pos, lo, hi in sorted(segments, key=lambda s: (round(s[0] / (2 * _TOL)), s[1])):
        last = out[-1] if out else None
        if last is not None and abs(last[0] - pos) <= 2 * _TOL and lo <= last[2] + _TOL \
                and hi >= last[1] - _TOL:  # (a line of the next position band may lie apart)
            last[2] = max(last[2], hi)
        else:
            out.append([pos, lo, hi])
    return [tuple(s) for s in out]


def _positions(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > _TOL * 2:
            out.append(v)
    return out


class _Covers:
    """The segments of one direction by position, to tell whether one at a position covers
    a point (:meth:`covered`) without a look at every segment: those within
    ``2 * _TOL`` of each position asked for are found once, by bisection."""

    def __init__(self, segments: list[tuple]):
        self.segments = sorted(segments, key=lambda s: s[0])
        self.at = [s[0] for s in self.segments]
        self.near: dict[float, list[tuple]] = {}

    def covered(self, at: float, point: float) -> bool:
        """Whether a segment at position ``at`` covers ``point`` along its length."""
        near = self.near.get(at)
        if near is None:
            if at != at:  # (NaN: no segment is at it)
                return False
            lo = bisect_left(self.at, at - _TOL * 2 - 1.0)  # (a wider window, then the test)
            hi = bisect_right(self.at, at + _TOL * 2 + 1.0)
            near = self.near[at] = [s for s in self.segments[lo:hi]
                                    if abs(s[0] - at) <= _TOL * 2]
        return any(lo - _TOL <= point <= hi + _TOL for _, lo, hi in near)


def _touching(horizontal: list[tuple], vertical: list[tuple]) -> Iterator[tuple[int, int]]:
    """The pairs ``(h, v)`` of a horizontal and a vertical segment (their indices) that
    touch. The vertical ones are bucketed by the heights they span (:data:`_BAND` points a
    bucket), each bucket sorted across: a horizontal one looks only at those of its
    height's bucket within its width (a test of every pair took quadratic time). A vertical
    segment too long for buckets (or with no number for a coordinate) is looked at by every
    horizontal one, as before."""
    buckets: dict[int, list[tuple[float, int]]] = {}
    every: list[int] = []
    for j, (x, y0, y1) in enumerate(vertical):
        lo, hi = (y0 - _TOL) / _BAND, (y1 + _TOL) / _BAND
        if x != x or not -1e15 < lo <= hi < 1e15 or hi - lo > _MOST_BANDS:
            every.append(j)
            continue
        for key in range(math.floor(lo), math.floor(hi) + 1):
            buckets.setdefault(key, []).append((x, j))
    sorted_buckets = {key: ([x for x, _ in entries], [j for _, j in entries])
                      for key, entries in ((k, sorted(e)) for k, e in buckets.items())}
    for i, (y, x0, x1) in enumerate(horizontal):
        at = y / _BAND
        if at == at and abs(at) < 1e15:
            xs, js = sorted_buckets.get(math.floor(at), ((), ()))
            near = js[bisect_left(xs, x0 - _TOL - 1.0):bisect_right(xs, x1 + _TOL + 1.0)]
        else:  # (a height with no bucket: every segment looked at)
            near = range(len(vertical))
        for j in [*near, *every] if every else near:
            sj = vertical[j]
            if x0 - _TOL <= sj[0] <= x1 + _TOL and sj[1] - _TOL <= y <= sj[2] + _TOL:
                yield i, j


_BAND = 64.0  # points: the height of a bucket of vertical segments (:func:`_touching`)
_MOST_BANDS = 256  # buckets a vertical segment is put in at most (a longer one: in none)


def _components(horizontal: list[tuple], vertical: list[tuple]) -> list[tuple[list, list]]:
    """Groups of segments that touch one another (one group per table)."""
    items = [("h", s) for s in horizontal] + [("v", s) for s in vertical]
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in _touching(horizontal, vertical):
        parent[find(i)] = find(len(horizontal) + j)
    groups: dict[int, tuple[list, list]] = {}
    for i, (kind, seg) in enumerate(items):
        group = groups.setdefault(find(i), ([], []))
        (group[0] if kind == "h" else group[1]).append(seg)
    return list(groups.values())


class _Ends:
    """The ends of a page's vertical segments as drawn (before :func:`_joined`), by height,
    so that each table looks only at those within its own height (every table looking at
    every segment of the page took quadratic time on a page of many tables)."""

    def __init__(self, vertical: list[tuple]):
        finite = [(y, x) for x, y0, y1 in vertical for y in (y0, y1) if math.isfinite(y)]
        self.ends = sorted(finite)
        self.ys = [y for y, _ in self.ends]
        # (an end at no finite height: round() fails on it, as it did, for a damaged PDF)
        self.odd = [(y, x) for x, y0, y1 in vertical for y in (y0, y1) if not math.isfinite(y)]

    def row_breaks(self, xs: list[float], top: float, bottom: float) -> list[float]:
        """Where every column line (at ``xs``) is broken at the same height between ``top``
        and ``bottom`` (more than :data:`_TOL` inside): a row boundary whose ruling line is
        not drawn (the header row of a row split over pages)."""
        ends: dict[float, set[int]] = {}
        for _y, x in self.odd:
            if xs[0] - 2 * _TOL <= x <= xs[-1] + 2 * _TOL:
                round(_y)  # (raises)
        lo = bisect_left(self.ys, top + _TOL - 1.0)  # (a wider window, then the test)
        hi = bisect_right(self.ys, bottom - _TOL + 1.0)
        for y, x in self.ends[lo:hi]:
            if xs[0] - 2 * _TOL <= x <= xs[-1] + 2 * _TOL:
                ends.setdefault(round(y), set()).add(_nearest(xs, x))
        return [float(y) for y, columns in ends.items() if len(columns) == len(xs)
                and top + _TOL < y < bottom - _TOL]


def _nearest(xs: list[float], x: float) -> int:
    """The index of the position of ``xs`` (sorted, apart) nearest ``x``, the first of two
    as near: found by bisection among the two or three about where ``x`` falls (all of them
    looked at when a position is not a finite number).

    Examples
    --------
    >>> _nearest([10.0, 20.0, 30.0], 24.0), _nearest([10.0, 20.0], 15.0)
    (1, 0)
    """
    if math.isfinite(x) and math.isfinite(xs[0]) and math.isfinite(xs[-1]):
        at = bisect_left(xs, x)
        near = range(max(at - 2, 0), min(at + 2, len(xs)))
    else:
        near = range(len(xs))
    return min(near, key=lambda k: abs(xs[k] - x))


def _grid(horizontal: list[tuple], vertical: list[tuple], drawn: _Ends) -> Grid | None:
    from wlga_analysis.read.pdf_open_sides import open_edges

    xs = open_edges(horizontal, _positions([s[0] for s in vertical]))  # (open sides)
    if len(xs) < 2:
        return None
    top, bottom = min(s[1] for s in vertical), max(s[2] for s in vertical)
    breaks = drawn.row_breaks(xs, top, bottom)
    horizontal = horizontal + [(y, xs[0], xs[-1]) for y in breaks]  # undrawn row lines
    ys = _positions([s[0] for s in horizontal])
    # a row split by a page break has no closing line: the columns' lines end the table
    if not ys or ys[0] > top + 2 * _TOL:
        ys.insert(0, top)
    if ys[-1] < bottom - 2 * _TOL:
        ys.append(bottom)
    if len(ys) < 2 or len(xs) < 2:
        return None
    return Grid(_cells(xs, ys, _Covers(vertical), _Covers(horizontal)),
                (xs[0], ys[0], xs[-1], ys[-1]))


def _cells(xs: list[float], ys: list[float], vertical: _Covers, horizontal: _Covers
           ) -> list[list[tuple[float, float, float, float] | None]]:
    """The cell boxes of the grid of column lines ``xs`` and row lines ``ys``: a slot with
    no ruling line on its left is None, its cell (the last box to its left) widened over
    it; else one with no line above is None, its cell (the last box above) deepened over
    it. The last box of the row and of each column is kept at hand (a look back along the
    row or column for each merged slot took quadratic time)."""
    rows: list[list[tuple[float, float, float, float] | None]] = []
    last_up: list[int | None] = [None] * (len(xs) - 1)  # each column's last box: its row
    for r in range(len(ys) - 1):
        row: list[tuple[float, float, float, float] | None] = []
        mid_y = (ys[r] + ys[r + 1]) / 2
        last_left: int | None = None  # the row's last box: its column
        for c in range(len(xs) - 1):
            mid_x = (xs[c] + xs[c + 1]) / 2
            if c > 0 and not vertical.covered(xs[c], mid_y):  # joined to the left
                row.append(None)
                if last_left is not None:
                    x0, top, _, bottom = row[last_left]  # type: ignore[misc]
                    row[last_left] = (x0, top, xs[c + 1], bottom)
            elif r > 0 and not horizontal.covered(ys[r], mid_x):  # joined to the cell above
                row.append(None)
                up = last_up[c]
                if up is not None:
                    x0, top, x1, _ = rows[up][c]  # type: ignore[misc]
                    rows[up][c] = (x0, top, x1, ys[r + 1])
            else:
                row.append((xs[c], ys[r], xs[c + 1], ys[r + 1]))
                last_left, last_up[c] = c, r
        rows.append(row)
    return rows


#: More ruling segments than this on one page is a drawing (a chart, a map), not tables.
MAX_SEGMENTS = 3000


def ruled_tables(page: Any, height: float, words: list[dict] | None = None) -> list[Grid]:
    """The tables drawn on a pypdfium2 page, top to bottom (see the module's description);
    none on a page of more than :data:`MAX_SEGMENTS` ruling segments (a drawing). Given the
    page's ``words``, a table ruled by rows only is one too (:mod:`.row_ruled`)."""
    horizontal, vertical = _segments(page, height)
    if len(horizontal) + len(vertical) > 20 * MAX_SEGMENTS:
        return []
    drawn = vertical
    horizontal, vertical = _joined(horizontal), _joined(vertical)
    if not horizontal or len(horizontal) + len(vertical) > MAX_SEGMENTS:
        return []
    ends = _Ends(drawn) if vertical else None
    grids = [_grid(h, v, ends) for h, v in _components(horizontal, vertical)] if ends else []
    found = [g for g in grids if g is not None]
    if words is not None and len(horizontal) >= 3:  # (rules under rows, no column lines)
        from wlga_analysis.read.row_ruled import with_row_ruled

        found = with_row_ruled(found, horizontal, vertical, words)
    return sorted(found, key=lambda g: g.bbox[1])


def filled_boxes(page: Any, height: float) -> list[tuple[tuple[float, float, float, float], str]]:
    """The filled paths of a pypdfium2 page (a shaded cell, a coloured band), each as its
    box ``(x0, top, x1, bottom)`` in top-down coordinates and its fill colour ("00B050").
    Only the first :data:`MAX_SEGMENTS` filled paths are read (a drawing has thousands)."""
    import pypdfium2.raw as raw

    out: list[tuple[tuple[float, float, float, float], str]] = []
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    for handle in _objects(raw, page, raw.FPDF_PAGEOBJ_PATH):
        if len(out) >= MAX_SEGMENTS:
            break
        if not raw.FPDFPath_GetDrawMode(handle, fill, stroke) or not fill.value \
                or not raw.FPDFPageObj_GetFillColor(handle, r, g, b, a) or a.value < 128 \
                or not raw.FPDFPageObj_GetBounds(handle, left, bottom, right, top):
            continue
        out.append(((left.value, height - top.value, right.value, height - bottom.value),
                    f"{r.value:02X}{g.value:02X}{b.value:02X}"))
    return out


def reader_name() -> str:
    """The PDF reader and its library versions.

    Examples
    --------
    >>> reader_name().startswith("pypdfium2 ") and "(PDFium " in reader_name()
    True
    """
    import pypdfium2 as pdfium

    version = getattr(pdfium, "version", None)
    lib = getattr(version, "PYPDFIUM_INFO", None) or getattr(pdfium, "V_PYPDFIUM2", "")
    engine = getattr(version, "PDFIUM_INFO", None) or getattr(pdfium, "V_LIBPDFIUM", "")
    lib = str(lib).split()[0] if str(lib) else ""
    engine = str(engine).split()[0].split("@")[0] if str(engine) else ""
    return f"pypdfium2 {lib} (PDFium {engine})".replace(" ()", "")


def annotated_text(page: Any) -> int:
    """How many annotations of a pypdfium2 page hold text (a comment's ``Contents``, a form
    field's value ``V``): text a PDF viewer shows that is not in the page's text layer.

    Examples
    --------
    >>> import pypdfium2 as pdfium
    >>> pdf = pdfium.PdfDocument.new()
    >>> annotated_text(pdf.new_page(200, 200))
    0
    """
    import pypdfium2.raw as raw

    found = 0
    for i in range(raw.FPDFPage_GetAnnotCount(page.raw)):
        annot = raw.FPDFPage_GetAnnot(page.raw, i)
        try:
            found += any(raw.FPDFAnnot_GetStringValue(annot, key, None, 0) > 2
                         for key in (b"Contents", b"V"))
        finally:
            raw.FPDFPage_CloseAnnot(annot)
    return found
