"""Programme interpreter: an OKR check-in (objectives and key results scored against a key).

A team that manages its work by objectives and key results reports a check-in: under each
objective's heading ("Objective 2: Councillors have the digital skills they need", perhaps
with an "Objective owner:" line) a table of its key results, ``KR | Key result | Baseline |
Target | Now | Score | Confidence``, and a commentary. The key results are the items: their
ref ("KR2.1") the first column, their text the key result's cell. They print no status
word; a key printed before the first table says how to read the score and the confidence
("each key result is scored from 0.0 (no progress) to 1.0 (achieved). Confidence ... out of
10, that the key result will be achieved by 31 March 2026 ...: 7 to 10 is on track, 4 to 6
at risk and 1 to 3 off track"). A careful reader reads each row through the key:

- a score at the top of the scale (1.0, 100%) is the key's word for it ("achieved": done);
- else the confidence (a number, or "8/10") falls in one of the key's bands, whose words
  give the status (``status_tags.csv``: "on track" in progress, "at risk" and "off track"
  at risk); with no bands printed, the usual ones (7-10 on track, 4-6 at risk, 1-3 off
  track) of a confidence out of 10;
- a score of nothing (0.0) with no confidence ("–", blank) is a key result not begun:
  planned ("not started");
- the item is due when its text says ("by December 2025"), else at the cycle's end the key
  names ("achieved by 31 March 2026").

Each objective is a section (the label's number, else reading order) and names a priority
(:mod:`.heading_priorities`); the other cells (baseline, target, now, score, confidence)
are kept, with the ref, in one line of text per key result (the paragraphs table): they
are measures, no items, no timing (a "Target" of 22 councils is no date).

A table is an OKR table when its header names a score and a confidence column (whole
header words), in a paper that numbers no paragraph.

Examples
--------
>>> okr_key("Scored from 0.0 to 1.0 (achieved). Confidence out of 10 that it is achieved "
...         "by 31 March 2026: 7 to 10 is on track, 4 to 6 at risk and 1 to 3 off track.")
OkrKey(top='achieved', bands=((7, 10, 'on track'), (4, 6, 'at risk'), (1, 3, 'off track')), \
end='31 March 2026')
>>> key = okr_key("")
>>> okr_status("1.0", "10/10", key), okr_status("0.6", "7/10", key), okr_status("0.0", "–", key)
('achieved', 'on track', 'not started')
>>> okr_status("0.2", "2", key), okr_status("0.5", "n/a", key)
('off track', '')
"""

from __future__ import annotations

from typing import Any, NamedTuple

from wlga_analysis import quarters
from wlga_analysis.interpret.programme import heading_priorities
from wlga_analysis.interpret.programme.common import _Row, folded_words
from wlga_analysis.interpret.programme.sections import _heading_shaped, section_label
from wlga_analysis.interpret.programme.themes import ThemeText
from wlga_analysis.read.model import Heading, Inline, ListItem, Paragraph, Table
from wlga_analysis.text.clean import clean_text
from wlga_analysis.text.lazy import LazyPattern

__all__ = ["OkrKey", "OkrTable", "is_okr_header", "okr_key", "okr_rows", "okr_sections",
           "okr_status"]

#: Words of a score column's and of a confidence column's header (whole words).
_SCORE, _CONFIDENCE = ("score", "grade", "scoring"), ("confidence", "confidence level")
#: Headers of the key result's text column, whole (else the longest cells' column).
_TEXT_HEADERS = ("key result", "key results", "result", "kr description", "description")
#: A key's band: "7 to 10 is on track", "4-6 = at risk", "1–3: off track".
_BAND = LazyPattern(r"(?i)\b(\d{1,2})\s*+(?:to|-|\u2013)\s*+(\d{1,2})\s*+(?:is|are|=|:|means)?"
                    r"\s*+(?P<words>[a-z][a-z ]{1,30}?)\s*+(?=[,;.)]|\band\b|$)")
#: The top of a score's scale, the key's word for it: "to 1.0 (achieved)", "1.0 = achieved".
_TOP = LazyPattern(r"(?i)\b(?:1\.0|100\s*%)\s*+(?:\(|=|:|\u2013|-|means)\s*+"
                   r"(?P<words>[a-z][a-z ]{1,30}?)\s*+[),;.]")
#: The cycle's end the key names: "achieved by 31 March 2026", "by the end of March 2026".
_END = LazyPattern(r"(?i)\bby\s++(?:the\s++end\s++of\s++)?(?P<date>(?:\d{1,2}\s++)?"
                   r"(?:January|February|March|April|May|June|July|August|September|"
                   r"October|November|December)\s++20\d\d)")
#: A score or confidence cell: "0.6", "1", "60%", "8/10", "8 out of 10".
_NUMBER = LazyPattern(r"\s*+(?P<n>\d{1,3}(?:\.\d+)?)\s*+(?P<pc>%)?\s*+"
                      r"(?:(?:/|out\s++of)\s*+(?P<of>\d{1,3}))?\s*+")
