"""A GANTT-STYLE delivery plan, status SYMBOLS with the document's own key, and grants in a
DEFINITION LIST. Layouts the eleventh evaluation corpus showed (prog11a, prog11b):

- a table per workstream, ``Ref | Milestone | Lead | <quarter columns> | Progress``: the
  quarter columns headed by month ranges ("Apr–Jun", "Oct-Dec 2026"), "Q1" or "Quarter 1",
  sometimes under a second header row ("2026-27" spanning them); the scheduled quarters
  are shown only by a mark (Markdown "■", "X", "✓") or by SHADING (Word ``w:shd``, a web
  page's ``background-color``, a PDF's filled cell). Before: the rows were items whose
  text was the whole row joined by " | ", the header rows items of their own, and no
  quarter was read. The item's quarter is its LAST scheduled quarter.
- progress as a symbol (✔ ◐ ○ ▲, or ● ◑ ✗ ...) in a Progress column or leading the item,
  read through the document's own key ("Key: ✔ complete; ◐ behind plan; ...": the key
  wins over the default list, ``data/raw/status_symbols.csv``); rule ``symbol``.
- grants as a definition list (``<dl>``, Pandoc "Term" / ":   £amount") or "Name<TAB>£amount"
  lines: the grant is named by the term.

The documents are written for the test; the asserted values are the careful reader's reading.
"""

from __future__ import annotations

import io

import pytest

from wlga_analysis.programme import load_grants, load_priorities, load_programme
from wlga_analysis.testing import quietly

TITLE = "Workforce Support Programme 2026-27: delivery plan at the end of Quarter 3"
DATE = "Report to the Workforce Panel, 14 January 2027"
# (ref, milestone, lead, scheduled quarters, progress symbol)
ROWS = [("2.1", "Publish a recruitment toolkit for social care teams", "WLGA", (1,), "✔"),
        ("2.2", "Run three regional events on apprenticeships", "Data Cymru", (2, 3), "◐"),
        ("2.3", "Agree a common exit interview question set", "WLGA", (3,), "▲"),
        ("2.4", "Report the pay survey findings to the Panel", "WLGA", (1, 2, 3, 4), "○")]
QUARTERS = ["2026-27 Q1", "2026-27 Q3", "2026-27 Q3", "2026-27 Q4"]
STATUS = ["done", "in progress", "at risk", "planned"]
TEXTS = [r[1] for r in ROWS]
KEY = "Key: ✔ complete   ◐ under way   ○ not yet started   ▲ behind schedule"
MONTHS = ["Apr–Jun", "Jul–Sep", "Oct–Dec", "Jan–Mar"]
FRONT = (f"# {TITLE}\n\n{DATE}\n\n## 1. Purpose\n\nTo report progress against the delivery "
         "plan.\n\n")
END = ("## 3. Funding\n\nFunding confirmed for 2026-27 is:\n\nWorkforce development grant\n:   "
       "£420,000\n\nCareers fund\n:   £80,000\n\n## 4. Recommendation\n\nTo note progress.\n")


def _markdown(quarters: list[str], mark: str = "■") -> str:
    head = f"| Ref | Milestone | Lead | {' | '.join(quarters)} | Progress |"
    rows = "\n".join(f"| {r} | {m} | {lead} | "
                     + " | ".join(mark if q in qs else " " for q in range(1, 5))
                     + f" | {s} |" for r, m, lead, qs, s in ROWS)
    return (f"{FRONT}{KEY}\n\n## 2. Workforce\n\n{head}\n|---|---|---|:-:|:-:|:-:|:-:|:-:|\n"
            f"{rows}\n\n{END}")


def _text_two_row_header(quarters: tuple[str, ...] = ("Q1", "Q2", "Q3", "Q4")) -> str:
    """What Word's "save as plain text" (or the text form of a Word table) prints: the two
    header rows, the year spanning the quarter columns, TAB-separated."""
    rows = "\n".join(f"{r}\t{m}\t{lead}\t"
                     + "\t".join("X" if q in qs else "" for q in range(1, 5))
                     + f"\t{s}" for r, m, lead, qs, s in ROWS)
    return (f"{TITLE}\n\n14 January 2027\n\n1. Purpose\n\nTo report progress.\n\n{KEY}\n\n"
            "2. Workforce\n\nRef\tMilestone\tLead\t2026-27\t\t\t\tProgress\n"
            f"\t\t\t{chr(9).join(quarters)}\t\n"
            f"{rows}\n\n3. Recommendation\n\nTo note progress.\n")


