"""prog37a: a WLGA programme update of the SHIPPED KIND published bilingually in SEQUENTIAL
HALVES: the whole Welsh version ("Diweddariad Rhaglen Wella CLlLC 2025-26: Chwarter 1", Welsh
headings, numbered paragraphs 2.1.., bold labels, the same £ figures), then "Fersiwn Saesneg /
English version" and the whole English version. The .txt (the plain text the WLGA's
publications officer pastes into the e-mail bulletin) has the English first and
"Fersiwn Gymraeg / Welsh version" after.

The reading: everything once, from the English half. Items the numbered paragraphs under the
three programme sections 2-4 (12); paragraphs 1.1 (Purpose), 5.x (Funding) and 6.1
(Recommendation) are not items. Text the English paragraph with its bold label
("Leadership Academy: ..."). Section the printed section number. Status from the words,
quarter the 2025-26 quarter of the (outstanding) date; 2.3 gives no date (None). Grants the
two named grants, once (the Welsh half names the same two). Title the English title; date
25 September 2025.
Forms: .docx Welsh half, a page break, the English half; section headings and paragraphs
numbered by Word (one multi-level numbering.xml list per half, restarting; the numbers are
not in the text), bold label runs; .pdf the print of the Word file (numbers printed);
.html the WLGA website with two <section lang="cy"> / <section lang="en">; .txt English
first.
"""
from __future__ import annotations

from common37 import multilevel, numbered, page, page_break
from gen_common import (OUT, P, build_pdf, esc, footer_page_numbers, header_text, new_docx,
                        pdf_styles)

NAME = "prog37a-bilingual-sequential-halves-update"
TITLE_EN = "WLGA Improvement Programme 2025-26: Quarter 1 Update"
TITLE_CY = "Diweddariad Rhaglen Wella CLlLC 2025-26: Chwarter 1"
DATE_EN = "25 September 2025"
DATE_CY = "25 Medi 2025"

PURPOSE = ("Diben", "Purpose", [
    ("I roi'r wybodaeth ddiweddaraf i'r Aelodau am gynnydd y Rhaglen Wella yn ystod chwarter "
     "cyntaf 2025-26 ac am gyllid y rhaglen.",
     "To update Members on progress with the Improvement Programme in the first quarter of "
     "2025-26 and on the programme's funding.")])

# (cy heading, en heading, [(cy label, cy text, en label, en text, status, quarter, partners)])
SECTIONS = [
    ("Arweinyddiaeth a llywodraethu", "Leadership and governance", [
        ("Academi Arweinyddiaeth:", "Cwblhawyd ail garfan yr Academi Arweinyddiaeth ym mis "
         "Mehefin 2025, gyda 24 o brif swyddogion o 17 cyngor yn cymryd rhan, mewn partneriaeth "
         "ag Academi Wales.",
         "Leadership Academy:", "The second cohort of the Leadership Academy was completed in "
         "June 2025, with 24 chief officers from 17 councils taking part, in partnership with "
         "Academi Wales.", "done", "2025-26 Q1", ["Academi Wales"]),
        ("Cyflwyno aelodau:", "Mae canllawiau ar gyfer rhaglen gyflwyno aelodau 2027 yn cael eu "
         "drafftio gyda'r Centre for Governance and Scrutiny a byddant yn cael eu cyhoeddi ym "
         "mis Tachwedd 2025.",
         "Member induction:", "Guidance for the 2027 member induction programme is being "
         "drafted with the Centre for Governance and Scrutiny and will be published in "
         "November 2025.", "in progress", "2025-26 Q3", ["Centre for Governance and Scrutiny"]),
        ("Pwyllgorau llywodraethu ac archwilio:", "Mae hyfforddiant wedi'i ddarparu i 60 o "
         "aelodau lleyg pwyllgorau llywodraethu ac archwilio ar draws 19 cyngor.",
         "Governance and audit committees:", "Training has been delivered to 60 lay members of "
         "governance and audit committees across 19 councils.", "done", None, []),
        ("Adolygiadau gan gymheiriaid:", "Mae dau adolygiad corfforaethol gan gymheiriaid, ym "
         "Mhowys a Chonwy, wedi'u gohirio tan chwarter 4 ar gais y cynghorau.",
         "Peer reviews:", "Two corporate peer reviews, in Powys and Conwy, have been postponed "
         "to quarter 4 at the councils' request.", "at risk", "2025-26 Q4", []),
    ]),
    ("Perfformiad a hunanasesu", "Performance and self-assessment", [
        ("Rhwydwaith hunanasesu:", "Mae rhwydwaith ymarferwyr hunanasesu yn cyfarfod bob "
         "chwarter; cynhelir y cyfarfod nesaf ar 14 Hydref 2025.",
         "Self-assessment network:", "The self-assessment practitioners' network is meeting "
         "every quarter; its next meeting is on 14 October 2025.", "in progress", "2025-26 Q3",
         []),
        ("Asesiadau perfformiad panel:", "Cwblhawyd asesiadau perfformiad panel yng "
         "Ngheredigion a Thorfaen ym mis Mehefin 2025.",
         "Panel performance assessments:", "Panel performance assessments were completed in "
         "Ceredigion and Torfaen in June 2025.", "done", "2025-26 Q1", []),
        ("Meincnodi data:", "Mae dangosfwrdd meincnodi newydd yn cael ei adeiladu gyda Data "
         "Cymru a bydd yn mynd yn fyw ym mis Ionawr 2026.",
         "Data benchmarking:", "A new benchmarking dashboard is being built with Data Cymru and "
         "will go live in January 2026.", "in progress", "2025-26 Q4", ["Data Cymru"]),
        ("Gwybodaeth am berfformiad:", "Mae gweithdy ar y cyd ag Archwilio Cymru ar ddefnyddio "
         "gwybodaeth am berfformiad wedi'i gynllunio ar gyfer mis Chwefror 2026.",
         "Performance information:", "A joint workshop with Audit Wales on the use of "
         "performance information is planned for February 2026.", "planned", "2025-26 Q4",
         ["Audit Wales"]),
    ]),
    ("Digidol a data", "Digital and data", [
        ("Aeddfedrwydd digidol:", "Cwblhawyd yr asesiad aeddfedrwydd digidol gan bob un o'r 22 "
         "cyngor ym mis Mai 2025.",
         "Digital maturity:", "The digital maturity assessment was completed by all 22 councils "
         "in May 2025.", "done", "2025-26 Q1", []),
        ("Gwydnwch seiber:", "Mae'r rhaglen ymarferion gwydnwch seiber wedi llithro oherwydd "
         "oedi gan gyflenwyr a bydd yn cael ei chynnal ym mis Rhagfyr 2025 yn lle hynny.",
         "Cyber resilience:", "The cyber resilience exercise programme has slipped because of "
         "supplier delays and will now run in December 2025.", "at risk", "2025-26 Q3", []),
        ("Canllawiau AI:", "Cyhoeddwyd canllawiau ar ddefnyddio AI cynhyrchiol mewn cynghorau "
         "ym mis Gorffennaf 2025 gyda SOLACE.",
         "AI guidance:", "Guidance on the use of generative AI in councils was published in "
         "July 2025 with SOLACE.", "done", "2025-26 Q2", ["SOLACE"]),
        ("Sgiliau data:", "Bydd cwrs sgiliau data dwys i 40 o swyddogion cyngor yn dechrau ym "
         "mis Mawrth 2026.",
         "Data skills:", "A data skills bootcamp for 40 council officers will start in March "
         "2026.", "planned", "2025-26 Q4", []),
    ]),
]

