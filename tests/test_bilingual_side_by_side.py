"""A bilingual paper printed side by side: the whole update is one table headed "Cymraeg |
English" (or "English | Welsh"), a heading, paragraph or list a row. It is read as its
English column, in every form, and the Welsh column left unread is reported.

The document is written for the test as a WLGA officer prints such a paper; the asserted
values are the careful reader's reading, written before the code ran.
"""

from __future__ import annotations

import pytest

from wlga_analysis import (
    documents,
    load_areas,
    load_grants,
    load_priorities,
    load_programme,
    load_recommendations,
)
from wlga_analysis.errors import ParseError
from wlga_analysis.read.html import read_html
from wlga_analysis.testing import parse_issues, quietly, table_rows
from wlga_analysis.testing.publish import docx_bytes

ROWS = [
    ("**Rhaglen Wella CLlLC: Diweddariad Chwarter 1 2025-26**",
     "**WLGA Improvement Programme: Quarter 1 2025-26 Update**"),
    ("Pwyllgor Gwaith CLlLC, 11 Gorffennaf 2025", "WLGA Executive Board, 11 July 2025"),
    ("**1. Pwrpas**", "**1. Purpose**"),
    ("Rhoi gwybod i'r Aelodau am gynnydd.", "To update Members on progress."),
    ("**2. Blaenoriaethau**", "**2. Priorities**"),
    ("Blaenoriaethau 2025-26 yw:<br>- hunanasesu;<br>- craffu.",
     "The priorities for 2025-26 are:<br>- self-assessment;<br>- scrutiny."),
    ("**3. Hunanasesu**", "**3. Self-assessment**"),
    ("- Cwblhawyd dau Asesiad Perfformiad Panel yn ystod Ebrill-Mehefin 2025.<br>"
     "- Mae trydydd asesiad wedi'i gynllunio ar gyfer Hydref-Rhagfyr 2025.",
     "- Two Panel Performance Assessments were completed in Apr-Jun 2025.<br>"
     "- A third assessment is planned for Oct-Dec 2025."),
    ("**4. Craffu**", "**4. Scrutiny**"),
    ("- Mae rhaglen hyfforddi wedi'i gohirio tan Ionawr-Mawrth 2026.",
     "- A training programme has been delayed to Jan-Mar 2026."),
    ("**5. Cyllid**", "**5. Funding**"),
    ("Mae Llywodraeth Cymru wedi cadarnhau grant gwella o £800,000 ar gyfer 2025-26.",
     "Welsh Government has confirmed an improvement grant of £800,000 for 2025-26."),
]


def _markdown(welsh_first: bool = True) -> str:
    head = ("Cymraeg", "English") if welsh_first else ("English", "Welsh")
    rows = ROWS if welsh_first else [(en, cy) for cy, en in ROWS]
    return "\n".join([f"| {head[0]} | {head[1]} |", "|---|---|",
                      *(f"| {a} | {b} |" for a, b in rows)])


def _html(markdown: str) -> str:
    def cell(text: str) -> str:
        parts = text.split("<br>")
        lead = [p for p in parts if not p.startswith("- ")]
        items = "".join(f"<li>{p[2:]}</li>" for p in parts if p.startswith("- "))
        body = "".join(f"<p>{p}</p>" for p in lead) + (f"<ul>{items}</ul>" if items else "")
        return body.replace("**", "").replace("<p>WLGA Improvement", "<p><b>WLGA Improvement")
    rows = [line.strip("|").split(" | ") for line in markdown.splitlines() if "---" not in line]
    tags = ["th"] + ["td"] * len(rows)
    body = "".join("<tr>" + "".join(f"<{tag}>{cell(c.strip())}</{tag}>" for c in row) + "</tr>"
                   for tag, row in zip(tags, rows, strict=False))
    return (f"<html><body><header><nav>Home</nav></header><main><table>{body}</table></main>"
            "<footer>© WLGA</footer></body></html>")


def _forms(tmp_path):
    markdown = _markdown()
    page = _html(markdown)
    files = {"paper.md": markdown.encode(), "paper.html": page.encode(),
             "paper.docx": docx_bytes(read_html(page), "auto"),
             "english-first.md": _markdown(welsh_first=False).encode()}
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    return [tmp_path / name for name in files]


@pytest.fixture(scope="module")
def papers(tmp_path_factory):
    return _forms(tmp_path_factory.mktemp("bilingual"))


@pytest.mark.parametrize("form", range(4))
def test_a_bilingual_paper_is_read_as_its_english_column(papers, form):
    path = papers[form]
    items = quietly(load_programme, path)
    assert table_rows(items, "item_id", "status") == [
        ["3.1", "done"], ["3.2", "planned"], ["4.1", "at risk"]], path.name
    assert items["quarter_label"].tolist() == ["2025-26 Q1", "2025-26 Q3", "2025-26 Q4"]
    assert quietly(load_priorities, path)["priority"].tolist() == ["self-assessment",
                                                                   "scrutiny"]
    assert table_rows(quietly(load_grants, path), "amount_gbp", "financial_year") == [
        [800_000, "2025-26"]]
    found = [i for i in _notes(path) if i.check == "bilingual paper"]
    assert len(found) == 1 and "column, the same paper in Welsh, is not" in found[0].message


