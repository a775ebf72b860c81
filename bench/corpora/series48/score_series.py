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

import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from series_common import (  # noqa: E402  (the folder above, put on the path)
    ORDER,
    Layout,
    alone_lines,
    arguments,
    code_lines,
    finish,
    read_alone,
    score_or_all_wrong,
    series36,
    short_for,
    total_lines,
)

base = series36("series48")  # (score() and its messages name updates p1 .. p4)
_short = short_for("series48")


def rows_lines(got: dict) -> list[str]:
    return code_lines(got, _short, Layout(id=5, key=26, when=28, section=40))


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
    return alone_lines(read_alone(python, tree, HERE / "docs"), _short, rows=False)


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
    args = arguments(__doc__)
    reading = json.loads((HERE / "readings" / "series.json").read_text())
    tree = Path(args.tree).resolve()
    got = base.run_child(args.python, tree, HERE / "docs")
    t, info = score_or_all_wrong(base, reading, got)
    out = [f"series48 scored with {args.python} on {tree} (package {got.get('package')})"]
    out += info + total_lines(t)
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
    finish(out, args.results)


if __name__ == "__main__":
    sys.exit(main())
