"""rec28b: a regulator's FOLLOW-UP REVIEW of its earlier recommendations: Audit Wales reports
on a council's progress with the five recommendations it made in 2024, in a table
`Recommendation (as made in 2024) | Status | Our findings` (Implemented / Partly implemented /
Not implemented / Superseded; the old recommendations printed "R1" .. "R5" in their cells),
then "New recommendations" R1-R3 under two sub-headings for what is still open.

The reading: the paper's recommendations are ONLY the new R1-R3 (the 2024 ones are the earlier
report's, reported on here with a status; those still open are remade as the new ones), in
every form. Area: the sub-heading each new recommendation sits under; owners: the council
("The Council should"), "LG".

Audit Wales (real; the follow-up form after its published follow-up reviews and local
reports, e.g. the work programme updates reported to councils' Governance and Audit
Committees); Glanmor County Borough Council (fictional), content invented; October 2026.
Forms: .md pandoc pipe tables; .html the Audit Wales website (ReadSpeaker bar, cookie banner,
"Find documents", publication metadata, footer); .docx Audit Wales' Word layout (the follow-up
table with a shaded header, bold "R1" run-ins); .pdf A4, the follow-up table over two pages.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)

import blocks28 as B
from gen_common import OUT, build_pdf, esc, footer_page_numbers, header_text, new_docx, pdf_styles

NAME = "rec28b-audit-wales-follow-up-review"
TITLE = "Glanmor County Borough Council – Follow-up review of workforce planning"
META = "Audit Wales, October 2026"
OLD = [
    ("R1 The Council should produce a strategic workforce plan linked to its medium-term "
     "financial plan.", "Implemented",
     "The Council approved a Strategic Workforce Plan 2025-2030 in March 2025. It is linked to "
     "the medium-term financial plan and was refreshed with the 2026-27 budget."),
    ("R2 The Council should collect and analyse workforce data on age profile, turnover and "
     "vacancies for every service.", "Partly implemented",
     "Data is now collected for every service, but it has been analysed for only four of the "
     "seven directorates. See new recommendation R1."),
    ("R3 The Council should develop succession plans for its critical posts.",
     "Not implemented",
     "The Council has not yet agreed which posts are critical. Work was paused during the "
     "2025 restructure. See new recommendation R2."),
    ("R4 The Council should evaluate its 'grow your own' schemes for social workers and "
     "planners.", "Superseded",
     "The schemes were replaced in September 2025 by the regional apprenticeship programme, "
     "which is evaluated by the region."),
    ("R5 The Council should report workforce performance to Cabinet at least twice a year.",
     "Partly implemented",
     "Workforce performance was reported to Cabinet once in 2025-26, in November 2025. See new "
     "recommendation R3."),
]
NEW = [
    ("Strategic workforce planning", [
        ("R1", "The Council should complete the analysis of workforce data for all seven "
         "directorates by March 2027 and use it to update the Strategic Workforce Plan."),
        ("R2", "The Council should identify its critical posts and agree a succession plan for "
         "each of them by September 2027."),
    ]),
    ("Recruitment and retention", [
        ("R3", "The Council should report workforce performance, including turnover and agency "
         "spend, to Cabinet every six months from April 2027."),
    ]),
]


def blocks() -> list:
    b = [("title", TITLE), ("meta", META), ("h1", "About this report"),
         ("p", "In 2024 we reported on the Council's arrangements for workforce planning and "
          "made five recommendations. This review asks whether the Council has acted on them. "
          "We carried out our work between May and August 2026 by reviewing documents and "
          "interviewing officers and members."),
         ("h1", "Summary"),
         ("p", "We found that the Council has made progress: it has implemented one of our 2024 "
          "recommendations, partly implemented two, and not implemented one; one has been "
          "superseded. The Council still needs to understand its workforce data and plan for "
          "succession in critical posts."),
         ("h1", "Progress on our 2024 recommendations"),
         ("p", "Exhibit 1 sets out each recommendation as we made it in 2024, its status and "
          "what we found."),
         ("bp", "Exhibit 1:", "progress on the 2024 recommendations"),
         ("table", ["Recommendation (as made in 2024)", "Status", "Our findings"],
          [list(r) for r in OLD]),
         ("h1", "New recommendations"),
         ("p", "Where our 2024 recommendations have not been fully implemented, we make the "
          "following new recommendations.")]
    for area, recs in NEW:
        b.append(("h2", area))
        b += [("bp", r, t) for r, t in recs]
    b += [("h1", "Next steps"),
          ("p", "We will ask the Council to set out its response to the new recommendations "
           "and will report on progress in our Annual Audit Summary 2027."),
          ("p", "This report has been prepared for the Council under section 17 of the Public "
           "Audit (Wales) Act 2004 and section 15 of the Well-being of Future Generations "
           "(Wales) Act 2015.")]
    return b


def reading() -> dict:
    return {"kind": "recommendations", "title": TITLE,
            "areas": [{"area": a, "theme": None} for a, _r in NEW],
            "recommendations": [{"rec_id": r, "area": a, "text": t, "owners": ["LG"]}
                                for a, recs in NEW for r, t in recs],
            "activities": None}


def write_md() -> None:
    (OUT / f"{NAME}.md").write_text(B.md(blocks()), encoding="utf-8")


def write_html() -> None:
    h = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
         f"<title>{esc(TITLE)} | Audit Wales</title></head><body>",
         '<div class="eu-cookie-compliance-banner"><p>We use cookies on this site to enhance '
         'your user experience.</p><button>Accept</button><button>No, thanks</button></div>',
         '<header><a href="/" class="logo">Audit Wales / Archwilio Cymru</a><a href="/cy">'
         'Cymraeg</a><nav><ul><li><a href="#">About us</a></li><li><a href="#">Publications'
         '</a></li><li><a href="#">News</a></li><li><a href="#">Contact</a></li></ul></nav>'
         '</header>', '<div class="readspeaker"><a href="#">Listen</a></div>',
         '<main><div class="publication-meta"><p>Published: 14 Oct 2026</p><p>Sector: Local '
         'government</p><p>Topic: Workforce</p></div><article>']
    h += B.html(blocks())
    h += ['</article><aside><h2>Find documents</h2><ul><li><a href="#">Follow-up review of '
          'workforce planning (PDF)</a></li><li><a href="#">Adolygiad dilynol (PDF)</a></li>'
          '</ul></aside><div class="feedback"><p>We\'d like your feedback</p></div></main>',
          '<footer><p>Audit Wales, 1 Capital Quarter, Tyndall Street, Cardiff, CF10 4BZ</p>'
          '<ul><li><a href="#">Accessibility statement</a></li><li><a href="#">Privacy</a></li>'
          '</ul></footer></body></html>']
    (OUT / f"{NAME}.html").write_text("\n".join(h) + "\n", encoding="utf-8")


def write_docx() -> None:
    doc = new_docx(font="Arial", size=11)
    header_text(doc, "Follow-up review of workforce planning – Glanmor County Borough Council")
    footer_page_numbers(doc, "Audit Wales")
    B.docx(blocks(), doc, fill="B4C6E7")
    doc.save(OUT / f"{NAME}.docx")


def write_pdf() -> None:
    st = pdf_styles(10)
    mm = B.mm
    story = B.pdf(blocks(), st, widths={3: [70 * mm, 30 * mm, 74 * mm]}, pad=20)
    build_pdf(OUT / f"{NAME}.pdf", story, "Follow-up review of workforce planning",
              "Audit Wales – Glanmor County Borough Council")


if __name__ == "__main__":
    write_md()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["recommendations"]))
