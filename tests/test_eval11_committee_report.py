"""A Senedd committee report, a layout the eleventh evaluation corpus showed, in documents
written for these tests (the asserted values are the careful reader's reading):

every recommendation is printed twice, in a front summary ("Recommendations and
conclusions", each line ending with its page: "(Page 6)", a dotted tab leader to the number
in Word, a right-aligned number in a PDF, a link on a web page) and again in a box in its
chapter (a block quote, ``<aside class="recommendation">``, a bordered paragraph, a one-cell
table); numbered "Conclusions" are not recommendations; the chapters are numbered headings
("2. Funding and opening hours") with generic sub-headings ("Our view", "Our conclusions");
owners are only the sentence's subject ("The Welsh Government, with the WLGA, should ...",
"Corporate Joint Committees should ...", "... should fund ... with the WLGA, including").

Before: each recommendation was read twice (summary and box) in Word, web and PDF, the
"Our view" sub-headings (or the report's title) were the areas, the Markdown form read only
the summary, with "(Page 6)" left on each text; owners were lost for the three subjects.
"""

from __future__ import annotations

import io

import pytest

from wlga_analysis.recommendations import (
    load_activities,
    load_areas,
    load_recommendations,
    load_recommendations_notes,
    parse_recommendations,
)
from wlga_analysis.testing import quietly

TITLE = "Public libraries: a service for everyone"

#: (chapter number, name, evidence paragraphs, boxes: (label, number, text))
CHAPTERS = [
    ("1", "Introduction", ["The Committee took evidence in the autumn of 2025."], []),
    ("2", "Funding and opening hours",
     ["Witnesses described reductions in opening hours in most areas. The Welsh Government "
      "told us it has commissioned a review of mobile libraries."],
     [("Recommendation", 1, "The Welsh Government should publish a national library "
                            "strategy by the end of 2026."),
      ("Recommendation", 2, "Local authorities should keep a core standard for library "
                            "opening hours."),
      ("Conclusion", 1, "We believe that libraries are anchors of their communities.")]),
    ("3", "Standards and shared services",
     ["The standards framework was last revised in 2017."],
     [("Recommendation", 3, "The Welsh Government, with the WLGA, should review the library "
                            "standards framework."),
      ("Recommendation", 4, "Corporate Joint Committees should consider shared purchasing "
                            "of library stock."),
      ("Recommendation", 5, "The Welsh Government should fund a digital lending platform "
                            "with the WLGA, including an e-book catalogue.")]),
]
PAGES = {1: 6, 2: 6, 3: 8, 4: 8, 5: 9}
AREAS = ["Funding and opening hours", "Standards and shared services"]
REC_AREAS = [AREAS[0], AREAS[0], AREAS[1], AREAS[1], AREAS[1]]
OWNERS = [["WG"], ["LG"], ["WG", "WLGA"], ["Corporate Joint Committees"], ["WG", "WLGA"]]
TEXTS = {n: text for _, _, _, boxes in CHAPTERS for kind, n, text in boxes
         if kind == "Recommendation"}


def _boxes():
    return [box for _, _, _, boxes in CHAPTERS for box in boxes]


def _markdown(summary: bool = True, page: str = " (Page {page})",
              skip_box: int | None = None, changed: dict[int, str] | None = None) -> str:
    out = [f"# {TITLE}", "", "**Culture Committee**  ", "March 2026", ""]
    if summary:
        out += ["## Recommendations and conclusions", ""]
        for kind, n, text in _boxes():
            text = (changed or {}).get(n, text) if kind == "Recommendation" else text
            out += [f"**{kind} {n}.** {text}" + page.format(page=PAGES.get(n, 6)), ""]
    for no, name, paragraphs, boxes in CHAPTERS:
        out += [f"## {no}. {name}", ""]
        out += [f"{i}. {p}" for i, p in enumerate(paragraphs, start=int(no))] + [""]
        if boxes:
            out += ["### Our view" if no == "2" else "### Our conclusions", ""]
        for kind, n, text in boxes:
            if not (kind == "Recommendation" and n == skip_box):
                out += [f"> **{kind} {n}.** {text}", ""]
    return "\n".join(out)


