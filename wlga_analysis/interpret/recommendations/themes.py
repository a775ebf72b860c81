"""Theme headings of a recommendations table: the theme's name and its printed label.

To teach the loader another kind of theme label ("Strand 2:", "Part B -"), extend
:data:`THEME_LABEL`.
"""

from __future__ import annotations

import re

from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["NOT_A_THEME", "THEME_LABEL", "THEME_NUMERAL", "THEME_WORD", "names_a_part",
           "names_an_annex", "plain_heading", "plain_theme", "split_theme_label",
           "without_area_code"]

#: A printed label before a theme's name: "Theme 1: Finance", "Theme B - Housing".
THEME_LABEL = compile_regex(r"(?:theme|strand|priority|section|part)\s(\d{1,3}[a-z]?|[a-z]|"
                          r"[ivx]{1,5})\s?(?:[:.\u2013\u2014-]|\s[\u2013\u2014-])\s?(\S.*)",
                          re.IGNORECASE | re.DOTALL)

#: A label with no number before a theme's name: "Theme: Scrutiny", "Strand - Housing".
THEME_WORD = compile_regex(r"(?:theme|strand)\s?+(?:[:\u2013\u2014-]|\s[\u2013\u2014-])\s?+(\S.*)",
                           re.IGNORECASE | re.DOTALL)

#: A chapter's Roman numeral before a theme's name, as an Arabic number is taken off a
#: numbered heading: "II. People and places", "IV) Accountability".
THEME_NUMERAL = compile_regex(r"((?=[IVX])X{0,3}(?:IX|IV|V?I{0,3}))[.)][ \t]++([A-Z].*)",
                              re.DOTALL)


def split_theme_label(text: str) -> tuple[str, str | None]:
    """A theme heading's name and its printed label number (None when unlabelled).

    Examples
    --------
    >>> split_theme_label("Theme 1: Equalities and engagement")
    ('Equalities and engagement', '1')
    >>> split_theme_label("Theme B \u2013 Housing"), split_theme_label("Rural services")
    (('Housing', 'B'), ('Rural services', None))
    >>> split_theme_label("Theme: Scrutiny")
    ('Scrutiny', None)
    >>> split_theme_label("II. People and places")
    ('People and places', 'II')
    """
    m = THEME_LABEL.fullmatch(text)
    if m is None:
        numeral = THEME_NUMERAL.fullmatch(text)
        if numeral is not None:
            return numeral.group(2).strip(), numeral.group(1)
        word = THEME_WORD.fullmatch(text)
        return (word.group(1).strip(), None) if word else (text, None)
    return m.group(2).strip(), m.group(1)


#: The code an area's heading prints before its name, numbering it within its theme: "A1",
#: "B2.", "C3:", "A.1" (the theme's letter, then the area's number, 20 at most).
_AREA_CODE = compile_regex(r"([A-Z])\.?(\d{1,2})[.:]?[ \t]+(?=[A-Z])")


def without_area_code(title: str, theme_no: str | None) -> str:
    """An area's name without the code that numbers it within its lettered theme ("A1
    Scrutiny and transparency" under "Part A – Governance": "Scrutiny and transparency");
    the title as printed when its code is not its theme's letter (a road: "A55 corridor").

    Examples
    --------
    >>> without_area_code("A1 Scrutiny and transparency", "A")
    'Scrutiny and transparency'
    >>> without_area_code("B2. Funding", "B"), without_area_code("A55 Upgrade", "A")
    ('Funding', 'A55 Upgrade')
    >>> without_area_code("A1 Scrutiny", "B"), without_area_code("A1 Scrutiny", None)
    ('A1 Scrutiny', 'A1 Scrutiny')
    """
    if not theme_no or title[:1] != theme_no:
        return title
    m = _AREA_CODE.match(title)  # (an area's number within its theme: 20 at most)
    return title[m.end():] if m is not None and m.group(1) == theme_no \
        and int(m.group(2)) <= 20 else title


#: A heading that names a part of the paper after its body, not a theme: "Annex A – Action
#: plan", "Appendix 2: ...", "Atodiad A".
_ANNEX = compile_regex(r"(?i)(?:annex|appendix|atodiad)\b")


