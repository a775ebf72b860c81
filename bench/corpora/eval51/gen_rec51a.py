"""rec51a: a CHILDREN'S COMMISSIONER FOR WALES STYLE SPOTLIGHT REPORT (recommendations kind):
"Spotlight: Young carers – seen, heard and supported", January 2026 (the real Commissioner's
office and its practice of spotlight reports and "calls"; report, quotes and figures
invented).

Layout: a foreword, "About this spotlight", four chapters "1. Being noticed" .. "4. Help for
the whole family", each with findings paragraphs, children's QUOTES (shaded boxes / block
quotes, "– young carer, 14, North Wales": not items) and closing "What needs to change" with
2-4 CALLS TO ACTION under addressee lead-ins "We call on the Welsh Government to:" / "Local
authorities should:" / "Regional Partnership Boards must:", numbered 1-13 through the report;
then an EASY READ SUMMARY repeating every call in plain words beside pictures, unnumbered
(the same calls: counted once); "What happens next" (the Commissioner will follow up: not a
call).
The reading: areas the four chapters without their number, no themes; recommendations the 13
numbered calls, rec_id the printed number, text the call as printed (from its verb), owners
the lead-in above it: Welsh Government WG, local authorities LG, "Regional Partnership
Boards" as named; no activities (findings and quotes are neither).
Forms: .docx (Heading 1 chapters with typed numbers, Heading 2 "What needs to change", bold
lead-ins, the calls ONE numbering.xml decimal list numbering on through the report (the
numbers not in the text), Quote-style quotes, the Easy Read summary a borderless picture |
text table with alt text), .pdf the designed print (running header, page numbers, shaded
quote boxes), .html the Commissioner's publication page (`<ol start>`, `<blockquote>`),
.md pandoc's Markdown from the Word file (`1.  ` / `4.  ` lists, `>` quotes, `![alt](...)`)."""
from __future__ import annotations

import common51 as C
from reportlab.platypus import Image, Spacer, Table, TableStyle

NAME = "rec51a-young-carers-spotlight"
TITLE = "Spotlight: Young carers – seen, heard and supported"
PUBLISHER = "Children's Commissioner for Wales"
LEAD = {"WG": "We call on the Welsh Government to:", "LG": "Local authorities should:",
        "RPB": "Regional Partnership Boards must:"}
OWN = {"WG": ["WG"], "LG": ["LG"], "RPB": ["Regional Partnership Boards"]}
FOREWORD = [
    "Young carers told us they feel invisible. Many look after a parent, brother or sister for "
    "hours every day, and too many reach secondary school before anyone asks how they are.",
    "This spotlight draws on conversations with 146 young carers aged 8 to 18 in every region "
    "of Wales, and on information from all 22 local authorities and the seven Regional "
    "Partnership Boards.",
]
# chapters: (name, findings, quotes, [(lead key, [calls])], easy-read sentences per call)
CHAPTERS = [
    ("Being noticed",
     ["Only 9 of the 22 local authorities could tell us how many young carers they support. "
      "Schools often learn about a child's caring role from the child's friends."],
     [("My teachers didn't know I was looking after my mum until I was in Year 10.",
       "young carer, 14, North Wales")],
     [("WG", ["Make the young carers ID card available in every local authority area by "
              "September 2026."]),
      ("LG", ["Offer every young carer who is identified a carer's needs assessment within 28 "
              "days.",
              "Share information about young carers with their school, with the young "
              "person's agreement."])],
     ["Every young carer should be able to get an ID card.",
      "Councils should talk to every young carer about what help they need within 4 weeks.",
      "Councils should tell your school you are a young carer, if you say yes."]),
    ("Support at school",
     ["Young carers miss more school than other children, and many told us they were "
      "punished for being late when they had been caring."],
     [("I get a detention for being late but I've been getting my brother ready.",
       "young carer, 12, Cardiff")],
     [("WG", ["Include young carers in the statutory guidance on school attendance.",
              "Fund a young carers lead in every secondary school."]),
      ("LG", ["Make sure every school has a named member of staff for young carers."])],
     ["The Welsh Government should change the rules about missing school so they think about "
      "young carers.",
      "The Welsh Government should pay for a young carers lead in every secondary school.",
      "Every school should have one person young carers can talk to."]),
    ("Time for themselves",
     ["Fewer than half of the young carers we met had had a break from caring in the past "
      "year. Where breaks were offered, the waiting lists were long."],
     [("The trip to the beach was the first time I'd had a day off all year.",
       "young carer, 10, Powys"),
      ("I just want to see my friends after school like everyone else.",
       "young carer, 16, Swansea")],
     [("RPB", ["Commission short breaks designed with young carers.",
               "Report each year on how many young carers have had a break."]),
      ("LG", ["Make leisure passes free for young carers and one friend."]),
      ("WG", ["Continue the Short Breaks Scheme for young carers beyond March 2027."])],
     ["Young carers should help plan short breaks.",
      "We want to know how many young carers get a break each year.",
      "Young carers and a friend should get into leisure centres free.",
      "The Welsh Government should keep paying for short breaks after March 2027."]),
    ("Help for the whole family",
     ["When a parent's own care needs are assessed, the children in the family are rarely "
      "asked what they do or how they feel."],
     [("Nobody asked me. They just talked to Mam.", "young carer, 11, Gwent")],
     [("RPB", ["Include young carers in their population needs assessments."]),
      ("LG", ["Offer whole-family support when a parent's care needs are assessed."]),
      ("WG", ["Publish a new national plan for unpaid carers that includes young carers by "
              "2027."])],
     ["Planning for care in each region should count young carers.",
      "When a parent gets help, the whole family should get help too.",
      "The Welsh Government should make a new plan for carers that includes young carers."]),
]
NEXT = ("I will write to the Welsh Government, every local authority and every Regional "
        "Partnership Board asking how they will respond, and I will publish their answers in "
        "my annual report.")