def _html() -> str:
    out = ["<!DOCTYPE html><html><head><title>Report</title></head><body><main>",
           f"<p>Culture Committee</p><h1>{TITLE}</h1><p>March 2026</p>",
           "<h2>Recommendations and conclusions</h2><ul>"]
    for kind, n, text in _boxes():
        out.append(f'<li><a href="#{kind[0]}{n}"><strong>{kind} {n}.</strong> {text}</a></li>')
    out.append("</ul>")
    for no, name, paragraphs, boxes in CHAPTERS:
        out.append(f"<section><h2>{no}. {name}</h2>")
        out += [f"<p>{p}</p>" for p in paragraphs]
        if boxes:
            out.append("<h3>Our view</h3>")
        out += [f'<aside class="recommendation" id="{kind[0]}{n}"><p><strong>{kind} {n}.'
                f"</strong> {text}</p></aside>" for kind, n, text in boxes]
        out.append("</section>")
    return "\n".join([*out, "</main></body></html>"])


def _html_labels() -> str:
    """The boxes with their labels as headings ("<h4>Recommendation 1</h4>") over the text."""
    boxes = [(f'<p><strong>{kind} {n}.</strong> {text}</p></aside>',
              f"<h4>{kind} {n}</h4><p>{text}</p></aside>") for kind, n, text in _boxes()]
    page = _html()
    for old, new in boxes:
        page = page.replace(old, new)
    return page


def _docx() -> bytes:
    import docx
    from docx.enum.text import WD_TAB_LEADER
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    from docx.shared import Cm

    doc = docx.Document()
    doc.add_paragraph().add_run("Culture Committee").bold = True
    doc.add_heading(TITLE, level=0)
    doc.add_paragraph("March 2026")
    doc.add_heading("Recommendations and conclusions", level=1)
    for kind, n, text in _boxes():
        p = doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16), leader=WD_TAB_LEADER.DOTS)
        p.add_run(f"{kind} {n}. ").bold = True
        p.add_run(f"{text}\t{PAGES.get(n, 6)}")  # a dotted leader to the bare page number
    for no, name, paragraphs, boxes in CHAPTERS:
        doc.add_heading(f"{no}. {name}", level=1)
        for i, text in enumerate(paragraphs, start=int(no)):
            doc.add_paragraph(f"{i}.\t{text}")
        if boxes:
            doc.add_heading("Our view", level=2)
        for kind, n, text in boxes:
            p = doc.add_paragraph()
            p.add_run(f"{kind} {n}. ").bold = True
            p.add_run(text)
            p._p.get_or_add_pPr().append(parse_xml(
                f'<w:pBdr {nsdecls("w")}><w:top w:val="single" w:sz="4"/>'
                '<w:bottom w:val="single" w:sz="4"/></w:pBdr>'))
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def _pdf() -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    styles = getSampleStyleSheet()
    body = styles["BodyText"]
    story = [Paragraph("Culture Committee", styles["Heading4"]), Paragraph(TITLE, styles["Title"])]
    story.append(Paragraph("Recommendations and conclusions", styles["Heading1"]))
    for kind, n, text in _boxes():  # the page number printed right, in a column of its own
        row = Table([[Paragraph(f"<b>{kind} {n}.</b> {text}", body),
                      Paragraph(str(PAGES.get(n, 6)), body)]], colWidths=[150 * mm, 15 * mm])
        row.setStyle(TableStyle([("ALIGN", (1, 0), (1, 0), "RIGHT")]))
        story.append(row)
    for no, name, paragraphs, boxes in CHAPTERS:
        story.append(Paragraph(f"{no}. {name}", styles["Heading1"]))
        story += [Paragraph(f"{i}. {p}", body) for i, p in enumerate(paragraphs, start=int(no))]
        if boxes:
            story.append(Paragraph("Our view", styles["Heading2"]))
        for kind, n, text in boxes:
            box = Table([[Paragraph(f"<b>{kind} {n}.</b> {text}", body)]], colWidths=[165 * mm])
            box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, "#444444"),
                                     ("BACKGROUND", (0, 0), (-1, -1), "#E2EFD9")]))
            story.append(box)
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(story)
    return buffer.getvalue()


def _write(folder, name: str, content: str | bytes):
    path = folder / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def forms(tmp_path_factory):
    folder = tmp_path_factory.mktemp("eval11committee")
    return {"md": _write(folder, "report.md", _markdown()),
            "md-no-pages": _write(folder, "plain.md", _markdown(page="")),
            "html": _write(folder, "report.html", _html()),
            "html-labels": _write(folder, "labels.html", _html_labels()),
            "docx": _write(folder, "report.docx", _docx()),
            "pdf": _write(folder, "report.pdf", _pdf())}


