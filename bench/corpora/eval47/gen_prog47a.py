"""prog47a: a WLGA ANNUAL DELIVERY REPORT of a programme (programme kind): "Democratic Services
and Member Support Programme: Annual Delivery Report 2025-26", 12 June 2026 (the WLGA's real
member-support role; programme, officers and figures invented).

Layout: a "Key figures" strip ("22 councils", "340 members trained", "£1.2m" the Welsh
Government grant, "46 candidates mentored": figures, not items; the £ figure a grant); per
priority "Priority N: Name" a short narrative, "Achievements" bullets (each a piece of work
with its status in words), a shaded "Case study" box (a council's story with a quote: not
items), "Looking ahead" bullets (planned items). One more grant in a narrative sentence.
Forms: .pdf designed (boxes shaded, the strip a coloured band), .docx (boxes one-cell shaded
tables, the strip a 2-row table), .html the WLGA website, .md pandoc's export of the Word file
(grid tables for the box and the strip)."""
from __future__ import annotations

import common47 as C

NAME = "prog47a-member-support-annual-report"
TITLE = "Democratic Services and Member Support Programme: Annual Delivery Report 2025-26"
DATE = "2026-06-12"
FIGS = [("22", "councils supported"), ("340", "members trained"),
        ("£1.2m", "Welsh Government Democracy Support Grant 2025-26"),
        ("46", "candidates mentored")]
# (priority, narrative, [(achievement, status, quarter, partners)], case study (title, paras),
#  [(looking ahead, quarter, partners)])
PRIORITIES = [
    ("Member development",
     "Our first priority is to make sure every councillor has the support to do the job well, "
     "from induction through to leadership roles.",
     [("The post-election induction programme was completed in all 22 councils by July 2025.",
       "done", "2025-26 Q2", []),
      ("A national e-learning module on the Members' Code of Conduct was launched with Academi "
       "Wales in October 2025.", "done", "2025-26 Q3", ["Academi Wales"]),
      ("Work on a leadership academy for cabinet members is in progress, with the first cohort "
       "of 18 due to start in February 2026.", "in progress", "2025-26 Q4", [])],
     ("Case study: Ceredigion County Council",
      ["Ceredigion welcomed 12 new members in 2025 and used the national induction programme "
       "alongside its own visits to services.",
       "\"The induction gave our new members the confidence to take part from their very first "
       "meeting,\" said the council's Head of Democratic Services."]),
     [("Run a second leadership academy cohort from September 2026.", "2026-27 Q2", []),
      ("Publish a refreshed Member Development Charter by March 2027.", "2026-27 Q4", [])]),
    ("Diversity in democracy",
     "We want councils to reflect the communities they serve. The mentoring scheme was "
     "funded by £85,000 from the Welsh Government's Diversity in Democracy Fund for 2025-26.",
     [("The Diversity in Democracy mentoring scheme matched 46 prospective candidates with "
       "serving councillors by December 2025.", "done", "2025-26 Q3", []),
      ("A survey of candidates at the 2027 local elections is being designed with Data Cymru "
       "and will go live in May 2027.", "in progress", "2027-28 Q1", ["Data Cymru"]),
      ("Guidance on family-friendly meeting times has been delayed until the Independent "
       "Remuneration Panel reports in April 2026.", "at risk", "2026-27 Q1", [])],
     ("Case study: Torfaen County Borough Council",
      ["Torfaen moved its evening committee meetings to hybrid format and asked members "
       "with caring responsibilities what times suited them.",
       "\"For the first time I can be a councillor and still put my children to bed,\" said "
       "one member elected in 2022."]),
     [("Hold a national Diversity in Democracy event with WEN Wales in November 2026.",
       "2026-27 Q3", ["WEN Wales"])]),
    ("Scrutiny and governance",
     "Strong scrutiny and governance and audit committees help councils improve and stay "
     "accountable.",
     [("The scrutiny self-evaluation toolkit was completed with the Centre for Governance and "
       "Scrutiny and published in August 2025.", "done", "2025-26 Q2",
       ["Centre for Governance and Scrutiny"]),
      ("Peer support to six councils' governance and audit committees is ongoing and will "
       "finish by the end of March 2026.", "in progress", "2025-26 Q4", []),
      ("Training for lay members of governance and audit committees has been delayed to June "
       "2026 because the trainer contract was re-tendered.", "at risk", "2026-27 Q1", [])],
     ("Case study: Wrexham County Borough Council",
      ["Wrexham used the toolkit to review how its four scrutiny committees choose topics, "
       "cutting its forward work programme from 60 items to 24.",
       "\"We now spend our time on the things residents care about,\" said the chair of the "
       "council's scrutiny chairs' forum."]),
     [("Develop a shared scrutiny forward work programme template with Audit Wales by "
       "December 2026.", "2026-27 Q3", ["Audit Wales"]),
      ("Launch a webcasting support scheme for town and community councils in the first "
       "quarter of 2026-27.", "2026-27 Q1", [])]),
]


