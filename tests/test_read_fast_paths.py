"""The cheap paths the readers take for common lines give what the full rules give.

Each shortcut (a day-month-year date line read without the date-line pattern, a "- text"
bullet read without the marker patterns, a heading tested for a section label only when it
holds a short number) must read every line exactly as the rule it stands in for.
"""

from __future__ import annotations

import pytest

from wlga_analysis.interpret.programme import sections
from wlga_analysis.read.markers import marker_match
from wlga_analysis.read.text_lines import is_page_furniture, read_line_run
from wlga_analysis.text import dates

DATE_LINES = ["22 October 2021", "3rd March 2020", "9 Sept. 2024", "1 Mai 2025",
              "22 October 2021 09:12", "22 Oct, 2021", "31 February 2022", "22 October",
              "2 October 20215", "Sent: 14 October 2026 09:12", "*9 February 2022*",
              "14/10/2026", "12 Hydref 2024 ", "07 July 2023\u3000"]


@pytest.mark.parametrize("line", DATE_LINES)
def test_date_line_shortcut_reads_as_the_date_line_pattern(line):
    text = dates._unemphasised(line)
    m = dates._DATE_LINE.fullmatch(text)
    assert dates.parse_date_line(line) == (None if m is None else dates._date_of(m))


def test_date_line_shortcut_reads_the_common_form():
    assert str(dates.parse_date_line("22nd October 2021")) == "2021-10-22"
    assert dates.parse_date_line("22nd October 2021 and more") is None


BULLETS = ["- a plain item", "-  two spaces", "-\ttab", "- \u00a0no-break space",
           "-\u00a0glued", "- x", "- ", "-- not a bullet", "- - nested dash",
           "- item ending in a dash -", "- 3 -"]


@pytest.mark.parametrize("line", BULLETS)
def test_bullet_shortcut_reads_as_the_marker_rules(line):
    blocks, _ = read_line_run([line], 1)
    found = marker_match(line, frozenset({"bullet", "letter", "roman"}))
    items = [b for b in blocks if type(b).__name__ == "ListItem"]
    if found is None or is_page_furniture(line):
        assert items == []
        return
    kind, m = found
    assert len(items) == 1
    assert (items[0].marker, items[0].kind, items[0].text.text, items[0].level) == (
        m.group("marker"), kind, line[m.end():].strip(), 0)


LABELS = ["Objective 3: Public engagement", "Priority 12 - Data", "Priorities for 2024-25",
          "Objective: Data", "Amcan 2 / Objective 2: Sgiliau", "Section\t4: Funding",
          "WLGA IMPROVEMENT PROGRAMME 2021-22 UPDATE", "22 October 2021", "Priority 123: x",
          "Objective 3 Data", "Priority\u00a03: Data"]


@pytest.mark.parametrize("text", LABELS)
def test_section_label_gate_keeps_every_label(text):
    pattern = sections._pattern(sections.file_identity(sections.config.PROGRAMME_WORDS_FILE))
    m = pattern.fullmatch(text)
    assert sections.section_label(text) == ((m.group(1), m.start(2)) if m else None)
