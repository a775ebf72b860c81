"""An owner whose name joins two modifiers on one noun: "Town and community councils".

An owner list is split on "and" ("The WLGA and local authorities": two owners), but a name
can hold "and" itself: "Town and community councils" is one kind of body (the community
councils and town councils of Wales), the two words before "councils" sharing the noun.
Split, it would be "Town" and "community councils" (the last read through the alias
"councils" as LG: a council of another kind).

:func:`shared_head_name` keeps such a name whole, as printed (a name that is no owner code
is kept as printed and reported, see :mod:`.modal_subject`): the subject is "<Word> and
<words> <noun>", where

- the word before "and" is one word and names no owner (not a code, a name, an alias, or
  a singular of one: "Schools", "Councils", "The council" name owners and split as ever);
- the words after it are more than one, name no owner as a whole ("local authorities"
  does: "Town and local authorities" splits), and end with a noun that names one
  ("councils").

Examples
--------
>>> from wlga_analysis.interpret.recommendations.owners import OwnerCodes
>>> known = OwnerCodes.from_rows([("LG", "Local government", "councils;local authorities"),
...                               ("WG", "Welsh Government", "")])
>>> shared_head_name("Town and community councils", known)
'Town and community councils'
>>> shared_head_name("Schools and local authorities", known) is None
True
>>> shared_head_name("Welsh Government and community councils", known) is None
True
"""

from __future__ import annotations

__all__ = ["shared_head_name"]


def shared_head_name(subject: str, known: frozenset[str]) -> str | None:
    """The subject as one owner name, as printed, when its "and" joins two modifiers of one
    noun (see the module's notes); else None.

    Parameters
    ----------
    subject : str
        The subject of a recommendation's sentence ("Town and community councils").
    known : frozenset of str
        The owner codes (an :class:`~.owners.OwnerCodes` reads names and aliases too).

    Returns
    -------
    str or None

    Examples
    --------
    >>> shared_head_name("Fire and rescue services", frozenset()) is None  # (no known noun)
    True
    """
    words = subject.split()
    if words[:1] and words[0].casefold() == "the":
        words = words[1:]
    if len(words) < 4 or words[1].casefold() != "and" or "and" in (w.casefold() for w in
                                                                    words[2:]):
        return None  # (one cheap look: "<Word> and <words> <noun>")
    first, rest = words[0], " ".join(words[2:])
    if _names_owner(first, known) or _names_owner(rest, known) \
            or not _names_owner(words[-1], known):
        return None
    return " ".join(words)


def _names_owner(text: str, known: frozenset[str]) -> bool:
    """Whether ``text`` is, as a whole, a known owner (code, name or alias, or its
    singular)."""
    from wlga_analysis.interpret.recommendations.prose_owners import _names, plural_code

    names = _names(text, known)
    return len(names) == 1 and plural_code(names[0], known) in known
