"""Synthetic WLGA Improvement Programme updates, and the helpers both generators share.

The programme generator (:func:`programme_document`, :func:`scaled_programme`) and the date,
financial-year and reference-list helpers that :mod:`wlga_analysis.testing.synthetic` (the
recommendations generator) also uses. Everything here is importable from
:mod:`wlga_analysis.testing.synthetic` too.

Examples
--------
>>> text, expected = programme_document(1)
>>> expected["financial_year"] == financial_year_of(expected["date"])
True
"""

from __future__ import annotations

import csv
import datetime as dt
import random
import re
from pathlib import Path
from typing import Any

from wlga_analysis import config

__all__ = [
    "financial_year_of",
    "organisations",
    "programme_document",
    "quarter_end",
    "quarter_label_of",
    "scaled_programme",
]

#: Size of the shipped update that :func:`scaled_programme` multiplies.
SHIPPED_PROGRAMME = {"sections": 6, "items": 30}

_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December")
_NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
                 "nine", "ten", "eleven", "twelve")


# ---------------------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------------------
def _rng(rng: random.Random | int | None) -> random.Random:
    if isinstance(rng, random.Random):
        return rng
    return random.Random(0 if rng is None else rng)



def _ordinal(day: int) -> str:
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def _days_in_month(year: int, month: int) -> int:
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return (nxt - dt.timedelta(days=1)).day


def financial_year_of(day: dt.date) -> str:
    """The UK financial year (April to March) of a date, as ``"2021-22"``.

    Examples
    --------
    >>> financial_year_of(dt.date(2022, 3, 31)), financial_year_of(dt.date(2022, 4, 1))
    ('2021-22', '2022-23')
    """
    start = day.year if day.month >= 4 else day.year - 1
    return f"{start}-{(start + 1) % 100:02d}"


def quarter_label_of(year: int, month: int) -> str:
    """The financial quarter of a calendar month, as ``"2021-22 Q3"``.

    Examples
    --------
    >>> quarter_label_of(2021, 11), quarter_label_of(2022, 3), quarter_label_of(2022, 4)
    ('2021-22 Q3', '2021-22 Q4', '2022-23 Q1')
    """
    fy = financial_year_of(dt.date(year, month, 1))
    return f"{fy} Q{(month - 4) % 12 // 3 + 1}"


def _line_endings(rng: random.Random, lines: list[str]) -> str:
    """Join lines with LF (mostly) or CRLF, with or without a final line break."""
    eol = "\r\n" if rng.random() < 0.1 else "\n"
    return eol.join(lines) + rng.choice(("", eol))


def _read_csv(path: Path) -> list[dict[str, str]]:
    lines = [ln for ln in path.read_text(encoding="utf-8-sig").splitlines()
             if ln.strip() and not ln.lstrip().startswith("#")]
    return [{k.strip(): (v or "").strip() for k, v in row.items()}
            for row in csv.DictReader(lines)]



def organisations() -> list[str]:
    """Organisations of ``data/raw/organisations.csv`` whose pattern finds their own name
    (so that naming one in an item is certain to be read as a partner).

    Examples
    --------
    >>> "Data Cymru" in organisations()
    True
    """
    out = []
    for row in _read_csv(config.ORGANISATIONS_FILE):
        name = row.get("organisation")
        if not name:
            continue
        pattern = row.get("pattern") or rf"(?<![\w-]){re.escape(name)}(?![\w-])"
        try:
            if re.search(pattern, name):
                out.append(name)
        except re.error:
            continue
    return out


# ---------------------------------------------------------------------------------------
# Programme updates
# ---------------------------------------------------------------------------------------
_PRIORITIES = (
    "COVID-19 Pandemic Recovery", "Local Democracy & Member Development",
    "Corporate Governance & Performance", "Corporate Capability", "Climate Emergency Response",
    "Workforce Planning & Skills", "Digital Transformation", "Financial Resilience",
    "Community Cohesion", "Housing Supply & Regeneration", "Procurement Reform",
    "Equality, Diversity & Inclusion",
)
_TOPICS = ("Programme team", "Website Development", "Officer Peers", "Member Peers",
           "Associate Peers", "Governance board", "Induction pack", "Peer Network")
