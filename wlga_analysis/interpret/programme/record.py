"""Programme interpreter: a parliament's record of an oral statement (speaker turns).

The Senedd's Record of Proceedings (and any verbatim record of a meeting, a Hansard)
prints a whole meeting: its date, a **contents list** of the meeting's numbered items
("1. Questions to the First Minister", "3. Statement by the Cabinet Secretary for ...:
Transitional Accommodation Capital Programme"), then each item under its heading repeated,
told as **speaker turns**: a clock time alone on a line ("14:41"), the speaker's name (and
role in brackets) on a line of its own or as a bold run-in ("**Rhian Morgan (The Cabinet
Secretary ...):** Diolch, Llywydd. ..."), then what they said, paragraph by paragraph; the
chair's call, the statement, Members' questions and the answers, "[Translated]" notes and a
web page's "Share this contribution" links.

A careful reader of the record as a programme update takes the **item's heading** as its
title (the meeting's name "Plenary" is the page's), the programme it names (the words after
its colon, else the whole heading) as its one section and priority, and as the items the
**sentences of the statement's maker** (the speaker who says the most: the minister) that
report a dated piece of work (:func:`is_work_sentence`); the chair's words, the Members'
questions and claims, and the maker's thanks and remarks are no items (they stay in the
paragraphs table).

So a paper with at least two clock times alone on a line and a numbered item heading
before them is read thus: the contents list's numbers are dropped (its entries are text),
the entry naming the item read as the title, and the item's heading as section 1
(:func:`record_sections`); :func:`record_rows` then picks the items from the turns.

Examples
--------
>>> from wlga_analysis.read.model import Inline, Paragraph
>>> texts = ["Plenary", "10/03/2026", "Contents", ("1", "Questions"),
...          ("2", "Statement by the Minister: Roads Fund"), ("2", "Statement by the "
...          "Minister: Roads Fund"), "14:30", "Jo Bloggs (The Minister)",
...          "Thank you. We will open the bypass by June 2026.", "14:40", "A Member",
...          "Will it be late?"]
>>> blocks = [Paragraph(Inline(t), None, Location(n)) if isinstance(t, str)
...           else Paragraph(Inline(t[1]), t[0], Location(n)) for n, t in enumerate(texts, 1)]
>>> out = record_sections(blocks)
>>> [(type(b).__name__, b.number, b.text.text[:14]) for b in out][:1]
[('Heading', None, 'Statement by t')]
>>> [(b.number, b.location.line) for b in out if b.number]
[('1', 6)]
>>> is_work_sentence("We will open the bypass by June 2026."), is_work_sentence("Thank you.")
(True, False)
"""

from __future__ import annotations

from typing import Any

from wlga_analysis.interpret.programme.common import _Row
from wlga_analysis.read.model import Heading, Inline, ListItem, Location, Paragraph
from wlga_analysis.read.text_lines import has_heading_shape
from wlga_analysis.text.clean import clean_text
from wlga_analysis.text.lazy import LazyPattern
from wlga_analysis.text.sentences import split_sentences

__all__ = ["is_work_sentence", "record_rows", "record_sections"]

#: A clock time alone on a line ("14:41", "9:05").
_CLOCK = LazyPattern(r"[0-2]?\d:[0-5]\d")
#: A clock time inside a joined paragraph (a heading the reader joined its turn to).
_CLOCK_IN = LazyPattern(r"\s[0-2]?\d:[0-5]\d\s")
#: A contents entry printed with its number ("3. Statement by ...").
_ENTRY = LazyPattern(r"(\d{1,2})\.\s+(\S.*)")
#: What dates a piece of work: a month, a quarter, a season, "the last 12 months".
_WHEN = LazyPattern(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Q[1-4]|(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter)\s+20\d\d|"
    r"(?:last|past|next)\s+\d+\s+(?:weeks|months|years))\b")
