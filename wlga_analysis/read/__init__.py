"""Readers: every form a document arrives in, read into one document model.

- :mod:`~wlga_analysis.read.model`: the blocks (headings, paragraphs, list items, tables).
- :mod:`~wlga_analysis.read.markers`: the list-marker rule table.
- :mod:`~wlga_analysis.read.text`: the project's text form and Markdown.

Examples
--------
>>> from wlga_analysis.documents import read_document
>>> model = read_model(read_document(None, "recommendations"))
>>> len(model.tables()) > 0
True
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wlga_analysis.read.model import DocumentModel

if TYPE_CHECKING:  # pragma: no cover
    from wlga_analysis.documents import Document

__all__ = ["DocumentModel", "read_model"]


def read_model(doc: Document) -> DocumentModel:
    """Read a :class:`~wlga_analysis.documents.Document` into the document model.

    Examples
    --------
    >>> from wlga_analysis.documents import read_document
    >>> model = read_model(read_document(None, "programme"))
    >>> model.form, type(model.blocks[0]).__name__
    ('text', 'Paragraph')
    """
    from wlga_analysis.read.text import read_text_lines

    form = "markdown" if doc.path.suffix.lower() == ".md" else "text"
    return read_text_lines(doc.lines, path=doc.path, form=form)
