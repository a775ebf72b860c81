"""``python -m wlga_analysis convert PATH``: what a reader read, printed as the text form.

Examples
--------
>>> from wlga_analysis import config
>>> text = convert(config.RAW_DIR / "working-group-recommendations.txt")
>>> text.splitlines()[0]
'## Working Group on Local Government Recommendations'
>>> guess_kind(read_model(config.RAW_DIR / "improvement-programme-2021-22-update.txt",
...                       "programme"))
'programme'
"""

from __future__ import annotations

from pathlib import Path

from wlga_analysis.read import read_model
from wlga_analysis.read.model import DocumentModel

__all__ = ["convert", "guess_kind"]


def guess_kind(model: DocumentModel) -> str:
    """``"recommendations"`` for a document holding a table whose header names
    recommendations, else ``"programme"``."""
    for table in model.tables():
        header = " ".join(table.header_text).lower()
        if "recommendation" in header:
            return "recommendations"
    return "programme"


def convert(path: str | Path, kind: str | None = None) -> str:
    """The document at ``path`` (any form) read into the model and printed as the text form
    of ``kind`` (default: :func:`guess_kind`)."""
    from wlga_analysis.read.textform import render_text

    model = read_model(path, kind or "recommendations")
    return render_text(model, kind or guess_kind(model))