@pytest.mark.parametrize("form", ["md", "md-no-pages", "html", "html-labels", "docx", "pdf"])
def test_each_recommendation_printed_twice_is_read_once_in_its_chapter(forms, form):
    path = forms[form]
    assert quietly(load_areas, path)["area"].tolist() == AREAS
    recs = quietly(load_recommendations, path)
    assert recs["rec_id"].tolist() == [1, 2, 3, 4, 5]
    assert recs["area"].tolist() == REC_AREAS
    assert recs["text"].tolist() == [TEXTS[n] for n in range(1, 6)]  # no "(Page 6)", no "6"


@pytest.mark.parametrize("form", ["md", "html", "docx", "pdf"])
def test_the_title_is_not_the_committee_printed_above_it(forms, form):
    from wlga_analysis.metadata import load_metadata

    assert quietly(load_metadata, forms[form], kind="recommendations")["title"] == TITLE


@pytest.mark.parametrize("form", ["md", "html", "docx", "pdf"])
def test_owners_are_the_subject_with_its_partner(forms, form):
    recs = quietly(load_recommendations, forms[form])
    assert [list(o) for o in recs["owners"]] == OWNERS


def test_the_summary_and_the_conclusions_stay_in_the_notes(forms):
    notes = quietly(load_recommendations_notes, forms["md"])
    texts = notes["text"].tolist()
    assert sum(t.startswith("Recommendation 1.") and t.endswith("(Page 6)") for t in texts) == 1
    assert sum(t.startswith("Conclusion 1.") for t in texts) == 2  # summary and box
    issues = parse_recommendations(_read(forms["md"])).issues
    assert "printed twice" in {i.check for i in issues}
    assert not {"duplicate number", "recommendation outside an area"} & {i.check for i in issues}


@pytest.mark.parametrize("form", ["md", "docx", "html-labels"])
def test_the_evidence_a_committee_heard_is_no_activity(forms, form):
    assert quietly(load_activities, forms[form]).empty
    remit = quietly(load_areas, forms[form])["remit"].tolist()
    assert "has commissioned a review of mobile libraries" in remit[0]
    assert "anchors of their communities" not in remit[0]  # a conclusion: a note


def _read(path):
    from wlga_analysis.documents import read_document

    return read_document(path, "recommendations")


def test_recommendations_only_in_boxes_have_their_chapters_as_areas(tmp_path):
    path = _write(tmp_path, "boxes.md", _markdown(summary=False))
    assert quietly(load_areas, path)["area"].tolist() == AREAS
    recs = quietly(load_recommendations, path)
    assert recs["area"].tolist() == REC_AREAS
    assert recs["text"].tolist() == [TEXTS[n] for n in range(1, 6)]


def test_a_summary_that_differs_from_the_box_is_reported(tmp_path):
    changed = {2: "Local authorities should keep a core standard for opening hours."}
    path = _write(tmp_path, "differs.md", _markdown(changed=changed))
    recs = quietly(load_recommendations, path)
    assert recs["text"].tolist()[1] == TEXTS[2]  # the chapter's printing
    issues = [i for i in parse_recommendations(_read(path)).issues
              if i.check == "printed twice differently"]
    assert [i.item for i in issues] == ["2"]
    assert "core standard for opening hours" in issues[0].message


def test_a_recommendation_only_in_the_summary_is_kept_and_reported(tmp_path):
    path = _write(tmp_path, "summary-only.md", _markdown(skip_box=4))
    recs = quietly(load_recommendations, path).set_index("rec_id")
    assert sorted(recs.index) == [1, 2, 3, 4, 5]  # (4 first: its summary comes first)
    assert recs.loc[4, "text"] == TEXTS[4]  # its page reference is not its text
    assert recs.loc[4, "area"] == "Recommendations and conclusions"
    assert recs.loc[5, "area"] == AREAS[1]
    checks = {(i.check, i.item) for i in parse_recommendations(_read(path)).issues}
    assert ("summary only", "4") in checks