def reading() -> dict:
    items = []
    for n, (_name, _narr, ach, _box, ahead) in enumerate(PRIORITIES, 1):
        k = 0
        for text, status, q, partners in ach:
            k += 1
            items.append({"ref": f"{n}.{k}", "section": str(n), "text": text, "status": status,
                          "quarter": q, "partners": partners})
        for text, q, partners in ahead:
            k += 1
            items.append({"ref": f"{n}.{k}", "section": str(n), "text": text,
                          "status": "planned", "quarter": q, "partners": partners})
    return {"kind": "programme", "title": TITLE, "date": DATE,
            "priorities": [p[0] for p in PRIORITIES], "items": items,
            "grants": [{"grant": "Democracy Support Grant", "amount_gbp": 1200000,
                        "financial_year": "2025-26"},
                       {"grant": "Diversity in Democracy Fund", "amount_gbp": 85000,
                        "financial_year": "2025-26"}]}


def blocks() -> list:
    b: list = [("title", TITLE), ("meta", "Published 12 June 2026"),
               ("h1", "Foreword"),
               ("p", "This report sets out what the programme delivered in 2025-26 and what "
                     "comes next in 2026-27."),
               ("h2", "Key figures"), ("figs", FIGS)]
    for n, (name, narr, ach, box, ahead) in enumerate(PRIORITIES, 1):
        b += [("h1", f"Priority {n}: {name}"), ("p", narr), ("h2", "Achievements"),
              ("ul", [a[0] for a in ach]), ("box", box[0], box[1]),
              ("h2", "Looking ahead"), ("ul", [a[0] for a in ahead])]
    b += [("h1", "Contact"),
          ("p", "Rhian Price, Programme Manager, Democratic Services, WLGA, One Canal Parade, "
                "Dumballs Road, Cardiff CF10 5BF")]
    return b


def write_md() -> None:
    text = C.md(blocks()).replace("\n- ", "\n-   ")
    front = f"---\ntitle: \"{TITLE}\"\ndate: 12 June 2026\nauthor: WLGA\n---\n\n"
    body = text.split("\n", 2)[2]  # pandoc: the title is in the front matter
    (C.OUT / f"{NAME}.md").write_text(front + body.lstrip("\n") + "\n", encoding="utf-8")


def write_html() -> None:
    body = ['<p class="published">Published: <time datetime="2026-06-12">12 June 2026</time></p>']
    body += C.html(blocks())
    (C.OUT / f"{NAME}.html").write_text(C.page(
        TITLE, "WLGA", ["Home", "Our work", "Democracy", "Publications"], body,
        ["About us", "Our work", "News", "Publications", "Contact"],
        "Welsh Local Government Association, One Canal Parade, Dumballs Road, Cardiff, CF10 5BF",
        "<style>.case-study{background:#e2efd9;padding:1em}.key-figures ul{display:flex}</style>"),
        encoding="utf-8")


def write_docx() -> None:
    doc = C.new_docx(font="Arial", size=11)
    C.header_text(doc, "WLGA – Democratic Services and Member Support Programme")
    C.footer_page_numbers(doc, "Annual Delivery Report 2025-26")
    C.docx(blocks(), doc)
    doc.save(C.OUT / f"{NAME}.docx")


def write_pdf() -> None:
    st = C.pdf_styles(10)
    C.build_pdf(C.OUT / f"{NAME}.pdf", C.pdf(blocks(), st), "WLGA Democratic Services and "
                "Member Support Programme", "Annual Delivery Report 2025-26")


if __name__ == "__main__":
    write_md()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["items"]))
