"""Columns of a recommendations table, found by their header names.

To teach the loader another name for a column, add a pattern to :data:`COLUMN_RULES`. Any
header no rule names (``Status``, ``Lead officer``, ``Timescale``...) is a column of its own
in the output, named after its header in snake case (:func:`column_name`).

Examples
--------
>>> cols = map_columns(["Area of work", "Activity underway or achieved", "Recommendations",
...                     "Status", "Lead officer"])
>>> cols.area, cols.activities, cols.recommendations, cols.extras
(0, 1, 2, ((3, 'status'), (4, 'lead_officer')))
>>> map_columns(["Area", "What we have done", "Recommendations"]).activities
1
>>> column_role("What we've done"), column_role("We recommend (continued)")
('activities', 'recommendations')
>>> map_columns(["Name", "Role"]) is None
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from wlga_analysis.interpret.recommendations.said_did import said_did_header, said_did_role
from wlga_analysis.interpret.recommendations.update_columns import (
    update_columns_of,
    update_role,
)
from wlga_analysis.reference import per_reading
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["COLUMN_RULES", "MATRIX_OWNERS", "Columns", "column_name", "column_role",
           "header_cells", "map_columns", "needs_model"]

#: (role, pattern): a header cell whose text (case and spacing folded) fully matches the
#: pattern gives its column that role; the first rule that matches wins. A bilingual header
#: ("Area / Maes", "Owner / Perchennog") is matched by either of its halves. The ``owners``
#: column gives the owners of the row's recommendations (its header names are analyst-
#: editable: kind ``owner_column`` of ``data/raw/recommendation_words.csv``); what it prints
#: is also kept, as printed, in a column named after its header.
COLUMN_RULES: tuple[tuple[str, str], ...] = (
    ("area", r"(?:theme\s(?:and|&)\s)?areas?(?:\s(?:of|for)\s\w+(?:\s\w+)?)?"),
    ("activities", r"activit\w*(?:\s\S+){0,5}|progress(?:\s\S+){0,4}|"
                   r"(?:actions?|work)\s(?:taken|underway|to\sdate|done)(?:\s\S+){0,3}|"
                   r"what\s(?:has|have|we\shave|we['\u2019]ve)\s(?:been\s)?(?:done|achieved|"
                   r"happened)(?:\s\S+){0,3}"),
    # a register's number column ("No.", "Ref", "Rec no.", "Rec"): the number of the row's
    # recommendation, printed in a cell of its own
    ("number", r"(?:(?:rec(?:ommendation)?|item)\s)?(?:no\.?|number|nr\.?|ref(?:erence)?\.?|#)"
               r"|rec\.?"),
    ("recommendations", r"(?:working\sgroup\s)?recommendations?(?:\s\S+){0,4}|"
                        r"(?:what\s)?we\s(?:would\s)?recommend(?:\s\([^()]{1,20}\))?"),
    # a register's theme column: the theme of the row's area
    ("theme", r"themes?|thema|themâu"),
)
#: All of :data:`COLUMN_RULES` in one pattern, rule ``i`` the group named ``r<i>``: a full
#: match takes the first rule that matches in full, as trying them in order does.
_ANY_RULE = compile_regex("|".join(f"(?P<r{i}>{pattern})"
                                   for i, (_, pattern) in enumerate(COLUMN_RULES)))
_BILINGUAL = compile_regex(r"\s*+/\s*+")
#: Between the names of a joint header ("Lead and support", "Owner & partners").
_JOINT = compile_regex(r"\s*+,\s*+|\s++(?:and|&)\s++")
#: Output columns a printed column's name may not take (it gets a ``printed_`` prefix).
_TAKEN = frozenset({"rec_seq", "rec_id", "area_id", "area", "theme", "text", "owners",
                    "source_line"})


@dataclass(frozen=True)
class Columns:
    """Where each column of a recommendations table is (0-based), and the other columns."""

    width: int
    area: int | None
    recommendations: int
    activities: int | None = None
    extras: tuple[tuple[int, str], ...] = ()
    owners: int | None = None
    number: int | None = None
    theme: int | None = None
    #: further owner columns ("Support" after "Lead"): their names follow the lead's
    supporters: tuple[int, ...] = ()
    #: a written response's columns: the decision ("Response", "Accept/Reject") and the
    #: explanation ("Explanation", "Comment"); see :mod:`.response_rows`
    response: int | None = None
    explanation: int | None = None
    #: a responsibility matrix's owner columns, each headed by an owner ("WG", "Welsh
    #: Government"): (index, owner code); a tick in a row's cell makes that owner an owner
    #: of the row's recommendations (see :mod:`.owner_ticks`)
    ticks: tuple[tuple[int, str], ...] = ()
    #: a tracker's update columns ("Update May 2025"): each cell an activity (.update_columns)
    updates: tuple[int, ...] = ()

    @property
    def answers(self) -> bool:
        """Whether the table is a written response (a response or explanation column)."""
        return self.response is not None or self.explanation is not None

    @property
    def classic(self) -> bool:
        """Whether these are the three columns of the classic layout, in their order."""
        return (self.width, self.area, self.activities, self.recommendations,
                self.extras, self.owners, self.number, self.theme,
                self.supporters, self.answers) == (3, 0, 1, 2, (), None, None, None, (), False)


def column_name(header: str) -> str:
    """The output column name of a printed column.

    Examples
    --------
    >>> column_name("Lead officer"), column_name("Status (March 2024)"), column_name("Theme")
    ('lead_officer', 'status_march_2024', 'printed_theme')
    """
    name = "_".join(re.findall(r"[a-z0-9]+", header.casefold())) or "column"
    return f"printed_{name}" if name in _TAKEN else name


def _response_role(text: str, words: dict[str, frozenset[str]] | None = None) -> str | None:
    """The role of a (folded) header of a written response's column: ``response`` ("Accept
    / Reject") or ``explanation`` ("Comment"), from ``data/raw/recommendation_words.csv``
    (``words``, when read already)."""
    from wlga_analysis.reference import load_recommendation_words

    words = words if words is not None else load_recommendation_words()
    text = _BILINGUAL.sub("/", text.rstrip(" :"))
    if text in words["response_column"]:
        return "response"
    return "explanation" if text in words["explanation_column"] else None


def _is_owner_header(text: str, owners: frozenset[str]) -> bool:
    """Whether a (folded) header names owners (``owners``: the owner-column phrases of
    ``data/raw/recommendation_words.csv``): an owner-column phrase, or several joined
    ("lead and support", "owner & partners")."""
    text = text.rstrip(" :")
    if text in owners:
        return True
    joined = "," in text or "&" in text or "and" in text  # (what :data:`_JOINT` splits at)
    return joined and all(part in owners for part in _JOINT.split(text))


@per_reading  # (every table's header is asked several times: a look-up in a parse)
def column_role(header: str) -> str | None:
    """The role of a header cell: of its whole text, else of one half of a bilingual one
    (a word split in two by a PDF's layout, "Recommenda tions", is read whole). A plural
    printed "(s)" ("Owner(s)", "Lead organisation(s)") is read as the plural.

    Examples
    --------
    >>> column_role("Recommendations / Argymhellion"), column_role("Maes / Area")
    ('recommendations', 'area')
    >>> column_role("Recommenda tions"), column_role("Lead officer"), column_role("Lead / Arwain")
    ('recommendations', None, 'owners')
    >>> column_role("Lead and support"), column_role("Owner(s)"), column_role("Support")
    ('owners', 'owners', 'owners')
    """
    from wlga_analysis import config
    from wlga_analysis.reference import file_identity

    # (every table's header is mapped several times: each header read once per version of
    # the words file, whose identity a parse reads once, reference.one_reading)
    return _column_role(header, file_identity(config.RECOMMENDATION_WORDS_FILE))


def _rule_role(text: str) -> str | None:
    """The role of the first rule of :data:`COLUMN_RULES` that fully matches ``text``
    (one look with all of them, :data:`_ANY_RULE`), else None.

    Examples
    --------
    >>> _rule_role("areas"), _rule_role("recommendations"), _rule_role("theme 1: topic 1")
    ('area', 'recommendations', None)
    """
    found = _ANY_RULE.fullmatch(text)
    return COLUMN_RULES[int(found.lastgroup[1:])][0] if found and found.lastgroup else None


@lru_cache(maxsize=4096)
def _column_role(header: str, words: tuple[str, str, int]) -> str | None:
    """:func:`column_role` of ``header`` with the words file ``words`` (its identity)."""
    from wlga_analysis.reference import load_recommendation_words

    vocabulary = load_recommendation_words()  # (read once for all the looks below)
    owners, updates = vocabulary["owner_column"], vocabulary["update_column"]
    text = " ".join(header.casefold().replace("(s)", "s").split())
    parts = [text]
    if "/" in text:
        parts += [p for p in _BILINGUAL.split(text) if p]
    for part in parts:
        if _is_owner_header(part, owners):  # (before the rules: "Recommendation for" ...)
            return "owners"
        if update_role(part, updates):  # "Update May 2025", "Progress update (Q2)"
            return "updates"
        if (role := _rule_role(part)) is not None:
            return role
        if (answer := _response_role(part, vocabulary) or said_did_role(part)) is not None:
            return answer
    for part in parts:  # a word split in two ("Recommenda tions"): the halves joined
        words = part.split()
        for i in range(min(len(words) - 1, 8)):
            joined = " ".join([*words[:i], words[i] + words[i + 1], *words[i + 2:]])
            if (role := _rule_role(joined)) is not None:
                return role
    return None


#: The least number of owner columns that make a responsibility matrix.
MATRIX_OWNERS = 2


def _tick_columns(headers: list[str], indexes: list[int]) -> tuple[tuple[int, str], ...]:
    """The columns among ``indexes`` headed by one owner (a code or a name of
    ``data/raw/owner_codes.csv``): (index, code); none unless :data:`MATRIX_OWNERS` or more
    (a responsibility matrix: "WG | WLGA | LG")."""
    from wlga_analysis.interpret.recommendations.owners import load_owners, owner_names

    owners = load_owners()
    ticks = []
    for index in indexes:
        names = owner_names(headers[index], owners) if len(headers[index]) <= 60 else []
        if len(names) == 1 and names[0] in owners:
            ticks.append((index, names[0]))
    return tuple(ticks) if len(ticks) >= MATRIX_OWNERS else ()


def _reads_recommendations(roles: set[str], in_area: bool) -> bool:
    """Whether columns with these roles make a recommendations table (see
    :func:`map_columns`)."""
    return "recommendations" in roles and bool(
        {"area", "activities", "response", "explanation", "updates"} & roles
        or {"number", "owners"} <= roles
        or (in_area and "owners" in roles))


def map_columns(headers: list[str], in_area: bool = False) -> Columns | None:
    """The columns of a table with these header cells, or None when it is not a
    recommendations table (no Recommendations column, or no Area or activity column and
    not both a number and an owner column: an action plan, "Ref | Recommendation | Owner",
    prints its areas as rows). ``in_area``: the table stands under an area's heading, so
    a Recommendations column and an owner column are enough ("Recommendation | Lead").

    A column no rule names that stands between Area and Recommendations, in a table with no
    activity column, is the activity column ("Area | Progress | Recommendations"). A table
    with no Area column prints each area as a row of its own ("Area 2: Digital" alone).

    Examples
    --------
    >>> cols = map_columns(["Activity underway or achieved", "Recommendations", "Lead"])
    >>> cols.area, cols.activities, cols.recommendations, cols.owners, cols.extras
    (None, 0, 1, 2, ((2, 'lead'),))

    Separate "Lead" and "Support" columns both name owners: the lead's first, then the
    supporters' (as "Lead: WG; Support: WLGA" in one cell is read):

    >>> cols = map_columns(["Area", "Activity", "Recommendation", "Lead", "Support"])
    >>> cols.owners, cols.supporters, cols.extras
    (3, (4,), ((3, 'lead'), (4, 'support')))

    Under an area's heading, a table of recommendations and their leads:

    >>> map_columns(["Recommendation", "Lead"]) is None
    True
    >>> cols = map_columns(["Recommendation", "Lead"], in_area=True)
    >>> cols.area, cols.recommendations, cols.owners
    (None, 0, 1)

    A register prints one recommendation a row, with its number, theme and area in columns:

    >>> cols = map_columns(["No.", "Theme", "Area", "Recommendation", "Lead", "Status"])
    >>> cols.number, cols.theme, cols.area, cols.recommendations, cols.owners, cols.extras
    (0, 1, 2, 3, 4, ((4, 'lead'), (5, 'status')))

    A written response: a decision column and an explanation column (any other column,
    "Financial implications", kept as printed):

    >>> cols = map_columns(["Recommendation", "Accept / Reject", "Comment",
    ...                     "Financial implications"])
    >>> cols.recommendations, cols.response, cols.explanation, cols.extras
    (0, 1, 2, ((3, 'financial_implications'),))

    Under an area printed as a heading (``in_area``), a table of recommendations and
    their lead alone is the area's table:

    >>> map_columns(["Recommendation", "Lead"]) is None
    True
    >>> cols = map_columns(["Recommendation", "Lead"], in_area=True)
    >>> cols.area, cols.recommendations, cols.owners
    (None, 0, 1)

    A responsibility matrix: a column per owner (headed by its code or name, a tick in the
    owner's column), and the names of other partners:

    >>> cols = map_columns(["No.", "Recommendation", "WG", "Welsh Local Government "
    ...                     "Association", "LG", "Other partners"], in_area=True)
    >>> cols.number, cols.ticks, cols.owners
    (0, ((2, 'WG'), (3, 'WLGA'), (4, 'LG')), 5)
    """
    return _map_columns(tuple(headers), in_area)


@per_reading  # (each table is asked by several layout rules; a Columns is frozen)
def _map_columns(headers: tuple[str, ...], in_area: bool) -> Columns | None:
    """:func:`map_columns` of a tuple of headers."""
    roles: dict[str, int] = {}
    others: list[int] = []
    supporters: list[int] = []
    for index, header in enumerate(headers):
        role = column_role(header)
        if role == "owners" and role in roles:
            supporters.append(index)  # "Support" after "Lead": more owners, lead first
        elif role is None or role in roles:
            others.append(index)
        else:
            roles[role] = index
    ticks = _tick_columns(headers, others) if "recommendations" in roles else ()
    if not _reads_recommendations(set(roles) | ({"owners"} if ticks else set()), in_area):
        return None
    updates, others = update_columns_of(headers, roles, others)  # ("Update May 2025")
    if "activities" not in roles and "area" in roles:
        between = [i for i in others if roles["area"] < i < roles["recommendations"]]
        if between:
            roles["activities"] = between[0]
            others.remove(between[0])
    names: list[tuple[int, str]] = []
    printed = sorted([*others, *supporters, *([roles["owners"]] if "owners" in roles else [])])
    for index in printed:
        name = column_name(headers[index]) if headers[index].strip() else f"column_{index + 1}"
        while name in {n for _, n in names}:
            name += "_2"
        names.append((index, name))
    return Columns(len(headers), roles.get("area"), roles["recommendations"],
                   roles.get("activities"), tuple(names), roles.get("owners"),
                   roles.get("number"), roles.get("theme"), tuple(supporters),
                   roles.get("response"), roles.get("explanation"), ticks, updates)


_AREA_HEADING = compile_regex(r"(?:#{1,6}\s++(?:\*\*)?|\*\*|__)Area\s++\d", re.IGNORECASE)
#: An area printed as a numbered heading ("### 1. Preparing for revaluation").
_NUMBERED_HEADING = compile_regex(r"#{1,6}\s++(?:\*\*)?\d{1,3}\.\s++[A-Z]")
#: A bold owner heading over a group of recommendations ("**For Welsh Government:**").
_OWNER_GROUP_LINE = compile_regex(r"(?:\*\*|__)(?:(?:recommendations?|actions?)\s+)?for\s"
                                  r"[^*:]{2,100}:\s*+(?:\*\*|__)\s*+$", re.IGNORECASE)


#: A label printed as a list item over the items it names ("- Recommendations").
_LIST_LABEL = compile_regex(r"[-*\u2022\u25e6\u25aa\uf0b7]\s")
#: How a line the list layout reads starts, bar a label (a heading, a bold line).
_MARKED = ("#", "**", "__")
#: What is around a label's words: its bullet, bold marks, a colon.
_LABEL_EDGES = "-*_ :#\u2022\u25e6\u25aa\uf0b7"


def _is_list_layout(lines: tuple[str, ...] | list[str]) -> bool:
    """Whether the recommendations are printed as lists with no table: an area heading
    ("### Area 1: ...", or a bold line "**Area 1: ...**") and a label alone, bold
    ("**Recommendations**") or a bullet over a nested list ("- Recommendations").

    Examples
    --------
    >>> _is_list_layout(["### Area 1: Roads", "**Recommendations**", "1. That it is done."])
    True
    >>> _is_list_layout(["**Area 1: Roads**", "- Recommendations", "    - 1. That it is done."])
    True

    Areas as numbered headings, recommendations under owner headings:

    >>> _is_list_layout(["### 1. Roads", "**For Welsh Government:**", "1. Fund it."])
    True
    """
    seen: set[str] = set()
    for line in lines:
        if len(line) > 200:
            continue
        stripped = line.strip()
        if not stripped.startswith(_MARKED) and "ecommendation" not in stripped:
            continue  # (no heading, bold line nor label: one look for what each rule needs)
        mark = _layout_mark(stripped)
        if mark is not None:
            seen.add(mark)
            if {"area", "label"} <= seen or {"numbered", "owner_group"} <= seen:
                return True
    return "area" in seen and _labelled_by_headings(lines)


def _layout_mark(stripped: str) -> str | None:
    """What a line (stripped) tells of the list layout (:func:`_is_list_layout`): ``area``
    (an area heading or bold line), ``numbered`` (a numbered heading: areas as numbered headings),
    ``owner_group`` (a bold owner heading), ``label`` (a label alone over recommendations),
    else None.

    Examples
    --------
    >>> _layout_mark("### Area 1: Roads"), _layout_mark("- Recommendations"), _layout_mark("x")
    ('area', 'label', None)
    """
    if stripped.startswith(("#", "**", "__")) and _AREA_HEADING.match(stripped):
        return "area"
    if stripped.startswith("#") and _NUMBERED_HEADING.match(stripped):
        return "numbered"
    if stripped.startswith(("**", "__")) and _OWNER_GROUP_LINE.match(stripped):
        return "owner_group"
    if "ecommendation" in stripped and len(stripped) < 60 and (
            stripped.startswith(("**", "__")) or _LIST_LABEL.match(stripped)) \
            and column_role(stripped.strip(_LABEL_EDGES)) == "recommendations":
        return "label"
    return None


def _labelled_by_headings(lines: tuple[str, ...] | list[str]) -> bool:
    """Whether every area heading ("#### Area 1 – ...") has its recommendations under a
    label printed as a heading of its own ("##### Recommendations": a PDF's bold lines,
    read as headings) before the next area.

    Examples
    --------
    >>> _labelled_by_headings(["#### Area 1 – Roads", "##### Recommendations", "1. Do it.",
    ...                        "#### Area 2 – Parks", "##### Recommendations", "2. Do it."])
    True
    >>> _labelled_by_headings(["## Area 1: Roads", "### Recommendations", "1. Do it.",
    ...                        "## Area 2: Parks", "Recommendation 2 is that it is done."])
    False
    """
    areas = labelled = 0
    has_label = True
    for line in lines:
        stripped = line.strip()
        if not stripped.startswith("#") or len(stripped) > 200:
            continue
        if _AREA_HEADING.match(stripped):
            areas, labelled = areas + 1, labelled + has_label
            has_label = False
        elif areas and "ecommendation" in stripped and len(stripped) < 60:
            has_label = has_label or column_role(stripped.strip(_LABEL_EDGES)) \
                == "recommendations"
    return areas > 0 and labelled + has_label == areas + 1


_TAG = compile_regex(r"<[^<>]*+>")


def _card_role(label: str) -> str | None:
    from wlga_analysis.interpret.recommendations.cards import card_role

    return card_role(label)


def needs_model(lines: tuple[str, ...] | list[str]) -> bool:
    """Whether a document's table is of a layout only the model interpreter reads: a
    Markdown pipe table, or a header row other than the three known columns in their order
    (more columns, another order, no Area column, a bilingual header).

    Examples
    --------
    >>> needs_model(["| Area | Activity | Recommendations |"])
    True
    >>> needs_model(["Area\\tActivity underway or achieved\\tRecommendations"])
    False
    >>> needs_model(["Area\\tActivity underway or achieved\\tRecommendations\\tStatus"])
    True
    >>> needs_model(["Area / Maes\\tActivity underway or achieved\\tRecommendations"])
    True
    """
    from wlga_analysis.interpret.recommendations.lines import _Parser

    if _is_list_layout(lines) or said_did_header(lines):  # (a "You said | We did" table)
        return True
    seen: set[str] = set()  # a header row repeated after each page break is read once
    for line in lines:
        # (a word split in two by a PDF: "Recommenda tions", "Recomm endation", read whole)
        if len(line) > 400 or line in seen or ("ecommend" not in line and (
                ("\t" not in line and "|" not in line)
                or "ecommend" not in line.replace(" ", ""))):
            continue
        seen.add(line)
        cells = _row_cells(line)
        if cells is None:
            continue
        if len(cells) == 2 and _card_role(_TAG.sub("", cells[0])) == "recommendations":
            return True  # a row of an area card ("What we recommend | ...")
        columns = map_columns(cells, in_area=True)  # ("Recommendation | Lead" too)
        if columns is not None and (line.strip().startswith("|") or not columns.classic
                                    or not _Parser.is_header(cells, line)):
            return True  # (a bilingual header of the three columns, too)
    return False


def _row_cells(line: str) -> list[str] | None:
    """The cells of a table row as the text form prints it (pipe or tab separated), their
    text cleaned and trailing empty cells dropped; None for a line that is no row."""
    from wlga_analysis.documents import clean_text

    stripped = line.strip()
    if stripped.startswith("|"):
        cells = [clean_text(c) for c in stripped.strip("|").split("|")]
    elif "\t" in line:
        cells = [clean_text(c) for c in line.split("\t")]
    else:
        return None
    while cells and not cells[-1]:
        cells.pop()  # trailing empty cells are not columns
    return cells


def header_cells(lines: tuple[str, ...] | list[str], line: int | None) -> list[str] | None:
    """The filled cells of the header row a table reader read at ``line`` (1-based; pipe or
    tab cells, cleaned), or None when no header line was read.

    Examples
    --------
    >>> header_cells(("| No. | Recommendation | Lead |",), 1)
    ['No.', 'Recommendation', 'Lead']
    >>> header_cells(("Area\tActivity",), None) is None
    True
    """
    from wlga_analysis.documents import clean_text

    if line is None or not 0 < line <= len(lines):
        return None
    cells = (clean_text(c) for c in lines[line - 1].replace("|", "\t").split("\t"))
    return [c for c in cells if c]
