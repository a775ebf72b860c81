"""rec35a: a Working Group's recommendations of the SHIPPED KIND kept as an EXCEL SHEET and
exported: the Partnership Council for Wales' "Local Government and Public Services Boards
Working Group – Recommendations", March 2026 (real bodies; group, text and figures invented).

Layout (not tried by earlier corpora: eval29's rec29a had theme ROWS and a No. column, eval31's
prog31a a tracker of programme actions): one sheet with the columns `Theme | Area | Activity
underway or achieved | Recommendation | Owner`, ONE RECOMMENDATION PER ROW and no number
column; the Theme and Area filled down in every row, the Activity cell filled only in an
area's first row and blank below it; activity cells holding several "- ..." lines (line
breaks inside one cell); one area's activity "None identified"; owners as codes "WG",
"WLGA", "LG", "PSB" alone or joined "WG / WLGA", "LG, PSB"; a key under the table.

The reading (typed here, before any loader ran): areas the six Area values with their Theme;
recommendations the 13 rows, rec_id their place 1-13 (nothing is printed), owners the codes
(PSB = Public Services Boards, as the key says); activities the "- " lines (no number: None)
of an area's first row, without the dash; "None identified" is not an activity.
Forms: .txt Excel "Text (Tab delimited)" (cp1252, CRLF, multi-line cells in double quotes, a
title row and the key as rows of the sheet); .html Excel "Save as Web Page" (mso- styles,
`<br style='mso-data-placement:same-cell'>` in the cells); .docx the range pasted into Word
(one table, the cells' line breaks as w:br in one paragraph); .pdf the sheet printed
landscape with gridlines and wrapped cells over TWO pages, the header row repeated (print
titles), "Page N of M".
"""
from __future__ import annotations

import common35  # noqa: F401  (sys.path: ../gen_common.py)
from gen_common import (GRID, OUT, P, add_par, build_pdf, cell_text, colors, esc, mm,
                        new_docx, pdf_styles, set_repeat_header, shade)
from reportlab.platypus import Table, TableStyle

NAME = "rec35a-psb-working-group-excel-table"
TITLE = "Local Government and Public Services Boards Working Group – Recommendations"
SUB = "Partnership Council for Wales, March 2026"
HEAD = ["Theme", "Area", "Activity underway or achieved", "Recommendation", "Owner"]
KEY = ("Key: WG = Welsh Government; WLGA = Welsh Local Government Association; LG = local "
       "government (the 22 councils); PSB = Public Services Boards")
CODES = {"WG": "WG", "WLGA": "WLGA", "LG": "LG", "PSB": "PSB"}
# theme -> [(area, [activities], [(recommendation, owner as printed)])]
THEMES = [
    ("Partnership and collaboration", [
        ("Public Services Boards",
         ["Review of PSB support funding completed in May 2025",
          "Joint workshop of PSB and Regional Partnership Board chairs held in June 2025"],
         [("Bring together the support arrangements for PSBs and Regional Partnership Boards "
           "where partners agree to do so.", "WG / WLGA"),
          ("Publish one annual summary of progress against all well-being plans in each "
           "region.", "PSB"),
          ("Agree a shared core membership and secretariat for PSBs that cover the same "
           "footprint.", "LG, PSB")]),
        ("Regional working",
         ["Corporate Joint Committees established in all four regions",
          "Review of regional partnership boards and groups under way (due summer 2026)"],
         [("Map every regional board and group that councils sit on and publish the map "
           "each year.", "WLGA"),
          ("Remove duplicate regional reporting requirements from grant conditions by April "
           "2027.", "WG")]),
    ]),
    ("Funding and resources", [
        ("Grant simplification",
         ["Specific grants to councils reduced from 80 to 62 in 2025-26",
          "Common grant terms and conditions template agreed with councils"],
         [("Move at least ten more specific grants into the Revenue Support Grant from "
           "2027-28.", "WG"),
          ("Give councils final grant allocations by the end of February each year.", "WG"),
          ("Publish a joint annual report on grant reduction progress to the Partnership "
           "Council.", "WG / WLGA")]),
        ("Shared services",
         ["Shared legal services pilot running in North Wales since October 2025"],
         [("Extend the shared legal services model to a second region by 2027.", "LG"),
          ("Produce a business case template for new shared services.", "WLGA, LG")]),
    ]),
    ("Capacity and skills", [
        ("Data and digital",
         ["Local government digital strategy refreshed in 2025",
          "Data Cymru well-being dashboards available to all PSBs"],
         [("Fund a shared data analyst post for each PSB region for three years.", "WG"),
          ("Use the common well-being dashboards in every PSB annual report from 2026-27.",
           "PSB")]),
        ("Community capacity", [],
         [("Agree with the third sector a single community capacity framework for PSBs and "
           "councils.", "LG, PSB")]),
    ]),
]


