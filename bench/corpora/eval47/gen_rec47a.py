"""rec47a: a WLGA CONSULTATION RESPONSE to a Senedd committee (recommendations kind): "WLGA
evidence to the Local Government and Housing Committee: inquiry into the financial
sustainability of local government", 14 March 2026 (real WLGA and committee; text invented).

Layout: numbered paragraphs 1-40 under headings; the recommendations are SENTENCES INSIDE
ordinary paragraphs ("The WLGA recommends that the Welsh Government ...", "We would urge ...",
"Councils should be given ...") with no list, call-out or bold; two paragraphs hold two.
The reading: each recommending sentence once, rec_id its place (1..), area the heading it
sits under, owners from the sentence's subject (the Welsh Government WG; councils LG; the
WLGA WLGA; the UK Government not a code the project has: named as is). No activities.
Forms: .docx one List Number list (numbering.xml, numbers not in the text), Heading 1;
.pdf printed from Word; .html the Senedd's committee evidence page; .txt Word's plain text."""
from __future__ import annotations

import common47 as C

NAME = "rec47a-wlga-consultation-response"
TITLE = ("WLGA evidence to the Local Government and Housing Committee: inquiry into the "
         "financial sustainability of local government")
R = lambda text, *owners: (text, list(owners))  # noqa: E731  a recommending sentence
# (heading, [paragraph = [segments]])
SECTIONS = [
    ("Introduction", [
        ["The Welsh Local Government Association (WLGA) represents the 22 local authorities in "
         "Wales; the three national park authorities and the three fire and rescue authorities "
         "are associate members."],
        ["The WLGA welcomes the Committee's inquiry and the opportunity to submit evidence."],
        ["This response has been agreed by the WLGA's Executive Board and draws on evidence "
         "from the Society of Welsh Treasurers."],
        ["It follows the Committee's terms of reference."]]),
    ("The current financial position", [
        ["Councils in Wales face a combined budget gap of £559 million in 2026-27."],
        ["Pressures in social care, homelessness and additional learning needs account for "
         "more than two-thirds of that gap."],
        ["The gap is the difference between the cost of running services at their current "
         "level and the funding expected."],
        ["Reserves have been used to balance budgets in 17 councils in the last two years."],
        ["Reserves can only be spent once, and several councils are now close to their "
         "minimum prudent level.",
         R("The WLGA recommends that the Welsh Government publishes an assessment of the "
           "level of usable reserves across local government each year.", "WG")],
        ["Council tax rose by an average of 8.9 per cent in 2025-26."],
        ["Further increases at that level would fall hardest on households on low incomes."]]),
    ("The settlement", [
        ["The 2026-27 settlement increased core funding by 4.3 per cent."],
        ["This is welcome but does not meet the pressures set out above.",
         R("We would urge the Welsh Government to provide indicative allocations for at least "
           "the following two years alongside each final settlement.", "WG")],
        ["The funding floor has protected the councils with the lowest increases."],
        ["Late confirmation of specific grants makes planning harder.",
         R("Specific grants should be confirmed before the final settlement is published.",
           "WG"),
         R("The WLGA also recommends that the Welsh Government transfers grants of less than "
           "£1 million into the settlement.", "WG")],
        ["The formula is reviewed each year by the Distribution Sub-Group."],
        ["Several of the formula's indicators largely date from the 2011 census.",
         R("We would urge the Welsh Government and the WLGA to commission a fuller review of "
           "the formula's indicators during 2026-27.", "WG", "WLGA")]]),
    ("Social care", [
        ["Social care is the single largest pressure on council budgets."],
        ["Spending on children's placements has doubled since 2019-20."],
        ["The policy to eliminate profit from children's care is supported by councils.",
         R("Councils should be given transitional funding to develop in-house and not-for-"
           "profit placements before the restrictions take effect.", "WG")],
        ["Demand for adult care continues to grow with an ageing population."],
        ["The Real Living Wage for care workers has improved recruitment."],
        ["It has been funded only for one year at a time.",
         R("We recommend that the Welsh Government funds the Real Living Wage for care "
           "workers on a recurrent basis.", "WG")]]),
    ("Capital and infrastructure", [
        ["Councils' capital programmes have been cut back as building costs rose by a third."],
        ["The Sustainable Communities for Learning programme has a backlog of schemes."],
        ["Many highways and bridges are in poor condition.",
         R("The WLGA recommends a ten-year capital settlement for local government, agreed "
           "with the WLGA.", "WG")],
        ["Borrowing costs have risen sharply since 2022."],
        ["The Local Government Borrowing Initiative has helped fund highway works."],
        ["Capital receipts from the sale of surplus buildings are falling.",
         R("The Welsh Government should allow councils to use capital receipts flexibly to "
           "fund transformation projects until March 2030.", "WG")]]),
    ("Working together", [
        ["Councils already share many services through joint committees and CJCs."],
        ["Collaboration takes time to deliver savings."],
        ["Regional partnership boards bring councils and health boards together."],
        ["The WLGA will continue to support councils to share good practice through its "
         "finance network.",
         R("We recommend that councils and the WLGA publish a joint annual report of savings "
           "made through collaboration.", "LG", "WLGA")],
        ["Digital services can reduce costs over time."],
        [R("Councils should be given access to the national data and digital infrastructure "
           "that the NHS in Wales uses.", "WG"), R("We would urge the Welsh Government to fund a "
         "shared digital platform for council services from 2027-28.", "WG")]]),
    ("Conclusion", [
        ["Local government has protected front-line services through a decade of pressure."],
        ["That is no longer possible without a sustainable funding settlement."],
        ["The proposals in this response would give councils the stability to plan."],
        ["The WLGA would welcome the opportunity to give oral evidence."],
        ["Contact: Jon Rae, Director of Resources, WLGA."]]),
]


