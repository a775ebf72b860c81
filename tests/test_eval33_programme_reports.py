"""Programme updates of the shipped kind and council committee reports, in ordinary layouts
(the thirty-third evaluation corpus's prog33a and prog33b: the family, written afresh).

The family:

- an update to Members with framing paragraphs ("Purpose", "Background"), a "Progress
  Update" and numbered headings over bullets, which lists no priorities: a careful reader
  names the priorities by the numbered progress headings;
- a council committee report: the council's name, then cover lines ("Report to:", "Date:",
  "Subject:" or "Report title:"), whose title is the subject / report title line without
  its label; its framing sections ("Purpose", "Recommendations", "Reasons for the
  recommendations", "Key issues", "... implications") hold numbered paragraphs that are
  not progress items; its progress is the numbered headings over bullets;
- status words: a past-tense passive ("were refurbished", "were analysed") or "reopened on
  <date>" is done; a sentence that reports part done and more scheduled ("9 workshops have
  been held; a further 5 are planned ...") is in progress;
- a PDF whose cover page sets the title block on the left and a summary on the right (the
  two columns' lines on different baselines): the title is the cover's title block.

The documents are written by the tests (tmp_path) in layouts the corpus does not print: a
plain-text update with "- " bullets and Title Case headings, a Markdown committee report with
"Report Title:" and "Reasons for recommendations", an HTML report with a bold "Subject:"
label, and a reportlab PDF with a two-column cover. The asserted values are the careful
reader's reading, written before the code ran.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from wlga_analysis.testing import parse_document

UPDATE = """\
14 November 2025

ECONOMIC DEVELOPMENT PROGRAMME 2025-26: SIX-MONTH REPORT

Purpose

1. To report progress on the Economic Development Programme at the half year.

Background

2. The programme is funded by a Shared Prosperity grant of £410,000 for 2025-26.

Progress Update

3. Town Centres

- Shop front grants: 18 shop fronts were refurbished in Abergele and Rhyl in July 2025.
- Market hall: the restored market hall reopened on 6 September 2025 with 31 traders.
- Vacant units: a survey of empty shops is under way and will report in January 2026.

4. Skills and Employment

- Employability hubs: 9 workshops have been held; a further 5 are planned for February 2026.
- Apprenticeships: the shared apprenticeship scheme will open to employers in April 2026.

5. Visitor Economy

- Visitor levy: consultation responses were analysed and reported to Cabinet in October 2025.
- Coastal signage: replacement of the signs has slipped because of a supplier failure.

Recommendation

6. Members are asked to note the report.
"""

COMMITTEE = """\
Denbighshire County Council

Report to: Cabinet

Date of meeting: 9 December 2025

Report Title: Well-being Plan Delivery Report, Quarter 2 2025/26

## 1. Purpose of report

1.1 To report delivery of the Well-being Plan at the end of quarter 2.

## 2. Recommendations

2.1 That Cabinet notes the progress reported.

## 3. Reasons for recommendations

3.1 Cabinet monitors the plan twice a year.

## 4. Key issues

4.1 The plan sets out twelve actions across two well-being objectives.

4.2 The Sustainable Communities for Learning grant of £95,000 for 2025-26 funds the school actions.

## 5. Healthy communities

- Leisure centre roof repairs were finished in August 2025.
- The GP referral scheme has slipped because of staff vacancies.

## 6. Resilient schools

- Breakfast clubs reopened on 2 September 2025 in all 46 primary schools.
- Four school travel plans have been agreed; two more are scheduled for March 2026.

## 7. Financial implications

