"""Score a tree's series loaders on series48 against the reading (readings/series.json).

    python3 bench/corpora/series48/score_series.py PYTHON TREE [--results FILE]

A thin wrapper over series36's scorer (`../series36/score_series.py`: the same child
process, the same fields and rules: ids, keys pairwise, status, due, change, slipped,
brought_forward, reports, grants), pointed at this corpus's `docs/` and reading. Every
update prints its paragraph numbers, so rows are looked up by (update, item id) as in
series36; the keys field is what tests the matching (the same action has a different
paragraph number in every paper, and no ref).

The package's item ids are "<section place>.<position>" (its data contract), not the
number the paper prints, so the ids field fails and every row lookup with it. A DIAGNOSTIC
follows the score (not part of it): the code's rows relabelled with the printed paragraph
numbers, each found by its text (the paragraph's text taken from the generator's paper, the
document's own words: the code row of that update whose text starts with it), and the
series scored again on those ids, so that the other fields show what they would.

When the loaders stop with an error every field counts as wrong (series41's rule) and a
DIAGNOSTIC follows (not part of the score): each update read alone by `load_programme`
(series41's child). Lines of information follow the score (not part of it): how many
change mismatches are reworded actions the reading calls "unchanged" and the code
"changed" (the package documents "changed" for any rewording), and, per reading key, the
code's keys (a reading key the code splits, or a code key holding several reading keys).
Every mismatch is printed.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location(
    "series36_score", HERE.parent / "series36" / "score_series.py")
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


def _short(update: str) -> str:
    return update.split("-")[1] if update.startswith("series48-") else update


base._short = _short  # (score() and its messages name updates p1 .. p4)
ORDER = ["ids", "keys", "status", "due", "change", "slipped", "brought_forward", "reports",
         "grants"]
EMPTY = {"rows": [], "changes": [], "grants": [], "issues": []}


def rows_lines(got: dict) -> list[str]:
    if "rows" not in got:
        return []
    out = ["code's rows (update, item_id, item_key, match, status, due, due_when, section):"]
    for r in got["rows"]:
        out.append(f"  {_short(r['update'])} {r['item_id']:5s} {r['item_key']:26s} "
                   f"{r['match']:8s} {r['status']:12s} {r['due']!s:11s} "
                   f"{r['due_when']!r:28s} {r['section']!s:.40}")
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


def key_lines(reading: dict, got: dict) -> list[str]:
    """Per reading key, the code's keys of its rows; then code keys that join reading keys."""
    if "rows" not in got:
        return []
    rows = {(r["update"], r["item_id"]): r for r in got["rows"]}
    per: dict[str, list[str]] = {}
    back: dict[str, set[str]] = {}
    for u in reading["updates"]:
        for it in u["items"]:
            r = rows.get((u["file"], it["item_id"]))
            k = r["item_key"] if r else "(no row)"
            per.setdefault(it["key"], []).append(f"{_short(u['file'])} {it['item_id']}->{k}")
            if r:
                back.setdefault(k, set()).add(it["key"])
    out = ["information: reading key -> the code's keys by update:"]
    for key, got_keys in per.items():
        codes = {g.split("->")[1] for g in got_keys}
        flag = "" if len(codes) == 1 else "   <- split by the code"
        out.append(f"  {key:4s} " + ", ".join(got_keys) + flag)
    joined = {k: v for k, v in back.items() if len(v) > 1}
    out += [f"information: code key {k} holds reading keys {', '.join(sorted(v))}"
            for k, v in joined.items()]
    return out


def diagnose(python: str, tree: Path) -> list[str]:
    s41 = importlib.util.spec_from_file_location(
        "series41_score", HERE.parent / "series41" / "score_series.py")
    m41 = importlib.util.module_from_spec(s41)
    s41.loader.exec_module(m41)
    base._short = _short  # (series41's module set its own)
    proc = subprocess.run([python, "-c", m41.ALONE, str(HERE / "docs")], cwd=tree,
                          capture_output=True, text=True, timeout=900)
    alone = json.loads(proc.stdout.strip().splitlines()[-1])
    out = ["DIAGNOSTIC (not the score): each update read alone by load_programme:"]
    out += [f"  {_short(n)}: {'read' if e is None else e}" for n, e in alone.items()]
    return out


