"""rec43b: a JOINT INSPECTORATE REPORT: "Joint Inspection of Child Protection Arrangements:
Caerwyn", by Care Inspectorate Wales with Healthcare Inspectorate Wales, Estyn and His
Majesty's Inspectorate of Constabulary and Fire & Rescue Services, March 2026 (real
inspectorates and the real JICPA programme; the area, partners, findings and wording
invented: Caerwyn County Borough Council, Glanmor University Health Board).

Layout: "1. Introduction" and "Summary" (no recommendations); four numbered chapters (the
areas), each with "What is working well" and "What needs to improve" paragraphs and a SHADED
BOX headed "Areas for improvement" holding numbered items, numbered 1-12 through the report
(not restarting per box), each ending with its lead in brackets: "(Local authority)",
"(Health board)", "(Police)", "(Local authority and health board)", "(Local authority,
health board and police)", "(Regional Safeguarding Board)"; then "6. Recommendations for
Welsh Government" lettered A-D; then "Next steps" (partners to send an action plan within
six weeks; not a recommendation) and "Methodology".

The reading (typed here by hand): recommendations are the areas for improvement 1-12 and
the Welsh Government's A-D (16), rec_id the number or letter; area the chapter's name
without its number ("Recommendations for Welsh Government" for A-D); text without the
bracketed lead; owners from the bracket: local authority LG, health board "Glanmor
University Health Board", police "South Wales Police", "Regional Safeguarding Board"; A-D
WG. Themes: none. Activities: none ("What is working well" is the inspectors' finding, not
activity reported by the bodies).
Forms: .html the CIW website (CMS chrome; the box a <div class="callout callout--shaded">
with <h3> and <ol start="4">; A-D an <ol type="A">); .docx Heading 1 chapters with typed
numbers, each box a one-cell shaded table holding "Areas for improvement" and List Number
paragraphs (one numbering.xml list continuing through the boxes, the numbers not in the
text), A-D an upperLetter "%1." numbering.xml list; .pdf a print of the Word file (shaded
boxes, printed numbers, running header "Joint Inspection of Child Protection Arrangements:
Caerwyn", Page N of M); .txt the inspectorates' plain-text version (boxes drawn with
rules of "=" around them, numbers typed).
"""
from __future__ import annotations

from common43 import letter_abstract, numbered, page, restarted_num, word_box, wrap
from gen_common import (OUT, P, build_pdf, colors, esc, new_docx, pdf_styles)
from reportlab.platypus import Table, TableStyle

NAME = "rec43b-joint-inspection-areas-for-improvement"
TITLE = "Joint Inspection of Child Protection Arrangements: Caerwyn"
DATE = "March 2026"
LG, HB, POL, RSB = ("LG", "Glanmor University Health Board", "South Wales Police",
                    "Regional Safeguarding Board")
LEADS = {"Local authority": [LG], "Health board": [HB], "Police": [POL],
         "Local authority and health board": [LG, HB],
         "Health board and local authority": [HB, LG],
         "Local authority, health board and police": [LG, HB, POL],
         "Regional Safeguarding Board": [RSB]}
INTRO = [
    "Care Inspectorate Wales (CIW), Healthcare Inspectorate Wales (HIW), Estyn and His "
    "Majesty's Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) carried out "
    "a joint inspection of child protection arrangements in Caerwyn in November 2025.",
    "The inspection looked at how well Caerwyn County Borough Council, Glanmor University "
    "Health Board, South Wales Police and schools work together to keep children safe. We "
    "read 42 children's records and spoke to 96 practitioners and managers."]
SUMMARY = ["Children at immediate risk are protected quickly, and practitioners know the "
           "children they work with well. However, the quality of plans is variable and "
           "partners do not yet share a common understanding of how well the arrangements "
           "are working."]