_SUBJECTS = ("The regional scrutiny toolkit", "A member induction pack",
             "The peer review handbook", "A good practice exchange",
             "The self-assessment guidance note", "A national recruitment campaign",
             "The model constitution guide", "A leadership programme for elected members",
             "The core performance measures set", "An online learning module",
             "The Democracy Handbook", "A lay member application form template",
             "Three initial dashboards", "The case study library", "A sector learning event")
_COMPLEMENTS = ("", " for newly elected members", " for audit committee chairs",
                " across local government", " for three councils", " for scrutiny officers",
                " on civility in public life", " for senior officers",
                " with an [e-learning module](#) for candidates",
                " on the www.beacouncillor.wales website")
_SUB_BULLETS = ("Role descriptions for lay members", "An application form template",
                "A national awareness campaign", "Training for committee chairs",
                "Guidance on audit committees", "A mentoring scheme for new leaders",
                "Regional induction events", "A briefing for group leaders")
_GRANT_WORDS = ("improvement", "digital", "equalities", "waste", "workforce", "scrutiny",
                "climate", "procurement")
_GRANT_PURPOSES = ("Chief Digital Officer and team", "regional scrutiny network",
                   "equalities support officer posts", "waste improvement programme",
                   "climate action support team", "procurement advisory service")
#: Neutral sentences (no status wording, timing or organisation) that lengthen a bullet.
_EXTRA_SENTENCES = ("Feedback from councils on the approach is positive.",
                    "Several officers have offered to share their experience.",
                    "Interest from councils across the region is high.",
                    "Materials are available in Welsh and English.",
                    "Attendance at the first sessions was good.")
#: Status phrases and the status the README's rules give them.
_STATUS_PHRASES = (("has been published", "done"), ("is ongoing", "in progress"),
                   ("is scheduled to take place", "planned"), ("has been delayed", "at risk"))


def quarter_end(fy_start: int, quarter: int) -> dt.date:
    """The last day of quarter ``quarter`` of the financial year starting April ``fy_start``.

    Examples
    --------
    >>> quarter_end(2021, 2), quarter_end(2021, 4)
    (datetime.date(2021, 9, 30), datetime.date(2022, 3, 31))
    """
    month = 3 * quarter + 3  # 6, 9, 12, 15
    year = fy_start + (month - 1) // 12
    month = (month - 1) % 12 + 1
    return dt.date(year, month, _days_in_month(year, month))


def _month_year(month: int, date: dt.date, past: bool) -> int:
    """The year of the next ``month`` on or after ``date`` (the last one, in the past)."""
    if past:
        return date.year if month <= date.month else date.year - 1
    return date.year if month >= date.month else date.year + 1


def _done_by(month: int, date: dt.date) -> bool:
    """Whether work done "by" ``month`` in a past sentence is read as the last such month:
    its quarter ended at most :data:`~wlga_analysis.text.done_by.RECENT_DAYS` days before
    ``date`` (or ends after it)."""
    import pandas as pd

    from wlga_analysis.text.done_by import RECENT_DAYS

    last = pd.Period(dt.date(_month_year(month, date, True), month, 1), "Q-MAR")
    return (date - last.end_time.date()).days <= RECENT_DAYS


