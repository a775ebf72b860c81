"""A cell shown by its fill colour alone: the RAG colour name a reader sees.

Trackers often give a RAG rating by colour only: the RAG cell of a Word table is empty and
shaded (``w:shd w:fill="00B050"``), a web page's cell has a ``background-color`` and no
text. A reader of the document sees "Green"; the readers give such an EMPTY cell the name
of its colour as its text, so the status rules read it like a printed "Green" (the words'
statuses are data: ``data/raw/status_tags.csv``).

An empty cell filled in another strong or a dark colour (a Gantt chart's bar) reads as
"■", the mark a text export prints for it (:func:`fill_text`).

Only a strong colour is named (saturation and brightness at least one half: the Office
standard colours 00B050, 92D050, FFC000, FFFF00, FF0000, C00000, 0070C0), by its hue:
red, amber (orange to yellow), green or blue. Pale fills (a grey or light-blue header
band, white) and other hues name nothing, and a cell with text keeps its text.

Examples
--------
>>> [rag_colour_name(c) for c in ("00B050", "#ffc000", "FF0000", "0070C0", "D9D9D9", "auto")]
['Green', 'Amber', 'Red', 'Blue', None, None]
>>> css_fill("width:20%; background-color: #92D050"), css_fill("color:red") is None
('#92D050', True)
"""

from __future__ import annotations

import colorsys

from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["SHADED_MARK", "class_fills", "css_fill", "fill_text", "rag_colour_name"]

#: The text an empty cell shaded in a colour that names no RAG rating is read with: the
#: mark a Gantt chart's bar is printed with in a text export ("■").
SHADED_MARK = "\u25a0"

_HEX = compile_regex(r"#?+([0-9a-fA-F]{6}|[0-9a-fA-F]{3})")
_RGB = compile_regex(r"rgba?\(\s*+(\d{1,3})\s*+,\s*+(\d{1,3})\s*+,\s*+(\d{1,3})")
#: The hue ranges (degrees, start inclusive) of the named RAG colours.
_HUES: tuple[tuple[float, float, str], ...] = (
    (0, 20, "Red"), (20, 65, "Amber"), (65, 170, "Green"), (190, 260, "Blue"),
    (330, 360, "Red"))
#: Plain colour names a web page may give a cell.
_NAMED = {"green": "00B050", "red": "FF0000", "orange": "FFA500", "yellow": "FFFF00",
          "blue": "0070C0", "amber": "FFC000", "limegreen": "32CD32", "darkorange": "FF8C00"}


def _rgb(colour: str) -> tuple[int, int, int] | None:
    colour = colour.strip()
    m = _RGB.match(colour)
    if m:
        return tuple(min(int(x), 255) for x in m.groups())  # type: ignore[return-value]
    colour = _NAMED.get(colour.lower(), colour)
    m = _HEX.fullmatch(colour)
    if m is None:
        return None
    h = m.group(1)
    if len(h) == 3:
        h = "".join(c * 2 for c in h)
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


def rag_colour_name(colour: str | None) -> str | None:
    """"Red", "Amber", "Green" or "Blue" for a strong fill colour (hex "00B050" or "#0b5",
    "rgb(0, 176, 80)", or a plain name), else None (pale, grey, "auto", other hues).

    Examples
    --------
    >>> rag_colour_name("rgb(0, 176, 80)"), rag_colour_name("C00000"), rag_colour_name("FFFF00")
    ('Green', 'Red', 'Amber')
    >>> rag_colour_name("C6EFCE"), rag_colour_name("7030A0"), rag_colour_name(None)
    (None, None, None)
    """
    rgb = _rgb(colour) if colour else None
    if rgb is None:
        return None
    h, s, v = colorsys.rgb_to_hsv(*(x / 255 for x in rgb))
    if s < 0.5 or v < 0.5:
        return None
    degrees = h * 360
    return next((name for start, end, name in _HUES if start <= degrees < end), None)


def fill_text(colour: str | None) -> str | None:
    """The text an EMPTY cell filled in ``colour`` reads as: the RAG colour's name for a
    strong red, amber, green or blue (:func:`rag_colour_name`); :data:`SHADED_MARK` ("■")
    for another strong or a dark fill (a Gantt chart's bar: dark blue "1F4E79", purple,
    dark grey, black); None for a pale fill (a header band, zebra stripes, white).

    Examples
    --------
    >>> [fill_text(c) for c in ("00B050", "1F4E79", "7030A0", "595959", "D9D9D9", "auto")]
    ['Green', '■', '■', '■', None, None]
    """
    name = rag_colour_name(colour)
    if name is not None:
        return name
    rgb = _rgb(colour) if colour else None
    if rgb is None:
        return None
    _, s, v = colorsys.rgb_to_hsv(*(x / 255 for x in rgb))
    return SHADED_MARK if v < 0.5 or s >= 0.5 else None


_CSS_FILL = compile_regex(r"(?i)(?:^|;)\s*+background(?:-color)?\s*+:\s*+([^;!]+)")


def css_fill(style: str | None) -> str | None:
    """The background colour of an inline CSS ``style`` ("background-color: #00B050",
    "background:#00b050"), else None."""
    m = _CSS_FILL.search(style or "")
    return m.group(1).strip() if m else None


_CSS_RULE = compile_regex(r"([^{}]++)\{([^{}]*+)\}")
_CLASS_SELECTOR = compile_regex(r"(?:t[dh])?+\.([\w-]++)")


def class_fills(css: str) -> dict[str, str]:
    """The background colour a page's style sheet gives a cell by its class
    (``td.bar{background-color:#1f4e79}``, ``.done, .ok {background: green}``): class name
    to colour. Only a rule whose selector is a class alone (or on ``td``/``th``) counts.

    Examples
    --------
    >>> class_fills("td.bar{background-color:#1f4e79} .a, th.b {background: red} p.c{color:red}")
    {'bar': '#1f4e79', 'a': 'red', 'b': 'red'}
    >>> class_fills("table.plan td.on { background-color: #333 }")
    {'on': '#333'}
    """
    out: dict[str, str] = {}
    for m in _CSS_RULE.finditer(css):
        colour = css_fill(m.group(2).strip())
        for selector in m.group(1).split(",") if colour else ():
            # (the cell's own part of a descendant selector: "table.plan td.bar")
            name = _CLASS_SELECTOR.fullmatch((selector.split() or [""])[-1])
            if name:
                out[name.group(1)] = colour  # type: ignore[assignment]
    return out
