"""rec45a: an independent review whose recommendations are TWO-LEVEL: "Independent Review of
Regional Working in Local Government in Wales: Final Report", for the Welsh Government and
the WLGA, 9 October 2025 (the bodies, CJCs and Partnership Council real; the review, its
reviewer and content invented).

Layout: chapters of prose ("What we heard"), then "Our recommendations": a KEY of the
timescale tags ("Short term: within 12 months" ...) and an owner note; FIVE HEADLINE
recommendations "Recommendation 1: Strengthen regional working", each followed by numbered
SPECIFIC recommendations 1.1-1.4 ending with the owners in brackets "(Welsh Government,
WLGA)" and a timescale tag "– Short term".

The reading: a recommendation is a SPECIFIC recommendation (16; rec_id "1.1" as printed, or
as Word numbers it); its area the HEADLINE's subject ("Strengthen regional working", without
"Recommendation 1:"); no themes; text without the owners' bracket and the timescale tag;
owners as codes (Welsh Government WG, WLGA WLGA, councils / local authorities LG; a CJC is
made of councils: "Corporate Joint Committees" LG). The report has no activities (its
chapters are findings, not activity).
Forms: .docx ONE multi-level Word list (numbering.xml: level 0 "Recommendation %1:", level 1
"%1.%2"; no number in the text); .pdf the print of it; .html GOV.WALES publication page;
.md pandoc's Markdown of the Word file (nested "1." lists: the printed numbers are lost).
"""
from __future__ import annotations

from common45 import gov_page, multilevel, numbered
from gen_common import (OUT, P, add_par, build_pdf, esc, footer_page_numbers, header_text, mm,
                        new_docx, pdf_styles)

NAME = "rec45a-two-level-regional-review"
TITLE = "Independent Review of Regional Working in Local Government in Wales: Final Report"
DATE = "9 October 2025"
BY = "Professor Siân Meredith, independent reviewer, for the Welsh Government and the WLGA"
FOREWORD = [
    "I was asked in January 2025 by the Cabinet Secretary for Housing and Local Government "
    "and the WLGA to look at how councils work together across regions, and what would make "
    "that work simpler, more accountable and better value.",
    "I met the leaders and chief executives of all 22 councils, the four Corporate Joint "
    "Committees and many of the partnerships that sit around them. I am grateful to everyone "
    "who gave their time.",
]
HEARD = [
    "Councils told us that there are too many regional bodies, that their boundaries do not "
    "match and that the same people sit on many of them.",
    "Members said that they find it hard to see what regional bodies decide and how to "
    "question it. Few regional bodies publish their papers in the same place.",
    "The Corporate Joint Committees are now established, but their role beside the Regional "
    "Partnership Boards and Public Services Boards is not yet settled.",
]
KEY = [("Short term:", "within 12 months"), ("Medium term:", "within one to three years"),
       ("Long term:", "more than three years")]
OWNER_NOTE = ("The bodies in brackets after each recommendation are those we ask to lead it; "
              "where more than one is named, the first leads.")
CODES = {"Welsh Government": "WG", "WLGA": "WLGA", "councils": "LG", "Councils": "LG",
         "Corporate Joint Committees": "LG"}
