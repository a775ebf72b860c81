"""Programme updates sent as an e-mail campaign (Mailchimp), eval55's prog55b family,
written afresh for these tests (other programmes, workstreams, numbers of stories, button
wordings and forms than the corpus):

- a housing programme's bulletin as Mailchimp's plain-text part: a preheader, "View this
  email in your browser (url)", the masthead title underlined with ``====``, an issue line,
  two workstream headings underlined, each story a ``** headline **`` over one paragraph, a
  "** Status: ** ..." line and a "Find out more (url)" button; after a rule the sidebar
  ("Funding", "Key dates", "At a glance" figures) and the footer (postal address ending
  "United Kingdom", preferences / unsubscribe);
- a workforce programme's e-mail as its own HTML: ``role="presentation"`` layout tables (a
  main column and a sidebar column), ``mcnTextContent`` blocks, a hidden preheader, photos
  with alt text, "Read the full story" buttons, three workstreams (one of a single story);
- a digital programme's e-mail saved from Outlook as Word: From / Sent / To / Subject lines,
  the preheader, then the layout kept as ONE row of two cells (the stories in the left
  cell, the sidebar in the right), "Learn more" buttons.

The careful reader's reading: each story one item, under its workstream heading (the
workstreams the priorities, numbered in reading order); the item's text the package's
convention for a headline over its paragraph ("Headline: paragraph", as for every bold
lead); the status from the status line; the preheader, buttons, photo captions, sidebar
and footer no items and no priorities; the title the masthead (not the preheader); the
grants the sidebar's funding lines. Written out below before the code ran.
"""

from __future__ import annotations

from pathlib import Path

import wlga_analysis as wa

# ---------------------------------------------------------------- A: plain-text part
ITEMS_A = [  # (item_id, section, text, status, quarter, partners)
    ("1.1", 1, "Empty homes loans: Loans for 40 empty homes were approved in February 2026.",
     "done", "2025-26 Q4", []),
    ("1.2", 1, "Landlord licensing review: The review of landlord licensing with Data Cymru "
     "has been put back to July 2026.", "at risk", "2026-27 Q2", ["Data Cymru"]),
    ("2.1", 2, "Prevention training: Prevention training for housing officers is running "
     "until the end of May 2026.", "in progress", "2026-27 Q1", []),
    ("2.2", 2, "Temporary accommodation guide: A guide to temporary accommodation standards "
     "will be drafted in September 2026.", "planned", "2026-27 Q2", []),
    ("2.3", 2, "Rapid rehousing plans: Every council published its rapid rehousing plan in "
     "December 2025.", "done", "2025-26 Q3", []),
]
PRIORITIES_A = ["Empty homes", "Homelessness prevention"]

TXT_A = """\
Loans, licensing and a new prevention course – read the spring bulletin

View this email in your browser (https://mailchi.mp/wlga/housing-spring-2026)

** Housing Support Programme: Spring 2026 bulletin **
=====================================================

Issue 3 · 4 March 2026

Welcome to the spring bulletin of the WLGA's Housing Support Programme. Below is the latest
on each of our actions.

Empty homes
===========

** Empty homes loans **

Loans for 40 empty homes were approved in February 2026.

** Status: ** Complete

Find out more (https://www.wlga.wales/housing/empty-homes-loans)

** Landlord licensing review **

The review of landlord licensing with Data Cymru has been put back to July 2026.

** Status: ** Delayed

Find out more (https://www.wlga.wales/housing/landlord-licensing)

Homelessness prevention
=======================

** Prevention training **

Prevention training for housing officers is running until the end of May 2026.

** Status: ** On track

Find out more (https://www.wlga.wales/housing/prevention-training)

** Temporary accommodation guide **

A guide to temporary accommodation standards will be drafted in September 2026.

** Status: ** Not yet started

Find out more (https://www.wlga.wales/housing/temporary-accommodation)

** Rapid rehousing plans **

Every council published its rapid rehousing plan in December 2025.

** Status: ** Complete

Find out more (https://www.wlga.wales/housing/rapid-rehousing)

------------------------------------------------------------

Funding
=======

The programme is funded by the Welsh Government's Housing Support Grant (£250,000 in 2025-26).

Key dates
=========

19 March 2026 – Housing officers' network, Llandudno

At a glance
===========

** 40 empty homes back in use **

** 12 councils trained **

============================================================

Copyright © 2026 Welsh Local Government Association, All rights reserved.

Our mailing address is:
Welsh Local Government Association
One Canal Parade, Dumballs Road
Cardiff
CF10 5BF
United Kingdom

Want to change how you receive these emails?
You can update your preferences (https://wlga.us5.list-manage.com/profile?u=1a2b)
or unsubscribe from this list (https://wlga.us5.list-manage.com/unsubscribe?u=1a2b).
"""