def _page(fill: str = "#1f4e79") -> str:
    rows = "".join(
        f"<tr><td>{r}</td><td>{m}</td><td>{lead}</td>"
        + "".join(f'<td class="bar" style="background-color:{fill}"></td>' if q in qs
                  else "<td></td>" for q in range(1, 5))
        + f"<td>{s}</td></tr>" for r, m, lead, qs, s in ROWS)
    head = ('<thead><tr><th rowspan="2">Ref</th><th rowspan="2">Milestone</th>'
            '<th rowspan="2">Lead</th><th colspan="4">2026-27</th>'
            '<th rowspan="2">Progress</th></tr><tr>'
            + "".join(f"<th>{m}</th>" for m in MONTHS) + "</tr></thead>")
    return (f"<html><body><main><h1>{TITLE}</h1><p>{DATE}</p><h2>1. Purpose</h2>"
            f"<p>To report progress.</p><p>{KEY}</p><h2>2. Workforce</h2><table>"
            f"<caption>Workstream</caption>{head}<tbody>{rows}</tbody></table>"
            "<h2>3. Funding</h2><p>Funding confirmed for 2026-27 is:</p><dl>"
            "<dt>Workforce development grant</dt><dd>£420,000</dd><dt>Careers fund</dt>"
            "<dd>£80,000</dd></dl><h2>4. Recommendation</h2><p>To note progress.</p>"
            "</main></body></html>")


_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _word(fill: str = "1F4E79") -> bytes:
    """Two header rows (the year merged across the quarters, the other headers merged down),
    the scheduled quarters shaded, grants as "Name<TAB>£amount" lines."""
    import docx
    from docx.oxml import parse_xml

    d = docx.Document()
    d.add_heading(TITLE, level=1)
    d.add_paragraph(DATE)
    d.add_heading("1. Purpose", level=2)
    d.add_paragraph("To report progress.")
    d.add_paragraph(KEY)
    d.add_heading("2. Workforce", level=2)
    table = d.add_table(rows=2 + len(ROWS), cols=8)
    for c, head in enumerate(["Ref", "Milestone", "Lead"]):
        table.cell(0, c).text = head
        table.cell(0, c).merge(table.cell(1, c))
    table.cell(0, 7).text = "Progress"
    table.cell(0, 7).merge(table.cell(1, 7))
    table.cell(0, 3).merge(table.cell(0, 6)).text = "2026-27"
    for q, month in enumerate(MONTHS):
        table.cell(1, 3 + q).text = month
    for r, (ref, milestone, lead, qs, symbol) in enumerate(ROWS, 2):
        for c, text in enumerate([ref, milestone, lead]):
            table.cell(r, c).text = text
        table.cell(r, 7).text = symbol
        for q in qs:
            table.cell(r, 2 + q)._tc.get_or_add_tcPr().append(parse_xml(
                f'<w:shd {_W} w:val="clear" w:color="auto" w:fill="{fill}"/>'))
    d.add_heading("3. Funding", level=2)
    d.add_paragraph("Funding confirmed for 2026-27 is:")
    d.add_paragraph("Workforce development grant\t£420,000")
    d.add_paragraph("Careers fund\t£80,000")
    d.add_heading("4. Recommendation", level=2)
    d.add_paragraph("To note progress.")
    buffer = io.BytesIO()
    d.save(buffer)
    return buffer.getvalue()


