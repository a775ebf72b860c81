"""prog33a: a WLGA programme update to Members of the SHIPPED KIND in its ORDINARY layout (the
layout of improvement-programme-2021-22-update.txt: Purpose / Background numbered paragraphs
with the grants in sentences, "Progress Update", numbered headings "5. ..." over bullets
opening with a bold "Label:", "Recommendations" 8.1 / 8.2, authors), whose FILES are damaged:

- .txt  Word's "Save as Plain Text" in Windows-1252 with no BOM ("£" 0xA3, "’" 0x92, "–" 0x96,
        "•" 0x95), hard-wrapped at 72 columns with hanging indents, trailing spaces;
- .html the WLGA website page declared `charset=iso-8859-1` while its bytes are UTF-8 (a
        browser shows "Â£640,000", "Officersâ€™"), entity soup (&#163;, &pound;, &nbsp;),
        unclosed <p> and <li> tags;
- .docx saved by LibreOffice with direct formatting only: headings are bold 14 pt Normal
        paragraphs with a typed "5.<tab>" number, paragraphs numbered by typed "1.<tab>", bullets
        a typed "•<tab>", an EMPTY paragraph after every paragraph;
- .pdf  a print with ligatures (ﬁ ﬂ ﬀ ﬃ) in the text layer, a two-column cover page (title block
        left, summary and contents right) and a running header / footer on every page.

The reading (typed here, before any loader ran): items the bullets under 5-7 (10), text with
the label; section the heading number; status from the words; quarter the 2025-26 quarter of
the date the item gives (the outstanding date where two are given), None where none; grants
the two named in paragraphs 3 and 4 (2025-26).
"""
from __future__ import annotations

from damage33 import (NBSP, OUT, as_libreoffice, esc, ligatures, lo_par, mm, page,
                      wrap72)
from gen_common import P, build_pdf, pdf_styles

NAME = "prog33a-digital-programme-update"
TITLE = "WLGA Digital Support Programme 2025-26 Update"
DATE = "26th September 2025"

PURPOSE = ["To update Members on progress against the Delivery Plan for the Digital Support "
           "Programme 2025-26 and to seek views on the programme’s priorities for 2026-27."]
BACKGROUND = [
    "The Digital Support Programme helps councils to make the most of digital technology and "
    "data, led by the WLGA’s Chief Digital Officer for local government.",
    "The delivery plan 2025-26 was approved by Welsh Government to secure £640,000 Digital "
    "Support Programme grant funding for 2025-26. Work is under way to develop the draft "
    "delivery plan for 2026-27.",
    "In addition, the Welsh Government has awarded a Cyber Resilience grant of £185,000 for "
    "2025-26 from its Cyber Action Plan, which funds the cyber resilience priority.",
]
# (heading, [(label, text, status, quarter, partners)])
SECTIONS = [
    ("Digital Strategy and Leadership", [
        ("Chief Digital Officers’ network", "the network met four times in quarter 1 and "
         "agreed a shared roadmap for 2025-26 with SOLACE.", "done", "2025-26 Q1", ["SOLACE"]),
        ("Digital leadership programme", "a second cohort of 40 senior officers started the "
         "programme with Academi Wales in September 2025 and will finish in February 2026.",
         "in progress", "2025-26 Q4", ["Academi Wales"]),
        ("Digital maturity assessment", "the self-assessment tool is being piloted by five "
         "councils and will be offered to all councils by December 2025.", "in progress",
         "2025-26 Q3", []),
    ]),
    ("Data and Insight", [
        ("Data dashboards", "Data Cymru has published the homelessness and school attendance "
         "dashboards, which were built with the 22 councils.", "done", None, ["Data Cymru"]),
        ("Data skills", "14 cohorts of DataBasics training have been delivered; a further six "
         "are scheduled between January and March 2026.", "in progress", "2025-26 Q4", []),
        ("Open data", "work with the Society of Welsh Treasurers to publish council spending "
         "data has slipped because of staff shortages and is now expected in quarter 4.",
         "at risk", "2025-26 Q4", ["Society of Welsh Treasurers"]),
    ]),
    ("Cyber Resilience", [
        ("Cyber exercise", "a national cyber incident exercise was held on 12 June 2025, with "
         "all 22 councils taking part.", "done", "2025-26 Q1", []),
        ("Regional cyber officer", "recruitment of a cyber security officer for the North Wales "
         "councils was completed in August 2025.", "done", "2025-26 Q2", []),
        ("Certification", "support for councils working towards Cyber Essentials Plus "
         "certification will begin in quarter 3.", "planned", "2025-26 Q3", []),
        ("Backup review", "a review of council backup and recovery arrangements with CIPFA is "
         "ongoing and will report to the Board by 31st March 2026.", "in progress",
         "2025-26 Q4", ["CIPFA"]),
    ]),
]
RECS = ["8.1 Note the Digital Support Programme progress report; and",
        "8.2 Provide views on the programme’s priorities for 2026-27."]
