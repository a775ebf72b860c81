"""Score a tree's series loaders on series53 against the reading (readings/series.json).

    python3 bench/corpora/series53/score_series.py PYTHON TREE [--results FILE]

A thin wrapper over series36's scorer (`../series36/score_series.py`: the same child
process, fields and rules: ids, keys pairwise, status, due, change, slipped,
brought_forward, reports, grants), pointed at this corpus's `docs/` and reading. Rows are
looked up by (update, printed ref). When the loaders stop with an error every field counts
as wrong (series41's rule); then, as diagnostics (not the score), each update is read
alone by `load_programme`, and the series is run and scored again without the update the
error names (against the reading of the remaining updates and their consecutive pairs). Information lines (not the score): the code's rows, changes,
grants and findings, and the code's keys per reading key, so a break of the keys across the
year-end refresh (U2 -> U3, every ref renewed) shows at a glance. Every mismatch is printed.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location(
    "series36_score", HERE.parent / "series36" / "score_series.py")
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


def _short(update: str) -> str:
    return update.split("-")[1] if update.startswith("series53-") else update


base._short = _short
ORDER = ["ids", "keys", "status", "due", "change", "slipped", "brought_forward", "reports",
         "grants"]
EMPTY = {"rows": [], "changes": [], "grants": [], "issues": []}


def lines_of(got: dict, reading: dict) -> list[str]:
    if "rows" not in got:
        return []
    out = ["code's rows (update, item_id, item_key, match, status, due, due_when, section, "
           "text):"]
    for r in got["rows"]:
        out.append(f"  {_short(r['update'])} {r['item_id']:8s} {r['item_key']:24s} "
                   f"{r['match']:8s} {r['status']:12s} {r['due']!s:11s} "
                   f"{r['due_when']!r:22s} {r['section']!s:.30} | {r['text'][:60]!r}")
    out.append("code's changes (to, item_key, change, slipped, bf): " + "; ".join(
        f"{_short(c['to'])} {c['item_key']} {c['change']}"
        f"{' slipped' if c['slipped'] else ''}{' bf' if c['brought_forward'] else ''}"
        for c in got["changes"]))
    out.append("code's grants: " + ("; ".join(
        f"{_short(g['update'])} {g['grant']} {g['financial_year']} {g['amount_gbp']}"
        for g in got["grants"]) or "none"))
    out.append("code's findings (series): " + ("; ".join(
        f"{_short(i['document'])} {i['check']} {i['item']}: {i['message'][:110]}"
        for i in got["issues"]) or "none"))
    rows = {(r["update"], r["item_id"]): r for r in got["rows"]}
    out.append("information: reading key -> the code's keys by update:")
    per: dict[str, list[str]] = {}
    for u in reading["updates"]:
        for it in u["items"]:
            r = rows.get((u["file"], it["item_id"]))
            per.setdefault(it["key"], []).append(
                f"{_short(u['file'])} {it['item_id']}->{r['item_key'] if r else '(no row)'}")
    out += [f"  {k:4s} " + ", ".join(v) for k, v in per.items()]
    return out


ALONE = r"""
import json, sys, warnings
warnings.simplefilter("ignore")
from pathlib import Path
import wlga_analysis as wa
out = {}
for p in sorted(Path(sys.argv[1]).iterdir()):
    try:
        df = wa.load_programme(str(p))
        out[p.name] = [[str(r.item_id), r.status, str(r.quarter), str(r.text)[:50]]
                       for r in df.itertuples()]
    except Exception as exc:  # noqa: BLE001
        out[p.name] = f"{type(exc).__name__}: {str(exc)[:240]}"
print(json.dumps(out))
"""


def diagnose(python: str, tree: Path) -> list[str]:
    """Each update read alone by load_programme (not part of the score)."""
    proc = subprocess.run([python, "-c", ALONE, str(HERE / "docs")], cwd=tree,
                          capture_output=True, text=True, timeout=900)
    alone = json.loads(proc.stdout.strip().splitlines()[-1])
    out = ["DIAGNOSTIC (not the score): each update read alone by load_programme:"]
    for n, e in alone.items():
        if isinstance(e, str):
            out.append(f"  {_short(n)}: {e}")
            continue
        out.append(f"  {_short(n)}: read, {len(e)} rows")
        out += [f"    {i:8s} {s:12s} {q:11s} {t!r}" for i, s, q, t in e]
    return out


def without(python: str, tree: Path, reading: dict, error: str) -> list[str]:
    """The series again without the update the error names (a diagnostic, not the score):
    the other updates copied to a temporary folder, scored against the reading of those
    updates and of the pairs of them that were consecutive."""
    import shutil
    import tempfile
    bad = [u["file"] for u in reading["updates"] if u["file"] in error.strip().splitlines()[-1]]
    if not bad:
        return []
    keep = [u for u in reading["updates"] if u["file"] not in bad]
    names = [u["file"] for u in keep]
    sub = {**reading, "updates": keep,
           "pairs": [p for p in reading["pairs"] if p["from"] in names and p["to"] in names]}
    with tempfile.TemporaryDirectory() as tmp:
        for n in names:
            shutil.copy(HERE / "docs" / n, tmp)
        got = base.run_child(python, tree, Path(tmp))
    out = [f"DIAGNOSTIC (not the score): the series without {', '.join(bad)}:"]
    if "error" in got:
        return out + ["  ERROR " + got["error"].strip().splitlines()[-1]]
    t, info = base.score(sub, got)
    out += ["  " + ln for ln in info]
    out.append(f"  TOTAL {sum(t.ok.values())}/{sum(t.total.values())}")
    out += [f"    {k:16s} {t.ok.get(k, 0)}/{t.total[k]}" for k in ORDER if k in t.total]
    out += ["  " + ln for ln in lines_of(got, sub)]
    out.append("  mismatches:")
    out += ["  " + ln for ln in t.lines] or ["    none"]
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
    if "error" in got:
        t, _ = base.score(reading, {**EMPTY})
        n = sum(len(u["items"]) for u in reading["updates"])
        t.total["keys"], t.ok["keys"] = n * (n - 1) // 2, 0
        for flag in ("slipped", "brought_forward"):
            t.ok[flag] = 0
    out = [f"series53 scored with {args.python} on {tree} (package {got.get('package')})"]
    out += info
    out.append(f"TOTAL {sum(t.ok.values())}/{sum(t.total.values())}")
    out += [f"  {k:16s} {t.ok.get(k, 0)}/{t.total[k]}" for k in ORDER if k in t.total]
    out += lines_of(got, reading)
    out.append("mismatches:")
    out += t.lines or ["  none"]
    if "error" in got:
        out.append("ERROR (last line): " + got["error"].strip().splitlines()[-1])
        out += diagnose(args.python, tree)
        out += without(args.python, tree, reading, got["error"])
    text = "\n".join(out) + "\n"
    print(text, end="")
    if args.results:
        Path(args.results).write_text(text)


if __name__ == "__main__":
    sys.exit(main())