def _timing(rng: random.Random, date: dt.date, past: bool = False,
            future: bool = False) -> tuple[str, str]:
    """A timing phrase (as the loader reports it in ``when``) and its quarter label.

    ``past``: the sentence is in the past tense ("has been published"), so a month without
    a year is the last one before the document; after "by" ("has been published by June")
    too when that month's quarter ended in the six months before the document
    (:func:`wlga_analysis.text.done_by.done_by`), else the next one (a deadline).
    ``future``: it looks ahead ("is scheduled to"), so a quarter of the document's year
    that has already ended is next year's.
    """
    fy_start = date.year if date.month >= 4 else date.year - 1
    kind = rng.randrange(7)
    if kind == 0:
        q = rng.randint(1, 4)
        word = rng.choice((_NUMBER_WORDS[q], str(q)))
        prep = rng.choice(("within", "in", "during", "by"))
        start = fy_start
        if future and quarter_end(fy_start, q) < date:
            start += 1
        return f"{prep} quarter {word}", f"{start}-{(start + 1) % 100:02d} Q{q}"
    if kind == 1:  # by 31st March <end of the financial year>, or another day and month
        year = fy_start + 1 + rng.choice((0, 0, 1))
        month = rng.choice((3, 3, rng.randint(1, 12)))
        day = rng.choice((_days_in_month(year, month), rng.randint(1, 28)))
        return f"by {_ordinal(day)} {_MONTH_NAMES[month - 1]} {year}", \
            quarter_label_of(year, month)
    if kind == 2:  # a month without a year: the next one on or after the document's month
        month = rng.randint(1, 12)
        prep = rng.choice(("in", "during", "by"))
        year = _month_year(month, date, past and (prep != "by" or _done_by(month, date)))
        return f"{prep} {_MONTH_NAMES[month - 1]}", quarter_label_of(year, month)
    if kind == 3:  # a season with a year
        season, first = rng.choice((("Autumn", 9), ("Summer", 6), ("Spring", 3)))
        part, offset = rng.choice((("early", 0), ("late", 2), ("mid", 1)))
        year = rng.choice((date.year, date.year + 1))
        return f"in {part} {season} {year}", quarter_label_of(year, first + offset)
    if kind == 4:  # a month with a year
        year = rng.choice((date.year, date.year + 1))
        month = rng.randint(1, 12)
        return f"from {_MONTH_NAMES[month - 1]} {year}", quarter_label_of(year, month)
    if kind == 5:  # "following May's elections": the next such month (or the last)
        month = rng.randint(1, 12)
        year = _month_year(month, date, past)
        return f"following {_MONTH_NAMES[month - 1]}'s elections", quarter_label_of(year, month)
    return "before the end of the financial year", f"{fy_start}-{(fy_start + 1) % 100:02d} Q4"


def _amount_text(rng: random.Random, amount: int) -> str:
    if amount % 100_000 == 0 and amount >= 1_000_000 and rng.random() < 0.5:
        return f"£{amount / 1_000_000:g}m"
    return f"£{amount:,}"


