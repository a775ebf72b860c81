from __future__ import annotations

import pandas as pd

from wlga_analysis import analysis
from wlga_analysis.charts.style import (
    _GREY,
    _TEXT_GREY,
    Chart,
    _chars,
    _clause,
    _frame_figure,
    _gbp_formatter,
    _in_style,
    _new_figure,
    _number_word,
    _palette,
    _plural,
    _source_note,
    _wrap,
)


def _options_text(options: pd.DataFrame) -> str:
    """The funding options as a numbered list: every option has its number (a supplement
    names the option it adds to), and its wrapped lines hang under its text."""
    para = options["paragraph"].dropna()
    where = f" (paragraph {int(para.iloc[0])})" if len(para) else ""
    lines = [_wrap(f"Options for longer-term funding{where}; the update gives no amounts:",
                   _chars(90, 7.5))]
    for r in options.itertuples(index=False):
        number = f"{r.option_no}. "
        if r.kind == "supplement" and pd.notna(r.supplements):
            text = f"Option {int(r.supplements)} possibly supplemented by {r.option}"
        elif r.kind == "supplement":
            text = f"Possibly supplemented by {r.option}"
        else:
            text = f"{r.option[0].upper()}{r.option[1:]}"
        wrapped = _wrap(text, _chars(82, 7.5) - len(number)).split("\n")
        hang = " " * (2 * len(number) - 2)  # a space is half the width of a digit
        lines.append(number + wrapped[0])
        lines.extend(hang + line for line in wrapped[1:])
    return "\n".join(lines)


@_in_style
def chart_funding(grants: pd.DataFrame, paragraphs: pd.DataFrame) -> Chart:
    """The grants and their total as bars, with the longer-term funding options as text.

    No figure is attached to the options: the update gives none.

    Returns
    -------
    Chart
        Named ``"funding"``.

    Examples
    --------
    >>> from wlga_analysis.programme import load_grants, load_paragraphs
    >>> chart = chart_funding(load_grants(), load_paragraphs())
    >>> chart.name, chart.title
    ('funding', 'Two grants total £1,330,000 for 2021-22')
    >>> print(chart.alt_text)  # doctest: +ELLIPSIS
    Horizontal bar chart of grants with their total (improvement grant £800,000; digital grant
    £530,000; total £1,330,000); 3 options for longer-term funding listed as text without
    amounts; ...
    """
    summary = analysis.grant_summary(grants)
    options = analysis.funding_options(paragraphs, include_current=False)
    body = summary[~summary["is_total"]]
    totals = summary[summary["is_total"]]
    total_row = totals.iloc[0]
    years = total_row["financial_year"]
    first = body[body["financial_year"] == years] if len(totals) > 1 else body
    if len(first) > 1:
        title = f"{_number_word(len(first))} grants total {total_row['amount']} for {years}"
    elif len(first) == 1:
        title = f"One grant of {total_row['amount']} for {years}"
    else:
        title = "The update names no grant"
    if len(totals) > 1:  # other years are never added in
        later = ", ".join(totals["financial_year"].iloc[1:])
        title += f"; {len(body) - len(first)} more for {later}"
        years = ", ".join(totals["financial_year"])
    n_opt = len(options)
    height = 2.0 + 0.3 * len(summary) + (0.4 * n_opt + 0.3 if n_opt else 0)
    fig = _new_figure(height)
    ax = fig.add_subplot()
    colour, total_colour = _palette("duo")[0], _GREY
    y = list(range(len(summary)))[::-1]
    bar_colours = [total_colour if t else colour for t in summary["is_total"]]
    ax.barh(y, summary["amount_gbp"], color=bar_colours, height=0.6)
    top = float(summary["amount_gbp"].max()) if len(summary) else 1.0
    for yi, row in zip(y, summary.itertuples(index=False), strict=True):
        ax.text(row.amount_gbp + top * 0.01, yi, row.amount, va="center", fontsize=8.5,
                color=_TEXT_GREY, fontweight="bold" if row.is_total else "normal")
    labels = [g.capitalize() if t else _wrap(g[0].upper() + g[1:], _chars(24))
              for g, t in zip(summary["grant"], summary["is_total"], strict=True)]
    ax.set_yticks(y, labels)
    ax.set_xlim(0, top * 1.22)
    ax.grid(axis="y", visible=False)
    ax.grid(axis="x", visible=True)
    ax.xaxis.set_major_formatter(_gbp_formatter(top))
    if n_opt:
        ax.set_xlabel(_options_text(options), loc="left", fontsize=7.5, color="black",
                      labelpad=8, linespacing=1.35)
    subtitle = (f"Grant funding to the WLGA named in the update with an amount, {years}"
                if len(body) else "Grants named in the update")
    _frame_figure(fig, ax, title, subtitle, _source_note("programme", grants))
    parts = "; ".join(f"{r.grant} {r.amount}" for r in summary.itertuples(index=False))
    alt = (f"Horizontal bar chart of grants with their total ({parts}); "
           f"{_plural(n_opt, 'option')} for longer-term funding listed as text without "
           f"amounts; it shows that {_clause(title)}.")
    return Chart(fig, "funding", alt, title)


