"""What the series scorers (``seriesNN/score_series.py`` from series41 on) share.

Each scorer is a thin wrapper over series36's (:func:`series36`: the same child process,
fields and rules), pointed at its corpus's ``docs/`` and reading. Around that score they all
do the same: when the loaders stop with an error every field counts as wrong
(:func:`score_or_all_wrong`, series41's rule); the totals (:func:`total_lines`); the code's
rows, changes, grants and findings for information (:func:`code_lines`, in the layout each
corpus chose, :class:`Layout`); each update read alone by ``load_programme`` as a
diagnostic (:func:`read_alone`); and the report printed and saved (:func:`finish`). The
lines of information that belong to one corpus stay in its scorer.

    from series_common import ...   (each scorer puts this folder on sys.path)
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

CORPORA = Path(__file__).resolve().parent
#: The fields, in the order the totals print them.
ORDER = ["ids", "keys", "status", "due", "change", "slipped", "brought_forward", "reports",
         "grants"]
#: A series with nothing read (what an error scores as).
EMPTY: dict[str, list[Any]] = {"rows": [], "changes": [], "grants": [], "issues": []}


def short_for(corpus: str) -> Callable[[str], str]:
    """The short name of an update of ``corpus`` ("series52-u2-2025-09.html" -> "u2")."""
    prefix = f"{corpus}-"

    def short(update: str) -> str:
        return update.split("-")[1] if update.startswith(prefix) else update

    return short


def series36(corpus: str) -> ModuleType:
    """series36's scorer module, its messages naming the updates of ``corpus`` short."""
    spec = importlib.util.spec_from_file_location(
        "series36_score", CORPORA / "series36" / "score_series.py")
    base = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(base)
    base._short = short_for(corpus)
    return base


def arguments(doc: str) -> argparse.Namespace:
    """The command line every scorer takes: PYTHON TREE [--results FILE]."""
    ap = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    ap.add_argument("python")
    ap.add_argument("tree")
    ap.add_argument("--results")
    return ap.parse_args()


def score_or_all_wrong(base: ModuleType, reading: dict, got: dict) -> tuple[Any, list[str]]:
    """series36's score of ``got``; when the loaders stopped with an error, every field
    counts as wrong (an empty series scored; its slipped / brought_forward flags and every
    pair of rows of the keys wrong: an absent flag is not a right one). The information
    lines are those of the score of ``got``."""
    t, info = base.score(reading, got)
    if "error" in got:
        t, _ = base.score(reading, {**EMPTY})
        n = sum(len(u["items"]) for u in reading["updates"])
        t.total["keys"], t.ok["keys"] = n * (n - 1) // 2, 0
        for flag in ("slipped", "brought_forward"):
            t.ok[flag] = 0
    return t, info


def total_lines(t: Any, pad: str = "") -> list[str]:
    """The total, then each field's."""
    return [f"{pad}TOTAL {sum(t.ok.values())}/{sum(t.total.values())}"] + [
        f"{pad}  {k:16s} {t.ok.get(k, 0)}/{t.total[k]}" for k in ORDER if k in t.total]


@dataclass(frozen=True)
class Layout:
    """How a scorer prints the code's rows: the widths of the id, key, match and due_when
    columns and of the section; the row's text after a bar; the changes line (its header's
    last word, or none); every finding or only the split/merge ones; "none" for no grant."""

    id: int = 5
    key: int = 26
    match: int = 8
    when: int = 28
    section: int = 40
    text: bool = False
    changes: str | None = "brought_forward"
    every_finding: bool = False
    grants_none: bool = True


def code_lines(got: dict, short: Callable[[str], str], layout: Layout = Layout(),
               pad: str = "") -> list[str]:
    """The code's rows, changes, grants and findings, for information (none when the
    loaders stopped)."""
    if "rows" not in got:
        return []
    head = "update, item_id, item_key, match, status, due, due_when, section"
    out = [f"{pad}code's rows ({head}{', text' if layout.text else ''}):"]
    for r in got["rows"]:
        line = (f"{pad}  {short(r['update'])} {r['item_id']:{layout.id}s} "
                f"{r['item_key']:{layout.key}s} {r['match']:{layout.match}s} "
                f"{r['status']:12s} {r['due']!s:11s} {r['due_when']!r:{layout.when}s} "
                f"{r['section']!s:.{layout.section}}")
        out.append(line + (f" | {r['text'][:60]!r}" if layout.text else ""))
    if layout.changes is not None:
        out.append(f"{pad}code's changes (to, item_key, change, slipped, {layout.changes}): "
                   + "; ".join(f"{short(c['to'])} {c['item_key']} {c['change']}"
                               f"{' slipped' if c['slipped'] else ''}"
                               f"{' bf' if c['brought_forward'] else ''}"
                               for c in got["changes"]))
    grants = "; ".join(f"{short(g['update'])} {g['grant']} {g['financial_year']} "
                       f"{g['amount_gbp']}" for g in got["grants"])
    out.append(f"{pad}code's grants: " + (grants or ("none" if layout.grants_none else "")))
    if layout.every_finding:
        out.append(f"{pad}code's findings (series): " + ("; ".join(
            f"{short(i['document'])} {i['check']} {i['item']}: {i['message'][:110]}"
            for i in got["issues"]) or "none"))
    else:
        out.append(f"{pad}code's split/merge findings: " + ("; ".join(
            f"{short(i['document'])} {i['check']} {i['item']}: {i['message'][:140]}"
            for i in got["issues"] if i["check"] in ("possible split", "possible merge"))
            or "none"))
    return out


#: The child that reads each update alone with load_programme: per file name, its rows
#: (id, status, quarter, the text's start) or the error.
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


def read_alone(python: str, tree: Path, docs: Path) -> dict[str, Any]:
    """Each update of ``docs`` read alone by ``load_programme`` of ``tree`` (in PYTHON):
    per file name, its rows or the error (a string)."""
    proc = subprocess.run([python, "-c", ALONE, str(docs)], cwd=tree,
                          capture_output=True, text=True, timeout=900)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def alone_lines(alone: dict[str, Any], short: Callable[[str], str], rows: bool = True
                ) -> list[str]:
    """The diagnostic of :func:`read_alone`: each update's error, or that it read (with its
    rows when ``rows``)."""
    out = ["DIAGNOSTIC (not the score): each update read alone by load_programme:"]
    for name, got in alone.items():
        if isinstance(got, str):
            out.append(f"  {short(name)}: {got}")
        elif not rows:
            out.append(f"  {short(name)}: read")
        else:
            out.append(f"  {short(name)}: read, {len(got)} rows")
            out += [f"    {i:8s} {s:12s} {q:11s} {t!r}" for i, s, q, t in got]
    return out


def finish(out: list[str], results: str | None) -> None:
    """Print the report, and save it to ``results`` when given."""
    text = "\n".join(out) + "\n"
    print(text, end="")
    if results:
        Path(results).write_text(text)


def total_inline(t: Any) -> str:
    """The total and each field's on one line: "61/70 (ids 9/10, keys 40/45, ...)"."""
    return (f"{sum(t.ok.values())}/{sum(t.total.values())} ("
            + ", ".join(f"{k} {t.ok[k]}/{t.total[k]}" for k in ORDER if k in t.total) + ")")