# ---------------------------------------------------------------- B: the e-mail's HTML
ITEMS_B = [
    ("1.1", 1, "Apprenticeship academy: The shared apprenticeship academy took its first "
     "60 apprentices in September 2025.", "done", "2025-26 Q2", []),
    ("1.2", 1, "Graduate scheme: Recruitment to the graduate scheme will close in April 2026.",
     "in progress", "2026-27 Q1", []),
    ("2.1", 2, "Pay data toolkit: A toolkit for analysing pay data with Data Cymru has "
     "slipped to October 2026.", "at risk", "2026-27 Q3", ["Data Cymru"]),
    ("3.1", 3, "Wellbeing pilots: Wellbeing pilots in four councils will start in June 2026.",
     "planned", "2026-27 Q1", []),
    ("3.2", 3, "Managers' guide: A guide for managers on hybrid working was issued in "
     "January 2026.", "done", "2025-26 Q4", []),
]
PRIORITIES_B = ["Recruitment", "Pay and reward", "Health and wellbeing"]


def _block(inner: str) -> str:
    return ('<table border="0" cellpadding="0" cellspacing="0" width="100%" '
            'class="mcnTextBlock" role="presentation"><tbody><tr><td class="mcnTextContent" '
            f'valign="top">{inner}</td></tr></tbody></table>')


def _story(head: str, para: str, status: str, k: int) -> str:
    return (f'<table role="presentation" class="mcnImageBlock"><tr><td><img alt="{head}" '
            f'src="https://mcusercontent.com/x/s{k}.jpg"></td></tr></table>'
            + _block(f"<h3>{head}</h3><p>{para}</p><p><strong>Status:</strong> {status}</p>")
            + '<table role="presentation" class="mcnButtonBlock"><tr><td><a class="mcnButton" '
            f'href="https://www.wlga.wales/workforce/{k}">Read the full story</a></td></tr>'
            "</table>")


def _html_b() -> str:
    stories = {
        "Recruitment": [
            ("Apprenticeship academy", "The shared apprenticeship academy took its first 60 "
             "apprentices in September 2025.", "Complete"),
            ("Graduate scheme", "Recruitment to the graduate scheme will close in April "
             "2026.", "On track")],
        "Pay and reward": [
            ("Pay data toolkit", "A toolkit for analysing pay data with Data Cymru has "
             "slipped to October 2026.", "Delayed")],
        "Health and wellbeing": [
            ("Wellbeing pilots", "Wellbeing pilots in four councils will start in June 2026.",
             "Not yet started"),
            ("Managers' guide", "A guide for managers on hybrid working was issued in January "
             "2026.", "Complete")],
    }
    main = [_block("<h1>Workforce Programme: February 2026 update</h1>"
                   "<p>Issue 12 · 18 February 2026</p><p>Welcome to this month's news from "
                   "the WLGA Workforce Programme. Here is how each action stands.</p>")]
    k = 0
    for section, its in stories.items():
        main.append(_block(f"<h2>{section}</h2>"))
        for head, para, status in its:
            k += 1
            main.append(_story(head, para, status, k))
    side = _block("<h3>Funding</h3><p>The programme is funded by the Welsh Government's "
                  "Workforce Development Grant (£180,000 in 2025-26).</p>"
                  "<h3>Key dates</h3><p>10 March 2026 – HR directors' meeting, Cardiff</p>"
                  "<h3>In numbers</h3><p><strong>60 apprentices recruited</strong></p>")
    foot = _block("<em>Copyright © 2026 Welsh Local Government Association, All rights "
                  "reserved.</em><br><strong>Our mailing address is:</strong><br>Welsh Local "
                  "Government Association<br>Cardiff<br>CF10 5BF<br>United Kingdom<br><br>"
                  '<a href="https://x/profile">update your preferences</a> or <a '
                  'href="https://x/unsubscribe">unsubscribe from this list</a>')
    return (
        "<!DOCTYPE html><html><head><meta charset=\"UTF-8\"><title>Workforce Programme: "
        "February 2026 update</title></head><body><center>"
        '<span class="mcnPreviewText" style="display:none;">Apprentices, pay data and '
        "wellbeing – your February update</span>"
        '<table role="presentation" width="100%"><tr><td>'
        '<table role="presentation" class="templateHeader"><tr><td>'
        '<a href="https://mailchi.mp/wlga/workforce-feb">View this email in your browser</a>'
        "</td></tr></table>"
        '<table role="presentation" class="templateColumns"><tr>'
        f'<td class="columnWrapper" width="66%">{"".join(main)}</td>'
        f'<td class="columnWrapper" width="34%">{side}</td>'
        "</tr></table>"
        f'<table role="presentation" class="templateFooter"><tr><td>{foot}</td></tr></table>'
        '</td></tr></table><img src="https://wlga.us5.list-manage.com/track/open.php?u=1" '
        'height="1" width="1"></center></body></html>')