def programme_document(rng: random.Random | int | None = None, *,
                       date: dt.date | None = None,
                       n_priorities: int | None = None,
                       n_sections: int | None = None,
                       items_per_section: tuple[int, int] = (1, 6),
                       page_breaks: bool = True,
                       long_items: bool = False) -> tuple[str, dict[str, Any]]:
    """A WLGA Improvement Programme update and what a careful reader extracts.

    The update has a date line and an upper-case title naming its financial year, the
    "Purpose" and "Background" paragraphs (with the list of the offer's priorities and a
    grant ``£A grant funding for YYYY-YY``), the "Progress Update" with numbered section
    headings (a set-up section with ``**Topic:**`` bold leads, one section per priority,
    a targeted section) followed by ``- `` bullets and `` - `` sub-bullets, then
    "Longer-term Planning and Funding" (a second grant, a paragraph split across a page
    break) and "Recommendations". Item texts carry timings ("within quarter two",
    "by 31st March 2022", "in November", "in late Autumn 2021", "following May's
    elections", "before the end of the financial year"), status wording ("has been
    published", "is ongoing", "is scheduled to take place", "has been delayed") and
    partner organisations from ``data/raw/organisations.csv``.

    Parameters
    ----------
    rng : random.Random, int or None
        Source of randomness (an int is a seed; None is seed 0).
    date : datetime.date, optional
        The document's date (default: random, 2015-2035).
    n_priorities : int, optional
        Priorities of the universal offer (2 to 12; default 2 to 6).
    n_sections : int, optional
        Numbered sections under "Progress Update" that deliver priorities (default: one
        per priority); the set-up and targeted sections are added at random.
    items_per_section : (int, int)
        Inclusive range of bullets per section.
    page_breaks : bool
        Split some bullets and a paragraph across a blank line, as PDF extraction does.
    long_items : bool
        Add neutral sentences to each bullet, so that bullets are as long as the shipped
        ones (about 250 characters).

    Returns
    -------
    text : str
        The document.
    expected : dict
        ``date``, ``financial_year``, ``title``, ``priorities`` (list of str),
        ``sections`` (list of ``{paragraph, section, priority}``), ``items`` (list of
        ``{item_id, paragraph, section, priority, topic, text, when, quarter_label,
        status, partners}``; ``status`` is None where the wording is neutral, so the
        status is whatever the default rule gives), ``grants`` (list of ``{grant,
        amount_gbp, financial_year, financial_year_stated, purpose, paragraphs}``;
        ``purpose`` None where the text states none) and ``paragraphs`` (every row of the
        paragraphs table: ``{paragraph, heading, kind, text}``).

    Examples
    --------
    >>> import datetime as dt
    >>> text, expected = programme_document(3, date=dt.date(2021, 10, 22))
    >>> expected["financial_year"], expected["date"]
    ('2021-22', datetime.date(2021, 10, 22))
    >>> all(i["item_id"].startswith(f"{i['paragraph']}.") for i in expected["items"])
    True
    """
    rng = _rng(rng)
    if date is None:
        start = dt.date(2015, 1, 1).toordinal()
        date = dt.date.fromordinal(rng.randint(start, dt.date(2035, 12, 31).toordinal()))
    fy = financial_year_of(date)
    if n_priorities is None:
        n_priorities = rng.randint(2, 6)
    if not 1 <= n_priorities <= 12:
        raise ValueError("n_priorities must be between 1 and 12")
    priorities = rng.sample(_PRIORITIES, n_priorities)
    orgs = organisations()
    title = f"WLGA IMPROVEMENT PROGRAMME {fy} UPDATE"
    exp: dict[str, Any] = {"date": date, "financial_year": fy, "title": title,
                           "priorities": priorities, "sections": [], "items": [],
                           "grants": [], "paragraphs": []}
    writer = _ProgrammeWriter(_opening_lines(rng, date, title), exp)
    grants = _write_background(writer, rng, fy, priorities)
    _write_progress(writer, rng, date, orgs, priorities,
                    n_priorities if n_sections is None else n_sections,
                    items_per_section, page_breaks, long_items)
    _write_planning(writer, rng, fy, grants, page_breaks)
    _write_recommendations(writer)
    return _line_endings(rng, writer.out), exp


class _ProgrammeWriter:
    """The lines of a programme update being written, and the expected paragraphs table.

    Parameters
    ----------
    out : list of str
        The lines written so far (appended to).
    exp : dict
        The expected values; its ``"paragraphs"`` list gets one row per printed block.

    Examples
    --------
    >>> writer = _ProgrammeWriter([], {"paragraphs": []})
    >>> writer.add_heading("Purpose")
    >>> writer.paragraph("To update Members.")
    1
    >>> writer.out, writer.exp["paragraphs"][0]["heading"]
    (['Purpose', '', '1. To update Members.', ''], 'Purpose')
    """

    def __init__(self, out: list[str], exp: dict[str, Any]) -> None:
        self.out = out
        self.exp = exp
        self.heading: str | None = None
        self.para = 0

    def add_heading(self, text: str) -> None:
        """Print a heading; the rows after it are under it."""
        self.heading = text
        self.out.extend([text, ""])

    def row(self, kind: str, clean: str, number: int | None) -> None:
        """Expect a row of the paragraphs table (``kind``, its text, its paragraph)."""
        self.exp["paragraphs"].append({"paragraph": number, "heading": self.heading,
                                       "kind": kind, "text": clean})

    def paragraph(self, text: str, *, blank_after: bool = True) -> int:
        """Print the next numbered paragraph and return its number."""
        self.para += 1
        self.out.append(f"{self.para}. {text}")
        if blank_after:
            self.out.append("")
        self.row("paragraph", text, self.para)
        return self.para


