"""Funding: the grants, the funding options and the statements about funding."""

from __future__ import annotations

import re

import pandas as pd

from wlga_analysis.analysis._common import (
    _first_seen,
)
from wlga_analysis.text.regex_cache import compile_regex


def format_gbp(amount: float) -> str:
    """Format an amount in pounds: ``£800,000``.

    Examples
    --------
    >>> format_gbp(1330000)
    '£1,330,000'
    """
    return f"£{amount:,.0f}"


def grant_summary(grants: pd.DataFrame) -> pd.DataFrame:
    """The grants with a total row and formatted amounts.

    Returns
    -------
    DataFrame
        ``grant``, ``amount_gbp`` (int), ``amount`` (e.g. ``"£800,000"``),
        ``financial_year``, ``purpose``, ``paragraphs``, ``source_line`` (nullable Int; missing
        on the total row), ``is_total``. The total row's ``grant`` is ``"total"`` and its
        paragraphs all of theirs. Grants for different financial years are never added
        up: each year's grants come with their own total row (``"total 2020-21"``), years
        in the order the update names them.

    Examples
    --------
    >>> import pandas as pd
    >>> grants = pd.DataFrame({"grant": ["improvement grant", "digital grant"],
    ...     "amount_gbp": [800000, 530000], "financial_year": ["2021-22", "2021-22"],
    ...     "purpose": ["improvement", "digital"], "paragraphs": [[4, 15], [16]],
    ...     "source_line": [30, 90]})
    >>> grant_summary(grants)[["grant", "amount_gbp", "amount", "paragraphs"]]
                   grant  amount_gbp       amount   paragraphs
    0  improvement grant      800000     £800,000      [4, 15]
    1      digital grant      530000     £530,000         [16]
    2              total     1330000   £1,330,000  [4, 15, 16]
    """
    body = pd.DataFrame({
        "grant": grants["grant"].astype("str").tolist(),
        "amount_gbp": [int(a) for a in grants["amount_gbp"]],
        "financial_year": grants["financial_year"].astype("str").tolist(),
        "purpose": grants["purpose"].astype("str").tolist(),
        "paragraphs": [list(p) if isinstance(p, list | tuple) else [] for p in
                       grants["paragraphs"]],
        "source_line": [int(s) for s in grants["source_line"]],
        "is_total": False,
    })
    years = _first_seen(body["financial_year"]) or [""]
    parts = []
    for year in years:
        group = body[body["financial_year"] == year] if len(years) > 1 else body
        parts.append(group)
        parts.append(pd.DataFrame([{
            "grant": "total" if len(years) == 1 else f"total {year}",
            "amount_gbp": int(group["amount_gbp"].sum()),
            "financial_year": year,
            "purpose": None,
            "paragraphs": sorted({p for lst in group["paragraphs"] for p in lst}),
            "source_line": None,
            "is_total": True,
        }]))
    out = pd.concat(parts, ignore_index=True)
    out["amount_gbp"] = out["amount_gbp"].astype("int64")
    out["source_line"] = out["source_line"].astype("Int64")
    out["is_total"] = out["is_total"].astype("bool")
    for c in ("grant", "financial_year", "purpose"):
        out[c] = out[c].astype("str")
    out.insert(2, "amount", out["amount_gbp"].map(format_gbp).astype("str"))
    return out


_OPTIONS_LEAD = compile_regex(r"\bOptions include\b", re.IGNORECASE)
_OPTION_SPLIT = compile_regex(r",?\s+(or whether|possibly supplemented by)\s+|,\s+(or)\s+",
                              re.IGNORECASE)


_CURRENT_FUNDING = compile_regex(
    r"\b(?:awarded|granted|paid|funded)\s+(?:annually|on an annual basis|each year)\b",
    re.IGNORECASE)
_SENTENCE_END = compile_regex(r"(?<=[.;!?])\s+(?=[A-Z(£])")


def sentences(text: str) -> list[str]:
    """Split text into sentences (at ``.``, ``;``, ``!``, ``?`` before a capital).

    Examples
    --------
    >>> sentences("Funding is annual. It is awarded by WG; see para 4.")
    ['Funding is annual.', 'It is awarded by WG; see para 4.']
    """
    return [part.strip() for part in _SENTENCE_END.split(str(text)) if part.strip()]


