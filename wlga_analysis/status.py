"""Status of a programme item from its wording, by analyst-editable rules.

The rules live in ``data/raw/status_rules.csv`` (columns ``order, status, pattern,
rule``): each ``pattern`` is a regular expression matched case-insensitively against the
item text, rules are tried in ``order`` and the first match wins. Statuses are those of
:data:`~wlga_analysis.contracts.PROGRAMME_STATUSES`. A rule whose name starts with
``"default"`` is a catch-all; items it classifies are reported as data-quality issues.

Examples
--------
>>> rules = load_status_rules()
>>> classify_status("The WLGA website has been updated.", rules)
('done', 'done: has been delivered/published')
>>> classify_status("Recruitment delays remain a risk.", rules)
('at risk', 'risk: delay')
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd

from wlga_analysis import config
from wlga_analysis.contracts import PROGRAMME_STATUSES
from wlga_analysis.errors import ParseError
from wlga_analysis.reference import file_identity, reference_records
from wlga_analysis.text.lazy import LazyPattern
from wlga_analysis.text.prefilter import SHARED_WORDS, LiteralGate, StartSearch, lowered, parsed
from wlga_analysis.text.regex_cache import compile_regex, remembered
from wlga_analysis.text.rows import FrozenRow

#: Columns of the status-rules file.
RULE_COLUMNS: tuple[str, ...] = ("order", "status", "pattern", "rule")


def _required(nodes: Any) -> frozenset[str] | None:
    """Strings one of which every match of a parsed regex sequence contains (None: unknown)."""
    import re._parser as sre  # the standard library's own regex parser

    candidates: list[frozenset[str]] = []
    run: list[str] = []

    def close_run() -> None:
        if len(run) >= 3:
            candidates.append(frozenset(["".join(run)]))
        run.clear()

    for op, arg in nodes:
        if op is sre.LITERAL:
            run.append(chr(arg).lower())
            continue
        close_run()
        inner = None
        if op is sre.SUBPATTERN:
            inner = _required(arg[-1])
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and arg[0] >= 1:
            inner = _required(arg[2])
        elif op is sre.BRANCH:
            options = [_required(alternative) for alternative in arg[1]]
            if all(options):
                inner = frozenset().union(*options)
        if inner:
            candidates.append(inner)
    close_run()
    if not candidates:
        return None
    return max(candidates, key=lambda c: min(len(s) for s in c))


def may_match(required: tuple[str, ...] | None, lowered: str) -> bool:
    """Whether a pattern whose matches all contain one of ``required`` (from
    :func:`required_substrings`; None: no pre-check) can match the lower-cased text
    ``lowered``: the cheap test tried before the regular expression.

    Examples
    --------
    >>> may_match(("delay",), "the launch was delayed"), may_match(("will",), "done")
    (True, False)
    >>> may_match(None, "anything")
    True
    """
    if required is None:
        return True
    for literal in required:  # noqa: SIM110 (a loop: any() of a generator costs more here)
        if literal in lowered:
            return True
    return False


def required_substrings(pattern: str) -> tuple[str, ...] | None:
    r"""Lower-case strings one of which every case-insensitive match of ``pattern`` contains.

    Used to skip rules cheaply (``str.__contains__`` instead of a regex search). None when
    the pattern guarantees no literal of three or more characters (then always search).

    Parameters
    ----------
    pattern : str
        A regular expression.

    Returns
    -------
    tuple of str or None

    Examples
    --------
    >>> required_substrings(r"\b(?:has|have)\s+(?:now\s+)?been\s+(?:published|issued)\b")
    ('issued', 'published')
    >>> required_substrings(r"\bexpected\b|\banticipated\b")
    ('anticipated', 'expected')
    >>> required_substrings(r"(?:very )?ab") is None, required_substrings(".") is None
    (True, True)
    """
    try:
        return _parsed_required(pattern)
    except Exception:  # an unusual pattern: no pre-check, the regex decides
        return None


@lru_cache(maxsize=1024)
def _parsed_required(pattern: str) -> tuple[str, ...] | None:
    """:func:`required_substrings` of a pattern, raising :class:`re.error` as
    :func:`re.compile` would when the pattern does not parse (cached: the rules files are
    parsed once for their checks and once for their pre-checks; and between processes:
    :func:`~wlga_analysis.text.regex_cache.remembered`)."""
    return remembered("status: required substrings", pattern, 0, _required_substrings)


def _required_substrings(pattern: str, _flags: int) -> tuple[str, ...] | None:
    tree = parsed(pattern)  # (the same tree as with IGNORECASE; read again for its starts)
    try:
        found = _required(tree)
    except Exception:  # an unusual pattern: no pre-check, the regex decides
        return None
    return tuple(sorted(found)) if found else None


def compile_checked(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``pattern`` checked as :func:`re.compile` checks it (raising the same
    :class:`re.error`), and compiled on first use (:class:`~wlga_analysis.text.lazy.LazyPattern`)
    when the check needs no compiling: a list of rules compiles only the rules a document
    gets to.

    Examples
    --------
    >>> compile_checked("will", re.IGNORECASE).search("It WILL be done.").group(0)
    'WILL'
    >>> compile_checked("(?<=a+)b")
    Traceback (most recent call last):
    ...
    re.error: look-behind requires fixed-width pattern
    """
    _parsed_required(pattern)  # the parse: where re.compile finds nearly every error
    if "(?<" in pattern:  # a look-behind: its width is checked only by compiling
        return compile_regex(pattern, flags)
    return LazyPattern(pattern, flags)  # type: ignore[return-value]


