"""Programme interpreter: a RAG column beside a progress comment column.

An action table may have two columns that ``programme_columns.csv`` gives the role
``status``: a RAG column ("Green", "Blue") and a comment column headed with the word
progress ("Progress at 30 September 2025", "Progress update"). The comment's wording
("A workshop ... was held", "now expected in November") does not state the action's status:
the RAG does, as the paper's key says. So in a row where some status column holds a status
alone (a status word, RAG colour or tick of ``status_tags.csv``), that column states the
status, and the others are comments (their text stays in the row's text, in the
paragraphs table); a row whose status columns all hold wording is read from all of them, as
before. When the comment too is a status alone ("Not started." beside "Amber"), the column
named only as a status ("Status", "RAG") states it: the rating, not the comment.

Examples
--------
>>> cells = {"Action": "A plan", "RAG": "Green", "Progress at 30 June": "It was held."}
>>> status_headers(cells, ["RAG", "Progress at 30 June"])
['RAG']
>>> status_headers({"RAG": "", "Progress": "Work began in May."}, ["RAG", "Progress"])
['RAG', 'Progress']
>>> status_headers({"Progress so far": "Not started.", "Status": "Amber"},
...                ["Progress so far", "Status"])
['Status']
"""

from __future__ import annotations

__all__ = ["status_headers"]


def status_headers(cells: dict[str, str], headers: list[str]) -> list[str]:
    """The status columns whose cells state a row's status: of two or more, those that
    hold a status alone, if any; else all of ``headers``.

    Parameters
    ----------
    cells : dict
        The row's cells by header.
    headers : list of str
        The headers of its status columns.

    Returns
    -------
    list of str
        The headers to read the status from.

    Examples
    --------
    >>> status_headers({"Status": "On track"}, ["Status"])
    ['Status']
    """
    if len(headers) < 2:
        return headers
    from wlga_analysis.interpret.programme.layouts import column_status

    stated = [h for h in headers if cells.get(h) and column_status(cells[h]) is not None]
    if len(stated) > 1:  # (a comment that is a status word too: the rating's column)
        from wlga_analysis.interpret.programme.common import folded_words
        from wlga_analysis.reference import programme_columns

        known = programme_columns()
        stated = [h for h in stated if known.get(folded_words(h)) == "status"] or stated
    return stated or headers
