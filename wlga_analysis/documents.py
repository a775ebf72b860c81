"""Reading raw documents safely: provenance, checksums, decoding and line splitting.

Every loader goes through :func:`read_document`, so every kind of bad input (a missing
file, binary junk, text that is not UTF-8, NUL bytes, an absurdly long line, a shipped
file whose checksum changed) ends in one clear :class:`~wlga_analysis.errors.ParseError`
naming the file, and the line where that makes sense.

Examples
--------
>>> doc = read_document(None, "programme")
>>> doc.path.name
'improvement-programme-2021-22-update.txt'
>>> doc.provenance["publisher"]
'Welsh Local Government Association (WLGA)'
>>> doc.lines[4]
'WLGA IMPROVEMENT PROGRAMME 2021-22 UPDATE'
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from wlga_analysis import config
from wlga_analysis.errors import ChecksumError, ParseError
from wlga_analysis.quality import Issue, document_name, emit
from wlga_analysis.read.grid_tables import grid_table_lines as _grid_tables
from wlga_analysis.read.grid_tables import has_grid_rule
from wlga_analysis.read.hard_breaks import hard_break_lines
from wlga_analysis.read.md_dialects import markdown_dialects
from wlga_analysis.read.one_column_tables import has_dash_rule, one_column_table_lines
from wlga_analysis.read.setext import has_setext, setext_lines
from wlga_analysis.read.simple_tables import dash_table_lines, has_dash_columns
from wlga_analysis.text.clean import clean_text  # noqa: F401 (re-exported: the one clean_text)
from wlga_analysis.text.lazy import LazyPattern

#: The two kinds of document the library reads.
KINDS: tuple[str, ...] = ("recommendations", "programme")

#: A line longer than this is not a line of either kind of document (real ones are < 3,000).
MAX_LINE_CHARS: int = 100_000

# C0 control characters other than tab and form feed mean binary data, not text.
_CONTROL_BYTE = LazyPattern(rb"[\x00-\x08\x0b\x0e-\x1f\x7f]")
#: The bytes it matches: bytes.translate deletes them ten times as fast as the regex scans.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F])

#: Characters that print as nothing, or that are not text, and what a line keeps instead
#: (with the name the data-quality note gives them). A BOM opening the file is not one:
#: it only says the file is UTF-8.
INVISIBLE_CHARACTERS: dict[str, tuple[str, str]] = {
    "\u200b": ("", "zero-width space"),
    "\u2060": ("", "word joiner"),
    "\ufeff": ("", "byte-order mark (BOM)"),
    "\u00ad": ("", "soft hyphen"),
    "\u2028": (" ", "line separator (U+2028)"),  # none at either end of a line
    "\u2029": (" ", "paragraph separator (U+2029)"),
    "\ufffe": ("\ufffd", "non-character U+FFFE"),
    "\uffff": ("\ufffd", "non-character U+FFFF"),
}
_SEPARATORS = "\u2028\u2029"


@dataclass(frozen=True)
class Document:
    """A raw document read into memory.

    Attributes
    ----------
    path : Path
        Where it was read from.
    kind : str
        ``"recommendations"`` or ``"programme"``.
    lines : tuple of str
        The text, one entry per line, without line-break characters; ``lines[0]`` is line 1.
    sha256 : str
        Checksum of the bytes read.
    provenance : dict or None
        The provenance record when this is a shipped raw file, else None.
    form : str
        The form the file was in: ``"text"``, ``"html"``, ``"docx"`` or ``"pdf"``; for the
        last three, ``lines`` is the text form printed from what the reader read
        (:mod:`wlga_analysis.read.textform`) and ``sha256`` is the original file's.
    reader : str
        The reader and its library version (``"pypdfium2 5.15.2 (PDFium 144)"``).
    size : int or None
        The original file's size in bytes.
    notes : tuple of Issue
        What reading changed: one data-quality note per line where invisible characters
        were removed or replaced (see :data:`INVISIBLE_CHARACTERS`).

    Examples
    --------
    >>> doc = Document(Path("memo.txt"), "programme", ("Update", "", "1. Progress"), "ab" * 32)
    >>> doc.lines[2]
    '1. Progress'
    >>> str(doc.error("expected a date", line=2))
    'memo.txt, line 2: expected a date'
    >>> shipped = read_document(None, "recommendations")
    >>> shipped.kind, shipped.path.name, shipped.sha256[:12]
    ('recommendations', 'working-group-recommendations.txt', '99dd01ba0f15')
    """

    path: Path
    kind: str
    lines: tuple[str, ...]
    sha256: str
    provenance: dict[str, Any] | None = field(default=None, compare=False)
    form: str = field(default="text", compare=False)
    reader: str = field(default="text", compare=False)
    size: int | None = field(default=None, compare=False)
    model: Any = field(default=None, compare=False, repr=False)
    notes: tuple[Issue, ...] = field(default=(), compare=False)

    def error(self, message: str, line: int | None = None) -> ParseError:
        """Return (not raise) a ParseError for this document, optionally at a 1-based line."""
        return ParseError(message, path=self.path, line=line)


def sha256_of(path: str | Path) -> str:
    """Return the hex sha256 of a file's bytes.

    Examples
    --------
    >>> len(sha256_of(config.PROVENANCE_FILE))
    64
    """
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


@lru_cache(maxsize=4)
def _provenance_cached(path_str: str, text: str) -> tuple[dict[str, Any], ...]:
    try:
        records = json.loads(text)
    except ValueError as exc:
        raise ParseError(f"cannot read the provenance file: {exc}", path=path_str) from None
    if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
        raise ParseError("expected a JSON list of records", path=path_str)
    return tuple(records)


def load_provenance() -> list[dict[str, Any]]:
    """Return the provenance records of the shipped raw documents (one dict per file).

    Examples
    --------
    >>> sorted(r["kind"] for r in load_provenance())
    ['programme', 'recommendations']
    """
    path = config.PROVENANCE_FILE
    try:  # cached on the content itself: a rewrite with the same size and mtime is seen
        text = path.read_text(encoding="utf-8")
    except (OSError, ValueError) as exc:
        raise ParseError(f"cannot read the provenance file: {exc}", path=path) from None
    return [dict(r) for r in _provenance_cached(str(path), text)]


def shipped_record(kind: str) -> dict[str, Any]:
    """Return the provenance record of the shipped document of ``kind``.

    Examples
    --------
    >>> shipped_record("recommendations")["file"]
    'working-group-recommendations.txt'
    """
    _check_kind(kind)
    for record in load_provenance():
        if record.get("kind") == kind:
            return record
    raise ParseError(f"no shipped document of kind {kind!r} is listed",
                     path=config.PROVENANCE_FILE)


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}, not {kind!r}")


def read_document(source: str | Path | None, kind: str) -> Document:
    """Read a document of ``kind`` from ``source`` (default: the shipped raw file).

    The shipped file is checked against the sha256 in ``data/raw/provenance.json``;
    a document given by path is read as it is, with no checksum check.

    Parameters
    ----------
    source : str, Path or None
        Path to a document; None for the shipped one.
    kind : {"recommendations", "programme"}
        What kind of document is expected.

    Returns
    -------
    Document

    Raises
    ------
    ParseError
        If the file is missing, empty, binary, not UTF-8, has a line over
        ``MAX_LINE_CHARS`` characters, or (shipped files) fails its checksum.

    Examples
    --------
    >>> doc = read_document(None, "programme")
    >>> doc.path.name, len(doc.lines)
    ('improvement-programme-2021-22-update.txt', 111)
    >>> doc.sha256 == doc.provenance["sha256"]
    True

    A document given by path is read as it is (no provenance); a bad one fails clearly:

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     path = Path(tmp) / "update.txt"
    ...     _ = path.write_bytes("Update\\r\\n22nd October 2021".encode("utf-8"))
    ...     mine = read_document(path, "programme")
    ...     _ = path.write_bytes(b"\\x89PNG\\x00\\x01")
    ...     read_document(path, "programme")
    Traceback (most recent call last):
    ...
    wlga_analysis.errors.ParseError: .../update.txt, line 1: binary data (a NUL byte at byte
    offset 4); expected a UTF-8 text programme document
    >>> mine.lines, mine.provenance
    (('Update', '22nd October 2021'), None)
    >>> read_document("no-such-file.txt", "programme")
    Traceback (most recent call last):
    ...
    wlga_analysis.errors.ParseError: no-such-file.txt: cannot read the programme document: No
    such file or directory
    """
    _check_kind(kind)
    record = None
    if source is None:
        record = shipped_record(kind)
        path = config.RAW_DIR / record["file"]
    else:
        path = _checked_path(source, kind)
    try:
        stat = path.stat()
    except OSError as exc:
        raise ParseError(f"cannot read the {kind} document: {exc.strerror or exc}",
                         path=path) from None
    if not path.is_file():
        raise ParseError(f"expected a {kind} document file, found a directory or device",
                         path=path)
    from wlga_analysis.read.detect import max_bytes

    limit = max_bytes(path)
    if stat.st_size > limit:
        raise ParseError(
            f"file is {stat.st_size:,} bytes; a {kind} document is expected to be at most "
            f"{limit:,} bytes", path=path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ParseError(f"cannot read the {kind} document: {exc.strerror or exc}",
                         path=path) from None
    # Cached on the content's sha256 (never on size or mtime, which a rewrite can keep).
    return _read_cached(_Content(data), str(path), kind,
                        None if record is None else json.dumps(record, sort_keys=True))


def _checked_path(source: Any, kind: str) -> Path:
    """``source`` as a Path: TypeError for a wrong type, ParseError for a NUL byte."""
    if not isinstance(source, (str, Path)):
        raise TypeError(f"a {kind} document is given by a str or pathlib.Path (or None for "
                        f"the shipped one), not {type(source).__name__}"
                        + ("; decode it with os.fsdecode()" if isinstance(source, bytes)
                           else ""))
    if "\x00" in str(source):
        raise ParseError(f"the path contains a NUL byte; expected the path of a {kind} "
                         "document", path=str(source))
    return Path(source)


class _Content:
    """A file's bytes as a cache key: hashed and compared by their sha256."""

    __slots__ = ("data", "sha256")

    def __init__(self, data: bytes):
        self.data = data
        self.sha256 = hashlib.sha256(data).hexdigest()

    def __hash__(self) -> int:
        return hash(self.sha256)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Content) and other.sha256 == self.sha256


