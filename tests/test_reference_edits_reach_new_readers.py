"""An analyst's edit of a reference list reaches this stop's new readers in the same
process: the motions reader's resolution words (``recommendation_words.csv``) and the Word
tile cells' status symbols (``status_symbols.csv``) are read as the lists are now, not as
they were when first asked (process-wide caches had kept the first answer)."""

from __future__ import annotations

import shutil

from wlga_analysis import config
from wlga_analysis.interpret.recommendations import motions
from wlga_analysis.read import symbol_cells


def test_a_resolution_phrase_added_by_an_analyst_is_used(tmp_path, monkeypatch):
    assert "determines to" not in motions._words("resolution")
    words = tmp_path / "recommendation_words.csv"
    shutil.copy(config.RECOMMENDATION_WORDS_FILE, words)
    with words.open("a", encoding="utf-8") as f:
        f.write("resolution,determines to\n")
    monkeypatch.setattr(config, "RECOMMENDATION_WORDS_FILE", words)
    assert "determines to" in motions._words("resolution")


def test_a_status_symbol_added_by_an_analyst_is_used(tmp_path, monkeypatch):
    assert "\u25c7" not in symbol_cells._symbols()
    symbols = tmp_path / "status_symbols.csv"
    shutil.copy(config.STATUS_SYMBOLS_FILE, symbols)
    with symbols.open("a", encoding="utf-8") as f:
        f.write("\u25c7,planned\n")
    monkeypatch.setattr(config, "STATUS_SYMBOLS_FILE", symbols)
    assert "\u25c7" in symbol_cells._symbols()
