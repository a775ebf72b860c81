"""prog21a: the shipped kind itself, a WLGA Improvement Programme update to Members (numbered
paragraphs, "Progress Update" with numbered priority headings over bold-labelled bullets,
the grants in the Background paragraphs), made in Google Docs.

Forms: .html Google Docs "Download > Web page" (the paragraph numbers 1-9 are CSS counters
of one lst-kix list, not in the text: the priority headings 6, 7, 8 are items of it);
.docx Google Docs "Download > .docx" (numbering.xml "%1.", bullets "●", labels in the Strong
character style); .pdf Google Docs "Download > PDF" (numbers drawn in hanging indents, no
page header or footer); .md Obsidian (task list: a tick where the work is complete; the
Background in a <details> toggle; the recommendation a > [!IMPORTANT] callout).
"""
from forms21 import OUT, gdocs_html, write_docx, write_md, write_pdf

NAME = "prog21a-improvement-programme-update"
TITLE = "WLGA IMPROVEMENT PROGRAMME 2025-26 UPDATE"
LISTS = {"paras": ("ol", ["%1.", "%1.%2."]), "bul": ("ul", None)}
# priority: [(label, text, status, quarter, partners)]
PRIORITIES = [
    ("Scrutiny", [
        ("Scrutiny chairs' network", "the relaunch of the network with the Centre for Governance and Scrutiny was completed in quarter one; 19 councils now take part.", "done", "2025-26 Q1", ["Centre for Governance and Scrutiny"]),
        ("Self-evaluation toolkit", "a scrutiny self-evaluation toolkit is being tested with four councils and is on track for publication in quarter three.", "in progress", "2025-26 Q3", []),
        ("Questioning skills", "e-learning modules for scrutiny members are scheduled for quarter four and will be built with Academi Wales.", "planned", "2025-26 Q4", ["Academi Wales"]),
    ]),
    ("Data Culture", [
        ("Data maturity assessments", "assessments with Data Cymru are underway in 11 councils, with the remaining councils due to complete them by the end of quarter three.", "in progress", "2025-26 Q3", ["Data Cymru"]),
        ("Shared performance dashboard", "the launch has been delayed to quarter four because the supplier contract was not signed in time, and remains a risk to delivery.", "at risk", "2025-26 Q4", []),
    ]),
    ("Public Engagement and Participation", [
        ("Participation strategies", "the peer review of councils' public participation strategies was completed in quarter two and a summary of good practice has been shared with all 22 councils.", "done", "2025-26 Q2", []),
        ("Electronic petitions", "work with Audit Wales on a shared approach to electronic petitions is scheduled to begin in quarter four.", "planned", "2025-26 Q4", ["Audit Wales"]),
        ("Young people's budget panel", "recruitment of facilitators has slipped and the first panel, planned with two councils, is now at risk of moving to quarter four.", "at risk", "2025-26 Q4", []),
    ]),
]
GRANT1 = ("The delivery plan 2025-26 was approved by Welsh Government to secure £800,000 "
          "Improvement Programme grant funding for 2025-26. Work is underway to develop the "
          "draft delivery plan for 2026-27.")
GRANT2 = ("In addition, Welsh Government has awarded a Digital Capability grant of £250,000 "
          "for 2025-26, which funds the data culture priority.")


def reading() -> dict:
    items = []
    for s, (_p, bullets) in enumerate(PRIORITIES, 6):
        for k, (lab, text, st, q, pa) in enumerate(bullets, 1):
            items.append({"ref": f"{s}.{k}", "section": str(s), "text": f"{lab}: {text}",
                          "status": st, "quarter": q, "partners": pa})
    return {"kind": "programme", "title": "WLGA Improvement Programme 2025-26 Update",
            "date": "2025-10-16", "priorities": [p for p, _b in PRIORITIES], "items": items,
            "grants": [{"grant": "Improvement Programme grant", "amount_gbp": 800000, "financial_year": "2025-26"},
                       {"grant": "Digital Capability grant", "amount_gbp": 250000, "financial_year": "2025-26"}]}


def blocks(md: bool) -> list:
    par = lambda t: ("list", "paras", [(0, t, None)])  # noqa: E731
    b = [("p", "16th October 2025"), ("title", TITLE), ("h", 2, "Purpose"),
         par("To update Members on progress against the Delivery Plan for the Improvement "
             "Programme 2025-26 and to seek views on priorities for 2026-27.")]
    back = [par("The Improvement Programme demonstrates the shared commitment of the WLGA and "
                "Welsh Government to sector-led improvement across local government in Wales."),
            par(GRANT1), par(GRANT2),
            par("Members endorsed three priorities for 2025-26 at the Leaders' meeting on 20th March 2025:"),
            ("list", "bul", [(1, p + (";" if i < 2 else "."), None) for i, (p, _x) in enumerate(PRIORITIES)])]
    if md:
        b.append(("details", "Background", back))
    else:
        b += [("h", 2, "Background")] + back
    b.append(("h", 2, "Progress Update"))
    for p, bullets in PRIORITIES:
        b.append(("list", "paras", [(0, [(p, "b")], None)]))
        b.append(("list", "bul", [(1, [(lab + ":", "b"), (" " + text, "")], st == "done" if md else None)
                                  for lab, text, st, _q, _pa in bullets]))
    b.append(("h", 2, "Recommendation"))
    rec = "Members are asked to note progress and to comment on the priorities for 2026-27."
    b.append(("note", "important", rec) if md else par(rec))
    b += [("p", [("Author:", "b"), (" Improvement Team, WLGA (", ""),
                 ("improvement@wlga.gov.uk", ("a", "mailto:improvement@wlga.gov.uk")), (")", "")])]
    return b


def main():
    b = blocks(False)
    (OUT / f"{NAME}.html").write_text(gdocs_html(b, LISTS, TITLE), encoding="utf-8")
    write_docx(b, LISTS, OUT / f"{NAME}.docx")
    write_pdf(b, LISTS, OUT / f"{NAME}.pdf", "gdocs", TITLE)
    (OUT / f"{NAME}.md").write_text(write_md(blocks(True), LISTS), encoding="utf-8")


if __name__ == "__main__":
    main()
