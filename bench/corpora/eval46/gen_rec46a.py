"""rec46a: a commission's report with a "Summary of recommendations" list at the FRONT and the
same recommendations in the body as numbered paragraphs: "Commission on the Future Funding of
Local Services in Wales: Final Report", June 2026 (WG, WLGA, councils real; commission and
content invented).

Layout: Foreword; "Summary of recommendations" 1-14, each "We recommend that ... (paragraph
3.4)"; chapters "1. Introduction" (no recommendations), "2. Council tax", "3. Grants and
hypothecation", "4. Capital and borrowing", "5. Fees, charges and income" of numbered
paragraphs 2.1, 2.2 ...; the recommendations are the paragraphs "3.4 We recommend that ..."
among ordinary numbered paragraphs (evidence, findings) that are not recommendations.

The reading: 14 recommendations, counted once (the summary and the body print the same
sentence); rec_id the summary's number 1-14; area the chapter the body paragraph sits in
(chapters 2-5; the introduction is not an area); text the sentence without "(paragraph N.N)";
owners from the sentence's subject (the Welsh Government WG, the WLGA WLGA, councils LG).
No themes, no activities.
Forms: .pdf A4 print with running header and "Page N of M"; .docx Heading 1 chapters, the
summary a numbering.xml list "%1.", the body paragraphs a multi-level list ("%1." chapters,
"%1.%2" paragraphs; numbers not in the text); .html a GOV.WALES publication page (typed
numbers); .txt Word's plain-text save (CRLF, numbers typed)."""
from __future__ import annotations

from common46 import gov_page, multilevel, new_list, numbered, set_num
from gen_common import (OUT, P, add_par, build_pdf, esc, footer_page_numbers, header_text,
                        mm, new_docx, pdf_styles)

NAME = "rec46a-commission-summary-list-funding"
TITLE = "Commission on the Future Funding of Local Services in Wales: Final Report"
DATE_PRINTED = "June 2026"
FOREWORD = ("We were asked by the Welsh Government and the WLGA in 2025 to consider how local "
            "services in Wales should be funded over the next decade. This report sets out "
            "what we found and what we recommend.")
# chapters: (name, [paragraph: (text, None) or (text, (rec no, owners))])
CHAPTERS = [
    ("Introduction", [
        ("The Commission met eleven times between May 2025 and April 2026.", None),
        ("We took evidence from all 22 councils, the WLGA and the Welsh Government.", None),
    ]),
    ("Council tax", [
        ("Council tax bands in Wales are still based on values at 1 April 2003.", None),
        ("Most councils told us that the current discounts are poorly targeted.", None),
        ("We recommend that the Welsh Government completes the revaluation of all domestic "
         "properties before April 2028.", (1, ["WG"])),
        ("We recommend that councils publish an annual statement of the council tax "
         "reduction scheme's take-up.", (2, ["LG"])),
        ("The evidence on second homes premiums was mixed.", None),
        ("We recommend that the Welsh Government and the WLGA jointly review the second "
         "homes premium after three years.", (3, ["WG", "WLGA"])),
        ("We recommend that the Welsh Government consults on adding two new upper bands.",
         (4, ["WG"])),
    ]),
    ("Grants and hypothecation", [
        ("Councils received more than 80 specific grants from the Welsh Government in "
         "2024-25.", None),
        ("We recommend that the Welsh Government moves at least half of its specific grants "
         "into the Revenue Support Grant by 2028-29.", (5, ["WG"])),
        ("We recommend that the Welsh Government confirms grant allocations for three years "
         "wherever it can.", (6, ["WG"])),
        ("We heard that grant conditions often differ for similar purposes.", None),
        ("We recommend that the WLGA keeps a register of specific grants and their "
         "conditions.", (7, ["WLGA"])),
        ("We recommend that councils and the Welsh Government agree a single monitoring "
         "return for each grant.", (8, ["LG", "WG"])),
    ]),
    ("Capital and borrowing", [
        ("Capital budgets have fallen in real terms since 2010.", None),
        ("We recommend that the Welsh Government provides a ten-year capital settlement for "
         "local government.", (9, ["WG"])),
        ("We recommend that councils set out the revenue costs of each capital scheme "
         "before approving it.", (10, ["LG"])),
        ("Councils' use of prudential borrowing varies widely.", None),
        ("We recommend that the WLGA develops shared guidance on prudential borrowing for "
         "invest-to-save schemes.", (11, ["WLGA"])),
    ]),
    ("Fees, charges and income", [
        ("Income from fees and charges was £1.1 billion in 2024-25.", None),
        ("We recommend that councils review all discretionary fees and charges at least "
         "every two years.", (12, ["LG"])),
        ("We recommend that the Welsh Government removes the statutory caps on planning "
         "fees.", (13, ["WG"])),
        ("We recommend that the WLGA and councils share charging policies through a single "
         "online library.", (14, ["WLGA", "LG"])),
        ("We did not consider a local income tax, which was outside our terms of "
         "reference.", None),
    ]),
]


