"""rec48a: a RESEARCH REPORT BY A POLICY INSTITUTE (Wales Centre for Public Policy style),
typeset in LaTeX: "Sharing services in Welsh local government: evidence and options", Wales
Centre for Evidence and Policy (invented institute), March 2026.

Layout: title page; "Executive summary" with a "Summary of recommendations" that repeats every
recommendation BRIEFLY ("2.1 Welsh Government: commission an independent evaluation ...");
numbered chapters (1 Introduction .. 7 Conclusion) with numbered sections ("3.1 Current
arrangements": the same numbers as the recommendations, on other things) and FOOTNOTES (one
inside a recommendation box); boxed "Recommendation 3.1" numbered per chapter under chapters
2-6 (12). Owners only in the sentence ("The Welsh Government should ...", "Local authorities
should ...", "The WLGA and local authorities should ...").

The reading (typed here by hand): areas the chapter titles holding recommendations (5, no
themes); recommendations the 12 boxes, ONCE each (the summary repeats them), rec_id the printed
number "3.1", text the box's sentence without a footnote marker, owners from the subject
(Welsh Government WG, local authorities LG, WLGA WLGA; Data Cymru, named in 2.2 as the
template's author, is no owner; Corporate Joint Committees in 3.3 are its subject matter, not
owners); no activities (a research report reports evidence, not work under way).

Forms: .pdf the LaTeX print (serif, justified, running heads with the chapter in capitals and
the page number, a rule, footnotes at the page foot, "Chapter 3" over the title, boxes framed
and shaded); .html the institute's report page (pandoc's HTML from the LaTeX source inside the
site's chrome: `<span class="header-section-number">`, `<div class="recbox">`, footnote
links and a footnotes section); .docx pandoc's Word output (Heading 1/2 with the numbers in
the text, Body Text, real footnotes in footnotes.xml, the summary pandoc's "Definition Term" / "Definition" paragraphs); .md
pandoc's Markdown (`::: recbox` fenced divs, `[^3]` footnotes, `{#sec:...}` identifiers)."""
from __future__ import annotations

import re

import common48 as C
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

NAME = "rec48a-policy-institute-latex-report"
TITLE = "Sharing services in Welsh local government: evidence and options"
AUTHORS = "Dr Rhian Bowen and Professor Gareth Lloyd"
INSTITUTE = "Wales Centre for Evidence and Policy"
DATE_TEXT = "March 2026"

