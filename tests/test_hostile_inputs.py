"""Hostile documents: invisible characters, stale caches, paths that are not paths."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings

from wlga_analysis import programme, reference
from wlga_analysis.documents import decode_document, read_document
from wlga_analysis.errors import ParseError
from wlga_analysis.testing import hostile
from wlga_analysis.validate import data_quality_report

BULLETS = ("- The first piece of work continues and is expected in June 2022.",
           "- Work with councils continues and is expected in July 2022.")


def _write(tmp_path, text, name="update.txt"):
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


# --------------------------------------------------------------- invisible characters

@pytest.mark.parametrize("invisible", ["\u200b", "\ufeff", "\u2060", "\u00ad", "\u2028"])
def test_an_invisible_character_before_a_bullet_keeps_the_bullet(tmp_path, invisible):
    text = hostile.programme_text(bullets=(BULLETS[0], invisible + BULLETS[1]))
    items = programme.load_programme(_write(tmp_path, text))
    assert items["text"].tolist() == [b[2:] for b in BULLETS]


def test_invisible_characters_are_reported_with_their_line(tmp_path):
    text = hostile.programme_text(bullets=(BULLETS[0], "\ufeff" + BULLETS[1]))
    path = _write(tmp_path, text)
    line = text.splitlines().index("\ufeff" + BULLETS[1]) + 1
    report = data_quality_report(None, path)
    found = report[report["check"] == "invisible characters"]
    assert found[["document", "source_line", "message"]].values.tolist() == [
        ["update.txt", line, "byte-order mark (BOM) removed (1)"]]


def test_a_leading_bom_is_not_reported_but_a_second_one_is():
    lines, notes = decode_document("\ufeff\ufeffTitle\nText\u00ad".encode(), path="a.txt")
    assert lines == ("Title", "Text")
    assert [(n.source_line, n.message) for n in notes] == [
        (1, "byte-order mark (BOM) removed (1)"), (2, "soft hyphen removed (1)")]


def test_separators_inside_a_line_separate_words_and_non_characters_are_replaced():
    lines, notes = decode_document("Area 1: Regional\u2028\u2029arrangements\uffff".encode())
    assert lines == ("Area 1: Regional  arrangements\ufffd",)
    assert notes[0].message == ("line separator (U+2028) replaced by ' ' (1), paragraph "
                                "separator (U+2029) replaced by ' ' (1), non-character "
                                "U+FFFF replaced by '\ufffd' (1)")


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(before=hostile.invisible_characters(), inside=hostile.invisible_characters())
def test_invisible_characters_at_a_bullet_change_nothing_but_the_notes(tmp_path, before,
                                                                        inside):
    clean = hostile.programme_text(bullets=BULLETS)
    dirty = hostile.programme_text(bullets=(BULLETS[0], before + "- " + inside
                                            + BULLETS[1][2:]))
    expected = programme.load_programme(_write(tmp_path, clean, "clean.txt"))
    got = programme.load_programme(_write(tmp_path, dirty, "dirty.txt"))
    assert got["text"].tolist() == expected["text"].tolist()
    assert got["source_line"].tolist() == expected["source_line"].tolist()
    notes = read_document(tmp_path / "dirty.txt", "programme").notes
    assert [n.source_line for n in notes] == [expected["source_line"].iloc[1]]


# --------------------------------------------------------------- caches

def _same_size_same_mtime(path, text):
    stat = path.stat()
    path.write_bytes(text.encode("utf-8"))
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert path.stat().st_size == stat.st_size and path.stat().st_mtime_ns == stat.st_mtime_ns


def test_a_rewritten_document_with_the_same_size_and_mtime_is_read_again(tmp_path):
    path = _write(tmp_path, hostile.programme_text(
        paragraphs=("3. The grant of £800,000 was agreed for 2021-22.",)))
    assert programme.load_grants(path)["amount_gbp"].tolist() == [800000]
    _same_size_same_mtime(path, hostile.programme_text(
        paragraphs=("3. The grant of £900,000 was agreed for 2021-22.",)))
    assert programme.load_grants(path)["amount_gbp"].tolist() == [900000]


def test_a_rewritten_reference_list_with_the_same_size_and_mtime_is_read_again(tmp_path):
    path = _write(tmp_path, "code,name\nWG,Welsh Government\n", "owners.csv")
    assert reference.read_reference_csv(path, ("code", "name"))["name"].tolist() == [
        "Welsh Government"]
    _same_size_same_mtime(path, "code,name\nWG,Llywodraeth Cymr\n")
    assert reference.read_reference_csv(path, ("code", "name"))["name"].tolist() == [
        "Llywodraeth Cymr"]


# --------------------------------------------------------------- paths

@pytest.mark.parametrize("kind", ["programme", "recommendations"])
def test_a_path_with_a_nul_byte_is_a_parse_error(tmp_path, kind):
    with pytest.raises(ParseError, match="NUL byte") as info:
        read_document(str(tmp_path / "a\x00b.txt"), kind)
    assert "\x00" not in str(info.value) and "a\\x00b.txt" in str(info.value)


def test_a_bytes_path_is_a_clear_type_error(tmp_path):
    with pytest.raises(TypeError, match=r"str or pathlib\.Path.*not bytes.*os\.fsdecode"):
        programme.load_programme(os.fsencode(tmp_path / "update.txt"))


def test_a_newline_in_a_file_name_cannot_forge_an_error_line(tmp_path):
    path = tmp_path / "update\nerror: forged.txt"
    path.write_bytes(b"")
    with pytest.raises(ParseError) as info:
        read_document(path, "programme")
    assert "\n" not in str(info.value) and "update\\nerror: forged.txt" in str(info.value)


def test_owner_lists_with_the_same_codes_but_other_names_never_share_a_reading(tmp_path):
    # the owner markers' readings are cached on the owner list: a list with the same codes
    # but other names must not get the first list's reading ("Welsh Government" -> WG)
    from wlga_analysis.interpret.recommendations.owner_markers import _strip_markers
    from wlga_analysis.interpret.recommendations.owners import load_owners

    english = _write(tmp_path, "code,name\nWG,Welsh Government\nLG,Local government\n",
                     "english.csv")
    welsh = _write(tmp_path, "code,name\nWG,Llywodraeth Cymru\nLG,Llywodraeth leol\n",
                   "welsh.csv")
    raw = "That the guidance is published <b>(Welsh Government)</b>"
    first = _strip_markers(raw, load_owners(str(english)))[1]
    second = _strip_markers(raw, load_owners(str(welsh)))[1]
    assert [m.codes for m in first] == [("WG",)]
    assert [(m.codes, m.unknown) for m in second] == [(("Welsh Government",),
                                                       ("Welsh Government",))]
