# ruff: noqa: E501  (the documents print their table rows on one line each)
"""Results Based Accountability report cards (eval53's prog53b layout family) in other
wordings and forms: a council's Markdown export (pipe tables, "Outcome N:" cards, a £
measure and a grant named in the story) and a plain-text print with TAB tables under
"Well-being objective N -" cards, "How well did we do it?" measures only, a
"Population indicators" list of bullets and a card's heading printed again over its
actions ("... (continued)", as a card printed on a page pair).

Read so: each card a priority (its name without the label), the rows of "What we will do
next" the items (status from the word opening the Progress cell, quarter from "By when");
population indicators and the measures tables ("How much did we do?", "How well did we
do it?", "Is anyone better off?") are no items and no grants (kept as lines of kind
``measure`` in the paragraphs table); the date from "Published <date>" in a sentence.

The expected values are a careful reader's, written before the code ran.
"""

from __future__ import annotations

import warnings

import wlga_analysis as wa

MARKDOWN = """\
# Corporate Plan Report Cards 2024-25

Bro Hafren County Council. Published 4 June 2025 with the Corporate
Self-Assessment. Each card follows Results Based Accountability.

# Outcome 1: Older people live independently

## Population indicators

-   Percentage of people aged 65 and over living at home: 91.2% (2024)
-   Delayed transfers of care per 10,000 population: 4.1 (2024-25)

## Performance measures

| **How much did we do?**                     | **2022-23** | **2023-24** | **Target** |
|---------------------------------------------|-------------|-------------|------------|
| Reablement packages started                 | 640         | 702         | 700        |
| Value of Independent Living Grants paid (£) | £310,000    | £355,000    | £350,000   |

| **Is anyone better off?**                       | **2022-23** | **2023-24** | **Target** |
|-------------------------------------------------|-------------|-------------|------------|
| People needing no further care after reablement | 58%         | 61%         | 60%        |

## Story behind the curve

Reablement grew with the Regional Integration Fund (£420,000 for 2024-25).

## What we will do next

| **Action**                        | **Lead**           | **By when**   | **Progress**                              |
|-----------------------------------|--------------------|---------------|-------------------------------------------|
| Recruit six reablement workers    | Reablement Manager | August 2025   | Complete – all six started in July 2025.  |
| Open a step-down flat in Llanfair | Housing Manager    | February 2026 | Delayed – the lease is not yet signed.    |

# Outcome 2: Town centres are lively and well used

## Population indicators

-   Town centre footfall per week: 41,300 (2024-25)

## Performance measures

| **How well did we do it?**                  | **2022-23** | **2023-24** | **Target** |
|---------------------------------------------|-------------|-------------|------------|
| Market traders rating the service good      | 72%         | 78%         | 80%        |

## Story behind the curve

Two empty shops reopened with the Welsh Government's Town Centre Transformation capital
grant of £600,000 for 2024-25.

## What we will do next

| **Action**                       | **Lead**             | **By when**   | **Progress**                                   |
|----------------------------------|----------------------|---------------|------------------------------------------------|
| Review market charges            | Markets Officer      | December 2025 | On track – consultation closed in May 2025.    |
| Adopt a night-time economy plan  | Regeneration Manager | May 2026      | Not started – work begins in the autumn.       |
| Pilot free parking on Saturdays  | Parking Manager      | October 2025  | Off track – the pilot is waiting for a permit. |
"""

TEXT = """\
Wellbeing Report Cards: Half-year Review 2025-26

Cwm Uchaf County Borough Council. Published on 21 November 2025 for Scrutiny Committee.

Well-being objective 1 - Everyone has a safe, warm home

Population indicators

\u2022 Households in fuel poverty: 14% (2024)
\u2022 Homeless households per 10,000: 38 (2024-25)

How well did we do it?\t2024-25\t2025-26 (Q2)\tTarget
Average days to re-let a council home\t34\t29\t28
Energy upgrades completed\t410\t265\t500

Well-being objective 1 - Everyone has a safe, warm home (continued)

What we will do next

Action\tLead\tBy when\tProgress
Retrofit 200 council homes with heat pumps\tHousing Assets Manager\tMarch 2026\tOn track \u2013 120 homes retrofitted.
Publish a rapid rehousing plan\tHomelessness Manager\tDecember 2025\tComplete \u2013 approved by Cabinet in October 2025.

Well-being objective 2 - A county of skills and good jobs

Population indicators

\u2022 Working-age adults with no qualifications: 7.9% (2024)

How much did we do?\t2024-25\t2025-26 (Q2)\tTarget
Apprentices employed by the council\t48\t52\t60

What we will do next

Action\tLead\tBy when\tProgress
Open a skills hub with Coleg Gwent\tEmployability Manager\tJanuary 2026\tDelayed \u2013 the building survey found asbestos.
"""


def _read(path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        prog = wa.load_programme(path)
        return (prog, wa.load_priorities(path), wa.load_grants(path),
                wa.load_paragraphs(path))


def test_markdown_report_cards(tmp_path):
    path = tmp_path / "report-cards.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    prog, prios, grants, paras = _read(path)
    assert prios["priority"].tolist() == ["Older people live independently",
                                          "Town centres are lively and well used"]
    assert prog["text"].tolist() == [
        "Recruit six reablement workers", "Open a step-down flat in Llanfair",
        "Review market charges", "Adopt a night-time economy plan",
        "Pilot free parking on Saturdays"]
    assert prog["paragraph"].tolist() == [1, 1, 2, 2, 2]
    assert prog["status"].tolist() == ["done", "at risk", "in progress", "planned", "at risk"]
    assert prog["quarter_label"].tolist() == ["2025-26 Q2", "2025-26 Q4", "2025-26 Q3",
                                              "2026-27 Q1", "2025-26 Q3"]
    # the £ measure is the service's performance, not funding; the story names the grant
    assert grants[["grant", "amount_gbp"]].values.tolist() == [
        ["Regional Integration Fund", 420000],
        ["Town Centre Transformation capital grant", 600000]]
    assert prog.attrs["date"].isoformat() == "2025-06-04"
    # nothing lost: the measures' figures and the indicators are kept as text
    kept = " ".join(paras["text"])
    assert "£355,000" in kept and "Delayed transfers of care" in kept


def test_text_report_cards(tmp_path):
    path = tmp_path / "report-cards.txt"
    path.write_text(TEXT, encoding="utf-8")
    prog, prios, grants, paras = _read(path)
    assert prios["priority"].tolist() == ["Everyone has a safe, warm home",
                                          "A county of skills and good jobs"]
    assert prog["text"].tolist() == ["Retrofit 200 council homes with heat pumps",
                                     "Publish a rapid rehousing plan",
                                     "Open a skills hub with Coleg Gwent"]
    assert prog["paragraph"].tolist() == [1, 1, 2]
    assert prog["status"].tolist() == ["in progress", "done", "at risk"]
    assert prog["quarter_label"].tolist() == ["2025-26 Q4", "2025-26 Q3", "2025-26 Q4"]
    assert grants.empty
    assert prog.attrs["date"].isoformat() == "2025-11-21"
    kept = " ".join(paras["text"])
    assert "Energy upgrades completed" in kept and "Households in fuel poverty" in kept
