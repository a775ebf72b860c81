"""rec50a: a PUBLIC SERVICES OMBUDSMAN FOR WALES INVESTIGATION REPORT into a council
(recommendations kind): "The investigation of a complaint by Mrs X against Cwm Aeron County
Borough Council", Case 202407123, 18 March 2026 (real Ombudsman, Act and disabled facilities
grant duty; the council is the corpus's invented Cwm Aeron, the case and people invented).

Layout: a cover (title, case number, date), then paragraphs numbered 1-90 through the whole
report under "Summary", "The complaint", "Investigation", "Relevant legislation and guidance",
"The background events" (a dated chronology), "Mrs X's evidence", "The Council's evidence",
"Professional advice", "Analysis and conclusions" and "Recommendations". Paragraph 85: "I
recommend that within one month of the date of this report the Council:" over lettered a)-e)
(three carry £ redress: "pays Mrs X £500 in recognition of the time and trouble ...", "pays Mr
and Mrs X £1,750 ...", "reimburses Mrs X the £1,240 ..."; one carries its own "within three
months"); paragraph 86: "I also recommend that within six months of the date of this report the
Council:" over f)-j), the letters continuing; paragraph 87: "I am pleased to note that ... the
Council has agreed to implement these recommendations." (not an item); 88-90 the Council's
duties under sections 23-25 of the 2019 Act to publicise and consider the report (not items);
the Ombudsman's signature.
Forms: .pdf the Ombudsman's published PDF (cover page, paragraph numbers hanging in the margin,
"Case: 202407123  Page N" footer); .docx the Ombudsman's Word template (the paragraph numbers a
numbering.xml list running through the headings, the letters a lowerLetter "%1)" list whose
second group continues at f)); .html the Ombudsman's website version (`<ol start>` per
section, `<ol type="a">` and `<ol type="a" start="6">`); .txt Word's plain text ("85.<TAB>",
"a)<TAB>").

The reading: no areas (the recommendations sit under one "Recommendations" heading and the
report has no policy areas; the heads of complaint are not recommendation areas); the ten
lettered recommendations a)-j), rec_id the printed letter, text the item as printed after its
letter (the £ figures and "within three months" in it), owners LG (the Council); paragraph
87's agreement and paragraphs 88-90's statutory duties are not recommendations; no activities
(the chronology is what happened, not work the report lists as under way).
"""
from __future__ import annotations

import common50 as C
from reportlab.platypus import PageBreak, Spacer, Table, TableStyle

NAME = "rec50a-ombudsman-investigation-report"
TITLE = "The investigation of a complaint by Mrs X against Cwm Aeron County Borough Council"
CASE = "202407123"
DATE = "18 March 2026"