AUTHORS = ["Report cleared by Cllr Anthony Hunt, WLGA Spokesperson for Digital",
           "Author: Gareth Price, Programme Manager – Digital",
           "E-mail: gareth.price@wlga.gov.uk"]
FIRST = 5  # the first progress heading's paragraph number


def reading() -> dict:
    items = []
    for i, (_h, its) in enumerate(SECTIONS, FIRST):
        for j, (lab, t, st, q, partners) in enumerate(its, 1):
            items.append({"ref": f"{i}.{j}", "section": str(i), "text": f"{lab}: {t}",
                          "status": st, "quarter": q, "partners": partners})
    return {"kind": "programme", "title": TITLE, "date": "2025-09-26",
            "priorities": [h for h, _ in SECTIONS], "items": items,
            "grants": [{"grant": "Digital Support Programme grant", "amount_gbp": 640000,
                        "financial_year": "2025-26"},
                       {"grant": "Cyber Resilience grant", "amount_gbp": 185000,
                        "financial_year": "2025-26"}]}


# ------------------------------------------------------------------ .txt (cp1252, wrapped)
def write_txt() -> None:
    L = [DATE, "", TITLE.upper(), "", "Purpose", ""]
    n = 1
    for x in PURPOSE:
        L += wrap72(f"{n}.  {x}", hang="    ")
        n += 1
    L += ["", "Background", ""]
    for x in BACKGROUND:
        L += wrap72(f"{n}.  {x}", hang="    ") + [""]
        n += 1
    L += ["Progress Update", ""]
    for i, (h, its) in enumerate(SECTIONS, FIRST):
        L += [f"{i}.  {h}", ""]
        for lab, t, *_ in its:
            L += wrap72(f"  \u2022 {lab}: {t}", hang="    ")
        L.append("")
    L += ["Recommendations", "", "8.  Members are asked to:", ""]
    for r in RECS:
        L += wrap72("    " + r, hang="        ")
    L += [""] + AUTHORS
    # Word's plain-text export leaves the trailing space of a wrapped line in place
    L = [ln + " " if ln and i % 3 == 0 else ln for i, ln in enumerate(L)]
    (OUT / f"{NAME}.txt").write_bytes(("\r\n".join(L) + "\r\n").encode("cp1252"))


# ------------------------------------------------------------------ .html (UTF-8 as latin-1)
def soup(s: str, k: int) -> str:
    """Entity soup: the £ of alternate paragraphs as &pound; / &#163; / the raw character."""
    s = esc(s, quote=False)
    return s.replace("£", ("&pound;", "&#163;", "£")[k % 3]).replace(" – ", "&nbsp;&ndash; ")


def write_html() -> None:
    b = [f'<p class="date">{DATE}', f"<h1>{esc(TITLE)}</h1>", "<h2>Purpose</h2>",
         "<ol>"] + [f"<li>{soup(x, 0)}" for x in PURPOSE] + ["</ol>", "<h2>Background</h2>",
                                                             '<ol start="2">']
    b += [f"<li>{soup(x, k)}" for k, x in enumerate(BACKGROUND)] + ["</ol>",
                                                                    "<h2>Progress Update</h2>"]
    for i, (h, its) in enumerate(SECTIONS, FIRST):
        b.append(f"<p><strong>{i}.&nbsp;{esc(h)}</strong>")
        b.append("<ul>")
        b += [f"<li><strong>{esc(lab)}:</strong>&nbsp;{soup(t, 2)}" for lab, t, *_ in its]
        b.append("</ul>")
    b += ["<h2>Recommendations</h2>", "<p>8.&nbsp;Members are asked to:", "<ul>"]
    b += [f"<li>{soup(r, 2)}" for r in RECS] + ["</ul>"] + [f"<p>{soup(a, 2)}" for a in AUTHORS]
    html = page(TITLE, "WLGA", ["Home", "Our work", "Digital", "Executive Board papers"], b,
                ["About us", "Our work", "News", "Publications", "Contact"],
                "Welsh Local Government Association, One Canal Parade, Dumballs Road, Cardiff, "
                "CF10 5BF")
    html = html.replace('<meta charset="utf-8">',
                        '<meta http-equiv="Content-Type" content="text/html; '
                        'charset=iso-8859-1">')
    (OUT / f"{NAME}.html").write_bytes(html.encode("utf-8"))


