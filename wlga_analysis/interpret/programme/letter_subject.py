"""Programme interpreter: a letter's subject line as the title of the update it carries.

A letter names its subject in a line of its own (in bold, as a rule) just after the
salutation ("Dear Minister," then "Local Government Resilience Programme 2025-26: progress
to January 2026"). Published on a web page, it stands under the page's own title ("Letter
from the WLGA Chief Executive to the Minister ..."), a description of the page, not of the
update; pasted into an e-mail, under the e-mail's subject. A careful reader names the update
by the letter's subject line: so a title candidate (:func:`~.layouts.title_candidates`)
that stands just after the last salutation before it comes first. A paper with no
salutation, or whose line after it is a sentence (it ends with a full stop, or runs past
:data:`SUBJECT_WORDS` words: "I am pleased to offer ...", "Please find below ..."), keeps
its candidates as they are.

Examples
--------
>>> texts = [(1, "Letter from the Chief Executive: Housing Programme"), (3, "Dear Minister,"),
...          (5, "Housing Programme 2026-27: progress to June")]
>>> letter_subject_title(texts, [(1, texts[0][1]), (5, texts[2][1])])[0]
(5, 'Housing Programme 2026-27: progress to June')
>>> letter_subject_title(texts[:1], [(1, texts[0][1])])[0][0]
1
>>> opening = [*texts[:2], (5, "Please find below the update on the Housing Programme.")]
>>> letter_subject_title(opening, [(1, texts[0][1]), opening[2]])[0][0]
1
"""

from __future__ import annotations

from wlga_analysis.text.lazy import LazyPattern

__all__ = ["letter_subject_title"]

#: The longest subject line, in words.
SUBJECT_WORDS = 20

#: A salutation line: "Dear Minister,", "Dear Cllr Jones".
_SALUTATION = LazyPattern(r"^Dear[ \t]++\S[^.!?]{0,60}+[,:]?$")


def letter_subject_title(texts: list[tuple[int, str]],
                         candidates: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The title candidates with a letter's subject line first (see the module).

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
    if not candidates or not any(t[:5] == "Dear " for _, t in texts):  # (most papers)
        return candidates
    last = next((k for k in range(len(texts) - 1, -1, -1)
                 if _SALUTATION.match(texts[k][1].strip())), None)
    if last is None or last + 1 >= len(texts):
        return candidates
    line, text = texts[last + 1]
    subject = next((c for c in candidates if c[0] == line), None)
    if subject is None or text.rstrip().endswith((".", "!", "?")) \
            or len(text.split()) > SUBJECT_WORDS:  # (the opening sentence of the letter)
        return candidates
    return [subject, *(c for c in candidates if c is not subject)]
