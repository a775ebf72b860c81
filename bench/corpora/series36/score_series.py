"""Score a tree's series loaders on series36 against the reading (readings/series.json).

    python3 bench/corpora/series36/score_series.py PYTHON TREE [--results FILE]

Runs, in a fresh process of PYTHON with TREE as its working directory (so an editable
install imports TREE's package), `load_programme_series(docs/)`,
`analysis.programme_changes(series)` and `load_grants_series(docs/)`, and the series'
data-quality findings (`series.read_series(docs/).issues`), then scores field by field:

- ids: the item ids of each update (an id the code invents counts as wrong);
- keys: pairwise grouping over all rows both sides have: two rows with one key in the
  reading <-> one item_key in the code (each agreeing pair counts one);
- status, due: per row (the reading's status; the due quarter of the outstanding work);
- change: per consecutive pair and reading key, the code's `change` for that work (looked
  up by the code's key of the later row, or of the earlier row for dropped work);
- slipped, brought_forward: per pair and key present in both updates;
- reports: the expected `possible split` / `possible merge` findings (update, item id),
  a report the code makes that the reading does not expect counting as wrong;
- grants: (grant, financial year, amount) per update, invented rows counting as wrong.

Every mismatch is printed.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from itertools import combinations
from pathlib import Path

HERE = Path(__file__).resolve().parent

CHILD = r"""
import json, sys, warnings
warnings.simplefilter("ignore")
import pandas as pd
import wlga_analysis as wa
from wlga_analysis import analysis, series as S
docs = sys.argv[1]
out = {"package": wa.__file__}
try:
    s = wa.load_programme_series(docs)
    out["rows"] = [{"update": r.update, "item_id": str(r.item_id), "item_key": r.item_key,
                    "match": r.match, "section": r.section, "status": r.status,
                    "due": (None if pd.isna(r.due_quarter_label) else r.due_quarter_label),
                    "due_when": (None if not isinstance(r.due_when, str) else r.due_when),
                    "text": r.text} for r in s.itertuples()]
    c = analysis.programme_changes(s)
    out["changes"] = [{"item_key": r.item_key, "from": r.from_update, "to": r.to_update,
                       "change": r.change, "slipped": bool(r.slipped),
                       "brought_forward": bool(r.brought_forward),
                       "check": bool(r.check)} for r in c.itertuples()]
    g = wa.load_grants_series(docs)
    out["grants"] = [{"update": r.update, "grant": r.grant,
                      "financial_year": r.financial_year,
                      "amount_gbp": (None if pd.isna(r.amount_gbp) else int(r.amount_gbp))}
                     for r in g.itertuples()]
    out["issues"] = [{"document": i.document, "check": i.check, "item": i.item,
                      "message": i.message} for i in S.read_series(docs).issues]
except Exception as exc:  # noqa: BLE001
    import traceback
    out["error"] = "".join(traceback.format_exception(exc))
