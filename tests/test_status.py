"""Tests of wlga_analysis.status: the status rules file and classification."""

from __future__ import annotations

import pytest

from wlga_analysis.contracts import PROGRAMME_STATUSES
from wlga_analysis.errors import ParseError
from wlga_analysis.status import StatusRule, classify_status, load_status_rules

HEADER = "order,status,pattern,rule\n"


@pytest.fixture(scope="module")
def rules():
    return load_status_rules()


def test_shipped_rules_are_valid_and_sorted(rules):
    assert [r.order for r in rules] == sorted(r.order for r in rules)
    assert {r.status for r in rules} == set(PROGRAMME_STATUSES)
    assert rules[-1].is_default and rules[-1].pattern == "."
    assert all(isinstance(r, StatusRule) for r in rules)


@pytest.mark.parametrize(("text", "status"), [
    ("three members of the team were appointed; recruitment delays remain a risk", "at risk"),
    ("the WLGA website has been updated to include details", "done"),
    ("Officer Peer recruitment is scheduled for late Autumn 2021.", "planned"),
    ("Digital Citizenship report and guidance has been published", "done"),
    ("Data Cymru have continued to support and deliver data collection.", "in progress"),
    ("Work is ongoing to promote OpenDataWales.", "in progress"),
    ("Finalised revised protocol for Local Authorities.", "done"),
    ("A recruitment exercise to commence in quarter three.", "planned"),
    ("Uncertainty over funding is a barrier to recruitment.", "at risk"),
    # work reported in the passive past with the verbs of events and products
    ("Cyber exercises were run with 12 councils in February 2026.", "done"),
    ("A toolkit was developed with Data Cymru and shared with every council.", "done"),
    ("Two webinars were hosted for scrutiny chairs.", "done"),
    ("The toolkit is being developed.", "in progress"),
    ("Sessions were not run because of the election.", "in progress"),
])
def test_classify(rules, text, status):
    assert classify_status(text, rules)[0] == status


def test_default_rule_is_visible(rules):
    assert classify_status("Something with no status words", rules) == (
        "in progress", "default: no wording matched")


def test_case_insensitive_and_first_match_wins(tmp_path):
    path = tmp_path / "rules.csv"
    path.write_text(HEADER + "2,done,published,done: published\n"
                    "1,at risk,DELAY,risk: delay\n", encoding="utf-8")
    rules = load_status_rules(path)
    assert classify_status("Published despite a delay", rules) == ("at risk", "risk: delay")
    assert classify_status("nothing", rules) == (None, None)


def test_comments_and_quoted_patterns(tmp_path):
    path = tmp_path / "rules.csv"
    path.write_text("# a comment\n" + HEADER + '1,planned,"will (start|begin), later",x\n',
                    encoding="utf-8")
    assert load_status_rules(path)[0].pattern == "will (start|begin), later"


@pytest.mark.parametrize(("body", "message", "line"), [
    ("1,finished,done,x\n", "unknown status", 2),
    ("1,done,(unclosed,x\n", "invalid regular expression", 2),
    ("one,done,x,x\n", "whole number", 2),
    ("1,done,x,x\n1,planned,y,y\n", "used twice", 3),
    ("1,done,,x\n", "empty pattern", 2),
    ("1,done,x,\n", "empty rule name", 2),
    ("1,done,x,y,z\n", "cells", 2),
])
def test_bad_rules_name_file_and_line(tmp_path, body, message, line):
    path = tmp_path / "rules.csv"
    path.write_text(HEADER + body, encoding="utf-8")
    with pytest.raises(ParseError, match=message) as err:
        load_status_rules(path)
    assert err.value.line == line and err.value.path == str(path)


def test_missing_column_and_empty_file(tmp_path):
    path = tmp_path / "rules.csv"
    path.write_text("order,status,rule\n1,done,x\n", encoding="utf-8")
    with pytest.raises(ParseError, match="missing column"):
        load_status_rules(path)
    path.write_text("# nothing\n", encoding="utf-8")
    with pytest.raises(ParseError, match="empty"):
        load_status_rules(path)
    with pytest.raises(ParseError, match="cannot read"):
        load_status_rules(tmp_path / "missing.csv")


@pytest.mark.parametrize(("text", "status"), [
    ("The workforce strategy has not yet been completed.", "in progress"),
    ("The recruitment campaign is on track, with no delays anticipated.", "in progress"),
    ("A self-assessment tool was rolled out to all 22 councils in June.", "done"),
    ("The final vacant post was filled in quarter two.", "done"),
    ("The Leadership Summit has been rescheduled to Spring 2024.", "at risk"),
    ("Next year the WLGA will work with councils on agency staff.", "planned"),
    ("The WLGA is working with councils on agency staff.", "in progress"),
])
def test_negations_past_tense_and_future_wording(rules, text, status):
    assert classify_status(text, rules)[0] == status


@pytest.mark.parametrize(("text", "status"), [
    ("Follow-up work with Audit Wales has not started.", "planned"),
    ("The toolkit is being developed throughout 2027-28.", "in progress"),
    ("The review is complete and findings will be reported in May.", "done"),
    ("All targets were achieved early.", "done"),
    ("Funding was provided to three councils.", "done"),
])
def test_more_wording(rules, text, status):
    assert classify_status(text, rules)[0] == status


@pytest.mark.parametrize(("text", "status"), [
    # a simple past "published", "agreed", "adopted" is done (a written statement, an
    # annual report: sixth unseen corpus)
    ("The WLGA published a scrutiny self-evaluation toolkit in January 2026.", "done"),
    ("The risk managers' network agreed a common risk register format in February 2025.",
     "done"),
    ("Eleven councils have adopted a Diverse Council Declaration action plan.", "done"),
    # ... but not what is still to be done
    ("The plan will be published in May.", "planned"),
    ("The plan has not been agreed.", "in progress"),
    ("Councils agreed to develop a workforce plan.", "in progress"),
    ("Data Cymru has identified 12 cohorts for training, with delivery dates now agreed for "
     "eight cohorts.", "in progress"),
    # a present progressive wins over a later "will": the work is under way
    ("The guidance is being revised and will be issued by the end of the financial year.",
     "in progress"),
    ("Guidance on generative AI is being drafted with Data Cymru and will be published by "
     "March.", "in progress"),
])
def test_published_agreed_adopted_and_being_drafted(rules, text, status):
    assert classify_status(text, rules)[0] == status


def test_work_done_in_part_with_the_rest_to_come_is_in_progress(rules):
    """"has been completed by 18 councils, and the remaining four will ..." is in progress:
    the rule for remaining work is tried before the rules for work done."""
    text = ("The digital maturity assessment has been completed by 18 councils, and the "
            "remaining four will complete it by 31/03/2025.")
    assert classify_status(text, rules) == ("in progress",
                                            "in progress: started and will finish")
    assert classify_status("The assessment has been completed by all 22 councils.",
                           rules)[0] == "done"