FUNDING = ("Cyllid", "Funding", [
    ("Mae Llywodraeth Cymru wedi cadarnhau Grant Cymorth Gwella o £760,000 ar gyfer 2025-26, "
     "sy'n ariannu tîm y rhaglen a'r cymorth a gomisiynir.",
     "The Welsh Government has confirmed an Improvement Support Grant of £760,000 for 2025-26, "
     "which funds the programme team and commissioned support."),
    ("Cadarnhawyd Grant Gallu Digidol o £285,000 ar gyfer 2025-26 ym mis Mehefin 2025. Roedd "
     "y gwariant hyd at 30 Mehefin 2025 yn £142,300 ar draws y ddau grant.",
     "A Digital Capability Grant of £285,000 for 2025-26 was confirmed in June 2025. Spend to "
     "30 June 2025 was £142,300 across both grants."),
])
RECOMMENDATION = ("Argymhelliad", "Recommendation", [
    ("Gofynnir i'r Aelodau nodi'r cynnydd a wnaed yn ystod chwarter 1.",
     "Members are asked to note the progress made in quarter 1.")])
SIGNOFF_CY = ["Awdur: Gwenllian Morris, Rheolwr y Rhaglen Wella",
              "E-bost: gwenllian.morris@wlga.gov.uk"]
SIGNOFF_EN = ["Author: Gwenllian Morris, Improvement Programme Manager",
              "E-mail: gwenllian.morris@wlga.gov.uk"]


def half(lang: str) -> dict:
    """One language's half: title, date, [(heading, [(label or "", text)])], sign-off."""
    cy = lang == "cy"
    secs = [(PURPOSE[0 if cy else 1], [("", c if cy else e) for c, e in PURPOSE[2]])]
    for hc, he, items in SECTIONS:
        secs.append((hc if cy else he,
                     [(lc, tc) if cy else (le, te) for lc, tc, le, te, *_ in items]))
    for sec in (FUNDING, RECOMMENDATION):
        secs.append((sec[0 if cy else 1], [("", c if cy else e) for c, e in sec[2]]))
    return {"title": TITLE_CY if cy else TITLE_EN, "date": DATE_CY if cy else DATE_EN,
            "sections": secs, "signoff": SIGNOFF_CY if cy else SIGNOFF_EN}