def owners(printed: str) -> list[str]:
    return [CODES[x.strip()] for x in printed.replace(",", "/").split("/")]


def reading() -> dict:
    areas, recs, acts = [], [], []
    n = 0
    for theme, rows in THEMES:
        for area, activities, rr in rows:
            areas.append({"area": area, "theme": theme})
            acts += [{"activity_no": None, "area": area, "text": a} for a in activities]
            for t, o in rr:
                n += 1
                recs.append({"rec_id": str(n), "area": area, "text": t, "owners": owners(o)})
    return {"kind": "recommendations", "title": TITLE, "areas": areas,
            "recommendations": recs, "activities": acts}


def sheet_rows():
    """The body rows as cells: theme and area filled down, activities only in the first."""
    for theme, rows in THEMES:
        for area, activities, rr in rows:
            for k, (t, o) in enumerate(rr):
                act = ("\n".join("- " + a for a in activities) or "None identified") \
                    if k == 0 else ""
                yield [theme, area, act, t, o]


def write_txt() -> None:
    def q(c: str) -> str:
        return '"' + c.replace('"', '""') + '"' if any(x in c for x in '"\t\n') else c
    rows = [[TITLE, "", "", "", ""], [SUB, "", "", "", ""], ["", "", "", "", ""], HEAD]
    rows += list(sheet_rows())
    rows += [["", "", "", "", ""], [KEY, "", "", "", ""]]
    # (Excel writes a cell's line breaks as LF inside the quotes, rows end CRLF)
    text = "\r\n".join("\t".join(q(c) for c in r) for r in rows) + "\r\n"
    (OUT / f"{NAME}.txt").write_bytes(text.encode("cp1252"))


def write_html() -> None:
    widths = [130, 140, 300, 360, 70]
    css = ("<!--table\n\t{mso-displayed-decimal-separator:\"\\.\";\n\tmso-displayed-thousand-"
           "separator:\"\\,\";}\n@page\n\t{margin:.75in .7in .75in .7in;\n\tmso-page-orientation:"
           "landscape;}\nbr\n\t{mso-data-placement:same-cell;}\ntd\n\t{mso-style-parent:style0;"
           "\n\tpadding-top:1px;\n\tfont-size:11.0pt;\n\tfont-family:Calibri, sans-serif;\n\t"
           "vertical-align:bottom;\n\tborder:none;\n\twhite-space:nowrap;}\n.xl65\n\t{font-size:"
           "14.0pt;\n\tfont-weight:700;}\n.xl66\n\t{font-style:italic;}\n.xl67\n\t{font-weight:700;"
           "\n\tvertical-align:top;\n\tborder:.5pt solid windowtext;\n\tbackground:#DDEBF7;\n\t"
           "white-space:normal;}\n.xl68\n\t{vertical-align:top;\n\tborder:.5pt solid windowtext;"
           "\n\twhite-space:normal;}\n.xl69\n\t{text-align:center;\n\tvertical-align:top;\n\t"
           "border:.5pt solid windowtext;}\n-->")
    h = ['<html xmlns:v="urn:schemas-microsoft-com:vml"',
         'xmlns:o="urn:schemas-microsoft-com:office:office"',
         'xmlns:x="urn:schemas-microsoft-com:office:excel"',
         'xmlns="http://www.w3.org/TR/REC-html40">', "", "<head>",
         '<meta http-equiv=Content-Type content="text/html; charset=windows-1252">',
         "<meta name=ProgId content=Excel.Sheet>",
         '<meta name=Generator content="Microsoft Excel 15">',
         '<link rel=File-List href="PSB%20working%20group%20recommendations_files/filelist.xml">',
         "<title>Recommendations</title>",
         '<style id="PSB working group recommendations_4410_Styles">', css, "</style>",
         "</head>", "", "<body>", "<!--[if !excel]>&nbsp;&nbsp;<![endif]-->",
         "<!--The following information was generated by Microsoft Excel's Publish as Web",
         "Page wizard.-->", "<!----------------------------->",
         "<!--START OF OUTPUT FROM EXCEL PUBLISH AS WEB PAGE WIZARD -->",
         "<!----------------------------->", "",
         '<div id="PSB working group recommendations_4410" align=center '
         'x:publishsource="Excel">', "",
         f"<table border=0 cellpadding=0 cellspacing=0 width={sum(widths)} "
         f"style='border-collapse:collapse;table-layout:fixed;width:{sum(widths) * 3 // 4}pt'>"]
    h += [f" <col width={w} style='mso-width-source:userset;width:{w * 3 // 4}pt'>"
          for w in widths]
    h.append(f" <tr height=25 style='height:18.75pt'>\n  <td colspan=5 height=25 class=xl65 "
             f"style='height:18.75pt;mso-ignore:colspan'>{esc(TITLE)}</td>\n </tr>")
    h.append(f" <tr height=20 style='height:15.0pt'>\n  <td colspan=5 height=20 class=xl66 "
             f"style='height:15.0pt;mso-ignore:colspan'>{esc(SUB)}</td>\n </tr>")
    h.append(" <tr height=20 style='height:15.0pt'>\n  <td height=20 colspan=5 "
             "style='height:15.0pt;mso-ignore:colspan'></td>\n </tr>")
    h.append(" <tr height=20 style='height:15.0pt'>\n"
             + "\n".join(f"  <td class=xl67>{esc(c)}</td>" for c in HEAD) + "\n </tr>")
    br = "<br style='mso-data-placement:same-cell;'>"
    for r in sheet_rows():
        cells = []
        for i, c in enumerate(r):
            cls = "xl69" if i == 4 else "xl68"
            v = br.join(esc(x) for x in c.split("\n")) if c else "&nbsp;"
            cells.append(f"  <td class={cls}>{v}</td>")
        ht = 20 * max(2, r[2].count("\n") + 2)
        h.append(f" <tr height={ht} style='height:{ht * 3 // 4}.0pt'>\n" + "\n".join(cells)
                 + "\n </tr>")
    h.append(" <tr height=20 style='height:15.0pt'>\n  <td height=20 colspan=5 "
             "style='height:15.0pt;mso-ignore:colspan'></td>\n </tr>")
    h.append(f" <tr height=20 style='height:15.0pt'>\n  <td height=20 class=xl66 colspan=5 "
             f"style='height:15.0pt;mso-ignore:colspan'>{esc(KEY)}</td>\n </tr>")
    h.append(" <![if supportMisalignedColumns]>\n <tr height=0 style='display:none'>\n"
             + "\n".join(f"  <td width={w} style='width:{w * 3 // 4}pt'></td>" for w in widths)
             + "\n </tr>\n <![endif]>\n</table>\n\n</div>")
    h += ["", "<!----------------------------->",
          "<!--END OF OUTPUT FROM EXCEL PUBLISH AS WEB PAGE WIZARD-->",
          "<!----------------------------->", "</body>", "", "</html>", ""]
    (OUT / f"{NAME}.html").write_bytes("\r\n".join(h).encode("cp1252"))