class StatusRule(FrozenRow):
    """One status rule (a row of the rules file).

    Attributes
    ----------
    order : int
        Rules are tried in increasing order.
    status : str
        One of :data:`~wlga_analysis.contracts.PROGRAMME_STATUSES`.
    pattern : str
        Regular expression, matched case-insensitively.
    rule : str
        Short human name shown in the ``status_rule`` column.
    source_line : int
        Line of the rules file.

    Examples
    --------
    >>> rule = StatusRule(20, "done", "has been (?:delivered|published)", "done: published")
    >>> bool(rule.regex.search("The toolkit HAS BEEN PUBLISHED.")), rule.is_default
    (True, False)
    >>> rules = load_status_rules()
    >>> rule = next(r for r in rules if r.rule == "planned: not started")
    >>> rule.order, rule.status, rule.source_line
    (4, 'planned', 9)
    >>> [r.rule for r in rules if r.is_default]
    ['default: no wording matched']
    """

    # (a frozen row: equal, hashed and shown by its first five fields, as a dataclass
    # whose last three are ``field(repr=False, compare=False)``)
    _fields = ("order", "status", "pattern", "rule", "source_line")
    __slots__ = ("order", "pattern", "regex", "required", "rule", "source_line",
                 "start_search", "status")
    regex: re.Pattern[str]
    #: Lower-case strings one of which every match contains (a fast pre-check), or None.
    required: tuple[str, ...] | None
    #: The pattern's search, skipping to where a match can start (compiled on first use).
    start_search: StartSearch

    def __init__(self, order: int, status: str, pattern: str, rule: str, source_line: int = 0,
                 regex: re.Pattern[str] | None = None, required: Any = None,
                 start_search: Any = None) -> None:
        # (``required`` and ``start_search`` are always worked out from the pattern)
        self._set(order=order, status=status, pattern=pattern, rule=rule,
                  source_line=source_line,
                  regex=compile_regex(pattern, re.IGNORECASE) if regex is None else regex,
                  required=required_substrings(pattern),
                  start_search=StartSearch(pattern, re.IGNORECASE))

    @property
    def is_default(self) -> bool:
        """True for a catch-all rule (its name starts with 'default')."""
        return self.rule.strip().lower().startswith("default")


def load_status_rules(path: str | Path | None = None) -> tuple[StatusRule, ...]:
    """Read and check the status rules, sorted by ``order``.

    Parameters
    ----------
    path : str or Path, optional
        A rules CSV; default ``data/raw/status_rules.csv``.

    Raises
    ------
    ParseError
        Naming the file and line, for a missing column, a bad order number, an unknown
        status, an invalid regular expression, an empty rule name or a repeated order.

    Examples
    --------
    >>> rules = load_status_rules()
    >>> sorted({r.status for r in rules}) == sorted(PROGRAMME_STATUSES)
    True
    """
    return _load_rules_cached(*file_identity(path or config.STATUS_RULES_FILE))


