"""rec13a: a council SCRUTINY RECOMMENDATIONS TRACKER with ONE COLUMN PER UPDATE:
`No. | Recommendation | Cabinet response | Agreed action | Lead officer | Update May 2025 |
Update November 2025 | Status`, the rows grouped by a row across the table naming the
chapter of the task and finish group's report (the area). Each update cell is what has been
done by that date (an activity; "Not yet due" and "N/A" are not); the owners are the
recommendation's subject ("That the Council and Transport for Wales review ..." -> LG,
Transport for Wales).

Vale of Glamorgan Council, Environment and Regeneration Scrutiny Committee, "Town Centres
Task and Finish Group: recommendations tracker", Appendix A to the report of 20 November
2025. Forms:

- .md: pandoc's GRID table (``+----+`` rules, cells wrapped over several lines, the
  chapter rows spanning every column, the header closed by ``+====+``);
- .html: the council's committee pages (cookie banner, navigation, breadcrumb, footer), one
  <table>, chapter rows ``<td colspan="8" class="subheading">``;
- .docx: landscape, one table, header row repeated and shaded, chapter rows merged across
  (gridSpan) and shaded, the two update columns shaded pale yellow;
- .pdf: landscape, one table running over pages with the header repeated, chapter rows
  spanning, council page header and "Page N of M".
"""
from __future__ import annotations

import sys
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)

from gen_common import (OUT, GRID, P, add_par, build_pdf, cell_text, colors, esc,
                        footer_page_numbers, header_text, mm, new_docx, pdf_styles, shade,
                        set_repeat_header, OxmlElement, qn)
from reportlab.platypus import Table, TableStyle

NAME = "rec13a-scrutiny-tracker"
TITLE = "Town Centres Task and Finish Group: recommendations tracker"
COMMITTEE = "Environment and Regeneration Scrutiny Committee"
COLS = ["No.", "Recommendation", "Cabinet response", "Agreed action", "Lead officer",
        "Update May 2025", "Update November 2025", "Status"]
NOT_ACTS = {"N/A", "Not yet due"}

# area, [(rec, owners, response, action, officer, may, nov, status)]
AREAS = [
    ("Empty and derelict buildings", [
        ("That the Council creates a register of empty commercial buildings in each town "
         "centre and publishes it every year.", ["LG"], "Accepted",
         "Build the register from business rates data.", "Head of Regeneration",
         "Business rates data for Barry and Penarth has been matched to the property "
         "survey.", "The first register was published on the Council's website in "
         "October 2025.", "Complete"),
        ("That the Council uses its enforcement powers on derelict buildings that harm "
         "the look of a town centre.", ["LG"], "Accepted",
         "Agree an enforcement protocol between planning and building control.",
         "Head of Planning", "A draft protocol is with the legal team.",
         "The protocol was agreed in July and two notices have been served in Barry.",
         "In progress"),
        ("That the Council asks the Welsh Government to give councils a power to charge "
         "higher business rates on long-term empty shops.", ["LG"], "Accepted in part",
         "Raise the issue through the WLGA's finance sub-group.", "Head of Finance",
         "Not yet due", "The issue was raised at the WLGA finance sub-group in September "
         "2025; the Welsh Government has said it will consider it in its local taxation "
         "reforms.", "In progress"),
    ]),
    ("Markets, events and the evening economy", [
        ("That the Council reviews the fees charged to market traders to attract new "
         "traders.", ["LG"], "Accepted", "Review the fees for the 2026-27 budget.",
         "Head of Neighbourhood Services", "Fees in five other councils have been "
         "compared.", "A reduced fee for new traders in their first year will be proposed "
         "in the 2026-27 budget.", "In progress"),
        ("That the Council funds a programme of free events in every town centre.",
         ["LG"], "Not accepted", "None: no budget is available.", "Head of Regeneration",
         "N/A", "N/A", "Closed"),
        ("That the Council and the town councils agree who runs events in each town.",
         ["LG", "Town councils"], "Accepted", "Hold a meeting with the town councils.",
         "Events Manager", "The meeting was held in April 2025 and a draft agreement was "
         "shared.", "Agreements have been signed with Barry, Penarth and Cowbridge town "
         "councils.", "Complete"),
    ]),
    ("Access and parking", [
        ("That the Council and Transport for Wales review bus and rail timetables so that "
         "people can reach town centres in the evening.", ["LG", "Transport for Wales"],
         "Accepted", "Share evening footfall data with Transport for Wales.",
         "Head of Transport", "Footfall data was shared in March 2025.",
         "Transport for Wales added two late services to the Barry line from September "
         "2025.", "In progress"),
        ("That the Council offers free parking after 3pm in December.", ["LG"],
         "Accepted", "Include in the car parking order.", "Head of Transport",
         "Not yet due", "Not yet due", "In progress"),
        ("That the Council improves signs from car parks and stations to the shops.",
         ["LG"], "Accepted", "Audit the signs in the four main towns.",
         "Head of Transport", "The audit of signs in Barry was completed.",
         "New signs have been put up in Barry; the audits of the other three towns are "
         "complete.", "In progress"),
    ]),
    ("Working with businesses", [
        ("That the Council supports the setting up of a Business Improvement District in "
         "Penarth.", ["LG"], "Accepted", "Fund a feasibility study.",
         "Head of Economic Development", "The feasibility study started in May 2025.",
         "The study found support among traders and a ballot will be held in 2026.",
         "In progress"),
        ("That the Council gives small businesses one named officer to contact about "
         "licences, planning and rates.", ["LG"], "Accepted in part",
         "A single email address and telephone line for business enquiries.",
         "Head of Economic Development", "The business enquiries line opened in April "
         "2025.", "The line has answered 412 enquiries.", "Complete"),
        ("That the Council and the Cardiff Capital Region Corporate Joint Committee "
         "include town centres in the regional economic plan.",
         ["LG", "Cardiff Capital Region Corporate Joint Committee"], "Accepted",
         "Put the group's findings to the Corporate Joint Committee.",
         "Director of Place", "Not yet due", "The findings were presented to the "
         "Corporate Joint Committee's economy sub-committee in October 2025.",
         "In progress"),
    ]),
]
INTRO = ("The tracker shows the progress made on the recommendations of the Town Centres "
         "Task and Finish Group, agreed by Cabinet on 10 March 2025. Members are asked to "
         "review progress and to agree which recommendations can be closed.")
