"""Programme interpreter: a wiki page's title after the name of its space.

Confluence's "Export to HTML" (and pandoc's Markdown of that export) prints the page's
title in its first heading after the name of the space it belongs to and a colon:
"Improvement : WLGA Improvement Programme 2025-26 – Quarter 3 update". Above it, the
breadcrumb trail names the pages over it, the space's home page first ("Improvement",
"Improvement Programme 2025-26", "Quarterly updates"), and one of them may name the
programme too. The paper's title is the page's own, after the space's name and the colon,
and it comes before the other candidates. A line whose label is not the name the paper's
first line gives ("Subject: ...") is another layout (:mod:`.cover_title`).

Examples
--------
>>> texts = [(1, "Improvement"), (3, "Improvement Programme 2025-26"),
...          (7, "Improvement: WLGA Improvement Programme 2025-26 – Quarter 3 update")]
>>> space_title(texts, texts[1:])
[(7, 'WLGA Improvement Programme 2025-26 – Quarter 3 update'), (3, 'Improvement Programme 2025-26')]
>>> space_title([(1, "Cabinet"), (2, "Subject: Programme update")], [(2, "Programme update")])
[(2, 'Programme update')]
"""

from __future__ import annotations

__all__ = ["space_title"]

#: The most words of a space's name.
_SPACE_WORDS = 4


def space_title(texts: list[tuple[int, str]],
                candidates: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The title candidates with a wiki page's title (after its space's name) first; the
    candidates as they are when no front line prints one that names the update.

    Parameters
    ----------
    texts : list of (int, str)
        The (line, text) of the lines before the first section.
    candidates : list of (int, str)
        The title candidates, in order.

    Returns
    -------
    list of (int, str)
    """
    if len(texts) < 2 or ":" not in "".join(t for _, t in texts[1:]):  # (most papers)
        return candidates
    space = texts[0][1].strip()
    if not space or ":" in space or len(space.split()) > _SPACE_WORDS:
        return candidates
    from wlga_analysis.interpret.programme.common import vocabulary

    for n, text in texts[1:]:
        if not text.startswith(space) or text[len(space):len(space) + 1] != ":":
            continue
        title = text[len(space) + 1:].strip()
        if title and vocabulary().title.search(title):
            return [(n, title), *(c for c in candidates if c[0] != n)]
    return candidates
