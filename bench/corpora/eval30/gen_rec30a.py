"""rec30a: a working group's recommendations of the SHIPPED KIND printed as a BILINGUAL
SIDE-BY-SIDE TABLE: "Gweithgor y Gymraeg a Llywodraeth Leol: Argymhellion / Welsh Language and
Local Government Working Group: Recommendations", Welsh Government and WLGA, June 2026
(modelled on the real Working Group on the Welsh Language and Local Government, whose 2016
report "Language, Work and Bilingual Services" the Welsh Government published; this group,
its text and figures invented).

Layout (not used by an earlier corpus): ONE two-column table `Cymraeg | English`, Welsh on
the left; theme rows "Thema 1: ... | Theme 1: ..." and area rows "Maes 1: ... | Area 1: ..."
across both columns; under each area a label row "Gweithgarwch sydd ar y gweill | Activity
underway or achieved" over one row per activity ("• ..." in both languages) and a label row
"Argymhellion | Recommendations" over one row per recommendation, numbered "1." in both
languages; the owners only in English, in brackets at the end of each English
recommendation ("(Welsh Government, WLGA)", "(Councils)").

The reading takes the English column: areas the "Area N:" rows (name without the label) under
their "Theme N:" row (name without the label); activities the bullet rows (no number);
recommendations 1-8 with text without the owners' bracket and the owners as codes
(Councils = LG). The Welsh column and the label rows are not rows of their own.
Forms: .md pandoc's pipe table from the GOV.WALES page (theme and area rows in bold in both
cells); .html the GOV.WALES publication page (`lang="cy"` cells, theme and area rows as
`<th>` rows); .docx a Word table with a repeated header row, shaded theme and area rows,
the activities List Bullet paragraphs in the cells (numbering.xml); .pdf A4 print of the Word
file, the table over two pages with its header repeated.
"""
from __future__ import annotations

from chrome30 import esc, gov_page
from gen_common import (GRID, OUT, P, build_pdf, cell_text, colors, footer_page_numbers,
                        header_text, mm, new_docx, pdf_styles, set_repeat_header, shade)
from reportlab.platypus import Table, TableStyle

NAME = "rec30a-welsh-language-working-group-bilingual"
TITLE_CY = "Gweithgor y Gymraeg a Llywodraeth Leol: Argymhellion"
TITLE = "Welsh Language and Local Government Working Group: Recommendations"
INTRO_CY = ("Sefydlwyd y Gweithgor gan Lywodraeth Cymru a Chymdeithas Llywodraeth Leol Cymru "
            "(CLlLC) ym mis Medi 2025. Mae'r tabl isod yn nodi'r gwaith sydd eisoes ar y "
            "gweill a'r argymhellion ar gyfer pob maes a ystyriwyd.")
INTRO = ("The Working Group was set up by the Welsh Government and the Welsh Local Government "
         "Association (WLGA) in September 2025. The table below sets out the work already "
         "under way and the recommendations for each area considered.")
