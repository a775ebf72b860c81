"""rec48b: a CITIZENS' ASSEMBLY REPORT: "Glanmor Citizens' Assembly on Climate and Nature:
what the Assembly recommends", Glanmor County Borough Council (fictional), 14 March 2026
(the layout of real Welsh citizens' assemblies and juries; content invented).

Layout: foreword, "About the Assembly" (50 members, four weekends, a recommendation needed 70%
of members voting to be adopted), four themes "Theme 1: Homes and energy" .. "Theme 4: Food
and waste"; under each "Recommendation N" (numbered 1-14 through the themes), the sentence,
then the members' vote "Supported by 87% of members"; then "Proposals that were not adopted"
(A-C: sentences in the same form, "Supported by 44% of members – not adopted"); then "Summary
of votes", a `Recommendation | % agree | % disagree` table repeating the 14 (numbers and
shortened sentences; % neutral left out, so rows do not sum to 100); "What happens next".

The reading (typed here by hand): areas the theme names without "Theme N:" (4, no themes);
recommendations 1-14 once each (the summary table repeats them), rec_id the printed number,
text the sentence without the vote line, owners from the subject ("The council" LG, "The Welsh
Government" WG, "The council and housing associations" LG + Housing associations, "Town and
community councils" as printed, "Transport for Wales", "Natural Resources
Wales and the council" Natural Resources Wales + LG, "Schools"). The three proposals NOT
adopted are no recommendations of the Assembly (they fell below its own threshold): a careful
reader does not count them. No activities.

Forms: .pdf the council's designed print (A4, running header, "Page N", a coloured theme
band, vote lines in italics, the summary table); .docx the engagement team's Word file
(Heading 1 themes, Heading 3 "Recommendation N", an "Assembly vote" character style line, the
summary a Word table); .html the council's "Have your say" page (CMS chrome, `<section>` per
theme, `<p class="vote">`, `<table>`); .txt Word's "Plain Text" save (tables as TAB lines,
CRLF)."""
from __future__ import annotations

import common48 as C
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

NAME = "rec48b-citizens-assembly-report"
TITLE = "Glanmor Citizens' Assembly on Climate and Nature: what the Assembly recommends"
COUNCIL = "Glanmor County Borough Council"
DATE_TEXT = "14 March 2026"
FOREWORD = [
    "Fifty residents of Glanmor, chosen by civic lottery to reflect the county, met over four "
    "weekends between October 2025 and February 2026 to answer one question: how should "
    "Glanmor respond to the climate and nature emergency?",
    "They heard from 32 speakers, questioned them, and then wrote and voted on their own "
    "recommendations. This report sets out what they decided, in their words.",
]
ABOUT = [
    "Members voted on every proposal by secret ballot on the final weekend. A proposal "
    "became a recommendation of the Assembly only if at least 70% of members voting "
    "supported it. Proposals below that threshold are listed separately, with their votes, "
    "so that the reasoning of the Assembly is open to all.",
]
# theme, [(n, text, agree, disagree, short, READING owners)]
THEMES = [
    ("Homes and energy", [
        (1, "The council should offer a free home energy assessment to every household in "
            "fuel poverty by 2028.", 94, 2, "Free home energy assessments", ["LG"]),
        (2, "The Welsh Government should increase the grants available for insulating older "
            "homes.", 91, 4, "Bigger insulation grants", ["WG"]),
        (3, "The council and housing associations should bring every social home in the "
            "county up to EPC band C by 2030.", 82, 10, "Social homes to EPC C",
         ["LG", "Housing associations"]),
        (4, "Town and community councils should set up local energy advice cafés.", 73, 15,
         "Energy advice cafés", ["Town and community councils"]),
    ]),
    ("Getting around", [
        (5, "The council should build a safe cycle route between every secondary school and "
            "the nearest town centre by 2030.", 87, 8, "Safe cycle routes to schools", ["LG"]),
        (6, "Transport for Wales should run later evening trains on the Glan Valley line.",
         96, 0, "Later evening trains", ["Transport for Wales"]),
        (7, "The Welsh Government should fund a demand-responsive bus service for every rural "
            "community council area.", 78, 12, "Rural demand-responsive buses", ["WG"]),
    ]),
    ("Nature and green spaces", [
        (8, "The council should stop mowing road verges between April and August, except "
            "where road safety requires it.", 80, 14, "No mow verges April to August", ["LG"]),
        (9, "The council should plant 100,000 trees on its own land by 2030.", 89, 6,
         "100,000 trees", ["LG"]),
        (10, "Natural Resources Wales and the council should publish a joint plan to clean up "
             "the River Glan by 2028.", 98, 0, "River Glan clean-up plan",
         ["Natural Resources Wales", "LG"]),
    ]),
    ("Food and waste", [
        (11, "Schools should grow some of the food served at lunchtime and teach pupils to "
             "cook it.", 76, 16, "School food growing", ["Schools"]),
        (12, "The council should open a repair café in each of its libraries.", 85, 6,
         "Repair cafés in libraries", ["LG"]),
        (13, "The council should collect food waste from flats and businesses as well as "
             "houses.", 90, 4, "Food waste from flats and businesses", ["LG"]),
        (14, "The Welsh Government should introduce a deposit return scheme for drinks "
             "containers by 2027.", 71, 22, "Deposit return scheme", ["WG"]),
    ]),
]
NOT_ADOPTED = [
    ("A", "The council should charge drivers to enter Glanmor town centre on weekdays.", 44,
     48),
    ("B", "The council should refuse planning permission for new drive-through restaurants.",
     58, 30),
    ("C", "The council should close its golf course at Parc Glanmor to create a nature "
          "reserve.", 61, 27),
]
NEXT = ["The council's Cabinet will consider this report on 21 April 2026 and publish a "
        "response to each recommendation, saying what it will do and by when. Members of the "
        "Assembly will be invited back in March 2027 to hear what has happened."]


