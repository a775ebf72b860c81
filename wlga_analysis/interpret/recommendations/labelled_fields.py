"""A recommendation printed as a small heading over labelled paragraphs.

A working group's report may give each recommendation a heading of its own ("Recommendation
7", read by :mod:`.prose` as the recommendation's label) and print what it says about it as
paragraphs that each open with a label::

    #### Recommendation 7
    **What we recommend:** Agree a ten-year programme of flood resilience works.
    **Who should act:** Councils and the Welsh Government.
    **By when:** March 2028.
    **Why:** Storm damage to council property cost £41 million.

:func:`parse_field` is a rule of the prose reader's sentences (``_UNIT_RULES``): a paragraph
right after a recommendation (or after another of its labelled paragraphs) that opens with a
label is read by the label's role (:data:`FIELD_ROLES`, then the table columns' and cards'
rules, :func:`.record_cards.record_role`):

- **recommendations** ("What we recommend", "Our recommendation", "Recommendation"): the
  recommendation's text, without the label;
- **owners** ("Who should act", "Who will lead", "Lead", "Owner"): the recommendation's
  owners, names read as an owner cell's are (known names as their codes; "Councils,
  supported by the WLGA": LG and WLGA), also kept as printed in a column named after the
  label;
- any other label the paper prints twice or more ("By when", "Why", "Timescale", "Cost": a
  recommendation's labels repeat) is a column of its own, named after the label: never the
  recommendation's text, nor an area's remit.

A label over an area's work (:func:`names_work`: "What is already happening", "What is
happening now", "What is already under way", as the activity column names of
:data:`.columns.COLUMN_RULES` are) makes every sentence under it an activity, whatever its
verb (the prose reader's activity label); its reach ends at the recommendation after it, so
that a recommendation's paragraphs are never read as activities. (It is no table column
name: a card's labels are read by :mod:`.record_cards`, and this label stands outside them.)

Examples
--------
>>> from wlga_analysis.interpret.recommendations.owners import OwnerCodes
>>> known = OwnerCodes.from_rows([("WG", "Welsh Government", ""), ("WLGA", None, None),
...                               ("LG", "Local government", "councils")])
>>> field_owners("Councils, supported by the WLGA.", known)
['LG', 'WLGA']
>>> field_owners("The Welsh Government, working with the WLGA and councils.", known)
['WG', 'WLGA', 'LG']
>>> field_role("Who should act", frozenset()), field_role("What we recommend", frozenset())
('owners', 'recommendations')
>>> field_role("By when", frozenset({"by when"})), field_role("By when", frozenset())
('column', None)
>>> names_work("What is already happening"), names_work("What is the plan?")
('activities', None)
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from wlga_analysis.documents import clean_text
from wlga_analysis.interpret.recommendations.columns import column_name
from wlga_analysis.interpret.recommendations.lines import _ACT, _REC
from wlga_analysis.interpret.recommendations.owners import owner_names
from wlga_analysis.interpret.recommendations.prose_owners import prose_owners
from wlga_analysis.interpret.recommendations.record_cards import _LABELLED, record_role
from wlga_analysis.interpret.recommendations.responses import response_decision
from wlga_analysis.text.regex_cache import compile_regex

if TYPE_CHECKING:  # pragma: no cover
    from wlga_analysis.interpret.recommendations.prose import ProseParser, _Unit

__all__ = ["FIELD_ROLES", "WORK_LABEL", "field_owners", "field_role", "names_work",
           "parse_field"]

#: (role, pattern): labels of a recommendation's paragraphs that the table columns' rules do
#: not name, matched on the folded label (the first rule that matches wins).
FIELD_ROLES: tuple[tuple[str, str], ...] = (
    ("recommendations", r"(?:our|the\s(?:group|panel)['\u2019]s)\srecommendations?|"
                        r"what\s(?:should|needs?\sto|must)\shappen|"
                        r"what\swe\s(?:are\s)?(?:recommending|propose|ask)"),
    ("owners", r"who(?:\s[a-z]+){1,4}"),  # "Who should act", "Who will lead", "Who is to do it"
)
#: A label over an area's work done or under way, matched on the folded label.
WORK_LABEL = (r"what(?:\sis|['\u2019]s|\sare)\s(?:already\s|currently\s)?"
              r"(?:happening|under\s?way|being\sdone)(?:\s(?:already|now|today))?")
#: The longest line whose label is counted (a label's paragraph is short).
_LONGEST = 2000
#: A partner's connective after a comma in an owners value ("Councils, supported by the
#: WLGA"): the partner is an owner after the lead.
_CONNECTIVE = compile_regex(
    r"(?i),\s*+(?:(?:and\s++)?(?:supported|assisted|helped)\s++by|with\s++(?:the\s++)?"
    r"(?:support|help)\s++(?:of|from)|(?:working\s++|together\s++)?with|"
    r"in\s++partnership\s++with|alongside)\s++")


@dataclass
class _State:
    """What the rule has read of the document: the labels printed twice or more, and the
    block of the labelled paragraph read last (its column; None for the text)."""

    repeated: frozenset[str]
    block: int = -1
    column: str | None = None


def field_role(label: str, repeated: frozenset[str]) -> str | None:
    """The role of a recommendation paragraph's label: ``recommendations``, ``owners``,
    ``column`` (a label printed twice or more that no rule names: a column of its own), or
    None (no field: read by the other rules)."""
    folded = " ".join(label.split()).casefold()
    for role, pattern in FIELD_ROLES:
        if compile_regex(pattern).fullmatch(folded):
            return role
    role = record_role(label)
    if role in (_REC, "owners"):
        return role
    return "column" if role is None and folded in repeated else None


def names_work(label: str) -> str | None:
    """``activities`` for a label over an area's work (:data:`WORK_LABEL`), else None."""
    folded = " ".join(label.replace("\u2019", "'").split()).casefold()
    return _ACT if compile_regex(WORK_LABEL).fullmatch(folded) else None


