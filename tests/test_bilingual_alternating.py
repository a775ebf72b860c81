"""A bilingual programme update in alternating paragraphs: every heading, numbered
paragraph and list is printed in Welsh and then in English (or English first), twin after
twin. It is read in English, in every form; the Welsh twins are left unread and reported.

The document is written for the test as a WLGA officer prints such a paper; the asserted
values are the careful reader's reading, written before the code ran.
"""

from __future__ import annotations

import html
import io
import re

import pytest

from wlga_analysis import documents, load_grants, load_metadata, load_priorities, load_programme
from wlga_analysis.read.bilingual_pairs import language, welsh_twins
from wlga_analysis.read.html import read_html
from wlga_analysis.testing import quietly, table_rows
from wlga_analysis.testing.publish import docx_bytes

#: (Welsh, English) twins: a line, or a numbered lead-in with its list (a)-(b).
#: A closing status tag ("(Complete)"): left out of an item's text.
_TAG = re.compile(r" \((?:Complete|On track|Delayed|Not started)\)$")

PAIRS = [
    ("Rhaglen Cymorth Cynllunio CLlLC 2024-25: Diweddariad Chwarter 2",
     "WLGA Planning Support Programme 2024-25: Quarter 2 Update"),
    ("Pwyllgor Gwaith", "Executive Committee"),
    ("14 Tachwedd 2024", "14 November 2024"),
    ("1. Pwrpas", "1. Purpose"),
    ("1.1 Rhoi gwybod i'r Aelodau am gynnydd y rhaglen hyd at ddiwedd mis Medi.",
     "1.1 To update Members on the progress of the programme to the end of September."),
    ("2. Cefndir", "2. Background"),
    (("2.1 Blaenoriaethau'r rhaglen ar gyfer 2024-25 yw:",
      "Cynlluniau datblygu lleol cyfredol", "Sgiliau cynllunio yn y cynghorau"),
     ("2.1 The programme's priorities for 2024-25 are:",
      "Up-to-date local development plans", "Planning skills in councils")),
    ("2.2 Dangosir statws pob cam mewn cromfachau: (Wedi'i gwblhau), (Ar y trywydd), "
     "(Wedi'i oedi) neu (Heb ddechrau).",
     "2.2 The status of each action is shown in brackets: (Complete), (On track), (Delayed) "
     "or (Not started)."),
    ("3. Cynlluniau datblygu", "3. Development plans"),
    ("3.1 Mae pob cyngor wedi cyhoeddi amserlen ar gyfer ei gynllun ym mis Mehefin 2024. "
     "(Wedi'i gwblhau)",
     "3.1 Every council published a timetable for its plan in June 2024. (Complete)"),
    ("3.2 Mae canllaw ar adolygu cynlluniau yn cael ei baratoi gyda'r Arolygiaeth erbyn "
     "Mawrth 2025. (Ar y trywydd)",
     "3.2 A guide to plan reviews is being prepared with the Inspectorate by March 2025. "
     "(On track)"),
    ("4. Sgiliau cynllunio", "4. Planning skills"),
    ("4.1 Mae'r rhaglen hyfforddi i swyddogion cynllunio wedi'i gohirio tan Ionawr 2025. "
     "(Wedi'i oedi)",
     "4.1 A training programme for planning officers has been delayed to January 2025. "
     "(Delayed)"),
    ("4.2 Bydd cynllun prentisiaeth yn y cynghorau yn dechrau ym mis Medi 2025. (Heb ddechrau)",
     "4.2 An apprenticeship scheme in councils will start in September 2025. (Not started)"),
    ("5. Cyllid", "5. Funding"),
    ("5.1 Mae Llywodraeth Cymru wedi dyfarnu grant cynllunio o £250,000 ar gyfer 2024-25.",
     "5.1 The Welsh Government has awarded a planning grant of £250,000 for 2024-25."),
]


def _pairs(order: str) -> list[tuple]:
    """The twins in print order; "headings" prints each numbered heading once, in both
    languages ("2. Blaenoriaethau / Priorities"), the paragraphs still alternating."""
    out: list[tuple] = []
    for cy, en in PAIRS:
        if order == "headings" and isinstance(cy, str) and cy[:2].rstrip(".").isdigit() \
                and cy[1:3] == ". ":
            out.append((f"{cy} / {en[3:]}",))
        elif order == "english first":
            out.append((en, cy))
        else:
            out.append((cy, en))
    return out


def _text(order: str) -> str:
    lines: list[str] = []
    for twins in _pairs(order):
        for part in twins:
            if isinstance(part, str):
                lines += [re.sub(r"^(\d+\.\d+) ", r"\1  ", part), ""]  # "3.1  Text"
            else:
                lines += [part[0], ""]
                lines += [f"    ({'ab'[k]}) {item}" for k, item in enumerate(part[1:])]
                lines.append("")
    return "\n".join(lines)


