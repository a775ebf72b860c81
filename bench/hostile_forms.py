"""Probe the Word, PDF and web-page readers with hostile and damaged files (issue #13).

Every case of :mod:`wlga_analysis.testing.hostile_forms` (and of
:mod:`wlga_analysis.testing.hostile_readers`, group ``READERS``: the readers added since
stop 23) is written to a folder and read by
every public loader of its kind (``load_*``, ``load_metadata``, ``data_quality_report``), each
file in a fresh process with a time limit (a hang is killed, and reported). A case with
sizes is timed at both: doubling the input should at most about double the time.

Usage::

    PYTHONPATH=. python bench/hostile_forms.py [--only WORD] [--timeout 60] [--out FILE]

The first loader of a kind reads the file afresh (its time is the file's); the others read
from the parse cache, and are there to catch an exception only one of them raises.

Prints one line per file and its loaders' outcomes: ``ok`` (rows), ``ParseError`` (its message,
and whether it names the file), ``CRASH`` (any other exception), ``HANG`` (killed).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

_CHILD = r"""
import json, sys, time, warnings
from pathlib import Path
path, kind = Path(sys.argv[1]), sys.argv[2]
import wlga_analysis as wa
from wlga_analysis.errors import ParseError
from wlga_analysis.testing.hostile import clear_caches, loaders
calls = [(f.__name__ if f.__name__ != "<lambda>" else "load_metadata", f) for f in loaders()[kind]]
calls.append(("data_quality_report", lambda p: wa.data_quality_report(**{kind: p})))
out = []
clear_caches()  # (the first loader reads the file; the others read from its cache)
for name, call in calls:
    start = time.perf_counter()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            result = call(path)
            outcome = f"ok rows={len(result)}"
        except ParseError as exc:
            outcome = "ParseError " + ("(names file) " if path.name in str(exc) else
                                       "(NO FILE NAME) ") + str(exc)[:300]
        except RecursionError as exc:
            outcome = f"CRASH RecursionError: {str(exc)[:200]}"
        except BaseException as exc:
            outcome = f"CRASH {type(exc).__name__}: {str(exc)[:200]}"
    out.append({"loader": name, "seconds": round(time.perf_counter() - start, 3),
                "outcome": outcome, "warnings": [str(w.message)[:160] for w in caught][:5]})
print(json.dumps(out))
"""


def _run(path: Path, kind: str, timeout: float, repo: str) -> list[dict] | str:
    env = {**os.environ, "PYTHONPATH": repo}
    start = time.perf_counter()
    try:
        done = subprocess.run([sys.executable, "-c", _CHILD, str(path), kind], env=env,
                              capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return f"HANG (killed after {timeout:.0f} s)"
    if done.returncode:
        return (f"CRASH (exit {done.returncode} after {time.perf_counter() - start:.1f} s): "
                + done.stderr.strip().splitlines()[-1][:300] if done.stderr.strip() else "")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    from wlga_analysis.testing import hostile_forms, hostile_readers

    parser = argparse.ArgumentParser()
    parser.add_argument("--only", choices=["WORD", "PDF", "HTML", "READERS"], action="append")
    parser.add_argument("--case", action="append", help="only cases whose name contains this")
    parser.add_argument("--timeout", type=float, default=300.0)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--keep", type=Path, help="write the files here")
    args = parser.parse_args()
    repo = str(Path(__file__).resolve().parents[1])
    folder = args.keep or Path(tempfile.mkdtemp(prefix="hostile-forms-"))
    folder.mkdir(parents=True, exist_ok=True)
    results = []
    for group in args.only or ["WORD", "PDF", "HTML", "READERS"]:
        cases = getattr(hostile_readers if group == "READERS" else hostile_forms, group)
        for name, (kind, case, sizes) in cases.items():
            if args.case and not any(c in name for c in args.case):
                continue
            for n in sizes:
                try:
                    suffix, data = case(n)
                except Exception as exc:  # a generator's fault, not the reader's
                    print(f"{group}\t{name}\tn={n}\tBUILD FAILED {type(exc).__name__}: {exc}")
                    continue
                slug = "".join(c if c.isalnum() else "-" for c in name)[:50]
                path = folder / f"{group.lower()}-{slug}-{n}{suffix}"
                path.write_bytes(data)
                outcome = _run(path, kind, args.timeout, repo)
                results.append({"group": group, "case": name, "n": n, "bytes": len(data),
                                "outcome": outcome})
                if isinstance(outcome, str):
                    print(f"{group}\t{name}\tn={n}\t{len(data):,} B\t{outcome}", flush=True)
                    continue
                worst = outcome[0]["seconds"]
                kinds = sorted({r["outcome"].split(" (")[0].split(" rows")[0].split(":")[0]
                                for r in outcome})
                print(f"{group}\t{name}\tn={n}\t{len(data):,} B\t{worst:.2f} s\t"
                      f"{' / '.join(kinds)}\t{outcome[0]['outcome'][:230]}", flush=True)
                for r in outcome:
                    if r["outcome"].startswith("CRASH") or "NO FILE NAME" in r["outcome"]:
                        print(f"\t\t{r['loader']}: {r['outcome'][:300]}", flush=True)
    if args.out:
        args.out.write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
