"""Funding in programme highlight reports and council trackers (the series44 and series41
corpora's funding wordings, written afresh for other councils and funds): a named fund
inside a project's Budget field ("Budget: £3.4m (incl. Levelling Up Fund £900,000,
2025-26)"), budgets and spend that are no grants, a part of an allocation ("of which
£760,000 had been spent to date"), a revision ("revised to £1.8m (from £2.1m)") and a
list line whose name carries its year ("Community Renewal Fund 2026-27 (final year):
£650,000"). The asserted values are a careful reader's, written before the code ran:
nothing lost (every field of a project line lands in the paragraphs table), nothing
invented (no unnamed "grant of £3.4m").
"""

from __future__ import annotations

from pathlib import Path

from wlga_analysis.testing import parse_document

MILESTONES = "Milestone\tOwner\tBaseline date\tForecast date\tActual date\tRAG\tComment"

EMAIL = [
    "From: Programme Office <pmo@example.cymru>", "Sent: 02 February 2026 09:10",
    "To: Board members", "Subject: Highlight report for the board of 12 February 2026", "",
    "Hello all,", "", "The milestone tables are pasted below.", "",
    "Project: Coastal Resilience\tSRO: Nia Thomas\tOverall RAG: A\t"
    "Budget: £3.4m (incl. Levelling Up Fund £900,000, 2025-26)\tSpend to date: £1.2m",
    MILESTONES,
    "Sea wall design agreed\tEngineer\t31-Dec-25\t31-Dec-25\t15-Dec-25\tC\tAgreed.",
    "Dune restoration started\tEngineer\t31-Mar-26\t31-May-26\t\tA\tPermits late.",
    "",
    "Project: Active Travel\tSRO: Owain Jenkins\tOverall RAG: G\tBudget: £640,000\t"
    "Spend to date: £95,000",
    MILESTONES,
    "Route audit published\tTravel Officer\t30-Nov-25\t31-Jan-26\t\tR\tData late.",
    "",
    "Decisions required:", "1) Note the report.", "", "Thanks,", "Programme Office",
]

HTML = """<html><body><main>
<h1>Energy Programme highlight report</h1><p>Meeting date: 15 January 2026</p>
<h2>Project 1: Heat networks</h2>
<p>SRO: Rhodri Bowen | Overall RAG: Amber | Budget: £5.1m | Spend to date: £2m</p>
<p>Budget revised from £4.8m to £5.1m: the board accepted a Welsh Government Local Energy
Grant of £420,000 for 2025-26 in November, of which £300,000 is added to the project
budget.</p>
<table><tr><th>Milestone</th><th>Owner</th><th>Baseline date</th><th>Forecast date</th>
<th>Actual date</th><th>RAG</th><th>Comment</th></tr>
<tr><td>E1-M1 Feasibility study signed off</td><td>Energy Manager</td><td>31 Oct 2025</td>
<td>30 Nov 2025</td><td>28 Nov 2025</td><td>Complete</td><td>Signed off.</td></tr>
</table>
<h2>Project 2: Solar on schools</h2>
<p>SRO: Elin Hughes | Overall RAG: Green | Budget: £800,000 (including Community Renewal
Fund £250,000, 2025-26) | Spend to date: £100,000</p>
<table><tr><th>Milestone</th><th>Owner</th><th>Baseline date</th><th>Forecast date</th>
<th>Actual date</th><th>RAG</th><th>Comment</th></tr>
<tr><td>E2-M1 Ten school roofs surveyed</td><td>Schools Officer</td><td>28 Feb 2026</td>
<td>28 Feb 2026</td><td></td><td>Green</td><td>Six surveyed so far.</td></tr>
</table>
<h2>Decisions required</h2><ol><li>Note the report.</li></ol>
</main></body></html>
"""


def _parse(path: Path):
    return parse_document(path, "programme")


def _grants(parse) -> list[tuple[str, str, int]]:
    return sorted((g.grant, g.financial_year, g.amount_gbp) for g in parse.grants.itertuples())


