"""prog48b: a WLGA NEWS ARTICLE / PRESS RELEASE on the progress of a programme: "Councils'
net zero support programme passes halfway mark", 18 November 2025 (WLGA's real climate
role; programme, spokesperson, figures invented).

Layout: headline, standfirst, prose paragraphs with QUOTES from the WLGA spokesperson (the
quotes speak of the work, they are not items), "Progress highlights include:" over bullets
(the items, status only in the words: "have been completed", "is under way and due by
December 2025", "has been delayed until June 2026"), "Next steps" over a second list (planned
items), then "ENDS" and "Notes to editors" (numbered: the grants with £ figures, who owns and
delivers the programme, the WLGA boilerplate, the media contact).

The reading (typed here by hand): items the two lists (12), no priorities (the release has
none: section None); status from the words (completed / published / was completed done,
under way in progress, delayed at risk, next steps planned); quarter the financial-year quarter
of the date the item gives, None where it gives none ("since April" is when the work began, not
a date for it). Grants the two in note 1 (the Net Zero Support Grant £540,000 and the Community
Energy Pilot Fund £120,000, 2025-26); the £2.1m of savings in the prose is no grant. Title the
headline, date 2025-11-18.

Forms: .html the WLGA news page (site chrome, date, categories, share links); .docx the press
office's Word draft ("PRESS RELEASE", embargo line, Heading 1 headline, List Bullet lists, a
List Number notes list in numbering.xml, "ENDS"); .pdf Chrome's print of the news page (date
and page title header, URL and "1/2" footer, the site's navigation and footer text printed);
.md pandoc's export of the Word draft (72-column wrap, "-   " bullets, "1.  " notes)."""
from __future__ import annotations

import common48 as C
from reportlab.platypus import Paragraph, Spacer

NAME = "prog48b-wlga-news-release"
TITLE = "Councils' net zero support programme passes halfway mark"
DATE_TEXT = "18 November 2025"
URL = "https://www.wlga.wales/councils-net-zero-support-programme-passes-halfway-mark"
STANDFIRST = ("A national programme helping Wales' 22 councils to cut their carbon emissions "
              "has passed its halfway point, the Welsh Local Government Association (WLGA) "
              "said today.")
PROSE1 = [
    "The Net Zero Support Programme, run by the WLGA with funding from the Welsh Government, "
    "gives councils practical help to meet the public sector's collective ambition of net "
    "zero by 2030.",
    "Councillor Elin Rowlands, WLGA Spokesperson for Climate Change, said: \u201cCouncils "
    "have shown real leadership. Eight months in, most councils have a plan for heating "
    "their buildings without fossil fuels, and we have already completed the training we "
    "promised for procurement teams.\u201d",
    "The WLGA estimates that measures taken so far will save councils around £2.1m a year "
    "in energy costs once fully in place.",
]
# (text, READING: status, quarter, partners)
HIGHLIGHTS = [
    ("Heat decarbonisation plans for council buildings have been completed in 15 of the 22 "
     "councils, the last of them in October 2025.", "done", "2025-26 Q3", []),
    ("A fleet transition toolkit, produced with the Energy Saving Trust, was published in "
     "July 2025.", "done", "2025-26 Q2", []),
    ("Carbon literacy training has been completed by 1,240 council staff and 310 "
     "councillors since April.", "done", None, []),
    ("Net zero training for procurement teams, delivered with CIPFA, was completed in "
     "September 2025.", "done", "2025-26 Q2", ["CIPFA"]),
    ("A shared procurement framework for solar panels on school roofs is under way and due "
     "by December 2025.", "in progress", "2025-26 Q3", []),
    ("Work with Data Cymru on a common carbon reporting dashboard is under way and due to go "
     "live in March 2026.", "in progress", "2025-26 Q4", ["Data Cymru"]),
    ("Community energy pilots in Gwynedd and Pembrokeshire are under way and due to finish "
     "by January 2026.", "in progress", "2025-26 Q4", []),
    ("The review of council land suitable for tree planting has been delayed until June 2026 "
     "because the mapping data arrived late.", "at risk", "2026-27 Q1", []),
]
NEXT = [
    ("Extend heat decarbonisation planning to the remaining seven councils by March 2026.",
     "planned", "2025-26 Q4", []),
    ("Hold a national climate summit for council leaders in Llandudno on 4 February 2026.",
     "planned", "2025-26 Q4", []),
    ("Publish the first all-Wales report on council carbon emissions in April 2026.",
     "planned", "2026-27 Q1", []),
    ("Begin a peer review of council net zero action plans with Audit Wales from June 2026.",
     "planned", "2026-27 Q1", ["Audit Wales"]),
]
PROSE2 = [
    "Councillor Rowlands added: \u201cThe delay to the tree planting review is frustrating, "
    "but we would rather get the mapping right. The next six months are about making sure "
    "every council, not just the front runners, has what it needs.\u201d",
]
NOTES = [
    "The Net Zero Support Programme 2025-26 is funded by a Welsh Government Net Zero Support "
    "Grant of £540,000 for 2025-26, with a further £120,000 from the Community Energy Pilot "
    "Fund for 2025-26 for the pilots in Gwynedd and Pembrokeshire.",
    "The programme is overseen by the WLGA Climate Change Member Group and delivered by the "
    "WLGA Decarbonisation Team, working with the Welsh Government's Climate Change and Energy "
    "Division.",
    "The Welsh Local Government Association (WLGA) represents the interests of local "
    "government and promotes local democracy in Wales. The 22 councils in Wales are members "
    "of the WLGA.",
    "For media enquiries contact the WLGA Press Office on 029 2046 8669 or "
    "press@wlga.gov.uk.",
]