KEY = ("Status: Complete – the agreed action is finished; In progress – work continues; "
       "Closed – not accepted by Cabinet, no further monitoring.")


def rows():
    n = 0
    for area, recs in AREAS:
        for r in recs:
            n += 1
            yield n, area, r


def reading() -> dict:
    areas = [{"area": a, "theme": None} for a, _ in AREAS]
    recs, acts = [], []
    for n, area, (text, owners, _resp, _act, _off, may, nov, _st) in rows():
        recs.append({"rec_id": str(n), "area": area, "text": text, "owners": owners})
        for u in (may, nov):
            if u not in NOT_ACTS:
                acts.append({"activity_no": None, "area": area, "text": u})
    return {"kind": "recommendations", "title": TITLE, "areas": areas,
            "recommendations": recs, "activities": acts}


def cells(n, r):
    text, _o, resp, act, off, may, nov, st = r
    return [str(n), text, resp, act, off, may, nov, st]


# ------------------------------------------------------------------ Markdown (grid table)
WIDTHS = [5, 30, 12, 20, 14, 24, 24, 11]


def grid_rule(ch="-"):
    return "+" + "+".join(ch * (w + 2) for w in WIDTHS) + "+"


def grid_row(vals):
    wrapped = [textwrap.wrap(v, w, break_on_hyphens=False) or [""] for v, w in zip(vals, WIDTHS)]
    h = max(len(c) for c in wrapped)
    out = []
    for i in range(h):
        out.append("|" + "|".join(" " + (c[i] if i < len(c) else "").ljust(w) + " "
                                  for c, w in zip(wrapped, WIDTHS)) + "|")
    return out


def span_row(text):
    total = sum(WIDTHS) + 3 * len(WIDTHS) - 1
    return ["|" + (" " + text).ljust(total) + "|"]


def write_md() -> None:
    out = ["Vale of Glamorgan Council", "", f"{COMMITTEE}: 20 November 2025", "",
           "Appendix A", "", f"# {TITLE}", ""] + textwrap.wrap(INTRO, 72) + [""] + \
        textwrap.wrap(KEY, 72) + ["", grid_rule()]
    out += grid_row(COLS) + [grid_rule("=")]
    last = None
    for n, area, r in rows():
        if area != last:
            out += span_row(f"**{area}**") + [grid_rule()]
            last = area
        out += grid_row(cells(n, r)) + [grid_rule()]
    (OUT / f"{NAME}.md").write_text("\n".join(out) + "\n", encoding="utf-8")


