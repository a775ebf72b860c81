"""Eval13 family prog13b: annual reports whose un-numbered themes each print "What we said
we would do / What we did / What next" parts (stop 19).

The careful reader's reading of three documents of the family that differ from the corpus
(other part wordings, owners, years and forms), written down before the loader ran:

- a plain-text annual review: themes as plain lines (one with a paragraph of introduction),
  parts "What we promised:" / "What we have done:" / "What we will do next:", "•" bullets;
- a web page whose parts stand side by side in **one table with a Theme column** ("Theme |
  What we set out to do | What happened | Next steps", a row per theme), funding after it;
- a Word file whose themes are Heading 2, each over **a three-column table** of its parts
  (bullets in the cells), as the corpus's PDF prints them.

The themes are the sections, numbered in reading order ("Funding" is none); the items are
the bullets of the done and next parts, never the commitment's paragraph; a done part's
bullet is done unless its wording says otherwise ("is being built", "is delayed"), a next
part's is planned whatever its wording ("Continue ...", "Work with ..."); two months before
one year ("in May and June 2025") take that year; a body's grant that funds the programme
is "<body> grant", and a funder's programme that provides an amount is named by its name.
"""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import pytest

from wlga_analysis import load_grants, load_paragraphs, load_priorities, load_programme

DATA = Path(__file__).parent / "data" / "eval13" / "prog13b"


