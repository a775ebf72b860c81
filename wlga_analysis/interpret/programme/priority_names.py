"""Programme interpreter: a priority listed with its article, printed without it as a heading.

A paper's introduction lists its priorities (workstreams, functions) in a sentence, each
with its article as prose needs it: "The forward work programme has four workstreams: the
Strategic Development Plan; the Regional Transport Plan; economic well-being; and energy."
Its sections then print each name as a heading, without the article ("Strategic Development
Plan"). The priority's name is the name as the heading prints it: a priority read with a
leading article ("the", "a", "an") whose remaining words are a section's name or a
sub-heading's (a short line of text; ignoring case) is renamed to that name as printed, in
the priorities table and in the items' ``priority`` column; the data-quality note
"approximate priority" that the match made is dropped (the names now agree). A priority
with no such section keeps its article.

Examples
--------
>>> printed_name("the Strategic Development Plan", {"strategic development plan":
...                                                  "Strategic Development Plan"})
'Strategic Development Plan'
>>> printed_name("the workforce", {"workforce planning": "Workforce planning"}) is None
True
"""

from __future__ import annotations

import dataclasses
from typing import Any

from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["printed_name", "with_printed_priorities"]

#: A leading article of a priority listed in a sentence.
_ARTICLE = compile_regex(r"(?i)^(?:the|an?)\s+")
#: The longest line of text that may be a sub-heading printing a priority's name.
_NAME_MAX = 80


def printed_name(name: str, sections: dict[str, str]) -> str | None:
    """The section's name (as printed) that ``name`` is without its leading article, or
    None when ``name`` has no article or no section has that name.

    Parameters
    ----------
    name : str
        A priority's name.
    sections : dict
        The sections' names by their case-folded form.

    Returns
    -------
    str or None
        The printed name.
    """
    m = _ARTICLE.match(name)
    if m is None:
        return None
    return sections.get(" ".join(name[m.end():].split()).casefold())


def with_printed_priorities(parsed: Any) -> Any:
    """The parse with each priority listed with its article renamed as its section's heading
    prints it (see the module); ``parsed`` itself when none is.

    Parameters
    ----------
    parsed : ProgrammeParse
        A parse (a dataclass; anything else is returned as it is).

    Returns
    -------
    ProgrammeParse
        The parse, perhaps a copy with new priorities and programme tables.
    """
    names = parsed.priorities["priority"].tolist() if dataclasses.is_dataclass(parsed) else []
    if not any(n[:4].lower() in ("the ", "an ") or n[:2].lower() == "a " for n in names):
        return parsed  # (most papers: no article)
    lines = parsed.paragraphs["text"][parsed.paragraphs["kind"] == "text"]  # (sub-headings)
    sections = {" ".join(str(s).split()).casefold(): str(s)
                for s in (*lines[lines.str.len() <= _NAME_MAX].drop_duplicates(),
                          *parsed.programme["section"].dropna().unique())}
    renamed = {n: new for n in names if (new := printed_name(n, sections)) is not None}
    if not renamed:
        return parsed
    priorities = parsed.priorities.copy()
    priorities["priority"] = priorities["priority"].replace(renamed)
    programme = parsed.programme.copy()
    programme["priority"] = programme["priority"].replace(renamed)
    issues = tuple(i for i in parsed.issues if not (
        i.check == "approximate priority" and any(f"priority {old!r}" in i.message
                                                  for old in renamed)))
    return dataclasses.replace(parsed, priorities=priorities, programme=programme,
                               issues=issues)
