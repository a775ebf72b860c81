"""eval54 rec54b's layout: a council's audit report with Recommendations (R1, R2) and
Proposals for improvement (P1-P3) in one exhibit and a management response table: each
item read once, its id as printed ("P2"), "The Council should ..." owned by the council
reported on (LG). Written here in another wording, council and count."""

from __future__ import annotations

import warnings
from pathlib import Path

from wlga_analysis import recommendations as recs

_MD = """# Digital Strategy Review – Glanmor County Council

October 2025

## Summary

1.  We reviewed how the Council plans its digital services.

**Exhibit 1: recommendations and proposals for improvement**

| Ref | Recommendation / proposal for improvement |
|---|---|
| **Recommendations** |  |
| R1 | The Council should adopt a digital strategy with measurable milestones. |
| R2 | The Council must publish the costs of its legacy systems each year. |
| **Proposals for improvement** |  |
| P1 | The Council should train its managers in service design. |
| P2 | The Council should ask residents which services they want online first. |
| P3 | The Council should review its cyber security training every two years. |

## Appendix 1 – Management response

| Ref | Recommendation | Management response | Completion date |
|---|---|---|---|
"""  + "\n".join(f"| {ref} | {text} | {response} | {when} |" for ref, text, response, when in (
    ("R1", "The Council should adopt a digital strategy with measurable milestones.",
     "A strategy will go to Cabinet in May.", "May 2026"),
    ("R2", "The Council must publish the costs of its legacy systems each year.",
     "Costs will be in the annual report.", "July 2026"),
    ("P1", "The Council should train its managers in service design.",
     "A course starts in spring.", "April 2026"),
    ("P2", "The Council should ask residents which services they want online first.",
     "A survey is planned.", "June 2026"),
    ("P3", "The Council should review its cyber security training every two years.",
     "Agreed.", "March 2026"))) + "\n"


def test_recommendations_and_proposals_once_each_owned_by_the_council(tmp_path: Path) -> None:
    path = tmp_path / "digital-review.md"
    path.write_text(_MD, encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        rows = recs.load_recommendations(path).to_dict("records")
    assert [(r["rec_label"], r["owners"]) for r in rows] == [
        ("R1", ["LG"]), ("R2", ["LG"]), ("P1", ["LG"]), ("P2", ["LG"]), ("P3", ["LG"])]
    assert rows[3]["text"] == ("The Council should ask residents which services they want "
                               "online first.")
    assert rows[1]["text"] == "The Council must publish the costs of its legacy systems each year."