# chapters: (area, working well, needs to improve, [(text, lead)])
CHAPTERS = [
    ("Recognising and responding to harm",
     "Referrals about children at immediate risk are screened on the day they are received.",
     "Decisions on contacts that do not meet the threshold are not always recorded.",
     [("Partners should make sure that every referral about a child at risk of significant "
       "harm receives a multi-agency strategy discussion within the timescales of the Wales "
       "Safeguarding Procedures.", "Local authority, health board and police"),
      ("The local authority should reduce the number of contacts passed back to referrers "
       "without a clear outcome being recorded.", "Local authority"),
      ("Health visitors and school nurses should have timely access to information about "
       "children already known to children's services.", "Health board")]),
    ("Assessment, planning and review",
     "Assessments are completed on time in most cases and are analytical.",
     "Child protection plans are often a list of tasks rather than outcomes for the child.",
     [("Child protection plans should set out outcomes that are specific and measurable, and "
       "reviews should test whether they have been achieved.", "Local authority"),
      ("The voice of the child should be recorded consistently in assessments, including "
       "for children who are disabled or non-verbal.", "Local authority and health board"),
      ("Core groups should meet within ten working days of the initial conference and "
       "include the child's school.", "Local authority")]),
    ("Working together",
     "Practitioners from different agencies know and trust each other.",
     "Police attendance at conferences is low and information from hospitals arrives late.",
     [("Police should attend initial child protection conferences or provide a written "
       "report in every case.", "Police"),
      ("Information sharing between the emergency department and children's services should "
       "be strengthened so that injuries to children under two are always shared.",
       "Health board and local authority"),
      ("The education service should make sure designated safeguarding persons in schools "
       "receive feedback on the referrals they make.", "Local authority")]),
    ("Leadership, learning and governance",
     "Senior leaders are visible and committed to improving child protection practice.",
     "There is no shared performance framework, and the social work workforce is unstable.",
     [("The Regional Safeguarding Board should use the findings of this inspection in its "
       "annual plan and monitor progress against it.", "Regional Safeguarding Board"),
      ("Leaders should develop a shared performance framework for child protection across "
       "the partnership.", "Local authority, health board and police"),
      ("The local authority should stabilise the children's social work workforce and "
       "reduce its reliance on agency staff.", "Local authority")]),
]
WG_AREA = "Recommendations for Welsh Government"
WG_LEAD = "We make the following recommendations to the Welsh Government, which apply " \
          "across Wales:"
WG_RECS = [
    "The Welsh Government should update the Wales Safeguarding Procedures to set a national "
    "standard for the timeliness of strategy discussions.",
    "The Welsh Government should fund a national training programme on the assessment of "
    "neglect for health and social care staff.",
    "The Welsh Government should set out how it will support councils to reduce their "
    "reliance on agency social workers in children's services.",
    "The Welsh Government should require regional safeguarding boards to publish each year "
    "the timeliness of initial child protection conferences in their region.",
]
NEXT = ["Caerwyn County Borough Council will coordinate a multi-agency action plan in "
        "response to the areas for improvement and send it to CIW within six weeks of "
        "publication. Inspectorates will monitor progress through their usual engagement."]
METHOD = ["Inspectors read case files, observed meetings and held focus groups in November "
          "2025. The inspection was carried out under section 149B of the Social Services and "
          "Well-being (Wales) Act 2014 and the inspectorates' own powers."]


def reading() -> dict:
    recs, n = [], 0
    for area, _w, _i, items in CHAPTERS:
        for text, lead in items:
            n += 1
            recs.append({"rec_id": str(n), "area": area, "text": text, "owners": LEADS[lead]})
    for k, text in enumerate(WG_RECS):
        recs.append({"rec_id": "ABCD"[k], "area": WG_AREA, "text": text, "owners": ["WG"]})
    return {"kind": "recommendations", "title": TITLE,
            "areas": [{"area": a, "theme": None} for a, *_r in CHAPTERS]
            + [{"area": WG_AREA, "theme": None}],
            "recommendations": recs, "activities": None}


def write_docx() -> None:
    doc = new_docx(font="Arial", size=11)
    doc.sections[0].header.paragraphs[0].text = TITLE
    doc.sections[0].footer.paragraphs[0].text = DATE
    doc.add_heading(TITLE, level=0)
    doc.add_paragraph(DATE)
    doc.add_heading("1. Introduction", level=1)
    for t in INTRO:
        doc.add_paragraph(t)
    doc.add_heading("Summary", level=1)
    for t in SUMMARY:
        doc.add_paragraph(t)
    for k, (area, well, improve, items) in enumerate(CHAPTERS, 2):
        doc.add_heading(f"{k}. {area}", level=1)
        doc.add_heading("What is working well", level=2)
        doc.add_paragraph(well)
        doc.add_heading("What needs to improve", level=2)
        doc.add_paragraph(improve)
        cell = word_box(doc)
        p = cell.paragraphs[0]
        p.add_run("Areas for improvement").bold = True
        for text, lead in items:
            cell.add_paragraph(f"{text} ({lead})", style="List Number")
        doc.add_paragraph()
    doc.add_heading(f"6. {WG_AREA}", level=1)
    doc.add_paragraph(WG_LEAD)
    nid = restarted_num(doc, letter_abstract(doc, "upperLetter", "%1."))
    for t in WG_RECS:
        numbered(doc.add_paragraph(t, style="List Paragraph"), nid)
    doc.add_heading("Next steps", level=1)
    for t in NEXT:
        doc.add_paragraph(t)
    doc.add_heading("Methodology", level=1)
    for t in METHOD:
        doc.add_paragraph(t)
    doc.save(OUT / f"{NAME}.docx")


