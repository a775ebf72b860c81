"""Score a tree's series loaders on series52 against the reading (readings/series.json).

    python3 bench/corpora/series52/score_series.py PYTHON TREE [--results FILE]

A thin wrapper over series36's scorer (`../series36/score_series.py`: the same child
process, fields and rules: ids, keys pairwise, status, due, change, slipped,
brought_forward, reports, grants), pointed at this corpus's `docs/` and reading. Rows are
looked up by (update, printed ref). The reading lists every LIVE action of each update,
carried-forward ones included (`carried: true`); they are scored like the rest (the reading
is the table a careful reader makes), and an information line says how many mismatches
are carried actions. When the loaders stop with an error every field counts as wrong
(series41's rule). Every mismatch is printed.
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

base = series36("series52")
_short = short_for("series52")
#: The code's rows with their texts, every finding, "bf" in the changes line.
LAYOUT = Layout(id=8, key=24, when=22, section=30, text=True, changes="bf",
                every_finding=True)


def lines_of(got: dict, reading: dict) -> list[str]:
    """The code's rows, changes, grants and findings, then the code's keys per reading key
    (a carried-forward row marked "*")."""
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
                f"{_short(u['file'])} {it['item_id']}{'*' if it['carried'] else ''}->"
                f"{r['item_key'] if r else '(no row)'}")
    out += [f"  {k:4s} " + ", ".join(v) for k, v in per.items()]
    out.append("  (* carried forward, not printed in that update)")
    return out


def main() -> None:
    args = arguments(__doc__)
    reading = json.loads((HERE / "readings" / "series.json").read_text())
    tree = Path(args.tree).resolve()
    got = base.run_child(args.python, tree, HERE / "docs")
    t, info = score_or_all_wrong(base, reading, got)
    out = [f"series52 scored with {args.python} on {tree} (package {got.get('package')})"]
    out += info + total_lines(t)
    carried = {(_short(u["file"]), it["item_id"]) for u in reading["updates"]
               for it in u["items"] if it["carried"]}
    row_mm = [ln for ln in t.lines if ln.split("]")[0].strip(" [") in ("status", "due")]
    on_carried = [ln for ln in row_mm if tuple(ln.split("]")[1].split()[:2]) in carried]
    out.append(f"information: {len(on_carried)} of {len(row_mm)} status/due mismatches are "
               f"carried-forward actions ({len(carried)} carried rows in the reading)")
    out += lines_of(got, reading)
    out.append("mismatches:")
    out += t.lines or ["  none"]
    if "error" in got:
        out.append("ERROR (last line): " + got["error"].strip().splitlines()[-1])
        out += alone_lines(read_alone(args.python, tree, HERE / "docs"), _short)
    finish(out, args.results)


if __name__ == "__main__":
    sys.exit(main())
