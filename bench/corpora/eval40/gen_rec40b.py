"""rec40b: a Senedd committee's "Government response" TRACKER of recommendations of the
SHIPPED KIND. Senedd Local Government and Housing Committee (real committee; report,
recommendations, responses and progress invented): "The financial sustainability of local
government: tracking the Welsh Government's response to our report", updated March 2026.

Layout: a short introduction and a status summary (counts by response), then the report's
chapters as headings ("1. Funding settlements" ... "5. Finance workforce"); under each, every
recommendation (numbered 1-12 through the report) in full, then "Welsh Government response:"
with a status (Accepted / Accepted in principle / Rejected / Noted) and the response's
paragraph, then "Progress since the response:" a paragraph with dates (two say there is no
progress or that none applies). The owner is stated only in the recommendation's text.

The reading (typed here by hand): areas the five chapters (names without the chapter number;
no themes, theme None); recommendations 1-12, text the recommendation as the committee wrote
it (without "Recommendation N." and without the response); owners read from the text: the
body that "should" act first, then any body it is asked to "work with" or named jointly
("The Welsh Government should work with the WLGA to ..." -> WG, WLGA; "Local authorities and
the WLGA should ..." -> LG, WLGA; "The WLGA should work with local authorities ..." -> WLGA,
LG); the Government's response names no owner. Activities: each "Progress since the
response" paragraph that reports progress (10; activity_no None) in its chapter's area: work
under way or achieved, as the shipped paper's "Activity underway or achieved" column; "No
progress has been reported ..." and "Not applicable ..." are not activities, nor are the
responses themselves (statements of intent at the time, not work done).

Forms: .html the Senedd website (site chrome, each recommendation a `<section>` with a
`<dl>` of Response / Progress); .docx the committee's Word file (chapters Heading 1 numbered
by a real numbering.xml list, so the chapter numbers are not in the text; bold
"Recommendation N." paragraphs; "Welsh Government response:" and "Progress since the
response:" bold run-in labels); .pdf a print of the Word file (printed chapter numbers,
running header, page numbers); .md pandoc's export of the Word file (chapter numbers lost).
"""
from __future__ import annotations

from common40 import B, multilevel, numbered, page
from gen_common import (OUT, P, add_par, build_pdf, esc, footer_page_numbers, header_text,
                        new_docx, pdf_styles)
from common40 import wrap

NAME = "rec40b-senedd-response-tracker"
TITLE = ("The financial sustainability of local government: tracking the Welsh Government's "
         "response to our report")
