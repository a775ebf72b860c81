"""Owners of recommendations: the codes of ``data/raw/owner_codes.csv``, and the names and
aliases they are also printed as ("Welsh Government" is WG; "WLGA and Welsh Government" is
two owners, WLGA and WG).

To teach the loader a new way of writing an owner, add its name or an alias to
``owner_codes.csv`` (column ``aliases``, several separated by ``;``).

Examples
--------
>>> owners = OwnerCodes.from_rows([("WLGA", "Welsh Local Government Association", ""),
...                                ("WG", "Welsh Government", "Welsh Ministers")])
>>> "WG" in owners, "Welsh Government" in owners
(True, False)
>>> owners.substitute("WLGA and Welsh Government")
'WLGA and WG'
>>> owners.substitute("Welsh Local Government Association / welsh  ministers")
'WLGA / WG'
>>> owners.name("WG")
'Welsh Government'
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["OwnerCodes", "load_owners", "organisations_of_job_titles", "owner_names"]

#: Between two owners of a list: "/", ",", ";", "&", "and".
_OWNER_SPLIT = compile_regex(r"\s*+(?:[/,;&+]|\band\b)\s*+", re.IGNORECASE)
#: A role label before an owner ("Lead: WG", "Support: WLGA") or a note after it ("(lead)").
_ROLE = compile_regex(r"(?i)\b(?:lead|leads|support|supported\s+by|partners?|owners?|"
                      r"responsible)\s*+:\s*+|\((?:lead|joint\s+lead|co-lead|support(?:ing)?)\)")


#: A job title printed for an owner ("Chief Executive", "Director of Housing", "Heads of
#: Planning", "Monitoring Officer"): the owner is the organisation after it.
_JOB = (r"(?:(?:Deputy|Assistant|Interim|Acting|Senior)\s+)?(?:Chief\s+Executives?|"
        r"Directors?(?:\s+General)?|Heads?|Monitoring\s+Officers?|Chief\s+(?:[A-Z][a-z]+\s+)?"
        r"Officers?|Section\s+151\s+Officers?|Managers?|Chairs?|Secretar(?:y|ies)|"
        r"Cabinet\s+(?:Members?|Secretar(?:y|ies))|Ministers?)")
#: "Director of Housing and Regeneration, Welsh Government": the title, up to the comma.
_TITLE_COMMA = compile_regex(rf"\b{_JOB}(?:\s+(?:of|for)\s+[^,;()/]+?)?\s*+,\s*+")
#: "Heads of Planning (each council)": the title before a bracket naming the organisation.
_TITLE_BRACKET = compile_regex(rf"\b{_JOB}(?:\s+(?:of|for)\s+[^,;()/]+?)?\s*+\(([^()]+)\)")
#: "Chief Executive of each CJC", "Monitoring Officer of the WLGA": the title and "of".
_TITLE_OF = compile_regex(rf"\b{_JOB}\s+(?:of|for)\s+(?=(?:each|every|all|the)\s)")
#: "each CJC", "every council", "all councils": the organisations named (their plural).
_EACH = compile_regex(r"(?i)\b(?:each|every)\s+([A-Za-z]+)\b|\ball\s+(?=[a-z]+s\b)|"
                      r"\bthe\s+(?=[A-Z]{2,})")


def organisations_of_job_titles(text: str) -> str:
    """``text`` with the job titles printed for owners left out, the organisation they are
    of kept ("Chief Executive, Transport for Wales": Transport for Wales; "Heads of Housing
    (each council)": councils; "Monitoring Officer of each CJC": CJCs).

    Examples
    --------
    >>> organisations_of_job_titles("Director of Housing and Regeneration, Welsh Government")
    'Welsh Government'
    >>> organisations_of_job_titles("Heads of Housing, all councils; Chief Executive of each CJC")
    'councils; CJCs'
    >>> organisations_of_job_titles("WLGA and Welsh Government")
    'WLGA and Welsh Government'
    """
    if not any(word in text for word in ("Chief", "Director", "Head", "Officer", "Manager",
                                         "Chair", "Secretar", "Minister", "Cabinet")):
        return text
    text = _TITLE_BRACKET.sub(lambda m: m.group(1), text)
    text = _TITLE_COMMA.sub("", text)
    text = _TITLE_OF.sub("", text)
    return _EACH.sub(lambda m: (m.group(1) + ("" if m.group(1).endswith("s") else "s"))
                     if m.group(1) else "", text)


class OwnerCodes(frozenset):
    """The known owner codes (a frozenset of them), with the names and aliases they stand for.

    ``code in owners`` is True for a code of the list; :meth:`substitute` replaces every name
    or alias printed in a piece of text by its code. Two lists are equal only when their
    codes *and* spellings are, so that a cache keyed on a list (the owner markers' readings)
    never gives one list's reading for another with the same codes.

    Examples
    --------
    >>> a = OwnerCodes.from_rows([("WG", "Welsh Government", "")])
    >>> b = OwnerCodes.from_rows([("WG", "Llywodraeth Cymru", "")])
    >>> a == b, a == OwnerCodes.from_rows([("WG", "Welsh Government", "")]), "WG" in b
    (False, True, True)
    """

    _pattern: re.Pattern[str] | None
    _by_name: dict[str, str]
    _names: dict[str, str]
    _key: frozenset[tuple[str, str]] = frozenset()

    def __eq__(self, other: object) -> bool:
        if isinstance(other, OwnerCodes):
            return frozenset.__eq__(self, other) and self._key == other._key
        if isinstance(other, frozenset) and self._key:
            return False  # a plain set of codes reads no names
        return frozenset.__eq__(self, other)

    def __ne__(self, other: object) -> bool:
        return not self == other

    def __hash__(self) -> int:
        return hash((frozenset.__hash__(self), self._key))

    @classmethod
    def from_rows(cls, rows: Iterable[tuple[str, str | None, str | None]]) -> OwnerCodes:
        """Build from ``(code, name, aliases)`` rows (aliases separated by ``;``)."""
        rows = list(rows)
        owners = cls(code for code, _, _ in rows)
        owners._names = {code: name for code, name, _ in rows if name}
        by_name: dict[str, str] = {}
        for code, name, aliases in rows:
            for spelling in [name or "", *(aliases or "").split(";")]:
                spelling = " ".join(spelling.split())
                if spelling and spelling.casefold() != code.casefold():
                    by_name.setdefault(spelling.casefold(), code)
        owners._by_name = by_name
        owners._key = frozenset(by_name.items())
        owners._pattern = None
        if by_name:
            # longest first: "Welsh Local Government Association" before "Local government"
            words = sorted(by_name, key=len, reverse=True)
            alternatives = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
            owners._pattern = compile_regex(r"(?<!\w)(?:" + alternatives + r")(?!\w)",
                                            re.IGNORECASE)
        return owners

    def substitute(self, text: str) -> str:
        """``text`` with every owner name or alias replaced by its code."""
        if self._pattern is None:
            return text
        return self._pattern.sub(lambda m: self._by_name[" ".join(m.group(0).split())
                                                         .casefold()], text)

    def name(self, code: str) -> str | None:
        """The full name of ``code`` (None for a code without one, or an unknown code)."""
        return self._names.get(code)

    def names(self) -> dict[str, str]:
        """Code -> full name, for the codes that have one."""
        return dict(self._names)


def owner_names(text: str, known: frozenset[str]) -> list[str]:
    """The owners a piece of text names, in order: known names and aliases as their codes
    (when ``known`` is an :class:`OwnerCodes`), others as printed.

    Examples
    --------
    >>> owners = OwnerCodes.from_rows([("WG", "Welsh Government", ""),
    ...                                ("LG", "Local government", "Local authorities")])
    >>> owner_names("Welsh Government and Data Cymru", owners)
    ['WG', 'Data Cymru']
    >>> owner_names("Lead: Local Authorities; Support: WG (lead)", owners)
    ['LG', 'WG']
    """
    text = organisations_of_job_titles(text)
    substitute = getattr(known, "substitute", None)
    if substitute is not None:
        text = substitute(text)
    if ":" in text or "(" in text:
        text = _ROLE.sub(" ", text)
    names: list[str] = []
    for part in _OWNER_SPLIT.split(text):
        for piece in _joined_with(part, known):
            name = " ".join(piece.split()).strip(" .;,-\u2013\u2014")
            if name and name not in names:
                names.append(name)
    return names


#: "WG with the WLGA": an owner working with another ("with", "with the").
_WITH = compile_regex(r"\s++with\s++(?:the\s++)?", re.IGNORECASE)


def _joined_with(part: str, known: frozenset[str]) -> list[str]:
    """An owner list's part, or its owners when it joins known owners with "with" ("WG
    with the WLGA": WG and WLGA; "Councils with partners" stays one name); a known owner
    printed with "the" ("the WLGA") is the owner.

    Examples
    --------
    >>> _joined_with("WG with the WLGA", frozenset({"WG", "WLGA"}))
    ['WG', 'WLGA']
    >>> _joined_with("Councils with partners", frozenset({"WG"}))
    ['Councils with partners']
    >>> _joined_with("the WLGA", frozenset({"WLGA"}))
    ['WLGA']
    """
    if part[:4].casefold() == "the " and part[4:].strip(" .;,") in known:
        return [part[4:]]  # ("the WLGA")
    if " with " not in part:
        return [part]
    pieces = _WITH.split(part)
    return pieces if all(p.strip(" .;,") in known for p in pieces) else [part]


@lru_cache(maxsize=16)
def _load(path: str, mtime_ns: int, size: int) -> OwnerCodes:
    import pandas as pd

    from wlga_analysis import reference

    frame = reference.read_reference_csv(path, ("code", "name"), with_lines=True)
    aliases = frame["aliases"] if "aliases" in frame.columns else [None] * len(frame)

    def text(value: object) -> str | None:
        return None if value is None or pd.isna(value) else str(value)

    rows = [(str(c), text(n), text(a)) for c, n, a in
            zip(frame["code"], frame["name"], aliases, strict=True) if not pd.isna(c)]
    _check_spellings(rows, frame["csv_line"].tolist(), path)
    return OwnerCodes.from_rows(rows)


def _check_spellings(rows: list[tuple[str, str | None, str | None]], lines: list[int],
                     path: str) -> None:
    """A code printed twice, or a name or alias given to two codes, is an error."""
    from wlga_analysis.errors import ParseError

    seen: dict[str, str] = {}  # casefolded spelling -> code
    codes: set[str] = set()
    for (code, name, aliases), line in zip(rows, lines, strict=False):
        if code in codes:
            raise ParseError(f"owner code {code!r} is listed twice", path=path, line=line)
        codes.add(code)
        for spelling in [name or "", *(aliases or "").split(";")]:
            key = " ".join(spelling.split()).casefold()
            if key and key != code.casefold() and seen.setdefault(key, code) != code:
                raise ParseError(f"{spelling.strip()!r} is given to two owner codes, "
                                 f"{seen[key]!r} and {code!r}; expected one", path=path,
                                 line=line)


def load_owners(path: str | None = None) -> OwnerCodes:
    """The owner list of ``data/raw/owner_codes.csv`` (cached on the file's identity).

    Examples
    --------
    >>> owners = load_owners()
    >>> owners.substitute("(Welsh Government)"), sorted(owners)[:2]
    ('(WG)', ['LG', 'WG'])
    """
    from wlga_analysis import config, reference

    return _load(*reference.file_identity(path or config.OWNER_CODES_FILE))
