""""possibly cut off": a programme update that ends inside its progress section mid-sentence
is reported; one whose last item closes with a bold status label (no full stop after it) is
not (interpret/programme/closing_labels.ends_with_status_label)."""

from __future__ import annotations

from wlga_analysis.testing import parse_issues

HEAD = """# Powys Digital Programme: Year-end Update

Date: 24 April 2026

## Progress Update

### 1. Data

- The data sharing protocol was signed by all partners in March. **Complete**
"""


def _checks(tmp_path, last: str) -> list[str]:
    path = tmp_path / "update.md"
    path.write_text(HEAD + last, encoding="utf-8")
    return [i.check for i in parse_issues(path, "programme")]


def test_a_last_item_closed_by_a_bold_status_label_is_not_cut_off(tmp_path):
    assert "possibly cut off" not in _checks(
        tmp_path, "- The open data portal will move to the new platform. **On track**\n")
    assert "possibly cut off" not in _checks(
        tmp_path, "- The records review will not continue into 2026-27. **Not carried forward**\n")


def test_a_last_item_ending_mid_sentence_is_still_reported(tmp_path):
    assert "possibly cut off" in _checks(tmp_path, "- The open data portal will move to the\n")
    assert "possibly cut off" in _checks(  # (bold words that are no status label)
        tmp_path, "- The open data portal will move to the **new platform**\n")