FOOT = {  # numbered in order of appearance, as LaTeX numbers \footnote
    1: "Welsh Government (2021) Local Government and Elections (Wales) Act 2021, Part 5.",
    2: "Interviews with 31 chief officers and 14 elected members, June to October 2025.",
    3: "Audit Wales (2023) Collaboration between councils: a review of shared services.",
    4: "Data Cymru (2025) Local government expenditure returns 2024-25.",
    5: "Of the nine arrangements that ended early, seven cited governance (interviews, n. 2).",
    6: "The Welsh Government's Invest to Save scheme already lends over three years.",
    7: "WLGA workforce survey of shared services managers, September 2025 (n = 58).",
    8: "See Chapter 3 on the hosting role of Corporate Joint Committees.",
}
SUMMARY_INTRO = [
    "Welsh councils have shared services for decades, from regulatory services to payroll. "
    "This report draws together the evidence on what those arrangements have achieved and "
    "what would help councils to share more where it makes sense to do so.",
    "We find that the evidence of savings is thin because costs are rarely recorded "
    "consistently, that governance is the most common reason shared services fail, and that "
    "short-term funding discourages councils from investing in them.",
]
# chapter, title, [sections: (title, [paragraphs with {n} footnote markers])],
#   [(rec number, text with optional {n} marker, summary line, READING owners)]
CHAPTERS = [
    (1, "Introduction", [
        ("Purpose of this report", [
            "The Welsh Government asked the Centre to review the evidence on shared services "
            "between councils in the context of the new duties on performance and "
            "collaboration.{1}",
            "We reviewed published evaluations and interviewed officers and members in "
            "eleven councils.{2}"]),
    ], []),
    (2, "The evidence on shared services", [
        ("What has been shared", [
            "The most common shared services are regulatory services, building control, "
            "procurement and ICT, and most involve two or three neighbouring councils.{3}"]),
        ("What they have achieved", [
            "Savings are reported for fewer than half of the arrangements we examined, and "
            "where they are reported they are calculated in different ways.{4}"]),
    ], [
        ("2.1", "The Welsh Government should commission an independent evaluation of the "
         "shared services established since 2014 and publish it by 2027.",
         "Welsh Government: commission an independent evaluation of shared services since "
         "2014.", ["WG"]),
        ("2.2", "Local authorities should record the costs and savings of every shared "
         "service in a common format, using the template developed by Data Cymru.",
         "Local authorities: record costs and savings in a common format.", ["LG"]),
    ]),
    (3, "Governance and accountability", [
        ("Current arrangements", [
            "Most shared services rest on a legal agreement between the councils, but few "
            "agreements say how the service will be scrutinised."]),
        ("What the evidence shows", [
            "Interviewees most often blamed unclear accountability when an arrangement "
            "ended early.{5}"]),
    ], [
        ("3.1", "Local authorities should set out in a written agreement, reviewed every "
         "three years, how each shared service is governed and scrutinised.",
         "Local authorities: a written governance agreement, reviewed every three years.",
         ["LG"]),
        ("3.2", "The WLGA and local authorities should develop model scrutiny arrangements "
         "for services delivered jointly by two or more councils.",
         "WLGA and local authorities: model scrutiny arrangements for joint services.",
         ["WLGA", "LG"]),
        ("3.3", "The Welsh Government should clarify in guidance how Corporate Joint "
         "Committees can host services shared by their constituent councils.",
         "Welsh Government: guidance on Corporate Joint Committees hosting shared services.",
         ["WG"]),
    ]),
    (4, "Funding and incentives", [
        ("The cost of setting up", [
            "Set-up costs fall in the first two years while savings arrive later, which "
            "annual grants do not reflect."]),
    ], [
        ("4.1", "The Welsh Government should offer three-year funding for the set-up costs of "
         "new shared services, rather than annual grants.{6}",
         "Welsh Government: three-year set-up funding.", ["WG"]),
        ("4.2", "Local authorities should agree in advance how savings and unexpected costs "
         "will be shared between the partners.",
         "Local authorities: agree in advance how savings and costs are shared.", ["LG"]),
        ("4.3", "The Welsh Government and the WLGA should jointly review whether the local "
         "government finance settlement discourages collaboration between councils.",
         "Welsh Government and WLGA: review whether the settlement discourages "
         "collaboration.", ["WG", "WLGA"]),
    ]),
    (5, "Workforce and skills", [
        ("Staff in shared services", [
            "Managers of shared services told us that different terms and conditions within "
            "one team were a constant source of grievance.{7}"]),
    ], [
        ("5.1", "Local authorities should harmonise terms and conditions for staff "
         "transferring into a shared service where this is affordable.",
         "Local authorities: harmonise terms and conditions where affordable.", ["LG"]),
        ("5.2", "The WLGA should establish a network for managers of shared services to "
         "share practice and to induct new managers.",
         "WLGA: a network for managers of shared services.", ["WLGA"]),
    ]),
    (6, "Data and digital infrastructure", [
        ("Systems", [
            "Incompatible systems were the most frequently cited practical barrier, and "
            "several arrangements ran two payroll systems side by side for years.{8}"]),
    ], [
        ("6.1", "Local authorities should adopt common data standards before procuring "
         "systems for a shared service.",
         "Local authorities: common data standards before procurement.", ["LG"]),
        ("6.2", "The Welsh Government should fund a national platform for shared back-office "
         "systems, available to any council that wishes to use it.",
         "Welsh Government: fund a national back-office platform.", ["WG"]),
    ]),
    (7, "Conclusion", [
        ("", [
            "Sharing services is not an end in itself. Our recommendations aim to make the "
            "choice to share, or not to share, a better informed one."]),
    ], []),
]
FN = re.compile(r"\{(\d)\}")


def plain(t: str) -> str:
    return FN.sub("", t)


def reading() -> dict:
    areas, recs = [], []
    for _n, title, _s, rs in CHAPTERS:
        if rs:
            areas.append({"area": title, "theme": None})
        for num, text, _sum, owners in rs:
            recs.append({"rec_id": num, "area": title, "text": plain(text), "owners": owners})
    return {"kind": "recommendations", "title": TITLE, "areas": areas,
            "recommendations": recs, "activities": []}


def all_recs():
    for _n, _t, _s, rs in CHAPTERS:
        yield from rs


