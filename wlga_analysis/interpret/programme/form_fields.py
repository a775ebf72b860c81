"""Programme interpreter: a funder's form template's blank fields and its repeated headings.

A return written in the funder's own form template (a Regional Integration Fund quarterly
return, a Shared Prosperity Fund claim) prints every field of the template in every
project's block, filled in or not, and groups the blocks under the template's headings,
each the template's own label with a number ("Model of care 2: Home from hospital
services", "Investment priority 3 – People and skills")::

    Model of care 1: Community based care
    Project name: Community Wellbeing Coordinators
    Delivery partners:
    RAG status: Green

Two things a form reader (:mod:`.forms`) needs from such a template:

- **blank fields**: a label printed with no value ("Delivery partners:" alone on its line,
  a Word or web form's label cell beside an empty cell) is still a field of its block, with
  an empty value, when the paper prints that label with a value elsewhere: the template's
  field, left blank, not a heading that ends the block;
- **repeated labelled headings**: a heading "<label> N: name" whose label is none of the
  section labels of ``programme_words.csv`` ("Objective", "Strand", ...) still numbers a
  section when the paper prints the same label with two numbers or more ("Model of care 1",
  "Model of care 2"): it is the template's numbered heading. Its name is the text after the
  label and number.

Examples
--------
>>> labels = repeated_labels(["Model of care 1: Community based care", "Project name: A",
...                           "Model of care 2 – Home from hospital"])
>>> sorted(labels)
['model of care']
>>> heading_label("Model of care 2 – Home from hospital", labels)
('2', 'Home from hospital')
>>> heading_label("Project name: A", labels) is None
True
>>> bare_label("Delivery partners:"), bare_label("Progress was good.") is None
('Delivery partners', True)
"""

from __future__ import annotations

from collections.abc import Iterable

from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["bare_label", "heading_label", "repeated_labels"]

#: "<label> N: name": a label of one to four words (letters only), a number of one or two
#: figures, a colon or dash, the name.
_LABELLED = compile_regex(r"(?P<label>[A-Za-z][A-Za-z'’]*(?:[ \t]+[A-Za-z][A-Za-z'’]*){0,3})"
                          r"[ \t]+(?P<number>\d{1,2})[ \t]*(?:[:\u2013\u2014-])[ \t]*"
                          r"(?P<name>\S.{0,118})")
#: The longest label of a blank field, in words.
_LABEL_WORDS = 8


def _fold(text: str) -> str:
    return " ".join(text.lower().split())


def _match(text: str) -> tuple[str, str, str] | None:
    """(label folded, number, name) of a "<label> N: name" line, or None (cheap tests
    first: a figure after a space, a colon or dash)."""
    if len(text) > 160 or not any(c.isdecimal() for c in text[:45]):
        return None
    m = _LABELLED.fullmatch(text.strip())
    if m is None:
        return None
    return _fold(m.group("label")), m.group("number"), m.group("name").strip()


def repeated_labels(texts: Iterable[str]) -> frozenset[str]:
    """The labels (folded) that head two lines or more of ``texts`` as "<label> N: name"
    with distinct numbers.

    Parameters
    ----------
    texts : iterable of str
        The paper's lines standing alone (headings, short lines).

    Returns
    -------
    frozenset of str
        The repeated labels, lower case.

    Examples
    --------
    >>> sorted(repeated_labels(["Theme 1: Data", "Theme 2: People", "Table 1: Spend"]))
    ['theme']
    """
    numbers: dict[str, set[str]] = {}
    for text in texts:
        found = _match(text)
        if found is not None:
            numbers.setdefault(found[0], set()).add(found[1])
    return frozenset(label for label, seen in numbers.items() if len(seen) >= 2)


def heading_label(text: str, labels: frozenset[str]) -> tuple[str, str] | None:
    """(number, name) of a heading "<label> N: name" whose label is one of ``labels``,
    else None.

    Parameters
    ----------
    text : str
        A line of the paper.
    labels : frozenset of str
        The repeated labels (:func:`repeated_labels`).

    Returns
    -------
    tuple of (str, str) or None
        The section number and the name after the label.

    Examples
    --------
    >>> heading_label("Investment priority 3 - Skills", frozenset({"investment priority"}))
    ('3', 'Skills')
    """
    if not labels:
        return None
    found = _match(text)
    if found is None or found[0] not in labels:
        return None
    return found[1], found[2]


def bare_label(text: str) -> str | None:
    """The label of a field printed with no value ("Delivery partners:"), else None.

    Parameters
    ----------
    text : str
        A line standing alone.

    Returns
    -------
    str or None
        The label without its colon.

    Examples
    --------
    >>> bare_label("Project manager:"), bare_label("Summary: see below") is None
    ('Project manager', True)
    """
    text = text.strip()
    if not text.endswith(":") or len(text) > 80:
        return None
    label = text.rstrip(":").strip()
    if not label or len(label.split()) > _LABEL_WORDS or any(c in label for c in ".;!?:"):
        return None
    return label