INTRO = [
    "The Local Government and Housing Committee published its report on the financial "
    "sustainability of local government on 9 July 2025. It made 12 recommendations. The "
    "Welsh Government responded on 17 September 2025.",
    "This tracker sets out each recommendation, the Welsh Government's response and the "
    "progress reported to the Committee since then. It was last updated on 12 March 2026.",
    "Summary of the response: Accepted 6; Accepted in principle 3; Noted 2; Rejected 1.",
]
NO_PROGRESS = "No progress has been reported since the response."
NA = "Not applicable: the recommendation was rejected."
# (chapter, [(no, recommendation, owners, status, response, progress, progress_is_activity)])
CHAPTERS = [
    ("Funding settlements", [
        ("1", "The Welsh Government should provide local authorities with indicative "
         "settlement figures for at least three years in each budget round.", ["WG"],
         "Accepted in principle",
         "The Welsh Government will provide indicative figures where the UK spending review "
         "allows it to do so.",
         "The draft Budget published on 9 December 2025 gave an indicative settlement for "
         "2027-28 only. The Cabinet Secretary has said a longer view will follow the UK "
         "spending review in 2026.", True),
        ("2", "The Welsh Government should work with the WLGA to review the local government "
         "funding formula and report to this Committee by June 2026.", ["WG", "WLGA"],
         "Accepted",
         "The review will be taken forward by the Distribution Sub-Group of the Partnership "
         "Council.",
         "The Distribution Sub-Group began the review in September 2025 and expects to report "
         "its first findings in June 2026.", True),
        ("3", "The Welsh Government should publish the data used to calculate each year's "
         "settlement in an open, machine-readable format.", ["WG"], "Accepted",
         "The data will be published with the provisional settlement each year.",
         "The settlement data tables were published as open data with the provisional "
         "settlement on 21 October 2025.", True),
    ]),
    ("Reserves and financial resilience", [
        ("4", "Local authorities should publish a reserves strategy with their budget each "
         "year, setting out why each earmarked reserve is held.", ["LG"], "Noted",
         "This is a matter for local authorities; the Welsh Government will draw it to the "
         "attention of section 151 officers.",
         "The WLGA told the Committee in January 2026 that 17 of the 22 councils published a "
         "reserves strategy with their 2025-26 budgets.", True),
        ("5", "The Welsh Government and the WLGA should agree a common set of financial "
         "resilience indicators for all 22 councils by March 2026.", ["WG", "WLGA"],
         "Accepted",
         "Officials will develop the indicators with the WLGA and the Society of Welsh "
         "Treasurers.",
         "The Finance Sub-Group agreed a draft set of eight indicators in November 2025; a "
         "consultation on them will run in April and May 2026.", True),
    ]),
    ("Specific grants", [
        ("6", "The Welsh Government should transfer at least half of the specific grants "
         "worth more than £1 million into the Revenue Support Grant by 2027-28.", ["WG"],
         "Accepted in principle",
         "The Welsh Government agrees with the direction of travel but will not commit to a "
         "target.",
         "Eleven grants worth £84 million in total were transferred into the settlement for "
         "2026-27.", True),
        ("7", "The Welsh Government should confirm grant allocations to local authorities "
         "before the start of each financial year.", ["WG"], "Accepted",
         "Allocations will be confirmed by the end of February each year.", NO_PROGRESS, False),
        ("8", "The Welsh Government should end quarterly monitoring returns for grants worth "
         "less than £250,000.", ["WG"], "Rejected",
         "Quarterly returns are needed to manage the risk of underspending.", NA, False),
    ]),
    ("Council tax", [
        ("9", "The Welsh Government should set out a timetable for the next council tax "
         "revaluation before the end of this Senedd.", ["WG"], "Accepted",
         "A timetable will be set out in a written statement.",
         "A written statement on 8 October 2025 confirmed that the revaluation will take "
         "effect on 1 April 2028.", True),
        ("10", "Local authorities and the WLGA should work together to increase take-up of "
         "the Council Tax Reduction Scheme.", ["LG", "WLGA"], "Noted",
         "The Welsh Government welcomes this and will fund a national awareness campaign.",
         "A national take-up campaign ran from September to November 2025, and 6,400 new "
         "claims were made in that period.", True),
    ]),
    ("Finance workforce", [
        ("11", "The WLGA should work with local authorities to develop a shared approach to "
         "recruiting finance staff, including a graduate scheme.", ["WLGA", "LG"], "Accepted",
         "The Welsh Government will support the WLGA's work through the Improvement "
         "Programme.",
         "The WLGA launched a finance graduate scheme with eight councils in September 2025; "
         "14 graduates started on the scheme.", True),
        ("12", "The Welsh Government should fund a national training programme for council "
         "finance officers from 2026-27.", ["WG"], "Accepted in principle",
         "Funding will be considered in the 2026-27 Budget.",
         "The final Budget on 24 February 2026 included £150,000 for the training programme "
         "in 2026-27.", True),
    ]),
]


def reading() -> dict:
    areas, recs, acts = [], [], []
    for ch, rows in CHAPTERS:
        areas.append({"area": ch, "theme": None})
        for no, text, owners, _st, _resp, prog, is_act in rows:
            recs.append({"rec_id": no, "area": ch, "text": text, "owners": owners})
            if is_act:
                acts.append({"activity_no": None, "area": ch, "text": prog})
    return {"kind": "recommendations", "title": TITLE, "areas": areas,
            "recommendations": recs, "activities": acts}


