"""Score a tree's series loaders on series41 against the reading (readings/series.json).

    python3 bench/corpora/series41/score_series.py PYTHON TREE [--results FILE]

A thin wrapper over series36's scorer (`../series36/score_series.py`: the same child
process, the same fields and rules: ids, keys pairwise, status, due, change, slipped,
brought_forward, reports, grants), pointed at this corpus's `docs/` and reading. Every
mismatch is printed. When the loaders stop with an error, every field counts as wrong
(an empty series is scored; its slipped / brought_forward flags and all row pairs of the
keys count as wrong), and a DIAGNOSTIC follows (not part of the score): the updates
that `load_programme` reads on their own, copied to a temporary folder, are read as a
series and scored against the reading of those updates (ids, keys, status, due, grants; no
pairs, since the reading's pairs are of consecutive updates). A line of information
follows the score (not part of it): how many
change mismatches are reworded work the reading calls "unchanged" and the code "changed"
(the package documents "changed" for any rewording), and how many are Objective 3's
actions left out of Q5 ("No change this quarter") that the code calls "dropped".
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location(
    "series36_score", HERE.parent / "series36" / "score_series.py")
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


def _short(update: str) -> str:
    return update.split("-")[1] if update.startswith("series41-") else update


base._short = _short  # (score() and its messages name updates by quarter: q1 .. q5)
ORDER = ["ids", "keys", "status", "due", "change", "slipped", "brought_forward", "reports",
         "grants"]


EMPTY = {"rows": [], "changes": [], "grants": [], "issues": []}
ALONE = r"""
import json, sys, warnings
warnings.simplefilter("ignore")
from pathlib import Path
import wlga_analysis as wa
out = {}
for p in sorted(Path(sys.argv[1]).iterdir()):
    try:
        wa.load_programme(str(p))
        out[p.name] = None
    except Exception as exc:  # noqa: BLE001
        out[p.name] = f"{type(exc).__name__}: {str(exc)[:240]}"
print(json.dumps(out))
"""


def diagnose(python: str, tree: Path, reading: dict) -> list[str]:
    """The series of the updates that are read on their own, scored on those updates."""
    proc = subprocess.run([python, "-c", ALONE, str(HERE / "docs")], cwd=tree,
                          capture_output=True, text=True, timeout=900)
    alone = json.loads(proc.stdout.strip().splitlines()[-1])
    out = ["DIAGNOSTIC (not the score): each update read alone by load_programme:"]
    out += [f"  {_short(n)}: {'read' if e is None else e}" for n, e in alone.items()]
    good = [n for n, e in alone.items() if e is None]
    if len(good) < 1:
        return out
    with tempfile.TemporaryDirectory() as tmp:
        for n in good:
            shutil.copy(HERE / "docs" / n, tmp)
        got = base.run_child(python, tree, Path(tmp))
    sub = {"updates": [u for u in reading["updates"] if u["file"] in good], "pairs": []}
    t, info = base.score(sub, got)
    out.append(f"  the series of {', '.join(_short(n) for n in good)} alone: "
               f"{sum(t.ok.values())}/{sum(t.total.values())} ("
               + ", ".join(f"{k} {t.ok[k]}/{t.total[k]}" for k in ORDER if k in t.total)
               + ")")
    out += ["  " + i for i in info]
    out += rows_lines(got, "  ")
    out.append("  mismatches of those updates:")
    out += ["  " + line for line in t.lines]
    if "rows" in got:
        al, n = align(sub, got)
        t, _ = base.score(sub, al)
        out.append(f"  the same, {n} code rows re-aligned to the reading's refs by objective "
                   "and order within it (the code's ids are positions): "
                   f"{sum(t.ok.values())}/{sum(t.total.values())} ("
                   + ", ".join(f"{k} {t.ok[k]}/{t.total[k]}" for k in ORDER if k in t.total)
                   + ")")
        out += ["  " + line for line in t.lines if not line.startswith("  [ids]")]
    return out


def _sect(text: object) -> str:
    return re.sub(r"\W+", " ", str(text)).lower().strip()


def align(reading: dict, got: dict) -> tuple[dict, int]:
    """``got`` with each row's item_id replaced by the reading's ref of the row at the same
    place (objective, order within it), where the code's id is not a ref of the update."""
    rows, n = [], 0
    for u in reading["updates"]:
        want: dict[str, list[str]] = {}
        for it in u["items"]:
            want.setdefault(_sect(it["section"]), []).append(it["item_id"])
        ids = {it["item_id"] for it in u["items"]}
        seen: dict[str, int] = {}
        for r in got["rows"]:
            if r["update"] != u["file"]:
                continue
            sec = _sect(r["section"])
            i = seen[sec] = seen.get(sec, -1) + 1
            if r["item_id"] not in ids and i < len(want.get(sec, [])):
                r = {**r, "item_id": want[sec][i]}
                n += 1
            rows.append(r)
    rows += [r for r in got["rows"] if r["update"] not in {u["file"]
                                                          for u in reading["updates"]}]
    return {**got, "rows": rows}, n