# (headline, [(text, owners as printed, timescale)]) - typed by hand
HEADLINES = [
    ("Strengthen regional working", [
        ("That the Welsh Government and the WLGA agree a single map of the regional bodies "
         "that councils take part in, and publish it each year.",
         "Welsh Government, WLGA", "Short term"),
        ("That partnerships which duplicate the work of a Corporate Joint Committee are "
         "merged into it or closed by March 2027.", "Corporate Joint Committees",
         "Medium term"),
        ("That councils review their membership of regional bodies every two years and "
         "report the outcome to full Council.", "Councils", "Short term"),
        ("That the Welsh Government aligns the boundaries of new regional bodies with the "
         "four Corporate Joint Committee areas.", "Welsh Government", "Long term"),
    ]),
    ("Make regional decisions more accountable", [
        ("That each regional body publishes its agendas, papers and decisions on one "
         "regional website.", "Corporate Joint Committees, councils", "Short term"),
        ("That councils' scrutiny committees agree a joint work programme for regional "
         "bodies in each region.", "Councils", "Medium term"),
        ("That the WLGA develops training for members who sit on regional bodies.", "WLGA",
         "Short term"),
    ]),
    ("Simplify funding", [
        ("That the Welsh Government brings its regional grants into no more than three "
         "funding streams, paid through one lead body in each region.", "Welsh Government",
         "Medium term"),
        ("That grant offers for regional work are made at least three months before the "
         "financial year begins.", "Welsh Government", "Short term"),
        ("That the WLGA and councils agree a common way of sharing the costs of hosting "
         "regional teams.", "WLGA, councils", "Short term"),
    ]),
    ("Invest in the regional workforce", [
        ("That councils and Corporate Joint Committees agree a shared approach to pay and "
         "terms for staff employed by regional bodies.",
         "Councils, Corporate Joint Committees", "Medium term"),
        ("That the WLGA sets up a network for officers who lead regional work.", "WLGA",
         "Short term"),
        ("That the Welsh Government funds a regional graduate programme for three years.",
         "Welsh Government, WLGA", "Medium term"),
    ]),
    ("Review progress", [
        ("That the Partnership Council for Wales receives a report on progress with these "
         "recommendations each year.", "Welsh Government, WLGA", "Short term"),
        ("That the Welsh Government commissions an independent evaluation of regional "
         "working in 2029.", "Welsh Government", "Long term"),
        ("That councils include their regional commitments in their annual self-assessment "
         "reports.", "Councils", "Short term"),
    ]),
]


def owner_codes(printed: str) -> list[str]:
    out: list[str] = []
    for part in printed.split(", "):
        c = CODES[part]
        if c not in out:
            out.append(c)
    return out


def reading() -> dict:
    recs = []
    for i, (head, rows) in enumerate(HEADLINES, 1):
        for j, (t, owners, _ts) in enumerate(rows, 1):
            recs.append({"rec_id": f"{i}.{j}", "area": head, "text": t,
                         "owners": owner_codes(owners)})
    return {"kind": "recommendations", "title": TITLE,
            "areas": [{"area": h, "theme": None} for h, _r in HEADLINES],
            "recommendations": recs, "activities": None}


def tail(owners: str, ts: str) -> str:
    return f" ({owners}) – {ts}"


def write_html() -> None:
    b = [f"<h1>{esc(TITLE)}</h1>",
         f'<p class="meta">First published: <time datetime="2025-10-09">{DATE}</time></p>',
         f'<p class="meta">{esc(BY)}</p>', '<nav class="contents"><h2>Contents</h2><ol>'
         "<li><a href=\"#foreword\">Foreword</a></li><li><a href=\"#heard\">What we heard</a>"
         "</li><li><a href=\"#recs\">Our recommendations</a></li></ol></nav>",
         '<h2 id="foreword">Foreword</h2>'] + [f"<p>{esc(t)}</p>" for t in FOREWORD]
    b += ['<h2 id="heard">What we heard</h2>'] + [f"<p>{esc(t)}</p>" for t in HEARD]
    b += ['<h2 id="recs">Our recommendations</h2>', "<p>Timescales:</p><ul>"
          + "".join(f"<li><strong>{a}</strong> {b_}</li>" for a, b_ in KEY) + "</ul>",
          f"<p>{esc(OWNER_NOTE)}</p>"]
    for i, (head, rows) in enumerate(HEADLINES, 1):
        b.append(f"<h3>Recommendation {i}: {esc(head)}</h3>")
        for j, (t, owners, ts) in enumerate(rows, 1):
            b.append(f'<p class="rec"><span class="rec-no">{i}.{j}</span> {esc(t)} '
                     f"({esc(owners)}) – <strong>{ts}</strong></p>")
    (OUT / f"{NAME}.html").write_text(gov_page(
        TITLE, ["Home", "Local government", "Local government reform",
                "Regional working review"], b), encoding="utf-8")


