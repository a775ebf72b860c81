"""prog31a: a council's improvement programme TRACKER KEPT IN EXCEL and published as it is:
Denbighshire County Council (real council; programme, officers and figures invented),
"Corporate Improvement Programme 2025-26 - Action tracker", Quarter 2 position, last updated
07/10/2025.

Layout (not tried by earlier corpora): one sheet "Tracker" with the columns
`Ref | Priority | Action | Lead officer | Partners | Start | Due | RAG | Commentary`, the
priority's NAME repeated in every row (its number only in the Ref "1.1"), dates as
31/03/2026 or "Q3 2025/26", RAG as the letters B / G / A / R (one row blank: not started)
with a key row under the table; a second small sheet "Funding" (`Grant | Funder | 2025/26 (£)`,
two grants and a Total) printed after the tracker.

The reading (typed here, before any loader ran): items the ten tracker rows; text the
Action cell as printed; section the Ref's first number; status from the RAG letter as the
printed key reads it (B complete = done, G on track = in progress, A some slippage and
R off track = at risk) and, for the blank RAG, from the commentary "Not yet started" =
planned; quarter the financial-year quarter of the Due cell (a date or "Q3 2025/26");
partners the Partners cell. Grants: the two rows of the Funding sheet (amounts in £ by the
header), 2025-26; the Total row is a sum. Title the sheet's title row; date the "last
updated" date 07/10/2025 = 2025-10-07 (day first).
Forms: .txt Excel "Text (Tab delimited)" of both sheets (cp1252, CRLF, quoted cells with
doubled quotes, trailing empty fields); .html Excel "Save as Web Page" (publish of both sheets
into one file: mso- styles, <col> widths, x:str / x:num, &nbsp; empty cells, colspan title);
.docx the range pasted into Word (one 9-column table with the merged title rows, then the
Funding range as a second table); .pdf the workbook printed landscape with gridlines, the
title rows repeated, "Page N of M".
"""
from __future__ import annotations

import datetime as dt

import common31  # noqa: F401
from gen_common import (GRID, OUT, P, build_pdf, colors, esc, mm, new_docx, pdf_styles,
                        shade, OxmlElement, qn, Pt)
from reportlab.platypus import PageBreak, Spacer, Table, TableStyle

NAME = "prog31a-improvement-tracker-excel"
TITLE = "Corporate Improvement Programme 2025-26 – Action tracker"
SUB = "Denbighshire County Council | Quarter 2 position | Last updated: 07/10/2025"
HEAD = ["Ref", "Priority", "Action", "Lead officer", "Partners", "Start", "Due", "RAG",
        "Commentary"]
