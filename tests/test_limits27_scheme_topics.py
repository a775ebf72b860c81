"""A capital scheme's name is its item's topic (stop 27: a known limit of eval25's capital
programme monitoring family left by stop 26).

A capital monitoring report prints one row per scheme (``Scheme | Approved budget | ... |
RAG | Est. completion | Commentary``); each scheme is an item whose text is its
commentary, what happened to it this quarter. Stop 26 kept the scheme's name only in the
paragraphs table (the row as printed), so the item said what happened but not to which
scheme, and a series of quarterly reports could not follow a scheme from one quarter to the
next: its commentary is new each quarter. A careful reader gives each item its scheme's
name as its topic, as a transposed project table's item has its project's name (README:
"each project an item whose text is its progress field and whose topic is its name"), the
name still kept in the paragraphs table as printed. With no commentary column the name is
both the text and the topic.

The documents: eval25's test documents (``tests/data/eval25/capital_schemes/``) and two
quarterly reports of one council written for this test (``tests/data/limits27/
capital_series/``: Markdown, the same three schemes in two directorates, each commentary
reworded, one scheme's RAG from Amber to Red). On the code before, the series matched
Quarter 3's science labs to Quarter 2's school extension by their words, and gave the two
other schemes new keys.
"""

from __future__ import annotations

import warnings
from pathlib import Path

from wlga_analysis import load_programme_series
from wlga_analysis.testing import parse_document

DATA = Path(__file__).parent / "data"
_SERIES = DATA / "limits27" / "capital_series"


def _parse(path: Path):
    return parse_document(path, "programme")


def test_scheme_names_are_topics():
    prog = _parse(DATA / "eval25" / "capital_schemes" / "capital-monitoring-q1.html").programme
    assert prog["topic"].tolist() == ["Bryncoed bus station", "Riverside car park lighting",
                                      "Extra care scheme, Heol Fawr"]
    assert prog["text"].tolist()[0] == ("Demolition is finished and the main contractor "
                                        "started on site in June.")


def test_scheme_name_without_commentary_is_text_and_topic():
    prog = _parse(DATA / "eval25" / "capital_schemes" / "capital-schemes-brag.md").programme
    assert prog["topic"].tolist() == prog["text"].tolist() == [
        "Leisure centre pool hall roof", "Library self-service kiosks"]


def test_quarterly_reports_follow_each_scheme():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        series = load_programme_series([_SERIES / "capital-monitoring-q2.md",
                                        _SERIES / "capital-monitoring-q3.md"])
    q2 = series[series["update"] == "capital-monitoring-q2.md"]
    q3 = series[series["update"] == "capital-monitoring-q3.md"]
    assert q3["match"].tolist() == ["topic"] * 3
    assert q3["item_key"].tolist() == q2["item_key"].tolist()
    assert q3["topic"].tolist() == ["Ysgol y Dderwen extension",
                                    "Tref High School science labs",
                                    "Cemetery extension, Heol Goch"]
    assert q3["status"].tolist() == ["in progress", "at risk", "in progress"]


def test_scheme_row_still_printed_in_the_paragraphs_table():
    parsed = _parse(_SERIES / "capital-monitoring-q2.md")
    kept = " ".join(parsed.paragraphs["text"].astype(str))
    assert "Tref High School science labs" in kept and "Total Education" in kept