CHRONO = [
    ("9 January 2023", "An occupational therapist from the Council's adult social care team "
     "assessed Mr X at home and recommended a level-access shower and a through-floor lift."),
    ("16 January 2023", "The occupational therapist referred Mr X to the Council's grants team "
     "for a disabled facilities grant."),
    ("2 March 2023", "Mrs X telephoned the grants team to ask when a surveyor would visit. The "
     "note of the call records that she was told the case was \"in the queue\"."),
    ("19 April 2023", "A surveyor visited the property and took measurements."),
    ("5 June 2023", "Mrs X e-mailed the grants team. She said that Mr X had fallen twice and "
     "asked for the work to be treated as urgent."),
    ("7 June 2023", "The grants team replied that the case had been given a high priority."),
    ("28 July 2023", "The Council sent Mr X the test of resources form."),
    ("14 August 2023", "Mrs X returned the completed form with the evidence requested."),
    ("30 October 2023", "The surveyor prepared a schedule of works. There is no record that "
     "it was sent to Mr and Mrs X."),
    ("4 December 2023", "Mrs X telephoned the Council. The record of the call says that "
     "\"customer upset, no update given, will call back\". There is no record of a call back."),
    ("11 January 2024", "The schedule of works was sent to three contractors for quotations."),
    ("23 February 2024", "Two quotations were received. The third contractor declined to "
     "quote."),
    ("8 March 2024", "Mrs X hired a stairlift privately because Mr X could no longer manage "
     "the stairs."),
    ("26 March 2024", "Mr X's formal application for a disabled facilities grant was "
     "registered by the Council."),
    ("17 May 2024", "The occupational therapist left the Council. The case was not "
     "reallocated."),
    ("3 July 2024", "Mrs X made a formal complaint to the Council."),
    ("12 July 2024", "The Council acknowledged the complaint and said it would respond within "
     "20 working days."),
    ("21 August 2024", "Mrs X chased a response to her complaint."),
    ("30 September 2024", "The Council approved the grant, six months and four days after the "
     "application was registered."),
    ("18 October 2024", "The Council responded to the complaint at stage 2. It apologised for "
     "the delay in responding but did not accept that the adaptations had been delayed."),
    ("6 November 2024", "Mrs X complained to me."),
    ("13 January 2025", "The contractor started work at the property."),
    ("21 March 2025", "The contractor stopped work because the lift shaft needed structural "
     "changes not in the schedule of works."),
    ("2 June 2025", "A variation to the grant was approved and work resumed."),
    ("25 July 2025", "The work was completed and signed off."),
    ("4 August 2025", "Mrs X told my investigator that the stairlift had been returned to the "
     "hire company."),
    ("19 September 2025", "My investigator asked the Council for its file on the grant and for "
     "its complaint records."),
    ("24 October 2025", "The Council provided its response to my investigator's enquiries."),
    ("9 December 2025", "My investigator interviewed the Council's grants manager."),
]

