"""rec34b: a review's recommendations of the SHIPPED KIND written as paragraphs with INLINE
METADATA: "Review of Local Democracy and Community Leadership in Wales: Final Report" by an
independent review panel commissioned by the Welsh Government and the WLGA (June 2026; real
bodies, panel and content invented).

Themes are Roman-numbered chapter headings "II. People and places" (in the Word file Heading
1 numbered by numbering.xml with upper Roman numerals, the numeral not in the text); under
each, area sub-headings, and for each area a short "Progress so far." paragraph (some
sentences carry footnote marks) before its recommendations, each a paragraph
"Recommendation 3.2 (Area: Workforce and skills; Lead: WLGA with councils; By: March 2027) –
Councils should ...". Footnotes cite sources. A foreword and "How we worked" chapter come
first; an annex lists the panel's members.

The reading (typed here, before any loader ran): areas the areas named (8) with their theme
(4, the chapter names without the numeral); recommendations 1.1-4.3 (13), rec_id the number
printed after "Recommendation", text after the dash, area from the inline "Area:", owners from
"Lead:" (Welsh Government WG, WLGA WLGA, councils LG, CJCs Corporate Joint Committees,
"WLGA with councils" WLGA + LG, "Welsh Government and WLGA" WG + WLGA); activities the
sentences of the "Progress so far." paragraphs (11, unnumbered, without footnote marks);
the "By:" dates, the foreword, "How we worked" and the footnotes are none of these.
Forms: .md pandoc's Markdown from the Word file (the Word numbering of the chapter headings
is lost, as pandoc loses it; `[^1]` footnotes); .html the GOV.WALES HTML publication
(chrome, numerals typed in the h2, `<sup>` footnote links and notes at the end); .docx Word
(Heading 1 chapters numbered I.-IV. by numbering.xml, Heading 2 areas, real footnotes);
.pdf the Word file printed landscape (numerals printed, footnotes at the foot of their page,
running header and page numbers).
"""
from __future__ import annotations

from common34 import (Notes, OxmlElement, add_footnotes, build_pdf_notes, fn_ref,
                      heading_numbering, page, qn)
from gen_common import (OUT, P, add_par, esc, new_docx, pdf_styles, header_text,
                        footer_page_numbers)

NAME = "rec34b-review-inline-metadata"
TITLE = "Review of Local Democracy and Community Leadership in Wales: Final Report"
DATE = "June 2026"
FOREWORD = ["We were asked in September 2025 to look at how councils, community councils and "
            "their partners can widen who stands for election and how people take part in "
            "local decisions. We heard from 240 councillors, officers and residents.",
            "Our recommendations are set out by theme below. Each names the area it belongs "
            "to, who should lead and by when."]
HOW = ["The panel met eleven times between October 2025 and April 2026 and held evidence "
       "sessions in Bangor, Aberystwyth, Swansea and Newport."]
ROMAN = ["I", "II", "III", "IV"]
LEADS = {"Welsh Government": ["WG"], "WLGA": ["WLGA"], "councils": ["LG"],
         "CJCs": ["Corporate Joint Committees"], "WLGA with councils": ["WLGA", "LG"],
         "Welsh Government and WLGA": ["WG", "WLGA"]}
# theme -> [(area, [(progress sentence, note or None)], [(lead, by, text)])]
NOTES: dict[int, str] = {}


def note(text: str) -> int:
    NOTES[len(NOTES) + 1] = text
    return len(NOTES)


