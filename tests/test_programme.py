"""Tests of wlga_analysis.programme on the shipped update and on synthetic ones."""

from __future__ import annotations

import datetime as dt
import warnings

import pandas as pd
import pytest

from wlga_analysis import config, data_quality_report, load_metadata
from wlga_analysis.documents import read_document
from wlga_analysis.errors import DataQualityWarning, ParseError
from wlga_analysis.programme import (
    load_grants,
    load_paragraphs,
    load_priorities,
    load_programme,
    parse_amount,
    parse_programme,
    programme_metadata,
)
from wlga_analysis.testing import quietly

SHIPPED = config.RAW_DIR / "improvement-programme-2021-22-update.txt"

SYNTHETIC = """\
14th June 2023

WLGA IMPROVEMENT PROGRAMME 2023-24 UPDATE

Purpose

1. To update Members on progress against the Delivery Plan for the Improvement Programme 2023-24.

Background

2. Members endorsed the WLGA Improvement Offer 2023-24, which comprised two elements:
 - A universal offer available to all councils under three priorities:
 - Workforce & Skills;
 - Climate Change; and
 - Digital Transformation
 - A targeted offer for councils that need intensive support.
3. Welsh Government awarded £1.2m grant funding for 2023-24 to secure the Improvement \
Programme delivery plan 2023-24. Councils face a £4bn pressure over three years.

Progress Update

4. Team Set Up

- **Recruitment:** two posts were filled within quarter two.
- **Induction:** induction of new staff is scheduled for early Spring.

5. Workforce and Skills

- A skills survey has been published with Data Cymru and the WLGA.
- Work continues with Academi Wales on a leadership course, ending in November. The
  course covers:
 - coaching;
 - mentoring.

6. Climate Change

- Carbon toolkit workshops are planned for Q4.
- Procurement delays remain a risk to the toolkit and the
work on the LGA peer

review programme.

Funding

7. The WLGA also receives a £50k grant for the Climate Change toolkit.
8. Options include merging the improvement grant with other funding.
"""


@pytest.fixture(scope="module")
def prog():
    return quietly(load_programme)


@pytest.fixture(scope="module")
def parsed():
    return parse_programme(read_document(None, "programme"))


@pytest.fixture
def synthetic(tmp_path):
    path = tmp_path / "update-2023-24.txt"
    path.write_text(SYNTHETIC, encoding="utf-8")
    return path


# ---------------------------------------------------------------- shipped document
def test_item_counts_by_section(prog):
    assert len(prog) == 30
    assert prog.groupby("paragraph").size().to_dict() == {6: 5, 7: 3, 8: 10, 9: 5, 10: 6,
                                                          11: 1}
    assert prog["item_id"].is_unique
    assert prog["item_id"].iloc[0] == "6.1" and prog["item_id"].iloc[-1] == "11.1"


def test_known_items(prog):
    p = prog.set_index("item_id")
    assert p.loc["6.1", ["topic", "when", "quarter_label", "status"]].tolist() == [
        "Programme team", "within quarter two", "2021-22 Q2", "at risk"]
    assert p.loc["6.2", "status"] == "done"
    assert p.loc["6.3", ["when", "quarter_label", "status"]].tolist() == [
        "late Autumn 2021", "2021-22 Q3", "planned"]
    assert p.loc["6.4", ["when", "quarter_label"]].tolist() == [
        "following May's elections", "2022-23 Q1"]
    assert p.loc["10.4", ["when", "quarter_label"]].tolist() == [
        "by 31st March 2022", "2021-22 Q4"]
    assert p.loc["8.1", "status"] == "done"
    assert p.loc["7.3", "status"] == "in progress"
    assert p.loc["6.1", "quarter"] == pd.Period("2022Q2", freq="Q-MAR")
    assert str(prog["quarter"].dtype) == "period[Q-MAR]"
    assert pd.isna(p.loc["6.2", "quarter"]) and pd.isna(p.loc["6.2", "quarter_label"])
    assert pd.isna(p.loc["8.5", "when"])  # "from 2022" is not a timing


