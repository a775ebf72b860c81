"""A programme update written as a LETTER whose body's paragraphs open with RUN-IN LEADS
(eval39's prog39b family), written afresh in other layouts and wordings:

- a Word letter from a director to a council's chief officers ("Dear colleagues,", a bold
  subject line after the salutation, three bold leads "**Housing:**" ending with a colon,
  a funding sentence of its own, "Yours faithfully", an "Appendix A" table repeating two
  actions);
- a plain-text letter (the bold lost: "Schools. The new ..." leads), pasted under a
  covering note with its own "Dear Jo," and "Best wishes", two leads only;
- a web page publishing the letter under a page title that is not its subject.

The careful reader's reading, written before the code ran: each lead a section numbered in
reading order; each sentence of a lead paragraph that reports work one item (status and
quarter from its words); a sentence that only names a grant's amount for a year is the
funding (its grant read), not an item; the opening and closing paragraphs, the signature
and the appendix's rows are no items (the appendix repeats the letter); the title the
subject line after the salutation.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import wlga_analysis as wa


def _load(path: Path) -> tuple:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return (wa.load_programme(path), wa.load_grants(path),
                wa.load_metadata(path, kind="programme"))


def _docx(path: Path) -> None:
    import docx

    d = docx.Document()
    for line in ("Cyngor Sir Example County Council", "Ref: HP/2026/04", "2 June 2026",
                 "Dear colleagues,"):
        d.add_paragraph(line)
    d.add_paragraph().add_run("Housing and Regeneration Plan 2026-27: first quarter").bold = True
    d.add_paragraph("I am writing to set out where the plan stands at the end of May.")
    for lead, body in (
            ("Housing:", " The empty homes loan scheme opened in April 2026. The review of "
             "temporary accommodation with Shelter Cymru is behind schedule and will now "
             "report in October 2026."),
            ("Town centres:", " The Welsh Government's Transforming Towns Grant of £250,000 "
             "for 2026-27 has been confirmed. Work on the market hall roof will start in "
             "September 2026."),
            ("Skills:", " The construction skills hub was completed in May 2026.")):
        p = d.add_paragraph()
        p.add_run(lead).bold = True
        p.add_run(body)
    d.add_paragraph("Please let me know if you have any questions.")
    d.add_paragraph("Yours faithfully,")
    d.add_paragraph("Director of Place")
    d.add_paragraph("Appendix A: summary of changes")
    t = d.add_table(rows=1, cols=3)
    for cell, text in zip(t.rows[0].cells, ("Theme", "Action", "Position"), strict=True):
        cell.text = text
    for row in (("Housing", "Temporary accommodation review", "Now October 2026"),
                ("Town centres", "Market hall roof", "Start September 2026")):
        cells = t.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    d.save(path)


def test_word_letter_with_colon_leads_and_appendix(tmp_path: Path) -> None:
    path = tmp_path / "director-letter.docx"
    _docx(path)
    items, grants, meta = _load(path)
    got = [(r.paragraph, r.text, r.status, r.quarter_label) for r in items.itertuples()]
    assert got == [
        (1, "The empty homes loan scheme opened in April 2026.", "done", "2026-27 Q1"),
        (1, "The review of temporary accommodation with Shelter Cymru is behind schedule "
            "and will now report in October 2026.", "at risk", "2026-27 Q3"),
        (2, "Work on the market hall roof will start in September 2026.", "planned",
         "2026-27 Q2"),
        (3, "The construction skills hub was completed in May 2026.", "done", "2026-27 Q1")]
    assert list(zip(grants["grant"], grants["amount_gbp"], grants["financial_year"],
                    strict=True)) == [("Transforming Towns Grant", 250_000, "2026-27")]
    assert meta["title"] == "Housing and Regeneration Plan 2026-27: first quarter"


PLAIN = """From: Jo Evans
Sent: 3 March 2026 09:12
Subject: letter to heads

Dear Jo,

The letter is below.

Best wishes,
Sam

Education Directorate
3 March 2026

Dear Headteacher,

School Improvement Programme 2025-26: spring update

Thank you for your support this term.

Schools. The new attendance toolkit was published in January 2026. Training for \
attendance officers is under way and will be completed by the end of March 2026.

Curriculum. The Welsh-medium resources project is on track to finish in July 2026. The \
Curriculum Support Fund of £40,000 for 2025-26 pays for the resources.

Yours sincerely,

Head of Education
"""


def test_plain_text_letter_under_covering_note(tmp_path: Path) -> None:
    path = tmp_path / "heads-letter.txt"
    path.write_text(PLAIN, encoding="utf-8")
    items, grants, meta = _load(path)
    got = [(r.paragraph, r.text[:40], r.status) for r in items.itertuples()]
    assert got == [(1, "The new attendance toolkit was published", "done"),
                   (1, "Training for attendance officers is unde", "in progress"),
                   (2, "The Welsh-medium resources project is on", "in progress")]
    assert list(zip(grants["grant"], grants["amount_gbp"], strict=True)) == [
        ("Curriculum Support Fund", 40_000)]
    assert meta["title"] == "School Improvement Programme 2025-26: spring update"


PAGE = """<html><head><title>Letter to council leaders | GOV.WALES</title></head><body><main>
<h1>Letter from the Minister to council leaders about the Leisure Programme</h1>
<p>First published: 9 April 2026</p>
<p>1 April 2026</p>
<p>Dear Leader,</p>
<p><strong>Leisure Services Programme 2025-26: final position</strong></p>
<p>I promised to write at the end of the year.</p>
<p><strong>Pools.</strong> The pool energy upgrades were completed in March 2026.
The shared booking system will go live in June 2026.</p>
<p><strong>Parks.</strong> The play area programme has slipped and will finish in
September 2026.</p>
<p>Yours sincerely,</p>
<p>Minister for Culture</p>
</main></body></html>
"""


def test_web_page_letter_title_is_the_subject_line(tmp_path: Path) -> None:
    path = tmp_path / "leisure-letter.html"
    path.write_text(PAGE, encoding="utf-8")
    items, _, meta = _load(path)
    assert [(r.paragraph, r.status, r.quarter_label) for r in items.itertuples()] == [
        (1, "done", "2025-26 Q4"), (1, "planned", "2026-27 Q1"), (2, "at risk", "2026-27 Q2")]
    assert meta["title"] == "Leisure Services Programme 2025-26: final position"
