"""Reading raw documents: provenance, checksums, and every kind of bad input."""

from __future__ import annotations

import shutil

import pytest

from wlga_analysis import config, documents
from wlga_analysis.documents import decode_lines, read_document, sha256_of
from wlga_analysis.errors import ChecksumError, ParseError

KINDS = ("recommendations", "programme")


@pytest.mark.parametrize("kind", KINDS)
def test_shipped_files_match_their_provenance(kind):
    record = documents.shipped_record(kind)
    path = config.RAW_DIR / record["file"]
    assert sha256_of(path) == record["sha256"]
    assert path.stat().st_size == record["bytes"]
    for key in ("title", "publisher", "date", "description"):
        assert key in record


def test_shipped_files_are_byte_identical_copies_of_the_sources():
    sources = config.PROJ_ROOT.parent / "shared" / "sources"
    if not sources.is_dir():
        pytest.skip("shared/sources is not beside this checkout")
    for record in documents.load_provenance():
        assert sha256_of(sources / record["file"]) == record["sha256"]


def test_read_document_keeps_lines_as_printed():
    doc = read_document(None, "recommendations")
    assert len(doc.lines) == 56  # 55 line breaks, no final one
    assert doc.lines[2] == "## Working Group on Local Government Recommendations"
    assert doc.lines[-1].startswith("\t25. The Welsh Government's Local Government Partnership")


@pytest.fixture
def raw_copy(tmp_path, monkeypatch):
    """A copy of data/raw that the test may damage, with config pointing at it."""
    raw = tmp_path / "raw"
    shutil.copytree(config.RAW_DIR, raw)
    monkeypatch.setattr(config, "RAW_DIR", raw)
    monkeypatch.setattr(config, "PROVENANCE_FILE", raw / "provenance.json")
    return raw


@pytest.mark.parametrize("kind", KINDS)
def test_a_changed_byte_in_a_shipped_file_is_caught_and_named(raw_copy, kind):
    name = documents.shipped_record(kind)["file"]
    data = bytearray((raw_copy / name).read_bytes())
    data[100] = ord("X") if data[100] != ord("X") else ord("Y")
    (raw_copy / name).write_bytes(bytes(data))
    with pytest.raises(ChecksumError, match=name) as info:
        read_document(None, kind)
    assert "sha256" in str(info.value)
    assert isinstance(info.value, ParseError)


def test_a_document_given_by_path_gets_no_checksum_check(tmp_path):
    src = config.RAW_DIR / documents.shipped_record("programme")["file"]
    copy = tmp_path / "edited.txt"
    copy.write_bytes(src.read_bytes() + b"\nA line added by an analyst.\n")
    doc = read_document(copy, "programme")
    assert doc.lines[-2] == "A line added by an analyst."
    assert doc.provenance is None


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "empty"),
        (b"  \n\n\t \n", "empty"),
        (b"text\x00more", "NUL"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "NUL"),
        (b"caf\xe9 au lait\x1b\n", "not UTF-8"),  # (Windows-1252 text is read: below)
        (b"ok\n" + bytes(range(0x80, 0x100)), "not UTF-8"),
        (b"ok\n\x07bell\n", "control character"),
        (b"x" * 2_000_000, "characters long"),
    ],
    ids=["empty", "blank", "nul", "png", "latin1", "junk", "control", "2MB-line"],
)
@pytest.mark.parametrize("kind", KINDS)
def test_bad_input_is_a_parse_error_naming_the_file(tmp_path, kind, content, expected):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(ParseError, match=expected) as info:
        read_document(path, kind)
    assert str(path) in str(info.value)


def test_windows_1252_text_is_read_with_a_note(tmp_path):
    """Text that is not UTF-8 but plainly Windows-1252 (Excel's tab-delimited text) is read
    so, and reported; with a control byte (above) it is still refused."""
    path = tmp_path / "cafe.txt"
    path.write_bytes(b"caf\xe9 au lait \x96 \xa33\n")
    with pytest.warns(UserWarning):
        doc = read_document(path, "programme")
    assert doc.lines[0] == "caf\u00e9 au lait \u2013 \u00a33"
    assert [n.check for n in doc.notes] == ["text encoding"]


def test_errors_name_the_line():
    with pytest.raises(ParseError, match=r"f\.txt, line 3: not UTF-8") as info:
        decode_lines(b"one\ntwo\n\xff three", path="f.txt")
    assert info.value.line == 3


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(ParseError, match="cannot read"):
        read_document(tmp_path / "nope.txt", "programme")
    with pytest.raises(ParseError, match="directory"):
        read_document(tmp_path, "programme")


def test_unknown_kind_is_a_programming_error():
    with pytest.raises(ValueError, match="kind must be one of"):
        read_document(None, "minutes")


def test_bom_and_crlf_are_accepted():
    assert decode_lines("\ufeffa\r\nb".encode()) == ("a", "b")


def test_clean_text_leaves_no_markup():
    text = documents.clean_text('<ol style="x"><li>1. A &amp; B <b>(WG)</b></li></ol> <b')
    assert text == "1. A & B (WG)"