# ------------------------------------------------------------------ .docx (LibreOffice)
def write_docx() -> None:
    from gen_common import new_docx
    doc = new_docx(font="Arial", size=11)
    lo_par(doc, DATE, blank_after=True)
    lo_par(doc, TITLE.upper(), bold=True, size=16, blank_after=True)
    lo_par(doc, "Purpose", bold=True, size=13, blank_after=True)
    n = 1
    for x in PURPOSE:
        lo_par(doc, f"{n}.\t{x}", hang=True, blank_after=True)
        n += 1
    lo_par(doc, "Background", bold=True, size=13, blank_after=True)
    for x in BACKGROUND:
        lo_par(doc, f"{n}.\t{x}", hang=True, blank_after=True)
        n += 1
    lo_par(doc, "Progress Update", bold=True, size=13, blank_after=True)
    for i, (h, its) in enumerate(SECTIONS, FIRST):
        lo_par(doc, f"{i}.\t{h}", bold=True, size=12, hang=True, blank_after=True)
        for lab, t, *_ in its:
            lo_par(doc, runs=[("\u2022\t", False), (f"{lab}:", True), (" " + t, False)],
                   hang=True, blank_after=True)
    lo_par(doc, "Recommendations", bold=True, size=13, blank_after=True)
    lo_par(doc, "8.\tMembers are asked to:", hang=True, blank_after=True)
    for r in RECS:
        lo_par(doc, runs=[(r, True)], blank_after=True)
    for a in AUTHORS:
        lo_par(doc, a, blank_after=True)
    path = OUT / f"{NAME}.docx"
    doc.save(path)
    as_libreoffice(path)


# ------------------------------------------------------------------ .pdf (ligatures, cover)
def write_pdf() -> None:
    from reportlab.platypus import PageBreak, Table, TableStyle
    st = pdf_styles(10)

    def L(s: str, style: str = "body"):
        return P(esc(ligatures(s)), st[style])
    left = [L(DATE), L(TITLE.upper(), "title"), L("Report to: WLGA Executive Board"),
            L("Report cleared by: Cllr" + NBSP + "Anthony Hunt")]
    right = [L("Summary", "h2"),
             L("This report updates Members on the Digital Support Programme and the "
               "financial position of its two grants for 2025-26."),
             L("Contents", "h2"), L("Purpose  1"), L("Background  2-4"),
             L("Progress Update  5-7"), L("Recommendations  8")]
    cover = Table([[left, right]], colWidths=[84 * mm, 84 * mm])
    cover.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 8)]))
    s = [cover, PageBreak(), L(DATE), L(TITLE.upper(), "title"), L("Purpose", "h1")]
    n = 1
    for x in PURPOSE:
        s.append(L(f"{n}.   {x}"))
        n += 1
    s.append(L("Background", "h1"))
    for x in BACKGROUND:
        s.append(L(f"{n}.   {x}"))
        n += 1
    s.append(L("Progress Update", "h1"))
    for i, (h, its) in enumerate(SECTIONS, FIRST):
        s.append(L(f"{i}.   {h}", "h2"))
        for lab, t, *_ in its:
            s.append(P(f"•&nbsp;&nbsp;<b>{esc(ligatures(lab))}:</b> {esc(ligatures(t))}",
                       st["body"]))
    s += [L("Recommendations", "h1"), L("8.   Members are asked to:")]
    s += [P(f"<b>{esc(ligatures(r))}</b>", st["body"]) for r in RECS]
    s += [L(a) for a in AUTHORS]
    build_pdf(OUT / f"{NAME}.pdf", s, "WLGA \u2013 OFFICIAL", "WLGA Executive Board \u2013 "
              "26 September 2025 \u2013 Digital Support Programme")


if __name__ == "__main__":
    write_txt()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["items"]))
