"""Readers: every form a document arrives in, read into one document model.

- :mod:`~wlga_analysis.read.model`: the blocks (headings, paragraphs, list items, tables).
- :mod:`~wlga_analysis.read.markers`: the list-marker rule table.
- :mod:`~wlga_analysis.read.text`: the project's text form and Markdown.
- :mod:`~wlga_analysis.read.html`, :mod:`~wlga_analysis.read.docx`,
  :mod:`~wlga_analysis.read.pdf`: web pages, Word files and PDFs, as published
  (:mod:`~wlga_analysis.read.detect` chooses one from the file's content and suffix).
- :mod:`~wlga_analysis.read.textform`: the model printed as the project's text form (what
  ``python -m wlga_analysis convert`` shows).

Examples
--------
>>> from wlga_analysis.documents import read_document
>>> model = read_model(read_document(None, "recommendations"))
>>> len(model.tables()) > 0
True
>>> read_model("no-such-file.docx", "recommendations")
Traceback (most recent call last):
...
wlga_analysis.errors.ParseError: no-such-file.docx: cannot read the recommendations document: No
such file or directory
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from wlga_analysis.documents import Document
    from wlga_analysis.read.model import DocumentModel

__all__ = ["DocumentModel", "read_model"]


def __getattr__(name: str) -> Any:
    """``DocumentModel``, imported when asked for: a text-form file is read without the
    model (:mod:`wlga_analysis.read.detect` is imported for every document)."""
    if name == "DocumentModel":
        from wlga_analysis.read.model import DocumentModel

        return DocumentModel
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def read_model(doc: Document | str | Path | None, kind: str = "recommendations"
               ) -> DocumentModel:
    """Read a document of any form into the document model.

    Parameters
    ----------
    doc : Document, str, Path or None
        A :class:`~wlga_analysis.documents.Document`, or a path to a ``.docx``, ``.pdf``,
        ``.html``/``.htm``, ``.md`` or ``.txt`` file (None: the shipped document of ``kind``).
    kind : {"recommendations", "programme"}
        The kind of document, when ``doc`` is a path.

    Returns
    -------
    DocumentModel
        The model the form's reader read (for Word files, PDFs and web pages: with their page
        furniture notes and the reader's name and version).

    Examples
    --------
    >>> model = read_model(None, "programme")
    >>> model.form, type(model.blocks[0]).__name__
    ('text', 'Paragraph')
    """
    from wlga_analysis.documents import Document, read_document
    from wlga_analysis.read.text import read_text_lines

    if not isinstance(doc, Document):
        doc = read_document(doc, kind)
    if doc.model is not None:
        return doc.model
    form = "markdown" if doc.path.suffix.lower() == ".md" else "text"
    return read_text_lines(doc.lines, path=doc.path, form=form)
