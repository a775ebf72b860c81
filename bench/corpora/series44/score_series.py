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

import difflib
import json
import re
import sys
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

base = series36("series44")  # (score() and its messages name updates u1 .. u4)
_short = short_for("series44")


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
    import tempfile
    alone = read_alone(python, tree, HERE / "docs")
    out = alone_lines(alone, _short, rows=False)
    good = [n for n, e in alone.items() if not isinstance(e, str)]
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
               + total_inline(t))
    out += ["  " + i for i in info] + ["  " + x for x in rows_lines(got)]
    out += ["  " + line for line in t.lines]
    return out


def rows_lines(got: dict) -> list[str]:
    return code_lines(got, _short, Layout(id=6, key=26, when=28, section=45))


def main() -> None:
    args = arguments(__doc__)
    reading = json.loads((HERE / "readings" / "series.json").read_text())
    tree = Path(args.tree).resolve()
    got = base.run_child(args.python, tree, HERE / "docs")
    extra: list[str] = []
    if "error" not in got:
        got, extra = align_unnumbered(reading, got)
    t, info = score_or_all_wrong(base, reading, got)
    out = [f"series44 scored with {args.python} on {tree} (package {got.get('package')})"]
    out += info + total_lines(t)
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
    finish(out, args.results)


if __name__ == "__main__":
    sys.exit(main())
