"""rec55b: a FIRE AND RESCUE SERVICE INSPECTION REPORT in the style of the Chief Fire and
Rescue Adviser and Inspector for Wales (real office; the service "Cambria Fire and Rescue
Service", its Authority, the findings and people invented), "Inspection of Cambria Fire and
Rescue Service: Leadership, Governance and Operational Assurance", March 2026.

Layout: cover, foreword, chapter 1 "Summary" (numbered paragraphs 1.1-1.4 and a "Summary of
recommendations" that REPEATS all 13 recommendations under their causes of concern), chapters
2-5 the inspection's themes ("2. Leadership and culture" ...) with numbered paragraphs 2.1 ..
and, in shaded boxes, "Cause of concern N: <title>" (a statement, then "Recommendations" with
"Recommendation N" numbered through the report), "Area for improvement N" (AFI 1-4) boxes and
"Notable practice" boxes; chapter 6 "Next steps" (the Authority's action plan, a revisit: not
recommendations); Annex A how the inspection was done.

Decided BEFORE anything was run: AREAS FOR IMPROVEMENT ARE NOT ITEMS. The report itself says
that they are not recommendations (matters the Service should address, which the Inspector
will follow up, with no formal response), as HMICFRS uses the term; notable practice boxes
are not items either.

The reading (typed here before any loader ran): recommendations 1-13, each counted once (the
front summary repeats them word for word); rec_id the printed number; text the sentence as
printed, with its "By 30 June 2026," opening; areas the five causes of concern, named by their
title without "Cause of concern N:" (the statement under the title is not part of the name),
theme the chapter's name without its number; owners who is asked: "the Fire and Rescue
Authority" kept AS PRINTED ("Fire and Rescue Authority": the owner list, WLGA / WG / LG /
Working Group, has no code for a fire and rescue authority, which is not a council), "the
Welsh Government" WG, "the three fire and rescue authorities" kept as printed ("Fire and
rescue authorities"). Activities: none (`null`, not scored).
Forms: .pdf A4 as published (cover, running header, "Page N of M", numbered paragraphs,
shaded boxes); .docx the Word original (Heading 1 chapters, each chapter's paragraphs a
numbering.xml list "2.%1", boxes one-cell shaded tables); .html the GOV.WALES publication page
(chrome, contents, `<div class="govwales-callout">` boxes, paragraph numbers in spans); .md
pandoc's export of the Word file (`##` chapters, lists renumbered "1.  ", boxes grid tables).
"""
from __future__ import annotations

from common55 import (OUT, P, add_par, build_pdf, colors, esc, footer_page_numbers, grid_table,
                      header_text, mm, new_docx, new_list, page, pdf_styles, set_num, shade)
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak, Spacer, Table, TableStyle

NAME = "rec55b-fire-rescue-inspection-report"
TITLE = ("Inspection of Cambria Fire and Rescue Service: Leadership, Governance and "
         "Operational Assurance")
