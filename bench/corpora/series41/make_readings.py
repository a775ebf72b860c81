"""The careful reader's reading of series41, typed by hand (not derived from the generators),
written before any loader of the package ran on the documents. Writes readings/series.json
in series36's format (so series36's scorer scores it).

Conventions of this reading (series36's, and these for a RAG tracker):
- item_id: the ref printed in the Ref column ("A7"); refs run through the plan, so a new
  action takes the next free number wherever it sits, and the Q3 report renumbers them;
- key: W1..W20, the same piece of work across updates, whatever its ref; a split's first
  half (the website, A12) keeps the key of the work it continues (W12), the other half
  ('My Account', A13 in Q3) is new (W20); a merge keeps the key of the work that carries
  the ref on (W14, the Workforce Strategy, A15 in Q4), the absorbed work (W16, the
  apprenticeship scheme, "now covered by A15") is dropped;
- status: planned / in progress / at risk / done, from the RAG as a reader takes it and
  the commentary: Green in progress (planned where the commentary says the action has not
  started: "Not yet started: ..."), Amber and Red at risk, Complete done, Closed done
  ("Closed - superseded": nothing is outstanding under the action; eval22 read
  "Superseded" so);
- due: the financial-year quarter (2025-26 Q1 = April-June 2025) of the action's current
  target date: the Target date column, or in Q4 the Revised target where one is printed
  (the Original target where it says "–"); None for done work (nothing outstanding), also
  where a Complete row still prints its old target date;
- change per consecutive pair: new / dropped / changed / unchanged; "changed" when the
  status or the due quarter differs, the RAG rating differs (Amber -> Red is changed,
  although both are "at risk"), or the work was split or merged; an action whose wording
  and commentary are edited but whose RAG and target stay is "unchanged" (series36's
  convention; the package documents "changed" for reworded items, and the scorer counts
  those separately);
- Q5 leaves Objective 3's table out ("No change this quarter ... their position at 31
  March 2026 ... stands"): its four actions (W8-W11) are NOT rows of Q5 (nothing is printed
  for them, so no ids, statuses or due quarters are read there), but the work is not
  dropped either: for Q4 -> Q5 each is "unchanged" (the paper says so), and slipped /
  brought forward are not asked;
- slipped / brought_forward: the due quarter is later / earlier than in the update before
  (both updates giving one);
- reports: the split and the merge an analyst expects the series to report ("possible
  split" on the new half, Q3 A13; "possible merge" on the item holding the merged work,
  Q4 A15), as (check, item id of the later update);
- grants: (grant, financial year, amount) stated in each update, named as a reader names
  the fund ("Shared Prosperity Fund", "Local Transport Fund"; the funder in brackets is not
  part of the name); committed or spent sums (Q2's £610,000) and the earlier figure of a
  revision (Q3's "(from £1.45m)") are not grants.
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
O1, O2, O3, O3R, O4 = (
    "Well-being Objective 1: A prosperous and green county borough",
    "Well-being Objective 2: Healthy, independent communities",
    "Well-being Objective 3: Learning and skills for all",
    "Well-being Objective 3: Learning, skills and employment",
    "Well-being Objective 4: A modern, efficient council")
PL, IP, AR, DN = "planned", "in progress", "at risk", "done"
Q3_25, Q4_25 = "2025-26 Q3", "2025-26 Q4"
Q1_26, Q2_26, Q3_26, Q4_26 = "2026-27 Q1", "2026-27 Q2", "2026-27 Q3", "2026-27 Q4"
SPF, LTF = "Shared Prosperity Fund", "Local Transport Fund"

UPDATES = [
    {"file": "series41-q1-2025-09.txt", "date": "2025-09-18", "items": [
        ("A1", "W1", O1, IP, Q4_25),
        ("A2", "W2", O1, IP, Q3_25),
        ("A3", "W3", O1, IP, Q4_25),
        ("A4", "W4", O1, IP, Q3_25),
        ("A5", "W5", O2, AR, Q4_25),
        ("A6", "W6", O2, IP, Q4_25),
        ("A7", "W7", O2, IP, Q2_26),
        ("A8", "W8", O3, IP, Q2_26),
        ("A9", "W9", O3, AR, Q4_25),
        ("A10", "W10", O3, IP, Q4_25),
        ("A11", "W11", O3, PL, Q3_25),
        ("A12", "W12", O4, IP, Q4_25),
        ("A13", "W13", O4, AR, Q2_26),
        ("A14", "W14", O4, IP, Q3_25),
        ("A15", "W15", O4, AR, Q4_25),
        ("A16", "W16", O4, IP, Q4_25),
    ], "grants": [(SPF, "2025-26", 1450000), (LTF, "2025-26", 350000)]},
    {"file": "series41-q2-2025-11.docx", "date": "2025-11-27", "items": [
        ("A1", "W1", O1, IP, Q4_25),
        ("A2", "W2", O1, AR, Q4_25),
        ("A3", "W3", O1, IP, Q4_25),
        ("A4", "W4", O1, IP, Q3_25),
        ("A5", "W5", O2, DN, None),
        ("A6", "W6", O2, IP, Q4_25),
        ("A7", "W7", O2, IP, Q2_26),
        ("A17", "W17", O2, IP, Q4_25),
        ("A8", "W8", O3, IP, Q2_26),
        ("A9", "W9", O3, AR, Q4_25),
        ("A10", "W10", O3, IP, Q4_25),
        ("A11", "W11", O3, IP, Q3_25),
        ("A12", "W12", O4, IP, Q4_25),
        ("A13", "W13", O4, AR, Q2_26),
        ("A14", "W14", O4, IP, Q3_25),
        ("A15", "W15", O4, AR, Q4_25),
        ("A16", "W16", O4, IP, Q4_25),
    ], "grants": [(SPF, "2025-26", 1450000), (LTF, "2025-26", 350000)]},
    {"file": "series41-q3-2026-02.pdf", "date": "2026-02-12", "items": [
        ("A1", "W1", O1, AR, Q4_25),
        ("A2", "W2", O1, AR, Q2_26),
        ("A3", "W3", O1, IP, Q4_25),
        ("A4", "W4", O1, DN, None),
        ("A5", "W6", O2, IP, Q4_25),
        ("A6", "W7", O2, IP, Q1_26),
        ("A7", "W17", O2, IP, Q4_25),
        ("A8", "W8", O3R, IP, Q2_26),
        ("A9", "W9", O3R, AR, Q4_25),
        ("A10", "W10", O3R, IP, Q4_25),
        ("A11", "W11", O3R, AR, Q4_25),
        ("A12", "W12", O4, IP, Q4_25),
        ("A13", "W20", O4, IP, Q2_26),
        ("A14", "W13", O4, AR, Q2_26),
        ("A15", "W14", O4, AR, Q4_25),
        ("A16", "W15", O4, AR, Q4_25),
        ("A17", "W16", O4, IP, Q4_25),
    ], "grants": [(SPF, "2025-26", 1200000), (LTF, "2025-26", 350000)]},
    {"file": "series41-q4-2026-06.html", "date": "2026-06-11", "items": [
        ("A1", "W1", O1, AR, Q1_26),
        ("A2", "W2", O1, IP, Q2_26),
        ("A3", "W3", O1, AR, Q3_26),
        ("A18", "W18", O1, IP, Q4_26),
        ("A5", "W6", O2, AR, Q2_26),
        ("A6", "W7", O2, IP, Q1_26),
        ("A7", "W17", O2, AR, Q1_26),
        ("A8", "W8", O3R, IP, Q2_26),
        ("A9", "W9", O3R, AR, Q2_26),
        ("A10", "W10", O3R, IP, Q4_26),
        ("A11", "W11", O3R, AR, Q2_26),
        ("A12", "W12", O4, DN, None),
        ("A13", "W20", O4, IP, Q2_26),
        ("A14", "W13", O4, IP, Q2_26),
        ("A15", "W14", O4, IP, Q4_26),
        ("A16", "W15", O4, DN, None),
    ], "grants": [(SPF, "2025-26", 1200000), (LTF, "2025-26", 350000)]},
    {"file": "series41-q5-2026-09.md", "date": "2026-09-17", "items": [
        ("A1", "W1", O1, DN, None),
        ("A2", "W2", O1, IP, Q2_26),
        ("A3", "W3", O1, AR, Q3_26),
        ("A18", "W18", O1, IP, Q4_26),
        ("A5", "W6", O2, IP, Q2_26),
        ("A6", "W7", O2, DN, None),
        ("A7", "W17", O2, IP, Q2_26),
        ("A12", "W12", O4, DN, None),
        ("A13", "W20", O4, AR, Q3_26),
        ("A14", "W13", O4, IP, Q2_26),
        ("A15", "W14", O4, IP, Q4_26),
        ("A16", "W15", O4, DN, None),
        ("A19", "W19", O4, PL, Q3_26),
    ], "grants": [(SPF, "2026-27", 900000), (LTF, "2026-27", 280000)],
     "omitted": {"section": O3R, "keys": ["W8", "W9", "W10", "W11"],
                 "reading": "'No change this quarter': the four actions continue as at Q4; "
                            "no rows in Q5, unchanged (not dropped) for Q4 -> Q5"}},
]

N, D, C, U = "new", "dropped", "changed", "unchanged"
PAIRS = [
    {"from": "series41-q1-2025-09.txt", "to": "series41-q2-2025-11.docx",
     "changes": {"W1": U, "W2": C, "W3": U, "W4": U, "W5": C, "W6": U, "W7": U, "W17": N,
                 "W8": U, "W9": U, "W10": U, "W11": C, "W12": U, "W13": U, "W14": U,
                 "W15": U, "W16": U},
     "slipped": ["W2"], "brought_forward": [],
     "reports": [],
     "notes": "A5 (W5) closed - superseded (regional review). A17 (W17, Flying Start) new "
              "under Objective 2. EV charging (W2) Amber, 31/12/2025 -> 31/03/2026. Library "
              "courses (W11) started (planned -> in progress). Action wordings lightly "
              "edited ('for 2025-26' -> '2025-26', 'at' -> 'in', quotes dropped)."},
    {"from": "series41-q2-2025-11.docx", "to": "series41-q3-2026-02.pdf",
     "changes": {"W1": C, "W2": C, "W3": U, "W4": C, "W5": D, "W6": U, "W7": C, "W17": U,
                 "W8": U, "W9": C, "W10": U, "W11": C, "W12": C, "W20": N, "W13": U,
                 "W14": C, "W15": C, "W16": U},
     "slipped": ["W2", "W11", "W14"], "brought_forward": ["W7"],
     "reports": [("possible split", "A13")],
     "notes": "W5 dropped; refs renumbered (A6 -> A5, A7 -> A6, A17 -> A7, A13 -> A14, "
              "A14 -> A15, A15 -> A16, A16 -> A17); A12 split (website keeps W12, 'My "
              "Account' A13 new W20); Objective 3 renamed; W4 complete; W7 brought forward "
              "30/09/2026 -> 30/06/2026; W9 and W15 Amber -> Red (changed, both at risk); "
              "Shared Prosperity Fund revised to £1.2m."},
    {"from": "series41-q3-2026-02.pdf", "to": "series41-q4-2026-06.html",
     "changes": {"W1": C, "W2": C, "W3": C, "W18": N, "W4": D, "W6": C, "W7": U, "W17": C,
                 "W8": U, "W9": C, "W10": C, "W11": C, "W12": C, "W20": U, "W13": C,
                 "W14": C, "W15": C, "W16": D},
     "slipped": ["W1", "W3", "W6", "W17", "W9", "W10", "W11", "W14"], "brought_forward": [],
     "reports": [("possible merge", "A15")],
     "notes": "W4 (complete) dropped, refs not renumbered (A4 a gap); W16 (A17) merged into "
              "W14 (A15: 'now covered by A15'); W18 (A18) new under Objective 1; an Original "
              "/ Revised target column pair (due from the revised one); W7 stays Q1 2026-27 "
              "(its original target printed 30/09/2026, revised 30/06/2026)."},
    {"from": "series41-q4-2026-06.html", "to": "series41-q5-2026-09.md",
     "changes": {"W1": C, "W2": U, "W3": U, "W18": U, "W6": C, "W7": C, "W17": C, "W8": U,
                 "W9": U, "W10": U, "W11": U, "W12": U, "W20": C, "W13": U, "W14": U,
                 "W15": U, "W19": N},
     "slipped": ["W17", "W20"], "brought_forward": [],
     "reports": [],
     "notes": "Objective 3 omitted ('No change this quarter'): W8-W11 unchanged, not "
              "dropped. A19 (W19) new, not yet started. W12 and W15 still listed as "
              "Complete (done -> done: unchanged). New grant year 2026-27."},
]


def main() -> None:
    out = {"corpus": "series41", "updates": [
        {"file": u["file"], "date": u["date"],
         "items": [dict(zip(("item_id", "key", "section", "status", "due_quarter"), it,
                            strict=True)) for it in u["items"]],
         "grants": [dict(zip(("grant", "financial_year", "amount_gbp"), g, strict=True))
                    for g in u["grants"]],
         **({"omitted": u["omitted"]} if "omitted" in u else {})} for u in UPDATES],
        "pairs": [{**p, "reports": [{"check": c, "item_id": i} for c, i in p["reports"]]}
                  for p in PAIRS]}
    (HERE / "readings").mkdir(exist_ok=True)
    (HERE / "readings" / "series.json").write_text(json.dumps(out, indent=1,
                                                              ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
