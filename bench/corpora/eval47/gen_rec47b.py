"""rec47b: a COMMISSIONER'S REVIEW (recommendations kind), Older People's Commissioner style:
"Ageing well in our communities: a review of how public bodies support older people to live
independently", January 2026 (real Commissioner's office and review powers; text invented).

Layout: per chapter a short finding, then "We recommend that public bodies:" and "The Welsh
Government should:" lead-ins each over bullets (the recommendations; owners from the lead-in:
public bodies = local authorities and health boards, LG + Health boards); then "Annex: summary
of recommendations", a matrix `Recommendation | Welsh Government | Local authorities | Health
boards` with ✓ ticks repeating every recommendation (counted once: the matrix repeats them).
Reading: areas the chapter names without "Chapter N:", rec_id the place (1..), owners from the
lead-in (the matrix agrees). Forms: .pdf, .docx (Word bullets), .html the Commissioner's site,
.md pandoc's export of the Word file."""
from __future__ import annotations

import common47 as C

NAME = "rec47b-commissioner-review-matrix"
TITLE = ("Ageing well in our communities: a review of how public bodies support older people "
         "to live independently")
PB, WGL = "We recommend that public bodies:", "The Welsh Government should:"
OWN = {PB: ["LG", "Health boards"], WGL: ["WG"]}
CHAPTERS = [
    ("Information and advice",
     "Older people told us they could not find out what help was available until a crisis.",
     [(PB, ["publish information about local support in print as well as online;",
            "offer a named contact to every older person discharged from hospital;"]),
      (WGL, ["fund a national advice line for older people and their carers from 2027."])]),
    ("Housing and adaptations",
     "Waiting times for home adaptations ranged from six weeks to fourteen months.",
     [(PB, ["set a target of twelve weeks for small and medium adaptations;",
            "share occupational therapy assessments so that people are assessed only once;"]),
      (WGL, ["review the Enable grant so that funding follows demand;",
             "require new social housing to meet lifetime homes standards."])]),
    ("Transport and getting out",
     "Loneliness rose where bus services were cut.",
     [(PB, ["include older people's needs in local transport plans;"]),
      (WGL, ["protect concessionary travel for people aged 60 and over;",
             "fund community transport schemes on a three-year basis."])]),
    ("Care at home",
     "More than 1,200 hours of assessed home care a week were not delivered in September 2025.",
     [(PB, ["commission home care on the basis of outcomes rather than time slots;",
            "report unmet hours of care to their boards every quarter;"]),
      (WGL, ["set out a workforce plan for domiciliary care by March 2027."])]),
]


def recs():
    n = 0
    for ch, _f, groups in CHAPTERS:
        for lead, bullets in groups:
            for t in bullets:
                n += 1
                yield n, ch, lead, t


def reading() -> dict:
    return {"kind": "recommendations", "title": TITLE,
            "areas": [{"area": c[0], "theme": None} for c in CHAPTERS],
            "recommendations": [{"rec_id": str(n), "area": ch, "text": t, "owners": OWN[lead]}
                                for n, ch, lead, t in recs()],
            "activities": []}


def clean(t: str) -> str:
    t = t.rstrip(";.")
    return t[0].upper() + t[1:] + "."


def matrix_rows():
    return [[f"{n}. {clean(t)}", "✓" if lead == WGL else "", "✓" if lead == PB else "",
             "✓" if lead == PB else ""] for n, _c, lead, t in recs()]


def blocks() -> list:
    b: list = [("title", TITLE), ("meta", "Older People's Commissioner for Wales – January 2026"),
               ("h1", "Foreword"),
               ("p", "Over six months my team spoke to 640 older people and reviewed the "
                     "policies of all 22 local authorities and seven health boards.")]
    for k, (ch, finding, groups) in enumerate(CHAPTERS, 1):
        b += [("h1", f"Chapter {k}: {ch}"), ("h2", "What we found"), ("p", finding),
              ("h2", "What needs to change")]
        for lead, bullets in groups:
            b += [("p", lead), ("ul", bullets)]
    b += [("h1", "Annex: summary of recommendations"),
          ("table", ["Recommendation", "Welsh Government", "Local authorities", "Health boards"],
           matrix_rows())]
    return b


def write_md() -> None:
    text = C.md(blocks()).replace("\n- ", "\n-   ")
    front = f"---\ntitle: \"{TITLE}\"\nauthor: Older People's Commissioner for Wales\n---\n\n"
    (C.OUT / f"{NAME}.md").write_text(front + text.split("\n", 2)[2].lstrip("\n") + "\n",
                                      encoding="utf-8")


def write_html() -> None:
    (C.OUT / f"{NAME}.html").write_text(C.page(
        TITLE, "Older People's Commissioner for Wales", ["Home", "Publications", "Reviews"],
        C.html(blocks()), ["About", "Our work", "Get help", "Publications", "News"],
        "Older People's Commissioner for Wales, Cambrian Buildings, Mount Stuart Square, "
        "Cardiff CF10 5FL"), encoding="utf-8")


def write_docx() -> None:
    doc = C.new_docx(font="Arial", size=12)
    C.header_text(doc, "Ageing well in our communities")
    C.footer_page_numbers(doc, "Older People's Commissioner for Wales")
    C.docx(blocks(), doc)
    doc.save(C.OUT / f"{NAME}.docx")


def write_pdf() -> None:
    w = {4: [100 * C.mm, 24 * C.mm, 24 * C.mm, 24 * C.mm]}
    C.build_pdf(C.OUT / f"{NAME}.pdf", C.B.pdf(blocks(), C.pdf_styles(10), w),
                "Ageing well in our communities", "Older People's Commissioner for Wales")


if __name__ == "__main__":
    write_md()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["recommendations"]))