SECTIONS = [
    ("Summary", [
        "Mrs X complained that the Council delayed the adaptations that her husband, Mr X, "
        "needed to live safely in their home, and that it did not keep them informed or deal "
        "properly with her complaint.",
        "The adaptations were completed two and a half years after Mr X was first assessed. I "
        "found that the Council did not manage Mr X's application in line with its own "
        "Housing Renewal Policy, that it did not keep Mr and Mrs X informed, and that it took "
        "more than three months to answer Mrs X's complaint.",
        "These failings amounted to maladministration and caused Mr and Mrs X a significant "
        "injustice: Mr X lived without safe access to a bathroom for much of that time, and "
        "Mrs X paid for the hire of a stairlift herself.",
        "I upheld the complaint. The Council has agreed to carry out my recommendations, which "
        "are set out at paragraphs 85 and 86."]),
    ("The complaint", [
        "Mrs X complained that the Council failed to deliver a disabled facilities grant for "
        "adaptations to her home without undue delay, between January 2023 and July 2025.",
        "She also complained that the Council failed to keep her informed about progress, and "
        "failed to handle her complaint in line with its Concerns and Complaints Policy."]),
    ("Investigation", [
        "My investigator obtained comments and copies of relevant documents from the Council "
        "and considered those in conjunction with the evidence provided by Mrs X.",
        "I obtained professional advice from an independent adviser, an occupational therapist "
        "with experience of housing adaptations.",
        "I have not included every detail investigated in this report, but I am satisfied that "
        "nothing of significance has been overlooked. Both Mrs X and the Council were given "
        "the opportunity to see and comment on a draft of this report before the final "
        "version was issued."]),
    ("Relevant legislation and guidance", [
        "Under the Housing Grants, Construction and Regeneration Act 1996, a council must "
        "approve or refuse an application for a disabled facilities grant as soon as "
        "reasonably practicable and no later than six months after the date of the "
        "application.",
        "The 1996 Act also requires a council to be satisfied that the works are necessary and "
        "appropriate to meet the needs of the disabled occupant, and reasonable and "
        "practicable having regard to the age and condition of the dwelling.",
        "The Welsh Government's Housing Adaptations Service Standards set out expectations for "
        "the time taken at each stage of an adaptation, and for keeping applicants informed.",
        "The Council's Housing Renewal Policy says that a high priority case should be "
        "surveyed within 20 working days of referral and that the applicant should be given "
        "a named officer.",
        "The policy also says that the Council will write to the applicant at each stage, "
        "including when the schedule of works is agreed and when quotations are received.",
        "The Council's Concerns and Complaints Policy follows the model policy issued by the "
        "Ombudsman. A stage 2 complaint should be answered within 20 working days, or the "
        "complainant told why this is not possible and given a new date.",
        "The Ombudsman's Principles of Good Administration include getting it right, being "
        "customer focused, and putting things right when they go wrong.",
        "The Ombudsman's guidance on redress says that a payment may be recommended to "
        "recognise distress, time and trouble, or financial loss caused by maladministration."]),
    ("The background events", [f"On {d}: {e}" for d, e in CHRONO]),
    ("Mrs X's evidence", [
        "Mrs X said that after the first assessment she was told the work would take \"about "
        "a year\". She said that nobody explained the stages of the process to her.",
        "Mrs X said that she rang the Council \"more times than I can count\" and that she "
        "was rarely called back.",
        "She said that Mr X had to wash at the kitchen sink for more than two years and that "
        "this was humiliating for him.",
        "Mrs X said that she hired a stairlift because she was frightened that Mr X would "
        "fall again. She paid £1,240 in hire charges until the through-floor lift was "
        "installed.",
        "Mrs X said that she wanted the Council to accept that it had let them down, and to "
        "make sure that other families did not have the same experience."]),
    ("The Council's evidence", [
        "The Council said that the grants team had faced a large increase in referrals after "
        "the pandemic and that two surveyor posts had been vacant for most of 2023.",
        "It said that the six-month statutory period runs from the date the formal application "
        "is registered, which in Mr X's case was 26 March 2024, and that the approval on 30 "
        "September 2024 was only a few days outside it.",
        "The Council accepted that the case should have been reallocated when the occupational "
        "therapist left, and that it did not write to Mr and Mrs X at each stage.",
        "The Council accepted that its response to Mrs X's complaint was late, and said that "
        "this was because the complaints officer was waiting for comments from the grants "
        "team.",
        "The Council said that it has since recruited two surveyors and that it now reviews "
        "open cases monthly.",
        "The Council said that it had not been aware of the stairlift hire costs until it "
        "received my investigator's enquiries."]),
    ("Professional advice", [
        "The Adviser said that Mr X's needs were clearly identified at the first assessment "
        "and that the recommended adaptations were appropriate.",
        "The Adviser said that, given Mr X's falls, the case should have been treated as "
        "urgent from June 2023 at the latest.",
        "The Adviser said that 14 months between referral and the formal application was "
        "well outside what would be expected, and that the Council's practice of registering "
        "the application only when quotations were received meant that the statutory period "
        "gave applicants little protection.",
        "The Adviser said that the structural problem with the lift shaft should have been "
        "identified at survey, and that this added a further two months to the work.",
        "The Adviser said that a named officer and regular updates are standard good practice "
        "and would have reduced Mrs X's distress."]),
    ("Analysis and conclusions", [
        "In reaching my conclusions I have been assisted by the professional advice I "
        "received. However, the conclusions are my own.",
        "I have considered the delay in two parts: from the referral in January 2023 to the "
        "registration of the application in March 2024, and from registration to completion "
        "in July 2025.",
        "The Council's Housing Renewal Policy required a high priority case to be surveyed "
        "within 20 working days. Mr X's case was surveyed more than three months after "
        "referral.",
        "After the survey, more than six months passed before a schedule of works was "
        "prepared, and a further two months before quotations were sought. I have seen no "
        "explanation for this beyond the general pressure on the team.",
        "I accept that the Council faced pressures on its staff. However, those pressures do "
        "not explain why Mr X's case was not prioritised after Mrs X reported his falls.",
        "I do not accept the Council's argument that the statutory period began only when the "
        "application was registered. The Council controlled when it registered the "
        "application, and its practice meant that the six-month limit did not protect Mr X.",
        "The failure to reallocate the case when the occupational therapist left in May 2024 "
        "was a further failing.",
        "The structural problem with the lift shaft should have been identified at survey, "
        "and its late discovery added to the delay.",
        "Taken together, I find that the Council failed to deliver the adaptations without "
        "undue delay. This was maladministration.",
        "The injustice to Mr X was significant. For more than two years he did not have safe "
        "access to a bathroom and could not use the upper floor of his home without help.",
        "The injustice to Mrs X was also significant. She cared for Mr X throughout, and paid "
        "£1,240 to hire a stairlift that she would not have needed had the work been done in "
        "good time. I uphold this part of the complaint.",
        "The Council did not give Mr and Mrs X a named officer and did not write to them at "
        "each stage, as its policy requires. Calls were not returned. I uphold this part of "
        "the complaint.",
        "The Council took more than three months to respond to Mrs X's complaint and did not "
        "tell her why. Its response did not address the delay to the adaptations themselves. "
        "I uphold this part of the complaint.",
        "Mrs X has had to put considerable time and effort into pursuing her complaint, first "
        "with the Council and then with my office.",
        "I welcome the Council's acceptance of some of the failings and the steps it has "
        "described. However, I am not satisfied that they are enough to prevent a recurrence, "
        "as there is no evidence that other applicants are not waiting in the same way.",
        "I have therefore made the recommendations below, including redress for the "
        "injustice caused to Mr and Mrs X.",
        "In making my recommendations I have had regard to my guidance on redress and to the "
        "length of time over which the injustice was suffered.",
        "I am also mindful that Mr X's wellbeing was directly affected by the Council's "
        "failings, and that an apology alone would not put matters right.",
        "I have also considered whether the Council had regard to Mr X's rights under the "
        "Human Rights Act 1998 and the United Nations Principles for Older Persons. I have "
        "not found it necessary to reach a finding on this.",
        "The Council's evidence suggests that the delays in Mr X's case are unlikely to be "
        "unique, and I have therefore made recommendations that go beyond this complaint.",
        "I would remind the Council that a complaint is an opportunity to learn, and that it "
        "should look at the substance of a complaint and not only at how it was handled.",
        "Finally, I thank Mrs X for her patience while my investigation was carried out."]),
]
RECS_1 = [  # paragraph 85: within one month
    "apologises to Mr and Mrs X in writing for the failings identified in this report;",
    "pays Mrs X £500 in recognition of the time and trouble she was put to in pursuing her "
    "complaint;",
    "pays Mr and Mrs X £1,750 in recognition of the distress and uncertainty caused by the "
    "delay in adapting their home;",
    "reimburses Mrs X the £1,240 she paid to hire a stairlift, on receipt of evidence of "
    "payment;",
    "within three months, reviews all open disabled facilities grant cases to identify any "
    "that have exceeded the timescales in its Housing Renewal Policy, and writes to each "
    "applicant with a named officer and a date for the work.",
]
RECS_2 = [  # paragraph 86: within six months
    "revises its Housing Renewal Policy to set out the time allowed for each stage of a "
    "disabled facilities grant, and publishes it on its website;",
    "registers an application for a disabled facilities grant when the occupational "
    "therapist's referral is received, not when quotations are obtained;",
    "provides training for occupational therapists and grants officers on the revised policy "
    "and on keeping applicants informed;",
    "reminds complaints staff of the timescales in its Concerns and Complaints Policy, and "
    "provides me with evidence that it has done so;",
    "reports to its Governance and Audit Committee on its progress against these "
    "recommendations.",
]
REC_LEAD_1 = ("I recommend that within one month of the date of this report the Council:")
REC_LEAD_2 = ("I also recommend that within six months of the date of this report the "
              "Council:")
