"""rec20a: a CARE INSPECTORATE WALES PERFORMANCE EVALUATION INSPECTION LETTER: the letter to a
council's Director of Social Services, an introduction, a "Summary of findings" paragraph,
then "Findings" under the FOUR PRINCIPLES of the Social Services and Well-being (Wales) Act
2014 ("People – voice and choice", "Prevention", "Partnerships and integration",
"Well-being"), each a TWO-COLUMN TABLE "Strengths" | "Areas for improvement" with bullets in
each cell: the recommendations are the "Areas for improvement" bullets (unnumbered, many
without a subject: "Ensure ...", some "The local authority should ..."); the "Strengths"
beside them hold none; "Next steps" says the council must send an action plan; "Methodology".

Care Inspectorate Wales (real regulator and inspection type; Glanmor County Borough Council
is fictional; content invented), letter of 14 May 2026. Forms:
- .md: pandoc's Markdown of the Word file: each principle's table a pandoc GRID TABLE with
  "-   " bullets inside the cells;
- .html: CIW's website page (cookie banner, "Cymraeg", search, breadcrumb, "Published:"
  line, "Print" link, footer), each principle a <table> with <ul> in the cells;
- .docx: the letter on a letterhead (address block, date, "Dear ..."), each principle a
  two-column Word table with a shaded header row, bullets "List Bullet" inside the cells;
- .pdf: the letter, ruled two-column tables with "•" bullets, "Page N of M".
"""
from __future__ import annotations

import sys
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)

from gen_common import (GRID, OUT, P, add_par, build_pdf, cell_text, colors, esc,
                        footer_page_numbers, header_text, mm, new_docx, pdf_styles, shade,
                        set_repeat_header)
from reportlab.platypus import Paragraph, Table, TableStyle

NAME = "rec20a-ciw-inspection-letter"
COUNCIL = "Glanmor County Borough Council"
TITLE = f"Performance evaluation inspection of adult services: {COUNCIL}"
DATE = "14 May 2026"
TO = ["Director of Social Services", COUNCIL, "Civic Offices", "Glanmor"]
INTRO = [
    "Dear Director,",
    f"This letter summarises the findings of our performance evaluation inspection of adult "
    f"services in {COUNCIL}, carried out in March 2026. We thank the people we spoke to, "
    "carers, staff and partners for their time.",
    "We inspected under section 149B of the Social Services and Well-being (Wales) Act 2014 "
    "and our Code of Practice for Review of Local Authority Social Services. Our findings "
    "are set out under the four principles of the Act, with the strengths we found and the "
    "areas for improvement the local authority should address.",
]
SUMMARY = ("People who need care and support in Glanmor are generally treated with dignity "
           "and respect, and practitioners know them well. However, too many people wait for "
           "assessments and for reablement, and the workforce is under pressure. The local "
           "authority has recognised these risks in its own self-evaluation.")
# principle: (heading, strengths, areas for improvement)
PRINC = [
    ("People – voice and choice",
     ["Practitioners know people well and record what matters to them in most assessments.",
      "The 'active offer' of the Welsh language is made at first contact."],
     ["Ensure people's own views and personal outcomes are recorded consistently in their "
      "care and support plans.",
      "Improve the timeliness of carers' needs assessments and make sure every carer is "
      "offered one."]),
    ("Prevention",
     ["The information, advice and assistance service resolves many enquiries at first "
      "contact.",
      "Community connectors help people to find local groups and activities."],
     ["Reduce waiting times for occupational therapy assessments, so that people do not "
      "wait for equipment and adaptations.",
      "The local authority should make sure reablement capacity meets demand, so that "
      "people leaving hospital receive reablement before long-term care is arranged."]),
    ("Partnerships and integration",
     ["Joint working with the health board at the hospital discharge hub is well "
      "established.",
      "Commissioners have good relationships with care home providers."],
     ["Agree with the health board and the regional partnership board a shared plan to "
      "reduce delays in hospital discharge.",
      "Work with providers to develop more domiciliary care in the rural north of the "
      "county."]),
    ("Well-being",
     ["Safeguarding enquiries are dealt with within statutory timescales.",
      "Staff told us they feel well supported by their managers."],
     ["Strengthen the quality assurance of practice, including regular audits of case "
      "files.",
      "The local authority must address the recruitment and retention of social workers and "
      "reduce its reliance on agency staff."]),
]
NEXT = ["We expect the local authority to send us an action plan within three months of this "
        "letter, setting out how it will address the areas for improvement. We will monitor "
        "progress through our performance review activity.",
        "We will publish this letter on our website. We would be grateful if the local "
        "authority would share it with its scrutiny committee."]