def write_html() -> None:
    body = ['<p class="meta">Local Government and Housing Committee · Last updated: 12 March '
            "2026</p>", f"<h1>{esc(TITLE)}</h1>"] + [f"<p>{esc(p)}</p>" for p in INTRO]
    for i, (ch, rows) in enumerate(CHAPTERS, 1):
        body.append(f'<h2 id="chapter-{i}">{i}. {esc(ch)}</h2>')
        for no, text, _o, st, resp, prog, _a in rows:
            body += [f'<section class="recommendation" id="rec-{no}">',
                     f"<h3>Recommendation {no}</h3>", f"<p>{esc(text)}</p>",
                     '<dl class="response">', "<dt>Welsh Government response</dt>",
                     f'<dd><span class="status status--{st.lower().replace(" ", "-")}">'
                     f"{esc(st)}</span></dd><dd>{esc(resp)}</dd>",
                     "<dt>Progress since the response</dt>", f"<dd>{esc(prog)}</dd>", "</dl>",
                     "</section>"]
    (OUT / f"{NAME}.html").write_text(page(
        "Response tracker: financial sustainability of local government", "Senedd Cymru | "
        "Welsh Parliament", ["Home", "Committees", "Local Government and Housing Committee",
                              "Inquiries"], body,
        ["Business", "Committees", "Members of the Senedd", "Visit", "Get involved"],
        "Welsh Parliament, Cardiff Bay, Cardiff, CF99 1SN"), encoding="utf-8")


def write_docx() -> None:
    doc = new_docx(font="Arial", size=11)
    header_text(doc, "Local Government and Housing Committee – response tracker")
    footer_page_numbers(doc, "www.senedd.wales")
    doc.add_heading(TITLE, level=0)
    for p in INTRO:
        add_par(doc, p)
    nid = multilevel(doc, ["%1."])
    for ch, rows in CHAPTERS:
        numbered(doc.add_heading(ch, level=1), nid)
        for no, text, _o, st, resp, prog, _a in rows:
            add_par(doc, f"Recommendation {no}.", bold=True)
            add_par(doc, text)
            p = add_par(doc, "Welsh Government response: ", bold=True)
            p.add_run(st + ". ").bold = True
            p.add_run(resp)
            p = add_par(doc, "Progress since the response: ", bold=True)
            p.add_run(prog)
    doc.save(OUT / f"{NAME}.docx")


def write_md() -> None:
    """pandoc -t markdown of the Word file: the Title style as metadata, the chapters' Word
    numbers lost, paragraphs wrapped at 72."""
    out = ["---", f"title: \"{TITLE}\"", "---", ""]
    for p in INTRO:
        out += wrap(p) + [""]
    for ch, rows in CHAPTERS:
        out += [f"# {ch}", ""]
        for no, text, _o, st, resp, prog, _a in rows:
            out += [f"**Recommendation {no}.**", ""] + wrap(text) + [""]
            out += wrap(f"**Welsh Government response: {st}.** {resp}") + [""]
            out += wrap(f"**Progress since the response:** {prog}") + [""]
    (OUT / f"{NAME}.md").write_text("\n".join(out), encoding="utf-8")


def write_pdf() -> None:
    st = pdf_styles(10)
    story = [P(esc(TITLE), st["title"])] + [P(esc(p), st["body"]) for p in INTRO]
    for i, (ch, rows) in enumerate(CHAPTERS, 1):
        story.append(P(f"{i}. {esc(ch)}", st["h1"]))
        for no, text, _o, s, resp, prog, _a in rows:
            story += [P(f"<b>Recommendation {no}.</b>", st["body"]), P(esc(text), st["body"]),
                      P(f"<b>Welsh Government response: {esc(s)}.</b> {esc(resp)}", st["body"]),
                      P(f"<b>Progress since the response:</b> {esc(prog)}", st["body"])]
    build_pdf(OUT / f"{NAME}.pdf", story, "Local Government and Housing Committee – response "
              "tracker", "www.senedd.wales")


if __name__ == "__main__":
    write_html()
    write_docx()
    write_md()
    write_pdf()
    print(NAME, len(reading()["recommendations"]), len(reading()["activities"]))