def write_pdf() -> None:
    st = pdf_styles(10)
    story = [P(esc(TITLE), st["title"]), P(DATE, st["body"]), P("1. Introduction", st["h1"])]
    story += [P(esc(t), st["body"]) for t in INTRO] + [P("Summary", st["h1"])]
    story += [P(esc(t), st["body"]) for t in SUMMARY]
    num = st["body"].clone("num", leftIndent=18, firstLineIndent=-18)
    n = 0
    for k, (area, well, improve, items) in enumerate(CHAPTERS, 2):
        story += [P(f"{k}. {esc(area)}", st["h1"]), P("What is working well", st["h2"]),
                  P(esc(well), st["body"]), P("What needs to improve", st["h2"]),
                  P(esc(improve), st["body"])]
        rows = [[P("<b>Areas for improvement</b>", st["body"])]]
        for text, lead in items:
            n += 1
            rows.append([P(f"{n}.&nbsp;&nbsp;&nbsp;{esc(text)} ({esc(lead)})", num)])
        box = Table(rows, colWidths=[170 * 2.835])
        box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#E2EFDA")),
                                 ("BOX", (0, 0), (-1, -1), 0.5, colors.black)]))
        story += [box, P("", st["body"])]
    story += [P(f"6. {WG_AREA}", st["h1"]), P(esc(WG_LEAD), st["body"])]
    story += [P(f"{'ABCD'[j]}.&nbsp;&nbsp;&nbsp;{esc(t)}", num) for j, t in enumerate(WG_RECS)]
    story += [P("Next steps", st["h1"])] + [P(esc(t), st["body"]) for t in NEXT]
    story += [P("Methodology", st["h1"])] + [P(esc(t), st["body"]) for t in METHOD]
    build_pdf(OUT / f"{NAME}.pdf", story, TITLE, "Care Inspectorate Wales · " + DATE)


def write_html() -> None:
    body = [f"<h1>{esc(TITLE)}</h1>", f'<p class="meta">Published: {DATE}</p>',
            "<h2>1. Introduction</h2>"] + [f"<p>{esc(t)}</p>" for t in INTRO]
    body += ["<h2>Summary</h2>"] + [f"<p>{esc(t)}</p>" for t in SUMMARY]
    n = 0
    for k, (area, well, improve, items) in enumerate(CHAPTERS, 2):
        body += [f"<h2>{k}. {esc(area)}</h2>", "<h3>What is working well</h3>",
                 f"<p>{esc(well)}</p>", "<h3>What needs to improve</h3>",
                 f"<p>{esc(improve)}</p>"]
        start = f' start="{n + 1}"' if n else ""
        body.append('<div class="callout callout--shaded"><h3 class="callout__title">Areas '
                    f"for improvement</h3><ol{start}>"
                    + "".join(f"<li>{esc(t)} ({esc(lead)})</li>" for t, lead in items)
                    + "</ol></div>")
        n += len(items)
    body += [f"<h2>6. {esc(WG_AREA)}</h2>", f"<p>{esc(WG_LEAD)}</p>",
             '<ol type="A">' + "".join(f"<li>{esc(t)}</li>" for t in WG_RECS) + "</ol>"]
    body += ["<h2>Next steps</h2>"] + [f"<p>{esc(t)}</p>" for t in NEXT]
    body += ["<h2>Methodology</h2>"] + [f"<p>{esc(t)}</p>" for t in METHOD]
    (OUT / f"{NAME}.html").write_text(page(
        TITLE, "Care Inspectorate Wales", ["Home", "Reports", "Local authority reports",
                                           "Joint inspections"], body,
        ["Care services", "Local authorities", "Reports", "Our work", "Contact"],
        "Care Inspectorate Wales, Welsh Government Office, Sarn Mynach, Llandudno Junction, "
        "LL31 9RZ"), encoding="utf-8")


def write_txt() -> None:
    out = [TITLE, DATE, "", "1. Introduction", ""]
    for t in INTRO:
        out += wrap(t, width=78) + [""]
    out += ["Summary", ""]
    for t in SUMMARY:
        out += wrap(t, width=78) + [""]
    n = 0
    for k, (area, well, improve, items) in enumerate(CHAPTERS, 2):
        out += [f"{k}. {area}", "", "What is working well", ""] + wrap(well, width=78) + \
            ["", "What needs to improve", ""] + wrap(improve, width=78) + [""]
        out += ["=" * 78, "AREAS FOR IMPROVEMENT", ""]
        for text, lead in items:
            n += 1
            out += wrap(f"{text} ({lead})", f"{n}. ", "   ", width=78)
            out.append("")
        out += ["=" * 78, ""]
    out += [f"6. {WG_AREA}", ""] + wrap(WG_LEAD, width=78) + [""]
    for j, t in enumerate(WG_RECS):
        out += wrap(t, f"{'ABCD'[j]}. ", "   ", width=78) + [""]
    out += ["Next steps", ""]
    for t in NEXT:
        out += wrap(t, width=78) + [""]
    out += ["Methodology", ""]
    for t in METHOD:
        out += wrap(t, width=78) + [""]
    (OUT / f"{NAME}.txt").write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    write_html()
    write_docx()
    write_pdf()
    write_txt()
    print(NAME, len(reading()["recommendations"]))
