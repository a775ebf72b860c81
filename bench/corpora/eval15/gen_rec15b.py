"""rec15b: a council SCRUTINY TASK AND FINISH GROUP's final report: findings chapters with
bold "Conclusion N" paragraphs (numbered 1-5 through the report: what the group concluded,
NOT recommendations), each findings chapter ending with a TWO-COLUMN TABLE `No. |
Recommendation` whose numbers run on across the chapters (1-2, 3-5, 6-7) and whose texts
are "That ..." clauses (the subject inside: "That the Cabinet Member for Education ...",
"That the council works with Transport for Wales ..."). Chair's foreword, terms of reference
(bullets), method and next steps hold no recommendation. No activities.

Caerwyn County Borough Council (a fictional council), Children and Young People Scrutiny
Committee, "Home to School Transport: Report of the Task and Finish Group", 18 September
2025. Forms:
- .md: pandoc's default Markdown: GRID TABLES (+---+ borders, wrapped cell lines), "**Conclusion
  1:** ..." paragraphs, setext-free ATX headings;
- .html: the council website's scrutiny page (cookie banner, navigation, breadcrumb, "Was
  this page helpful?" form, footer), tables with <thead>, conclusions as <p class="conclusion">;
- .docx: Heading 1 chapters with typed numbers, conclusions as bold-label paragraphs in a
  left-bordered style, two-column tables with a shaded header;
- .pdf: tables with a dark header, conclusions in grey panels.
"""
from __future__ import annotations

import sys
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)

from gen_common import (OUT, GRID, P, RGBColor, add_par, build_pdf, cell_text, colors, esc,
                        footer_page_numbers, header_text, mm, new_docx, pdf_styles, shade)
from reportlab.platypus import ListFlowable, ListItem, Table, TableStyle

NAME = "rec15b-task-and-finish-conclusions"
COUNCIL = "Caerwyn County Borough Council"
COMMITTEE = "Children and Young People Scrutiny Committee"
TITLE = "Home to School Transport: Report of the Task and Finish Group"
DATE = "18 September 2025"
FRONT = [
    ("1. Chair's foreword", [
        "Getting to school safely and on time matters to every family. The group heard from "
        "parents, headteachers, drivers and officers, and I thank them all. Our conclusions "
        "and recommendations are set out in the chapters that follow."], []),
    ("2. Terms of reference", ["The group was asked to:"], [
        "review how the council applies its learner travel policy;",
        "examine the safety of transport for pupils with additional learning needs; and",
        "consider the rising cost of contracts and how it could be controlled."]),
    ("3. How we gathered evidence", [
        "The group of five councillors met eight times between February and June 2025. It "
        "surveyed 1,214 parents, visited four schools and heard evidence from the council's "
        "transport team, two operators and Transport for Wales."], []),
]
# chapter: (name, paragraphs, [conclusions], [(recommendation, owners)])
CHAPTERS = [
    ("Eligibility and the learner travel policy", [
        "The council gives free transport to primary pupils living two miles or more from "
        "their nearest suitable school and secondary pupils living three miles or more, as "
        "the Learner Travel (Wales) Measure 2008 requires.",
        "Parents told us that the policy is hard to find and that refusals are not "
        "explained."],
     ["The policy meets the statutory minimum but is poorly explained to parents.",
      "Some walking routes assessed as available have not been reassessed for more than "
      "ten years."],
     [("That the Cabinet Member for Education publishes a plain-language guide to the "
       "learner travel policy and the appeals process before the 2026 admissions round.",
       ["LG"]),
      ("That the council reassesses every walking route judged available before 2015 and "
       "reports the results to this committee.", ["LG"])]),
    ("Safety and passenger assistants", [
        "Eleven per cent of pupils with additional learning needs travel without a "
        "passenger assistant. Drivers told us that training on additional learning needs is "
        "given once, when they are first licensed."],
     ["Training for drivers and passenger assistants is not refreshed.",
      "Information about a pupil's needs does not always reach the driver."],
     [("That the council requires every operator's drivers and passenger assistants to "
       "complete refresher training every two years as a condition of contract.", ["LG"]),
      ("That the council introduces a travel passport for each pupil with additional "
       "learning needs, shared with the driver and the school.", ["LG"]),
      ("That the Cabinet writes to the Welsh Government asking it to update the statutory "
       "guidance on passenger assistants.", ["LG"])]),
    ("Cost and contracts", [
        "The cost of home to school transport has risen from £9.8 million in 2021-22 to "
        "£14.1 million in 2024-25. Fewer operators bid for contracts, and single bids are "
        "now common in rural areas."],
     ["The market for school transport contracts in rural areas is failing."],
     [("That the council works with Transport for Wales to test combining school and "
       "public bus services on two rural routes.", ["LG", "Transport for Wales"]),
      ("That the council reviews its procurement of transport contracts, including longer "
       "contracts and in-house provision, and reports to Cabinet by March 2026.", ["LG"])]),
]
NEXT = [
    "The Committee endorsed this report on 18 September 2025. The Cabinet is asked to "
    "respond to the recommendations within two months, and the Committee will review "
    "progress in twelve months."]


