"""Programme interpreter: an update written as a LETTER, a paragraph per priority opening
with a run-in lead.

A chief executive may report a programme's progress to a Minister in a letter: letterhead,
reference, the addressee, the date, "Dear Minister,", a bold subject line, an opening
paragraph, then one paragraph per priority opening with a bold run-in lead ("**Workforce.**
Since my last letter ..."), each action one sentence; a closing paragraph, "Yours
sincerely", the signature, a "cc:" list, and perhaps an annex that repeats some actions in
short words (``Priority | Action | Position``).

A careful reader takes each lead as a section, numbered in reading order (nothing is
numbered), and each sentence of its paragraph that reports a piece of work as one item, as
in a paper of numbered prose paragraphs (:mod:`.prose`). The opening and closing
paragraphs of the letter frame it: no items. The annex after the signature repeats actions
already counted as the letter's sentences: it is read as a section that frames the paper
(list ``appendix heading``), its rows kept in the paragraphs table and reported ("table
row not an item"), never added as items a second time (a rule that holds for any annex of
a letter: the letter's body is the report, the annex a summary of it).

The body is what stands between the LAST salutation ("Dear ...") before the first closing
("Yours sincerely / faithfully / truly") and that closing (an e-mail's covering note, with
its own "Dear ..." and "Kind regards", stands before the letter).

The items are the sentences of the lead paragraphs only (:func:`letter_rows`): the
opening and closing paragraphs, the signature and the "cc:" list are text. A sentence that
names a grant's amount and no month of work ("This work is funded by the Workforce
Resilience Grant of £610,000 for 2025-26.") tells the funding, not an action: it is kept
as text (its grant is read as any grant in prose is); one that dates the work it funded
("The ... Fund award of £180,000 allowed us to appoint two champions in November 2025.")
is an action.

A lead is the bold start
of a paragraph ending with a full stop or colon, of up to :data:`LEAD_WORDS` words, or, in
a text form that lost the bold, the same words printed as a sentence of their own with no
verb ("Workforce. Since ..."); at least two paragraphs of the body must open with one, else
the paper is not such a letter (the rule returns None after one look at the blocks' first
words).

Examples
--------
>>> from wlga_analysis.read.model import Inline, Paragraph
>>> p = lambda text, bold=(): Paragraph(Inline(text, bold))
>>> blocks = [p("Dear Minister,"), p("I write to update you."),
...           p("Roads. Two schemes were completed in May.", ((0, 6),)),
...           p("Schools. A new school opened.", ((0, 8),)), p("Yours sincerely,"), p("A Jones")]
>>> [(b.number, b.text.text) for b in letter_sections(blocks)][1:4]
... # doctest: +NORMALIZE_WHITESPACE
[(None, 'I write to update you.'), ('1', 'Roads. Two schemes were completed in May.'),
 ('2', 'Schools. A new school opened.')]
"""

from __future__ import annotations

from typing import Any

from wlga_analysis.read.model import Heading, Paragraph
from wlga_analysis.text.lazy import LazyPattern

__all__ = ["letter_rows", "letter_sections"]

#: The longest run-in lead, in words.
LEAD_WORDS = 5

_CLOSING = LazyPattern(r"(?i)^yours[ \t]++(?:sincerely|faithfully|truly|ever)\b")
_SALUTATION = LazyPattern(r"^Dear[ \t]++\S[^.!?]{0,60}+[,:]?$")
#: A lead printed as a sentence of its own: "Workforce.", "Climate and nature." (no digit).
_PLAIN_LEAD = LazyPattern(r"^([A-Z][A-Za-z'’-]*+(?:[ \t][A-Za-z'’&-]++){0,4}+)[.][ \t]++[A-Z]")
#: A word that makes a short sentence a statement, not a lead ("Thanks.", "We did.").
_NOT_A_LEAD = LazyPattern(r"(?i)\b(?:i|we|you|it|thanks?|is|are|was|were|has|have|had|will|"
                          r"please|hello|dear|yours|regards)\b")


def _text(block: Any) -> str:
    return block.text.text.strip() if block.__class__ in (Paragraph, Heading) else ""


def _lead(block: Any) -> str | None:
    """The run-in lead a body paragraph opens with ("Workforce"), else None."""
    if block.__class__ is not Paragraph or block.number is not None:
        return None
    text = block.text.text
    bold = block.text.bold
    if bold and bold[0][0] == 0:  # "**Workforce.** Since ...": the bold start
        lead = text[:bold[0][1]].strip()
        rest = text[bold[0][1]:].strip()
        if lead[-1:] in ".:" and rest and len(lead.split()) <= LEAD_WORDS:
            return lead[:-1].strip() or None
        return None
    m = _PLAIN_LEAD.match(text)
    if m is None or _NOT_A_LEAD.search(m.group(1)):
        return None
    return m.group(1)


def _body(blocks: list[Any]) -> tuple[int, int] | None:
    """(salutation, closing): the places of the letter's "Dear ..." and "Yours ..."."""
    closing = next((i for i, b in enumerate(blocks) if _CLOSING.match(_text(b))), None)
    if closing is None:
        return None
    salutation = next((i for i in range(closing - 1, -1, -1)
                       if _SALUTATION.match(_text(blocks[i]))), None)
    return None if salutation is None else (salutation, closing)


