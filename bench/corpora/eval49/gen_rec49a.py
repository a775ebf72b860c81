"""rec49a: WLGA COUNCIL NOTICES OF MOTION as adopted (recommendations kind): "WLGA Council,
26 September 2025: Notices of Motion", two motions adopted by WLGA Council (real WLGA Council;
motions, members and wording invented).

Layout: a heading per motion "Notice of Motion 1: Local bus services"; a preamble "Council
notes that:" over bullets and "Council believes that:" over bullets (facts and views, not
items); then "Council resolves to:" over lettered a) - h) (and a) - e) in the second motion,
restarting); "Proposed by: Cllr ... (... Council)" / "Seconded by: ..." lines and "Carried
unanimously" / "Carried (41 for, 3 against, 2 abstentions)".
The reading: areas the two motions' subjects ("Local bus services", "Civility and respect in
public life"; not "Notice of Motion 1:"), no themes; recommendations the resolves items (13),
rec_id the printed letter, text the item as printed (from its verb, without the letter);
owners from the body the item asks: "call on the Welsh Government to ..." WG, "ask the WLGA
Leadership / spokesperson to ..." and what the WLGA Council itself resolves to do ("write to",
"reaffirm") WLGA, "call on all councils to ..." LG, the UK Government and Police and Crime
Commissioners named as is. No activities: the "notes that" bullets are facts, not work done.
Forms: .docx the Council agenda paper (Heading 2 motions, List Bullet preambles, the
resolves a real numbering.xml lowerLetter "%1)" list restarted per motion), .pdf printed from
Word, .html the WLGA meeting page (`<ol type="a">`), .txt Word's plain text ("a)<TAB>")."""
from __future__ import annotations

import common49 as C

NAME = "rec49a-wlga-council-motions"
TITLE = "WLGA Council, 26 September 2025: Notices of Motion"
MOTIONS = [
    ("Local bus services",
     ["bus passenger numbers in Wales remain 18% below their 2019 level;",
      "councils spent £31 million of their own funds supporting local bus routes in 2024-25;",
      "the Bus Services (Wales) Bill will introduce franchising region by region from 2027."],
     ["local bus services are a lifeline for rural communities, older people and young people;",
      "franchising can only succeed if the transition is properly funded."],
     [("call on the Welsh Government to confirm a three-year settlement for the Bus Network "
       "Grant from April 2026;", ["WG"]),
      ("call on the Welsh Government to meet the full cost to councils of the transition to "
       "bus franchising in each region;", ["WG"]),
      ("ask the WLGA Leadership to make the case for fair funding of concessionary fares at "
       "the Partnership Council for Wales;", ["WLGA"]),
      ("ask the WLGA Leadership to work with Transport for Wales on a published timetable for "
       "regional franchising;", ["WLGA"]),
      ("call on all councils to publish a local bus network plan by March 2026;", ["LG"]),
      ("call on the UK Government to devolve the Bus Service Operators Grant in full;",
       ["UK Government"]),
      ("write to the Cabinet Secretary for Transport setting out this resolution;",
       ["WLGA"]),
      ("ask the WLGA spokesperson for transport to report progress to Council in March 2026.",
       ["WLGA"])],
     "Cllr Ceri Davies (Powys County Council)", "Cllr Alun Hughes (Gwynedd Council)",
     "Carried unanimously."),
    ("Civility and respect in public life",
     ["a WLGA survey found that 71% of councillors had experienced abuse or intimidation;",
      "the Debate Not Hate campaign has been supported by all 22 councils."],
     ["abuse of elected members deters people from standing for election;",
      "everyone in public life shares a responsibility to model respectful debate."],
     [("reaffirm the WLGA's commitment to the Debate Not Hate campaign;", ["WLGA"]),
      ("call on all councils to adopt the civility and respect pledge by December 2025;",
       ["LG"]),
      ("call on the Welsh Government to fund a personal safety support scheme for "
       "councillors;", ["WG"]),
      ("call on the Welsh Government and Police and Crime Commissioners to agree a protocol "
       "for reporting abuse of elected members;", ["WG", "Police and Crime Commissioners"]),
      ("ask the WLGA Leadership to review the support offered to councillors who experience "
       "abuse and report to Council in 2026.", ["WLGA"])],
     "Cllr Sarah Morgan (Cardiff Council)", "Cllr Rhys Evans (Conwy County Borough Council)",
     "Carried (41 for, 3 against, 2 abstentions)."),
]
LETTERS = "abcdefghijklmnopqrstuvwxyz"
INTRO = ("The following notices of motion were received in accordance with Standing Order 12 "
         "and were debated and adopted by WLGA Council at its meeting on 26 September 2025.")


def reading() -> dict:
    recs = []
    for subject, _n, _b, items, *_ in MOTIONS:
        for k, (text, owners) in enumerate(items):
            recs.append({"rec_id": LETTERS[k], "area": subject, "text": text,
                         "owners": owners})
    return {"kind": "recommendations", "title": TITLE,
            "areas": [{"area": m[0], "theme": None} for m in MOTIONS],
            "recommendations": recs, "activities": []}


