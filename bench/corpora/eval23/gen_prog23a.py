"""prog23a: a WLGA programme update in the SHIPPED STYLE (numbered sections, one bullet per
item opening with a bold label) whose WORD FILE IS STILL IN REVIEW: tracked changes not yet
accepted (w:ins / w:del runs, one status change typed over the old one, one deleted bullet,
a bullet MOVED from section 4 to section 5 with w:moveFrom / w:moveTo), reviewers' COMMENTS
(w:commentRangeStart .. w:commentReference, comments.xml), CONTENT CONTROLS as a template has
them (w:sdt around the date paragraph and around one row of the funding table) and a TEXT
BOX (VML w:txbxContent) holding the "Key message".

WLGA Climate Change Support Programme (real programme, funded by the Welsh Government;
content invented), "Climate Change Support Programme: progress update, Quarter 2 2025-26",
for the WLGA Climate Change Member Group, 20 November 2025.

The careful reading is the document as Word shows it with all changes accepted ("Simple
Markup"): inserted text in, deleted text (and the deleted bullet) out, the moved bullet in
its new place only, comments not part of the text. Forms:
- .docx: the file under review (above);
- .html: the WLGA website's copy of the accepted text (cookie banner, navigation, footer);
- .pdf: the accepted text printed from Word (the key message as a shaded box);
- .txt: the accepted text as Word's "Save as plain text" gives it (CRLF, "•" and a tab
  for bullets, the table's cells tab-separated).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)

from docx.oxml import parse_xml
from gen_common import (GRID, OUT, OxmlElement, P, add_par, build_pdf, colors, esc,
                        footer_page_numbers, header_text, mm, new_docx, pdf_styles, qn,
                        shade, cell_text)
from reportlab.platypus import Table, TableStyle

NAME = "prog23a-tracked-changes-update"
TITLE = "Climate Change Support Programme: progress update, Quarter 2 2025-26"
DATE_TXT = "20 November 2025"
FOR = "Report to the WLGA Climate Change Member Group"
KEY = ("Key message: 18 councils have now decarbonised 70 buildings with Low Carbon Heat "
       "Capital Grant support, but the 2030 target needs sustained capital investment.")
INTRO = ("1. This report updates members on the Climate Change Support Programme at the end "
         "of Quarter 2 (July to September 2025). The programme is funded by the Welsh "
         "Government and works with all 22 councils.")
PRIS = ["Buildings and energy", "Fleet and transport", "Procurement and supply chains"]
PRI_INTRO = "2. The programme's three priorities for 2025-26 are:"
# segments: ("n", text) normal, ("i", text) inserted, ("d", text) deleted
# section -> list of (label, segments, status, quarter, partners, kind)
# kind: None plain; "deleted" whole bullet deleted; "moved_from"/"moved_to"; "comment:<text>"
SECS = [
    ("3", "Buildings and energy", [
        ("Heat decarbonisation plans", [("n", "costed heat decarbonisation plans for "
          "council buildings have been completed by 16 councils; the remaining six are due "
          "by the end of quarter three.")], "in progress", "2025-26 Q3", [], None),
        ("Low carbon heat", [("n", "the second round of the Low Carbon Heat Capital Grant "
          "has funded heat pumps in 24 buildings; installation "),
          ("d", "is on track for quarter three."),
          ("i", "has been delayed to quarter four by a shortage of installers and is a risk "
           "to the year's programme.")], "at risk", "2025-26 Q4", [],
         "comment:Can we say how many of the 24 are schools?"),
        ("Solar on schools", [("n", "a framework for rooftop solar on schools was "
          "procured with Ynni Cymru and was completed in quarter two.")], "done",
         "2025-26 Q2", ["Ynni Cymru"], None),
        ("Energy data", [("n", "a shared energy data platform will be scoped in quarter "
          "four.")], None, None, [], "deleted"),
    ]),
    ("4", "Fleet and transport", [
        ("Fleet transition plans", [("n", "fleet transition plans have been reviewed with "
          "the Energy Saving Trust in 12 councils and the rest will follow in quarter "
          "three.")], "in progress", "2025-26 Q3", ["Energy Saving Trust"], None),
        ("Charging for council fleets", [("n", "a joint bid for depot charging "
          "infrastructure "), ("d", "will be submitted"), ("i", "was submitted to the "
          "Welsh Government"), ("n", " in quarter two.")], "done", "2025-26 Q2", [], None),
        ("Supplier carbon data", [("n", "a common question set on suppliers' carbon "
          "emissions is being tested with the Welsh Government's Commercial Delivery team "
          "and will be ready in quarter four.")], "in progress", "2025-26 Q4", [],
         "moved_from"),
    ]),
    ("5", "Procurement and supply chains", [
        ("Supplier carbon data", [("n", "a common question set on suppliers' carbon "
          "emissions is being tested with the Welsh Government's Commercial Delivery team "
          "and will be ready in quarter four.")], "in progress", "2025-26 Q4", [],
         "moved_to"),
        ("Carbon in contracts", [("n", "training for procurement officers on carbon "
          "reduction clauses is scheduled for quarter four and will be run with "),
          ("i", "Cwmpas and "), ("n", "Academi Wales.")], "planned", "2025-26 Q4",
         ["Academi Wales", "Cwmpas"], "comment:Cwmpas confirmed by e-mail on 12 Nov."),
    ]),
]
FUNDING_INTRO = ("6. The programme's funding from the Welsh Government for 2025-26 is set out "
                 "below.")
FUNDS = [("Climate Change Support Programme grant", "£450,000"),
         ("Low Carbon Heat Capital Grant", "£60,000")]
RECOMMEND = "7. Members are asked to note the progress made in Quarter 2."
ACCEPTED_KINDS = (None, "moved_to")


def accepted(segs) -> str:
    return "".join(t for k, t in segs if k in ("n", "i"))


def live_items():
    for num, _h, items in SECS:
        for it in items:
            kind = it[5]
            if kind in ("deleted", "moved_from"):
                continue
            yield num, it


def reading() -> dict:
    items, count = [], {}
    for num, (label, segs, status, q, pa, _k) in live_items():
        count[num] = count.get(num, 0) + 1
        items.append({"ref": f"{num}.{count[num]}", "section": num,
                      "text": f"{label}: {accepted(segs)}", "status": status, "quarter": q,
                      "partners": pa})
    return {"kind": "programme", "title": TITLE, "date": "2025-11-20", "priorities": PRIS,
            "items": items,
            "grants": [{"grant": "Climate Change Support Programme grant",
                        "amount_gbp": 450000, "financial_year": "2025-26"},
                       {"grant": "Low Carbon Heat Capital Grant", "amount_gbp": 60000,
                        "financial_year": "2025-26"}]}


# ------------------------------------------------------------------ text forms
def write_txt() -> None:
    out = [TITLE, "", FOR, DATE_TXT, "", KEY, "", INTRO, "", PRI_INTRO, ""]
    out += [f"•\t{p}" for p in PRIS] + [""]
    for num, head, items in SECS:
        out += [f"{num}. {head}", ""]
        for it in items:
            if it[5] in ("deleted", "moved_from"):
                continue
            out.append(f"•\t{it[0]}: {accepted(it[1])}")
        out.append("")
    out += [FUNDING_INTRO, "", "Grant\tAllocation 2025-26"]
    out += [f"{g}\t{a}" for g, a in FUNDS] + ["", RECOMMEND]
    (OUT / f"{NAME}.txt").write_text("\r\n".join(out) + "\r\n", encoding="utf-8")


def write_html() -> None:
    h = ["<!DOCTYPE html>", '<html lang="en-GB"><head><meta charset="utf-8">',
         f"<title>{esc(TITLE)} | WLGA</title></head><body>",
         '<div class="cookie-banner"><p>This site uses cookies.</p><button>Accept</button>'
         '</div><header><a href="/">WLGA</a><nav><ul><li><a href="/climate-change">Climate '
         'change</a></li><li><a href="/news">News</a></li></ul></nav></header><main>',
         f"<h1>{esc(TITLE)}</h1>", f"<p>{esc(FOR)}<br>{esc(DATE_TXT)}</p>",
         f'<div class="callout"><p><strong>{esc(KEY)}</strong></p></div>',
         f"<p>{esc(INTRO)}</p>", f"<p>{esc(PRI_INTRO)}</p>",
         "<ul>" + "".join(f"<li>{esc(p)}</li>" for p in PRIS) + "</ul>"]
    for num, head, items in SECS:
        h.append(f"<h2>{num}. {esc(head)}</h2><ul>")
        for it in items:
            if it[5] in ("deleted", "moved_from"):
                continue
            h.append(f"<li><strong>{esc(it[0])}:</strong> {esc(accepted(it[1]))}</li>")
        h.append("</ul>")
    h += [f"<p>{esc(FUNDING_INTRO)}</p>", "<table><tr><th>Grant</th><th>Allocation 2025-26"
          "</th></tr>"] + [f"<tr><td>{esc(g)}</td><td>{a}</td></tr>" for g, a in FUNDS]
    h += ["</table>", f"<p>{esc(RECOMMEND)}</p></main>", "<footer><p>Welsh Local Government "
          "Association, One Canal Parade, Cardiff</p></footer></body></html>"]
    (OUT / f"{NAME}.html").write_text("\n".join(h) + "\n", encoding="utf-8")


def write_pdf() -> None:
    st = pdf_styles(10)
    story = [P("Welsh Local Government Association", st["body"]), P(esc(TITLE), st["title"]),
             P(esc(FOR), st["body"]), P(esc(DATE_TXT), st["body"])]
    box = Table([[P(f"<b>{esc(KEY)}</b>", st["body"])]], colWidths=[170 * mm])
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#E2EFDA")),
                             ("BOX", (0, 0), (-1, -1), 1, colors.HexColor("#548235"))]))
    story += [box, P(esc(INTRO), st["body"]), P(esc(PRI_INTRO), st["body"])]
    story += [P(f"•  {esc(p)}", st["body"]) for p in PRIS]
    for num, head, items in SECS:
        story.append(P(f"{num}. {esc(head)}", st["h1"]))
        for it in items:
            if it[5] in ("deleted", "moved_from"):
                continue
            story.append(P(f"•  <b>{esc(it[0])}:</b> {esc(accepted(it[1]))}", st["body"]))
    story.append(P(esc(FUNDING_INTRO), st["body"]))
    t = Table([[P("<b>Grant</b>", st["cell"]), P("<b>Allocation 2025-26</b>", st["cell"])]]
              + [[P(esc(g), st["cell"]), P(a, st["cell"])] for g, a in FUNDS],
              colWidths=[110 * mm, 50 * mm])
    t.setStyle(TableStyle(GRID))
    story += [t, P(esc(RECOMMEND), st["body"])]
    build_pdf(OUT / f"{NAME}.pdf", story, "WLGA Climate Change Support Programme",
              f"Climate Change Member Group, {DATE_TXT}")


# ------------------------------------------------------------------ Word under review
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_id = [100]


def nid() -> str:
    _id[0] += 1
    return str(_id[0])


def attrs(author="Rhian Evans") -> str:
    return f'w:id="{nid()}" w:author="{author}" w:date="2025-11-14T10:{_id[0] % 60:02d}:00Z"'


def run_xml(text, bold=False, deleted=False) -> str:
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    tag = "w:delText" if deleted else "w:t"
    return f'<w:r>{rpr}<{tag} xml:space="preserve">{esc(text, quote=False)}</{tag}></w:r>'


def seg_xml(segs) -> str:
    out = []
    for k, t in segs:
        if k == "n":
            out.append(run_xml(t))
        elif k == "i":
            out.append(f"<w:ins {attrs()}>{run_xml(t)}</w:ins>")
        else:
            out.append(f"<w:del {attrs()}>{run_xml(t, deleted=True)}</w:del>")
    return "".join(out)


def bullet_p(doc, label, segs, kind):
    p = doc.add_paragraph(style="List Bullet")
    body = run_xml(label + ": ", bold=True) + seg_xml(segs)
    mark = ""
    if kind == "deleted":
        body = (f"<w:del {attrs()}>" + run_xml(label + ": ", bold=True, deleted=True)
                + "".join(run_xml(t, deleted=True) for _k, t in segs) + "</w:del>")
        mark = f"<w:del {attrs()}/>"
    elif kind in ("moved_from", "moved_to"):
        tag = "moveFrom" if kind == "moved_from" else "moveTo"
        deleted = False  # (Word keeps moved-from text in w:t, not w:delText, inside w:moveFrom)
        inner = run_xml(label + ": ", bold=True, deleted=deleted) + "".join(
            run_xml(t, deleted=deleted) for _k, t in segs)
        rid = "1" if kind == "moved_from" else "2"
        body = (f'<w:{tag}RangeStart w:id="{rid}{nid()}" w:author="Rhian Evans" '
                f'w:date="2025-11-14T11:00:00Z" w:name="move_supplier"/>'
                f"<w:{tag} {attrs()}>{inner}</w:{tag}>"
                f'<w:{tag}RangeEnd w:id="{rid}{_id[0] - 1}"/>')
        mark = f"<w:{tag} {attrs()}/>"
    frag = parse_xml(f"<w:p {W}>{body}</w:p>")
    for child in list(frag):
        p._p.append(child)
    if mark:
        ppr = p._p.get_or_add_pPr()
        rpr = ppr.find(qn("w:rPr"))
        if rpr is None:
            rpr = OxmlElement("w:rPr")
            ppr.append(rpr)
        rpr.append(parse_xml(mark.replace("<w:", f"<w:", 1).replace("/>", f" {W}/>", 1)))
    return p


def sdt_wrap(el, tag: str, alias: str) -> None:
    sdt = parse_xml(f'<w:sdt {W}><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{tag}"/>'
                    f'<w:id w:val="{nid()}"/></w:sdtPr><w:sdtContent/></w:sdt>')
    el.addprevious(sdt)
    sdt.find(qn("w:sdtContent")).append(el)


def text_box(doc, text: str) -> None:
    p = doc.add_paragraph()
    xml = (f'<w:r {W} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict>'
           '<v:shape id="KeyMessage" type="#_x0000_t202" style="width:430pt;height:48pt" '
           'fillcolor="#E2EFDA"><v:textbox><w:txbxContent>'
           f'<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{esc(text, quote=False)}'
           '</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    p._p.append(parse_xml(xml))


def write_docx() -> None:
    doc = new_docx(font="Arial", size=11)
    header_text(doc, "WLGA Climate Change Support Programme")
    footer_page_numbers(doc, f"Climate Change Member Group, {DATE_TXT}")
    doc.add_heading(TITLE, level=1)
    add_par(doc, FOR)
    dp = add_par(doc, DATE_TXT)
    sdt_wrap(dp._p, "MeetingDate", "Date of meeting")
    text_box(doc, KEY)
    add_par(doc, INTRO)
    add_par(doc, PRI_INTRO)
    for pr in PRIS:
        doc.add_paragraph(pr, style="List Bullet")
    for num, head, items in SECS:
        doc.add_heading(f"{num}. {head}", level=2)
        for label, segs, _s, _q, _pa, kind in items:
            k = kind if kind in ("deleted", "moved_from", "moved_to") else None
            p = bullet_p(doc, label, segs, k)
            if kind and kind.startswith("comment:"):
                runs = [r for r in p.runs]
                doc.add_comment(runs[1:] or runs, text=kind[8:], author="Huw Jones",
                                initials="HJ")
    add_par(doc, FUNDING_INTRO)
    tb = doc.add_table(rows=1, cols=2)
    tb.style = "Table Grid"
    for c, x in zip(tb.rows[0].cells, ["Grant", "Allocation 2025-26"]):
        cell_text(c, x, bold=True)
        shade(c, "D9E2F3")
    for g, a in FUNDS:
        cells = tb.add_row().cells
        cell_text(cells[0], g)
        cell_text(cells[1], a)
    sdt_wrap(tb.rows[1]._tr, "GrantRow", "Grant")
    add_par(doc, RECOMMEND)
    doc.save(OUT / f"{NAME}.docx")


if __name__ == "__main__":
    write_txt()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["items"]))
