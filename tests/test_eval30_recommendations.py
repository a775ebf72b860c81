"""Recommendations papers of the shipped kind in eval30's families, written afresh for these
tests (other subjects, owners, numbers of items and wordings than the corpus):

- a BILINGUAL side-by-side table printed ENGLISH first (``English | Cymraeg``), its areas
  "Area N:" rows under "Theme N:" rows, each with a label row "Work under way" over "•"
  bullets and a label row "What we recommend" over numbered recommendations whose owners
  close them in a bracket ("... in 2027. (Councils)"); as a Markdown pipe table and a web
  page (``<th>`` theme and area rows);
- a WRITTEN STATEMENT in prose: themes h2, areas h3 (in the print form, areas as bold lines
  under the themes' headings), "Work currently in progress includes ..." sentences, "The
  Review Panel recommends that ..." sentences (alone or after the work's sentence), and a
  lead-in "The panel recommends:" over a list whose items close with ";" and "; or".

The careful reader's reading is written out below, before the code ran.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

import wlga_analysis as wa

# ---------------------------------------------------------------- the bilingual table
ROWS = [  # (kind, English, Welsh)
    ("theme", "Theme 1: Early years", "Thema 1: Blynyddoedd cynnar"),
    ("area", "Area 1: Childcare places", "Maes 1: Lleoedd gofal plant"),
    ("label", "Work under way", "Gwaith ar y gweill"),
    ("act", "• Six councils opened Welsh-medium childcare settings in 2025.",
     "• Agorodd chwe chyngor leoliadau gofal plant Cymraeg yn 2025."),
    ("label", "What we recommend", "Ein hargymhellion"),
    ("rec", "1. Councils should plan childcare places with their school plans. (Councils)",
     "1. Dylai cynghorau gynllunio lleoedd gofal plant gyda'u cynlluniau ysgol."),
    ("theme", "Theme 2: Young people", "Thema 2: Pobl ifanc"),
    ("area", "Area 2: Youth services", "Maes 2: Gwasanaethau ieuenctid"),
    ("label", "Work under way", "Gwaith ar y gweill"),
    ("act", "• The WLGA surveyed youth workers in the spring.",
     "• Arolygodd CLlLC weithwyr ieuenctid yn y gwanwyn."),
    ("act", "• Two councils share a Welsh-medium youth worker.",
     "• Mae dau gyngor yn rhannu gweithiwr ieuenctid Cymraeg."),
    ("label", "What we recommend", "Ein hargymhellion"),
    ("rec", "2. The WLGA should publish the survey's findings by June 2027. (WLGA)",
     "2. Dylai CLlLC gyhoeddi canfyddiadau'r arolwg erbyn Mehefin 2027."),
    ("rec", "3. The Welsh Government should fund youth work in Welsh for three years. "
     "(Welsh Government, Councils)",
     "3. Dylai Llywodraeth Cymru ariannu gwaith ieuenctid yn Gymraeg am dair blynedd."),
]
TABLE_AREAS = [("Childcare places", "Early years"), ("Youth services", "Young people")]
TABLE_RECS = [
    ("1", "Childcare places", "Councils should plan childcare places with their school plans.",
     ["LG"]),
    ("2", "Youth services", "The WLGA should publish the survey's findings by June 2027.",
     ["WLGA"]),
    ("3", "Youth services", "The Welsh Government should fund youth work in Welsh for three "
     "years.", ["WG", "LG"]),
]
TABLE_ACTS = [
    ("Childcare places", "Six councils opened Welsh-medium childcare settings in 2025."),
    ("Youth services", "The WLGA surveyed youth workers in the spring."),
    ("Youth services", "Two councils share a Welsh-medium youth worker."),
]
TITLE = "Welsh in Children's Services: Recommendations / Y Gymraeg mewn Gwasanaethau Plant"


def _table_md() -> str:
    out = [f"# {TITLE}", "", "| English | Cymraeg |", "|---|---|"]
    for kind, en, cy in ROWS:
        mark = "**" if kind in ("theme", "area") else "*" if kind == "label" else ""
        out.append(f"| {mark}{en}{mark} | {mark}{cy}{mark} |")
    return "\n".join(out) + "\n"


def _table_html() -> str:
    rows = []
    for kind, en, cy in ROWS:
        if kind in ("theme", "area"):
            rows.append(f'<tr><th scope="rowgroup">{en}</th><th lang="cy">{cy}</th></tr>')
        else:
            rows.append(f'<tr><td>{en}</td><td lang="cy">{cy}</td></tr>')
    return ("<!DOCTYPE html><html><head><title>Recommendations</title></head><body><main>"
            f"<h1>{TITLE}</h1><table><thead><tr><th>English</th><th>Cymraeg</th></tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table></main></body></html>")


# ---------------------------------------------------------------- the written statement
THEMES = [
    ("Housing supply", [
        ("Empty homes",
         "Work currently in progress includes a national empty homes grant, which opened "
         "in 2025.",
         ["The Review Panel recommends that councils use their enforcement powers on homes "
          "empty for more than two years."]),
        ("Modular homes", None,
         ["The panel also recommends that the Welsh Government and the WLGA jointly "
          "commission a framework for modular homes."]),
    ]),
    ("Homelessness", [
        ("Temporary accommodation",
         "Work currently in progress includes a review of bed and breakfast use by "
         "Shelter Cymru, which was started in May.",
         ["that councils end the use of bed and breakfast for families;",
          "that the WLGA shares good practice on leasing schemes; or",
          "that the Welsh Government funds more leased homes."]),
    ]),
]
STATEMENT_AREAS = [("Empty homes", "Housing supply"), ("Modular homes", "Housing supply"),
                   ("Temporary accommodation", "Homelessness")]
STATEMENT_RECS = [
    ("1", "Empty homes", "The Review Panel recommends that councils use their enforcement "
     "powers on homes empty for more than two years.", ["LG"]),
    ("2", "Modular homes", "The panel also recommends that the Welsh Government and the WLGA "
     "jointly commission a framework for modular homes.", ["WG", "WLGA"]),
    ("3", "Temporary accommodation", "that councils end the use of bed and breakfast for "
     "families", ["LG"]),
    ("4", "Temporary accommodation", "that the WLGA shares good practice on leasing schemes",
     ["WLGA"]),
    ("5", "Temporary accommodation", "that the Welsh Government funds more leased homes.",
     ["WG"]),
]
STATEMENT_ACTS = [
    ("Empty homes", "Work currently in progress includes a national empty homes grant, "
     "which opened in 2025."),
    ("Temporary accommodation", "Work currently in progress includes a review of bed and "
     "breakfast use by Shelter Cymru, which was started in May."),
]
ASIDE = ("The panel also looked at second homes, which are now covered by the council tax "
         "premium, and makes no further recommendation on them.")


def _statement_md(bold_areas: bool = False) -> str:
    out = ["# Written Statement: Report of the Housing Review Panel", "",
           "Minister for Housing, 12 May 2027", "",
           "I am today publishing the report of the Housing Review Panel.", ""]
    for theme, areas in THEMES:
        out += [f"## {theme}", ""]
        for area, work, recs in areas:
            out += [f"**{area}**" if bold_areas else f"### {area}", ""]
            if recs[0].startswith("that "):
                out += [work, "", "The panel recommends:", ""] + [f"- {r}" for r in recs]
                out += ["", ASIDE]
            else:
                out.append(" ".join(([work] if work else []) + recs))
            out.append("")
    out += ["I will respond to the report in the autumn.", ""]
    return "\n".join(out)


def _load(path: Path) -> dict:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        areas = wa.load_areas(path)
        acts = wa.load_activities(path)
        names = dict(zip(areas["area_id"], areas["area"], strict=True))
        acts["area"] = [names[a] for a in acts["area_id"]]
        return {"areas": areas, "activities": acts, "recs": wa.load_recommendations(path)}


@pytest.fixture(scope="module", params=["md", "html"])
def bilingual(request, tmp_path_factory):
    path = tmp_path_factory.mktemp("eval30") / f"children.{request.param}"
    path.write_text(_table_md() if request.param == "md" else _table_html(), encoding="utf-8")
    return _load(path)


@pytest.fixture(scope="module", params=["headings", "bold"])
def statement(request, tmp_path_factory):
    path = tmp_path_factory.mktemp("eval30") / "statement.md"
    path.write_text(_statement_md(request.param == "bold"), encoding="utf-8")
    return _load(path)


def test_bilingual_label_rows_give_the_numbered_recommendations(bilingual):
    recs = bilingual["recs"]
    got = [(str(r.rec_id), r.area, r.text, list(r.owners)) for r in recs.itertuples()]
    assert got == TABLE_RECS


def test_bilingual_label_rows_keep_areas_themes_and_activities(bilingual):
    areas = bilingual["areas"]
    assert list(zip(areas["area"], areas["theme"], strict=True)) == TABLE_AREAS
    acts = bilingual["activities"]
    assert list(zip(acts["area"], acts["text"], strict=True)) == TABLE_ACTS


def test_bilingual_welsh_column_is_reported(tmp_path):
    path = tmp_path / "children.md"
    path.write_text(_table_md(), encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        wa.load_recommendations(path)
    assert any("'Cymraeg' column" in str(w.message) for w in caught)


def test_statement_recommendations_in_order_of_the_statement(statement):
    recs = statement["recs"]
    got = [(str(r.rec_id), r.area, r.text, list(r.owners)) for r in recs.itertuples()]
    assert got == STATEMENT_RECS


def test_statement_areas_under_their_themes(statement):
    areas = statement["areas"]
    assert list(zip(areas["area"], areas["theme"], strict=True)) == STATEMENT_AREAS


def test_statement_work_in_progress_sentences_are_the_activities(statement):
    acts = statement["activities"]
    assert list(zip(acts["area"], acts["text"], strict=True)) == STATEMENT_ACTS
