"""Recommendations layouts of the third evaluation corpus: bilingual area labels ("Maes 1 /
Area 1: ..."), roman item numbers ("(iv)"), and registers (one recommendation a row, with its
number, theme and area in columns of their own), in every form a publisher prints.

Every document here is written for the test (its own themes, owners and wording). The
asserted values are the careful reader's reading, written before the code ran.
"""

from __future__ import annotations

import io

from wlga_analysis import recommendations as rec
from wlga_analysis.interpret.recommendations.columns import map_columns, needs_model
from wlga_analysis.testing import quietly
from wlga_analysis.testing import table_rows as _rows
from wlga_analysis.testing import write_document as _write
from wlga_analysis.testing.publish import html_page

# ------------------------------------------------------- bilingual area labels, roman numbers
WELSH_FIRST_TABS = "\n".join([
    "## Gweithgor Tai / Housing Working Group: Argymhellion / Recommendations", "",
    "### Tai fforddiadwy / Affordable housing", "",
    "Maes / Area\tGweithgarwch / Activity underway or achieved\t"
    "Argymhellion / Recommendations\tCyfrifoldeb / Responsibility",
    "<p><b>Maes 1 / Area 1: Empty homes</b></p> <p>To bring empty homes back into use.</p>\t"
    "<p>1. A national empty homes grant scheme opened in 2023.</p>\t"
    "<p>(i) That councils publish their empty homes registers.</p> "
    "<p>(ii) That the grant scheme is extended to 2027.</p>\t"
    "<p>LG</p> <p>Llywodraeth Cymru / Welsh Government</p>",
    "<p><b>Maes 2 / Area 2: Second homes</b></p> <p>To manage the effect of second homes.</p>\t"
    "<p>2. Council tax premiums were set by nine councils.</p>\t"
    "<p>(iii) That the premium guidance is reviewed.</p>\t<p>WG and LG</p>",
])


def test_welsh_first_area_labels_and_roman_numbers_in_the_text_form(tmp_path):
    path = _write(tmp_path, WELSH_FIRST_TABS, "tai.txt")
    areas = quietly(rec.load_areas, path)
    assert _rows(areas, "area_id", "area", "theme") == [
        [1, "Empty homes", "Tai fforddiadwy / Affordable housing"],
        [2, "Second homes", "Tai fforddiadwy / Affordable housing"]]
    recs = quietly(rec.load_recommendations, path)
    assert _rows(recs, "rec_id", "area_id", "owners") == [
        [1, 1, ["LG"]], [2, 1, ["WG"]], [3, 2, ["WG", "LG"]]]
    assert recs["text"].tolist()[0] == "That councils publish their empty homes registers."
    assert _rows(quietly(rec.load_activities, path), "activity_no", "area_id") == [[1, 1], [2, 2]]


def test_welsh_first_area_labels_on_a_web_page(tmp_path):
    page = html_page(WELSH_FIRST_TABS.split("\n"), "recommendations")
    path = _write(tmp_path, page, "tai.html")
    recs = quietly(rec.load_recommendations, path)
    assert _rows(recs, "rec_id", "area_id", "owners") == [
        [1, 1, ["LG"]], [2, 1, ["WG"]], [3, 2, ["WG", "LG"]]]
    assert quietly(rec.load_areas, path)["area"].tolist() == ["Empty homes", "Second homes"]


def test_area_label_words_come_from_the_word_list():
    from wlga_analysis.interpret.recommendations.area_labels import area_lead_pattern

    lead = area_lead_pattern(frozenset({"area", "maes", "work stream"}))
    assert lead.fullmatch("Work stream 4: Fleet").groups() == ("4", "Fleet")
    assert lead.fullmatch("Area 2 / Maes 2 – Grantiau").groups() == ("2", "Grantiau")
    assert lead.fullmatch("Maes parcio: Car parks") is None  # a label needs its number
    assert area_lead_pattern(frozenset({"area"})).fullmatch("Maes 1: Tai") is None


