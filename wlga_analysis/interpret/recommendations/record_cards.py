"""Recommendations printed as labelled records: one card per recommendation.

A progress report on a committee's recommendations (or an action plan) may print each
recommendation as a card: its number ("Recommendation 4", a heading, a bold line or a
shaded first row), then a label and a value for each thing said about it::

    ### Recommendation 4                     | Recommendation 4               |
    Recommendation                           | Recommendation | The WG should...|
    :   The Welsh Government should ...      | Response       | Accepted        |
    Lead                                     | Lead           | Welsh Government|
    :   Welsh Government                     | Target date    | March 2025      |
    Progress update                          | Progress update| A guide was ... |
    :   A guide was published in May.

Any form of a label and its value is read alike: the rows of a two-column table (one
table a card, or one table with a head row per card), a definition list (a web page's
``<dl>``: a bold term over its description; Pandoc's ``Term`` / ``:   value``), and
"Label: value" lines (bold or plain, or list items). The labels are matched by the rules
of the table columns (:func:`.columns.column_role`), then :data:`RECORD_ROLES`; a label no
rule names is a label when the document prints it twice or more (a card's labels repeat):

- **recommendations** ("Recommendation"): the recommendation's text (or the text the head
  prints after its number: "Recommendation 3: Councils should ..."; with a text label too,
  the head's text is the card's title, column ``record_title``);
- **owners** ("Lead", "Owner", "Responsible"; kind ``owner_column`` of
  ``data/raw/recommendation_words.csv``): the owners, lead first (also kept as printed);
- **activities** ("Progress update", "Progress", "Update", "Action taken"): the progress
  the card reports, an activity of the recommendation's area (numbered in reading order,
  reported);
- **status** ("Status", "RAG status"): kept as printed, and the status of the activity;
- **area** and **theme** ("Area", "Theme"): the card's area and theme, as a register's
  columns; **number** ("No.", "Ref"): its number when no head prints one;
- any other label ("Response", "Target date", "Timescale") a column of its own, named after
  the label, as a table's other columns are: never text of the recommendation. (A card with
  no progress label but an explanation, "Comment", is a written response's: the explanation
  is the activity and the response its status, as in a response table.)

The cards' **areas** are the numbered headings they stand under ("2. Community asset
transfer", "Area 2: ...", read as the model interpreter reads them), else the plain heading
over them, else (no heading) one area named after the document's title (reported). A card
must print a recommendation's number or text and at least one label of owners, progress or
status (in a table also of a response or an explanation; or its number and a text label);
a card with no text keeps its number, owners and progress (reported). A document whose cards
are found is read as cards (:func:`record_parser`; the finder and the parser are in
:mod:`.card_reader`), any other by the other interpreters.

Examples
--------
>>> record_role("Progress update"), record_role("Owner"), record_role("Update:")
('activities', 'owners', 'activities')
>>> record_role("Status"), record_role("Target date") is None, record_role("Recommendation")
('status', True, 'recommendations')
>>> split_label("**Owner:** Welsh Government")
('Owner', 'Welsh Government')
>>> split_label("Timescale: March 2025", repeated=frozenset({"timescale"}))
('Timescale', 'March 2025')
>>> split_label("The guide was published: see the web page.") is None
True
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from wlga_analysis.interpret.recommendations.columns import column_role
from wlga_analysis.text.regex_cache import compile_regex

if TYPE_CHECKING:  # pragma: no cover
    from wlga_analysis.documents import Document
    from wlga_analysis.interpret.recommendations.card_reader import RecordParser

__all__ = ["RECORD_ROLES", "record_parser", "record_role", "split_label"]

#: (role, pattern): labels the table columns' rules do not name, matched on the label's
#: folded text (a colon dropped); the first rule that matches wins.
RECORD_ROLES: tuple[tuple[str, str], ...] = (
    ("activities", r"(?:latest\s+|progress\s+|current\s+)?updates?(?:\s+on\s+progress)?|"
                   r"(?:actions?|steps)\s+taken(?:\s+so\s+far)?|work\s+done|"
                   r"diweddariad(?:\s+ar\s+gynnydd)?|cynnydd"),
    ("status", r"(?:rag\s+|current\s+|progress\s+|delivery\s+)?status|rag(?:\s+rating)?|"
               r"statws"),
)
_COMPILED = tuple((role, compile_regex(pattern)) for role, pattern in RECORD_ROLES)
#: The roles that make a record of labels a recommendation's card (with its number or text).
_CARD_ROLES = frozenset({"owners", "activities", "status"})
#: ... and of a card printed as a table (a response's: "Response", "Comment").
_TABLE_ROLES = _CARD_ROLES | {"response", "explanation"}
#: A card's head: "Recommendation 4", "Rec 4a:", "Recommendation 4 – Councils should ...".
_HEAD = compile_regex(r"(?i)(?:recommendation|rec\.?|argymhelliad)\s*+(\d{1,4}[a-z]?)"
                      r"(?:\s*+[:.\u2013\u2014-]\s*+(?P<text>\S.*)|\s*+[:.]?)")
#: "Label: value" (the label up to six words, bold marks around it allowed).
_LABELLED = compile_regex(r"(?:\*\*|__)?(?P<label>[A-Za-z][A-Za-z'\u2019()/&-]*+"
                          r"(?:\s++[A-Za-z'\u2019()/&-]++){0,5}?)\s*+(?:\*\*|__)?\s*+:"
                          r"\s*+(?:\*\*|__)?\s*+(?P<value>\S.*)")
#: A Pandoc definition's mark before its text (":   Welsh Government", "~ WG").
_DEFINITION = compile_regex(r"[:~]\s++")
#: A card's head alone on a line or in a cell of the text form ("### Recommendation 4",
#: "<p><b>Recommendation 4</b></p>"), for the cheap check of :func:`record_parser`.
_LINE_HEAD = compile_regex(r"(?i)[\s#>*_|\-\u2022]*+(?:<[^<>]{1,40}>\s*+)*+(?:recommendation|"
                           r"rec\.?|argymhelliad)\s*+\d{1,4}[a-z]?[ .:]*+(?:</[^<>]{1,10}> *+|"
                           r"\*\*|__)*+(?:\t|\||$)")
#: The longest label alone (characters, words).
_LABEL_CHARS, _LABEL_WORDS = 50, 6
#: A line of the text form that starts with a label: the label (a cell, a bold line, or
#: before a colon), for the cheap check of :func:`record_parser`. (No character of the
#: label's can start what follows it but a space: the label is the run of them, taken at
#: once, not one character at a time; its spaces at the end are in it.)
_LINE_LABEL = compile_regex(r"[\s#>*_|\-\u2022]*+(?:<[^<>]{1,40}>\s*+)*+(?P<label>[A-Za-z][A-Za-z "
                            r"'\u2019()/&-]{0,50}+) *+(?:</[^<>]{1,10}> *+|\*\*|__)*+"
                            r"(?::|\t|\||$)")


@lru_cache(maxsize=512)
def record_role(label: str) -> str | None:
    """The role of a card's label (see the module's docstring); None for a label no rule
    names (a column of its own)."""
    text = " ".join(label.split()).strip(" *_:").casefold()
    if not text:
        return None
    role = column_role(text)
    if role is not None:
        return role
    halves = [text, *(h.strip() for h in text.split("/") if h.strip())] if "/" in text \
        else [text]  # (either half of a bilingual label: "Update / Diweddariad")
    return next((role for half in halves for role, pattern in _COMPILED
                 if pattern.fullmatch(half)), None)


def split_label(text: str, repeated: frozenset[str] = frozenset()
                ) -> tuple[str, str] | None:
    """A "Label: value" line's label and value; None unless the label is a short name (up
    to six words) that a rule of :func:`record_role` names or that is in ``repeated`` (the
    folded labels a document prints on two lines or more: a card's labels repeat)."""
    m = _LABELLED.fullmatch(text.strip())
    if m is None:
        return None
    label = m.group("label").strip()
    if record_role(label) is None and _fold(label) not in repeated:
        return None
    return label, m.group("value").strip()


def _fold(label: str) -> str:
    return " ".join(label.split()).casefold()


def _is_label_alone(text: str) -> bool:
    """Whether a block's text can be a label printed alone: short, a few words, no stop."""
    return 0 < len(text) <= _LABEL_CHARS and len(text.split()) <= _LABEL_WORDS \
        and text.rstrip()[-1] not in ".;,!?" and not text[0].isdigit()


def _looks_like_cards(lines: tuple[str, ...]) -> bool:
    """A cheap look at the text form's lines: whether it prints labels of two roles, one of
    them owners, progress, status, a response, an explanation or a card's head ("Recommendation
    4" alone): only then is the model searched for cards."""
    roles: set[str] = set()
    for line in lines:
        if len(line) > 2000 or not line or line.isspace():
            continue
        m = _LINE_LABEL.match(line)
        role = record_role(m.group("label")) if m is not None \
            else "head" if _LINE_HEAD.match(line) else None
        if role is not None:
            roles.add(role)
            if len(roles) >= 2 and roles & _LOOKED_FOR:
                return True
    return False


#: The roles of which :func:`_looks_like_cards` looks for one (with another).
_LOOKED_FOR = _TABLE_ROLES | {"head"}


def record_parser(doc: Document, known: frozenset[str]) -> RecordParser | None:
    """A parser of the document's cards (not run yet), or None when it prints none.

    Examples
    --------
    >>> from pathlib import Path
    >>> from wlga_analysis.documents import Document
    >>> lines = ("# Progress", "", "## 1. Transfers", "", "### Recommendation 1", "",
    ...          "**Owner:** Welsh Government", "", "**Update:** A guide was published.")
    >>> doc = Document(Path("c.md"), "recommendations", lines, "0" * 64)
    >>> from wlga_analysis.interpret.recommendations.owners import OwnerCodes
    >>> parser = record_parser(doc, OwnerCodes.from_rows([("WG", "Welsh Government", "")]))
    >>> parser.run()
    >>> [(i.number, i.pieces, i.owners) for i in parser.items["recommendations"]]
    [(1, [], ['WG'])]
    >>> [i.check for i in parser.issues if i.table == "recommendations"]
    ['no text']
    >>> [(i.number, i.pieces) for i in parser.items["activities"]]
    [(1, ['A guide was published.'])]
    >>> record_parser(Document(Path("n.md"), "recommendations", ("# T", "Text."), "0" * 64),
    ...               frozenset()) is None
    True
    """
    if not _looks_like_cards(doc.lines):
        return None
    from wlga_analysis.interpret.recommendations.card_reader import RecordParser, find_cards
    from wlga_analysis.interpret.recommendations.lines import normalised_lines
    from wlga_analysis.read.text import read_text_lines

    model = read_text_lines(normalised_lines(doc.lines), path=doc.path)
    blocks = find_cards(model.blocks)
    return None if blocks is None else RecordParser(doc, known, blocks)