def test_partners(prog):
    p = prog.set_index("item_id")["partners"]
    assert p["8.1"] == ["LGA", "COSLA", "NILGA"]
    assert p["8.2"] == ["WEN Wales", "EYST", "Stonewall", "Disability Wales"]
    assert p["7.3"] == ["Data Cymru"]
    assert p["10.4"] == ["SOLACE", "Society of Welsh Treasurers", "HR Directors Network"]
    assert all("WLGA" not in ps for ps in p)


def test_sections_and_priorities(prog):
    p = prog.drop_duplicates("paragraph").set_index("paragraph")
    assert p.loc[6, "section"] == "Programme Set Up" and pd.isna(p.loc[6, "priority"])
    assert p.loc[8, "priority"] == "Local Democracy & Member Development"
    assert p.loc[9, "priority"] == "Corporate Governance & Performance"
    assert pd.isna(p.loc[11, "priority"])


def test_text_and_sub_bullets(prog):
    p = prog.set_index("item_id")
    assert p.loc["8.10", "text"].startswith(
        "Governance and Audit Committee support including: Developing role descriptions;")
    assert "Working with CIPFA" in p.loc["8.10", "text"]
    assert p.loc["6.1", "text"].startswith("Programme team: three members")
    for text in prog["text"]:
        assert "**" not in text and "](" not in text


def test_priorities():
    pr = load_priorities()
    assert pr["priority"].tolist() == [
        "COVID-19 Pandemic Recovery", "Local Democracy & Member Development",
        "Corporate Governance & Performance", "Corporate Capability"]
    assert set(pr["offer"]) == {"universal offer"} and set(pr["paragraph"]) == {3}
    assert pr["priority_no"].tolist() == [1, 2, 3, 4]


def test_grants():
    g = load_grants().set_index("amount_gbp")
    assert g.index.tolist() == [800000, 530000]
    assert g.loc[800000, "grant"] == "improvement grant"
    assert g.loc[800000, "financial_year"] == "2021-22"
    assert bool(g.loc[800000, "financial_year_stated"]) is True
    assert "delivery plan 2021-22" in g.loc[800000, "purpose"]
    assert g.loc[800000, "paragraphs"] == [4, 15]
    assert g.loc[530000].drop("paragraphs").tolist() == [
        "digital grant", "2021-22", False, "Chief Digital Officer and team", 91]
    assert g.loc[530000, "paragraphs"] == [16]


def test_paragraphs_and_page_join():
    paras = quietly(load_paragraphs)
    numbered = paras.loc[paras["kind"] == "paragraph", "paragraph"].tolist()
    assert numbered == list(range(1, 21))
    assert set(paras["paragraph"].dropna()) == set(range(1, 21))
    p15 = paras.loc[(paras["paragraph"] == 15) & (paras["kind"] == "paragraph"), "text"].item()
    assert "Although an in-principle commitment" in p15
    assert paras.text.str.contains("£800,000").any() and paras.text.str.contains("£530,000").any()
    assert not paras["text"].str.contains(r"\*\*|\]\(", regex=True).any()
    loose = paras.loc[paras["text"].str.startswith("In addition, work has been")]
    assert loose[["kind", "paragraph", "heading"]].to_numpy().tolist() == [
        ["text", 3, "Background"]]
    assert "daniel.hurford@wlga.gov.uk" in paras["text"].tolist()
    assert paras.loc[paras["text"] == "Head of Policy", "kind"].item() == "text"


def test_every_nonblank_line_is_accounted_for(parsed):
    lines = read_document(None, "programme").lines
    nonblank = {n for n, ln in enumerate(lines, 1) if ln.strip()}
    roles = parsed.lines.set_index("line")
    assert set(roles.index) == nonblank
    row_lines = set(parsed.paragraphs["source_line"])
    assert set(roles.index[roles["role"] == "row"]) == row_lines
    assert set(roles.loc[roles["role"] == "continuation", "row_line"]) <= row_lines
    assert roles.loc[89, "role"] == "continuation"
    assert set(roles.loc[roles["role"] == "heading"].index) == {7, 11, 27, 82, 96}


