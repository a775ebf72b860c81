"""Programme updates written as ONE nested numbered list (the thirty-first evaluation
corpus's prog31b, written afresh in other layouts and wordings).

The family: the priority at the first level ("1."), each action at the second (lettered
"a.", or renumbered "1." by Google Docs' Markdown export, nested by three spaces), and its
progress at the third ("i. **On track** – ..."), the status in bold at its start (or in
its words); a further "ii." line is a comment on the action. A careful reader takes each
priority as a numbered section and a priority, each action as an item whose text is its
own line (no letter, no progress), its status from the progress line and its timing the
date that line gives for what is outstanding ("a draft was agreed in May and the final
plan is due in March 2026": March); the comments are neither items nor text.

The documents are written by the tests (tmp_path): a Google Docs Markdown export of two
priorities (every level "1.", three spaces a level); a plain-text note with the letters
and Roman figures printed as markers and no bold. The asserted values are the careful
reader's reading, written before the code ran.
"""

from __future__ import annotations

from wlga_analysis.testing import parse_document

GDOCS_MD = """# Housing Support Programme 2025-26

Update for the Housing Panel – 3 December 2025

## Progress

1. **Homelessness prevention**
   1. Roll out the prevention toolkit to every council
      1. **Complete** – the toolkit was issued to all 22 councils in September 2025.
   2. Agree a shared approach to temporary accommodation with Shelter Cymru
      1. **Delayed** – a draft was agreed in May and the final plan is due in March 2026.
      2. The Panel will see the draft at its next meeting.
2. **Supported housing**
   1. Review the Housing Support Grant outcomes framework
      1. **On track** – the review will report by the end of June 2026.
   2. Publish good practice case studies
      1. **Not started** – work begins in April 2026.

**Funding:** The programme is funded by a Housing Support Grant award of £120,000 for 2025-26.
"""

PLAIN = """Regional Transport Programme: progress note
12 February 2026

1. Bus services
   a. Map the rural bus routes of each council
      i. Completed in January 2026.
   b. Pilot demand-responsive transport in two areas
      i. On track - the first pilot starts in May 2026.
      ii. A second area is being chosen.
2. Active travel
   a. Publish the regional active travel map
      i. Delayed - now expected by 31 March 2026.
   b. Train officers in route design with CIPFA
      i. Not started - courses are booked for October 2026.
   c. Agree a shared bike hire contract
      i. At risk - only one bid was received.
"""


def _parse(path):
    return parse_document(path, "programme")


def _items(parse):
    return [(r.item_id, r.paragraph, r.section, r.status,
             r.quarter_label if isinstance(r.quarter_label, str) else None)
            for r in parse.programme.itertuples()]


def test_google_docs_markdown_nested_list(tmp_path):
    path = tmp_path / "housing.md"
    path.write_text(GDOCS_MD, encoding="utf-8")
    parse = _parse(path)
    assert _items(parse) == [
        ("1.1", 1, "Homelessness prevention", "done", "2025-26 Q2"),
        ("1.2", 1, "Homelessness prevention", "at risk", "2025-26 Q4"),
        ("2.1", 2, "Supported housing", "in progress", "2026-27 Q1"),
        ("2.2", 2, "Supported housing", "planned", "2026-27 Q1"),
    ]
    assert parse.programme["text"].tolist() == [
        "Roll out the prevention toolkit to every council",
        "Agree a shared approach to temporary accommodation with Shelter Cymru",
        "Review the Housing Support Grant outcomes framework",
        "Publish good practice case studies"]
    assert parse.priorities["priority"].tolist() == ["Homelessness prevention",
                                                     "Supported housing"]
    text = " ".join(parse.paragraphs["text"])
    assert "The Panel will see the draft at its next meeting." in text  # (nothing lost)
    assert parse.grants["amount_gbp"].tolist() == [120000]


def test_plain_text_lettered_list(tmp_path):
    path = tmp_path / "transport.txt"
    path.write_text(PLAIN, encoding="utf-8")
    parse = _parse(path)
    assert _items(parse) == [
        ("1.1", 1, "Bus services", "done", "2025-26 Q4"),
        ("1.2", 1, "Bus services", "in progress", "2026-27 Q1"),
        ("2.1", 2, "Active travel", "at risk", "2025-26 Q4"),
        ("2.2", 2, "Active travel", "planned", "2026-27 Q3"),
        ("2.3", 2, "Active travel", "at risk", None),
    ]
    assert parse.programme["text"].iloc[3] == "Train officers in route design with CIPFA"
    assert parse.programme["partners"].iloc[3] == ["CIPFA"]
    assert parse.priorities["priority"].tolist() == ["Bus services", "Active travel"]
