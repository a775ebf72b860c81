"""Grants tables whose figures are printed in a unit the header names ("Grant (£'000)",
"(£m)"), footnote marks after a grant's name, and amounts that are a change or a part of a
grant ("an uplift of £50,000", "includes £50,000 carried forward"), not grants of their own.

The documents are written for the test as a WLGA officer prints them; the asserted values
are the careful reader's reading, written before the code ran.
"""

from __future__ import annotations

from wlga_analysis import load_grants
from wlga_analysis.testing import parse_issues, quietly, table_rows, write_document

THOUSANDS = "\n".join([
    "# Improvement Programme 2025-26: Progress Report", "",
    "Date: 19 September 2025", "",
    "## 3. Progress", "",
    "- Toolkit: the toolkit was published in June 2025.", "",
    "## 6. Funding", "",
    "| Grant (£'000) | 2024-25 | 2025-26 |",
    "|---|---|---|",
    "| Improvement grant¹ | 800 | 800 |",
    "| Digital transformation grant | 250 | 300 |",
    "| Total | 1,050 | 1,100 |", "",
    "¹ The 2025-26 improvement grant includes £50,000 carried forward from 2024-25.",
])


def test_figures_in_thousands_are_read_in_thousands(tmp_path):
    path = write_document(tmp_path, THOUSANDS, "report.md")
    grants = quietly(load_grants, path)
    assert table_rows(grants, "grant", "amount_gbp", "financial_year") == [
        ["Improvement grant", 800_000, "2024-25"], ["Improvement grant", 800_000, "2025-26"],
        ["Digital transformation grant", 250_000, "2024-25"],
        ["Digital transformation grant", 300_000, "2025-26"]]
    messages = [i.message for i in parse_issues(path, "programme")
                if i.check == "unclassified amount"]
    assert any("'Total'" in m for m in messages)  # the total row: reported, not a grant
    assert any(m.startswith("£50,000") for m in messages)  # a part of a grant: reported


def test_figures_in_millions(tmp_path):
    text = THOUSANDS.replace("Grant (£'000)", "Funding stream (£m)").replace(
        "| 800 | 800 |", "| 0.8 | 0.8 |").replace("| 250 | 300 |", "| 0.25 | 0.3 |")
    grants = quietly(load_grants, write_document(tmp_path, text, "report.md"))
    assert grants["amount_gbp"].tolist() == [800_000, 800_000, 250_000, 300_000]


def test_bare_figures_with_no_unit_are_reported_not_read(tmp_path):
    path = write_document(tmp_path, THOUSANDS.replace("Grant (£'000)", "Grant"), "report.md")
    assert quietly(load_grants, path).empty
    messages = [i.message for i in parse_issues(path, "programme")
                if i.check == "unclassified amount"]
    assert any("figure '800'" in m and "names no unit" in m for m in messages)


UPLIFT = "\n".join([
    "27th March 2025", "",
    "IMPROVEMENT PROGRAMME 2024-25: YEAR-END REPORT", "",
    "Funding", "",
    "2. Welsh Government has confirmed the improvement grant for 2025-26 at £800,000, an "
    "uplift of £50,000 on this year.", "",
    "Progress", "",
    "4. Equalities", "",
    "- Training was delivered to 180 officers in February 2025.",
])


def test_an_uplift_is_not_a_grant_of_its_own(tmp_path):
    path = write_document(tmp_path, UPLIFT, "year-end.txt")
    grants = quietly(load_grants, path)
    assert table_rows(grants, "amount_gbp", "financial_year") == [[800_000, "2025-26"]]
    assert [i.message[:7] for i in parse_issues(path, "programme")
            if i.check == "unclassified amount"] == ["£50,000"]


def test_figures_in_thousands_in_a_web_page(tmp_path):
    page = ("<html><body><main><h1>Improvement Programme 2025-26: Progress Report</h1>"
            "<p>Date: 19 September 2025</p><h2>3. Progress</h2><ul><li>Toolkit: the toolkit "
            "was published in June 2025.</li></ul><h2>6. Funding</h2>"
            "<table><tr><td>Grant (£'000)</td><td>2024-25</td><td>2025-26</td></tr>"
            "<tr><td>Improvement grant¹</td><td>800</td><td>800</td></tr>"
            "<tr><td>Total</td><td>800</td><td>800</td></tr></table></main></body></html>")
    path = tmp_path / "report.html"
    path.write_text(page, encoding="utf-8")
    grants = quietly(load_grants, path)
    assert table_rows(grants, "grant", "amount_gbp", "financial_year") == [
        ["Improvement grant", 800_000, "2024-25"], ["Improvement grant", 800_000, "2025-26"]]