def recs():
    n = 0
    for c, (area, _p, _k, rs) in enumerate(CHAPTERS, 4):
        for text, owners in rs:
            n += 1
            yield n, c, area, text, owners


def conclusions():
    n = 0
    for c, (_a, _p, ks, _r) in enumerate(CHAPTERS, 4):
        for k in ks:
            n += 1
            yield n, c, k


def reading() -> dict:
    return {"kind": "recommendations", "title": TITLE,
            "areas": [{"area": a, "theme": None} for a, *_ in CHAPTERS],
            "recommendations": [{"rec_id": str(n), "area": area, "text": t, "owners": o}
                                for n, _c, area, t, o in recs()],
            "activities": None}


def chap(c):
    return ([(n, k) for n, cc, k in conclusions() if cc == c],
            [(n, t) for n, cc, _a, t, _o in recs() if cc == c])


# ------------------------------------------------------------------ Markdown (pandoc grid)
def grid(rows, widths=(6, 70)):
    sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    hsep = sep.replace("-", "=")
    out = [sep]
    for i, r in enumerate(rows):
        wrapped = [textwrap.wrap(x, w) or [""] for x, w in zip(r, widths)]
        for j in range(max(len(x) for x in wrapped)):
            out.append("| " + " | ".join((x[j] if j < len(x) else "").ljust(w)
                                         for x, w in zip(wrapped, widths)) + " |")
        out.append(hsep if i == 0 else sep)
    return out


def write_md() -> None:
    out = [f"# {TITLE}", "", f"{COUNCIL} -- {COMMITTEE}", "", DATE, ""]
    for head, ps, bl in FRONT:
        out += [f"## {head}", ""] + [x for p in ps for x in (p, "")]
        if bl:
            out += [f"-   {b}" for b in bl] + [""]
    for c, (area, ps, _k, _r) in enumerate(CHAPTERS, 4):
        out += [f"## {c}. {area}", ""] + [x for p in ps for x in (p, "")]
        ks, rs = chap(c)
        for n, k in ks:
            out += [f"**Conclusion {n}:** {k}", ""]
        out += grid([("No.", "Recommendation")] + [(str(n), t) for n, t in rs]) + [""]
    out += ["## 7. Next steps", ""] + [x for p in NEXT for x in (p, "")]
    (OUT / f"{NAME}.md").write_text("\n".join(out), encoding="utf-8")


# ------------------------------------------------------------------ HTML
def write_html() -> None:
    h = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
         f"<title>{esc(TITLE)} | {COUNCIL}</title></head><body>",
         '<div class="cookie-banner"><p>Can we use cookies to help improve this website?</p>'
         '<button>Yes</button><button>No</button></div>',
         f'<header><a class="logo" href="/">{COUNCIL}</a><nav><ul><li><a href="/services">'
         'Services</a></li><li><a href="/council">Council and democracy</a></li><li><a href='
         '"/cy">Cymraeg</a></li></ul></nav></header>',
         '<nav aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/council">'
         'Council and democracy</a></li><li><a href="/scrutiny">Scrutiny</a></li><li>Task and '
         "finish group reports</li></ol></nav>",
         f'<main><h1>{esc(TITLE)}</h1><p class="lede">{esc(COMMITTEE)}, {DATE}</p>']
    for head, ps, bl in FRONT:
        h.append(f"<h2>{esc(head)}</h2>")
        h += [f"<p>{esc(p)}</p>" for p in ps]
        if bl:
            h += ["<ul>"] + [f"<li>{esc(b)}</li>" for b in bl] + ["</ul>"]
    for c, (area, ps, _k, _r) in enumerate(CHAPTERS, 4):
        h.append(f"<h2>{c}. {esc(area)}</h2>")
        h += [f"<p>{esc(p)}</p>" for p in ps]
        ks, rs = chap(c)
        h += [f'<p class="conclusion"><strong>Conclusion {n}:</strong> {esc(k)}</p>'
              for n, k in ks]
        h += ['<table class="recommendations"><thead><tr><th scope="col">No.</th><th '
              'scope="col">Recommendation</th></tr></thead><tbody>']
        h += [f"<tr><td>{n}</td><td>{esc(t)}</td></tr>" for n, t in rs]
        h.append("</tbody></table>")
    h += ["<h2>7. Next steps</h2>"] + [f"<p>{esc(p)}</p>" for p in NEXT]
    h += ["</main>", '<form class="feedback"><p>Was this page helpful?</p><button>Yes</button>'
          '<button>No</button></form>',
          f'<footer><p>{COUNCIL}, Civic Centre</p><ul><li><a href="/accessibility">'
          'Accessibility statement</a></li><li><a href="/privacy">Privacy</a></li></ul>'
          "</footer></body></html>"]
    (OUT / f"{NAME}.html").write_text("\n".join(h) + "\n", encoding="utf-8")


