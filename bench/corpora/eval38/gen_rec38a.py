"""rec38a: a recommendations report of the SHIPPED KIND in RUNNING PARAGRAPHS: "Sustainable
Local Government Finance: Report of the Partnership Council Finance Sub-Group", published on
GOV.WALES, June 2026 (the Partnership Council for Wales and its Finance Sub-Group are real;
the report, its text and figures invented).

House style: chapters "2. Raising revenue" .. "4. Investing for the long term" (chapter 1 the
introduction, no recommendations); in each chapter, paragraphs opening with a BOLD INLINE AREA
LEAD ("**Council tax.** The group recommends that the Welsh Government ..."), each
recommendation a sentence closed by "(Recommendation N)"; a lead-in recommendation 6 ("The
group therefore recommends that the Welsh Government and the WLGA (Recommendation 6):") over
typed sub-recommendations "6(a)", "6(b)", "6(c)"; lead-ins "Councils should:", "The Welsh
Government should:", "The Welsh Government and councils should:" over BULLETED ASKS, each ask
closed by its own "(Recommendation N)". No activities: the sentences that set the scene
("Councils told the group ...") are not activities or recommendations.

The reading: areas the bold leads (6), theme the chapter's name without its number;
recommendations 1-5, 6(a)-6(c), 7-13 (15): rec_id the number as printed ("6(a)"); text the
sentence or the ask as printed, without the "(Recommendation N)" bracket and without the
lead-in; owners from the sentence's subject or the lead-in (Welsh Government WG, WLGA,
councils LG; 11 names the Society of Welsh Treasurers with the WLGA; 6(a)-(c) WG and WLGA).
Forms: .docx Word (Heading 1 chapters, Normal paragraphs with a bold first run, the asks in
List Bullet (numbering.xml), the typed "6(a)" lines in the author's hanging "Sub-recommendation"
style); .pdf a print of the Word file; .html a GOV.WALES publication page; .md pandoc's
export of the Word file (wrapped at 72, `-   ` bullets, the lead as `**Council tax.**`).
"""
from __future__ import annotations

from common38 import gov_page, para_style, wrap
from gen_common import (OUT, P, build_pdf, esc, footer_page_numbers, header_text, mm,
                        new_docx, pdf_styles)
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

NAME = "rec38a-finance-subgroup-running-paragraphs"
TITLE = "Sustainable Local Government Finance: Report of the Partnership Council Finance " \
        "Sub-Group"
