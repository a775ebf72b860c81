"""Verbs that tell what was done: the past tense of any verb after its subject.

The tense of a clause (:mod:`.tense`) is read from a list of words ("was held",
"published", "launched"); a report tells most of what it did with other verbs: "We
coordinated mutual aid between councils after the January floods", "We wrote to every
leader in May", "They have supported twelve councils". A month in such a clause is the last
one, not the next. So a clause also tells what was done when a subject ("we", "they", "the
WLGA", "the team") is followed, perhaps after an adverb or "have"/"has"/"had", by a verb in
the past tense: a regular one ending in "-ed" or a common irregular one (:data:`IRREGULAR`).
A word in "-ed" anywhere else is no verb of the clause ("a detailed plan", "councils that
are interested"), and the future words of :mod:`.tense` ("expected", "planned to",
"delayed") are read first, as before.

Examples
--------
>>> tells_done("we coordinated mutual aid between councils ")
True
>>> tells_done("a detailed plan is needed ")
False
"""

from __future__ import annotations

from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["IRREGULAR", "tells_done"]

#: Common irregular verbs in the past tense (those of :mod:`.tense`'s list aside).
IRREGULAR = ("wrote", "took", "gave", "made", "led", "won", "sent", "built", "brought",
             "spoke", "chose", "found", "paid", "kept", "told", "bought", "sought", "taught",
             "drew", "became", "came", "went", "did", "got", "saw", "spent", "lent",
             "sat", "rose", "fell", "understood", "undertook", "oversaw", "co-wrote")

#: A subject, then a verb in the past tense (text in lower case).
_PAST_VERB = compile_regex(
    r"(?:^\s*+|[,;:(]\s*+|\b(?:and|then)\s+)"
    r"(?:we|they|he|she|i|the\s+(?:wlga|team|board|group|panel|council|committee|network|"
    r"partnership|programme|association))\s+"
    r"(?:(?:also|then|jointly|successfully|together|recently|quickly|already|have|has|had)\s+)"
    r"{0,2}(?P<verb>[a-z][a-z-]{2,}ed|" + "|".join(v.replace(" ", r"\s+") for v in IRREGULAR)
    + r")\b")
#: "-ed" words that follow a subject and are no verb in the past tense: "we need",
#: "they feed" end in "ed" but are in the present.
_NOT_PAST = frozenset({"need", "feed", "speed", "proceed", "succeed", "exceed", "bleed",
                       "breed", "heed", "seed", "embed", "shed", "bed", "wed", "weed", "red"})


def tells_done(part: str) -> bool:
    """Whether a part of a clause tells what was done with a verb in the past tense after
    its subject (see the module).

    Parameters
    ----------
    part : str
        A clause, or the part of it :func:`.tense.clause_tense` reads (in lower case when
        it is ASCII).

    Returns
    -------
    bool
    """
    text = part if part.islower() else part.lower()
    return any(m.group("verb") not in _NOT_PAST for m in _PAST_VERB.finditer(text))