def test_metadata():
    meta = programme_metadata(read_document(None, "programme"))
    assert meta["kind"] == "programme"
    assert meta["title"] == "WLGA IMPROVEMENT PROGRAMME 2021-22 UPDATE"
    assert meta["title_display"] == "WLGA Improvement Programme 2021-22 Update"
    assert meta["date"] == dt.date(2021, 10, 22) and meta["financial_year"] == "2021-22"
    assert len(meta["sha256"]) == 64


def test_shipped_issues(parsed):
    checks = {(i.check, i.item) for i in parsed.issues}
    assert ("status by default", "8.4") in checks
    assert ("no timing", "6.2") in checks and ("no timing", "6.1") not in checks
    assert not any(i.check in ("numbering gap", "duplicate number") for i in parsed.issues)
    with pytest.warns(DataQualityWarning, match="no status wording rule matched"):
        load_programme()


def test_loaders_return_copies(prog):
    again = quietly(load_programme)
    again.loc[0, "status"] = "done"
    again.loc[1, "partners"].append("X")
    fresh = quietly(load_programme)
    assert fresh.loc[0, "status"] == "at risk" and "X" not in fresh.loc[1, "partners"]


def test_status_override_and_rules(tmp_path):
    out = quietly(load_programme, status_overrides={"6.2": "at risk", "8.4": "done"})
    p = out.set_index("item_id")
    assert p.loc["6.2", ["status", "status_rule"]].tolist() == ["at risk", "override"]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        load_programme(status_overrides={"8.4": "done"})
    assert not any("8.4" in str(w.message) and "status" in str(w.message) for w in caught)
    with pytest.raises(ValueError, match="unknown item"):
        load_programme(status_overrides={"99.1": "done"})
    with pytest.raises(ValueError, match="not one of"):
        load_programme(status_overrides={"6.2": "finished"})
    rules = tmp_path / "rules.csv"
    rules.write_text("order,status,pattern,rule\n1,planned,.,default: all planned\n",
                     encoding="utf-8")
    out = quietly(load_programme, status_rules=rules)
    assert set(out["status"]) == {"planned"}


def test_parse_amount():
    assert [parse_amount(t) for t in ("£800,000", "£1.2m", "£4bn", "£50k")] == [
        800000, 1200000, 4000000000, 50000]


# ------------------------------------------------------------- synthetic documents
def test_synthetic_2023_24_update(synthetic):
    prog = quietly(load_programme, synthetic)
    p = prog.set_index("item_id")
    assert p.index.tolist() == ["4.1", "4.2", "5.1", "5.2", "6.1", "6.2"]
    assert p.loc["4.1", ["topic", "when", "quarter_label"]].tolist() == [
        "Recruitment", "within quarter two", "2023-24 Q2"]
    assert p.loc["4.2", ["status", "quarter_label"]].tolist() == ["planned", "2023-24 Q4"]
    assert p.loc["5.1", ["status", "partners"]].tolist() == ["done", ["Data Cymru"]]
    assert p.loc["5.2", "quarter_label"] == "2023-24 Q3"
    assert p.loc["5.2", "text"].endswith("The course covers: coaching; mentoring.")
    assert p.loc["6.1", "quarter_label"] == "2023-24 Q4"
    assert p.loc["6.2", "status"] == "at risk"
    assert p.loc["6.2", "text"].endswith("and the work on the LGA peer review programme.")
    assert p.loc["6.2", "partners"] == ["LGA"]
    assert p.loc["5.1", "priority"] == "Workforce & Skills"
    assert pd.isna(p.loc["4.1", "priority"])
    meta = programme_metadata(read_document(synthetic, "programme"))
    assert meta["financial_year"] == "2023-24" and meta["date"] == dt.date(2023, 6, 14)

    pr = load_priorities(synthetic)
    assert pr["priority"].tolist() == ["Workforce & Skills", "Climate Change",
                                       "Digital Transformation"]
    with pytest.warns(DataQualityWarning, match="£4bn"):
        g = load_grants(synthetic).set_index("amount_gbp")
    assert g.index.tolist() == [1200000, 50000]
    assert g.loc[1200000, ["grant", "financial_year", "financial_year_stated"]].tolist() == [
        "improvement grant", "2023-24", True]
    assert g.loc[50000, ["purpose", "financial_year", "financial_year_stated"]].tolist() == [
        "Climate Change toolkit", "2023-24", False]
    paras = quietly(load_paragraphs, synthetic)
    assert paras["text"].str.contains("£4bn").any()