def reading() -> dict:
    items = [{"ref": str(k), "section": None, "text": t, "status": s, "quarter": q,
              "partners": p} for k, (t, s, q, p) in enumerate(HIGHLIGHTS + NEXT, 1)]
    return {"kind": "programme", "title": TITLE, "date": "2025-11-18", "priorities": [],
            "items": items,
            "grants": [{"grant": "Net Zero Support Grant", "amount_gbp": 540000,
                        "financial_year": "2025-26"},
                       {"grant": "Community Energy Pilot Fund", "amount_gbp": 120000,
                        "financial_year": "2025-26"}]}


# ------------------------------------------------------------------ HTML (the news page)
def article_html() -> list[str]:
    h = [f"<h1>{C.esc(TITLE)}</h1>",
         '<div class="news-meta"><time datetime="2025-11-18">Tuesday, 18 November 2025</time>'
         ' <span class="categories">Categories: <a href="#">News</a>, <a href="#">Climate '
         "Change and Decarbonisation</a></span></div>",
         f'<p class="standfirst"><strong>{C.esc(STANDFIRST)}</strong></p>']
    h += [f"<p>{C.esc(x)}</p>" for x in PROSE1]
    h += ["<p>Progress highlights include:</p>",
          "<ul>" + "".join(f"<li>{C.esc(t)}</li>" for t, *_ in HIGHLIGHTS) + "</ul>"]
    h += [f"<p>{C.esc(x)}</p>" for x in PROSE2]
    h += ["<p><strong>Next steps</strong></p>",
          "<ul>" + "".join(f"<li>{C.esc(t)}</li>" for t, *_ in NEXT) + "</ul>",
          "<p>ENDS</p>", "<h2>Notes to editors</h2>",
          "<ol>" + "".join(f"<li>{C.esc(t)}</li>" for t in NOTES) + "</ol>",
          '<div class="share"><span>Share this page</span> <a href="#">Facebook</a> '
          '<a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Email</a></div>']
    return h


def write_html() -> None:
    (C.OUT / f"{NAME}.html").write_text(C.page(
        TITLE, "WLGA", ["Home", "News"], article_html(),
        ["About us", "Our work", "News", "Publications", "Events", "Contact"],
        "Welsh Local Government Association, One Canal Parade, Dumballs Road, Cardiff, "
        "CF10 5BF"), encoding="utf-8")


# ------------------------------------------------------------------ DOCX (press office draft)
def write_docx() -> None:
    doc = C.new_docx(font="Arial", size=11)
    C.header_text(doc, "Welsh Local Government Association – Press Office")
    C.add_par(doc, "PRESS RELEASE", bold=True, size=14)
    C.add_par(doc, f"For immediate release: {DATE_TEXT}", bold=True)
    doc.add_heading(TITLE, level=1)
    C.add_par(doc, STANDFIRST, bold=True)
    for x in PROSE1:
        C.add_par(doc, x)
    C.add_par(doc, "Progress highlights include:")
    for t, *_ in HIGHLIGHTS:
        C.add_par(doc, t, style="List Bullet")
    for x in PROSE2:
        C.add_par(doc, x)
    C.add_par(doc, "Next steps", bold=True)
    for t, *_ in NEXT:
        C.add_par(doc, t, style="List Bullet")
    C.add_par(doc, "ENDS", bold=True)
    C.add_par(doc, "Notes to editors", bold=True)
    for t in NOTES:
        C.add_par(doc, t, style="List Number")
    doc.save(C.OUT / f"{NAME}.docx")