def write_md() -> None:
    """pandoc -f docx -t markdown: the multi-level list becomes nested ordered lists, so
    "Recommendation 1:" and "1.1" are lost; the bold headline text stays."""
    out = [f"# {TITLE}", "", DATE, "", BY, "", "## Foreword", ""]
    out += [x for t in FOREWORD for x in (t, "")] + ["## What we heard", ""]
    out += [x for t in HEARD for x in (t, "")] + ["## Our recommendations", "",
                                                  "Timescales:", ""]
    out += [f"-   **{a}** {b}" for a, b in KEY] + ["", OWNER_NOTE, ""]
    for i, (head, rows) in enumerate(HEADLINES, 1):
        out += [f"{i}.  **{head}**", ""]
        for j, (t, owners, ts) in enumerate(rows, 1):
            out += [f"    {j}.  {t} ({owners}) -- *{ts}*", ""]
    (OUT / f"{NAME}.md").write_text("\n".join(out), encoding="utf-8")


def write_docx() -> None:
    doc = new_docx(font="Arial", size=11)
    header_text(doc, "Independent Review of Regional Working – Final Report")
    footer_page_numbers(doc, "October 2025")
    doc.add_heading(TITLE, level=0)
    add_par(doc, DATE)
    add_par(doc, BY).runs[0].italic = True
    doc.add_heading("Foreword", level=1)
    for t in FOREWORD:
        add_par(doc, t)
    doc.add_heading("What we heard", level=1)
    for t in HEARD:
        add_par(doc, t)
    doc.add_heading("Our recommendations", level=1)
    add_par(doc, "Timescales:")
    for a, b_ in KEY:
        p = add_par(doc, a, bold=True, style="List Bullet")
        p.add_run(" " + b_)
    add_par(doc, OWNER_NOTE)
    nid = multilevel(doc, ["Recommendation %1:", "%1.%2"], indent=720)
    for head, rows in HEADLINES:
        numbered(add_par(doc, head, bold=True, style="List Paragraph"), nid, 0)
        for t, owners, ts in rows:
            p = add_par(doc, t + f" ({owners}) – ", style="List Paragraph")
            p.add_run(ts).italic = True
            numbered(p, nid, 1)
    doc.save(OUT / f"{NAME}.docx")


def write_pdf() -> None:
    st = pdf_styles(10)
    head = st["body"].clone("head", fontName="DejaVu-Bold", spaceBefore=6,
                            leftIndent=0)
    spec = st["body"].clone("spec", leftIndent=22 * mm, firstLineIndent=-10 * mm)
    story = [P(esc(TITLE), st["title"]), P(DATE, st["body"]), P(f"<i>{esc(BY)}</i>",
                                                                 st["body"]),
             P("Foreword", st["h1"])] + [P(esc(t), st["body"]) for t in FOREWORD]
    story += [P("What we heard", st["h1"])] + [P(esc(t), st["body"]) for t in HEARD]
    story += [P("Our recommendations", st["h1"]), P("Timescales:", st["body"])]
    story += [P(f"•&nbsp;&nbsp;<b>{a}</b> {b_}", st["body"]) for a, b_ in KEY]
    story.append(P(esc(OWNER_NOTE), st["body"]))
    for i, (h, rows) in enumerate(HEADLINES, 1):
        story.append(P(f"Recommendation {i}:&nbsp;&nbsp;{esc(h)}", head))
        for j, (t, owners, ts) in enumerate(rows, 1):
            story.append(P(f"{i}.{j}&nbsp;&nbsp;&nbsp;&nbsp;{esc(t)} ({esc(owners)}) – "
                           f"<i>{ts}</i>", spec))
    build_pdf(OUT / f"{NAME}.pdf", story,
              "Independent Review of Regional Working – Final Report", "October 2025")


if __name__ == "__main__":
    write_docx()
    write_pdf()
    write_html()
    write_md()
    print(NAME, len(reading()["recommendations"]))