METHOD = ("Inspectors read 48 case files, spoke with 36 people and carers, and met 62 "
          "members of staff and partners. We also surveyed staff and considered the local "
          "authority's self-evaluation and performance data.")
SIGN = ["Yours sincerely,", "", "Senior Manager, Local Authority Inspection",
        "Care Inspectorate Wales"]


def reading() -> dict:
    recs, n = [], 0
    for area, _s, afi in PRINC:
        for a in afi:
            n += 1
            recs.append({"rec_id": str(n), "area": area, "text": a, "owners": ["LG"]})
    return {"kind": "recommendations", "title": TITLE,
            "areas": [{"area": a, "theme": None} for a, _s, _f in PRINC],
            "recommendations": recs, "activities": None}


# ------------------------------------------------------------------ Markdown (pandoc grid)
def grid_table(left, right, w=(38, 38)) -> list[str]:
    def cell_lines(items, width):
        out = []
        for i, it in enumerate(items):
            out += textwrap.wrap(it, width=width, initial_indent="-   ",
                                 subsequent_indent="    ")
            if i < len(items) - 1:
                out.append("")
        return out
    sep = "+" + "-" * (w[0] + 2) + "+" + "-" * (w[1] + 2) + "+"
    hsep = "+" + "=" * (w[0] + 2) + "+" + "=" * (w[1] + 2) + "+"
    out = [sep, "| " + "Strengths".ljust(w[0]) + " | " + "Areas for improvement".ljust(w[1])
           + " |", hsep]
    a, b = cell_lines(left, w[0]), cell_lines(right, w[1])
    for i in range(max(len(a), len(b))):
        x = a[i] if i < len(a) else ""
        y = b[i] if i < len(b) else ""
        out.append("| " + x.ljust(w[0]) + " | " + y.ljust(w[1]) + " |")
    return out + [sep]


def write_md() -> None:
    out = ["**Arolygiaeth Gofal Cymru / Care Inspectorate Wales**", "", DATE, ""]
    out += ["  \\\n".join(TO), "", f"# {TITLE}", ""]
    out += [x + "\n" for x in INTRO]
    out += ["## Summary of findings", "", SUMMARY, "", "## Findings", ""]
    for i, (h, s, f) in enumerate(PRINC, 1):
        out += [f"### {h}", ""] + grid_table(s, f) + [""]
    out += ["## Next steps", ""] + [x + "\n" for x in NEXT]
    out += ["## Methodology", "", METHOD, ""] + [x for x in SIGN if x] + [""]
    (OUT / f"{NAME}.md").write_text("\n".join(out), encoding="utf-8")


# ------------------------------------------------------------------ HTML (CIW website)
def write_html() -> None:
    h = ["<!DOCTYPE html>", '<html lang="en" dir="ltr"><head><meta charset="utf-8">',
         f"<title>{esc(TITLE)} | Care Inspectorate Wales</title></head><body>",
         '<div class="eu-cookie-compliance-banner"><p>We use cookies on this site to enhance '
         'your user experience.</p><button>Accept</button><button>No, thanks</button></div>',
         '<a href="#main-content" class="skip-link">Skip to main content</a>',
         '<header><a href="/" class="logo">Care Inspectorate Wales</a><div class="lang">'
         '<a href="/cy" lang="cy">Cymraeg</a></div><form><label>Global keyword search</label>'
         '<input type="search"></form><p class="phone">0300 7900 126</p><nav><ul>'
         '<li><a href="/services">Find a care service</a></li><li><a href="/reports">'
         'Inspection reports</a></li><li><a href="/concerns">Raise a concern</a></li></ul>'
         "</nav></header>",
         '<nav class="breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/local-'
         'authority-inspection-reports">Local authority inspection reports</a></li></ol></nav>',
         '<main id="main-content"><p class="doc-type">HTML Document</p>',
         f"<h1>{esc(TITLE)}</h1>", f'<p class="published">Published: {DATE}</p>',
         '<p><a href="#" onclick="window.print()">Print</a></p><div class="body">',
         f"<p>{'<br>'.join(esc(x) for x in TO)}</p>"]
    h += [f"<p>{esc(x)}</p>" for x in INTRO]
    h += ["<h2>Summary of findings</h2>", f"<p>{esc(SUMMARY)}</p>", "<h2>Findings</h2>"]
    for hd, s, f in PRINC:
        h += [f"<h3>{esc(hd)}</h3>", '<table class="findings"><thead><tr><th>Strengths</th>'
              "<th>Areas for improvement</th></tr></thead><tbody><tr>",
              "<td><ul>" + "".join(f"<li>{esc(x)}</li>" for x in s) + "</ul></td>",
              "<td><ul>" + "".join(f"<li>{esc(x)}</li>" for x in f) + "</ul></td>",
              "</tr></tbody></table>"]
    h += ["<h2>Next steps</h2>"] + [f"<p>{esc(x)}</p>" for x in NEXT]
    h += ["<h2>Methodology</h2>", f"<p>{esc(METHOD)}</p>"]
    h += [f"<p>{esc(x)}</p>" for x in SIGN if x]
    h += ["</div></main>", '<footer><ul><li><a href="/accessibility">Accessibility</a></li>'
          '<li><a href="/privacy">Privacy</a></li><li><a href="/contact">Contact us</a></li>'
          "</ul><p>© Crown copyright</p></footer>", "</body></html>"]
    (OUT / f"{NAME}.html").write_text("\n".join(h) + "\n", encoding="utf-8")