THEMES = [
    ("Local democracy", [
        ("Diversity of councillors", [
            ("The 2022 candidates' survey found that 36% of candidates were women.",
             note("Welsh Government, Local Government Candidates Survey 2022, table 4.")),
            ("Eight councils have adopted a diversity declaration since 2023.", None)], [
            ("Welsh Government", "May 2027", "The Welsh Government should repeat the "
             "candidates' survey after every ordinary election and publish the results "
             "within six months."),
            ("WLGA with councils", "December 2026", "Councils should adopt and report on a "
             "diversity declaration, supported by a WLGA template.")]),
        ("Public participation", [
            ("Every council has published a public participation strategy under the 2021 "
             "Act.", note("Local Government and Elections (Wales) Act 2021, section 40."))], [
            ("councils", "March 2027", "Councils should review their participation "
             "strategies with residents and publish what they changed as a result.")]),
    ]),
    ("People and places", [
        ("Community councils", [
            ("One Voice Wales ran training for 410 community councillors in 2025.", None),
            ("Eleven community councils shared a clerk in a pilot.", None)], [
            ("Welsh Government", "March 2028", "The Welsh Government should fund a shared "
             "clerk service for small community councils."),
            ("councils", "December 2026", "Principal councils should agree a charter with "
             "the community councils in their area.")]),
        ("Place-based services", [
            ("Three councils have set up area committees with devolved budgets.", None)], [
            ("WLGA", "September 2026", "The WLGA should publish case studies of area "
             "committees and devolved budgets.")]),
    ]),
    ("Capacity to deliver", [
        ("Workforce and skills", [
            ("Democratic services teams have lost a fifth of their posts since 2015.",
             note("WLGA, Democratic Services Survey 2025, p. 12."))], [
            ("WLGA with councils", "March 2027", "Councils should set a minimum staffing "
             "level for their democratic services, using a WLGA benchmark."),
            ("WLGA with councils", "March 2027", "Councils should offer a recognised "
             "qualification to democratic services officers."),
            ("Welsh Government", "April 2027", "The Welsh Government should fund a national "
             "trainee scheme for democratic services officers.")]),
        ("Data and digital", [
            ("All 22 councils webcast their full council meetings.", None),
            ("Five councils publish their decisions as open data.", None)], [
            ("Welsh Government and WLGA", "March 2028", "The Welsh Government and the WLGA "
             "should agree a common open data standard for council decisions.")]),
    ]),
    ("Accountability", [
        ("Scrutiny", [
            ("The Centre for Governance and Scrutiny reviewed scrutiny in six councils in "
             "2025.", note("Centre for Governance and Scrutiny, Scrutiny in Wales, "
                           "November 2025."))], [
            ("councils", "September 2027", "Councils should give scrutiny committees the "
             "right to call in decisions of Corporate Joint Committees."),
            ("CJCs", "March 2027", "Corporate Joint Committees should publish a forward "
             "work programme that scrutiny committees can comment on.")]),
        ("Performance and self-assessment", [
            ("Panel performance assessments have been completed in nine councils.", None)], [
            ("WLGA", "December 2026", "The WLGA should bring together the findings of panel "
             "performance assessments on democracy and engagement.")]),
    ]),
]
CLOSE = ["We thank everyone who gave evidence. The panel will meet again in June 2027 to "
         "look at what has changed.",
         "Annex: panel members – Professor Elan Closs Stephens (chair), Councillor Mary Ann "
         "Brocklesby, Dr Rhys Dafydd Jones."]


def recs():
    for t, (theme, areas) in enumerate(THEMES, 1):
        n = 0
        for area, progress, rs in areas:
            out = []
            for lead, by, text in rs:
                n += 1
                out.append((f"{t}.{n}", lead, by, text))
            yield t, theme, area, progress, out


def head(num, area, lead, by) -> str:
    return f"Recommendation {num} (Area: {area}; Lead: {lead}; By: {by}) – "


def reading() -> dict:
    areas, rr, acts = [], [], []
    for _t, theme, area, progress, out in recs():
        areas.append({"area": area, "theme": theme})
        acts += [{"activity_no": None, "area": area, "text": s} for s, _k in progress]
        rr += [{"rec_id": num, "area": area, "text": text, "owners": LEADS[lead]}
               for num, lead, _by, text in out]
    return {"kind": "recommendations", "title": TITLE, "areas": areas,
            "recommendations": rr, "activities": acts}


# ------------------------------------------------------------------ Markdown (pandoc from Word)
def write_md() -> None:
    o = [f"# {TITLE}", "", DATE, "", "# Foreword", ""] + sum(([p, ""] for p in FOREWORD), [])
    o += ["# How we worked", ""] + sum(([p, ""] for p in HOW), [])
    for _t, theme, area, progress, out in recs():
        if area == THEMES[_t - 1][1][0][0]:
            o += [f"# {theme}", ""]
        o += [f"## {area}", ""]
        if progress:
            o += ["**Progress so far.** " + " ".join(
                s + (f"[^{k}]" if k else "") for s, k in progress), ""]
        for num, lead, by, text in out:
            o += [f"**{head(num, area, lead, by)[:-3]}** – {text}", ""]
    o += ["# Closing remarks", ""] + sum(([p, ""] for p in CLOSE), [])
    o += [f"[^{k}]: {t}" for k, t in NOTES.items()]
    (OUT / f"{NAME}.md").write_text("\n".join(o) + "\n", encoding="utf-8")