DATE = "June 2026"
INTRO = [
    "The Partnership Council for Wales asked its Finance Sub-Group in May 2025 to consider how "
    "the funding of local government could be made more sustainable and more predictable.",
    "The sub-group, chaired jointly by the Cabinet Secretary for Finance and the WLGA's "
    "spokesperson for finance, met seven times. Its recommendations are numbered 1 to 13 in "
    "the chapters that follow and are addressed to the Welsh Government, the WLGA and "
    "councils.",
]
# A paragraph is a list of parts: ("s", sentence) scene-setting; ("r", no, text, owners) a
# recommendation sentence; ("lead", text, owners) a lead-in over ("ask", no, text) bullets;
# ("sub_lead", text, no) over ("sub", label, text[, the reader's text]) typed
# sub-recommendations.
CHAPTERS = [
    ("2. Raising revenue", [
        ("Council tax", [
            ("s", "Councils told the group that the bands, still based on 2003 values, no "
                  "longer reflect the value of homes."),
            ("r", "1", "The group recommends that the Welsh Government completes the "
                       "revaluation of domestic properties so that new council tax bands "
                       "apply from April 2028.", ["WG"]),
            ("r", "2", "It also recommends that councils publish a plain-language "
                       "explanation of the new bands with the 2028-29 bills.", ["LG"]),
        ]),
        ("Fees and charges", [
            ("s", "The group found wide differences in how councils set fees for the same "
                  "service."),
            ("r", "3", "The group recommends that the WLGA publishes a common framework for "
                       "setting and reviewing fees and charges by March 2027.", ["WLGA"]),
            ("lead", "Councils should:", ["LG"]),
            ("ask", "4", "review all discretionary fees against the framework at least every "
                         "two years;"),
            ("ask", "5", "publish their full schedule of fees and charges in one place on "
                         "their website."),
        ]),
    ]),
    ("3. Planning and funding services", [
        ("Financial planning", [
            ("s", "Councils cannot plan beyond one year when they do not know their funding "
                  "for the years after."),
            ("sub_lead", "The group therefore recommends that the Welsh Government and the "
                         "WLGA", "6", ["WG", "WLGA"]),
            ("sub", "6(a)", "agree indicative settlements for the three years from 2027-28;"),
            ("sub", "6(b)", "publish the provisional settlement by 15 October each year; and",
             "publish the provisional settlement by 15 October each year"),
            ("sub", "6(c)", "review the sparsity and deprivation indicators in the funding "
                            "formula by March 2028."),
        ]),
        ("Specific grants", [
            ("s", "Councils receive more than 70 separate specific grants, each with its own "
                  "conditions and returns."),
            ("lead", "The Welsh Government should:", ["WG"]),
            ("ask", "7", "transfer at least ten specific grants into the Revenue Support Grant "
                         "from 2028-29;"),
            ("ask", "8", "issue grant offer letters before the start of the financial year to "
                         "which they apply;"),
            ("ask", "9", "allow councils to carry forward underspends of up to 10 per cent of "
                         "a grant into the next year."),
        ]),
    ]),
    ("4. Investing for the long term", [
        ("Reserves", [
            ("r", "10", "The group recommends that councils set out in their medium-term "
                        "financial plans the purpose of each earmarked reserve and when it "
                        "will be used.", ["LG"]),
            ("r", "11", "It further recommends that the WLGA and the Society of Welsh "
                        "Treasurers publish an annual summary of councils' reserves.",
             ["WLGA", "Society of Welsh Treasurers"]),
        ]),
        ("Capital investment", [
            ("r", "12", "The group recommends that the Welsh Government provides a general "
                        "capital grant settlement for five years from 2027-28.", ["WG"]),
            ("lead", "The Welsh Government and councils should:", ["WG", "LG"]),
            ("ask", "13", "jointly review the prudential borrowing limits for invest-to-save "
                          "schemes by December 2027."),
        ]),
    ]),
]
CLOSING = ("The Partnership Council will consider the recommendations at its meeting in "
           "July 2026, and the Welsh Government will publish its response in the autumn.")


def reading() -> dict:
    areas, recs = [], []
    for chapter, arealist in CHAPTERS:
        for area, parts in arealist:
            areas.append({"area": area, "theme": chapter.split(". ", 1)[1]})
            owners = None
            for part in parts:
                if part[0] == "r":
                    recs.append({"rec_id": part[1], "area": area, "text": part[2],
                                 "owners": part[3]})
                elif part[0] in ("lead", "sub_lead"):
                    owners = part[-1]
                elif part[0] in ("ask", "sub"):   # (the reader's text leaves out "; and")
                    recs.append({"rec_id": part[1], "area": area, "text": part[-1],
                                 "owners": owners})
    return {"kind": "recommendations", "title": TITLE, "areas": areas,
            "recommendations": recs, "activities": []}


def pieces(parts):
    """The area's paragraph as printed: (lead paragraph text after the bold lead,
    [bullet asks], [typed sub-recommendations], lead-in-of-bullets flag)."""
    sent, asks, subs = [], [], []
    for part in parts:
        if part[0] == "s":
            sent.append(part[1])
        elif part[0] == "r":
            sent.append(f"{part[2][:-1]} (Recommendation {part[1]}).")
        elif part[0] == "lead":
            sent.append(part[1])
        elif part[0] == "sub_lead":
            sent.append(f"{part[1]} (Recommendation {part[2]}):")
        elif part[0] == "ask":
            t = part[2]
            end = t[-1]
            asks.append(f"{t[:-1]} (Recommendation {part[1]}){end}")
        elif part[0] == "sub":
            subs.append((part[1], part[2]))
    return " ".join(sent), asks, subs


# ------------------------------------------------------------------ Word and its print
def write_docx() -> None:
    doc = new_docx(font="Arial", size=12)
    sub = para_style(doc, "Sub-recommendation", left_cm=2.0, hanging_cm=1.25, space_after=4)
    header_text(doc, "Partnership Council for Wales – Finance Sub-Group")
    footer_page_numbers(doc, "Sustainable Local Government Finance – June 2026")
    doc.add_heading(TITLE, level=0)
    doc.add_paragraph(DATE)
    doc.add_heading("1. Introduction", level=1)
    for t in INTRO:
        doc.add_paragraph(t)
    for chapter, arealist in CHAPTERS:
        doc.add_heading(chapter, level=1)
        for area, parts in arealist:
            text, asks, subs = pieces(parts)
            p = doc.add_paragraph()
            p.add_run(f"{area}.").bold = True
            p.add_run(" " + text)
            for a in asks:
                doc.add_paragraph(a, style="List Bullet")
            for label, t in subs:
                doc.add_paragraph(f"{label}\t{t}", style=sub)
    doc.add_heading("5. Next steps", level=1)
    doc.add_paragraph(CLOSING)
    doc.save(OUT / f"{NAME}.docx")