FRA = ["Fire and Rescue Authority"]
# chapter -> causes: (n, area title, statement, [(rec n, text, owners)])
CAUSES = {
    "Leadership and culture": [
        (1, "Workplace culture", "The Service has not done enough to make sure that staff "
         "feel able to raise concerns about bullying and harassment without fear of the "
         "consequences.", [
             (1, "By 30 June 2026, the Fire and Rescue Authority should commission an "
              "independent survey of staff experience and publish its results.", FRA),
             (2, "By 30 September 2026, the Fire and Rescue Authority should make sure that "
              "every manager has completed training in handling grievances and complaints of "
              "bullying.", FRA),
             (3, "By 31 December 2026, the Fire and Rescue Authority should set up a "
              "confidential reporting line that is run independently of the Service.", FRA)])],
    "Governance and assurance": [
        (2, "Scrutiny of performance", "Members of the Authority do not receive the information "
         "they need to hold the Service to account for its performance.", [
             (4, "By 30 June 2026, the Fire and Rescue Authority should revise its performance "
              "report so that members receive measures of response times, prevention activity "
              "and staff wellbeing every quarter.", FRA),
             (5, "By 30 September 2026, the Fire and Rescue Authority should give its audit "
              "and scrutiny committee a forward work programme agreed with the Chief Fire "
              "Officer.", FRA),
             (6, "The Welsh Government should review its guidance on the membership of fire "
              "and rescue authorities so that members can be appointed for their skills as "
              "well as their council seats.", ["WG"])]),
        (3, "Management of organisational risk", "The Service's corporate risk register is "
         "out of date and several mitigating actions have no owner.", [
             (7, "By 30 September 2026, the Fire and Rescue Authority should review its "
              "corporate risk register and give each mitigating action an owner and a "
              "date.", FRA),
             (8, "By 31 March 2027, the Fire and Rescue Authority should test its business "
              "continuity plans for the loss of its fire control room.", FRA)])],
    "Operational response": [
        (4, "Breathing apparatus training and assurance", "The Service cannot show that all "
         "of its firefighters are competent in the use of breathing apparatus.", [
             (9, "By 30 June 2026, the Fire and Rescue Authority should make sure that every "
              "firefighter has completed breathing apparatus refresher training within the "
              "last two years.", FRA),
             (10, "By 31 December 2026, the Fire and Rescue Authority should introduce a "
              "system for recording and reviewing the use of breathing apparatus at "
              "incidents.", FRA),
             (11, "By 31 March 2027, the Fire and Rescue Authority should audit the competence "
              "records of its on-call firefighters.", FRA)])],
    "National issues": [
        (5, "National operational guidance", "The three services in Wales have adopted "
         "national operational guidance at different speeds and in different ways.", [
             (12, "The Welsh Government should ask the three fire and rescue authorities to "
              "adopt national operational guidance in the same way and to the same "
              "timetable.", ["WG"]),
             (13, "The Welsh Government and the three fire and rescue authorities should agree "
              "a joint approach to learning from operational incidents across Wales by March "
              "2027.", ["WG", "Fire and rescue authorities"])])],
}
CHAPTER_PARAS = {
    "Leadership and culture": [
        "The Chief Fire Officer and the senior leadership team are visible and staff told us "
        "that they value the station visits of the last year.",
        "However, a third of the staff who responded to our survey said that they would not "
        "feel confident reporting bullying, and several told us of poor behaviour on watches.",
        "Exit interviews are offered to some leavers but not all, and their findings are not "
        "reported to the Authority."],
    "Governance and assurance": [
        "The Authority has 12 members nominated by the six constituent councils.",
        "The quarterly performance report to the Authority runs to 60 pages but contains few "
        "measures of outcomes, and members told us that they find it hard to use.",
        "The corporate risk register was last reviewed in full in 2023."],
    "Operational response": [
        "The Service met its response standard for dwelling fires at 78% of incidents in "
        "2024-25.",
        "Training records for breathing apparatus are held on two systems which do not agree; "
        "we could not confirm that 41 on-call firefighters were in date.",
        "Debriefs after larger incidents are good, but are not always completed for smaller "
        "ones."],
    "National issues": [
        "Several of the matters in this report are not for Cambria alone.",
        "National operational guidance is developed for the UK by the National Fire Chiefs "
        "Council; each service in Wales decides how and when to adopt it."],
}
AFI = {"Leadership and culture": [(1, "The Service should make sure that exit interviews are "
                                   "offered to all leavers and that their findings are "
                                   "reported to the Authority.")],
       "Governance and assurance": [(2, "The Authority should publish the minutes of its "
                                     "committees within ten working days of each meeting."),
                                    (3, "The Service should review how it records the outcome "
                                     "of home fire safety visits.")],
       "Operational response": [(4, "The Service should make sure that a debrief is completed "
                                 "for every incident attended by four or more appliances.")],
       "National issues": []}
NOTABLE = {"Leadership and culture": "The Service's reverse mentoring scheme pairs senior "
           "managers with firefighters in their first two years of service.",
           "Operational response": "Crews use drone footage at large incidents and share it "
           "with the neighbouring services' control rooms."}
SUMMARY_PARAS = [
    "This inspection was carried out between September and November 2025 under section 28 of "
    "the Fire and Rescue Services Act 2004.",
    "We found a service whose crews respond well to emergencies, but whose leadership has not "
    "yet addressed concerns about its culture, and whose Authority does not receive the "
    "information it needs to hold the Service to account.",
    "We have identified five causes of concern and make 13 recommendations. We have also "
    "identified four areas for improvement. Areas for improvement are not recommendations: "
    "they are matters the Service should address, which we will follow up at our next "
    "inspection, and no formal response is required.",
    "The recommendations are repeated in full below."]
NEXT = ["The Fire and Rescue Authority should publish an action plan responding to this "
        "report within three months of its publication.",
        "We will revisit the Service in 2027 to assess progress against the recommendations "
        "and areas for improvement."]
FOREWORD = ("This is my report of the inspection of Cambria Fire and Rescue Service. I am "
            "grateful to the Service's staff and to the members of the Authority for their "
            "openness during the inspection. — Chief Fire and Rescue Adviser and Inspector for "
            "Wales, March 2026")


def chapters():
    return list(CAUSES)


def reading() -> dict:
    areas, recs = [], []
    for ch, causes in CAUSES.items():
        for _n, title, _s, rs in causes:
            areas.append({"area": title, "theme": ch})
            recs += [{"rec_id": str(n), "area": title, "text": t, "owners": o}
                     for n, t, o in rs]
    return {"kind": "recommendations", "title": TITLE, "areas": areas,
            "recommendations": recs, "activities": None}


