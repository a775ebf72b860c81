"""A parse reads each reference list once, however long the document (issue 13, section 1),
and leaves the garbage collector as it found it.

Reference lists are cached on their content's sha256, so every look-up reads and hashes the
file. The programme interpreter looks its word lists up per £ amount and per table row; a
document of many grants used to read ``programme_words.csv`` twice per amount (0.3 ms per
grant, 5.9 s for a 1 MB document). Within one parse the lists are now read once.
"""

from __future__ import annotations

import warnings
from collections import Counter
from pathlib import Path

import pytest

import wlga_analysis as wa
from wlga_analysis import config
from wlga_analysis.documents import Document
from wlga_analysis.errors import DataQualityWarning
from wlga_analysis.programme import _Parser
from wlga_analysis.reference import file_identity, one_reading
from wlga_analysis.testing import quietly
from wlga_analysis.testing.hostile import PATHOLOGICAL


def _reads_while_parsing(text: str, monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    reads: Counter[str] = Counter()
    original = Path.read_bytes

    def counting(self: Path) -> bytes:
        reads[self.name] += 1
        return original(self)

    doc = Document(Path("grants.txt"), "programme", tuple(text.split("\n")), "0" * 64)
    with monkeypatch.context() as patch, warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)
        patch.setattr(Path, "read_bytes", counting)
        parsed = _Parser(doc).run()
    assert len(parsed.grants) > 0
    return reads


def test_a_parse_reads_each_reference_list_once(monkeypatch):
    _kind, make = PATHOLOGICAL["programme: many grants"]
    few = _reads_while_parsing(make(5), monkeypatch)
    many = _reads_while_parsing(make(200), monkeypatch)
    assert few[config.PROGRAMME_WORDS_FILE.name] == 1
    assert many == few  # not one more read for 195 more grants


def test_one_reading_sees_a_changed_file_again_afterwards(tmp_path):
    path = tmp_path / "words.csv"
    path.write_text("a\n", encoding="utf-8")
    with one_reading():
        first = file_identity(path)
        path.write_text("b\n", encoding="utf-8")
        assert file_identity(path) == first  # one reading: one version of the list
    assert file_identity(path) != first  # outside it, every call reads the file


def test_a_parse_leaves_the_garbage_collector_as_it_found_it():
    import gc

    _kind, make = PATHOLOGICAL["programme: many grants"]
    doc = Document(Path("grants.txt"), "programme", tuple(make(5).split("\n")), "0" * 64)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)
        assert gc.isenabled()
        _Parser(doc).run()
        assert gc.isenabled()
        gc.disable()
        try:
            _Parser(doc).run()
            assert not gc.isenabled()  # an application that turned it off keeps it off
        finally:
            gc.enable()


def _pipe_table(areas: int) -> str:
    lines = ["# Working Group recommendations", "",
             "| Area | Activity underway or achieved | Recommendations |", "|---|---|---|"]
    for n in range(1, areas + 1):
        lines.append(f"| **Area {n}: Topic {n}** | {n}.1 Work on topic {n} is under way. "
                     f"(WG) | R{n}. Councils should review topic {n}. (LAs) |")
        lines += ["", f"Page {n}", "", "| Area | Activity underway or achieved | "
                  "Recommendations |", "|---|---|---|"]
    return "\n".join(lines[:-3]) + "\n"


def test_a_recommendations_parse_reads_each_reference_list_once(tmp_path, monkeypatch):
    """A recommendations table of many pipe-table blocks once read and hashed
    ``recommendation_words.csv`` for every header it mapped (32,000 times for the 100x
    document, 2 of its 3.5 s)."""
    path = tmp_path / "many-tables.md"
    path.write_text(_pipe_table(60), encoding="utf-8")
    reads: Counter[str] = Counter()
    original = Path.read_bytes

    def counting(self: Path) -> bytes:
        reads[self.name] += 1
        return original(self)

    monkeypatch.setattr(Path, "read_bytes", counting)
    recs = quietly(wa.load_recommendations, path)
    assert len(recs) == 60 and recs["area"].nunique() == 60
    assert reads["recommendation_words.csv"] <= 2, reads


def test_a_second_loader_reads_each_reference_list_once_and_parses_nothing(tmp_path,
                                                                           monkeypatch):
    """A loader after the first finds the parse in the cache: its key reads each reference
    list once (it used to read them three times: for its hash, then for both keys of the
    comparison), and the document is parsed once for all the loaders."""
    from wlga_analysis import programme
    from wlga_analysis.interpret.programme import parser

    _kind, make = PATHOLOGICAL["programme: many grants"]
    path = tmp_path / "update.txt"
    path.write_text(make(5), encoding="utf-8")
    quietly(programme.load_programme, path)
    reads: Counter[str] = Counter()
    original = Path.read_bytes
    runs: list[int] = []
    real_run = parser._Parser.run

    def counting(self: Path) -> bytes:
        reads[self.name] += 1
        return original(self)

    monkeypatch.setattr(Path, "read_bytes", counting)
    monkeypatch.setattr(parser._Parser, "run", lambda self: runs.append(1) or real_run(self))
    quietly(programme.load_grants, path)
    assert runs == []  # (the first loader's parse)
    assert reads[config.PROGRAMME_WORDS_FILE.name] == 1
    assert reads[config.STATUS_RULES_FILE.name] == 1


def test_every_recommendations_loader_after_the_first_parses_nothing(tmp_path, monkeypatch):
    """The recommendations parse is cached for all its loaders (a merge once moved the
    cache's decorator onto a helper: each loader of a 1 MB document parsed it again, 1.2 s
    a loader)."""
    from wlga_analysis import recommendations
    from wlga_analysis.interpret.recommendations import lines

    _kind, make = PATHOLOGICAL["recommendations: many areas"]
    path = tmp_path / "paper.txt"
    path.write_text(make(5), encoding="utf-8")
    quietly(recommendations.load_recommendations, path)
    runs: list[int] = []
    real_run = lines._Parser.run
    monkeypatch.setattr(lines._Parser, "run", lambda self: runs.append(1) or real_run(self))
    for load in (recommendations.load_areas, recommendations.load_activities,
                 recommendations.load_recommendation_owners,
                 recommendations.load_recommendations_notes):
        quietly(load, path)
    assert runs == []


def test_an_edited_word_list_is_read_again_by_the_next_loader(tmp_path, monkeypatch):
    from wlga_analysis import programme

    words = tmp_path / "programme_words.csv"
    words.write_bytes(config.PROGRAMME_WORDS_FILE.read_bytes())
    monkeypatch.setattr(config, "PROGRAMME_WORDS_FILE", words)
    path = tmp_path / "update.txt"
    path.write_text(PATHOLOGICAL["programme: many grants"][1](2).replace(
        "The grant number", "The grant levy number"), encoding="utf-8")
    before = quietly(programme.load_grants, path)
    with words.open("a", encoding="utf-8") as out:
        out.write("not a grant,levy\n")
    after = quietly(programme.load_grants, path)
    assert len(before) == 2 and len(after) == 0  # (a levy, not a grant, once listed)
