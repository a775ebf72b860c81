"""Hostile documents: inputs built to make a parser slow, and invisible characters.

Each generator in :data:`PATHOLOGICAL` takes a size ``n`` and returns the text of a small
document of one kind whose hostile part grows with ``n`` (a long run of spaces after a
``<``, runs of U+2028 inside an area title, many duplicate section numbers...). A parser
is linear when doubling ``n`` at most doubles the time it takes; the tests
(``tests/test_linear_time.py``) and the benchmarks (``bench/run.py``) time every loader
on these documents at two sizes.

:func:`invisible_characters` is a hypothesis strategy for the characters a document
copied from a web page or an e-mail carries without showing them.

Examples
--------
>>> kind, make = PATHOLOGICAL["programme: spaces after a bold lead"]
>>> kind, len(make(100)) < len(make(200))
('programme', True)
>>> sorted({kind for kind, _ in PATHOLOGICAL.values()})
['programme', 'recommendations']
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

__all__ = [
    "HOSTILE_PROGRAMMES",
    "INVISIBLE",
    "PATHOLOGICAL",
    "clear_caches",
    "invisible_characters",
    "loaders",
    "megabyte_document",
    "programme_text",
    "recommendations_text",
]

#: Characters that print as nothing (or as a plain space or line break) in most viewers.
INVISIBLE: tuple[str, ...] = ("\u200b", "\ufeff", "\u2028", "\u2029", "\u00ad", "\u2060")

_HEADER = "Area\tActivity underway or achieved\tRecommendations"


def recommendations_text(area_title: str = "Regional arrangements",
                         activity: str = "Mapped the regional arrangements",
                         marker: str = "(Ongoing - WLGA/LG)",
                         recommendation: str = "That the map is updated annually (WLGA)",
                         extra_rows: tuple[str, ...] = ()) -> str:
    """A small recommendations document with one area, one activity and one recommendation.

    Examples
    --------
    >>> import tempfile
    >>> from pathlib import Path
    >>> from wlga_analysis.recommendations import load_recommendations
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     path = Path(tmp) / "recs.txt"
    ...     _ = path.write_text(recommendations_text(), encoding="utf-8")
    ...     load_recommendations(path)[["rec_id", "owners"]].to_dict("list")
    {'rec_id': [1], 'owners': [['WLGA']]}
    """
    row = (f"<p><b>Area 1: {area_title}</b></p>\t"
           f"<p>1. {activity}</p> <p><b>{marker}</b></p>\t"
           f"<p>1. {recommendation}</p>")
    return "\n".join(["## Working Group Recommendations", "", _HEADER, row,
                      *extra_rows, ""])


def programme_text(title: str = "WLGA IMPROVEMENT PROGRAMME 2021-22 UPDATE",
                   bullets: tuple[str, ...] = ("- Work continues and is expected in June "
                                               "2022.",),
                   paragraphs: tuple[str, ...] = ()) -> str:
    """A small programme update: a date, a title, one progress section with ``bullets``.

    Examples
    --------
    >>> import tempfile
    >>> from pathlib import Path
    >>> from wlga_analysis.programme import load_programme
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     path = Path(tmp) / "update.txt"
    ...     _ = path.write_text(programme_text(), encoding="utf-8")
    ...     load_programme(path)["quarter_label"].tolist()
    ['2022-23 Q1']
    """
    return "\n".join(["22nd October 2021", "", title, "", "Purpose", "",
                      "1. To update Members on progress.", "", "Progress Update", "",
                      "2. Programme Set Up", "", *bullets, "", *paragraphs, ""])


def _bold_lead_spaces(n: int) -> str:
    return programme_text(bullets=("- **Programme team:**" + " " * n + "work continues.",
                                   "- **Website" + " " * n + "x"))


def _programme_tag_spaces(n: int) -> str:
    return programme_text(bullets=("- Work <" + " " * n + "continues in June 2022.",
                                   "- More <" + "\u2028" * n + "b"))


def _recommendations_tag_spaces(n: int) -> str:
    return recommendations_text(activity="Mapped <" + " " * n + "the arrangements",
                                recommendation="That it is kept <" + "\t" * 0 + " " * n
                                + "b (WLGA)")


def _separators_in_area_title(n: int) -> str:
    return recommendations_text(area_title="Regional" + "\u2028" * n + "arrangements")


def _separators_in_item(n: int) -> str:
    return recommendations_text(activity="Mapped" + "\u2028" * n + "the arrangements",
                                recommendation="That" + "\u2028" * n + "it is done (WLGA)")


def _separators_in_bracket(n: int) -> str:
    return recommendations_text(marker="(Ongoing" + "\u2028" * n + "- WLGA/LG)",
                                recommendation="That it is done (WLGA" + "\u2028" * n + ")")


def _separators_after_month(n: int) -> str:
    return programme_text(bullets=("- Work is expected in June" + "\u2028" * n + "2022.",
                                   "- Done by December" + " " * n + "x"))


def _many_bold_owner_codes(n: int) -> str:
    codes = " ".join("<b>(WLGA/LG)</b>" for _ in range(n))
    return recommendations_text(marker="(Ongoing - WLGA/LG) " + codes,
                                recommendation="That it is done " + codes)


def _many_bold_codes_in_a_pipe_table(n: int) -> str:
    codes = " ".join("**WG**" for _ in range(n))
    return ("## Working Group Recommendations\n\n#### Reform\n\n"
            "| Area | Activity underway or achieved | Recommendations |\n|---|---|---|\n"
            f"| **Area 1: Reform** | 1. Mapped {codes} | 1. That it is done {codes} |\n")


def _many_bold_words(n: int) -> str:
    words = " ".join("<b>Board</b>" for _ in range(n))
    return recommendations_text(recommendation="That it is reported to " + words + " (WLGA)")


def _many_grants(n: int) -> str:
    bullets = tuple(f"- The grant number {k} of £{1000 + k:,} was agreed for 2021-22."
                    for k in range(n))
    return programme_text(bullets=bullets)


def _one_amount_many_times(n: int) -> str:
    bullets = tuple(f"- The grant number {k} of £1,000 was agreed for 2021-22." for k in range(n))
    return programme_text(bullets=bullets)


def _many_named_grants(n: int) -> str:
    bullets = tuple(f"- The fund{k} grant of £{1000 + k:,} was agreed for the team."
                    for k in range(n))
    return programme_text(bullets=bullets)


def _many_duplicate_sections(n: int) -> str:
    paragraphs = tuple(f"3. Programme Set Up\n\n- Item {k} continues.\n" for k in range(n))
    return programme_text(paragraphs=paragraphs)


def _long_funded_sentence(n: int) -> str:
    words = " ".join(["work"] * n)
    return programme_text(bullets=(f"- The {words} was given £5,000 grant funding in 2021-22.",))


def _long_upper_case_title(n: int) -> str:
    return programme_text(title="WLGA IMPROVEMENT " * n + "PROGRAMME 2021-22 UPDATE")


def _opening_bold_spaces(n: int) -> str:
    return programme_text(bullets=("- **" + " " * n + "work continues.",
                                   "- **" + "\u2028" * n + "x"))


def _colour_key_commas(n: int) -> str:
    return programme_text(paragraphs=("Key: Red - late" + ", " * (n // 2) + "x; Blue - done",))


def _letter_key_spaces(n: int) -> str:
    return programme_text(paragraphs=("Key: B - done" + " " * n + "x; G - on track",))


def _grey_row_spaces(n: int) -> str:
    return programme_text(paragraphs=("Grey\tNot" + " " * n + "started",
                                      "Blue\tDone" + "* " * (n // 2) + "x"))


def _many_areas(n: int) -> str:
    rows = tuple(f"<p><b>Area {k}: Area {k}</b></p>\t<p>{k}. Did it</p> "
                 f"<p><b>(Ongoing - WLGA)</b></p>\t<p>{k}. That it is done (WLGA)</p>"
                 for k in range(2, n + 2))
    return recommendations_text(extra_rows=rows)


def _date_changed_many_times(n: int) -> str:
    # (each later date looked for from the one before: a walk to the text's end each time)
    return programme_text(bullets=("- Work " + "delayed from March 2026 to June 2026, " * n
                                   + "continues.",))


def _old_dates_many_times(n: int) -> str:
    return programme_text(bullets=("- Work " + "originally planned for March 2026, was June "
                                   "2026, original target " * n + "revised target June 2026.",))


def _amount_of_n_digits(n: int) -> str:
    # (more than a whole-pound column holds: reported, never an overflow stopping the paper)
    return programme_text(paragraphs=("Funding", "", "3. The grant of \u00a3" + "9" * n
                                      + " for 2025-26.", ""))


#: Hostile document generators: name -> (kind, generator of the text for a size ``n``).
PATHOLOGICAL: dict[str, tuple[str, Callable[[int], str]]] = {
    "programme: spaces after a bold lead": ("programme", _bold_lead_spaces),
    "programme: spaces after a '<'": ("programme", _programme_tag_spaces),
    "programme: U+2028 after a month name": ("programme", _separators_after_month),
    "programme: many grants": ("programme", _many_grants),
    "programme: one amount mentioned many times": ("programme", _one_amount_many_times),
    "programme: many named grants": ("programme", _many_named_grants),
    "programme: many duplicate section numbers": ("programme", _many_duplicate_sections),
    "programme: a long upper-case title": ("programme", _long_upper_case_title),
    "programme: a long sentence funding a grant": ("programme", _long_funded_sentence),
    "programme: spaces after an opening bold mark": ("programme", _opening_bold_spaces),
    "programme: commas in a colour key": ("programme", _colour_key_commas),
    "programme: spaces in a key of letters": ("programme", _letter_key_spaces),
    "programme: spaces in a key table's grey row": ("programme", _grey_row_spaces),
    "programme: a date changed from one to another n times": ("programme",
                                                              _date_changed_many_times),
    "programme: n old dates and original targets": ("programme", _old_dates_many_times),
    "programme: an amount of n digits": ("programme", _amount_of_n_digits),
    "recommendations: spaces after a '<'": ("recommendations", _recommendations_tag_spaces),
    "recommendations: U+2028 in an area title": ("recommendations", _separators_in_area_title),
    "recommendations: U+2028 in an item": ("recommendations", _separators_in_item),
    "recommendations: U+2028 in a bracket": ("recommendations", _separators_in_bracket),
    "recommendations: many bold owner codes": ("recommendations", _many_bold_owner_codes),
    "recommendations: many bold words": ("recommendations", _many_bold_words),
    "recommendations: many bold codes in a pipe table": ("recommendations",
                                                         _many_bold_codes_in_a_pipe_table),
    "recommendations: many areas": ("recommendations", _many_areas),
}


def loaders() -> dict[str, tuple[Callable[..., Any], ...]]:
    """Every loader of each kind of document (imported when asked for).

    Examples
    --------
    >>> [len(each) for each in loaders().values()]
    [6, 5]
    """
    import wlga_analysis as wa
    from wlga_analysis import programme, recommendations

    return {
        "recommendations": (recommendations.load_areas, recommendations.load_activities,
                            recommendations.load_recommendations,
                            recommendations.load_recommendation_owners,
                            recommendations.load_recommendations_notes,
                            lambda path: wa.load_metadata(path, kind="recommendations")),
        "programme": (programme.load_programme, programme.load_priorities,
                      programme.load_grants, programme.load_paragraphs,
                      lambda path: wa.load_metadata(path, kind="programme")),
    }


def clear_caches() -> None:
    """Empty every ``functools`` cache of the library, so the next load parses afresh.

    Examples
    --------
    >>> clear_caches()
    """
    for name, module in list(sys.modules.items()):
        if not name.startswith("wlga_analysis") or module is None:
            continue
        for value in list(vars(module).values()):
            if callable(getattr(value, "cache_clear", None)):
                value.cache_clear()


def megabyte_document(name: str, size: int = 1_000_000, line_chars: int = 90_000) -> str:
    r"""The hostile document ``name`` of :data:`PATHOLOGICAL`, grown to about ``size``
    characters.

    Its hostile part grows as far as the size allows: a generator that adds lines (many
    grants, many areas) gives that many *different* items, never one block repeated (a
    loader that reads each distinct text once would make a repeated block look cheap).
    Only a part that grows within one line (a run of spaces, a long title) stops at
    ``line_chars`` (under :data:`wlga_analysis.documents.MAX_LINE_CHARS`); that document
    is then repeated to the size.

    Examples
    --------
    >>> text = megabyte_document("programme: many grants", 50_000)
    >>> 45_000 < len(text) < 60_000
    True
    >>> lines = [line for line in text.splitlines() if "£" in line]
    >>> len(lines) > 500 and len(set(lines)) == len(lines)  # every grant its own
    True
    >>> text = megabyte_document("programme: a long upper-case title", 50_000, line_chars=10_000)
    >>> 45_000 < len(text) < 60_000, max(map(len, text.split("\n"))) <= 10_000
    (True, True)
    """
    _kind, make = PATHOLOGICAL[name]
    base, probe = len(make(0)), len(make(1000))
    per_unit = max(1.0, (probe - base) / 1000)
    n = max(1, int((size - base) / per_unit))
    while n > 1 and max(map(len, make(n).split("\n"))) > line_chars:  # lines as read
        n = n * 3 // 4
    text = make(n)
    return "\n".join([text] * max(1, round(size / len(text))))


def invisible_characters(min_size: int = 1, max_size: int = 4) -> Any:
    """A hypothesis strategy: short runs of invisible characters (see :data:`INVISIBLE`).

    Examples
    --------
    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5)
    ... @given(invisible_characters())
    ... def check(run):
    ...     assert run and set(run) <= set(INVISIBLE)
    >>> check()
    """
    from hypothesis import strategies as st

    return st.text(alphabet=st.sampled_from(INVISIBLE), min_size=min_size, max_size=max_size)


# Hostile programme updates of the programme interpreter's own growth test
# (tests/test_programme_linear.py): name -> function of a size n (characters, roughly).
_PHEAD = ("22nd October 2021\n\nWLGA IMPROVEMENT PROGRAMME 2021-22 UPDATE\n\nPurpose\n\n"
         "1. To update Members on progress.\n\nProgress Update\n\n2. Programme Set Up\n\n")


def _pbullets(line: str, n: int) -> str:
    return _PHEAD + "".join(line.format(i=i) for i in range(n))


#: name -> function of a size ``n`` (characters, roughly) returning a document.
HOSTILE_PROGRAMMES: dict[str, Callable[[int], str]] = {
    "bold lead then spaces": lambda n: _PHEAD + "- **Programme team:**" + " " * n + "x\n",
    "spaces after <": lambda n: _PHEAD + "- an item <" + " " * n + "b\n",
    "U+2028 inside an item": lambda n: _PHEAD + "- an item " + "\u2028" * n + "x\n",
    "U+2028 after a month": lambda n: _PHEAD + "- due in October" + "\u2028" * n + "2021\n",
    "spaces after a month": lambda n: _PHEAD + "- due in October" + " " * n + ",\n",
    "many grants": lambda n: _pbullets(
        "- The WLGA receives grant funding of £{i},000 for the {i} team.\n", n // 60),
    "duplicate section numbers": lambda n: _PHEAD + "".join(
        "3. Section\n\n- an item due in Q2.\n\n" for _ in range(n // 30)),
    "long upper-case title": lambda n: "22nd October 2021\n\n" + "WLGA UPDATE " * (n // 12)
    + "\n\nPurpose\n\n1. To update.\n\nProgress Update\n\n2. Set Up\n\n- an item in Q2.\n",
    "date line with spaces": lambda n: "22nd October" + " " * n + "2021\n\n" + _PHEAD[19:],
    "£ then separators": lambda n: _PHEAD + "- grant funding of £" + "1," * (n // 2) + "\n",
    "bullets of one word": lambda n: _pbullets("- word{i}\n", n // 10),
    "page numbers": lambda n: _pbullets("- an item expected in\n{i}\nFebruary 2024.\n", n // 40),
}
