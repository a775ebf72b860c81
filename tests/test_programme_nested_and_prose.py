"""Programme updates that print their progress as a nested list (the first level names the
sections, the second holds the items) or as prose (numbered paragraphs under the progress
heading, one item a sentence): two layouts the fourth evaluation corpus showed, which ended
in a ParseError before.

Every document here is written for the test (its own programme, themes, dates and wording,
as a WLGA officer would write it), and most are published in other forms (a web page, a
Word file, a PDF) with :mod:`wlga_analysis.testing.publish`. The asserted values are the
careful reader's reading, written down before the code ran; each form must give the same.
"""

from __future__ import annotations

import re

import pytest

from wlga_analysis.documents import clean_text
from wlga_analysis.errors import ParseError
from wlga_analysis.interpret.programme.sections import section_name
from wlga_analysis.metadata import load_metadata
from wlga_analysis.programme import (
    load_grants,
    load_paragraphs,
    load_priorities,
    load_programme,
)
from wlga_analysis.read.html import read_html
from wlga_analysis.testing import quietly
from wlga_analysis.testing import table_rows as _rows
from wlga_analysis.testing import write_document as _write
from wlga_analysis.testing.publish import docx_bytes, html_page

ITEM_COLUMNS = ("item_id", "paragraph", "section", "topic", "status", "quarter_label")

# ------------------------------------------------------------------------ nested lists
#: Plain "Theme N – name" first-level bullets, "*" sub-bullets with plain topic labels, a
#: third level folded into its item; the priorities listed as bullets.
THEMES = "\n".join([
    "# Climate Change Support Programme: Quarter 1 Update", "",
    "12 June 2025", "",
    "## Purpose", "",
    "This paper updates the Executive Board on the support programme for 2025-26.", "",
    "## Priorities", "",
    "The programme has three priorities for 2025-26:", "",
    "- Decarbonisation planning",
    "- Low carbon heat",
    "- Adaptation", "",
    "## Progress against themes", "",
    "- Theme 1 – Decarbonisation planning",
    "  * Action plans: revised decarbonisation action plans were published by 16 councils "
    "in May 2025.",
    "  * Peer learning: a peer learning network will meet for the first time in "
    "September 2025.",
    "- Theme 2 – Low carbon heat",
    "  * Heat network studies: feasibility studies are under way in three regions.",
    "    * two of the studies are expected to report by December 2025",
    "- Theme 3 – Adaptation",
    "  * Risk assessments: the adaptation risk toolkit has been delayed until Q3 2025-26.",
    "",
    "## Funding", "",
    "Welsh Government has awarded a grant of £350,000 for 2025-26 to the programme.",
])
THEMES_READING = [
    ["1.1", 1, "Decarbonisation planning", "Action plans", "done", "2025-26 Q1"],
    ["1.2", 1, "Decarbonisation planning", "Peer learning", "planned", "2025-26 Q2"],
    ["2.1", 2, "Low carbon heat", "Heat network studies", "in progress", "2025-26 Q3"],
    ["3.1", 3, "Adaptation", "Risk assessments", "at risk", "2025-26 Q3"],
]

#: The WLGA text form: bold names with no label as the first level, bold topics under them,
#: "Progress Update" as a plain line; no numbered paragraph anywhere.
BOLD_NAMES = "\n".join([
    "5 March 2025", "",
    "WLGA IMPROVEMENT SUPPORT: PROGRESS UPDATE", "",
    "Purpose", "",
    "This report sets out progress with the improvement support offer in 2024-25.", "",
    "Progress Update", "",
    "- **Scrutiny**",
    " - **Chairs' network:** the network was established in January 2025 and has agreed a "
    "work programme.",
    " - **Self-evaluation:** a self-evaluation tool for scrutiny committees is planned for "
    "May 2025.",
    "- **Workforce**",
    " - **Recruitment campaign:** the social care recruitment campaign is on track to "
    "launch in April 2025.",
])
BOLD_NAMES_READING = [
    ["1.1", 1, "Scrutiny", "Chairs' network", "done", "2024-25 Q4"],
    ["1.2", 1, "Scrutiny", "Self-evaluation", "planned", "2025-26 Q1"],
    ["2.1", 2, "Workforce", "Recruitment campaign", "in progress", "2025-26 Q1"],
]

