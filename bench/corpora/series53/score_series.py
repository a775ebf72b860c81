"""Score a tree's series loaders on series53 against the reading (readings/series.json).

    python3 bench/corpora/series53/score_series.py PYTHON TREE [--results FILE]

A thin wrapper over series36's scorer (`../series36/score_series.py`: the same child
process, fields and rules: ids, keys pairwise, status, due, change, slipped,
brought_forward, reports, grants), pointed at this corpus's `docs/` and reading. Rows are
looked up by (update, printed ref). When the loaders stop with an error every field counts
as wrong (series41's rule); then, as diagnostics (not the score), each update is read
alone by `load_programme`, and the series is run and scored again without the update the
error names (against the reading of the remaining updates and their consecutive pairs).
Information lines (not the score): the code's rows, changes, grants and findings, and the
code's keys per reading key, so a break of the keys across the year-end refresh (U2 -> U3,
every ref renewed) shows at a glance. Every mismatch is printed. The parts every series
scorer shares are in `../series_common.py`.
"""
from __future__ import annotations

import json
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
    total_lines,
)

base = series36("series53")
_short = short_for("series53")
#: The code's rows with their texts, every finding, "bf" in the changes line.
LAYOUT = Layout(id=8, key=24, when=22, section=30, text=True, changes="bf",
                every_finding=True)


def lines_of(got: dict, reading: dict) -> list[str]:
    """The code's rows, changes, grants and findings, then the code's keys per reading key
    (a break of the keys across the year-end refresh shows at a glance)."""
    if "rows" not in got:
        return []
    out = code_lines(got, _short, LAYOUT)
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


def diagnose(python: str, tree: Path) -> list[str]:
    """Each update read alone by load_programme (not part of the score)."""
    return alone_lines(read_alone(python, tree, HERE / "docs"), _short)


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
        return [*out, "  ERROR " + got["error"].strip().splitlines()[-1]]
    t, info = base.score(sub, got)
    out += ["  " + ln for ln in info]
    out += total_lines(t, "  ")
    out += ["  " + ln for ln in lines_of(got, sub)]
    out.append("  mismatches:")
    out += ["  " + ln for ln in t.lines] or ["    none"]
    return out


def main() -> None:
    args = arguments(__doc__)
    reading = json.loads((HERE / "readings" / "series.json").read_text())
    tree = Path(args.tree).resolve()
    got = base.run_child(args.python, tree, HERE / "docs")
    t, info = score_or_all_wrong(base, reading, got)
    out = [f"series53 scored with {args.python} on {tree} (package {got.get('package')})"]
    out += info + total_lines(t) + lines_of(got, reading)
    out.append("mismatches:")
    out += t.lines or ["  none"]
    if "error" in got:
        out.append("ERROR (last line): " + got["error"].strip().splitlines()[-1])
        out += diagnose(args.python, tree)
        out += without(args.python, tree, reading, got["error"])
    finish(out, args.results)


if __name__ == "__main__":
    sys.exit(main())
