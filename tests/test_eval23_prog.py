"""Layout families of the eval23 programme documents, in documents written for these tests
(other councils, years, labels and forms than the corpus's; the asserted values are the
careful reader's reading, written before the code ran):

- a Word programme update still being edited as a **form**: the meeting date in a content
  control, a funding table whose first row is wrapped in a content control (``w:sdt``
  around ``w:tr``) and whose second row's amount cell is wrapped in one (``w:sdt`` around
  ``w:tc``), the amount column headed with its year ("Amount 2026-27"). Before: the wrapped
  row and cell were lost, the header read as data (grants named "programme grant");
- the same kind of funding table as Word plain text with **two year columns** named after
  a label ("Allocation 2024/25 | Allocation 2025/26");
- "have been completed in 9 councils; the remaining 13 are due ..." is **in progress**
  (part done, the rest due), not done;
- a council report's appendix action table with a row per **priority group** across the
  table and **footnote marks** after actions: in Markdown (``[^1]``, the group rows filling
  only the first cell, the first group right under the header: before, its actions were
  lost), on a web page (``<sup>``, ``colspan``) and as a PDF's text (the table **continued
  after a page's footnotes**, its header row repeated: before, the footnotes opened a new
  section). The marks are no part of the actions' texts (reported, the footnotes kept in
  the paragraphs table); a unit's raised figure ("400 m²") stays; the partners of a Lead
  cell "Head of Finance with Data Cymru" are read.
"""

from __future__ import annotations

import pytest

from wlga_analysis.programme import load_grants, load_paragraphs, load_programme
from wlga_analysis.testing import quietly

# ----------------------------------------------------------------- the appendix family
_HEAD = ("Cyngor Bro Teifi", "", "Council Plan 2024-29: Quarter 3 2025-26 performance report",
         "", "Performance Committee, 3 March 2026", "", "1. Purpose", "",
         "1.1 To report progress at 31 December 2025 on the Council Plan actions in Appendix 1.",
         "", "2. Recommendation", "", "2.1 That the Committee notes the progress.", "")
_ROWS = [
    ("Thriving places", None),
    ("P1", "Refurbish 400 m² of the market hall{m1}", "Head of Regeneration",
     "31 March 2026", "On track", "Works started in November."),
    ("P2", "Publish the town centre data dashboard{m2}", "Head of Finance with Data Cymru",
     "30 June 2025", "Complete", "Published in June."),
    ("Resilient people", None),
    ("P3", "Open a warm hub in every library", "Head of Libraries", "31 December 2025",
     "Delayed", "Two libraries are waiting for heating works."),
    ("P4", "Adopt a new tenancy support policy", "Head of Housing", "30 September 2026",
     "Not started", "Drafting starts in April."),
]
_HEADER = ("No.", "Action", "Responsible officer", "Due date", "Status",
           "Update at 31 December 2025")
_NOTES = {"1": "Funded by the Shared Prosperity Fund.",
          "2": "Built with the regional data partnership."}


def _markdown() -> str:
    lines = [*_HEAD,
             "## Appendix 1: Council Plan actions", "",
             "| " + " | ".join(_HEADER) + " |", "|" + "---|" * len(_HEADER)]
    for row in _ROWS:
        if row[1] is None:
            lines.append(f"| **{row[0]}** |" + "  |" * (len(_HEADER) - 1))
        else:
            cells = [c.format(m1="[^1]", m2="[^2]") for c in row]
            lines.append("| " + " | ".join(cells) + " |")
    lines += ["", *(f"[^{k}]: {v}" for k, v in _NOTES.items()), ""]
    return "\n".join(lines)