# ------------------------------------------------------------------------------- registers
REGISTER_PIPE = "\n".join([
    "# Leisure and Culture Working Group: Recommendations Register", "",
    "As at 14 May 2025", "",
    "| Ref | Theme | Area | Recommendation | Lead | Status |",
    "|---|---|---|---|---|---|",
    "| 1 | Leisure | Leisure centres | That councils publish the energy use of each leisure "
    "centre. | LG | Not started |",
    "| 2 | Leisure | Leisure centres | That the WLGA shares options for community asset "
    "transfer. | WLGA | In progress |",
    "| 3 | Leisure | Swimming | That every child can swim 25 metres by age eleven. | "
    "Welsh Government and Sport Wales | Complete |",
    "| 4 | Culture | Libraries | That library opening hours are kept at 2024 levels. | "
    "LG | In progress |",
])


def test_register_with_number_theme_and_area_columns(tmp_path):
    path = _write(tmp_path, REGISTER_PIPE, "leisure.md")
    areas = quietly(rec.load_areas, path)
    assert _rows(areas, "area_id", "area", "theme") == [
        [1, "Leisure centres", "Leisure"], [2, "Swimming", "Leisure"],
        [3, "Libraries", "Culture"]]
    recs = quietly(rec.load_recommendations, path)
    assert _rows(recs, "rec_id", "area_id", "owners") == [
        [1, 1, ["LG"]], [2, 1, ["WLGA"]], [3, 2, ["WG", "Sport Wales"]], [4, 3, ["LG"]]]
    assert recs["status"].tolist() == ["Not started", "In progress", "Complete", "In progress"]
    assert quietly(rec.load_activities, path).empty


def test_register_in_the_text_form_with_an_abbreviated_number_header(tmp_path):
    lines = [
        "## Leisure Working Group: Recommendations", "",
        "<p>No.</p>\t<p>Theme</p>\t<p>Area</p>\t<p>Recommendation</p>\t<p>Lead</p>",
        "<p>1</p>\t<p>Leisure</p>\t<p>Swimming</p>\t<p>That pools stay open.</p>\t<p>LG</p>",
        "<p>2</p>\t<p>Culture</p>\t<p>Libraries</p>\t<p>That libraries lend laptops.</p>\t"
        "<p>WG</p>",
    ]
    path = _write(tmp_path, "\n".join(lines), "leisure.txt")
    recs = quietly(rec.load_recommendations, path)
    assert _rows(recs, "rec_id", "area_id", "area", "theme", "owners") == [
        [1, 1, "Swimming", "Leisure", ["LG"]], [2, 2, "Libraries", "Culture", ["WG"]]]


def test_register_columns_found_by_header_names():
    cols = map_columns(["Rec no.", "Thema / Theme", "Maes / Area", "Argymhelliad / Recommendation",
                        "Lead", "Target date"])
    assert (cols.number, cols.theme, cols.area, cols.recommendations, cols.owners) == \
        (0, 1, 2, 3, 4)
    assert cols.extras == ((4, "lead"), (5, "target_date"))
    # a header row whose words a PDF split in narrow cells is still a recommendations header
    assert needs_model(["<p>No.</p>\t<p>Area</p>\t<p>Recomm endation</p>\t<p>Lead</p>"])


def _register_pdf(rows: list[list[str]]) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph as RLParagraph
    from reportlab.platypus import SimpleDocTemplate, Spacer, TableStyle
    from reportlab.platypus import Table as RLTable

    style = getSampleStyleSheet()["Normal"]
    data = [["No.", "Area", "Recommendation", "Lead", "Target date"]]
    data += [[RLParagraph(cell, style) for cell in row] for row in rows]
    table = RLTable(data, colWidths=[40, 90, 200, 80, 90], repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    title = RLParagraph("<b>Leisure Working Group: Recommendations</b>",
                        getSampleStyleSheet()["Title"])
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, invariant=1).build([title, Spacer(1, 540), table])
    return buffer.getvalue()


def test_pdf_register_row_on_the_next_page_is_a_row_of_its_own(tmp_path):
    rows = [[str(n), "Swimming", f"That pool {n} stays open in the summer holidays.", "LG",
             "TBC" if n % 2 else "by the end of the financial year"] for n in range(1, 9)]
    path = tmp_path / "leisure.pdf"
    path.write_bytes(_register_pdf(rows))
    recs = quietly(rec.load_recommendations, path)
    assert recs["rec_id"].tolist() == list(range(1, 9))
    assert recs["text"].tolist()[4] == "That pool 5 stays open in the summer holidays."
    assert recs["target_date"].tolist()[:2] == ["TBC", "by the end of the financial year"]