def _opening_lines(rng: random.Random, date: dt.date, title: str) -> list[str]:
    """The date line and the title of an update, as printed above its first heading."""
    day = rng.choice((_ordinal(date.day), str(date.day)))
    date_line = f"{day} {_MONTH_NAMES[date.month - 1]} {date.year}"
    if rng.random() < 0.2:
        date_line = f"{date:%A}, {date_line}"
    return ["", "", date_line, "", rng.choice((title, title, f"# {title}")), ""]


def _write_background(writer: _ProgrammeWriter, rng: random.Random, fy: str,
                      priorities: list[str]) -> dict[str, Any]:
    """Write "Purpose" and "Background" (the offer's priorities, the first grant); return
    the two grants' amounts and words, the stated year and the first grant's paragraph."""
    fy_start = int(fy[:4])
    next_fy = f"{fy_start + 1}-{(fy_start + 2) % 100:02d}"
    n_priorities = len(priorities)
    writer.add_heading("Purpose")
    writer.paragraph(f"To update Members on progress against the Delivery Plan for the "
                     f"Improvement Programme {fy} and seek views on future funding "
                     "arrangements.")
    writer.add_heading("Background")
    writer.paragraph("The Improvement Programme demonstrates the shared commitment of the WLGA "
                     "and Welsh Government to promoting, supporting, and resourcing "
                     "sector-led improvement across local government in Wales.",
                     blank_after=False)
    endorsed = dt.date(fy_start, 3, rng.randint(1, 28))
    p3 = writer.paragraph(f"Members endorsed the WLGA Improvement Offer {fy} at the Leaders' "
                          f"meeting on {_ordinal(endorsed.day)} March {endorsed.year}, which "
                          "comprised two elements:", blank_after=False)
    count = rng.choice((_NUMBER_WORDS[n_priorities], str(n_priorities)))
    universal = ("A universal offer available to all councils – focused on building strong "
                 f"corporate capacity and capability with councils under {count} "
                 "interdependent priorities:")
    writer.out.append(f" - {universal}")
    writer.row("bullet", universal, p3)
    for k, name in enumerate(priorities):
        end = ";" if k < n_priorities - 2 else ("; and" if k == n_priorities - 2 else "")
        writer.out.append(f" - {name}{end}")
        writer.row("bullet", name + end, p3)
    targeted = ("A targeted offer for those councils who need more intensive and dedicated "
                "support to help them improve aspects of their business.")
    writer.out.append(f" - {targeted}")
    writer.row("bullet", targeted, p3)
    writer.out.append("")
    loose = "In addition, work has been undertaken to establish the team and programme."
    writer.out += [loose, ""]
    writer.row("text", loose, p3)
    amounts = rng.sample(range(50, 2000), 2)
    grant_a, grant_b = amounts[0] * 10_000, amounts[1] * 10_000
    word_a, word_b = rng.sample(_GRANT_WORDS, 2)
    stated_fy = rng.choice((fy, fy, next_fy))
    p4 = writer.paragraph(
        "Welsh Government funding is awarded annually subject to approval of the delivery "
        f"plan. The delivery plan {fy} as outlined above was approved by Welsh Government to "
        f"secure {_amount_text(rng, grant_a)} grant funding for {stated_fy}. Work is "
        f"currently underway to develop the draft delivery plan for {next_fy}.",
        blank_after=False)
    writer.paragraph("Although Welsh Government financial support is critical, sector-led "
                     "improvement is founded on a commitment from senior members and "
                     "professionals to 'mutual aid' within and across the local government "
                     "family.")
    return {"grant_a": grant_a, "grant_b": grant_b, "word_a": word_a, "word_b": word_b,
            "stated_fy": stated_fy, "p4": p4}


