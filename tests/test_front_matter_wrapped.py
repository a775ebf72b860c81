"""A YAML front matter block whose title is wrapped over two lines (quoted, plain or a ``>``
block, as pandoc and Jekyll templates write a long title): the whole title is read."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

import wlga_analysis as wa
from wlga_analysis.errors import DataQualityWarning
from wlga_analysis.read.text import front_matter

SHIPPED = Path(__file__).resolve().parents[1] / "data" / "raw" / \
    "improvement-programme-2021-22-update.txt"

TITLES = {
    "quoted": ['title: "WLGA Improvement Programme 2021-22:', '  Update to Members"'],
    "plain": ["title: WLGA Improvement Programme 2021-22:", "  Update to Members"],
    "folded": ["title: >-", "  WLGA Improvement Programme 2021-22:", "  Update to Members"],
}


@pytest.mark.parametrize("style", sorted(TITLES))
def test_wrapped_title_is_read_whole(style: str) -> None:
    lines = ["---", *TITLES[style], "date: 22 October 2021", "author:", "  - Policy Officer",
             "---", "# Purpose"]
    skip, blocks, notes = front_matter(lines)
    assert skip == len(lines) - 1
    assert [(type(b).__name__, b.text.text, b.location.line) for b in blocks] == [
        ("Heading", "WLGA Improvement Programme 2021-22: Update to Members", 2),
        ("Paragraph", "Date: 22 October 2021", 2 + len(TITLES[style]))]
    assert [n.text for n in notes] == ["front matter 'author:' not read",
                                       "front matter '- Policy Officer' not read"]


def test_a_mapping_under_title_is_not_a_title() -> None:
    skip, blocks, notes = front_matter(["---", "title:", "  en: Update", "  cy: Diweddariad",
                                        "---"])
    assert (skip, blocks) == (5, [])
    assert [n.text for n in notes] == ["front matter 'title:' not read",
                                       "front matter 'en: Update' not read",
                                       "front matter 'cy: Diweddariad' not read"]


def test_programme_update_with_a_wrapped_title(tmp_path: Path) -> None:
    body = SHIPPED.read_text(encoding="utf-8").split("\n")
    # the shipped update's body after its date and title lines, under a pandoc front matter
    start = next(i for i, line in enumerate(body) if line.strip() == "Purpose")
    path = tmp_path / "update.md"
    path.write_text("\n".join(["---", *TITLES["quoted"], "date: 22nd October 2021", "---", "",
                               *body[start:]]), encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)
        meta = wa.load_metadata(path, kind="programme")
        programme = wa.load_programme(path)
    assert meta["title"] == "WLGA Improvement Programme 2021-22: Update to Members"
    assert str(meta["date"]) == "2021-10-22"
    assert len(programme) == 30
