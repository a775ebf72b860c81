"""rec24b: a SCRUTINY COMMITTEE'S PRE-DECISION SCRUTINY LETTER to a Cabinet Member: a letter
(letterhead, addressee, "Dear Councillor ...", subject line), "The Committee's observations"
as numbered paragraphs 1 .. 7 under two topic headings, and after each topic's paragraphs
"The Committee recommends:" with LETTERED recommendations a. b. c. and then d. e. (the
lettering runs on over the two sections), a "We would be grateful for a response within 30
working days" close and signature, and an appended "CABINET RESPONSE" table `Recommendation
| Accepted / Partially accepted / Not accepted | Response` that repeats each recommendation
("a. ...") beside the Cabinet Member's answer.

The recommendations are a. .. e. (area: the topic heading; owner: the council, whose Cabinet
Member is asked). The observations are not recommendations; the Cabinet response's answers
are neither recommendations nor activities (statements of acceptance, not actions of the
committee), and its repeated recommendations are the same five, not new ones.

Glanmor County Borough Council (fictitious; layout modelled on Welsh councils' scrutiny
letters, e.g. Cardiff Council's scrutiny committees' letters to Cabinet Members after
pre-decision scrutiny, which ask for a response and publish it), 11 December 2025.
Forms: .txt the letter pasted into a plain-text e-mail to the Cabinet Member (headers, the
table as "Recommendation a: ... / Response: ..." blocks); .html the council's committee page
(cookie banner, nav, footer); .docx Word with REAL LIST NUMBERING (numbering.xml: decimal
observations, a lowerLetter list for the recommendations that CONTINUES from c. to d. in
the second section, one numId); .pdf the letter and its appendix.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)
sys.path.insert(0, str(Path(__file__).resolve().parent))

from gen_common import (GRID, OUT, P, add_par, build_pdf, cell_text, colors, esc,
                        footer_page_numbers, header_text, mm, new_docx, pdf_styles, shade)
from reportlab.platypus import PageBreak, Table, TableStyle
from shell24 import add_numbering, cms_page, numbered

NAME = "rec24b-scrutiny-letter"
COUNCIL = "Glanmor County Borough Council"
COMMITTEE = "Economy, Culture and Communities Scrutiny Committee"
SUBJECT = "Pre-decision scrutiny: Draft Library and Leisure Services Strategy 2026-2031"
DATE = "11 December 2025"
TO = ["Councillor Siân Morgan", "Cabinet Member for Culture, Leisure and Tourism",
      COUNCIL, "Civic Offices", "Glanmor"]
OPEN = ["Dear Councillor Morgan,",
        "Thank you for attending the Committee's meeting on 4 December 2025, with the "
        "Director of Communities, to present the draft Library and Leisure Services "
        "Strategy 2026-2031 before its consideration by Cabinet on 15 January 2026. "
        "Members have asked me to pass on the following observations and recommendations."]
# section: (heading, [observations], [(letter, recommendation, response status, response)])
SECTIONS = [
    ("Consultation and engagement", [
        "Members welcomed the eight-week public consultation and the 2,300 responses it "
        "received, but noted that fewer than 5% came from people under 25.",
        "Members were concerned that the consultation summary does not show how many "
        "responses came from the three communities whose libraries would move into "
        "community hubs.",
        "The Committee heard that library users with disabilities were not engaged "
        "separately."], [
        ("a", "Carry out targeted engagement with young people and with disabled library "
              "users before the strategy is finalised.", "Accepted",
         "Sessions with the youth council and the access forum are arranged for January "
         "2026."),
        ("b", "Publish the consultation responses broken down by community, including the "
              "three communities affected by the hub proposals.", "Accepted",
         "The breakdown will be published with the Cabinet report."),
        ("c", "Include in the strategy a commitment to consult each affected community "
              "before any library moves into a community hub.", "Partially accepted",
         "Each move will be subject to local engagement; a full consultation will be held "
         "where opening hours are reduced."),
    ]),
    ("Finance and delivery", [
        "Members noted that the strategy relies on savings of £640,000 over five years, "
        "of which £410,000 depends on community groups running buildings.",
        "The Committee was not assured that community groups have the capacity to take on "
        "buildings, given the experience of the 2019 asset transfers.",
        "Members welcomed the investment in the leisure centre's energy efficiency.",
        "Members asked how the strategy's success will be measured."], [
        ("d", "Set out in the Cabinet report an assessment of the risk that the community "
              "asset transfer savings are not achieved, and a fallback plan.", "Accepted",
         "A risk assessment and options will be included in the Cabinet report."),
        ("e", "Provide a support package for community groups taking on buildings, with a "
              "named officer and a start-up grant, before transfers begin.",
         "Not accepted",
         "Existing community asset transfer support is sufficient; no additional grant "
         "budget is available in 2026-27."),
    ]),
]
CLOSE = ["We would be grateful for a response to our recommendations within 30 working days "
         "of the date of this letter. The Committee would also welcome an update on the "
         "strategy's delivery in twelve months' time.",
         "Yours sincerely,", "Councillor Gareth Price",
         "Chair, " + COMMITTEE]
CC = "cc: Director of Communities; Cabinet Support Officer; Scrutiny Officer"
RESP_HEAD = ["Recommendation", "Accepted / Partially accepted / Not accepted", "Response"]
OBS = "The Committee's observations"


def reading() -> dict:
    recs = []
    for h, _obs, rs in SECTIONS:
        recs += [{"rec_id": k, "area": h, "text": t, "owners": ["LG"]} for k, t, _s, _r in rs]
    return {"kind": "recommendations", "title": SUBJECT,
            "areas": [{"area": h, "theme": None} for h, _o, _r in SECTIONS],
            "recommendations": recs, "activities": None}


def numbered_obs():
    n = 1
    for h, obs, rs in SECTIONS:
        yield h, [(n + i, o) for i, o in enumerate(obs)], rs
        n += len(obs)


def write_txt() -> None:
    o = [f"From: Scrutiny Officer <scrutiny@glanmor.gov.uk>",
         "To: Cllr Siân Morgan <sian.morgan@glanmor.gov.uk>",
         "Cc: Director of Communities; Cabinet Support Officer",
         f"Sent: Thursday, 11 December 2025 16:42",
         f"Subject: {SUBJECT} - letter from the Chair", "",
         "Dear Councillor Morgan,", "",
         "Please find below a letter from Councillor Gareth Price, Chair of the "
         f"{COMMITTEE}. The Cabinet response table at the end has been completed by your "
         "office and is included for the Committee's next meeting.", "", "Kind regards,",
         "Scrutiny Officer", "", "-" * 60, "", COUNCIL, COMMITTEE, "", DATE, ""] + TO + [""]
    o += [SUBJECT.upper(), "", OPEN[0], "", OPEN[1], "", OBS.upper(), ""]
    for h, obs, rs in numbered_obs():
        o += [h, "-" * len(h), ""]
        o += [f"{n}. {t}" for n, t in obs] + [""]
        o += ["The Committee recommends:", ""]
        o += [f"  {k}. {t}" for k, t, _s, _r in rs] + [""]
    o += [CLOSE[0], ""] + CLOSE[1:] + ["", CC, "", "-" * 60, "",
                                       "APPENDIX: CABINET RESPONSE", ""]
    for _h, _o, rs in SECTIONS:
        for k, t, s, r in rs:
            o += [f"Recommendation {k}: {t}", f"{s}", f"Response: {r}", ""]
    (OUT / f"{NAME}.txt").write_text("\n".join(o) + "\n", encoding="utf-8")


def write_html() -> None:
    b = [f"<h1>{esc(SUBJECT)}</h1>", f'<p class="meta">Letter from the Chair of the '
         f"{esc(COMMITTEE)} to the Cabinet Member, {esc(DATE)}</p>",
         '<div class="letter"><p class="address">' + "<br>".join(esc(x) for x in TO) + "</p>"]
    b += [f"<p>{esc(x)}</p>" for x in OPEN] + [f"<h2>{esc(OBS)}</h2>"]
    for h, obs, rs in numbered_obs():
        b += [f"<h3>{esc(h)}</h3>", f'<ol start="{obs[0][0]}">']
        b += [f"<li>{esc(t)}</li>" for _n, t in obs] + ["</ol>",
              "<p><strong>The Committee recommends:</strong></p>",
              f'<ol type="a" start="{ord(rs[0][0]) - 96}">']
        b += [f"<li>{esc(t)}</li>" for _k, t, _s, _r in rs] + ["</ol>"]
    b += [f"<p>{esc(x)}</p>" for x in CLOSE] + [f'<p class="cc">{esc(CC)}</p></div>',
          "<h2>Appendix: Cabinet response</h2>", '<table class="response"><thead><tr>'
          + "".join(f"<th>{esc(x)}</th>" for x in RESP_HEAD) + "</tr></thead><tbody>"]
    for _h, _o, rs in SECTIONS:
        b += [f"<tr><td>{k}. {esc(t)}</td><td>{esc(s)}</td><td>{esc(r)}</td></tr>"
              for k, t, s, r in rs]
    b.append("</tbody></table>")
    page = cms_page(SUBJECT, COUNCIL, b, ["Home", "Council and democracy", "Scrutiny",
                                          COMMITTEE, "Letters"])
    (OUT / f"{NAME}.html").write_text(page, encoding="utf-8")


def write_docx() -> None:
    doc = new_docx(font="Arial", size=11)
    header_text(doc, f"{COUNCIL} – {COMMITTEE}")
    footer_page_numbers(doc, "Scrutiny letter")
    add_par(doc, DATE)
    for x in TO:
        add_par(doc, x)
    add_par(doc)
    add_par(doc, OPEN[0])
    add_par(doc, SUBJECT, bold=True)
    add_par(doc, OPEN[1])
    add_par(doc, OBS, bold=True, size=13)
    obs_id = add_numbering(doc, "decimal", "%1.")
    rec_id = add_numbering(doc, "lowerLetter", "%1.", indent=1080)
    for h, obs, rs in numbered_obs():
        add_par(doc, h, bold=True)
        for _n, t in obs:
            numbered(doc, t, obs_id)
        add_par(doc, "The Committee recommends:", bold=True)
        for _k, t, _s, _r in rs:
            numbered(doc, t, rec_id)
    for x in CLOSE:
        add_par(doc, x)
    add_par(doc, CC, size=9)
    doc.add_page_break()
    doc.add_heading("Appendix: Cabinet response", level=1)
    tb = doc.add_table(rows=1, cols=3)
    tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, RESP_HEAD):
        cell_text(c, h, bold=True)
        shade(c, "D9D9D9")
    for _h, _o, rs in SECTIONS:
        for k, t, s, r in rs:
            for c, x in zip(tb.add_row().cells, [f"{k}. {t}", s, r]):
                cell_text(c, x)
    doc.save(OUT / f"{NAME}.docx")


def write_pdf() -> None:
    st = pdf_styles(10)
    cell = st["cell"]
    story = [P(f"<b>{esc(COUNCIL)}</b><br/>{esc(COMMITTEE)}", st["h1"]), P(DATE, st["body"]),
             P("<br/>".join(esc(x) for x in TO), st["body"]), P(esc(OPEN[0]), st["body"]),
             P(f"<b>{esc(SUBJECT)}</b>", st["body"]), P(esc(OPEN[1]), st["body"]),
             P(esc(OBS), st["h1"])]
    ind = st["body"].clone("ind", leftIndent=14 * mm, firstLineIndent=-6 * mm)
    for h, obs, rs in numbered_obs():
        story.append(P(esc(h), st["h2"]))
        story += [P(f"{n}.&nbsp;&nbsp;{esc(t)}", st["body"]) for n, t in obs]
        story.append(P("<b>The Committee recommends:</b>", st["body"]))
        story += [P(f"{k}.&nbsp;&nbsp;{esc(t)}", ind) for k, t, _s, _r in rs]
    story += [P(esc(x), st["body"]) for x in CLOSE] + [P(esc(CC), st["small"]), PageBreak(),
                                                       P("Appendix: Cabinet response", st["h1"])]
    rows = [[P(f"<b>{esc(h)}</b>", cell) for h in RESP_HEAD]]
    for _h, _o, rs in SECTIONS:
        rows += [[P(f"{k}. {esc(t)}", cell), P(esc(s), cell), P(esc(r), cell)]
                 for k, t, s, r in rs]
    t = Table(rows, colWidths=[75 * mm, 30 * mm, 70 * mm], repeatRows=1)
    t.setStyle(TableStyle(list(GRID) + [("BACKGROUND", (0, 0), (-1, 0),
                                         colors.HexColor("#D9D9D9"))]))
    story.append(t)
    build_pdf(OUT / f"{NAME}.pdf", story, f"{COMMITTEE} – letter to the Cabinet Member",
              f"{COUNCIL} – {DATE}")


if __name__ == "__main__":
    write_txt()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["recommendations"]))