def reading() -> dict:
    return {"kind": "recommendations", "title": TITLE,
            "areas": [{"area": t, "theme": None} for t, _r in THEMES],
            "recommendations": [{"rec_id": str(n), "area": t, "text": text, "owners": own}
                                for t, rs in THEMES for n, text, _a, _d, _s, own in rs],
            "activities": []}


def vote(a: int) -> str:
    return f"Supported by {a}% of members"


def summary_rows():
    return [(f"{n}. {s}", str(a), str(d)) for _t, rs in THEMES for n, _x, a, d, s, _o in rs]


# ------------------------------------------------------------------ PDF
def write_pdf() -> None:
    st = C.pdf_styles(10)
    vote_st = C.ParagraphStyle("vote", parent=st["body"], fontName="DejaVu-Oblique",
                               textColor=C.colors.HexColor("#00664F"), spaceAfter=8)
    s = [Paragraph(C.esc(TITLE), st["title"]), Paragraph(f"{COUNCIL} – {DATE_TEXT}",
                                                         st["body"]),
         Paragraph("Foreword", st["h1"])]
    s += [Paragraph(C.esc(x), st["body"]) for x in FOREWORD]
    s += [Paragraph("Cllr Sian Thomas, Cabinet Member for Climate Change", st["body"]),
          Paragraph("About the Assembly", st["h1"])]
    s += [Paragraph(C.esc(x), st["body"]) for x in ABOUT]
    for i, (theme, rs) in enumerate(THEMES, 1):
        band = Table([[Paragraph(f'<font color="white">Theme {i}: {C.esc(theme)}</font>',
                                 st["h1"])]], colWidths=[174 * C.mm])
        band.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1),
                                   C.colors.HexColor("#00664F"))]))
        s += [Spacer(1, 3 * C.mm), band, Spacer(1, 2 * C.mm)]
        for n, text, a, _d, _s, _o in rs:
            s += [Paragraph(f"Recommendation {n}", st["h2"]), Paragraph(C.esc(text), st["body"]),
                  Paragraph(vote(a), vote_st)]
    s.append(Paragraph("Proposals that were not adopted", st["h1"]))
    s.append(Paragraph("These proposals were voted on but did not reach the 70% threshold. "
                       "They are not recommendations of the Assembly.", st["body"]))
    for k, text, a, _d in NOT_ADOPTED:
        s += [Paragraph(f"Proposal {k}", st["h2"]), Paragraph(C.esc(text), st["body"]),
              Paragraph(f"{vote(a)} – not adopted", vote_st)]
    s.append(Paragraph("Summary of votes", st["h1"]))
    rows = [[Paragraph(f"<b>{h}</b>", st["cell"]) for h in
             ("Recommendation", "% agree", "% disagree")]]
    rows += [[Paragraph(C.esc(x), st["cell"]) for x in r] for r in summary_rows()]
    t = Table(rows, colWidths=[120 * C.mm, 25 * C.mm, 25 * C.mm], repeatRows=1)
    t.setStyle(TableStyle(list(C.GRID) + [("BACKGROUND", (0, 0), (-1, 0),
                                            C.colors.HexColor("#D8EDE6"))]))
    s += [t, Paragraph("What happens next", st["h1"])]
    s += [Paragraph(C.esc(x), st["body"]) for x in NEXT]
    C.build_pdf(C.OUT / f"{NAME}.pdf", s, "Glanmor Citizens' Assembly on Climate and Nature",
                f"{COUNCIL} – {DATE_TEXT}")