#: The usual bands of a confidence out of 10, when the key prints none.
_DEFAULT_BANDS = ((7, 10, "on track"), (4, 6, "at risk"), (1, 3, "off track"))


class OkrKey(NamedTuple):
    """A check-in's key: the word for a score at the top of the scale, the confidence's
    bands (low, high, words) and the cycle's end (a date's text, "" when none)."""

    top: str
    bands: tuple[tuple[int, int, str], ...]
    end: str


class OkrTable(Table):
    """A table of key results: ``number`` the objective (section) it stands for, ``name``
    and ``name_line`` its heading, ``key`` the check-in's key, ``columns`` the indexes of
    its ref, text, score and confidence columns. Made by :meth:`of`."""

    number: int = 0
    name: str = ""
    name_line: int | None = None
    key: OkrKey = OkrKey("achieved", _DEFAULT_BANDS, "")
    columns: tuple[int, int, int, int] = (0, 1, 2, 3)

    @classmethod
    def of(cls, table: Table, **given: Any) -> OkrTable:
        """``table`` as an OKR table with the attributes ``given``."""
        out = cls(table.header, table.rows, table.location)
        for key, value in given.items():
            object.__setattr__(out, key, value)  # (the table is frozen)
        return out


def okr_key(text: str) -> OkrKey:
    """The key a check-in prints (its text), the usual one where it says nothing.

    Parameters
    ----------
    text : str
        The text printed before the first table of key results.

    Returns
    -------
    OkrKey
        The key.

    Examples
    --------
    >>> okr_key("1.0 = achieved; confidence 8-10: on track, 1-7: at risk").bands
    ((8, 10, 'on track'), (1, 7, 'at risk'))
    """
    top = _TOP.search(text) if "1" in text else None
    bands = tuple((int(m.group(1)), int(m.group(2)), m.group("words").strip().lower())
                  for m in _BAND.finditer(text)) if "confidence" in text.lower() else ()
    end = _END.search(text) if "by" in text else None
    return OkrKey(top.group("words").strip().lower() if top else "achieved",
                  bands or _DEFAULT_BANDS, end.group("date") if end else "")


def _number(cell: str) -> tuple[float, float] | None:
    """(value, scale) of a score or confidence cell ("8/10": (8, 10); "60%": (60, 100))."""
    m = _NUMBER.fullmatch(cell) if cell else None
    if m is None:
        return None
    scale = 100.0 if m.group("pc") else float(m.group("of") or 0)
    return float(m.group("n")), scale


def okr_status(score: str, confidence: str, key: OkrKey) -> str:
    """The key's words for a key result's score and confidence ("" when they say nothing
    the key explains): see the module.

    Parameters
    ----------
    score, confidence : str
        The row's cells.
    key : OkrKey
        The check-in's key.

    Returns
    -------
    str
        The status words ("achieved", "on track", "not started") or "".
    """
    points = _number(score.strip())
    if points is not None and ((points[0] == 1.0 and points[1] == 0)
                               or (points[0] == 100 and points[1] == 100)):
        return key.top
    sure = _number(confidence.strip())
    if sure is None:  # "–", "n/a", blank: not begun when nothing is scored yet
        stated = confidence.strip(" -\u2013\u2014")
        return "not started" if points is not None and points[0] == 0 and not stated else ""
    value = sure[0] * 10 / sure[1] if sure[1] else sure[0]
    return next((words for low, high, words in key.bands if low <= value <= high), "")


def is_okr_header(header: list[str]) -> tuple[int, int, int, int] | None:
    """Indexes (ref, text, score, confidence) of a key results table's columns, or None.

    Examples
    --------
    >>> is_okr_header(["KR", "Key result", "Baseline", "Target", "Now", "Score", "Confidence"])
    (0, 1, 5, 6)
    >>> is_okr_header(["Ref", "Action", "Score"]) is None
    True
    """
    if len(header) < 3:
        return None
    words = [folded_words(h) for h in header]
    score = next((i for i, w in enumerate(words) if w in _SCORE), None)
    sure = next((i for i, w in enumerate(words) if w in _CONFIDENCE), None)
    if score is None or sure is None:
        return None
    text = next((i for i, w in enumerate(words) if w in _TEXT_HEADERS), 1)
    return 0, text, score, sure


