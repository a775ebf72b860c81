"""rec49b: a Care Inspectorate Wales IMPROVEMENT LETTER to a council's chief executive
(recommendations kind): "Improvement check: children's services, Bro Hafren County Borough
Council", 12 March 2026 (CIW's real letter practice and office; the council, officers and
findings invented: Bro Hafren is not a real council).

Layout: a letter on CIW letterhead ("Dear ...", a bold subject line, prose); the body under
four bold side headings, the principles of the Social Services and Well-being (Wales) Act
2014; under each, findings in prose (strengths and concerns), then "We identified the
following areas for improvement:" and BOLD RUN-IN paragraphs "**Recording children's
views.** The local authority should ...", two flagged "(priority action)" in the run-in
with "must"; a closing "Next steps" paragraph (an action plan by 30 April, a follow-up in
September) and "We will follow up ...", signature, cc list.
The reading: areas the four principles (no theme); recommendations the run-in paragraphs
(12), rec_id their place 1-12 (unnumbered), text the paragraph after the bold run-in (the
run-in is a label), owners the council (LG) in every one. The "Next steps" request for an
action plan is the inspection's procedure, not an area for improvement; findings and
strengths are not activities (no activities).
Forms: .pdf letterhead print (page 1 the letterhead and bilingual foot, later pages a
running head and "Page N"), .docx the letter in Word (bold runs, first-page header),
.html CIW's HTML publication page, .md pandoc's export of the Word file."""
from __future__ import annotations

import common49 as C

NAME = "rec49b-ciw-improvement-letter"
COUNCIL = "Bro Hafren County Borough Council"
TITLE = f"Improvement check: children's services, {COUNCIL}"
DATE = "12 March 2026"
ADDRESS = ["Ms Eleri Prosser", "Chief Executive", COUNCIL, "Civic Centre", "Ffordd yr Afon",
           "Trefaldwyn Isaf", "BH1 2AA"]
OPENING = [
    "Dear Ms Prosser,",
    "This letter sets out the findings of our improvement check of children's services in "
    f"{COUNCIL}, carried out between 19 and 23 January 2026. It follows our performance evaluation "
    "inspection of April 2024, which identified concerns about the timeliness of statutory "
    "work.",
    "We reviewed 42 children's records, spoke with 31 children, young people and families, "
    "and met practitioners, managers, elected members and partner agencies. We thank everyone "
    "who took part.",
    "Overall, we found that the local authority has made progress since our last inspection, "
    "but some important weaknesses remain. We have set out our findings below under the "
    "principles of the 2014 Act.",
]
LEAD = "We identified the following areas for improvement:"
# (principle, [findings], [(run-in, priority, text)])
SECTIONS = [
    ("People – voice and control", [
        "Most children we spoke with knew their social worker and felt listened to. Advocacy "
        "is offered routinely to children looked after, and take-up has risen to 68%.",
        "However, children's own words were missing from many of the plans we read, and it "
        "was not always clear how their wishes had shaped decisions."],
     [("Recording children's views.", False,
       "The local authority should ensure that children's views are recorded in every care "
       "and support plan, and that plans show how those views were acted on."),
      ("The active offer.", False,
       "The local authority should make and record the active offer of services in Welsh at "
       "the first point of contact."),
      ("Reviews of care and support plans (priority action).", True,
       "The local authority must ensure that the care and support plan of every child looked "
       "after is reviewed within statutory timescales.")]),
    ("Prevention and early intervention", [
        "The Families First services are valued by families, and the new family hub in the "
        "north of the county has reduced referrals to the front door.",
        "The early help offer differs between the three localities, and the local authority "
        "cannot yet show what difference its family support services make."],
     [("A consistent early help offer.", False,
       "The local authority should develop a consistent early help offer across its three "
       "localities."),
      ("Evaluating family support.", False,
       "The local authority should evaluate the impact of its family support services and "
       "use the findings to shape future commissioning."),
      ("Young carers.", False,
       "The local authority should reduce waiting times for young carers' assessments, which "
       "averaged eleven weeks during the period we reviewed.")]),
    ("Well-being", [
        "Children at risk of harm are usually seen promptly, and child protection conferences "
        "are well attended by partner agencies.",
        "We found delays in holding strategy discussions in a quarter of the cases we tracked, "
        "and management oversight of these decisions was not always recorded. Too many "
        "children live in placements outside the county."],
     [("Oversight of child protection enquiries (priority action).", True,
       "The local authority must strengthen management oversight of child protection "
       "enquiries so that every strategy discussion takes place within 24 hours of a "
       "referral."),
      ("Placement sufficiency.", False,
       "The local authority should increase the number of local placements for children "
       "looked after, so that fewer children are placed outside the county."),
      ("Supervision.", False,
       "The local authority should ensure that social workers receive supervision at least "
       "monthly and that it is recorded on the child's file.")]),
    ("Partnerships and integration", [
        "Relationships with the police and the health board are positive at a strategic "
        "level, and the regional partnership board has prioritised children with complex "
        "needs.",
        "Joint working on children's emotional and mental health is less well developed, "
        "and practitioners told us information is not always shared in good time."],
     [("Emotional and mental health.", False,
       "The local authority should agree a joint protocol with the health board for "
       "children who need emotional and mental health support."),
      ("Information sharing.", False,
       "The local authority should improve the timeliness of information sharing with the "
       "police at the front door."),
      ("Regional commissioning.", False,
       "The local authority should make sure that its commissioning strategy reflects the "
       "regional partnership board's plans for children with complex needs.")]),
]
NEXT = [
    "Next steps",
    "The local authority should send us an action plan addressing the areas for improvement "
    "by 30 April 2026. We will follow up the two priority actions at a review meeting in "
    "September 2026 and will consider the remaining areas for improvement as part of our "
    "ongoing performance review of the local authority.",
    "We will publish this letter on our website. We are copying it to the Director of Social "
    "Services, the Leader of the Council and the Cabinet Member for Children's Services.",
    "Yours sincerely,",
]
SIGN = ["Gillian Baranski", "Chief Inspector", "Care Inspectorate Wales"]
CC = "cc: Director of Social Services; Leader of the Council; Audit Wales; Estyn"
SUBJECT = TITLE