def _annexed() -> str:
    """The recommendations listed at the end (an annex, dotted leaders to the page), a
    foreword before the chapters, no summary at the front."""
    text = _markdown(summary=False).replace(
        "March 2026\n", "March 2026\n\n## Chair's foreword\n\nWe thank everyone who gave "
        "evidence to this inquiry over the autumn and winter.\n")
    annex = ["", "## Annex: list of recommendations", ""]
    annex += [f"**Recommendation {n}.** {text} ........ {PAGES[n]}" for n, text in
              sorted(TEXTS.items())]
    return text + "\n".join(annex) + "\n"


def test_a_list_of_recommendations_at_the_end_is_the_summary(tmp_path):
    path = _write(tmp_path, "annex.md", _annexed())
    areas = quietly(load_areas, path)
    assert areas["area"].tolist() == AREAS
    assert areas["theme"].tolist() == ["", ""]  # the foreword holds no chapter
    recs = quietly(load_recommendations, path)
    assert recs["area"].tolist() == REC_AREAS
    assert recs["text"].tolist() == [TEXTS[n] for n in range(1, 6)]
    issues = [i for i in parse_recommendations(_read(path)).issues if i.check == "printed twice"]
    assert "Annex: list of recommendations" in issues[0].message


def test_numbers_restarting_in_each_chapter_are_no_copies(tmp_path):
    lines = [f"# {TITLE}", "", "## 1. Funding", "",
             "**Recommendation 1.** The Welsh Government should publish a strategy.", "",
             "## 2. Standards", "",
             "**Recommendation 1.** Local authorities should review their stock each year."]
    path = _write(tmp_path, "restart.md", "\n".join(lines))
    recs = quietly(load_recommendations, path)
    assert recs["area"].tolist() == ["Funding", "Standards"]
    checks = {i.check for i in parse_recommendations(_read(path)).issues}
    assert "printed twice" not in checks and "duplicate number" in checks


def _plain_text() -> str:
    """Word's "Save as plain text": no marks, "Our view" a line of its own, the label a
    sentence of its own ("Recommendation 1."), dotted leaders to the page."""
    out = [TITLE, "", "Culture Committee", "March 2026", "", "Recommendations and conclusions", ""]
    out += [f"{kind} {n}. {text} ........ {PAGES.get(n, 6)}\n" for kind, n, text in _boxes()]
    for no, name, paragraphs, boxes in CHAPTERS:
        out += [f"{no}. {name}", ""] + [f"{p}\n" for p in paragraphs]
        out += ["Our view", ""] if boxes else []
        out += [f"{kind} {n}. {text}\n" for kind, n, text in boxes]
    return "\n".join(out)


def test_a_committee_report_saved_as_plain_text(tmp_path):
    path = _write(tmp_path, "report.txt", _plain_text())
    areas = quietly(load_areas, path)
    assert areas["area"].tolist() == AREAS
    assert not areas["remit"].str.contains("Our view").any()  # a sub-heading: a note
    recs = quietly(load_recommendations, path)
    assert recs["area"].tolist() == REC_AREAS
    assert recs["text"].tolist() == [TEXTS[n] for n in range(1, 6)]
    assert [list(o) for o in recs["owners"]] == OWNERS


def test_a_summary_grouped_under_the_chapters_names(tmp_path):
    text = _markdown().replace("## Recommendations and conclusions\n",
                               "## Summary of recommendations\n\n### Funding and opening hours\n")
    text = text.replace("**Recommendation 3.**", "### Standards and shared services\n\n"
                        "**Recommendation 3.**", 1)
    path = _write(tmp_path, "grouped.md", text)
    areas = quietly(load_areas, path)
    assert areas["area"].tolist() == AREAS and areas["theme"].tolist() == ["", ""]
    assert quietly(load_recommendations, path)["area"].tolist() == REC_AREAS
    issues = [i for i in parse_recommendations(_read(path)).issues if i.check == "printed twice"]
    assert "'Summary of recommendations'" in issues[0].message


def test_a_generic_heading_with_no_chapter_above_it_is_still_an_area(tmp_path):
    lines = [f"# {TITLE}", "", "## Our view", "",
             "**Recommendation 1.** The Welsh Government should publish a strategy."]
    path = _write(tmp_path, "view.md", "\n".join(lines))
    assert quietly(load_areas, path)["area"].tolist() == ["Our view"]
    assert quietly(load_recommendations, path)["rec_id"].tolist() == [1]
