"""Programme updates in eval38's two layout families, written afresh for these tests (other
publishers, subjects, numbers of items, wordings and forms than the corpus):

- items as DEFINITION LISTS, each term "N.M Label" over a narrative closed by a previous
  and current RAG and a direction of travel ("Red → Amber ▲ improving"), after a framing
  section "1. Introduction and context" whose numbered paragraphs are no items and a key
  that is itself a numbered paragraph: a web page (``<dl>``, the RAG after a ``<br>``)
  and a Word file whose term and definition paragraphs have the styles Word gives a web
  page's list ("Definition Term", "Definition");
- "Objective N: ..." headings over paragraphs numbered THROUGH the report (1-3 the
  introduction, 4-10 the items), after a dashboard table ``Objective | RAG | Summary`` and
  a headline that sums the grants listed in a funding table later: a web page
  (``<ol start>``) and its plain-text save (tab-separated rows).

The careful reader's reading is written out below, before the code ran.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import wlga_analysis as wa

# ------------------------------------------------------------------- definition lists
DL_ITEMS = [  # (ref, term, narrative, rag line)
    ("2.1", "Tenancy training",
     "Forty housing officers completed the tenancy sustainment course in May 2025.",
     "Amber → Blue ▲ improving"),
    ("2.2", "Landlord forum",
     "A second forum for private landlords is being arranged with Data Cymru for "
     "March 2026.", "Green → Green ► no change"),
    ("3.1", "Void standard",
     "The new void standard was agreed by all six councils in August 2025.",
     "Green → Amber ▼ worsening"),
    ("3.2", "Repairs app",
     "The repairs app will be tested with tenants in January 2026.",
     "Grey → Grey ► no change"),
    ("3.3", "Damp and mould survey",
     "The survey of damp and mould in older stock has been completed in October 2025.",
     "Red → Green ▲ improving"),
]
# the CURRENT colour through the key: Blue done, Green in progress, Amber / Red at risk,
# Grey planned (3.1 "was agreed" reads done, 3.3 "has been completed" done: the key wins)
DL_EXPECTED = [
    ("2.1", 2, "Tenancy training: Forty housing officers completed the tenancy sustainment "
     "course in May 2025.", "done", "2025-26 Q1"),
    ("2.2", 2, "Landlord forum: A second forum for private landlords is being arranged with "
     "Data Cymru for March 2026.", "in progress", "2025-26 Q4"),
    ("3.1", 3, "Void standard: The new void standard was agreed by all six councils in "
     "August 2025.", "at risk", "2025-26 Q2"),
    ("3.2", 3, "Repairs app: The repairs app will be tested with tenants in January 2026.",
     "planned", "2025-26 Q4"),
    ("3.3", 3, "Damp and mould survey: The survey of damp and mould in older stock has been "
     "completed in October 2025.", "in progress", "2025-26 Q3"),
]
DL_PRIORITIES = ["Tenant support", "Housing standards"]
INTRO = [
    ("1.1", "This report gives the Housing Partnership Board an update on the Tenancy "
     "Support Programme 2025-26."),
    ("1.2", "The programme is funded by the six councils of the region and agreed each "
     "spring."),
    ("1.3", "Key: Blue – complete; Green – on track; Amber – at risk; Red – off track; "
     "Grey – not started. ▲ improving; ▼ worsening; ► no change."),
]


def _dl_html() -> str:
    body = ["<h1>Tenancy Support Programme 2025-26: Progress Report</h1>",
            "<p>Housing Partnership Board · 20 November 2025</p>",
            "<h2>1. Introduction and context</h2>", "<ol style=\"list-style: none\">"]
    body += [f"<li>{ref} {text}</li>" for ref, text in INTRO]
    body.append("</ol>")
    for section, name in (("2", "Tenant support"), ("3", "Housing standards")):
        body.append(f"<h2>{section}. {name}</h2><dl>")
        for ref, term, text, rag in DL_ITEMS:
            if ref.startswith(section + "."):
                body.append(f"<dt>{ref} {term}</dt><dd>{text}<br><span>{rag}</span></dd>")
        body.append("</dl>")
    body.append("<h2>4. Recommendation</h2><p>4.1 The Board is asked to note the "
                "progress made.</p>")
    return "<html><body><main>" + "\n".join(body) + "</main></body></html>"


def _dl_docx(path: Path) -> None:
    import docx
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Cm

    d = docx.Document()
    term = d.styles.add_style("Definition Term", WD_STYLE_TYPE.PARAGRAPH)
    term.font.bold = True
    definition = d.styles.add_style("Definition", WD_STYLE_TYPE.PARAGRAPH)
    definition.paragraph_format.left_indent = Cm(1)
    d.add_heading("Tenancy Support Programme 2025-26: Progress Report", 0)
    d.add_paragraph("20 November 2025")
    d.add_heading("1. Introduction and context", 1)
    for ref, text in INTRO:
        d.add_paragraph(f"{ref} {text}")
    for section, name in (("2", "Tenant support"), ("3", "Housing standards")):
        d.add_heading(f"{section}. {name}", 1)
        for ref, term_text, text, rag in DL_ITEMS:
            if ref.startswith(section + "."):
                d.add_paragraph(f"{ref} {term_text}", style="Definition Term")
                p = d.add_paragraph(text, style="Definition")
                p.add_run().add_break()
                p.add_run(rag)
    d.add_heading("4. Recommendation", 1)
    d.add_paragraph("4.1 The Board is asked to note the progress made.")
    d.save(path)


def _check_dl(path: Path) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        items = wa.load_programme(path)
        priorities = wa.load_priorities(path)
    got = [(r.item_id, int(r.paragraph), r.text, r.status, r.quarter_label)
           for r in items.itertuples()]
    assert got == DL_EXPECTED
    assert set(items["status_rule"]) == {"rag"}
    assert list(priorities["priority"]) == DL_PRIORITIES
    assert [list(p) for p in items["partners"]] == [[], ["Data Cymru"], [], [], []]


def test_definition_list_web_page(tmp_path: Path) -> None:
    path = tmp_path / "tenancy.html"
    path.write_text(_dl_html(), encoding="utf-8")
    _check_dl(path)


def test_definition_list_word_styles(tmp_path: Path) -> None:
    path = tmp_path / "tenancy.docx"
    _dl_docx(path)
    _check_dl(path)


# ------------------------------------------------- paragraphs numbered through the report
OBJECTIVES = [
    ("Objective 1: Active travel", [
        "The Llanrwst cycle path was opened on 14 July 2025.",
        "Design of the Abergele crossing is 60% complete and will be finished by "
        "December 2025.",
        "The school streets pilot will begin in April 2026.",
    ]),
    ("Objective 2: Clean air", [
        "Air quality monitors were installed at five schools in September 2025.",
        "The anti-idling campaign is running with the police until March 2026.",
        "The low emission bus bid is behind schedule and will now be submitted in "
        "February 2026.",
        "A review of taxi licensing standards will be carried out in June 2026.",
    ]),
]
THROUGH_EXPECTED = [  # (paragraph, text, status, quarter)
    (1, "The Llanrwst cycle path was opened on 14 July 2025.", "done", "2025-26 Q2"),
    (1, "Design of the Abergele crossing is 60% complete and will be finished by December "
     "2025.", "in progress", "2025-26 Q3"),
    (1, "The school streets pilot will begin in April 2026.", "planned", "2026-27 Q1"),
    (2, "Air quality monitors were installed at five schools in September 2025.", "done",
     "2025-26 Q2"),
    (2, "The anti-idling campaign is running with the police until March 2026.",
     "in progress", "2025-26 Q4"),
    (2, "The low emission bus bid is behind schedule and will now be submitted in February "
     "2026.", "at risk", "2025-26 Q4"),
    (2, "A review of taxi licensing standards will be carried out in June 2026.", "planned",
     "2026-27 Q1"),
]
INTRO_THROUGH = [
    "This report sets out progress with the Transport and Air Quality Plan 2025-26 at the "
    "end of quarter 2.",
    "The plan was agreed by Cabinet in March 2025.",
    "Members are asked to note the progress made.",
]
FUNDING = [("Active Travel Fund", "Welsh Government", "£480,000"),
           ("Clean Air Grant", "Welsh Government", "£150,000"),
           ("Transport reserve", "The council", "£75,000"),
           ("Total", "", "£705,000")]


def _through_html() -> str:
    body = ["<h1>Transport and Air Quality Plan 2025-26: Quarter 2 report</h1>",
            "<p>Date: 6 November 2025</p>",
            "<p>£630,000 of Welsh Government grant funds the plan in 2025-26.</p>",
            "<h2>Dashboard</h2><table><tr><th>Objective</th><th>RAG</th><th>Summary</th></tr>",
            "<tr><td>Objective 1: Active travel</td><td>Green</td><td>The cycle path is open "
            "and the crossing is on course.</td></tr>",
            "<tr><td>Objective 2: Clean air</td><td>Amber</td><td>The bus bid has slipped."
            "</td></tr></table>",
            "<h2>Introduction</h2><ol>"]
    body += [f"<li>{t}</li>" for t in INTRO_THROUGH]
    body.append("</ol><h2>Progress</h2>")
    n = len(INTRO_THROUGH)
    for heading, paras in OBJECTIVES:
        body.append(f"<h3>{heading}</h3><ol start=\"{n + 1}\">")
        body += [f"<li>{t}</li>" for t in paras]
        body.append("</ol>")
        n += len(paras)
    body.append("<h2>Funding</h2><table><tr><th>Funding</th><th>Source</th>"
                "<th>2025-26</th></tr>")
    body += [f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in FUNDING]
    body.append("</table>")
    return "<html><body><main>" + "\n".join(body) + "</main></body></html>"


def _through_txt() -> str:
    lines = ["Transport and Air Quality Plan 2025-26: Quarter 2 report",
             "Date: 6 November 2025", "",
             "£630,000 of Welsh Government grant funds the plan in 2025-26.", "",
             "Dashboard", "Objective\tRAG\tSummary",
             "Objective 1: Active travel\tGreen\tThe cycle path is open and the crossing is "
             "on course.",
             "Objective 2: Clean air\tAmber\tThe bus bid has slipped.", "", "Introduction"]
    lines += [f"{k}.\t{t}" for k, t in enumerate(INTRO_THROUGH, 1)]
    n = len(INTRO_THROUGH)
    for heading, paras in OBJECTIVES:
        lines += ["", heading]
        lines += [f"{n + k}.\t{t}" for k, t in enumerate(paras, 1)]
        n += len(paras)
    lines += ["", "Funding", "Funding\tSource\t2025-26"]
    lines += ["\t".join(row) for row in FUNDING]
    return "\r\n".join(lines) + "\r\n"


def _check_through(path: Path) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        items = wa.load_programme(path)
        priorities = wa.load_priorities(path)
        grants = wa.load_grants(path)
    got = [(int(r.paragraph), r.text, r.status, r.quarter_label) for r in items.itertuples()]
    assert got == THROUGH_EXPECTED
    assert list(priorities["priority"]) == ["Active travel", "Clean air"]
    assert sorted(zip(grants["grant"], grants["amount_gbp"], strict=True)) == [
        ("Active Travel Fund", 480000), ("Clean Air Grant", 150000)]


def test_numbered_through_web_page(tmp_path: Path) -> None:
    path = tmp_path / "transport.html"
    path.write_text(_through_html(), encoding="utf-8")
    _check_through(path)


def test_numbered_through_plain_text(tmp_path: Path) -> None:
    path = tmp_path / "transport.txt"
    path.write_bytes(_through_txt().encode("utf-8"))
    _check_through(path)
