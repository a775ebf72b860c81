"""Programme interpreter: progress written as prose, one item a sentence.

Some updates print their progress with no list at all: numbered paragraphs under the
progress heading, each a few sentences ("3. Financial resilience. Peer reviews of financial
plans were completed in four councils. A further three reviews are planned for Q1 25/26.").
A careful reader takes each such paragraph as a section and each sentence that reports a
piece of work as one of its items (3.1, 3.2). A short first sentence that only names
something ("Financial resilience.": a few words, no verb) names the section and is not an
item; a paragraph that opens with a sentence of work has no name of its own, and its
section is called by the heading it stands under ("Progress"). A short numbered paragraph
shaped as a heading ("3. Financial resilience") names its section, whose items are the
sentences of the un-numbered paragraphs under it.

Examples
--------
>>> section_name_sentence(["Financial resilience.", "Reviews were completed."])
'Financial resilience'
>>> section_name_sentence(["Reviews were completed.", "More are planned."]) is None
True
"""

from __future__ import annotations

from typing import Any

from wlga_analysis.interpret.programme.common import _Row
from wlga_analysis.interpret.programme.layouts import group_status, status_line
from wlga_analysis.read.text_lines import has_heading_shape
from wlga_analysis.text.lazy import LazyPattern
from wlga_analysis.text.sentences import split_sentences
from wlga_analysis.text.tense import clause_tense

__all__ = ["BODY_RULES", "PROSE_RULES", "has_auxiliary_verb", "prose_rows", "prose_rule",
           "section_name_sentence"]

#: The section rules (:data:`.sources.SECTION_RULES`) whose sections are prose: their
#: items are read from the rows by :func:`prose_rows`.
PROSE_RULES: tuple[str, ...] = ("self_assessment", "record_turns", "letter_leads",
                                "statement_headings")

#: The prose rules whose body is the report: a table in an appendix after it repeats it
#: (a letter's annex, :mod:`.letter_leads`), it is never the progress.
BODY_RULES: tuple[str, ...] = ("letter_leads",)

#: The longest section name a first sentence can be, in words.
NAME_WORDS = 6
#: Auxiliary and linking verbs (a closed class of English): a sentence with one says
#: something happened or will; a section's name has none.
_VERB = LazyPattern(r"(?i)\b(?:is|are|was|were|be|been|being|has|have|had|will|would|shall|"
                   r"should|can|could|may|might|must|do|does|did|remains?|continues?)\b")
#: A word in the past tense after the first word ("Training delivered."): a verb.
_PAST_FORM = LazyPattern(r"\s[A-Za-z]{2,}ed\b")


def section_name_sentence(sentences: list[str]) -> str | None:
    """The name of a section given by the first of a paragraph's ``sentences`` ("Financial
    resilience." -> "Financial resilience"), or None when the first sentence is an item:
    a name is short (up to :data:`NAME_WORDS` words), shaped as a heading once its full
    stop is dropped, has no verb and no tense, and more sentences follow it.

    Examples
    --------
    >>> section_name_sentence(["Workforce planning.", "A toolkit was published in May."])
    'Workforce planning'
    >>> [section_name_sentence([s, "More follows."]) for s in (
    ...     "Training delivered.", "Work has begun.", "Members met in May.")]
    [None, None, None]
    """
    if len(sentences) < 2:
        return None
    first = sentences[0].strip()
    name = first[:-1].strip() if first.endswith(".") else ""
    if not name or len(name.split()) > NAME_WORDS or not has_heading_shape(name):
        return None
    if has_auxiliary_verb(name) or _PAST_FORM.search(name) \
            or clause_tense(first, 0, len(first)) is not None:
        return None
    return name


def has_auxiliary_verb(text: str) -> bool:
    """Whether ``text`` has an auxiliary or linking verb ("is", "was", "has", "will"): a
    sentence that reports something, not a name.

    Examples
    --------
    >>> has_auxiliary_verb("The work was completed"), has_auxiliary_verb("Shared services")
    (True, False)
    """
    return _VERB.search(text) is not None


