"""One sentence splitter for running text.

Examples
--------
>>> split_sentences("Work began in May. £5k was spent. (See annex.) it goes on")
['Work began in May.', '£5k was spent.', '(See annex.) it goes on']
"""

from __future__ import annotations

from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["SENTENCE_END", "split_sentences"]

#: The white space after a full stop, question or exclamation mark that ends a sentence:
#: the next starts with a capital, a £ figure, a bracket or a quotation mark. (The
#: look-behind means a run of white space is tried from its start only: linear time. The
#: pattern starts with a white-space character, so that the regex engine skips to those
#: rather than trying every position; the look-behind then checks the mark before it.)
SENTENCE_END = compile_regex(r"\s(?<=[.!?]\s)\s*(?=[A-Z£(\"'])")


def split_sentences(text: str) -> list[str]:
    """The sentences of ``text``, in order (the white space between them dropped).

    Examples
    --------
    >>> split_sentences("Done by 31 Mar. 2022 as planned. Next: Q2.")
    ['Done by 31 Mar. 2022 as planned.', 'Next: Q2.']
    """
    return SENTENCE_END.split(text)