def _norm(text: object) -> str:
    return re.sub(r"\W+", " ", str(text)).lower().strip()


TEXTS = r"""
import importlib, json, sys
sys.path.insert(0, sys.argv[1])
from common48 import numbered
out = []
for g, ext in (("gen_p1", "docx"), ("gen_p2", "pdf"), ("gen_p3", "html"), ("gen_p4", "txt")):
    paper = importlib.import_module(g).PAPER
    out += [[f"{paper['name']}.{ext}", str(n), t] for n, _h, t in numbered(paper)]
print(json.dumps(out))
"""


def printed_numbers(python: str) -> dict[tuple[str, str], str]:
    """{(file, printed paragraph number): paragraph text} from the generators' papers (run
    in PYTHON, which has python-docx and reportlab; nothing is written)."""
    proc = subprocess.run([python, "-c", TEXTS, str(HERE)], cwd=HERE, capture_output=True,
                          text=True, timeout=300)
    return {(f, n): t for f, n, t in json.loads(proc.stdout.strip().splitlines()[-1])}


def relabel(reading: dict, got: dict, python: str) -> tuple[dict, list[str]]:
    """``got`` with each row whose text starts with a reading item's paragraph given the
    printed number; unmatched rows keep "?<code id>"."""
    texts = printed_numbers(python)
    rows = list(got["rows"])
    info = []
    for u in reading["updates"]:
        mine = [i for i, r in enumerate(rows) if r["update"] == u["file"]]
        new = {}
        for it in u["items"]:
            want = _norm(texts[(u["file"], it["item_id"])])[:60]
            hit = next((i for i in mine if i not in new and _norm(rows[i]["text"])
                        .startswith(want)), None)
            if hit is None:
                info.append(f"{_short(u['file'])} paragraph {it['item_id']}: no code row "
                            "starts with its text")
            else:
                new[hit] = it["item_id"]
        for i in mine:
            rows[i] = {**rows[i], "item_id": new.get(i, "?" + rows[i]["item_id"])}
    issues = []
    for i in got["issues"]:  # (the split/merge findings name the code's ids too)
        hit = next((r for r, o in zip(rows, got["rows"]) if o["update"] == i["document"]
                    and o["item_id"] == i["item"]), None)
        issues.append({**i, "item": hit["item_id"] if hit else i["item"]})
    return {**got, "rows": rows, "issues": issues}, info


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
    out = [f"series48 scored with {args.python} on {tree} (package {got.get('package')})"]
    out += info
    out.append(f"TOTAL {sum(t.ok.values())}/{sum(t.total.values())}")
    out += [f"  {k:16s} {t.ok.get(k, 0)}/{t.total[k]}" for k in ORDER if k in t.total]
    change = [line for line in t.lines if line.startswith("  [change]")]
    reworded = [line for line in change if "expected 'unchanged', got 'changed'" in line]
    out.append(f"information: of {len(change)} change mismatches, {len(reworded)} are work "
               "the reading calls unchanged and the code changed (rewording is 'changed' in "
               "the package's documented definition)")
    out += key_lines(reading, got)
    out += rows_lines(got)
    out.append("mismatches:")
    out += t.lines or ["  none"]
    if "error" in got:
        out += diagnose(args.python, tree)
    else:
        got2, info2 = relabel(reading, got, args.python)
        t2, _ = base.score(reading, got2)
        out.append("DIAGNOSTIC (not the score): the code's rows relabelled with the printed "
                   "paragraph numbers (found by text), scored again: "
                   f"{sum(t2.ok.values())}/{sum(t2.total.values())}")
        out += [f"  {k:16s} {t2.ok.get(k, 0)}/{t2.total[k]}" for k in ORDER if k in t2.total]
        out += ["  " + i for i in info2]
        out += key_lines(reading, got2)
        out.append("  mismatches (relabelled):")
        out += ["  " + line for line in t2.lines] or ["    none"]
    text = "\n".join(out) + "\n"
    print(text, end="")
    if args.results:
        Path(args.results).write_text(text)


if __name__ == "__main__":
    sys.exit(main())