def _html() -> str:
    head = "".join(f"<p>{t}</p>" for t in _HEAD if t)
    body = []
    for row in _ROWS:
        if row[1] is None:
            body.append(f'<tr><td colspan="6"><strong>{row[0]}</strong></td></tr>')
        else:
            cells = [c.format(m1='<sup><a href="#fn1">1</a></sup>',
                              m2='<sup><a href="#fn2">2</a></sup>') for c in row]
            body.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    notes = "".join(f'<li id="fn{k}">{v}</li>' for k, v in _NOTES.items())
    return ("<!DOCTYPE html><html><head><title>Council Plan</title></head><body><main>"
            + head + "<h2>Appendix 1: Council Plan actions</h2><table><thead><tr>"
            + "".join(f"<th>{h}</th>" for h in _HEADER) + "</tr></thead><tbody>"
            + "".join(body) + f'</tbody></table><div class="footnotes"><ol>{notes}</ol>'
            "</div></main></body></html>")


def _pdf_text() -> str:
    """The text form a landscape PDF prints: the table breaks after P2, the first page's
    footnotes at its foot, the header row repeated on the next page."""
    out = [*_HEAD, "Appendix 1: Council Plan actions", "", "\t".join(_HEADER)]
    for k, row in enumerate(_ROWS):
        if k == 3:
            out += ["", "1 " + _NOTES["1"] + " 2 " + _NOTES["2"], "", "\t".join(_HEADER)]
        if row[1] is None:
            out.append(row[0] + "\t" * (len(_HEADER) - 1))
        else:
            out.append("\t".join(c.format(m1="\u00b9", m2="\u00b2") for c in row))
    return "\n".join(out) + "\n"


#: The careful reading: (section, text, status, quarter, partners) of every item.
_ITEMS = [
    (1, "Refurbish 400 m² of the market hall", "in progress", "2025-26 Q4", []),
    (1, "Publish the town centre data dashboard", "done", "2025-26 Q1", ["Data Cymru"]),
    (2, "Open a warm hub in every library", "at risk", "2025-26 Q3", []),
    (2, "Adopt a new tenancy support policy", "planned", "2026-27 Q2", []),
]


@pytest.fixture(scope="module")
def appendix(tmp_path_factory):
    folder = tmp_path_factory.mktemp("eval23appendix")
    out = {}
    for name, text in (("plan.md", _markdown()), ("plan.html", _html()),
                       ("plan-pdf.txt", _pdf_text())):
        (folder / name).write_text(text, encoding="utf-8")
        out[name] = (quietly(load_programme, folder / name),
                     quietly(load_paragraphs, folder / name))
    return out


@pytest.mark.parametrize("name", ["plan.md", "plan.html", "plan-pdf.txt"])
def test_appendix_actions_read_without_their_footnote_marks(appendix, name):
    items = appendix[name][0]
    got = [(int(r.paragraph), r.text, r.status, r.quarter_label, list(r.partners))
           for r in items.itertuples()]
    assert got == _ITEMS


@pytest.mark.parametrize("name", ["plan.md", "plan.html"])
def test_the_footnotes_are_kept_in_the_paragraphs(appendix, name):
    texts = " ".join(appendix[name][1]["text"].astype(str))
    assert all(note in texts for note in _NOTES.values())


def test_a_marks_removal_is_reported():
    from wlga_analysis.interpret.programme.footnote_items import split_item_marks

    assert split_item_marks("Open the hub\u00b9\u00b2.") == ("Open the hub.", ["\u00b9\u00b2"])
    assert split_item_marks("Cut CO\u2082 by 2030 on 40 m\u00b2 and 3 km\u00b2") == (
        "Cut CO\u2082 by 2030 on 40 m\u00b2 and 3 km\u00b2", [])


# --------------------------------------------------------- the Word form family
def _sdt_wrap(el, tag: str) -> None:
    from docx.oxml.ns import qn
    from lxml import etree

    sdt = etree.Element(qn("w:sdt"))
    el.addprevious(sdt)
    pr = etree.SubElement(sdt, qn("w:sdtPr"))
    etree.SubElement(pr, qn("w:tag")).set(qn("w:val"), tag)
    etree.SubElement(sdt, qn("w:sdtContent")).append(el)


