"""rec54a: a WLGA CONSULTATION RESPONSE of the shipped recommendations kind: "Response from the
Welsh Local Government Association to the Welsh Government consultation on Supporting
Councillors and Widening Participation in Local Democracy", December 2025 (consultation,
questions and figures invented, modelled on the WLGA's real consultation responses).

Layout: an introduction about the WLGA (paragraphs 1-3), "Summary of key points" bullets
(some repeating recommendations in other words, some general), then "Responses to the
consultation questions" under "Part N: ..." headings, each "Question N: Do you agree that
...?" followed by "Response:" and paragraphs. The WLGA's recommendations are the paragraphs
inside answers that begin "The WLGA recommends ..." or "We would urge the Welsh Government to
..."; some answers have none; the two Welsh language questions close the paper without any.

The reading: recommendations the 12 such paragraphs in the answers (rec_id their place 1-12;
the summary's restatements counted once, under the answer), area the Part's theme ("Support
for councillors"; the question numbers are not the areas), owners who is asked (the Welsh
Government WG, councils LG, "the Welsh Government and the WLGA jointly" WG + WLGA). The Welsh
language heading has no recommendation and is not an area. No activities (the paper reports
none).
Forms: .docx (Heading styles, the introduction one List Number list, bold "Question N:" lines
and "Response:" run-ins); .pdf the Word print; .html the WLGA website's consultation response
page; .txt Word's "Plain Text" save.
"""
from __future__ import annotations

import common54 as C
from common54 import esc, page

NAME = "rec54a-wlga-consultation-response-questions"
TITLE = ("Response from the Welsh Local Government Association to the Welsh Government "
         "consultation on Supporting Councillors and Widening Participation in Local Democracy")
DATE = "December 2025"
INTRO = [
    "The Welsh Local Government Association (WLGA) represents the interests of local "
    "government and promotes local democracy in Wales. The 22 councils in Wales are its "
    "members, and the three fire and rescue authorities and three national park authorities "
    "are associate members.",
    "The WLGA welcomes the opportunity to respond to this consultation. This response has been "
    "prepared with council democratic services officers and has been considered by the WLGA's "
    "Democracy and Member Support Group. Individual councils may respond separately.",
    "Our answers follow the order of the consultation questions. Where we have not answered a "
    "question, we have no comment to make.",
]
SUMMARY = [
    "The WLGA supports the aim of making the role of councillor open to a wider range of "
    "people, and many of the proposals build on what councils already do.",
    "A national mentoring scheme for new councillors, paid for by the Welsh Government, would "
    "make a real difference.",
    "Multi-location meetings should remain a matter for each council to decide.",
    "Every new cost to councils should be met in full by the Welsh Government.",
    "The safety of councillors, online and in person, needs urgent joint action.",
]
CODES = {"WG": ["WG"], "LG": ["LG"], "WG+WLGA": ["WG", "WLGA"],
         "WG+WLGA+LG": ["WG", "WLGA", "LG"]}
