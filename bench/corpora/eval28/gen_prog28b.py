"""prog28b: a council's ANNUAL SELF-ASSESSMENT REPORT under Part 6 of the Local Government
and Elections (Wales) Act 2021: an overall-judgements table, then per well-being objective a
judgement word (Excellent / Good / Adequate / Unsatisfactory), "How well are we doing?"
(prose of results: no items), "How do we know?" (an indicator table `Indicator | 2024-25 |
2025-26 | Target 2025-26 | Trend`: no items) and "What can we do better?" (improvement actions
numbered 1-8 through the report, each with "(Owner: ...; by Month YYYY)": THE ITEMS).

Glanmor County Borough Council (the corpora's fictional council), "Self-Assessment Report
2025-26", approved by Council 22 October 2026; structure after real reports (Neath Port
Talbot's "Annual report and corporate self-assessment", Pembrokeshire's "Annual
Self-Assessment 2024-25", Ceredigion's self-assessment with its action plan); content invented.
Forms: .md pandoc pipe tables; .html the council's CMS page ("On this page", feedback box,
cookie banner, footer); .docx Word with real numbering (List Number, numbering.xml);
.pdf with the second objective's indicator table running over a page break (header repeated).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)

import blocks28 as B
from gen_common import OUT, build_pdf, esc, footer_page_numbers, header_text, new_docx, pdf_styles

NAME = "prog28b-council-self-assessment"
TITLE = "Self-Assessment Report 2025-26"
COUNCIL = "Glanmor County Borough Council"
META = "Approved by Council on 22 October 2026"
INTRO = [
    "Part 6 of the Local Government and Elections (Wales) Act 2021 requires the council to "
    "keep its performance under review and to publish a report each year setting out how "
    "well it is meeting its performance requirements. This report looks back at 2025-26.",
    "For each of our three well-being objectives we ask three questions: How well are we "
    "doing? How do we know? What can we do better? We then give our judgement on a four-point "
    "scale: Excellent, Good, Adequate or Unsatisfactory. The Governance and Audit Committee "
    "reviewed the draft report on 24 September 2026 and its comments have been reflected.",
]
# objective: (name, judgement, [how well paragraphs], indicator rows, [actions])
# action: (text, owner, by, status, quarter, partners)
OBJ = [
    ("Giving every child the best start in life", "Good", [
        "Attendance in primary schools improved for the second year running, and the new "
        "Ysgol Glan-y-môr opened in September 2025 with 420 places.",
        "The Welsh Government's Local Authority Education Grant of £6.4 million in 2025-26 "
        "funded additional learning needs coordinators in every secondary school.",
        "Secondary attendance is still below the Wales average and too many pupils are "
        "persistently absent."], [
        ("Primary school attendance (%)", "92.1", "92.8", "93.0", "Improving"),
        ("Secondary school attendance (%)", "88.4", "88.9", "90.0", "Improving"),
        ("Pupils persistently absent (%)", "19.6", "18.2", "15.0", "Improving"),
        ("Year 11 leavers not in education, employment or training (%)", "1.9", "2.3", "1.5",
         "Declining")], [
        ("Introduce a family engagement officer in each secondary school cluster to tackle "
         "persistent absence.", "Head of Inclusion", "March 2027", "planned", "2026-27 Q4", []),
        ("Review the post-16 transition offer with Careers Wales and the further education "
         "college.", "Head of Education Services", "December 2026", "planned", "2026-27 Q3",
         ["Careers Wales"]),
        ("Complete the review of school transport eligibility, started in January 2026.",
         "Head of Education Services", "September 2026", "in progress", "2026-27 Q2", []),
    ]),
    ("Supporting people to live independently", "Adequate", [
        "More people were supported to live at home with reablement, but waits for an "
        "assessment grew over the winter and delayed discharges from hospital rose in the "
        "last quarter.",
        "Our Corporate Parenting Panel and carers' forum told us that information about "
        "support is hard to find."], [
        ("People receiving reablement who need no further support (%)", "61", "66", "65",
         "Improving"),
        ("Adults waiting more than 28 days for an assessment", "140", "212", "100",
         "Declining"),
        ("Delayed transfers of care (people, monthly average)", "38", "45", "30", "Declining"),
        ("Carers offered an assessment (%)", "78", "81", "85", "Improving"),
        ("Disabled facilities grants completed within 180 days (%)", "54", "49", "70",
         "Declining"),
        ("Homelessness prevented for at least six months (%)", "63", "67", "70", "Improving"),
        ("Care home placements made out of county", "31", "27", "20", "Improving"),
        ("Adult safeguarding enquiries completed within 7 days (%)", "91", "94", "95",
         "Improving")], [
        ("Recruit a second reablement team for the northern valleys.",
         "Head of Adult Services", "June 2027", "planned", "2027-28 Q1", []),
        ("Publish a single online guide to care and support, built with Data "
         "Cymru.", "Head of Customer Services", "March 2027", "planned",
         "2026-27 Q4", ["Data Cymru"]),
        ("Reduce the backlog of disabled facilities grants by using framework contractors.",
         "Head of Housing", "December 2026", "planned", "2026-27 Q3", []),
    ]),
    ("A greener Glanmor", "Good", [
        "Household recycling reached 67.4%, above the statutory target, and the council's own "
        "carbon emissions fell by 9% against 2024-25.",
        "The Welsh Government's Local Places for Nature grant of £250,000 in 2025-26 "
        "created 14 community growing spaces."], [
        ("Municipal waste reused, recycled or composted (%)", "65.8", "67.4", "70.0",
         "Improving"),
        ("Council carbon emissions (tonnes CO2e)", "21,400", "19,480", "19,000", "Improving"),
        ("Street cleanliness index", "70.2", "69.5", "72.0", "Declining")], [
        ("Replace a further 40 fleet vehicles with electric vehicles.",
         "Head of Fleet and Transport", "March 2027", "planned", "2026-27 Q4", []),
        ("Agree a local area energy plan with the Welsh Government Energy "
         "Service.", "Head of Climate Change", "September 2026",
         "planned", "2026-27 Q2", ["Welsh Government Energy Service"]),
    ]),
]


def action_line(a) -> str:
    return f"{a[0]} (Owner: {a[1]}; by {a[2]})"


def blocks(start_numbers: bool = True) -> list:
    b = [("title", f"{COUNCIL}: {TITLE}"), ("meta", META), ("h1", "Introduction")]
    b += [("p", x) for x in INTRO]
    b += [("h1", "Our overall judgements"),
          ("table", ["Well-being objective", "Our judgement 2025-26", "Our judgement 2024-25"],
           [[f"{i}. {o[0]}", o[1], j] for i, (o, j) in
            enumerate(zip(OBJ, ["Good", "Good", "Adequate"]), 1)])]
    n = 1
    for i, (name, judge, how, ind, acts) in enumerate(OBJ, 1):
        b += [("h1", f"Well-being objective {i}: {name}"),
              ("bp", "Our judgement:", judge), ("h2", "How well are we doing?")]
        b += [("p", x) for x in how]
        b += [("h2", "How do we know?"),
              ("table", ["Indicator", "2024-25", "2025-26", "Target 2025-26", "Trend"],
               [list(r) for r in ind]),
              ("h2", "What can we do better?"),
              ("ol", [action_line(a) for a in acts], n if start_numbers else 1)]
        n += len(acts)
    b += [("h1", "Next steps"),
          ("p", "Progress on the improvement actions will be reported to the Governance and "
           "Audit Committee every six months, and in next year's self-assessment.")]
    return b


def reading() -> dict:
    items, n = [], 1
    for i, o in enumerate(OBJ, 1):
        for a in o[4]:
            items.append({"ref": str(n), "section": str(i), "text": a[0], "status": a[3],
                          "quarter": a[4], "partners": a[5]})
            n += 1
    return {"kind": "programme", "title": f"{COUNCIL}: {TITLE}", "date": "2026-10-22",
            "priorities": [o[0] for o in OBJ], "items": items,
            "grants": [{"grant": "Local Authority Education Grant", "amount_gbp": 6400000,
                        "financial_year": "2025-26"},
                       {"grant": "Local Places for Nature grant", "amount_gbp": 250000,
                        "financial_year": "2025-26"}]}


def write_md() -> None:
    (OUT / f"{NAME}.md").write_text(B.md(blocks()), encoding="utf-8")


def write_html() -> None:
    h = ["<!DOCTYPE html>", '<html lang="en-GB"><head><meta charset="utf-8">',
         f"<title>{esc(TITLE)} - {esc(COUNCIL)}</title></head><body>",
         '<div id="ccc" class="cookie-control"><p>This site uses cookies to store information '
         'on your computer.</p><button>I\'m fine with this</button><a href="#">Settings</a>'
         '</div>', '<a class="skip" href="#main">Skip to main content</a>',
         '<header><a href="/" class="logo">Glanmor County Borough Council</a>'
         '<a href="/cy/">Cymraeg</a><form><input type="search" aria-label="Search"></form>'
         '<nav><ul><li><a href="#">Council and democracy</a></li><li><a href="#">Performance'
         '</a></li></ul></nav></header>',
         '<nav class="breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="#">Council '
         'and democracy</a></li><li>Self-assessment</li></ol></nav>',
         '<main id="main"><aside class="on-this-page"><h2>On this page</h2><ul>'
         '<li><a href="#o1">Objective 1</a></li><li><a href="#o2">Objective 2</a></li>'
         '<li><a href="#o3">Objective 3</a></li></ul></aside><article>']
    h += B.html(blocks())
    h += ["</article>", '<div class="feedback"><h2>Was this page helpful?</h2><button>Yes'
          '</button><button>No</button></div><p class="updated">Last updated: 23 October 2026'
          '</p></main>', '<footer><ul><li><a href="#">Accessibility statement</a></li><li>'
          '<a href="#">Privacy notice</a></li><li><a href="#">Contact us</a></li></ul>'
          '<p>© Glanmor County Borough Council</p></footer></body></html>']
    (OUT / f"{NAME}.html").write_text("\n".join(h) + "\n", encoding="utf-8")


def write_docx() -> None:
    doc = new_docx(font="Arial", size=11)
    header_text(doc, f"{COUNCIL} – {TITLE}")
    footer_page_numbers(doc, "Self-Assessment Report 2025-26")
    B.docx(blocks(), doc, fill="C6E0B4")
    doc.save(OUT / f"{NAME}.docx")


def write_pdf() -> None:
    st = pdf_styles(10)
    mm = B.mm
    story = B.pdf(blocks(), st, widths={5: [78 * mm, 20 * mm, 20 * mm, 28 * mm, 28 * mm],
                                        3: [100 * mm, 37 * mm, 37 * mm]}, pad=12)
    build_pdf(OUT / f"{NAME}.pdf", story, f"{COUNCIL} – {TITLE}", META)


if __name__ == "__main__":
    write_md()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["items"]))