def reading() -> dict:
    items = []
    for i, (_hc, _he, its) in enumerate(SECTIONS, 2):
        for j, (_lc, _tc, le, te, st, q, partners) in enumerate(its, 1):
            items.append({"ref": f"{i}.{j}", "section": str(i), "text": f"{le} {te}",
                          "status": st, "quarter": q, "partners": partners})
    return {"kind": "programme", "title": TITLE_EN, "date": "2025-09-25",
            "priorities": [he for _hc, he, _i in SECTIONS], "items": items,
            "grants": [{"grant": "Improvement Support Grant", "amount_gbp": 760000,
                        "financial_year": "2025-26"},
                       {"grant": "Digital Capability Grant", "amount_gbp": 285000,
                        "financial_year": "2025-26"}]}


# ------------------------------------------------------------------ forms
def write_txt() -> None:
    out: list[str] = []

    def emit(h: dict) -> None:
        out.extend([h["date"], "", h["title"].upper(), ""])
        for n, (head, paras) in enumerate(h["sections"], 1):
            out.extend([f"{n}. {head}", ""])
            for k, (lab, text) in enumerate(paras, 1):
                out.extend([f"{n}.{k} " + (f"{lab} {text}" if lab else text), ""])
        out.extend(h["signoff"] + [""])

    emit(half("en"))
    out.extend(["-" * 60, "", "Fersiwn Gymraeg / Welsh version", "", "-" * 60, ""])
    emit(half("cy"))
    (OUT / f"{NAME}.txt").write_text("\n".join(out), encoding="utf-8")


def write_html() -> None:
    body: list[str] = ['<p class="lang-note">Mae’r ddogfen hon ar gael yn Gymraeg ac yn '
                       'Saesneg. This document is available in Welsh and English. '
                       '<a href="#en">Go to the English version</a></p>']
    for lang in ("cy", "en"):
        h = half(lang)
        body.append(f'<section lang="{lang}" id="{lang}">')
        if lang == "en":
            body.append('<p class="version-label">Fersiwn Saesneg / English version</p>')
        body.append(f'<h1>{esc(h["title"])}</h1>')
        iso = "2025-09-25"
        body.append(f'<p class="date"><time datetime="{iso}">{esc(h["date"])}</time></p>')
        for n, (head, paras) in enumerate(h["sections"], 1):
            body.append(f"<h2>{n}. {esc(head)}</h2>")
            for k, (lab, text) in enumerate(paras, 1):
                lead = f"<strong>{esc(lab)}</strong> " if lab else ""
                body.append(f'<p class="numbered">{n}.{k} {lead}{esc(text)}</p>')
        body += [f"<p>{esc(s)}</p>" for s in h["signoff"]]
        body.append("</section>")
    (OUT / f"{NAME}.html").write_text(page(
        TITLE_EN, "WLGA", ["Home", "Our work", "Improvement", "Programme updates"], body,
        ["About us", "Our work", "News", "Publications", "Contact"],
        "Welsh Local Government Association, One Canal Parade, Dumballs Road, Cardiff, "
        "CF10 5BF"), encoding="utf-8")


def write_docx() -> None:
    doc = new_docx(font="Arial", size=12)
    header_text(doc, "CLlLC / WLGA – Bwrdd Gweithredol / Executive Board – 25.09.2025")
    footer_page_numbers(doc, "Rhaglen Wella / Improvement Programme 2025-26")
    for lang in ("cy", "en"):
        h = half(lang)
        nid = multilevel(doc, ["%1.", "%1.%2"])   # a fresh list per half: numbers restart
        if lang == "en":
            page_break(doc)
            doc.add_paragraph().add_run("Fersiwn Saesneg / English version").italic = True
        doc.add_paragraph(h["date"])
        doc.add_heading(h["title"], level=0)
        for head, paras in h["sections"]:
            numbered(doc.add_heading(head, level=1), nid, 0)
            for lab, text in paras:
                p = doc.add_paragraph()
                if lab:
                    p.add_run(lab).bold = True
                    p.add_run(" " + text)
                else:
                    p.add_run(text)
                numbered(p, nid, 1)
        for s in h["signoff"]:
            doc.add_paragraph(s)
    doc.save(OUT / f"{NAME}.docx")


def write_pdf() -> None:
    from reportlab.platypus import PageBreak
    st = pdf_styles(10)
    story: list = []
    for lang in ("cy", "en"):
        h = half(lang)
        if lang == "en":
            story += [PageBreak(), P("<i>Fersiwn Saesneg / English version</i>", st["body"])]
        story += [P(esc(h["date"]), st["body"]), P(esc(h["title"]), st["title"])]
        for n, (head, paras) in enumerate(h["sections"], 1):
            story.append(P(f"{n}.&nbsp;&nbsp;{esc(head)}", st["h1"]))
            for k, (lab, text) in enumerate(paras, 1):
                lead = f"<b>{esc(lab)}</b> " if lab else ""
                story.append(P(f"{n}.{k}&nbsp;&nbsp;&nbsp;{lead}{esc(text)}", st["body"]))
        story += [P(esc(s), st["body"]) for s in h["signoff"]]
    build_pdf(OUT / f"{NAME}.pdf", story,
              "CLlLC / WLGA – Bwrdd Gweithredol / Executive Board – 25.09.2025",
              "Rhaglen Wella / Improvement Programme 2025-26")


if __name__ == "__main__":
    write_txt()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["items"]))
