"""Delivery plan trackers of other councils (eval41b): a funding block inside an Excel
sheet saved as text, a Markdown tracker with a funding table, and splits and merges a
series' commentary states in Word and on web pages.

The careful reader's expected values are written first: a funding block's rows are
grants (named by the block's first column, the year from its Year column), never items;
"split from D1" / "split into" and "merged with" / "replaced by" are reported as a
possible split (on the new half) and a possible merge (on the item that holds the work).
"""

from __future__ import annotations

import warnings
from pathlib import Path

import wlga_analysis as wa
from wlga_analysis.series import read_series

HEADER = ("Ref", "Action", "Lead officer", "RAG", "Target date", "Progress commentary")


def _quiet(fn, *args):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return fn(*args)


# ------------------------------------------------------------------ funding blocks
def _tab_tracker(path: Path) -> Path:
    rows = [
        ("Bro Tawe Borough Council - Council Plan tracker", "", "", "", "", ""),
        ("Position at 30 September 2024", "", "", "", "", ""),
        HEADER,
        ("Priority 1: Green and connected places", "", "", "", "", ""),
        ("P1", "Open the Cwm Tawe cycle route", "Head of Highways", "Green", "31/03/2025",
         "Phase 1 complete; £2.3m of the Levelling Up Fund spent to date."),
        ("P2", "Retrofit 40 council homes", "Head of Housing", "Amber", "30/06/2025",
         "Contractor delays; 18 homes finished."),
        ("Priority 2: Skills for work", "", "", "", "", ""),
        ("P3", "Run the Camau employability scheme", "Head of Economy", "Green", "31/03/2025",
         "140 people supported."),
        ("", "", "", "", "", ""),
        ("Funding stream", "Financial year", "Amount", "Comments", "", ""),
        ("Levelling Up Fund", "2024-25", "£4,800,000", "Cycle route (P1)", "", ""),
        ("Warm Homes grant (Welsh Government)", "2024-25", "£725,000", "Retrofit (P2)", "",
         ""),
    ]
    path.write_bytes("\r\n".join("\t".join(r) for r in rows).encode("utf-8") + b"\r\n")
    return path


def test_tab_sheet_funding_block_is_grants_not_items(tmp_path: Path) -> None:
    path = _tab_tracker(tmp_path / "tracker-2024-09.txt")
    programme = _quiet(wa.load_programme, path)
    assert programme["item_id"].tolist() == ["P1", "P2", "P3"]
    assert programme["status"].tolist() == ["in progress", "at risk", "in progress"]
    grants = _quiet(wa.load_grants, path)
    got = {(g.grant, g.financial_year, g.amount_gbp) for g in grants.itertuples()}
    assert ("Levelling Up Fund", "2024-25", 4_800_000) in got
    assert ("Warm Homes grant", "2024-25", 725_000) in got
    # (the block's amounts are not read again unnamed; "£2.3m ... spent to date" in a
    # commentary is still read as a grant: left undone, see CHANGELOG-fs41b.md)
    assert not any(str(g).startswith("grant of") and a in (4_800_000, 725_000)
                   for g, _, a in got)


def test_markdown_funding_table_year_column(tmp_path: Path) -> None:
    path = tmp_path / "plan-2025-06.md"
    path.write_text(
        "# Bro Teifi Council Delivery Plan: progress at 30 June 2025\n\n"
        "**Date:** 10 September 2025\n\n### Objective 1: Thriving places\n\n"
        "| Ref | Action | Lead officer | RAG | Target | Commentary |\n"
        "|-----|--------|--------------|-----|--------|------------|\n"
        "| D1 | Deliver the town centre plan | Head of Regeneration | Green | 31 Mar 2026 "
        "| Works started in May 2025. |\n"
        "| D2 | Open two active travel routes | Head of Highways | Amber | 30 Sep 2026 "
        "| Route 1 delayed by land purchase. |\n\n"
        "## Funding\n\n| Fund | Allocation | Year |\n|------|------------|------|\n"
        "| Levelling Up Fund | £2.3m | 2025-26 |\n| Active Travel Fund | £610,000 | 2026-27 |\n",
        encoding="utf-8")
    assert _quiet(wa.load_programme, path)["item_id"].tolist() == ["D1", "D2"]
    grants = _quiet(wa.load_grants, path)
    assert sorted((g.grant, g.financial_year, g.amount_gbp) for g in grants.itertuples()) == [
        ("Active Travel Fund", "2026-27", 610_000), ("Levelling Up Fund", "2025-26", 2_300_000)]


