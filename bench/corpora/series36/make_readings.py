"""The careful reader's reading of series36, typed by hand (not derived from the generators),
written before any loader of the package ran on the documents. Writes readings/series.json.

Conventions of this reading:
- item_id: the number printed (or, in the Word file, the number Word prints);
- key: W1..W17, the same piece of work across updates; a split's first half (the leaders'
  cyber exercises) keeps the key of the work it continues (W5), the other half is new
  (W16); a merge keeps the key of the work it continues first (W8, the councillors'
  e-learning), the other part (W9, the officers' data literacy course) is dropped;
- status: planned / in progress / at risk / done, as a reader judges the work (not the
  words alone): work reported as delayed ("later than planned", "has slipped",
  "postponed") is at risk; W7 in Q3 ("Publication ... is planned for February 2026") is
  still in progress although its words read like planned work (the status that goes
  backwards "in wording only");
- due: the financial-year quarter (2025-26 Q1 = April-June 2025) by which the
  OUTSTANDING work is due; None for work that is done (nothing outstanding);
- change per consecutive pair: new / dropped / changed / unchanged; "changed" when the
  status or the due quarter differs, or the work was split or merged; a reworded item
  with the same status and due quarter is "unchanged";
- slipped / brought_forward: the due quarter is later / earlier than in the update before
  (both updates giving one);
- reports: the splits and merges an analyst expects the series to report
  ("possible split" on the new half, "possible merge" on the item that holds the merged
  work), as (check, item id of the later update);
- grants: (grant, financial year, amount) stated in each update; the grant Q3 calls
  "improvement funding" is the improvement grant.
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
GS, DG, DD, WF, PS = ("Governance and Scrutiny", "Digital", "Digital and data", "Workforce",
                      "Performance and Self-assessment")
PL, IP, AR, DN = "planned", "in progress", "at risk", "done"

UPDATES = [
    {"file": "series36-q1-2025-07.docx", "date": "2025-07-17", "items": [
        ("1.1", "W1", GS, IP, "2025-26 Q2"),
        ("1.2", "W2", GS, PL, "2025-26 Q3"),
        ("1.3", "W3", GS, IP, "2025-26 Q4"),
        ("1.4", "W4", GS, IP, "2025-26 Q3"),
        ("2.1", "W5", DG, PL, "2025-26 Q3"),
        ("2.2", "W6", DG, IP, "2025-26 Q2"),
        ("2.3", "W7", DG, PL, "2025-26 Q3"),
        ("2.4", "W8", DG, IP, "2025-26 Q4"),
        ("2.5", "W9", DG, PL, "2025-26 Q4"),
        ("3.1", "W10", WF, IP, "2025-26 Q2"),
        ("3.2", "W11", WF, IP, "2025-26 Q4"),
        ("3.3", "W12", WF, PL, "2025-26 Q4"),
        ("4.1", "W13", PS, IP, "2025-26 Q2"),
        ("4.2", "W14", PS, PL, "2025-26 Q3"),
    ], "grants": [("improvement grant", "2025-26", 780000),
                  ("digital grant", "2025-26", 500000)]},
    {"file": "series36-q2-2025-10.pdf", "date": "2025-10-16", "items": [
        ("1.1", "W1", GS, DN, None),
        ("1.2", "W2", GS, IP, "2025-26 Q3"),
        ("1.3", "W3", GS, IP, "2025-26 Q4"),
        ("1.4", "W4", GS, IP, "2025-26 Q3"),
        ("1.5", "W15", GS, PL, "2025-26 Q4"),
        ("2.1", "W5", DG, PL, "2025-26 Q3"),
        ("2.2", "W16", DG, PL, "2025-26 Q4"),
        ("2.3", "W6", DG, AR, "2025-26 Q3"),
        ("2.4", "W7", DG, IP, "2025-26 Q3"),
        ("2.5", "W8", DG, IP, "2025-26 Q4"),
        ("2.6", "W9", DG, PL, "2025-26 Q4"),
        ("3.1", "W10", WF, DN, None),
        ("3.2", "W11", WF, IP, "2025-26 Q4"),
        ("3.3", "W12", WF, PL, "2025-26 Q3"),
        ("4.1", "W13", PS, AR, "2025-26 Q4"),
        ("4.2", "W14", PS, IP, "2025-26 Q3"),
    ], "grants": [("improvement grant", "2025-26", 780000),
                  ("digital grant", "2025-26", 500000)]},
    {"file": "series36-q3-2026-01.html", "date": "2026-01-22", "items": [
        ("1.1", "W2", GS, AR, "2025-26 Q4"),
        ("1.2", "W3", GS, IP, "2025-26 Q4"),
        ("1.3", "W4", GS, IP, "2026-27 Q1"),
        ("1.4", "W15", GS, IP, "2025-26 Q4"),
        ("2.1", "W10", WF, DN, None),
        ("2.2", "W11", WF, IP, "2025-26 Q4"),
        ("2.3", "W12", WF, DN, None),
        ("3.1", "W5", DD, DN, None),
        ("3.2", "W16", DD, IP, "2025-26 Q4"),
        ("3.3", "W6", DD, DN, None),
        ("3.4", "W7", DD, IP, "2025-26 Q4"),
        ("3.5", "W8", DD, IP, "2025-26 Q4"),
        ("4.1", "W13", PS, IP, "2025-26 Q4"),
        ("4.2", "W14", PS, AR, "2025-26 Q4"),
        ("4.3", "W17", PS, IP, "2026-27 Q1"),
    ], "grants": [("improvement grant", "2025-26", 850000),
                  ("digital grant", "2025-26", 500000)]},
    {"file": "series36-q4-2026-04.md", "date": "2026-04-23", "items": [
        ("1.1", "W2", GS, DN, None),
        ("1.2", "W3", GS, DN, None),
        ("1.3", "W4", GS, IP, "2026-27 Q1"),
        ("1.4", "W15", GS, DN, None),
        ("2.1", "W10", WF, DN, None),
        ("2.2", "W11", WF, AR, "2026-27 Q1"),
        ("2.3", "W12", WF, DN, None),
        ("3.1", "W5", DD, DN, None),
        ("3.2", "W16", DD, IP, "2026-27 Q1"),
        ("3.3", "W6", DD, DN, None),
        ("3.4", "W7", DD, DN, None),
        ("3.5", "W8", DD, IP, "2026-27 Q2"),
        ("4.1", "W13", PS, IP, "2026-27 Q1"),
        ("4.2", "W14", PS, DN, None),
        ("4.3", "W17", PS, IP, "2026-27 Q1"),
    ], "grants": [("improvement grant", "2025-26", 850000),
                  ("improvement grant", "2026-27", 800000),
                  ("digital grant", "2025-26", 500000)]},
]

N, D, C, U = "new", "dropped", "changed", "unchanged"
PAIRS = [
    {"from": "series36-q1-2025-07.docx", "to": "series36-q2-2025-10.pdf",
     "changes": {"W1": C, "W2": C, "W3": U, "W4": U, "W15": N, "W5": C, "W16": N, "W6": C,
                 "W7": C, "W8": U, "W9": U, "W10": C, "W11": U, "W12": C, "W13": C,
                 "W14": C},
     "slipped": ["W6", "W13"], "brought_forward": ["W12"],
     "reports": [("possible split", "2.2")],
     "notes": "W5 split: 2.1 (senior leaders) continues W5, 2.2 (ICT teams) is new W16. "
              "W1 and W10 complete. W12 brought forward (Q4 -> Q3). W6 and W13 slip."},
    {"from": "series36-q2-2025-10.pdf", "to": "series36-q3-2026-01.html",
     "changes": {"W1": D, "W2": C, "W3": U, "W4": C, "W15": C, "W10": U, "W11": U,
                 "W12": C, "W5": C, "W16": C, "W6": C, "W7": C, "W8": C, "W9": D, "W13": C,
                 "W14": C, "W17": N},
     "slipped": ["W2", "W4", "W7", "W14"], "brought_forward": [],
     "reports": [("possible merge", "3.5")],
     "notes": "W1 (complete last quarter) dropped, Governance renumbered 1.2 -> 1.1 etc.; "
              "Workforce moved before Digital, Digital renamed 'Digital and data'; W8 and W9 "
              "merged into 3.5 (continues W8; W9 dropped); W17 new. W7 goes backwards in "
              "wording only (reads planned, is in progress)."},
    {"from": "series36-q3-2026-01.html", "to": "series36-q4-2026-04.md",
     "changes": {"W2": C, "W3": C, "W4": U, "W15": C, "W10": U, "W11": C, "W12": U,
                 "W5": U, "W16": C, "W6": U, "W7": C, "W8": C, "W13": C, "W14": C,
                 "W17": U},
     "slipped": ["W11", "W16", "W8", "W13"], "brought_forward": [],
     "reports": [],
     "notes": "No work added or dropped; the slips run into 2026-27."},
]


def main() -> None:
    out = {"corpus": "series36", "updates": [
        {"file": u["file"], "date": u["date"],
         "items": [dict(zip(("item_id", "key", "section", "status", "due_quarter"), it,
                            strict=True)) for it in u["items"]],
         "grants": [dict(zip(("grant", "financial_year", "amount_gbp"), g, strict=True))
                    for g in u["grants"]]} for u in UPDATES],
        "pairs": [{**p, "reports": [{"check": c, "item_id": i} for c, i in p["reports"]]}
                  for p in PAIRS]}
    (HERE / "readings").mkdir(exist_ok=True)
    (HERE / "readings" / "series.json").write_text(json.dumps(out, indent=1,
                                                              ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
