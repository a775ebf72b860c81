"""Owners printed as abbreviations a document's own glossary defines.

Welsh public papers often print owners as abbreviations ("LAs", "CJCs", "NPAs") and define
them in a glossary or list of abbreviations: "**LAs** – local authorities (the 22 principal
councils)", "CJCs: Corporate Joint Committees", a web page's definition list (the
abbreviation in bold on a line, its meaning on the next). An owner the owner list does not
know (``data/raw/owner_codes.csv``) that the document defines so is read by its meaning:
the owner code of a known name ("local authorities" -> LG), else the meaning as printed
("Corporate Joint Committees"), its bracket left out.

A line defines an abbreviation only when the initials of its meaning spell it ("NPAs":
National Park Authorities; small words such as "of" and "and" skipped), so a line anywhere
in the document can be read so, never a sentence that merely contains a dash.

Examples
--------
>>> glossary(("**LAs** – local authorities (the 22 principal councils)", "",
...           "**NPAs**", "", "National Park Authorities", "WG: the Welsh Government",
...           "LAs – see below"))
{'LAs': 'local authorities', 'NPAs': 'National Park Authorities', 'WG': 'Welsh Government'}
>>> glossary(("Key: WG – Welsh Government; CJCs – Corporate Joint Committees.",))
{'WG': 'Welsh Government', 'CJCs': 'Corporate Joint Committees'}
"""

from __future__ import annotations

from typing import Any

from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["glossary", "read_glossary_owners", "spelled_out"]

#: "**LAs** – local authorities", "CJCs: Corporate Joint Committees", "WG -- Welsh Government".
_DEFINITION = compile_regex(r"[ ]{0,3}[*_]{0,2}([A-Z][A-Za-z]{1,9})[*_]{0,2}[ \t]*"
                            r"(?:[\u2013\u2014:=\t]|--?)[ \t]*(\S[^\t]{1,118})")
#: An abbreviation alone on its line, in bold ("**CJCs**": a definition list's term).
_TERM = compile_regex(r"[ ]{0,3}(?:\*\*|__)([A-Z][A-Za-z]{1,9})(?:\*\*|__)[ \t]*")
#: A bracket in a meaning: "(the 22 principal councils)".
_BRACKET = compile_regex(r"\s*\([^()]{0,120}\)")
#: The lead-in of a key or list of abbreviations run into one line ("Key:", "Abbreviations:").
_KEY_LEAD = compile_regex(r"(?i)^[ *_]{0,4}(?:key|abbreviations|acronyms|glossary)"
                          r"[ *_]{0,4}:[ *_]{0,4}")
_SMALL = frozenset({"of", "and", "for", "the", "in", "on", "&", "to"})


def _meaning(abbreviation: str, text: str) -> str | None:
    """``text`` as the meaning of ``abbreviation`` (its bracket, an article and trailing
    marks left out), when its initials spell the abbreviation; else None."""
    meaning = _BRACKET.sub("", text).strip(" \\.;,*_")
    words = meaning.split()
    if words and words[0].casefold() == "the":
        words = words[1:]
    letters = abbreviation[:-1] if abbreviation.endswith("s") and len(abbreviation) > 2 \
        else abbreviation
    initials = "".join(w[0] for w in words if w.casefold() not in _SMALL)
    return " ".join(words) if initials.upper() == letters.upper() and len(letters) >= 2 \
        else None


def glossary(lines: tuple[str, ...]) -> dict[str, str]:
    """The abbreviations the lines of a document define, with their meanings."""
    found: dict[str, str] = {}
    term: str | None = None
    for line in lines:
        if not line.strip():
            continue
        if term is not None and (meaning := _meaning(term, line.strip())) is not None:
            found.setdefault(term, meaning)
            term = None
            continue
        term = None
        if (m := _TERM.fullmatch(line)) is not None:
            term = m.group(1)
        else:
            for part in _parts(line):
                if (m := _DEFINITION.fullmatch(part)) is not None \
                        and (meaning := _meaning(m.group(1), m.group(2))) is not None:
                    found.setdefault(m.group(1), meaning)
    return found


def _parts(line: str) -> list[str]:
    """The definitions a line may print: the line, or (a key run into one line: "Key: WG –
    Welsh Government; CJCs – Corporate Joint Committees.") each part between semicolons,
    the key's lead-in left out."""
    line = line.rstrip(" \\")
    if ";" not in line:
        return [line]
    parts = [p.strip(" .") for p in _KEY_LEAD.sub("", line, count=1).split(";")]
    return [line, *(p for p in parts if p)]


def spelled_out(abbreviation: str, lines: tuple[str, ...]) -> str | None:
    """The words a document spells an abbreviation out in where it defines it nowhere: a
    run of capitalised words whose initials spell it ("Corporate Joint Committees" for
    "CJCs"), printed the same way every time; None when there is none (or two).

    Examples
    --------
    >>> spelled_out("CJCs", ("Corporate Joint Committees should publish a plan.",))
    'Corporate Joint Committees'
    >>> spelled_out("PSBs", ("Public bodies",)) is None
    True
    """
    plural = abbreviation.endswith("s") and len(abbreviation) > 2
    letters = abbreviation[:-1] if plural else abbreviation
    if not letters.isupper() or not 2 <= len(letters) <= 6:
        return None
    words = r"\s".join(f"{c}[a-z]++" for c in letters)
    pattern = compile_regex(rf"\b{words}{'(?<=s)' if plural else ''}\b")
    found = {m.group() for line in lines if len(line) < 5000 for m in pattern.finditer(line)}
    return found.pop() if len(found) == 1 else None


def read_glossary_owners(parser: Any) -> None:
    """Replace each owner of ``parser``'s items that the owner list does not know but the
    document's glossary defines by its meaning (see the module's doc)."""
    from wlga_analysis.interpret.recommendations.owners import owner_names

    unknown = {name for column in parser.items.values() for i in column for name in i.unknown}
    if unknown:  # (codes the document's key defines are its owner codes: kept)
        from wlga_analysis.interpret.recommendations.owner_key import key_owners

        unknown = key_owners(parser, unknown)
    if not unknown:
        return
    defined = glossary(tuple(parser.lines))
    for name in unknown - set(defined):  # ("CJCs", spelled out in the text: no key)
        if (phrase := spelled_out(name, tuple(parser.lines))) is not None:
            defined[name] = phrase
    meanings: dict[str, str] = {}
    for name in unknown & set(defined):
        found = owner_names(defined[name], parser.known)
        meanings[name] = found[0] if len(found) == 1 and found[0] in parser.known \
            else defined[name]
    for column in parser.items.values():
        for item in column:
            if not set(item.unknown) & set(meanings):
                continue
            owners: list[str] = []
            for name in item.owners:
                name = meanings.get(name, name)
                if name not in owners:
                    owners.append(name)
            item.owners[:] = owners
            item.unknown[:] = [meanings.get(n, n) for n in item.unknown
                               if meanings.get(n, n) not in parser.known]