#: A sentence about the one before it ("That is more than ...": a remark, not work).
_BACK_REFERENCE = LazyPattern(r"(?:That|This|It|These|Those)\s+(?:is|was|are|were)\b")
#: A bold run-in naming the speaker: "**Name (Role):** what they said".
_RUN_IN = LazyPattern(r"\*\*([^*]{2,200})\*\*(:?)\s*")
#: The most words a speaker's line has.
SPEAKER_WORDS = 16
#: The fewest words of a paragraph of speech.
SPEECH_WORDS = 4


def _text(block: Any) -> str:
    return block.text.text.strip()


def _is_clock(block: Any) -> bool:
    """A clock time alone on a line (a cheap test of the class and length first)."""
    if block.__class__ is not Paragraph and block.__class__ is not Heading:
        return False
    text = block.text.text
    return len(text) <= 8 and ":" in text and _CLOCK.fullmatch(text.strip()) is not None


def _entry(block: Any) -> tuple[str, str] | None:
    """(number, text) of a numbered block or list item: an item of a contents list."""
    if isinstance(block, Paragraph) and block.number is not None:
        return block.number, _text(block)
    if isinstance(block, ListItem):
        m = _ENTRY.fullmatch(_text(block))
        if m:
            return m.group(1), m.group(2)
    return None


def _heading_of(item: Paragraph, entries: list[tuple[int, str, str]]) -> tuple[int | None, str]:
    """(index of the contents entry, heading) of the item paragraph: the entry of its
    number whose text opens the item's (the reader may have joined the first turn to it),
    else the item's text up to the first clock time."""
    text = _text(item)
    for i, number, entry in entries:
        if number == item.number and text.startswith(entry):
            return i, entry
    m = _CLOCK_IN.search(f" {text} ")
    return None, text[:m.start()].strip() if m else text


def _opens_a_turn(after: list[Any]) -> bool:
    """Whether the blocks after a clock time open a speaker's turn: a bold run-in naming
    the speaker ("**Name:** ..."), or a short line shaped as a heading over a paragraph
    of speech (an agenda's times over items' names are no turns)."""
    if not after or not isinstance(after[0], (Paragraph, Heading)):
        return False
    raw = after[0].text.markdown().strip()
    if raw.startswith("**") and (m := _RUN_IN.match(raw)) is not None \
            and (m.group(1).rstrip().endswith(":") or m.group(2)):
        return True
    text = _text(after[0])
    return len(after) == 2 and len(text.split()) <= SPEAKER_WORDS \
        and has_heading_shape(text) and isinstance(after[1], Paragraph) \
        and _is_speech(_text(after[1]))


def record_sections(blocks: list[Any]) -> list[Any] | None:
    """The blocks of a record of proceedings read as one programme section (see the
    module); None when the paper prints fewer than two clock times alone on a line or no
    numbered item heading before them."""
    clocks = [i for i, b in enumerate(blocks) if _is_clock(b)]
    if len(clocks) < 2 or not any(_opens_a_turn(blocks[i + 1:i + 3]) for i in clocks):
        return None
    numbered = [i for i in range(clocks[0])
                if isinstance(blocks[i], Paragraph) and blocks[i].number is not None]
    if not numbered:
        return None
    at = numbered[-1]
    item = blocks[at]
    entries = [(i, *e) for i in range(at) if (e := _entry(blocks[i])) is not None]
    entry_at, heading = _heading_of(item, entries)
    out: list[Any] = []
    for i, block in enumerate(blocks[:at]):
        if i == entry_at:
            out.insert(0, Heading(Inline(heading), 1, None, block.location))  # (the title)
        elif _entry(block) is not None:  # (another item of the meeting: text)
            out.append(Paragraph(block.text, None, block.location))
        else:
            out.append(block)
    out.append(Paragraph(Inline(heading), "1", item.location))
    rest = _text(item)[len(heading):].strip()
    if rest:  # (the turn the reader joined to the heading: on the lines after it)
        out.append(Paragraph(Inline(rest), None, Location(line=(item.location.line or 0) + 1)))
    return out + blocks[at + 1:]