def rows_lines(got: dict, pad: str = "") -> list[str]:
    if "rows" not in got:
        return []
    out = [pad + "code's rows (update, item_id, item_key, match, status, due, due_when, "
           "section):"]
    for r in got["rows"]:
        out.append(f"{pad}  {_short(r['update'])} {r['item_id']:5s} {r['item_key']:26s} "
                   f"{r['match']:6s} {r['status']:12s} {r['due']!s:11s} "
                   f"{r['due_when']!r:28s} {r['section']!s:.40}")
    out.append(pad + "code's grants: " + "; ".join(
        f"{_short(g['update'])} {g['grant']} {g['financial_year']} {g['amount_gbp']}"
        for g in got["grants"]))
    out.append(pad + "code's split/merge findings: " + ("; ".join(
        f"{_short(i['document'])} {i['check']} {i['item']}: {i['message'][:140]}"
        for i in got["issues"] if i["check"] in ("possible split", "possible merge"))
        or "none"))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("python")
    ap.add_argument("tree")
    ap.add_argument("--results")
    args = ap.parse_args()
    reading = json.loads((HERE / "readings" / "series.json").read_text())
    tree = Path(args.tree).resolve()
    got = base.run_child(args.python, tree, HERE / "docs")
    t, info = base.score(reading, got)
    if "error" in got:  # no series: every field wrong (an absent flag is not a right one)
        t, _ = base.score(reading, {**EMPTY})
        n = sum(len(u["items"]) for u in reading["updates"])
        t.total["keys"], t.ok["keys"] = n * (n - 1) // 2, 0
        for flag in ("slipped", "brought_forward"):
            t.ok[flag] = 0
    out = [f"series41 scored with {args.python} on {tree} (package {got.get('package')})"]
    out += info
    out.append(f"TOTAL {sum(t.ok.values())}/{sum(t.total.values())}")
    out += [f"  {k:16s} {t.ok[k]}/{t.total[k]}" for k in ORDER if k in t.total]
    omitted = {k for u in reading["updates"] for k in u.get("omitted", {}).get("keys", [])}
    change = [line for line in t.lines if line.startswith("  [change]")]
    reworded = [line for line in change if "expected 'unchanged', got 'changed'" in line]
    left_out = [line for line in change if "expected 'unchanged', got 'dropped'" in line
                and re.search(r" (W\d+) \(", line).group(1) in omitted]
    out.append(f"information: of {len(change)} change mismatches, {len(reworded)} are work "
               "the reading calls unchanged and the code changed (rewording: the package's "
               f"documented definition), {len(left_out)} are Q5's omitted Objective 3 "
               "('No change this quarter') read as dropped")
    out += rows_lines(got)
    out.append("mismatches:")
    out += t.lines or ["  none"]
    if "error" in got:
        out += diagnose(args.python, tree, reading)
    text = "\n".join(out) + "\n"
    print(text, end="")
    if args.results:
        Path(args.results).write_text(text)


if __name__ == "__main__":
    sys.exit(main())
