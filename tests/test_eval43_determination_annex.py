"""Determinations under numbered subject chapters, with sub-points and an annex naming whom
each applies to (the forty-third evaluation corpus's rec43a family: a remuneration panel's
annual report; it varies eval25's, whose chapters were by kind of body).

The family: "Determination N" labels numbered through chapters by subject ("3. Travel and
subsistence", the chapter's number typed before its name); a determination whose sentence
ends in a colon lists sub-points "(a)", "(b)" (typed, or a lettered list); an annex table
``No. | Determination | Applies to`` repeats every determination shortened with the kinds of
body it binds. A careful reader reads each determination once, from its chapter: area the
chapter's name without its number, text with its sub-points joined ("...: (a) ...; (b)
..."), owners the annex's "Applies to" bodies (councils the code LG, other bodies as
printed), not the sentence's subject. The documents are written here, in layouts that differ
from the corpus: a Markdown report with "## 2. Name" headings and "Determination 4: text"
labels run into their paragraph, its annex a ``Number | Summary | Bodies covered`` table with
bodies separated by commas; a plain-text report ("3. Name" lines, "Determination 1" lines
alone, typed "(i)" sub-points). The asserted values were written before the code ran.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from wlga_analysis.documents import read_document
from wlga_analysis.recommendations import parse_recommendations

MARKDOWN = """\
# Remuneration Panel: Supplementary Determinations 2026

## 1. About this report

The Panel publishes these determinations after consulting on its draft report.

## 2. Allowances for members

Determination 1: Each principal council must pay an allowance of £1,250 a year to members
who chair a scrutiny committee.

Determination 2: The following payments may be made by a national park authority:

(a) a daily attendance fee of £198;

(b) a half-day fee of £99.

## 3. Support for members

Determination 3: Every relevant authority must offer each member a laptop and a mobile
telephone.

Determination 4: Members of a corporate joint committee shall be reimbursed for travel at
45p a mile.

## Annex A: The determinations at a glance

| Number | Summary | Bodies covered |
|---|---|---|
| 1 | Scrutiny chair allowance | Principal councils |
| 2 | Attendance fees | National park authorities, Fire and rescue authorities |
| 3 | Equipment | Principal councils, Corporate joint committees |
| 4 | Travel | Corporate joint committees |
"""

TEXT = """\
PANEL ANNUAL REPORT 2027-28

1. Introduction

This report sets out the payments for 2027-28.

2. Travel and subsistence

Determination 1

Travel by members on official business shall be reimbursed at these rates:

(i) 40p a mile by car;
(ii) 20p a mile by bicycle.

Determination 2

Every community council must publish its members' payments by 31 October.

3. Family absence

Determination 3

A fire and rescue authority may pay a member on family absence for six months.

Annex 1: Summary

No.\tDetermination\tApplies to
1\tTravel rates\tCommunity and town councils; National park authorities
2\tPublish payments\tCommunity and town councils
3\tFamily absence\tFire and rescue authorities
"""


def _parse(tmp_path: Path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return parse_recommendations(read_document(path, "recommendations"))


@pytest.fixture(scope="module")
def markdown(tmp_path_factory):
    return _parse(tmp_path_factory.mktemp("det43"), "supplementary.md", MARKDOWN)


@pytest.fixture(scope="module")
def text(tmp_path_factory):
    return _parse(tmp_path_factory.mktemp("det43"), "annual.txt", TEXT)


def test_markdown_chapters_are_areas(markdown):
    recs = markdown.recommendations
    assert recs["rec_id"].tolist() == [1, 2, 3, 4]
    assert markdown.areas["area"].tolist() == ["Allowances for members", "Support for members"]
    assert recs["area"].tolist() == ["Allowances for members", "Allowances for members",
                                     "Support for members", "Support for members"]
    assert markdown.activities.empty


def test_markdown_sub_points_joined(markdown):
    texts = markdown.recommendations["text"].tolist()
    assert texts[1] == ("The following payments may be made by a national park authority: "
                        "(a) a daily attendance fee of £198; (b) a half-day fee of £99.")
    assert texts[3] == ("Members of a corporate joint committee shall be reimbursed for "
                        "travel at 45p a mile.")


def test_markdown_owners_from_the_annex(markdown):
    owners = [sorted(o) for o in markdown.recommendations["owners"]]
    assert owners == [["LG"], ["Fire and rescue authorities", "National park authorities"],
                      ["Corporate joint committees", "LG"], ["Corporate joint committees"]]
    notes = " ".join(markdown.notes["text"])
    assert "Scrutiny chair allowance" in notes  # the annex's repeats: notes, not items


def test_text_report(text):
    recs = text.recommendations
    assert recs["rec_id"].tolist() == [1, 2, 3]
    assert recs["area"].tolist() == ["Travel and subsistence", "Travel and subsistence",
                                     "Family absence"]
    assert recs["text"].tolist()[0] == ("Travel by members on official business shall be "
                                        "reimbursed at these rates: (i) 40p a mile by car; "
                                        "(ii) 20p a mile by bicycle.")
    assert [sorted(o) for o in recs["owners"]] == [
        ["Community and town councils", "National park authorities"],
        ["Community and town councils"], ["Fire and rescue authorities"]]