SIGN = "Children's Commissioner for Wales"


def calls():
    """(number, chapter, lead key, text) in reading order."""
    out, n = [], 0
    for ch, _f, _q, groups, _e in CHAPTERS:
        for lead, texts in groups:
            for t in texts:
                n += 1
                out.append((n, ch, lead, t))
    return out


def reading() -> dict:
    return {"kind": "recommendations", "title": TITLE,
            "areas": [{"area": c[0], "theme": None} for c in CHAPTERS],
            "recommendations": [{"rec_id": str(n), "area": ch, "text": t, "owners": OWN[lead]}
                                for n, ch, lead, t in calls()],
            "activities": []}


def easy_read() -> list[str]:
    return [s for c in CHAPTERS for s in c[4]]


def picture(k: int):
    colours = ["#F4B183", "#9DC3E6", "#A9D18E", "#FFD966"]

    def draw(d, w, h):
        d.ellipse((10, 10, w - 10, h - 10), fill=colours[k % 4], outline="black", width=3)
        d.ellipse((w * .35, h * .25, w * .65, h * .55), fill="white", outline="black", width=2)
        d.rectangle((w * .3, h * .6, w * .7, h * .8), fill="white", outline="black", width=2)
    return C.png(f"easy-read-{k}", draw, (120, 120))


def write_md() -> None:
    L = ["---", f"title: \"{TITLE}\"", f"author: {PUBLISHER}", "date: January 2026", "---", ""]
    L += ["# Foreword", ""]
    for x in FOREWORD:
        L += C.wrap(x) + [""]
    L += ["# About this spotlight", ""] + C.wrap(
        "Each chapter ends with what needs to change. Our calls to action are numbered through "
        "the report, and they are repeated in plain words in the Easy Read summary at the end.") + [""]
    by_ch = {}
    for n, ch, lead, t in calls():
        by_ch.setdefault(ch, []).append((n, lead, t))
    for i, (ch, findings, quotes, groups, _e) in enumerate(CHAPTERS, 1):
        L += [f"# {i}. {ch}", ""]
        for x in findings:
            L += C.wrap(x) + [""]
        for q, who in quotes:
            L += C.wrap(f"\u201c{q}\u201d", "> ", "> ") + [">", f"> *– {who}*", ""]
        L += ["## What needs to change", ""]
        items = iter(by_ch[ch])
        for lead, texts in groups:
            L += [f"**{LEAD[lead]}**", ""]
            for _t in texts:
                n, _l, t = next(items)
                pre = f"{n}.  "
                L += C.wrap(t, pre, " " * len(pre)) + [""]
    L += ["# What happens next", ""] + C.wrap(NEXT) + ["", f"*{SIGN}*", ""]
    L += ["# Easy Read summary", "", "## What we want to happen", ""]
    # pandoc's headerless multiline table of the Word picture | text table
    rule = "  " + "-" * 38 + " " + "-" * 40
    L.append(rule)
    for k, s in enumerate(easy_read()):
        pic = f'![](media/image{k + 1}.png){{width="0.98in"}}'
        for j, line in enumerate(C.wrap(s, width=40)):
            L.append("  " + (pic if j == 0 else "").ljust(38) + " " + line)
        L.append("")
    L[-1] = rule
    L.append("")
    (C.OUT / f"{NAME}.md").write_text("\n".join(L), encoding="utf-8")