def recs():
    """(no, paragraph ref, chapter name, text, owners) in the summary's order."""
    out = []
    for c, (name, paras) in enumerate(CHAPTERS, 1):
        for j, (t, r) in enumerate(paras, 1):
            if r:
                out.append((r[0], f"{c}.{j}", name, t, r[1]))
    return sorted(out)


def reading() -> dict:
    return {"kind": "recommendations", "title": TITLE,
            "areas": [{"area": n, "theme": None} for n, _ in CHAPTERS[1:]],
            "recommendations": [{"rec_id": str(n), "area": a, "text": t, "owners": o}
                                for n, _r, a, t, o in recs()],
            "activities": []}


def write_txt() -> None:
    out = [TITLE, DATE_PRINTED, "", "Foreword", "", FOREWORD, "", "Summary of recommendations",
           ""]
    out += [f"{n}.\t{t[:-1]} (paragraph {r})." for n, r, _a, t, _o in recs()] + [""]
    for c, (name, paras) in enumerate(CHAPTERS, 1):
        out += [f"{c}.\t{name}", ""]
        out += [f"{c}.{j}\t{t}" for j, (t, _r) in enumerate(paras, 1)] + [""]
    (OUT / f"{NAME}.txt").write_text("\r\n".join(out) + "\r\n", encoding="utf-8")


def write_html() -> None:
    body = [f"<h1>{esc(TITLE)}</h1>", f'<p class="meta">First published: {DATE_PRINTED}</p>',
            "<h2>Foreword</h2>", f"<p>{esc(FOREWORD)}</p>", "<h2>Summary of recommendations</h2>",
            "<ol>" + "".join(f"<li>{esc(t[:-1])} (paragraph {r}).</li>" for _n, r, _a, t, _o in recs())
            + "</ol>"]
    for c, (name, paras) in enumerate(CHAPTERS, 1):
        body.append(f'<h2 id="chapter-{c}">{c}. {esc(name)}</h2>')
        body += [f'<p id="para-{c}-{j}"><span class="para-number">{c}.{j}</span> {esc(t)}</p>'
                 for j, (t, _r) in enumerate(paras, 1)]
    (OUT / f"{NAME}.html").write_text(gov_page(
        TITLE, ["Home", "Local government", "Local government finance"], body),
        encoding="utf-8")


def write_docx() -> None:
    doc = new_docx(font="Arial", size=12)
    header_text(doc, "Commission on the Future Funding of Local Services in Wales")
    footer_page_numbers(doc, "Final Report – June 2026")
    doc.add_heading(TITLE, level=0)
    add_par(doc, DATE_PRINTED)
    doc.add_heading("Foreword", level=1)
    add_par(doc, FOREWORD)
    doc.add_heading("Summary of recommendations", level=1)
    sid = new_list(doc, "decimal", "%1.")
    for _n, r, _a, t, _o in recs():
        set_num(add_par(doc, f"{t[:-1]} (paragraph {r})."), sid)
    mid = multilevel(doc, ["%1.", "%1.%2"])
    for name, paras in CHAPTERS:
        numbered(doc.add_heading(name, level=1), mid, 0)
        for t, _r in paras:
            numbered(add_par(doc, t), mid, 1)
    doc.save(OUT / f"{NAME}.docx")


def write_pdf() -> None:
    from reportlab.lib.styles import ParagraphStyle
    st = pdf_styles(10)
    hang = ParagraphStyle("hang", parent=st["body"], leftIndent=12 * mm, firstLineIndent=-12 * mm)
    story = [P(esc(TITLE), st["title"]), P(DATE_PRINTED, st["body"]), P("Foreword", st["h1"]),
             P(esc(FOREWORD), st["body"]), P("Summary of recommendations", st["h1"])]
    story += [P(f"{n}.&nbsp;&nbsp;&nbsp;{esc(t[:-1])} (paragraph {r}).", hang)
              for n, r, _a, t, _o in recs()]
    for c, (name, paras) in enumerate(CHAPTERS, 1):
        story.append(P(f"{c}.&nbsp;&nbsp;{esc(name)}", st["h1"]))
        story += [P(f"{c}.{j}&nbsp;&nbsp;&nbsp;&nbsp;{esc(t)}", hang)
                  for j, (t, _r) in enumerate(paras, 1)]
    build_pdf(OUT / f"{NAME}.pdf", story, "Commission on the Future Funding of Local Services "
              "in Wales – Final Report", "June 2026")


if __name__ == "__main__":
    write_txt()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(recs()))