def _write_progress(writer: _ProgrammeWriter, rng: random.Random, date: dt.date,
                    orgs: list[str], priorities: list[str], n_sections: int,
                    items_per_section: tuple[int, int], page_breaks: bool,
                    long_items: bool) -> None:
    """Write "Progress Update": numbered sections, each with its bullets."""
    writer.add_heading("Progress Update")
    sections: list[tuple[str, str | None, str]] = []  # (printed title, priority, style)
    if rng.random() < 0.8:
        sections.append(("Programme Set Up", None, "topics"))
    for k in range(n_sections):
        name = priorities[k % len(priorities)]
        printed = name.replace("&", "and") if "&" in name and rng.random() < 0.5 else name
        sections.append((printed, name, "plain"))
    if rng.random() < 0.8:
        sections.append(("Targeted Improvement", None, "plain"))
    for title_text, priority, style in sections:
        number = writer.paragraph(title_text)
        writer.exp["sections"].append({"paragraph": number, "section": title_text,
                                       "priority": priority})
        n_items = rng.randint(*items_per_section)
        for b in range(1, n_items + 1):
            topic = rng.choice(_TOPICS) if style == "topics" else None
            item = _programme_item(rng, date, orgs, topic, page_breaks, long_items)
            writer.out += item["lines"]
            writer.exp["items"].append({
                "item_id": f"{number}.{b}", "paragraph": number, "section": title_text,
                "priority": priority, "topic": topic, "text": item["text"],
                "when": item["when"], "quarter_label": item["quarter_label"],
                "status": item["status"], "partners": item["partners"]})
            writer.row("bullet", item["bullet_clean"], number)
            for sub in item["subs"]:
                writer.row("sub-bullet", sub, number)
        writer.out.append("")


def _write_planning(writer: _ProgrammeWriter, rng: random.Random, fy: str,
                    grants: dict[str, Any], page_breaks: bool) -> None:
    """Write "Longer-term Planning and Funding" (a paragraph split by a page break, the
    second grant) and expect both grants."""
    writer.add_heading("Longer-term Planning and Funding")
    writer.paragraph("Work has commenced to strengthen the programme framework methodology, "
                     "including the establishment of benefits realisation assessment to "
                     "support decision making.", blank_after=False)
    p_a = writer.para + 1
    long_text = (f"Members previously discussed the Welsh Government's commitment to "
                 f"{grants['word_a']} funding of {_amount_text(rng, grants['grant_a'])} "
                 "awarded on an annual basis. Although an in-principle commitment to "
                 "sector-led improvement has been given in the longer-term, this annual "
                 "approach does not provide security.")
    if page_breaks and rng.random() < 0.7:
        first, _, rest = long_text.partition("in-principle")
        writer.para += 1
        writer.out += [f"{writer.para}. {first}in-", "", f"principle{rest}", ""]
        writer.row("paragraph", long_text, writer.para)
    else:
        writer.paragraph(long_text, blank_after=False)
    purpose_b = rng.choice(_GRANT_PURPOSES)
    p_b = writer.paragraph(f"The WLGA also receives {grants['word_b']} funding of "
                           f"{_amount_text(rng, grants['grant_b'])} for the {purpose_b}.")
    writer.exp["grants"] = [
        {"grant": f"{grants['word_a']} grant", "amount_gbp": grants["grant_a"],
         "financial_year": grants["stated_fy"], "financial_year_stated": True,
         "purpose": None, "paragraphs": [grants["p4"], p_a]},
        {"grant": f"{grants['word_b']} grant", "amount_gbp": grants["grant_b"],
         "financial_year": fy, "financial_year_stated": False, "purpose": purpose_b,
         "paragraphs": [p_b]},
    ]


def _write_recommendations(writer: _ProgrammeWriter) -> None:
    """Write "Recommendations" (two numbered asks) and the footer."""
    writer.add_heading("Recommendations")
    p_r = writer.paragraph("Members are asked to:")
    recs = [f"{p_r}.1 Consider the Improvement Programme progress report; and",
            f"{p_r}.2 Provide views on an approach to the longer-term funding of sector-led "
            f"improvement and support"]
    for r in recs:
        writer.out.append(f"- {r}**")
        writer.row("bullet", r, p_r)
    writer.out.append("")
    footer = ["Report cleared by Cllr Hugh Evans, WLGA Spokesperson for Improvement", "",
              "Authors: Jo Hendy", "Head of Improvement", "E-mail: jo.hendy@wlga.gov.uk"]
    writer.out += footer
    for line in footer:
        if line:
            writer.row("text", line, p_r)