def test_missing_progress_heading_and_date(tmp_path):
    text = SYNTHETIC.replace("14th June 2023\n", "").replace("Progress Update\n", "")
    path = tmp_path / "no-heading.txt"
    path.write_text(text, encoding="utf-8")
    with pytest.warns(DataQualityWarning) as caught:
        prog = load_programme(path)
    messages = " ".join(str(w.message) for w in caught)
    assert "no 'Progress Update' heading" in messages and "no date" in messages
    assert prog["item_id"].tolist()[:2] == ["4.1", "4.2"]
    assert prog.set_index("item_id").loc["4.1", "quarter_label"] == "2023-24 Q2"


def test_numbering_gap_and_duplicate(tmp_path):
    text = SYNTHETIC.replace("\n7. The WLGA", "\n9. The WLGA").replace("\n8. Options",
                                                                       "\n9. Options")
    path = tmp_path / "gaps.txt"
    path.write_text(text, encoding="utf-8")
    with pytest.warns(DataQualityWarning) as caught:
        load_paragraphs(path)
    messages = " ".join(str(w.message) for w in caught)
    assert "paragraph(s) 7-8 missing" in messages and "numbered again" in messages


@pytest.mark.parametrize(("content", "message"), [
    ("\n\n", "empty"),
    ("Some random prose about councils.\nAnother line of text.\n", "numbered paragraphs"),
    ("1. A numbered paragraph.\n2. Another one.\n", "no numbered headings followed by bullets"),
])
def test_bad_inputs(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ParseError, match=message):
        load_programme(path)


def test_wrong_kind_and_cut_off(tmp_path):
    with pytest.raises(ParseError, match="not a programme update"):
        load_programme(config.RAW_DIR / "working-group-recommendations.txt")
    cut = tmp_path / "cut.txt"
    cut.write_text("\n".join(SHIPPED.read_text(encoding="utf-8").splitlines()[:26]),
                   encoding="utf-8")
    with pytest.raises(ParseError, match="cut off"):
        load_programme(cut)
    empty_progress = tmp_path / "empty-progress.txt"
    empty_progress.write_text(
        "\n".join(SHIPPED.read_text(encoding="utf-8").splitlines()[:29]), encoding="utf-8")
    with pytest.raises(ParseError, match="no bullets"):
        load_programme(empty_progress)


def test_a_hundred_copies_of_the_progress_section_parse_to_3000_items(tmp_path):
    """Speed is measured in bench/run.py; here only that a long document parses whole."""
    lines = SHIPPED.read_text(encoding="utf-8").splitlines()
    head, body = lines[:28], lines[28:80]
    out = list(head)
    for copy in range(100):
        for ln in body:
            num = ln.split(".", 1)
            if num[0].isdigit():
                ln = f"{int(num[0]) + 6 * copy}.{num[1]}"
            out.append(ln)
    path = tmp_path / "long.txt"
    path.write_text("\n".join(out), encoding="utf-8")
    parsed = parse_programme(read_document(path, "programme"))
    assert len(parsed.programme) == 3000 and parsed.programme["item_id"].is_unique


# --------------------------------------------------------------------------- another update
OTHER_UPDATE = config.PROJ_ROOT / "tests" / "data" / "programme-2023-24-q1-update.txt"


def test_another_update_resolves_in_its_own_year():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)
        prog = load_programme(OTHER_UPDATE).set_index("item_id")
        priorities = load_priorities(OTHER_UPDATE)
    assert priorities["priority"].tolist() == ["Workforce and Skills", "Climate Emergency",
                                               "Financial Resilience"]
    assert prog.loc["4.1", "status"] == "done"
    assert prog.loc["5.1", ["status", "quarter_label", "when"]].tolist() == [
        "planned", "2023-24 Q2", "September"]  # "scheduled for September", June 2023
    assert prog.loc["5.2", ["status", "quarter_label"]].tolist() == ["at risk", "2023-24 Q4"]
    assert prog.loc["6.1", "quarter_label"] == "2024-25 Q1"  # "in Spring 2024"
    assert prog.loc["6.1", "partners"] == ["CIPFA"]


