"""prog33b: a council's own improvement programme update of the SHIPPED KIND in an ORDINARY
committee-report layout (numbered sections "1. PURPOSE", "2. RECOMMENDATION", "3. KEY
ISSUES" with 3.1-3.3 paragraphs holding the grants in sentences, then numbered priority
headings "4. Housing and homelessness" over plain bullets, "7. RESOURCE IMPLICATIONS" naming
the council's own reserve), whose FILES are damaged:

- .txt  UTF-16 LE with a BOM and CRLF line ends (a "Unicode Text" save), bullets and
        numbered paragraphs indented with TABS, NON-BREAKING SPACES between figures and
        units ("22 councils", "Cllr Jones") and SOFT HYPHENS left inside words;
- .html Word's "Save as Web Page, Filtered" (windows-1252): numbers and bullets are
        `<span style='mso-list:Ignore'>` spans inside `<p class=MsoListParagraphCxSp...>`,
        bullets a Symbol-font "·", the source wrapped at 76 columns;
- .docx saved by LibreOffice with direct formatting only (bold 13 pt headings typed "4.<tab>",
        paragraphs typed "3.1<tab>"), bullets a Symbol-font U+F0B7 character and a tab;
- .pdf  a "Microsoft Print to PDF"-like print: each line its own text object, each word
        placed on its own with uneven gaps (no space characters in the text layer).

The reading: items the bullets under 4-6 (10); section the heading number; status from the
words; quarter the 2025-26 quarter of the outstanding date (June 2026 is 2026-27 Q1), None
where none; grants the Housing Support Grant (£1,420,000) and the Local Places for Nature
grant (£300,000), 2025-26; the council's Invest to Save reserve (£250,000) is its own money.
"""
from __future__ import annotations

from damage33 import (NBSP, OUT, as_libreoffice, esc, lo_par, msprint_pdf, nbsp, shy,
                      utf16_crlf, word_html)

NAME = "prog33b-council-improvement-update"
COUNCIL = "Monmouthshire County Council"
TITLE = "Corporate Improvement Programme 2025-26: Quarter 2 Update"
COMMITTEE = "Performance and Overview Scrutiny Committee"
DATE = "20 November 2025"

PURPOSE = ["To report progress with the Corporate Improvement Programme at the end of "
           "quarter 2 of 2025-26 (30 September 2025)."]
RECOMMENDATION = ["That Members scrutinise the progress reported and identify any areas for "
                  "further scrutiny."]
KEY = [
    "The Corporate Improvement Programme sets out the actions the council will take in "
    "2025-26 to deliver the Community and Corporate Plan.",
    "The housing actions are funded in part by the Welsh Government’s Housing Support Grant "
    "of £1,420,000 for 2025-26.",
    "The council has also been awarded a Local Places for Nature grant of £300,000 for "
    "2025-26, which funds the tree planting and green space actions.",
]
# (heading, [(text, status, quarter, partners)])
SECTIONS = [
    ("Housing and homelessness", [
        ("The rapid rehousing transition plan was approved by Cabinet on 2 July 2025.",
         "done", "2025-26 Q2", []),
        ("46 additional units of temporary accommodation have been brought into use, against a "
         "target of 60 by March 2026.", "in progress", "2025-26 Q4", []),
        ("The review of the housing allocations policy is under way and will go to public "
         "consultation in January 2026.", "in progress", "2025-26 Q4", []),
        ("Completion of the Severn View extra care scheme has been delayed by the contractor’s "
         "insolvency and is now expected in June 2026.", "at risk", "2026-27 Q1", []),
    ]),
    ("Learning and skills", [
        ("Free school meals were extended to all primary pupils in September 2025.", "done",
         "2025-26 Q2", []),
        ("The Welsh-medium seedling school in Monmouth opened on 8 September 2025 with 24 "
         "pupils.", "done", "2025-26 Q2", []),
        ("The review of additional learning needs transport is under way, with fieldwork by "
         "Audit Wales due to finish in December 2025.", "in progress", "2025-26 Q3",
         ["Audit Wales"]),
    ]),
    ("Climate and nature", [
        ("Solar panels were installed on 12 council buildings in quarter 1.", "done",
         "2025-26 Q1", []),
        ("Replacement of the council’s fleet with electric vehicles is behind schedule because "
         "of supply delays; 9 of 25 vans have been delivered.", "at risk", None, []),
        ("Tree planting on 14 sites, funded by the Local Places for Nature grant, will begin in "
         "November 2025.", "planned", "2025-26 Q3", []),
    ]),
]
RESOURCES = ["The programme is delivered within existing budgets, with £250,000 from the "
             "council’s Invest to Save reserve for the fleet transition in 2025-26."]
CONTACT = ["Authors: Richard Jones, Performance and Data Insight Manager",
           "Contact details: richardjones@monmouthshire.gov.uk",
           "Tel: 01633 740733"]
FIRST = 4