def names_an_annex(text: str) -> bool:
    """Whether a heading names an annex or appendix ("Annex A – Action plan").

    Examples
    --------
    >>> names_an_annex("Annex A – Action plan"), names_an_annex("Regional working")
    (True, False)
    """
    return _ANNEX.match(text.strip(" *#")) is not None


#: Headings above the areas that are the paper's own structure, not a theme: a list of
#: contents (navigation), a chapter holding the recommendations ("4. Findings and
#: recommendations", "Our recommendations", "Progress and recommendations", a follow-up
#: review's "New recommendations": the paper's section title over its one table or its
#: areas' sub-headings, whatever its level).
NOT_A_THEME = compile_regex(r"(?i)(?:table\s+of\s+)?contents|cynnwys|(?:(?:our|key|summary\s+of|"
                            r"(?:our\s+)?(?:new|further|additional|updated))"
                            r"\s+)?(?:(?:findings|conclusions|progress(?:\s+review)?|review)"
                            r"\s+and\s+)?recommendations")


def names_a_part(text: str) -> bool:
    """Whether a heading over a table names a part of the paper, not a theme: an annex
    (:func:`names_an_annex`) or the section holding the recommendations
    (:data:`NOT_A_THEME`).

    Examples
    --------
    >>> names_a_part("Progress and recommendations"), names_a_part("Annex B: Actions")
    (True, True)
    >>> names_a_part("Standing for election"), names_a_part("Recommendations on housing")
    (False, False)
    """
    return names_an_annex(text) or NOT_A_THEME.fullmatch(" ".join(text.split()).strip(" *#"))\
        is not None


#: A theme line in plain text (no heading mark, no bold) names its theme with the word
#: "Theme" or "Strand" and a label ("Theme 1: Revaluation"), or is all capitals
#: ("PRIORITY 2 - HOUSING").
_PLAIN_THEME_WORD = compile_regex(r"(?:theme|strand)\s", re.IGNORECASE)
#: The longest plain theme line.
_PLAIN_THEME_MAX = 100


def plain_theme(text: str) -> str | None:
    """The theme a plain line prints ("THEME 1: REVALUATION", "Theme 2 - Housing"), its
    name in sentence case when printed in capitals; None for any other line.

    Examples
    --------
    >>> plain_theme("THEME 1: REVALUATION"), plain_theme("Strand B - Rural services")
    ('Theme 1: Revaluation', 'Strand B - Rural services')
    >>> plain_theme("PART 2: BANDS AND DISCOUNTS")
    'Part 2: Bands and discounts'
    >>> plain_theme("Part 2 of the report sets out the costs."), plain_theme("Theme")
    (None, None)
    """
    text = " ".join(text.split())
    m = THEME_LABEL.fullmatch(text) if len(text) <= _PLAIN_THEME_MAX else None
    if m is None or text.endswith((".", ";", ",")):
        return None
    if text.isupper():
        return text[:m.start(2)].capitalize() + m.group(2).capitalize()
    return text if _PLAIN_THEME_WORD.match(text) else None


#: A plain line that may be a heading: a capital first, no full stop, colon or other
#: sentence end last, at most ten words (a Word file saved as plain text prints its headings
#: so); not a caption, a source or a note ("Table 2: ...", "Source: ...").
_PLAIN_HEADING = compile_regex(
    r"(?!(?:Table|Figure|Exhibit|Chart|Source|Note|Notes|Contact)\b)"
    r"[A-Z][^\t.:;,!?@/]{0,69}[^\t\s.:;,!?@/]")


def plain_heading(text: str, line: int, any_heading: bool) -> tuple[str, int] | None:
    """``(text, line)`` when a plain line of a paper that marks no heading may head what
    follows (the classic table's reader names the table's theme from it when a header row
    comes next), else None.

    Examples
    --------
    >>> plain_heading("Standing for election", 8, False)
    ('Standing for election', 8)
    >>> plain_heading("The group met four times.", 8, False), plain_heading("Table 1: Areas", 8,
    ...     False), plain_heading("Standing for election", 8, True)
    (None, None, None)
    """
    if any_heading or len(text.split()) > 10 or _PLAIN_HEADING.fullmatch(text) is None:
        return None
    return text, line
