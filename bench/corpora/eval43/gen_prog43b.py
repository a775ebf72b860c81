"""prog43b: a CABINET MEMBER'S STATEMENT TO FULL COUNCIL on a council's programme, as the
council publishes it: Vale of Glamorgan Council (real council; programme content, member
and figures invented), Council 24 September 2025, "Statement by the Cabinet Member for
Climate Change and Nature: Project Zero programme".

House style: prose paragraphs under three short sub-headings (the programme's themes); each
programme item a paragraph opening with the project's name in bold followed by a dash
("**Civic Offices retrofit** – The heat pump ...", in Word small capitals); status and timing only in words ("was
completed in July", "has slipped to the autumn", "remains on course for March 2026"); a few
inline figures (costs, counts, "£45,000 to 19 community groups"); the funding in one
paragraph of prose (two grants and the council's own reserve); one table "Key milestones"
`Milestone | Planned | Revised | Status` at the end repeating seven of the projects.

The reading (typed here by hand): items are the bold-named paragraphs (11); ref N.M, section
the theme's place (1-3); text the whole paragraph, the name, the dash and what follows
("Civic Offices retrofit – The heat pump ...", as earlier corpora keep a bold run-in label
"Programme team: ..." in the text); status from the words; quarter the 2025-26 quarter of the outstanding date given
(the completion date for done items), none for "the autumn of 2026" (Q2 or Q3); partners
named in the text. The milestone table repeats items: not items of its own. Grants: the
Local Authority Decarbonisation Grant (£1.2 million) and the Shared Prosperity Fund
(£650,000), 2025-26; the Project Zero reserve is the council's own money. Title the
statement's heading; date the Council meeting, 2025-09-24.
Forms: .docx the council's Word statement (Heading 1/2 styles, bold run-in names, a
Table Grid milestone table, running header "Council – 24 September 2025"); .pdf a print of
the Word file (running header, Page N of M); .html the council's modern.gov "Statements"
page (mgAi agenda item chrome, the statement in div.mgWordPara paragraphs, the names in
<strong>); .txt the statement as plain text (names in CAPITALS, "NAME – text", the table as
tab-separated lines).
"""
from __future__ import annotations

from common43 import B
from gen_common import P
from gen_common import (OUT, build_pdf, esc, header_text, new_docx, pdf_styles)

NAME = "prog43b-cabinet-member-statement"
TITLE = "Statement by the Cabinet Member for Climate Change and Nature: Project Zero programme"
MEMBER = "Councillor Elin Rowlands"
OPENING = [
    "Madam Mayor, I am pleased to update Council on the Project Zero programme, our plan to "
    "make the Council's own operations net zero by 2030, six months into the 2025-26 "
    "financial year.",
    "This year the programme is funded by a Local Authority Decarbonisation Grant of £1.2 "
    "million from the Welsh Government and £650,000 from the Shared Prosperity Fund, "
    "alongside £2 million from the Council's own Project Zero reserve.",
]
# (theme, [(name, text, status, quarter, partners)])
THEMES = [
    ("Buildings and energy", [
        ("Civic Offices retrofit", "The heat pump installation and roof insulation at the "
         "Civic Offices was completed in July at a cost of £1.4 million, and gas use in the "
         "building has fallen by 62 per cent.", "done", "2025-26 Q2", []),
        ("School solar programme", "Solar panels are now in place at 14 of the 21 schools in "
         "the programme, and the remaining seven remain on course for March 2026.",
         "in progress", "2025-26 Q4", []),
        ("Council homes retrofit", "The whole-house retrofit of 120 council homes in Barry "
         "has slipped to the autumn because of a shortage of external wall insulation; the "
         "contractor now expects to start on site in October 2025.", "at risk",
         "2025-26 Q3", []),
        ("Street lighting", "The conversion of the last 2,300 street lights to LED is now "
         "complete, finishing at the end of June and within budget.", "done", "2025-26 Q1",
         []),
    ]),
    ("Transport and fleet", [
        ("Electric fleet", "Twenty-two electric vans joined the fleet in August and a further "
         "18 are on order for delivery by January 2026.", "in progress", "2025-26 Q4", []),
        ("Public charging hubs", "Work on the Barry Island and Penarth charging hubs will "
         "begin in the new year, with both hubs due to open by June 2026.", "planned",
         "2026-27 Q1", []),
        ("Active travel routes", "The Dinas Powys to Penarth route has slipped to the autumn "
         "of 2026 after Transport for Wales asked us to re-profile the funding.", "at risk",
         None, []),
    ]),
    ("Nature and food", [
        ("Tree planting", "Planting of 25,000 trees on Council land through the winter "
         "remains on course for March 2026.", "in progress", "2025-26 Q4", []),
        ("Community growing fund", "The fund closed in June and has awarded £45,000 to 19 "
         "community groups for growing spaces and orchards.", "done", "2025-26 Q1", []),
        ("Nature recovery action plan", "The Local Nature Partnership will consult on its "
         "nature recovery action plan in January 2026.", "planned", "2025-26 Q4", []),
        ("Cosmeston wetland", "Restoration of the wetland with Natural Resources Wales was "
         "completed in May, two months ahead of plan.", "done", "2025-26 Q1",
         ["Natural Resources Wales"]),
    ]),
]
CLOSING = ["I would like to thank officers, our schools and the community groups involved "
           "for their work, and I will report again to Council in March."]
