"""prog28a: the Senedd's RECORD OF PROCEEDINGS of an ORAL STATEMENT in Plenary on a
programme's progress: the meeting's header and contents list, the Llywydd's call, the
Cabinet Secretary's statement (prose, speaker turns, timestamps), Members' questions and
the answers. No headings inside the item, no tables, no lists: the items are the
commitments and results a careful reader lists from the statement AND the answers, one
sentence each; the grants the £ amounts announced as funding for a year.

Senedd Cymru / Welsh Parliament (the Record's layout real, after record.senedd.wales,
e.g. Plenary 03/02/2026 "Statement by the Cabinet Secretary for Housing and Local
Government: More Homes"); the Cabinet Secretary "Rhian Morgan", the Members and all the
content invented; the programme's name is the real Transitional Accommodation Capital
Programme's, its figures invented.
Forms: .txt copied from the web page (speaker lines, timestamps on their own line);
.html the Record's page (language switch, contents list, speaker cards with photos,
"Translated" notes, footer); .docx the Record's Word download (speaker names as bold
run-ins); .pdf the Record's PDF print (two pages).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)

from gen_common import (OUT, P, add_par, build_pdf, esc, footer_page_numbers, header_text,
                        new_docx, pdf_styles)

NAME = "prog28a-senedd-oral-statement-record"
ITEM = ("Statement by the Cabinet Secretary for Housing and Local Government: "
        "Transitional Accommodation Capital Programme")
DATE = "10/03/2026"
CONTENTS = ["Statement by the Llywydd", "1. Questions to the First Minister",
            "2. Business Statement and Announcement", "3. " + ITEM,
            "4. The Non-Domestic Rating (Multipliers) (Wales) Regulations 2026",
            "5. Debate on the Local Government Settlement 2026-27", "6. Voting Time"]
CS = "The Cabinet Secretary for Housing and Local Government"
CSN = "Rhian Morgan"
# items: (key, sentence, status, quarter, partners)
IT = {
    "A": ("In the last 12 months, the programme has brought 1,150 homes back into use across "
          "20 local authorities, from empty flats above shops to long-term empty council "
          "properties.", "done", None, []),
    "B": ("The modular homes on the former school site in Glanmor town were completed in "
          "January, and the first 24 families moved in during February.", "done",
          "2025-26 Q4", []),
    "C": ("Two schemes in the north of Glanmor have been delayed by problems connecting to "
          "the electricity grid, and we now expect them to be complete by August 2026, seven "
          "months later than planned.", "at risk", "2026-27 Q2", []),
    "D": ("We will publish revised guidance on leasing empty homes by the end of June 2026.",
          "planned", "2026-27 Q1", []),
    "E": ("We will also extend Leasing Scheme Wales to all 22 local authorities by the end of "
          "September 2026.", "planned", "2026-27 Q2", []),
    "F": ("I have asked my officials to work with the WLGA, Community Housing Cymru and "
          "Audit Wales to review how void properties are brought back into use, and to "
          "report to me by December 2026.", "planned", "2026-27 Q3",
          ["WLGA", "Community Housing Cymru", "Audit Wales"]),
    "G": ("I can confirm that officials will write to every local authority by the end of "
          "April 2026 with its indicative allocation for 2026-27.", "planned", "2026-27 Q1",
          []),
    "H": ("The independent evaluation of the programme is under way and will be published "
          "in May 2026.", "in progress", "2026-27 Q1", []),
    "I": ("Data Cymru is building a dashboard of temporary accommodation data for every "
          "council, which will go live by October 2026.", "in progress", "2026-27 Q3",
          ["Data Cymru"]),
}
# speeches: (time, speaker, role, translated, [paragraphs]); "{X}" is item X's sentence
SPEECH = [
    ("14:41", "The Llywydd / Y Llywydd", None, False, [
        "Item 3 this afternoon is a statement by the Cabinet Secretary for Housing and Local "
        "Government on the Transitional Accommodation Capital Programme. I call on the "
        "Cabinet Secretary, Rhian Morgan."]),
    (None, CSN, CS, False, [
        "Diolch, Llywydd. I am grateful for the opportunity to update Members on the "
        "Transitional Accommodation Capital Programme, which we launched in 2022 to help "
        "local authorities and their partners move people out of temporary accommodation "
        "and into good-quality, longer term homes more quickly.",
        "I am pleased to announce today that we will invest a further £25 million through "
        "the programme in 2026-27. Alongside it, the Housing Support Grant will be £220 "
        "million in 2026-27, protecting the prevention services on which so many of our "
        "councils rely.",
        "{A} That is more than we set out to achieve when I last updated Members in "
        "September.",
        "{B} I met some of those families last week, and I want to thank Glanmor County "
        "Borough Council for the pace at which it has worked.",
        "Not every scheme has gone to plan. {C}",
        "Looking ahead, Llywydd, there are three things I want to set out. {D} {E} {F}",
        "There are still more than 11,000 people in temporary accommodation in Wales, and "
        "I do not underestimate the task ahead. But this programme shows what councils, "
        "housing associations and the Government can do together. I commend this statement "
        "to the Senedd."]),
    ("14:49", "Gareth Price", None, False, [
        "Thank you, Cabinet Secretary, for your statement. Councils in my region tell me "
        "that last year's allocations arrived in June, too late to plan schemes that "
        "could be finished within the financial year. Some of them handed money back. Will "
        "you commit today to telling councils their allocations earlier this year? And "
        "when will we see the evaluation of the programme that was promised last year?"]),
    (None, CSN, CS, False, [
        "I thank Gareth Price for those questions, and I recognise the point about timing. "
        "{G} No council handed money back last year; some schemes were re-profiled into "
        "this year, which is not the same thing.",
        "The Member also asked about the evaluation. {H}"]),
    ("14:55", "Sioned Evans", None, True, [
        "Thank you, Llywydd. Cabinet Secretary, we don't know how many people are in "
        "temporary accommodation in each county from week to week. How will you make sure "
        "that the data is up to date?"]),
    (None, CSN, CS, True, [
        "Thank you, Sioned, and you're right that the data has been too slow. {I} Members "
        "will be able to see it too."]),
    ("14:58", "The Llywydd / Y Llywydd", None, False, ["Thank you, Cabinet Secretary."]),
]


def fill(par: str) -> str:
    for k, (s, *_r) in IT.items():
        par = par.replace("{" + k + "}", s)
    return par


def reading() -> dict:
    # The Record's item is the programme update: its heading is the title, its subject
    # the one priority (the statement has no headings), every item in section 1.
    items = [{"ref": str(n), "section": "1", "text": s, "status": st, "quarter": q,
              "partners": pa} for n, (s, st, q, pa) in enumerate(IT.values(), 1)]
    return {"kind": "programme", "title": ITEM, "date": "2026-03-10",
            "priorities": ["Transitional Accommodation Capital Programme"], "items": items,
            "grants": [
                {"grant": "Transitional Accommodation Capital Programme",
                 "amount_gbp": 25000000, "financial_year": "2026-27"},
                {"grant": "Housing Support Grant", "amount_gbp": 220000000,
                 "financial_year": "2026-27"}]}


def write_txt() -> None:
    out = ["Y Cyfarfod Llawn", "Plenary", "", DATE, "", "Cynnwys", "Contents", ""]
    out += CONTENTS + ["",
                       "In the bilingual version, the left-hand column includes the language "
                       "used during the meeting. The right-hand column includes a translation "
                       "of those speeches.", "",
                       "The Senedd met in the Chamber and by video-conference at 13:30 with "
                       "the Llywydd in the Chair.", "", "3. " + ITEM, ""]
    for time, who, role, tr, pars in SPEECH:
        if time:
            out += [time, ""]
        out += [who + (f" ({role})" if role else ""), ""]
        for p in pars:
            out += [fill(p) + (" [Translated]" if tr else ""), ""]
    (OUT / f"{NAME}.txt").write_text("\n".join(out), encoding="utf-8")


def write_html() -> None:
    h = ["<!DOCTYPE html>", '<html lang="en-GB"><head><meta charset="utf-8">',
         f"<title>Plenary {DATE} - Welsh Parliament</title></head><body>",
         '<div class="cookie-banner"><p>We use cookies on this website.</p><a href="#">'
         'Accept</a> <a href="#">Cookie settings</a></div>',
         '<header><a class="logo" href="https://senedd.wales">Senedd Cymru | Welsh Parliament'
         '</a><a class="lang" href="?lang=cy-GB">Cymraeg</a><nav><ul><li><a href="#">Business'
         '</a></li><li><a href="#">Record of Proceedings</a></li><li><a href="#">Members of '
         'the Senedd</a></li></ul></nav></header>',
         '<main><div class="record-header"><h1><span lang="cy">Y Cyfarfod Llawn</span> '
         'Plenary</h1>', f'<p class="date">{DATE}</p>',
         '<div class="bilingual-toggle"><a href="#">English</a> | <a href="#">Bilingual</a>'
         ' | <a href="#">Cymraeg</a></div></div>',
         '<nav class="contents"><h2><span lang="cy">Cynnwys</span> Contents</h2><ul>']
    h += [f'<li><a href="#A{n}">{esc(c)}</a></li>' for n, c in enumerate(CONTENTS)]
    h += ["</ul></nav>", '<p class="note">The Senedd met in the Chamber and by video-'
          'conference at 13:30 with the Llywydd in the Chair.</p>',
          f'<h2 id="A3" class="item-title">3. {esc(ITEM)}</h2>']
    for time, who, role, tr, pars in SPEECH:
        if time:
            h.append(f'<div class="timestamp"><time>{time}</time></div>')
        h.append('<div class="contribution"><div class="speaker"><img src="/photo.jpg" '
                 f'alt="Photo of {esc(who)}"><a href="#" class="name">{esc(who)}</a>'
                 + (f'<span class="role">{esc(role)}</span>' if role else "") + "</div>"
                 '<div class="speech">')
        for p in pars:
            h.append(f"<p>{esc(fill(p))}</p>")
        if tr:
            h.append('<p class="translated"><em>[Translated]</em></p>')
        h.append('<a class="share" href="#">Share this contribution</a></div></div>')
    h += ["</main>", '<footer><ul><li><a href="#">Accessibility</a></li><li><a href="#">'
          'Privacy</a></li><li><a href="#">Contact us</a></li></ul><p>Welsh Parliament, '
          'Cardiff Bay, Cardiff, CF99 1SN</p></footer></body></html>']
    (OUT / f"{NAME}.html").write_text("\n".join(h) + "\n", encoding="utf-8")


def write_docx() -> None:
    doc = new_docx(font="Arial", size=11)
    header_text(doc, f"Record of Proceedings – Plenary – {DATE}")
    footer_page_numbers(doc, "Welsh Parliament")
    add_par(doc, "Y Cyfarfod Llawn", bold=True)
    add_par(doc, "Plenary", bold=True, size=16)
    add_par(doc, DATE)
    add_par(doc, "Contents", bold=True)
    for c in CONTENTS:
        add_par(doc, c)
    doc.add_heading("3. " + ITEM, level=2)
    for time, who, role, tr, pars in SPEECH:
        if time:
            add_par(doc, time).runs[0].italic = True
        for i, p in enumerate(pars):
            para = add_par(doc, (who + (f" ({role})" if role else "") + ": ") if i == 0
                           else "", bold=True)
            para.add_run(fill(p) + (" [Translated]" if tr else ""))
    doc.save(OUT / f"{NAME}.docx")


def write_pdf() -> None:
    st = pdf_styles(10)
    story = [P("Y Cyfarfod Llawn", st["body"]), P("Plenary", st["title"]), P(DATE, st["body"]),
             P("Contents", st["h2"])] + [P(esc(c), st["body"]) for c in CONTENTS]
    story.append(P("3. " + esc(ITEM), st["h1"]))
    for time, who, role, tr, pars in SPEECH:
        if time:
            story.append(P(f"<i>{time}</i>", st["small"]))
        story.append(P(f"<b>{esc(who)}</b>" + (f" <i>({esc(role)})</i>" if role else ""),
                       st["body"]))
        story += [P(esc(fill(p)) + (" <i>[Translated]</i>" if tr else ""), st["body"])
                  for p in pars]
    build_pdf(OUT / f"{NAME}.pdf", story, f"Record of Proceedings – Plenary – {DATE}",
              "Senedd Cymru | Welsh Parliament")


if __name__ == "__main__":
    write_txt()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["items"]))
