"""Programme interpreter: a council's annual self-assessment, improvement actions the items.

A council's self-assessment report (Part 6 of the Local Government and Elections (Wales)
Act 2021), or any annual report against its objectives, prints one part per objective
under a labelled heading ("Well-being objective 1: Giving every child the best start in
life", "Corporate priority 2 – ..."): a judgement ("**Our judgement:** Good"), evidence
under question headings ("How well are we doing?" prose, "How do we know?" a table of
indicators) and then the **improvement actions** it commits to, a numbered list that
runs on through the report ("4. Recruit a second reablement team ... (Owner: Head of Adult
Services; by June 2027)"). An overall table of judgements opens the report.

A careful reader takes each objective as a section (its label's number) and a priority
(its name without the label), and as the items **only the improvement actions**: the
results and the indicator rows are evidence, not work to be tracked. An action's text is
its sentence without the "(Owner: ...; by ...)" tail, its timing the date after "by" (or
"due", "target"); its status is planned unless its wording says otherwise ("started in
January 2026"), the question heading over the actions being one of list ``improvement
part`` of ``programme_words.csv`` ("What can we do better?", "Areas for improvement").

So a paper with two numbered actions or more ending in such an owner tail, under headings
labelled with an objective's number, is read thus (:func:`assessment_sections`): each
labelled heading becomes the numbered section heading it stands for, each action a bullet,
no other paragraph numbered; :func:`assessment_rows` keeps the actions (their text and
timing read apart) and the sections, and leaves the tables of evidence to the paragraphs
table.

Examples
--------
>>> from wlga_analysis.read.model import Heading, Inline, Paragraph
>>> blocks = [Heading(Inline("Objective 1: Safer streets"), 2),
...           Paragraph(Inline("What can we do better?")),
...           Paragraph(Inline("Light the parks. (Owner: Head of Parks; by May 2027)"), "1"),
...           Heading(Inline("Objective 2: Cleaner air"), 2),
...           Paragraph(Inline("Plant trees. (Owner: Head of Parks; by June 2027)"), "2")]
>>> [(type(b).__name__, b.number, b.text.text[:11]) for b in assessment_sections(blocks)]
... # doctest: +NORMALIZE_WHITESPACE
[('Paragraph', '1', 'Safer stree'), ('Paragraph', None, 'What can we'),
 ('ListItem', None, 'Light the p'), ('Paragraph', '2', 'Cleaner air'),
 ('ListItem', None, 'Plant trees')]
>>> action_parts("Plant trees. (Owner: Head of Parks; by June 2027)")
('Plant trees.', 'Head of Parks', 'June 2027')
"""

from __future__ import annotations

from typing import Any

from wlga_analysis.interpret.programme.common import _Row
from wlga_analysis.read.model import Heading, ListItem, Paragraph
from wlga_analysis.read.report_parts import part_kind
from wlga_analysis.text.lazy import LazyPattern

__all__ = ["action_parts", "assessment_rows", "assessment_sections"]

#: An action's tail: "(Owner: Head of Inclusion; by March 2027)", "(Lead officer: X, due
#: Q3 2026-27)", "(Responsible: X; target date: June 2027)".
_TAIL = LazyPattern(
    r"\s*\((?:[Oo]wner|[Ll]ead(?: officer)?|[Rr]esponsible(?: officer)?|[Aa]ccountable)"
    r"\s*:\s*(?P<owner>[^;()]+?)\s*[;,]\s*(?:by|due(?: by)?|target(?: date)?|deadline)"
    r"\s*:?\s+(?P<when>[^;()]+?)\s*\)\s*$")
#: A heading labelled with an objective's number: "Well-being objective 1: name",
#: "Corporate priority 2 – name", "Objective 3. name".
_LABEL = LazyPattern(
    r"(?i)(?:(?:well-?being|corporate|strategic|council|improvement)\s+)?"
    r"(?:objective|priority|outcome|aim)\s+(?P<number>\d{1,2})\s*[:.–—-]\s*(?P<name>\S.{2,150})")
