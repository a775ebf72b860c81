"""rec28a: Democracy and Boundary Commission Cymru FINAL RECOMMENDATIONS REPORT on a county's
electoral arrangements: numbered paragraphs in chapters (1 Introduction, 2 The review, 3
Council size, then one chapter per area of the county), a table per proposed ward
`Proposed ward | Community / community wards | Electorate 2025 | Electorate 2030 |
Councillors | Electors per councillor | Variance %`, the recommendations as numbered
paragraphs "4.4 We recommend that the communities of X and Y form a ward ..., named Z /
Welsh name", paragraphs on the Draft Proposals and on representations the Commission did
not accept (no recommendations), then Appendix 1 repeating the recommendations word for
word and Appendix 2 the whole county's table.

Democracy and Boundary Commission Cymru (real; the report's layout after the Commission's
(then LDBCW's) "Review of the Electoral Arrangements of the County of Monmouthshire, Final
Recommendations Report", June 2021); the County Borough of Glanmor (the corpora's fictional
council), its communities, wards and figures invented; report dated September 2026.
Forms: .md (pandoc's Markdown of the report); .html the Commission's website (cookie banner,
language link, "Review documents" side list, footer); .docx the Word version with typed
paragraph numbers; .pdf A4 with Appendix 2's table running over a page break.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)

import blocks28 as B
from gen_common import OUT, build_pdf, esc, footer_page_numbers, header_text, new_docx, pdf_styles

NAME = "rec28a-dbcc-final-recommendations"
TITLE = ("Review of the Electoral Arrangements of the County Borough of Glanmor: Final "
         "Recommendations Report")
META = "Democracy and Boundary Commission Cymru, September 2026"
HEAD = ["Proposed ward", "Community / community wards", "Electorate 2025", "Electorate 2030",
        "Councillors", "Electors per councillor", "Variance %"]
# ward: (english, welsh, communities, e2025, e2030, cllrs)
W = {
    "cwm": ("Cwm Isaf and Pentre", "Cwm Isaf a'r Pentre", "Cwm Isaf; Pentre", 3480, 3610, 2),
    "blaen": ("Blaen-y-cwm", "Blaen-y-cwm", "Blaen-y-cwm", 1690, 1720, 1),
    "aber": ("Abercoed", "Abercoed", "Abercoed", 3550, 3700, 2),
    "castle": ("Glanmor Castle", "Castell Glanmor",
               "Glanmor (Castle and Harbour community wards)", 5260, 5450, 3),
    "north": ("Glanmor North", "Gogledd Glanmor", "Glanmor (North community ward); Llwynhir",
              5120, 5580, 3),
    "west": ("Glanmor West", "Gorllewin Glanmor", "Glanmor (West community ward)", 5070, 5210,
             3),
    "porth": ("Porth-y-môr", "Porth-y-môr", "Porth-y-môr", 5300, 5350, 3),
    "tref": ("Trefynach and Marros", "Trefynach a Marros", "Trefynach; Marros", 1790, 1810, 1),
}
TOTAL = sum(w[4] for w in W.values())
TOTAL25 = sum(w[3] for w in W.values())
SIZE = sum(w[5] for w in W.values())
AVG = TOTAL / SIZE


def row(k):
    en, cy, comm, e25, e30, c = W[k]
    per = round(e30 / c)
    return [f"{en} / {cy}", comm, f"{e25:,}", f"{e30:,}", str(c), f"{per:,}",
            f"{(e30 / c - AVG) / AVG * 100:+.0f}%"]


def name(k):
    return f"{W[k][0]} / {W[k][1]}"


# recommendations: (paragraph, area, text)
R = [
    ("3.4", "Council size",
     f"We recommend that the County Borough of Glanmor should have a council of {SIZE} "
     "members."),
    ("4.4", "Northern Glanmor",
     "We recommend that the communities of Cwm Isaf and Pentre form a ward represented by "
     f"two councillors, named {name('cwm')}."),
    ("4.7", "Northern Glanmor",
     "We recommend that the community of Blaen-y-cwm forms a ward represented by one "
     f"councillor, named {name('blaen')}."),
    ("4.9", "Northern Glanmor",
     "We recommend that the existing Abercoed ward, coterminous with the community of "
     f"Abercoed, continues to be represented by two councillors, named {name('aber')}."),
    ("5.4", "Glanmor town",
     "We recommend that the Castle and Harbour community wards of the Town of Glanmor form "
     f"a ward represented by three councillors, named {name('castle')}."),
    ("5.8", "Glanmor town",
     "We recommend that the North community ward of the Town of Glanmor and the community "
     f"of Llwynhir form a ward represented by three councillors, named {name('north')}."),
    ("5.10", "Glanmor town",
     "We recommend that the West community ward of the Town of Glanmor forms a ward "
     f"represented by three councillors, named {name('west')}."),
    ("6.3", "Southern Glanmor",
     "We recommend that the community of Porth-y-môr forms a ward represented by three "
     f"councillors, named {name('porth')}."),
    ("6.6", "Southern Glanmor",
     "We recommend that the communities of Trefynach and Marros form a ward represented by "
     f"one councillor, named {name('tref')}."),
]
RT = {p: t for p, _a, t in R}


def np(num: str, text: str):
    return ("p", f"{num} {text}")


def blocks(appendix_table: bool = True) -> list:
    b = [("title", TITLE), ("meta", META), ("h1", "Foreword"),
         ("p", "The Commission is pleased to present this report to the Cabinet Secretary for "
          "Housing and Local Government. It contains our final recommendations for the "
          "electoral arrangements of the County Borough of Glanmor, made under the Local "
          "Government (Democracy) (Wales) Act 2013. We are grateful to the council, to the "
          "community and town councils and to everyone who made representations."),
         ("bp", "Chair,", "Democracy and Boundary Commission Cymru"),
         ("h1", "1. Introduction"),
         np("1.1", "The Commission has completed its review of the electoral arrangements of "
            "the County Borough of Glanmor. The county borough has 27,640 electors in 2025, "
            f"forecast to rise to {TOTAL:,} by 2030."),
         np("1.2", "This report is submitted to the Welsh Ministers, who may implement our "
            "recommendations by order, with or without modifications, or direct a further "
            "review."),
         ("h1", "2. The review"),
         np("2.1", "We published our Draft Proposals on 3 March 2026 and invited "
            "representations for twelve weeks. We received 64 representations, including "
            "from the council and from six community and town councils."),
         np("2.2", "Where we have changed our Draft Proposals, this report explains why."),
         ("h1", "3. Council size"),
         np("3.1", "The council currently has 20 members. Under the Commission's council size "
            "policy a county borough of Glanmor's population and sparsity should have "
            f"between 17 and 19 members."),
         np("3.2", "The council asked us to keep 20 members. We considered this carefully but "
            "concluded that it would leave the town of Glanmor under-represented."),
         np("3.3", "No other representation addressed council size."),
         np("3.4", RT["3.4"]),
         ("h1", "4. Northern Glanmor"),
         np("4.1", "The valley communities in the north of the county borough are currently "
            "served by four wards, two of which have electoral variances of more than 25%."),
         ("h2", "Cwm Isaf and Pentre"),
         np("4.2", "In our Draft Proposals we proposed that Pentre should form a single-member "
            "ward on its own."),
         np("4.3", "Pentre Community Council told us that Pentre and Cwm Isaf share a school, "
            "a surgery and a bus route. We agree that the two communities have strong ties."),
         ("table", HEAD, [row("cwm")]),
         np("4.4", RT["4.4"]),
         ("h2", "Blaen-y-cwm"),
         np("4.5", "The council suggested that Blaen-y-cwm be joined with Abercoed to form a "
            "three-member ward. We did not accept this: a ward of that size would stretch "
            "along eleven miles of the valley."),
         np("4.6", "Blaen-y-cwm forms a ward on its own with a variance close to the county "
            "average."),
         ("table", HEAD, [row("blaen")]),
         np("4.7", RT["4.7"]),
         ("h2", "Abercoed"),
         np("4.8", "We received no representations about Abercoed."),
         ("table", HEAD, [row("aber")]),
         np("4.9", RT["4.9"]),
         ("h1", "5. Glanmor town"),
         np("5.1", "The town of Glanmor has grown by more than 1,200 electors since the last "
            "review, mostly at the new Llwynhir estate on its northern edge."),
         ("h2", "Glanmor Castle"),
         np("5.2", "A resident suggested that the Harbour community ward should form a ward "
            "of its own. With 1,610 electors it would have a variance of -11% and would "
            "divide the town centre; we did not adopt this suggestion."),
         np("5.3", "We confirm our Draft Proposal for Glanmor Castle."),
         ("table", HEAD, [row("castle")]),
         np("5.4", RT["5.4"]),
         ("h2", "Glanmor North"),
         np("5.5", "The Llwynhir estate lies in the community of Llwynhir but looks to "
            "Glanmor for its services."),
         np("5.6", "In our Draft Proposals we proposed a two-member Glanmor North ward; the "
            "forecast electorate for 2030 now supports three councillors."),
         np("5.7", "Llwynhir Community Council supported this change."),
         ("table", HEAD, [row("north")]),
         np("5.8", RT["5.8"]),
         ("h2", "Glanmor West"),
         np("5.9", "We received two representations supporting our Draft Proposal."),
         ("table", HEAD, [row("west")]),
         np("5.10", RT["5.10"]),
         ("h1", "6. Southern Glanmor"),
         np("6.1", "The coastal communities have seen little change in their electorates."),
         ("h2", "Porth-y-môr"),
         np("6.2", "Porth-y-môr Town Council asked us to keep the ward's name unchanged."),
         ("table", HEAD, [row("porth")]),
         np("6.3", RT["6.3"]),
         ("h2", "Trefynach and Marros"),
         np("6.4", "Marros Community Council asked that the name Marros appear in the name of "
            "the ward; we agreed."),
         np("6.5", "The two communities are rural and share a community hall."),
         ("table", HEAD, [row("tref")]),
         np("6.6", RT["6.6"]),
         ("h1", "7. Next steps"),
         np("7.1", "Any representations about this report should be made to the Welsh Ministers "
            "within six weeks of its publication. The new arrangements, if implemented, would "
            "take effect at the local government elections in May 2027."),
         ("h1", "Appendix 1: Summary of recommendations")]
    b += [np(p, t) for p, _a, t in R]
    b += [("h1", "Appendix 2: Proposed electoral arrangements")]
    if appendix_table:
        rows = [row(k) for k in W]
        rows.append(["Total", "", f"{TOTAL25:,}", f"{TOTAL:,}", str(SIZE), f"{round(AVG):,}", ""])
        b += [("table", HEAD, rows)]
    return b


def reading() -> dict:
    # The recommendations are the numbered "We recommend that ..." paragraphs (Appendix 1
    # repeats them); rec_id the paragraph number; area the chapter ("Council size" is
    # chapter 3's); owners the Welsh Ministers, to whom the report is made and who implement
    # it (paragraph 1.2): "WG". Draft Proposals, representations not accepted and Appendix
    # 2's table hold none.
    areas = []
    for _p, a, _t in R:
        if a not in areas:
            areas.append(a)
    return {"kind": "recommendations", "title": TITLE,
            "areas": [{"area": a, "theme": None} for a in areas],
            "recommendations": [{"rec_id": p, "area": a, "text": t, "owners": ["WG"]}
                                for p, a, t in R],
            "activities": None}


def write_md() -> None:
    (OUT / f"{NAME}.md").write_text(B.md(blocks()), encoding="utf-8")


def write_html() -> None:
    h = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
         f"<title>{esc(TITLE)} | Democracy and Boundary Commission Cymru</title></head><body>",
         '<div class="cookie-banner"><p>We use some essential cookies to make this website '
         'work.</p><button>Accept additional cookies</button><button>Reject additional '
         'cookies</button></div>',
         '<header><a href="/" class="logo">Democracy and Boundary Commission Cymru</a>'
         '<a href="/cy" lang="cy">Cymraeg</a><nav><ul><li><a href="#">Reviews</a></li><li>'
         '<a href="#">About us</a></li><li><a href="#">Publications</a></li></ul></nav>'
         '</header><div class="layout"><aside><h2>Review documents</h2><ul><li><a href="#">'
         'Draft Proposals Report (PDF)</a></li><li><a href="#">Final Recommendations Report '
         '(PDF)</a></li><li><a href="#">Maps</a></li></ul></aside><main>']
    h += B.html(blocks())
    h += ['</main></div><footer><p>Democracy and Boundary Commission Cymru, Hastings House, '
          'Fitzalan Court, Cardiff, CF24 0BL</p><ul><li><a href="#">Accessibility</a></li>'
          '<li><a href="#">Privacy</a></li></ul></footer></body></html>']
    (OUT / f"{NAME}.html").write_text("\n".join(h) + "\n", encoding="utf-8")


def write_docx() -> None:
    doc = new_docx(font="Arial", size=11)
    header_text(doc, "Democracy and Boundary Commission Cymru")
    footer_page_numbers(doc, "Glanmor Final Recommendations Report")
    B.docx(blocks(), doc, fill="BDD7EE")
    doc.save(OUT / f"{NAME}.docx")


def write_pdf() -> None:
    st = pdf_styles(10)
    mm = B.mm
    story = B.pdf(blocks(), st, widths={7: [32 * mm, 36 * mm, 21 * mm, 21 * mm, 20 * mm,
                                            24 * mm, 18 * mm]}, pad=10)
    build_pdf(OUT / f"{NAME}.pdf", story, "Glanmor – Final Recommendations Report", META)


if __name__ == "__main__":
    write_md()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["recommendations"]))
