"""A document a parse refuses is refused again by every loader without being read again
(:func:`wlga_analysis.interpret.refusals_kept`): one parse per document, success or not."""

from __future__ import annotations

import pytest

from wlga_analysis import programme, recommendations
from wlga_analysis.errors import ParseError
from wlga_analysis.interpret import programme as programme_interpreter

NOT_A_PAPER = "Minutes of the meeting\n\nThe chair welcomed members.\n"


@pytest.mark.parametrize("parse, loaders", [
    (recommendations._parse_cached, (recommendations.load_recommendations,
                                     recommendations.load_areas,
                                     recommendations.load_recommendations_notes)),
    (programme_interpreter._parse_cached, (programme.load_programme, programme.load_grants,
                                           programme.load_paragraphs)),
])
def test_a_refused_document_is_read_once(tmp_path, parse, loaders):
    path = tmp_path / "minutes.txt"
    path.write_text(NOT_A_PAPER, encoding="utf-8")
    parse.cache_clear()
    messages = []
    for load in loaders:
        with pytest.raises(ParseError) as caught:
            load(path)
        messages.append(str(caught.value))
    assert parse.__wrapped__.cache_info().misses == 1  # (read once, refused three times)
    assert len(set(messages)) == 1 and str(path) in messages[0]


def test_a_changed_document_is_read_again(tmp_path):
    path = tmp_path / "minutes.txt"
    path.write_text(NOT_A_PAPER, encoding="utf-8")
    recommendations._parse_cached.cache_clear()
    with pytest.raises(ParseError):
        recommendations.load_recommendations(path)
    path.write_text(NOT_A_PAPER + "\nAny other business.\n", encoding="utf-8")
    with pytest.raises(ParseError):
        recommendations.load_recommendations(path)
    assert recommendations._parse_cached.__wrapped__.cache_info().misses == 2