def _html(order: str) -> str:
    body: list[str] = []
    for twins in _pairs(order):
        for part in twins:
            lang = "en" if language(part if isinstance(part, str) else part[0]) == "en" \
                else "cy"
            text = part if isinstance(part, str) else part[0]
            number, _, rest = text.partition(" ")
            if "." in number and number[-1] != "." and number[0].isdigit():
                # the number in an element of its own, spaced from the text by CSS only
                body.append(f'<p lang="{lang}"><span class="num">{number}</span>'
                            f"{html.escape(rest)}</p>")
            elif number.endswith(".") and number[0].isdigit():
                body.append(f'<h2 lang="{lang}">{html.escape(text)}</h2>')
            else:
                body.append(f'<p lang="{lang}">{html.escape(text)}</p>')
            if not isinstance(part, str):
                items = "".join(f"<li>{html.escape(i)}</li>" for i in part[1:])
                body.append(f'<ol type="a" lang="{lang}">{items}</ol>')
    return ('<html lang="cy"><head><style>.num{display:inline-block;width:3rem}</style>'
            "</head><body><main>" + "\n".join(body) + "</main></body></html>")


ORDERS = ["welsh first", "english first", "headings"]


def _write(tmp_path, order: str, form: str):
    path = tmp_path / f"update-{order.replace(' ', '-')}.{form}"
    if form == "txt":
        path.write_text(_text(order), encoding="utf-8")
    elif form == "html":
        path.write_text(_html(order), encoding="utf-8")
    else:
        path.write_bytes(docx_bytes(read_html(_html(order))))
    return path


@pytest.mark.parametrize("form", ["txt", "html", "docx"])
@pytest.mark.parametrize("order", ORDERS)
def test_an_alternating_bilingual_update_is_read_in_english(tmp_path, order, form):
    path = _write(tmp_path, order, form)
    items = quietly(load_programme, path)
    assert items["item_id"].tolist() == ["3.1", "3.2", "4.1", "4.2"], path.name
    assert items["text"].str.split().str[0].tolist() == ["Every", "A", "A", "An"]
    assert items["status"].tolist() == ["done", "in progress", "at risk", "planned"]
    assert items["quarter_label"].tolist() == ["2024-25 Q1", "2024-25 Q4", "2024-25 Q4",
                                               "2025-26 Q2"]
    assert quietly(load_priorities, path)["priority"].tolist() == [
        "Up-to-date local development plans", "Planning skills in councils"]
    assert table_rows(quietly(load_grants, path), "amount_gbp", "financial_year") == [
        [250_000, "2024-25"]]
    assert quietly(load_metadata, path)["title"] == PAIRS[0][1]
    found = [i for i in quietly(documents.read_document, path, "programme").notes
             if i.check == "bilingual paper"]
    assert len(found) == 1 and "paragraphs in Welsh, each printed beside its English twin" \
        in found[0].message


def test_each_welsh_twin_is_named_by_its_lines():
    lines = _text("welsh first").splitlines()
    twins = welsh_twins(lines)
    # every Welsh paragraph (the list with its lead-in), none of the English ones
    assert len(twins) == len(PAIRS)
    assert all(language(" ".join(lines[a - 1:b])) != "en" for a, b in twins)
    first, last = twins[6]
    assert lines[first - 1].startswith("2.1") and lines[last - 1].endswith("cynghorau")


def test_a_paper_in_one_language_has_no_twins():
    welsh = [p[0] if isinstance(p[0], str) else p[0][0] for p in PAIRS]
    english = [p[1] if isinstance(p[1], str) else p[1][0] for p in PAIRS]
    assert welsh_twins(welsh) == [] and welsh_twins(english) == []
    assert welsh_twins(welsh + english) == []  # one half then the other: welsh_part's case


def test_a_welsh_only_update_is_read_in_welsh_its_framing_sections_named_in_welsh(tmp_path):
    lines = []
    for cy, _ in PAIRS:
        lines += [cy, ""] if isinstance(cy, str) else [cy[0], "", "- " + cy[1], "- " + cy[2], ""]
    path = tmp_path / "cy.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    assert not any(i.check == "bilingual paper"
                   for i in quietly(documents.read_document, path, "programme").notes)
    assert quietly(load_programme, path)["item_id"].tolist() == ["3.1", "3.2", "4.1", "4.2"]