def slug(t: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", t.lower()).strip("-")


# ------------------------------------------------------------------ PDF (LaTeX print)
def write_pdf() -> None:
    st = C.latex_styles()

    def para(t, style):
        marks = [int(k) for k in FN.findall(t)]
        txt = FN.sub(lambda m: f"<super>{m.group(1)}</super>", C.esc(t))
        out = [Paragraph(txt, style)]
        if marks:
            out.append(C.Notes([(k, FOOT[k]) for k in marks]))
        return out

    s = [Spacer(1, 50 * C.mm), Paragraph(C.esc(TITLE), st["title"]),
         Paragraph(AUTHORS, st["author"]), Paragraph(INSTITUTE, st["author"]),
         Paragraph(DATE_TEXT, st["author"]), PageBreak(),
         C.RunningHead("Executive summary"), Paragraph("Executive summary", st["chapter"])]
    for k, x in enumerate(SUMMARY_INTRO):
        s += para(x, st["first" if k == 0 else "body"])
    s.append(Paragraph("Summary of recommendations", st["section"]))
    for num, _t, summ, _o in all_recs():
        s.append(Paragraph(f"<b>{num}</b>&nbsp;&nbsp;{C.esc(summ)}", st["item"]))
    for n, title, sections, rs in CHAPTERS:
        s += [PageBreak(), C.RunningHead(f"Chapter {n}. {title}"),
              Paragraph(f"Chapter {n}", st["chapter"]), Paragraph(C.esc(title), st["chapter"])]
        for k, (stitle, paras) in enumerate(sections, 1):
            if stitle:
                s.append(Paragraph(f"{n}.{k}&nbsp;&nbsp;&nbsp;{C.esc(stitle)}", st["section"]))
            for j, x in enumerate(paras):
                s += para(x, st["first" if j == 0 else "body"])
        for num, text, _sum, _o in rs:
            inner = [Paragraph(f"Recommendation {num}", st["boxhead"])]
            inner += para(text, st["box"])
            t = Table([[inner]], colWidths=[140 * C.mm])
            t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, C.colors.black),
                                   ("BACKGROUND", (0, 0), (-1, -1),
                                    C.colors.HexColor("#EFEFEF")),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 8),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                                   ("TOPPADDING", (0, 0), (-1, -1), 6),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
            s += [Spacer(1, 4 * C.mm), KeepTogether([t]), Spacer(1, 4 * C.mm)]
    C.build_latex_pdf(C.OUT / f"{NAME}.pdf", s, TITLE)


# ------------------------------------------------------------------ HTML (pandoc in the page)
def write_html() -> None:
    notes: list[int] = []

    def h(t):
        def ref(m):
            k = int(m.group(1))
            notes.append(k)
            return (f'<a href="#fn{k}" class="footnote-ref" id="fnref{k}" role="doc-noteref">'
                    f"<sup>{k}</sup></a>")
        return FN.sub(ref, C.esc(t))

    b = [f'<header id="title-block-header"><h1 class="title">{C.esc(TITLE)}</h1>',
         f'<p class="author">{AUTHORS}</p><p class="date">{DATE_TEXT}</p></header>',
         '<section id="executive-summary" class="level1 unnumbered">',
         "<h1 class=\"unnumbered\">Executive summary</h1>"]
    b += [f"<p>{h(x)}</p>" for x in SUMMARY_INTRO]
    b += ['<section id="summary-of-recommendations" class="level2 unnumbered">',
          "<h2 class=\"unnumbered\">Summary of recommendations</h2>", "<dl>"]
    b += [f"<dt>{num}</dt><dd>{C.esc(summ)}</dd>" for num, _t, summ, _o in all_recs()]
    b += ["</dl></section></section>"]
    for n, title, sections, rs in CHAPTERS:
        b += [f'<section id="sec:{slug(title)}" class="level1" data-number="{n}">',
              f'<h1 data-number="{n}"><span class="header-section-number">{n}</span> '
              f"{C.esc(title)}</h1>"]
        for k, (stitle, paras) in enumerate(sections, 1):
            if stitle:
                b += [f'<section id="{slug(stitle)}" class="level2" data-number="{n}.{k}">',
                      f'<h2 data-number="{n}.{k}"><span class="header-section-number">{n}.{k}'
                      f"</span> {C.esc(stitle)}</h2>"]
            b += [f"<p>{h(x)}</p>" for x in paras]
            if stitle:
                b.append("</section>")
        for num, text, _sum, _o in rs:
            b.append(f'<div class="recbox"><p><strong>Recommendation {num}</strong></p>'
                     f"<p>{h(text)}</p></div>")
        b.append("</section>")
    b.append('<section id="footnotes" class="footnotes footnotes-end-of-document" '
             'role="doc-endnotes"><hr><ol>')
    b += [f'<li id="fn{k}"><p>{C.esc(FOOT[k])}<a href="#fnref{k}" class="footnote-back" '
          f'role="doc-backlink">↩︎</a></p></li>' for k in sorted(set(notes))]
    b.append("</ol></section>")
    (C.OUT / f"{NAME}.html").write_text(C.page(
        TITLE, INSTITUTE, ["Home", "Publications", "Reports"], b,
        ["About", "Our work", "Publications", "News", "Events", "Contact"],
        f"{INSTITUTE}, Sbarc|Spark, Maindy Road, Cardiff CF24 4HQ"), encoding="utf-8")