def test_grants_without_a_printed_name_get_a_descriptive_one_and_a_warning():
    with pytest.warns(DataQualityWarning, match=r"£1\.2m has no name in the document"):
        grants = load_grants(OTHER_UPDATE).set_index("amount_gbp")
    assert grants.loc[950_000, ["grant", "financial_year", "purpose"]].tolist() == [
        "grant for improvement programme", "2023-24", "improvement programme"]
    assert bool(grants.loc[950_000, "financial_year_stated"])
    assert grants.loc[1_200_000, "purpose"] == "Climate Change Support Programme"
    assert not bool(grants.loc[1_200_000, "financial_year_stated"])


# --------------------------------------------------------------------------- unseen layouts
_UPDATE = """\
{date}

WLGA IMPROVEMENT PROGRAMME {fy} QUARTER THREE UPDATE

Purpose

1. To update Members on progress against the Improvement Programme {fy}.

Background

2. The universal offer for {fy} is delivered through two priorities:
 - Leadership; and
 - Resilience

3. Welsh Government has awarded a £900,000 improvement grant for

{fy} to deliver the Improvement Programme. The WLGA also receives

£530,000 for the Chief Digital Officer and team.

Progress Update

4. Leadership

- A leadership conference will be held in

November 2024, jointly with SOLACE.
- A budget-setting workshop was held in January and a follow-up will run in Summer.
- The peer review toolkit is now planned for 2025-26 Q1.
- Member charters will be assessed by the end of March.
- A briefing on the Autumn Statement has been circulated.

5. Resilience

- A self-assessment tool is being piloted and the results will be reported to the

WLGA Executive Board in quarter three.
"""


def _update(tmp_path, date="12th December 2024", fy="2024-25"):
    path = tmp_path / "update.txt"
    path.write_text(_UPDATE.format(date=date, fy=fy), encoding="utf-8")
    return path


def test_a_page_break_before_a_capital_digit_or_pound_sign_continues_the_sentence(tmp_path):
    path = _update(tmp_path)
    prog = quietly(load_programme, path).set_index("item_id")
    assert prog.loc["4.1", "text"].endswith("held in November 2024, jointly with SOLACE.")
    assert prog.loc["4.1", ["quarter_label", "partners"]].tolist() == ["2024-25 Q3",
                                                                     ["SOLACE"]]
    assert prog.loc["5.1", "text"].endswith("WLGA Executive Board in quarter three.")
    assert prog.loc["5.1", "quarter_label"] == "2024-25 Q3"
    grants = quietly(load_grants, path)
    assert grants["amount_gbp"].tolist() == [900000, 530000]
    assert grants["financial_year"].tolist() == ["2024-25", "2024-25"]
    paragraph_3 = quietly(load_paragraphs, path).query("paragraph == 3")
    assert len(paragraph_3) == 1 and "£900,000" in paragraph_3["text"].item() \
        and "£530,000" in paragraph_3["text"].item()


def test_timings_in_the_past_tense_and_with_the_year_first(tmp_path):
    prog = quietly(load_programme, _update(tmp_path)).set_index("item_id")
    # dated December 2024: the January that is past
    assert prog.loc["4.2", ["when", "quarter_label"]].tolist() == ["in January", "2023-24 Q4"]
    assert prog.loc["4.3", ["when", "quarter_label"]].tolist() == ["2025-26 Q1", "2025-26 Q1"]
    assert prog.loc["4.4", ["when", "quarter_label"]].tolist() == ["by the end of March",
                                                                 "2024-25 Q4"]
    assert pd.isna(prog.loc["4.5", "when"])  # the Autumn Statement is not a timing


def test_a_date_line_with_no_day_gives_the_year_and_is_reported(tmp_path):
    path = _update(tmp_path, date="February 2025")
    meta = load_metadata(path, kind="programme")
    assert meta["date"] is None
    assert meta["financial_year"] == "2024-25"
    assert meta["title"].startswith("WLGA IMPROVEMENT PROGRAMME")
    prog = quietly(load_programme, path).set_index("item_id")
    assert prog.loc["4.2", "quarter_label"] == "2024-25 Q4"  # last January
    assert prog.loc["4.4", "quarter_label"] == "2024-25 Q4"  # the coming March
    report = data_quality_report(programme=path)
    assert "date without a day" in set(report["check"])


