"""A status shown by a picture alone: the picture's alt text is the text it stands for.

An update may show each action's status by an icon alone (a green circle "On track", a
tick "Complete"), the icon's alternative text the only words a reader who cannot see it is
given. A web page's ``<img alt="On track">`` in an otherwise empty cell is read as the
cell's text (:func:`wlga_analysis.read.colour_dots.html_dot_label`); the same rule for the
other forms:

- a Markdown table cell that holds nothing but images (pandoc's
  ``![On track](icons/green.png)``): the images' alt text;
- a Word table cell with no text of its own whose runs hold pictures (``w:drawing``) with a
  description (Word's "Alt Text", ``wp:docPr descr=``): the descriptions.

A picture with no alt text, or one beside words, is left as it is (the words are the text).
Nor is a picture whose alt text describes it rather than naming a state (more than
:data:`MAX_LABEL_WORDS` words, "A picture of a bus stop": an Easy Read paper's picture
beside each box), which is no text of the cell.

Examples
--------
>>> markdown_image_alt("![Complete](icons/tick.png)"), markdown_image_alt("Done ![x](y.png)")
('Complete', None)
"""

from __future__ import annotations

from typing import Any

from wlga_analysis.text.lazy import LazyPattern

__all__ = ["MAX_LABEL_WORDS", "docx_picture_alt", "markdown_image_alt"]

#: The most words an icon's alt text names a state in ("Green - on track").
MAX_LABEL_WORDS = 4

#: A cell of Markdown images alone: ``![alt](src)`` or ``![alt](src "title")``, repeated.
_IMAGES = LazyPattern(r"[ \t]*+(?:!\[[^\[\]]*+\]\([^()\s]*+(?:[ \t]++\"[^\"]*+\")?+\)[ \t]*+)++")
_IMAGE_ALT = LazyPattern(r"!\[([^\[\]]*+)\]")


def markdown_image_alt(raw: str) -> str | None:
    """The alt text of the images a Markdown cell holds alone (joined by a space), else
    None (no image, words beside it, or no alt text).

    Examples
    --------
    >>> markdown_image_alt('![At risk](a.png "amber")'), markdown_image_alt("![](a.png)")
    ('At risk', None)
    >>> markdown_image_alt("![A picture of a bus stop](bus.png)") is None
    True
    """
    if "![" not in raw or _IMAGES.fullmatch(raw) is None:
        return None
    text = " ".join(" ".join(m.group(1).split()) for m in _IMAGE_ALT.finditer(raw)).strip()
    return _label(text)


def _label(text: str) -> str | None:
    """The alt text when it names a state (:data:`MAX_LABEL_WORDS` words at most), else
    None (a description of a picture, or nothing)."""
    return text if text and len(text.split()) <= MAX_LABEL_WORDS else None


_WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"


def docx_picture_alt(tc: Any, w: str) -> str | None:
    """The descriptions of the pictures of a Word table cell (``w:tc``, namespace ``w``)
    with no text of its own (joined by a space), else None.

    Examples
    --------
    >>> from lxml import etree
    >>> W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    >>> tc = etree.fromstring(f'<w:tc xmlns:w="{W}" xmlns:wp="{_WP[1:-1]}"><w:p><w:r>'
    ...     '<w:drawing><wp:inline><wp:docPr id="1" name="p" descr="Delayed"/></wp:inline>'
    ...     '</w:drawing></w:r></w:p></w:tc>')
    >>> docx_picture_alt(tc, "{%s}" % W)
    'Delayed'
    """
    drawings = list(tc.iter(f"{w}drawing"))
    if not drawings or any((t.text or "").strip() for t in tc.iter(f"{w}t")):
        return None
    names = [" ".join((pr.get("descr") or "").split())
             for d in drawings for pr in d.iter(f"{_WP}docPr")]
    return _label(" ".join(n for n in names if n))
