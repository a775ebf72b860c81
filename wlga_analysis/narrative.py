"""Sentences about the documents, computed from the loaded tables.

The notebooks state facts about the documents (a date, a count, which items are at risk,
a total, the names of grants and areas) only through these functions, so that a rerun on
another document can never repeat the shipped document's facts. Each function takes loaded
tables (or document metadata) and returns Markdown text; a notebook shows it with
``IPython.display.Markdown``. Method notes and caveats that hold for any document stay as
prose in the notebooks.

Examples
--------
>>> import datetime as dt
>>> long_date(dt.date(2022, 1, 27))
'27 January 2022'
>>> join_words(["a", "b", "c"])
'a, b and c'
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import pandas as pd

_NUMBER_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight",
                 "nine", "ten")


# ----------------------------------------------------------------------------- wording


def long_date(value: dt.date | str | None) -> str | None:
    """A date as people write it in a paper: ``22 October 2021``.

    Parameters
    ----------
    value : date, ISO text or None

    Returns
    -------
    str or None
        None for a missing date.

    Examples
    --------
    >>> long_date("2021-10-22"), long_date(None)
    ('22 October 2021', None)
    """
    if value is None or (not isinstance(value, dt.date) and pd.isna(value)):
        return None
    if not isinstance(value, dt.date):
        value = dt.date.fromisoformat(str(value))
    return f"{value.day} {value:%B %Y}"


def join_words(items: Iterable[Any], conjunction: str = "and") -> str:
    """Join items as English does: ``a``, ``a and b``, ``a, b and c``.

    Examples
    --------
    >>> join_words([]), join_words([13]), join_words([13, 16]), join_words([1, 2, 3], "or")
    ('', '13', '13 and 16', '1, 2 or 3')
    """
    words = [str(item) for item in items]
    if len(words) <= 1:
        return "".join(words)
    return f"{', '.join(words[:-1])} {conjunction} {words[-1]}"


def count_words(n: int, noun: str, plural: str | None = None) -> str:
    """``n`` and a noun, singular or plural, small numbers in words.

    Examples
    --------
    >>> count_words(0, "item"), count_words(1, "item"), count_words(3, "activity", "activities")
    ('no items', 'one item', 'three activities')
    >>> count_words(24, "finding")
    '24 findings'
    """
    word = noun if n == 1 else (plural or noun + "s")
    number = _NUMBER_WORDS[n] if 0 <= n < len(_NUMBER_WORDS) else str(n)
    return f"{number} {word}"


def _gbp(amount: float) -> str:
    from wlga_analysis.analysis import format_gbp

    return format_gbp(amount)


def _title(document: Mapping[str, Any]) -> str:
    return str(document.get("title_display") or document.get("title") or document.get("file"))


def _when(document: Mapping[str, Any]) -> str:
    date = long_date(document.get("date"))
    if date:
        return date
    return str(document.get("date_note") or "undated")


# ---------------------------------------------------------------------------- documents


def sources(documents: Sequence[Mapping[str, Any]]) -> str:
    """The **Sources.** line of a notebook: each document's title, publisher, date, file
    and checksum, as loaded.

    Parameters
    ----------
    documents : sequence of mapping
        Document metadata, e.g. ``[wa.load_metadata(path, kind=...), ...]``.

    Returns
    -------
    str
        Markdown.

    Examples
    --------
    >>> print(sources([{"title": "Update", "publisher": "WLGA", "date": dt.date(2022, 1, 27),
    ...                 "file": "update.txt", "sha256": "ab" * 32}]))
    **Sources.** *Update* (WLGA, 27 January 2022; file `update.txt`, sha256 begins
    `abababababab`).
    Every table below keeps the `source_line` of the document line it came from.
    """
    parts = []
    for doc in documents:
        who = doc.get("publisher")
        when = _when(doc)
        detail = f"{who}, {when}" if who else when
        parts.append(f"*{_title(doc)}* ({detail}; file `{doc.get('file')}`, sha256 begins "
                     f"`{str(doc.get('sha256', ''))[:12]}`)")
    return (f"**Sources.** {join_words(parts)}.\n"
            "Every table below keeps the `source_line` of the document line it came from.")


def dating(documents: Sequence[Mapping[str, Any]]) -> str:
    """What is known about when each document was written.

    Examples
    --------
    >>> print(dating([{"title": "Recs", "date": None, "date_note": "undated (2019-20)"},
    ...               {"title": "Update", "date": dt.date(2022, 1, 27),
    ...                "financial_year": "2021-22"}]))
    *Recs* is undated; its provenance record says: undated (2019-20).
    *Update* is dated 27 January 2022 (financial year 2021-22).
    >>> print(dating([{"title": "Notes", "date": None}]))
    *Notes* is undated, and no provenance record places it in time.
    """
    lines = []
    for doc in documents:
        date = long_date(doc.get("date"))
        if date:
            year = doc.get("financial_year")
            lines.append(f"*{_title(doc)}* is dated {date}"
                         + (f" (financial year {year})." if year else "."))
        elif doc.get("date_note"):
            lines.append(f"*{_title(doc)}* is undated; its provenance record says: "
                         f"{doc['date_note']}.")
        else:
            lines.append(f"*{_title(doc)}* is undated, and no provenance record places it "
                         "in time.")
    return "\n".join(lines)


def document_caveats(documents: Sequence[Mapping[str, Any]],
                     provenance: Sequence[Mapping[str, Any]]) -> str:
    """The caveats recorded for each document (matched by checksum in the provenance list).

    Parameters
    ----------
    documents : sequence of mapping
        Document metadata with ``sha256``.
    provenance : sequence of mapping
        Provenance records (``wa.load_provenance()``), each with ``sha256`` and ``caveats``.

    Examples
    --------
    >>> docs = [{"title": "Update", "sha256": "aa"}, {"title": "Next", "sha256": "bb"}]
    >>> print(document_caveats(docs, [{"sha256": "aa", "caveats": ["Read from a PDF."]}]))
    **Caveats recorded for the documents.**
    <BLANKLINE>
    - *Update*: Read from a PDF.
    - *Next*: no caveats are recorded for this document (it has no provenance record).
    """
    by_sha = {r.get("sha256"): r for r in provenance}
    lines = ["**Caveats recorded for the documents.**", ""]
    for doc in documents:
        record = by_sha.get(doc.get("sha256"))
        if record is None:
            lines.append(f"- *{_title(doc)}*: no caveats are recorded for this document "
                         "(it has no provenance record).")
            continue
        notes = list(record.get("caveats") or []) or ["none recorded."]
        lines.append(f"- *{_title(doc)}*: {' '.join(notes)}")
    return "\n".join(lines)


# --------------------------------------------------------------------------- data quality


def _items_text(items: Sequence[str], limit: int = 10) -> str:
    listed = [str(i) for i in items if str(i).strip()]
    if len(listed) > limit:
        return f"{len(listed)} items; `wa.data_quality_report()` lists them"
    return join_words(listed)


def quality_reading(quality: pd.DataFrame, programme: pd.DataFrame) -> str:
    """**Reading this.** for the data-quality findings: each document's checks with the
    items they concern, and how many programme items give a timing.

    Parameters
    ----------
    quality : DataFrame
        ``wa.data_quality_report(...)``.
    programme : DataFrame
        ``wa.load_programme(...)``.

    Examples
    --------
    >>> quality = pd.DataFrame({"document": ["recs.txt", "recs.txt"],
    ...                         "table": ["recommendations"] * 2,
    ...                         "check": ["no owner", "no owner"], "item": ["13", "16"],
    ...                         "source_line": [26, 36], "message": ["m", "m"]})
    >>> programme = pd.DataFrame({"quarter": pd.PeriodIndex(["2021Q3", None, None],
    ...                                                     freq="Q-MAR")})
    >>> print(quality_reading(quality, programme))
    **Reading this.** The documents have 2 data-quality findings:
    <BLANKLINE>
    - `recs.txt`: no owner (2: 13 and 16).
    <BLANKLINE>
    One of the 3 programme items gives a timing, so any view by quarter covers only the
    items that do.
    """
    if quality.empty:
        lines = ["**Reading this.** The documents have no data-quality findings."]
    else:
        lines = [f"**Reading this.** The documents have {len(quality)} data-quality "
                 "findings:", ""]
        for document, rows in quality.groupby("document", sort=False):
            checks = [f"{check} ({len(found)}: {_items_text(list(found['item']))})"
                      for check, found in rows.groupby("check", sort=False)]
            lines.append(f"- `{document}`: {'; '.join(checks)}.")
    lines += ["", _timing_share(programme)]
    return "\n".join(lines)


def _timing_share(programme: pd.DataFrame) -> str:
    timed = int(programme["quarter"].notna().sum())
    total = len(programme)
    if total == 0:
        return "The programme update has no progress items."
    if timed == total:
        return f"All {total} programme items give a timing."
    lead = count_words(timed, "programme item").split(" ", 1)[0].capitalize()
    verb = "gives" if timed == 1 else "give"
    return (f"{lead} of the {total} programme items {verb} a timing, so any view by quarter "
            "covers only the items that do.")


# ----------------------------------------------------------------------------- owners


def owners_reading(recs: pd.DataFrame, programme: pd.DataFrame) -> str:
    """**Reading this.** for delivery by owner: the most common owner combination, each
    owner's total, recommendations with no owner, and the partners named most often.

    Examples
    --------
    >>> recs = pd.DataFrame({"rec_id": [1, 2, 3, 4],
    ...                      "owners": [["WLGA", "WG"], ["WG", "WLGA"], ["LG"], []]})
    >>> programme = pd.DataFrame({"item_id": ["6.1", "6.2"], "priority": ["P", "P"],
    ...                           "status": ["done", "planned"],
    ...                           "partners": [["LGA"], ["LGA", "Data Cymru"]]})
    >>> print(owners_reading(recs, programme))
    **Reading this.** WLGA/WG own 2 of the 4 recommendations together, the most common
    combination. Counting joint ones, WLGA is named on 2, WG on 2 and LG on 1. One
    recommendation names no owner (4).
    <BLANKLINE>
    On the programme side, the partners named most often are LGA (2 items) and Data Cymru (1 item).
    """
    from wlga_analysis.analysis import owner_combinations, recommendations_per_owner

    total = len(recs)
    combos = owner_combinations(recs, keep_lead=False)
    named = combos[combos["n_owners"] > 0]
    parts = []
    if not named.empty:
        top = named.iloc[0]
        verb = "own" if top["n_owners"] > 1 else "alone owns"
        together = " together" if top["n_owners"] > 1 else ""
        parts.append(f"{top['owners']} {verb} {top['recommendations']} of the {total} "
                     f"recommendations{together}, the most common combination.")
    per_owner = recommendations_per_owner(recs)
    if not per_owner.empty:
        counts = [f"{row.owner} on {row.total}" for row in per_owner.itertuples(index=False)]
        parts.append(f"Counting joint ones, {counts[0].replace(' on ', ' is named on ', 1)}"
                     + (f", {join_words(counts[1:])}." if len(counts) > 1 else "."))
    nobody = combos[combos["n_owners"] == 0]
    ids = [i for ids in nobody["rec_ids"] for i in ids]
    if ids:
        parts.append(f"{count_words(len(ids), 'recommendation').capitalize()} "
                     f"name{'s' if len(ids) == 1 else ''} no owner ({join_words(ids)}).")
    else:
        parts.append("Every recommendation names an owner.")
    return "**Reading this.** " + " ".join(parts) + "\n\n" + _partners_sentence(programme)


def _partners_sentence(programme: pd.DataFrame) -> str:
    from wlga_analysis.analysis import partners_by_status

    per_partner = partners_by_status(programme).groupby("partner", sort=False)["items"].sum()
    if per_partner.empty:
        return "On the programme side, no item names a partner organisation from the list."
    ranked = per_partner.sort_values(ascending=False, kind="stable")
    top = ranked[ranked >= ranked.iloc[min(1, len(ranked) - 1)]]
    names = [f"{name} ({int(n)} item{'' if int(n) == 1 else 's'})" for name, n in top.items()]
    noun = "partner named most often is" if len(names) == 1 else \
        "partners named most often are"
    return f"On the programme side, the {noun} {join_words(names)}."


# ------------------------------------------------------------------------------ areas


def areas_reading(areas: pd.DataFrame, activities: pd.DataFrame, recs: pd.DataFrame) -> str:
    """**Reading this.** for delivery by area: the areas with the most recommendations,
    how many areas have as many activities as recommendations, and how many activities
    state a status.

    Examples
    --------
    >>> areas = pd.DataFrame({"area_id": [1, 2], "area": ["Regions", "Mergers"],
    ...                       "theme": ["Joint", "Joint"], "remit": ["", ""]})
    >>> recs = pd.DataFrame({"rec_id": [1, 2, 3], "area_id": [1, 1, 2]})
    >>> activities = pd.DataFrame({"activity_no": ["1", "2"], "area_id": [1, 2],
    ...                            "status": ["ongoing", None]})
    >>> print(areas_reading(areas, activities, recs))
    **Reading this.** Regions carries the most recommendations (2). One of the 2 areas has
    at least as many activities under way or achieved as recommendations. One of the 2
    activities states a status.
    """
    from wlga_analysis.analysis import area_summary

    table = area_summary(areas, activities, recs)
    if table.empty:
        return "**Reading this.** The recommendations table has no areas."
    most = int(table["recommendations"].max())
    top = table.loc[table["recommendations"] == most, "area"].tolist()
    if len(top) == 1:
        first = f"{top[0]} carries the most recommendations ({most})."
    else:
        first = f"{join_words(top)} carry the most recommendations ({most} each)."
    covered = int((table["activities"] >= table["recommendations"]).sum())
    n_areas = len(table)
    second = (f"{_of(covered, n_areas)} areas {'has' if covered == 1 else 'have'} at least as "
              "many activities under way or achieved as recommendations.")
    n_acts = int(table["activities"].sum())
    stated = n_acts - int(table["activities_not_stated"].sum())
    third = (f"{_of(stated, n_acts)} activities {'states' if stated == 1 else 'state'} "
             "a status.")
    return f"**Reading this.** {first} {second} {third}"


def _of(part: int, whole: int) -> str:
    """``One of the 10``, ``All 3``, ``None of the 4``."""
    if whole and part == whole:
        return f"All {whole}" if whole > 1 else "The one"
    if part == 0:
        return f"None of the {whole}"
    return f"{count_words(part, 'x').split(' ')[0].capitalize()} of the {whole}"


# ---------------------------------------------------------------------------- quarters


def quarter_months(quarter: pd.Period) -> str:
    """The months a financial quarter covers: ``July to September 2021``.

    Examples
    --------
    >>> quarter_months(pd.Period("2022Q2", freq="Q-MAR"))
    'July to September 2021'
    >>> quarter_months(pd.Period("2022Q4", freq="Q-MAR"))
    'January to March 2022'
    """
    start, end = quarter.start_time, quarter.end_time
    if start.year == end.year:
        return f"{start:%B} to {end:%B %Y}"
    return f"{start:%B %Y} to {end:%B %Y}"


def quarters_note(programme: pd.DataFrame, metadata: Mapping[str, Any],
                  examples: int = 3) -> str:
    """How this update's timing phrases resolve, with examples from the update itself.

    Parameters
    ----------
    programme : DataFrame
        ``wa.load_programme(...)`` (``when``, ``quarter``, ``quarter_label``).
    metadata : mapping
        The update's metadata (``date``, ``financial_year``).
    examples : int
        How many distinct phrases to quote.

    Examples
    --------
    >>> programme = pd.DataFrame({
    ...     "when": ["within quarter two", None, "by 31st March 2022"],
    ...     "quarter": pd.PeriodIndex(["2022Q2", None, "2022Q4"], freq="Q-MAR"),
    ...     "quarter_label": ["2021-22 Q2", None, "2021-22 Q4"]})
    >>> print(quarters_note(programme, {"date": dt.date(2021, 10, 22),
    ...                                 "financial_year": "2021-22"}))
    Quarters are UK financial quarters (April to March), resolved in the update's own
    financial year (2021-22) and relative to its date (22 October 2021). In this update,
    "within quarter two" is 2021-22 Q2 (July to September 2021) and "by 31st March 2022" is
    2021-22 Q4 (January to March 2022).
    """
    year = metadata.get("financial_year")
    date = long_date(metadata.get("date"))
    head = ("Quarters are UK financial quarters (April to March), resolved in the update's "
            f"own financial year ({year or 'not stated'}) and relative to its date "
            f"({date or 'undated'}).")
    timed = programme[programme["quarter"].notna() & programme["when"].notna()]
    timed = timed.drop_duplicates("quarter").head(examples)
    if timed.empty:
        return head + " No item in this update gives a timing."
    shown = [f'"{row.when}" is {row.quarter_label} ({quarter_months(row.quarter)})'
             for row in timed.itertuples(index=False)]
    return f"{head} In this update, {join_words(shown)}."


def _item_label(row: Any) -> str:
    from wlga_analysis.analysis import sentences

    what = row.topic if isinstance(row.topic, str) and row.topic else \
        f'"{(sentences(row.text) or [row.text])[0]}"'
    return f"item {row.item_id} ({row.section}: {what})"


def timing_reading(programme: pd.DataFrame, report_quarter: pd.Period) -> str:
    """**Reading this.** for delivery by quarter: how many items give a timing, where the
    timed ones fall relative to the report's quarter, and which items are at risk.

    Examples
    --------
    >>> programme = pd.DataFrame({
    ...     "item_id": ["6.1", "6.2", "7.1"], "section": ["Set Up", "Set Up", "Recovery"],
    ...     "topic": ["Programme team", None, None],
    ...     "text": ["Recruitment delays remain a risk.", "The website is live.",
    ...              "Case studies are delayed. More later."],
    ...     "status": ["at risk", "done", "at risk"],
    ...     "quarter": pd.PeriodIndex(["2022Q2", None, "2022Q3"], freq="Q-MAR")})
    >>> print(timing_reading(programme, pd.Period("2022Q3", freq="Q-MAR")))
    **Reading this.** Two of the 3 programme items give a timing. Of those, one falls in an
    earlier quarter, one in the report's own quarter (2021-22 Q3) and none in a later
    quarter. Two items are at risk: item 6.1 (Set Up: Programme team) and item 7.1
    (Recovery: "Case studies are delayed.").
    """
    from wlga_analysis.quarters import quarter_label

    quarters = programme["quarter"].dropna()
    total = len(programme)
    if quarters.empty:
        first = f"None of the {total} programme items gives a timing."
    else:
        before = int((quarters < report_quarter).sum())
        same = int((quarters == report_quarter).sum())
        after = int((quarters > report_quarter).sum())
        first = (f"{_of(len(quarters), total)} programme items give a timing. Of those, "
                 f"{count_words(before, 'x').split(' ')[0].replace('no', 'none')} "
                 f"{'falls' if before == 1 else 'fall'} in an earlier quarter, "
                 f"{count_words(same, 'x').split(' ')[0].replace('no', 'none')} in the "
                 f"report's own quarter ({quarter_label(report_quarter)}) and "
                 f"{count_words(after, 'x').split(' ')[0].replace('no', 'none')} in a later "
                 "quarter.")
    at_risk = programme[programme["status"] == "at risk"]
    if at_risk.empty:
        second = "No item is at risk."
    else:
        labels = [_item_label(row) for row in at_risk.itertuples(index=False)]
        n = len(labels)
        second = (f"{count_words(n, 'item').capitalize()} {'is' if n == 1 else 'are'} at "
                  f"risk: {join_words(labels)}.")
    return f"**Reading this.** {first} {second}"


# ----------------------------------------------------------------------------- funding


def grants_reading(grants: pd.DataFrame, figures: pd.DataFrame) -> str:
    """**Reading this.** for funding: each grant with its amount, year and purpose, their
    total, and how it compares with any £ figure the recommendations table quotes.

    Parameters
    ----------
    grants : DataFrame
        ``wa.load_grants(...)``.
    figures : DataFrame
        ``analysis.figure_from_text(activities)`` (``figure``, ``value_gbp``).

    Examples
    --------
    >>> grants = pd.DataFrame({"grant": ["improvement grant", "digital grant"],
    ...                        "amount_gbp": [800000, 530000],
    ...                        "financial_year": ["2021-22", "2021-22"],
    ...                        "purpose": ["the delivery plan", "the Chief Digital Officer"]})
    >>> figures = pd.DataFrame({"figure": ["c£4bn"], "value_gbp": [4e9]})
    >>> print(grants_reading(grants, figures))
    **Reading this.** The update names two grants with amounts: the improvement grant of
    £800,000 for 2021-22 (the delivery plan) and the digital grant of £530,000 for 2021-22
    (the Chief Digital Officer). Together they are £1,330,000, 0.03% of the c£4bn of funding
    the recommendations table quotes.
    """
    if grants.empty:
        return "**Reading this.** The update names no grant with an amount."
    parts = []
    for row in grants.itertuples(index=False):
        year = f" for {row.financial_year}" if isinstance(row.financial_year, str) else ""
        purpose = f" ({row.purpose})" if isinstance(row.purpose, str) and row.purpose \
            and row.purpose not in row.grant else ""
        parts.append(f"the {row.grant} of {_gbp(row.amount_gbp)}{year}{purpose}")
    text = (f"**Reading this.** The update names {count_words(len(grants), 'grant')} with "
            f"amounts: {join_words(parts)}.")
    total = float(grants["amount_gbp"].sum())
    if len(grants) > 1:
        text += f" Together they are {_gbp(total)}"
        subject = ""
    else:
        subject = f" {_gbp(total)} is"
    if not figures.empty:
        figure = figures.iloc[0]
        share = total / float(figure["value_gbp"]) * 100
        share_text = f"{share:.2f}%" if share < 1 else f"{share:.0f}%"
        text += (f"{subject or ','} {share_text} of the {figure['figure']} "
                 "of funding the recommendations table quotes.")
    elif len(grants) > 1:
        text += "."
    return text


def grants_caveat(grants: pd.DataFrame) -> str:
    """**Caveats.** for funding: grants whose financial year is not printed beside them.

    Examples
    --------
    >>> grants = pd.DataFrame({"grant": ["digital grant"], "financial_year": ["2021-22"],
    ...                        "financial_year_stated": [False]})
    >>> print(grants_caveat(grants))  # doctest: +NORMALIZE_WHITESPACE
    **Caveats.** The financial year of the digital grant is not printed beside it; it is
    taken as the update's own year, 2021-22 (`financial_year_stated` is False). Grant streams
    the update mentions without an amount are not in the grants table; their sentences are
    in the paragraphs table.
    >>> grants_caveat(grants.assign(financial_year_stated=True)).split(". ")[0]
    "**Caveats.** Every grant's financial year is printed beside it"
    """
    tail = ("Grant streams the update mentions without an amount are not in the grants "
            "table; their sentences are in the paragraphs table.")
    assumed = grants[~grants["financial_year_stated"].astype(bool)]
    if assumed.empty:
        return f"**Caveats.** Every grant's financial year is printed beside it. {tail}"
    names = join_words(f"the {g}" for g in assumed["grant"])
    years = join_words(sorted(set(assumed["financial_year"].dropna())))
    verb = "is" if len(assumed) == 1 else "are"
    return (f"**Caveats.** The financial year of {names} {verb} not printed beside "
            f"{'it' if len(assumed) == 1 else 'them'}; it is taken as the update's own year, "
            f"{years} (`financial_year_stated` is False). {tail}")


def options_note(options: pd.DataFrame) -> str:
    """How many options for longer-term funding the update puts, and whether it gives
    amounts for them.

    Parameters
    ----------
    options : DataFrame
        ``analysis.funding_options(paragraphs)`` (``kind``, ``option``).

    Examples
    --------
    >>> options = pd.DataFrame({"kind": ["current", "alternative", "alternative"],
    ...                         "option": ["annual grant", "a longer grant", "a top-slice"]})
    >>> print(options_note(options))
    The update puts two options to Members; the table also shows the current arrangement for
    comparison. It gives no amounts for them, and none are invented here.
    >>> print(options_note(options.iloc[:0]))
    The update puts no options for longer-term funding to Members.
    """
    proposed = options[options["kind"] != "current"]
    if proposed.empty:
        return "The update puts no options for longer-term funding to Members."
    text = (f"The update puts {count_words(len(proposed), 'option')} to Members"
            + ("; the table also shows the current arrangement for comparison."
               if (options["kind"] == "current").any() else "."))
    priced = proposed["option"].astype("str").str.contains("£", regex=False)
    if priced.any():
        return text + f" {_of(int(priced.sum()), len(proposed))} options state an amount."
    return text + " It gives no amounts for them, and none are invented here."


def figures_note(figures: pd.DataFrame) -> str:
    """How many £ figures the recommendations table's activities quote.

    Examples
    --------
    >>> figures_note(pd.DataFrame({"figure": ["c£4bn"], "source_line": [37]}))
    'The recommendations table quotes one £ figure in its activities (line 37), shown here
    with its source line.'
    >>> figures_note(pd.DataFrame({"figure": [], "source_line": []}))
    'The recommendations table quotes no £ figure in its activities.'
    """
    if figures.empty:
        return "The recommendations table quotes no £ figure in its activities."
    lines = join_words(int(x) for x in figures["source_line"])
    n = len(figures)
    return (f"The recommendations table quotes {count_words(n, '£ figure')} in its activities "
            f"(line{'s' if n > 1 else ''} {lines}), shown here with "
            f"{'its source line' if n == 1 else 'their source lines'}.")


# --------------------------------------------------------------------------- crosswalk


def check_crosswalk(crosswalk: pd.DataFrame, recs: pd.DataFrame, programme: pd.DataFrame,
                    grants: pd.DataFrame, paragraphs: pd.DataFrame) -> pd.DataFrame:
    """The crosswalk with two new columns: ``found`` (its recommendation and target exist in
    these documents) and ``problem`` (why not, naming the CSV line; empty when found).

    A crosswalk is written for one pair of documents; on another update some of its links
    point at nothing. They are kept and named here (see :func:`crosswalk_note`), not dropped.

    Examples
    --------
    >>> cw = pd.DataFrame({"rec_id": [1, 1], "target_kind": ["grant", "grant"],
    ...                    "target": ["digital grant", "x grant"], "reason": ["r", "r"],
    ...                    "csv_line": [5, 6]})
    >>> recs = pd.DataFrame({"rec_id": [1]})
    >>> grants = pd.DataFrame({"grant": ["digital grant"]})
    >>> empty = pd.DataFrame({"item_id": [], "section": [], "paragraph": []})
    >>> checked = check_crosswalk(cw, recs, empty, grants, empty)
    >>> checked["found"].tolist()
    [True, False]
    >>> print(checked.loc[1, "problem"])
    crosswalk.csv, line 6: grant 'x grant' does not exist in the grants of the programme update
    """
    from wlga_analysis.analysis import validate_crosswalk
    from wlga_analysis.errors import ParseError

    found, problems = [], []
    for position in range(len(crosswalk)):
        row = crosswalk.iloc[[position]].copy()
        row.attrs = dict(crosswalk.attrs)
        try:
            validate_crosswalk(row, recs, programme, grants, paragraphs)
        except ParseError as exc:
            found.append(False)
            problems.append(str(exc))
        else:
            found.append(True)
            problems.append("")
    return crosswalk.assign(found=pd.Series(found, index=crosswalk.index, dtype="bool"),
                            problem=pd.Series(problems, index=crosswalk.index, dtype="str"))


def crosswalk_note(checked: pd.DataFrame) -> str:
    """Whether every crosswalk link points at something in these documents; if not, which
    links do not (they are left out of the delivery table below, and named here).

    Examples
    --------
    >>> checked = pd.DataFrame({"found": [True, False],
    ...                         "problem": ["", "crosswalk.csv, line 6: no such grant"]})
    >>> print(crosswalk_note(checked))
    One of the 2 links of the crosswalk points at nothing in these documents; the crosswalk
    was probably written for another update. It is left out below:
    <BLANKLINE>
    - crosswalk.csv, line 6: no such grant
    >>> print(crosswalk_note(checked.iloc[:1]))
    The crosswalk's one link points at a recommendation and at work in these documents.
    """
    missing = checked[~checked["found"]]
    if missing.empty:
        n = len(checked)
        subject = "The crosswalk's one link points" if n == 1 else \
            f"All {n} links of the crosswalk point"
        return f"{subject} at a recommendation and at work in these documents."
    n, total = len(missing), len(checked)
    lead = f"All {total} of the crosswalk's links" if n == total else \
        f"{_of(n, total)} links of the crosswalk"
    verb = "points" if n == 1 else "point"
    pronoun = "It is" if n == 1 else "They are"
    lines = [f"{lead} {verb} at nothing in these documents; the crosswalk was probably "
             f"written for another update. {pronoun} left out below:", ""]
    lines += [f"- {problem}" for problem in missing["problem"]]
    return "\n".join(lines)


def crosswalk_scope(documents: Sequence[Mapping[str, Any]],
                    provenance: Sequence[Mapping[str, Any]]) -> str:
    """Whether the documents are the shipped ones the crosswalk in ``data/raw/`` was written
    for; if not, a warning that its links match items by number and name only.

    Examples
    --------
    >>> shipped = [{"sha256": "aa", "file": "update.txt"}]
    >>> crosswalk_scope([{"title": "Update", "sha256": "aa"}], shipped)
    'The crosswalk was written for these documents (the shipped ones).'
    >>> print(crosswalk_scope([{"title": "Next", "sha256": "bb"}], shipped))
    *Next* is not a shipped document, and the crosswalk was written for the shipped ones: its
    links match items, sections, grants and paragraphs by number and name only, so the same
    number may be other work here. Check each link's `target_text` before quoting it.
    """
    shipped = {r.get("sha256") for r in provenance}
    others = [f"*{_title(doc)}*" for doc in documents if doc.get("sha256") not in shipped]
    if not others:
        return "The crosswalk was written for these documents (the shipped ones)."
    verb = "is not a shipped document" if len(others) == 1 else "are not shipped documents"
    return (f"{join_words(others)} {verb}, and the crosswalk was written for the shipped "
            "ones: its links match items, sections, grants and paragraphs by number and name "
            "only, so the same number may be other work here. Check each link's `target_text` "
            "before quoting it.")


_TARGET_WORDS: dict[str, str] = {
    "grant": "the {}",
    "programme_item": "item {}",
    "section": "the {} section",
    "paragraph": "paragraph {}",
}


def delivery_reading(delivery: pd.DataFrame) -> str:
    """**Reading this.** for recommendation to delivery: for each recommendation, the work
    that delivers it and how far that work has got.

    Parameters
    ----------
    delivery : DataFrame
        ``analysis.recommendation_delivery(...)`` (``rec_id``, ``area``, ``target_kind``,
        ``target``, ``status``).

    Examples
    --------
    >>> delivery = pd.DataFrame({"rec_id": [14, 14, 19], "area": ["Diversity"] * 2 + ["Support"],
    ...                          "target_kind": ["programme_item", "programme_item", "grant"],
    ...                          "target": ["8.4", "8.2", "improvement grant"],
    ...                          "status": ["in progress", "in progress", None]})
    >>> print(delivery_reading(delivery))
    **Reading this.** The crosswalk links two recommendations to work in the update:
    <BLANKLINE>
    - recommendation 14 (Diversity): item 8.4 and item 8.2 (in progress);
    - recommendation 19 (Support): the improvement grant.
    """
    if delivery.empty:
        return "**Reading this.** The crosswalk links no recommendation to work in the update."
    rec_ids = list(dict.fromkeys(delivery["rec_id"]))
    lines = [f"**Reading this.** The crosswalk links "
             f"{count_words(len(rec_ids), 'recommendation')} to work in the update:", ""]
    for number, rec_id in enumerate(rec_ids, start=1):
        rows = delivery[delivery["rec_id"] == rec_id]
        targets = [_TARGET_WORDS.get(kind, "{}").format(target)
                   for kind, target in zip(rows["target_kind"], rows["target"], strict=True)]
        statuses = list(dict.fromkeys(s for s in rows["status"] if isinstance(s, str) and s))
        status = f" ({'; '.join(statuses)})" if statuses else ""
        end = "." if number == len(rec_ids) else ";"
        lines.append(f"- recommendation {rec_id} ({rows['area'].iloc[0]}): "
                     f"{join_words(targets)}{status}{end}")
    return "\n".join(lines)
