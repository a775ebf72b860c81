"""Programme interpreter: a bold status label closing a numbered paragraph is its status.

A year-end report may close each action's paragraph with its position as a bold label of
its own, no bracket, no "Status:"::

    1.4 **Exit interview toolkit.** The toolkit was published in February 2026. **Complete**
    4.3 **Hybrid working guidance.** The Board agreed this would not be carried forward.
        **Not carried forward**
    1.1 **Social care recruitment campaign.** ... has slipped to June 2026.
        **Carried forward – delayed**

The label states the status (the words of ``data/raw/status_tags.csv``; a label with a
qualifier after a dash, "Carried forward – delayed", by its qualifier when the whole label
is no tag), as a bracketed tag does (rule ``tag``, :mod:`.closing_tags`): it beats the
wording of the narrative ("the results are being used" of a completed survey), and is left
out of the item's text. The bold is what makes it a label: a plain "... Complete" closing
a sentence is the narrative's word.

Examples
--------
>>> from wlga_analysis.reference import load_status_tags
>>> tags = load_status_tags()
>>> raw = "**Survey.** Results are being used. **Complete**"
>>> closing_bold_label(raw, "Survey. Results are being used. Complete", tags)
('done', 'Survey. Results are being used.')
>>> closing_bold_label("**Plan.** Drafted. **Carried forward – delayed**",
...                    "Plan. Drafted. Carried forward – delayed", tags)
('at risk', 'Plan. Drafted.')
>>> closing_bold_label("Drafted. **Important note**", "Drafted. Important note", tags) is None
True
"""

from __future__ import annotations

__all__ = ["closing_bold_label", "ends_with_status_label", "with_bold_label"]

#: The longest closing bold label read as a status.
_LABEL_MAX = 40
#: The dashes that part a label from its qualifier ("Carried forward – delayed").
_DASHES = (" \u2013 ", " \u2014 ", " - ")


def _label_status(label: str, tags: dict[str, str]) -> str | None:
    from wlga_analysis.interpret.programme.layouts import tag_status

    if label.lower().startswith("status:"):  # "**Status: On track**"
        label = label[7:].strip()
    status = tag_status(label, tags)
    if status is None:
        for dash in _DASHES:
            if dash in label:
                return tag_status(label.rsplit(dash, 1)[1], tags)
    return status


def closing_bold_label(raw: str, body: str, tags: dict[str, str]) -> tuple[str, str] | None:
    """(status, the text before it) of a bold status label closing ``raw`` (the item as
    printed, Markdown bold), whose cleaned text is ``body``; None when there is none.

    Parameters
    ----------
    raw : str
        The item's printed text, bold as ``**...**``.
    body : str
        Its cleaned text (the label's words last).
    tags : dict
        The status tags (:func:`wlga_analysis.reference.load_status_tags`).

    Returns
    -------
    (str, str) or None
    """
    stripped = raw.rstrip()
    if not stripped.endswith("**") or len(stripped) < 5:
        return None
    start = stripped.rfind("**", 0, len(stripped) - 2)
    if start <= 0 or not stripped[:start].strip():
        return None  # (a paragraph all bold, or no text before the label)
    label = stripped[start + 2:-2].strip()
    if not label or len(label) > _LABEL_MAX or "**" in label:
        return None
    status = _label_status(label.rstrip(" ."), tags)
    text = body.rstrip()
    if status is None or not text.endswith(label) or len(text) == len(label):
        return None
    return status, text[:-len(label)].rstrip()


def with_bold_label(symbol: tuple[str, str] | None, rule: str, raw: str, body: str,
                    tags: dict[str, str]) -> tuple[tuple[str, str] | None, str]:
    """``(symbol, rule)`` of an item's status mark, or, when it has none, of its closing
    bold label (:func:`closing_bold_label`, rule ``tag``).

    Examples
    --------
    >>> from wlga_analysis.reference import load_status_tags
    >>> with_bold_label(None, "symbol", "Drafted. **On track**", "Drafted. On track",
    ...                 load_status_tags())
    (('in progress', 'Drafted.'), 'tag')
    """
    if symbol is not None or not raw.endswith("**"):
        return symbol, rule
    found = closing_bold_label(raw, body, tags)
    return (found, "tag") if found is not None else (symbol, rule)


def ends_with_status_label(raw: str) -> bool:
    """Whether an item as printed ends with a bold status label ("... **Complete**"), so
    that its last sentence has no full stop and is not cut off.

    Examples
    --------
    >>> ends_with_status_label("The guide was published. **Complete**")
    True
    >>> ends_with_status_label("The guide will be published in"), ends_with_status_label("**x**")
    (False, False)
    """
    from wlga_analysis.reference import load_status_tags

    stripped = raw.rstrip()
    return stripped.endswith("**") and closing_bold_label(
        stripped, stripped.replace("**", "").strip(), load_status_tags()) is not None
