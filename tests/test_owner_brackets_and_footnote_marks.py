"""Owner brackets of a recommendations table that name job titles of councils, and footnote
marks printed right after an owner bracket.

- "(**Heads of Housing, all councils**)", "(**Directors of Education, each council**)": the
  owner is local government (LG), as "Heads of Planning (each council)" already is in an
  owner column; the bracket is an owner marker, not text of the recommendation.
- "... (**WG**)¹": the footnote mark "¹" is not part of the recommendation's text; the
  footnote printed at the bottom ("¹ Subject to ...") is kept in the notes, and the mark is
  reported (a data-quality note) so that an analyst can find it.

The document is written for the test as a WLGA task and finish group prints it (the tab rows
with HTML cells of the shipped table), also as a Markdown pipe table, and published as a web
page and a Word file (:mod:`wlga_analysis.testing.publish`). The readings below are the
careful reader's, written before the code ran.
"""

from __future__ import annotations

import pytest

from wlga_analysis import documents, load_recommendations
from wlga_analysis.recommendations import parse_recommendations
from wlga_analysis.testing import quietly, table_rows, write_document

_HEADER = "Area\tActivity underway or achieved\tRecommendations"
TAB_ROWS = "\n".join([
    "## Schools and Housing Task and Finish Group: Recommendations", "",
    "Date: 12 September 2025", "",
    "#### Housing and education", "",
    _HEADER,
    "<p><b>Area 1: School places for homeless families</b></p>\t"
    "<p>1. Councils have mapped the schools near temporary accommodation.</p>\t"
    "<p>1. That councils keep a child in the same school after a move into temporary "
    "accommodation. (<b>Directors of Education, each council</b>)</p>"
    "<p>2. That Welsh Government funds school transport for these pupils. "
    "(<b>WG</b>)\u00b9</p>",
    "<p><b>Area 2: Housing advice</b></p>\t"
    "<p>2. The WLGA has trained 40 housing officers.</p>\t"
    "<p>3. That councils name a housing adviser for each school cluster. "
    "(<b>Heads of Housing, all councils</b>)</p>"
    "<p>4. That the WLGA shares good practice each year. (<b>WLGA</b>)\u00b2</p>", "",
    "\u00b9 Subject to the Welsh Government budget for 2026-27.",
    "\u00b2 Through the Housing Network.",
])

MARKDOWN = "\n".join([
    "# Schools and Housing Task and Finish Group: Recommendations", "",
    "Date: 12 September 2025", "",
    "## Housing and education", "",
    "| Area | Activity underway or achieved | Recommendations |",
    "|---|---|---|",
    "| **Area 1: School places for homeless families** | 1. Councils have mapped the "
    "schools near temporary accommodation. | 1. That councils keep a child in the same "
    "school after a move into temporary accommodation. (**Directors of Education, each "
    "council**)<br>2. That Welsh Government funds school transport for these pupils. "
    "(**WG**)\u00b9 |",
    "| **Area 2: Housing advice** | 2. The WLGA has trained 40 housing officers. | 3. That "
    "councils name a housing adviser for each school cluster. (**Heads of Housing, all "
    "councils**)<br>4. That the WLGA shares good practice each year. (**WLGA**)\u00b2 |", "",
    "\u00b9 Subject to the Welsh Government budget for 2026-27.", "",
    "\u00b2 Through the Housing Network.",
])

#: The reader's reading: (rec_id, area_id, owners, text).
RECOMMENDATIONS = [
    [1, 1, ["LG"], "That councils keep a child in the same school after a move into "
                   "temporary accommodation."],
    [2, 1, ["WG"], "That Welsh Government funds school transport for these pupils."],
    [3, 2, ["LG"], "That councils name a housing adviser for each school cluster."],
    [4, 2, ["WLGA"], "That the WLGA shares good practice each year."],
]
FOOTNOTES = ["\u00b9 Subject to the Welsh Government budget for 2026-27.",
             "\u00b2 Through the Housing Network."]


@pytest.fixture(scope="module")
def forms(tmp_path_factory) -> dict[str, object]:
    """{form: path}: the tab rows, the Markdown table, and the tab rows published as a web
    page and a Word file."""
    from wlga_analysis.read.html import read_html
    from wlga_analysis.testing.publish import docx_bytes, html_page

    root = tmp_path_factory.mktemp("owner-brackets")
    page = html_page(TAB_ROWS.splitlines(), "recommendations")
    out: dict[str, object] = {
        "text": write_document(root, TAB_ROWS, "recs.txt"),
        "markdown": write_document(root, MARKDOWN, "recs.md"),
        "html": write_document(root, page, "recs.html"),
    }
    docx = root / "recs.docx"
    docx.write_bytes(docx_bytes(read_html(page)))
    out["docx"] = docx
    return out


@pytest.mark.parametrize("form", ["text", "markdown", "html", "docx"])
def test_job_titles_of_councils_in_a_bold_bracket_are_local_government(forms, form):
    recs = quietly(load_recommendations, forms[form])
    assert table_rows(recs, "rec_id", "area_id", "owners", "text") == RECOMMENDATIONS


@pytest.mark.parametrize("form", ["text", "markdown", "html", "docx"])
def test_a_footnote_mark_after_an_owner_bracket_is_reported_and_its_footnote_kept(forms,
                                                                                  form):
    parsed = parse_recommendations(documents.read_document(forms[form], "recommendations"))
    notes = parsed.notes["text"].tolist()
    assert [n for n in notes if n[0] in "\u00b9\u00b2"] == FOOTNOTES
    marks = [(i.item, i.message) for i in parsed.issues if i.check == "footnote mark"]
    assert [item for item, _ in marks] == ["2", "4"]
    assert "\u00b9" in marks[0][1] and "\u00b2" in marks[1][1]
    assert not any(i.check in ("no owner", "unknown owner code") for i in parsed.issues)


def test_a_footnote_mark_after_other_words_stays_in_the_text(tmp_path):
    """Only a mark right after the owner bracket is taken out: one after a sentence with no
    owner marker, or inside it, is text as printed."""
    text = TAB_ROWS.replace(". (<b>WLGA</b>)\u00b2", ".\u00b2 (<b>WLGA</b>)")
    recs = quietly(load_recommendations, write_document(tmp_path, text, "recs.txt"))
    assert recs["text"].tolist()[-1] == "That the WLGA shares good practice each year.\u00b2"


@pytest.mark.parametrize("form", ["text", "html"])
def test_a_footnote_mark_printed_as_superscript_html(tmp_path, form):
    """A web page (and the text form's HTML cells) print the mark as ``<sup>1</sup>``: it
    is the mark ¹, read as the Unicode one is."""
    from wlga_analysis.testing.publish import html_page

    text = TAB_ROWS.replace("\u00b9", "<sup>1</sup>").replace("\u00b2", "<sup>2</sup>")
    if form == "html":
        text = html_page(text.splitlines(), "recommendations").replace(
            "&lt;sup&gt;", "<sup>").replace("&lt;/sup&gt;", "</sup>")
    path = write_document(tmp_path, text, "recs.html" if form == "html" else "recs.txt")
    parsed = parse_recommendations(documents.read_document(path, "recommendations"))
    assert table_rows(parsed.recommendations, "rec_id", "area_id", "owners", "text") \
        == RECOMMENDATIONS
    assert [i.item for i in parsed.issues if i.check == "footnote mark"] == ["2", "4"]
    if form == "html":  # (the text form's footnote lines are plain text, printed as such)
        assert [n for n in parsed.notes["text"] if n[0] in "\u00b9\u00b2"] == FOOTNOTES