def doc_blocks():
    """The report as blocks: ("h1", text) ("h2", text) ("p", number, text) ("box", kind,
    title, [(style, text)]) ("rec", n, text) (the summary's repeats)."""
    b: list = [("h1", "Foreword"), ("p", "", FOREWORD), ("h1", "1. Summary")]
    b += [("p", f"1.{i}", t) for i, t in enumerate(SUMMARY_PARAS, 1)]
    b.append(("h2", "Summary of recommendations"))
    for ch, causes in CAUSES.items():
        for n, title, _s, rs in causes:
            b.append(("h3", f"Cause of concern {n}: {title}"))
            b += [("rec", rn, t) for rn, t, _o in rs]
    for ci, ch in enumerate(chapters(), 2):
        b.append(("h1", f"{ci}. {ch}"))
        paras = CHAPTER_PARAS[ch]
        b += [("p", f"{ci}.{i}", t) for i, t in enumerate(paras, 1)]
        for n, title, stmt, rs in CAUSES[ch]:
            lines = [("p", stmt), ("b", "Recommendations")]
            lines += [x for rn, t, _o in rs for x in (("b", f"Recommendation {rn}"), ("p", t))]
            b.append(("box", "concern", f"Cause of concern {n}: {title}", lines))
        for an, t in AFI[ch]:
            b.append(("box", "afi", f"Area for improvement {an}", [("p", t)]))
        if ch in NOTABLE:
            b.append(("box", "notable", "Notable practice", [("p", NOTABLE[ch])]))
    k = len(chapters()) + 2
    b.append(("h1", f"{k}. Next steps"))
    b += [("p", f"{k}.{i}", t) for i, t in enumerate(NEXT, 1)]
    b += [("h1", "Annex A: How we carried out the inspection"),
          ("p", "", "We reviewed 140 documents, surveyed all staff (312 responses), held 46 "
           "interviews and focus groups and visited 14 of the Service's 31 stations.")]
    return b


FILL = {"concern": "FCE4D6", "afi": "DDEBF7", "notable": "E2EFDA"}


def write_pdf() -> None:
    st = pdf_styles(10)
    num = ParagraphStyle("num", parent=st["body"], leftIndent=12 * mm, firstLineIndent=-12 * mm)
    s: list = [Spacer(1, 40 * mm),
               P("Chief Fire and Rescue Adviser and Inspector for Wales", st["h1"]),
               P("Prif Gynghorydd ac Arolygydd Tân ac Achub Cymru", st["h2"]),
               Spacer(1, 20 * mm), P(esc(TITLE), st["title"]), P("March 2026", st["h1"]),
               Spacer(1, 60 * mm),
               P("© Crown copyright 2026 · WG-55-0312 · Digital ISBN 978-1-83625-000-0",
                 st["small"]), PageBreak(),
               P("Contents", st["h1"])]
    s += [P(esc(t), st["body"]) for kind, *r in doc_blocks() if kind == "h1" for t in r]
    s.append(PageBreak())
    for kind, *r in doc_blocks():
        if kind == "h1":
            s.append(P(esc(r[0]), st["h1"]))
        elif kind in ("h2", "h3"):
            s.append(P(esc(r[0]), st["h2"]))
        elif kind == "p":
            s.append(P(f"{r[0]}&nbsp;&nbsp;&nbsp;&nbsp;{esc(r[1])}" if r[0] else esc(r[1]),
                       num if r[0] else st["body"]))
        elif kind == "rec":
            s.append(P(f"<b>Recommendation {r[0]}</b> – {esc(r[1])}", st["body"]))
        elif kind == "box":
            k, title, lines = r
            cell = [P(f"<b>{esc(title)}</b>", st["h2"])]
            cell += [P(f"<b>{esc(t)}</b>" if sty == "b" else esc(t), st["body"])
                     for sty, t in lines]
            t = Table([[cell]], colWidths=[170 * mm])
            t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1),
                                    colors.HexColor("#" + FILL[k])),
                                   ("BOX", (0, 0), (-1, -1), 0.5, colors.grey),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 6)]))
            s += [Spacer(1, 4), t, Spacer(1, 6)]
    build_pdf(OUT / f"{NAME}.pdf", s, "Inspection of Cambria Fire and Rescue Service – "
              "March 2026", "Chief Fire and Rescue Adviser and Inspector for Wales")


