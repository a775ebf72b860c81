"""Programme interpreter: priorities printed only as the headings of a paper's sections.

Some layouts print the programme's priorities (workstreams) as nothing but the headings of
their sections: a project summary with one table per priority (:mod:`.transposed`), a
manager's e-mail with one capitals heading per workstream over its bullets
(:mod:`.status_bullets`). No line lists them, yet a careful reader names them: the
headings, in reading order. The rule that reads such a layout marks each heading's line
with the role :data:`PRIORITY_ROLE` (:func:`mark`); a paper that lists no priorities of its
own then takes its sections' names as its priorities (:func:`with_heading_priorities`),
each item the priority of its section, and the "no priorities" note is dropped. A paper
that lists its priorities keeps them.

Examples
--------
>>> roles = {}
>>> mark(roles, 7)
>>> roles
{7: ('priority heading', None)}
"""

from __future__ import annotations

import dataclasses
from typing import Any

from wlga_analysis.contracts import typed_frame

__all__ = ["PRIORITY_ROLE", "item_sections", "lists_no_priorities", "mark",
           "with_heading_priorities", "with_section_priorities"]

#: The role of the line of a section heading that names a priority.
PRIORITY_ROLE = "priority heading"


def mark(roles: dict[int, tuple[str, int | None]], line: int | None) -> None:
    """Give a section heading's line the role :data:`PRIORITY_ROLE` (in place)."""
    if line is not None:
        roles[line] = (PRIORITY_ROLE, None)


def lists_no_priorities(parsed: Any) -> bool:
    """Whether ``parsed`` is a parse (a dataclass) with items and no priorities of its own:
    the parse a pass may give priorities it finds elsewhere (headings, groups, strands).

    Examples
    --------
    >>> lists_no_priorities(None)
    False
    """
    return dataclasses.is_dataclass(parsed) and not len(parsed.priorities) \
        and len(parsed.programme) > 0


def with_heading_priorities(parsed: Any) -> Any:
    """The parse with its sections' names as its priorities, when it lists none and a rule
    marked its section headings as priorities; ``parsed`` itself otherwise.

    Parameters
    ----------
    parsed : ProgrammeParse
        A parse (a dataclass; anything else is returned as it is).

    Returns
    -------
    ProgrammeParse
        The parse, perhaps a copy with new priorities and programme tables.
    """
    if not lists_no_priorities(parsed):
        return parsed
    marked = parsed.lines["line"][parsed.lines["role"] == PRIORITY_ROLE]
    if marked.empty:  # (most papers: no rule marks its headings)
        return parsed
    prog = parsed.programme
    sections = prog[["paragraph", "section"]].dropna().drop_duplicates("paragraph")
    names = [str(s) for s in sections["section"]]
    lines = sorted(int(n) for n in marked)
    if len(lines) != len(names):
        lines = [int(prog.loc[prog["paragraph"] == p, "source_line"].min())
                 for p in sections["paragraph"]]
    return with_section_priorities(parsed, list(zip(sections["paragraph"], names, lines,
                                                    strict=True)), printed=False)


def item_sections(parsed: Any) -> list[tuple[int, str, int]]:
    """The section paragraphs of ``parsed`` that hold items, in order: (paragraph, text,
    source line) each, as :func:`with_section_priorities` takes them.

    Examples
    --------
    >>> from wlga_analysis import config
    >>> from wlga_analysis.documents import read_document
    >>> from wlga_analysis.programme import parse_programme
    >>> parsed = parse_programme(read_document(config.SHIPPED_PROGRAMME, "programme"))
    >>> [p for p, _, _ in item_sections(parsed)]
    [6, 7, 8, 9, 10, 11]
    """
    paras = parsed.paragraphs
    heads = paras[paras["kind"] == "paragraph"]
    prog = parsed.programme
    first = prog.dropna(subset=["paragraph"]).groupby("paragraph")["source_line"].min()
    # (a number printed twice, a cover report's "1. Purpose" before its appendix's "1.
    # Objective": the section is the heading last printed before its first item)
    heads = heads[[p in first.index and n <= first[p] for p, n in zip(
        heads["paragraph"], heads["source_line"], strict=True)]]
    sections = heads.drop_duplicates("paragraph", keep="last")
    return [(int(p), str(t), int(n)) for p, t, n in zip(
        sections["paragraph"], sections["text"], sections["source_line"], strict=True)]


def with_section_priorities(parsed: Any, rows: list[tuple[int, str, int]],
                            printed: bool = True) -> Any:
    """A copy of ``parsed`` whose priorities are the sections ``rows`` name ((paragraph,
    name, source line) each, in order), each item's priority its section's, and the "no
    priorities" finding gone.

    Parameters
    ----------
    parsed : ProgrammeParse
        A parse that lists no priority.
    rows : list of (int, str, int)
        The sections: their paragraph number, name and line.
    printed : bool
        Whether the sections' paragraphs are the priorities' (else their ``paragraph`` is 0:
        no paragraph prints them as priorities).

    Returns
    -------
    ProgrammeParse

    Examples
    --------
    >>> from wlga_analysis import config
    >>> from wlga_analysis.documents import read_document
    >>> from wlga_analysis.programme import parse_programme
    >>> parsed = parse_programme(read_document(config.SHIPPED_PROGRAMME, "programme"))
    >>> got = with_section_priorities(parsed, [(6, "Programme Set Up", 20)])
    >>> got.priorities["priority"].tolist(), got.programme["priority"].iloc[0]
    (['Programme Set Up'], 'Programme Set Up')
    """
    priorities = typed_frame({
        "priority_no": list(range(1, len(rows) + 1)), "priority": [t for _, t, _ in rows],
        "offer": ["offer"] * len(rows),
        "paragraph": [int(p) if printed else 0 for p, _, _ in rows],
        "source_line": [int(n) for _, _, n in rows]}, "priorities")
    prog = parsed.programme
    programme = prog.copy()
    programme["priority"] = programme["paragraph"].map({p: t for p, t, _ in rows}).astype(
        prog["priority"].dtype)
    issues = tuple(i for i in parsed.issues if i.check != "no priorities")
    return dataclasses.replace(parsed, priorities=priorities, programme=programme,
                               issues=issues)
