"""Recommendations printed as bold sentences that close a paragraph: a consultation response.

An association's response to a consultation answers each question ("Question 3: Do you
agree ...?", "Response:") in paragraphs numbered straight through the paper (1, 2, ... N:
paragraph numbers, not recommendation numbers), under the consultation's section headings;
what it asks for is a **bold** sentence that closes some of those paragraphs: "Yes. Local
discretion is essential. **We recommend that the Welsh Government publishes updated
guidance ...**". The prose reader (:mod:`.prose`, :mod:`.unnumbered`) reads them as
recommendations printed with no number, with two rules of this module:

- **a bold sentence is a sentence**: a sentence whose first word is bold starts after the
  full stop before it even though the splitter sees "<b>" rather than a capital there
  (:func:`split_sentences`), so that the bold "We recommend that ..." is a sentence of its
  own and opens a recommendation, its paragraph's earlier sentences being the area's text;
  a plain "As we recommended in 2022, ..." is no recommendation (it does not open with a
  phrase of kind ``recommends``); a bold one opens a recommendation inside a list item too
  ("- Yes. **We recommend that ...**", :func:`opens_in_bold`), where a plain sentence after
  an item's first continues it;
- **owners from the "that" clause**: "We recommend that the Welsh Government publishes ..."
  names its owners by the subject of the clause, read as a "That ..." recommendation's
  (:func:`.that_subject.that_subject_owners`: "the Welsh Government" -> WG, "councils" ->
  LG, "the Welsh Government and the WLGA jointly commission" -> WG, WLGA), with a known
  body it is to work "with" after them (:func:`.subject_partners.subject_partners`)
  (:func:`recommend_that_owners`);
- **no activities**: a paper that answers a consultation's questions ("Question 3: ..." over
  "Response:", :func:`answers_questions`) gives views, not work done: its sentences ("Councils
  already consider housing need ...") are its areas' text, none an activity, as in a
  committee report.

Their areas are the section headings they stand under (a section with no recommendation,
"Welsh language", is no area); they are numbered in reading order, as :mod:`.unnumbered`
reports.

Examples
--------
>>> split_sentences("Councils need time. <b>We recommend that it is done.</b>")
['Councils need time.', '<b>We recommend that it is done.</b>']
>>> from wlga_analysis.interpret.recommendations.owners import OwnerCodes
>>> known = OwnerCodes.from_rows([("WG", "Welsh Government", ""), ("WLGA", None, None),
...                               ("LG", "Local government", "councils")])
>>> recommend_that_owners("We recommend that councils and the Welsh Government run it.",
...                       known)
['LG', 'WG']
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wlga_analysis.text.regex_cache import compile_regex
from wlga_analysis.text.sentences import split_sentences as _plain_sentences

if TYPE_CHECKING:
    from wlga_analysis.read.model import Block

__all__ = ["answers_questions", "opens_in_bold", "recommend_that_owners", "split_sentences"]

#: The white space after a sentence's closing mark before a sentence that opens in bold
#: ("prepare. <b>We recommend"), the bold mark kept with the sentence it opens.
_BOLD_START = compile_regex(r"\s(?<=[.!?]\s)\s*(?=<b>\s*[A-Z\u00a3(\"'])"
                            r"|(?<=[.!?])(?=<b>\s+[A-Z\u00a3(\"'])")  # (".<b> We": its space bold)
#: "We recommend that ", "We would recommend that ", "The WLGA recommends that ", "The
#: task group recommends that ", "It also recommends that " (the group, named before): the
#: clause's "that" is where its subject starts.
_RECOMMEND_THAT = compile_regex(r"(?i)^\s*(?:we|it|the\s+[\w-]+(?:\s+[\w-]+){0,3}?)\s+"
                                r"(?:also\s+|would\s+|therefore\s+|further\s+)?recommends?\s+"
                                r"(?=that\s)")


def split_sentences(text: str) -> list[str]:
    """The sentences of ``text`` (HTML, bold as ``<b>``), as
    :func:`wlga_analysis.text.sentences.split_sentences` splits them, and at a sentence that
    opens in bold after a full stop.

    Parameters
    ----------
    text : str
        A paragraph's text as HTML.

    Returns
    -------
    list of str
        Its sentences, in order.

    Examples
    --------
    >>> split_sentences("Yes. It is. <b>We recommend that X acts.</b> It should.")
    ['Yes.', 'It is.', '<b>We recommend that X acts.</b> It should.']
    >>> split_sentences("<b>Recommendation 1.</b> Act."), split_sentences("Yes.<b> We act.</b>")
    (['<b>Recommendation 1.</b> Act.'], ['Yes.', '<b> We act.</b>'])
    """
    parts = _plain_sentences(text)
    if "<b>" not in text:  # (the cheap test first: most paragraphs hold no bold)
        return parts
    return [piece for part in parts for piece in _BOLD_START.split(part)]


def opens_in_bold(raw: str) -> bool:
    """Whether a sentence (HTML, bold as ``<b>``) opens in bold.

    Examples
    --------
    >>> opens_in_bold("<b>We recommend that X acts.</b>"), opens_in_bold("We recommend it.")
    (True, False)
    """
    return raw.lstrip().startswith("<b>")


def recommend_that_owners(text: str, known: frozenset[str]) -> list[str] | None:
    """The owners a recommendation worded "We recommend that <subject> <verb> ..." names by
    the subject of its "that" clause, with a known body it is to work "with" after them;
    None for another wording, or a subject that names no known owner.

    Parameters
    ----------
    text : str
        The recommendation's sentence.
    known : frozenset of str
        The owner codes (an :class:`.owners.OwnerCodes`, whose names read as codes).

    Returns
    -------
    list of str or None
        The owners, the subject's first, as codes where known.

    Examples
    --------
    >>> from wlga_analysis.interpret.recommendations.owners import OwnerCodes
    >>> known = OwnerCodes.from_rows([("WG", "Welsh Government", ""), ("WLGA", None, None),
    ...                               ("LG", "Local government", "councils")])
    >>> recommend_that_owners("We recommend that the Welsh Government publishes guidance.",
    ...                       known)
    ['WG']
    >>> recommend_that_owners("We also recommend that councils work with the WLGA on it.",
    ...                       known)
    ['LG', 'WLGA']
    >>> recommend_that_owners("We recommend that the fees are reviewed.", known) is None
    True
    """
    from wlga_analysis.interpret.recommendations.subject_partners import subject_partners
    from wlga_analysis.interpret.recommendations.that_subject import that_subject_owners

    if "ecommend" not in text[:60]:
        return None
    m = _RECOMMEND_THAT.match(text)
    owners = that_subject_owners(text[m.end():], known) if m is not None else None
    return subject_partners(text, known, owners) if owners else None


#: "Question 3:", "Consultation question 1.", "Question 2 -": a consultation's question.
_QUESTION = compile_regex(r"(?i)\s*(?:consultation\s+)?question\s+\d{1,3}\s*[:.\u2013\u2014-]")
#: "Response:", "Our response", "WLGA response:", "Ymateb:" printed alone, or opening the
#: answer ("Response: Yes. ...").
_RESPONSE = compile_regex(r"(?i)\s*(?:(?:our|the\s+\S+|\S+)\s+)?(?:response|ymateb)\s*"
                          r"(?::|$)")


def answers_questions(blocks: list[Block]) -> bool:
    """Whether a paper answers a consultation's questions: it prints a question ("Question
    3: Do you agree ...?") and a response label ("Response:", "Our response") after one.

    Parameters
    ----------
    blocks : list of Block
        The document's blocks (:mod:`wlga_analysis.read.model`).

    Returns
    -------
    bool

    Examples
    --------
    >>> from wlga_analysis.read.model import Inline, Location, Paragraph
    >>> def para(text):
    ...     return Paragraph(Inline(text), None, Location())
    >>> answers_questions([para("Question 1: Do you agree?"), para("Response:"), para("Yes.")])
    True
    >>> answers_questions([para("Consultation question 2. Why?"), para("The WLGA's response")])
    True
    >>> answers_questions([para("Recommendation 1: Act."), para("Response: Accept")])
    False
    """
    asked = False
    for block in blocks:
        text = block.text.text if hasattr(block, "text") else ""  # (a table has none)
        if not asked:  # (the cheap test first: the word near the start)
            asked = "uestion" in text[:30] and _QUESTION.match(text) is not None
        elif len(text) <= 60 and _RESPONSE.match(text) is not None:
            return True
    return False
