"""A date in a participle before the subject's verb is background to the date that verb
governs.

"Twelve electric vans ordered in June 2025 will be delivered in November 2025": "ordered in
June 2025" describes the vans; the sentence says when they will be delivered. A careful
reader places the item in November. The rule (``future verb`` in
:data:`wlga_analysis.text.milestone.MILESTONE_RULES`) takes the later phrase when

- the first phrase follows a bare past participle ("ordered in", "bought in", "agreed in";
  not "was held in", "were agreed in": a finite past clause of its own),
  :func:`after_participle`, and the next "will" / "is to" / "are to" after it comes in the
  same clause (no comma, bracket, "and", "but", "which" between: "A workshop was held in
  April and more will run in May" keeps April);
- the later phrase follows "will <verb>", "will be <verb>ed", "is to be <verb>ed" ("will
  be issued to pupils in", "will go live in", "are to be published in"), at most five words
  after "will", :func:`after_future_verb`.

Examples
--------
>>> text = "Twelve vans ordered in June 2025 will be delivered in November 2025."
>>> after_participle(text, text.index("in June"))
True
>>> after_future_verb(text, text.index("in November"))
True
>>> text = "A workshop was held in April and more will run in May."
>>> after_participle(text, text.index("in April"))
False
"""

from __future__ import annotations

from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["FUTURE_WORDS", "after_future_verb", "after_participle"]

#: Words one of which a text holds where the rule can apply (its ``words``: plain words,
#: "to" for "is to", "are to").
FUTURE_WORDS: tuple[str, ...] = ("will", "to")

#: A bare past participle just before a phrase (no "was", "were", "been", ... before it).
_PARTICIPLE = compile_regex(
    r"(?i)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)(?<!\bis\s)(?<!\bare\s)"
    r"(?<!\bhas\s)(?<!\bhave\s)(?<!\bhad\s)(?<!\bwe\s)(?<!\bthey\s)(?<!\bit\s)"
    r"\b(?:[a-z]{2,}ed|bought|built|made|sent|won|set\s+up|begun|taken|given|paid|sold|"
    r"signed|drawn\s+up)\s++$")
#: The verb of what is still to come after the participle's phrase.
_FUTURE_VERB = compile_regex(r"(?i)\b(?:will|(?:is|are)\s+to)\b")
#: What ends a clause between the two: the later verb is then another clause's.
_CLAUSE_BREAK = compile_regex(r"(?i)[,;:()]|\.\s|\b(?:and|but|which|who|while|whereas|"
                              r"then|although|though)\b")
#: "will <verb>" (perhaps "be <verb>ed", a particle, an object: "will be issued to pupils")
#: just before the later phrase, up to five words.
_AFTER_FUTURE = compile_regex(r"(?i)\b(?:will|(?:is|are)\s+to)(?:\s++[a-z]++){1,5}\s++$")


def after_participle(text: str, start: int) -> bool:
    """Whether the phrase at ``start`` follows a bare past participle and the next
    "will" / "is to" / "are to" stands in its clause (see the module).

    Examples
    --------
    >>> text = "The framework agreed in April 2025 will go live in June 2026."
    >>> after_participle(text, text.index("in April"))
    True
    >>> text = "The survey closed in October, and the results will be out in May."
    >>> after_participle(text, text.index("in October"))
    False
    """
    if _PARTICIPLE.search(text, max(0, start - 20), start) is None:
        return False
    verb = _FUTURE_VERB.search(text, start, start + 120)
    return verb is not None and _CLAUSE_BREAK.search(text, start, verb.start()) is None


def after_future_verb(text: str, start: int) -> bool:
    """Whether the phrase at ``start`` follows "will <verb>" or "is/are to (be) <verb>".

    Examples
    --------
    >>> text = "Materials are to be published in January 2026."
    >>> after_future_verb(text, text.index("in January"))
    True
    >>> text = "It will be issued to pupils in February; more on 3 March."
    >>> (after_future_verb(text, text.index("in February")),
    ...  after_future_verb(text, text.index("on 3")))
    (True, False)
    """
    return _AFTER_FUTURE.search(text, max(0, start - 40), start) is not None