#: The fewest actions with a tail a paper needs.
MIN_ACTIONS = 2


def action_parts(text: str) -> tuple[str, str, str] | None:
    """(action, owner, when) of an improvement action with its owner tail, or None.

    Examples
    --------
    >>> action_parts("Review fees. (Lead officer: Finance Manager, due Q3 2026-27)")
    ('Review fees.', 'Finance Manager', 'Q3 2026-27')
    >>> action_parts("Review fees (see annex)") is None
    True
    """
    if not text.endswith(")"):
        return None
    m = _TAIL.search(text)
    if m is None:
        return None
    return text[:m.start()].strip(), m.group("owner"), m.group("when")


def _is_action(block: Any) -> bool:
    cls = block.__class__
    if not (cls is ListItem or (cls is Paragraph and block.number is not None)):
        return False
    text = block.text.text
    return ")" in text[-3:] and action_parts(text.rstrip()) is not None


def _label(block: Any) -> tuple[str, int] | None:
    """(number, start of the name) of an objective's labelled heading, or None."""
    if not isinstance(block, (Heading, Paragraph)) or getattr(block, "number", None):
        return None
    text = block.text.text.strip()
    if len(text) > 160 or text.endswith((".", ";")):
        return None
    m = _LABEL.fullmatch(text)
    return (m.group("number"), m.start("name")) if m else None


def assessment_sections(blocks: list[Any]) -> list[Any] | None:
    """The blocks of a self-assessment read as numbered sections of actions (see the
    module); None when the paper prints fewer than :data:`MIN_ACTIONS` actions with an
    owner tail, or no objective's labelled heading before them."""
    actions = [i for i, b in enumerate(blocks) if _is_action(b)]
    if len(actions) < MIN_ACTIONS:
        return None
    labels = {i: found for i, b in enumerate(blocks[:actions[-1]])
              if (found := _label(b)) is not None}
    if not labels or min(labels) > actions[0]:
        return None
    action_at = set(actions)
    out: list[Any] = []
    for i, block in enumerate(blocks):
        if i in labels:
            number, start = labels[i]
            out.append(Paragraph(block.text.slice(start, len(block.text.text)).strip(),
                                 number, block.location))
        elif i in action_at:
            out.append(ListItem(block.text, level=0, location=block.location))
        elif block.__class__ is Paragraph and block.number is not None:
            out.append(Paragraph(block.text, None, block.location))  # (no section of ours)
        else:
            out.append(block)
    return out


def assessment_rows(selected: list[Any]) -> list[Any] | None:
    """The rows of a self-assessment: the sections, each action as an item whose text and
    timing are read apart from its owner tail, and the text rows (the question headings
    that give the actions their status); the tables of evidence and any other row left
    to the paragraphs table. None when no action is under a section.

    Examples
    --------
    >>> rows = [_Row("paragraph", 1, None, None, "Safer streets", 3),
    ...         _Row("table row", 1, None, None, "Crime (%) | 4 | 3", 5),
    ...         _Row("bullet", 1, None, None, "Light parks. (Owner: X; by May 2027)", 7)]
    >>> [(r.kind, r.text, r.cells) for r in assessment_rows(rows)]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('paragraph', 'Safer streets', None),
     ('bullet', 'Light parks.', {'Action': 'Light parks.', 'Due by': 'May 2027'})]
    """
    out: list[Any] = []
    items = 0
    in_section = False
    part: str | None = None  # (the question heading over the actions)
    for r in selected:
        if r.kind == "paragraph":
            in_section, part = True, None
            out.append(r)
        elif r.kind == "text":
            if part_kind(r.text) is not None:
                part = r.text.strip()
            out.append(r)
        elif r.kind == "bullet" and in_section \
                and (parts := action_parts(r.text.rstrip())) is not None:
            text, _owner, when = parts
            out.append(_Row("bullet", r.paragraph, r.heading, r.heading_line, text,
                            r.source_line, lines=list(r.lines), topic=part,
                            cells={"Action": text, "Due by": when}))
            items += 1
    return out if items else None
