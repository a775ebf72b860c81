"""The careful reader's reading of series44, typed by hand (not derived from the generators),
written before any loader of the package ran on the documents. Writes readings/series.json
in series36's format (so series36's scorer, through this corpus's wrapper, scores it).

The paper: the Tywi and Teifi Corporate Joint Committee's (invented) programme highlight
report on its Regional Delivery Programme 2025-27, four updates (June, September, December
2025, March 2026). Items are MILESTONES (rows of the milestone tables); projects are the
sections. Project header fields (SRO, Overall RAG, Budget, Spend to date), the tolerance
line, the RAG key and the "Decisions required" list are not items.

Conventions of this reading (series36's and series41's, and these for a highlight report):
- item_id: the milestone ref printed at the start of the Milestone cell ("P2-M3"); refs are
  numbered within each project and RENUMBERED in U3 (completed milestones reported in U2
  removed, the rest numbered from M1; the grid study moved to Project 2 takes P2-M6). U4
  prints no refs (the e-mail says the ref column did not copy): there the reader numbers
  the milestones in reading order through the e-mail, "1".."12", and the update is marked
  `ids_printed: false` with each item's milestone name (`text`) so the scorer can find the
  code's row for it whatever id the code gives (the ids field then asks: one row per
  milestone);
- key: W1..W21, the same piece of work across updates whatever its ref or project; a merge
  keeps the key of the milestone that carries on (W4, P1-M4 "combined with" P1-M5, W5
  dropped); a split keeps the key on the half that continues under the milestone's ref and
  reports its completion (W10, the ISA scoping report), the other half (HRA screening, W21)
  is new; the grid capacity study (W16) moved from Project 4 to Project 2 keeps its key;
- status: planned / in progress / at risk / done. G / Green in progress (planned where the
  comment says "Not started"); A / Amber, R / Red and an Exception at risk; C / Complete
  (with an Actual date) done;
- due: the financial-year quarter (2025-26 Q1 = April-June 2025) of the FORECAST date (what
  the outstanding work is now expected by; the baseline is the plan it is measured
  against); None for done milestones;
- change per consecutive pair: new / dropped / changed / unchanged. Changed when the
  forecast date moves (even within its quarter), the RAG or status changes, the milestone
  completes, moves to another project, or is split or merged; a milestone whose wording or
  comment is edited but whose forecast and RAG stay is unchanged (series36's convention:
  the package documents "changed" for rewording, and the scorer reports those apart);
- dropped: a milestone reported Complete in one update and absent from the next is dropped
  BECAUSE IT IS COMPLETE (highlight reports report a completion once; the U3 page says so);
  a merged-away milestone (W5) is dropped;
- U4's Project 4 "No exceptions to report." with no table: a highlight report reports by
  exception, so its two milestones (W15, W17) carry on as at U3 (in progress, forecast
  unchanged); they have NO rows in U4 (nothing printed: no ids, statuses or due quarters
  read) and for U3 -> U4 they are "unchanged", not dropped (series41's Q5 convention);
  slipped / brought forward are not asked of them;
- slipped / brought_forward: the due quarter (of the forecast) later / earlier than in the
  update before, both giving one (a forecast beyond its baseline but unchanged since the
  previous update has NOT slipped in that pair; W10's move 31/10 -> 30/11/2025 stays in Q3:
  changed, not slipped; W8's 31/01 -> 31/03/2026 and W16's 31/01 -> 28/02/2026 likewise);
- reports: the expected `possible merge` on U2 P1-M4 (P1-M5 combined with it) and the
  expected `possible split` on U3 P2-M4 (the HRA screening split from the scoping
  milestone), as (check, item id of the later update);
- grants: (grant, financial year, amount) named in each update: the Shared Prosperity Fund
  £450,000 for 2025-26 in Project 3's budget field (every update); the Welsh Government's
  Regional Transport Planning Grant £275,000 for 2025-26 in U3 only (the £250,000 of it added
  to the budget is not another grant). Project budgets (£2.4m revised to £2.65m, £1.1m,
  £1.2m, £600,000) and spend to date are the CJC's budgets, not grants.
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
P1, P2, P3, P3R, P4 = ("Project 1: Regional Transport Plan",
                       "Project 2: Strategic Development Plan",
                       "Project 3: Economic Wellbeing",
                       "Project 3: Regional Economic Delivery",
                       "Project 4: Regional Energy Strategy")
PL, IP, AR, DN = "planned", "in progress", "at risk", "done"
Q1_25, Q2_25, Q3_25, Q4_25 = "2025-26 Q1", "2025-26 Q2", "2025-26 Q3", "2025-26 Q4"
Q1_26, Q2_26 = "2026-27 Q1", "2026-27 Q2"
SPF, RTPG = "Shared Prosperity Fund", "Regional Transport Planning Grant"

U1, U2, U3, U4 = ("series44-u1-2025-06.docx", "series44-u2-2025-09.pdf",
                  "series44-u3-2025-12.html", "series44-u4-2026-03.txt")

UPDATES = [
    {"file": U1, "date": "2025-06-26", "items": [
        ("P1-M1", "W1", P1, IP, Q2_25),
        ("P1-M2", "W2", P1, IP, Q2_25),
        ("P1-M3", "W3", P1, IP, Q3_25),
        ("P1-M4", "W4", P1, IP, Q3_25),
        ("P1-M5", "W5", P1, IP, Q4_25),
        ("P1-M6", "W6", P1, IP, Q4_25),
        ("P2-M1", "W7", P2, AR, Q2_25),
        ("P2-M2", "W8", P2, IP, Q3_25),
        ("P2-M3", "W9", P2, IP, Q4_25),
        ("P2-M4", "W10", P2, IP, Q3_25),
        ("P3-M1", "W11", P3, IP, Q2_25),
        ("P3-M2", "W12", P3, IP, Q2_25),
        ("P3-M3", "W13", P3, IP, Q3_25),
        ("P3-M4", "W14", P3, PL, Q4_25),
        ("P4-M1", "W15", P4, IP, Q4_25),
        ("P4-M2", "W16", P4, IP, Q4_25),
        ("P4-M3", "W17", P4, PL, Q2_26),
    ], "grants": [(SPF, "2025-26", 450000)]},
    {"file": U2, "date": "2025-09-25", "items": [
        ("P1-M1", "W1", P1, DN, None),
        ("P1-M2", "W2", P1, AR, Q3_25),
        ("P1-M3", "W3", P1, IP, Q2_25),
        ("P1-M4", "W4", P1, AR, Q4_25),
        ("P1-M6", "W6", P1, IP, Q4_25),
        ("P2-M1", "W7", P2, DN, None),
        ("P2-M2", "W8", P2, AR, Q4_25),
        ("P2-M3", "W9", P2, IP, Q4_25),
        ("P2-M4", "W10", P2, AR, Q3_25),
        ("P2-M5", "W18", P2, PL, Q4_25),
        ("P3-M1", "W11", P3, DN, None),
        ("P3-M2", "W12", P3, AR, Q3_25),
        ("P3-M3", "W13", P3, IP, Q3_25),
        ("P3-M4", "W14", P3, PL, Q4_25),
        ("P4-M1", "W15", P4, IP, Q4_25),
        ("P4-M2", "W16", P4, IP, Q4_25),
        ("P4-M3", "W17", P4, PL, Q2_26),
    ], "grants": [(SPF, "2025-26", 450000)]},
    {"file": U3, "date": "2025-12-11", "items": [
        ("P1-M1", "W2", P1, AR, Q3_25),
        ("P1-M2", "W3", P1, DN, None),
        ("P1-M3", "W4", P1, AR, Q4_25),
        ("P1-M4", "W6", P1, IP, Q4_25),
        ("P2-M1", "W8", P2, AR, Q4_25),
        ("P2-M2", "W9", P2, AR, Q1_26),
        ("P2-M3", "W10", P2, DN, None),
        ("P2-M4", "W21", P2, AR, Q4_25),
        ("P2-M5", "W18", P2, PL, Q4_25),
        ("P2-M6", "W16", P2, AR, Q4_25),
        ("P3-M1", "W12", P3R, DN, None),
        ("P3-M2", "W13", P3R, IP, Q3_25),
        ("P3-M3", "W14", P3R, IP, Q4_25),
        ("P3-M4", "W19", P3R, IP, Q1_26),
        ("P4-M1", "W15", P4, IP, Q4_25),
        ("P4-M2", "W17", P4, IP, Q2_26),
    ], "grants": [(SPF, "2025-26", 450000), (RTPG, "2025-26", 275000)]},
    {"file": U4, "date": "2026-03-19", "ids_printed": False, "items": [
        ("1", "W2", P1, DN, None, "Regional Transport Delivery Plan - schemes prioritised"),
        ("2", "W4", P1, AR, Q1_26, "Bus network review and franchising readiness assessment"),
        ("3", "W6", P1, DN, None, "Regional grant bids submitted for 2026-27"),
        ("4", "W20", P1, PL, Q2_26, "Regional Transport Delivery Plan annual review"),
        ("5", "W8", P2, AR, Q1_26, "Evidence base - regional housing land study"),
        ("6", "W9", P2, AR, Q1_26, "Preferred strategy consultation"),
        ("7", "W21", P2, DN, None, "Habitats Regulations Assessment screening"),
        ("8", "W18", P2, IP, Q4_25,
         "Regional Minerals and Waste Technical Statement - SDP input"),
        ("9", "W16", P2, AR, Q1_26, "Regional grid capacity study"),
        ("10", "W13", P3R, DN, None, "Regional employer skills survey completed"),
        ("11", "W14", P3R, AR, Q1_26, "Inward investment prospectus published"),
        ("12", "W19", P3R, IP, Q1_26, "Foundational economy procurement pilot"),
    ], "grants": [(SPF, "2025-26", 450000)],
     "omitted": {"section": P4, "keys": ["W15", "W17"],
                 "reading": "'No exceptions to report.' with no table: a highlight report "
                            "reports by exception, so the two milestones carry on as at U3; "
                            "no rows in U4, unchanged (not dropped) for U3 -> U4"}},
]

N, D, C, U = "new", "dropped", "changed", "unchanged"
PAIRS = [
    {"from": U1, "to": U2,
     "changes": {"W1": C, "W2": C, "W3": C, "W4": C, "W5": D, "W6": U, "W7": C, "W8": C,
                 "W9": U, "W10": C, "W18": N, "W11": C, "W12": C, "W13": U, "W14": U,
                 "W15": U, "W16": U, "W17": U},
     "slipped": ["W2", "W4", "W8", "W12"], "brought_forward": ["W3"],
     "reports": [("possible merge", "P1-M4")],
     "notes": "W1, W7, W11 complete (done: not slipped, no due). W2 Q2 -> Q3; W3 brought "
              "forward 31/10 -> 30/09/2025 (Q3 -> Q2); W5 (P1-M5) combined with P1-M4 (W4, "
              "31/12/2025 -> 31/01/2026); W8 an exception (30/11/2025 -> 31/01/2026); W10 "
              "31/10 -> 30/11/2025 (changed, same quarter); W12 31/08 -> 31/10/2025; W18 new "
              "(not started). Wordings lightly edited (W6, W9, W13-W17 unchanged)."},
    {"from": U2, "to": U3,
     "changes": {"W1": D, "W2": U, "W3": C, "W4": U, "W6": U, "W7": D, "W8": C, "W9": C,
                 "W10": C, "W21": N, "W18": U, "W16": C, "W11": D, "W12": C, "W13": U,
                 "W14": C, "W19": N, "W15": U, "W17": C},
     "slipped": ["W9"], "brought_forward": [],
     "reports": [("possible split", "P2-M4")],
     "notes": "Refs renumbered. W1, W7, W11 (complete in U2) dropped because complete. W3 "
              "and W12 complete. W8 31/01 -> 31/03/2026 (same quarter, still an exception: "
              "changed, not slipped); W9 31/03 -> 30/06/2026 slipped; W10 complete and split "
              "(W21 HRA screening new, P2-M4); W16 moved from Project 4 to Project 2 (P2-M6), "
              "31/01 -> 28/02/2026, G -> Amber (changed, not slipped); W14 started (planned "
              "-> in progress); W17 started; W19 new; Project 3 renamed; W2 and W4 "
              "forecast beyond baseline but unchanged since U2 (unchanged, not slipped)."},
    {"from": U3, "to": U4,
     "changes": {"W2": C, "W3": D, "W4": C, "W6": C, "W20": N, "W8": C, "W9": U, "W10": D,
                 "W21": C, "W18": C, "W16": C, "W12": D, "W13": C, "W14": C, "W19": U,
                 "W15": U, "W17": U},
     "slipped": ["W4", "W8", "W16", "W14"], "brought_forward": [],
     "reports": [],
     "notes": "No refs printed. W3, W10, W12 (complete in U3) dropped because complete. W2, "
              "W6, W21, W13 complete. W4 31/01 -> 31/05/2026 (R); W8 31/03 -> 31/05/2026 "
              "(exception closed, A); W16 28/02 -> 30/04/2026 (R); W14 31/03 -> 30/04/2026; "
              "W18 started; W20 new (not started). Project 4 'No exceptions to report': W15 "
              "and W17 unchanged, no rows."},
]


def main() -> None:
    def item(u: dict, it: tuple) -> dict:
        d = dict(zip(("item_id", "key", "section", "status", "due_quarter"), it[:5],
                     strict=True))
        if len(it) > 5:
            d["text"] = it[5]
        return d

    out = {"corpus": "series44", "updates": [
        {"file": u["file"], "date": u["date"],
         **({"ids_printed": False} if u.get("ids_printed") is False else {}),
         "items": [item(u, it) for it in u["items"]],
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