# ------------------------------------------------------------------ Word
def write_docx() -> None:
    doc = new_docx(font="Arial", size=11)
    header_text(doc, f"{COUNCIL} – {COMMITTEE}")
    footer_page_numbers(doc, TITLE)
    doc.add_heading(TITLE, level=0)
    add_par(doc, f"{COMMITTEE}, {DATE}")
    for head, ps, bl in FRONT:
        doc.add_heading(head, level=1)
        for p in ps:
            add_par(doc, p)
        for b in bl:
            add_par(doc, b, style="List Bullet")
    for c, (area, ps, _k, _r) in enumerate(CHAPTERS, 4):
        doc.add_heading(f"{c}. {area}", level=1)
        for p in ps:
            add_par(doc, p)
        ks, rs = chap(c)
        for n, k in ks:
            p = add_par(doc, f"Conclusion {n}: ", bold=True)
            p.runs[0].font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
            p.add_run(k)
        t = doc.add_table(rows=1, cols=2)
        t.style = "Table Grid"
        for cell, v in zip(t.rows[0].cells, ["No.", "Recommendation"]):
            cell_text(cell, v, bold=True)
            shade(cell, "BDD7EE")
        for n, tx in rs:
            r = t.add_row().cells
            cell_text(r[0], str(n))
            cell_text(r[1], tx)
        add_par(doc, "")
    doc.add_heading("7. Next steps", level=1)
    for p in NEXT:
        add_par(doc, p)
    doc.save(OUT / f"{NAME}.docx")


# ------------------------------------------------------------------ PDF
def write_pdf() -> None:
    st = pdf_styles(10)
    white = st["cellb"].clone("white", textColor=colors.white)
    story = [P(esc(COUNCIL), st["body"]), P(esc(TITLE), st["title"]),
             P(f"{esc(COMMITTEE)}, {DATE}", st["body"])]
    for head, ps, bl in FRONT:
        story.append(P(esc(head), st["h1"]))
        story += [P(esc(p), st["body"]) for p in ps]
        if bl:
            story.append(ListFlowable([ListItem(P(esc(b), st["body"])) for b in bl],
                                      bulletType="bullet", start="•", leftIndent=12))
    for c, (area, ps, _k, _r) in enumerate(CHAPTERS, 4):
        story.append(P(f"{c}. {esc(area)}", st["h1"]))
        story += [P(esc(p), st["body"]) for p in ps]
        ks, rs = chap(c)
        for n, k in ks:
            story.append(Table([[P(f"<b>Conclusion {n}:</b> {esc(k)}", st["body"])]],
                               colWidths=[170 * mm],
                               style=TableStyle([("BACKGROUND", (0, 0), (-1, -1),
                                                  colors.HexColor("#EDEDED"))])))
        data = [[P("No.", white), P("Recommendation", white)]]
        data += [[P(str(n), st["cell"]), P(esc(t), st["cell"])] for n, t in rs]
        story.append(Table(data, colWidths=[14 * mm, 156 * mm], repeatRows=1,
                           style=TableStyle(list(GRID) + [("BACKGROUND", (0, 0), (-1, 0),
                                                           colors.HexColor("#1F4E79"))])))
    story.append(P("7. Next steps", st["h1"]))
    story += [P(esc(p), st["body"]) for p in NEXT]
    build_pdf(OUT / f"{NAME}.pdf", story, f"{COUNCIL} – Home to School Transport",
              COMMITTEE)


if __name__ == "__main__":
    write_md()
    write_html()
    write_docx()
    write_pdf()
    r = reading()
    print(NAME, len(r["areas"]), len(r["recommendations"]))
