"""Programme interpreter: partners (see :mod:`wlga_analysis.interpret.programme`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from wlga_analysis import config
from wlga_analysis.errors import ParseError
from wlga_analysis.reference import (
    file_identity,
    load_organisations,
)
from wlga_analysis.status import required_substrings


@dataclass(frozen=True)
class _Org:
    name: str
    regex: re.Pattern[str]
    triggers: tuple[str, ...] | None  # lower-case literals one of which any match contains


def _organisation_patterns(path: str | Path | None = None) -> tuple[_Org, ...]:
    return _organisation_patterns_cached(
        *file_identity(path or config.ORGANISATIONS_FILE))


@lru_cache(maxsize=16)
def _organisation_patterns_cached(path: str, mtime_ns: int, size: int) -> tuple[_Org, ...]:
    # cached on the file's identity: the patterns are compiled and analysed once
    orgs = load_organisations(path)
    out = []
    for row in orgs.itertuples(index=False):
        pattern = row.pattern if isinstance(row.pattern, str) and row.pattern else \
            rf"(?<![\w-]){re.escape(row.organisation)}(?![\w-])"
        try:
            regex = re.compile(pattern)
        except re.error as exc:
            raise ParseError(f"invalid pattern for organisation {row.organisation!r}: {exc}",
                             path=path or "organisations.csv") from None
        out.append(_Org(row.organisation, regex, required_substrings(pattern)))
    return tuple(out)


def _partners(text: str, orgs: tuple[_Org, ...]) -> list[str]:
    lowered = text.lower()
    found = []
    for triggers, search, name in _steps(orgs):
        if triggers is not None:
            for trigger in triggers:
                if trigger in lowered:
                    break
            else:
                continue  # cannot match: it lacks every string a match must contain
        m = search(text)
        if m:
            found.append((m.start(), name))
    return [name for _, name in sorted(found)]


#: The organisations last searched for, and their steps (a tuple of frozen organisations
#: never changes, so the same tuple always gives the same steps).
_last_steps: tuple[Any, tuple[Any, ...]] = (None, ())


def _steps(orgs: tuple[_Org, ...]) -> tuple[tuple[Any, Any, str], ...]:
    """``(triggers, search, name)`` of each organisation, looked up once per tuple."""
    global _last_steps
    last_orgs, last = _last_steps
    if last_orgs is orgs:
        return last
    steps = tuple((org.triggers, org.regex.search, org.name) for org in orgs)
    if type(orgs) is tuple:  # a list may change: never reuse its steps
        _last_steps = (orgs, steps)
    return steps


