"""rec39b: a recommendations paper of the SHIPPED KIND by other hands: a WLGA CONSULTATION
RESPONSE, "A fairer local government finance system for Wales: response of the Welsh Local
Government Association to the Welsh Government consultation", 10 October 2025 (real bodies;
consultation and content invented).

Layout: the consultation's own parts as headings ("Part 2: Funding"), under them its
questions ("Question 4: Do you agree that ...?"), each followed by "WLGA response:" and
paragraphs in which numbered recommendations are BOLD CALL-OUTS ("**Recommendation 5:** The
Welsh Government should ..."); some questions have no recommendation; owners only in the
text; introduction and a closing contact line.

The reading (typed here, before any loader ran): areas the four Part headings (name without
"Part N:"), no themes; recommendations 1-11 (rec_id the number), text after the colon, area
the Part above the question, owners the bodies the sentence makes the subject ("The Welsh
Government should" WG; "Councils should" LG; "The WLGA will" WLGA; "The Welsh Government and
the WLGA should" WG + WLGA; "Councils and the Welsh Government" LG + WG); a body the
sentence only mentions ("administered by councils", "with the WLGA represented") is not an
owner. The questions and the unlabelled response paragraphs are not recommendations; no
activities.
Forms: .docx Word (Heading 1 parts, questions in a "Question" style of the author's own,
"WLGA response:" bold); .pdf a print of the Word file; .html the WLGA website's consultation
responses page (CMS chrome); .md pandoc's export of the Word file (wrapped at 72).
"""
from __future__ import annotations

from common39 import page, para_style, wrap
from gen_common import (OUT, P, build_pdf, esc, footer_page_numbers, header_text, new_docx,
                        pdf_styles)

NAME = "rec39b-consultation-response-questions"
TITLE = ("A fairer local government finance system for Wales: response of the Welsh Local "
         "Government Association to the Welsh Government consultation")
INTRO = [
    "The Welsh Local Government Association (WLGA) represents the 22 local authorities in "
    "Wales; the three national park authorities and the three fire and rescue authorities are "
    "associate members.",
    "This response was agreed by the WLGA Executive Board on 26 September 2025. It answers "
    "the consultation's questions in order and sets out, where we make them, numbered "
    "recommendations to the Welsh Government and to local government.",
]
# (part, [(question, [paragraph | ("REC", text, owners)])])
PARTS = [
    ("Part 1: Council tax", [
        ("Question 1: Do you agree that council tax properties should be revalued every five "
         "years?", [
            "Yes. Wales last revalued in 2005 and bills no longer reflect relative values. "
            "Regular revaluation would avoid the large shifts that make reform so difficult.",
            ("REC", "The Welsh Government should legislate for a revaluation every five years, "
             "the first to take effect in April 2028.", ["WG"])]),
        ("Question 2: Do you agree with the proposed new bands?", [
            "Councils broadly support the additional upper bands but are concerned about "
            "households whose bills would rise sharply.",
            ("REC", "The Welsh Government should publish the modelled effect of the new bands on "
             "each council's tax base before the regulations are laid.", ["WG"]),
            ("REC", "The Welsh Government should fund a transitional relief scheme, "
             "administered by councils, for households whose bill rises by more than two "
             "bands.", ["WG"])]),
        ("Question 3: How should households on low incomes be supported?", [
            ("REC", "Councils and the Welsh Government should agree a single national council "
             "tax reduction scheme that is simpler to claim.", ["LG", "WG"]),
            "Take-up of the current scheme is estimated at 70 per cent."]),
    ]),
    ("Part 2: Funding", [
        ("Question 4: Do you agree that the funding formula should be reviewed by an "
         "independent panel?", [
            "Yes. The formula has not been reviewed in full since 2001 and the Distribution "
            "Sub-Group has said that incremental changes can no longer keep pace with demand.",
            ("REC", "The Welsh Government should establish an independent review of the "
             "distribution formula, with the WLGA represented on its steering group.", ["WG"]),
            ("REC", "The WLGA will work with the Society of Welsh Treasurers to provide the "
             "review with data on service demand from all 22 councils.", ["WLGA"])]),
        ("Question 5: Should specific grants be transferred into the revenue settlement?", [
            "Councils received more than 60 specific grants in 2024-25, each with its own "
            "conditions and returns.",
            ("REC", "The Welsh Government should transfer at least ten specific grants into the "
             "revenue settlement from 2027-28.", ["WG"])]),
        ("Question 6: Do you agree that the settlement should be set for three years at a "
         "time?", [
            "Yes. Indicative figures for later years would allow councils to plan services and "
            "set council tax with more confidence. We welcome this proposal without "
            "reservation."]),
    ]),
    ("Part 3: Accountability and reporting", [
        ("Question 7: Do you agree with the proposed annual reporting requirements?", [
            "In part. Residents find the statutory statements hard to follow.",
            ("REC", "Councils should publish a single annual finance summary for residents in "
             "place of the separate statements now required.", ["LG"]),
            ("REC", "The Welsh Government and the WLGA should agree a common template for the "
             "summary by March 2027.", ["WG", "WLGA"])]),
    ]),
    ("Part 4: Welsh language and other comments", [
        ("Question 8: What effects would the proposals have on the Welsh language?", [
            "We see no direct adverse effects, but changes to bills in areas where Welsh is "
            "widely spoken should be monitored.",
            ("REC", "The Welsh Government should publish the Welsh language impact assessment "
             "of its final proposals.", ["WG"])]),
        ("Question 9: We have asked a number of specific questions. If you have any related "
         "issues which we have not specifically addressed, please use this space to report "
         "them.", [
            "The changes will need to be explained to councillors well before they take effect.",
            ("REC", "The WLGA and councils will run joint briefings for elected members on the "
             "changes during 2026.", ["WLGA", "LG"])]),
    ]),
]
CONTACT = ("For further information please contact: Owain Price, Policy Officer (Finance), "
           "owain.price@wlga.gov.uk")