@lru_cache(maxsize=32)
def _read_cached(content: _Content, path_str: str, kind: str,
                 record_json: str | None) -> Document:
    path = Path(path_str)
    record = None if record_json is None else json.loads(record_json)
    digest = content.sha256
    if record is not None and record.get("sha256") and digest != record["sha256"]:
        raise ChecksumError(
            f"raw file has changed: its sha256 is {digest}, but data/raw/provenance.json "
            f"records {record['sha256']}. Raw files are read-only: restore the original "
            "(git checkout -- data/raw) or add the new document as a new file.", path=path)
    from wlga_analysis.read.detect import published_lines

    published = published_lines(content.data, path, kind)  # Word, PDF, web page: the model
    if published is not None:
        model, lines = published
        lines, welsh = _without_welsh_half(lines, path)
        notes = (*_reported_notes(model, path), *welsh)
        emit(notes)
        return Document(path=path, kind=kind, lines=lines, sha256=digest, provenance=record,
                        form=model.form, reader=model.reader, size=len(content.data),
                        model=model, notes=notes)
    lines, notes = decode_document(content.data, path=path, kind=kind, windows_1252=True)
    lines, notes = _read_as_printed(lines, content.data, path, notes)  # mojibake; pages
    lines = disclosure_lines(lines)  # Markdown's raw <details>/<summary> blocks
    lines = hard_break_lines(lines, content.data)  # Markdown's hard line breaks ("  \\")
    lines = _grid_tables(lines) if has_grid_rule(content.data) else lines  # pandoc's +---+
    lines = dash_table_lines(lines) if has_dash_columns(content.data) else lines  # --- ---
    lines = _spaced_tables(lines) if kind == "programme" else lines  # aligned columns
    lines = one_column_table_lines(lines) if has_dash_rule(content.data) else lines  # a box
    lines = setext_lines(lines) if has_setext(content.data) else lines  # underlined headings
    lines, notes = markdown_dialects(lines, content.data, kind, path, notes)  # md_dialects
    english = _read_in_english(lines, path, kind)  # a bilingual paper side by side
    if english is not None:
        model, lines = english
        notes = (*notes, *_reported_notes(model, path))
    lines, welsh = _without_welsh_half(lines, path)  # ... or one language after the other
    notes = (*notes, *welsh)
    emit(notes)  # once per content: later reads come from this cache
    return Document(path=path, kind=kind, lines=lines, sha256=digest, provenance=record,
                    size=len(content.data), notes=notes)