MILESTONES = [
    ("Civic Offices retrofit complete", "June 2025", "July 2025", "Complete"),
    ("Street lighting LED conversion complete", "June 2025", "June 2025", "Complete"),
    ("Cosmeston wetland restored", "July 2025", "May 2025", "Complete"),
    ("Council homes retrofit: start on site", "June 2025", "October 2025", "Delayed"),
    ("School solar: all 21 schools", "March 2026", "March 2026", "On track"),
    ("Charging hubs open", "March 2026", "June 2026", "Delayed"),
    ("Dinas Powys to Penarth route open", "March 2026", "Autumn 2026", "Delayed"),
]
MHEAD = ["Milestone", "Planned", "Revised", "Status"]


def reading() -> dict:
    items = []
    for i, (_t, rows) in enumerate(THEMES, 1):
        for j, (name, text, st, q, partners) in enumerate(rows, 1):
            items.append({"ref": f"{i}.{j}", "section": str(i), "text": f"{name} – {text}",
                          "status": st,
                          "quarter": q, "partners": partners})
    return {"kind": "programme", "title": TITLE, "date": "2025-09-24",
            "priorities": [t for t, _ in THEMES], "items": items,
            "grants": [{"grant": "Local Authority Decarbonisation Grant", "amount_gbp": 1200000,
                        "financial_year": "2025-26"},
                       {"grant": "Shared Prosperity Fund", "amount_gbp": 650000,
                        "financial_year": "2025-26"}]}


def write_docx() -> None:
    doc = new_docx(font="Arial", size=12)
    header_text(doc, "Council – 24 September 2025")
    doc.add_heading(TITLE, level=1)
    p = doc.add_paragraph()
    p.add_run(MEMBER).bold = True
    for t in OPENING:
        doc.add_paragraph(t)
    for theme, rows in THEMES:
        doc.add_heading(theme, level=2)
        for name, text, *_r in rows:
            p = doc.add_paragraph()
            p.add_run(name).font.small_caps = True  # (Format > Font > Small caps)
            p.add_run(" – " + text)
    for t in CLOSING:
        doc.add_paragraph(t)
    doc.add_heading("Key milestones", level=2)
    B.docx([("table", MHEAD, MILESTONES)], doc, fill="D9E2F3")
    doc.save(OUT / f"{NAME}.docx")


def write_pdf() -> None:
    st = pdf_styles(10)
    story = B.pdf([("title", TITLE), ("bp", MEMBER, "")] + [("p", t) for t in OPENING], st)
    for theme, rows in THEMES:
        story += B.pdf([("h1", theme)], st)
        # (Word's small capitals as printed: the name in capitals a size smaller)
        story += [P(f'<font size="8">{esc(name.upper())}</font> – {esc(text)}', st["body"])
                  for name, text, *_r in rows]
    story += B.pdf([("p", t) for t in CLOSING] + [("h1", "Key milestones"),
                                                 ("table", MHEAD, MILESTONES)], st)
    build_pdf(OUT / f"{NAME}.pdf", story, "Council – 24 September 2025",
              "Vale of Glamorgan Council")