def letter_sections(blocks: list[Any]) -> list[Any] | None:
    """The blocks of a letter whose body's paragraphs open with run-in leads, each such
    paragraph a numbered section ("1", "2" ... in reading order; its first sentence, the
    lead, names it), the body's other paragraphs and the closing lines text of no section,
    and a heading after the signature ("Annex: ...") the next numbered section (framing
    the paper); None when the paper is not such a letter (see the module).

    Parameters
    ----------
    blocks : list of Block
        The document model's blocks.

    Returns
    -------
    list of Block or None

    Examples
    --------
    >>> letter_sections([]) is None
    True
    """
    # (one cheap look: a letter has a closing "Yours ..." line)
    if not any(b.__class__ is Paragraph and b.text.text[:5] in ("Yours", "YOURS", "yours")
               for b in blocks):
        return None
    found = _body(blocks)
    if found is None:
        return None
    salutation, closing = found
    leads = {i: lead for i in range(salutation + 1, closing)
             if (lead := _lead(blocks[i])) is not None}
    if len(leads) < 2:
        return None
    out: list[Any] = []
    number = 0
    for i, block in enumerate(blocks):
        if i in leads:
            number += 1
            lead = leads[i]
            rest = block.text.text[block.text.text.find(lead) + len(lead) + 1:].strip()
            out.append(Paragraph(type(block.text)(f"{lead}. {rest}"), str(number),
                                 block.location))
            continue
        annex = i > closing and block.__class__ in (Paragraph, Heading) and _is_annex(block)
        number += annex
        out.append(_other_block(block, number if annex else None,
                                number > 0 and salutation < i and not annex))
    return out


def _other_block(block: Any, number: int | None, after_a_lead: bool) -> Any:
    """A block of a letter that is no lead paragraph: an annex heading numbered (framing
    the paper), an un-numbered paragraph after the first lead (the closing words, the
    signature, the "cc:" list) as text of no item, any other block as it is."""
    from wlga_analysis.interpret.programme.themes import ThemeText

    if number is not None:
        return Paragraph(block.text, str(number), block.location)
    if after_a_lead and block.__class__ is Paragraph and block.number is None:
        return ThemeText(block.text, None, block.location)
    return block


def _is_annex(block: Any) -> bool:
    """A heading-shaped line after the signature that opens an annex ("Annex: ...")."""
    from wlga_analysis.interpret.programme.layouts import is_other_section

    text = _text(block)
    return len(text.split()) <= 10 and not text.endswith(".") and is_other_section(text)


#: A month's name: a sentence that names one dates a piece of work.
_MONTH = LazyPattern(r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*+\b")


def _funding_only(sentence: str) -> bool:
    """A sentence that names a grant's amount and no month: the funding, not an action.

    Examples
    --------
    >>> _funding_only("The Net Zero Grant of £95,000 for 2025-26 supports both pieces of work.")
    True
    >>> _funding_only("The Fund award of £180,000 let us appoint two champions in May 2025.")
    False
    """
    from wlga_analysis.interpret.programme.common import vocabulary

    return "£" in sentence and vocabulary().funding.search(sentence) is not None \
        and _MONTH.search(sentence) is None


def letter_rows(selected: list[Any]) -> list[Any] | None:
    """The rows of a letter's body (:func:`letter_sections`): each lead paragraph (a
    numbered ``paragraph`` row) as its section heading row and one bullet row per sentence
    of work; every other row (the opening and closing paragraphs, the signature) and a
    sentence that only names funding as ``text`` rows, no items; None when no lead
    paragraph holds a sentence of work.

    Examples
    --------
    >>> from wlga_analysis.interpret.programme.common import _Row
    >>> rows = [_Row("paragraph", 1, None, None, "Roads. A bridge opened in May. "
    ...              "The Roads Grant of £5,000 for 2025-26 pays for it.", 7),
    ...         _Row("text", 1, None, None, "I hope this helps.", 9)]
    >>> [(r.kind, r.text) for r in letter_rows(rows)]  # doctest: +NORMALIZE_WHITESPACE
    [('paragraph', 'Roads'), ('bullet', 'A bridge opened in May.'),
     ('text', 'The Roads Grant of £5,000 for 2025-26 pays for it.'), ('text', 'I hope this helps.')]
    """
    from wlga_analysis.interpret.programme.common import _Row
    from wlga_analysis.interpret.programme.prose import _section_row

    out: list[Any] = []
    items = 0
    for r in selected:
        if r.kind != "paragraph" or r.paragraph is None:
            out.append(r)
            continue
        row, sentences = _section_row(r)
        out.append(row)
        for sentence in sentences:
            funding = _funding_only(sentence)
            items += not funding
            out.append(_Row("text" if funding else "bullet", r.paragraph, r.heading,
                            r.heading_line, sentence, r.source_line, lines=list(r.lines)))
    return out if items else None
