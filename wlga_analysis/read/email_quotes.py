"""An e-mail's quote markers: page furniture of a plain-text e-mail thread.

A plain-text e-mail quotes the message it answers with a ``>`` at the start of each line
("> 2. That the Welsh Government ...", "> > " for a quote within a quote), under a line
that says whose words they are ("On Fri, 6 Mar 2026 at 11:20, ... wrote:") or after an
"-----Original Message-----" rule. The markers are the mail program's furniture, not the
text: a careful reader reads the quoted lines as the lines they quote (a numbered list, a
plain theme line, a paragraph). This module prints such a thread's lines without them
(line numbers kept) and reports it.

A document is read so only when it is an e-mail (a header "From: ..." with "Sent:" or
"Date:" under it, an "... wrote:" line or an "Original Message" rule) and some of its
lines are quoted: a Markdown paper's ``>`` block quote, in a paper that is no e-mail,
stays as it is.

Examples
--------
>>> lines = ("On Fri, 6 Mar 2026, A <a@b.c> wrote:", "> Workforce", ">",
...          "> 1. That councils recruit.", "> > 2. That the WLGA helps.")
>>> new, notes = email_quote_lines(lines, "\\n".join(lines).encode(), "t.txt")
>>> new
('On Fri, 6 Mar 2026, A <a@b.c> wrote:', 'Workforce', '', '1. That councils recruit.', \
'2. That the WLGA helps.')
>>> notes[0].check
'e-mail quote markers'
"""

from __future__ import annotations

from wlga_analysis.quality import Issue
from wlga_analysis.text.lazy import LazyPattern

__all__ = ["EMAIL_RULES", "email_quote_lines"]

#: The patterns of an e-mail thread: ``header`` a line that shows the text is an e-mail
#: (a reply's "... wrote:" line, an "Original Message" rule, a "From:" header line);
#: ``sent`` the header line under "From:" ("Sent:", "Date:"); ``marker`` a line's quote
#: markers ("> > ", ">>", ">").
EMAIL_RULES: dict[str, str] = {
    "header": r"(?i)^(?:On\s[^\n]{4,200}\swrote:\s*$|-{2,}\s*Original Message\s*-{2,}"
              r"|From:\s+\S)",
    "sent": r"(?i)^(?:Sent|Date):\s+\S",
    "marker": r"^(?:>[ \t]?)+",
}
_HEADER = LazyPattern(EMAIL_RULES["header"])
_SENT = LazyPattern(EMAIL_RULES["sent"])
_MARKER = LazyPattern(EMAIL_RULES["marker"])
#: The most lines between a "From:" header line and its "Sent:" / "Date:" line.
_HEADER_SPAN = 4


def _is_email(lines: tuple[str, ...]) -> bool:
    """Whether the lines hold an e-mail's header: an "... wrote:" line or an "Original
    Message" rule, or a "From:" line with "Sent:" or "Date:" just under it."""
    for k, line in enumerate(lines):
        m = _HEADER.match(line.lstrip("> \t"))
        if m is None:
            continue
        if not m.group(0).casefold().startswith("from:"):
            return True
        if any(_SENT.match(ln.lstrip("> \t")) for ln in lines[k + 1:k + 1 + _HEADER_SPAN]):
            return True
    return False


def email_quote_lines(lines: tuple[str, ...], data: bytes, name: str
                      ) -> tuple[tuple[str, ...], tuple[Issue, ...]]:
    """``lines`` with an e-mail thread's quote markers left out (see the module's notes),
    and a note of it; ``lines`` and no note for any other document (a cheap look at the
    bytes first: a line that starts with ``>``).

    Parameters
    ----------
    lines : tuple of str
        A text document's lines.
    data : bytes
        Its bytes (the cheap look).
    name : str
        Its name, for the note.

    Returns
    -------
    tuple
        The lines, and the notes (none or one).

    Examples
    --------
    >>> email_quote_lines(("> A quote in a paper.",), b"> A quote in a paper.", "p.md")
    (('> A quote in a paper.',), ())
    """
    if not (data.startswith(b">") or b"\n>" in data) or not _is_email(lines):
        return lines, ()
    out = list(lines)
    quoted = []
    for k, line in enumerate(lines):
        if line[:1] == ">":
            out[k] = line[_MARKER.match(line).end():]  # type: ignore[union-attr]
            quoted.append(k)
    if not quoted:
        return lines, ()
    note = Issue(name, "document", "e-mail quote markers", "", quoted[0] + 1,
                 f"{len(quoted)} lines of an e-mail thread quote an earlier message with "
                 f"'>' (lines {quoted[0] + 1}-{quoted[-1] + 1}): the quote markers are the "
                 "mail program's, read as page furniture; the quoted lines are read as text")
    return tuple(out), (note,)