def reading() -> dict:
    recs = []
    for principle, _f, aifs in SECTIONS:
        for _run, _pri, text in aifs:
            recs.append({"rec_id": str(len(recs) + 1), "area": principle, "text": text,
                         "owners": ["LG"]})
    return {"kind": "recommendations", "title": TITLE,
            "areas": [{"area": s[0], "theme": None} for s in SECTIONS],
            "recommendations": recs, "activities": []}


# ------------------------------------------------------------------ Word
def write_docx() -> None:
    doc = C.new_docx(font="Arial", size=11)
    sec = doc.sections[0]
    sec.different_first_page_header_footer = True
    fp = sec.first_page_header.paragraphs[0]
    r = fp.add_run("Arolygiaeth Gofal Cymru\nCare Inspectorate Wales")
    r.bold = True
    sec.first_page_header.add_paragraph(
        "Swyddfa Llywodraeth Cymru / Welsh Government Office, Sarn Mynach, Cyffordd Llandudno "
        "/ Llandudno Junction, LL31 9RZ · 0300 7900 126 · www.careinspectorate.wales")
    sec.first_page_footer.paragraphs[0].text = (
        "Rydym yn croesawu derbyn gohebiaeth yn Gymraeg. We welcome receiving correspondence "
        "in Welsh.")
    C.footer_page_numbers(doc, f"{COUNCIL} – improvement check letter")
    for x in ADDRESS:
        C.add_par(doc, x).paragraph_format.space_after = 0
    C.add_par(doc)
    C.add_par(doc, DATE)
    C.add_par(doc, OPENING[0])
    C.add_par(doc, SUBJECT, bold=True)
    for x in OPENING[1:]:
        C.add_par(doc, x)
    for principle, findings, aifs in SECTIONS:
        C.add_par(doc, principle, bold=True)
        for x in findings:
            C.add_par(doc, x)
        C.add_par(doc, LEAD)
        for run, _pri, text in aifs:
            p = C.add_par(doc, run, bold=True)
            p.add_run(" " + text)
    C.add_par(doc, NEXT[0], bold=True)
    for x in NEXT[1:]:
        C.add_par(doc, x)
    C.add_par(doc)
    for x in SIGN:
        C.add_par(doc, x).paragraph_format.space_after = 0
    C.add_par(doc)
    C.add_par(doc, CC, size=9)
    doc.save(C.OUT / f"{NAME}.docx")


# ------------------------------------------------------------------ pandoc Markdown
def write_md() -> None:
    out = []
    for x in ADDRESS:
        out.append(x + "\\")
    out[-1] = out[-1][:-1]
    out += ["", DATE, "", OPENING[0], "", f"**{SUBJECT}**", ""]
    for x in OPENING[1:]:
        out += C.wrap(x) + [""]
    for principle, findings, aifs in SECTIONS:
        out += [f"**{principle}**", ""]
        for x in findings:
            out += C.wrap(x) + [""]
        out += [LEAD, ""]
        for run, _pri, text in aifs:
            out += C.wrap(f"**{run}** {text}") + [""]
    out += [f"**{NEXT[0]}**", ""]
    for x in NEXT[1:]:
        out += C.wrap(x) + [""]
    out += [SIGN[0] + "\\", SIGN[1] + "\\", SIGN[2], "", CC, ""]
    (C.OUT / f"{NAME}.md").write_text("\n".join(out), encoding="utf-8")


