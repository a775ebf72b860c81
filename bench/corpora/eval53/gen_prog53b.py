"""prog53b: a council's RESULTS BASED ACCOUNTABILITY "report cards" (programme kind): Glanmor
County Borough Council (fictional; the council of earlier corpora), "Well-being Objectives:
Report Cards 2024-25", published with the annual self-assessment on 13 November 2025
(RBA's population / performance accountability and "story behind the curve" as councils in
Wales use them; cards, measures, actions, officers and figures invented).

Layout: one report card per well-being outcome ("Outcome 2: People live in safe, connected
communities"), each: "Population indicators" (bullets with a figure; not items); performance
measures tables `How much did we do? | 2023-24 | 2024-25 | Target`, `How well did we do it?`
and `Is anyone better off?` (counts, percentages and £ figures: measures, not items, not
grants); "Story behind the curve" paragraphs (three name a grant with its amount; the
council's own £300,000 and a £210,000 increase are not grants); "What we will do next"
`Action | Lead | By when | Progress` whose Progress cell opens with a status word
("Complete –", "On track –", "Delayed –", "Not started –").
The reading: priorities the three outcomes without "Outcome N:" (section the outcome's
number); items the 15 action rows, text the Action cell; status from the Progress word
(Complete done, On track in progress, Delayed at risk, Not started planned); quarter the
2025-26 (2026-27) quarter of "By when" (a month); partners organisations named in the
Action; grants the three named in the stories (the £ measures, "Value of Disabled
Facilities Grants awarded (£)" included, are performance measures of the service, not the
programme's funding). Title "Well-being Objectives: Report Cards 2024-25"; date 2025-11-13.
Forms: .pdf landscape A4, one card per page pair (measures on the first page, story and
actions on the second), after a cover page, a running header and "Page N of 7"; .docx the same in Word (Heading
1 cards, tables with shaded header rows, a page break before each card); .html the council
website (CMS chrome, `<table>`s with `<caption>`); .md pandoc's export of the Word file
(pipe tables, `#` headings, `-   ` bullets)."""
from __future__ import annotations

import common53 as C
from reportlab.platypus import PageBreak, Spacer, Table, TableStyle