# ------------------------------------------------------------------ said splits and merges
def _html(date: str, rows: list[tuple[str, ...]]) -> str:
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    head = "".join(f"<th>{h}</th>" for h in HEADER)
    return ("<!DOCTYPE html><html><head><title>Council Plan progress</title></head><body>"
            "<h1>Dyffryn Council: Council Plan progress</h1>"
            f"<p>{date}</p><h2>Objective 1: Safer streets</h2>"
            f"<table><tr>{head}</tr>{cells}</table></body></html>")


def test_web_page_series_merge_stated(tmp_path: Path) -> None:
    (tmp_path / "plan-2025-07.html").write_text(_html("15 July 2025", [
        ("S1", "Install 20 average speed cameras", "Head of Highways", "Green", "31/03/2026",
         "Sites surveyed."),
        ("S2", "Extend CCTV to the three district towns", "Head of Community Safety",
         "Amber", "31/12/2025", "Tender out."),
        ("S3", "Run a winter road safety campaign for older drivers", "Head of Highways",
         "Green", "31/01/2026", "Materials drafted.")]), encoding="utf-8")
    (tmp_path / "plan-2025-10.html").write_text(_html("14 October 2025", [
        ("S1", "Install 20 average speed cameras", "Head of Highways", "Green", "31/03/2026",
         "Eight cameras installed. The older drivers campaign (S3) has been merged with "
         "this action."),
        ("S2", "Extend CCTV to the three district towns", "Head of Community Safety",
         "Amber", "31/12/2025", "Contract awarded.")]), encoding="utf-8")
    series = _quiet(read_series, tmp_path)
    found = {(Path(i.document).stem, i.check, i.item) for i in series.issues
             if i.check in ("possible split", "possible merge")}
    assert found == {("plan-2025-10", "possible merge", "S1")}


def _docx(path: Path, date: str, rows: list[tuple[str, ...]]) -> Path:
    import docx
    doc = docx.Document()
    doc.add_heading("Sir Gaer Council - Corporate Plan delivery tracker", level=1)
    doc.add_paragraph(f"Date: {date}")
    doc.add_heading("Objective 2: Healthy lives", level=2)
    table = doc.add_table(rows=1, cols=len(HEADER))
    for cell, text in zip(table.rows[0].cells, HEADER, strict=True):
        cell.text = text
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    doc.save(str(path))
    return path


def test_word_series_split_stated(tmp_path: Path) -> None:
    _docx(tmp_path / "tracker-2025-06.docx", "12 June 2025", [
        ("H1", "Modernise leisure centre reception services", "Head of Leisure", "Green",
         "31/03/2026", "Scoping under way."),
        ("H2", "Open a dementia day centre in Llanelli", "Head of Adult Services", "Amber",
         "30/09/2026", "Site chosen.")])
    _docx(tmp_path / "tracker-2025-09.docx", "11 September 2025", [
        ("H1", "Modernise leisure centre reception services", "Head of Leisure", "Green",
         "31/03/2026", "This action has been split into two: the online bookings are now "
         "H3."),
        ("H2", "Open a dementia day centre in Llanelli", "Head of Adult Services", "Amber",
         "30/09/2026", "Planning consent granted."),
        ("H3", "Roll out online bookings for sports halls", "Head of Leisure", "Green",
         "31/12/2025", "New action. Supplier appointed.")])
    series = _quiet(read_series, tmp_path)
    found = {(Path(i.document).stem, i.check, i.item) for i in series.issues
             if i.check in ("possible split", "possible merge")}
    assert found == {("tracker-2025-09", "possible split", "H3")}