def write_html() -> None:
    body = [f'<p class="pub-type">Report · <time datetime="2026-01-20">20 January 2026</time></p>',
            f"<h1>{C.esc(TITLE)}</h1>", "<h2>Foreword</h2>"]
    body += [f"<p>{C.esc(x)}</p>" for x in FOREWORD]
    by_ch = {}
    for n, ch, lead, t in calls():
        by_ch.setdefault(ch, []).append((n, lead, t))
    for i, (ch, findings, quotes, groups, _e) in enumerate(CHAPTERS, 1):
        body.append(f'<h2 id="chapter-{i}">{i}. {C.esc(ch)}</h2>')
        body += [f"<p>{C.esc(x)}</p>" for x in findings]
        for q, who in quotes:
            body.append(f'<blockquote class="child-quote"><p>\u201c{C.esc(q)}\u201d</p>'
                        f"<cite>– {C.esc(who)}</cite></blockquote>")
        body.append('<div class="calls-to-action"><h3>What needs to change</h3>')
        items = iter(by_ch[ch])
        for lead, texts in groups:
            first = None
            lis = []
            for _t in texts:
                n, _l, t = next(items)
                first = first or n
                lis.append(f"<li>{C.esc(t)}</li>")
            body.append(f"<p><strong>{C.esc(LEAD[lead])}</strong></p>"
                        f'<ol start="{first}">' + "".join(lis) + "</ol>")
        body.append("</div>")
    body += ["<h2>What happens next</h2>", f"<p>{C.esc(NEXT)}</p>", f"<p><em>{C.esc(SIGN)}</em></p>",
             '<h2>Easy Read summary</h2><h3>What we want to happen</h3><div class="easy-read">']
    for k, s in enumerate(easy_read()):
        body.append(f'<div class="er-row"><img src="/wp-content/uploads/er-{k + 1}.png" '
                    f'alt=""><p>{C.esc(s)}</p></div>')
    body.append("</div>")
    (C.OUT / f"{NAME}.html").write_text(C.page(
        TITLE, PUBLISHER, ["Home", "Resources", "Publications"], body,
        ["About", "Our work", "Investigation and advice", "Resources", "News", "Contact"],
        "Children's Commissioner for Wales, Oystermouth House, Charter Court, Phoenix Way, "
        "Llansamlet, Swansea SA7 9FS"), encoding="utf-8")


