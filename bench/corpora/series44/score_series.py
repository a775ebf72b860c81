"""Score a tree's series loaders on series44 against the reading (readings/series.json).

    python3 bench/corpora/series44/score_series.py PYTHON TREE [--results FILE]

A thin wrapper over series36's scorer (`../series36/score_series.py`: the same child
process, the same fields and rules: ids, keys pairwise, status, due, change, slipped,
brought_forward, reports, grants), pointed at this corpus's `docs/` and reading, with one
extension the reading needs: an update whose milestones are printed WITHOUT refs (U4, the
e-mail; `"ids_printed": false` in the reading) has no printed id to look rows up by, so
each reading item there is found by its milestone name (`text`: the code row of that update
whose text holds the name, else the most similar by difflib, ratio >= 0.6, each row used
once), and the row is scored under the reading's id; the ids field then asks "one row per
milestone" (a milestone with no row is "not read", a code row matching none "invented"),
and the code's own ids are printed for information. Every mismatch is printed.

When the loaders stop with an error every field counts as wrong (series41's rule), and a
DIAGNOSTIC follows (not part of the score): each update read alone by `load_programme`
(series41's child), and, where at least one reads, the series of those updates scored on
them. Lines of
information follow the score (not part of it): how many change mismatches are reworded
milestones the reading calls "unchanged" and the code "changed" (the package documents
"changed" for any rewording), and how many are U4's Project 4 milestones ("No exceptions to
report", no table) that the code calls "dropped".
"""
from __future__ import annotations

import argparse
import difflib
import importlib.util
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location(
    "series36_score", HERE.parent / "series36" / "score_series.py")
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


def _short(update: str) -> str:
    return update.split("-")[1] if update.startswith("series44-") else update


base._short = _short  # (score() and its messages name updates u1 .. u4)
ORDER = ["ids", "keys", "status", "due", "change", "slipped", "brought_forward", "reports",
         "grants"]
EMPTY = {"rows": [], "changes": [], "grants": [], "issues": []}


def _norm(text: object) -> str:
    return re.sub(r"\W+", " ", str(text)).lower().strip()


def align_unnumbered(reading: dict, got: dict) -> tuple[dict, list[str]]:
    """``got`` with the rows of each ``ids_printed: false`` update relabelled with the
    reading's ids, found by milestone name; unmatched rows get "?<code id>"."""
    info: list[str] = []
    rows = list(got["rows"])
    for u in reading["updates"]:
        if u.get("ids_printed", True):
            continue
        mine = [i for i, r in enumerate(rows) if r["update"] == u["file"]]
        info.append(f"{_short(u['file'])} prints no refs: the code's ids there are "
                    + ", ".join(repr(rows[i]["item_id"]) for i in mine))
        free = set(mine)
        new_id: dict[int, str] = {}
        for it in u["items"]:
            name = _norm(it["text"])
            hit = next((i for i in mine if i in free and name in _norm(rows[i]["text"])), None)
            if hit is None:
                best = max((difflib.SequenceMatcher(
                    None, name, _norm(rows[i]["text"])[:len(name) + 20]).ratio(), i)
                    for i in free) if free else (0, None)
                hit = best[1] if best[0] >= 0.6 else None
            if hit is not None:
                free.discard(hit)
                new_id[hit] = it["item_id"]
        for i in mine:
            rows[i] = {**rows[i], "item_id": new_id.get(i, "?" + rows[i]["item_id"])}
    return {**got, "rows": rows}, info


