"""The careful reader's reading of series48, typed by hand (not derived from the generators),
written before any loader of the package ran on the documents. Writes readings/series.json
in series36's format (so series36's scorer, through this corpus's wrapper, scores it).

The papers: four WLGA Executive Board cover papers on the (invented) year of the WLGA
Climate Change Support Programme 2025-26: P1 24 July 2025 (.docx), P2 23 October 2025
(.pdf), P3 22 January 2026 (.html), P4 23 April 2026 (.txt). Each is numbered through:
purpose, the Board's recommendation ("That the Board notes ..."), background, then the
progress paragraphs under un-numbered priority sub-headings, financial implications, risk.
Items are the progress paragraphs (those under a priority sub-heading of "Progress"); the
purpose, recommendation, background, financial and risk paragraphs are not items, though
they carry dates and sums.

Conventions of this reading (series36's, series41's and series44's, and these for a cover
paper):
- item_id: the paragraph number the paper prints (in the Word file, the number Word
  prints from its one list). Numbers run through the whole paper, so the same action has a
  different number in every paper (background grows and shrinks, actions are dropped);
  there are NO refs: the key can only come from the text;
- key: W1..W20, the same piece of work across papers; a split keeps the key on the half
  that continues the work's name (W17, the adaptation plans), the other half (W18, climate
  risk assessments of council assets) is new; a merge keeps the key of the work that
  carries on by name (W15, the carbon clause library, "now taken forward together with" the
  procurement training), the absorbed work (W16) is dropped; the depot charge point work
  (W10) moved from "Fleet and transport" to "Buildings and energy" in P3 keeps its key;
  "Fleet and transport" is renamed "Mobility and transport" in P3 (the same priority);
- status: planned / in progress / at risk / done, as a reader judges the sentence: "is
  complete", "was published", "was launched" done; "is under way", "is being developed",
  "remains on track" in progress; "will be", "will begin", "has been added ... and will
  report" planned; "has slipped to ...", "has been paused", "remains paused" at risk (the
  paused tariff has no date: due None); an action that "will no longer be taken forward"
  (W13, P3) is done: nothing is outstanding under it (series41's "Closed - superseded");
- due: the financial-year quarter (2025-26 Q1 = April-June 2025) by which the OUTSTANDING
  work is due; None for done work and for the paused tariff;
- change per consecutive pair: new / dropped / changed / unchanged; changed when the
  status or the due quarter differs, the action completes or is withdrawn, moves to
  another priority (W10 in P3), or is split or merged; an action whose wording is edited
  (synonyms, a clause added) but whose status and due quarter stay is unchanged (the
  package documents "changed" for rewording; the scorer reports those apart);
- dropped: an action reported complete (or withdrawn) in one paper is absent from the next
  BECAUSE it is complete (P4 says "Actions reported complete in January are not reported
  again"): it is dropped (W1 in P2; W2, W9, W11 in P3; W3-W7 and the withdrawn W13 in P4);
  the merged-away W16 is dropped in P3;
- slipped / brought_forward: the due quarter later / earlier than in the paper before, both
  giving one (W7's launch brought forward January 2026 -> December 2025: Q4 -> Q3);
- reports: the expected `possible split` on P3 paragraph 9 (W18, split from the adaptation
  strand) and `possible merge` on P3 paragraph 19 (W15, holding W16), as (check, item id of
  the later paper);
- grants: (grant, financial year, amount) stated in each paper: the Climate Change Support
  Programme Grant £600,000 for 2025-26 (P1, P2), "increased ... to £700,000" (P3), "£689,000
  of the £700,000 ... Grant for 2025-26 was spent" (P4: the grant stated, the spend not a
  grant), £650,000 offered for 2026-27 (P4); the Ultra Low Emission Vehicle Transformation
  Fund's "further £150,000 for 2025-26" named in P2 only. Sums spent and the WLGA's own
  contribution from its core budget (£50,000, then £60,000) are not grants.
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
DP, BE, FT, MT, PS = ("Decarbonisation planning", "Buildings and energy", "Fleet and transport",
                      "Mobility and transport", "Procurement and supply chains")
PL, IP, AR, DN = "planned", "in progress", "at risk", "done"
Q2_25, Q3_25, Q4_25 = "2025-26 Q2", "2025-26 Q3", "2025-26 Q4"
Q1_26, Q2_26, Q3_26 = "2026-27 Q1", "2026-27 Q2", "2026-27 Q3"
CCSP, ULEV = ("Climate Change Support Programme Grant",
              "Ultra Low Emission Vehicle Transformation Fund")

P1, P2, P3, P4 = ("series48-p1-2025-07.docx", "series48-p2-2025-10.pdf",
                  "series48-p3-2026-01.html", "series48-p4-2026-04.txt")

UPDATES = [
    {"file": P1, "date": "2025-07-24", "items": [
        ("6", "W1", DP, DN, None),
        ("7", "W2", DP, IP, Q2_25),
        ("8", "W3", DP, IP, Q3_25),
        ("9", "W4", DP, PL, Q3_25),
        ("10", "W5", BE, IP, Q2_25),
        ("11", "W6", BE, PL, Q3_25),
        ("12", "W7", BE, IP, Q4_25),
        ("13", "W8", BE, IP, Q3_26),
        ("14", "W9", FT, IP, Q3_25),
        ("15", "W10", FT, IP, Q4_25),
        ("16", "W11", FT, PL, Q2_25),
        ("17", "W12", FT, IP, Q4_25),
        ("18", "W13", FT, PL, Q3_25),
        ("19", "W14", PS, PL, Q3_25),
        ("20", "W15", PS, IP, Q4_25),
        ("21", "W16", PS, PL, Q4_25),
    ], "grants": [(CCSP, "2025-26", 600000)]},
    {"file": P2, "date": "2025-10-23", "items": [
        ("5", "W2", DP, DN, None),
        ("6", "W3", DP, IP, Q3_25),
        ("7", "W4", DP, AR, Q4_25),
        ("8", "W17", DP, PL, Q4_25),
        ("9", "W5", BE, AR, Q3_25),
        ("10", "W6", BE, IP, Q3_25),
        ("11", "W7", BE, IP, Q3_25),
        ("12", "W8", BE, IP, Q3_26),
        ("13", "W9", FT, DN, None),
        ("14", "W10", FT, IP, Q4_25),
        ("15", "W11", FT, DN, None),
        ("16", "W12", FT, IP, Q4_25),
        ("17", "W13", FT, PL, Q3_25),
        ("18", "W14", PS, AR, Q4_25),
        ("19", "W15", PS, IP, Q4_25),
        ("20", "W16", PS, PL, Q4_25),
    ], "grants": [(CCSP, "2025-26", 600000), (ULEV, "2025-26", 150000)]},
    {"file": P3, "date": "2026-01-22", "items": [
        ("6", "W3", DP, DN, None),
        ("7", "W4", DP, DN, None),
        ("8", "W17", DP, PL, Q4_25),
        ("9", "W18", DP, PL, Q1_26),
        ("10", "W5", BE, DN, None),
        ("11", "W6", BE, DN, None),
        ("12", "W7", BE, DN, None),
        ("13", "W8", BE, IP, Q3_26),
        ("14", "W10", BE, IP, Q4_25),
        ("15", "W12", MT, AR, None),
        ("16", "W13", MT, DN, None),
        ("17", "W19", MT, PL, Q4_25),
        ("18", "W14", PS, IP, Q4_25),
        ("19", "W15", PS, IP, Q4_25),
    ], "grants": [(CCSP, "2025-26", 700000)]},
    {"file": P4, "date": "2026-04-23", "items": [
        ("5", "W17", DP, DN, None),
        ("6", "W18", DP, PL, Q1_26),
        ("7", "W20", DP, PL, Q2_26),
        ("8", "W8", BE, IP, Q3_26),
        ("9", "W10", BE, AR, Q1_26),
        ("10", "W12", MT, AR, None),
        ("11", "W19", MT, AR, Q1_26),
        ("12", "W14", PS, DN, None),
        ("13", "W15", PS, DN, None),
    ], "grants": [(CCSP, "2025-26", 700000), (CCSP, "2026-27", 650000)]},
]

N, D, C, U = "new", "dropped", "changed", "unchanged"
PAIRS = [
    {"from": P1, "to": P2,
     "changes": {"W1": D, "W2": C, "W3": U, "W4": C, "W17": N, "W5": C, "W6": C, "W7": C,
                 "W8": U, "W9": C, "W10": U, "W11": C, "W12": U, "W13": U, "W14": C,
                 "W15": U, "W16": U},
     "slipped": ["W4", "W5", "W14"], "brought_forward": ["W7"],
     "reports": [],
     "notes": "Background shrinks to two paragraphs: every action renumbered (P1 7 -> P2 "
              "5 ...). W1 (complete in P1) dropped because complete. W2, W9, W11 complete. "
              "W4 slipped October 2025 -> January 2026 (Q3 -> Q4); W5 September -> November "
              "2025 (Q2 -> Q3); W14 December 2025 -> February 2026 (Q3 -> Q4); W7 brought "
              "forward January 2026 -> December 2025 (Q4 -> Q3); W6 drafting begun (planned "
              "-> in progress, November 2025 both). W17 new (adaptation plans and climate "
              "risks). W3, W8, W10, W12, W13, W15, W16 reworded only (unchanged). Grant "
              "£600,000 stays; ULEV Transformation Fund £150,000 named here only."},
    {"from": P2, "to": P3,
     "changes": {"W2": D, "W3": C, "W4": C, "W17": C, "W18": N, "W5": C, "W6": C, "W7": C,
                 "W8": U, "W9": D, "W10": C, "W11": D, "W12": C, "W13": C, "W19": N,
                 "W14": C, "W15": C, "W16": D},
     "slipped": [], "brought_forward": [],
     "reports": [("possible split", "9"), ("possible merge", "19")],
     "notes": "W2, W9, W11 (complete in P2) dropped because complete. W3, W4, W5, W6, W7 "
              "complete. W17 split: climate risk assessments now W18 (new, May 2026). W10 "
              "moved to Buildings and energy (March 2026 both: changed, not slipped). "
              "'Fleet and transport' renamed 'Mobility and transport'. W12 paused (no date). "
              "W13 withdrawn ('will no longer be taken forward': done, nothing outstanding). "
              "W19 new. W14 back on track (at risk -> in progress, February 2026 both). W15 "
              "'now taken forward together with' W16 (W16 dropped). Grant increased to "
              "£700,000."},
    {"from": P3, "to": P4,
     "changes": {"W3": D, "W4": D, "W17": C, "W18": U, "W20": N, "W5": D, "W6": D, "W7": D,
                 "W8": U, "W10": C, "W12": U, "W13": D, "W19": C, "W14": C, "W15": C},
     "slipped": ["W10", "W19"], "brought_forward": [],
     "reports": [],
     "notes": "W3-W7 (complete in P3) and W13 (withdrawn in P3) dropped: 'Actions reported "
              "complete in January are not reported again'. W17, W14, W15 complete. W10 "
              "slipped March -> June 2026; W19 slipped March -> June 2026. W12 remains paused "
              "(unchanged). W18, W8 reworded only. W20 new. Grant 2025-26 £700,000 stated "
              "again; 2026-27 £650,000 offered."},
]


def main() -> None:
    out = {"corpus": "series48", "updates": [
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