NAME = "prog53b-wellbeing-report-cards"
TITLE = "Well-being Objectives: Report Cards 2024-25"
DATE = "2025-11-13"
COUNCIL = "Glanmor County Borough Council"
HEAD = ["2023-24", "2024-25", "Target"]
# card: (outcome, population indicators, {measure group: rows}, story paragraphs, actions)
# action: (action, lead, by when, progress, READING: status, quarter, partners)
CARDS = [
    ("Children and young people get the best start in life",
     ["Percentage of reception year children who are a healthy weight: 74.2% (2023-24)",
      "Percentage of 16-18 year olds not in education, employment or training: 3.1% (2024)"],
     {"How much did we do?": [("Number of funded childcare places", "1,120", "1,265", "1,250"),
                              ("Spend on the Flying Start programme (£)", "£3,410,000",
                               "£3,620,000", "£3,600,000")],
      "How well did we do it?": [("Parents rating the Family Information Service good or "
                                  "excellent", "88%", "91%", "90%")],
      "Is anyone better off?": [("Year 11 leavers in education, employment or training",
                                 "96.2%", "96.8%", "97%")]},
     ["Funded childcare places rose by 145. Two new settings opened in Pencoed Isaf and "
      "Abercarn Road with the Welsh Government's Childcare Offer capital grant of £850,000 "
      "for 2024-25.",
      "Flying Start spend rose by £210,000 as outreach reached two new areas. Parents told us "
      "the Family Information Service was easier to reach by phone after the new booking "
      "system went live."],
     [("Open a third Welsh-medium childcare setting in Glanmor town", "Head of Early Years",
       "March 2026", "On track – building works started in May 2025.", "in progress",
       "2025-26 Q4", []),
      ("Extend Flying Start outreach to four more areas", "Flying Start Manager",
       "September 2025", "Complete – all four areas reached by June 2025.", "done",
       "2025-26 Q2", []),
      ("Publish a youth engagement and progression framework", "Youth Service Manager",
       "December 2025", "Delayed – consultation with schools extended to October 2025.",
       "at risk", "2025-26 Q3", []),
      ("Train all early years staff in speech and language screening", "Head of Early Years",
       "June 2026", "Not started – a training provider will be procured in the spring.",
       "planned", "2026-27 Q1", []),
      ("Evaluate the school holiday enrichment programme with Data Cymru",
       "Family Support Manager", "January 2026",
       "On track – evaluation framework agreed in July 2025.", "in progress", "2025-26 Q4",
       ["Data Cymru"])]),
    ("People live in safe, connected communities",
     ["Anti-social behaviour incidents per 1,000 population: 21.4 (2024-25)",
      "Percentage of residents who can reach a town centre by public transport within 30 "
      "minutes: 68% (2024)"],
     {"How much did we do?": [("Anti-social behaviour incidents reported", "2,940", "2,610",
                               "2,700"),
                              ("Disabled Facilities Grants completed", "212", "236", "230"),
                              ("Value of Disabled Facilities Grants awarded (£)", "£1,420,000",
                               "£1,610,000", "£1,500,000")],
      "How well did we do it?": [("Average days to complete a Disabled Facilities Grant",
                                  "241", "198", "200")],
      "Is anyone better off?": [("Residents who feel safe in their area after dark", "61%",
                                 "64%", "65%")]},
     ["Anti-social behaviour fell by 11%. Targeted patrols in Glanmor town centre were paid "
      "for by the Home Office's Safer Streets Fund (£240,000 for 2024-25).",
      "Disabled Facilities Grants were completed 43 days faster on average. The council added "
      "£300,000 from its own capital programme to clear the waiting list."],
     [("Upgrade town centre CCTV in Glanmor, Abercarn and Tŷ Isaf", "Community Safety Manager",
       "March 2026", "On track – the Glanmor upgrade was completed in June 2025.",
       "in progress", "2025-26 Q4", []),
      ("Introduce a fast-track route for minor adaptations under £5,000",
       "Housing Renewal Manager", "October 2025",
       "Complete – the fast-track route has been live since 1 August 2025.", "done",
       "2025-26 Q3", []),
      ("Launch a demand-responsive bus service for rural wards", "Transport Manager",
       "December 2025", "Delayed – vehicle delivery is now expected in January 2026.",
       "at risk", "2025-26 Q3", []),
      ("Open community safety hubs in two libraries", "Community Safety Manager", "July 2025",
       "Complete – both hubs opened in July 2025.", "done", "2025-26 Q2", []),
      ("Agree a new community cohesion delivery plan", "Policy and Partnerships Manager",
       "March 2026", "On track – a draft was shared with partners in September 2025.",
       "in progress", "2025-26 Q4", [])]),
    ("A greener county with a thriving local economy",
     ["Percentage of household waste reused, recycled or composted (Wales): 65.7% (2024-25)",
      "Employment rate of people aged 16-64: 71.9% (2024)"],
     {"How much did we do?": [("Businesses supported", "310", "355", "340"),
                              ("Tonnes of CO2e from council buildings", "6,820", "6,310",
                               "6,000")],
      "How well did we do it?": [("Household waste reused, recycled or composted", "64.1%",
                                  "66.3%", "70%")],
      "Is anyone better off?": [("Jobs created or safeguarded", "182", "214", "200")]},
     ["Business support grew because of the UK Shared Prosperity Fund allocation of "
      "£1,200,000 for 2024-25, which paid for the business start-up grants and two business "
      "advisers.",
      "Recycling improved but remains below the 70% statutory target; absorbent hygiene "
      "products are the largest remaining stream."],
     [("Install solar panels on five more schools", "Energy Manager", "March 2026",
       "On track – three installations are complete.", "in progress", "2025-26 Q4", []),
      ("Open a reuse shop at the Glanmor recycling centre", "Waste Services Manager",
       "September 2025", "Complete – the shop opened on 6 September 2025.", "done",
       "2025-26 Q2", []),
      ("Deliver a business start-up grant scheme", "Economic Development Manager",
       "March 2026", "On track – 41 grants awarded to date.", "in progress", "2025-26 Q4", []),
      ("Introduce weekly collections of absorbent hygiene products", "Waste Services Manager",
       "November 2025", "Delayed – vehicle procurement was reopened in August 2025.",
       "at risk", "2025-26 Q3", []),
      ("Adopt a local area energy plan", "Climate Change Officer", "June 2026",
       "Not started – waiting for regional energy data.", "planned", "2026-27 Q1", [])]),
]
GRANTS = [("Childcare Offer capital grant", 850000, "2024-25"),
          ("Safer Streets Fund", 240000, "2024-25"),
          ("UK Shared Prosperity Fund", 1200000, "2024-25")]
ACT_HEAD = ["Action", "Lead", "By when", "Progress"]
MONTHS = "January February March April May June July August September October November " \
         "December".split()


def reading() -> dict:
    items = []
    for n, card in enumerate(CARDS, 1):
        for a, _lead, _by, _p, status, q, partners in card[4]:
            items.append({"section": str(n), "text": a, "status": status, "quarter": q,
                          "partners": partners})
    return {"kind": "programme", "title": TITLE, "date": DATE,
            "priorities": [c[0] for c in CARDS], "items": items,
            "grants": [{"grant": g, "amount_gbp": a, "financial_year": y} for g, a, y in GRANTS]}