def funding_options(paragraphs: pd.DataFrame, include_current: bool = True) -> pd.DataFrame:
    """The options for longer-term funding, laid side by side.

    The paragraph is found by its wording (``"Options include ..."``), not by its number.
    Its text after those words is split where a new option starts: ``"or whether"``,
    ``", or"`` (alternatives) and ``"possibly supplemented by"`` (an addition to the option
    before it). With ``include_current``, the sentence that states how funding is awarded
    now (e.g. "funding is awarded annually") comes first as option 0, kind ``current``, for
    comparison. Nothing is added to the document's words: no figures are invented.

    Returns
    -------
    DataFrame
        ``option_no`` (0 for the current arrangement, then 1, 2, ...), ``option`` (its text
        as printed), ``joined_by`` (the words that introduce it; missing for the first),
        ``kind`` (``current``, ``alternative`` or ``supplement``), ``supplements`` (the
        option a supplement adds to), ``paragraph``,
        ``source_line``. Empty when no paragraph lists options.

    Examples
    --------
    >>> import pandas as pd
    >>> paras = pd.DataFrame({"paragraph": [9], "kind": ["paragraph"], "source_line": [40],
    ...     "text": ["Members may discuss. Options include a longer grant, or whether "
    ...              "to top-slice, possibly supplemented by bids."]})
    >>> funding_options(paras)[["option_no", "option", "kind", "supplements"]]
       option_no          option         kind  supplements
    0          1  a longer grant  alternative         <NA>
    1          2     to top-slice  alternative         <NA>
    2          3            bids   supplement            2
    """
    columns = ["option_no", "option", "joined_by", "kind", "supplements", "paragraph",
               "source_line"]
    rows = []
    if include_current and paragraphs["text"].astype("str").str.contains(
            _OPTIONS_LEAD).any():
        for rec in paragraphs.itertuples(index=False):
            current = [t for t in sentences(rec.text) if _CURRENT_FUNDING.search(t)]
            if current:
                rows.append({"option_no": 0, "option": current[0].rstrip("."),
                             "joined_by": None, "kind": "current", "supplements": None,
                             "paragraph": getattr(rec, "paragraph", None),
                             "source_line": rec.source_line})
                break
    for rec in paragraphs.itertuples(index=False):
        text = str(rec.text)
        lead = _OPTIONS_LEAD.search(text)
        if not lead:
            continue
        rest = text[lead.end():].strip().lstrip(":").strip()
        parts = _OPTION_SPLIT.split(rest)
        # split() returns text, sep1, sep2, text, ...; one of sep1/sep2 is None.
        texts, joins = [parts[0]], [None]
        for i in range(1, len(parts), 3):
            joins.append((parts[i] or parts[i + 1]).lower())
            texts.append(parts[i + 2])
        base = sum(1 for r in rows if r["kind"] != "current")
        last_alt = None
        for n, (option, join) in enumerate(zip(texts, joins, strict=True), start=base + 1):
            kind = "supplement" if join == "possibly supplemented by" else "alternative"
            rows.append({"option_no": n, "option": option.strip().rstrip(".;").strip(),
                         "joined_by": join, "kind": kind,
                         "supplements": last_alt if kind == "supplement" else None,
                         "paragraph": getattr(rec, "paragraph", None),
                         "source_line": rec.source_line})
            if kind == "alternative":
                last_alt = n
    out = pd.DataFrame(rows, columns=columns)
    out["option_no"] = out["option_no"].astype("int64")
    for c in ("option", "joined_by", "kind"):
        out[c] = out[c].astype("str")
    for c in ("supplements", "paragraph", "source_line"):
        out[c] = out[c].astype("Int64")
    return out


_FIGURE_PATTERN = r"(?:c\.?\s?)?£\s?\d[\d,]*(?:\.\d+)?\s?(?:bn|billion|m|million|k)?\b"


def parse_gbp(figure: str) -> float:
    """The value in pounds of a printed figure such as ``c£4bn`` or ``£800,000``.

    Raises
    ------
    ValueError
        If ``figure`` holds no £ figure, or a malformed one (``"£800,0000"``).

    Examples
    --------
    >>> parse_gbp("c£4bn"), parse_gbp("£800,000"), parse_gbp("£1.5 million")
    (4000000000.0, 800000.0, 1500000.0)
    """
    from wlga_analysis.text.money import parse_money  # the one reader of £ amounts

    money = parse_money(figure)
    if money is None or money.value is None:
        raise ValueError(f"no £ figure in {figure!r}"
                         + (f" ({money.problem})" if money is not None and money.problem else ""))
    return float(money.value)