def write_docx() -> None:
    from docx.enum.section import WD_ORIENT
    doc = new_docx(font="Calibri", size=11)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    add_par(doc, TITLE, bold=True, size=14)
    add_par(doc, SUB).runs[0].italic = True
    tb = doc.add_table(rows=1, cols=5)
    tb.style = "Table Grid"
    for c, x in zip(tb.rows[0].cells, HEAD):
        cell_text(c, x, bold=True)
        shade(c, "DDEBF7")
    set_repeat_header(tb.rows[0])
    for r in sheet_rows():
        for c, x in zip(tb.add_row().cells, r):
            lines = x.split("\n")
            cell_text(c, lines[0])
            run = c.paragraphs[0].runs[0]
            for extra in lines[1:]:
                run.add_break()
                run.add_text(extra)
    add_par(doc)
    add_par(doc, KEY).runs[0].italic = True
    doc.save(OUT / f"{NAME}.docx")


def write_pdf() -> None:
    st = pdf_styles(10)
    data = [[P(f"<b>{esc(h)}</b>", st["cell"]) for h in HEAD]]
    for r in sheet_rows():
        data.append([P("<br/>".join(esc(x) for x in c.split("\n")), st["cell"]) for c in r])
    t = Table(data, colWidths=[38 * mm, 38 * mm, 74 * mm, 95 * mm, 18 * mm], repeatRows=1,
              splitByRow=1)
    t.setStyle(TableStyle(list(GRID) + [
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDEBF7")),
        ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    story = [P(f"<b>{esc(TITLE)}</b>", st["h1"]), P(f"<i>{esc(SUB)}</i>", st["body"]), t,
             P(f"<i>{esc(KEY)}</i>", st["small"])]
    build_pdf(OUT / f"{NAME}.pdf", story, "Recommendations", "PSB working group "
              "recommendations.xlsx", wide=True)


if __name__ == "__main__":
    write_txt()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["recommendations"]))
