"""Programme interpreter: the fields of an item printed as a list item (see
:mod:`wlga_analysis.interpret.programme`).

An item's topic (its bold lead), text, status, timing and partners; a status symbol
opening or closing its text ("✔ The site was refreshed.") gives its status through the
paper's key (rule ``symbol``, :mod:`~wlga_analysis.interpret.programme.symbols`) and is
not part of its text; nor is a status tag closing it ("... (Complete)", "... ✔ Complete",
rule ``tag``, :mod:`~wlga_analysis.interpret.programme.closing_tags`), nor a closing RAG
change ("... Amber → Blue ▲ improving", rule ``rag``: the current colour is the status,
:mod:`~wlga_analysis.interpret.programme.rag_travel`). A long update repeats
texts (the same wording under several sections): each distinct body is classified and
timed once, and each distinct text searched for partners once, per document.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from wlga_analysis import quarters
from wlga_analysis.interpret.programme.closing_labels import with_bold_label
from wlga_analysis.interpret.programme.closing_tags import closing_tag
from wlga_analysis.interpret.programme.common import _BOLD_LEAD, _Row, _tagged_status
from wlga_analysis.interpret.programme.layouts import (
    leading_status,
    tag_status,
    trailing_status,
)
from wlga_analysis.interpret.programme.measures import printed_ref
from wlga_analysis.interpret.programme.measures import row_ref as row_ref  # (the parser's)
from wlga_analysis.interpret.programme.partners import _Org, _partners
from wlga_analysis.interpret.programme.printed_refs import PlainRef
from wlga_analysis.interpret.programme.rag_travel import rag_change
from wlga_analysis.interpret.programme.symbols import leading_symbol, marker_symbol
from wlga_analysis.status import StatusRule, classify_status
from wlga_analysis.text.clean import clean_text

#: A dash between a bold lead and its text ("**Data dashboards** – the dashboards ..."),
#: with the space after it.
_DASHES = frozenset({"\u2013 ", "\u2014 ", "- "})


def bullet_fields(raw: str, row: _Row, rules: tuple[StatusRule, ...],
                  orgs: tuple[_Org, ...], tags: dict[str, str], ref_date: dt.date | None,
                  financial_year: str | None, memo: dict[Any, Any]) -> dict[str, Any]:
    """Topic, text, status, timing and partners of an item printed as a list item.

    ``memo`` is one dict per document: what was read of each distinct body and text.

    Examples
    --------
    >>> import datetime as dt
    >>> from wlga_analysis.interpret.programme.partners import _organisation_patterns
    >>> from wlga_analysis.reference import load_status_tags
    >>> from wlga_analysis.status import load_status_rules
    >>> raw = "**Peer review:** a review with Data Cymru is planned for quarter four."
    >>> row = _Row("bullet", 6, "Progress Update", 10, raw, 12)
    >>> fields = bullet_fields(raw, row, load_status_rules(), _organisation_patterns(),
    ...                        load_status_tags(), dt.date(2021, 10, 22), "2021-22", {})
    >>> fields["topic"], fields["status"], fields["when"], fields["partners"]
    ('Peer review', 'planned', 'quarter four', ['Data Cymru'])
    """
    topic, text, body, label = _lead_parts(raw, row, tags)
    symbol, symbol_rule = _status_mark(body, row, tags)
    symbol, symbol_rule = with_bold_label(symbol, symbol_rule, raw.strip(), body, tags)  # **Done**
    if symbol is not None:  # (a bold lead stays before the text; a sub-heading does not)
        text = text[:len(text) - len(body)] + symbol[1] if text.endswith(body) else symbol[1]
        body = symbol[1]
    read = memo.get(body)
    if read is None:
        read = memo[body] = (_tagged_status(body, tags) or trailing_status(body, tags)
                             or leading_status(body, tags) or classify_status(body, rules),
                             quarters.resolve_timing(body, ref_date, financial_year))
    (status, rule), (period, when) = read
    if symbol is not None:
        status, rule = symbol[0], symbol_rule
    if label is not None:  # "**On track:** ...": the printed label beats the wording
        status, rule = label, "label"
        period, when = _label_timing(body, label, period, when, ref_date, financial_year)
    found = memo.get((text,))  # (a text's partners, keyed apart from the bodies)
    if found is None:
        found = memo[(text,)] = _partners(text, orgs)
    return {"topic": topic, "text": text, "status": status, "status_rule": rule,
            "quarter": period, "when": when, "partners": list(found)}


def _label_timing(body: str, label: str, period: Any, when: str | None,
                  ref_date: dt.date | None, financial_year: str | None) -> tuple[Any, Any]:
    """The timing of an item whose label says its work is still to finish: the outstanding
    work's (:mod:`.outstanding_timing`), else its first."""
    from wlga_analysis.interpret.programme.outstanding_timing import (
        LABEL_STATUSES,
        outstanding_timing,
    )

    later = outstanding_timing(body, when, ref_date, financial_year) \
        if label in LABEL_STATUSES else None
    return later if later is not None else (period, when)