# ------------------------------------------------------------------ web page
def write_html() -> None:
    body = ['<div class="publication-meta"><p>Published: 19 March 2026</p>'
            '<p>Local authority: Bro Hafren</p><p><a href="#">Print</a></p></div>',
            f"<h1>{C.esc(TITLE)}</h1>", '<p class="address">' + "<br>".join(
                C.esc(x) for x in ADDRESS) + "</p>", f"<p>{DATE}</p>",
            f"<p>{C.esc(OPENING[0])}</p>", f"<p><strong>{C.esc(SUBJECT)}</strong></p>"]
    body += [f"<p>{C.esc(x)}</p>" for x in OPENING[1:]]
    for principle, findings, aifs in SECTIONS:
        body.append(f"<h2>{C.esc(principle)}</h2>")
        body += [f"<p>{C.esc(x)}</p>" for x in findings]
        body.append(f"<p>{C.esc(LEAD)}</p>")
        body += [f"<p><strong>{C.esc(run)}</strong> {C.esc(text)}</p>"
                 for run, _p, text in aifs]
    body.append(f"<h2>{NEXT[0]}</h2>")
    body += [f"<p>{C.esc(x)}</p>" for x in NEXT[1:]]
    body.append("<p>" + "<br>".join(C.esc(x) for x in SIGN) + "</p>")
    body.append(f'<p class="cc">{C.esc(CC)}</p>')
    (C.OUT / f"{NAME}.html").write_text(C.page(
        TITLE, "Care Inspectorate Wales", ["Home", "Inspection reports", "Local authorities"],
        body, ["Services and providers", "Inspection reports", "Registration", "Guidance",
               "About us"],
        "Care Inspectorate Wales, Welsh Government Office, Sarn Mynach, Llandudno Junction "
        "LL31 9RZ"), encoding="utf-8")


# ------------------------------------------------------------------ letterhead PDF
def letterhead(canv, w, h):
    canv.setFillColor(C.colors.HexColor("#00573F"))
    canv.setFont("DejaVu-Bold", 13)
    canv.drawString(22 * C.mm, h - 20 * C.mm, "Arolygiaeth Gofal Cymru")
    canv.drawString(22 * C.mm, h - 26 * C.mm, "Care Inspectorate Wales")
    canv.setFillColor(C.colors.black)
    canv.setFont("DejaVu", 7)
    for i, line in enumerate(["Swyddfa Llywodraeth Cymru / Welsh Government Office",
                              "Sarn Mynach", "Cyffordd Llandudno / Llandudno Junction",
                              "LL31 9RZ", "0300 7900 126", "www.careinspectorate.wales"]):
        canv.drawRightString(w - 22 * C.mm, h - 16 * C.mm - i * 3.2 * C.mm, line)
    canv.drawString(22 * C.mm, 12 * C.mm, "Rydym yn croesawu derbyn gohebiaeth yn Gymraeg. "
                    "We welcome receiving correspondence in Welsh.")


def write_pdf() -> None:
    st = C.pdf_styles(10)
    story = [C.P("<br/>".join(C.esc(x) for x in ADDRESS), st["body"]), C.P(DATE, st["body"]),
             C.P(C.esc(OPENING[0]), st["body"]), C.P(f"<b>{C.esc(SUBJECT)}</b>", st["body"])]
    story += [C.P(C.esc(x), st["body"]) for x in OPENING[1:]]
    for principle, findings, aifs in SECTIONS:
        story.append(C.P(f"<b>{C.esc(principle)}</b>", st["body"]))
        story += [C.P(C.esc(x), st["body"]) for x in findings]
        story.append(C.P(C.esc(LEAD), st["body"]))
        story += [C.P(f"<b>{C.esc(run)}</b> {C.esc(text)}", st["body"])
                  for run, _p, text in aifs]
    story.append(C.P(f"<b>{NEXT[0]}</b>", st["body"]))
    story += [C.P(C.esc(x), st["body"]) for x in NEXT[1:]]
    story += [C.P("<br/>".join(C.esc(x) for x in SIGN), st["body"]), C.P(C.esc(CC), st["small"])]
    C.letter_pdf(C.OUT / f"{NAME}.pdf", story, letterhead, f"{COUNCIL} – improvement check")


if __name__ == "__main__":
    write_md()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["recommendations"]))
