"""The text-form reader tries a line only with the rules its first character allows
(read/text_lines._rules_for): the blocks and notes must be those of trying every rule."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wlga_analysis.read.text_lines import LINE_RULES, LineRunReader, _rules_for


class _EveryRule(LineRunReader):
    """The reader as it was: every line tried with every rule, in order."""

    def read(self):
        rules = [getattr(LineRunReader, f"parse_{name}") for name in LINE_RULES]
        for offset, line in enumerate(self.lines):
            for parse in rules:
                if parse(self, line, offset):
                    break
        return [b.block() for b in self.open], self.notes


STARTS = ["", " ", "  ", "\t", "   ", "\u00a0", "\u2003"]
MARKERS = ["- ", "• ", "o ", "* ", "1. ", "12. ", "3.1 ", "3.2. ", "a) ", "(b) ", "ii) ", "(iv) ",
           "A. ", "# ", "## ", "Page ", "3", "- 3 -", "p", "P", "–", "—", "٣. ", "²", "**"]
WORDS = ["Progress Update", "the review", "is expected in", "February 2024.", "Next Steps",
         "Purpose", "members", "of 3", "www.x.wales", "continued", ";", ":", "Lead:"]
lines = st.builds(lambda a, b, c: a + b + c, st.sampled_from(STARTS), st.sampled_from(MARKERS),
                  st.lists(st.sampled_from(WORDS), max_size=4).map(" ".join))


@settings(max_examples=300, deadline=None)
@given(st.lists(lines, max_size=12))
def test_reading_with_the_rules_a_line_allows_is_reading_with_every_rule(run):
    assert repr(LineRunReader(run, 1).read()) == repr(_EveryRule(run, 1).read())


def test_a_bullet_is_not_tried_as_a_heading_or_a_numbered_paragraph():
    names = [f.__name__ for f in _rules_for(LineRunReader, "-")]
    assert "parse_markdown_heading" not in names and "parse_numbered_paragraph" not in names
    assert names[-1] == "parse_paragraph"  # anything else is still a paragraph
