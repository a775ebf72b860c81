"""An area's name from the heading that opens it, without the number or label printed
before the name.

A report's areas are often its headings, and a heading may print, before the area's name,
a section number ("4.1 Recruitment", "3. Data") or a label and number that only place it
in the paper: "Part 2: Funding" (a consultation's part, over its questions), "Chapter 3 –
Remuneration" (a review's chapter), "Rhan 1: Treth gyngor", "Pennod 2 – Safonau". A
careful reader names the area "Funding", "Remuneration" (the number is the area's number
already). :data:`PART_LABEL` holds the label words: to teach another, add it there.

Examples
--------
>>> heading_area_name("Part 2: Funding"), heading_area_name("4.1 Recruitment")
('Funding', 'Recruitment')
>>> heading_area_name("Chapter 3 \u2013 Remuneration"), heading_area_name("Part-time staff")
('Remuneration', 'Part-time staff')
"""

from __future__ import annotations

from wlga_analysis.text.lazy import LazyPattern

__all__ = ["PART_LABEL", "heading_area_name", "without_part_label"]

#: A label and number printed before an area's name in its heading, then a colon or dash
#: ("Part 2: ", "Chapter 3 \u2013 ", "Rhan 1 - "), ignoring case.
PART_LABEL = r"(?:part|chapter|theme|rhan|pennod|thema)\s(\d{1,2})\s?[:.\u2013\u2014-]"
#: A section number printed before a heading's name ("4.1 Recruitment", "3. Data"), or a
#: label of :data:`PART_LABEL`.
_PREFIX = LazyPattern(rf"(?i)^(?:\d{{1,2}}(?:\.\d{{1,2}}){{0,2}}\.?|{PART_LABEL})[ \t]+(?=\S)")


def heading_area_name(text: str) -> str:
    """``text`` (a heading that opens an area) without the number or label printed before
    the area's name; the heading as printed when nothing follows it.

    Examples
    --------
    >>> heading_area_name("Rhan 1: Treth gyngor"), heading_area_name("Part 3")
    ('Treth gyngor', 'Part 3')
    """
    return _PREFIX.sub("", text, count=1)


#: A label and number alone before a heading's name ("Chapter 3: "), not a bare number.
_LABEL_ONLY = LazyPattern(rf"(?i)^{PART_LABEL}[ \t]+(?=\S)")


def without_part_label(text: str) -> str:
    """``text`` without a label and number of :data:`PART_LABEL` printed before its name
    ("Chapter 1: Information and advice" -> "Information and advice"); a section number
    ("4.1 Recruitment") is kept.

    Examples
    --------
    >>> without_part_label("Chapter 1: Information and advice"), without_part_label("4.1 Pay")
    ('Information and advice', '4.1 Pay')
    """
    return _LABEL_ONLY.sub("", text, count=1)