def check() -> None:
    for c in CARDS:
        for a in c[4]:
            mon, y = a[2].split()
            assert C.fy_quarter(int(y), MONTHS.index(mon) + 1) == a[5], a


def outcome(n: int, name: str) -> str:
    return f"Outcome {n}: {name}"


# ------------------------------------------------------------------ PDF
def write_pdf() -> None:
    st = C.pdf_styles(9)
    cell, cellb = st["cell"], st["cellb"]
    story = [C.P(COUNCIL, st["small"]), C.P(TITLE, st["title"]),
             C.P("Published 13 November 2025 with the Annual Self-Assessment 2024-25. Each "
                 "report card follows Results Based Accountability: the population indicators "
                 "the council contributes to, our performance measures, the story behind the "
                 "curve and what we will do next.", st["body"]), PageBreak()]
    for n, (name, pops, groups, stories, acts) in enumerate(CARDS, 1):
        story += [C.P(f"Report card {n} of 3", st["small"]), C.P(outcome(n, name), st["h1"]),
                  C.P("Population indicators", st["h2"])]
        story += [C.P("• " + C.esc(p), st["body"]) for p in pops]
        story.append(C.P("Performance measures", st["h2"]))
        for g, rows in groups.items():
            data = [[C.P(f"<b>{g}</b>", cellb)] + [C.P(f"<b>{x}</b>", cellb) for x in HEAD]]
            data += [[C.P(C.esc(r[0]), cell)] + [C.P(x, cell) for x in r[1:]] for r in rows]
            t = Table(data, colWidths=[130 * C.mm, 35 * C.mm, 35 * C.mm, 35 * C.mm])
            t.setStyle(TableStyle(C.GRID + [("BACKGROUND", (0, 0), (-1, 0),
                                             C.colors.HexColor("#DCE9F5"))]))
            story += [t, Spacer(1, 5)]
        story += [PageBreak(), C.P(outcome(n, name) + " (continued)", st["h2"]),
                  C.P("Story behind the curve", st["h2"])]
        story += [C.P(C.esc(s), st["body"]) for s in stories]
        story.append(C.P("What we will do next", st["h2"]))
        data = [[C.P(f"<b>{x}</b>", cellb) for x in ACT_HEAD]]
        data += [[C.P(C.esc(a[0]), cell), C.P(C.esc(a[1]), cell), C.P(a[2], cell),
                  C.P(C.esc(a[3]), cell)] for a in acts]
        t = Table(data, colWidths=[90 * C.mm, 48 * C.mm, 25 * C.mm, 95 * C.mm], repeatRows=1)
        t.setStyle(TableStyle(C.GRID + [("BACKGROUND", (0, 0), (-1, 0),
                                         C.colors.HexColor("#DCE9F5"))]))
        story.append(t)
        if n < len(CARDS):
            story.append(PageBreak())
    C.build_pdf(C.OUT / f"{NAME}.pdf", story, f"{COUNCIL} – {TITLE}",
                "Annual Self-Assessment 2024-25", wide=True)


# ------------------------------------------------------------------ Word
def write_docx():
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_BREAK
    doc = C.new_docx(font="Arial", size=10)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    C.header_text(doc, f"{COUNCIL} – {TITLE}")
    C.footer_page_numbers(doc, "Annual Self-Assessment 2024-25")
    doc.add_heading(TITLE, level=0)
    C.add_par(doc, f"{COUNCIL}. Published 13 November 2025 with the Annual Self-Assessment "
              "2024-25. Each report card follows Results Based Accountability: the population "
              "indicators the council contributes to, our performance measures, the story "
              "behind the curve and what we will do next.")
    for n, (name, pops, groups, stories, acts) in enumerate(CARDS, 1):
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        doc.add_heading(outcome(n, name), level=1)
        doc.add_heading("Population indicators", level=2)
        for p in pops:
            doc.add_paragraph(p, style="List Bullet")
        doc.add_heading("Performance measures", level=2)
        for g, rows in groups.items():
            tb = doc.add_table(rows=1, cols=4)
            tb.style = "Table Grid"
            for c, x in zip(tb.rows[0].cells, [g] + HEAD):
                C.cell_text(c, x, bold=True)
                C.shade(c, "DCE9F5")
            for r in rows:
                for c, x in zip(tb.add_row().cells, r):
                    C.cell_text(c, x)
            doc.add_paragraph()
        doc.add_heading("Story behind the curve", level=2)
        for s in stories:
            doc.add_paragraph(s)
        doc.add_heading("What we will do next", level=2)
        tb = doc.add_table(rows=1, cols=4)
        tb.style = "Table Grid"
        for c, x in zip(tb.rows[0].cells, ACT_HEAD):
            C.cell_text(c, x, bold=True)
            C.shade(c, "DCE9F5")
        C.set_repeat_header(tb.rows[0])
        for a in acts:
            for c, x in zip(tb.add_row().cells, a[:4]):
                C.cell_text(c, x)
    doc.save(C.OUT / f"{NAME}.docx")