def _spaced_tables(lines: tuple[str, ...]) -> tuple[str, ...]:
    """A programme update's tables laid out in aligned columns as tab rows
    (:mod:`wlga_analysis.interpret.programme.spaced_tables`)."""
    from wlga_analysis.interpret.programme.spaced_tables import spaced_table_lines

    return spaced_table_lines(lines)


def _read_as_printed(lines: tuple[str, ...], data: bytes, path: Path,
                     notes: tuple[Issue, ...]) -> tuple[tuple[str, ...], tuple[Issue, ...]]:
    """``lines`` as the page prints them: mojibake repaired (:mod:`wlga_analysis.text.mojibake`)
    and a printout's page breaks, running headers and TAB-indented bullets read
    (:mod:`wlga_analysis.read.paged_text`), an e-mail thread's quote markers left out
    (:mod:`wlga_analysis.read.email_quotes`), each change noted."""
    from wlga_analysis.read.paged_text import paged_lines
    from wlga_analysis.text.mojibake import repair_mojibake

    lines, repaired = repair_mojibake(lines, document_name(path))
    lines, paged = paged_lines(lines, data, document_name(path))
    from wlga_analysis.read.email_quotes import email_quote_lines

    lines, quoted = email_quote_lines(lines, data, document_name(path))  # "> " of an e-mail
    return lines, (*notes, *repaired, *paged, *quoted)