def test_a_year_end_update_dated_after_march_keeps_the_title_year(tmp_path):
    text = _UPDATE.format(date="28th April 2025", fy="2024-25").replace(
        "will be reported to the", "were reported in Q4 to the")
    path = tmp_path / "year-end.txt"
    path.write_text(text, encoding="utf-8")
    assert load_metadata(path, kind="programme")["financial_year"] == "2024-25"
    prog = quietly(load_programme, path).set_index("item_id")
    assert prog.loc["5.1", ["when", "quarter_label"]].tolist() == ["in Q4", "2024-25 Q4"]
    report = data_quality_report(programme=path)
    message = report.loc[report["check"] == "title and date disagree", "message"].item()
    assert "quarters are read in 2024-25" in message


_FUNDING_UPDATE = """\
30th September 2019

WLGA IMPROVEMENT PROGRAMME 2019-20 QUARTER TWO UPDATE

Background

1. The WLGA Improvement Offer 2019-20 focuses on 3 priority areas:
 - Leadership
 - Scrutiny and Governance
 - Digital Innovation

2. Welsh Government funding of £1,200,000.00 has been awarded for 2019-20 to support the \
improvement programme.

3. The WLGA also receives a £500,000 digital grant for 2019-20 for the Digital Innovation \
Team, and £500,000 scrutiny grant funding for 2019-20 to support scrutiny development.

4. For 2020-21, Welsh Government has indicated improvement funding of £0.5 million for a \
transition year.

5. Welsh Government has also provided £75,000 to support a pilot of regional peer reviews.

Progress Update

6. Leadership

- <b>Website:</b> the improvement pages will be refreshed in Q3.
- Apprenticeship support including:
   o guidance for councils on levy transfer;
   o a shared apprenticeship scheme pilot, starting in quarter three.
"""


def test_grants_of_the_same_amount_stay_apart_when_their_names_or_years_differ(tmp_path):
    path = tmp_path / "funding.txt"
    path.write_text(_FUNDING_UPDATE, encoding="utf-8")
    grants = quietly(load_grants, path)
    got = [list(row) for row in grants[["grant", "amount_gbp", "financial_year",
                                        "financial_year_stated", "purpose"]].itertuples(
        index=False)]
    assert got == [
        ["grant for improvement programme", 1200000, "2019-20", True, "improvement programme"],
        ["digital grant", 500000, "2019-20", True, "Digital Innovation Team"],
        ["scrutiny grant", 500000, "2019-20", True, "scrutiny development"],
        ["improvement grant", 500000, "2020-21", True, "a transition year"],
        ["grant for a pilot of regional peer reviews", 75000, "2019-20", False,
         "a pilot of regional peer reviews"],
    ]


def test_priority_areas_sub_bullets_marked_o_and_an_html_bold_lead(tmp_path):
    path = tmp_path / "funding.txt"
    path.write_text(_FUNDING_UPDATE, encoding="utf-8")
    priorities = quietly(load_priorities, path)
    assert priorities["priority"].tolist() == ["Leadership", "Scrutiny and Governance",
                                               "Digital Innovation"]
    prog = quietly(load_programme, path).set_index("item_id")
    assert prog.loc["6.1", ["topic", "quarter_label"]].tolist() == ["Website", "2019-20 Q3"]
    assert prog.loc["6.2", "text"] == (
        "Apprenticeship support including: guidance for councils on levy transfer; a shared "
        "apprenticeship scheme pilot, starting in quarter three.")
    assert prog.loc["6.2", "quarter_label"] == "2019-20 Q3"
    assert "priority count" not in set(data_quality_report(programme=path)["check"])