def write_docx() -> None:
    from docx.shared import Cm
    doc = C.new_docx(font="Arial", size=12)
    C.header_text(doc, "Spotlight: Young carers")
    C.footer_page_numbers(doc, PUBLISHER)
    doc.add_heading(TITLE, level=0)
    C.add_par(doc, f"{PUBLISHER} – January 2026")
    doc.add_heading("Foreword", level=1)
    for x in FOREWORD:
        C.add_par(doc, x)
    doc.add_heading("About this spotlight", level=1)
    C.add_par(doc, "Each chapter ends with what needs to change. Our calls to action are "
              "numbered through the report, and they are repeated in plain words in the Easy "
              "Read summary at the end.")
    nid = C.new_list(doc, "decimal", "%1.")
    by_ch = {}
    for n, ch, lead, t in calls():
        by_ch.setdefault(ch, []).append((n, lead, t))
    for i, (ch, findings, quotes, groups, _e) in enumerate(CHAPTERS, 1):
        doc.add_heading(f"{i}. {ch}", level=1)
        for x in findings:
            C.add_par(doc, x)
        for q, who in quotes:
            C.add_par(doc, f"\u201c{q}\u201d", style="Quote")
            C.add_par(doc, f"– {who}", style="Quote")
        doc.add_heading("What needs to change", level=2)
        items = iter(by_ch[ch])
        for lead, texts in groups:
            C.add_par(doc, LEAD[lead], bold=True)
            for _t in texts:
                _n, _l, t = next(items)
                C.set_num(C.add_par(doc, t, style="List Paragraph"), nid)
    doc.add_heading("What happens next", level=1)
    C.add_par(doc, NEXT)
    C.add_par(doc, SIGN).runs[0].italic = True
    doc.add_page_break()
    doc.add_heading("Easy Read summary", level=1)
    doc.add_heading("What we want to happen", level=2)
    sents = easy_read()
    tb = doc.add_table(rows=len(sents), cols=2)
    for k, s in enumerate(sents):
        c0, c1 = tb.rows[k].cells
        pic = c0.paragraphs[0].add_run().add_picture(str(picture(k)), width=Cm(2.5))
        C.set_alt(pic, "")
        C.cell_text(c1, s, size=14)
    doc.save(C.OUT / f"{NAME}.docx")


def write_pdf() -> None:
    st = C.pdf_styles(10)
    quote = st["body"].clone("q", fontName="DejaVu-Oblique", fontSize=11, leading=14)
    story = [C.P(PUBLISHER, st["small"]), C.P(C.esc(TITLE), st["title"]),
             C.P("January 2026", st["body"]), C.P("Foreword", st["h1"])]
    story += [C.P(C.esc(x), st["body"]) for x in FOREWORD]
    story += [C.P("About this spotlight", st["h1"]), C.P(
        "Each chapter ends with what needs to change. Our calls to action are numbered through "
        "the report, and they are repeated in plain words in the Easy Read summary at the end.",
        st["body"])]
    by_ch = {}
    for n, ch, lead, t in calls():
        by_ch.setdefault(ch, []).append((n, lead, t))
    for i, (ch, findings, quotes, groups, _e) in enumerate(CHAPTERS, 1):
        story.append(C.P(f"{i}. {C.esc(ch)}", st["title"]))
        story += [C.P(C.esc(x), st["body"]) for x in findings]
        for q, who in quotes:
            t = Table([[C.P(f"\u201c{C.esc(q)}\u201d", quote)], [C.P(f"– {C.esc(who)}", st["small"])]],
                      colWidths=[150 * C.mm])
            t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), C.colors.HexColor("#FCE4D6")),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 8)]))
            story += [Spacer(1, 4), t, Spacer(1, 4)]
        story.append(C.P("What needs to change", st["h1"]))
        items = iter(by_ch[ch])
        for lead, texts in groups:
            story.append(C.P(f"<b>{C.esc(LEAD[lead])}</b>", st["body"]))
            for _t in texts:
                n, _l, t = next(items)
                story.append(C.P(f"{n}.&nbsp;&nbsp;{C.esc(t)}",
                                 st["body"].clone("li", leftIndent=16, firstLineIndent=-12)))
    story += [C.P("What happens next", st["h1"]), C.P(C.esc(NEXT), st["body"]),
              C.P(f"<i>{C.esc(SIGN)}</i>", st["body"])]
    from reportlab.platypus import PageBreak
    story += [PageBreak(), C.P("Easy Read summary", st["title"]),
              C.P("What we want to happen", st["h1"])]
    big = st["body"].clone("er", fontSize=14, leading=18)
    rows = [[Image(str(picture(k)), 22 * C.mm, 22 * C.mm), C.P(C.esc(s), big)]
            for k, s in enumerate(easy_read())]
    t = Table(rows, colWidths=[30 * C.mm, 130 * C.mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story.append(t)
    C.build_pdf(C.OUT / f"{NAME}.pdf", story, f"{PUBLISHER} – Spotlight: Young carers",
                "childcomwales.org.uk")


if __name__ == "__main__":
    write_md()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["recommendations"]))
