"""Programme interpreter: layout rules beyond "numbered heading + bullets".

WLGA papers print their progress in several layouts; each rule here reads one family:

- numbered sub-paragraphs ("3.1", "3.2") under a numbered section heading ("3. Workforce")
  are the items of that section (:func:`opens_subparagraphs`);
- sections named as the frame of a paper ("Purpose", "Background", "Funding",
  "Recommendation", "Annex A") are never progress sections (:func:`is_other_section`);
- a status printed on its own line under an item ("Status: Amber"), as a tag in brackets at
  its end ("[Green]", "(Amber)") or as a group sub-heading above bullets ("**Completed**")
  gives the item's status (:func:`status_line`, :func:`trailing_status`, :func:`group_status`);
- a table column's role is found from the words of its header (:func:`header_role`).

The words are data: ``status_tags.csv`` (status words and RAG colours), ``programme_words.csv``
(lists ``status label`` and ``other section``) and ``programme_columns.csv``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from types import MappingProxyType
from typing import Any

from wlga_analysis import config, quarters
from wlga_analysis.interpret.programme.period_headings import heading_period
from wlga_analysis.interpret.programme.themes import PART_RULE, part_status, with_part_status
from wlga_analysis.read.model import ListItem
from wlga_analysis.reference import file_identity, load_programme_words, load_status_tags
from wlga_analysis.text.lazy import LazyPattern
from wlga_analysis.text.regex_cache import compile_regex


@lru_cache(maxsize=8)
def _patterns(identity: tuple[str, int, int]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = load_programme_words(identity[0])

    def either(name: str) -> str:
        return "|".join(f"(?:{w})" for w in words[name]) or "(?!)"

    label = compile_regex(rf"(?i)(?:{either('status label')})[ \t]*+[:\-–][ \t]*+")
    other = compile_regex(rf"(?i)(?:{either('other section')})")
    return label, other


def _vocab() -> tuple[re.Pattern[str], re.Pattern[str]]:
    return _patterns(file_identity(config.PROGRAMME_WORDS_FILE))


def _fold(text: str) -> str:
    return " ".join(text.lower().split())


def _plain(text: str) -> str:
    """Text without bold markers, surrounding punctuation and spaces."""
    return text.replace("**", "").replace("__", "").strip().strip(" .:;").strip()


def tag_status(word: str, tags: dict[str, str] | None = None) -> str | None:
    """The status a status word or RAG colour gives ("Amber" -> at risk), or None.

    Examples
    --------
    >>> tag_status("Amber"), tag_status("green"), tag_status("Not started"), tag_status("x")
    ('at risk', 'in progress', 'planned', None)
    """
    tags = load_status_tags() if tags is None else tags
    word = _fold(word.strip(" .;:").replace("/", " / ")).replace(" / ", "/")
    # one letter ("G", "A", "R") only in a RAG column: see :func:`column_status`
    return tags.get(word) if len(word) > 1 else None


#: A status's qualifier: after a dash ("Open - overdue", "Open -overdue"), or in brackets.
_QUALIFIED = compile_regex(r"\s+[-\u2013]\s*|\s*[-\u2013]\s+|\s+\((?=[^()]+\)$)|\)$")


def column_status(cell: str, tags: dict[str, str] | None = None) -> str | None:
    """The status of a Status or RAG column's cell: a status word, a RAG colour, or the
    colour's initial ("G", "A", "R": the first tag with that initial that is a colour).

    Examples
    --------
    >>> column_status("Amber"), column_status("R"), column_status("G"), column_status("")
    ('at risk', 'at risk', 'in progress', None)
    >>> column_status("Open - overdue"), column_status("Closed \u2013 superseded")
    ('at risk', 'done')
    >>> column_status("Delayed \u2013 vehicle delivery is now expected in January 2026.")
    'at risk'
    """
    tags = load_status_tags() if tags is None else tags
    folded = _fold(cell.strip(" .;:*").replace("/", " / ")).replace(" / ", "/")
    found = tags.get(folded)
    if found is None and ("-" in folded or "\u2013" in folded or folded[-1:] == ")"):
        parts = [p for p in _QUALIFIED.split(folded) if p]  # (by its qualifier, the last)
        found = tags.get(parts[-1]) if all(p in tags for p in parts) else None
    if found is None and folded:  # ("On track – works began in May.": its opening word)
        lead = leading_status(cell, tags)
        found = lead[0] if lead else None
    return found


def status_line(text: str, tags: dict[str, str] | None = None) -> str | None:
    """The status of a line that only states one: "Status: Amber", "RAG status - Green",
    "Progress: On track" (labels from programme_words.csv, ``status label``).

    Examples
    --------
    >>> status_line("Status: Amber"), status_line("RAG: Complete."), status_line("Status: Red")
    ('at risk', 'done', 'at risk')
    >>> status_line("Status of the review: Members noted it.") is None
    True
    """
    stated = status_line_timing(text, tags)
    return stated[0] if stated else None


def status_line_timing(text: str, tags: dict[str, str] | None = None
                       ) -> tuple[str, str | None] | None:
    """(status, timing) of a line that only states a status, perhaps with its timing after
    a dash ("Status: Delayed – now w/c 7 September 2026"); the timing is None when the
    line prints none. None when the line is not a status line.

    Examples
    --------
    >>> status_line_timing("Status: On track – due by the end of Q2")
    ('in progress', 'due by the end of Q2')
    >>> status_line_timing("Status: Complete"), status_line_timing("Status – the review")
    (('done', None), None)
    """
    plain = _plain(text)
    if len(plain) > 80:
        return None
    m = _vocab()[0].match(plain)
    if m is None:
        return None
    rest = plain[m.end():]
    status = tag_status(rest, tags) if len(rest) <= 60 else None
    if status is not None:
        return status, None
    lead = _LEADING_TAG.match(rest)  # "Complete – May 2026": the status, then its timing
    status = tag_status(lead.group("tag"), tags) if lead else None
    if status is None or lead is None:
        return None
    return status, rest[lead.end() - 1:].strip() or None


#: A status at the very end of an item: "... [Green]", "... (Amber)." or "... Status: Red".
_TRAILING_TAG = LazyPattern(r"[\[(](?P<tag>[A-Za-z][A-Za-z'/ -]{1,40})[\])][ .;]{0,3}$")


#: A status printed first, before a dash: "Complete – the guide was published".
_LEADING_TAG = compile_regex(r"(?P<tag>[A-Za-z][A-Za-z'/ ]{1,30}?)[ \t]*+[\u2013\u2014-][ \t]++\S")


def leading_status(text: str, tags: dict[str, str] | None = None) -> tuple[str, str] | None:
    """(status, "tag") from a status word or RAG colour printed first in an item, before a
    dash ("Delayed – the review will now report in June"); None when there is none.

    Examples
    --------
    >>> leading_status("Not started – joint training, date TBC.")
    ('planned', 'tag')
    >>> leading_status("(b) Delayed - the review will report in June.")
    ('at risk', 'tag')
    >>> leading_status("Training – two sessions were held.") is None
    True
    """
    head = text[:40]
    if "-" not in head and "\u2013" not in head and "\u2014" not in head:
        return None  # (most items: no dash near their start)
    m = _LEADING_TAG.match(strip_item_marker(head))  # ("(a) Complete – ...": after its marker)
    status = tag_status(m.group("tag"), tags) if m else None
    return (status, "tag") if status else None


def trailing_status(text: str, tags: dict[str, str] | None = None) -> tuple[str, str] | None:
    """(status, rule) from a tag in round or square brackets at the end of an item, or from
    a "Status: ..." sentence closing it; None when there is neither.

    Examples
    --------
    >>> trailing_status("A plan will be agreed by March. [Green]")
    ('in progress', 'tag')
    >>> trailing_status("The guide is late. Status: Amber")
    ('at risk', 'status line')
    >>> trailing_status("Training for members (phase two).") is None
    True
    """
    tail = text[-60:].rstrip()
    end = tail[-4:]  # a tag's closing bracket is among the last four characters
    m = _TRAILING_TAG.search(tail) if ")" in end or "]" in end else None
    if m:
        status = tag_status(m.group("tag"), tags)
        return (status, "tag") if status else None
    if ":" not in tail and "-" not in tail and "\u2013" not in tail:
        return None  # (most items: no sentence after the first can start with a label)
    label = None  # (the labels are looked up only for an item with a sentence to read)
    # the last sentence that starts with a label: each "." or ";" before the last
    # character, from the right
    k = max(tail.rfind(".", 0, len(tail) - 1), tail.rfind(";", 0, len(tail) - 1))
    while k >= 0:
        after = tail[k + 1:].strip()
        # (every match of a label ends with one of ":", "-", "–": no look-up without one)
        if after and (":" in after or "-" in after or "\u2013" in after):
            label = label or _vocab()[0]
            if label.match(after):
                status = status_line(after, tags)
                return (status, "status line") if status else None
        k = max(tail.rfind(".", 0, k), tail.rfind(";", 0, k))
    return None


#: A bracket at the end of a group sub-heading: "Achievements this quarter (Oct-Dec 2025):".
_GROUP_BRACKET = LazyPattern(r"[ \t]*+\([^()]*\)$")


def group_status(text: str, tags: dict[str, str] | None = None) -> str | None:
    """The status a group sub-heading gives the bullets below it: a line that is only a
    status word or group label (status_tags.csv), bold or followed by a colon, perhaps with
    a bracket after it ("**Completed**", "In progress:", "Planned next quarter (Jan-Mar
    2026):", "Risks and issues:").

    Examples
    --------
    >>> group_status("**Completed**"), group_status("Not started:"), group_status("Done.")
    ('done', 'planned', None)
    >>> group_status("Achievements this quarter (Oct-Dec 2025):")
    'done'
    >>> group_status("Work continues") is None
    True
    """
    stripped = text.strip()
    if stripped.endswith("."):  # a sentence, not a heading
        return None
    plain = _plain(stripped)
    return tag_status(plain, tags) or tag_status(_GROUP_BRACKET.sub("", plain), tags)


def header_group(header: str, tags: dict[str, str] | None = None) -> str | None:
    """The status a table's header gives its rows: its item column's header is a group
    label of status_tags.csv ("Planned activities", "Approved activity": work funded or
    planned, not yet begun), as a group sub-heading over bullets is; None otherwise (most
    headers: the test is made only on a header holding a word of the labels).

    Examples
    --------
    >>> header_group("Ref | Approved activity | Delivered with | Completion date")
    'planned'
    >>> header_group("Ref | Action | Lead | Status") is None
    True
    """
    folded = header.casefold()
    if "approved" not in folded and "planned" not in folded:
        return None
    from wlga_analysis.reference import programme_columns

    known = programme_columns()
    for cell in header.split(" | "):
        if header_role(_fold(cell).strip(" :"), known) == "text":
            status = tag_status(cell, tags)
            if status is not None:
                return status
    return None


def is_other_section(text: str) -> bool:
    """A section that frames a paper rather than reporting progress: "Purpose",
    "Background", "Funding", "Recommendation(s)", "Annex A: ..." (programme_words.csv,
    ``other section``; the whole heading must match).

    Examples
    --------
    >>> is_other_section("Funding"), is_other_section("Recommendation")
    (True, True)
    >>> is_other_section("Annex A: Panel timetable"), is_other_section("Workforce")
    (True, False)
    >>> is_other_section("Cefndir / Background"), is_other_section("Data / Workforce")
    (True, False)
    """
    other = _vocab()[1]
    # a bilingual heading ("Cyllid / Funding"): either half
    return any(other.fullmatch(_plain(half)) for half in _plain(text).split(" / "))


def opens_subparagraphs(number: int | None, nxt: Any) -> bool:
    """Whether the block after numbered paragraph ``number`` is its first sub-paragraph
    ("3." followed by "3.1 ...").

    Examples
    --------
    >>> from wlga_analysis.read.model import Inline, ListItem
    >>> opens_subparagraphs(3, ListItem(Inline("x"), kind="number", number="3.1"))
    True
    >>> opens_subparagraphs(3, ListItem(Inline("x"), kind="number", number="4.1"))
    False
    """
    if number is None or not isinstance(nxt, ListItem) or nxt.kind != "number":
        return False
    head, _, rest = (nxt.number or "").partition(".")
    return head == str(number) and rest[:1].isdigit()


def header_role(folded: str, known: Mapping[str, str]) -> str:
    """The role of a column from its header's words: the whole header if it is a known
    name, else a known name the header ends with ("Action owner", "Target completion
    date"), else one it starts with ("Lead organisation", "Due by"), else one among its
    words; "other" when none.

    Examples
    --------
    >>> known = {"action": "text", "owner": "partners", "date": "timing", "due": "timing"}
    >>> [header_role(h, known) for h in ("action owner", "due by", "target completion date",
    ...                                  "description")]
    ['partners', 'timing', 'timing', 'other']
    """
    # (a header read before with the same names: its role; the names compared, not hashed,
    # and the shared read-only names of reference.programme_columns found as they are)
    roles = next((roles for names, roles in _ROLES if names is known), None) or next(
        (roles for names, roles in _ROLES if names == known), None)
    if roles is None:
        if len(_ROLES) > 8:
            _ROLES.clear()
        roles = {}
        _ROLES.append((known if isinstance(known, MappingProxyType) else dict(known), roles))
    role = roles.get(folded)
    if role is None:
        if len(roles) > 4_096:
            roles.clear()
        role = roles[folded] = _header_role(folded, known)
    return role


#: Roles of the headers read so far, by the known names they were read with.
_ROLES: list[tuple[Mapping[str, str], dict[str, str]]] = []


def _header_role(folded: str, known: Mapping[str, str]) -> str:
    words = re.sub(r"[^\w\s]", " ", folded).split()
    text = " ".join(words)
    if text in known:
        return known[text]
    ends = [(len(n), r) for n, r in known.items() if text.endswith(" " + n)]
    starts = [(len(n), r) for n, r in known.items() if text.startswith(n + " ")]
    inside = [(len(n), r) for n, r in known.items() if f" {n} " in f" {text} "]
    for found in (ends, starts, inside):
        found = [f for f in found if f[1] != "status board"]  # (a whole header only)
        if found:
            return max(found)[1]
    return "other"


def layout_statuses(rows: list[Any], tags: dict[str, str] | None = None,
                    timings: dict[int, str] | None = None) -> dict[int, tuple[str, str]]:
    """Statuses the layout gives items, by ``id`` of the item's row: a "Status: ..." line
    gives the item above it (rule ``status line``); a group sub-heading ("**Completed**")
    gives the items below it, up to the next group or section (rule ``group``).
    A section heading that names only a period ("3. June 2024") gives its items that
    timing (:func:`~.period_headings.heading_period`), as a group's bracket does.

    ``rows`` are the interpreter's rows (``kind``: paragraph, bullet, sub-bullet, text,
    table header, table row; ``text``). Given ``timings``, the timing a group sub-heading
    prints in a bracket ("Planned next quarter (Jan-Mar 2026):") is put there, by ``id`` of
    each item below it (see :func:`with_group_timing`).

    Examples
    --------
    >>> from types import SimpleNamespace as R
    >>> rows = [R(kind="paragraph", text="2. Scrutiny"), R(kind="text", text="**Completed**"),
    ...         R(kind="bullet", text="Chairs met."), R(kind="bullet", text="Guide out."),
    ...         R(kind="text", text="Status: Amber")]
    >>> sorted(layout_statuses(rows).values())
    [('at risk', 'status line'), ('done', 'group')]
    >>> rows = [R(kind="text", text="Planned next quarter (Jan-Mar 2026):"),
    ...         R(kind="bullet", text="Plans submitted.")]
    >>> timings = {}
    >>> list(layout_statuses(rows, timings=timings).values()), list(timings.values())
    ([('planned', 'group')], ['Jan-Mar 2026'])
    """
    tags = load_status_tags() if tags is None else tags
    out: dict[int, tuple[str, str]] = {}
    group: str | None = None
    rule = "group"
    timing: str | None = None
    last_item: Any = None
    for r in rows:
        if r.kind == "paragraph":  # (a heading naming only a period: its items' timing)
            group, timing, last_item = None, heading_period(r.text), None
        elif r.kind in ("bullet", "table row"):
            last_item = r
            if group is not None:
                out[id(r)] = (group, rule)
            if timing is not None and timings is not None:
                timings[id(r)] = timing
        elif r.kind == "text":
            line = status_line_timing(r.text, tags)
            if line is not None:
                if last_item is not None:
                    out[id(last_item)] = (line[0], "status line")
                    if line[1] is not None and timings is not None:
                        timings[id(last_item)] = line[1]  # "Status: Delayed – now w/c 7 Sept"
            elif (found := _text_group(r.text, tags)) is not None:
                (group, rule, timing), last_item = found, None
        elif r.kind == "table header" and (named := header_group(r.text, tags)) is not None:
            group, rule, last_item = named, "group", None  # "Approved activity | ..."
    return out


def _text_group(text: str, tags: dict[str, str]) -> tuple[str, str, str | None] | None:
    """(status, rule, timing) a line of text gives the items below it as a part heading
    ("What we did") or a group sub-heading ("**Completed**", "Planned next quarter (Jan-Mar
    2026):", its bracket the timing); None for any other line.

    Examples
    --------
    >>> _text_group("Planned next quarter (Jan-Mar 2026):", load_status_tags())
    ('planned', 'group', 'Jan-Mar 2026')
    >>> _text_group("The plan was agreed.", load_status_tags()) is None
    True
    """
    if (part := part_status(text)) is not None:
        return part[0], part[1], None
    heading = group_status(text, tags)
    if heading is None:
        return None
    bracket = _GROUP_BRACKET.search(_plain(text.strip()))
    return heading, "group", bracket.group(0).strip(" \t()") if bracket else None


def with_group_timing(fields: dict[str, Any], timing: str | None, paper_date: Any,
                      financial_year: str | None) -> dict[str, Any]:
    """An item's fields with the quarter its group's bracket states, when the item states
    no timing of its own.

    Examples
    --------
    >>> import datetime as dt
    >>> fields = {"quarter": None, "when": None}
    >>> with_group_timing(fields, "Oct-Dec 2025", dt.date(2026, 1, 23), "2025-26")["when"]
    'Oct-Dec 2025'
    """
    if timing is None or fields["when"] is not None:
        return fields
    period, when = quarters.resolve_timing(timing, paper_date, financial_year)
    return fields if when is None else {**fields, "quarter": period, "when": when}


def title_heading(blocks: list[Any], headings: set[int], first_numbered: int) -> int | None:
    """The line of a title printed as a heading directly above a numbered heading ("# WLGA
    IMPROVEMENT PROGRAMME 2023-24 UPDATE" then "## 1. Purpose"): the document's first
    heading, before any numbered paragraph, followed by a short numbered paragraph with no
    closing punctuation. It is the title, not a section heading; None when there is none,
    or when that heading names the progress section ("Update on delivery" over the first
    section of a web page whose title is a plain line).

    Examples
    --------
    >>> from wlga_analysis.read.model import Heading, Inline, Location, Paragraph
    >>> blocks = [Heading(Inline("WLGA UPDATE"), location=Location(line=1)),
    ...           Paragraph(Inline("Purpose"), number="1", location=Location(line=3))]
    >>> title_heading(blocks, {1}, 3)
    1
    """
    from wlga_analysis.read.model import Heading
    from wlga_analysis.read.text_lines import has_heading_shape

    first = next((k for k, b in enumerate(blocks) if isinstance(b, Heading)), None)
    if first is None or first + 1 >= len(blocks):
        return None
    block, nxt = blocks[first], blocks[first + 1]
    line = block.location.line
    if line not in headings or nxt.location.line != first_numbered:
        return None
    text = " ".join(nxt.text.text.split())
    if not has_heading_shape(text):
        return None
    from wlga_analysis.interpret.programme.common import _block_text, _normalise
    from wlga_analysis.interpret.programme.sources import is_progress_heading

    return None if is_progress_heading(_normalise(_block_text(block))) else line


#: A letter or roman-numeral list marker left at the start of an item's text: "(a) ", "b) ",
#: or a web page's "a. " before a capital (a list styled ``lower-alpha``).
_ITEM_MARKER = compile_regex(r"(?:\(?+(?:[a-z]|[ivx]{1,4})\)"
                             r"|(?:[a-z]|[ivx]{1,4})\.(?=[ \t]++[A-Z]))[ \t]++")


def strip_item_marker(text: str) -> str:
    """An item's text without a leading "(a)", "b)" or "(iv)" marker (readers of Word, PDF
    and web pages keep the marker in the text of the list item).

    Examples
    --------
    >>> strip_item_marker("(a) Performance and self-assessment;"), strip_item_marker("b) Data")
    ('Performance and self-assessment;', 'Data')
    >>> strip_item_marker("(Welsh) language"), strip_item_marker("c. Effective scrutiny")
    ('(Welsh) language', 'Effective scrutiny')
    """
    m = _ITEM_MARKER.match(text)
    return text[m.end():] if m else text


def before_other_sections(selected: list[Any]) -> list[Any]:
    """The rows before the first numbered section that frames the paper ("5. Funding",
    "6. Recommendation"): that section and the ones after it are not progress.

    Examples
    --------
    >>> from types import SimpleNamespace as R
    >>> rows = [R(kind="paragraph", text="Workforce"), R(kind="bullet", text="Toolkit."),
    ...         R(kind="paragraph", text="Funding"), R(kind="bullet", text="£5.")]
    >>> [r.text for r in before_other_sections(rows)]
    ['Workforce', 'Toolkit.']
    """
    framing: dict[str, bool] = {}  # each heading's text read once
    for k, r in enumerate(selected):
        if r.kind != "paragraph":
            continue
        text = r.text
        if text not in framing:
            framing[text] = is_other_section(text)
        if framing[text]:
            return selected[:k]
    return selected


def outside_other_sections(rows: list[Any]) -> list[Any]:
    """The rows of the numbered sections that report progress: the rows of a section that
    frames the paper ("1. Purpose", "5. Funding") left out, wherever it stands.

    Examples
    --------
    >>> from types import SimpleNamespace as R
    >>> rows = [R(kind="paragraph", text="Purpose"), R(kind="text", text="To update."),
    ...         R(kind="paragraph", text="Workforce"), R(kind="text", text="Done.")]
    >>> [r.text for r in outside_other_sections(rows)]
    ['Workforce', 'Done.']
    """
    out, framing = [], False
    for r in rows:
        if r.kind == "paragraph":
            framing = is_other_section(r.text)
        if not framing:
            out.append(r)
    return out


def with_stated_status(fields: dict[str, Any],
                        stated: tuple[str, str] | None) -> dict[str, Any]:
    """An item's fields with the status its layout states ("Status: Amber" under it, a
    group sub-heading above it); the item's own tag or column wins over a group heading.

    Examples
    --------
    >>> fields = {"status": "in progress", "status_rule": "default: no wording matched"}
    >>> with_stated_status(fields, ("done", "group"))["status"]
    'done'
    >>> with_stated_status({**fields, "status_rule": "tag"}, ("done", "group"))["status"]
    'in progress'
    """
    if stated is None or fields["status_rule"] in ("tag", "column", "status line"):
        return fields
    if stated[1] == PART_RULE:  # a "What we did" part: where the wording states no status
        return with_part_status(fields, stated)
    return {**fields, "status": stated[0], "status_rule": stated[1]}


_DEADLINE_WORDS = ("by ", "before ", "until ", "no later than ")


@lru_cache(maxsize=256)
def _last_day(quarter: Any) -> Any:
    """The last day of a quarter (``Period.end_time`` is slow: asked once per quarter)."""
    return quarter.end_time.date()


def past_deadline(fields: dict[str, Any], paper_date: Any) -> str | None:
    """A note when an item not yet done states a deadline ("by the end of Q2") whose
    quarter ended before the paper's date: a reader would check whether next year's is
    meant. None otherwise.

    Examples
    --------
    >>> import datetime as dt
    >>> import pandas as pd
    >>> fields = {"when": "by the end of Q2", "status": "in progress",
    ...           "quarter": pd.Period("2024Q2", "Q-MAR")}
    >>> past_deadline(fields, dt.date(2024, 1, 12))[:41]
    "deadline 'by the end of Q2' is 2023-24 Q2"
    >>> past_deadline({**fields, "status": "done"}, dt.date(2024, 1, 12)) is None
    True
    """
    when, quarter = fields.get("when"), fields.get("quarter")
    if paper_date is None or quarter is None or not isinstance(when, str) \
            or fields.get("status") == "done" or not when.lower().startswith(_DEADLINE_WORDS):
        return None
    if _last_day(quarter) >= paper_date:
        return None
    from wlga_analysis.quarters import quarter_label  # (imported only for a note)

    return (f"deadline {when!r} is {quarter_label(quarter)}, which ended before the paper's "
            f"date ({paper_date:%d %B %Y}); the quarter is kept as read; check whether the "
            "next year's is meant")


def item_position(number: str | None, section: int | None, previous: int) -> int:
    """The position of an item in its section: the printed sub-paragraph number ("3.4" is
    item 4 of section 3, even after "3.2"), else the next after ``previous``.

    Examples
    --------
    >>> item_position("3.4", 3, 2), item_position(None, 3, 2), item_position("4.1", 3, 2)
    (4, 3, 3)
    """
    if number and section is not None:
        head, _, rest = number.partition(".")
        if head == str(section) and rest.isdigit() and int(rest) > 0:
            return int(rest)
    return previous + 1


def is_mostly_table(lines: tuple[str, ...] | list[str], html: list[int]) -> bool:
    r"""Whether a document whose lines ``html`` (1-based) are HTML table rows is a table
    rather than a paper with a table in it: its rows are most of its text, or it has a
    recommendations table's header row ("Area / Activity ... / Recommendations").

    Examples
    --------
    >>> paper = ["1. Purpose.", "2. Funding:", "Grant\t2025-26", "<p>A</p>\t<p>£1</p>",
    ...          "<p>B</p>\t<p>£2</p>", "<p>Total</p>\t<p>£3</p>", "3. Note.", "4. End."]
    >>> is_mostly_table(paper, [4, 5, 6])
    False
    >>> is_mostly_table(["Area\tActivity underway or achieved\tRecommendations", *paper],
    ...                 [5, 6, 7])
    True
    """
    from wlga_analysis.interpret.recommendations.columns import map_columns
    from wlga_analysis.text.clean import clean_text

    text = sum(1 for ln in lines if ln.strip())
    if 2 * len(html) >= text:
        return True
    return any(map_columns([clean_text(c) for c in ln.split("\t")]) is not None
               for ln in lines if "\t" in ln and len(ln) < 400 and "ecommend" in ln.lower())


#: Two sentences in a line (a full stop, then a capitalised word): prose, not a title.
_PROSE = LazyPattern(r"[a-z)]\.[ \t]++[A-Z][a-z]")


def not_a_title(text: str) -> str | None:
    """Why a line before the first paragraph cannot be the paper's title: "message header"
    for an e-mail's header line ("From: ...", "Subject: ...": list ``message header`` of
    ``programme_words.csv``), "salutation" ("Dear colleagues,"), "prose" (two sentences);
    None when it may be.

    Examples
    --------
    >>> [not_a_title(t) for t in ("Sent: 14 October 2026", "Dear all,",
    ...                           "Please see below. It is short.", "Quarter 2 Update")]
    ['message header', 'salutation', 'prose', None]
    """
    from wlga_analysis.interpret.programme.common import vocabulary
    from wlga_analysis.interpret.programme.newsletter import is_strapline

    if vocabulary().message_header.match(text):
        return "message header"
    if text.endswith(","):
        return "salutation"
    if is_strapline(text):  # "The newsletter of the ... Programme" under a masthead's title
        return "strapline"
    return "prose" if _PROSE.search(text) else None


def title_candidates(texts: list[tuple[int, str]], roles: dict[int, Any],
                     n_front_lines: int) -> list[tuple[int, str]]:
    """The (line, text) of the lines before the first paragraph that may be the title: a
    line in capitals, or the first other line (when the front has more than two lines or
    it names the update); not a line with a role already, nor one :func:`not_a_title`
    rules out (an e-mail's header line is given the role "message header" in ``roles``).

    Examples
    --------
    >>> roles = {}
    >>> title_candidates([(1, "From: Team"), (2, "Dear all,"), (3, "Quarter 2 Update")],
    ...                  roles, 3), roles
    ([(3, 'Quarter 2 Update')], {1: ('message header', None)})
    """
    from wlga_analysis.interpret.programme.common import vocabulary
    from wlga_analysis.interpret.programme.cover_title import cover_title
    from wlga_analysis.interpret.programme.email_subject import subject_title
    from wlga_analysis.interpret.programme.newsletter import preheader_lines
    from wlga_analysis.interpret.programme.page_titles import title_text
    from wlga_analysis.interpret.programme.space_titles import space_title  # (a wiki page's)

    candidates: list[tuple[int, str]] = []
    teasers = preheader_lines(texts)  # (an e-mail campaign's preheader: no title)
    for n, text in texts:
        skip = None if n in roles else "preheader" if n in teasers else not_a_title(text)
        if skip == "message header":
            roles[n] = (skip, None)
        if n in roles or skip:
            continue
        letters = [c for c in text if c.isalpha()]
        named = vocabulary().title.search(text)  # (after a capitals line too: a cover block)
        if letters and (text.upper() == text or named or (not candidates and n_front_lines > 2)):
            candidates.append((n, title_text(text)))
            # (not "Agenda item - ", nor a print's "Printed: 01/16/26 10:42 AM": .page_titles)
    # (a committee report's labelled title line: .cover_title; an e-mail's fuller subject:
    # .email_subject; a wiki page's title after its space's name: .space_titles)
    from wlga_analysis.interpret.programme.letter_subject import letter_subject_title

    # (a letter's subject line after its salutation: .letter_subject)
    return letter_subject_title(
        texts, subject_title(texts, cover_title(texts, space_title(texts, candidates))))