def is_work_sentence(sentence: str) -> bool:
    """Whether a sentence of the statement reports a dated piece of work: it names a
    month, quarter, season or span ("by the end of June 2026", "In the last 12 months"),
    names no £ amount (an announced sum is a grant) and does not open by pointing back
    ("That is more than ...").

    Examples
    --------
    >>> is_work_sentence("The homes were completed in January.")
    True
    >>> [is_work_sentence(s) for s in ("We will invest £5 million in May 2026.",
    ...  "That is more than we promised in September.", "I thank the Member.")]
    [False, False, False]
    """
    return "£" not in sentence and _WHEN.search(sentence) is not None \
        and _BACK_REFERENCE.match(sentence) is None


def _speaker(row: Any, nxt: Any) -> tuple[str | None, str]:
    """(speaker, speech) of a row: a bold run-in's name and the words after it; a short
    line shaped as a heading over a paragraph of speech, and no speech; else (None, the
    row's text)."""
    raw = row.raw.strip()
    m = _RUN_IN.match(raw) if raw.startswith("**") else None
    if m is not None and (m.group(1).rstrip().endswith(":") or m.group(2)):
        return m.group(1).strip().rstrip(":"), clean_text(raw[m.end():])
    text = row.text
    if nxt is not None and len(text.split()) <= SPEAKER_WORDS and has_heading_shape(text) \
            and not _CLOCK.fullmatch(text) and _is_speech(nxt.text):
        return text, ""
    return None, text


def _is_speech(text: str) -> bool:
    return text.rstrip().endswith((".", "?", "!", "]")) and len(text.split()) >= SPEECH_WORDS


def _turns(rows: list[Any]) -> list[tuple[str | None, Any, str]]:
    """(speaker, row, speech) of each row after the section heading, in order."""
    out: list[tuple[str | None, Any, str]] = []
    current: str | None = None
    for k, row in enumerate(rows):
        name, speech = _speaker(row, rows[k + 1] if k + 1 < len(rows) else None)
        if name is not None:
            current = name
        out.append((current, row, speech if _is_speech(speech) else ""))
    return out


def record_rows(selected: list[Any]) -> list[Any] | None:
    """The rows of a record's item: its heading row named by the programme it names,
    then one bullet row per sentence of work of the statement's maker (the speaker with
    the most words); other rows kept as they are. None when no sentence is one of work.

    Examples
    --------
    >>> rows = [_Row("paragraph", 1, None, None, "Statement: Roads Fund", 5),
    ...         _Row("text", 1, None, None, "Jo Bloggs (The Minister)", 7),
    ...         _Row("text", 1, None, None, "Thanks. Work began in May. More soon.", 9)]
    >>> [(r.kind, r.text) for r in record_rows(rows)]
    [('paragraph', 'Roads Fund'), ('text', 'Jo Bloggs (The Minister)'), \
('bullet', 'Work began in May.')]
    """
    at = next((k for k, r in enumerate(selected) if r.kind == "paragraph"), None)
    if at is None:
        return None
    head, rest = selected[at], selected[at + 1:]
    turns = _turns(rest)
    words: dict[str, int] = {}
    for name, _row, speech in turns:
        if name is not None:
            words[name] = words.get(name, 0) + len(speech.split())
    if not words:
        return None
    maker = max(words, key=lambda n: words[n])
    name = head.text.rsplit(": ", 1)[-1].strip()
    section = _Row("paragraph", head.paragraph, head.heading, head.heading_line, name,
                   head.source_line, lines=list(head.lines), number=head.number)
    out: list[Any] = [*selected[:at], section]
    items = 0
    for speaker, row, speech in turns:
        sentences = [s for s in split_sentences(speech) if is_work_sentence(s)] \
            if speaker == maker else []
        out.extend(_Row("bullet", row.paragraph, row.heading, row.heading_line, s,
                        row.source_line, lines=list(row.lines)) for s in sentences)
        items += len(sentences)
        if not sentences:
            out.append(row)
    return out if items else None