def figure_from_text(frame: pd.DataFrame, pattern: str = _FIGURE_PATTERN,
                     text_column: str = "text") -> pd.DataFrame:
    """Pull £ figures (such as ``c£4bn``) out of a text column, with where they are printed.

    Parameters
    ----------
    frame : DataFrame
        Any table with a text column and ``source_line`` (e.g. ``activities``).
    pattern : str
        Regular expression (case-insensitive) matching a figure; the default matches
        ``£800,000``, ``c£4bn``, ``£1.5 million``.
    text_column : str, default "text"

    Returns
    -------
    DataFrame
        One row per figure found: the key columns of ``frame`` that exist
        (``activity_seq``, ``activity_no``, ``rec_id``, ``area_id``, ``item_id``,
        ``paragraph``), ``figure`` (as printed), ``value_gbp`` (float), ``approximate``
        (printed with ``c``), ``text`` (the whole text), ``source_line``.

    Examples
    --------
    >>> import pandas as pd
    >>> acts = pd.DataFrame({"activity_no": [17, 18], "source_line": [40, 41],
    ...     "text": ["No money here.", "Engagement over c£4bn of public service funding."]})
    >>> figure_from_text(acts)[["activity_no", "figure", "value_gbp", "approximate",
    ...                         "source_line"]]
       activity_no figure     value_gbp  approximate  source_line
    0           18  c£4bn  4.000000e+09         True           41
    """
    keys = [c for c in ("activity_seq", "activity_no", "rec_id", "area_id", "item_id",
                        "paragraph") if c in frame.columns]
    regex = compile_regex(pattern, re.IGNORECASE)
    rows = []
    for _, row in frame.iterrows():
        text = row[text_column]
        if pd.isna(text):
            continue
        for m in regex.finditer(str(text)):
            figure = m.group(0).strip()
            rows.append({**{k: row[k] for k in keys}, "figure": figure,
                         "value_gbp": parse_gbp(figure),
                         "approximate": bool(re.match(r"c\b|c\.?\s?£", figure, re.I)),
                         "text": str(text), "source_line": row.get("source_line")})
    out = pd.DataFrame(rows, columns=[*keys, "figure", "value_gbp", "approximate", "text",
                                      "source_line"])
    for k in keys:
        out[k] = out[k].astype(frame[k].dtype)
    out["figure"] = out["figure"].astype("str")
    out["text"] = out["text"].astype("str")
    out["value_gbp"] = out["value_gbp"].astype("float64")
    out["approximate"] = out["approximate"].astype("bool")
    return out


def grant_statements(grants: pd.DataFrame, paragraphs: pd.DataFrame) -> pd.DataFrame:
    """The sentences that state each grant's amount, i.e. what the document says it funds.

    Returns
    -------
    DataFrame
        ``grant``, ``amount`` (``"£800,000"``), ``paragraph``, ``statement`` (the sentence as
        printed), ``source_line``; one row per sentence naming the amount.

    Examples
    --------
    >>> import pandas as pd
    >>> grants = pd.DataFrame({"grant": ["digital grant"], "amount_gbp": [530000],
    ...                        "paragraphs": [[16]]})
    >>> paras = pd.DataFrame({"paragraph": [16], "kind": ["paragraph"], "source_line": [91],
    ...     "text": ["The WLGA receives £530,000 for the digital team. Other text."]})
    >>> grant_statements(grants, paras)[["grant", "statement"]]
               grant                                         statement
    0  digital grant  The WLGA receives £530,000 for the digital team.
    """
    rows = []
    figures = figure_from_text(paragraphs)
    for grant in grants.itertuples(index=False):
        hits = figures[figures["value_gbp"] == float(grant.amount_gbp)]
        for hit in hits.drop_duplicates(["paragraph", "source_line"]).itertuples(index=False):
            for sentence in sentences(hit.text):
                if hit.figure in sentence:
                    rows.append({"grant": grant.grant, "amount": format_gbp(grant.amount_gbp),
                                 "paragraph": hit.paragraph, "statement": sentence,
                                 "source_line": hit.source_line})
    out = pd.DataFrame(rows, columns=["grant", "amount", "paragraph", "statement",
                                      "source_line"])
    for c in ("grant", "amount", "statement"):
        out[c] = out[c].astype("str")
    for c in ("paragraph", "source_line"):
        out[c] = out[c].astype("Int64")
    return out


_FUNDING_TALK = compile_regex(r"\b(?:grants?|funding|funded|funds?|top-slice|settlement|"
                              r"Revenue Support Grant|RSG)\b", re.IGNORECASE)


def funding_statements(paragraphs: pd.DataFrame) -> pd.DataFrame:
    """Every sentence of the update that speaks of grants or funding, with its line.

    The context for the grants table: what the funding pays for (a core team, specific
    services), how it is awarded, and what is proposed, in the document's own words.

    Parameters
    ----------
    paragraphs : DataFrame
        The ``paragraphs`` table.

    Returns
    -------
    DataFrame
        ``paragraph``, ``statement`` (one sentence as printed), ``source_line``, in
        document order.

    Examples
    --------
    >>> import pandas as pd
    >>> paras = pd.DataFrame({"paragraph": [5], "kind": ["paragraph"], "source_line": [25],
    ...     "text": ["Support is critical, funding a core team. Members meet monthly."]})
    >>> funding_statements(paras)["statement"].tolist()
    ['Support is critical, funding a core team.']
    """
    rows = [{"paragraph": rec.paragraph, "statement": sentence,
             "source_line": rec.source_line}
            for rec in paragraphs.itertuples(index=False)
            for sentence in sentences(rec.text) if _FUNDING_TALK.search(sentence)]
    out = pd.DataFrame(rows, columns=["paragraph", "statement", "source_line"])
    out["paragraph"] = out["paragraph"].astype("Int64")
    out["statement"] = out["statement"].astype("str")
    out["source_line"] = out["source_line"].astype("int64")
    return out