AGREED = ("I am pleased to note that in commenting on the draft of this report the Council "
          "has agreed to implement these recommendations.")
AFTER = [
    "As this is a report under section 23 of the Public Services Ombudsman (Wales) Act 2019, "
    "the Council must give public notice of the report, in at least one newspaper circulating "
    "in its area, within two weeks of receiving it.",
    "The Council must make copies of the report available at one or more of its offices for "
    "three weeks, free of charge, and publish it on its website.",
    "The Council must also consider this report and notify me, within one month, of the "
    "action it has taken or proposes to take in response to it.",
]


def numbered_paras() -> list[tuple[str, list[tuple[int, str]]]]:
    """(heading, [(paragraph number, text)]) in order; Recommendations last."""
    n = 0
    out = []
    for head, paras in SECTIONS:
        rows = []
        for t in paras:
            n += 1
            rows.append((n, t))
        out.append((head, rows))
    assert n == 84, n
    return out


def reading() -> dict:
    recs = [{"rec_id": C.LETTERS[k], "area": None, "text": t, "owners": ["LG"]}
            for k, t in enumerate(RECS_1 + RECS_2)]
    return {"kind": "recommendations", "title": TITLE, "areas": [], "recommendations": recs,
            "activities": []}


def write_txt() -> None:
    L = ["Public Services Ombudsman for Wales", "", TITLE, "", f"Case: {CASE}", "",
         f"Date: {DATE}", "", "Contents"]
    L += [f"{h}\t{rows[0][0]}" for h, rows in numbered_paras()] + ["Recommendations\t85", ""]
    for head, rows in numbered_paras():
        L += [head, ""]
        for n, t in rows:
            L += [f"{n}.\t{t}", ""]
    L += ["Recommendations", "", f"85.\t{REC_LEAD_1}", ""]
    L += [f"{C.LETTERS[k]})\t{t}" for k, t in enumerate(RECS_1)] + [""]
    L += [f"86.\t{REC_LEAD_2}", ""]
    L += [f"{C.LETTERS[5 + k]})\t{t}" for k, t in enumerate(RECS_2)] + [""]
    L += [f"87.\t{AGREED}", ""]
    L += [f"{88 + k}.\t{t}" for k, t in enumerate(AFTER)] + [""]
    L += ["Michelle Morris", "Ombudsman/Ombwdsmon", DATE, "",
          "Public Services Ombudsman for Wales", "1 Ffordd yr Hen Gae", "Pencoed",
          "CF35 5LJ", "Tel: 0300 790 0203", "Website: www.ombudsman.wales"]
    (C.OUT / f"{NAME}.txt").write_text("\r\n".join(L) + "\r\n", encoding="utf-8")


