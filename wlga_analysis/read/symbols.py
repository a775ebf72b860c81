"""Characters of the symbol fonts: what a Word symbol (Insert > Symbol) shows.

Word stores a symbol inserted from a symbol font as ``<w:sym w:font="Wingdings"
w:char="F0FC"/>``: no text, only the font and the character's code in that font (0xF000 plus
the font's own code). :func:`symbol_text` gives the Unicode character a reader sees, from
:data:`SYMBOL_FONTS` (the ticks, crosses, boxes and bullets papers use); a symbol it does
not know is read as U+FFFD (and the Word reader notes it), never dropped.

Examples
--------
>>> symbol_text("Wingdings", "F0FC"), symbol_text("Wingdings 2", "F050")
('✓', '✓')
>>> symbol_text("Symbol", "F0B7"), symbol_text("Segoe UI Symbol", "2714")
('•', '✔')
>>> symbol_text("Wingdings", "F0A9")
'\\ufffd'
"""

from __future__ import annotations

__all__ = ["SYMBOL_FONTS", "UNKNOWN_SYMBOL", "symbol_text"]

#: What a symbol no table knows is read as.
UNKNOWN_SYMBOL = "\ufffd"

#: font name (case folded) -> the font's code (0-255) -> Unicode character.
SYMBOL_FONTS: dict[str, dict[int, str]] = {
    "wingdings": {
        0xFC: "\u2713",  # check mark
        0xFB: "\u2717",  # ballot x
        0xFD: "\u2612",  # ballot box with x
        0xFE: "\u2611",  # ballot box with check
        0xA8: "\u2610",  # ballot box (empty)
        0x6F: "\u2610",  # white square
        0x71: "\u2751",  # shadowed white square
        0x6C: "\u25cf",  # black circle
        0x6E: "\u25a0",  # black square
        0x9F: "\u2022",  # bullet
        0xA7: "\u25aa",  # small black square
        0xA1: "\u25cb",  # white circle
        0x76: "\u2756",  # diamond minus white x
        0xD8: "\u27a2",  # arrowhead
        0xE0: "\u2192",  # arrow
        0xE8: "\u2794",  # heavy arrow
        0x4A: "\u263a",  # smiling face
    },
    "wingdings 2": {
        0x50: "\u2713",  # check mark
        0x4F: "\u2717",  # ballot x
        0x52: "\u2611",  # ballot box with check
        0x53: "\u2612",  # ballot box with x
        0x54: "\u2612",  # ballot box with x
        0xA3: "\u2610",  # ballot box
        0x98: "\u25cf",  # black circle
    },
    "webdings": {0x61: "\u2713", 0x72: "\u2717", 0x3D: "\u25a0"},
    "symbol": {
        0xB7: "\u2022",  # bullet
        0xD6: "\u221a",  # square root (a tick)
        0xB4: "\u00d7",  # multiplication sign
        0xAE: "\u2192",  # right arrow
        0xA8: "\u2666",  # diamond
        0xB0: "\u00b0",  # degree
        0x2D: "\u2212",  # minus
        0xA3: "\u2264",  # less than or equal to
        0xB3: "\u2265",  # greater than or equal to
    },
}


def symbol_text(font: str, char: str) -> str:
    """The character a symbol of ``font`` with code ``char`` (hexadecimal, as Word writes
    it) shows: from :data:`SYMBOL_FONTS` for a symbol font, the code itself for a Unicode
    font (a code outside the private use area), else :data:`UNKNOWN_SYMBOL`.

    Examples
    --------
    >>> symbol_text("Wingdings", "F0FB"), symbol_text("Wingdings", "not hex")
    ('✗', '\\ufffd')
    """
    try:
        code = int(char, 16)
    except ValueError:
        return UNKNOWN_SYMBOL
    table = SYMBOL_FONTS.get(" ".join(font.split()).casefold())
    if table is not None:
        return table.get(code & 0xFF if code >= 0xF000 else code, UNKNOWN_SYMBOL)
    if 0x20 < code < 0xE000 or 0xF8FF < code <= 0x10FFFF:
        return chr(code)
    return UNKNOWN_SYMBOL
