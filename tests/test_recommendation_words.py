"""Vocabularies of the recommendations loader, read from data/raw (analyst-editable)."""

from __future__ import annotations

import pytest

from wlga_analysis import config, reference
from wlga_analysis.errors import ParseError
from wlga_analysis.interpret.recommendations.owners import load_owners


def test_shipped_vocabularies():
    words = reference.load_recommendation_words()
    assert {"ongoing", "complete", "not started", "on track", "delayed"} <= words["status"]
    assert {"n/a", "tbc", "not applicable", "no activity to date"} <= words["placeholder"]


def test_an_edited_vocabulary_is_read_again(tmp_path):
    path = tmp_path / "words.csv"
    path.write_text("kind,phrase\nstatus,Ongoing\n", encoding="utf-8")
    assert reference.load_recommendation_words(path)["status"] == {"ongoing"}
    path.write_text("kind,phrase\nstatus,Ongoing\nstatus,Rolled  out\n", encoding="utf-8")
    assert reference.load_recommendation_words(path)["status"] == {"ongoing", "rolled out"}


@pytest.mark.parametrize(("text", "message"), [
    ("kind,phrase\nstatuses,ongoing\n", r"words\.csv, line 2: kind 'statuses' is not one of"),
    ("kind,phrase\nstatus,ongoing\nstatus,Ongoing\n", r"line 3: status phrase 'Ongoing' is "
     "listed twice"),
    ("kind,phrase\nplaceholder,\n", r"line 2: empty phrase"),
    ("kind\nstatus\n", r"missing column\(s\) phrase"),
])
def test_bad_vocabularies_name_the_file_and_line(tmp_path, text, message):
    path = tmp_path / "words.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ParseError, match=message):
        reference.load_recommendation_words(path)


def test_owner_names_and_aliases_are_validated(tmp_path):
    path = tmp_path / "codes.csv"
    path.write_text("code,name,aliases\nWG,Welsh Government,\nWGX,Other,Welsh Government\n",
                    encoding="utf-8")
    with pytest.raises(ParseError, match=r"codes\.csv, line 3: 'Welsh Government' is given to "
                                         "two owner codes"):
        load_owners(str(path))
    path.write_text("code,name\nWG,Welsh Government\nWG,Again\n", encoding="utf-8")
    with pytest.raises(ParseError, match=r"line 3: owner code 'WG' is listed twice"):
        load_owners(str(path))


def test_shipped_owner_aliases():
    owners = load_owners(str(config.OWNER_CODES_FILE))
    assert owners.substitute("Llywodraeth Cymru and Welsh Local Government Association") == \
        "WG and WLGA"