# ---------------------------------------------------------------- C: saved from Outlook
ITEMS_C = [
    ("1.1", 1, "Cyber exercises: Cyber exercises were held with 14 councils in November "
     "2025.", "done", "2025-26 Q3", []),
    ("1.2", 1, "Backup standard: A common backup standard will be agreed by the end of "
     "March 2026.", "in progress", "2025-26 Q4", []),
    ("2.1", 2, "Data maturity assessments: Data maturity assessments with Data Cymru have "
     "moved to August 2026.", "at risk", "2026-27 Q2", ["Data Cymru"]),
    ("2.2", 2, "Open data portal: An open data portal for councils will be scoped in "
     "December 2026.", "planned", "2026-27 Q3", []),
]
PRIORITIES_C = ["Cyber resilience", "Data"]


def _docx_c(path: Path) -> None:
    from docx import Document

    doc = Document()
    for label, value in (("From:", "WLGA Digital <digital@wlga.gov.uk>"),
                         ("Sent:", "10 March 2026 09:15"), ("To:", "Sian Morgan"),
                         ("Subject:", "Digital Programme: March 2026 update")):
        p = doc.add_paragraph()
        p.add_run(label + "\t").bold = True
        p.add_run(value)
    doc.add_paragraph("Cyber drills, backups and data maturity – the March update")
    doc.add_paragraph("View this email in your browser")
    left, right = doc.add_table(rows=1, cols=2).rows[0].cells
    left.paragraphs[0].add_run("Digital Programme: March 2026 update").bold = True
    left.add_paragraph("Issue 4 · 10 March 2026")
    left.add_paragraph("Welcome to the March update from the WLGA Digital Programme. Here is "
                       "where our actions stand.")
    for section, stories in (
            ("Cyber resilience", [
                ("Cyber exercises", "Cyber exercises were held with 14 councils in November "
                 "2025.", "Complete"),
                ("Backup standard", "A common backup standard will be agreed by the end of "
                 "March 2026.", "On track")]),
            ("Data", [
                ("Data maturity assessments", "Data maturity assessments with Data Cymru "
                 "have moved to August 2026.", "Delayed"),
                ("Open data portal", "An open data portal for councils will be scoped in "
                 "December 2026.", "Not yet started")])):
        left.add_paragraph().add_run(section).bold = True
        for head, para, status in stories:
            left.add_paragraph(f"[Photo: {head}]")
            left.add_paragraph().add_run(head).bold = True
            left.add_paragraph(para)
            p = left.add_paragraph()
            p.add_run("Status:").bold = True
            p.add_run(" " + status)
            left.add_paragraph().add_run("Learn more").bold = True
    right.paragraphs[0].add_run("Funding").bold = True
    right.add_paragraph("The programme is funded by the Welsh Government's Digital "
                        "Transformation Grant (£300,000 in 2025-26).")
    right.add_paragraph().add_run("Key dates").bold = True
    right.add_paragraph("24 March 2026 – Digital leaders' forum, Swansea")
    doc.add_paragraph("Copyright © 2026 Welsh Local Government Association, All rights "
                      "reserved.")
    doc.add_paragraph("Our mailing address is: Welsh Local Government Association, One Canal "
                      "Parade, Cardiff, CF10 5BF, United Kingdom")
    doc.add_paragraph("You can update your preferences or unsubscribe from this list.")
    doc.save(path)


# ---------------------------------------------------------------- checks
def _check(path: Path, items: list, priorities: list[str], title: str, date: str,
           grant: tuple[str, int]) -> None:
    prog = wa.load_programme(path)
    got = [(r.item_id, int(r.paragraph), " ".join(r.text.split()), r.status, r.quarter_label,
            sorted(r.partners)) for r in prog.itertuples()]
    assert got == items
    assert list(wa.load_priorities(path)["priority"]) == priorities
    meta = wa.load_metadata(path)
    assert (meta["title"], str(meta["date"])) == (title, date)
    grants = wa.load_grants(path)
    assert [(g.grant, g.amount_gbp, g.financial_year) for g in grants.itertuples()] == [
        (*grant, "2025-26")]


def test_mailchimp_plain_text_part(tmp_path: Path) -> None:
    path = tmp_path / "housing-bulletin.txt"
    path.write_text(TXT_A, encoding="utf-8")
    _check(path, ITEMS_A, PRIORITIES_A, "Housing Support Programme: Spring 2026 bulletin",
           "2026-03-04", ("Housing Support Grant", 250000))


def test_mailchimp_html_layout_tables(tmp_path: Path) -> None:
    path = tmp_path / "workforce-update.html"
    path.write_text(_html_b(), encoding="utf-8")
    _check(path, ITEMS_B, PRIORITIES_B, "Workforce Programme: February 2026 update",
           "2026-02-18", ("Workforce Development Grant", 180000))


def test_mailchimp_saved_from_outlook_as_word(tmp_path: Path) -> None:
    path = tmp_path / "digital-update.docx"
    _docx_c(path)
    _check(path, ITEMS_C, PRIORITIES_C, "Digital Programme: March 2026 update", "2026-03-10",
           ("Digital Transformation Grant", 300000))