RAG_STATUS = {"B": "done", "G": "in progress", "A": "at risk", "R": "at risk", "": "planned"}
RAG_FILL = {"B": "5B9BD5", "G": "70AD47", "A": "FFC000", "R": "FF0000", "": "FFFFFF"}
KEY = "Key:  B = Complete   G = On track   A = Some slippage   R = Off track / significant delay"
# (ref, priority, action, lead, partners-cell, start, due, rag, commentary, quarter, partners)
ROWS = [
    ("1.1", "Customers and digital", 'Launch the "My Denbighshire" online customer account',
     "Head of Customer Services", "", "01/04/2025", "30/06/2025", "B",
     "Launched 16/06/2025; 6,200 accounts registered by the end of September.",
     "2025-26 Q1", []),
    ("1.2", "Customers and digital", "Move council tax and housing benefit forms online",
     "Head of Revenues and Benefits", "", "01/07/2025", "31/12/2025", "G",
     "Council tax forms live; benefit forms in user testing.", "2025-26 Q3", []),
    ("1.3", "Customers and digital", "Replace the contact centre telephony system",
     "Head of ICT", "", "Q2 2025/26", "Q4 2025/26", "A",
     "Procurement delayed by six weeks; go-live now expected in March 2026.", "2025-26 Q4", []),
    ("2.1", "Workforce", "Introduce a workforce planning toolkit for every service",
     "Head of People", "Data Cymru", "01/05/2025", "30/09/2025", "B",
     "Toolkit issued to all heads of service with a workforce profile for each.",
     "2025-26 Q2", ["Data Cymru"]),
    ("2.2", "Workforce", "Deliver the leadership development programme for third-tier managers",
     "Head of People", "Academi Wales", "Q2 2025/26", "31/03/2026", "G",
     "First cohort of 18 managers started in September.", "2025-26 Q4", ["Academi Wales"]),
    ("2.3", "Workforce", "Reduce sickness absence to 9 days per FTE", "Head of People", "",
     "01/04/2025", "31/03/2026", "R",
     "Absence is 11.4 days per FTE (rolling 12 months) and rising.", "2025-26 Q4", []),
    ("3.1", "Assets and climate", "Complete the office accommodation review",
     "Head of Property", "", "01/04/2025", "Q3 2025/26", "G",
     "Options appraisal going to Cabinet in November.", "2025-26 Q3", []),
    ("3.2", "Assets and climate", "Install solar PV on five school roofs", "Head of Property",
     "", "01/06/2025", "31/10/2025", "A",
     "Three installations complete; two held up by roof repairs.", "2025-26 Q3", []),
    ("3.3", "Assets and climate",
     "Agree a shared fleet decarbonisation plan with neighbouring councils",
     "Head of Highways and Environment", "Conwy CBC; Flintshire CC", "05/01/2026",
     "30/09/2026", "", "Not yet started - work begins in January 2026.", "2026-27 Q2", []),
    ("3.4", "Assets and climate",
     "Report the council's carbon emissions using the net zero reporting guidance",
     "Climate Change Manager", "", "01/07/2025", "30/09/2025", "B",
     "Submitted to Welsh Government on 12/09/2025.", "2025-26 Q2", []),
]
FUND_HEAD = ["Grant", "Funder", "2025/26 (£)"]
FUNDING = [("Local Government Digital Transformation Fund", "Welsh Government", 150000),
           ("Net Zero Public Sector Support Grant", "Welsh Government", 212500)]
FUND_TOTAL = sum(a for *_x, a in FUNDING)


def reading() -> dict:
    items = [{"ref": r[0], "section": r[0].split(".")[0], "text": r[2],
              "status": RAG_STATUS[r[7]], "quarter": r[9], "partners": r[10]} for r in ROWS]
    return {"kind": "programme", "title": TITLE, "date": "2025-10-07",
            "priorities": ["Customers and digital", "Workforce", "Assets and climate"],
            "items": items,
            "grants": [{"grant": g, "amount_gbp": a, "financial_year": "2025-26"}
                       for g, _f, a in FUNDING]}


def grid_rows():
    """The Tracker sheet as printed cells: 9 per row."""
    blank = [""] * 9
    out = [[TITLE] + [""] * 8, [SUB] + [""] * 8, blank, list(HEAD)]
    out += [list(r[:9]) for r in ROWS]
    out += [blank, [KEY] + [""] * 8]
    return out


def money(a: int) -> str:
    return f"{a:,}"


# ------------------------------------------------------------------ .txt (tab delimited)
def write_txt() -> None:
    def q(c: str) -> str:
        return '"' + c.replace('"', '""') + '"' if any(x in c for x in '"\t\n') else c
    lines = ["\t".join(q(c) for c in r) for r in grid_rows()]
    lines += ["", "Funding\t\t", "\t".join(FUND_HEAD)]
    lines += ["\t".join([g, f, money(a)]) for g, f, a in FUNDING]
    lines += ["\t".join(["Total", "", money(FUND_TOTAL)])]
    (OUT / f"{NAME}.txt").write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))


# ------------------------------------------------------------------ .html (Save as Web Page)
def serial(d: str) -> int:
    day, mon, yr = map(int, d.split("/"))
    return (dt.date(yr, mon, day) - dt.date(1899, 12, 30)).days


