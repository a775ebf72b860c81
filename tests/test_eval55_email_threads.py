"""eval55 rec55a's layout: a group's recommendations circulated in an e-mail thread. The
chair's message numbers its recommendations "1. That the Welsh Government ..." under plain
theme lines; a reply quotes some of them again (with "> " in plain text, a block quote on a
web page) and a forward wraps the lot. A careful reader reads each recommendation once,
from the complete list, under its theme (the area), its owners the bodies the "That ..."
clause names; the quote markers are the mail program's furniture. Written here in other
wordings, bodies, counts and forms."""

from __future__ import annotations

import warnings
from pathlib import Path

from wlga_analysis import recommendations as recs
from wlga_analysis.read.email_quotes import email_quote_lines

#: A reply (quoting 3 in a quote within a quote) above the chair's original, every line
#: of the original quoted with "> " under an "... wrote:" line; themes numbered through.
_THREAD = """From: Alun Price <alun.price@example.gov.uk>
Date: 14 May 2026 10:02
To: Housing Task Group
Subject: RE: Housing Task Group recommendations

All,

One comment only.

> > 3. That the Welsh Government and Community Housing Cymru fund a shared repairs service.

Agreed, subject to the costs.

Alun

On Tue, 12 May 2026 at 16:40, Sioned Evans <sioned@example.org.uk> wrote:
> Dear all,
>
> Here are the recommendations we agreed, under our three headings.
>
> Supply of homes
>
> 1. That councils bring empty homes back into use through a national loan scheme.
> 2. That the WLGA publishes an annual report on council house building.
>
> Standards and repairs
>
> 3. That the Welsh Government and Community Housing Cymru fund a shared repairs service.
> 4. That councils inspect every private rented home every five years.
> 5. That the Welsh Government reviews the housing quality standard by 2028.
>
> Homelessness
>
> 6. That the WLGA and councils agree a common prevention fund.
>
> Kind regards,
>
> Sioned
"""

#: The same sort of thread forwarded from Outlook as a web page: the reply's quote in a
#: <blockquote>, the original an ordered list per theme (numbers run on: start=N).
_HTML = """<html><body><div class="WordSection1">
<p class="MsoNormal">Team,</p>
<p class="MsoNormal">For information: the panel's recommendations on school transport.</p>
<p class="MsoNormal">Dafydd</p>
<div style="border-top:solid #E1E1E1 1.0pt"><p class="MsoNormal"><b>From:</b> Mair Jones
<br><b>Sent:</b> 02 June 2026 09:00<br><b>To:</b> Dafydd Rees<br>
<b>Subject:</b> RE: Transport panel recommendations</p></div>
<p class="MsoNormal">Happy with these. On the second:</p>
<blockquote><p class="MsoNormal">2. That councils publish their transport policies
by 1 March each year.</p></blockquote>
<p class="MsoNormal">Agreed.</p>
<div style="border-top:solid #E1E1E1 1.0pt"><p class="MsoNormal"><b>From:</b> Rhodri Lloyd
<br><b>Sent:</b> 29 May 2026 15:12<br><b>To:</b> Transport panel<br>
<b>Subject:</b> Transport panel recommendations</p></div>
<p class="MsoNormal">Colleagues, the recommendations as agreed:</p>
<p class="MsoNormal"><b>Eligibility</b></p>
<ol start="1"><li>That the Welsh Government reviews the walking distance limits.</li>
<li>That councils publish their transport policies by 1 March each year.</li></ol>
<p class="MsoNormal"><b>Safety</b></p>
<ol start="3"><li>That the WLGA develops a common standard for escorts on school buses.</li>
<li>That councils and Transport for Wales audit every school bus stop.</li></ol>
<p class="MsoNormal">Thanks, Rhodri</p>
</div></body></html>
"""


def _rows(path: Path) -> list[dict]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return recs.load_recommendations(path).to_dict("records")


def test_plain_text_thread_read_once_under_its_themes(tmp_path: Path) -> None:
    path = tmp_path / "housing-thread.txt"
    path.write_text(_THREAD, encoding="utf-8")
    rows = _rows(path)
    assert [(r["rec_id"], r["area"], r["owners"]) for r in rows] == [
        (1, "Supply of homes", ["LG"]),
        (2, "Supply of homes", ["WLGA"]),
        (3, "Standards and repairs", ["WG", "Community Housing Cymru"]),
        (4, "Standards and repairs", ["LG"]),
        (5, "Standards and repairs", ["WG"]),
        (6, "Homelessness", ["WLGA", "LG"])]
    assert rows[2]["text"] == ("That the Welsh Government and Community Housing Cymru fund "
                               "a shared repairs service.")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        areas = recs.load_areas(path)
    assert list(areas["area"]) == ["Supply of homes", "Standards and repairs", "Homelessness"]


def test_web_page_thread_reads_the_original_list_once(tmp_path: Path) -> None:
    path = tmp_path / "transport-thread.html"
    path.write_text(_HTML, encoding="utf-8")
    rows = _rows(path)
    assert [(r["rec_id"], r["area"], r["owners"]) for r in rows] == [
        (1, "Eligibility", ["WG"]), (2, "Eligibility", ["LG"]),
        (3, "Safety", ["WLGA"]), (4, "Safety", ["LG", "Transport for Wales"])]
    assert rows[1]["text"] == "That councils publish their transport policies by 1 March each year."


def test_quote_markers_left_out_of_an_email_only() -> None:
    lines = ("-----Original Message-----", "From: A", "Sent: today", "", ">> 1. That x.",
             "> Theme")
    new, notes = email_quote_lines(lines, "\n".join(lines).encode(), "m.txt")
    assert new[4:] == ("1. That x.", "Theme")
    assert notes[0].source_line == 5 and "quote" in notes[0].message
    paper = ("# A paper", "", "> A quotation from the minister.", "", "From: the review")
    assert email_quote_lines(paper, "\n".join(paper).encode(), "p.md") == (paper, ())