def write_txt() -> None:
    lines = ["Welsh Local Government Association", "", "WLGA COUNCIL", "26 September 2025",
             "", "Item 9", "", TITLE, "", INTRO, ""]
    for n, (subject, notes, beliefs, items, prop, sec, res) in enumerate(MOTIONS, 1):
        lines += [f"Notice of Motion {n}: {subject}", "", "Council notes that:"]
        lines += [f"·\t{x}" for x in notes]
        lines += ["", "Council believes that:"] + [f"·\t{x}" for x in beliefs]
        lines += ["", "Council resolves to:"]
        lines += [f"{LETTERS[k]})\t{t}" for k, (t, _o) in enumerate(items)]
        lines += ["", f"Proposed by: {prop}", f"Seconded by: {sec}", "", f"Outcome: {res}", ""]
    lines += ["Contact: Democratic Services, WLGA", "Tel: 029 2046 8600"]
    (C.OUT / f"{NAME}.txt").write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")


def write_html() -> None:
    body = ['<div class="meeting-meta"><dl><dt>Meeting</dt><dd>WLGA Council</dd><dt>Date</dt>'
            '<dd><time datetime="2025-09-26">26 September 2025</time></dd><dt>Item</dt>'
            "<dd>9</dd></dl></div>", f"<h1>{C.esc(TITLE)}</h1>", f"<p>{C.esc(INTRO)}</p>"]
    for n, (subject, notes, beliefs, items, prop, sec, res) in enumerate(MOTIONS, 1):
        body.append(f"<h2>Notice of Motion {n}: {C.esc(subject)}</h2>")
        body.append("<p><strong>Council notes that:</strong></p><ul>"
                    + "".join(f"<li>{C.esc(x)}</li>" for x in notes) + "</ul>")
        body.append("<p><strong>Council believes that:</strong></p><ul>"
                    + "".join(f"<li>{C.esc(x)}</li>" for x in beliefs) + "</ul>")
        body.append('<p><strong>Council resolves to:</strong></p><ol type="a">'
                    + "".join(f"<li>{C.esc(t)}</li>" for t, _o in items) + "</ol>")
        body.append(f'<p class="mover">Proposed by: {C.esc(prop)}<br>Seconded by: '
                    f"{C.esc(sec)}</p><p><em>{C.esc(res)}</em></p>")
    (C.OUT / f"{NAME}.html").write_text(C.page(
        TITLE, "WLGA", ["Home", "Meetings", "WLGA Council", "26 September 2025"], body,
        ["About us", "Our work", "Meetings", "Publications", "News", "Contact"],
        "Welsh Local Government Association, One Canal Parade, Dumballs Road, Cardiff CF10 5BF"),
        encoding="utf-8")


def write_docx() -> None:
    doc = C.new_docx(font="Arial", size=11)
    C.header_text(doc, "WLGA COUNCIL – 26 SEPTEMBER 2025 – ITEM 9")
    C.footer_page_numbers(doc, "Welsh Local Government Association")
    aid = C.letter_abstract(doc, fmt="lowerLetter", text="%1)")
    C.add_par(doc, "Welsh Local Government Association", bold=True)
    doc.add_heading(TITLE, level=1)
    C.add_par(doc, INTRO)
    for n, (subject, notes, beliefs, items, prop, sec, res) in enumerate(MOTIONS, 1):
        doc.add_heading(f"Notice of Motion {n}: {subject}", level=2)
        C.add_par(doc, "Council notes that:", bold=True)
        for x in notes:
            C.add_par(doc, x, style="List Bullet")
        C.add_par(doc, "Council believes that:", bold=True)
        for x in beliefs:
            C.add_par(doc, x, style="List Bullet")
        C.add_par(doc, "Council resolves to:", bold=True)
        nid = C.restarted_num(doc, aid)
        for t, _o in items:
            from chrome30 import numbered
            numbered(C.add_par(doc, t, style="List Paragraph"), nid)
        C.add_par(doc, f"Proposed by: {prop}")
        C.add_par(doc, f"Seconded by: {sec}")
        p = C.add_par(doc, res)
        p.runs[0].italic = True
    C.add_par(doc, "Contact: Democratic Services, WLGA – Tel: 029 2046 8600")
    doc.save(C.OUT / f"{NAME}.docx")


def write_pdf() -> None:
    st = C.pdf_styles(10)
    story = [C.P("<b>Welsh Local Government Association</b>", st["body"]),
             C.P(C.esc(TITLE), st["title"]), C.P(C.esc(INTRO), st["body"])]
    for n, (subject, notes, beliefs, items, prop, sec, res) in enumerate(MOTIONS, 1):
        story.append(C.P(f"Notice of Motion {n}: {C.esc(subject)}", st["h1"]))
        story.append(C.P("<b>Council notes that:</b>", st["body"]))
        story += [C.P("•&nbsp;&nbsp;" + C.esc(x), st["body"]) for x in notes]
        story.append(C.P("<b>Council believes that:</b>", st["body"]))
        story += [C.P("•&nbsp;&nbsp;" + C.esc(x), st["body"]) for x in beliefs]
        story.append(C.P("<b>Council resolves to:</b>", st["body"]))
        story += [C.P(f"{LETTERS[k]})&nbsp;&nbsp;&nbsp;{C.esc(t)}", st["body"])
                  for k, (t, _o) in enumerate(items)]
        story += [C.P(f"Proposed by: {C.esc(prop)}<br/>Seconded by: {C.esc(sec)}", st["body"]),
                  C.P(f"<i>{C.esc(res)}</i>", st["body"])]
    story.append(C.P("Contact: Democratic Services, WLGA – Tel: 029 2046 8600", st["small"]))
    C.build_pdf(C.OUT / f"{NAME}.pdf", story, "WLGA COUNCIL – 26 SEPTEMBER 2025 – ITEM 9",
                "Welsh Local Government Association")


if __name__ == "__main__":
    write_txt()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["recommendations"]))