def diagnose(python: str, tree: Path, reading: dict) -> list[str]:
    """Each update read alone; the series of those that read, scored on those updates."""
    import shutil
    import subprocess
    import tempfile
    s41 = importlib.util.spec_from_file_location(
        "series41_score", HERE.parent / "series41" / "score_series.py")
    m41 = importlib.util.module_from_spec(s41)
    s41.loader.exec_module(m41)
    base._short = _short  # (series41's module set it to its own)
    proc = subprocess.run([python, "-c", m41.ALONE, str(HERE / "docs")], cwd=tree,
                          capture_output=True, text=True, timeout=900)
    alone = json.loads(proc.stdout.strip().splitlines()[-1])
    out = ["DIAGNOSTIC (not the score): each update read alone by load_programme:"]
    out += [f"  {_short(n)}: {'read' if e is None else e}" for n, e in alone.items()]
    good = [n for n, e in alone.items() if e is None]
    if not good:
        return out
    with tempfile.TemporaryDirectory() as tmp:
        for n in good:
            shutil.copy(HERE / "docs" / n, tmp)
        got = base.run_child(python, tree, Path(tmp))
    sub = {"updates": [u for u in reading["updates"] if u["file"] in good], "pairs": []}
    if "error" not in got:
        got, _ = align_unnumbered(sub, got)
    t, info = base.score(sub, got)
    out.append(f"  the series of {', '.join(_short(n) for n in good)} alone: "
               f"{sum(t.ok.values())}/{sum(t.total.values())} ("
               + ", ".join(f"{k} {t.ok[k]}/{t.total[k]}" for k in ORDER if k in t.total) + ")")
    out += ["  " + i for i in info] + ["  " + x for x in rows_lines(got)]
    out += ["  " + line for line in t.lines]
    return out


def rows_lines(got: dict) -> list[str]:
    if "rows" not in got:
        return []
    out = ["code's rows (update, item_id, item_key, match, status, due, due_when, section):"]
    for r in got["rows"]:
        out.append(f"  {_short(r['update'])} {r['item_id']:6s} {r['item_key']:26s} "
                   f"{r['match']:8s} {r['status']:12s} {r['due']!s:11s} "
                   f"{r['due_when']!r:28s} {r['section']!s:.45}")
    out.append("code's changes (to, item_key, change, slipped, brought_forward): " + "; ".join(
        f"{_short(c['to'])} {c['item_key']} {c['change']}"
        f"{' slipped' if c['slipped'] else ''}{' bf' if c['brought_forward'] else ''}"
        for c in got["changes"]))
    out.append("code's grants: " + ("; ".join(
        f"{_short(g['update'])} {g['grant']} {g['financial_year']} {g['amount_gbp']}"
        for g in got["grants"]) or "none"))
    out.append("code's split/merge findings: " + ("; ".join(
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
    extra: list[str] = []
    if "error" not in got:
        got, extra = align_unnumbered(reading, got)
    t, info = base.score(reading, got)
    if "error" in got:  # no series: every field wrong (an absent flag is not a right one)
        t, _ = base.score(reading, {**EMPTY})
        n = sum(len(u["items"]) for u in reading["updates"])
        t.total["keys"], t.ok["keys"] = n * (n - 1) // 2, 0
        for flag in ("slipped", "brought_forward"):
            t.ok[flag] = 0
    out = [f"series44 scored with {args.python} on {tree} (package {got.get('package')})"]
    out += info
    out.append(f"TOTAL {sum(t.ok.values())}/{sum(t.total.values())}")
    out += [f"  {k:16s} {t.ok.get(k, 0)}/{t.total[k]}" for k in ORDER if k in t.total]
    omitted = {k for u in reading["updates"] for k in u.get("omitted", {}).get("keys", [])}
    change = [line for line in t.lines if line.startswith("  [change]")]
    reworded = [line for line in change if "expected 'unchanged', got 'changed'" in line]
    left_out = [line for line in change if "expected 'unchanged', got 'dropped'" in line
                and re.search(r" (W\d+) \(", line).group(1) in omitted]
    out.append(f"information: of {len(change)} change mismatches, {len(reworded)} are work "
               "the reading calls unchanged and the code changed (rewording is 'changed' in "
               f"the package's documented definition), {len(left_out)} are U4's Project 4 "
               "milestones ('No exceptions to report', no table) read as dropped")
    out += ["information: " + line for line in extra]
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
