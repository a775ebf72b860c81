"""Programme interpreter: progress written as prose, one item a sentence.

Some updates print their progress with no list at all: numbered paragraphs under the
progress heading, each a few sentences ("3. Financial resilience. Peer reviews of financial
plans were completed in four councils. A further three reviews are planned for Q1 25/26.").
A careful reader takes each such paragraph as a section and each sentence that reports a
piece of work as one of its items (3.1, 3.2). A short first sentence that only names
something ("Financial resilience.": a few words, no verb) names the section and is not an
item; a paragraph that opens with a sentence of work has no name of its own, and its
section is called by the heading it stands under ("Progress").

Examples
--------
>>> section_name_sentence(["Financial resilience.", "Reviews were completed."])
'Financial resilience'
>>> section_name_sentence(["Reviews were completed.", "More are planned."]) is None
True
"""

from __future__ import annotations

import re
from typing import Any

from wlga_analysis.interpret.programme.common import _Row
from wlga_analysis.read.text_lines import has_heading_shape
from wlga_analysis.text.sentences import split_sentences
from wlga_analysis.text.tense import clause_tense

__all__ = ["has_auxiliary_verb", "prose_rows", "section_name_sentence"]

#: The longest section name a first sentence can be, in words.
NAME_WORDS = 6
#: Auxiliary and linking verbs (a closed class of English): a sentence with one says
#: something happened or will; a section's name has none.
_VERB = re.compile(r"(?i)\b(?:is|are|was|were|be|been|being|has|have|had|will|would|shall|"
                   r"should|can|could|may|might|must|do|does|did|remains?|continues?)\b")
#: A word in the past tense after the first word ("Training delivered."): a verb.
_PAST_FORM = re.compile(r"\s[A-Za-z]{2,}ed\b")


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


def prose_rows(selected: list[Any]) -> list[Any] | None:
    """The rows of a progress section written as prose: each numbered paragraph as a
    section heading row (its name, see :func:`section_name_sentence`, else its heading's)
    followed by one bullet row per sentence of work; None when ``selected`` holds no
    numbered paragraph, or one shaped as a heading ("6. Programme Set Up" with nothing
    under it is a section whose items are missing, not prose). Other rows are kept as
    they are.

    Examples
    --------
    >>> from wlga_analysis.interpret.programme.common import _Row
    >>> para = _Row("paragraph", 3, "Progress", 5, "Data. A model was piloted. It works.", 7)
    >>> [(r.kind, r.text) for r in prose_rows([para])]
    [('paragraph', 'Data'), ('bullet', 'A model was piloted.'), ('bullet', 'It works.')]
    >>> prose_rows([_Row("paragraph", 6, "Progress Update", 5, "Programme Set Up", 7)]) is None
    True
    """
    paragraphs = [r.text for r in selected if r.kind == "paragraph"]
    if not paragraphs or any(has_heading_shape(text) for text in paragraphs):
        return None
    out: list[Any] = []
    for r in selected:
        if r.kind != "paragraph":
            out.append(r)
            continue
        sentences = [s for s in split_sentences(r.text) if s.strip()]
        name = section_name_sentence(sentences)
        if name is not None:
            sentences = sentences[1:]
        out.append(_Row("paragraph", r.paragraph, r.heading, r.heading_line,
                        name or r.heading or "", r.source_line, lines=list(r.lines),
                        number=r.number))
        out.extend(_Row("bullet", r.paragraph, r.heading, r.heading_line, sentence,
                        r.source_line, lines=list(r.lines)) for sentence in sentences)
    return out
