"""rec15a: a WLGA CORPORATE PEER CHALLENGE feedback report: findings in THEMED CHAPTERS
("3. Local priorities and outcomes" .. "7. Capacity for improvement"), each recommendation
printed in its chapter as "Recommendation R1:" (imperative: "Set out ...", addressed to the
council, no subject) and again, same words, in a NUMBERED LIST "8. Summary of
recommendations" AT THE END; each chapter also has "Areas for consideration" bullets that
are suggestions, NOT recommendations (imperative too: "Consider ..."); one chapter ("Governance
and culture") has areas for consideration only. No activities.

WLGA, "Bro Hafren County Council Corporate Peer Challenge: Feedback report", 10 November
2025 (Bro Hafren is a fictional council). Forms:
- .md: pandoc's Markdown: "## 3. Local priorities and outcomes", "**Recommendation R1:**
  text" paragraphs, "### Areas for consideration" over "-   " bullets, the summary an
  ordered list "1.  text";
- .html: the WLGA website (cookie banner, navigation, breadcrumb, "Share" links, footer):
  each recommendation a <div class="callout"><p><strong>Recommendation R1</strong> text,
  the summary an <ol>;
- .docx: Heading 1 chapters with typed numbers, each recommendation a one-cell shaded table
  "R1<TAB>text" with a bold ref, areas for consideration in "List Bullet", the summary in
  Word's "List Number" style (numbering.xml, no typed number);
- .pdf: the recommendations in bordered panels, the summary a numbered ListFlowable.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)

from gen_common import (OUT, P, add_par, build_pdf, cell_text, colors, esc,
                        footer_page_numbers, header_text, mm, new_docx, pdf_styles, shade)
from reportlab.platypus import ListFlowable, ListItem, Table, TableStyle

NAME = "rec15a-peer-challenge-report"
ORG = "Welsh Local Government Association"
TITLE = "Bro Hafren County Council Corporate Peer Challenge: Feedback report"
DATE = "10 November 2025"
INTRO = [
    ("1. Introduction", [
        "Bro Hafren County Council invited the WLGA to carry out a corporate peer challenge. "
        "A team of five peers – a chief executive, two councillors, a director of finance "
        "and a WLGA officer – spent four days at the council from 23 to 26 September 2025, "
        "met more than 120 people and read the council's plans and performance reports.",
        "Peer challenges are improvement-focused and are not an inspection. The peer team "
        "looked at five themes: local priorities and outcomes; organisational and place "
        "leadership; governance and culture; financial planning and management; and "
        "capacity for improvement."]),
    ("2. Executive summary", [
        "Bro Hafren is a well-run council with committed staff and a clear sense of place. "
        "It has balanced its budget every year and its residents' survey shows rising "
        "satisfaction. It now needs to sharpen its priorities and plan further ahead.",
        "The peer team makes seven recommendations, set out in the chapters and listed in "
        "section 8. The areas for consideration in each chapter are suggestions for the "
        "council to weigh; they are not recommendations."]),
]
# chapter: (name, paragraphs, [(rec text, owners)], [areas for consideration])
CHAPTERS = [
    ("Local priorities and outcomes", [
        "The corporate plan's four well-being objectives are widely understood, but most "
        "have no measurable outcome and performance reports describe activity rather than "
        "impact.",
        "Services we met could not always say how their plans contributed to the objectives."],
     [("Set out in the corporate plan a small number of measurable outcomes for each "
       "well-being objective and report against them every six months.", ["LG"]),
      ("Align service plans with the corporate plan so that every service shows which "
       "objective its main actions support.", ["LG"])],
     ["Consider a short annual 'plan on a page' for residents.",
      "Consider involving scrutiny in setting the outcome measures."]),
    ("Organisational and place leadership", [
        "The leader and chief executive are visible and respected. Partners told us that the "
        "council is a reliable partner in the public services board, but that its "
        "ambitions for the county's towns are not yet written down."],
     [("Agree with partners a shared vision for the county's towns, with a delivery plan "
       "for the first three years.", ["LG"])],
     ["Consider a joint development session for cabinet and the public services board."]),
    ("Governance and culture", [
        "Member and officer relations are good and the constitution was updated in 2024. "
        "Cabinet papers are thorough but long, and some key decisions reach scrutiny late."],
     [],
     ["Consider a shorter template for cabinet reports with a one-page summary.",
      "Consider publishing the cabinet forward plan six months ahead."]),
    ("Financial planning and management", [
        "Financial management is sound and reserves are adequate. The medium-term financial "
        "plan runs to 2027-28 only and identifies a gap of £18.4 million that savings "
        "proposals do not yet close."],
     [("Extend the medium-term financial plan to at least five years and agree a "
       "programme of savings and income proposals that closes the gap.", ["LG"]),
      ("Work with the WLGA to compare the council's cost of services with similar "
       "councils and use the results in budget setting.", ["LG", "WLGA"])],
     []),
    ("Capacity for improvement", [
        "Staff are proud to work for the council, but recruitment to professional posts is "
        "difficult and the transformation programme relies on a few people."],
     [("Put in place a transformation programme office with the capacity and skills to "
       "deliver the council's change programme.", ["LG"]),
      ("Agree a workforce plan that addresses recruitment to hard-to-fill professional "
       "posts, including growing the council's own staff.", ["LG"])],
     ["Consider a council-wide apprenticeship scheme for professional posts."]),
]
NEXT = [
    "The council is expected to publish an action plan responding to this report within "
    "three months. The WLGA will offer a progress review in 2026, and the peer team thanks "
    "everyone who took part."]
CONTACT = "Contact: WLGA Improvement team, improvement@wlga.example.gov.uk"


def recs():
    n = 0
    for c, (area, _p, rs, _a) in enumerate(CHAPTERS, 3):
        for text, owners in rs:
            n += 1
            yield n, c, area, text, owners


def reading() -> dict:
    return {"kind": "recommendations", "title": TITLE,
            "areas": [{"area": a, "theme": None} for a, _p, rs, _c in CHAPTERS if rs],
            "recommendations": [{"rec_id": str(n), "area": area, "text": t, "owners": o}
                                for n, _c, area, t, o in recs()],
            "activities": None}


def chap_recs(c):
    return [(n, t) for n, cc, _a, t, _o in recs() if cc == c]


SUMMARY_HEAD = "8. Summary of recommendations"
SUMMARY_LEAD = "The peer team recommends that the council:"


# ------------------------------------------------------------------ Markdown (pandoc)
def write_md() -> None:
    out = [f"# {TITLE}", "", f"{ORG} -- {DATE}", ""]
    for head, ps in INTRO:
        out += [f"## {head}", ""] + [x for p in ps for x in (p, "")]
    for c, (area, ps, _rs, cons) in enumerate(CHAPTERS, 3):
        out += [f"## {c}. {area}", ""] + [x for p in ps for x in (p, "")]
        for n, t in chap_recs(c):
            out += [f"**Recommendation R{n}:** {t}", ""]
        if cons:
            out += ["### Areas for consideration", ""] + [f"-   {x}" for x in cons] + [""]
    out += [f"## {SUMMARY_HEAD}", "", SUMMARY_LEAD, ""]
    out += [f"{n}.  {t}" for n, _c, _a, t, _o in recs()] + ["", "## 9. Next steps", ""]
    out += [x for p in NEXT for x in (p, "")] + [CONTACT, ""]
    (OUT / f"{NAME}.md").write_text("\n".join(out), encoding="utf-8")


# ------------------------------------------------------------------ HTML
def write_html() -> None:
    h = ["<!DOCTYPE html>", '<html lang="en-GB"><head><meta charset="utf-8">',
         f"<title>{esc(TITLE)} - WLGA</title></head><body>",
         '<div class="cookie-notice"><p>This website uses cookies. <a href="/cookies">Find '
         'out more</a></p><button>Accept</button></div>',
         '<header><a href="/" class="logo">WLGA</a><nav><ul><li><a href="/our-work">Our '
         'work</a></li><li><a href="/improvement">Improvement and governance</a></li><li>'
         '<a href="/publications">Publications</a></li><li><a href="/cy">Cymraeg</a></li>'
         "</ul></nav></header>",
         '<nav class="breadcrumb"><a href="/">Home</a> / <a href="/improvement">Improvement '
         f"and governance</a> / <span>{esc(TITLE)}</span></nav>",
         f'<main><article><h1>{esc(TITLE)}</h1><p class="meta">{DATE}</p>',
         '<ul class="share"><li><a href="#">Share on X</a></li><li><a href="#">Share on '
         'LinkedIn</a></li></ul>']
    for head, ps in INTRO:
        h.append(f"<h2>{esc(head)}</h2>")
        h += [f"<p>{esc(p)}</p>" for p in ps]
    for c, (area, ps, _rs, cons) in enumerate(CHAPTERS, 3):
        h.append(f"<h2>{c}. {esc(area)}</h2>")
        h += [f"<p>{esc(p)}</p>" for p in ps]
        for n, t in chap_recs(c):
            h.append(f'<div class="callout"><p><strong>Recommendation R{n}</strong> '
                     f"{esc(t)}</p></div>")
        if cons:
            h += ["<h3>Areas for consideration</h3>", "<ul>"]
            h += [f"<li>{esc(x)}</li>" for x in cons] + ["</ul>"]
    h += [f"<h2>{SUMMARY_HEAD}</h2>", f"<p>{esc(SUMMARY_LEAD)}</p>", "<ol>"]
    h += [f"<li>{esc(t)}</li>" for n, _c, _a, t, _o in recs()] + ["</ol>",
          "<h2>9. Next steps</h2>"] + [f"<p>{esc(p)}</p>" for p in NEXT]
    h += [f"<p>{esc(CONTACT)}</p>", "</article></main>",
          '<footer><p>Welsh Local Government Association, One Canal Parade, Dumballs Road, '
          'Cardiff CF10 5BF</p><ul><li><a href="/accessibility">Accessibility</a></li><li>'
          '<a href="/privacy">Privacy</a></li></ul></footer></body></html>']
    (OUT / f"{NAME}.html").write_text("\n".join(h) + "\n", encoding="utf-8")


# ------------------------------------------------------------------ Word
def write_docx() -> None:
    doc = new_docx(font="Arial", size=11)
    header_text(doc, "Corporate Peer Challenge – Bro Hafren County Council")
    footer_page_numbers(doc, "WLGA")
    doc.add_heading(TITLE, level=0)
    add_par(doc, f"{ORG}, {DATE}")
    for head, ps in INTRO:
        doc.add_heading(head, level=1)
        for p in ps:
            add_par(doc, p)
    for c, (area, ps, _rs, cons) in enumerate(CHAPTERS, 3):
        doc.add_heading(f"{c}. {area}", level=1)
        for p in ps:
            add_par(doc, p)
        for n, t in chap_recs(c):
            tb = doc.add_table(rows=1, cols=1)
            cell = tb.rows[0].cells[0]
            cell_text(cell, f"R{n}", bold=True)
            cell.paragraphs[0].add_run("\t" + t)
            shade(cell, "FCE4D6")
            add_par(doc, "")
        if cons:
            doc.add_heading("Areas for consideration", level=2)
            for x in cons:
                add_par(doc, x, style="List Bullet")
    doc.add_heading(SUMMARY_HEAD, level=1)
    add_par(doc, SUMMARY_LEAD)
    for _n, _c, _a, t, _o in recs():
        add_par(doc, t, style="List Number")
    doc.add_heading("9. Next steps", level=1)
    for p in NEXT:
        add_par(doc, p)
    add_par(doc, CONTACT)
    doc.save(OUT / f"{NAME}.docx")


# ------------------------------------------------------------------ PDF
def write_pdf() -> None:
    st = pdf_styles(10)
    story = [P(esc(ORG), st["body"]), P(esc(TITLE), st["title"]), P(esc(DATE), st["body"])]
    for head, ps in INTRO:
        story.append(P(esc(head), st["h1"]))
        story += [P(esc(p), st["body"]) for p in ps]
    for c, (area, ps, _rs, cons) in enumerate(CHAPTERS, 3):
        story.append(P(f"{c}. {esc(area)}", st["h1"]))
        story += [P(esc(p), st["body"]) for p in ps]
        for n, t in chap_recs(c):
            story.append(Table([[P(f"<b>Recommendation R{n}</b><br/>{esc(t)}", st["body"])]],
                               colWidths=[170 * mm],
                               style=TableStyle([("BOX", (0, 0), (-1, -1), 1,
                                                  colors.HexColor("#C55A11")),
                                                 ("BACKGROUND", (0, 0), (-1, -1),
                                                  colors.HexColor("#FCE4D6")),
                                                 ("TOPPADDING", (0, 0), (-1, -1), 6),
                                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 6)])))
        if cons:
            story.append(P("Areas for consideration", st["h2"]))
            story.append(ListFlowable([ListItem(P(esc(x), st["body"])) for x in cons],
                                      bulletType="bullet", start="•", leftIndent=12))
    story += [P(SUMMARY_HEAD, st["h1"]), P(esc(SUMMARY_LEAD), st["body"]),
              ListFlowable([ListItem(P(esc(t), st["body"])) for *_x, t, _o in recs()],
                           bulletType="1", bulletFormat="%s.", leftIndent=16),
              P("9. Next steps", st["h1"])]
    story += [P(esc(p), st["body"]) for p in NEXT] + [P(esc(CONTACT), st["small"])]
    build_pdf(OUT / f"{NAME}.pdf", story, "Corporate Peer Challenge – Bro Hafren County "
              "Council", "WLGA")


if __name__ == "__main__":
    write_md()
    write_html()
    write_docx()
    write_pdf()
    r = reading()
    print(NAME, len(r["areas"]), len(r["recommendations"]))