def write_html() -> None:
    b = ['<div class="report-header"><p class="case">Case: ' + CASE + "</p>"
         f"<h1>{C.esc(TITLE)}</h1><p class=\"date\">Report date: {DATE}</p>"
         '<p class="type">Public interest report – section 23</p></div>']
    for head, rows in numbered_paras():
        b.append(f"<h2>{C.esc(head)}</h2>")
        b.append(f'<ol start="{rows[0][0]}">'
                 + "".join(f"<li><p>{C.esc(t)}</p></li>" for _n, t in rows) + "</ol>")
    b.append("<h2>Recommendations</h2>")
    b.append(f'<ol start="85"><li><p>{C.esc(REC_LEAD_1)}</p><ol type="a">'
             + "".join(f"<li>{C.esc(t)}</li>" for t in RECS_1) + "</ol></li>"
             f"<li><p>{C.esc(REC_LEAD_2)}</p><ol type=\"a\" start=\"6\">"
             + "".join(f"<li>{C.esc(t)}</li>" for t in RECS_2) + "</ol></li>"
             f"<li><p>{C.esc(AGREED)}</p></li>"
             + "".join(f"<li><p>{C.esc(t)}</p></li>" for t in AFTER) + "</ol>")
    b.append('<p class="signature">Michelle Morris<br>Ombudsman/Ombwdsmon<br>' + DATE + "</p>")
    (C.OUT / f"{NAME}.html").write_text(C.page(
        TITLE, "Public Services Ombudsman for Wales",
        ["Home", "Our findings", "Public interest reports", f"Case {CASE}"], b,
        ["Make a complaint", "Our findings", "Publications", "About us", "Contact us"],
        "Public Services Ombudsman for Wales, 1 Ffordd yr Hen Gae, Pencoed, CF35 5LJ"),
        encoding="utf-8")