# ------------------------------------------------------------------ DOCX (pandoc's Word)
def write_docx() -> None:
    doc = C.new_docx(font="Cambria", size=11)
    doc.add_paragraph(TITLE, style="Title")
    doc.add_paragraph(AUTHORS, style="Subtitle")
    doc.add_paragraph(DATE_TEXT, style="Subtitle")

    def body(text):
        p = doc.add_paragraph(style="Body Text")
        pieces = FN.split(text)
        for i, piece in enumerate(pieces):
            if i % 2 == 0:
                if piece:
                    p.add_run(piece)
            else:
                C.fn_ref(p, int(piece))
        return p

    doc.add_heading("Executive summary", level=1)
    for x in SUMMARY_INTRO:
        body(x)
    doc.add_heading("Summary of recommendations", level=2)
    # pandoc writes a LaTeX description list as "Definition Term" / "Definition" paragraphs
    C.para_style(doc, "Definition Term", keep_next=True, space_after=0)
    C.para_style(doc, "Definition", left_cm=1.0)
    for num, _t, summ, _o in all_recs():
        doc.add_paragraph(num, style="Definition Term")
        doc.add_paragraph(summ, style="Definition")
    for n, title, sections, rs in CHAPTERS:
        doc.add_heading(f"{n} {title}", level=1)
        for k, (stitle, paras) in enumerate(sections, 1):
            if stitle:
                doc.add_heading(f"{n}.{k} {stitle}", level=2)
            for x in paras:
                body(x)
        for num, text, _sum, _o in rs:
            p = doc.add_paragraph(style="Body Text")
            p.add_run(f"Recommendation {num}").bold = True
            body(text)
    C.add_footnotes(doc, FOOT)
    doc.save(C.OUT / f"{NAME}.docx")


# ------------------------------------------------------------------ MD (pandoc's Markdown)
def write_md() -> None:
    def m(t):
        return FN.sub(lambda x: f"[^{x.group(1)}]", t)

    L = ["---", f'title: "{TITLE}"', f'author: "{AUTHORS}"', f'date: "{DATE_TEXT}"', "---", "",
         "# Executive summary {#executive-summary .unnumbered}", ""]
    for x in SUMMARY_INTRO:
        L += C.wrap(m(x)) + [""]
    L += ["## Summary of recommendations {#summary-of-recommendations .unnumbered}", ""]
    for num, _t, summ, _o in all_recs():
        L += [num, ""] + C.wrap(summ, ":   ", "    ") + [""]
    for n, title, sections, rs in CHAPTERS:
        L += [f"# {title} {{#sec:{slug(title)}}}", ""]
        for _k, (stitle, paras) in enumerate(sections, 1):
            if stitle:
                L += [f"## {stitle}", ""]
            for x in paras:
                L += C.wrap(m(x)) + [""]
        for num, text, _sum, _o in rs:
            L += ["::: recbox", f"**Recommendation {num}**", ""] + C.wrap(m(text)) + [":::", ""]
    for k in sorted(FOOT):
        L += C.wrap(f"[^{k}]: {FOOT[k]}", "", "    ")
        L.append("")
    (C.OUT / f"{NAME}.md").write_text("\n".join(L).rstrip() + "\n", encoding="utf-8")


if __name__ == "__main__":
    write_pdf()
    write_html()
    write_docx()
    write_md()
    print(NAME, len(reading()["recommendations"]))