#: A web page: "Priority N:" names in bold over numbered sub-lists (<ol> inside <li>),
#: under an "Update on delivery" heading.
NUMBERED_SUBLISTS = "\n".join([
    "<!DOCTYPE html><html><body><main>",
    "<h1>Housing Support Programme: Update</h1>",
    "<p>18 September 2024</p>",
    "<h2>Update on delivery</h2>",
    "<ul>",
    "<li><strong>Priority 1: Temporary accommodation</strong><ol>",
    "<li>Leasing scheme: 40 further homes were delivered through the scheme in August "
    "2024.</li>",
    "<li>Data returns: monthly returns will be collected from October 2024.</li></ol></li>",
    "<li><strong>Priority 2: Prevention</strong><ol>",
    "<li>Prevention toolkit: the toolkit is being tested with two councils.</li></ol></li>",
    "</ul>",
    "<h2>Next steps</h2>",
    "<p>A further update will be brought to the Board in December.</p>",
    "</main></body></html>",
])
NUMBERED_SUBLISTS_READING = [
    ["1.1", 1, "Temporary accommodation", "Leasing scheme", "done", "2024-25 Q2"],
    ["1.2", 1, "Temporary accommodation", "Data returns", "planned", "2024-25 Q3"],
    ["2.1", 2, "Prevention", "Prevention toolkit", "in progress", None],
]


def _reading(prog) -> list[list]:
    """The items' :data:`ITEM_COLUMNS`, a missing value as None."""
    return [[None if v is None or v != v else v for v in row]
            for row in _rows(prog, *ITEM_COLUMNS)]


def _published(tmp_path, text: str, name: str, forms: tuple[str, ...]) -> dict:
    """{form: path} of a text-form document published in ``forms``."""
    out = {}
    suffix = "md" if text.startswith("#") else "txt"
    out[suffix] = _write(tmp_path, text, f"{name}.{suffix}")
    page = html_page(text.split("\n"), "programme")
    for form in forms:
        if form == "html":
            out["html"] = _write(tmp_path, page, f"{name}.html")
        elif form == "docx":
            path = tmp_path / f"{name}.docx"
            path.write_bytes(docx_bytes(read_html(page), "auto"))
            out["docx"] = path
        elif form == "pdf":
            from wlga_analysis.testing.publish_pdf import pdf_bytes

            path = tmp_path / f"{name}.pdf"
            path.write_bytes(pdf_bytes(read_html(page)))
            out["pdf"] = path
    return out


def _sentences_kept(path, source_text: str) -> list[str]:
    """The sentences (over 25 characters) of ``source_text`` found in no table."""
    tables = [quietly(load, path) for load in (load_programme, load_paragraphs,
                                                load_priorities, load_grants)]
    flat = " ".join([str(quietly(load_metadata, path, "programme")["title"])] + [
        str(v) for t in tables for c in t.columns for v in t[c] if isinstance(v, str)])
    flat = re.sub(r"\s+", " ", flat)
    missing = []
    for line in source_text.split("\n"):
        # (a section's label is its number: "Theme 1 – Adaptation" is section 1, "Adaptation")
        text = section_name(clean_text(re.sub(r"<[^>]+>", " ", line).lstrip(" -*#")))
        for sentence in re.split(r"(?<=[.;:])\s+", text):
            if len(sentence) > 25 and sentence not in flat:
                missing.append(sentence)
    return missing


def test_theme_bullets_over_star_sublists_in_every_form(tmp_path):
    paths = _published(tmp_path, THEMES, "climate", ("html", "docx", "pdf"))
    for form, path in paths.items():
        prog = quietly(load_programme, path)
        assert _reading(prog) == THEMES_READING, form
        assert prog["priority"].tolist() == ["Decarbonisation planning"] * 2 + [
            "Low carbon heat", "Adaptation"], form
        # the third level is folded into its item
        assert prog["text"].tolist()[2] == (
            "Heat network studies: feasibility studies are under way in three regions. "
            "two of the studies are expected to report by December 2025"), form
        assert quietly(load_priorities, path)["priority"].tolist() == [
            "Decarbonisation planning", "Low carbon heat", "Adaptation"], form
        assert _rows(quietly(load_grants, path), "amount_gbp", "financial_year") == [
            [350000, "2025-26"]], form
        assert _sentences_kept(path, THEMES) == [], form


