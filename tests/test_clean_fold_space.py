"""clean_text's white space folding: the text kept as it is when it is already folded is
the text str.split and join would give (every kind of white space, at either end)."""

import sys

import pytest

from wlga_analysis.text.clean import _fold_space

#: Every character str.split() splits on, and some that look like white space but are not.
WHITE = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]
LOOK_ALIKE = ["\u200b", "\u2060", "\ufeff", "\u00ad", "_", "-"]


@pytest.mark.parametrize("space", [*WHITE, *LOOK_ALIKE])
@pytest.mark.parametrize("shape", ["a{}b", "{}ab", "ab{}", "a {}b", "a{}{}b", "{}", "a b{}c d"])
def test_fold_space_is_split_and_join(shape: str, space: str) -> None:
    text = shape.format(space, space)
    assert _fold_space(text) == " ".join(text.split())


@pytest.mark.parametrize("text", ["", " ", "a", "a b", " a b", "a b ", "a  b", "£1,000 was agreed.",
                                  "a\u202fb", "a\u00a0b", "caf\u00e9 au lait", "\u00e9 \u00e9"])
def test_fold_space_plain_texts(text: str) -> None:
    assert _fold_space(text) == " ".join(text.split())