CODES = {"Welsh Government": "WG", "WLGA": "WLGA", "Councils": "LG", "councils": "LG"}
# (theme cy, theme en, [(area cy, area en, [(act cy, act en)], [(rec cy, rec en, owners)])])
THEMES = [
    ("Gweithlu dwyieithog", "A bilingual workforce", [
        ("Sgiliau Cymraeg staff", "Staff Welsh language skills",
         [("Mae un ar ddeg o gynghorau wedi asesu sgiliau Cymraeg eu holl staff ers 2024.",
           "Eleven councils have assessed the Welsh language skills of all their staff since "
           "2024."),
          ("Mae'r Ganolfan Dysgu Cymraeg Genedlaethol yn darparu cyrsiau Cymraeg Gwaith am "
           "ddim i staff cynghorau.",
           "The National Centre for Learning Welsh provides free Work Welsh courses for "
           "council staff.")],
         [("Dylai cynghorau osod targed ar gyfer cyfran y swyddi rheng flaen sy'n gofyn am "
           "sgiliau Cymraeg erbyn mis Mawrth 2028.",
           "Councils should set a target for the proportion of front-line posts that require "
           "Welsh language skills by March 2028.", "Councils"),
          ("Dylai Llywodraeth Cymru ariannu cyrsiau Cymraeg Gwaith i staff cynghorau am dair "
           "blynedd arall.",
           "The Welsh Government should fund Work Welsh courses for council staff for a "
           "further three years.", "Welsh Government")]),
        ("Recriwtio", "Recruitment",
         [("Cyhoeddodd CLlLC ganllawiau ar asesu gofynion iaith swyddi yn 2025.",
           "The WLGA published guidance on assessing the language requirements of posts in "
           "2025.")],
         [("Dylai CLlLC a'r cynghorau ddatblygu banc cyffredin o ddisgrifiadau swydd a "
           "chwestiynau cyfweliad Cymraeg.",
           "The WLGA and councils should develop a shared bank of Welsh language job "
           "descriptions and interview questions.", "WLGA, councils")]),
    ]),
    ("Gwasanaethau dwyieithog", "Bilingual services", [
        ("Gwasanaethau digidol", "Digital services",
         [("Mae pob un o'r 22 cyngor bellach yn cynnig eu prif ffurflenni ar-lein yn Gymraeg.",
           "All 22 councils now offer their main online forms in Welsh.")],
         [("Dylai Llywodraeth Cymru a CLlLC gytuno ar safonau Cymraeg cyffredin ar gyfer apiau "
           "a sgwrsfotiau cynghorau.",
           "The Welsh Government and the WLGA should agree common Welsh language standards for "
           "council apps and chatbots.", "Welsh Government, WLGA"),
          ("Dylai cynghorau gyhoeddi faint o ddefnydd a wneir o'u gwasanaethau ar-lein "
           "Cymraeg bob blwyddyn.",
           "Councils should publish the take-up of their Welsh language online services each "
           "year.", "Councils")]),
        ("Cyfieithu", "Translation",
         [("Mae chwe chyngor yn y gogledd a'r gorllewin yn rhannu contract fframwaith "
           "cyfieithu.",
           "Six councils in north and west Wales share a translation framework contract."),
          ("Cynhaliodd CLlLC weithdy ar gyfieithu peirianyddol i gyfieithwyr cynghorau ym mis "
           "Mawrth 2026.",
           "The WLGA held a workshop on machine translation for council translators in March "
           "2026.")],
         [("Dylai CLlLC gyhoeddi canllawiau ar ddefnyddio cyfieithu peirianyddol yn ddiogel "
           "mewn cynghorau.",
           "The WLGA should publish guidance on the safe use of machine translation in "
           "councils.", "WLGA")]),
    ]),
    ("Hybu'r iaith", "Promoting the language", [
        ("Y Gymraeg yn y gymuned", "Welsh in the community",
         [("Adnewyddwyd strategaethau hybu pum mlynedd y cynghorau yn 2025-26.",
           "Councils renewed their five-year Welsh language promotion strategies in "
           "2025-26.")],
         [("Dylai cynghorau weithio gyda'r Mentrau Iaith i gysoni eu strategaethau hybu â'u "
           "Cynlluniau Strategol Cymraeg mewn Addysg.",
           "Councils should work with the Mentrau Iaith to align their promotion strategies "
           "with their Welsh in Education Strategic Plans.", "Councils"),
          ("Dylai Llywodraeth Cymru adrodd i Gyngor Partneriaeth Cymru bob blwyddyn ar y "
           "cynnydd gyda'r argymhellion hyn.",
           "The Welsh Government should report to the Partnership Council for Wales each year "
           "on progress with these recommendations.", "Welsh Government")]),
    ]),
]
HEAD = ("Cymraeg", "English")
LABELS = {"act": ("Gweithgarwch sydd ar y gweill", "Activity underway or achieved"),
          "rec": ("Argymhellion", "Recommendations")}


def rows():
    """(kind, welsh, english): kind theme | area | label | act | rec."""
    a = r = 0
    for t, (tcy, ten, areas) in enumerate(THEMES, 1):
        yield ("theme", f"Thema {t}: {tcy}", f"Theme {t}: {ten}")
        for acy, aen, acts, recs in areas:
            a += 1
            yield ("area", f"Maes {a}: {acy}", f"Area {a}: {aen}")
            yield ("label",) + LABELS["act"]
            for cy, en in acts:
                yield ("act", f"• {cy}", f"• {en}")
            yield ("label",) + LABELS["rec"]
            for cy, en, who in recs:
                r += 1
                yield ("rec", f"{r}. {cy}", f"{r}. {en} ({who})")


def reading() -> dict:
    areas, recs, acts = [], [], []
    r = 0
    for _tcy, ten, arealist in THEMES:
        for _acy, aen, actlist, reclist in arealist:
            areas.append({"area": aen, "theme": ten})
            acts += [{"activity_no": None, "area": aen, "text": en} for _cy, en in actlist]
            for _cy, en, who in reclist:
                r += 1
                recs.append({"rec_id": str(r), "area": aen, "text": en,
                             "owners": [CODES[w.strip()] for w in who.split(",")]})
    return {"kind": "recommendations", "title": TITLE, "areas": areas,
            "recommendations": recs, "activities": acts}


def write_md() -> None:
    out = [f"# {TITLE_CY} / {TITLE}", "", "*Mehefin 2026 / June 2026*", "", INTRO_CY, "",
           INTRO, "", f"| {HEAD[0]} | {HEAD[1]} |", "|---|---|"]
    for k, cy, en in rows():
        if k in ("theme", "area"):
            out.append(f"| **{cy}** | **{en}** |")
        elif k == "label":
            out.append(f"| *{cy}* | *{en}* |")
        else:
            out.append(f"| {cy} | {en} |")
    out += ["", "Ysgrifenyddiaeth / Secretariat: CLlLC a Llywodraeth Cymru / WLGA and Welsh "
            "Government."]
    (OUT / f"{NAME}.md").write_text("\n".join(out) + "\n", encoding="utf-8")