def test_bold_names_without_labels_number_the_sections_in_order(tmp_path):
    paths = _published(tmp_path, BOLD_NAMES, "support", ("html", "docx"))
    for form, path in paths.items():
        prog = quietly(load_programme, path)
        assert _reading(prog) == BOLD_NAMES_READING, form
        assert prog["text"].tolist()[0] == ("Chairs' network: the network was established "
                                            "in January 2025 and has agreed a work "
                                            "programme."), form
        assert _sentences_kept(path, BOLD_NAMES) == [], form


def test_priority_labels_over_numbered_sublists_on_a_web_page(tmp_path):
    path = _write(tmp_path, NUMBERED_SUBLISTS, "housing.html")
    prog = quietly(load_programme, path)
    assert _reading(prog) == NUMBERED_SUBLISTS_READING
    assert prog["text"].tolist()[2] == ("Prevention toolkit: the toolkit is being tested "
                                        "with two councils.")
    assert _sentences_kept(path, NUMBERED_SUBLISTS) == []


#: Markdown: "Strand N:" bullets over numbered sub-lists ("   1. ...").
NUMBERED_MARKDOWN = "\n".join([
    "# Rural Broadband Partnership: Update", "",
    "27 November 2024", "",
    "## Progress update", "",
    "- **Strand 1: Connection vouchers**",
    "   1. Vouchers: 320 vouchers were issued to rural households in October 2024.",
    "   2. Publicity: a publicity campaign is planned for January 2025.",
    "- **Strand 2: Mobile coverage**",
    "   1. Masts: the mast programme has slipped to Quarter 1 2025-26.",
])
NUMBERED_MARKDOWN_READING = [
    ["1.1", 1, "Connection vouchers", "Vouchers", "done", "2024-25 Q3"],
    ["1.2", 1, "Connection vouchers", "Publicity", "planned", "2024-25 Q4"],
    ["2.1", 2, "Mobile coverage", "Masts", "at risk", "2025-26 Q1"],
]


def test_numbered_sublists_in_markdown(tmp_path):
    from wlga_analysis.read.text_lines import read_line_run

    # the reader: "   1." just under a bullet is an item of a nested list, not paragraph 1
    blocks, _ = read_line_run(["- **Strand 1: Vouchers**", "   1. Issued.", "   2. Next.",
                               "", "3. A numbered paragraph."], 1)
    assert [(type(b).__name__, b.number, getattr(b, "level", None)) for b in blocks] == [
        ("ListItem", None, 0), ("ListItem", "1", 1), ("ListItem", "2", 1),
        ("Paragraph", "3", None)]
    path = _write(tmp_path, NUMBERED_MARKDOWN, "broadband.md")
    assert _reading(quietly(load_programme, path)) == NUMBERED_MARKDOWN_READING
    assert _sentences_kept(path, NUMBERED_MARKDOWN) == []


#: The priorities listed with a description under each (a nested list after the line that
#: announces them), then the progress as a nested list under its heading.
DESCRIBED_PRIORITIES = "\n".join([
    "# Equalities Support Programme: Progress Update", "",
    "20 February 2025", "",
    "## Priorities", "",
    "The programme has two priorities for 2024-25:", "",
    "- Anti-racist Wales",
    "  - supporting councils to deliver the Anti-racist Wales Action Plan",
    "- Gender equality",
    "  - supporting women into leadership roles", "",
    "## Progress", "",
    "- Anti-racist Wales",
    "  - Training: anti-racism training was delivered to 14 councils in December 2024.",
    "- Gender equality",
    "  - Mentoring: a mentoring scheme for women officers will launch in April 2025.",
])


def test_priorities_with_descriptions_are_not_sections(tmp_path):
    prog = quietly(load_programme, _write(tmp_path, DESCRIBED_PRIORITIES, "equalities.md"))
    assert _reading(prog) == [
        ["1.1", 1, "Anti-racist Wales", "Training", "done", "2024-25 Q3"],
        ["2.1", 2, "Gender equality", "Mentoring", "planned", "2025-26 Q1"]]