def okr_sections(blocks: list[Any]) -> list[Any] | None:
    """The blocks with each table of key results an :class:`OkrTable` after its
    objective's heading (a numbered paragraph: its label's number, else reading order);
    None when the paper numbers a paragraph or has no such table.

    Parameters
    ----------
    blocks : list
        The document model's blocks.

    Returns
    -------
    list or None
        The blocks, each objective's heading numbered and its table replaced.

    Examples
    --------
    >>> okr_sections([Paragraph(Inline("Objective 1: Data"))]) is None
    True
    """
    tables = [i for i, b in enumerate(blocks) if b.__class__ is Table
              and "onfidence" in " ".join(b.header_text) and is_okr_header(b.header_text)]
    if not tables or any(isinstance(b, Paragraph) and b.number is not None for b in blocks):
        return None
    key = okr_key(" ".join(clean_text(b.text.markdown()) if not isinstance(b, Table) else
                           " ".join(c.text for r in b.rows for c in r)
                           for b in blocks[:tables[0]]))
    out = list(blocks)
    for position, i in enumerate(tables, 1):
        _objective(blocks, out, i, max(i - 4, -1, *(t for t in tables if t < i)), position,
                   key)
    return _after_the_objectives(out, tables[-1])


def _objective(blocks: list[Any], out: list[Any], i: int, stop: int, position: int,
               key: OkrKey) -> None:
    """Put in ``out`` the table of key results at ``i`` as an :class:`OkrTable` and the
    objective's heading over it (looked for back to ``stop``, not over the table before: a
    heading or a labelled line, else a short line alone that is no "Owner: ..." line) as a
    numbered paragraph, the lines between ("Objective owner: ...") its parts."""
    before = range(i - 1, stop, -1)
    at = next((k for k in before if _is_heading(blocks[k])), None)
    if at is None:  # (a web page's or Word file's unlabelled heading: a short line alone)
        at = next((k for k in before if _heading_shaped(blocks[k])
                   and ":" not in blocks[k].text.text), None)
    text = clean_text(blocks[at].text.markdown()).strip("*_ ") if at is not None else ""
    label = section_label(text)
    name = text[label[1]:].strip(" :-\u2013") if label else text
    number = int(label[0]) if label else position
    if at is not None:
        out[at] = Paragraph(Inline(name), str(number), blocks[at].location)
        out[at + 1:i] = [ThemeText(b.text, None, b.location) if b.__class__ is Paragraph
                         else b for b in blocks[at + 1:i]]
    out[i] = OkrTable.of(blocks[i], number=number, name=name, key=key,
                         name_line=blocks[at].location.line if at is not None else None,
                         columns=is_okr_header(blocks[i].header_text))


def _after_the_objectives(out: list[Any], last: int) -> list[Any]:
    """``out`` with each list item under a heading after the last table of key results
    (a web page's "Related" links) a line of text (:class:`~.themes.ThemeText`): no item."""
    headed = False
    for k in range(last + 1, len(out)):
        block = out[k]
        if block.__class__ is ListItem and headed:
            out[k] = ThemeText(block.text, None, block.location)
        headed = headed or _heading_shaped(block)
    return out


def _is_heading(block: Any) -> bool:
    """An objective's heading: a heading, or a short line alone that a label opens."""
    if isinstance(block, Heading):
        return True
    text = block.text.text.strip().strip("*_ ") if block.__class__ is Paragraph else ""
    return 0 < len(text) <= 120 and section_label(text) is not None


def okr_rows(table: OkrTable, heading: str | None, heading_line: int | None,
             roles: dict[int, tuple[str, int | None]]) -> list[_Row]:
    """The interpreter's rows of a table of key results: its header, then per key result
    an item (kind ``table row``: its text the key result, its number the ref, its cells a
    status (the key's words) and a due date (the cycle's end, when its text names none))
    and a line of text holding the ref and every other cell; ``roles`` (line -> role) is
    given each row's line and the objective's heading the role of a priority.

    Parameters
    ----------
    table : OkrTable
        The table.
    heading, heading_line : str or None, int or None
        The section heading over it.
    roles : dict
        Line roles, changed in place.

    Returns
    -------
    list of _Row
        The rows.
    """
    ref_at, text_at, score_at, sure_at = table.columns
    header = table.header_text
    line = table.location.line if table.location.line is not None else 0
    number = table.number
    heading_priorities.mark(roles, table.name_line)
    out = [_Row("table header", number, heading, heading_line,
                " | ".join(h for h in header if h), line, lines=[line])]
    roles[line] = ("row", line)
    for row in table.rows:
        cells = [clean_text(c.text) for c in row] + [""] * (len(header) - len(row))
        text = cells[text_at]
        at = row[0].location.line if row and row[0].location.line is not None else line
        _, when = quarters.resolve_timing(text, None) if table.key.end else (None, None)
        due = table.key.end if table.key.end and when is None else ""
        status = okr_status(cells[score_at], cells[sure_at], table.key)
        out.append(_Row("table row", number, heading, heading_line, text, at, lines=[at],
                        cells={"Status": status, "Due": due}, number=cells[ref_at] or None))
        rest = [cells[ref_at]] + [f"{h}: {c}" for k, (h, c) in enumerate(
            zip(header, cells, strict=False)) if k not in (ref_at, text_at) and c]
        out.append(_Row("text", number, heading, heading_line, " | ".join(rest), at, lines=[]))
        roles[at] = ("row", at)
    return out