# (part, [(question, [response paragraphs as ("p", text) or ("rec", text, owners)])])
PARTS = [
    ("Part 1: Support for councillors", [
        ("Question 1: Do you agree that councils should be required to publish an annual "
         "statement of the support available to councillors?", [
            ("p", "Yes. Most councils already set out the support they offer in their member "
             "development strategy, and a short annual statement would help candidates "
             "understand what to expect."),
            ("rec", "The WLGA recommends that the Welsh Government publishes a template for "
             "the statement with its guidance, so that councils do not each design their own.",
             "WG")]),
        ("Question 2: Do you agree that a national mentoring scheme for new councillors "
         "should be established?", [
            ("p", "Yes. Councillors elected for the first time in 2022 told us that informal "
             "support from experienced colleagues was the most useful help they received."),
            ("rec", "We would urge the Welsh Government to fund a national mentoring scheme "
             "for new councillors, developed and run by the WLGA with councils.", "WG"),
            ("rec", "The WLGA recommends that councils give every new councillor a named "
             "officer contact for their first year in office.", "LG")]),
        ("Question 3: Do you agree that councils should have a new duty to assess the "
         "wellbeing needs of their councillors?", [
            ("p", "No. The WLGA supports the intention but does not believe a new statutory "
             "duty is needed. Councils' standards committees and democratic services "
             "committees already consider these matters."),
            ("rec", "We would urge the Welsh Government to rely on statutory guidance rather "
             "than a new duty, and to agree the content of the guidance with the WLGA.",
             "WG")]),
    ]),
    ("Part 2: Remuneration and allowances", [
        ("Question 4: Do you agree that the Independent Remuneration Panel for Wales should "
         "continue to set the level of the basic salary for councillors?", [
            ("p", "Yes. The Panel's independence is important to public confidence, and the "
             "WLGA does not support any change to its role.")]),
        ("Question 5: Do you agree that the reimbursement of the costs of care should be "
         "paid at the real Living Wage rate?", [
            ("p", "Yes. Take-up of the reimbursement remains low, and some councillors have "
             "told us that the current rate does not cover the cost of care."),
            ("rec", "The WLGA recommends that the Welsh Government funds the extra cost of "
             "paying the reimbursement of the costs of care at the real Living Wage rate "
             "through the local government settlement.", "WG"),
            ("rec", "The WLGA recommends that councils explain the reimbursement of the costs "
             "of care to every candidate before the 2027 local elections.", "LG")]),
    ]),
    ("Part 3: Remote and multi-location meetings", [
        ("Question 6: Do you agree that the requirement to hold multi-location meetings "
         "should be extended to all committees?", [
            ("p", "No. Councils have invested in hybrid meeting equipment since 2021, but the "
             "needs of different committees vary."),
            ("rec", "We would urge the Welsh Government to keep the legislation permissive, so "
             "that each council decides which of its meetings are held in multi-location "
             "form.", "WG"),
            ("rec", "The WLGA recommends that the Welsh Government and the WLGA jointly review "
             "the 2021 guidance on multi-location meetings during 2026.", "WG+WLGA")]),
        ("Question 7: Do you have any views on the costs of the proposals?", [
            ("p", "The consultation's regulatory impact assessment underestimates the officer "
             "time needed to support the new duties, which we estimate at £1.2 million a "
             "year across Wales."),
            ("rec", "We would urge the Welsh Government to meet in full the new costs that the "
             "proposals place on councils, through a specific grant for the first two years "
             "and the settlement after that.", "WG")]),
    ]),
    ("Part 4: Diversity of candidates", [
        ("Question 8: Do you agree that councils should be required to publish a diversity "
         "and inclusion plan for their elected members?", [
            ("p", "Yes, provided the plans can be combined with councils' existing strategic "
             "equality plans."),
            ("rec", "The WLGA recommends that councils publish their diversity plans together "
             "with the results of the candidates' survey after each ordinary election.", "LG"),
            ("rec", "We would urge the Welsh Government to make the Access to Elected Office "
             "Fund available to candidates in council elections on a permanent basis.",
             "WG")]),
        ("Question 9: Do you have any other comments on the proposals?", [
            ("p", "Councillors continue to report abuse and intimidation, both online and in "
             "person, and this is deterring people from standing."),
            ("rec", "The WLGA recommends that the Welsh Government, the WLGA and councils "
             "agree a joint action plan on the safety of councillors, including online abuse, "
             "by the end of 2026.", "WG+WLGA+LG")]),
    ]),
    ("Welsh language", [
        ("Question 10: We would like to know your views on the effects that the proposals "
         "would have on the Welsh language, specifically on opportunities for people to use "
         "Welsh and on treating the Welsh language no less favourably than English.", [
            ("p", "The WLGA believes the proposals will have a positive effect, as long as the "
             "mentoring scheme and the guidance are available in Welsh from the start.")]),
        ("Question 11: Please also explain how you believe the proposals could be formulated "
         "or changed so as to have positive effects or increased positive effects on "
         "opportunities for people to use the Welsh language.", [
            ("p", "We have no further comments.")]),
    ]),
]
CLOSE = ["For further information please contact:",
         "Dr Lowri Beynon, Policy Officer (Democracy), WLGA",
         "lowri.beynon@wlga.gov.uk", "Welsh Local Government Association, One Canal Parade, "
         "Dumballs Road, Cardiff, CF10 5BF"]


def part_name(part: str) -> str:
    return part.split(": ", 1)[1] if ": " in part else part


def reading() -> dict:
    areas, recs = [], []
    for part, qs in PARTS:
        rr = [x for _q, paras in qs for x in paras if x[0] == "rec"]
        if not rr:
            continue
        areas.append({"area": part_name(part), "theme": None})
        for _k, text, owner in rr:
            recs.append({"rec_id": str(len(recs) + 1), "area": part_name(part), "text": text,
                         "owners": CODES[owner]})
    return {"kind": "recommendations", "title": TITLE, "areas": areas,
            "recommendations": recs, "activities": None}


