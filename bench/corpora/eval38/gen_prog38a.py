"""prog38a: a WLGA programme update of the SHIPPED KIND whose items are DEFINITION LISTS: the
"WLGA Democracy and Scrutiny Support Programme 2025-26: Progress Report" to WLGA Council,
4 December 2025 (WLGA, the Centre for Governance and Scrutiny, Audit Wales, Data Cymru and the
Diverse Councils Declaration are real; programme, officer and figures invented).

House style: section 1 ("Purpose and background") and sections 6-7 ("Resources",
"Recommendation") are numbered paragraphs 1.1 .. 7.1 (not items); sections 2-5 are the
priorities, each a list of TERMS and DEFINITIONS: the term "2.1 Programme team", the
definition a narrative sentence and, after a line break, the item's RAG at the last report and
now "Amber → Green" with a direction-of-travel arrow "▲ improving" / "▼ worsening" /
"► no change"; a key (1.4) reads Blue complete, Green on track, Amber at risk of slipping,
Red off track, Grey not started. Grants in section 6 sentences, beside the councils'
subscriptions (not a grant).

The reading: items the 14 terms with their definitions, text "Label: narrative" (the term's
name, a colon, the narrative; the RAG line is not part of the text, as a closing tag is not);
section the priority's number; status the CURRENT (right-hand) RAG through the key (Blue done,
Green in progress, Amber and Red at risk, Grey planned); quarter the 2025-26 quarter of the
one date in the narrative. Grants: the two named grants of 6.1 and 6.2.
Forms: .html the WLGA website (CMS chrome; `<dl>` with `<dt>` / `<dd>`, the RAG line after a
`<br>`); .md pandoc's export of that page (`-t markdown`: "Term\\n:   definition", wrapped at
72 columns, the `<br>` a backslash line end); .docx Word with the author's "Item term" (bold)
and "Item definition" (indented) styles, the RAG line after a Shift+Enter break; .pdf a print
of the Word file (A4, running header, "Page N of M").
"""
from __future__ import annotations

from common38 import B, line_break, page, para_style, wrap
from gen_common import (OUT, P, build_pdf, esc, footer_page_numbers, header_text, mm,
                        new_docx, pdf_styles)
from reportlab.lib.styles import ParagraphStyle

NAME = "prog38a-democracy-programme-definition-list"
TITLE = "WLGA Democracy and Scrutiny Support Programme 2025-26: Progress Report"
DATE_PRINTED = "4 December 2025"
ARROW = {"up": "▲ improving", "down": "▼ worsening", "same": "► no change"}
STATUS = {"Blue": "done", "Green": "in progress", "Amber": "at risk", "Red": "at risk",
          "Grey": "planned"}

