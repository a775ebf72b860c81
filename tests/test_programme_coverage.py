"""Nothing lost, checked mechanically: every word of every programme test document, outside
page furniture, is in some table the loaders return (items, priorities, grants, paragraphs)
or in the document's metadata (title, date). List markers ("-", "a)", "(ii)") are structure,
not words."""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import pytest

from wlga_analysis import config
from wlga_analysis.documents import read_document
from wlga_analysis.errors import DataQualityWarning
from wlga_analysis.programme import parse_programme
from wlga_analysis.read.markers import parse_marker
from wlga_analysis.read.text_lines import is_page_furniture
from wlga_analysis.text.clean import clean_text

DATA = Path(__file__).parent / "data"
DOCUMENTS = [config.RAW_DIR / "improvement-programme-2021-22-update.txt",
             *sorted(DATA.glob("programme-*.txt")),
             *sorted((DATA / "programme_layouts").glob("*.txt"))]
WORD = re.compile(r"[^\W_]+")


def _words(text: str) -> set[str]:
    return {w.lower() for w in WORD.findall(clean_text(text))}


def _table_words(parsed) -> set[str]:
    words: set[str] = set()
    for frame in (parsed.programme, parsed.priorities, parsed.grants, parsed.paragraphs):
        for column in frame.columns:
            for value in frame[column].tolist():
                if isinstance(value, str):
                    words |= _words(value)
                elif isinstance(value, list | int):
                    words |= _words(" ".join(map(str, value)) if isinstance(value, list)
                                    else str(value))
    meta = parsed.metadata
    words |= _words(f"{meta['title'] or ''} {meta['date_line'] and ''}")
    if meta["date"] is not None:
        words |= _words(f"{meta['date']:%d %B %Y %b %A}") | {f"{meta['date'].day}"}
    return words


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_every_word_is_in_some_table(path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)
        parsed = parse_programme(read_document(path, "programme"))
    found = _table_words(parsed)
    date_line = parsed.metadata["date_line"]
    missing = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if is_page_furniture(line) or number == date_line:
            continue
        marker = parse_marker(line)  # a list marker is structure, not text
        text = marker.rest if marker is not None else line
        cells = text.replace("|", " ").replace("\t", " ")
        missing += [(number, w) for w in sorted(_words(cells) - found)
                    if not set(w) <= set("-:")]
    assert missing == []


def test_the_coverage_check_can_fail(tmp_path):
    """A word the loaders drop is caught: the check is not vacuous."""
    path = DOCUMENTS[0]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)
        parsed = parse_programme(read_document(path, "programme"))
    assert "zyzzyva" not in _table_words(parsed)
    assert "chief" in _table_words(parsed)