def write_html() -> None:
    b = [f'<h1><span lang="cy">{esc(TITLE_CY)}</span> / {esc(TITLE)}</h1>',
         '<p class="first-published">First published: 18 June 2026</p>',
         f'<p lang="cy">{esc(INTRO_CY)}</p>', f"<p>{esc(INTRO)}</p>",
         '<div class="table-wrapper"><table class="govwales-table bilingual">',
         f'<thead><tr><th scope="col" lang="cy">{HEAD[0]}</th><th scope="col">{HEAD[1]}</th>'
         "</tr></thead><tbody>"]
    for k, cy, en in rows():
        if k in ("theme", "area"):
            b.append(f'<tr class="{k}"><th lang="cy" scope="rowgroup">{esc(cy)}</th>'
                     f'<th scope="rowgroup">{esc(en)}</th></tr>')
        elif k == "label":
            b.append(f'<tr class="label"><td lang="cy"><em>{esc(cy)}</em></td>'
                     f"<td><em>{esc(en)}</em></td></tr>")
        else:
            b.append(f'<tr><td lang="cy">{esc(cy)}</td><td>{esc(en)}</td></tr>')
    b += ["</tbody></table></div>", "<p>Secretariat: WLGA and Welsh Government.</p>"]
    (OUT / f"{NAME}.html").write_text(gov_page(
        TITLE, ["Home", "Local government", "Welsh language", "Working groups"], b),
        encoding="utf-8")


def write_docx() -> None:
    doc = new_docx(font="Arial", size=10)
    header_text(doc, "Gweithgor y Gymraeg a Llywodraeth Leol | Welsh Language and Local "
                "Government Working Group")
    footer_page_numbers(doc, "Mehefin / June 2026")
    doc.add_heading(f"{TITLE_CY} / {TITLE}", level=1)
    doc.add_paragraph(INTRO_CY)
    doc.add_paragraph(INTRO)
    tb = doc.add_table(rows=1, cols=2)
    tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, HEAD):
        cell_text(c, h, bold=True)
        shade(c, "323232")
    set_repeat_header(tb.rows[0])
    for k, cy, en in rows():
        cells = tb.add_row().cells
        for c, x in zip(cells, (cy, en)):
            if k == "act":
                c.paragraphs[0].style = doc.styles["List Bullet"]
                c.paragraphs[0].add_run(x[2:])
            else:
                cell_text(c, x, bold=k in ("theme", "area"))
                if k == "label":
                    c.paragraphs[0].runs[0].italic = True
            if k == "theme":
                shade(c, "C00000")
            elif k == "area":
                shade(c, "F2DCDB")
    doc.add_paragraph("Ysgrifenyddiaeth / Secretariat: CLlLC a Llywodraeth Cymru / WLGA and "
                      "Welsh Government.")
    doc.save(OUT / f"{NAME}.docx")


def write_pdf() -> None:
    st = pdf_styles(10)
    cell = st["cell"]
    data = [[P(f"<b>{h}</b>", cell) for h in HEAD]]
    style = list(GRID) + [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D0D0D0"))]
    for k, cy, en in rows():
        i = len(data)
        if k in ("theme", "area"):
            data.append([P(f"<b>{esc(cy)}</b>", cell), P(f"<b>{esc(en)}</b>", cell)])
            style.append(("BACKGROUND", (0, i), (-1, i),
                          colors.HexColor("#F4B6B6" if k == "theme" else "#F2DCDB")))
        elif k == "label":
            data.append([P(f"<i>{esc(cy)}</i>", cell), P(f"<i>{esc(en)}</i>", cell)])
        else:
            data.append([P(esc(cy), cell), P(esc(en), cell)])
    t = Table(data, colWidths=[87 * mm, 87 * mm], repeatRows=1, splitByRow=1)
    style += [("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]
    t.setStyle(TableStyle(style))
    story = [P(esc(f"{TITLE_CY} / {TITLE}"), st["title"]), P(esc(INTRO_CY), st["body"]),
             P(esc(INTRO), st["body"]), t,
             P("Ysgrifenyddiaeth / Secretariat: CLlLC a Llywodraeth Cymru / WLGA and Welsh "
               "Government.", st["body"])]
    build_pdf(OUT / f"{NAME}.pdf", story, "Gweithgor y Gymraeg a Llywodraeth Leol | Welsh "
              "Language and Local Government Working Group", "Mehefin / June 2026")


if __name__ == "__main__":
    write_md()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["recommendations"]))