# ------------------------------------------------------------------ web page
def write_html() -> None:
    b = [f"<h1>{C.esc(TITLE)}</h1>",
         '<p class="published">Published: <time datetime="2025-11-13">13 November 2025</time>'
         "</p>",
         "<p>Each report card follows Results Based Accountability: the population indicators "
         "the council contributes to, our performance measures, the story behind the curve and "
         "what we will do next.</p>",
         '<nav class="toc"><h2>On this page</h2><ul>'
         + "".join(f'<li><a href="#outcome-{n}">{C.esc(outcome(n, c[0]))}</a></li>'
                   for n, c in enumerate(CARDS, 1)) + "</ul></nav>"]
    for n, (name, pops, groups, stories, acts) in enumerate(CARDS, 1):
        b.append(f'<section class="report-card" id="outcome-{n}"><h2>'
                 f"{C.esc(outcome(n, name))}</h2>")
        b.append("<h3>Population indicators</h3><ul>"
                 + "".join(f"<li>{C.esc(p)}</li>" for p in pops) + "</ul>")
        b.append("<h3>Performance measures</h3>")
        for g, rows in groups.items():
            b.append(f'<table class="measures"><caption>{g}</caption><thead><tr><th scope="col">'
                     "Measure</th>" + "".join(f'<th scope="col">{x}</th>' for x in HEAD)
                     + "</tr></thead><tbody>"
                     + "".join(f'<tr><th scope="row">{C.esc(r[0])}</th>'
                               + "".join(f"<td>{x}</td>" for x in r[1:]) + "</tr>"
                               for r in rows) + "</tbody></table>")
        b.append("<h3>Story behind the curve</h3>" + "".join(f"<p>{C.esc(s)}</p>" for s in stories))
        b.append('<h3>What we will do next</h3><table class="actions"><thead><tr>'
                 + "".join(f'<th scope="col">{x}</th>' for x in ACT_HEAD) + "</tr></thead><tbody>"
                 + "".join("<tr>" + "".join(f"<td>{C.esc(x)}</td>" for x in a[:4]) + "</tr>"
                           for a in acts) + "</tbody></table></section>")
    html = C.page(TITLE, COUNCIL, ["Home", "Council and democracy", "Performance",
                                   "Well-being objectives"], b,
                  ["Bins and recycling", "Council tax", "Schools", "Social care", "Council"],
                  f"{COUNCIL}, Civic Centre, Glanmor")
    (C.OUT / f"{NAME}.html").write_text(html, encoding="utf-8")


# ------------------------------------------------------------------ Markdown (pandoc)
def pipe(rows: list[list[str]]) -> list[str]:
    w = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    out = ["| " + " | ".join(x.ljust(w[i]) for i, x in enumerate(rows[0])) + " |",
           "|" + "|".join("-" * (w[i] + 2) for i in range(len(w))) + "|"]
    out += ["| " + " | ".join(x.ljust(w[i]) for i, x in enumerate(r)) + " |" for r in rows[1:]]
    return out


def write_md() -> None:
    m = [f"# {TITLE}", ""]
    m += C.wrap(f"{COUNCIL}. Published 13 November 2025 with the Annual Self-Assessment "
                "2024-25. Each report card follows Results Based Accountability: the population "
                "indicators the council contributes to, our performance measures, the story "
                "behind the curve and what we will do next.") + [""]
    for n, (name, pops, groups, stories, acts) in enumerate(CARDS, 1):
        m += [f"# {outcome(n, name)}", "", "## Population indicators", ""]
        for p in pops:
            m += C.wrap(p, "-   ", "    ")
        m += ["", "## Performance measures", ""]
        for g, rows in groups.items():
            m += pipe([[f"**{g}**"] + [f"**{x}**" for x in HEAD]] + [list(r) for r in rows])
            m.append("")
        m += ["## Story behind the curve", ""]
        for s in stories:
            m += C.wrap(s) + [""]
        m += ["## What we will do next", ""]
        m += pipe([[f"**{x}**" for x in ACT_HEAD]] + [list(a[:4]) for a in acts]) + [""]
    (C.OUT / f"{NAME}.md").write_text("\n".join(m), encoding="utf-8")


if __name__ == "__main__":
    check()
    write_md()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["items"]))