def write_html() -> None:
    widths = [36, 110, 260, 150, 120, 70, 70, 34, 300]
    css = """<!--table
	{mso-displayed-decimal-separator:"\\.";
	mso-displayed-thousand-separator:"\\,";}
@page
	{margin:.75in .7in .75in .7in;
	mso-header-margin:.3in;
	mso-footer-margin:.3in;
	mso-page-orientation:landscape;}
tr
	{mso-height-source:auto;}
col
	{mso-width-source:auto;}
br
	{mso-data-placement:same-cell;}
.style0
	{mso-number-format:General;
	text-align:general;
	vertical-align:bottom;
	white-space:nowrap;
	mso-rotate:0;
	mso-background-source:auto;
	mso-pattern:auto;
	color:black;
	font-size:11.0pt;
	font-weight:400;
	font-style:normal;
	text-decoration:none;
	font-family:Calibri, sans-serif;
	mso-font-charset:0;
	border:none;
	mso-protection:locked visible;
	mso-style-name:Normal;
	mso-style-id:0;}
td
	{mso-style-parent:style0;
	padding-top:1px;
	padding-right:1px;
	padding-left:1px;
	mso-ignore:padding;
	color:black;
	font-size:11.0pt;
	font-family:Calibri, sans-serif;
	mso-number-format:General;
	vertical-align:bottom;
	border:none;
	white-space:nowrap;}
.xl65
	{mso-style-parent:style0;
	font-size:14.0pt;
	font-weight:700;}
.xl66
	{mso-style-parent:style0;
	font-style:italic;}
.xl67
	{mso-style-parent:style0;
	font-weight:700;
	vertical-align:top;
	border:.5pt solid windowtext;
	background:#D9E1F2;
	mso-pattern:black none;
	white-space:normal;}
.xl68
	{mso-style-parent:style0;
	vertical-align:top;
	border:.5pt solid windowtext;
	white-space:normal;}
.xl69
	{mso-style-parent:style0;
	mso-number-format:"dd\\/mm\\/yyyy";
	text-align:center;
	vertical-align:top;
	border:.5pt solid windowtext;}
.xl70
	{mso-style-parent:style0;
	text-align:center;
	vertical-align:top;
	border:.5pt solid windowtext;}
"""
    for k, fill in RAG_FILL.items():
        if k:
            css += (f".xl7{'BGAR'.index(k) + 1}x\n\t{{mso-style-parent:style0;\n\tfont-weight:700;"
                    f"\n\ttext-align:center;\n\tvertical-align:top;\n\tborder:.5pt solid windowtext;"
                    f"\n\tbackground:#{fill};\n\tmso-pattern:black none;}}\n")
    css += (".xl76\n\t{mso-style-parent:style0;\n\tmso-number-format:\"\\#\\,\\#\\#0\";"
            "\n\tvertical-align:top;\n\tborder:.5pt solid windowtext;}\n-->")
    h = ['<html xmlns:v="urn:schemas-microsoft-com:vml"',
         'xmlns:o="urn:schemas-microsoft-com:office:office"',
         'xmlns:x="urn:schemas-microsoft-com:office:excel"',
         'xmlns="http://www.w3.org/TR/REC-html40">', "", "<head>",
         '<meta http-equiv=Content-Type content="text/html; charset=windows-1252">',
         "<meta name=ProgId content=Excel.Sheet>",
         '<meta name=Generator content="Microsoft Excel 15">',
         '<link rel=File-List href="Improvement%20tracker%202025-26_files/filelist.xml">',
         "<title>Improvement tracker 2025-26</title>",
         '<style id="Improvement tracker 2025-26_8812_Styles">', css, "</style>", "</head>",
         "", "<body>",
         "<!--[if !excel]>&nbsp;&nbsp;<![endif]-->",
         "<!--The following information was generated by Microsoft Excel's Publish as Web",
         "Page wizard.-->",
         "<!--If the same item is republished from Excel, all information between the DIV",
         "tags will be replaced.-->",
         "<!----------------------------->",
         "<!--START OF OUTPUT FROM EXCEL PUBLISH AS WEB PAGE WIZARD -->",
         "<!----------------------------->", "",
         '<div id="Improvement tracker 2025-26_8812" align=center x:publishsource="Excel">', "",
         f"<table border=0 cellpadding=0 cellspacing=0 width={sum(widths)} "
         f"style='border-collapse:collapse;table-layout:fixed;width:{sum(widths) * 3 // 4}pt'>"]
    for w in widths:
        h.append(f" <col width={w} style='mso-width-source:userset;mso-width-alt:{w * 36};"
                 f"width:{w * 3 // 4}pt'>")
    h.append(f" <tr height=25 style='height:18.75pt'>\n  <td colspan=9 height=25 class=xl65 "
             f"width={sum(widths)} style='height:18.75pt;width:{sum(widths) * 3 // 4}pt'>"
             f"{esc(TITLE)}</td>\n </tr>")
    h.append(f" <tr height=20 style='height:15.0pt'>\n  <td colspan=9 height=20 class=xl66 "
             f"style='height:15.0pt'>{esc(SUB)}</td>\n </tr>")
    h.append(" <tr height=20 style='height:15.0pt'>\n  <td height=20 colspan=9 "
             "style='height:15.0pt;mso-ignore:colspan'></td>\n </tr>")
    h.append(" <tr height=20 style='height:15.0pt'>\n" + "\n".join(
        f"  <td class=xl67{' height=20 style=' + chr(39) + 'height:15.0pt' + chr(39) if i == 0 else ''}>"
        f"{esc(c)}</td>" for i, c in enumerate(HEAD)) + "\n </tr>")
    for r in ROWS:
        cells = []
        for i, c in enumerate(r[:9]):
            if i in (5, 6) and "/" in c and c[:1].isdigit():
                cells.append(f"  <td class=xl69 align=right x:num=\"{serial(c)}\">{c}</td>")
            elif i in (5, 6):
                cells.append(f"  <td class=xl70 x:str>{esc(c)}</td>")
            elif i == 7:
                cls = f"xl7{'BGAR'.index(c) + 1}x" if c else "xl70"
                cells.append(f"  <td class={cls}>{c or '&nbsp;'}</td>")
            else:
                x = ' x:str' if i == 0 else ''
                cells.append(f"  <td class=xl68{x}>{esc(c) if c else '&nbsp;'}</td>")
        h.append(" <tr height=40 style='height:30.0pt;mso-height-source:userset'>\n"
                 + "\n".join(cells) + "\n </tr>")
    h.append(" <tr height=20 style='height:15.0pt'>\n  <td height=20 colspan=9 "
             "style='height:15.0pt;mso-ignore:colspan'></td>\n </tr>")
    h.append(f" <tr height=20 style='height:15.0pt'>\n  <td height=20 class=xl66 colspan=9 "
             f"style='height:15.0pt;mso-ignore:colspan'>{esc(KEY)}</td>\n </tr>")
    h.append(" <![if supportMisalignedColumns]>\n <tr height=0 style='display:none'>\n"
             + "\n".join(f"  <td width={w} style='width:{w * 3 // 4}pt'></td>" for w in widths)
             + "\n </tr>\n <![endif]>\n</table>\n\n</div>")
    # the second published item: the Funding sheet
    fw = [300, 130, 90]
    h += ["", "<!----------------------------->",
          "<!--END OF OUTPUT FROM EXCEL PUBLISH AS WEB PAGE WIZARD-->",
          "<!----------------------------->", "",
          '<div id="Improvement tracker 2025-26_30417" align=center x:publishsource="Excel">',
          "", f"<table border=0 cellpadding=0 cellspacing=0 width={sum(fw)} "
          f"style='border-collapse:collapse;table-layout:fixed;width:{sum(fw) * 3 // 4}pt'>"]
    h += [f" <col width={w} style='mso-width-source:userset;width:{w * 3 // 4}pt'>" for w in fw]
    h.append(" <tr height=25 style='height:18.75pt'>\n  <td height=25 class=xl65 colspan=3 "
             "style='height:18.75pt;mso-ignore:colspan'>Funding</td>\n </tr>")
    h.append(" <tr height=20 style='height:15.0pt'>\n"
             + "\n".join(f"  <td class=xl67>{esc(c)}</td>" for c in FUND_HEAD) + "\n </tr>")
    for g, f, a in FUNDING + [("Total", "", FUND_TOTAL)]:
        h.append(f" <tr height=20 style='height:15.0pt'>\n  <td class=xl68>{esc(g)}</td>\n"
                 f"  <td class=xl68>{esc(f) if f else '&nbsp;'}</td>\n"
                 f"  <td class=xl76 align=right x:num{'' if g != 'Total' else ' x:fmla=' + chr(34) + '=SUM(C3:C4)' + chr(34)}>"
                 f"{money(a)}</td>\n </tr>")
    h += ["</table>", "", "</div>", "", "", "<!----------------------------->",
          "<!--END OF OUTPUT FROM EXCEL PUBLISH AS WEB PAGE WIZARD-->",
          "<!----------------------------->", "</body>", "", "</html>", ""]
    (OUT / f"{NAME}.html").write_bytes("\r\n".join(h).encode("cp1252"))