# ------------------------------------------------------------------ DOCX
def write_docx() -> None:
    from docx.enum.style import WD_STYLE_TYPE
    doc = C.new_docx(font="Arial", size=11)
    vs = doc.styles.add_style("Assembly vote", WD_STYLE_TYPE.CHARACTER)
    vs.font.italic = True
    vs.font.color.rgb = C.RGBColor(0x00, 0x66, 0x4F)
    C.header_text(doc, "Glanmor Citizens' Assembly on Climate and Nature")
    C.footer_page_numbers(doc, f"{COUNCIL} – {DATE_TEXT}")
    doc.add_paragraph(TITLE, style="Title")
    C.add_par(doc, f"{COUNCIL} – {DATE_TEXT}")
    doc.add_heading("Foreword", level=1)
    for x in FOREWORD:
        C.add_par(doc, x)
    C.add_par(doc, "Cllr Sian Thomas, Cabinet Member for Climate Change")
    doc.add_heading("About the Assembly", level=1)
    for x in ABOUT:
        C.add_par(doc, x)

    def vote_par(t):
        p = doc.add_paragraph()
        p.add_run(t, style="Assembly vote")

    for i, (theme, rs) in enumerate(THEMES, 1):
        doc.add_heading(f"Theme {i}: {theme}", level=1)
        for n, text, a, _d, _s, _o in rs:
            doc.add_heading(f"Recommendation {n}", level=3)
            C.add_par(doc, text)
            vote_par(vote(a))
    doc.add_heading("Proposals that were not adopted", level=1)
    C.add_par(doc, "These proposals were voted on but did not reach the 70% threshold. They "
                   "are not recommendations of the Assembly.")
    for k, text, a, _d in NOT_ADOPTED:
        doc.add_heading(f"Proposal {k}", level=3)
        C.add_par(doc, text)
        vote_par(f"{vote(a)} – not adopted")
    doc.add_heading("Summary of votes", level=1)
    C.B.docx([("table", ["Recommendation", "% agree", "% disagree"], summary_rows())], doc,
             fill="D8EDE6")
    doc.add_heading("What happens next", level=1)
    for x in NEXT:
        C.add_par(doc, x)
    doc.save(C.OUT / f"{NAME}.docx")


# ------------------------------------------------------------------ HTML
def write_html() -> None:
    b = [f"<h1>{C.esc(TITLE)}</h1>", f'<p class="meta">{COUNCIL} – '
         f'<time datetime="2026-03-14">{DATE_TEXT}</time></p>', "<h2>Foreword</h2>"]
    b += [f"<p>{C.esc(x)}</p>" for x in FOREWORD]
    b += ["<p><em>Cllr Sian Thomas, Cabinet Member for Climate Change</em></p>",
          "<h2>About the Assembly</h2>"] + [f"<p>{C.esc(x)}</p>" for x in ABOUT]
    for i, (theme, rs) in enumerate(THEMES, 1):
        b.append(f'<section class="theme" id="theme-{i}"><h2>Theme {i}: {C.esc(theme)}</h2>')
        for n, text, a, _d, _s, _o in rs:
            b += [f'<h3 id="rec-{n}">Recommendation {n}</h3>', f"<p>{C.esc(text)}</p>",
                  f'<p class="vote">{vote(a)}</p>']
        b.append("</section>")
    b += ['<section class="not-adopted"><h2>Proposals that were not adopted</h2>',
          "<p>These proposals were voted on but did not reach the 70% threshold. They are not "
          "recommendations of the Assembly.</p>"]
    for k, text, a, _d in NOT_ADOPTED:
        b += [f"<h3>Proposal {k}</h3>", f"<p>{C.esc(text)}</p>",
              f'<p class="vote">{vote(a)} – not adopted</p>']
    b += ["</section>", "<h2>Summary of votes</h2>"]
    b += C.B.html([("table", ["Recommendation", "% agree", "% disagree"], summary_rows())])
    b += ["<h2>What happens next</h2>"] + [f"<p>{C.esc(x)}</p>" for x in NEXT]
    (C.OUT / f"{NAME}.html").write_text(C.page(
        TITLE, COUNCIL, ["Home", "Council and democracy", "Have your say",
                         "Citizens' Assembly"], b,
        ["Bins and recycling", "Council tax", "Schools", "Planning", "Council and democracy"],
        f"{COUNCIL}, Civic Centre, Glanmor"), encoding="utf-8")


# ------------------------------------------------------------------ TXT (Word's plain text)
def write_txt() -> None:
    L = [TITLE, f"{COUNCIL} – {DATE_TEXT}", "Foreword"] + FOREWORD
    L += ["Cllr Sian Thomas, Cabinet Member for Climate Change", "About the Assembly"] + ABOUT
    for i, (theme, rs) in enumerate(THEMES, 1):
        L.append(f"Theme {i}: {theme}")
        for n, text, a, _d, _s, _o in rs:
            L += [f"Recommendation {n}", text, vote(a)]
    L += ["Proposals that were not adopted", "These proposals were voted on but did not reach "
          "the 70% threshold. They are not recommendations of the Assembly."]
    for k, text, a, _d in NOT_ADOPTED:
        L += [f"Proposal {k}", text, f"{vote(a)} – not adopted"]
    L += ["Summary of votes", "Recommendation\t% agree\t% disagree"]
    L += ["\t".join(r) for r in summary_rows()]
    L += ["", "What happens next"] + NEXT
    (C.OUT / f"{NAME}.txt").write_bytes(("\r\n".join(L) + "\r\n").encode("utf-8"))


if __name__ == "__main__":
    write_pdf()
    write_docx()
    write_html()
    write_txt()
    print(NAME, len(reading()["recommendations"]))