def _pdf(path, fill: str = "#1f4e79") -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    from wlga_analysis.testing.publish_pdf import _fonts

    regular, bold = _fonts()  # (DejaVu where installed: it has the symbols)
    sheet = getSampleStyleSheet()
    body = sheet["BodyText"].clone("b", fontName=regular)
    title = sheet["Title"].clone("t", fontName=bold)
    data = [[Paragraph(h, body) for h in ("Ref", "Milestone", "Lead")]
            + [Paragraph("2026-27", body), "", "", ""] + [Paragraph("Progress", body)],
            ["", "", ""] + [Paragraph(m, body) for m in MONTHS] + [""]]
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("SPAN", (3, 0), (6, 0)),
             *[("SPAN", (c, 0), (c, 1)) for c in (0, 1, 2, 7)]]
    for r, (ref, milestone, lead, qs, symbol) in enumerate(ROWS, 2):
        data.append([Paragraph(ref, body), Paragraph(milestone, body), Paragraph(lead, body),
                     "", "", "", "", Paragraph(symbol, body)])
        style += [("BACKGROUND", (2 + q, r), (2 + q, r), colors.HexColor(fill)) for q in qs]
    story = [Paragraph(TITLE, title), Paragraph(DATE, body),
             Paragraph("<b>1. Purpose</b>", body), Paragraph("To report progress.", body),
             Paragraph(KEY, body), Paragraph("<b>2. Workforce</b>", body),
             Table(data, colWidths=[35, 220, 80, 62, 62, 62, 62, 55],
                   style=TableStyle(style)),
             Paragraph("<b>3. Recommendation</b>", body), Paragraph("To note progress.", body)]
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build(story)


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("gantt")
    (folder / "plan.md").write_text(_markdown(MONTHS), encoding="utf-8")
    (folder / "plan-q.md").write_text(_markdown(["Q1", "Q2", "Quarter 3", "Quarter 4"], "✓"),
                                      encoding="utf-8")
    (folder / "plan-dated.md").write_text(
        _markdown(["Apr-Jun 2026", "Jul-Sep 2026", "Oct-Dec 2026", "Jan-Mar 2027"], "X"),
        encoding="utf-8")
    (folder / "plan-qm.md").write_text(
        _markdown(["Q1 (Apr-Jun)", "Q2 (Jul-Sep)", "Q3 (Oct-Dec)", "Q4 (Jan-Mar)"]),
        encoding="utf-8")
    (folder / "plan.txt").write_text(_text_two_row_header(), encoding="utf-8")
    (folder / "plan-qm.txt").write_text(_text_two_row_header(
        ("Q1 (Apr–Jun)", "Q2 (Jul–Sep)", "Q3 (Oct–Dec)", "Q4 (Jan–Mar)")), encoding="utf-8")
    (folder / "plan-sheet.html").write_text(_page().replace(
        ' style="background-color:#1f4e79"', "").replace(
        "<html>", "<html><head><style>table.plan td.bar { background: #404040 }</style>"
        "</head>"), encoding="utf-8")
    (folder / "plan.html").write_text(_page(), encoding="utf-8")
    (folder / "plan-purple.html").write_text(_page("#7030a0"), encoding="utf-8")
    (folder / "plan.docx").write_bytes(_word())
    (folder / "plan-grey.docx").write_bytes(_word("595959"))
    _pdf(folder / "plan.pdf")
    return folder


FORMS = ["plan.md", "plan-q.md", "plan-dated.md", "plan-qm.md", "plan.txt", "plan-qm.txt",
         "plan.html", "plan-purple.html", "plan-sheet.html", "plan.docx", "plan-grey.docx",
         "plan.pdf"]


@pytest.mark.parametrize("name", FORMS)
def test_each_milestone_row_is_one_item_with_its_own_words(files, name):
    items = quietly(load_programme, files / name)
    assert items["text"].tolist() == TEXTS
    assert items["paragraph"].tolist() == [2] * len(ROWS)


@pytest.mark.parametrize("name", FORMS)
def test_the_last_marked_or_shaded_quarter_is_the_items_quarter(files, name):
    items = quietly(load_programme, files / name)
    assert items["quarter_label"].tolist() == QUARTERS


@pytest.mark.parametrize("name", FORMS)
def test_the_progress_symbol_gives_the_status(files, name):
    items = quietly(load_programme, files / name)
    assert items["status"].tolist() == STATUS
    assert set(items["status_rule"]) == {"symbol"}


@pytest.mark.parametrize("name", ["plan.md", "plan.html", "plan.docx"])
def test_grants_in_a_definition_list_are_named_by_the_term(files, name):
    grants = quietly(load_grants, files / name)
    assert grants["grant"].tolist() == ["Workforce development grant", "Careers fund"]
    assert grants["amount_gbp"].tolist() == [420_000, 80_000]
    assert grants["financial_year"].tolist() == ["2026-27", "2026-27"]


# --------------------------------------------------------------------- symbols and keys
LEGAL = """Member Support Programme 2026-27: Progress Report

12 February 2027

1. Purpose

1.1 To report progress on the programme at the end of December 2026.

2. Background

2.1 The priorities agreed for 2026-27 are:

(a) Induction of new members
(b) Scrutiny

2.2 Key: ✔ complete; ● on track; ◐ behind plan; ○ not started.

3. Induction

3.1 ✔ The induction handbook was refreshed in October 2026.

3.2 ● Regional induction sessions are being held, the last by March 2027.

3.3 ◐ The e-learning modules are late and will now be ready in June 2027.

3.4 ○ A mentoring scheme will start in April 2027.

4. Recommendation

4.1 To note progress.
"""

