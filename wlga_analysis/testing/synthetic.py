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

The programme generator and the helpers both generators share are in
:mod:`wlga_analysis.testing.synthetic_programme`; they are importable from here too.

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

import random
import re
from typing import Any

from wlga_analysis import config
from wlga_analysis.testing.synthetic_programme import (
    SHIPPED_PROGRAMME,
    _line_endings,
    _read_csv,
    _rng,
    financial_year_of,
    organisations,
    programme_document,
    quarter_end,
    quarter_label_of,
    scaled_programme,
)

__all__ = [
    "SHIPPED_PROGRAMME",
    "financial_year_of",
    "organisations",
    "programme_document",
    "quarter_end",
    "quarter_label_of",
    "recommendations_document",
    "scaled_programme",
    "scaled_recommendations",
    "shipped_sizes",
]

#: Sizes of the shipped documents that the ``scaled_*`` generators multiply.
SHIPPED_RECOMMENDATIONS = {"themes": 5, "areas": 10, "activities": 25, "recommendations": 25}

#: The two header-row forms of a recommendations table.
HEADER_PLAIN = "Area\tActivity underway or achieved\tRecommendations"
HEADER_BOLD = ("<b>Area</b>\t<b>Activity underway or achieved</b>\t"
               "<b>Recommendations</b>")

#: Statuses an activity's marker can state (all in the parser's status vocabulary).
ACTIVITY_STATUSES = ("Ongoing", "Complete", "Agreed", "Underway", "In progress",
                     "On hold", "Achieved")


# ---------------------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------------------
def _html(plain: str) -> str:
    """Plain text as it is printed inside an HTML cell (only '&' needs escaping here)."""
    return plain.replace("&", "&amp;")


def owner_codes() -> list[str]:
    """Owner codes listed in ``data/raw/owner_codes.csv``, in file order.

    Examples
    --------
    >>> "WLGA" in owner_codes() and "WG" in owner_codes()
    True
    """
    return [r["code"] for r in _read_csv(config.OWNER_CODES_FILE) if r.get("code")]


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