@pytest.mark.parametrize(("text", "told"), [
    ("Mae'r rhaglen yn cefnogi'r cynghorau.", "cy"), ("The plan was agreed.", "en"),
    ("Bwrdd Gweithredol", "cy"), ("Executive Board", "en"), ("14 Tachwedd 2024", "cy"),
    ("1. Purpose", None), ("Data Cymru", None),
])
def test_a_paragraphs_language_is_told_by_its_words(text, told):
    assert language(text) == told


# ------------------------------------------------------------ a PDF in two text columns
def _two_column_pdf(order: str) -> bytes:
    """The update set in two newspaper columns (the text runs down the left column, then
    down the right one), ragged right, numbers hanging in the margin of each column."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

    buffer = io.BytesIO()
    width = A4[0]
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=9.5, leading=12,
                          spaceAfter=5)
    numbered = ParagraphStyle("numbered", parent=body, leftIndent=20, bulletIndent=0)
    listed = ParagraphStyle("listed", parent=body, leftIndent=38, bulletIndent=20,
                            spaceAfter=2)
    heading = ParagraphStyle("heading", parent=body, fontName="Helvetica-Bold", fontSize=10.5,
                             leading=14, spaceBefore=6)
    story = []
    for twins in _pairs(order):
        for part in twins:
            text = part if isinstance(part, str) else part[0]
            number, _, rest = text.partition(" ")
            if number[:1].isdigit() and not number.endswith(".") and "." in number:
                story.append(Paragraph(html.escape(rest), numbered, bulletText=number))
            elif number[:1].isdigit() and number.endswith("."):
                story.append(Paragraph(html.escape(text), heading))
            else:
                story.append(Paragraph(html.escape(text), body))
            if not isinstance(part, str):
                story += [Paragraph(html.escape(item), listed, bulletText=f"({'ab'[k]})")
                          for k, item in enumerate(part[1:])]
    column, gap, margin = (width - 2 * 50 - 30) / 2, 30, 50
    frames = [Frame(margin, 60, column, 260, id="left"),
              Frame(margin + column + gap, 60, column, 260, id="right")]
    doc = BaseDocTemplate(buffer, pagesize=A4, pageTemplates=[PageTemplate("two", frames)])
    doc.build(story)
    return buffer.getvalue()


@pytest.mark.parametrize("order", ["welsh first", "english first"])
def test_a_bilingual_update_in_two_pdf_columns_is_read_column_by_column(tmp_path, order):
    path = tmp_path / "update.pdf"
    path.write_bytes(_two_column_pdf(order))
    items = quietly(load_programme, path)
    assert items["item_id"].tolist() == ["3.1", "3.2", "4.1", "4.2"]
    english = [p[1] for p in PAIRS if isinstance(p[1], str) and p[1].startswith(("3.", "4."))]
    # (each printed line's closing status tag, "(Complete)", is left out of the item's text)
    assert items["text"].tolist() == [_TAG.sub("", e.split(" ", 1)[1]) for e in english
                                      if e[2:3] != " "]
    assert items["section"].tolist() == ["Development plans"] * 2 + ["Planning skills"] * 2


def _markdown_bullets(order: str) -> str:
    """The update as a Markdown page whose progress is bullets, each printed in Welsh and
    then in English (or English first) under headings in both languages."""
    lines: list[str] = []
    for twins in _pairs(order):
        for part in twins:
            if not isinstance(part, str):
                lines += [part[0], "", *(f"- {item}" for item in part[1:]), ""]
            elif re.match(r"\d+\.\d+ ", part) and part[0] in "34":
                lines.append("- " + part.split(" ", 1)[1])  # a bullet, no number
            elif re.match(r"\d+\. ", part):
                lines += ["", f"## {part}", ""]
            else:
                lines += [part, ""]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("order", ["welsh first", "english first"])
def test_bullets_in_turn_in_each_language_are_read_in_english(tmp_path, order):
    path = tmp_path / "update.md"
    path.write_text(_markdown_bullets(order), encoding="utf-8")
    items = quietly(load_programme, path)
    assert items["item_id"].tolist() == ["3.1", "3.2", "4.1", "4.2"]
    assert items["status"].tolist() == ["done", "in progress", "at risk", "planned"]
    assert items["text"].str.split().str[0].tolist() == ["Every", "A", "A", "An"]


def test_a_list_item_wrapped_onto_an_indented_line_is_one_item():
    lines = _text("welsh first").replace(
        "    (b) Sgiliau cynllunio yn y cynghorau",
        "    (b) Sgiliau cynllunio\n        yn y cynghorau").splitlines()
    twins = welsh_twins(lines)
    assert len(twins) == len(PAIRS)
    first, last = twins[6]
    assert lines[first - 1].startswith("2.1") and lines[last - 1].endswith("yn y cynghorau")