def walk():
    n = 0
    for part, qs in PARTS:
        for q, paras in qs:
            out = []
            for x in paras:
                if isinstance(x, tuple):
                    n += 1
                    out.append((n, x[1], x[2]))
                else:
                    out.append(x)
            yield part, q, out


def reading() -> dict:
    recs = []
    for part, _q, paras in walk():
        for x in paras:
            if isinstance(x, tuple):
                recs.append({"rec_id": str(x[0]), "area": part.split(": ", 1)[1],
                             "text": x[1], "owners": x[2]})
    return {"kind": "recommendations", "title": TITLE,
            "areas": [{"area": p.split(": ", 1)[1], "theme": None} for p, _q in PARTS],
            "recommendations": recs, "activities": None}


def blocks():
    """(kind, text[, n]) over the document: h1, q, label, p, rec."""
    b = [("title", TITLE), ("p", "10 October 2025"), ("h1", "Introduction")]
    b += [("p", x) for x in INTRO]
    last = None
    for part, q, paras in walk():
        if part != last:
            b.append(("h1", part))
            last = part
        b += [("q", q), ("label", "WLGA response:")]
        b += [("rec", x[1], x[0]) if isinstance(x, tuple) else ("p", x) for x in paras]
    return b + [("p", CONTACT)]


def write_md() -> None:
    out = []
    for b in blocks():
        k = b[0]
        if k == "title":
            out += ["---", "title: " + f'"{TITLE}"', "---"]
        elif k == "h1":
            out.append(f"# {b[1]}")
        elif k == "q":
            out += wrap(f"**{b[1]}**")
        elif k == "label":
            out.append("*WLGA response:*")
        elif k == "rec":
            out += wrap(f"**Recommendation {b[2]}:** {b[1]}")
        else:
            out += wrap(b[1])
        out.append("")
    (OUT / f"{NAME}.md").write_text("\n".join(out), encoding="utf-8")


def write_html() -> None:
    body = []
    for b in blocks():
        k = b[0]
        if k == "title":
            body.append(f"<h1>{esc(b[1])}</h1>")
        elif k == "h1":
            body.append(f"<h2>{esc(b[1])}</h2>")
        elif k == "q":
            body.append(f'<p class="question"><strong>{esc(b[1])}</strong></p>')
        elif k == "label":
            body.append("<p><em>WLGA response:</em></p>")
        elif k == "rec":
            body.append(f'<p class="callout"><strong>Recommendation {b[2]}:</strong> '
                        f"{esc(b[1])}</p>")
        else:
            body.append(f"<p>{esc(b[1])}</p>")
    (OUT / f"{NAME}.html").write_text(page(
        TITLE, "WLGA", ["Home", "Publications", "Consultation responses"], body,
        ["About us", "Our work", "News", "Publications", "Contact"],
        "Welsh Local Government Association, One Canal Parade, Dumballs Road, Cardiff, "
        "CF10 5BF"), encoding="utf-8")


def write_docx() -> None:
    doc = new_docx(font="Arial", size=11)
    qst = para_style(doc, "Question", bold=True, keep_next=True, space_after=4)
    header_text(doc, "WLGA consultation response – local government finance")
    footer_page_numbers(doc, "Welsh Local Government Association")
    for b in blocks():
        k = b[0]
        if k == "title":
            doc.add_heading(b[1], level=0)
        elif k == "h1":
            doc.add_heading(b[1], level=1)
        elif k == "q":
            doc.add_paragraph(b[1], style=qst)
        elif k == "label":
            r = doc.add_paragraph().add_run("WLGA response:")
            r.bold = True
            r.italic = True
        elif k == "rec":
            p = doc.add_paragraph()
            p.add_run(f"Recommendation {b[2]}:").bold = True
            p.add_run(" " + b[1])
        else:
            doc.add_paragraph(b[1])
    doc.save(OUT / f"{NAME}.docx")


def write_pdf() -> None:
    st = pdf_styles(10)
    story = []
    for b in blocks():
        k = b[0]
        if k == "title":
            story.append(P(esc(b[1]), st["title"]))
        elif k == "h1":
            story.append(P(esc(b[1]), st["h1"]))
        elif k == "q":
            story.append(P(f"<b>{esc(b[1])}</b>", st["body"]))
        elif k == "label":
            story.append(P("<b><i>WLGA response:</i></b>", st["body"]))
        elif k == "rec":
            story.append(P(f"<b>Recommendation {b[2]}:</b> {esc(b[1])}", st["body"]))
        else:
            story.append(P(esc(b[1]), st["body"]))
    build_pdf(OUT / f"{NAME}.pdf", story, "WLGA consultation response – local government "
              "finance", "Welsh Local Government Association")


if __name__ == "__main__":
    write_md()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["recommendations"]))