# ------------------------------------------------------------------ .docx (pasted range)
def write_docx() -> None:
    from docx.enum.section import WD_ORIENT
    doc = new_docx(font="Calibri", size=11)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width

    def put(cell, text, bold=False, italic=False, size=9):
        p = cell.paragraphs[0]
        p.paragraph_format.space_after = Pt(0)
        if text:
            r = p.add_run(text)
            r.bold, r.italic, r.font.size = bold, italic, Pt(size)

    rows = grid_rows()
    tb = doc.add_table(rows=len(rows), cols=9)
    tb.style = "Table Grid"
    for ri, row in enumerate(rows):
        cells = tb.rows[ri].cells
        if ri in (0, 1, len(rows) - 1) or not any(row):
            m = cells[0].merge(cells[8])
            put(m, row[0], bold=ri == 0, italic=ri != 0, size=14 if ri == 0 else 9)
            continue
        for ci, (c, t) in enumerate(zip(cells, row)):
            put(c, t, bold=ri == 3 or ci == 7)
            if ri == 3:
                shade(c, "D9E1F2")
            elif ci == 7 and t:
                shade(c, RAG_FILL[t])
    doc.add_paragraph()
    ft = doc.add_table(rows=2 + len(FUNDING) + 1, cols=3)
    ft.style = "Table Grid"
    m = ft.rows[0].cells[0].merge(ft.rows[0].cells[2])
    put(m, "Funding", bold=True, size=14)
    for c, t in zip(ft.rows[1].cells, FUND_HEAD):
        put(c, t, bold=True)
        shade(c, "D9E1F2")
    for r, (g, f, a) in zip(ft.rows[2:], FUNDING + [("Total", "", FUND_TOTAL)]):
        for c, t in zip(r.cells, (g, f, money(a))):
            put(c, t, bold=g == "Total")
    doc.save(OUT / f"{NAME}.docx")