def write_docx() -> None:
    doc = C.new_docx(font="Arial", size=11)
    C.header_text(doc, "WLGA response – Supporting Councillors and Widening Participation")
    C.footer_page_numbers(doc, "Welsh Local Government Association")
    doc.add_heading(TITLE, level=0)
    C.add_par(doc, DATE)
    doc.add_heading("Introduction", level=1)
    for t in INTRO:
        C.add_par(doc, t, style="List Number")
    doc.add_heading("Summary of key points", level=1)
    for t in SUMMARY:
        C.add_par(doc, t, style="List Bullet")
    doc.add_heading("Responses to the consultation questions", level=1)
    for part, qs in PARTS:
        doc.add_heading(part, level=2)
        for q, paras in qs:
            C.add_par(doc, q, bold=True)
            for n, x in enumerate(paras):
                if n == 0:
                    p = C.add_par(doc, "Response:", bold=True)
                    p.add_run(" " + x[1])
                else:
                    C.add_par(doc, x[1])
    for t in CLOSE:
        C.add_par(doc, t)
    doc.save(C.OUT / f"{NAME}.docx")


def write_pdf() -> None:
    st = C.pdf_styles(10)
    P = C.P
    story = [P(esc(TITLE), st["title"]), P(DATE, st["body"]), P("Introduction", st["h1"])]
    story += [P(f"{i}.&nbsp;&nbsp;{esc(t)}", st["body"]) for i, t in enumerate(INTRO, 1)]
    story += [P("Summary of key points", st["h1"])]
    story += [P("•&nbsp;&nbsp;" + esc(t), st["body"]) for t in SUMMARY]
    story += [P("Responses to the consultation questions", st["h1"])]
    for part, qs in PARTS:
        story.append(P(esc(part), st["h2"]))
        for q, paras in qs:
            story.append(P(f"<b>{esc(q)}</b>", st["body"]))
            for n, x in enumerate(paras):
                story.append(P(("<b>Response:</b> " if n == 0 else "") + esc(x[1]),
                               st["body"]))
    story += [P(esc(t), st["body"]) for t in CLOSE]
    C.build_pdf(C.OUT / f"{NAME}.pdf", story, "WLGA response – Supporting Councillors and "
                "Widening Participation", "Welsh Local Government Association")


def write_html() -> None:
    body = [f"<h1>{esc(TITLE)}</h1>",
            '<div class="field--name-field-date"><time datetime="2025-12-12">12 December 2025'
            "</time></div>",
            '<div class="field--name-field-tags"><a href="#">Consultation responses</a> '
            '<a href="#">Democracy</a></div>', "<h2>Introduction</h2>",
            "<ol>" + "".join(f"<li>{esc(t)}</li>" for t in INTRO) + "</ol>",
            "<h2>Summary of key points</h2>",
            "<ul>" + "".join(f"<li>{esc(t)}</li>" for t in SUMMARY) + "</ul>",
            "<h2>Responses to the consultation questions</h2>"]
    for part, qs in PARTS:
        body.append(f"<h3>{esc(part)}</h3>")
        for q, paras in qs:
            body.append(f'<p class="question"><strong>{esc(q)}</strong></p>')
            for n, x in enumerate(paras):
                body.append("<p>" + ("<strong>Response:</strong> " if n == 0 else "")
                            + esc(x[1]) + "</p>")
    body += ['<div class="contact">' + "".join(f"<p>{esc(t)}</p>" for t in CLOSE) + "</div>",
             '<p class="download"><a href="#">Download the full response (PDF, 214KB)</a></p>']
    (C.OUT / f"{NAME}.html").write_text(page(
        "WLGA response: Supporting Councillors and Widening Participation", "WLGA",
        ["Home", "Publications", "Consultation responses"], body,
        ["About us", "Our work", "News", "Publications", "Contact"],
        "Welsh Local Government Association, One Canal Parade, Dumballs Road, Cardiff, "
        "CF10 5BF"), encoding="utf-8")


def write_txt() -> None:
    """Word's File > Save As > Plain Text: one line a paragraph, list numbers and bullets as
    typed characters followed by a TAB, the header and footer dropped."""
    L = [TITLE, DATE, "Introduction"]
    L += [f"{i}.\t{t}" for i, t in enumerate(INTRO, 1)]
    L += ["Summary of key points"] + [f"•\t{t}" for t in SUMMARY]
    L += ["Responses to the consultation questions"]
    for part, qs in PARTS:
        L.append(part)
        for q, paras in qs:
            L.append(q)
            L += [("Response: " if n == 0 else "") + x[1] for n, x in enumerate(paras)]
    L += CLOSE
    (C.OUT / f"{NAME}.txt").write_text("\r\n".join(L) + "\r\n", encoding="utf-8")


if __name__ == "__main__":
    write_docx()
    write_pdf()
    write_html()
    write_txt()
    print(NAME, len(reading()["recommendations"]))