def _sentence_rows(r: Any, sentences: list[str]) -> list[Any]:
    """One bullet row per sentence of row ``r`` (each at ``r``'s line)."""
    return [_Row("bullet", r.paragraph, r.heading, r.heading_line, sentence, r.source_line,
                 lines=list(r.lines)) for sentence in sentences]


def _section_row(r: Any) -> tuple[Any, list[str]]:
    """The section heading row a numbered paragraph stands for, and its sentences of
    work: a paragraph shaped as a heading ("3. Financial resilience") is the name alone;
    else its first sentence may name it (:func:`section_name_sentence`), and a section
    with no name of its own takes its heading's."""
    if has_heading_shape(r.text):
        name, sentences = r.text, []
    else:
        sentences = [s for s in split_sentences(r.text) if s.strip()]
        name = section_name_sentence(sentences)
        if name is not None:
            sentences = sentences[1:]
    return _Row("paragraph", r.paragraph, r.heading, r.heading_line, name or r.heading or "",
                r.source_line, lines=list(r.lines), number=r.number), sentences


def _is_prose(r: Any) -> bool:
    """An un-numbered paragraph of running text, not a status line or a group heading."""
    return r.kind == "text" and status_line(r.text) is None and group_status(r.text) is None


def prose_rule(rule: str | None) -> str | None:
    """The section rule ``rule`` when its sections are prose (:data:`PROSE_RULES`), else None.

    Examples
    --------
    >>> prose_rule("statement_headings"), prose_rule("numbered_paragraphs")
    ('statement_headings', None)
    """
    return rule if rule in PROSE_RULES else None


def prose_rows(selected: list[Any], rule: str | None = None) -> list[Any] | None:
    """The rows of a progress section written as prose: each numbered paragraph as a
    section heading row (:func:`_section_row`) followed by one bullet row per sentence of
    work, in it and in the un-numbered paragraphs under it; None when there is no
    sentence of work under a numbered paragraph ("6. Programme Set Up" with nothing under
    it is a section whose items are missing). Other rows are kept as they are.

    Examples
    --------
    >>> from wlga_analysis.interpret.programme.common import _Row
    >>> para = _Row("paragraph", 3, "Progress", 5, "Data. A model was piloted. It works.", 7)
    >>> [(r.kind, r.text) for r in prose_rows([para])]
    [('paragraph', 'Data'), ('bullet', 'A model was piloted.'), ('bullet', 'It works.')]
    >>> prose_rows([_Row("paragraph", 6, "Progress Update", 5, "Programme Set Up", 7)]) is None
    True
    >>> rows = [_Row("paragraph", 4, "Progress", 5, "Workforce", 7),
    ...         _Row("text", 4, "Progress", 5, "A toolkit was published. Training began.", 9)]
    >>> [r.text for r in prose_rows(rows)]
    ['Workforce', 'A toolkit was published.', 'Training began.']
    """
    if rule == "record_turns":  # (a record's speaker turns: .record)
        from wlga_analysis.interpret.programme.record import record_rows

        return record_rows(selected)
    if rule == "letter_leads":  # (a letter's lead paragraphs: .letter_leads)
        from wlga_analysis.interpret.programme.letter_leads import letter_rows

        return letter_rows(selected)
    if rule == "self_assessment":  # (improvement actions: .self_assessment)
        from wlga_analysis.interpret.programme.self_assessment import assessment_rows

        return assessment_rows(selected)
    out: list[Any] = []
    items = 0
    in_section = False
    for r in selected:
        if r.kind == "paragraph":
            row, sentences = _section_row(r)
            in_section = True
        elif in_section and _is_prose(r):
            row, sentences = None, [s for s in split_sentences(r.text) if s.strip()]
        else:
            out.append(r)
            continue
        if row is not None:
            out.append(row)
        out.extend(_sentence_rows(r, sentences))
        items += len(sentences)
    return out if items else None