@lru_cache(maxsize=16)
def _load_rules_cached(path_str: str, sha256: str, size: int) -> tuple[StatusRule, ...]:
    # cached on the file's identity: compiling and analysing the patterns costs milliseconds
    path = Path(path_str)
    rules: list[StatusRule] = []
    seen: dict[int, int] = {}
    for row in reference_records(path, RULE_COLUMNS):  # (a DataFrame is slower to build)
        number = int(row.pop("csv_line"))
        cells = {k: "" if pd.isna(v) else str(v) for k, v in row.items()}
        rules.append(_check_rule(cells, path, number, seen))
    if not rules:
        raise ParseError("no status rules", path=path)
    return tuple(sorted(rules, key=lambda r: r.order))


def _check_rule(row: dict[str, str], path: Path, number: int,
                seen: dict[int, int]) -> StatusRule:
    try:
        order = int(row["order"])
    except ValueError:
        raise ParseError(f"order must be a whole number, not {row['order']!r}",
                         path=path, line=number) from None
    if order in seen:
        raise ParseError(f"order {order} is used twice (also on line {seen[order]}); the "
                         "first match in order wins, so orders must be distinct",
                         path=path, line=number)
    seen[order] = number
    status = row["status"].lower()
    if status not in PROGRAMME_STATUSES:
        raise ParseError(f"unknown status {row['status']!r}; expected one of "
                         f"{', '.join(PROGRAMME_STATUSES)}", path=path, line=number)
    if not row["pattern"]:
        raise ParseError("empty pattern", path=path, line=number)
    try:
        regex = compile_checked(row["pattern"], re.IGNORECASE)
    except re.error as exc:
        raise ParseError(f"invalid regular expression {row['pattern']!r}: {exc}",
                         path=path, line=number) from None
    if not row["rule"]:
        raise ParseError("empty rule name", path=path, line=number)
    return StatusRule(order, status, row["pattern"], row["rule"], number, regex=regex)


def classify_status(text: str, rules: tuple[StatusRule, ...] | None = None
                    ) -> tuple[str | None, str | None]:
    """The status of an item from the first rule whose pattern matches its text.

    Parameters
    ----------
    text : str
        Item text.
    rules : tuple of StatusRule, optional
        From :func:`load_status_rules` (default: the shipped rules).

    Returns
    -------
    (status, rule name)
        The first rule that matches; else the first rule whose name starts with
        ``default`` (even for an empty text); else ``(None, None)``.

    Examples
    --------
    >>> rules = load_status_rules()
    >>> classify_status("Officer Peer recruitment is scheduled for late Autumn 2021.", rules)
    ('planned', 'planned: scheduled')
    >>> classify_status("Data Cymru have continued to support data collection.", rules)
    ('in progress', 'in progress: continues')
    >>> classify_status("Something else entirely", rules)
    ('in progress', 'default: no wording matched')
    >>> classify_status("", rules)
    ('in progress', 'default: no wording matched')
    """
    if rules is None:
        rules = load_status_rules()
    text = text or ""
    steps, gate = _plan(rules)
    # the rules whose pre-check passes (status.may_match), found in one pass, tried in order
    # (lowest bit first: LiteralGate.indices written out)
    mask = gate.candidates(lowered(text))
    while mask:
        low = mask & -mask
        mask ^= low
        searcher, status, name = steps[low.bit_length() - 1]
        if searcher.search(text):
            return status, name
    for rule in rules:  # an empty text matches no pattern, but the default still applies
        if rule.rule.startswith("default"):
            return rule.status, rule.rule
    return None, None


_Plan = tuple[tuple[tuple[Any, str, str], ...], LiteralGate]
#: The rules tuple last classified with, and its plan (a tuple of frozen rules never
#: changes, so the same tuple always gives the same plan).
_last_plan: tuple[Any, _Plan | None] = (None, None)


def _plan(rules: tuple[StatusRule, ...]) -> _Plan:
    """``(search, status, rule)`` of each rule, in order, and the gate of their pre-checks
    (built once per rules tuple rather than once per item)."""
    global _last_plan
    last_rules, last = _last_plan
    if last_rules is rules and last is not None:
        return last
    steps = tuple((r.start_search, r.status, r.rule) for r in rules)
    plan = (steps, LiteralGate([r.required for r in rules], SHARED_WORDS))
    if type(rules) is tuple:  # a list may change: never reuse its plan
        _last_plan = (rules, plan)
    return plan