def write_docx() -> None:
    doc = new_docx(font="Arial", size=11)
    header_text(doc, "Inspection of Cambria Fire and Rescue Service – March 2026")
    footer_page_numbers(doc, "Chief Fire and Rescue Adviser and Inspector for Wales")
    add_par(doc, "Chief Fire and Rescue Adviser and Inspector for Wales", bold=True, size=14)
    add_par(doc, "Prif Gynghorydd ac Arolygydd Tân ac Achub Cymru", size=12)
    doc.add_paragraph(TITLE, style="Title")
    add_par(doc, "March 2026", size=14)
    lists: dict[str, int] = {}
    for kind, *r in doc_blocks():
        if kind == "h1":
            doc.add_paragraph(r[0], style="Heading 1")
        elif kind == "h2":
            doc.add_paragraph(r[0], style="Heading 2")
        elif kind == "h3":
            doc.add_paragraph(r[0], style="Heading 3")
        elif kind == "p":
            p = doc.add_paragraph(r[1])
            if r[0]:
                ch = r[0].split(".")[0]
                if ch not in lists:
                    lists[ch] = new_list(doc, "decimal", ch + ".%1")
                set_num(p, lists[ch])
        elif kind == "rec":
            p = add_par(doc, f"Recommendation {r[0]}", bold=True)
            p.add_run(" – " + r[1])
        elif kind == "box":
            k, title, lines = r
            t = doc.add_table(rows=1, cols=1)
            t.style = "Table Grid"
            c = t.rows[0].cells[0]
            shade(c, FILL[k])
            c.paragraphs[0].add_run(title).bold = True
            for sty, tx in lines:
                add_par(c, tx, bold=(sty == "b"))
            doc.add_paragraph()
    doc.save(OUT / f"{NAME}.docx")


def write_md() -> None:
    out = ["---", f"title: \"{TITLE}\"", "---", "", "**Chief Fire and Rescue Adviser and Inspector for Wales**", "",
           "Prif Gynghorydd ac Arolygydd Tân ac Achub Cymru", "", "March 2026", ""]
    for kind, *r in doc_blocks():
        if kind == "h1":
            out += [f"## {r[0]}", ""]
        elif kind == "h2":
            out += [f"### {r[0]}", ""]
        elif kind == "h3":
            out += [f"#### {r[0]}", ""]
        elif kind == "p":
            if r[0]:
                n = int(r[0].split(".")[1])
                out += [f"{n}.  {r[1]}", ""]
            else:
                out += [r[1], ""]
        elif kind == "rec":
            out += [f"**Recommendation {r[0]}** – {r[1]}", ""]
        elif kind == "box":
            _k, title, lines = r
            text = "\n\n".join([f"**{title}**"] + [f"**{t}**" if s == "b" else t
                                                    for s, t in lines])
            out += [grid_table(text), ""]
    (OUT / f"{NAME}.md").write_text("\n".join(out).rstrip() + "\n", encoding="utf-8")


def write_html() -> None:
    body = [f'<h1 class="govwales-title">{esc(TITLE)}</h1>',
            '<p class="meta">Report | First published: 19 March 2026 | Last updated: 19 March '
            '2026</p>', '<nav class="contents" aria-label="Contents"><h2>Contents</h2><ol>']
    body += [f'<li><a href="#s{i}">{esc(r[0])}</a></li>'
             for i, (kind, *r) in enumerate(doc_blocks()) if kind == "h1"]
    body.append("</ol></nav>")
    for i, (kind, *r) in enumerate(doc_blocks()):
        if kind == "h1":
            body.append(f'<h2 id="s{i}">{esc(r[0])}</h2>')
        elif kind == "h2":
            body.append(f"<h3>{esc(r[0])}</h3>")
        elif kind == "h3":
            body.append(f"<h4>{esc(r[0])}</h4>")
        elif kind == "p":
            n = f'<span class="paragraph-number">{r[0]}</span> ' if r[0] else ""
            body.append(f"<p>{n}{esc(r[1])}</p>")
        elif kind == "rec":
            body.append(f"<p><strong>Recommendation {r[0]}</strong> – {esc(r[1])}</p>")
        elif kind == "box":
            k, title, lines = r
            inner = "".join(f"<p><strong>{esc(t)}</strong></p>" if s == "b" else f"<p>{esc(t)}</p>"
                            for s, t in lines)
            body.append(f'<div class="govwales-callout callout--{k}"><h4>{esc(title)}</h4>'
                        f"{inner}</div>")
    body.append('<p class="download"><a href="#">Inspection of Cambria Fire and Rescue Service '
                "(PDF, 1 MB)</a></p>")
    (OUT / f"{NAME}.html").write_text(page(
        TITLE, "GOV.WALES", ["Home", "Fire and rescue services", "Inspection reports"], body,
        ["Business, economy and innovation", "Children and families", "Communities and "
         "regeneration", "Fire and rescue services", "Health and social care"],
        "Welsh Government, Cathays Park, Cardiff CF10 3NQ"), encoding="utf-8")


if __name__ == "__main__":
    write_pdf()
    write_docx()
    write_md()
    write_html()
    print(NAME, len(reading()["recommendations"]))
