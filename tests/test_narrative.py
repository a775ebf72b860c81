"""Sentences about the documents come from the documents: a later update gives other facts."""

from __future__ import annotations

import warnings

import pytest

import wlga_analysis as wa
from wlga_analysis import analysis, config, narrative

JANUARY = config.PROJ_ROOT / "tests" / "data" / "improvement-programme-2021-22-january-update.txt"


@pytest.fixture(scope="module")
def tables():
    """The tables of the shipped documents and of the January update, by name."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", wa.DataQualityWarning)
        out = {}
        for key, path in (("october", None), ("january", JANUARY)):
            meta = wa.load_metadata(path, kind="programme")
            out[key] = {"programme": wa.load_programme(path), "grants": wa.load_grants(path),
                        "paragraphs": wa.load_paragraphs(path), "meta": meta,
                        "quality": wa.data_quality_report(None, path),
                        "report_quarter": analysis.report_quarter(meta)}
        out["recs"] = wa.load_recommendations()
        out["activities"] = wa.load_activities()
        out["areas"] = wa.load_areas()
        out["recs_meta"] = wa.load_metadata(None, kind="recommendations")
    return out


def test_sources_name_the_documents_loaded(tables):
    october = narrative.sources([tables["recs_meta"], tables["october"]["meta"]])
    january = narrative.sources([tables["recs_meta"], tables["january"]["meta"]])
    assert "22 October 2021" in october and "improvement-programme-2021-22-update.txt" in october
    assert "27 January 2022" in january
    assert "improvement-programme-2021-22-january-update.txt" in january
    assert "22 October 2021" not in january and "2021-22-update.txt" not in january


def test_items_at_risk_are_the_updates_own(tables):
    october = narrative.timing_reading(tables["october"]["programme"],
                                       tables["october"]["report_quarter"])
    january = narrative.timing_reading(tables["january"]["programme"],
                                       tables["january"]["report_quarter"])
    assert "item 6.1 (Programme Set Up: Programme team)" in october
    assert "stretched resources" in october and "2021-22 Q3" in october
    assert "Two items are at risk: item 6.3" in january and "item 8.2" in january
    assert "Omicron" in january and "2021-22 Q4" in january
    for shipped in ("item 6.1", "item 7.2", "stretched resources", "Ten of the 30"):
        assert shipped not in january, shipped
    assert january.startswith("**Reading this.** Nine of the 11 programme items give a timing.")


def test_quarter_examples_come_from_the_update(tables):
    january = narrative.quarters_note(tables["january"]["programme"], tables["january"]["meta"])
    assert "(27 January 2022)" in january and '"in December 2021" is 2021-22 Q3' in january
    assert "within quarter two" not in january and "22 October" not in january


def test_grants_and_total_are_the_updates_own(tables):
    january = narrative.grants_reading(tables["january"]["grants"],
                                       analysis.figure_from_text(tables["activities"]))
    assert "£560,000" in january and "Together they are £1,360,000" in january
    assert "£530,000" not in january and "£1,330,000" not in january
    october = narrative.grants_reading(tables["october"]["grants"],
                                       analysis.figure_from_text(tables["activities"]))
    assert "the digital grant of £530,000 for 2021-22" in october
    assert "the digital grant" in narrative.grants_caveat(tables["october"]["grants"])
    assert "Every grant's financial year is printed" in \
        narrative.grants_caveat(tables["january"]["grants"])


def test_options_and_quality(tables):
    assert narrative.options_note(analysis.funding_options(
        tables["january"]["paragraphs"])).startswith("The update puts no options")
    assert "three options" in narrative.options_note(
        analysis.funding_options(tables["october"]["paragraphs"]))
    january = narrative.quality_reading(tables["january"]["quality"],
                                        tables["january"]["programme"])
    assert "11 data-quality findings" in january and "no timing (2: 5.1 and 6.1)" in january
    assert "£950,000" in january  # amounts with commas are kept whole
    october = narrative.quality_reading(tables["october"]["quality"],
                                        tables["october"]["programme"])
    assert "26 data-quality findings" in october and "no owner (3: 13, 16 and 17)" in october


def test_owners_and_areas_follow_the_tables(tables):
    text = narrative.owners_reading(tables["recs"], tables["october"]["programme"])
    assert "WLGA/WG own 14 of the 25 recommendations together" in text
    assert "Three recommendations name no owner (13, 16 and 17)" in text
    assert "Data Cymru (4 items) and LGA (3 items)" in text
    fewer = tables["recs"][tables["recs"]["rec_id"] != 13]
    assert "Two recommendations name no owner (16 and 17)" in \
        narrative.owners_reading(fewer, tables["october"]["programme"])
    areas = narrative.areas_reading(tables["areas"], tables["activities"], tables["recs"])
    assert "Regional arrangements and Mutual respect and shared responsibilities carry the " \
        "most recommendations (5 each)" in areas


def test_crosswalk_links_that_do_not_apply_are_named(tables):
    january = tables["january"]
    checked = narrative.check_crosswalk(analysis.load_crosswalk(), tables["recs"],
                                        january["programme"], january["grants"],
                                        january["paragraphs"])
    assert checked["found"].sum() == 3 and (~checked["found"]).sum() == 6
    note = narrative.crosswalk_note(checked)
    assert "Six of the 9 links of the crosswalk point at nothing" in note
    assert "crosswalk.csv, line 6: programme item '8.4' does not exist" in note
    scope = narrative.crosswalk_scope([tables["recs_meta"], january["meta"]],
                                      wa.load_provenance())
    assert "*WLGA Improvement Programme 2021-22 Update* is not a shipped document" in scope
    october = tables["october"]
    assert narrative.check_crosswalk(analysis.load_crosswalk(), tables["recs"],
                                     october["programme"], october["grants"],
                                     october["paragraphs"])["found"].all()
