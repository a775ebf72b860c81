"""A slide deck written in Markdown (Marp): YAML front matter, "---" between slides, a
"Priorities for 2026-27" slide of bullets, one "Workstream N:" slide a section, a "Funding
2026-27" slide after the last workstream. The same deck as a web page (a slide number
after each slide's list). A layout the ninth evaluation corpus showed (prog32). Before: the
front matter was the title; "---" lines were text (one joined to the last priority); the
priorities slide gave no priorities; the funding bullets were read as items of the last
workstream; a capitalised line after a list of names was joined to its last name.

The documents are written for the test; the asserted values are the careful reader's reading.
"""

from __future__ import annotations

import pytest

import wlga_analysis as wa
from wlga_analysis.programme import load_priorities, load_programme
from wlga_analysis.testing import quietly

DECK = """---
marp: true
theme: default
paginate: true
---

# Improvement Programme 2026-27: Half-year Progress

WLGA Leaders' Group, 12 November 2026

---

## Priorities for 2026-27

- Peer challenge
- Climate action

---

## Workstream 1: Peer challenge

- A peer challenge of Powys was completed in October 2026.
- Two more peer challenges will take place in February 2027.

---

## Workstream 2: Climate action

- A carbon literacy course for members is being piloted.

---

## Funding 2026-27

- Welsh Government grant for the programme: £700,000
"""


def _page() -> str:
    slides = [("Priorities for 2026-27", ["Peer challenge", "Climate action"]),
              ("Workstream 1: Peer challenge",
               ["A peer challenge of Powys was completed in October 2026.",
                "Two more peer challenges will take place in February 2027."]),
              ("Workstream 2: Climate action",
               ["A carbon literacy course for members is being piloted."]),
              ("Funding 2026-27", ["Welsh Government grant for the programme: £700,000"])]
    sections = "".join(
        f'<section><h2>{title}</h2><ul>{"".join(f"<li>{b}</li>" for b in bullets)}</ul>'
        f'<p class="slide-number">WLGA | {n}</p></section>'
        for n, (title, bullets) in enumerate(slides, 2))
    return ("<html><body><main><section><h1>Improvement Programme 2026-27: Half-year "
            "Progress</h1><p>WLGA Leaders' Group, 12 November 2026</p></section>"
            f"{sections}</main></body></html>")


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("deck")
    (folder / "deck.md").write_text(DECK, encoding="utf-8")
    (folder / "deck.html").write_text(_page(), encoding="utf-8")
    return folder


def test_front_matter_is_not_the_title(files):
    meta = quietly(wa.load_metadata, files / "deck.md", "programme")
    assert meta["title"] == "Improvement Programme 2026-27: Half-year Progress"
    assert str(meta["date"]) == "2026-11-12"


@pytest.mark.parametrize("name", ["deck.md", "deck.html"])
def test_a_priorities_heading_over_bullets_lists_the_priorities(files, name):
    assert quietly(load_priorities, files / name)["priority"].tolist() == [
        "Peer challenge", "Climate action"]


@pytest.mark.parametrize("name", ["deck.md", "deck.html"])
def test_a_heading_after_the_last_workstream_ends_it(files, name):
    items = quietly(load_programme, files / name)
    assert items["item_id"].tolist() == ["1.1", "1.2", "2.1"]
    assert items["status"].tolist() == ["done", "planned", "in progress"]