def _word(path) -> None:
    from docx import Document

    doc = Document()
    doc.add_paragraph("Housing Support Programme: progress update, Quarter 3 2026-27")
    doc.add_paragraph("Report to the WLGA Housing Member Group")
    _sdt_wrap(doc.add_paragraph("12 February 2027")._p, "MeetingDate")
    doc.add_paragraph("1. This report updates members on the Housing Support Programme.")
    doc.add_paragraph("2. Empty homes")
    for label, text in (
            ("Empty homes surveys", "surveys have been completed in 9 councils; the "
             "remaining 13 are due by the end of quarter four."),
            ("Landlord forum", "a forum for private landlords was held with Data Cymru in "
             "quarter two.")):
        p = doc.add_paragraph(style="List Bullet")
        p.add_run(label + ":").bold = True
        p.add_run(" " + text)
    doc.add_paragraph("3. The programme's funding is set out below.")
    table = doc.add_table(rows=3, cols=2)
    for r, cells in enumerate((("Funding stream", "Amount 2026-27"),
                               ("Housing Support Programme grant", "£275,000"),
                               ("Empty Homes Grant", "£42,500"))):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    rows = table._tbl.tr_lst
    _sdt_wrap(rows[1], "FundingRow")  # a content control around a whole row
    _sdt_wrap(rows[2].tc_lst[1], "AmountCell")  # and one around a cell
    doc.add_paragraph("4. Members are asked to note the report.")
    doc.save(str(path))


_WORD_TEXT = ("Rural Transport Programme: update, Quarter 1 2025-26\r\n\r\n"
              "Report to the Rural Affairs Member Group\r\n\r\n14 July 2025\r\n\r\n"
              "1. This report updates members on the Rural Transport Programme.\r\n\r\n"
              "2. Community transport\r\n\r\n"
              "\u2022\tDemand responsive buses: pilots have been completed in four "
              "counties; the rest are due to start in quarter three.\r\n\r\n"
              "3. The programme is funded by the Welsh Government.\r\n\r\n"
              "Grant\tAllocation 2024/25\tAllocation 2025/26\r\n"
              "Rural Transport Grant\t£120,000\t£135,000\r\n"
              "Community Bus Fund\t£18,000\t£20,000\r\n\r\n"
              "4. Members are asked to note the report.\r\n")


@pytest.fixture(scope="module")
def word(tmp_path_factory):
    folder = tmp_path_factory.mktemp("eval23word")
    _word(folder / "controls.docx")
    (folder / "allocations.txt").write_bytes(_WORD_TEXT.encode("utf-8"))
    return {name: (quietly(load_programme, folder / name), quietly(load_grants, folder / name))
            for name in ("controls.docx", "allocations.txt")}


def test_rows_and_cells_in_content_controls_are_read(word):
    grants = word["controls.docx"][1]
    assert grants[["grant", "amount_gbp", "financial_year"]].values.tolist() == [
        ["Housing Support Programme grant", 275000, "2026-27"],
        ["Empty Homes Grant", 42500, "2026-27"]]


def test_amount_columns_named_with_their_year(word):
    grants = word["allocations.txt"][1]
    assert sorted(grants[["grant", "amount_gbp", "financial_year"]].values.tolist()) == [
        ["Community Bus Fund", 18000, "2024-25"], ["Community Bus Fund", 20000, "2025-26"],
        ["Rural Transport Grant", 120000, "2024-25"],
        ["Rural Transport Grant", 135000, "2025-26"]]


def test_part_done_with_the_rest_due_is_in_progress(word):
    items = word["controls.docx"][0]
    assert items[["status", "quarter_label"]].values.tolist() == [
        ["in progress", "2026-27 Q4"], ["done", "2026-27 Q2"]]
    assert list(items["partners"].iloc[1]) == ["Data Cymru"]
    assert word["allocations.txt"][0]["status"].tolist() == ["in progress"]