def reading() -> dict:
    items = []
    for i, (_h, its) in enumerate(SECTIONS, FIRST):
        for j, (t, st, q, partners) in enumerate(its, 1):
            items.append({"ref": f"{i}.{j}", "section": str(i), "text": t, "status": st,
                          "quarter": q, "partners": partners})
    return {"kind": "programme", "title": TITLE, "date": "2025-11-20",
            "priorities": [h for h, _ in SECTIONS], "items": items,
            "grants": [{"grant": "Housing Support Grant", "amount_gbp": 1420000,
                        "financial_year": "2025-26"},
                       {"grant": "Local Places for Nature grant", "amount_gbp": 300000,
                        "financial_year": "2025-26"}]}


def numbered(sec: int, paras: list[str]) -> list[tuple[str, str]]:
    return [(f"{sec}.{k}", x) for k, x in enumerate(paras, 1)]


def structure():
    """(kind, label, text) rows shared by the forms: kind head / para / bullet / line."""
    s = [("line", "", COUNCIL), ("line", "", f"REPORT TO: {COMMITTEE}"),
         ("line", "", f"DATE: {DATE}"), ("line", "", f"SUBJECT: {TITLE}"),
         ("head", "1.", "PURPOSE")]
    s += [("para", a, b) for a, b in numbered(1, PURPOSE)]
    s += [("head", "2.", "RECOMMENDATION")] + [("para", a, b) for a, b in numbered(2,
                                                                             RECOMMENDATION)]
    s += [("head", "3.", "KEY ISSUES")] + [("para", a, b) for a, b in numbered(3, KEY)]
    for i, (h, its) in enumerate(SECTIONS, FIRST):
        s.append(("head", f"{i}.", h))
        s += [("bullet", "", t) for t, *_ in its]
    s += [("head", "7.", "RESOURCE IMPLICATIONS")]
    s += [("para", a, b) for a, b in numbered(7, RESOURCES)]
    s += [("line", "", c) for c in CONTACT]
    return s


SHY_WORDS = {"accommodation": "ac-com-mo-da-tion", "temporary": "tem-por-ary",
             "consultation": "con-sul-ta-tion", "Improvement": "Im-prove-ment",
             "additional": "ad-di-tion-al", "insolvency": "in-sol-ven-cy"}


def write_txt() -> None:
    out = []
    for kind, lab, t in structure():
        t = nbsp(shy(t, SHY_WORDS))
        if kind == "line":
            out.append(t)
        elif kind == "head":
            out += ["", f"{lab}\t{t}", ""]
        elif kind == "para":
            out.append(f"{lab}\t{t}")
        else:
            out.append(f"\t\u2022\t{t}")
    (OUT / f"{NAME}.txt").write_bytes(utf16_crlf("\n".join(out) + "\n"))


def write_html() -> None:
    b, buf = [], []

    def flush():
        if buf:
            b.append(("ul", list(buf)))
            buf.clear()
    for kind, lab, t in structure():
        t = esc(t, quote=False).replace("£", "£")
        if kind != "bullet":
            flush()
        if kind == "line":
            b.append(("p", f"<b>{t}</b>" if t == COUNCIL else t))
        elif kind == "head":
            b.append(("raw", "<h1 style='margin-left:21.3pt;text-indent:-21.3pt'><span "
                      "style='mso-list:Ignore'>" + lab + "<span style='font:7.0pt \"Times New "
                      "Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp; </span></span>" + esc(t) +
                      "</h1>"))
        elif kind == "para":
            b.append(("raw", "<p class=MsoNormal style='margin-left:36.0pt;text-indent:-36.0pt'>"
                      "<span style='mso-list:Ignore'>" + lab + "<span style='font:7.0pt "
                      "\"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; "
                      "</span></span>" + t + "</p>"))
        else:
            buf.append(t)
    flush()
    html = word_html(TITLE, b)
    (OUT / f"{NAME}.html").write_bytes(html.encode("cp1252"))


def write_docx() -> None:
    from gen_common import new_docx
    doc = new_docx(font="Arial", size=11)
    for kind, lab, t in structure():
        if kind == "line":
            lo_par(doc, t, bold=t == COUNCIL)
        elif kind == "head":
            lo_par(doc, f"{lab}\t{t}", bold=True, size=13, hang=True)
        elif kind == "para":
            lo_par(doc, f"{lab}\t{t}", hang=True)
        else:
            lo_par(doc, t, symbol_bullet=True)
    path = OUT / f"{NAME}.docx"
    doc.save(path)
    as_libreoffice(path)


def write_pdf() -> None:
    lines = []
    for kind, lab, t in structure():
        if kind == "line":
            lines.append(("title" if t == COUNCIL else "p", t))
        elif kind == "head":
            lines.append(("h", f"{lab} {t}"))
        elif kind == "para":
            lines.append((f"num:{lab}", t))
        else:
            lines.append(("bullet", t))
    msprint_pdf(OUT / f"{NAME}.pdf", lines, f"{COUNCIL} \u2013 {COMMITTEE} \u2013 {DATE}",
                seed=331)


if __name__ == "__main__":
    write_txt()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["items"]), NBSP == "\u00a0")