def seg_text(s) -> str:
    return s if isinstance(s, str) else s[0]


def paragraphs():
    n = 0
    for head, paras in SECTIONS:
        out = []
        for p in paras:
            n += 1
            out.append((n, " ".join(seg_text(s) for s in p)))
        yield head, out


def reading() -> dict:
    recs = []
    for head, paras in SECTIONS:
        for p in paras:
            for s in p:
                if not isinstance(s, str):
                    recs.append({"rec_id": str(len(recs) + 1), "area": head, "text": s[0],
                                 "owners": s[1]})
    return {"kind": "recommendations", "title": TITLE,
            "areas": [{"area": h, "theme": None} for h, _p in SECTIONS
                      if any(not isinstance(s, str) for p in _p for s in p)],
            "recommendations": recs, "activities": []}


def blocks() -> list:
    b: list = [("title", TITLE), ("meta", "Welsh Local Government Association – 14 March 2026")]
    for head, paras in paragraphs():
        b += [("h1", head), ("ol", [t for _n, t in paras], paras[0][0])]
    return b


def write_txt() -> None:
    lines = [TITLE, "", "Welsh Local Government Association – 14 March 2026", ""]
    for head, paras in paragraphs():
        lines += [head, ""]
        for n, t in paras:
            lines += [f"{n}.\t{t}", ""]
    (C.OUT / f"{NAME}.txt").write_text("\n".join(lines), encoding="utf-8")


def write_html() -> None:
    body = ['<p class="doc-ref">LGH(6) FS 23 – Welsh Local Government Association</p>']
    body += C.html(blocks())
    (C.OUT / f"{NAME}.html").write_text(C.page(
        TITLE, "Senedd Cymru / Welsh Parliament",
        ["Home", "Committees", "Local Government and Housing Committee", "Consultation responses"],
        body, ["Senedd Business", "Committees", "Members of the Senedd", "Visit", "Get involved"],
        "Welsh Parliament, Cardiff Bay, Cardiff CF99 1SN"), encoding="utf-8")


def write_docx() -> None:
    doc = C.new_docx(font="Arial", size=12)
    C.header_text(doc, "WLGA – Financial sustainability of local government")
    C.footer_page_numbers(doc, "Welsh Local Government Association")
    C.docx(blocks(), doc)
    doc.save(C.OUT / f"{NAME}.docx")


def write_pdf() -> None:
    C.build_pdf(C.OUT / f"{NAME}.pdf", C.B.pdf(blocks(), C.pdf_styles(10)),
                "WLGA – Financial sustainability of local government",
                "Welsh Local Government Association")


if __name__ == "__main__":
    write_txt()
    write_html()
    write_docx()
    write_pdf()
    r = reading()
    print(NAME, sum(len(p) for _h, p in SECTIONS), len(r["recommendations"]))