SECTION1 = [
    ("1.1", "This report updates Leaders on progress with the Democracy and Scrutiny Support "
            "Programme 2025-26 at the end of the second quarter and seeks their views on "
            "priorities for 2026-27."),
    ("1.2", "The programme is agreed each year with the Welsh Government and supports councils "
            "with scrutiny, governance, member development and performance data."),
    ("1.3", "Progress is reported by priority in sections 2 to 5. Each piece of work shows "
            "the RAG rating given at the last report and the rating now, and the direction "
            "of travel."),
    ("1.4", "Key: Blue – complete; Green – on track; Amber – at risk of slipping; Red – off "
            "track; Grey – not started. ▲ improving; ▼ worsening; ► no change."),
]
# (priority, [(ref, label, narrative, previous RAG, current RAG, arrow, quarter, partners)])
PRIORITIES = [
    ("Programme set-up", [
        ("2.1", "Programme team", "The two vacant improvement adviser posts were filled in "
         "August 2025 and the team of six is now at full strength.", "Amber", "Blue", "up",
         "2025-26 Q2", []),
        ("2.2", "Peer pool", "Recruitment of a further 15 member and officer peers with the "
         "LGA is under way and will close on 31 January 2026.", "Green", "Green", "same",
         "2025-26 Q4", ["LGA"]),
        ("2.3", "Programme web pages", "The new programme pages on the WLGA website were "
         "launched in June 2025.", "Blue", "Blue", "same", "2025-26 Q1", []),
    ]),
    ("Scrutiny and governance", [
        ("3.1", "Scrutiny chairs' network", "Three regional meetings of the network have been "
         "held with the Centre for Governance and Scrutiny and a fourth is planned for "
         "February 2026.", "Green", "Green", "same", "2025-26 Q4",
         ["Centre for Governance and Scrutiny"]),
        ("3.2", "Governance and audit committees", "Induction training for the lay members of "
         "governance and audit committees has slipped because of trainer availability and "
         "will now run in March 2026.", "Green", "Amber", "down", "2025-26 Q4", []),
        ("3.3", "Self-assessment support", "A guide to council self-assessment under the Local "
         "Government and Elections (Wales) Act 2021 was published with Audit Wales in "
         "September 2025.", "Amber", "Blue", "up", "2025-26 Q2", ["Audit Wales"]),
        ("3.4", "Panel performance assessments", "Support for councils preparing for panel "
         "performance assessments continues, with four assessments scheduled in quarter 4.",
         "Amber", "Amber", "same", "2025-26 Q4", []),
    ]),
    ("Member development and diversity in democracy", [
        ("4.1", "Diverse council declarations", "All 22 councils have adopted a Diverse "
         "Council Declaration and 17 have published action plans; WEN Wales and EYST are "
         "supporting the remaining five to publish theirs by December 2025.", "Amber",
         "Green", "up", "2025-26 Q3", ["WEN Wales", "EYST"]),
        ("4.2", "Be a Councillor campaign", "Planning for the 2027 Be a Councillor campaign "
         "will start in April 2026.", "Grey", "Grey", "same", "2026-27 Q1", []),
        ("4.3", "Civility in public life", "The civility and respect guidance for members was "
         "delayed by the decision to widen it to town and community councils; publication "
         "is now expected in January 2026.", "Amber", "Red", "down", "2025-26 Q4", []),
        ("4.4", "Member development charter", "Two more councils achieved the Wales Charter "
         "for Member Support and Development in October 2025.", "Green", "Blue", "up",
         "2025-26 Q3", []),
    ]),
    ("Data and performance", [
        ("5.1", "Performance data platform", "Data Cymru moved the national performance data "
         "platform to new hosting in July 2025 and 19 councils are using the new "
         "dashboards.", "Green", "Green", "same", "2025-26 Q2", ["Data Cymru"]),
        ("5.2", "Finance benchmarking club", "A benchmarking club for corporate finance "
         "indicators, run with the Society of Welsh Treasurers, will begin in quarter 4.",
         "Grey", "Grey", "same", "2025-26 Q4", ["Society of Welsh Treasurers"]),
        ("5.3", "Residents' survey", "Fieldwork for the national residents' survey is due to "
         "finish by 28 February 2026.", "Amber", "Green", "up", "2025-26 Q4", []),
    ]),
]
RESOURCES = [
    ("6.1", "The Welsh Government awarded an Improvement Programme grant of £640,000 for "
            "2025-26, confirmed in April 2025."),
    ("6.2", "The Welsh Government's Diversity in Democracy Fund provides a further £95,000 "
            "for 2025-26 for the work in section 4."),
    ("6.3", "Councils' subscriptions contribute £120,000 towards the core team."),
]
RECOMMENDATION = [("7.1", "Leaders are asked to note the progress made and to advise on "
                          "priorities for the 2026-27 programme.")]
SIGN = ["Report author: Rhian Jenkins, Improvement Manager",
        "E-mail: rhian.jenkins@wlga.gov.uk"]
HEADINGS = ["Purpose and background"] + [p for p, _ in PRIORITIES] + ["Resources",
                                                                       "Recommendation"]


def reading() -> dict:
    items = [{"ref": ref, "section": ref.split(".")[0], "text": f"{label}: {text}",
              "status": STATUS[now], "quarter": q, "partners": partners}
             for _p, rows in PRIORITIES
             for ref, label, text, _was, now, _arrow, q, partners in rows]
    return {"kind": "programme", "title": TITLE, "date": "2025-12-04",
            "priorities": [p for p, _ in PRIORITIES], "items": items,
            "grants": [{"grant": "Improvement Programme grant", "amount_gbp": 640000,
                        "financial_year": "2025-26"},
                       {"grant": "Diversity in Democracy Fund", "amount_gbp": 95000,
                        "financial_year": "2025-26"}]}


def rag_line(was: str, now: str, arrow: str) -> str:
    return f"{was} → {now} {ARROW[arrow]}"


def sections():
    """(number, heading, paragraphs or None, items or None)."""
    yield 1, HEADINGS[0], SECTION1, None
    for i, (name, rows) in enumerate(PRIORITIES, 2):
        yield i, name, None, rows
    yield 6, "Resources", RESOURCES, None
    yield 7, "Recommendation", RECOMMENDATION, None


