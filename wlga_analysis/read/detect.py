"""Which form a document file is in, from its content and its suffix, and its reader.

One rule table, :data:`FORMS`, tried in order: a rule names the form, how its bytes start
(its *signature*), the suffixes it is written with, and the reader. The content decides;
the suffix only breaks ties (a page of markup saved as ``.txt`` is still text) and catches
a file whose content contradicts it (a ``.pdf`` that does not start ``%PDF-``).

==========  =========================================  ===========================
form        content                                    suffixes
==========  =========================================  ===========================
``docx``    a zip archive holding ``word/document.xml`` ``.docx``
``pdf``     ``%PDF-`` in the first kilobyte            ``.pdf``
``html``    markup: ``<!DOCTYPE html``, ``<html``       ``.html``, ``.htm``
``text``    UTF-8 text (the project's text form)       ``.txt``, ``.md``, other
==========  =========================================  ===========================

Binary forms may be larger than text: :data:`wlga_analysis.config.MAX_BINARY_DOCUMENT_BYTES`.

Examples
--------
>>> detect_form(b"%PDF-1.7 ...", "update.pdf")
'pdf'
>>> detect_form(b"<!DOCTYPE html><html><body>", "update.htm")
'html'
>>> detect_form(b"22nd October 2021", "update.txt")
'text'
>>> detect_form(b"22nd October 2021", "update.pdf")
Traceback (most recent call last):
...
wlga_analysis.errors.ParseError: update.pdf: not a PDF document: the file does not start
with %PDF-; expected a PDF document (or rename the file to what it is)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from wlga_analysis import config
from wlga_analysis.errors import ParseError
from wlga_analysis.text.regex_cache import compile_regex

if TYPE_CHECKING:  # pragma: no cover (the model is imported by the readers that make one)
    from wlga_analysis.read.model import DocumentModel

__all__ = ["BINARY_FORMS", "FORMS", "Form", "detect_form", "max_bytes", "read_bytes"]

_MARKUP = compile_regex(rb"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b",
                        re.IGNORECASE | re.DOTALL)


def _is_zip(head: bytes) -> bool:
    return head.startswith(b"PK\x03\x04")


def _is_pdf(head: bytes) -> bool:
    return b"%PDF-" in head[:1024]


def _is_markup(head: bytes) -> bool:
    from wlga_analysis.read.html_decode import markup_head  # (UTF-16 with its mark)

    return bool(_MARKUP.match(markup_head(head).lstrip(b"\xef\xbb\xbf")[:4096]))


def _is_ole(head: bytes) -> bool:
    return head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")


def _read_docx(data: bytes, path: Path | None) -> DocumentModel:
    from wlga_analysis.read.docx import read_docx

    return read_docx(data, path)


def _read_pdf(data: bytes, path: Path | None) -> DocumentModel:
    from wlga_analysis.read.pdf import read_pdf

    return read_pdf(data, path)


def _read_html(data: bytes, path: Path | None) -> DocumentModel:
    from wlga_analysis.read.html import read_html
    from wlga_analysis.read.outlook_lists import with_list_levels

    return with_list_levels(read_html(data, path), data)  # (Outlook's list levels)


def _legacy_word(data: bytes, path: Path | None) -> DocumentModel:
    raise ParseError("a legacy Word (.doc) file, or a password-protected Office file (both "
                     "are OLE containers); expected .docx, .pdf, .html, .md or .txt (save it "
                     "as .docx without a password)", path=path)


class Form(NamedTuple):
    """A rule of :data:`FORMS`."""

    name: str
    signature: Callable[[bytes], bool]
    suffixes: tuple[str, ...]
    reader: Callable[[bytes, Path | None], DocumentModel] | None
    expected: str


#: The forms, tried in order (``text`` is what is left).
FORMS: tuple[Form, ...] = (
    Form("docx", _is_zip, (".docx",), _read_docx, "a .docx Word document (a zip archive)"),
    Form("pdf", _is_pdf, (".pdf",), _read_pdf, "a PDF document"),
    Form("ole", _is_ole, (".doc",), _legacy_word, "a .docx Word document"),
    Form("html", _is_markup, (".html", ".htm", ".xhtml"), _read_html, "an HTML page"),
)

#: Forms read from bytes that are not the text form (their lines are rendered from the model).
BINARY_FORMS: frozenset[str] = frozenset({"docx", "pdf"})


def detect_form(head: bytes, path: str | Path) -> str:
    """The form of a file whose first bytes are ``head`` (4 kB is enough).

    Raises
    ------
    ParseError
        When the suffix promises a binary form the content is not (a ``.docx`` that is not a
        zip, a ``.pdf`` without ``%PDF-``).
    """
    suffix = Path(path).suffix.lower()
    for form in FORMS:
        if form.signature(head):
            return form.name
    for form in FORMS:
        if suffix in form.suffixes and form.name in BINARY_FORMS:
            found = "does not start with %PDF-" if form.name == "pdf" else "is not a zip archive"
            raise ParseError(f"not a {form.name.upper() if form.name == 'pdf' else 'Word'} "
                             f"document: the file {found}; expected {form.expected} (or "
                             f"rename the file to what it is)", path=path)
    if suffix in (".html", ".htm", ".xhtml") and b"<" in head:
        return "html"
    return "text"


def max_bytes(path: str | Path) -> int:
    """The largest file :func:`wlga_analysis.documents.read_document` reads at ``path``:
    :data:`~wlga_analysis.config.MAX_BINARY_DOCUMENT_BYTES` for a Word file or PDF (images
    make them large), :data:`~wlga_analysis.config.MAX_DOCUMENT_BYTES` for text.

    Examples
    --------
    >>> max_bytes("no-such-file.pdf") == config.MAX_BINARY_DOCUMENT_BYTES
    True
    >>> max_bytes("notes.txt") == config.MAX_DOCUMENT_BYTES
    True
    """
    p = Path(path)
    try:
        with p.open("rb") as handle:
            head = handle.read(4096)
    except OSError:
        head = b""
    binary = (head and (_is_zip(head) or _is_pdf(head))) or (
        not head and p.suffix.lower() in (".pdf", ".docx"))
    return config.MAX_BINARY_DOCUMENT_BYTES if binary else config.MAX_DOCUMENT_BYTES


def read_bytes(data: bytes, path: str | Path | None = None) -> DocumentModel | None:
    """Read ``data`` into the document model with the reader of its form; None for the text
    form (read from its lines by :mod:`wlga_analysis.read.text`).

    Examples
    --------
    >>> model = read_bytes(b"<html><body><main><h1>Update</h1></main></body></html>", "u.html")
    >>> model.form, model.blocks[0].text.text
    ('html', 'Update')
    >>> read_bytes(b"Update", "u.txt") is None
    True
    """
    name = detect_form(data[:4096], path or "")
    for form in FORMS:
        if form.name == name and form.reader is not None:
            return form.reader(data, None if path is None else Path(path))
    return None


def published_lines(data: bytes, path: str | Path, kind: str
                    ) -> tuple[DocumentModel, tuple[str, ...]] | None:
    """For a Word file, PDF or web page: its model and the text form's lines for ``kind``
    (what the interpreters read); None for a text-form file.

    Raises
    ------
    ParseError
        When the file is of a form it cannot be read as, or nothing was read from it.
    """
    model = read_bytes(data, path)
    if model is None:
        return None
    from wlga_analysis.read.bilingual import read_in_english
    from wlga_analysis.read.bold_headings import with_bold_headings
    from wlga_analysis.read.label_headings import with_label_levels
    from wlga_analysis.read.textform import render_lines

    model = read_in_english(model) or model  # a bilingual paper side by side: its English
    model = with_bold_headings(model)  # (no heading marked: its bold lines are its headings)
    model = with_label_levels(model)  # ("Recommendations" under each area, at its size)

    lines = render_lines(model, kind)
    if not lines:
        raise ParseError(f"no text was read from this {model.form} file ({model.reader}); "
                         f"expected a {kind} document", path=path)
    return model, lines