def _lead_parts(raw: str, row: _Row, tags: dict[str, str]
                ) -> tuple[str | None, str, str, str | None]:
    """(topic, text, body, label status) of a list item: its bold lead the topic, kept
    before its text; a bold lead that is only a status word ("**On track:** ...", "<strong>
    Complete:</strong> ...") is the item's status label (status tags,
    ``status_tags.csv``), left out of its text and giving no topic.

    Examples
    --------
    >>> from wlga_analysis.reference import load_status_tags
    >>> raw = "**Behind schedule:** The review will now report in June 2026."
    >>> topic, text, _, label = _lead_parts(raw, _Row("bullet", 2, "Progress", 3, raw, 4),
    ...                                     load_status_tags())
    >>> topic, text, label
    (None, 'The review will now report in June 2026.', 'at risk')
    """
    stripped = raw.strip()
    lead = _BOLD_LEAD.match(stripped) if stripped.startswith(("**", "<")) else None
    topic = clean_text(lead.group("topic") or lead.group("html_topic")
                       ).rstrip(":").strip() if lead else None
    text = row.text if raw == row.raw else clean_text(raw)
    if topic and text.startswith(f"{topic}:"):
        body = text[len(topic) + 1:].strip()
    elif topic:
        body = clean_text(raw.strip()[lead.end():])  # type: ignore[union-attr]
        if body[:2] in _DASHES:  # "**Lead** – text": the dash parts the lead, as a colon
            body = body[2:].lstrip()
        # (a run-in title closing with its own stop, "**Market Arcade homes.** Work ...",
        # is kept as printed; any other lead is parted from the text by a colon)
        text = f"{topic} {body}" if topic[-1:] in ".!?" else f"{topic}: {body}"
    else:  # (a sub-heading's topic is not in the item's own words)
        body, topic = text, row.topic
    label = tag_status(topic, tags) if lead and topic else None
    if label is not None:  # (a bold lead only: a sub-heading "Complete" is a group's)
        return None, body, body, label
    return topic, text, body, None


def _status_mark(body: str, row: _Row, tags: dict[str, str]
                 ) -> tuple[tuple[str, str] | None, str]:
    """((status, text without it), rule) of a status symbol opening the item (rule
    ``symbol``), a status tag closing it (``tag``: "... (Complete)", "... ✔ Complete") or a
    closing RAG change (``rag``: "... Amber → Blue ▲ improving", :mod:`.rag_travel`); (None,
    "symbol") when it has none.

    Examples
    --------
    >>> from wlga_analysis.reference import load_status_tags
    >>> row = _Row("bullet", 2, "Progress", 3, "x", 4)
    >>> _status_mark("Posts filled. Amber \u2192 Blue", row, load_status_tags())
    (('done', 'Posts filled.'), 'rag')
    """
    symbol = leading_symbol(body, tags) or marker_symbol(row.source_line, body, tags)
    if symbol is not None:
        return symbol, "symbol"
    if (symbol := closing_tag(body, tags)) is not None:
        return symbol, "tag"  # left out of the text
    if (symbol := rag_change(body, tags)) is not None:
        return symbol, "rag"  # the current colour: the previous one and the arrow history
    return None, "symbol"


#: Items of one document worth reading on two CPUs (:mod:`wlga_analysis.second_cpu`): below
#: this, a fork (about 10 ms) costs more than half the items' reading saves.
TWO_CPU_ITEMS = 600


def all_bullet_fields(pairs: list[tuple[str, _Row]], rules: tuple[StatusRule, ...],
                      orgs: tuple[_Org, ...], tags: dict[str, str], ref_date: dt.date | None,
                      financial_year: str | None) -> list[dict[str, Any]]:
    """:func:`bullet_fields` of each ``(raw, row)`` of a document's list items, in order; a
    long list read in two halves, the second on another CPU when there is one
    (:func:`~wlga_analysis.second_cpu.second_half`: the same fields either way).

    Examples
    --------
    >>> from wlga_analysis.interpret.programme.partners import _organisation_patterns
    >>> from wlga_analysis.reference import load_status_tags
    >>> from wlga_analysis.status import load_status_rules
    >>> raw = "The toolkit was published in May 2022."
    >>> fields = all_bullet_fields([(raw, _Row("bullet", 6, "Progress", 10, raw, 12))],
    ...                            load_status_rules(), _organisation_patterns(),
    ...                            load_status_tags(), None, "2021-22")
    >>> [(f["status"], f["when"]) for f in fields]
    [('done', 'in May 2022')]
    """
    from wlga_analysis.second_cpu import second_half

    def read(part: list[tuple[str, _Row]]) -> list[dict[str, Any]]:
        memo: dict[Any, Any] = {}
        return [bullet_fields(raw, row, rules, orgs, tags, ref_date, financial_year, memo)
                for raw, row in part]

    half = len(pairs) // 2
    with second_half(lambda: read(pairs[half:]), worth=len(pairs) >= TWO_CPU_ITEMS) as later:
        if not later.forked:
            return read(pairs)
        first = read(pairs[:half])
        return first + later.result()


def item_key(number: str | None, section: int | None, position: int) -> str:
    """An item's id: its printed number when it is a three-level number of its section
    ("3.2.1" of legal numbering) or a ref numbered by its section ("O3.A2",
    :func:`~.measures.printed_ref`), else ``"<section>.<position>"``.

    Examples
    --------
    >>> item_key("3.2.1", 3, 5), item_key("3.4", 3, 4), item_key(None, 3, 2)
    ('3.2.1', '3.4', '3.2')
    >>> item_key("O3.A2", 3, 2)
    'O3.A2'
    >>> item_key("31", None, 1), item_key(None, None, 2)  # (an action log: no sections)
    ('31', '2')
    """
    if section is None:
        return number or str(position)
    if number and number.count(".") == 2 and number.partition(".")[0] == str(section):
        return number
    ref = printed_ref(number, section) if number and number[:1].isalpha() else None
    return ref or (str(number) if isinstance(number, PlainRef) else f"{section}.{position}")