# ------------------------------------------------------------------ web page and Markdown
def write_html() -> None:
    body = [f"<h1>{esc(TITLE)}</h1>",
            f'<div class="meta"><span>WLGA Council</span> · <time datetime="2025-12-04">'
            f"{DATE_PRINTED}</time></div>"]
    for n, head, paras, rows in sections():
        body.append(f"<h2>{n}. {esc(head)}</h2>")
        if paras:
            body += [f"<p>{ref} {esc(t)}</p>" for ref, t in paras]
        if rows:
            body.append('<dl class="progress-list">')
            for ref, label, text, was, now, arrow, *_ in rows:
                body.append(f"<dt>{ref} {esc(label)}</dt>")
                cls = {"up": "up", "down": "down", "same": "flat"}[arrow]
                body.append(f'<dd>{esc(text)}<br><span class="rag rag--{now.lower()}">'
                            f"{was} → {now}</span> <span class=\"dot dot--{cls}\">"
                            f"{ARROW[arrow]}</span></dd>")
            body.append("</dl>")
    body += [f"<p>{esc(s)}</p>" for s in SIGN]
    (OUT / f"{NAME}.html").write_text(page(
        TITLE, "WLGA", ["Home", "Our work", "Improvement", "WLGA Council papers"], body,
        ["About us", "Our work", "News", "Publications", "Contact"],
        "Welsh Local Government Association, One Canal Parade, Dumballs Road, Cardiff, "
        "CF10 5BF"), encoding="utf-8")


def write_md() -> None:
    """pandoc -f html -t markdown of the page's article (the chrome cut away)."""
    out = ["---", f"title: \"{TITLE}\"", "---", "", f"WLGA Council · {DATE_PRINTED}", ""]
    for n, head, paras, rows in sections():
        out += [f"## {n}. {head}", ""]
        for ref, t in paras or []:
            out += wrap(f"{ref} {t}") + [""]
        for ref, label, text, was, now, arrow, *_ in rows or []:
            lines = wrap(text, ":   ", "    ")
            lines[-1] += "\\"
            out += [f"{ref} {label}"] + lines + ["    " + rag_line(was, now, arrow), ""]
    out += [x for s in SIGN for x in (s, "")]
    (OUT / f"{NAME}.md").write_text("\n".join(out).rstrip() + "\n", encoding="utf-8")


# ------------------------------------------------------------------ Word and its print
def write_docx() -> None:
    doc = new_docx(font="Arial", size=11)
    term = para_style(doc, "Item term", bold=True, keep_next=True, space_after=2)
    defn = para_style(doc, "Item definition", left_cm=1.0, space_after=8)
    header_text(doc, "WLGA COUNCIL – 4 DECEMBER 2025 – ITEM 5")
    footer_page_numbers(doc, "Democracy and Scrutiny Support Programme 2025-26")
    doc.add_paragraph(DATE_PRINTED)
    doc.add_heading(TITLE, level=0)
    for n, head, paras, rows in sections():
        doc.add_heading(f"{n}. {head}", level=1)
        for ref, t in paras or []:
            doc.add_paragraph(f"{ref}\t{t}")
        for ref, label, text, was, now, arrow, *_ in rows or []:
            doc.add_paragraph(f"{ref} {label}", style=term)
            p = doc.add_paragraph(text, style=defn)
            line_break(p)
            p.add_run(rag_line(was, now, arrow))
    for s in SIGN:
        doc.add_paragraph(s)
    doc.save(OUT / f"{NAME}.docx")


def write_pdf() -> None:
    st = pdf_styles(10)
    term = ParagraphStyle("term", parent=st["body"], fontName="DejaVu-Bold", spaceAfter=1)
    defn = ParagraphStyle("defn", parent=st["body"], leftIndent=10 * mm, spaceAfter=7)
    story = [P(DATE_PRINTED, st["body"]), P(esc(TITLE), st["title"])]
    for n, head, paras, rows in sections():
        story.append(P(f"{n}. {esc(head)}", st["h1"]))
        story += [P(f"{ref}&nbsp;&nbsp;&nbsp;{esc(t)}", st["body"]) for ref, t in paras or []]
        for ref, label, text, was, now, arrow, *_ in rows or []:
            story += [P(f"{ref} {esc(label)}", term),
                      P(f"{esc(text)}<br/>{esc(rag_line(was, now, arrow))}", defn)]
    story += [P(esc(s), st["body"]) for s in SIGN]
    build_pdf(OUT / f"{NAME}.pdf", story, "WLGA Council – 4 December 2025 – Item 5",
              "Democracy and Scrutiny Support Programme 2025-26")


if __name__ == "__main__":
    assert B
    write_html()
    write_md()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["items"]))