#: A line of a Markdown page that only opens or closes a disclosure block ("<details>",
#: "</details>", "<details open>"), or that prints its summary ("<summary>3. Data</summary>",
#: also after "<details>" on the same line): group ``summary`` the summary's text.
_DISCLOSURE_LINE = LazyPattern(r"(?i)[ \t]*(?:<details\b[^<>]*>[ \t]*)?"
                               r"(?:</details>[ \t]*)?"
                               r"(?:<summary\b[^<>]*>(?P<summary>.*?)</summary>[ \t]*)?")


def disclosure_lines(lines: tuple[str, ...]) -> tuple[str, ...]:
    """``lines`` with Markdown's raw disclosure blocks unwrapped, as a web browser shows
    them opened: a ``<details>`` or ``</details>`` line left blank and a ``<summary>`` line
    printed as its text, a line of its own (line numbers kept).

    Examples
    --------
    >>> disclosure_lines(("<details>", "<summary>3. Data</summary>", "", "- A plan.",
    ...                   "</details>", "Text <details> kept"))
    ('', '3. Data', '', '- A plan.', '', 'Text <details> kept')
    """
    if not any("<details" in ln or "<summary" in ln for ln in lines):
        return lines
    out = []
    for line in lines:
        m = _DISCLOSURE_LINE.fullmatch(line) if "<" in line else None
        if m is None or not line.strip():
            out.append(line)
        else:
            out.append((m.group("summary") or "").strip())
    return tuple(out)


