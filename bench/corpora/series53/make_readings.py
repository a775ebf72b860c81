"""The careful reader's reading of series53, typed by hand (not derived from the generators),
written before any loader of the package ran on the documents. Writes readings/series.json
in series36's format (series36's scorer, through this corpus's wrapper, scores it).

The paper: the (invented) WLGA Workforce and Skills Support Programme, four updates to the
WLGA Workforce Board ACROSS A YEAR-END REFRESH: U1 Quarter 3 2025-26 (11 December 2025,
.docx), U2 Quarter 4 and year-end report 2025-26 (23 April 2026, .pdf, with a "Year-end
summary" table), U3 Quarter 1 2026-27 of the REFRESHED 2026-27 programme (16 July 2026, the
programme's web page: lettered priorities, tables per priority, new refs, and a crosswalk
table `2025-26 ref | 2026-27 ref | Note`), U4 Quarter 2 2026-27 (15 October 2026, a
plain-text e-mail with aligned columns).

Conventions of this reading:
- the items are the actions: U1 / U2 the numbered paragraphs "1.1".."4.3" (U2's "Year-end
  summary" table repeats every action in a row: not further items); U3 / U4 the table rows
  "A1.1".. (U3's crosswalk table is not items);
- item_id: the ref as printed;
- key: W1..W19, the same piece of work across updates, FOLLOWING THE CROSSWALK across the
  refresh (1.1 -> A1.1 W1, 1.2 -> B1.1 W2, 1.3 -> B1.2 W3, 2.1 -> C1.1 W5, 3.1 -> D1.1 W8,
  4.2 -> D2.1 W12); the merge "2.2, 2.3 | C1.2 | combined" keeps the key of the first
  (W6, the middle managers' programme), W7 (coaching network) is dropped; the split
  "3.2 | D1.2, D1.3 | split" keeps W9 on D1.2 (the toolkit itself, its title unchanged)
  and D1.3 (the social care module) is new work W18; new 2026-27 actions W14-W17 (U3), W19
  (U4);
- section: the priority as printed in that update;
- status: planned / in progress / at risk / done. "On track" and "Carried forward – on
  track" in progress; "Not started" / "Not yet started" planned; "Delayed", "Carried
  forward – delayed" and "At risk" at risk; "Complete" done; "Not carried forward" (a
  decision to stop, nothing outstanding) done, series48's convention for withdrawn work;
- due: the financial-year quarter (2025-26 Q1 = April-June 2025; 2026-27 Q1 = April-June
  2026) of the OUTSTANDING work's due date (U3 / U4 the Target date column; U1 / U2 the
  sentence's date for what is still to happen: "will be completed by September 2026",
  "runs until July 2026", "slipped to June 2026"); None for done work (U3 / U4's Target
  column of a completed action prints the date it was due: nothing outstanding);
- change per consecutive pair: new / dropped / changed / unchanged; changed when the status
  or the due quarter differs, or the work was merged (C1.2); work absent from the later
  update is dropped (completed in 2025-26, not carried forward, merged away); work carried
  forward with a new ref and the same status and due quarter is unchanged;
- slipped / brought_forward: due quarter later / earlier than in the update before, both
  giving one, across financial years (2025-26 Q4 -> 2026-27 Q1 is a slip);
- reports: `possible merge` on U3 C1.2, `possible split` on U3 D1.3;
- grants: the Workforce and Skills Support Grant, £640,000 for 2025-26 (U1, U2: U2's spend
  £611,850 and underspend £28,150 are not grants), £710,000 for 2026-27 (U3, U4: U3's
  "increase of £70,000" and U4's spend and forecast are not grants).
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
PL, IP, AR, DN = "planned", "in progress", "at risk", "done"
Q3, Q4 = "2025-26 Q3", "2025-26 Q4"
N1, N2, N3, N4 = "2026-27 Q1", "2026-27 Q2", "2026-27 Q3", "2026-27 Q4"
F = ["series53-u1-2025-12.docx", "series53-u2-2026-04.pdf", "series53-u3-2026-07.html",
     "series53-u4-2026-10.txt"]
DATES = ["2025-12-11", "2026-04-23", "2026-07-16", "2026-10-15"]
S1 = {"1": "Recruitment and retention", "2": "Leadership and management development",
      "3": "Workforce planning and data", "4": "Well-being and fair work"}
S3 = {"A": "Priority A: Attracting and recruiting", "B": "Priority B: Early careers",
      "C": "Priority C: Leadership and coaching",
      "D": "Priority D: Workforce planning, well-being and fair work"}
S4 = {"A": "PRIORITY A: ATTRACTING AND RECRUITING", "B": "PRIORITY B: EARLY CAREERS",
      "C": "PRIORITY C: LEADERSHIP AND COACHING",
      "D": "PRIORITY D: WORKFORCE PLANNING, WELL-BEING AND FAIR WORK"}

# (item_id, key, status, due)
U1 = [("1.1", "W1", IP, Q4), ("1.2", "W2", IP, N2), ("1.3", "W3", AR, Q4),
      ("1.4", "W4", IP, Q4),
      ("2.1", "W5", IP, Q4), ("2.2", "W6", PL, N2), ("2.3", "W7", IP, N3),
      ("3.1", "W8", AR, Q4), ("3.2", "W9", IP, Q4), ("3.3", "W10", DN, None),
      ("4.1", "W11", IP, Q4), ("4.2", "W12", IP, N2), ("4.3", "W13", PL, Q4)]
U2 = [("1.1", "W1", AR, N1), ("1.2", "W2", IP, N2), ("1.3", "W3", AR, N2),
      ("1.4", "W4", DN, None),
      ("2.1", "W5", IP, N2), ("2.2", "W6", IP, N2), ("2.3", "W7", IP, N3),
      ("3.1", "W8", AR, N2), ("3.2", "W9", AR, N1), ("3.3", "W10", DN, None),
      ("4.1", "W11", DN, None), ("4.2", "W12", IP, N1), ("4.3", "W13", DN, None)]
U3 = [("A1.1", "W1", DN, None), ("A1.2", "W14", PL, N4), ("A2.1", "W15", IP, N3),
      ("B1.1", "W2", IP, N2), ("B1.2", "W3", AR, N2),
      ("C1.1", "W5", IP, N2), ("C1.2", "W6", IP, N4), ("C2.1", "W16", PL, N4),
      ("D1.1", "W8", AR, N2), ("D1.2", "W9", DN, None), ("D1.3", "W18", IP, N4),
      ("D2.1", "W12", IP, N3), ("D2.2", "W17", IP, N3)]
U4 = [("A1.1", "W1", DN, None), ("A1.2", "W14", IP, N4), ("A2.1", "W15", AR, N4),
      ("A2.2", "W19", PL, N4),
      ("B1.1", "W2", DN, None), ("B1.2", "W3", AR, N3),
      ("C1.1", "W5", DN, None), ("C1.2", "W6", IP, N4), ("C2.1", "W16", PL, N4),
      ("D1.1", "W8", DN, None), ("D1.2", "W9", DN, None), ("D1.3", "W18", IP, N3),
      ("D2.1", "W12", DN, None), ("D2.2", "W17", IP, N3)]
GRANT = "Workforce and Skills Support Grant"
GRANTS = [[(GRANT, "2025-26", 640000)], [(GRANT, "2025-26", 640000)],
          [(GRANT, "2026-27", 710000)], [(GRANT, "2026-27", 710000)]]
N, D, CH, U = "new", "dropped", "changed", "unchanged"
PAIRS = [
    {"changes": {"W1": CH, "W2": U, "W3": CH, "W4": CH, "W5": CH, "W6": CH, "W7": U,
                 "W8": CH, "W9": CH, "W10": U, "W11": CH, "W12": CH, "W13": CH},
     "slipped": ["W1", "W3", "W5", "W8", "W9"], "brought_forward": ["W12"], "reports": [],
     "notes": "Year-end: W4, W11 completed, W10 still complete; W13 not carried forward "
              "(done, nothing outstanding); W1 evaluation March -> June 2026 (2025-26 Q4 -> "
              "2026-27 Q1, slipped across the year, now delayed); W3 March -> September 2026; "
              "W5 March -> September 2026; W8 March -> September 2026; W9 March -> June 2026 "
              "(now delayed); W6 pilot started (planned -> in progress); W12 brought forward "
              "September -> June 2026; W2, W7 unchanged."},
    {"changes": {"W1": CH, "W2": U, "W3": U, "W4": D, "W5": U, "W6": CH, "W7": D, "W8": U,
                 "W9": CH, "W10": D, "W11": D, "W12": CH, "W13": D, "W14": N, "W15": N,
                 "W16": N, "W17": N, "W18": N},
     "slipped": ["W6", "W12"], "brought_forward": [],
     "reports": [{"check": "possible merge", "item_id": "C1.2"},
                 {"check": "possible split", "item_id": "D1.3"}],
     "notes": "Refresh: every ref changes (crosswalk). W4, W10, W11 (completed 2025-26) and "
              "W13 (not carried forward) dropped; W7 combined into C1.2 (dropped), W6 C1.2 "
              "changed (July 2026 -> March 2027, slipped); W9 split: D1.2 the toolkit "
              "(complete, changed), D1.3 the social care module new (W18); W1 evaluation "
              "complete; W12 June -> October 2026 (slipped); W2, W3, W5, W8 carried forward "
              "unchanged under new refs; W14-W17 new for 2026-27. New grant year."},
    {"changes": {"W1": U, "W14": CH, "W15": CH, "W19": N, "W2": CH, "W3": CH, "W5": CH,
                 "W6": U, "W16": U, "W8": CH, "W9": U, "W18": CH, "W12": CH, "W17": U},
     "slipped": ["W15", "W3"], "brought_forward": ["W18"], "reports": [],
     "notes": "W2, W5, W8, W12 completed; W14 started (planned -> in progress); W15 December "
              "2026 -> February 2027 (slipped, at risk); W3 September -> December 2026 "
              "(slipped); W18 January 2027 -> November 2026 (brought forward); W19 new; W1, "
              "W9 still complete; W6, W16, W17 unchanged."},
]


def item(t: tuple, sections: dict, idx: int) -> dict:
    ref = t[0]
    return {"item_id": ref, "key": t[1], "section": sections[ref[idx]], "status": t[2],
            "due_quarter": t[3]}


def main() -> None:
    secs = [(S1, 0), (S1, 0), (S3, 0), (S4, 0)]
    updates = [{"file": f, "date": d, "items": [item(t, *s) for t in u],
                "grants": [{"grant": g, "financial_year": y, "amount_gbp": a}
                           for g, y, a in gr]}
               for f, d, u, gr, s in zip(F, DATES, (U1, U2, U3, U4), GRANTS, secs)]
    pairs = [{"from": F[i], "to": F[i + 1], **p} for i, p in enumerate(PAIRS)]
    # checks: every key of either update appears in the pair's changes; new / dropped agree;
    # slipped / brought forward agree with the due quarters; changed / unchanged agree
    for i, p in enumerate(pairs):
        a = {it["key"]: it for it in updates[i]["items"]}
        b = {it["key"]: it for it in updates[i + 1]["items"]}
        assert set(p["changes"]) == set(a) | set(b), (i, sorted(set(a) ^ set(b)))
        for k, v in p["changes"].items():
            assert (v == "new") == (k not in a) and (v == "dropped") == (k not in b), (i, k)
            if k in a and k in b:
                x, y = a[k], b[k]
                moved = (x["status"], x["due_quarter"]) != (y["status"], y["due_quarter"])
                assert (v == "changed") == moved, (i, k, v)
                later = (x["due_quarter"] and y["due_quarter"]
                         and y["due_quarter"] > x["due_quarter"])
                earlier = (x["due_quarter"] and y["due_quarter"]
                           and y["due_quarter"] < x["due_quarter"])
                assert bool(later) == (k in p["slipped"]), (i, k, "slipped")
                assert bool(earlier) == (k in p["brought_forward"]), (i, k, "bf")
    out = {"corpus": "series53", "updates": updates, "pairs": pairs}
    (HERE / "readings").mkdir(exist_ok=True)
    (HERE / "readings" / "series.json").write_text(json.dumps(out, indent=1,
                                                              ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
