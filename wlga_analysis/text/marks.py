"""Footnote marks as they are printed: raised (superscript) figures, daggers.

Every reader prints a footnote's mark as the reader of the page sees it, a raised figure
("grant²", "² £820,000 ..."), whatever form the document came in (a Word footnote
reference, a web page's ``<sup>``, a Markdown ``[^2]``, a smaller figure set higher in a
PDF); the interpreters find marks by these characters.

Examples
--------
>>> "12".translate(SUPERSCRIPT_FIGURES)
'¹²'
>>> all(mark in FOOTNOTE_MARKS for mark in SUPERSCRIPT_DIGITS + "†‡")
True
"""

from __future__ import annotations

__all__ = ["FOOTNOTE_MARKS", "SUPERSCRIPT_DIGITS", "SUPERSCRIPT_FIGURES"]

#: The superscript figures 0 to 9.
SUPERSCRIPT_DIGITS = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079"
#: Figures as superscript figures (``str.translate``: "12" -> "¹²").
SUPERSCRIPT_FIGURES = str.maketrans("0123456789", SUPERSCRIPT_DIGITS)
#: The characters a footnote mark is printed in: superscript figures, dagger, double dagger.
FOOTNOTE_MARKS = SUPERSCRIPT_DIGITS + "\u2020\u2021"