def _notes(path) -> tuple:
    """The findings of reading the document (reported when it is read)."""
    return quietly(documents.read_document, path, "programme").notes


def test_a_two_column_table_of_other_headers_is_no_bilingual_paper(tmp_path):
    path = tmp_path / "paper.md"
    path.write_text(_markdown().replace("| Cymraeg | English |", "| Action | Lead |"),
                    encoding="utf-8")
    assert not any(i.check == "bilingual paper" for i in _notes(path))
    with pytest.raises(ParseError, match="no numbered paragraphs"):  # read as it is printed
        parse_issues(path, "programme")


# ------------------------------------------------------- one language after the other
WELSH_HALF = "\n".join([
    "# Gweithgor Amrywiaeth mewn Democratiaeth: Argymhellion", "",
    "Dyddiad: 12 Mawrth 2025", "",
    "## Thema 1: Ymgeiswyr", "",
    "| Maes | Gweithgarwch sydd ar y gweill neu wedi'i gyflawni | Argymhellion |",
    "|---|---|---|",
    "| **Maes 1: Data am ymgeiswyr**<br>Gwella'r data am gefndir ymgeiswyr. | "
    "1. Dim ond 12% o ymgeiswyr a ymatebodd i'r arolwg ac mae'r data yn wan. | "
    "1. Bod CLlLC a'r cynghorau yn cynnal arolwg ar-lein ar gyfer yr etholiadau nesaf. "
    "(**CLlLC**) |",
    "| **Maes 2: Cyfarfodydd aml-leoliad**<br>Galluogi aelodau i gymryd rhan o bell. | "
    "2. Mae pob cyngor bellach yn cynnal cyfarfodydd aml-leoliad. | "
    "2. Bod Llywodraeth Cymru yn adolygu'r canllawiau ar gyfer cyfarfodydd. (**LlC**) |",
])
ENGLISH_HALF = "\n".join([
    "# Diversity in Democracy Working Group: Recommendations", "",
    "Date: 12 March 2025", "",
    "## Theme 1: Candidates", "",
    "| Area | Activity underway or achieved | Recommendations |",
    "|---|---|---|",
    "| **Area 1: Candidate data**<br>To improve the data on the backgrounds of candidates. | "
    "1. Only 12% of candidates answered the survey and the data is weak. | "
    "1. That the WLGA and councils run an online survey for the next elections. (**WLGA**) |",
    "| **Area 2: Multi-location meetings**<br>To let members take part from home. | "
    "2. Every council now holds multi-location meetings. | "
    "2. That Welsh Government reviews the guidance on meetings. (**WG**) |",
])


@pytest.mark.parametrize("order", ["welsh first", "english first"])
def test_a_paper_printed_in_both_languages_in_turn_is_read_in_english(tmp_path, order):
    halves = (WELSH_HALF, ENGLISH_HALF) if order == "welsh first" else (ENGLISH_HALF,
                                                                         WELSH_HALF)
    path = tmp_path / "paper.md"
    path.write_text("\n\n".join(halves) + "\n", encoding="utf-8")
    recs = quietly(load_recommendations, path)
    assert table_rows(recs, "rec_id", "owners") == [[1, ["WLGA"]], [2, ["WG"]]]
    assert recs["text"].str.startswith("That ").all()
    assert quietly(load_areas, path)["area"].tolist() == ["Candidate data",
                                                          "Multi-location meetings"]
    found = [i for i in quietly(documents.read_document, path, "recommendations").notes
             if i.check == "bilingual paper"]
    # the Welsh half starts at line 1, or just after the English half's last line
    first = 1 if order == "welsh first" else ENGLISH_HALF.count("\n") + 2
    assert len(found) == 1 and found[0].source_line == first


def test_a_welsh_quotation_in_an_english_paper_is_read():
    from wlga_analysis.read.bilingual import welsh_part

    lines = ENGLISH_HALF.splitlines()
    lines.insert(2, "The motto reads: 'Mae pob cyngor yn cefnogi'r ymgeiswyr ac yn eu croesawu'.")
    assert welsh_part(lines) is None


def test_a_language_header_in_capitals_is_read(tmp_path):
    path = tmp_path / "paper.md"
    path.write_text(_markdown().replace("| Cymraeg | English |", "| CYMRAEG | ENGLISH |"),
                    encoding="utf-8")
    items = quietly(load_programme, path)
    assert items["item_id"].tolist() == ["3.1", "3.2", "4.1"]