def test_a_plain_list_of_names_is_not_read_as_sections(tmp_path):
    # a bullet list with no sub-list names no sections: the paper still has no items
    text = "\n".join(["# Digital Programme Update", "", "4 April 2025", "",
                      "## Progress", "",
                      "- Cyber resilience", "- Data and insight", ""])
    with pytest.raises(ParseError, match="no numbered paragraphs"):
        quietly(load_programme, _write(tmp_path, text, "plain.md"))
    # nor is a list grouped by status, or one whose first level reports rather than names
    for first, second in (("Completed", "In progress"),
                          ("The following work was completed:", "Work is under way on:")):
        text = "\n".join(["# Digital Programme Update", "", "4 April 2025", "",
                          "## Progress", "", f"- {first}", "  - A cyber exercise.",
                          f"- {second}", "  - A data strategy.", ""])
        with pytest.raises(ParseError, match="no numbered paragraphs"):
            quietly(load_programme, _write(tmp_path, text, "grouped.md"))


# ------------------------------------------------------------------------------ prose
#: Numbered paragraphs of prose under "Progress update": the first names its section in a
#: short sentence ("Member development."), the second opens with a sentence of work.
PROSE = "\n".join([
    "14 January 2025", "",
    "WLGA MEMBER SUPPORT PROGRAMME: PROGRESS UPDATE 2024-25", "",
    "Purpose", "",
    "1. This paper updates Members on the member support programme.", "",
    "Background", "",
    "2. The programme has two priorities for 2024-25: member development and scrutiny.", "",
    "Progress update", "",
    "3. Member development. An induction e-learning module was launched in October 2024. "
    "Mentoring for new cabinet members will start in February 2025.", "",
    "4. A review of scrutiny training has been commissioned from an external provider. "
    "The review is expected to report by the end of March 2025.", "",
    "Next Steps", "",
    "5. Members are asked to note the update.",
])
PROSE_READING = [
    ["3.1", 3, "Member development", None, "done", "2024-25 Q3"],
    ["3.2", 3, "Member development", None, "planned", "2024-25 Q4"],
    ["4.1", 4, "Progress update", None],
    ["4.2", 4, "Progress update", None, "planned", "2024-25 Q4"],
]

#: Markdown with headings: "Update on delivery", a bold naming sentence, three sentences
#: of work in one paragraph.
PROSE_DELIVERY = "\n".join([
    "# Regional Transport Planning: Update on the CJC Support Programme", "",
    "2 December 2024", "",
    "## Purpose", "",
    "1. To update the Board on support to Corporate Joint Committees.", "",
    "## Update on delivery", "",
    "2. **Regional transport plans.** Draft plans were submitted by all four CJCs in "
    "October 2024. Transport for Wales is reviewing the drafts. Final plans will be "
    "adopted by 31 March 2025.", "",
    "## Recommendation", "",
    "3. The Board is asked to note the update.",
])
PROSE_DELIVERY_READING = [
    ["2.1", 2, "Regional transport plans", None, "done", "2024-25 Q3"],
    ["2.2", 2, "Regional transport plans", None, "in progress", None],
    ["2.3", 2, "Regional transport plans", None, "planned", "2024-25 Q4"],
]


def _prose_rows(prog) -> list[list]:
    rows = _reading(prog)
    return [r if r[0] != "4.1" else r[:4] for r in rows]  # (4.1's status: wording's call)


def test_prose_paragraphs_give_one_item_a_sentence_in_every_form(tmp_path):
    paths = _published(tmp_path, PROSE, "members", ("html", "docx"))
    for form, path in paths.items():
        prog = quietly(load_programme, path)
        assert _prose_rows(prog) == PROSE_READING, form
        assert prog["text"].tolist()[0] == ("An induction e-learning module was launched "
                                            "in October 2024."), form
        assert prog["priority"].tolist()[:2] == ["member development"] * 2, form
        assert quietly(load_priorities, path)["priority"].tolist() == [
            "member development", "scrutiny"], form
        assert _sentences_kept(path, PROSE) == [], form


def test_prose_under_an_update_on_delivery_heading(tmp_path):
    paths = _published(tmp_path, PROSE_DELIVERY, "cjc", ("html",))
    for form, path in paths.items():
        prog = quietly(load_programme, path)
        assert _reading(prog) == PROSE_DELIVERY_READING, form
        assert prog["text"].tolist()[1] == "Transport for Wales is reviewing the drafts.", form
        assert _sentences_kept(path, PROSE_DELIVERY) == [], form


