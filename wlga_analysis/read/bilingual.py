"""Bilingual papers printed side by side: a table whose two columns are headed by the two
languages ("Cymraeg | English", "English | Welsh") holds the whole paper twice, a paragraph,
heading or list a row. The English column is the paper as the loaders read it; the Welsh
column is the same paper in Welsh. Each such table is replaced by the blocks of its English
cells, in order, with a note naming the table and the column left unread (so that nothing
is lost without a word: the note says where the Welsh text is).

A paper may also print the whole of itself twice, one language after the other ("Mae'r
fersiwn Saesneg yn dilyn ..."): :func:`welsh_part` finds the lines of the Welsh half by the
words each line is written in, and they are left unread (reported), line numbers unchanged.

The interpreters read the text form, a line a block; a cell holds many blocks on one line.
So a paper with such a table is read as the text form of its English column
(:func:`read_in_english`): its line numbers are those of that text, as for a Word file, a
PDF or a web page (the note says so).

Examples
--------
>>> from wlga_analysis.read.model import Cell, Inline, Paragraph, Table
>>> def cell(text): return Cell((Paragraph(Inline(text)),))
>>> table = Table((cell("Cymraeg"), cell("English")),
...               ((cell("1. Pwrpas"), cell("1. Purpose")),))
>>> blocks, notes = english_column([table])
>>> [(b.number, b.text.text) for b in blocks], notes[0].kind
([('1', 'Purpose')], 'bilingual table')
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wlga_analysis.text.lazy import LazyPattern

if TYPE_CHECKING:  # (the model is imported only for a paper with a table of two languages)
    from wlga_analysis.read.model import Block, DocumentModel, Note, Table

__all__ = ["LANGUAGE_HEADERS", "english_column", "has_language_header", "read_in_english",
           "welsh_part"]

#: Header names of a column in each language (case and spacing folded).
LANGUAGE_HEADERS: dict[str, frozenset[str]] = {
    "english": frozenset({"english", "saesneg"}),
    "welsh": frozenset({"cymraeg", "welsh"}),
}


_ANY_LANGUAGE = "|".join(sorted(set().union(*LANGUAGE_HEADERS.values())))
#: A header row of the two languages, as the text form prints it (tab or pipe separated).
_HEADER_LINE = LazyPattern(rf"(?i)[ \t|*]*+(?:{_ANY_LANGUAGE})[ *]*+(?:\t|\|)"
                          rf"[ \t*]*+(?:{_ANY_LANGUAGE})[ \t|*]*+")


def has_language_header(lines: tuple[str, ...] | list[str]) -> bool:
    """Whether a text-form document has a table headed by the two languages.

    Examples
    --------
    >>> has_language_header(["| Cymraeg | English |", "|---|---|"])
    True
    >>> has_language_header(["| CYMRAEG | ENGLISH |"]), has_language_header(["| Area | Lead |"])
    (True, False)
    """
    # only a short line of cells can be the header: those, and a quick test first on
    # them (the English column's name, case folded)
    cells = [line for line in lines if len(line) < 60 and ("\t" in line or "|" in line)]
    if not cells:
        return False
    text = "\n".join(cells).casefold()
    if not any(name in text for name in LANGUAGE_HEADERS["english"]):
        return False
    return any(_HEADER_LINE.fullmatch(line) for line in cells)


def _language(header: str) -> str | None:
    name = " ".join(header.split()).strip(" *:").casefold()
    return next((lang for lang, names in LANGUAGE_HEADERS.items() if name in names), None)


def _english_index(table: Table) -> int | None:
    """The index of the English column of a two-language table, else None."""
    languages = [_language(h) for h in table.header_text]
    if sorted(lang for lang in languages if lang) != ["english", "welsh"] \
            or None in languages:
        return None
    return languages.index("english")


def _as_printed(block: Block) -> Block:
    """A cell's line as the same line printed on the page reads: "- A bullet" is a list
    item (a cell keeps it a paragraph of text)."""
    from wlga_analysis.read.blocks import block_from_text
    from wlga_analysis.read.model import Paragraph

    if isinstance(block, Paragraph) and block.number is None:
        return block_from_text(block.text, block.location)
    return block


def english_column(blocks: list[Block]) -> tuple[list[Block], list[Note]]:
    """``blocks`` with each two-language table replaced by its English cells' blocks.

    Parameters
    ----------
    blocks : list of Block
        A document's blocks, in reading order.

    Returns
    -------
    (list of Block, list of Note)
        The blocks, and one note for each table read so.
    """
    from wlga_analysis.read.model import Note, Table

    if not any(isinstance(b, Table) for b in blocks):
        return blocks, []
    out: list[Block] = []
    notes: list[Note] = []
    for block in blocks:
        english = _english_index(block) if isinstance(block, Table) else None
        if english is None:
            out.append(block)
            continue
        welsh = 1 - english
        for row in block.rows:
            if english < len(row):
                out.extend(_as_printed(b) for b in row[english].blocks)
        notes.append(Note(block.location, "bilingual table",
                          f"a table headed {' | '.join(block.header_text)!r}: its "
                          f"{block.header_text[english]!r} column is read; its "
                          f"{block.header_text[welsh]!r} column, the same paper in Welsh, "
                          f"is not ({len(block.rows)} rows)"))
    return out, notes


def read_in_english(model: DocumentModel) -> DocumentModel | None:
    """``model`` with its two-language tables read as their English columns, or None when
    it has none.

    Examples
    --------
    >>> from wlga_analysis.read.model import Cell, DocumentModel, Inline, Paragraph, Table
    >>> def cell(text): return Cell((Paragraph(Inline(text)),))
    >>> table = Table((cell("English"), cell("Cymraeg")),
    ...               ((cell("- Done in May."), cell("- Wedi'i wneud ym mis Mai.")),))
    >>> read = read_in_english(DocumentModel([table]))
    >>> type(read.blocks[0]).__name__, read.blocks[0].text.text, read.notes[0].kind
    ('ListItem', 'Done in May.', 'bilingual table')
    """
    from wlga_analysis.read.model import DocumentModel

    blocks, notes = english_column(model.blocks)
    if not notes:
        return None
    return DocumentModel(blocks=blocks, path=model.path, form=model.form, reader=model.reader,
                         notes=[*model.notes, *notes])


#: Short words common in Welsh and not English, and the reverse: a line's language is told
#: by which it uses (names and figures are neither).
_WELSH_WORDS = frozenset({
    "yn", "yr", "mae", "bod", "wedi", "sydd", "gyda", "ac", "eu", "ei", "gan", "hefyd", "neu",
    "fel", "drwy", "rhwng", "ym", "yng", "hyn", "hynny", "cael", "oedd", "fydd", "bydd", "mewn",
    "gyfer", "i'r", "o'r", "y", "ar", "ydy", "yw", "dros"
})
_ENGLISH_WORDS = frozenset({
    "the", "and", "of", "to", "is", "that", "for", "with", "are", "be", "this", "was", "by", "on",
    "have", "has", "from", "will", "their", "which"
})
_WORD = LazyPattern(r"[a-zâêîôûŵŷáéíóúàèìòùäëïöü']+")
#: The least number of telling words each half must use.
_LEAST_WORDS = 8


def _line_language(line: str) -> tuple[str | None, int]:
    """("welsh" or "english" or None, the number of telling words) of one line."""
    words = _WORD.findall(line.lower())
    welsh = sum(w in _WELSH_WORDS for w in words)
    english = sum(w in _ENGLISH_WORDS for w in words)
    if welsh >= 2 and welsh > 3 * english:
        return "welsh", welsh
    if english >= 2 and english > 3 * welsh:
        return "english", english
    return None, 0


#: Welsh words common enough that a half of a paper in Welsh prints many of them: counted
#: in the whole text first (a quick test that spares an English paper the reading of every
#: line by its words).
_WELSH_MARKS = (" yn ", " mae ", " ac ", " yr ", " wedi ", " sydd ", " gyda ", " ar gyfer ")


def _may_be_welsh(lines: tuple[str, ...] | list[str]) -> bool:
    text = "\n".join(lines)
    return sum(text.count(mark) for mark in _WELSH_MARKS) >= _LEAST_WORDS


def welsh_part(lines: tuple[str, ...] | list[str]) -> tuple[int, int] | None:
    """The first and last line numbers (1-based) of a paper's Welsh half, when the paper
    prints all of itself in Welsh then in English, or in English then in Welsh; else None.

    The lines of each half, told by their words, must follow one another: a paper with
    Welsh lines here and there (a Welsh quotation, a place name) has no Welsh half.

    Examples
    --------
    >>> welsh = ["# Adroddiad", "Mae'r grŵp wedi cyfarfod yn y gwanwyn ac yn yr haf.",
    ...          "- Mae pob cyngor wedi cyhoeddi cynllun ar gyfer y flwyddyn.",
    ...          "- Bydd y grŵp yn adrodd i'r Cyngor yn yr hydref."]
    >>> english = ["# Report", "The group has met in the spring and in the summer.",
    ...            "- Each council has published a plan for the year.",
    ...            "- The group will report to the Council in the autumn."]
    >>> welsh_part(welsh + english), welsh_part(english + welsh), welsh_part(english)
    ((1, 4), (5, 8), None)
    """
    if not _may_be_welsh(lines):
        return None
    told = [(n, *_line_language(line)) for n, line in enumerate(lines, start=1)
            if line.strip()]
    told = [(n, lang, count) for n, lang, count in told if lang is not None]
    if not told:
        return None
    first = told[0][1]
    switch = next((k for k, (_, lang, _) in enumerate(told) if lang != first), None)
    if switch is None or any(lang == first for _, lang, _ in told[switch:]):
        return None  # one language, or the two mixed
    if sum(c for _, _, c in told[:switch]) < _LEAST_WORDS \
            or sum(c for _, _, c in told[switch:]) < _LEAST_WORDS:
        return None
    end_of_first = told[switch - 1][0]
    if first == "welsh":
        return 1, end_of_first
    return end_of_first + 1, len(lines)