BULLETS = """# Member Support Programme 2026-27: Progress Report

12 February 2027

## 1. Purpose

To report progress.

Progress is shown by a symbol. Key: ✓ done; ◑ on track; ✗ delayed; ◯ not started.

## 2. Induction

- ✓ The induction handbook was refreshed in October 2026.
- ◑ Regional induction sessions are being held, the last by March 2027.
- ✗ The e-learning modules will now be ready in June 2027.
- ◯ A mentoring scheme will start in April 2027.

## 3. Recommendation

To note progress.
"""


def test_the_documents_key_wins_over_the_default_symbols(tmp_path):
    """◐ is "under way" by default but "behind plan" in this paper's key."""
    path = tmp_path / "legal.txt"
    path.write_text(LEGAL, encoding="utf-8")
    items = quietly(load_programme, path)
    assert items["status"].tolist() == ["done", "in progress", "at risk", "planned"]
    assert set(items["status_rule"]) == {"symbol"}
    assert items["text"].tolist()[0] == "The induction handbook was refreshed in October 2026."
    priorities = quietly(load_priorities, path)["priority"].tolist()
    assert not any("Key" in p for p in priorities)


def test_leading_symbols_of_bullets_read_through_the_key(tmp_path):
    path = tmp_path / "bullets.md"
    path.write_text(BULLETS, encoding="utf-8")
    items = quietly(load_programme, path)
    assert items["status"].tolist() == ["done", "in progress", "at risk", "planned"]
    assert set(items["status_rule"]) == {"symbol"}
    assert not any(t.startswith(("✓", "◑", "✗", "◯")) for t in items["text"])
    assert len(items) == 4  # the key is no item


def test_without_a_key_the_default_symbols_are_read(tmp_path):
    path = tmp_path / "nokey.md"
    path.write_text(BULLETS.replace(
        "Progress is shown by a symbol. Key: ✓ done; ◑ on track; ✗ delayed; ◯ not started.",
        "Progress is shown by a symbol.").replace("◯", "○").replace("◑", "◐"),
        encoding="utf-8")
    items = quietly(load_programme, path)
    assert items["status"].tolist() == ["done", "in progress", "at risk", "planned"]


def test_the_symbol_list_is_validated(tmp_path):
    from wlga_analysis.errors import ParseError
    from wlga_analysis.reference import load_status_symbols

    bad = tmp_path / "symbols.csv"
    bad.write_text("symbol,status\n✔,finished\n", encoding="utf-8")
    with pytest.raises(ParseError, match="finished"):
        load_status_symbols(bad)
    assert load_status_symbols()["▲"] == "at risk"


def test_a_key_printed_as_the_first_paragraph_of_a_section_is_no_item(tmp_path):
    path = tmp_path / "legal2.txt"
    path.write_text(LEGAL.replace("2.2 Key: ✔ complete; ● on track; ◐ behind plan; ○ not "
                                  "started.\n\n", "").replace(
        "3.1 ✔", "3.1 Key: ✔ complete; ● on track; ◐ behind plan; ○ not started.\n\n3.2 ✔"
    ).replace("3.2 ●", "3.3 ●").replace("3.3 ◐", "3.4 ◐").replace("3.4 ○", "3.5 ○"),
        encoding="utf-8")
    items = quietly(load_programme, path)
    assert items["item_id"].tolist() == ["3.2", "3.3", "3.4", "3.5"]
    assert items["status"].tolist() == ["done", "in progress", "at risk", "planned"]
    from wlga_analysis.programme import load_paragraphs

    assert quietly(load_paragraphs, path)["text"].str.startswith("Key:").sum() == 1


def test_a_key_table_of_symbols(tmp_path):
    """A key printed as a small table ("| Symbol | Meaning |")."""
    path = tmp_path / "table-key.md"
    path.write_text(BULLETS.replace(
        "Progress is shown by a symbol. Key: ✓ done; ◑ on track; ✗ delayed; ◯ not started.",
        "| Symbol | Meaning |\n|---|---|\n| ✓ | Done |\n| ◑ | Behind plan |\n| ✗ | Delayed |\n"
        "| ◯ | Not started |"), encoding="utf-8")
    items = quietly(load_programme, path)
    assert items["status"].tolist() == ["done", "at risk", "at risk", "planned"]


