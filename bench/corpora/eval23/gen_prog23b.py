"""prog23b: a council's COVERING REPORT to Cabinet (portrait, numbered paragraphs) whose
programme is APPENDIX A, a table printed on LANDSCAPE PAGES (a landscape section as Word
prints it: the PDF's appendix pages have a wider mediabox), the table RUNNING OVER TWO
PAGES with its header row repeated and a full-width row per well-being objective; every
page carries a running header "OFFICIAL" and the council's name and a footer "Page N of M";
the actions carry FOOTNOTE MARKERS (superscript numbers after a word) with the FOOTNOTES at
the foot of the page where they are cited.

Cyngor Bwrdeistref Sirol Glannau Dyfrdwy / Glannau Dyfrdwy County Borough Council (a
fictional council), Cabinet, 9 December 2025, "Corporate Plan 2023-28: Quarter 2 2025-26
progress report". Forms:
- .pdf: as above (reportlab page templates: portrait A4, then landscape A4 for Appendix A);
- .docx: two sections, the second landscape (w:pgSz w:orient="landscape"), REAL FOOTNOTES
  (footnotes.xml, w:footnoteReference), a header "OFFICIAL" and a PAGE field footer;
- .html: the council's modern.gov page, footnote markers as <sup><a href="#fn1">1</a></sup>
  and the notes as an <ol> under the table;
- .md: pandoc Markdown with `[^1]` footnotes and a pipe table whose objective rows are
  rows with only the first cell filled.
The careful reading: one item per action (its text the Action cell without the footnote
marker; the objective number its section; status from the Status column: On track = in
progress, Complete = done, Delayed = at risk, Not started = planned; quarter from Target date;
partners the organisations named in the Lead cell). Footnotes, header and footer are not
items.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.oxml import parse_xml
from docx.shared import Mm
from gen_common import (OUT, add_par, cell_text, colors, esc, footer_page_numbers,
                        header_text, mm, new_docx, pdf_styles, shade, set_repeat_header)
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, NextPageTemplate, PageBreak,
                                PageTemplate, Paragraph, Table, TableStyle)

NAME = "prog23b-landscape-appendix-footnotes"
COUNCIL = "Glannau Dyfrdwy County Borough Council"
TITLE = "Corporate Plan 2023-28: Quarter 2 2025-26 progress report"
MEETING = "Cabinet, 9 December 2025"
PARAS = [
    ("1", "Purpose of the report", [
        "1.1 To report progress at 30 September 2025 on the actions of the Corporate Plan "
        "2023-28 for 2025-26, set out in Appendix A."]),
    ("2", "Background", [
        "2.1 The Corporate Plan sets three well-being objectives: A prosperous and green "
        "county; Safe and resilient communities; Healthy and independent lives.",
        "2.2 Each action is rated On track, Complete, Delayed or Not started by its lead "
        "officer."]),
    ("3", "Financial implications", [
        "3.1 The actions are funded from the council's revenue budget and, for the "
        "homelessness actions, from the Welsh Government's Housing Support Grant of "
        "£6.4 million for 2025-26."]),
    ("4", "Recommendation", [
        "4.1 That Cabinet notes the progress set out in Appendix A."]),
]
PRIS = ["A prosperous and green county", "Safe and resilient communities",
        "Healthy and independent lives"]
HEAD = ["Ref", "Action", "Lead officer", "Target date", "Status",
        "Progress at 30 September 2025"]
STATUS = {"On track": "in progress", "Complete": "done", "Delayed": "at risk",
          "Not started": "planned"}
# objective -> [(ref, action, footnote or None, lead, target, status, progress, quarter, partners)]
ROWS = [
    (1, [
        ("1.1", "Deliver the Deeside town centre regeneration scheme", None,
         "Head of Regeneration", "31 March 2026", "On track",
         "Phase one works are complete; phase two started on site in August.", "2025-26 Q4",
         []),
        ("1.2", "Install heat pumps in eight primary schools under the Sustainable "
         "Communities for Learning programme",
         "The Welsh Government's capital programme for school and college buildings.",
         "Head of Education Resources", "31 December 2025", "Delayed",
         "Five schools are complete; three installations moved to the February half term "
         "because of supplier delays.", "2025-26 Q3", []),
        ("1.3", "Adopt the Local Area Energy Plan", None,
         "Head of Planning with Energy Systems Catapult", "30 September 2025", "Complete",
         "Adopted by Council on 17 July 2025.", "2025-26 Q2", ["Energy Systems Catapult"]),
        ("1.4", "Open two active travel routes funded by the Active Travel Fund",
         "Routes on the Integrated Network Map approved by Transport for Wales.",
         "Head of Highways", "31 March 2026", "On track",
         "Design complete; contractor appointed.", "2025-26 Q4", []),
    ]),
    (2, [
        ("2.1", "Reduce the use of bed and breakfast accommodation for homeless families",
         None, "Head of Housing", "31 March 2026", "On track",
         "Twelve families in bed and breakfast at 30 September, down from 21.",
         "2025-26 Q4", []),
        ("2.2", "Open a second Housing First scheme with Cymorth Cymru",
         "Funded from the Housing Support Grant.", "Head of Housing with Cymorth Cymru",
         "31 December 2025", "On track", "Property leased; support staff recruited.",
         "2025-26 Q3", ["Cymorth Cymru"]),
        ("2.3", "Review the community safety partnership's strategic assessment", None,
         "Community Safety Manager with North Wales Police", "31 March 2026",
         "Not started", "To begin in January after the new police data return.",
         "2025-26 Q4", ["North Wales Police"]),
        ("2.4", "Complete flood alleviation works at Sandycroft",
         "Flood and Coastal Erosion Risk Management programme, with Natural Resources Wales.",
         "Head of Highways with Natural Resources Wales", "30 June 2026", "Delayed",
         "Ecology surveys have pushed the start on site back by three months.",
         "2026-27 Q1", ["Natural Resources Wales"]),
    ]),
    (3, [
        ("3.1", "Reduce waiting times for care and support assessments to 28 days", None,
         "Head of Adult Social Care", "31 March 2026", "On track",
         "Average wait 33 days, down from 45 days in March.", "2025-26 Q4", []),
        ("3.2", "Open the Llys Dyfrdwy extra care scheme with Clwyd Alyn",
         "Funded by the Housing with Care Fund through the Regional Partnership Board.",
         "Head of Adult Social Care with Clwyd Alyn", "30 September 2025", "Complete",
         "The scheme opened to its first 30 tenants in September.", "2025-26 Q2",
         ["Clwyd Alyn"]),
        ("3.3", "Extend the leisure referral scheme to all secondary schools", None,
         "Leisure Services Manager", "31 July 2026", "Not started",
         "Funding bid submitted to Sport Wales.", "2026-27 Q2", []),
    ]),
]


def reading() -> dict:
    items = []
    for obj, rows in ROWS:
        for ref, action, _fn, _l, _t, status, _p, q, pa in rows:
            items.append({"ref": ref, "section": str(obj), "text": action,
                          "status": STATUS[status], "quarter": q, "partners": pa})
    return {"kind": "programme", "title": TITLE, "date": "2025-12-09", "priorities": PRIS,
            "items": items,
            "grants": [{"grant": "Housing Support Grant", "amount_gbp": 6400000,
                        "financial_year": "2025-26"}]}


def numbered():
    """Rows with their footnote numbers (numbered in order of citation)."""
    n = 0
    for obj, rows in ROWS:
        out = []
        for r in rows:
            k = None
            if r[2]:
                n += 1
                k = n
            out.append((r, k))
        yield obj, out


# ------------------------------------------------------------------ Markdown / HTML
def write_md() -> None:
    out = [f"# {COUNCIL}", "", f"## {TITLE}", "", f"**{MEETING}**", ""]
    for num, head, ps in PARAS:
        out += [f"### {num}. {head}", ""] + [p + "\n" for p in ps]
    out += ["## Appendix A: Corporate Plan actions, progress at 30 September 2025", "",
            "| " + " | ".join(HEAD) + " |", "|" + "---|" * len(HEAD)]
    notes = []
    for obj, rows in numbered():
        out.append(f"| **Well-being Objective {obj}: {PRIS[obj - 1]}** |  |  |  |  |  |")
        for r, k in rows:
            act = r[1] + (f"[^{k}]" if k else "")
            if k:
                notes.append(f"[^{k}]: {r[2]}")
            out.append(f"| {r[0]} | {act} | {r[3]} | {r[4]} | {r[5]} | {r[6]} |")
    out += [""] + notes
    (OUT / f"{NAME}.md").write_text("\n".join(out) + "\n", encoding="utf-8")


def write_html() -> None:
    h = ["<!DOCTYPE html>", '<html lang="en-GB"><head><meta charset="utf-8">',
         f"<title>{esc(TITLE)} - {esc(COUNCIL)}</title></head><body>",
         '<div id="cookies"><p>We use cookies on this site.</p><a href="#">Accept</a></div>',
         f'<div id="header"><a href="/">{esc(COUNCIL)}</a> | <a href="/cy">Cymraeg</a></div>',
         '<div id="breadcrumb"><a href="mgListCommittees.aspx">Committees</a> &gt; Cabinet '
         '&gt; Agenda item</div>', '<div id="modgov"><h1 class="mgMainTitleTxt">Agenda item '
         f"- {esc(TITLE)}</h1>", f"<p><strong>{esc(MEETING)}</strong></p>"]
    for num, head, ps in PARAS:
        h.append(f"<h2>{num}. {esc(head)}</h2>")
        h += [f"<p>{esc(p)}</p>" for p in ps]
    h += ["<h2>Appendix A: Corporate Plan actions, progress at 30 September 2025</h2>",
          '<table class="mgStatsTable"><thead><tr>'
          + "".join(f"<th>{esc(x)}</th>" for x in HEAD) + "</tr></thead><tbody>"]
    notes = []
    for obj, rows in numbered():
        h.append(f'<tr class="objective"><td colspan="6"><strong>Well-being Objective {obj}: '
                 f"{esc(PRIS[obj - 1])}</strong></td></tr>")
        for r, k in rows:
            sup = (f'<sup><a href="#fn{k}" id="fnref{k}">{k}</a></sup>' if k else "")
            if k:
                notes.append(f'<li id="fn{k}">{esc(r[2])} <a href="#fnref{k}">↩</a></li>')
            h.append(f"<tr><td>{r[0]}</td><td>{esc(r[1])}{sup}</td><td>{esc(r[3])}</td>"
                     f"<td>{r[4]}</td><td>{r[5]}</td><td>{esc(r[6])}</td></tr>")
    h += ["</tbody></table>", '<div class="footnotes"><hr><ol>'] + notes + ["</ol></div>",
          "</div>", f"<div id='footer'><p>{esc(COUNCIL)}, County Offices</p></div>",
          "</body></html>"]
    (OUT / f"{NAME}.html").write_text("\n".join(h) + "\n", encoding="utf-8")


# ------------------------------------------------------------------ PDF
class Notes(Flowable):
    """Zero-size marker: the footnotes of the page it is drawn on."""

    def __init__(self, notes):
        super().__init__()
        self.notes = notes
        self.width = self.height = 0

    def draw(self):
        self.canv._foot_notes = getattr(self.canv, "_foot_notes", []) + self.notes


def write_pdf() -> None:
    from reportlab.pdfgen import canvas as _canvas
    st = pdf_styles(10)
    cell = st["cell"]
    sup_cell = cell

    class Canvas(_canvas.Canvas):
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
                w, h = self._pagesize
                self.setFont("DejaVu-Bold", 8)
                self.drawCentredString(w / 2, h - 10 * mm, "OFFICIAL")
                self.setFont("DejaVu", 7.5)
                self.drawString(18 * mm, h - 14 * mm, COUNCIL)
                self.drawRightString(w - 18 * mm, h - 14 * mm, MEETING)
                self.drawString(18 * mm, 10 * mm, TITLE)
                self.drawRightString(w - 18 * mm, 10 * mm, f"Page {self._pageNumber} of {n}")
                self.setFont("DejaVu-Bold", 8)
                self.drawCentredString(w / 2, 5 * mm, "OFFICIAL")
                super().showPage()
            super().save()

    def foot(canv, doc):
        notes = getattr(canv, "_foot_notes", [])
        if notes:
            canv.saveState()
            canv.line(18 * mm, 26 * mm, 80 * mm, 26 * mm)
            canv.setFont("DejaVu", 7)
            y = 22 * mm
            for k, text in notes:
                canv.drawString(18 * mm, y, f"{k}  {text}")
                y -= 3.5 * mm
            canv.restoreState()
        canv._foot_notes = []

    pw, ph = A4
    lw, lh = landscape(A4)
    doc = BaseDocTemplate(str(OUT / f"{NAME}.pdf"), pagesize=A4, title=TITLE)
    doc.addPageTemplates([
        PageTemplate("portrait", [Frame(18 * mm, 18 * mm, pw - 36 * mm, ph - 38 * mm)],
                     pagesize=A4),
        PageTemplate("landscape", [Frame(18 * mm, 32 * mm, lw - 36 * mm, lh - 52 * mm)],
                     pagesize=landscape(A4), onPageEnd=foot)])
    story = [Paragraph(esc(COUNCIL), st["h2"]), Paragraph(esc(TITLE), st["title"]),
             Paragraph(f"<b>{esc(MEETING)}</b>", st["body"])]
    for num, head, ps in PARAS:
        story.append(Paragraph(f"{num}. {esc(head)}", st["h1"]))
        story += [Paragraph(esc(p), st["body"]) for p in ps]
    story += [NextPageTemplate("landscape"), PageBreak(),
              Paragraph("Appendix A: Corporate Plan actions, progress at 30 September 2025",
                        st["h1"])]
    head = [Paragraph(f"<b>{esc(x)}</b>", cell) for x in HEAD]
    widths = [14 * mm, 70 * mm, 45 * mm, 27 * mm, 22 * mm, 83 * mm]
    pages = [[], []]  # the appendix's two pages: objective 1-2 first rows / the rest
    page_notes = [[], []]
    for obj, rows in numbered():
        for i, (r, k) in enumerate(rows):
            pg = 0 if (obj == 1 or (obj == 2 and i < 2)) else 1
            if i == 0 or (obj == 2 and i == 2):
                if i == 0:
                    pages[pg].append(("obj", obj))
            pages[pg].append(("row", r, k))
            if k:
                page_notes[pg].append((k, r[2]))
    for pg in (0, 1):
        data, style = [head], [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#BDD7EE"))]
        for e in pages[pg]:
            if e[0] == "obj":
                data.append([Paragraph(f"<b>Well-being Objective {e[1]}: "
                                       f"{esc(PRIS[e[1] - 1])}</b>", cell), "", "", "", "", ""])
                i = len(data) - 1
                style += [("SPAN", (0, i), (-1, i)),
                          ("BACKGROUND", (0, i), (-1, i), colors.HexColor("#F2F2F2"))]
            else:
                r, k = e[1], e[2]
                act = esc(r[1]) + (f"<super>{k}</super>" if k else "")
                data.append([Paragraph(r[0], cell), Paragraph(act, sup_cell),
                             Paragraph(esc(r[3]), cell), Paragraph(r[4], cell),
                             Paragraph(r[5], cell), Paragraph(esc(r[6]), cell)])
        t = Table(data, colWidths=widths, repeatRows=1)
        t.setStyle(TableStyle(style))
        story += [Notes(page_notes[pg]), t]
        if pg == 0:
            story.append(PageBreak())
    doc.build(story, canvasmaker=Canvas)


# ------------------------------------------------------------------ Word
FOOTNOTES_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
    '</w:r></w:p></w:footnote>{notes}</w:footnotes>')
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def write_docx() -> None:
    doc = new_docx(font="Arial", size=11)
    header_text(doc, f"OFFICIAL\t{COUNCIL}")
    footer_page_numbers(doc, TITLE)
    add_par(doc, COUNCIL, bold=True)
    doc.add_heading(TITLE, level=1)
    add_par(doc, MEETING, bold=True)
    for num, head, ps in PARAS:
        doc.add_heading(f"{num}. {head}", level=2)
        for p in ps:
            add_par(doc, p)
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    doc.add_heading("Appendix A: Corporate Plan actions, progress at 30 September 2025",
                    level=2)
    tb = doc.add_table(rows=1, cols=len(HEAD))
    tb.style = "Table Grid"
    for c, x in zip(tb.rows[0].cells, HEAD):
        cell_text(c, x, bold=True)
        shade(c, "BDD7EE")
    set_repeat_header(tb.rows[0])
    notes = []
    for obj, rows in numbered():
        cells = tb.add_row().cells
        m = cells[0].merge(cells[-1])
        cell_text(m, f"Well-being Objective {obj}: {PRIS[obj - 1]}", bold=True)
        shade(m, "F2F2F2")
        for r, k in rows:
            cells = tb.add_row().cells
            for c, x in zip(cells, [r[0], r[1], r[3], r[4], r[5], r[6]]):
                cell_text(c, x)
            if k:
                run = parse_xml(f'<w:r {W}><w:rPr><w:rStyle w:val="FootnoteReference"/>'
                                f'<w:vertAlign w:val="superscript"/></w:rPr>'
                                f'<w:footnoteReference w:id="{k}"/></w:r>')
                cells[1].paragraphs[0]._p.append(run)
                notes.append(f'<w:footnote w:id="{k}"><w:p><w:pPr><w:pStyle '
                             f'w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:vertAlign '
                             f'w:val="superscript"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t '
                             f'xml:space="preserve"> {esc(r[2], quote=False)}</w:t></w:r>'
                             f'</w:p></w:footnote>')
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                FOOTNOTES_XML.replace("{notes}", "".join(notes)).encode("utf-8"),
                doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)
    doc.save(OUT / f"{NAME}.docx")


if __name__ == "__main__":
    write_md()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["items"]))
