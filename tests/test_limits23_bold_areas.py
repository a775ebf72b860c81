"""Numbered chapter headings printed in bold over a paper's tables and cards (stop 23).

A paper typed with no heading styles prints its numbered chapters as bold lines
("**2. Community asset transfer**", "**5. Recommendations**"), often with no blank line
under them, and its theme headings too ("**Theme 1: Long-term planning**" right over a
pipe table). It must read as the same paper with its headings marked ("## 2. ...",
"### Theme 1: ..."): a numbered heading in bold is the numbered heading it is.
"""

from __future__ import annotations

import re
import warnings
from pathlib import Path

from wlga_analysis.documents import read_document
from wlga_analysis.errors import DataQualityWarning
from wlga_analysis.recommendations import parse_recommendations

MATRIX_REVIEW = """# Roads for the long term: a thematic review of highway maintenance

Auditor General for Wales

## Foreword

This review looked at how four councils plan the upkeep of their roads over ten years.

## 1. About this review

1.1 We read the highway asset plans of four councils and met their engineers.

## 2. Planning for the long term

2.1 No council plans its road maintenance further than three years ahead.

## 3. Recommendations

The table shows the bodies each recommendation is addressed to.

### Theme 1: Planning the network

| No. | Recommendation | Welsh Government | Local authorities | WLGA |
|---|---|---|---|---|
| 1 | Publish a ten-year highway asset plan with each budget. |  | ✓ |  |
| 2 | Give councils indicative capital figures for three years. | ✓ |  |  |

### Theme 2: Sharing what works

| No. | Recommendation | Welsh Government | Local authorities | WLGA |
|---|---|---|---|---|
| 3 | Share the costs of resurfacing methods between councils. |  | ✓ | ✓ |
| 4 | Agree a common condition survey for all roads. | ✓ | ✓ | ✓ |

Each body must publish its response within 30 working days.
"""

CARDS = """# Library services: progress on the committee's recommendations

The committee reported on public libraries in May 2023. This paper sets out progress on
each of its recommendations since the Welsh Government responded.

## 1. Opening hours

### Recommendation 1

Recommendation
:   Local authorities should keep each branch library open on Saturday mornings.

Response
:   Accepted

Lead
:   Local authorities

Progress update
:   Eighteen councils open every branch on Saturday mornings.

### Recommendation 2

Recommendation
:   The Welsh Government should fund longer opening in the largest branches.

Response
:   Accepted in principle

Lead
:   Welsh Government

Progress update
:   A pilot in three councils started in April 2024.

## 2. Digital services

### Recommendation 3

Recommendation
:   The WLGA should share a common catalogue contract with all 22 councils.

Response
:   Accepted

Lead
:   WLGA

Progress update
:   Sixteen councils have joined the common contract.
"""


def _in_bold(text: str) -> str:
    """Each heading but the title as a bold line, the blank line under it removed (as a
    paper typed with no heading styles prints it)."""
    return re.sub(r"(?m)^#{2,4} +(.+?)\n\n", lambda m: "**" + m.group(1) + "**\n", text)


def _read(tmp_path: Path, name: str, text: str) -> list:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)
        got = parse_recommendations(read_document(path, "recommendations"))
    return [frame.drop(columns=["source_line"], errors="ignore").astype(str).values.tolist()
            for frame in (got.recommendations, got.areas)]


def test_bold_theme_headings_over_addressee_matrices_read_as_marked_ones(tmp_path):
    want = _read(tmp_path, "marked.md", MATRIX_REVIEW)
    assert len(want[1]) == 2
    assert len(want[0]) == 4
    bold = _in_bold(MATRIX_REVIEW)
    assert "**Theme 1: Planning the network**\n| No." in bold
    assert _read(tmp_path, "bold.md", bold) == want


def test_cards_under_bold_numbered_chapters_read_as_under_marked_ones(tmp_path):
    want = _read(tmp_path, "marked.md", CARDS)
    assert len(want[0]) == 3 and len(want[1]) == 2
    bold = _in_bold(CARDS)
    assert "**1. Opening hours**\n**Recommendation 1**" in bold
    assert _read(tmp_path, "bold.md", bold) == want


PEER_REPORT = """# Cyngor Enghraifft Corporate Peer Challenge: Feedback report

Welsh Local Government Association -- 2 March 2026

## 1. Introduction

The council invited the WLGA to carry out a corporate peer challenge. A team of four
peers spent three days at the council in January 2026 and met more than 90 people.

## 2. Local priorities

The corporate plan's objectives are well understood, but most have no measurable outcome.

**Recommendation R1:** Set out a small number of measurable outcomes for each well-being objective.

### Areas for consideration

-   Consider a short annual 'plan on a page' for residents.

## 3. Financial planning

The medium-term financial plan runs to 2027-28 only and leaves a gap of £9.2 million.

**Recommendation R2:** Extend the medium-term financial plan to at least five years.

### Areas for consideration

-   Consider a joint budget session for cabinet and scrutiny.

## 4. Capacity for improvement

Recruitment to professional posts is difficult and the change programme relies on a few people.

**Recommendation R3:** Agree a workforce plan for hard-to-fill professional posts.

## 5. Next steps

The council will publish an action plan within three months.
"""


def test_a_generic_bold_sub_heading_under_bold_numbered_chapters_is_no_theme(tmp_path):
    """"**Areas for consideration**" under "**2. Local priorities**" is a sub-heading of
    the chapter (as "### Areas for consideration" under "## 2. ..."), not the theme of the
    chapters after it."""
    want = _read(tmp_path, "marked.md", PEER_REPORT)
    assert len(want[0]) == 3 and [row[2] for row in want[1]] == ["", "", ""]
    bold = _in_bold(PEER_REPORT)
    assert "**3. Financial planning**\nThe medium-term" in bold
    assert _read(tmp_path, "bold.md", bold) == want
