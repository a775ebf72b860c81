"""Publish the two series of ``src/`` as their publishers would, quarter after quarter.

Each update is written once, as text (``src/<programme>-2025-26-q<n>.txt``), and published in
the form of :data:`FORMS` (a Word file, a PDF, a web page or the text itself) into the
folder of its programme, so that a series mixes forms as analysts receive it. Run from the
repository root::

    /work/main/.venv/bin/python tests/data/series_unseen/make_series.py

``READING.md`` holds the analyst's reading of both series (written before any loader ran).
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from wlga_analysis.read.html import read_html
from wlga_analysis.testing.publish import docx_bytes, html_page
from wlga_analysis.testing.publish_pdf import pdf_bytes

HERE = Path(__file__).resolve().parent
#: (programme, quarter) -> the form it is published in.
FORMS: dict[tuple[str, int], str] = {
    ("improvement", 1): "docx", ("improvement", 2): "pdf", ("improvement", 3): "html",
    ("improvement", 4): "txt",
    ("digital", 1): "txt", ("digital", 2): "html", ("digital", 3): "docx",
    ("digital", 4): "pdf",
}


def highlight_page(text: str) -> str:
    """A highlight report's web page, as its publisher prints it: the title and the
    numbered headings as headings, the tab-separated header block as a table, each
    project's "Status: ... Due: ..." line as one paragraph."""
    lines = [line for line in text.split("\n") if line.strip()]
    out = [f"<h1>{html.escape(lines[0])}</h1>", f"<h2>{html.escape(lines[1])}</h2>"]
    header: list[str] = []
    for line in lines[2:]:
        cells = [html.escape(c.strip()) for c in line.split("\t")]
        number = re.fullmatch(r"(\d+)\.(\d+)?", cells[0])
        if line.startswith("Status:"):
            status, due = (c.split(":", 1)[1].strip() for c in cells)
            out.append(f"<p><strong>Status:</strong> {status} | <strong>Due:</strong> "
                       f"{due}</p>")
        elif number and len(cells) == 2:
            level = 3 if number.group(2) else 2
            out.append(f"<h{level}>{cells[0]} {cells[1]}</h{level}>")
        elif cells[0].startswith("•"):
            out.append(f"<ul><li>{cells[-1].lstrip('•').strip()}</li></ul>")
        elif len(cells) == 2:
            header.append(f"<tr><th>{cells[0]}</th><td>{cells[1]}</td></tr>")
            if not line.startswith("Overall"):
                continue
            out.append("<table>" + "".join(header) + "</table>")
        else:
            out.append(f"<p>{cells[0]}</p>")
    body = "\n".join(out).replace("</ul>\n<ul>", "\n")
    return (f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
            f"{html.escape(lines[1])}</title></head><body><main>\n{body}\n</main></body>"
            "</html>\n")


def publish(text: str, form: str) -> bytes:
    """``text`` (a text-form update) in ``form``: txt, html, docx or pdf."""
    if form == "txt":
        return text.encode("utf-8")
    if text.startswith("Welsh Local Government Association"):
        page = highlight_page(text)
    else:
        page = html_page(text.split("\n"), "programme")
    if form == "html":
        return page.encode("utf-8")
    model = read_html(page)
    return docx_bytes(model) if form == "docx" else pdf_bytes(model, "WLGA")


def main() -> None:
    for (programme, quarter), form in FORMS.items():
        name = f"{programme}-2025-26-q{quarter}"
        text = (HERE / "src" / f"{name}.txt").read_text(encoding="utf-8")
        out = HERE / programme / f"{name}.{form}"
        out.parent.mkdir(exist_ok=True)
        out.write_bytes(publish(text, form))


if __name__ == "__main__":
    main()
