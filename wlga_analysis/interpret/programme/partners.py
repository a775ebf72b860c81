"""Programme interpreter: partners (see :mod:`wlga_analysis.interpret.programme`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from wlga_analysis import config
from wlga_analysis.errors import ParseError
from wlga_analysis.reference import (
    file_identity,
    load_organisations,
)


@dataclass(frozen=True)
class _Org:
    name: str
    regex: re.Pattern[str]
    triggers: tuple[str, ...] | None  # lower-case literals one of which any match contains


def _triggers(pattern: str) -> tuple[str, ...] | None:
    r"""Literal words (lower case) one of which every match of ``pattern`` contains, or None.

    A fast pre-check only: each '|'-separated piece must hold a required letter run of
    three or more (look-arounds, escapes, classes, group syntax and optional letters
    removed; the longest run of each piece is kept); otherwise None (always search).

    Examples
    --------
    >>> _triggers(r"(?<![\w-])LGA\b|(?<!Welsh )\bLocal Government Association\b")
    ('lga', 'association')
    >>> _triggers(r"\b[A-Z]{2}\b") is None
    True
    """
    out: list[str] = []
    pattern = re.sub(r"\(\?<?[!=](?:\\.|[^)])*\)", " ", pattern)  # look-arounds match nothing
    for piece in pattern.split("|"):
        piece = re.sub(r"\\.|\(\?(?:P?<\w+>|[<!=:aiLmsux-]+[:)]?)|\[[^\]]*\]|\{[^}]*\}", " ",
                       piece)
        runs = [m.group(0)[:-1] if piece[m.end():m.end() + 1] in ("?", "*") else m.group(0)
                for m in re.finditer(r"[A-Za-z]{3,}", piece)]
        runs = [r.lower() for r in runs if len(r) >= 3]
        if not runs:
            return None
        out.append(max(runs, key=len))  # every run is required: the longest is enough
    return tuple(out)


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
        out.append(_Org(row.organisation, regex, _triggers(pattern)))
    return tuple(out)


def _partners(text: str, orgs: tuple[_Org, ...]) -> list[str]:
    lowered = text.lower()
    found = []
    for org in orgs:
        if org.triggers is not None and not any(t in lowered for t in org.triggers):
            continue
        m = org.regex.search(text)
        if m:
            found.append((m.start(), org.name))
    return [name for _, name in sorted(found)]