def _quiet(loader, path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return loader(path)


def _items(path: Path) -> list[tuple]:
    frame = _quiet(load_programme, path)
    return [(int(p), t, s, q if isinstance(q, str) else None, list(pa))
            for p, t, s, q, pa in zip(frame["paragraph"], frame["text"], frame["status"],
                                      frame["quarter_label"], frame["partners"], strict=True)]


#: "in May and June 2025": two months before one year (the quarter is checked apart, below).
_TWO_MONTHS = re.compile(r"\b[A-Z][a-z]+ and [A-Z][a-z]+ (?:19|20)\d\d\b")


def _without_two_month_quarters(items: list[tuple]) -> list[tuple]:
    return [(*it[:3], None if _TWO_MONTHS.search(it[1]) else it[3], it[4]) for it in items]


def _grants(path: Path) -> list[tuple]:
    frame = _quiet(load_grants, path)
    return sorted(zip(frame["grant"], frame["amount_gbp"].astype(int),
                      frame["financial_year"], strict=True))


# ------------------------------------------------------------------ the readings
REVIEW_ITEMS = [
    (1, "We recruited 40 apprentices across 12 councils in May and June 2025.", "done",
     "2025-26 Q1", []),
    (1, "A shared careers website is being built with Data Cymru.", "in progress", None,
     ["Data Cymru"]),
    (1, "Launch a national graduate scheme by January 2027.", "planned", "2026-27 Q4", []),
    (1, "Work with Academi Wales on a recruitment course from April 2026.", "planned",
     "2026-27 Q1", ["Academi Wales"]),
    (2, "We ran 25 digital skills courses for 600 staff in October and November 2025.",
     "done", "2025-26 Q3", []),
    (2, "The data apprenticeship is delayed because of a shortage of assessors.", "at risk",
     None, []),
    (2, "Publish a digital skills framework with the Society of Welsh Treasurers by "
        "September 2026.", "planned", "2026-27 Q2", ["Society of Welsh Treasurers"]),
    (3, "We trained 120 mental health first aiders in February 2026.", "done", "2025-26 Q4",
     []),
    (3, "Training for line managers is behind plan.", "at risk", None, []),
    (3, "Run a staff wellbeing survey in all 22 councils in November 2026.", "planned",
     "2026-27 Q3", []),
]
REVIEW_GRANTS = [("Cynnal Cymru", 60000, "2025-26"),
                 ("Welsh Government grant", 300000, "2025-26")]

SAFETY_ITEMS = [
    (1, "We opened two youth hubs in Barry in September 2023.", "done", "2023-24 Q2", []),
    (1, "A new reporting app is being tested by the police.", "in progress", None, []),
    (1, "Open a third youth hub by June 2024.", "planned", "2024-25 Q1", []),
    (2, "We delivered online safety talks in 30 schools in January and February 2024.",
     "done", "2023-24 Q4", []),
    (2, "Continue the talks in every secondary school from September 2024.", "planned",
     "2024-25 Q2", []),
]
SAFETY_GRANTS = [("Home Office grant", 75000, "2023-24")]
SAFETY_PRIORITIES = ["Reducing anti-social behaviour", "Keeping young people safe"]

HOUSING_ITEMS = [
    (1, "We helped 300 families keep their homes in June and July 2024.", "done",
     "2024-25 Q1", []),
    (1, "A landlord support service is being piloted in two councils.", "in progress", None,
     []),
    (1, "Extend the landlord support service to all councils by March 2026.", "planned",
     "2025-26 Q4", []),
    (2, "We brought 85 empty homes back into use.", "done", None, []),
    (2, "Review the empty homes grant with Audit Wales in January 2026.", "planned",
     "2025-26 Q4", ["Audit Wales"]),
]
HOUSING_GRANTS = [("Welsh Government grant", 150000, "2024-25")]
HOUSING_PARTS = [  # a theme's three parts side by side: (commitment, done bullets, next)
    ("Homelessness prevention",
     "We said we would help councils stop families losing their homes.",
     ["We helped 300 families keep their homes in June and July 2024.",
      "A landlord support service is being piloted in two councils."],
     ["Extend the landlord support service to all councils by March 2026."]),
    ("Empty homes", "We said we would bring more empty homes back into use.",
     ["We brought 85 empty homes back into use."],
     ["Review the empty homes grant with Audit Wales in January 2026."]),
]


# ------------------------------------------------------------------ the documents
def _housing_docx(path: Path) -> Path:
    import docx

    doc = docx.Document()
    doc.add_paragraph("Housing Support Programme: Annual Report 2024-25", style="Title")
    doc.add_paragraph("Published 12 September 2025")
    doc.add_heading("Funding", level=2)
    doc.add_paragraph("The programme was funded by a Welsh Government grant of £150,000 "
                      "in 2024-25.")
    for theme, said, did, nxt in HOUSING_PARTS:
        doc.add_heading(theme, level=2)
        table = doc.add_table(rows=2, cols=3)
        for cell, text in zip(table.rows[0].cells, ("What we said we would do",
                                                    "What we did", "What next"), strict=True):
            cell.paragraphs[0].add_run(text).bold = True
        said_cell, did_cell, next_cell = table.rows[1].cells
        said_cell.paragraphs[0].text = said
        for cell, bullets in ((did_cell, did), (next_cell, nxt)):
            cell.paragraphs[0].text = bullets[0]
            cell.paragraphs[0].style = "List Bullet"
            for text in bullets[1:]:
                cell.add_paragraph(text, style="List Bullet")
    doc.add_paragraph("We will publish our next annual report in 2026.")
    doc.save(path)
    return path


@pytest.fixture(scope="module")
def housing() -> Path:
    """The Word file, as :func:`_housing_docx` wrote it (regenerate: ``python -c "import
    test_eval13_prog13b as t, pathlib; t._housing_docx(pathlib.Path(...))"`` in tests/)."""
    return DATA / "housing-annual-report.docx"


REVIEW = DATA / "workforce-annual-review.txt"
SAFETY = DATA / "community-safety-annual-report.html"


# ------------------------------------------------------------------ the tests
def test_a_text_review_reads_its_themes_parts_and_statuses():
    assert _without_two_month_quarters(_items(REVIEW)) == \
        _without_two_month_quarters(REVIEW_ITEMS)


def test_a_text_review_names_its_grants_by_their_funders():
    assert _grants(REVIEW) == REVIEW_GRANTS


def test_the_commitments_stay_text_not_items():
    paras = _quiet(load_paragraphs, REVIEW)
    said = paras[paras["text"].str.startswith("We promised")]
    assert len(said) == 3 and set(said["kind"]) == {"text"}
    intro = paras[paras["text"].str.startswith("Councils find it hard")]
    assert intro["kind"].tolist() == ["text"]
    # a section framing the paper after the last theme ends it: its bullet is no item
    assert "That the Programme Board notes this review." in paras["text"].tolist()
    # the themes are the sections; the part headings are no sections
    sections = _quiet(load_programme, REVIEW)["section"].drop_duplicates().tolist()
    assert sections == ["Recruitment", "Skills", "Wellbeing"]


def test_a_web_page_with_the_parts_side_by_side_in_one_table():
    assert _without_two_month_quarters(_items(SAFETY)) == \
        _without_two_month_quarters(SAFETY_ITEMS)
    assert _grants(SAFETY) == SAFETY_GRANTS
    assert _quiet(load_priorities, SAFETY)["priority"].tolist() == SAFETY_PRIORITIES


def test_a_word_file_with_a_parts_table_under_each_theme_heading(housing):
    assert _without_two_month_quarters(_items(housing)) == \
        _without_two_month_quarters(HOUSING_ITEMS)
    assert _grants(housing) == HOUSING_GRANTS
    sections = _quiet(load_programme, housing)["section"].drop_duplicates().tolist()
    assert sections == ["Homelessness prevention", "Empty homes"]


def test_part_words_are_data():
    from wlga_analysis.reference import load_programme_words

    words = load_programme_words()
    assert words["commitment part"] and words["done part"] and words["next part"]


def test_nothing_lost_from_the_text_review():
    """Every word of the review is in some table (items, paragraphs, grants, metadata)."""
    import re

    from wlga_analysis.documents import read_document
    from wlga_analysis.programme import parse_programme

    word = re.compile(r"[^\W_]+")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parsed = parse_programme(read_document(REVIEW, "programme"))
    found: set[str] = set()
    for frame in (parsed.programme, parsed.priorities, parsed.grants, parsed.paragraphs):
        for column in frame.columns:
            for value in frame[column].tolist():
                found |= {w.lower() for w in word.findall(" ".join(map(str, value))
                                                           if isinstance(value, list)
                                                           else str(value))}
    found |= {w.lower() for w in word.findall(str(parsed.metadata["title"]))}
    text = REVIEW.read_text(encoding="utf-8").replace("•", " ")
    lines = [ln for ln in text.splitlines() if not ln.startswith("Published ")]
    missing = {w.lower() for ln in lines for w in word.findall(ln)} - found
    assert missing == set()


BILINGUAL = """# Digital Skills Programme: Annual Report 2025-26

Published 2 July 2026

## Cyber security

### What we said we would do / Beth ddywedon ni y bydden ni'n ei wneud

We said we would help councils pass Cyber Essentials.

### What we did / Beth wnaethon ni

- We ran a cyber exercise with 15 councils in March 2026.

### What next / Beth nesaf

- Help the last seven councils pass Cyber Essentials by March 2027.

## Data

### What we did / Beth wnaethon ni

- We published a data sharing toolkit in January 2026.

### What next / Beth nesaf

- Train 50 data champions by December 2026.
"""
BILINGUAL_ITEMS = [
    (1, "We ran a cyber exercise with 15 councils in March 2026.", "done", "2025-26 Q4", []),
    (1, "Help the last seven councils pass Cyber Essentials by March 2027.", "planned",
     "2026-27 Q4", []),
    (2, "We published a data sharing toolkit in January 2026.", "done", "2025-26 Q4", []),
    (2, "Train 50 data champions by December 2026.", "planned", "2026-27 Q3", []),
]


def test_bilingual_part_headings_in_markdown(tmp_path):
    path = tmp_path / "digital-annual-report.md"
    path.write_text(BILINGUAL, encoding="utf-8")
    assert _items(path) == BILINGUAL_ITEMS


def test_two_months_before_one_year_take_that_year(housing):
    expected = [it for it in REVIEW_ITEMS + HOUSING_ITEMS if _TWO_MONTHS.search(it[1])]
    got = [it for it in _items(REVIEW) + _items(housing) if _TWO_MONTHS.search(it[1])]
    assert got == expected
