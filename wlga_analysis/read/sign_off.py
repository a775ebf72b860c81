"""Reader of text lines: a letter's or e-mail's sign-off is no continuation of the text above.

A text reader joins a line to the block above it when the line finishes that block's
unfinished sentence (a page break can cut a sentence anywhere). An e-mail's last list item
often prints no full stop ("4 December 2025 - launch event, Llandudno"), and the sign-off
that follows it after a blank line ("Diolch / Thanks,", "Kind regards,") would then be read
as the item's end, and the signature with it. A sign-off is a short line of its own
(up to :data:`MAX_WORDS` words) starting with a capital and ending with a comma, with no
figure in it: it never continues the block above.

Examples
--------
>>> signs_off("Diolch / Thanks,"), signs_off("Kind regards,"), signs_off("Best wishes,")
(True, True, True)
>>> signs_off("November 2025, and the plan"), signs_off("and councils,"), signs_off("Cardiff")
(False, False, False)
"""

from __future__ import annotations

__all__ = ["MAX_WORDS", "signs_off"]

#: The most words a sign-off has ("With best wishes to you all,").
MAX_WORDS = 6


def signs_off(line: str) -> bool:
    """Whether ``line`` (stripped) is a sign-off (see the module)."""
    return line[-1:] == "," and line[:1].isupper() and len(line.split()) <= MAX_WORDS \
        and not any(c.isdigit() for c in line)