def _without_welsh_half(lines: tuple[str, ...], path: Path
                        ) -> tuple[tuple[str, ...], tuple[Issue, ...]]:
    """A paper printed in Welsh then in English (or the reverse), or in alternating Welsh
    and English paragraphs: its lines with the Welsh half (or the Welsh twins) blank (line
    numbers kept), and a finding that says which lines were not read."""
    from wlga_analysis.read.bilingual import welsh_part

    part = welsh_part(lines)
    if part is None:
        from wlga_analysis.read.bilingual_pairs import without_welsh_twins

        return without_welsh_twins(lines, document_name(path))
    first, last = part
    issue = Issue(document_name(path), "document", "bilingual paper", "", first,
                  f"lines {first}-{last} are the paper in Welsh (the same paper is printed in "
                  "English): they are not read; the English is")
    return (*lines[:first - 1], *([""] * (last - first + 1)), *lines[last:]), (issue,)


def _read_in_english(lines: tuple[str, ...], path: Path, kind: str
                     ) -> tuple[Any, tuple[str, ...]] | None:
    """A text-form paper printed as a table of two languages: its model read in English
    and the text form of that (see :mod:`wlga_analysis.read.bilingual`); else None."""
    from wlga_analysis.read.bilingual import has_language_header

    if not has_language_header(lines):
        return None
    from wlga_analysis.read.bilingual import read_in_english
    from wlga_analysis.read.text import read_text_lines
    from wlga_analysis.read.textform import render_lines

    model = read_in_english(read_text_lines(lines, path=path))
    return None if model is None else (model, render_lines(model, kind))


#: Reader notes that tell of an anomaly of the file itself, reported as data-quality
#: findings (kind -> check); the others (page furniture removed, a split joined) are the
#: reader doing its work.
REPORTED_READER_NOTES: dict[str, str] = {"nesting": "nested too deep",
                                          "bilingual table": "bilingual paper",
                                          "front matter": "front matter",
                                          "symbol": "unknown symbol",
                                          "encoding": "page encoding",
                                          "imported chunk": "imported chunk not read",
                                          "numbering": "list numbering missing"}


def _reported_notes(model: Any, path: Path) -> tuple[Issue, ...]:
    """The notes of a published document's model that :data:`REPORTED_READER_NOTES` lists,
    as findings."""
    return tuple(Issue(document_name(path), "document", REPORTED_READER_NOTES[note.kind],
                       "", note.location.line, note.text)
                 for note in model.notes if note.kind in REPORTED_READER_NOTES)


def decode_lines(data: bytes, *, path: str | Path | None = None,
                 kind: str = "text") -> tuple[str, ...]:
    """Decode UTF-8 bytes into lines, refusing binary data with a ParseError.

    Invisible characters are normalised as in :func:`decode_document`.

    Examples
    --------
    >>> decode_lines(b"a\\r\\nb\\nc")
    ('a', 'b', 'c')
    >>> decode_lines(b"ok\\n\\xff\\xfe", path="x.txt")
    Traceback (most recent call last):
    ...
    wlga_analysis.errors.ParseError: x.txt, line 2: not UTF-8 text (byte 0xff at ...
    """
    return decode_document(data, path=path, kind=kind)[0]