def write_docx() -> None:
    doc = C.new_docx(font="Arial", size=12)
    C.footer_page_numbers(doc, f"Case: {CASE}")
    pid = C.new_list(doc, "decimal", "%1.", indent=567)
    aid = C.letter_abstract(doc, fmt="lowerLetter", text="%1)")
    lid = C.restarted_num(doc, aid)
    C.add_par(doc, "Public Services Ombudsman for Wales", bold=True, size=14)
    doc.add_heading(TITLE, level=0)
    C.add_par(doc, f"Case: {CASE}")
    C.add_par(doc, f"Date: {DATE}")
    doc.add_page_break()

    def para(text):
        p = C.add_par(doc, text, style="List Paragraph")
        C.set_num(p, pid)
        return p

    for head, rows in numbered_paras():
        doc.add_heading(head, level=1)
        for _n, t in rows:
            para(t)
    doc.add_heading("Recommendations", level=1)
    para(REC_LEAD_1)
    for t in RECS_1:
        C.set_num(C.add_par(doc, t, style="List Paragraph"), lid)
    para(REC_LEAD_2)
    for t in RECS_2:
        C.set_num(C.add_par(doc, t, style="List Paragraph"), lid)
    para(AGREED)
    for t in AFTER:
        para(t)
    C.add_par(doc, "")
    C.add_par(doc, "Michelle Morris", bold=True)
    C.add_par(doc, "Ombudsman/Ombwdsmon")
    C.add_par(doc, DATE)
    doc.save(C.OUT / f"{NAME}.docx")


def write_pdf() -> None:
    st = C.pdf_styles(10.5)

    def para(n, text, indent=0):
        t = Table([[C.P(f"{n}", st["body"]), C.P(C.esc(text), st["body"])]],
                  colWidths=[(12 + indent) * C.mm, (160 - indent) * C.mm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0)]))
        return t

    story = [Spacer(1, 40 * C.mm), C.P("<b>Public Services Ombudsman for Wales</b>", st["h1"]),
             Spacer(1, 20 * C.mm), C.P(C.esc(TITLE), st["title"]),
             Spacer(1, 10 * C.mm), C.P(f"Case: {CASE}", st["h2"]),
             C.P(f"Date of report: {DATE}", st["body"]),
             C.P("A report by the Public Services Ombudsman for Wales under section 23 of the "
                 "Public Services Ombudsman (Wales) Act 2019", st["body"]), PageBreak()]
    for head, rows in numbered_paras():
        story.append(C.P(C.esc(head), st["h1"]))
        story += [para(f"{n}.", t) for n, t in rows]
    story.append(C.P("Recommendations", st["h1"]))
    story.append(para("85.", REC_LEAD_1))
    for k, t in enumerate(RECS_1):
        story.append(para(f"{C.LETTERS[k]})", t, 12))
    story.append(para("86.", REC_LEAD_2))
    for k, t in enumerate(RECS_2):
        story.append(para(f"{C.LETTERS[5 + k]})", t, 12))
    story.append(para("87.", AGREED))
    story += [para(f"{88 + k}.", t) for k, t in enumerate(AFTER)]
    story += [Spacer(1, 8 * C.mm), C.P("<b>Michelle Morris</b><br/>Ombudsman/Ombwdsmon<br/>"
                                      + DATE, st["body"])]
    C.build_pdf(C.OUT / f"{NAME}.pdf", story, f"Case: {CASE}",
                "Public Services Ombudsman for Wales: Investigation Report")


if __name__ == "__main__":
    write_txt()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["recommendations"]))