def test_email_project_line_fields_all_kept_and_fund_in_budget_read(tmp_path: Path) -> None:
    path = tmp_path / "highlight.txt"
    path.write_text("\n".join(EMAIL) + "\n", encoding="utf-8")
    parse = _parse(path)
    assert [r.item_id for r in parse.programme.itertuples()] == ["1.1", "1.2", "2.1"]
    text = " ".join(parse.paragraphs["text"])
    for field in ("SRO: Nia Thomas", "Overall RAG: A", "Spend to date: £1.2m",
                  "Budget: £3.4m (incl. Levelling Up Fund £900,000, 2025-26)",
                  "SRO: Owain Jenkins", "Budget: £640,000", "Spend to date: £95,000"):
        assert field in text
    assert _grants(parse) == [("Levelling Up Fund", "2025-26", 900000)]


def test_web_page_budget_revision_and_fund_in_budget(tmp_path: Path) -> None:
    path = tmp_path / "highlight.html"
    path.write_text(HTML, encoding="utf-8")
    parse = _parse(path)
    # the budgets (£5.1m, £4.8m, £800,000) and the £300,000 added to one are no grants;
    # the funder's name is no part of the grant's
    assert _grants(parse) == [("Community Renewal Fund", "2025-26", 250000),
                              ("Local Energy Grant", "2025-26", 420000)]
    text = " ".join(parse.paragraphs["text"])
    assert "Budget revised from £4.8m to £5.1m" in text


def _docx(path: Path, paragraphs: list[str]) -> Path:
    import docx

    doc = docx.Document()
    doc.add_heading("Delivery Plan: quarter 2 update", 1)
    doc.add_paragraph("Date of meeting: 20 November 2025")
    for n, (name, rows) in enumerate((
            ("Town centres", [("T1-M1 Market hall reopened", "Regeneration", "Green",
                               "31/03/2026", "On track.")]),
            ("Skills", [("S2-M1 Apprenticeship hub opened", "Skills", "Amber", "31/12/2025",
                         "Delayed by the fit-out.")])), start=1):
        doc.add_heading(f"Project {n}: {name}", 2)
        table = doc.add_table(rows=1, cols=5)
        for cell, text in zip(table.rows[0].cells, ("Milestone", "Owner", "RAG",
                                                    "Forecast date", "Comment"), strict=True):
            cell.text = text
        for row in rows:
            for cell, text in zip(table.add_row().cells, row, strict=True):
                cell.text = text
    doc.add_heading("Financial implications", 2)
    for text in paragraphs:
        doc.add_paragraph(text)
    doc.save(str(path))
    return path


def test_word_allocation_parts_and_revisions_are_no_grants(tmp_path: Path) -> None:
    path = _docx(tmp_path / "update.docx", [
        "The Community Renewal Fund allocation for 2025-26 is £2.1m, of which £760,000 had "
        "been spent to date by 30 September 2025.",
        "The Levelling Up Fund allocation for 2025-26 has been revised to £1.8m (from £2.4m) "
        "following the UK Government's confirmation of the final year.",
    ])
    parse = _parse(path)
    assert [r.item_id for r in parse.programme.itertuples()] == ["T1-M1", "S2-M1"]
    assert _grants(parse) == [("Community Renewal Fund", "2025-26", 2100000),
                              ("Levelling Up Fund", "2025-26", 1800000)]
    text = " ".join(parse.paragraphs["text"])
    assert "£760,000" in text and "(from £2.4m)" in text  # (kept, not a grant)


def test_markdown_fund_list_names_carry_no_year(tmp_path: Path) -> None:
    path = tmp_path / "update.md"
    path.write_text("\n".join([
        "# Delivery Plan update", "", "**Date:** 17 September 2026", "",
        "### Project 1: Town centres", "",
        "| Ref | Milestone | Owner | RAG | Forecast date |", "| --- | --- | --- | --- | --- |",
        "| T1 | Market hall reopened | Regeneration | Green | 31 Mar 2027 |", "",
        "### Project 2: Skills", "",
        "| Ref | Milestone | Owner | RAG | Forecast date |", "| --- | --- | --- | --- | --- |",
        "| S1 | Apprenticeship hub opened | Skills | Amber | 31 Dec 2026 |", "",
        "### Funding", "",
        "- Community Renewal Fund 2026-27 (final year): £650,000, supporting T1.",
        "- Coastal Access Grant 2026-27: £120,000 for the remaining paths.", "",
    ]) + "\n", encoding="utf-8")
    parse = _parse(path)
    assert _grants(parse) == [("Coastal Access Grant", "2026-27", 120000),
                              ("Community Renewal Fund", "2026-27", 650000)]