# ------------------------------------------------------------------ Word
def write_docx() -> None:
    doc = new_docx(font="Arial", size=11)
    header_text(doc, "Arolygiaeth Gofal Cymru / Care Inspectorate Wales")
    footer_page_numbers(doc, "Welsh Government Office, Sarn Mynach, Llandudno Junction, "
                        "LL31 9RZ")
    add_par(doc, DATE)
    for x in TO:
        add_par(doc, x)
    add_par(doc, TITLE, bold=True)
    for x in INTRO:
        add_par(doc, x)
    doc.add_heading("Summary of findings", level=2)
    add_par(doc, SUMMARY)
    doc.add_heading("Findings", level=2)
    for hd, s, f in PRINC:
        doc.add_heading(hd, level=3)
        tb = doc.add_table(rows=2, cols=2)
        tb.style = "Table Grid"
        for c, x in zip(tb.rows[0].cells, ["Strengths", "Areas for improvement"]):
            cell_text(c, x, bold=True)
            shade(c, "C5E0B3")
        set_repeat_header(tb.rows[0])
        for c, items in zip(tb.rows[1].cells, [s, f]):
            c.paragraphs[0]._p.getparent().remove(c.paragraphs[0]._p)
            for it in items:
                add_par(c, it, style="List Bullet")
        add_par(doc)
    doc.add_heading("Next steps", level=2)
    for x in NEXT:
        add_par(doc, x)
    doc.add_heading("Methodology", level=2)
    add_par(doc, METHOD)
    for x in SIGN:
        add_par(doc, x)
    doc.save(OUT / f"{NAME}.docx")


# ------------------------------------------------------------------ PDF
def write_pdf() -> None:
    st = pdf_styles(10)
    cell = st["cell"].clone("c20a", fontSize=9.5, leading=12.5)
    bul = cell.clone("b20a", leftIndent=9, bulletIndent=0)
    story = [P("<b>Arolygiaeth Gofal Cymru / Care Inspectorate Wales</b>", st["body"]),
             P(DATE, st["body"]), P("<br/>".join(esc(x) for x in TO), st["body"]),
             P(esc(TITLE), st["h1"])]
    story += [P(esc(x), st["body"]) for x in INTRO]
    story += [P("Summary of findings", st["h1"]), P(esc(SUMMARY), st["body"]),
              P("Findings", st["h1"])]
    for hd, s, f in PRINC:
        story.append(P(esc(hd), st["h2"]))
        t = Table([[P("<b>Strengths</b>", cell), P("<b>Areas for improvement</b>", cell)],
                   [[Paragraph(esc(x), bul, bulletText="•") for x in s],
                    [Paragraph(esc(x), bul, bulletText="•") for x in f]]],
                  colWidths=[87 * mm, 87 * mm], repeatRows=1)
        t.setStyle(TableStyle(list(GRID) + [("BACKGROUND", (0, 0), (-1, 0),
                                             colors.HexColor("#C5E0B3"))]))
        story.append(t)
    story += [P("Next steps", st["h1"])] + [P(esc(x), st["body"]) for x in NEXT]
    story += [P("Methodology", st["h1"]), P(esc(METHOD), st["body"])]
    story += [P(esc(x) or "&nbsp;", st["body"]) for x in SIGN]
    build_pdf(OUT / f"{NAME}.pdf", story, f"CIW – {TITLE}", "Care Inspectorate Wales")


if __name__ == "__main__":
    write_md()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["recommendations"]))
