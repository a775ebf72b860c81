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

import json
import re
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from series_common import (  # noqa: E402  (the folder above, put on the path)
    Layout,
    alone_lines,
    arguments,
    code_lines,
    finish,
    read_alone,
    score_or_all_wrong,
    series36,
    short_for,
    total_inline,
    total_lines,
)

base = series36("series41")  # (score() and its messages name updates by quarter: q1 .. q5)
_short = short_for("series41")


def diagnose(python: str, tree: Path, reading: dict) -> list[str]:
    """The series of the updates that are read on their own, scored on those updates."""
    alone = read_alone(python, tree, HERE / "docs")
    out = alone_lines(alone, _short, rows=False)
    good = [n for n, e in alone.items() if not isinstance(e, str)]
    if len(good) < 1:
        return out
    with tempfile.TemporaryDirectory() as tmp:
        for n in good:
            shutil.copy(HERE / "docs" / n, tmp)
        got = base.run_child(python, tree, Path(tmp))
    sub = {"updates": [u for u in reading["updates"] if u["file"] in good], "pairs": []}
    t, info = base.score(sub, got)
    out.append(f"  the series of {', '.join(_short(n) for n in good)} alone: "
               + total_inline(t))
    out += ["  " + i for i in info]
    out += rows_lines(got, "  ")
    out.append("  mismatches of those updates:")
    out += ["  " + line for line in t.lines]
    if "rows" in got:
        al, n = align(sub, got)
        t, _ = base.score(sub, al)
        out.append(f"  the same, {n} code rows re-aligned to the reading's refs by objective "
                   "and order within it (the code's ids are positions): " + total_inline(t))
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
    return code_lines(got, _short, Layout(id=5, key=26, match=6, when=28, section=40,
                                          changes=None, grants_none=False), pad)


def main() -> None:
    args = arguments(__doc__)
    reading = json.loads((HERE / "readings" / "series.json").read_text())
    tree = Path(args.tree).resolve()
    got = base.run_child(args.python, tree, HERE / "docs")
    t, info = score_or_all_wrong(base, reading, got)
    out = [f"series41 scored with {args.python} on {tree} (package {got.get('package')})"]
    out += info + total_lines(t)
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
    finish(out, args.results)


if __name__ == "__main__":
    sys.exit(main())
