"""Word files saved as plain text: one paragraph a line, no blank line anywhere, a TAB
after each automatic number or bullet ("4.<TAB>Capacity for improvement",
"•<TAB>Consider ..."), CRLF line ends.

The readings below were written before the reader was changed. Before, the lines of such
a file were read as if a page break might hide between any two of them: a title ran on
into the publisher's line, a chapter heading's line ran on into its first sentence, and a
chapter numbered after a list of bullets was read as a table's row, so its recommendations
went to the chapter before.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import wlga_analysis as wa
from wlga_analysis.errors import DataQualityWarning
from wlga_analysis.read.wrapped_lines import is_line_per_paragraph

DATA = Path(__file__).parent / "data" / "word_plain_text"
PEER = DATA / "peer-challenge-word-export.txt"
DIGITAL = DATA / "digital-programme-word-export.txt"


def _quiet(load, path: Path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)
        return load(path)


def test_a_peer_challenge_saved_as_plain_text():
    recs = _quiet(wa.load_recommendations, PEER)
    assert recs["area"].tolist() == ["Leadership and culture", "Financial planning",
                                     "Financial planning", "Capacity for improvement"]
    assert recs["text"].str[:20].tolist() == ["Agree with partners ", "Identify the savings",
                                             "The Welsh Government", "Agree a workforce pl"]
    assert _quiet(wa.load_areas, PEER)["area"].tolist() == [
        "Leadership and culture", "Financial planning", "Capacity for improvement"]


def test_a_programme_update_saved_as_plain_text():
    items = _quiet(wa.load_programme, DIGITAL)
    assert items["item_id"].tolist() == ["4.1", "4.2", "5.1", "5.2", "6.1", "6.2"]
    assert items["section"].tolist() == ["Cyber resilience"] * 2 + ["Data and insight"] * 2 \
        + ["Digital skills"] * 2
    assert items["status"].tolist() == ["done", "planned", "done", "planned", "done",
                                        "in progress"]
    meta = _quiet(wa.load_metadata, DIGITAL)
    assert meta["title"] == "Local Government Digital Programme: quarter 3 update"
    assert str(meta["date"]) == "2026-01-16"
    text = " ".join(_quiet(wa.load_paragraphs, DIGITAL)["text"])
    assert "The cyber team continued its work with councils across Wales" in text


def test_which_files_print_one_paragraph_a_line():
    for path in (PEER, DIGITAL):
        lines = path.read_text(encoding="utf-8").splitlines()
        assert is_line_per_paragraph(lines), path.name
        assert not is_line_per_paragraph(["\n".join(lines)])  # (too few lines)
        spaced = [part for line in lines for part in (line, "")]
        assert not is_line_per_paragraph(spaced), "blank lines between paragraphs"
    shipped = Path(__file__).parents[1] / "data" / "raw"
    for name in ("improvement-programme-2021-22-update.txt",
                 "working-group-recommendations.txt"):
        lines = (shipped / name).read_text(encoding="utf-8").splitlines()
        assert not is_line_per_paragraph(lines), name