def write_pdf() -> None:
    st = pdf_styles(10)
    bullet = ParagraphStyle("bul", parent=st["body"], leftIndent=8 * mm, bulletIndent=2 * mm)
    subst = ParagraphStyle("sub", parent=st["body"], leftIndent=20 * mm, firstLineIndent=-12 * mm)
    story = [P(esc(TITLE), st["title"]), P(DATE, st["body"]), P("1. Introduction", st["h1"])]
    story += [P(esc(t), st["body"]) for t in INTRO]
    for chapter, arealist in CHAPTERS:
        story.append(P(esc(chapter), st["h1"]))
        for area, parts in arealist:
            text, asks, subs = pieces(parts)
            story.append(P(f"<b>{esc(area)}.</b> {esc(text)}", st["body"]))
            story += [Paragraph(esc(a), bullet, bulletText="•") for a in asks]
            story += [P(f"{label}&nbsp;&nbsp;&nbsp;&nbsp;{esc(t)}", subst) for label, t in subs]
    story += [P("5. Next steps", st["h1"]), P(esc(CLOSING), st["body"])]
    build_pdf(OUT / f"{NAME}.pdf", story, "Sustainable Local Government Finance",
              "Partnership Council for Wales – Finance Sub-Group – June 2026")


# ------------------------------------------------------------------ web page and Markdown
def write_html() -> None:
    body = [f"<h1>{esc(TITLE)}</h1>",
            '<p class="first-published">First published: 24 June 2026</p>',
            '<p class="last-updated">Last updated: 24 June 2026</p>',
            '<nav class="contents" aria-label="Contents"><h2>Contents</h2><ol>'
            + "".join(f'<li><a href="#c{i}">{esc(c)}</a></li>' for i, c in enumerate(
                ["1. Introduction"] + [c for c, _ in CHAPTERS] + ["5. Next steps"], 1))
            + "</ol></nav>",
            '<h2 id="c1">1. Introduction</h2>'] + [f"<p>{esc(t)}</p>" for t in INTRO]
    for i, (chapter, arealist) in enumerate(CHAPTERS, 2):
        body.append(f'<h2 id="c{i}">{esc(chapter)}</h2>')
        for area, parts in arealist:
            text, asks, subs = pieces(parts)
            body.append(f"<p><strong>{esc(area)}.</strong> {esc(text)}</p>")
            if asks:
                body.append("<ul>" + "".join(f"<li>{esc(a)}</li>" for a in asks) + "</ul>")
            body += [f'<p class="indent">{label} {esc(t)}</p>' for label, t in subs]
    body += ['<h2 id="c5">5. Next steps</h2>', f"<p>{esc(CLOSING)}</p>"]
    (OUT / f"{NAME}.html").write_text(gov_page(
        TITLE, ["Home", "Local government", "Partnership Council for Wales", "Publications"],
        body), encoding="utf-8")


def write_md() -> None:
    """pandoc -f docx -t markdown of the Word file (Title -> YAML title)."""
    out = ["---", f"title: \"{TITLE}\"", "---", "", DATE, "", "# 1. Introduction", ""]
    for t in INTRO:
        out += wrap(t) + [""]
    for chapter, arealist in CHAPTERS:
        out += [f"# {chapter}", ""]
        for area, parts in arealist:
            text, asks, subs = pieces(parts)
            out += wrap(f"**{area}.** {text}") + [""]
            for a in asks:
                out += wrap(a, "-   ", "    ")
            if asks:
                out.append("")
            for label, t in subs:
                out += wrap(f"{label} {t}") + [""]
    out += ["# 5. Next steps", ""] + wrap(CLOSING)
    (OUT / f"{NAME}.md").write_text("\n".join(out).rstrip() + "\n", encoding="utf-8")


if __name__ == "__main__":
    write_docx()
    write_pdf()
    write_html()
    write_md()
    print(NAME, len(reading()["recommendations"]))