def decode_document(data: bytes, *, path: str | Path | None = None, kind: str = "text",
                    windows_1252: bool = False
                    ) -> tuple[tuple[str, ...], tuple[Issue, ...]]:
    """Decode UTF-8 bytes into lines and normalise invisible characters, with a note of each.

    UTF-16 text that starts with its byte order mark (Windows' "Unicode text") is read too.

    Zero-width spaces, word joiners, BOMs (a second one, or one inside the text), soft
    hyphens are removed; line and paragraph separators (U+2028, U+2029) become spaces, or
    nothing at either end of a line (line numbers stay those of the file); the
    non-characters U+FFFE and U+FFFF become U+FFFD.
    Each line changed gets one data-quality note (check ``"invisible characters"``).

    Parameters
    ----------
    data : bytes
        The file's content.
    path : str or Path, optional
        Named in errors and notes.
    kind : str
        The kind of document expected, named in errors.
    windows_1252 : bool
        Read text that is not UTF-8 but plainly Windows-1252 (Excel's tab-delimited text:
        :mod:`wlga_analysis.read.windows_1252`) as Windows-1252, with a note saying so
        (check ``"text encoding"``); otherwise such text is refused.

    Returns
    -------
    lines : tuple of str
        The text, one entry per line, without line-break characters.
    notes : tuple of Issue
        What was normalised, line by line (and the encoding read, when not UTF-8).

    Raises
    ------
    ParseError
        If the data is empty, binary or not UTF-8 (nor UTF-16 with its byte order mark),
        or has an absurdly long line.

    Examples
    --------
    >>> lines, notes = decode_document("- Item\\n\\u200b- Work\\u2028done".encode(),
    ...                                path="update.txt")
    >>> lines
    ('- Item', '- Work done')
    >>> print(notes[0].warning_text())  # doctest: +NORMALIZE_WHITESPACE
    update.txt, line 2: zero-width space removed (1), line separator (U+2028) replaced by
    ' ' (1)
    """
    if not data.strip():
        raise ParseError(f"file is empty; expected a {kind} document", path=path)
    data = _utf16_as_utf8(data, path)
    encoding: tuple[Issue, ...] = ()
    nul = data.find(b"\x00")
    if 0 <= nul < 2:  # (UTF-16 without its byte order mark: read.utf16_sniff)
        from wlga_analysis.read.text_breaks import utf16_text_as_utf8

        data, encoding = utf16_text_as_utf8(data, path)
        nul = data.find(b"\x00")
    if nul >= 0:
        raise ParseError(f"binary data (a NUL byte at byte offset {nul}); expected a UTF-8 "
                         f"text {kind} document", path=path, line=data.count(b"\n", 0, nul) + 1)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        text, encoding = _not_utf8(data, exc.start, path, windows_1252)
        data = text.encode("utf-8")  # (the control-byte check below reads UTF-8)
    if "\u2028" in text or "\u2029" in text:  # (the only line breaks? read.text_breaks)
        from wlga_analysis.read.text_breaks import separators_as_breaks

        text, breaks = separators_as_breaks(text, path)
        encoding += breaks
    lines = _split_lines(text)
    _check_lines(lines, data, path, kind)
    if text[-1:].isspace():  # (a million line breaks after the text: read.text_breaks)
        from wlga_analysis.read.text_breaks import without_trailing_blank_lines

        lines = without_trailing_blank_lines(text, lines)
    if not any(char in text for char in INVISIBLE_CHARACTERS):
        return lines, encoding
    lines, notes = _normalise_invisible(lines, "" if path is None else document_name(path))
    return lines, (*encoding, *notes)


def _not_utf8(data: bytes, start: int, path: str | Path | None, windows_1252: bool
              ) -> tuple[str, tuple[Issue, ...]]:
    """The text of ``data`` (not UTF-8 from byte ``start``) read as Windows-1252 with a
    note naming the file, when allowed and it is plainly such text; else a ParseError."""
    line = data.count(b"\n", 0, start) + 1
    from wlga_analysis.read.windows_1252 import windows_1252_lines

    text = windows_1252_lines(data) if windows_1252 else None
    if text is None:
        raise ParseError(
            f"not UTF-8 text (byte 0x{data[start]:02x} at byte offset {start}); "
            f"expected a UTF-8 text document", path=path, line=line) from None
    name = "" if path is None else document_name(path)
    return text, (Issue(name, "document", "text encoding", "", line,
                        f"not UTF-8 text (byte 0x{data[start]:02x} at byte offset {start}, "
                        f"{text[len(data[:start].decode('cp1252'))]!r} in Windows-1252): the "
                        "file is read as Windows-1252 text (Excel's and Notepad's 'ANSI' "
                        "encoding); check the characters beyond ASCII"),)