# ------------------------------------------------------------------ .pdf (landscape print)
def write_pdf() -> None:
    st = pdf_styles(8)
    rows = grid_rows()
    data = [[P(esc(c), st["cellb"] if ri in (0, 3) else st["cell"]) for c in r]
            for ri, r in enumerate(rows)]
    style = list(GRID) + [("SPAN", (0, 0), (-1, 0)), ("SPAN", (0, 1), (-1, 1)),
                          ("SPAN", (0, len(rows) - 1), (-1, len(rows) - 1)),
                          ("BACKGROUND", (0, 3), (-1, 3), colors.HexColor("#D9E1F2"))]
    for ri, r in enumerate(rows):
        if ri > 3 and r[7] in RAG_FILL and r[7]:
            style.append(("BACKGROUND", (7, ri), (7, ri), colors.HexColor("#" + RAG_FILL[r[7]])))
    t = Table(data, colWidths=[12 * mm, 28 * mm, 52 * mm, 32 * mm, 26 * mm, 18 * mm, 18 * mm,
                               10 * mm, 65 * mm], repeatRows=4)
    t.setStyle(TableStyle(style + [("TOPPADDING", (0, 0), (-1, -1), 6),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    fdata = [[P("<b>Funding</b>", st["cell"]), "", ""],
             [P(f"<b>{esc(h)}</b>", st["cell"]) for h in FUND_HEAD]]
    fdata += [[P(esc(g), st["cell"]), P(esc(f), st["cell"]), P(money(a), st["cell"])]
              for g, f, a in FUNDING + [("Total", "", FUND_TOTAL)]]
    ft = Table(fdata, colWidths=[80 * mm, 40 * mm, 25 * mm], hAlign="LEFT")
    ft.setStyle(TableStyle(list(GRID) + [("SPAN", (0, 0), (-1, 0)),
                                         ("BACKGROUND", (0, 1), (-1, 1), colors.HexColor("#D9E1F2"))]))
    build_pdf(OUT / f"{NAME}.pdf", [t, PageBreak(), ft], "Improvement tracker 2025-26.xlsx",
              "Denbighshire County Council", wide=True)


if __name__ == "__main__":
    write_txt()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["items"]))