# ------------------------------------------------------------------ web page
def write_html() -> None:
    b = [f"<h1>{esc(TITLE)}</h1>", f'<p class="meta">{DATE}</p>', "<h2>Foreword</h2>"]
    b += [f"<p>{esc(p)}</p>" for p in FOREWORD] + ["<h2>How we worked</h2>"]
    b += [f"<p>{esc(p)}</p>" for p in HOW]
    for t, theme, area, progress, out in recs():
        if area == THEMES[t - 1][1][0][0]:
            b.append(f"<h2>{ROMAN[t - 1]}. {esc(theme)}</h2>")
        b.append(f"<h3>{esc(area)}</h3>")
        if progress:
            b.append("<p><strong>Progress so far.</strong> " + " ".join(
                esc(s) + (f'<sup><a href="#fn{k}" id="fnref{k}">{k}</a></sup>' if k else "")
                for s, k in progress) + "</p>")
        b += [f"<p><strong>{esc(head(num, area, lead, by)[:-3])}</strong> – {esc(text)}</p>"
              for num, lead, by, text in out]
    b += ["<h2>Closing remarks</h2>"] + [f"<p>{esc(p)}</p>" for p in CLOSE]
    b.append('<div class="footnotes"><h2>Footnotes</h2><ol>' + "".join(
        f'<li id="fn{k}">{esc(x)} <a href="#fnref{k}">Back to text</a></li>'
        for k, x in NOTES.items()) + "</ol></div>")
    (OUT / f"{NAME}.html").write_text(page(
        TITLE, "GOV.WALES", ["Home", "Local government", "Democracy", "Reports"], b,
        ["Business and economy", "Education", "Health", "Local government", "Transport"],
        "Welsh Government, Cathays Park, Cardiff, CF10 3NQ"), encoding="utf-8")


# ------------------------------------------------------------------ Word
def write_docx() -> None:
    doc = new_docx(font="Arial", size=11)
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    header_text(doc, "Review of Local Democracy and Community Leadership in Wales")
    footer_page_numbers(doc, "Final Report, June 2026")
    doc.add_heading(TITLE, level=0)
    add_par(doc, DATE)
    # Foreword, How we worked and Closing remarks: Heading 1 with numbering switched off
    heading_numbering(doc, {0: "%1."})
    numbering = doc.part.numbering_part.element
    for lvl in numbering.iter(qn("w:lvl")):
        ps = lvl.find(qn("w:pStyle"))
        if ps is not None and ps.get(qn("w:val")) == "Heading1":
            lvl.find(qn("w:numFmt")).set(qn("w:val"), "upperRoman")

    def unnumbered(h):
        ppr = h._p.get_or_add_pPr()
        numpr = OxmlElement("w:numPr")
        ni = OxmlElement("w:numId")
        ni.set(qn("w:val"), "0")
        numpr.append(ni)
        ppr.insert(1, numpr)

    unnumbered(doc.add_heading("Foreword", level=1))
    for p in FOREWORD:
        add_par(doc, p)
    unnumbered(doc.add_heading("How we worked", level=1))
    for p in HOW:
        add_par(doc, p)
    for t, theme, area, progress, out in recs():
        if area == THEMES[t - 1][1][0][0]:
            doc.add_heading(theme, level=1)
        doc.add_heading(area, level=2)
        if progress:
            p = add_par(doc, "Progress so far.", bold=True)
            for i, (s, k) in enumerate(progress):
                p.add_run(" " + s)
                if k:
                    fn_ref(p, k)
        for num, lead, by, text in out:
            p = add_par(doc, head(num, area, lead, by)[:-3], bold=True)
            p.add_run(" – " + text)
    unnumbered(doc.add_heading("Closing remarks", level=1))
    for p in CLOSE:
        add_par(doc, p)
    add_footnotes(doc, NOTES)
    doc.save(OUT / f"{NAME}.docx")


# ------------------------------------------------------------------ PDF (landscape print)
def write_pdf() -> None:
    st = pdf_styles(10)
    s = [P(esc(TITLE), st["title"]), P(DATE, st["body"]), P("Foreword", st["h1"])]
    s += [P(esc(p), st["body"]) for p in FOREWORD] + [P("How we worked", st["h1"])]
    s += [P(esc(p), st["body"]) for p in HOW]
    for t, theme, area, progress, out in recs():
        if area == THEMES[t - 1][1][0][0]:
            s.append(P(f"{ROMAN[t - 1]}.&nbsp;&nbsp;&nbsp;{esc(theme)}", st["h1"]))
        s.append(P(esc(area), st["h2"]))
        if progress:
            s.append(P("<b>Progress so far.</b> " + " ".join(
                esc(x) + (f"<super>{k}</super>" if k else "") for x, k in progress),
                st["body"]))
            ks = [(k, NOTES[k]) for _x, k in progress if k]
            if ks:
                s.append(Notes(ks))
        s += [P(f"<b>{esc(head(num, area, lead, by)[:-3])}</b> – {esc(text)}", st["body"])
              for num, lead, by, text in out]
    s += [P("Closing remarks", st["h1"])] + [P(esc(p), st["body"]) for p in CLOSE]
    build_pdf_notes(OUT / f"{NAME}.pdf", s, "Review of Local Democracy and Community "
                    "Leadership in Wales", "Final Report, June 2026", wide=True, title=TITLE)


if __name__ == "__main__":
    write_md()
    write_html()
    write_docx()
    write_pdf()
    r = reading()
    print(NAME, len(r["recommendations"]), len(r["areas"]), len(r["activities"]))