def field_owners(value: str, known: frozenset[str]) -> list[str]:
    """The owners an owners paragraph names, lead first: known names as their codes, other
    names as printed."""
    return owner_names(_CONNECTIVE.sub(", ", value.strip()), known)


def _state(parser: ProseParser) -> _State:
    state: _State | None = getattr(parser, "field_state", None)
    if state is None:
        counts = Counter(" ".join(m.group("label").split()).casefold()
                         for line in parser.lines if 0 < len(line) <= _LONGEST
                         and (m := _LABELLED.fullmatch(clean_text(line))) is not None)
        state = _State(frozenset(label for label, n in counts.items() if n >= 2))
        parser.field_state = state  # type: ignore[attr-defined]
    return state


def parse_field(parser: ProseParser, unit: _Unit) -> bool:
    """Read a labelled paragraph of the recommendation read last (see the module's doc);
    False for any other sentence.

    Examples
    --------
    >>> from pathlib import Path
    >>> from wlga_analysis.documents import Document
    >>> from wlga_analysis.interpret.recommendations.owners import OwnerCodes
    >>> from wlga_analysis.interpret.recommendations.prose import ProseParser
    >>> lines = ("# Report", "", "## Roads", "", "### Recommendation 1", "",
    ...          "**What we recommend:** Share depots.", "", "**Who should act:** The WLGA.",
    ...          "", "**By when:** 2027.")
    >>> doc = Document(Path("r.md"), "recommendations", lines, "0" * 64)
    >>> parser = ProseParser(doc, OwnerCodes.from_rows([("WLGA", None, None)]))
    >>> parser.run()
    >>> [(i.pieces, i.owners, i.extra) for i in parser.items["recommendations"]]
    [(['Share depots.'], ['WLGA'], {'who_should_act': 'The WLGA.'})]
    """
    rec = parser.last_rec
    if rec is None or parser.last_unit != _REC or unit.listed or unit.in_list:
        return False
    if parser.list_role == _ACT:  # an activity label's reach ends at a recommendation
        parser.list_role = None
    state = _state(parser)
    if unit.block == state.block:  # a further sentence of a labelled paragraph
        if state.column is None:
            return False  # (of the text: it goes on)
        rec.extra[state.column] = f"{rec.extra[state.column]} {unit.text}"
        return True
    if unit.block == parser.last_block:
        return False  # (a sentence of the recommendation's own paragraph)
    m = _LABELLED.fullmatch(unit.text)
    role = field_role(m.group("label"), state.repeated) if m is not None else None
    if m is None or role is None:
        return False
    if record_role(m.group("label")) == "owners" \
            and prose_owners(unit.text, parser.known, whole=True) is not None:
        return False  # ("Lead: WG": read by the owners rule, as before)
    if role == "column" and response_decision(unit.text, parser.words["response"]):
        return False  # ("Response: Accepted": a written response's decision)
    label, value = m.group("label").strip(), m.group("value").strip()
    state.block = unit.block
    if role == _REC:
        state.column = None
        return _text(parser, unit, value)
    state.column = column_name(label)
    rec.extra[state.column] = value
    if state.column not in parser.extra_columns:
        parser.extra_columns.append(state.column)
    for name in field_owners(value, parser.known) if role == "owners" else ():
        parser.add_owner(rec, name)
    return True


def _text(parser: ProseParser, unit: _Unit, value: str) -> bool:
    """The text paragraph: the recommendation's text (a label printed alone before it) or
    more of it."""
    plain = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if parser.parse_label_text(replace(unit, raw=plain, text=value)):
        return True
    rec = parser.last_rec
    if rec is not None:
        rec.pieces = [*(p for p in rec.pieces if p), value]
    return True