# ------------------------------------------------------------------ HTML
def write_html() -> None:
    h = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
         f"<title>Appendix A – {esc(TITLE)} – Vale of Glamorgan Council</title></head><body>",
         '<div class="cookie-consent" role="dialog" aria-label="Cookie consent"><p>We use '
         'cookies to make this site work and to understand how you use it.</p><button>Accept '
         'all</button><button>Essential only</button></div>',
         '<header><a href="/en/index.aspx"><img src="/logo.png" alt="Vale of Glamorgan '
         'Council"></a><form role="search"><input type="search" placeholder="Search">'
         '</form><nav><ul><li><a href="/en/living/">Living</a></li><li><a href="/en/working/">'
         'Working</a></li><li><a href="/en/enjoying/">Enjoying</a></li><li><a href="/en/'
         'our_council/">Our Council</a></li></ul></nav></header>',
         '<nav class="breadcrumb"><a href="/en/index.aspx">Home</a> &gt; <a href="/en/our_'
         'council/">Our Council</a> &gt; <a href="#">Minutes, agendas and reports</a> &gt; '
         "Reports</nav>",
         '<main id="content"><p class="agenda-item">Agenda Item No. 6</p>',
         f"<p><strong>{esc(COMMITTEE)}: 20 November 2025</strong></p>",
         "<p>Appendix A</p>", f"<h1>{esc(TITLE)}</h1>", f"<p>{esc(INTRO)}</p>",
         f"<p><em>{esc(KEY)}</em></p>", '<table class="tracker" border="1"><thead><tr>']
    h += [f'<th scope="col">{esc(c)}</th>' for c in COLS] + ["</tr></thead><tbody>"]
    last = None
    for n, area, r in rows():
        if area != last:
            h.append(f'<tr><td colspan="8" class="subheading"><strong>{esc(area)}</strong>'
                     "</td></tr>")
            last = area
        h.append("<tr>" + "".join(f"<td>{esc(v)}</td>" for v in cells(n, r)) + "</tr>")
    h += ["</tbody></table>", '<p><a href="#top">Back to top</a></p></main>',
          "<footer><ul><li><a href=\"/en/contact_us.aspx\">Contact us</a></li><li><a href="
          "\"/en/accessibility.aspx\">Accessibility</a></li><li><a href=\"/cy/\">Cymraeg</a>"
          "</li></ul><p>© Vale of Glamorgan Council 2025</p></footer></body></html>"]
    (OUT / f"{NAME}.html").write_text("\n".join(h) + "\n", encoding="utf-8")


# ------------------------------------------------------------------ Word
def write_docx() -> None:
    from docx.enum.section import WD_ORIENT
    doc = new_docx(size=9)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    header_text(doc, f"Vale of Glamorgan Council – {COMMITTEE} – 20 November 2025")
    footer_page_numbers(doc, "Appendix A")
    add_par(doc, "Appendix A", bold=True)
    doc.add_heading(TITLE, level=1)
    add_par(doc, INTRO)
    add_par(doc, KEY, size=8)
    t = doc.add_table(rows=1, cols=len(COLS))
    t.style = "Table Grid"
    for cell, c in zip(t.rows[0].cells, COLS):
        cell_text(cell, c, bold=True)
        shade(cell, "B4C6E7")
    set_repeat_header(t.rows[0])
    last = None
    for n, area, r in rows():
        if area != last:
            row = t.add_row()
            merged = row.cells[0].merge(row.cells[-1])
            cell_text(merged, area, bold=True)
            shade(merged, "D9D9D9")
            last = area
        row = t.add_row()
        for i, (cell, v) in enumerate(zip(row.cells, cells(n, r))):
            cell_text(cell, v)
            if i in (5, 6):
                shade(cell, "FFF2CC")
    doc.save(OUT / f"{NAME}.docx")


# ------------------------------------------------------------------ PDF
def write_pdf() -> None:
    st = pdf_styles(8)
    story = [P("Appendix A", st["h2"]), P(esc(TITLE), st["title"]), P(esc(INTRO), st["body"]),
             P(f"<i>{esc(KEY)}</i>", st["small"])]
    data = [[P(f"<b>{esc(c)}</b>", st["cellb"]) for c in COLS]]
    style = list(GRID) + [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#B4C6E7"))]
    last = None
    for n, area, r in rows():
        if area != last:
            data.append([P(f"<b>{esc(area)}</b>", st["cellb"])] + [""] * 7)
            k = len(data) - 1
            style += [("SPAN", (0, k), (-1, k)),
                      ("BACKGROUND", (0, k), (-1, k), colors.HexColor("#D9D9D9"))]
            last = area
        data.append([P(esc(v), st["cell"]) for v in cells(n, r)])
        k = len(data) - 1
        style.append(("BACKGROUND", (5, k), (6, k), colors.HexColor("#FFF2CC")))
    story.append(Table(data, colWidths=[10 * mm, 52 * mm, 22 * mm, 36 * mm, 26 * mm,
                                        44 * mm, 44 * mm, 20 * mm], repeatRows=1,
                       style=TableStyle(style)))
    build_pdf(OUT / f"{NAME}.pdf", story, f"Vale of Glamorgan Council – {COMMITTEE} – "
              "20 November 2025", "Appendix A", wide=True)


if __name__ == "__main__":
    write_md()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(AREAS), len(list(rows())), len(reading()["activities"]))
