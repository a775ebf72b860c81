"""eval48: a research report's recommendations boxed at each chapter's end, numbered by
chapter ("Recommendation 3.1": the area is chapter 3, not the section the box follows), a
footnote mark after a recommendation's full stop, pandoc's fenced divs, and an owner whose
name holds "and" ("Town and community councils")."""

from __future__ import annotations

import warnings

import wlga_analysis as W


def _load(path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return W.load_areas(path), W.load_recommendations(path), W.load_activities(path)


_HOUSING_MD = """---
title: "Housing the workforce: options for councils"
---

# Summary {.unnumbered}

Key messages in brief.

# Background

## Why this matters

Councils report vacancies in care roles.

# Supply of homes

## 2.1 Land held by councils

Councils hold land that could be used.

## 2.2 Our findings

Few councils have a register of their land.

::: box
**Recommendation 2.1**

Local authorities should publish a register of surplus land by 2027.
:::

::: box
**Recommendation 2.2**

The Welsh Government should fund feasibility studies on council land.[^3]
:::

# Paying for homes

## 3.1 Costs

Build costs have risen by a fifth since 2021.

::: box
**Recommendation 3.1**

The WLGA should convene lenders and councils to agree a shared model.
:::

[^3]: As the Welsh Government did for schools.
"""


def test_markdown_boxes_take_the_chapter_as_area(tmp_path):
    path = tmp_path / "housing.md"
    path.write_text(_HOUSING_MD, encoding="utf-8")
    areas, recs, acts = _load(path)
    assert list(areas.area) == ["Supply of homes", "Paying for homes"]
    assert areas.theme.isna().all() or (areas.theme.fillna("") == "").all()
    assert list(recs.rec_label) == ["2.1", "2.2", "3.1"]
    assert list(recs.area) == ["Supply of homes", "Supply of homes", "Paying for homes"]
    assert list(recs.text) == [
        "Local authorities should publish a register of surplus land by 2027.",
        "The Welsh Government should fund feasibility studies on council land.",
        "The WLGA should convene lenders and councils to agree a shared model."]
    assert [list(o) for o in recs.owners] == [["LG"], ["WG"], ["WLGA"]]
    assert len(acts) == 0  # (the chapters' evidence is no work done)


_SKILLS_HTML = """<html><body><h1>Skills for digital services</h1>
<h1><span class="header-section-number">1</span> Introduction</h1><p>Scope of the study.</p>
<h1><span class="header-section-number">2</span> Leadership</h1>
<h2><span class="header-section-number">2.1</span> What we heard</h2>
<p>Leaders have been trained in few councils.</p>
<div class="recbox"><p><strong>Recommendation 2.1</strong></p>
<p>The WLGA should run a digital leadership programme for chief executives.\u00b9</p></div>
<h1><span class="header-section-number">3</span> Recruitment</h1>
<h2><span class="header-section-number">3.1</span> The market</h2><p>Pay lags the market.</p>
<h2><span class="header-section-number">3.2</span> Options</h2><p>Shared posts are one option.</p>
<div class="recbox"><p><strong>Recommendation 3.1</strong></p>
<p>Local authorities should share specialist posts across a region.</p></div>
<div class="recbox"><p><strong>Recommendation 3.2</strong></p>
<p>The Welsh Government should review pay flexibilities.</p></div>
<h1><span class="header-section-number">4</span> Conclusion</h1><p>We close.</p>
</body></html>"""


def test_web_page_boxes_after_numbered_sections(tmp_path):
    """Chapter 2's one section is a generic one ("What we heard"): chapter 2 is planned as
    the area already; chapter 3's boxes follow its section 3.2."""
    path = tmp_path / "skills.html"
    path.write_text(_SKILLS_HTML, encoding="utf-8")
    areas, recs, acts = _load(path)
    assert list(areas.area) == ["Leadership", "Recruitment"]
    assert list(recs.rec_label) == ["2.1", "3.1", "3.2"]
    assert list(recs.area) == ["Leadership", "Recruitment", "Recruitment"]
    assert recs.text[0] == ("The WLGA should run a digital leadership programme for chief "
                            "executives.")
    assert [list(o) for o in recs.owners] == [["WLGA"], ["LG"], ["WG"]]
    assert len(acts) == 0


def test_section_areas_stay_when_numbering_is_not_by_chapter(tmp_path):
    """Recommendations numbered through the report stay under their sections."""
    text = _HOUSING_MD.replace("Recommendation 2.1", "Recommendation 1").replace(
        "Recommendation 2.2", "Recommendation 2").replace("Recommendation 3.1",
                                                          "Recommendation 3")
    path = tmp_path / "through.md"
    path.write_text(text, encoding="utf-8")
    _areas, recs, _acts = _load(path)
    assert list(recs.area) == ["Our findings", "Our findings", "Costs"]


def test_owner_name_with_and_kept_whole():
    from wlga_analysis.interpret.recommendations.modal_subject import subject_owners
    from wlga_analysis.interpret.recommendations.owners import OwnerCodes

    known = OwnerCodes.from_rows([("WLGA", "Welsh Local Government Association", ""),
                                  ("WG", "Welsh Government", ""),
                                  ("LG", "Local government", "Local authorities;councils")])
    assert subject_owners("Town and community councils should map safe walking routes.",
                          known) == ["Town and community councils"]
    assert subject_owners("Schools and local authorities should run walking buses.",
                          known) == ["Schools", "LG"]
    assert subject_owners("The WLGA and councils should agree a model.", known) == \
        ["WLGA", "LG"]