def _programme_item(rng: random.Random, date: dt.date, orgs: list[str], topic: str | None,
                    page_breaks: bool, long_items: bool = False) -> dict[str, Any]:
    """Lines of one progress bullet and what it should be read as."""
    subject = rng.choice(_SUBJECTS)
    if topic is not None:
        subject = subject[0].lower() + subject[1:]
    complement = rng.choice(_COMPLEMENTS)
    status = None
    phrase = ""
    if rng.random() < 0.75:
        phrase, status = rng.choice(_STATUS_PHRASES)
        phrase = " " + phrase
    when = quarter = None
    timing = ""
    if rng.random() < 0.6:
        when, quarter = _timing(rng, date, past=phrase == " has been published",
                                future=phrase in (" is scheduled to take place",
                                                  " has been delayed"))
        timing = " " + when
    partners: list[str] = []
    with_orgs = ""
    if orgs and rng.random() < 0.35:
        partners = rng.sample(orgs, rng.choice((1, 1, 2)))
        with_orgs = " in partnership with " + " and ".join(partners)
    subs: list[str] = []
    if rng.random() < 0.2:
        subs = rng.sample(_SUB_BULLETS, rng.randint(2, 4))
        subs = [s + (";" if k < len(subs) - 1 else ".") for k, s in enumerate(subs)]
        body_raw = f"{subject}{complement}{phrase}{timing}{with_orgs}, including:"
    else:
        body_raw = f"{subject}{complement}{phrase}{timing}{with_orgs}."
        if long_items:
            body_raw += " " + " ".join(rng.sample(_EXTRA_SENTENCES, 2))
    body_clean = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", body_raw)
    lead = f"**{topic}:** " if topic else ""
    bullet_clean = f"{topic}: {body_clean}" if topic else body_clean
    lines = [f"- {lead}{body_raw}"]
    if page_breaks and not subs and rng.random() < 0.15:
        lines = _bullet_across_page_break(rng, lead, body_raw) or lines
    lines += [f" - {s}" for s in subs]
    text = " ".join([bullet_clean, *subs])
    return {"lines": lines, "text": text, "bullet_clean": bullet_clean, "subs": subs,
            "when": when, "quarter_label": quarter, "status": status, "partners": partners}


def _bullet_across_page_break(rng: random.Random, lead: str, body: str) -> list[str] | None:
    """A bullet's lines with a page break inside it: the rest of it starts in lower case on a
    new line after a blank one (None when no word can start that line).

    Examples
    --------
    >>> _bullet_across_page_break(random.Random(0), "", "A guide for new members.")
    ['- A guide for new', '', 'members.']
    >>> _bullet_across_page_break(random.Random(0), "", "Done.") is None
    True
    """
    words = body.split(" ")
    cuts = [i for i in range(1, len(words))
            if words[i][:1].islower() and words[i - 1][-1:] not in ".!?;:,-"
            and not re.search(r"@|^www\.|://", words[i])]
    if not cuts:
        return None
    i = rng.choice(cuts)
    return [f"- {lead}{' '.join(words[:i])}", "", " ".join(words[i:])]


def scaled_programme(n: int, seed: int = 0) -> tuple[str, dict[str, Any]]:
    """A programme update ``n`` times the shipped size (for benchmarks).

    The shipped update has 6 progress sections and 30 progress items; this one has
    ``6n`` sections and about ``30n`` items (``n=100``: about 3,000 items). Paragraph
    numbers are printed with at most three digits, so ``n`` is at most 160.

    Examples
    --------
    >>> text, expected = scaled_programme(2)
    >>> len(expected["sections"]) >= 12, 40 <= len(expected["items"]) <= 80
    (True, True)
    """
    if not 1 <= n <= 160:
        raise ValueError(f"n must be between 1 and 160, not {n}")
    return programme_document(random.Random(seed), date=dt.date(2021, 10, 22),
                              n_priorities=4, n_sections=SHIPPED_PROGRAMME["sections"] * n,
                              items_per_section=(4, 6), long_items=True)
