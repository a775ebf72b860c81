"""Programme interpreter: the numbered progress headings of an update that lists no
priorities, read as its priorities.

The shipped kind of update frames itself in numbered paragraphs ("1. To update Members
...", "2. The programme ..."), then reports progress under numbered headings, each over its
bullets: "5. Digital Strategy and Leadership" over "• Chief Digital Officers' network:
...". The shipped paper also lists its priorities ("... under four interdependent
priorities:" over bullets) and keeps them; a paper that lists none (a council committee
report: "4. Housing and homelessness" over bullets after its "3. KEY ISSUES") is read by a
careful reader as having the priorities its progress headings name, in reading order, each
item the priority of its heading.

The rule holds when every item of the parse is a bullet under a numbered section whose
paragraph is a short heading (no closing punctuation, at most :data:`_MAX_WORDS` words, not
a framing section such as "Funding" or "Next steps", nor a period such as "October
2025"), two or more such sections, in a paper that is a progress update (its title names
an update, or it prints a progress heading); otherwise the parse is left as it is (its
"no priorities" note stays).

Examples
--------
>>> with_progress_heading_priorities(None) is None
True
"""

from __future__ import annotations

from typing import Any

from wlga_analysis.interpret.programme.heading_priorities import (
    item_sections,
    lists_no_priorities,
    with_section_priorities,
)

__all__ = ["with_progress_heading_priorities"]

#: The most words of a progress heading that names a priority.
_MAX_WORDS = 10
#: Words of a paper that recommends, reviews or decides (read with the programme loader),
#: in its title or headings, and of advice in its item texts: its numbered headings name no
#: priorities.
_NOT_AN_UPDATE = ("recommend", "propos", "review", "determination", "finding")
_ADVICE = ("recommend", " should ")
#: What ends a sentence or a lead-in (a heading ends with none of these).
_CLOSING = ".!?;:,"


def is_priority_heading(text: str) -> bool:
    """Whether a numbered section's text is a short heading that may name a priority.

    Examples
    --------
    >>> is_priority_heading("Data and Insight"), is_priority_heading("Next steps")
    (True, False)
    >>> is_priority_heading("The following work was completed:")
    False
    """
    from wlga_analysis.interpret.programme.layouts import is_other_section
    from wlga_analysis.interpret.programme.period_headings import heading_period

    text = text.strip()
    return 0 < len(text.split()) <= _MAX_WORDS and text[-1] not in _CLOSING \
        and not is_other_section(text) and heading_period(text) is None


def with_progress_heading_priorities(parsed: Any) -> Any:
    """The parse with its numbered progress headings as its priorities when it lists none
    and every item is a bullet under such a heading (see the module); ``parsed`` itself
    otherwise.

    Parameters
    ----------
    parsed : ProgrammeParse
        A parse (anything else is returned as it is).

    Returns
    -------
    ProgrammeParse
        The parse, perhaps a copy with new priorities and programme tables.
    """
    if not lists_no_priorities(parsed):
        return parsed
    prog = parsed.programme
    if prog["paragraph"].isna().any():
        return parsed
    paras = parsed.paragraphs  # (every item a bullet: tested first, the cheapest test)
    bullets = set(paras["source_line"][paras["kind"] == "bullet"])
    if not set(prog["source_line"]) <= bullets:
        return parsed
    rows = item_sections(parsed)
    if len(rows) < 2 or {p for p, _, _ in rows} != {int(p) for p in prog["paragraph"]} \
            or not all(is_priority_heading(t) for _, t, _ in rows) or not _an_update(parsed):
        return parsed
    return with_section_priorities(parsed, rows)


def _an_update(parsed: Any) -> bool:
    """Whether the paper is a progress update: its title names one (list ``title word``
    of ``programme_words.csv``: "... Programme 2025-26 Update") or it prints a progress
    heading ("Progress Update"). A review, a decision or a findings report read with the
    programme loader is not (its numbered headings name no programme's priorities)."""
    from wlga_analysis.interpret.programme.common import vocabulary

    title = parsed.metadata.get("title") or ""
    heads = [title, *parsed.programme["section"].dropna()]
    if any(word in str(t).lower() for t in heads for word in _NOT_AN_UPDATE) or any(
            word in str(t).lower() for t in parsed.programme["text"] for word in _ADVICE):
        return False
    return bool(vocabulary().title.search(title)) or \
        not any(i.check == "no progress heading" for i in parsed.issues)
