"""Synthetic documents of both kinds, with what a careful reader would extract from them.

Every generator takes a :class:`random.Random` (or an integer seed, or None for seed 0) and
returns ``(text, expected)``: the text of a document laid out like the shipped ones, and a
dict of plain Python values (lists of dicts, strings, dates) holding what should be read
from it. The tests compare the loaders' tables with ``expected`` (round trip) and the
benchmarks parse documents many times the shipped size (:func:`scaled_recommendations`,
:func:`scaled_programme`).

The generators are deliberately independent of the parsers: they import nothing from
them, and compute quarters, owners and texts from what they wrote. They read only the
analyst-editable reference lists (``data/raw/owner_codes.csv`` and
``data/raw/organisations.csv``), so that the codes and organisations they print are ones
the library knows.

Examples
--------
>>> text, expected = recommendations_document(1)
>>> text.count("\\t") > 0, len(expected["recommendations"]) > 0
(True, True)
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
    "programme_document",
    "quarter_label_of",
    "recommendations_document",
    "scaled_programme",
    "scaled_recommendations",
    "shipped_sizes",
]

#: Sizes of the shipped documents that the ``scaled_*`` generators multiply.
SHIPPED_RECOMMENDATIONS = {"themes": 5, "areas": 10, "activities": 25, "recommendations": 25}
SHIPPED_PROGRAMME = {"sections": 6, "items": 30}

#: The two header-row forms of a recommendations table.
HEADER_PLAIN = "Area\tActivity underway or achieved\tRecommendations"
HEADER_BOLD = ("<b>Area</b>\t<b>Activity underway or achieved</b>\t"
               "<b>Recommendations</b>")

#: Statuses an activity's marker can state (all in the parser's status vocabulary).
ACTIVITY_STATUSES = ("Ongoing", "Complete", "Agreed", "Underway", "In progress",
                     "On hold", "Achieved")

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


def _html(plain: str) -> str:
    """Plain text as it is printed inside an HTML cell (only '&' needs escaping here)."""
    return plain.replace("&", "&amp;")


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


def owner_codes() -> list[str]:
    """Owner codes listed in ``data/raw/owner_codes.csv``, in file order.

    Examples
    --------
    >>> "WLGA" in owner_codes() and "WG" in owner_codes()
    True
    """
    return [r["code"] for r in _read_csv(config.OWNER_CODES_FILE) if r.get("code")]


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
# Recommendations: vocabulary
# ---------------------------------------------------------------------------------------
_THEMES = (
    "Joint working and structures", "Powers and flexibilities", "Active citizenship",
    "Service change and the financial position", "Mutual respect and shared responsibilities",
    "Workforce and skills", "Digital services", "Climate and nature", "Housing and places",
    "Health & social care integration", "Public engagement", "Performance and scrutiny",
)
_AREA_TITLES = (
    "Regional arrangements", "Shared services", "Voluntary mergers", "Policy change processes",
    "Diversity in local government", "Remuneration of elected members",
    "Case for investment, and engagement on finance issues", "Improvement and support",
    "Shared procurement", "Community assets", "Digital inclusion", "Scrutiny & audit",
    "Town centre renewal", "Rural services", "Transport planning", "Public health",
    "Workforce planning", "Data sharing", "Citizen panels", "Local energy schemes",
)
_ACTORS = ("the WLGA", "local authorities", "the new sub group", "Welsh Ministers",
           "the Working Group", "council cabinets", "regional boards", "the Finance Sub Group",
           "Welsh Government and local government", "the Partnership Council")
_VERBS = ("coordinate", "review", "agree", "maintain", "consider", "report on", "adopt",
          "support", "expand", "publish", "refresh", "note")
_OBJECTS = ("a Code of Collaborative Practice", "the Collaboration Compendium",
            "the draft prospectus for voluntary mergers", "a framework of principles",
            "the shared contact centre pilot", "regional partnership arrangements",
            "the joint review of strategic partnerships", "a consistent mechanism for "
            "regional working", "the Diversity in Democracy programme",
            "the Partnership Agreement", "the case for investment in local services",
            "new sector-led improvement arrangements", "the 4 spin off groups on vulnerability",
            "the Health & Social Care spending analysis", "the council’s annual report")
_TAILS = ("", " on an annual basis", " for agreement with the Partnership Council",
          " by a date to be agreed", ", with interim findings to the sub group",
          " (as above)", " in line with existing understandings",
          " and report back to the Working Group", " through the WLGA",
          " so that local government’s voice is heard")
_PAST = ("Completed", "Agreed", "Discussed", "Prepared", "Commissioned", "Published",
         "Reviewed", "Noted", "Circulated", "Mapped")
_REMIT_VERBS = ("To look across", "To identify", "To produce", "To explore", "To advise on",
                "To consider", "To determine", "To map")
_BULLETS = ("Update it annually", "Expand it to include wider public service collaborations",
            "Report it to council cabinets", "Ministerial Bilaterals with WLGA",
            "Partnership Council", "Finance Sub Group (Partnership Council)",
            "Tax Advisory group", "Society of Welsh Treasurers (SWT) (and SWT Exec)",
            "LGF Reform Working Group", "Analysis of Future Health & Social Care Spending")
_LABELS = ("Political membership:", "Officer level:", "Member level:")
_NOTE_HEADINGS = ("Reminder of Working Group's Core task",
                  "Shaded areas are recommended for inclusion in the remit of the new "
                  "Partnership Council sub group", "Background to the recommendations")


def _sentence(rng: random.Random, kind: str) -> str:
    """A plain-text sentence for an item of ``kind`` ("rec", "act" or "remit")."""
    obj = rng.choice(_OBJECTS)
    tail = rng.choice(_TAILS)
    if kind == "rec":
        text = f"That {rng.choice(_ACTORS)} {rng.choice(_VERBS)} {obj}{tail}"
    elif kind == "act":
        text = f"{rng.choice(_PAST)} {obj}{tail}"
    else:
        text = f"{rng.choice(_REMIT_VERBS)} {obj}{tail}"
    if rng.random() < 0.3:  # a second clause makes some items long
        text += f", and {rng.choice(_VERBS)} {rng.choice(_OBJECTS)}"
    return text


def _codes_text(codes: list[str]) -> str:
    return "/".join(codes)


def _pick_owners(rng: random.Random, codes: list[str]) -> list[str]:
    r = rng.random()
    if r < 0.45 and "WLGA" in codes and "WG" in codes:
        return rng.choice((["WLGA", "WG"], ["WG", "WLGA"]))  # the common joint owners
    k = rng.choice((1, 1, 2, 3))
    return rng.sample(codes, min(k, len(codes)))


def _render_item(rng: random.Random, number: int, plain: str, marker: str | None,
                 status_only: bool = False) -> tuple[str, str]:
    """HTML of an item ``N. text`` with its owner marker, and its expected text.

    ``plain`` ends without a full stop; the marker forms are those printed in the shipped
    document: ``(<b>M</b>)``, ``<b>(M)</b>``, ``<b>M</b>`` (not parenthesised, at the end).
    """
    body = _html(plain)
    if marker is None:
        if rng.random() < 0.7:
            return f"{number}. {body}.", plain + "."
        return f"{number}. {body}", plain
    m = _html(marker)
    forms = ["paren_outside", "paren_inside", "paren_inside_tight", "outside_stop",
             "inside_stop"]
    if not status_only:
        forms.append("bare")  # a bare bold list of codes at the end: <b>WLGA/LG</b>
    form = rng.choice(forms)
    if form == "paren_outside":
        stop = rng.random() < 0.5
        return (f"{number}. {body}{'.' if stop else ''} (<b>{m}</b>)",
                plain + ("." if stop else ""))
    if form == "paren_inside":
        stop = rng.random() < 0.5
        return (f"{number}. {body}{'.' if stop else ''} <b>({m})</b>",
                plain + ("." if stop else ""))
    if form == "paren_inside_tight":
        return f"{number}. {body}<b>({m})</b>", plain
    if form == "outside_stop":
        return f"{number}. {body} (<b>{m}</b>).", plain + "."
    if form == "inside_stop":
        return f"{number}. {body} <b>({m})</b>.", plain + "."
    return f"{number}. {body} <b>{m}</b>", plain


def _split_words(plain: str, rng: random.Random) -> tuple[str, str] | None:
    """Split text at a space into two non-empty parts (None if it has a single word)."""
    spaces = [i for i, ch in enumerate(plain) if ch == " "]
    # never split right before a word that would read as an item number or area lead
    spaces = [i for i in spaces if not re.match(r"\d+\.|Area\b", plain[i + 1:])]
    if not spaces:
        return None
    cut = rng.choice(spaces)
    return plain[:cut], plain[cut + 1:]


# A column of a recommendations table is a stream of blocks: each an HTML fragment, and
# whether it belongs inside an <ol>/<ul> list (rendered as <li>) or a paragraph (<p>).
_Block = tuple[str, str]  # (html, "li" | "p" | "ul")


def _render_cell(blocks: list[_Block], rng: random.Random) -> str:
    if not blocks:
        return ""
    out: list[str] = []
    i = 0
    use_ol = rng.random() < 0.5
    while i < len(blocks):
        html, kind = blocks[i]
        if kind == "ul":
            run = []
            while i < len(blocks) and blocks[i][1] == "ul":
                run.append(f"<li>{blocks[i][0]}</li>")
                i += 1
            out.append('<ul style="list-style-type: none"> ' + " ".join(run) + " </ul>")
            continue
        if kind == "li" and use_ol:
            run = []
            while i < len(blocks) and blocks[i][1] == "li":
                run.append(f"<li>{blocks[i][0]}</li>")
                i += 1
            out.append('<ol style="list-style-type: none"> ' + " ".join(run) + " </ol>")
            continue
        out.append(f"<p>{html}</p>")
        i += 1
    return " ".join(out)


def _theme_heading(theme: str, rng: random.Random) -> str:
    form = rng.randrange(3)
    if form == 0:
        return f"#### {theme}"
    if form == 1:
        return f"<b>{_html(theme)}</b>\t\t"
    return f"**{theme}**"


def _header(rng: random.Random) -> str:
    return rng.choice((HEADER_PLAIN, HEADER_BOLD))


def _separator(rng: random.Random) -> str:
    return rng.choice(("---\t--\t--", "--\t--\t---", "---\t---\t---"))


def recommendations_document(rng: random.Random | int | None = None, *,
                             n_themes: int | None = None,
                             areas_per_theme: tuple[int, int] = (1, 3),
                             items_per_area: tuple[int, int] = (0, 4),
                             page_break_rate: float = 0.35,
                             notes: bool = True) -> tuple[str, dict[str, Any]]:
    """A Working Group recommendations document and what a careful reader extracts.

    The table has random themes (each opened by a heading in one of the three spellings
    ``#### X``, ``<b>X</b>\\t\\t``, ``**X**`` and a header row in one of the two forms),
    areas ``Area N: title`` with a remit, numbered activities (some with a status and
    owners) and numbered recommendations (most with owners, joint ones like ``WLGA/WG``,
    some with bullets). Page breaks split an area over several rows: the continuation
    row has an empty area cell (or the rest of the remit) and carries on an item's text
    with no number, sometimes after a repeated theme heading and header row.

    Parameters
    ----------
    rng : random.Random, int or None
        Source of randomness (an int is a seed; None is seed 0).
    n_themes : int, optional
        Number of themes (default: 1 to 5).
    areas_per_theme : (int, int)
        Inclusive range of areas under each theme.
    items_per_area : (int, int)
        Inclusive range of activities, and of recommendations, per area.
    page_break_rate : float
        Chance that an area is split over two or three rows.
    notes : bool
        Print a title, headings and a paragraph before the table.

    Returns
    -------
    text : str
        The document.
    expected : dict
        ``title`` (str or None), ``notes`` (list of ``{kind, text}``), ``areas`` (list of
        ``{area_id, area, theme, remit}``), ``activities`` (list of ``{activity_no,
        area_id, text, status, owners}``), ``recommendations`` (list of ``{rec_id, area_id,
        area, theme, text, owners}``), in document order.

    Examples
    --------
    >>> text, expected = recommendations_document(7, n_themes=2)
    >>> sorted(expected)
    ['activities', 'areas', 'notes', 'recommendations', 'title']
    >>> [a["area_id"] for a in expected["areas"]] == list(range(1, len(expected["areas"]) + 1))
    True
    >>> all(set(r["owners"]) <= set(owner_codes()) for r in expected["recommendations"])
    True
    """
    rng = _rng(rng)
    codes = owner_codes()
    if n_themes is None:
        n_themes = rng.randint(1, 5)
    themes = _cycle_sample(rng, _THEMES, n_themes)
    lines: list[str] = ["", ""]
    expected: dict[str, Any] = {"title": None, "notes": [], "areas": [], "activities": [],
                                "recommendations": []}
    if notes:
        title = rng.choice(("Working Group on Local Government Recommendations",
                            "Working Group Recommendations and Progress",
                            "Local Government Working Group: Recommendations"))
        heading = rng.choice(_NOTE_HEADINGS)
        para = ("The Working Group's core task was to develop a shared agenda for reform "
                "which ensures the sustainability of local service provision – whether "
                "collaboration, shared services or voluntary mergers.")
        lines += [f"## {title}", "", f"### {heading}", "", para, ""]
        expected["title"] = title
        expected["notes"] += [{"kind": "title", "text": title},
                              {"kind": "heading", "text": heading},
                              {"kind": "paragraph", "text": para}]
    titles = _cycle_sample(rng, _AREA_TITLES, n_themes * areas_per_theme[1])
    area_id = act_no = rec_no = 0
    for theme in themes:
        lines += [_theme_heading(theme, rng), "", _header(rng)]
        for _ in range(rng.randint(*areas_per_theme)):
            area_id += 1
            title = titles[(area_id - 1) % len(titles)]
            streams, act_no, rec_no, area_exp = _area(
                rng, area_id, title, theme, codes, act_no, rec_no, items_per_area)
            expected["areas"].append(area_exp["area"])
            expected["activities"] += area_exp["activities"]
            expected["recommendations"] += area_exp["recommendations"]
            lines += _area_rows(rng, streams, theme, page_break_rate)
        if rng.random() < 0.5:
            lines.append(_separator(rng))
        lines.append("")
    return _line_endings(rng, lines), expected


def _cycle_sample(rng: random.Random, pool: tuple[str, ...], n: int) -> list[str]:
    """``n`` names from ``pool``: a random order, repeated when ``n`` exceeds the pool,
    never the same name twice in a row."""
    out: list[str] = []
    while len(out) < n:
        batch = list(pool)
        rng.shuffle(batch)
        if out and batch[0] == out[-1]:
            batch.append(batch.pop(0))
        out += batch
    return out[:n]


def _area(rng: random.Random, area_id: int, title: str, theme: str, codes: list[str],
          act_no: int, rec_no: int, items_per_area: tuple[int, int]):
    """The three column streams of one area, and its expected rows."""
    remit = _sentence(rng, "remit") + rng.choice((".", ""))
    remit_html = _html(remit)
    if rng.random() < 0.4:  # a bold phrase inside the remit, as printed
        words = remit_html.split(" ")
        i = rng.randrange(1, len(words))
        j = min(len(words), i + rng.randint(1, 3))
        if not any("&" in w for w in words[i:j]):
            words[i:j] = ["<b>" + " ".join(words[i:j]) + "</b>"]
        remit_html = " ".join(words)
    title_html = f"<b>Area {area_id}: {_html(title)}</b>"
    area_stream: list[_Block] = [(title_html, "p")]
    remit_pieces = [remit_html]
    if rng.random() < 0.25:  # the remit is split (re-split on plain words, then escaped)
        split = _split_words(remit, rng)
        if split:
            remit_pieces = [_html(split[0]), _html(split[1])]
    area_stream += [(p, "p") for p in remit_pieces]

    acts: list[dict[str, Any]] = []
    act_stream: list[_Block] = []
    for _ in range(rng.randint(*items_per_area)):
        act_no += 1
        plain = _sentence(rng, "act")
        status = rng.choice(ACTIVITY_STATUSES) if rng.random() < 0.25 else None
        owners = _pick_owners(rng, codes) if rng.random() < 0.3 else []
        if status and owners:
            marker = f"{status} - {_codes_text(owners)}"
        elif status:
            marker = status
        elif owners:
            marker = _codes_text(owners)
        else:
            marker = None
        blocks, text = _item_blocks(rng, act_no, plain, marker, bullets=False,
                                    status_only=bool(status))
        act_stream += blocks
        acts.append({"activity_no": act_no, "area_id": area_id, "text": text,
                     "status": status, "owners": owners})

    recs: list[dict[str, Any]] = []
    rec_stream: list[_Block] = []
    for _ in range(rng.randint(*items_per_area)):
        rec_no += 1
        plain = _sentence(rng, "rec")
        owners = _pick_owners(rng, codes) if rng.random() < 0.85 else []
        blocks, text = _item_blocks(rng, rec_no, plain, _codes_text(owners) or None,
                                    bullets=rng.random() < 0.2)
        rec_stream += blocks
        recs.append({"rec_id": rec_no, "area_id": area_id, "area": title, "theme": theme,
                     "text": text, "owners": owners})
    exp = {"area": {"area_id": area_id, "area": title, "theme": theme, "remit": remit},
           "activities": acts, "recommendations": recs}
    return (area_stream, act_stream, rec_stream), act_no, rec_no, exp


def _item_blocks(rng: random.Random, number: int, plain: str, marker: str | None, *,
                 bullets: bool, status_only: bool = False) -> tuple[list[_Block], str]:
    """Blocks of one item (maybe split for a page break later) and its expected text."""
    if bullets:
        lead = plain + ":"
        items = rng.sample(_BULLETS, rng.randint(2, 4))
        glyph = rng.choice(("○", "•"))
        blocks: list[_Block] = [(f"{number}. {_html(lead)}", "li")]
        pieces = [lead]
        if rng.random() < 0.5:
            label = rng.choice(_LABELS)
            blocks.append((f"<b>{label}</b>", "p"))
            pieces.append(label)
        for k, b in enumerate(items):
            end = ";" if k < len(items) - 1 else "."
            blocks.append((f"{glyph} {_html(b)}{end}", "ul"))
            pieces.append(f"{glyph} {b}{end}")
        if marker is not None:
            # the marker after the list, alone in its own paragraph
            blocks.append((rng.choice((f"<b>({_html(marker)})</b>",
                                       f"(<b>{_html(marker)}</b>)")), "p"))
        return blocks, " ".join(pieces)
    html, text = _render_item(rng, number, plain, marker, status_only)
    blocks = [(html, "li")]
    r = rng.random()
    if marker is not None and r < 0.15:
        # the marker alone in the next block (it is carried over a page break)
        lead, _, _ = html.rpartition(" ")
        if "<b>" in html and "<b>" not in lead and lead:
            tail = html[len(lead) + 1:]
            if tail.startswith(("(<b>", "<b>(")) and tail.endswith((")", "</b>")):
                blocks = [(lead, "li"), (tail, "p")]
                text = _expected_text_of(lead, number)
    elif r < 0.45:
        # the item's text is split in two (a page break in the middle of it)
        split = _split_words(plain, rng)
        if split:
            first, second = split
            rest = html[len(f"{number}. {_html(plain)}"):]
            blocks = [(f"{number}. {_html(first)}", "li"), (_html(second) + rest, "p")]
    return blocks, text


def _expected_text_of(lead_html: str, number: int) -> str:
    text = lead_html[len(f"{number}. "):]
    return text.replace("&amp;", "&")


def _area_rows(rng: random.Random, streams: tuple[list[_Block], ...], theme: str,
               page_break_rate: float) -> list[str]:
    """Lines of one area: one row, or several rows split at page breaks."""
    n_rows = 1
    if rng.random() < page_break_rate:
        n_rows = rng.choice((2, 2, 3))
    cuts_per_column = []
    for c, stream in enumerate(streams):
        lo = 1 if c == 0 else 0  # the area lead always stays in the first row
        cuts = sorted(rng.randint(lo, len(stream)) for _ in range(n_rows - 1))
        if c == 0:
            cuts = [max(cut, 1) for cut in cuts]
        cuts_per_column.append([0, *cuts, len(stream)])
    lines: list[str] = []
    for r in range(n_rows):
        cells = [_render_cell(stream[cuts[r]:cuts[r + 1]], rng)
                 for stream, cuts in zip(streams, cuts_per_column, strict=True)]
        if not any(cells):
            continue
        if r > 0:
            lines += _page_break(rng, theme)
        lines.append("\t".join(cells))
    return lines


def _page_break(rng: random.Random, theme: str) -> list[str]:
    form = rng.randrange(3)
    if form == 0:
        return [""]
    if form == 1:
        return ["", _theme_heading(theme, rng), "", _header(rng)]
    return [_separator(rng), "", _theme_heading(theme, rng), "", _header(rng)]


def scaled_recommendations(n: int, seed: int = 0) -> tuple[str, dict[str, Any]]:
    """A recommendations document ``n`` times the shipped size (for benchmarks).

    The shipped table has 5 themes, 10 areas, 25 activities and 25 recommendations;
    this one has ``5n`` themes, ``10n`` areas and about ``25n`` of each kind of item
    (``n=100``: about 2,500 recommendations). Item numbers are printed with at most four
    digits, so ``n`` is at most 390.

    Examples
    --------
    >>> text, expected = scaled_recommendations(2)
    >>> len(expected["areas"]), 40 <= len(expected["recommendations"]) <= 60
    (20, True)
    """
    if not 1 <= n <= 390:
        raise ValueError(f"n must be between 1 and 390, not {n}")
    return recommendations_document(
        random.Random(seed), n_themes=SHIPPED_RECOMMENDATIONS["themes"] * n,
        areas_per_theme=(2, 2), items_per_area=(2, 3), page_break_rate=0.3)


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


def _timing(rng: random.Random, date: dt.date, past: bool = False,
            future: bool = False) -> tuple[str, str]:
    """A timing phrase (as the loader reports it in ``when``) and its quarter label.

    ``past``: the sentence is in the past tense ("has been published"), so a month without
    a year is the last one before the document, unless a deadline ("by June") says so.
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
        year = _month_year(month, date, past and prep != "by")
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
    fy_start = int(fy[:4])
    next_fy = f"{fy_start + 1}-{(fy_start + 2) % 100:02d}"
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
    day = rng.choice((_ordinal(date.day), str(date.day)))
    date_line = f"{day} {_MONTH_NAMES[date.month - 1]} {date.year}"
    if rng.random() < 0.2:
        date_line = f"{date:%A}, {date_line}"
    out = ["", "", date_line, "", rng.choice((title, title, f"# {title}")), ""]
    heading: str | None = None
    para = 0

    def add_heading(text: str) -> None:
        nonlocal heading
        heading = text
        out.extend([text, ""])

    def row(kind: str, raw: str, clean: str, number: int | None) -> None:
        exp["paragraphs"].append({"paragraph": number, "heading": heading, "kind": kind,
                                  "text": clean})

    def paragraph(text: str, *, blank_after: bool = True) -> int:
        nonlocal para
        para += 1
        out.append(f"{para}. {text}")
        if blank_after:
            out.append("")
        row("paragraph", text, text, para)
        return para

    # -- Purpose and Background ----------------------------------------------------------
    add_heading("Purpose")
    paragraph(f"To update Members on progress against the Delivery Plan for the "
              f"Improvement Programme {fy} and seek views on future funding arrangements.")
    add_heading("Background")
    paragraph("The Improvement Programme demonstrates the shared commitment of the WLGA and "
              "Welsh Government to promoting, supporting, and resourcing sector-led "
              "improvement across local government in Wales.", blank_after=False)
    endorsed = dt.date(fy_start, 3, rng.randint(1, 28))
    p3 = paragraph(f"Members endorsed the WLGA Improvement Offer {fy} at the Leaders' meeting "
                   f"on {_ordinal(endorsed.day)} March {endorsed.year}, which comprised two "
                   "elements:", blank_after=False)
    count = rng.choice((_NUMBER_WORDS[n_priorities], str(n_priorities)))
    universal = ("A universal offer available to all councils – focused on building strong "
                 f"corporate capacity and capability with councils under {count} "
                 "interdependent priorities:")
    out.append(f" - {universal}")
    row("bullet", universal, universal, p3)
    for k, name in enumerate(priorities):
        end = ";" if k < n_priorities - 2 else ("; and" if k == n_priorities - 2 else "")
        out.append(f" - {name}{end}")
        row("bullet", name + end, name + end, p3)
    targeted = ("A targeted offer for those councils who need more intensive and dedicated "
                "support to help them improve aspects of their business.")
    out.append(f" - {targeted}")
    row("bullet", targeted, targeted, p3)
    out.append("")
    loose = "In addition, work has been undertaken to establish the team and programme."
    out += [loose, ""]
    row("text", loose, loose, p3)
    amounts = rng.sample(range(50, 2000), 2)
    grant_a, grant_b = amounts[0] * 10_000, amounts[1] * 10_000
    word_a, word_b = rng.sample(_GRANT_WORDS, 2)
    stated_fy = rng.choice((fy, fy, next_fy))
    p4 = paragraph("Welsh Government funding is awarded annually subject to approval of the "
                   f"delivery plan. The delivery plan {fy} as outlined above was approved by "
                   f"Welsh Government to secure {_amount_text(rng, grant_a)} grant funding "
                   f"for {stated_fy}. Work is currently underway to develop the draft "
                   f"delivery plan for {next_fy}.", blank_after=False)
    paragraph("Although Welsh Government financial support is critical, sector-led "
              "improvement is founded on a commitment from senior members and professionals "
              "to 'mutual aid' within and across the local government family.")

    # -- Progress Update -----------------------------------------------------------------
    add_heading("Progress Update")
    sections: list[tuple[str, str | None, str]] = []  # (printed title, priority, style)
    if rng.random() < 0.8:
        sections.append(("Programme Set Up", None, "topics"))
    n_sections = n_priorities if n_sections is None else n_sections
    for k in range(n_sections):
        name = priorities[k % n_priorities]
        printed = name.replace("&", "and") if "&" in name and rng.random() < 0.5 else name
        sections.append((printed, name, "plain"))
    if rng.random() < 0.8:
        sections.append(("Targeted Improvement", None, "plain"))
    for title_text, priority, style in sections:
        number = paragraph(title_text)
        exp["sections"].append({"paragraph": number, "section": title_text,
                                "priority": priority})
        n_items = rng.randint(*items_per_section)
        for b in range(1, n_items + 1):
            topic = rng.choice(_TOPICS) if style == "topics" else None
            item = _programme_item(rng, date, orgs, topic, page_breaks, long_items)
            out += item["lines"]
            exp["items"].append({
                "item_id": f"{number}.{b}", "paragraph": number, "section": title_text,
                "priority": priority, "topic": topic, "text": item["text"],
                "when": item["when"], "quarter_label": item["quarter_label"],
                "status": item["status"], "partners": item["partners"]})
            row("bullet", "", item["bullet_clean"], number)
            for sub in item["subs"]:
                row("sub-bullet", sub, sub, number)
        out.append("")

    # -- Longer-term Planning and Funding --------------------------------------------------
    add_heading("Longer-term Planning and Funding")
    paragraph("Work has commenced to strengthen the programme framework methodology, "
              "including the establishment of benefits realisation assessment to support "
              "decision making.", blank_after=False)
    p_a = para + 1
    long_text = (f"Members previously discussed the Welsh Government's commitment to "
                 f"{word_a} funding of {_amount_text(rng, grant_a)} awarded on an annual "
                 "basis. Although an in-principle commitment to sector-led improvement has "
                 "been given in the longer-term, this annual approach does not provide "
                 "security.")
    if page_breaks and rng.random() < 0.7:
        first, _, rest = long_text.partition("in-principle")
        para += 1
        out += [f"{para}. {first}in-", "", f"principle{rest}", ""]
        row("paragraph", long_text, long_text, para)
    else:
        paragraph(long_text, blank_after=False)
    purpose_b = rng.choice(_GRANT_PURPOSES)
    p_b = paragraph(f"The WLGA also receives {word_b} funding of "
                    f"{_amount_text(rng, grant_b)} for the {purpose_b}.")
    exp["grants"] = [
        {"grant": f"{word_a} grant", "amount_gbp": grant_a, "financial_year": stated_fy,
         "financial_year_stated": True, "purpose": None, "paragraphs": [p4, p_a]},
        {"grant": f"{word_b} grant", "amount_gbp": grant_b, "financial_year": fy,
         "financial_year_stated": False, "purpose": purpose_b, "paragraphs": [p_b]},
    ]

    # -- Recommendations -----------------------------------------------------------------
    add_heading("Recommendations")
    p_r = paragraph("Members are asked to:")
    recs = [f"{p_r}.1 Consider the Improvement Programme progress report; and",
            f"{p_r}.2 Provide views on an approach to the longer-term funding of sector-led "
            f"improvement and support"]
    for r in recs:
        out.append(f"- {r}**")
        row("bullet", r, r, p_r)
    out.append("")
    footer = ["Report cleared by Cllr Hugh Evans, WLGA Spokesperson for Improvement", "",
              "Authors: Jo Hendy", "Head of Improvement", "E-mail: jo.hendy@wlga.gov.uk"]
    out += footer
    for line in footer:
        if line:
            row("text", line, line, p_r)
    return _line_endings(rng, out), exp


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
        # a page break inside the bullet: the rest of it starts in lower case on a new line
        words = body_raw.split(" ")
        cuts = [i for i in range(1, len(words))
                if words[i][:1].islower() and words[i - 1][-1:] not in ".!?;:,-"
                and not re.search(r"@|^www\.|://", words[i])]
        if cuts:
            i = rng.choice(cuts)
            lines = [f"- {lead}{' '.join(words[:i])}", "", " ".join(words[i:])]
    lines += [f" - {s}" for s in subs]
    text = " ".join([bullet_clean, *subs])
    return {"lines": lines, "text": text, "bullet_clean": bullet_clean, "subs": subs,
            "when": when, "quarter_label": quarter, "status": status, "partners": partners}


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


def shipped_sizes() -> dict[str, int]:
    """Bytes of the two shipped documents (what ``scaled_*(1)`` aims to match).

    Examples
    --------
    >>> sorted(shipped_sizes())
    ['programme', 'recommendations']
    """
    return {"recommendations": (config.RAW_DIR / "working-group-recommendations.txt")
            .stat().st_size,
            "programme": (config.RAW_DIR / "improvement-programme-2021-22-update.txt")
            .stat().st_size}
