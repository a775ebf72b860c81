"""Check boxes a reader sees: a Word check box content control, a web page's check box.

A checklist kept in Word puts a check box content control before each action
(``<w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val="1"/>...``); Word shows the glyph
of its checked or unchecked state (``w14:checkedState``: MS Gothic ☒ by default, any
character the author chose, "✔"). A web page prints ``<input type="checkbox" checked>``.
Both are read as the box a reader sees, in one form: ☒ (ticked) or ☐ (empty), then a space
(:data:`TICKED`, :data:`EMPTY`), so the interpreter reads a checklist whatever its form.

Examples
--------
>>> html_checkbox({"type": "checkbox", "checked": ""}), html_checkbox({"type": "text"})
('☒ ', None)
"""

from __future__ import annotations

from typing import Any

__all__ = ["EMPTY", "TICKED", "docx_checkbox_run", "html_checkbox"]

#: What a ticked box and an empty box are read as.
TICKED, EMPTY = "\u2612", "\u2610"
_W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"
_FALSE = ("0", "false", "off")


def html_checkbox(attrs: dict[str, str]) -> str | None:
    """The box an ``<input>`` element with attributes ``attrs`` shows ("☒ " or "☐ "),
    None for any other input.

    Examples
    --------
    >>> html_checkbox({"type": "CheckBox", "disabled": ""})
    '☐ '
    """
    if attrs.get("type", "").strip().lower() != "checkbox":
        return None
    return f"{TICKED if 'checked' in attrs else EMPTY} "


def docx_checkbox_run(sdt: Any, w: str) -> Any | None:
    """A ``w:r`` holding the box a check box content control ``sdt`` shows (☒ or ☐, from
    its ``w14:checked`` state, whatever glyph its content holds), None for any other
    content control (``w`` the WordprocessingML namespace in braces).

    Parameters
    ----------
    sdt : lxml element
        A ``w:sdt``.
    w : str
        ``"{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"``.

    Returns
    -------
    lxml element or None
        A new ``w:r`` element (the document is not changed).

    Examples
    --------
    >>> from lxml import etree
    >>> W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    >>> W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
    >>> sdt = etree.fromstring(
    ...     f'<w:sdt xmlns:w="{W}" xmlns:w14="{W14}"><w:sdtPr><w14:checkbox>'
    ...     '<w14:checked w14:val="1"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r>'
    ...     '<w:t>\u2714</w:t></w:r></w:sdtContent></w:sdt>')
    >>> docx_checkbox_run(sdt, "{%s}" % W).findtext("{%s}t" % W)
    '☒'
    """
    props = sdt.find(f"{w}sdtPr")
    box = props.find(f"{_W14}checkbox") if props is not None else None
    if box is None:
        return None
    from lxml import etree

    checked = box.find(f"{_W14}checked")
    ticked = checked is not None and checked.get(f"{_W14}val", "1").lower() not in _FALSE
    run = etree.Element(f"{w}r")
    etree.SubElement(run, f"{w}t").text = TICKED if ticked else EMPTY
    return run