print(json.dumps(out))
"""


def run_child(python: str, tree: Path, docs: Path) -> dict:
    proc = subprocess.run([python, "-c", CHILD, str(docs)], cwd=tree, capture_output=True,
                          text=True, timeout=900)
    if proc.returncode != 0 or not proc.stdout.strip():
        raise SystemExit(f"child failed ({proc.returncode}):\n{proc.stderr[-4000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


class Tally:
    def __init__(self) -> None:
        self.ok: dict[str, int] = {}
        self.total: dict[str, int] = {}
        self.lines: list[str] = []

    def add(self, kind: str, good: bool, message: str = "") -> None:
        self.total[kind] = self.total.get(kind, 0) + 1
        self.ok[kind] = self.ok.get(kind, 0) + int(good)
        if not good and message:
            self.lines.append(f"  [{kind}] {message}")


def _short(update: str) -> str:
    return update.split("-")[1] if update.startswith("series36-") else update


def score(reading: dict, got: dict) -> tuple[Tally, list[str]]:
    t = Tally()
    info: list[str] = []
    if "error" in got:
        info.append("ERROR in the loaders:\n" + got["error"])
        return t, info
    rows = {(r["update"], r["item_id"]): r for r in got["rows"]}
    code_updates = list(dict.fromkeys(r["update"] for r in got["rows"]))
    want_updates = [u["file"] for u in reading["updates"]]
    if code_updates != want_updates:
        info.append(f"update order: expected {want_updates}, got {code_updates}")
    # ids
    for u in reading["updates"]:
        want = [i["item_id"] for i in u["items"]]
        have = [r["item_id"] for r in got["rows"] if r["update"] == u["file"]]
        for i in want:
            t.add("ids", i in have, f"{_short(u['file'])}: item {i} not read")
        for i in have:
            if i not in want:
                r = rows[(u["file"], i)]
                t.add("ids", False, f"{_short(u['file'])}: invented item {i} "
                      f"({r['text'][:70]!r})")
    # per row: status, due
    present = []
    for u in reading["updates"]:
        for it in u["items"]:
            r = rows.get((u["file"], it["item_id"]))
            where = f"{_short(u['file'])} {it['item_id']} ({it['key']})"
            if r is None:
                t.add("status", False, f"{where}: no row")
                t.add("due", False, f"{where}: no row")
                continue
            present.append((u["file"], it, r))
            t.add("status", r["status"] == it["status"],
                  f"{where}: status expected {it['status']!r}, got {r['status']!r}")
            t.add("due", r["due"] == it["due_quarter"],
                  f"{where}: due expected {it['due_quarter']!r}, got {r['due']!r} "
                  f"(due_when {r['due_when']!r})")
    # keys, pairwise
    for (ua, a, ra), (ub, b, rb) in combinations(present, 2):
        same_want, same_have = a["key"] == b["key"], ra["item_key"] == rb["item_key"]
        if same_want == same_have:
            t.add("keys", True)
        elif same_want:
            t.add("keys", False, f"{a['key']}: {_short(ua)} {a['item_id']} and {_short(ub)} "
                  f"{b['item_id']} are one piece of work, code keys {ra['item_key']} / "
                  f"{rb['item_key']} (match {rb['match']})")
        else:
            t.add("keys", False, f"{_short(ua)} {a['item_id']} ({a['key']}) and {_short(ub)} "
                  f"{b['item_id']} ({b['key']}) are different work, code gives both "
                  f"{ra['item_key']}")
    # changes, slipped, brought forward
    changes = {(c["to"], c["item_key"]): c for c in got["changes"]}
    items = {u["file"]: {i["key"]: i for i in u["items"]} for u in reading["updates"]}
    for p in reading["pairs"]:
        before, after = items[p["from"]], items[p["to"]]
        for key, want in p["changes"].items():
            where = f"{_short(p['from'])}->{_short(p['to'])} {key}"
            side = after.get(key) or before[key]
            upd = p["to"] if key in after else p["from"]
            r = rows.get((upd, side["item_id"]))
            c = changes.get((p["to"], r["item_key"])) if r else None
            got_change = c["change"] if c else None
            t.add("change", got_change == want,
                  f"{where} ({side['item_id']}): change expected {want!r}, got {got_change!r}")
            if key in before and key in after:
                for flag in ("slipped", "brought_forward"):
                    w = key in p[flag]
                    g = bool(c and c[flag]) if got_change not in ("new", "dropped") else False
                    t.add(flag, w == g, f"{where} ({before[key]['due_quarter']} -> "
                          f"{after[key]['due_quarter']}): {flag} expected {w}, got {g}")
    # split / merge reports
    got_reports = {(i["document"], i["check"], i["item"]) for i in got["issues"]
                   if i["check"] in ("possible split", "possible merge")}
    want_reports = {(p["to"], r["check"], r["item_id"]) for p in reading["pairs"]
                    for r in p["reports"]}
    for w in sorted(want_reports):
        t.add("reports", w in got_reports, f"{_short(w[0])}: {w[1]} on {w[2]} not reported")
    for g in sorted(got_reports - want_reports):
        msg = next(i["message"] for i in got["issues"] if (i["document"], i["check"],
                                                           i["item"]) == g)
        t.add("reports", False, f"{_short(g[0])}: unexpected {g[1]} on {g[2]}: {msg}")
    # grants
    for u in reading["updates"]:
        want = [(g["grant"].lower(), g["financial_year"], g["amount_gbp"]) for g in u["grants"]]
        have = [(str(g["grant"]).lower(), g["financial_year"], g["amount_gbp"])
                for g in got["grants"] if g["update"] == u["file"]]
        rest = list(have)
        for w in want:
            ok = w in rest
            if ok:
                rest.remove(w)
            t.add("grants", ok, f"{_short(u['file'])}: grant {w} not read")
        for h in rest:
            t.add("grants", False, f"{_short(u['file'])}: grant read as {h}, not in the "
                  "reading")
    # information: the code's keys per reading key
    return t, info


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("python")
    ap.add_argument("tree")
    ap.add_argument("--results")
    args = ap.parse_args()
    reading = json.loads((HERE / "readings" / "series.json").read_text())
    tree = Path(args.tree).resolve()
    got = run_child(args.python, tree, HERE / "docs")
    t, info = score(reading, got)
    out = [f"series36 scored with {args.python} on {tree} (package {got.get('package')})"]
    out += info
    order = ["ids", "keys", "status", "due", "change", "slipped", "brought_forward",
             "reports", "grants"]
    ok = sum(t.ok.values())
    total = sum(t.total.values())
    out.append(f"TOTAL {ok}/{total}")
    for kind in order:
        if kind in t.total:
            out.append(f"  {kind:16s} {t.ok[kind]}/{t.total[kind]}")
    if "rows" in got:
        out.append("code's rows (update, item_id, item_key, match, status, due, due_when):")
        for r in got["rows"]:
            out.append(f"  {_short(r['update'])} {r['item_id']:5s} {r['item_key']:26s} "
                       f"{r['match']:6s} {r['status']:12s} {r['due']!s:11s} {r['due_when']!r}")
        out.append("code's grants: " + "; ".join(
            f"{_short(g['update'])} {g['grant']} {g['financial_year']} {g['amount_gbp']}"
            for g in got["grants"]))
    out.append("mismatches:")
    out += t.lines or ["  none"]
    text = "\n".join(out) + "\n"
    print(text, end="")
    if args.results:
        Path(args.results).write_text(text)


if __name__ == "__main__":
    sys.exit(main())