#: Short numbered headings over un-numbered paragraphs of prose.
HEADED_PROSE = "\n".join([
    "10 March 2025", "",
    "WLGA TRANSFORMATION PROGRAMME: PROGRESS REPORT 2024-25", "",
    "Purpose", "",
    "1. To report progress with the transformation programme.", "",
    "Progress", "",
    "2. Procurement", "",
    "Training on the Procurement Act 2023 was delivered to 180 officers in January 2025. "
    "A national contract register is planned for June 2025.", "",
    "3. Commercial skills", "",
    "A commercial skills framework has been drafted and will be consulted on in April 2025.",
])
HEADED_PROSE_READING = [
    ["2.1", 2, "Procurement", None, "done", "2024-25 Q4"],
    ["2.2", 2, "Procurement", None, "planned", "2025-26 Q1"],
    ["3.1", 3, "Commercial skills", None, "2025-26 Q1"],  # (its status: wording's call)
]


def test_numbered_headings_over_paragraphs_of_prose(tmp_path):
    paths = _published(tmp_path, HEADED_PROSE, "transformation", ("html",))
    for form, path in paths.items():
        rows = _reading(quietly(load_programme, path))
        assert [*rows[:2], rows[2][:4] + rows[2][5:]] == HEADED_PROSE_READING, form
        assert _sentences_kept(path, HEADED_PROSE) == [], form


def test_the_error_names_the_progress_heading_the_paper_prints(tmp_path):
    text = "\n".join(["22 May 2025", "", "WLGA PROGRAMME UPDATE", "", "Purpose", "",
                      "1. To update Members.", "", "Progress", "", "2. Recommendation", "",
                      "3. Members are asked to note the report."])
    with pytest.raises(ParseError, match=r"under the 'Progress' heading"):
        quietly(load_programme, _write(tmp_path, text, "empty.txt"))


# ------------------------------------------------------------ priorities in a sentence
#: A mixed-case title with only a date line before the first section; the priorities in
#: a sentence with "are" and commas (after a sentence that only mentions them).
PRIORITIES_ARE = "\n".join([
    "# Digital Services Programme 2025-26: Half-year Report", "",
    "30 October 2025", "",
    "## Purpose", "",
    "1. To report progress with the digital services programme, whose priorities are "
    "reviewed and refreshed each year.", "",
    "## Priorities", "",
    "2. The priorities for 2025-26 are cyber security, data sharing and digital inclusion.",
    "",
    "## Progress Update", "",
    "## 3. Cyber security", "",
    "- **Exercises:** two regional cyber exercises were held in September 2025.",
])

#: Priorities inline after a colon, in a sentence followed by another about funding.
PRIORITIES_COLON = "\n".join([
    "3 February 2025", "",
    "DIGITAL SERVICES PROGRAMME: QUARTER 3 REPORT 2024-25", "",
    "Background", "",
    "1. The programme has two priorities this year: cyber security and data sharing. It is "
    "funded by a Welsh Government grant of £300,000 for 2024-25, and £350,000 has been "
    "indicated for 2025-26.", "",
    "Progress Update", "",
    "2. Cyber security", "",
    "- **Exercises:** two regional cyber exercises were held in December 2024.",
])


def test_priorities_listed_in_a_sentence_and_a_title_over_a_date_line(tmp_path):
    path = _write(tmp_path, PRIORITIES_ARE, "digital.md")
    assert quietly(load_metadata, path, "programme")["title"] == (
        "Digital Services Programme 2025-26: Half-year Report")
    assert quietly(load_priorities, path)["priority"].tolist() == [
        "cyber security", "data sharing", "digital inclusion"]
    prog = quietly(load_programme, path)
    assert _rows(prog, "item_id", "priority", "status", "quarter_label") == [
        ["3.1", "cyber security", "done", "2025-26 Q2"]]
    path = _write(tmp_path, PRIORITIES_COLON, "digital-q3.txt")
    assert quietly(load_priorities, path)["priority"].tolist() == [
        "cyber security", "data sharing"]
    assert _rows(quietly(load_grants, path), "amount_gbp", "financial_year") == [
        [300000, "2024-25"], [350000, "2025-26"]]


def test_word_list_bullet_2_paragraphs_are_the_second_level(tmp_path):
    import docx

    from wlga_analysis.read.docx import read_docx

    document = docx.Document()
    document.add_paragraph("Workstream 1: Procurement", style="List Bullet")
    document.add_paragraph("Training: officers were trained in May 2024.", style="List Bullet 2")
    path = tmp_path / "levels.docx"
    document.save(path)
    assert [(b.text.text[:10], b.level) for b in read_docx(path.read_bytes()).blocks] == [
        ("Workstream", 0), ("Training: ", 1)]
