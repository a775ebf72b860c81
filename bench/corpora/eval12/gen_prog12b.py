"""prog12b: a BILINGUAL progress report, Welsh and English in ALTERNATING PARAGRAPHS (Welsh
first, each numbered paragraph printed twice with the same number; headings, the priority
list, the status tags and the funding sentences too).

WLGA (CLlLC) Welsh Language in Local Government Support Programme 2025-26, quarter 3
progress report to the Executive Board, 20 February 2026. Forms:

- .txt: plain text, the Welsh paragraph then the English one, blank lines between;
- .html: every paragraph in its own <p lang="cy"> / <p lang="en">, headings <h2 lang=..>,
  the number in a <span class="num">;
- .docx: Welsh paragraphs in the Normal style, English ones in an "English" style (italic,
  grey), typed numbers with a TAB;
- .pdf: printed in TWO TEXT COLUMNS (newspaper flow, no table), page header and
  "Tudalen N o M / Page N of M".
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)

from gen_common import OUT, add_par, esc, footer_page_numbers, header_text, mm, new_docx, \
    pdf_styles, P, Pt, RGBColor

NAME = "prog12b-bilingual-alternating"
TITLE_CY = ("Rhaglen Cefnogi'r Gymraeg mewn Llywodraeth Leol 2025-26: Adroddiad Cynnydd "
            "Chwarter 3")
TITLE = "Welsh Language in Local Government Support Programme 2025-26: Quarter 3 Progress Report"
DATE_CY, DATE_EN = "20 Chwefror 2026", "20 February 2026"
TAG = {"done": ("Wedi'i gwblhau", "Complete"), "in progress": ("Ar y trywydd", "On track"),
       "at risk": ("Wedi'i oedi", "Delayed"), "planned": ("Heb ddechrau", "Not started")}

PRIORITIES = [("Cydymffurfio â Safonau'r Gymraeg", "Compliance with the Welsh Language Standards"),
              ("Gweithlu sy'n gallu gweithio'n ddwyieithog", "A workforce able to work bilingually"),
              ("Cynllunio addysg Gymraeg", "Planning Welsh-medium education"),
              ("Gwasanaethau digidol yn Gymraeg", "Digital services in Welsh")]

# (no, heading cy, heading en, [(cy, en, status, quarter, partners)])
SECTIONS = [
    ("3", "Safonau'r Gymraeg", "Welsh Language Standards", [
        ("Anfonwyd pecyn hunanasesu ar gydymffurfio â'r Safonau at bob un o'r 22 cyngor ym mis "
         "Gorffennaf 2025.",
         "A self-assessment toolkit on compliance with the Standards was issued to all 22 "
         "councils in July 2025.", "done", "2025-26 Q2", []),
        ("Mae templed cyffredin ar gyfer adroddiadau blynyddol y cynghorau ar y Gymraeg yn cael "
         "ei gytuno gyda Chomisiynydd y Gymraeg i'w ddefnyddio erbyn Mehefin 2026.",
         "A shared template for the councils' annual Welsh language reports is being agreed "
         "with the Welsh Language Commissioner for use by June 2026.", "in progress",
         "2026-27 Q1", []),
        ("Cyhoeddwyd canllawiau ar asesu effaith penderfyniadau polisi ar y Gymraeg ym mis "
         "Tachwedd 2025.",
         "Guidance on Welsh language impact assessments of policy decisions was published in "
         "November 2025.", "done", "2025-26 Q3", []),
        ("Mae sesiwn rwydwaith ar ymdrin â chwynion am y Safonau, a gynlluniwyd ar gyfer "
         "Rhagfyr 2025, wedi symud i Ebrill 2026.",
         "A network session on handling complaints about the Standards, planned for December "
         "2025, has moved to April 2026.", "at risk", "2026-27 Q1", []),
        ("Mae Lawyers in Local Government yn adolygu'r cymalau contract dwyieithog enghreifftiol "
         "erbyn diwedd Mawrth 2026.",
         "Lawyers in Local Government are reviewing the model bilingual contract clauses by the "
         "end of March 2026.", "in progress", "2025-26 Q4", ["Lawyers in Local Government"]),
        ("Bydd adolygiad o safonau arwyddion priffyrdd yn dechrau ar ôl i ganllawiau newydd "
         "Llywodraeth Cymru gael eu cyhoeddi ym mis Gorffennaf 2026.",
         "A review of highway signage standards will start after new Welsh Government guidance "
         "is issued in July 2026.", "planned", "2026-27 Q2", []),
        ("Mae strategaethau hybu'r Gymraeg y cynghorau ar gyfer 2026-2031 i'w cyhoeddi erbyn 31 "
         "Mawrth 2026; mae 15 ar ffurf drafft.",
         "Councils' Welsh language promotion strategies for 2026-2031 are due to be published "
         "by 31 March 2026; 15 are in draft.", "in progress", "2025-26 Q4", []),
    ]),
    ("4", "Sgiliau iaith y gweithlu", "Workforce language skills", [
        ("Dechreuodd cyrsiau Cymraeg Gwaith i 420 o staff cynghorau ym mis Medi 2025 ac maent "
         "yn parhau tan fis Mawrth 2026.",
         "Work Welsh courses for 420 council staff began in September 2025 and run until March "
         "2026.", "in progress", "2025-26 Q4", []),
        ("Cytunwyd ar fframwaith cyffredin ar gyfer asesu sgiliau Cymraeg staff gyda'r HR "
         "Directors Network ym mis Hydref 2025.",
         "A common framework for assessing staff Welsh language skills was agreed with the HR "
         "Directors Network in October 2025.", "done", "2025-26 Q3", ["HR Directors Network"]),
        ("Lansiwyd cwrs ar-lein ar ymwybyddiaeth iaith i staff newydd gydag Academi Wales ym "
         "mis Awst 2025.",
         "An online Welsh language awareness course for new staff was launched with Academi "
         "Wales in August 2025.", "done", "2025-26 Q2", ["Academi Wales"]),
        ("Mae Data Cymru yn casglu data sgiliau iaith gweithlu'r cynghorau er mwyn cael darlun "
         "cenedlaethol erbyn diwedd Mawrth 2026.",
         "Data Cymru is collecting councils' workforce language skills data for a national "
         "picture by the end of March 2026.", "in progress", "2025-26 Q4", ["Data Cymru"]),
        ("Mae cynllun mentora sy'n paru dysgwyr â chydweithwyr rhugl wedi'i oedi oherwydd "
         "prinder staff a bydd yn dechrau ym mis Mai 2026.",
         "A mentoring scheme pairing Welsh learners with fluent colleagues has been delayed by "
         "staff shortages and will now start in May 2026.", "at risk", "2026-27 Q1", []),
        ("Bydd pecyn cymorth recriwtio ar ofynion sgiliau Cymraeg swyddi yn cael ei ddrafftio "
         "yn Chwarter 1 2026-27.",
         "A recruitment toolkit on the Welsh language skills requirements of posts will be "
         "drafted in Q1 2026-27.", "planned", "2026-27 Q1", []),
        ("Cynhaliwyd cyrsiau Cymraeg preswyl i uwch arweinwyr yn Nant Gwrtheyrn ym mis "
         "Tachwedd 2025.",
         "Residential Welsh courses for senior leaders were held at Nant Gwrtheyrn in November "
         "2025.", "done", "2025-26 Q3", []),
    ]),
    ("5", "Cynlluniau Strategol y Gymraeg mewn Addysg", "Welsh in Education Strategic Plans", [
        ("Mae pob un o'r 22 Cynllun Strategol Cymraeg mewn Addysg wedi'u hadolygu yn erbyn "
         "targedau 2032.",
         "All 22 Welsh in Education Strategic Plans have been reviewed against the 2032 "
         "targets.", "done", None, []),
        ("Mae cynghorau'n paratoi ar gyfer dyletswyddau Deddf y Gymraeg ac Addysg (Cymru), "
         "gyda sesiwn friffio i gyfarwyddwyr addysg ym mis Mawrth 2026.",
         "Councils are preparing for the duties of the Welsh Language and Education (Wales) "
         "Act, with a briefing for directors of education in March 2026.", "in progress",
         "2025-26 Q4", []),
        ("Rhannwyd arfer da canolfannau trochi hwyr mewn digwyddiad rhanbarthol yng "
         "Nghaerfyrddin ym mis Hydref 2025.",
         "Good practice from late immersion centres was shared at a regional event in "
         "Carmarthen in October 2025.", "done", "2025-26 Q3", []),
        ("Mae cais cyfalaf am leoedd gofal plant cyfrwng Cymraeg mewn chwe chyngor yn aros am "
         "benderfyniad gan Lywodraeth Cymru, a ddisgwylir bellach ym mis Ebrill 2026.",
         "A capital bid for Welsh-medium childcare places in six councils awaits a Welsh "
         "Government decision, now expected in April 2026.", "at risk", "2026-27 Q1", []),
        ("Mae canllawiau ar gludiant i ysgolion cyfrwng Cymraeg yn cael eu drafftio i "
         "ymgynghori arnynt erbyn diwedd Mawrth 2026.",
         "Guidance on transport to Welsh-medium schools is being drafted for consultation by "
         "the end of March 2026.", "in progress", "2025-26 Q4", []),
        ("Bydd astudiaeth o gyflenwad athrawon cyfrwng Cymraeg gyda'r consortia rhanbarthol yn "
         "dechrau ym mis Medi 2026.",
         "A study of Welsh-medium teacher supply with the regional consortia will begin in "
         "September 2026.", "planned", "2026-27 Q2", []),
    ]),
    ("6", "Gwasanaethau digidol dwyieithog", "Bilingual digital services", [
        ("Aeth cof cyfieithu Cymraeg a rennir ar gyfer gwefannau'r cynghorau yn fyw ym mis "
         "Mehefin 2025.",
         "A shared Welsh translation memory for councils' websites went live in June 2025.",
         "done", "2025-26 Q1", []),
        ("Mae naw cyngor yn profi adnabod lleferydd Cymraeg yn eu systemau ffôn tan fis Mawrth "
         "2026.",
         "Nine councils are testing Welsh speech recognition in their telephone systems until "
         "March 2026.", "in progress", "2025-26 Q4", []),
        ("Cytunwyd ar safonau ar gyfer sgwrsfotiaid dwyieithog gan y grŵp arweinwyr digidol ym "
         "mis Rhagfyr 2025.",
         "Standards for bilingual chatbots were agreed by the digital leaders' group in "
         "December 2025.", "done", "2025-26 Q3", []),
        ("Mae archwiliad o fersiynau Cymraeg apiau'r cynghorau wedi llithro oherwydd oedi gan "
         "gyflenwyr ac mae bellach i'w gwblhau ym mis Mehefin 2026.",
         "An audit of the Welsh versions of council apps has slipped because of supplier delays "
         "and is now due in June 2026.", "at risk", "2026-27 Q1", []),
        ("Bydd canfyddiadau Archwilio Cymru ar wasanaethau digidol yn Gymraeg yn cael eu trafod "
         "yn y rhwydwaith ym mis Ebrill 2026.",
         "Audit Wales's findings on digital services in Welsh will be discussed at the network "
         "in April 2026.", "planned", "2026-27 Q1", ["Audit Wales"]),
        ("Mae canllawiau cyfieithu peirianyddol i staff, a baratowyd gyda Chomisiynydd y "
         "Gymraeg, ar wefan y rhwydwaith.",
         "Machine translation guidance for staff, prepared with the Welsh Language "
         "Commissioner, is on the network's website.", "done", None, []),
    ]),
]

# frame paragraphs: (no, heading cy, heading en, [(pno, cy, en)])
FRAME_BEFORE = [
    ("1", "Diben", "Purpose", [
        ("1.1", "Adrodd ar gynnydd y Rhaglen Cefnogi'r Gymraeg mewn Llywodraeth Leol ar ddiwedd "
                "Rhagfyr 2025.",
         "To report progress on the Welsh Language in Local Government Support Programme at the "
         "end of December 2025.")]),
    ("2", "Cefndir", "Background", [
        ("2.1", "Mae'r rhaglen yn cefnogi'r 22 cyngor i gydymffurfio â Safonau'r Gymraeg ac i "
                "gynyddu'r defnydd o'r Gymraeg yn eu gwaith. Fe'i hariennir gan Lywodraeth "
                "Cymru.",
         "The programme supports the 22 councils to comply with the Welsh Language Standards "
         "and to increase the use of Welsh in their work. It is funded by the Welsh "
         "Government."),
        ("2.2", "Y blaenoriaethau ar gyfer 2025-26 yw:", "The priorities for 2025-26 are:"),
        ("2.3", "Dangosir statws pob cam gweithredu mewn cromfachau: (Wedi'i gwblhau), (Ar y "
                "trywydd), (Wedi'i oedi) neu (Heb ddechrau).",
         "The status of each action is shown in brackets: (Complete), (On track), (Delayed) or "
         "(Not started)."),
    ]),
]
FRAME_AFTER = [
    ("7", "Cyllid", "Funding", [
        ("7.1", "Mae Llywodraeth Cymru wedi dyfarnu Grant Hybu'r Gymraeg o £180,000 i'r rhaglen "
                "ar gyfer 2025-26.",
         "The Welsh Government has awarded the programme a Welsh Language Promotion Grant of "
         "£180,000 for 2025-26."),
        ("7.2", "Mae Cronfa Sgiliau Iaith y Gweithlu o £95,000 yn 2025-26 yn talu am y cyrsiau "
                "Cymraeg Gwaith a'r cyrsiau preswyl.",
         "A Workforce Language Skills Fund of £95,000 in 2025-26 pays for the Work Welsh and "
         "residential courses."),
        ("7.3", "Mae Llywodraeth Cymru wedi nodi Grant Hybu'r Gymraeg o £200,000 ar gyfer "
                "2026-27, yn amodol ar gymeradwyo'r gyllideb.",
         "The Welsh Government has indicated a Welsh Language Promotion Grant of £200,000 for "
         "2026-27, subject to approval of the budget."),
    ]),
    ("8", "Argymhelliad", "Recommendation", [
        ("8.1", "Bod y Bwrdd Gweithredol yn nodi'r cynnydd a'r camau sydd wedi'u hoedi.",
         "That the Executive Board notes progress and the actions that are delayed."),
    ]),
]
GRANTS = [("Welsh Language Promotion Grant", 180_000, "2025-26"),
          ("Workforce Language Skills Fund", 95_000, "2025-26"),
          ("Welsh Language Promotion Grant", 200_000, "2026-27")]
HEAD_CY = ["Cymdeithas Llywodraeth Leol Cymru", "Bwrdd Gweithredol", DATE_CY]
HEAD_EN = ["Welsh Local Government Association", "Executive Board", DATE_EN]


def reading() -> dict:
    items = []
    for no, _hc, _he, rows in SECTIONS:
        for i, (_cy, en, status, quarter, partners) in enumerate(rows, start=1):
            items.append({"section": no, "ref": f"{no}.{i}", "text": en, "status": status,
                          "quarter": quarter, "partners": sorted(partners)})
    return {"kind": "programme", "title": TITLE, "date": "2026-02-20",
            "priorities": [en for _cy, en in PRIORITIES], "items": items,
            "grants": [{"grant": g, "amount_gbp": a, "financial_year": y}
                       for g, a, y in GRANTS]}


def blocks():
    """The paper in reading order: (kind, lang, number, text); kind heading/para/list."""
    yield "title", "cy", "", TITLE_CY
    yield "title", "en", "", TITLE
    for c, e in zip(HEAD_CY, HEAD_EN):
        yield "meta", "cy", "", c
        yield "meta", "en", "", e
    sections = [(no, hc, he, [(f"{no}.{i}", cy + f" ({TAG[s][0]})", en + f" ({TAG[s][1]})")
                              for i, (cy, en, s, _q, _p) in enumerate(rows, 1)])
                for no, hc, he, rows in SECTIONS]
    for no, hc, he, paras in FRAME_BEFORE + sections + FRAME_AFTER:
        yield "heading", "cy", no, hc
        yield "heading", "en", no, he
        for pno, cy, en in paras:
            yield "para", "cy", pno, cy
            if pno == "2.2":
                for k, (pc, _pe) in enumerate(PRIORITIES):
                    yield "list", "cy", f"({chr(97 + k)})", pc
            yield "para", "en", pno, en
            if pno == "2.2":
                for k, (_pc, pe) in enumerate(PRIORITIES):
                    yield "list", "en", f"({chr(97 + k)})", pe


# ------------------------------------------------------------------ text
def write_txt() -> None:
    out = []
    for kind, _lang, no, text in blocks():
        if kind == "heading":
            out += [f"{no}. {text.upper()}", ""]
        elif kind in ("para", "list"):
            out += [f"{no}  {text}" if kind == "para" else f"    {no} {text}", ""]
        else:
            out += [text, ""]
    (OUT / f"{NAME}.txt").write_text("\n".join(out), encoding="utf-8")


# ------------------------------------------------------------------ HTML
def write_html() -> None:
    h = ["<!DOCTYPE html>", '<html lang="cy"><head><meta charset="utf-8">',
         f"<title>{esc(TITLE_CY)} / {esc(TITLE)}</title>",
         "<style>body{font-family:Arial,sans-serif;max-width:50rem;margin:auto}"
         "[lang=en]{color:#444;font-style:italic}.num{display:inline-block;width:3rem}"
         "</style></head><body><main>"]
    in_list = None
    for kind, lang, no, text in blocks():
        if kind != "list" and in_list:
            h.append("</ol>")
            in_list = None
        if kind == "title":
            h.append(f'<h1 lang="{lang}">{esc(text)}</h1>')
        elif kind == "meta":
            h.append(f'<p class="meta" lang="{lang}">{esc(text)}</p>')
        elif kind == "heading":
            h.append(f'<h2 lang="{lang}">{no}. {esc(text)}</h2>')
        elif kind == "para":
            h.append(f'<p lang="{lang}"><span class="num">{no}</span>{esc(text)}</p>')
        else:
            if in_list != lang:
                h.append(f'<ol type="a" lang="{lang}">')
                in_list = lang
            h.append(f"<li>{esc(text)}</li>")
    h += ["</main></body></html>"]
    (OUT / f"{NAME}.html").write_text("\n".join(h) + "\n", encoding="utf-8")


# ------------------------------------------------------------------ Word
def write_docx() -> None:
    from docx.enum.style import WD_STYLE_TYPE
    doc = new_docx()
    en = doc.styles.add_style("English", WD_STYLE_TYPE.PARAGRAPH)
    en.base_style = doc.styles["Normal"]
    en.font.italic = True
    en.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    header_text(doc, "CLlLC / WLGA – Bwrdd Gweithredol / Executive Board")
    footer_page_numbers(doc, "Tudalen / Page")
    for kind, lang, no, text in blocks():
        if kind == "title":
            p = doc.add_heading(text, level=1)
        elif kind == "meta":
            p = add_par(doc, text, bold=lang == "cy")
        elif kind == "heading":
            p = doc.add_heading(f"{no}.\t{text}", level=2)
        elif kind == "para":
            p = add_par(doc, f"{no}\t{text}")
        else:
            p = add_par(doc, f"{no}\t{text}")
            p.paragraph_format.left_indent = Pt(54)
            p.paragraph_format.first_line_indent = Pt(-18)
        if lang == "en" and kind in ("para", "list", "meta"):
            p.style = en
    doc.save(OUT / f"{NAME}.docx")


# ------------------------------------------------------------------ PDF (two columns)
def write_pdf() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfgen import canvas as _canvas
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate
    st = pdf_styles(9)
    en_body = ParagraphStyle("en", parent=st["body"], fontName="DejaVu-Oblique")
    hang = ParagraphStyle("hang", parent=st["body"], leftIndent=22, firstLineIndent=-22)
    hang_en = ParagraphStyle("hang_en", parent=hang, fontName="DejaVu-Oblique")
    lst = ParagraphStyle("lst", parent=hang, leftIndent=40, firstLineIndent=-18)
    lst_en = ParagraphStyle("lst_en", parent=lst, fontName="DejaVu-Oblique")
    story = []
    for kind, lang, no, text in blocks():
        if kind == "title":
            story.append(P(esc(text), st["h1"]))
        elif kind == "meta":
            story.append(P(esc(text), st["body"] if lang == "cy" else en_body))
        elif kind == "heading":
            story.append(P(f"{no}. {esc(text)}", st["h2"]))
        elif kind == "para":
            story.append(P(f"{no}&nbsp;&nbsp;{esc(text)}", hang if lang == "cy" else hang_en))
        else:
            story.append(P(f"{no} {esc(text)}", lst if lang == "cy" else lst_en))
    w, h = A4
    gap, margin = 8 * mm, 16 * mm
    col = (w - 2 * margin - gap) / 2
    frames = [Frame(margin, 16 * mm, col, h - 36 * mm, id="left"),
              Frame(margin + col + gap, 16 * mm, col, h - 36 * mm, id="right")]

    class NumberedCanvas(_canvas.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                self.setFont("DejaVu", 7.5)
                self.drawString(margin, h - 12 * mm,
                                "CLlLC / WLGA – Bwrdd Gweithredol / Executive Board – "
                                f"{DATE_CY} / {DATE_EN}")
                self.line(margin, h - 13.5 * mm, w - margin, h - 13.5 * mm)
                self.drawCentredString(w / 2, 9 * mm, f"Tudalen {self._pageNumber} o {n} / "
                                                      f"Page {self._pageNumber} of {n}")
                super().showPage()
            super().save()

    d = BaseDocTemplate(str(OUT / f"{NAME}.pdf"), pagesize=A4, title=TITLE)
    d.addPageTemplates([PageTemplate(id="two", frames=frames)])
    d.build(story, canvasmaker=NumberedCanvas)


if __name__ == "__main__":
    write_txt()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, sum(len(r[3]) for r in SECTIONS))