def _utf16_as_utf8(data: bytes, path: str | Path | None) -> bytes:
    """``data`` as UTF-8 when it is UTF-16 text that says so with its byte order mark (as
    Windows saves "Unicode text"); otherwise ``data`` itself.

    Examples
    --------
    >>> _utf16_as_utf8("Update £5".encode("utf-16"), None).decode("utf-8")
    'Update £5'
    >>> _utf16_as_utf8(b"Update", None)
    b'Update'
    """
    if not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data
    try:
        return data.decode("utf-16").encode("utf-8")
    except UnicodeDecodeError as exc:
        raise ParseError(f"not UTF-16 text after its byte order mark (at byte offset "
                         f"{exc.start}); expected a UTF-8 or UTF-16 text document",
                         path=path) from None


def _split_lines(text: str) -> tuple[str, ...]:
    """The lines of ``text``, split at CR LF, CR or LF (str methods: fast on any text)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return tuple(text.split("\n"))


def _check_lines(lines: tuple[str, ...], data: bytes, path: str | Path | None,
                 kind: str) -> None:
    """Raise a ParseError at the first line that is too long or holds a control character."""
    # control characters are single bytes in UTF-8 (searched for only when there is one)
    has_control = len(data.translate(None, _CONTROL_BYTES)) != len(data)
    bad = _CONTROL_BYTE.search(data) if has_control else None
    bad_line = len(_split_lines(data[:bad.start()].decode("utf-8"))) if bad else 0
    too_long = 0
    if max(map(len, lines)) > MAX_LINE_CHARS:
        too_long = next(n for n, line in enumerate(lines, start=1) if len(line) > MAX_LINE_CHARS)
    if too_long and not (bad and bad_line < too_long):
        raise ParseError(f"line is {len(lines[too_long - 1]):,} characters long; a {kind} "
                         f"document has lines of at most {MAX_LINE_CHARS:,} characters",
                         path=path, line=too_long)
    if bad:
        raise ParseError(f"binary data (control character U+{bad.group()[0]:04X}); "
                         f"expected a UTF-8 text {kind} document", path=path, line=bad_line)


def _normalise_invisible(lines: tuple[str, ...], name: str
                         ) -> tuple[tuple[str, ...], tuple[Issue, ...]]:
    out, notes = [], []
    for number, line in enumerate(lines, start=1):
        present = [char for char in INVISIBLE_CHARACTERS if char in line]
        if not present:
            out.append(line)
            continue
        counts = {char: line.count(char) for char in present}  # str methods: fast on any line
        for char in present:
            if char not in _SEPARATORS:
                line = line.replace(char, INVISIBLE_CHARACTERS[char][0])
        # a separator opening or closing the line ends it (no space, no indent); one
        # inside it separates two words
        line = line.strip(_SEPARATORS)
        for char in _SEPARATORS:
            line = line.replace(char, " ") if char in line else line
        out.append(line)
        parts = []
        for char, count in counts.items():
            replacement, label = INVISIBLE_CHARACTERS[char]
            done = f"replaced by {replacement!r}" if replacement else "removed"
            parts.append(f"{label} {done} ({count})")
        notes.append(Issue(name, "document", "invisible characters", "", number,
                           ", ".join(parts)))
    return tuple(out), tuple(notes)


def tag_source(frame: Any, doc: Document, title: str | None) -> Any:
    """Record in ``frame.attrs`` which document the table came from, and return the frame.

    Charts use it for their source note ("Source: <file>, '<title>'") and the report
    quarter, so a chart of any document names that document.

    Parameters
    ----------
    frame : pandas.DataFrame
        A loader's table (changed in place).
    doc : Document
        The document it was read from.
    title : str or None
        The document's title as printed.

    Returns
    -------
    pandas.DataFrame
        The same frame.

    Examples
    --------
    >>> import pandas as pd
    >>> doc = read_document(None, "programme")
    >>> tag_source(pd.DataFrame(), doc, "An update").attrs["source_file"]
    'improvement-programme-2021-22-update.txt'
    """
    frame.attrs.update(source=str(doc.path), source_file=doc.path.name, source_title=title,
                       source_sha256=doc.sha256)
    return frame
