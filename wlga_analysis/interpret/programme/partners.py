"""Programme interpreter: partners (see :mod:`wlga_analysis.interpret.programme`)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from wlga_analysis import config
from wlga_analysis.errors import ParseError
from wlga_analysis.reference import file_identity, reference_records
from wlga_analysis.status import compile_checked, required_substrings
from wlga_analysis.text.prefilter import SHARED_WORDS, LiteralGate, StartSearch, lowered, parsed
from wlga_analysis.text.rows import FrozenRow


class _Org(FrozenRow):
    """An organisation: its name, its pattern, the lower-case literals one of which any
    match contains (None: not known) and the pattern's search, skipping to where a match
    can start. (A frozen row, not a dataclass: no code generated at import.)"""

    __slots__ = _fields = ("name", "regex", "triggers", "start_search")

    def __init__(self, name: str, regex: re.Pattern[str], triggers: tuple[str, ...] | None,
                 start_search: StartSearch) -> None:
        self._set(name=name, regex=regex, triggers=triggers, start_search=start_search)


def _organisation_patterns(path: str | Path | None = None) -> tuple[_Org, ...]:
    return _organisation_patterns_cached(
        *file_identity(path or config.ORGANISATIONS_FILE))


@lru_cache(maxsize=16)
def _organisation_patterns_cached(path: str, mtime_ns: int, size: int) -> tuple[_Org, ...]:
    # cached on the file's identity: the patterns are compiled and analysed once
    out = []
    for row in reference_records(path, ("organisation", "full_name", "pattern"),
                                 like_itertuples=True):
        pattern = row["pattern"] if isinstance(row["pattern"], str) and row["pattern"] else \
            rf"(?<![\w-]){re.escape(row['organisation'])}(?![\w-])"
        try:
            regex = compile_checked(pattern)  # compiled when first searched
        except re.error as exc:
            raise ParseError(f"invalid pattern for organisation {row['organisation']!r}: {exc}",
                             path=path or "organisations.csv") from None
        out.append(_Org(row["organisation"], regex, _triggers(pattern), StartSearch(pattern)))
    return tuple(out)


def _triggers(pattern: str) -> tuple[str, ...] | None:
    r"""Lower-case strings one of which every match of an organisation's pattern contains.

    :func:`~wlga_analysis.status.required_substrings`, or else, for alternatives whose
    common start the regex parser took out ("\bLawyers in ...\b|\bLLG\b" parses as
    "\bL" then "awyers in ...|LG"), that start joined to each alternative's first letters
    ("lawyers in ...", "llg").

    Examples
    --------
    >>> _triggers(r"\bLawyers in Local Government\b|\bLLG\b")
    ('lawyers in local government', 'llg')
    >>> _triggers(r"\bLGA\b|\bL\b") is None
    True
    """
    found = required_substrings(pattern)
    if found is not None:
        return found
    import re._parser as sre  # the standard library's own regex parser

    try:
        nodes = parsed(pattern)
    except re.error:
        return None
    if nodes.state.flags & re.IGNORECASE:  # "ſ" would match "s": no pre-check
        return None
    run: list[str] = []
    for op, arg in nodes:
        if op is sre.LITERAL:
            run.append(chr(arg).lower())
            continue
        if op is sre.BRANCH and run:
            starts = {"".join(run) + _leading_literals(option) for option in arg[1]}
            if all(len(start) >= 3 for start in starts):
                return tuple(sorted(starts))
        run.clear()
    return None


def _leading_literals(nodes: object) -> str:
    """The lower-case literal characters a parsed regex sequence starts with."""
    import re._parser as sre

    out = []
    for op, arg in nodes:  # type: ignore[attr-defined]
        if op is not sre.LITERAL:
            break
        out.append(chr(arg).lower())
    return "".join(out)


def _partners(text: str, orgs: tuple[_Org, ...]) -> list[str]:
    steps, gate = _steps(orgs)
    # the organisations whose pre-check passes (status.may_match), found in one pass
    mask = gate.candidates(lowered(text))
    if not mask:
        return []  # (most items name no organisation)
    found = []
    while mask:  # (lowest bit first: LiteralGate.indices written out)
        low = mask & -mask
        mask ^= low
        searcher, name = steps[low.bit_length() - 1]
        m = searcher.search(text)
        if m:
            found.append((m.start(), name))
    return [name for _, name in sorted(found)]


_Steps = tuple[tuple[tuple[StartSearch, str], ...], LiteralGate]
#: The organisations last searched for, and their steps (a tuple of frozen organisations
#: never changes, so the same tuple always gives the same steps).
_last_steps: tuple[Any, _Steps | None] = (None, None)


def _steps(orgs: tuple[_Org, ...]) -> _Steps:
    """``(search, name)`` of each organisation and the gate of their pre-checks, built once
    per tuple."""
    global _last_steps
    last_orgs, last = _last_steps
    if last_orgs is orgs and last is not None:
        return last
    steps = (tuple((org.start_search, org.name) for org in orgs),
             LiteralGate([org.triggers for org in orgs], SHARED_WORDS))
    if type(orgs) is tuple:  # a list may change: never reuse its steps
        _last_steps = (orgs, steps)
    return steps