def test_a_definition_list_closing_the_paper_and_its_total(tmp_path):
    """The list may be the paper's last lines; its "Total" is reported, not a grant."""
    path = tmp_path / "end.md"
    text = _markdown(MONTHS).split("## 4. Recommendation")[0].rstrip() + \
        "\n\nTotal\n:   £500,000\n"
    path.write_text(text, encoding="utf-8")
    grants = quietly(load_grants, path)
    assert grants["grant"].tolist() == ["Workforce development grant", "Careers fund"]
    from wlga_analysis import data_quality_report

    report = quietly(data_quality_report, programme=path)
    assert report["message"].str.contains("'Total' of a list of grants").any()


def test_sentences_with_amounts_are_no_definition_list(tmp_path):
    path = tmp_path / "sentences.md"
    path.write_text(_markdown(MONTHS).replace(
        "Workforce development grant\n:   £420,000\n\nCareers fund\n:   £80,000",
        "The workforce development grant is £420,000\n\nThe careers fund is £80,000"),
        encoding="utf-8")
    grants = quietly(load_grants, path)
    assert grants["amount_gbp"].tolist() == [420_000, 80_000]
    assert "Careers fund" not in grants["grant"].tolist()


def _next_years_plan(text: str) -> str:
    """The plan presented before its year starts (dated in 2025-26): the quarters are the
    year the header spanning them names, not the paper's."""
    return text.replace(TITLE, "Workforce Support Programme: next year's delivery plan") \
        .replace("14 January 2027", "12 March 2026").replace("2026-27", "2027-28")


@pytest.mark.parametrize("form", ["txt", "html", "html-class"])
def test_the_year_spanning_the_quarters_is_their_year(tmp_path, form):
    if form == "txt":
        text = _next_years_plan(_text_two_row_header())
    else:
        text = _next_years_plan(_page())
        if form == "html-class":  # the fill in the page's style sheet, by class
            text = text.replace(' style="background-color:#1f4e79"', "").replace(
                "<html>", "<html><head><style>td.bar{background-color:#1f4e79}</style></head>")
    path = tmp_path / f"plan.{form.split('-')[0]}"
    path.write_text(text, encoding="utf-8")
    items = quietly(load_programme, path)
    assert items["quarter_label"].tolist() == [q.replace("2026-27", "2027-28")
                                               for q in QUARTERS]


def test_a_chart_by_month_gives_the_quarter_of_the_last_marked_month(tmp_path):
    months = ["Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb",
              "Mar"]
    marked = {"2.1": {2}, "2.2": {5, 6, 7}, "2.3": {8}, "2.4": set(range(1, 13))}
    head = f"| Ref | Milestone | Lead | {' | '.join(months)} | Progress |"
    rows = "\n".join(f"| {r} | {m} | {lead} | "
                     + " | ".join("■" if k in marked[r] else " " for k in range(1, 13))
                     + f" | {s} |" for r, m, lead, _, s in ROWS)
    path = tmp_path / "months.md"
    path.write_text(f"{FRONT}{KEY}\n\n## 2. Workforce\n\n{head}\n|{'---|' * 16}\n{rows}\n\n"
                    f"{END}", encoding="utf-8")
    items = quietly(load_programme, path)
    assert items["text"].tolist() == TEXTS
    assert items["quarter_label"].tolist() == QUARTERS


def test_a_status_cell_of_a_symbol_and_a_word(tmp_path):
    """"◐ Delayed": the word printed beside the symbol (rule column), a symbol alone by the
    key (rule symbol)."""
    text = _markdown(MONTHS).replace(" | ◐ |", " | ◐ Delayed |").replace(" | ○ |", " | ○ |")
    path = tmp_path / "words.md"
    path.write_text(text, encoding="utf-8")
    items = quietly(load_programme, path)
    assert items["status"].tolist() == ["done", "at risk", "at risk", "planned"]
    assert items["status_rule"].tolist() == ["symbol", "column", "symbol", "symbol"]


def test_a_key_table_in_the_progress_section_is_no_item(tmp_path):
    key = ("| Symbol | Meaning |\n|---|---|\n| ✔ | Complete |\n| ◐ | Behind plan |\n"
           "| ○ | Not yet started |\n| ▲ | Behind schedule |\n\n")
    text = _markdown(MONTHS).replace(f"{KEY}\n\n## 2. Workforce\n\n",
                                     f"## 2. Workforce\n\n{key}")
    path = tmp_path / "key-table.md"
    path.write_text(text, encoding="utf-8")
    items = quietly(load_programme, path)
    assert items["text"].tolist() == TEXTS
    assert items["status"].tolist() == ["done", "at risk", "at risk", "planned"]


