"""A funder's form-template return and a benefits realisation register (the twenty-seventh
evaluation corpus's prog27a and prog27b families).

prog27a's family: a quarterly return written in the funder's own form template: the grant's
cover details ("Total HSG allocation 2025-26: £2,600,000", the fund named by its initials),
a RAG key, then one block of *label: value* fields per project under the template's own
numbered headings ("Priority area 1: ...", "Investment area 2 – ..."), some fields blank.
Each block is one item (the project's name its text); the headings are the priorities
(named without their label); the status is read through the RAG key ("Complete (Blue)" is
done); the projects' own allocations, spend and forecasts are shares of the one grant,
not grants.

prog27b's family: a benefits register: numbered categories ("1. Financial benefits"), each
over a table ``Ref | Benefit | Benefit owner | ... | Target date | Status``, closing prose
after the last table; the funding sentence names two sources, one the council's own
reserve or budget (no grant) and the other a fund (the one grant, with its stated year).

The documents in ``tests/data/eval27/programme_forms/`` are written for the test, in layouts
the corpus does not print: a Markdown return with bold labels (``hsg-quarterly-return.md``),
a web page of ``<th scope="row">`` form tables with labels printed without colons and a
box of related links inside ``<main>`` (``icf-quarterly-return.html``), a Markdown register
with other columns (``waste-benefits-register.md``) and a web page register with a links box
(``library-benefits-register.html``). The asserted values are the careful reader's reading,
written before the code ran.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from wlga_analysis.interpret.programme.form_fields import bare_label, heading_label, repeated_labels
from wlga_analysis.interpret.programme.fund_initials import fund_by_initials, total_of_fund
from wlga_analysis.interpret.programme.grant_sources import own_part
from wlga_analysis.interpret.programme.layouts import column_status
from wlga_analysis.testing import parse_document
from wlga_analysis.text.money import find_money

DATA = Path(__file__).parent / "data" / "eval27" / "programme_forms"


def _parse(name: str):
    return parse_document(DATA / name, "programme")


@pytest.fixture(scope="module")
def hsg():
    return _parse("hsg-quarterly-return.md")


@pytest.fixture(scope="module")
def icf():
    return _parse("icf-quarterly-return.html")


@pytest.fixture(scope="module")
def waste():
    return _parse("waste-benefits-register.md")


@pytest.fixture(scope="module")
def library():
    return _parse("library-benefits-register.html")


def _items(parse):
    return [(int(r.paragraph), r.text, r.status, r.quarter_label, sorted(r.partners))
            for r in parse.programme.itertuples()]


def _grants(parse):
    return [(r.grant, int(r.amount_gbp), r.financial_year) for r in parse.grants.itertuples()]


# ------------------------------------------------------------------ prog27a's family
def test_hsg_items(hsg):
    assert _items(hsg) == [
        (1, "Tenancy Sustainment Service", "in progress", "2025-26 Q4", ["Data Cymru"]),
        (1, "Prison Leavers Housing Pathway", "planned", "2026-27 Q1", []),
        (2, "Housing First for Young People", "done", "2025-26 Q3", []),
        (2, "Temporary Accommodation Reduction Plan", "at risk", "2026-27 Q2",
         ["Academi Wales"]),
    ]


def test_hsg_priorities_grant_date(hsg):
    assert hsg.priorities["priority"].tolist() == ["Preventing homelessness",
                                                   "Rapid rehousing"]
    # one grant: the total allocation of the fund its initials name; the projects'
    # allocations and spend are its shares, not grants
    assert _grants(hsg) == [("Housing Support Grant", 2600000, "2025-26")]
    assert str(hsg.metadata["date"]) == "2026-01-16"


def test_hsg_figures_kept_and_reported(hsg):
    text = " ".join(hsg.paragraphs["text"])
    assert "£640,000" in text and "£455,000" in text  # (nothing lost)
    assert any("each item's own figures" in i.message for i in hsg.issues)


def test_icf_items(icf):
    assert _items(icf) == [
        (1, "Virtual Ward for Frail Older People", "at risk", "2026-27 Q4", ["Audit Wales"]),
        (1, "Falls Response Service", "done", "2026-27 Q2", []),
        (2, "Residential Care Step-down Homes", "in progress", "2027-28 Q1", ["CIPFA"]),
        (2, "Therapeutic Fostering Support", "at risk", "2026-27 Q3", []),
    ]


def test_icf_priorities_grant_date(icf):
    assert icf.priorities["priority"].tolist() == ["Older people with complex needs",
                                                   "Children with complex needs"]
    assert _grants(icf) == [("Integrated Care Fund", 3150000, "2026-27")]
    assert str(icf.metadata["date"]) == "2026-10-30"


# ------------------------------------------------------------------ prog27b's family
def test_waste_register(waste):
    assert _items(waste) == [
        (1, "Cut the cost of residual waste disposal by moving to weekly food waste "
         "collection.", "in progress", "2026-27 Q4", []),
        (1, "Sell recyclate collected at the kerbside to reprocessors in Wales.", "done",
         "2026-27 Q2", []),
        (2, "Raise the recycling rate to 70%.", "at risk", "2027-28 Q4", []),
        (2, "Publish monthly recycling rates by ward with Data Cymru.", "planned",
         "2027-28 Q3", ["Data Cymru"]),
    ]
    assert waste.priorities["priority"].tolist() == ["Financial benefits", "Service benefits"]
    # the council's transformation reserve is its own money: one grant, the fund's
    assert _grants(waste) == [("Circular Economy Capital Fund", 90000, "2026-27")]
    assert str(waste.metadata["date"]) == "2027-01-14"


def test_library_register(library):
    assert _items(library) == [
        (1, "Move four branch libraries into shared community hubs.", "in progress",
         "2026-27 Q4", []),
        (1, "Replace the library management system with the all-Wales system.", "done",
         "2026-27 Q1", []),
        (2, "Open every hub on Saturdays.", "at risk", "2026-27 Q3", []),
        (2, "Lend digital devices to 200 residents a year.", "planned", "2027-28 Q4", []),
    ]
    # (the page's box of related links is furniture, not items)
    assert library.priorities["priority"].tolist() == ["Efficiency benefits",
                                                       "Community benefits"]
    assert _grants(library) == [("Public Library Transformation Fund", 250000, "2026-27")]
    assert str(library.metadata["date"]) == "2027-03-02"
    # ("Register" names the paper: the title, not the funding sentence under it)
    assert library.metadata["title"] == \
        "Libraries Transformation Project: Benefits Realisation Register"


# ------------------------------------------------------------------------ the rules
def test_status_with_its_colour():
    assert column_status("Complete (Blue)") == "done"
    assert column_status("On track (Green)") == "in progress"
    assert column_status("Complete (see note)") is None


def test_template_labels():
    labels = repeated_labels(["Investment area 1 – Older people", "Table 1: Spend",
                              "Investment area 2 – Children", "Project: A"])
    assert labels == frozenset({"investment area"})
    assert heading_label("Investment area 2 – Children", labels) == ("2", "Children")
    assert heading_label("Table 1: Spend", labels) is None
    assert bare_label("Delivery partners:") == "Delivery partners"
    assert bare_label("The partners are:") == "The partners are"
    assert bare_label("Progress: good.") is None


def test_fund_initials():
    assert fund_by_initials("Total SPF allocation 2025-26",
                            ["UK Government: Shared Prosperity Fund"]) == "Shared Prosperity Fund"
    not_a_grant = re.compile(r"(?i)\b(?:total|spend|budget)\b")
    assert total_of_fund("Total SPF spend 2025-26", not_a_grant,
                         ["Shared Prosperity Fund"]) is None
    assert total_of_fund("Total SPF allocation 2025-26", not_a_grant, ["Spring Poetry Fair"]) \
        is None


def test_each_amount_its_own_part():
    words = re.compile(r"(?i)\b(?:reserves?|budget|spend)\b").search
    s = "It is funded by £5 from the council's budget, and £9 from the Digital Fund."
    found = find_money(s)
    assert [own_part(s, k, found, s[m.end:found[k + 1].start] if k == 0 else s[m.end:], words)
            for k, m in enumerate(found)] == [False, True]
    s = "Spend of £5 and a grant of £9."
    found = find_money(s)
    assert [own_part(s, k, found, s[m.end:], words) for k, m in enumerate(found)] == \
        [False, True]
