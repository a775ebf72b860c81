"""Issue 13 (a 1 MB document in under 2 s): the fast paths of stop 22 give what the slow
paths gave, on awkward inputs.

- the priorities' announcing rows, each distinct text read once;
- a list of one item, which is no section list;
- an empty line, skipped by the line reader without a rule (and a numbered paragraph at
  the margin, read without measuring its indentation);
- the words that name a grant in a short text, found by the pattern's own search.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wlga_analysis.interpret.programme.common import _NAMED_GRANT, _Row
from wlga_analysis.interpret.programme.grant_scan import _SHORT_TEXT, named_grant_words
from wlga_analysis.interpret.programme.nested import _is_section_list
from wlga_analysis.interpret.programme.priority_lists import announcing_rows, row_announced
from wlga_analysis.read.model import Inline, ListItem
from wlga_analysis.read.text_lines import LineRunReader

# ------------------------------------------------------------------------- priorities
TEXTS = ["Programme Set Up", "Our priorities:", "Priorities for 2026-27",
         "The priorities are scrutiny, data and workforce.", "Item 1 continues.",
         "Priority | Lead", "Objectives of the grant", "", "The three objectives: A, B and C."]
KINDS = ["paragraph", "bullet", "text", "table header", "table row"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(KINDS), st.sampled_from(TEXTS) | st.text(max_size=30)),
                max_size=12))
def test_announcing_rows_are_the_rows_that_announce(pairs):
    rows = [_Row(kind, 3, None, None, text, k + 1) for k, (kind, text) in enumerate(pairs)]
    expected = [(i, row, found) for i, row in enumerate(rows)
                if (found := row_announced(row)) is not None]
    assert list(announcing_rows(rows)) == expected


def test_a_text_printed_many_times_is_read_once(monkeypatch):
    from wlga_analysis.interpret.programme import priority_lists

    calls = []
    original = priority_lists.announced

    def counted(text):
        calls.append(text)
        return original(text)

    monkeypatch.setattr(priority_lists, "announced", counted)
    rows = [_Row("paragraph", 3, None, None, "Programme Set Up", k) for k in range(50)]
    assert list(announcing_rows(rows)) == []
    assert calls == ["Programme Set Up"]


# --------------------------------------------------------------------- section lists
def _old_is_section_list(run):
    """nested._is_section_list as it was before stop 22."""
    from wlga_analysis.interpret.programme.nested import _names_a_section

    base = min(item.level for item in run)
    if run[0].level != base:
        return False
    heads = [k for k, item in enumerate(run) if item.level == base]
    opens = any(k + 1 < len(run) and run[k + 1].level > base for k in heads)
    return opens and all(_names_a_section(run[k]) for k in heads)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["Workstream 2: Data", "Data", "Done.", "Completed"]),
                          st.integers(0, 2)), min_size=1, max_size=5))
def test_a_section_list_is_found_as_before(items):
    run = [ListItem(Inline(text), level=level) for text, level in items]
    assert _is_section_list(run) == _old_is_section_list(run)


# ---------------------------------------------------------------------------- reading
class _EveryLineTried(LineRunReader):
    """The reader with its own blank rule: every line, the empty ones too, is tried with
    the rules (the reader's slow path); and a numbered paragraph read as before stop 22."""

    def parse_blank(self, line: str, offset: int) -> bool:
        return LineRunReader.parse_blank(self, line, offset)

    def parse_numbered_paragraph(self, line: str, offset: int) -> bool:
        from wlga_analysis.read.text_lines import _NUMBERED, _Open

        if "." not in line[:7]:
            return False
        m = _NUMBERED.match(line)
        if m is None:
            return False
        expanded = line.expandtabs(4) if "\t" in line else line
        indent = len(expanded) - len(expanded.lstrip())
        if self._nests_in_item(indent, offset):
            self._add_item(line, offset, line[m.end():], f"{m.group(1)}.", m.group(1),
                           "number", indent)
            return True
        self.paragraph = int(m.group(1))
        self.open.append(_Open("paragraph", line[m.end():], self._number(offset),
                               number=m.group(1)))
        self._end_list()
        return True


LINES = ["", "", " ", "\t", "### 5. Member Support", "- item", "  2. under the item",
         "<!-- a note", "-->", "<!-- x -->", "- An item.", "  - A sub-item",
         "3. Programme Set Up", "  3. Indented", "\t4. Tabbed", "   1. nested", "1.\tTabbed",
         "12. Twelve", "3.1 Sub", "Text line", "continues here", "## Heading", "---", "7",
         "Page 2 of 3", "\u00a02. No-break", "a) Letter", "(ii) roman", "**Bold:** lead"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(LINES), max_size=14))
def test_empty_lines_and_numbered_paragraphs_are_read_as_before(lines):
    fast = LineRunReader(list(lines), 5).read()
    slow = _EveryLineTried(list(lines), 5).read()
    assert fast == slow


# --------------------------------------------------------------------------- grants
NAMING = ["grant", "grants", "Grant", "digital", "team", "-", "_", "2024", "é", "ſ", " ", "  ",
          "\t", "\xa0", "\u2028", ".", ",", "x-", "grant-grant", "K"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(NAMING) | st.text(max_size=3), max_size=14).map("".join),
       st.booleans())
def test_grant_words_of_short_and_long_texts(text, long):
    if long:  # (past the short texts' bound: the words found from each "grant")
        text = "Work continues. " * (_SHORT_TEXT // 16 + 1) + text
    assert named_grant_words(text) == [m.group(1) for m in _NAMED_GRANT.finditer(text)]