@pytest.mark.parametrize(("lead", "listed", "names", "warned"), [
    ("is built around four priorities: A One; B Two; C and D; and E Five.", "",
     ["A One", "B Two", "C and D", "E Five"], False),
    ("is delivered under five priorities:", " - Alpha;\n - Beta; and\n - Gamma\n - A targeted "
     "offer for councils.\n", ["Alpha", "Beta", "Gamma"], True),
])
def test_inline_and_short_priority_lists(tmp_path, lead, listed, names, warned):
    text = _UPDATE.format(date="12th December 2024", fy="2024-25").replace(
        "is delivered through two priorities:\n - Leadership; and\n - Resilience\n",
        f"{lead}\n{listed}")
    path = tmp_path / "update.txt"
    path.write_text(text, encoding="utf-8")
    assert quietly(load_priorities, path)["priority"].tolist() == names
    assert ("priority count" in set(data_quality_report(programme=path)["check"])) == warned


_Q4_UPDATE = """\
WLGA EXECUTIVE BOARD

20th February 2025

WLGA IMPROVEMENT PROGRAMME 2024-25 QUARTER FOUR UPDATE

Background

1. Progress 2024-25 has three priorities:
 - Leadership
 - Workforce
 - Digital

2. Welsh Government has confirmed the 2025-26 improvement grant of £1.2m. An underspend of \
around £25,000 against the grant is expected. The digital grant of £600,000 funds the Chief \
Digital Officer and team.

3. Spend to date:

Improvement grant          £480,000         £310,000
Rural   5   2

Progress Update

4. Leadership

4.1 A leadership academy was launched in the new year with SOLACE.
4.2 The benchmarking report has slipped to May because of data delays.

5. Workforce

- Sessions on senior manager development were delivered between June and September with \
Data Cymru,
SOLACE and the Local Government Association.
- The workforce strategy will be completed by the end of Q2.

Next Steps

- Members to note the report.
"""


def test_a_quarter_four_update_with_sub_paragraphs_a_table_and_closing_bullets(tmp_path):
    path = tmp_path / "q4.txt"
    path.write_text(_Q4_UPDATE, encoding="utf-8")
    meta = load_metadata(path, kind="programme")
    assert meta["title"] == "WLGA IMPROVEMENT PROGRAMME 2024-25 QUARTER FOUR UPDATE"
    prog = quietly(load_programme, path).set_index("item_id")
    assert prog.index.tolist() == ["4.1", "4.2", "5.1", "5.2"]  # nothing from Next Steps
    assert [list(r) for r in prog[["when", "quarter_label"]].itertuples(index=False)] == [
        ["in the new year", "2024-25 Q4"], ["slipped to May", "2025-26 Q1"],
        ["between June and September", "2024-25 Q1"], ["by the end of Q2", "2025-26 Q2"]]
    assert prog.loc["5.1", "partners"] == ["Data Cymru", "SOLACE", "LGA"]
    assert quietly(load_priorities, path)["priority"].tolist() == ["Leadership", "Workforce",
                                                                  "Digital"]
    grants = quietly(load_grants, path)
    assert [list(r) for r in grants[["grant", "amount_gbp", "financial_year",
                                     "purpose"]].itertuples(index=False)] == [
        ["improvement grant", 1200000, "2025-26", "improvement support"],
        ["digital grant", 600000, "2024-25", "Chief Digital Officer and team"]]
    report = data_quality_report(programme=path)
    unclassified = report.loc[report["check"] == "unclassified amount", "item"].tolist()
    assert unclassified == ["£25,000", "£480,000", "£310,000"]
    assert "priority count" not in set(report["check"])


@pytest.mark.parametrize("date_line", ["22nd October 2021", "22 October 2021",
                                       "October 22, 2021", "22/10/2021", "2021-10-22"])
def test_the_shipped_update_with_its_date_in_other_formats(tmp_path, date_line):
    text = SHIPPED.read_text(encoding="utf-8")
    assert text.count("22nd October 2021") == 1
    path = tmp_path / "update.txt"
    path.write_text(text.replace("22nd October 2021", date_line), encoding="utf-8")
    assert load_metadata(path, kind="programme")["date"] == dt.date(2021, 10, 22)
    prog = quietly(load_programme, path)
    assert prog["quarter_label"].fillna("").tolist() == \
        quietly(load_programme, SHIPPED)["quarter_label"].fillna("").tolist()
    assert prog.set_index("item_id").loc["6.4", "quarter_label"] == "2022-23 Q1"
