"""A status shown by a coloured dot alone: the colour name a reader sees.

A delivery plan may give each action's RAG rating as a dot ("●") printed in the rating's
colour, the colour the only difference between one dot and the next (the key above the
table: "● Blue – complete ● Green – on track ..."). A reader sees "Green"; the readers give
a table cell that holds nothing but such a dot the name of its colour as its text, so the
status rules read it like a printed "Green" (the words' statuses are data:
``data/raw/status_tags.csv``; a paper's own key wins, see
:mod:`wlga_analysis.interpret.programme.symbols`). The colour is named as a cell's fill is
(:func:`wlga_analysis.read.colours.rag_colour_name`: red, amber, green or blue); a mid grey
dot (the "not started" of a BRAG key) is "Grey"; a black or automatic dot keeps its "●".

Examples
--------
>>> dot_colour_name("●", "00B050"), dot_colour_name(" ⬤ ", "#C00000")
('Green', 'Red')
>>> dot_colour_name("●", "A6A6A6"), dot_colour_name("●", "000000")
('Grey', None)
>>> dot_colour_name("Done", "00B050") is None
True
"""

from __future__ import annotations

import colorsys
from typing import Any

from wlga_analysis.read.colours import _rgb, rag_colour_name

__all__ = ["DOTS", "docx_dot", "dot_colour_name", "grey_name"]

#: The characters a RAG dot is printed with.
DOTS = frozenset("\u25cf\u2b24\u25c9\u26ab\u2022")


def grey_name(colour: str | None) -> str | None:
    """"Grey" for a mid grey (no hue, neither near black nor near white), else None.

    Examples
    --------
    >>> grey_name("A6A6A6"), grey_name("#808080"), grey_name("FFFFFF"), grey_name("00B050")
    ('Grey', 'Grey', None, None)
    """
    rgb = _rgb(colour) if colour else None
    if rgb is None:
        return None
    _, s, v = colorsys.rgb_to_hsv(*(x / 255 for x in rgb))
    return "Grey" if s < 0.15 and 0.35 <= v <= 0.85 else None


def dot_colour_name(text: str, colour: str | None) -> str | None:
    """The colour name a cell holding only a dot (``text``) printed in ``colour`` shows,
    else None (the cell holds more than a dot, or the colour names no rating)."""
    if text.strip() not in DOTS or not colour:
        return None
    return rag_colour_name(colour) or grey_name(colour)


def docx_dot(tc: Any, w: str) -> str | None:
    """The colour name of a Word table cell (``w:tc``, namespace ``w``) whose only text is
    one dot in a coloured run (``w:rPr/w:color w:val``), else None."""
    runs = [r for r in tc.iter(f"{w}r") if "".join(t.text or "" for t in r.iter(f"{w}t")).strip()]
    if len(runs) != 1:
        return None
    text = "".join(t.text or "" for t in runs[0].iter(f"{w}t"))
    colour = runs[0].find(f"{w}rPr/{w}color")
    return dot_colour_name(text, None if colour is None else colour.get(f"{w}val"))


def html_dot_label(cell: Any) -> str | None:
    """The accessible name of the one image an empty web-page cell holds: a dot drawn by
    CSS and named for the reader (``<span class="rag rag-green" role="img"
    aria-label="Green">``), or an ``<img alt="Green">``; for a cell whose only text is a
    dot ("●"), the name its element gives it (``<span class="rag rag-amber"
    title="Amber">●</span>``: its title or aria-label, else a class that ends with a colour,
    "rag-amber"); None when there is none.

    Examples
    --------
    >>> from wlga_analysis.read.html import Element
    >>> dot = Element("span", {"role": "img", "aria-label": " Amber "}, 3)
    >>> html_dot_label(Element("td", {}, 3, [dot])), html_dot_label(Element("td", {}, 3))
    ('Amber', None)
    >>> titled = Element("span", {"class": "rag rag-grey", "title": "Grey"}, 3, ["\u25cf"])
    >>> classed = Element("span", {"class": "status status-green"}, 3, ["\u25cf"])
    >>> [html_dot_label(Element("td", {}, 3, [dot])) for dot in (titled, classed)]
    ['Grey', 'Green']
    """
    image = cell.find(lambda el: el.attrs.get("role", "").strip().lower() == "img"
                      or el.tag == "img")
    if image is None:
        return _named_dot(cell)
    name = image.attrs.get("aria-label") or image.attrs.get("alt") or ""
    return name.strip() or None


def _text(el: Any) -> str:
    return "".join(c if isinstance(c, str) else _text(c) for c in el.children)


def _named_dot(cell: Any) -> str | None:
    """The name of the dot a cell's only text is: see :func:`html_dot_label`."""
    if _text(cell).strip() not in DOTS:
        return None
    for el in (cell, *_elements(cell)):
        name = (el.attrs.get("title") or el.attrs.get("aria-label") or "").strip()
        if 0 < len(name) <= 30:
            return name
        for word in el.attrs.get("class", "").split():
            colour = word.rpartition("-")[2].lower()
            if word != colour and colour in _COLOUR_CLASSES:
                return colour.capitalize()
    return None


#: The colours a class of a dot may end with ("rag-amber", "status-green").
_COLOUR_CLASSES = frozenset({"blue", "green", "amber", "red", "grey", "gray", "yellow",
                             "orange", "purple", "black"})


def _elements(el: Any) -> list[Any]:
    out = []
    for child in el.children:
        if not isinstance(child, str):
            out.extend((child, *_elements(child)))
    return out


def dot_words(words: list[dict]) -> list[dict]:
    """The words of a PDF table cell (:func:`wlga_analysis.read.pdf_page.page_words`): a
    cell whose only word is a dot printed in a RAG colour (its ``colour``) gives the
    colour's name instead; any other cell's words as they are.

    Examples
    --------
    >>> [w["text"] for w in dot_words([{"text": "\u25cf", "colour": "FFC000"}])]
    ['Amber']
    >>> [w["text"] for w in dot_words([{"text": "\u25cf"}, {"text": "Done"}])]
    ['●', 'Done']
    """
    if len(words) != 1 or (name := dot_colour_name(words[0]["text"],
                                                    words[0].get("colour"))) is None:
        return words
    return [{**words[0], "text": name}]