# ------------------------------------------------------------------ MD (pandoc from the draft)
def write_md() -> None:
    L: list[str] = ["**PRESS RELEASE**", "", f"**For immediate release: {DATE_TEXT}**", "",
                    f"# {TITLE}", ""]
    L += C.wrap(f"**{STANDFIRST}**") + [""]
    for x in PROSE1:
        L += C.wrap(x) + [""]
    L += ["Progress highlights include:", ""]
    for t, *_ in HIGHLIGHTS:
        L += C.wrap(t, "-   ", "    ")
    L.append("")
    for x in PROSE2:
        L += C.wrap(x) + [""]
    L += ["**Next steps**", ""]
    for t, *_ in NEXT:
        L += C.wrap(t, "-   ", "    ")
    L += ["", "**ENDS**", "", "**Notes to editors**", ""]
    for k, t in enumerate(NOTES, 1):
        L += C.wrap(t, f"{k}.  ", "    ") + [""]
    (C.OUT / f"{NAME}.md").write_text("\n".join(L).rstrip() + "\n", encoding="utf-8")


# ------------------------------------------------------------------ PDF (Chrome's print)
def write_pdf() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas as _canvas
    from reportlab.platypus import SimpleDocTemplate
    st = C.pdf_styles(10)
    s = [Paragraph("We use some essential cookies to make this website work. We'd like to set "
                   "additional cookies to understand how you use the site. Accept additional "
                   "cookies Reject additional cookies View cookies", st["small"]),
         Paragraph("WLGA &nbsp; Cymraeg &nbsp; About us &nbsp; Our work &nbsp; News &nbsp; "
                   "Publications &nbsp; Events &nbsp; Contact &nbsp; Search", st["small"]),
         Paragraph("Home &gt; News", st["small"]), Spacer(1, 4 * C.mm),
         Paragraph(C.esc(TITLE), st["title"]),
         Paragraph("Tuesday, 18 November 2025 &nbsp; Categories: News, Climate Change and "
                   "Decarbonisation", st["small"]), Spacer(1, 2 * C.mm),
         Paragraph(f"<b>{C.esc(STANDFIRST)}</b>", st["body"])]
    s += [Paragraph(C.esc(x), st["body"]) for x in PROSE1]
    s.append(Paragraph("Progress highlights include:", st["body"]))
    s += [Paragraph("•&nbsp;&nbsp;" + C.esc(t), st["body"]) for t, *_ in HIGHLIGHTS]
    s += [Paragraph(C.esc(x), st["body"]) for x in PROSE2]
    s.append(Paragraph("<b>Next steps</b>", st["body"]))
    s += [Paragraph("•&nbsp;&nbsp;" + C.esc(t), st["body"]) for t, *_ in NEXT]
    s += [Paragraph("ENDS", st["body"]), Paragraph("Notes to editors", st["h1"])]
    s += [Paragraph(f"{k}.&nbsp;&nbsp;{C.esc(t)}", st["body"]) for k, t in enumerate(NOTES, 1)]
    s += [Paragraph("Share this page Facebook X LinkedIn Email", st["small"]),
          Paragraph("Related: Download this document (PDF) Previous update", st["small"]),
          Paragraph("Was this page useful? Yes No", st["small"]), Spacer(1, 4 * C.mm),
          Paragraph("Welsh Local Government Association, One Canal Parade, Dumballs Road, "
                    "Cardiff, CF10 5BF &nbsp; Accessibility Privacy notice Contact us "
                    "© Copyright 2026", st["small"])]

    class Canvas(_canvas.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            m = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                w, h = A4
                self.setFont("DejaVu", 7)
                self.drawString(10 * C.mm, h - 7 * C.mm, "18/11/2025, 14:32")
                self.drawCentredString(w / 2, h - 7 * C.mm, f"{TITLE} | WLGA")
                self.drawString(10 * C.mm, 6 * C.mm, URL)
                self.drawRightString(w - 10 * C.mm, 6 * C.mm, f"{self._pageNumber}/{m}")
                super().showPage()
            super().save()

    d = SimpleDocTemplate(str(C.OUT / f"{NAME}.pdf"), pagesize=A4, leftMargin=20 * C.mm,
                          rightMargin=20 * C.mm, topMargin=15 * C.mm, bottomMargin=15 * C.mm,
                          title=f"{TITLE} | WLGA")
    d.build(s, canvasmaker=Canvas)


if __name__ == "__main__":
    write_html()
    write_docx()
    write_md()
    write_pdf()
    print(NAME, len(reading()["items"]))
