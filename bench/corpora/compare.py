#!/usr/bin/env python3
"""Score wlga-analysis's loaders against the careful reader's readings of a corpus.

    python3 bench/corpora/compare.py PYTHON REPO --corpus DIR [--results FILE] [--json FILE]

Every file of docs/ is read by its document's loaders, run with interpreter PYTHON and
PYTHONPATH=REPO in a subprocess of its own (timeout 120 s). A ParseError, a crash or a
timeout of any loader scores 0 for the whole file. Otherwise each expected row is matched to
the best returned row (text similarity, one-to-one), each of its fields scores 1 when equal,
a missing row counts all its fields wrong, and every EXTRA returned row counts as that many
wrong fields too (added to the total).

Fields scored:
- programme: metadata title and date; each priority's name; each item's text,
  section number (the loader's `paragraph`), status, quarter (the loader's quarter_label) and partners (as a set); each grant's name,
  amount_gbp (exact) and financial_year;
- recommendations: each area's name and theme; each recommendation's rec_id (the number as
  printed, "(a)", or its place: the recommendations table keeps a printed label in
  `rec_label`), area, text and owners (as a set); each activity's area and text, and its activity_no where the reading
  gives one (the number as printed, "1a", or the number in it: the activities table keeps
  a labelled number in `activity_label`).

Texts are compared after folding whitespace and case and stripping trailing punctuation; an
area or theme label printed before the name ("Area 3:", "Theme A –", "2.") is not part of
the name. Partners are compared on the organisations of REPO/data/raw/organisations.csv,
on both sides (what the loader can name; WLGA, the author, and WG are not in that list; a
reading may name others, which the list does not hold and no loader is expected to read).
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

try:
    from rapidfuzz import fuzz
    HAVE_RAPIDFUZZ = True

    def similarity(a: str, b: str) -> float:
        return float(fuzz.WRatio(a, b))
except ImportError:  # pragma: no cover - the system python may not have rapidfuzz
    import difflib
    HAVE_RAPIDFUZZ = False

    def similarity(a: str, b: str) -> float:
        if not a or not b:
            return 0.0
        r = difflib.SequenceMatcher(None, a, b).ratio() * 100
        short, long_ = sorted((a, b), key=len)
        part = 90.0 if short in long_ and len(short) > 0.4 * len(long_) else 0.0
        return max(r, part)

HERE = Path(__file__).resolve().parent  # (set to --corpus)
MATCH_THRESHOLD = 60.0

RUNNER = r'''
import json, sys, warnings, traceback
warnings.simplefilter("ignore")
import wlga_analysis as wa
kind, path = sys.argv[1], sys.argv[2]
out = {"errors": {}}

def rows(df, cols):
    res = []
    for rec in df.to_dict("records"):
        r = {}
        for c in cols:
            v = rec.get(c)
            if hasattr(v, "tolist"):
                v = v.tolist()
            if isinstance(v, (list, tuple)):
                v = [str(x) for x in v]
            elif v is None or (isinstance(v, float) and v != v):
                v = None
            elif not isinstance(v, (int, float, str, bool)):
                v = str(v)
            if v is not None and type(v).__module__ == "numpy":
                v = v.item()
            r[c] = v
        res.append(r)
    return res

def run(name, fn):
    try:
        out[name] = fn()
    except BaseException as exc:
        out["errors"][name] = f"{type(exc).__name__}: {exc}"[:300]

if kind == "programme":
    run("items", lambda: rows(wa.load_programme(path),
        ["paragraph", "section", "text", "status", "quarter_label", "partners"]))
    run("priorities", lambda: rows(wa.load_priorities(path), ["priority"]))
    run("grants", lambda: rows(wa.load_grants(path), ["grant", "amount_gbp", "financial_year"]))
    def meta():
        m = wa.load_metadata(path, kind="programme")
        return {"title": m.get("title"), "date": str(m.get("date")) if m.get("date") else None}
    run("metadata", meta)
else:
    run("areas", lambda: rows(wa.load_areas(path), ["area_id", "area", "theme"]))
    run("recommendations", lambda: rows(wa.load_recommendations(path),
        ["rec_id", "rec_label", "area_id", "area", "text", "owners"]))
    run("activities", lambda: rows(wa.load_activities(path),
                                   ["activity_no", "activity_label", "area_id", "text"]))
    run("recommendation_owners", lambda: len(wa.load_recommendation_owners(path)))
print("@@JSON@@" + json.dumps(out, default=str))
'''


# ------------------------------------------------------------------ normalising
def norm(text) -> str:
    if text is None:
        return ""
    t = unicodedata.normalize("NFKC", str(text)).replace("’", "'").replace("‘", "'")
    t = re.sub(r"\s+", " ", t).strip().casefold()
    return re.sub(r"[\s.;:,!?]+$", "", t)


LABEL = re.compile(r"^(?:(?:area|theme|chapter|maes|thema)\s+[0-9a-z]{1,3}\s*[:.–—-]?\s*|"
                   r"\d+(?:\.\d+)*\.?\s+)", re.I)


def norm_name(text) -> str:
    t = norm(text)
    return LABEL.sub("", t).strip(" –—-:") if t else ""


def norm_id(v) -> str:
    if v is None:
        return ""
    s = str(v).strip()
    if re.fullmatch(r"\d+\.0", s):
        s = s[:-2]
    return s.casefold()


def norm_set(values, allowed: set[str] | None = None) -> frozenset[str]:
    vals = {norm(v) for v in (values or []) if str(v).strip()}
    if allowed is not None:
        vals = {v for v in vals if v in allowed}
    return frozenset(vals)


# ------------------------------------------------------------------ scoring
class Score:
    def __init__(self) -> None:
        self.right = 0
        self.total = 0
        self.notes: list[str] = []

    def field(self, where: str, name: str, ok: bool, exp, got) -> None:
        self.total += 1
        if ok:
            self.right += 1
        else:
            e, g = short_pair(exp, got)
            self.notes.append(f"  {where}.{name}: expected {e} got {g}")


def short_pair(a, b, n: int = 70) -> tuple[str, str]:
    """Both values short; two long texts that start alike are shown from where they differ."""
    if isinstance(a, str) and isinstance(b, str) and max(len(a), len(b)) > n:
        k = 0
        while k < min(len(a), len(b)) and a[k] == b[k]:
            k += 1
        if k > 25:
            start = k - 20
            return short("…" + a[start:], n), short("…" + b[start:], n)
    return short(a, n), short(b, n)


def short(v, n: int = 70) -> str:
    if isinstance(v, (list, tuple, set, frozenset)):
        return "[" + ", ".join(sorted(str(x) for x in v)) + "]"
    s = repr(v) if not isinstance(v, str) else "'" + v + "'"
    return s if len(s) <= n else s[: n - 4] + "...'"


def match(expected: list[dict], got: list[dict], key, id_key=None):
    """One-to-one matching by similarity of key(row), best pairs first; then, for rows left
    over, by an equal printed number (id_key) — a row whose text was lost is still that
    row, scored wrong on its text, not counted as missing AND extra."""
    pairs = []
    for i, e in enumerate(expected):
        ek = key(e, True)
        for j, g in enumerate(got):
            s = similarity(ek, key(g, False))
            if s >= MATCH_THRESHOLD:
                pairs.append((s, i, j))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    used_e, used_g, found = set(), set(), {}
    for _s, i, j in pairs:
        if i in used_e or j in used_g:
            continue
        used_e.add(i)
        used_g.add(j)
        found[i] = j
    if id_key is not None:
        for i, e in enumerate(expected):
            if i in used_e or not id_key(e, True):
                continue
            for j, g in enumerate(got):
                if j not in used_g and id_key(g, False) == id_key(e, True):
                    used_e.add(i)
                    used_g.add(j)
                    found[i] = j
                    break
    result = [(e, got[found[i]] if i in found else None) for i, e in enumerate(expected)]
    extras = [g for j, g in enumerate(got) if j not in used_g]
    return result, extras


def score_rows(sc: Score, label: str, expected: list[dict], got: list[dict], key, fields,
               ident, id_key=None) -> None:
    """fields: [(name, compare(e, g) -> (ok, exp, got))]."""
    pairs, extras = match(expected, got, key, id_key)
    for e, g in pairs:
        where = f"{label}[{ident(e)}]"
        active = [(n, f) for n, f in fields if f(e, None) is not None]
        if g is None:
            sc.total += len(active)
            sc.notes.append(f"  MISSING {where}: {short(key(e, True), 90)}")
            continue
        for name, f in active:
            ok, ev, gv = f(e, g)
            sc.field(where, name, ok, ev, gv)
    n_fields = len(fields)
    for g in extras:
        sc.total += n_fields
        sc.notes.append(f"  EXTRA {label}: {short(key(g, False), 90)}")


def cmp_text(ek: str, gk: str | None = None, names: bool = False):
    gk = gk or ek
    fn = norm_name if names else norm

    def f(e, g):
        if g is None:
            return True
        return fn(e.get(ek)) == fn(g.get(gk)), e.get(ek), g.get(gk)
    return f


def score_programme(reading: dict, got: dict, orgs: set[str]) -> Score:
    sc = Score()
    meta = got.get("metadata") or {}
    sc.field("metadata", "title", norm(reading["title"]) == norm(meta.get("title")),
             reading["title"], meta.get("title"))
    sc.field("metadata", "date", reading["date"] == (meta.get("date") or "")[:10],
             reading["date"], meta.get("date"))
    score_rows(sc, "priority", [{"priority": p} for p in reading["priorities"]],
               got.get("priorities") or [], lambda r, _e: norm(r.get("priority")),
               [("name", cmp_text("priority"))], lambda e: short(e["priority"], 30))

    def f_section(e, g):
        if g is None:
            return True
        # the section's number is the loader's `paragraph` column (`section` is its heading)
        return norm_id(e["section"]) == norm_id(g.get("paragraph")), e["section"], \
            g.get("paragraph")

    def f_status(e, g):
        if g is None:
            return True
        return norm(e["status"]) == norm(g.get("status")), e["status"], g.get("status")

    def f_quarter(e, g):
        if g is None:
            return True
        return (e["quarter"] or None) == (g.get("quarter_label") or None), e["quarter"], \
            g.get("quarter_label")

    def f_partners(e, g):
        if g is None:
            return True
        ev, gv = norm_set(e["partners"], orgs), norm_set(g.get("partners"), orgs)
        return ev == gv, sorted(ev), sorted(gv)

    score_rows(sc, "item", reading["items"], got.get("items") or [],
               lambda r, _e: norm(r.get("text")),
               [("text", cmp_text("text")), ("section", f_section), ("status", f_status),
                ("quarter", f_quarter), ("partners", f_partners)],
               lambda e: e.get("ref") or short(e["text"], 25))

    def gkey(r, _e):
        return norm(r.get("grant")) + f" £{r.get('amount_gbp')}"

    def f_amount(e, g):
        if g is None:
            return True
        gv = g.get("amount_gbp")
        try:
            ok = gv is not None and float(gv) == float(e["amount_gbp"])
        except (TypeError, ValueError):
            ok = False
        return ok, e["amount_gbp"], gv

    def f_year(e, g):
        if g is None:
            return True
        return (e["financial_year"] or None) == (g.get("financial_year") or None), \
            e["financial_year"], g.get("financial_year")

    score_rows(sc, "grant", reading["grants"], got.get("grants") or [], gkey,
               [("name", cmp_text("grant")), ("amount", f_amount), ("year", f_year)],
               lambda e: f"{e['grant']} {e['amount_gbp']}")
    return sc


def score_recommendations(reading: dict, got: dict) -> Score:
    sc = Score()
    areas_got = got.get("areas") or []
    area_name = {str(a.get("area_id")): a.get("area") for a in areas_got}

    def f_theme(e, g):
        if g is None:
            return True
        return norm_name(e["theme"]) == norm_name(g.get("theme")), e["theme"], g.get("theme")

    score_rows(sc, "area", reading["areas"], areas_got, lambda r, _e: norm_name(r.get("area")),
               [("name", cmp_text("area", names=True)), ("theme", f_theme)],
               lambda e: e["area"][:30])

    def with_area(rows):
        out = []
        for r in rows:
            r = dict(r)
            if not r.get("area"):
                r["area"] = area_name.get(str(r.get("area_id")))
            out.append(r)
        return out

    def f_recid(e, g):
        if g is None:
            return True
        # (a number printed as a letter or with a label, "(a)", "R3", is in rec_label: the
        # contract's rec_id is its place; either one is the number as the reader reads it)
        printed = g.get("rec_label") or g.get("rec_id")
        return norm_id(e["rec_id"]) in {norm_id(g.get("rec_id")), norm_id(printed)}, \
            e["rec_id"], printed

    def f_owners(e, g):
        if g is None:
            return True
        ev, gv = norm_set(e["owners"]), norm_set(g.get("owners"))
        return ev == gv, sorted(ev), sorted(gv)

    score_rows(sc, "rec", reading["recommendations"], with_area(got.get("recommendations") or []),
               lambda r, _e: norm(r.get("text")),
               [("rec_id", f_recid), ("area", cmp_text("area", names=True)),
                ("text", cmp_text("text")), ("owners", f_owners)],
               lambda e: e["rec_id"],
               id_key=lambda r, _e: (norm_id(r.get("rec_id")), norm_name(r.get("area"))))

    def f_actno(e, g):
        if e.get("activity_no") is None:
            return None if g is None else (True, None, None)
        if g is None:
            return True
        # (a number printed with a label, "1a", is in activity_label: the contract's
        # activity_no is the number in it; either one is the number as the reader reads it)
        printed = g.get("activity_label") or g.get("activity_no")
        return norm_id(e["activity_no"]) in {norm_id(g.get("activity_no")), norm_id(printed)}, \
            e["activity_no"], printed

    def act_fields():
        return [("activity_no", f_actno), ("area", cmp_text("area", names=True)),
                ("text", cmp_text("text"))]

    exp_acts = reading["activities"]
    if exp_acts is None:  # the document has no activities to score
        return sc
    # an activity_no the reading does not give is not scored (and not counted for extras)
    if all(a.get("activity_no") is None for a in exp_acts):
        fields = act_fields()[1:]
    else:
        fields = act_fields()
    score_rows(sc, "activity", exp_acts, with_area(got.get("activities") or []),
               lambda r, _e: norm(r.get("text")), fields,
               lambda e: e.get("activity_no") or short(e["text"], 25))
    return sc


def expected_fields(reading: dict) -> int:
    sc = Score()
    if reading["kind"] == "programme":
        return 2 + len(reading["priorities"]) + 5 * len(reading["items"]) + \
            3 * len(reading["grants"])
    acts = reading["activities"] or []
    per_act = 2 + (0 if all(a.get("activity_no") is None for a in acts) else 1)
    del sc
    return 2 * len(reading["areas"]) + 4 * len(reading["recommendations"]) + \
        per_act * len(acts)


# ------------------------------------------------------------------ running
def run_file(python: str, repo: str, kind: str, path: Path) -> dict:
    env = dict(os.environ, PYTHONPATH=repo, PYTHONDONTWRITEBYTECODE="1")
    try:
        proc = subprocess.run([python, "-c", RUNNER, kind, str(path)], capture_output=True,
                              text=True, timeout=120, env=env, cwd=str(HERE))
    except subprocess.TimeoutExpired:
        return {"errors": {"all": "timeout after 120 s"}}
    marker = proc.stdout.rfind("@@JSON@@")
    if marker < 0:
        tail = (proc.stderr or "").strip().splitlines()[-1:] or ["no output"]
        return {"errors": {"all": f"crash (exit {proc.returncode}): {tail[0][:200]}"}}
    return json.loads(proc.stdout[marker + len("@@JSON@@"):])


def load_orgs(repo: str) -> set[str]:
    path = Path(repo) / "data" / "raw" / "organisations.csv"
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    return {norm(r["organisation"]) for r in csv.DictReader(lines)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("python")
    ap.add_argument("repo")
    ap.add_argument("--results", help="also write the printed report to this file")
    ap.add_argument("--json", help="write the scores and mismatches as JSON")
    ap.add_argument("--only", help="score only documents whose name contains this")
    ap.add_argument("--corpus", required=True,
                    help="the corpus folder (holding docs/ and readings/)")
    args = ap.parse_args(argv)
    global HERE
    HERE = Path(args.corpus).resolve()
    args.repo = str(Path(args.repo).resolve())  # (the loaders run from the corpus folder)
    if not HAVE_RAPIDFUZZ and os.environ.get("COMPARE_REEXEC") != "1":
        # score with rapidfuzz, as every run should: run this script under PYTHON when that
        # interpreter has it (the scorer itself never imports wlga_analysis)
        ok = subprocess.run([args.python, "-c", "import rapidfuzz"],
                            capture_output=True).returncode == 0
        if ok:
            env = dict(os.environ, COMPARE_REEXEC="1")
            os.execve(args.python, [args.python, str(Path(__file__).resolve())]
                      + list(argv if argv is not None else sys.argv[1:]), env)
        print("note: rapidfuzz not found; matching rows with difflib", file=sys.stderr)
    orgs = load_orgs(args.repo)
    lines: list[str] = []
    per_kind: dict[str, list[int]] = {}
    report = []

    def say(s: str = "") -> None:
        print(s, flush=True)
        lines.append(s)

    for rpath in sorted((HERE / "readings").glob("*.json")):
        reading = json.loads(rpath.read_text(encoding="utf-8"))
        if args.only and args.only not in reading["document"]:
            continue
        kind = reading["kind"]
        for form in reading["forms"]:
            path = HERE / "docs" / form
            got = run_file(args.python, args.repo, kind, path)
            if got.get("errors"):
                total = expected_fields(reading)
                right, notes = 0, [f"  ERROR {k}: {v}" for k, v in got["errors"].items()]
            else:
                sc = (score_programme(reading, got, orgs) if kind == "programme"
                      else score_recommendations(reading, got))
                right, total, notes = sc.right, sc.total, sc.notes
            acc = per_kind.setdefault(kind, [0, 0])
            acc[0] += right
            acc[1] += total
            say(f"{form}: {right}/{total}")
            for n in notes:
                say(n)
            report.append({"document": reading["document"], "form": form, "kind": kind,
                           "right": right, "total": total, "mismatches": notes})
    say()
    parts = [f"{k} {v[0]}/{v[1]}" for k, v in sorted(per_kind.items())]
    say("Overall per kind: " + ", ".join(parts))
    if args.results:
        Path(args.results).write_text("\n".join(lines) + "\n", encoding="utf-8")
    if args.json:
        Path(args.json).write_text(json.dumps({"files": report, "per_kind": per_kind},
                                              indent=1, ensure_ascii=False) + "\n",
                                   encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
