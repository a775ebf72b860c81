"""A programme update sent as a plain-text e-mail: header lines ("From:", "Sent: ... 09:12",
"Subject:"), a salutation and an opening sentence before the title, SETEXT headings (a line
underlined with "=====" or "-----"), the funding as an ASCII GRID table ("+----+----+")
whose rows give several amounts ("Allocation | Spent to date | Remaining", the year on the
line above the table), and priorities listed inline with a serial comma ("data and digital,
scrutiny and governance, and the workforce"). A layout the ninth evaluation corpus showed
(prog31). Before: the "From:" line was the title and the paper had no date; the grid's rows
were read one by one, every amount (spend and balance too) a grant of no year; each "and"
split a priority in two.

The document is written for the test; the asserted values are the careful reader's reading.
"""

from __future__ import annotations

import pytest

import wlga_analysis as wa
from wlga_analysis.programme import load_grants, load_priorities, load_programme
from wlga_analysis.testing import quietly

EMAIL = """From: Tîm Gwella / Improvement Team <gwella@example.org>
Sent: Monday, 18 January 2027 14:05
To: Programme Board members
Subject: Programme update for Q3 2026-27

Dear Board members,

Please see the update below. The next update follows in April.

Improvement Programme 2026-27: Third Quarter Update
==================================================

1. Priorities
-------------

The Board agreed three priorities: risk and audit, finance and procurement, and the workforce.

2. Risk and audit
-----------------

* A governance review was completed in twelve councils in December 2026.
* A toolkit for audit committees will be issued in March 2027.
    o drafted with Audit Wales

3. Funding
----------

Allocations for 2026-27 and spend to 31 December:

+----------------------------+------------+---------------+-----------+
| Funding line               | Allocation | Spent to date | Remaining |
+============================+============+===============+===========+
| Improvement grant          | £640,000   | £410,000      | £230,000  |
+----------------------------+------------+---------------+-----------+
| Procurement support grant  | £90,000    | £30,000       | £60,000   |
+----------------------------+------------+---------------+-----------+
| Total                      | £730,000   | £440,000      | £290,000  |
+----------------------------+------------+---------------+-----------+

Regards,
Improvement Team
"""


@pytest.fixture(scope="module")
def email(tmp_path_factory):
    path = tmp_path_factory.mktemp("email") / "update.txt"
    path.write_text(EMAIL, encoding="utf-8")
    return path


def test_the_title_and_date_of_an_email_export(email):
    meta = quietly(wa.load_metadata, email, "programme")
    assert meta["title"] == "Improvement Programme 2026-27: Third Quarter Update"
    assert str(meta["date"]) == "2027-01-18"
    assert meta["financial_year"] == "2026-27"


def test_setext_sections_and_sub_bullets(email):
    items = quietly(load_programme, email)
    assert items["item_id"].tolist() == ["2.1", "2.2"]
    assert items["section"].tolist() == ["Risk and audit"] * 2  # the underline is no text
    assert items["priority"].tolist() == ["risk and audit"] * 2
    assert items["status"].tolist() == ["done", "planned"]
    assert items["quarter_label"].tolist() == ["2026-27 Q3", "2026-27 Q4"]


def test_an_inline_list_with_a_serial_comma_keeps_its_ands(email):
    assert quietly(load_priorities, email)["priority"].tolist() == [
        "risk and audit", "finance and procurement", "the workforce"]


def test_only_the_allocation_column_of_an_ascii_grid_is_a_grant(email):
    grants = quietly(load_grants, email)
    assert list(zip(grants["grant"], grants["amount_gbp"], grants["financial_year"],
                    strict=True)) == [("Improvement grant", 640_000, "2026-27"),
                                      ("Procurement support grant", 90_000, "2026-27")]