def write_html() -> None:
    body = [f'<h2 class="mgSubTitleTxt">{esc(TITLE)}</h2>',
            '<div class="mgWordPara">', f"<p><strong>{esc(MEMBER)}</strong></p>"]
    body += [f"<p>{esc(t)}</p>" for t in OPENING]
    for theme, rows in THEMES:
        body.append(f'<p class="mgSubHeading"><strong><u>{esc(theme)}</u></strong></p>')
        body += [f"<p><strong>{esc(n)}</strong> &ndash; {esc(t)}</p>" for n, t, *_r in rows]
    body += [f"<p>{esc(t)}</p>" for t in CLOSING]
    body.append("<p><strong><u>Key milestones</u></strong></p>")
    body.append('<table class="mgStatementTable" border="1" cellpadding="3"><tr>'
                + "".join(f"<td><strong>{esc(x)}</strong></td>" for x in MHEAD) + "</tr>"
                + "".join("<tr>" + "".join(f"<td>{esc(x)}</td>" for x in r) + "</tr>"
                          for r in MILESTONES) + "</table></div>")
    h = ['<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
         '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
         '<html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head>'
         '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'
         "<title>Agenda item - Statements - Vale of Glamorgan Council</title></head><body>",
         '<div id="header"><a href="/">Vale of Glamorgan Council</a> <a href="/cy">Cymraeg'
         '</a><ul class="topnav"><li><a href="mgListCommittees.aspx">Committees</a></li>'
         '<li><a href="mgCalendarMonthView.aspx">Meetings calendar</a></li>'
         '<li><a href="mgMemberIndex.aspx">Councillors</a></li></ul></div>',
         '<div id="modgov"><div class="mgBreadCrumbs"><a href="mgListCommittees.aspx">'
         'Committee structure</a> &gt; <a href="ieListMeetings.aspx?CId=121">Council</a> &gt;'
         ' <a href="ieListDocuments.aspx?CId=121&amp;MId=5310">Meeting of Council, Wednesday,'
         ' 24th September, 2025 6.00 pm</a> &gt; Agenda item</div>',
         '<h1 class="mgMainTitleTxt">Agenda item</h1>',
         '<div class="mgContent"><h2 class="mgSubTitleTxt">Statements</h2>',
         '<p class="mgAiTitleTxt">To receive statements from Cabinet Members.</p>',
         '<p class="mgLinks"><a href="mgIssueHistoryHome.aspx?IId=42251">Issue history</a></p>',
         '<h3 class="mgSubTitleTxt">Minutes:</h3>']
    h += body
    h += ['<ul class="mgBulletList"><li><a href="documents/s88124/Statement.pdf">Statement '
          "- Cabinet Member for Climate Change and Nature, item 9 PDF 212 KB</a></li></ul>",
          "</div></div>",
          '<div id="footer"><p>Vale of Glamorgan Council, Civic Offices, Holton Road, Barry '
          'CF63 4RU</p><p><a href="#">Accessibility</a> | <a href="#">Privacy</a></p>'
          "</div></body></html>"]
    (OUT / f"{NAME}.html").write_text("\n".join(h) + "\n", encoding="utf-8")


def write_txt() -> None:
    out = ["VALE OF GLAMORGAN COUNCIL", "COUNCIL - 24 SEPTEMBER 2025", "", "ITEM 9: STATEMENTS",
           "", TITLE, "", MEMBER, ""]
    for t in OPENING:
        out += [t, ""]
    for theme, rows in THEMES:
        out += [theme, ""]
        for name, text, *_r in rows:
            out += [f"{name.upper()} – {text}", ""]
    for t in CLOSING:
        out += [t, ""]
    out += ["Key milestones", "", "\t".join(MHEAD)] + ["\t".join(r) for r in MILESTONES]
    (OUT / f"{NAME}.txt").write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    write_docx()
    write_pdf()
    write_html()
    write_txt()
    print(NAME, len(reading()["items"]))