7.1 The actions are met from existing budgets.
"""

REPORT_HTML = """\
<html><head><title>Committee report</title></head><body>
<p>Cyngor Sir Ceredigion County Council</p>
<p><b>REPORT TO:</b> Overview and Scrutiny Committee</p>
<p><b>DATE:</b> 4 March 2026</p>
<p><b>SUBJECT:</b> Digital Strategy Delivery: Quarter 3 Progress</p>
<h2>1. PURPOSE</h2>
<p>1.1 To report progress with the Digital Strategy to the end of December 2025.</p>
<h2>2. KEY ISSUES</h2>
<p>2.1 The strategy has three themes, each with its own actions.</p>
<h2>3. Customer access</h2>
<ul><li>A new online booking system was introduced for libraries in October 2025.</li>
<li>Web chat is being piloted by the council tax team.</li></ul>
<h2>4. Workforce skills</h2>
<ul><li>Data skills training will begin in April 2026.</li>
<li>All managers were enrolled on the digital leadership course in November 2025.</li></ul>
<h2>5. REASONS FOR THE RECOMMENDATION</h2>
<p>5.1 The committee has asked for a quarterly update.</p>
</body></html>
"""


def _parse(path: Path):
    return parse_document(path, "programme")


def _items(parse):
    return [(r.item_id, r.paragraph, r.status,
             r.quarter_label if isinstance(r.quarter_label, str) else None)
            for r in parse.programme.itertuples()]


@pytest.fixture(scope="module")
def update(tmp_path_factory):
    path = tmp_path_factory.mktemp("eval33") / "economic-update.txt"
    path.write_text(UPDATE, encoding="utf-8")
    return _parse(path)


@pytest.fixture(scope="module")
def committee(tmp_path_factory):
    path = tmp_path_factory.mktemp("eval33") / "wellbeing-report.md"
    path.write_text(COMMITTEE, encoding="utf-8")
    return _parse(path)


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    path = tmp_path_factory.mktemp("eval33") / "digital-report.html"
    path.write_text(REPORT_HTML, encoding="utf-8")
    return _parse(path)


def test_update_items_and_statuses(update):
    assert _items(update) == [
        ("3.1", 3, "done", "2025-26 Q2"),
        ("3.2", 3, "done", "2025-26 Q2"),
        ("3.3", 3, "in progress", "2025-26 Q4"),
        ("4.1", 4, "in progress", "2025-26 Q4"),
        ("4.2", 4, "planned", "2026-27 Q1"),
        ("5.1", 5, "done", "2025-26 Q3"),
        ("5.2", 5, "at risk", None),
    ]


def test_update_priorities_are_its_numbered_progress_headings(update):
    assert update.priorities["priority"].tolist() == [
        "Town Centres", "Skills and Employment", "Visitor Economy"]
    assert update.programme["priority"].tolist() == ["Town Centres"] * 3 + \
        ["Skills and Employment"] * 2 + ["Visitor Economy"] * 2
    assert not any(i.check == "no priorities" for i in update.issues)
    assert update.metadata["title"] == \
        "ECONOMIC DEVELOPMENT PROGRAMME 2025-26: SIX-MONTH REPORT"


def test_committee_report_title_is_its_report_title_line(committee):
    assert committee.metadata["title"] == \
        "Well-being Plan Delivery Report, Quarter 2 2025/26"
    assert str(committee.metadata["date"]) == "2025-12-09"


def test_committee_report_framing_paragraphs_are_no_items(committee):
    assert _items(committee) == [
        ("5.1", 5, "done", "2025-26 Q2"),
        ("5.2", 5, "at risk", None),
        ("6.1", 6, "done", "2025-26 Q2"),
        ("6.2", 6, "in progress", "2025-26 Q4"),
    ]
    paras = committee.paragraphs
    # (nothing lost: the key issues stay in the paragraphs table)
    assert paras["text"].str.contains("twelve actions").any()
    assert committee.priorities["priority"].tolist() == [
        "Healthy communities", "Resilient schools"]
    assert committee.grants["amount_gbp"].tolist() == [95000]


def test_html_committee_report_subject_line(report):
    assert report.metadata["title"] == "Digital Strategy Delivery: Quarter 3 Progress"
    assert _items(report) == [
        ("3.1", 3, "done", "2025-26 Q3"),
        ("3.2", 3, "in progress", None),
        ("4.1", 4, "planned", "2026-27 Q1"),
        ("4.2", 4, "done", "2025-26 Q3"),
    ]
    assert report.priorities["priority"].tolist() == ["Customer access", "Workforce skills"]


def test_an_e_mail_keeps_its_own_title_over_a_shorter_subject(tmp_path):
    path = tmp_path / "email.txt"
    path.write_text(
        "From: Programme Office\nSent: 3 February 2026\nTo: All Members\n"
        "Subject: Programme update for Q3 2025-26\n\n"
        "Improvement Programme 2025-26: Third Quarter Update\n\n"
        "1. Housing\n\n- The allocation policy was approved in January 2026.\n"
        "- The review of temporary accommodation is under way.\n\n"
        "2. Schools\n\n- The new admissions system was launched in December 2025.\n"
        "- Catering contract renewal is being tendered.\n", encoding="utf-8")
    assert _parse(path).metadata["title"] == \
        "Improvement Programme 2025-26: Third Quarter Update"


# ------------------------------------------------------------ a two-column PDF cover
def _cover_pdf(path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    height = A4[1]
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    c.drawString(60, height - 80, "3rd March 2026")
    c.setFont("Helvetica-Bold", 18)
    for k, line in enumerate(("REGIONAL TRANSPORT", "PROGRAMME 2025-26", "MID-YEAR REPORT")):
        c.drawString(60, height - 106 - 22 * k, line)  # (beside the summary's lines)
    c.setFont("Helvetica", 10)
    c.drawString(60, height - 170, "Report to: Transport Board")
    c.setFont("Helvetica-Bold", 11)
    c.drawString(300, height - 81, "Summary")
    c.setFont("Helvetica", 10)
    for k, line in enumerate(("This paper reports progress with the",
                              "regional transport programme and",
                              "the grant that funds it.")):
        c.drawString(300, height - 97 - 14.5 * k, line)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(300, height - 150, "Contents")  # (on the last title line's baseline)
    c.setFont("Helvetica", 10)
    for k, line in enumerate(("Purpose 1", "Progress Update 2-3")):
        c.drawString(300, height - 165 - 14.5 * k, line)
    c.showPage()
    y = height - 80
    lines = [("Helvetica-Bold", "Purpose"),
             ("Helvetica", "1. To report progress with the regional transport programme."),
             ("Helvetica-Bold", "Progress Update"),
             ("Helvetica-Bold", "2. Active travel"),
             ("Helvetica", "• Route audits: audits of 14 routes were finished in June 2025."),
             ("Helvetica", "• Cycle parking: new stands will be installed by March 2026."),
             ("Helvetica-Bold", "3. Bus services"),
             ("Helvetica", "• Fares pilot: the young person's fare is being piloted."),
             ("Helvetica", "• Timetables: the network review has slipped to 2026-27.")]
    for font, text in lines:
        c.setFont(font, 10)
        c.drawString(60, y, text)
        y -= 24
    c.showPage()
    c.save()


def test_a_two_column_cover_gives_its_title_block_as_the_title(tmp_path):
    path = tmp_path / "transport.pdf"
    _cover_pdf(path)
    parsed = _parse(path)
    assert " ".join(parsed.metadata["title"].split()) == \
        "REGIONAL TRANSPORT PROGRAMME 2025-26 MID-YEAR REPORT"
    assert parsed.programme["item_id"].tolist() == ["2.1", "2.2", "3.1", "3.2"]
    assert parsed.priorities["priority"].tolist() == ["Active travel", "Bus services"]