def test_a_symbol_the_reader_took_for_a_bullet_marker(tmp_path):
    """"● Events ..." in a plain-text paper: the reader reads "●" (and "○", "✓") as a bullet,
    but the paper's key names it; a "●" bullet in a paper whose key does not name it is
    only a bullet."""
    text = BULLETS.replace("Key: ✓ done; ◑ on track; ✗ delayed; ◯ not started.",
                           "Key: ✓ done; ● on track; ○ not started.") \
        .replace("- ✓ ", "✓ ").replace("- ◑ ", "● ").replace("- ◯ ", "○ ")
    path = tmp_path / "markers.txt"
    path.write_text(text, encoding="utf-8")
    items = quietly(load_programme, path)
    assert items["status"].tolist() == ["done", "in progress", "at risk", "planned"]
    assert items["status_rule"].tolist() == ["symbol", "symbol", "symbol", "symbol"]
    plain = tmp_path / "plain.txt"
    plain.write_text(text.replace("Key: ✓ done; ● on track; ○ not started.", ""),
                     encoding="utf-8")
    rules = quietly(load_programme, plain)["status_rule"].tolist()
    assert rules[1] != "symbol" and rules[3] != "symbol"


def test_a_milestone_table_with_a_due_column_reads_the_milestone_as_the_item(tmp_path):
    """"| Milestone | Due | Status |": the milestone is the item's text (before: the whole
    row joined by " | "), "Due" its timing."""
    path = tmp_path / "milestones.md"
    path.write_text("\n".join([
        "# Improvement Programme 2024-25: Milestone Report", "", "13 December 2024", "",
        "## 1. Purpose", "", "1. To report progress against the milestones.", "",
        "## 2. Scrutiny", "", "| Milestone | Due | Status |", "|---|---|---|",
        "| Scrutiny self-evaluation tool launched | December 2024 | Complete |",
        "| Workforce planning toolkit published | June 2025 | Not due |"]), encoding="utf-8")
    items = quietly(load_programme, path)
    assert items["text"].tolist() == ["Scrutiny self-evaluation tool launched",
                                      "Workforce planning toolkit published"]
    assert items["quarter_label"].tolist() == ["2024-25 Q3", "2025-26 Q1"]


@pytest.mark.parametrize("key", ["| Key | ✔ Complete | ◐ Behind plan | ○ Not started |\n"
                                 "|---|---|---|---|\n",
                                 "| ✔ Complete | ◐ Behind plan | ○ Not started |\n|---|---|---|\n"])
def test_a_key_printed_as_one_row_of_symbol_and_meaning_cells(tmp_path, key):
    text = _markdown(MONTHS).replace(f"{KEY}\n\n", f"{key}\n")
    path = tmp_path / "row-key.md"
    path.write_text(text, encoding="utf-8")
    items = quietly(load_programme, path)
    assert items["text"].tolist() == TEXTS
    assert items["status"].tolist() == ["done", "at risk", "at risk", "planned"]


def test_a_plan_over_two_years_names_each_quarter_by_the_year_over_it(tmp_path):
    """Two years side by side, each merged over its four quarters (the text form of a Word
    table): the last shaded quarter is in the second year."""
    head = ("Ref\tMilestone\tLead\t2026-27\t\t\t\t2027-28\t\t\t\tProgress\n"
            "\t\t\tQ1\tQ2\tQ3\tQ4\tQ1\tQ2\tQ3\tQ4\t\n")
    rows = ("2.1\tPublish a recruitment toolkit\tWLGA\tX\t\t\t\t\t\t\t\t✔\n"
            "2.2\tRun a regional event series\tWLGA\t\t\tX\tX\tX\t\t\t\t◐\n")
    path = tmp_path / "two-years.txt"
    path.write_text(f"{TITLE}\n\n14 January 2027\n\n1. Purpose\n\nTo report progress.\n\n"
                    f"{KEY}\n\n2. Workforce\n\n{head}{rows}\n3. Recommendation\n\nTo note.\n",
                    encoding="utf-8")
    items = quietly(load_programme, path)
    assert items["quarter_label"].tolist() == ["2026-27 Q1", "2027-28 Q1"]
    assert items["status"].tolist() == ["done", "in progress"]
