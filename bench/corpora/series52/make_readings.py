"""The careful reader's reading of series52, typed by hand (not derived from the generators),
written before any loader of the package ran on the documents. Writes readings/series.json
in series36's format (so series36's scorer, through this corpus's wrapper, scores it), with
one field more per item: ``carried``.

The paper: the (invented) Digital Local Government Programme Board of the Welsh Government
and the WLGA, four quarterly reports on the Digital Local Government Programme 2025-27: U1
June 2025 the full BASELINE (every action, `Ref | Action | Lead | Due | Status` tables per
workstream), U2-U4 (September, December 2025, March 2026) EXCEPTION reports listing only
what changed, under "Completed since the last report", "New actions", "Changes to
timescales", "Actions at risk", "Closed / withdrawn", closing "All other actions remain on
track."

Conventions of this reading:
- the items are the actions; the reader's table of each update lists EVERY LIVE ACTION:
  the actions an exception report prints, and the actions it does not mention, CARRIED
  FORWARD from the update before with their last status and due date ("All other actions
  remain on track" / "Actions not listed below are unchanged"), marked ``carried: true``;
  a carried action's item_id is its ref as last printed (the package, which gives a
  carried action no row, fails ids / status / due on them; the wrapper counts them apart);
- item_id: the printed ref ("A2.3"); U3 renumbers the cyber workstream after A2.2 is
  withdrawn: "A2.2 (formerly A2.3)" (W6) and "A2.3 (formerly A2.4)" (W14), while the
  withdrawn "A2.2" (W5) is printed under "Closed / withdrawn" in the same update, so U3 has
  TWO items printed "A2.2": the reader's id for W5 there is "A2.2 (withdrawn)" [no code can
  give two rows one id; the scorer keys rows by id, so W5's U3 row is looked up by that id];
- key: W1..W16 (the same piece of work whatever its ref); a merge keeps the key of the
  action whose ref carries on (A3.1 W7; A3.2 W8 dropped);
- section: the workstream (U1 tables; later updates name none, the reader knows it from
  the ref);
- status: planned / in progress / at risk / done. "On track" in progress; "Not started"
  planned; "At risk" at risk; completed done; withdrawn done (nothing outstanding,
  series48's convention);
- due: the financial-year quarter (2025-26 Q1 = April-June 2025) of the outstanding work's
  due date (the new date of a change of timescale); None for done;
- change per consecutive pair: new / dropped / changed / unchanged. Changed when the due
  date, status or the action's scope changes (completion, withdrawal, a merge, at risk);
  a carried action is unchanged; an action reported complete or withdrawn in one update and
  absent from the next is dropped (reported once); the merged-away A3.2 (W8) is dropped;
- slipped / brought_forward: due quarter later / earlier than in the update before, both
  giving one (W3, W5 slip and W10 is brought forward in U2; W2, W7 slip in U3; W6, W9 slip
  in U4);
- reports: the expected `possible merge` on U3 A3.1; no split in this series;
- grants: the Digital Transformation Grant £300,000 for 2025-26 (U2, announced),
  "increased ... from £300,000 to £350,000" (U4: £350,000); none named in U1 or U3 (U3's
  "no change to the programme's funding" names no grant; U1's core budget is not a grant).
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
PL, IP, AR, DN = "planned", "in progress", "at risk", "done"
Q2, Q3, Q4 = "2025-26 Q2", "2025-26 Q3", "2025-26 Q4"
N1, N2, N3 = "2026-27 Q1", "2026-27 Q2", "2026-27 Q3"
WS = {"A1": "Workstream A1: Data and insight", "A2": "Workstream A2: Cyber resilience",
      "A3": "Workstream A3: Digital skills", "A4": "Workstream A4: Shared platforms"}
F = ["series52-u1-2025-06.docx", "series52-u2-2025-09.html", "series52-u3-2025-12.pdf",
     "series52-u4-2026-03.md"]
C = True  # carried forward, not printed in this update

# (item_id, key, status, due[, carried])
U1 = [("A1.1", "W1", IP, Q2), ("A1.2", "W2", IP, Q4), ("A1.3", "W3", PL, Q3),
      ("A2.1", "W4", IP, Q3), ("A2.2", "W5", AR, Q2), ("A2.3", "W6", PL, Q4),
      ("A3.1", "W7", IP, Q3), ("A3.2", "W8", PL, Q4), ("A3.3", "W9", PL, N1),
      ("A4.1", "W10", IP, Q4), ("A4.2", "W11", IP, Q4), ("A4.3", "W12", IP, Q2)]
U2 = [("A1.1", "W1", DN, None), ("A4.3", "W12", DN, None),
      ("A1.4", "W13", PL, Q4), ("A2.4", "W14", IP, Q3),
      ("A1.3", "W3", IP, Q4), ("A4.1", "W10", IP, Q3),
      ("A2.2", "W5", AR, Q3),
      ("A1.2", "W2", IP, Q4, C), ("A2.1", "W4", IP, Q3, C), ("A2.3", "W6", PL, Q4, C),
      ("A3.1", "W7", IP, Q3, C), ("A3.2", "W8", PL, Q4, C), ("A3.3", "W9", PL, N1, C),
      ("A4.2", "W11", IP, Q4, C)]
U3 = [("A2.1", "W4", DN, None), ("A2.3", "W14", DN, None), ("A4.1", "W10", DN, None),
      ("A4.4", "W15", PL, N1),
      ("A1.2", "W2", IP, N2), ("A3.1", "W7", IP, Q4),
      ("A2.2", "W6", AR, Q4),
      ("A2.2 (withdrawn)", "W5", DN, None),
      ("A1.3", "W3", IP, Q4, C), ("A1.4", "W13", PL, Q4, C), ("A3.3", "W9", PL, N1, C),
      ("A4.2", "W11", IP, Q4, C)]
U4 = [("A1.3", "W3", DN, None), ("A1.4", "W13", DN, None), ("A4.2", "W11", DN, None),
      ("A4.5", "W16", PL, N3),
      ("A3.3", "W9", PL, N2), ("A2.2", "W6", AR, N1),
      ("A1.2", "W2", AR, N2),
      ("A3.1", "W7", IP, Q4, C), ("A4.4", "W15", PL, N1, C)]
GRANTS = [[], [("Digital Transformation Grant", "2025-26", 300000)], [],
          [("Digital Transformation Grant", "2025-26", 350000)]]
DATES = ["2025-06-26", "2025-09-25", "2025-12-11", "2026-03-19"]
N, D, CH, U = "new", "dropped", "changed", "unchanged"
PAIRS = [
    {"changes": {"W1": CH, "W12": CH, "W13": N, "W14": N, "W3": CH, "W10": CH, "W5": CH,
                 "W2": U, "W4": U, "W6": U, "W7": U, "W8": U, "W9": U, "W11": U},
     "slipped": ["W3", "W5"], "brought_forward": ["W10"], "reports": [],
     "notes": "W1, W12 completed; W13, W14 new; W3 Dec 2025 -> Mar 2026 (slipped, now under "
              "way); W10 Jan 2026 -> Dec 2025 (brought forward); W5 still at risk, Sep -> Nov "
              "2025 (slipped); the rest not mentioned: carried forward, unchanged. Grant "
              "announced."},
    {"changes": {"W1": D, "W12": D, "W4": CH, "W14": CH, "W10": CH, "W15": N, "W2": CH,
                 "W7": CH, "W8": D, "W6": CH, "W5": CH, "W3": U, "W13": U, "W9": U,
                 "W11": U},
     "slipped": ["W2", "W7"], "brought_forward": [],
     "reports": [{"check": "possible merge", "item_id": "A3.1"}],
     "notes": "W1, W12 (complete in U2) dropped; W4, W14 (renumbered A2.3), W10 completed; "
              "W15 new; W2 Mar -> Sep 2026 (slipped); A3.1 and A3.2 combined as A3.1 (W7 "
              "changed, Dec 2025 -> Mar 2026 slipped; W8 dropped, merged); W6 renumbered "
              "A2.2 (formerly A2.3), now at risk; W5 withdrawn (done); the rest carried."},
    {"changes": {"W4": D, "W14": D, "W10": D, "W5": D, "W3": CH, "W13": CH, "W11": CH,
                 "W16": N, "W9": CH, "W6": CH, "W2": CH, "W7": U, "W15": U},
     "slipped": ["W9", "W6"], "brought_forward": [],
     "reports": [],
     "notes": "W4, W14, W10 (complete) and W5 (withdrawn) dropped; W3, W13, W11 completed; "
              "W16 new; W9 Jun -> Sep 2026 (slipped); W6 Mar -> Jun 2026 (slipped, still at "
              "risk); W2 now at risk, Sep 2026 unchanged (changed, not slipped); W7, W15 "
              "carried. Grant increased from £300,000 to £350,000."},
]


def item(t: tuple) -> dict:
    ref = t[0]
    return {"item_id": ref, "key": t[1], "section": WS[ref[:2]], "status": t[2],
            "due_quarter": t[3], "carried": len(t) > 4}


def main() -> None:
    updates = [{"file": f, "date": d, "items": [item(t) for t in u],
                "grants": [{"grant": g, "financial_year": y, "amount_gbp": a}
                           for g, y, a in gr]}
               for f, d, u, gr in zip(F, DATES, (U1, U2, U3, U4), GRANTS)]
    pairs = [{"from": F[i], "to": F[i + 1], **p} for i, p in enumerate(PAIRS)]
    # checks: every key of an update appears in the pair's changes
    for i, p in enumerate(pairs):
        a = {it["key"] for it in updates[i]["items"]}
        b = {it["key"] for it in updates[i + 1]["items"]}
        assert set(p["changes"]) == a | b, (i, sorted((a | b) ^ set(p["changes"])))
        for k, v in p["changes"].items():
            assert (v == "new") == (k not in a) and (v == "dropped") == (k not in b), (i, k)
    out = {"corpus": "series52", "updates": updates, "pairs": pairs}
    (HERE / "readings").mkdir(exist_ok=True)
    (HERE / "readings" / "series.json").write_text(json.dumps(out, indent=1) + "\n")


if __name__ == "__main__":
    main()
