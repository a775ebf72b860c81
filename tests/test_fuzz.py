"""Fuzzing: damaged copies of the shipped documents never break the loaders' promise.

Every loader either returns a table that satisfies its contract or raises ParseError:
no other exception, no hang. Documents are damaged the ways real ones are (lines dropped,
duplicated or swapped, cells emptied, tabs lost, tags unbalanced, random bytes inserted,
page breaks moved, numbers changed, files cut off), and each damaged copy is written to a
fresh file because the loaders cache parses by path and checksum.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import re
import signal
import tempfile
import warnings
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import wlga_analysis as wa
from wlga_analysis import config, contracts, documents, quarters, status
from wlga_analysis.contracts import PROGRAMME_STATUSES
from wlga_analysis.errors import DataQualityWarning, ParseError

REC_FILE = config.RAW_DIR / "working-group-recommendations.txt"
PROG_FILE = config.RAW_DIR / "improvement-programme-2021-22-update.txt"
REC_TEXT = REC_FILE.read_text(encoding="utf-8")
PROG_TEXT = PROG_FILE.read_text(encoding="utf-8")

#: loader name -> contract table it must satisfy.
REC_LOADERS = {"load_areas": "areas", "load_activities": "activities",
               "load_recommendations": "recommendations",
               "load_recommendation_owners": "recommendation_owners",
               "load_recommendations_notes": "recommendations_notes"}
PROG_LOADERS = {"load_programme": "programme", "load_priorities": "priorities",
                "load_grants": "grants", "load_paragraphs": "paragraphs"}

#: Seconds one document may take through all its loaders before it counts as a hang.
HANG_SECONDS = 20

#: Examples per property, scaled from the loaded hypothesis profile (tests/conftest.py):
#: by default 40 per loader-level property and 300 per component property;
#: HYPOTHESIS_PROFILE=long gives 100 times as many.
_PROFILE_EXAMPLES = settings().max_examples
LOADER_LEVEL = settings(max_examples=2 * _PROFILE_EXAMPLES)
COMPONENT = settings(max_examples=15 * _PROFILE_EXAMPLES, deadline=None)

_COUNTER = itertools.count()
_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
_NUMBER = re.compile(r"\d+")


@pytest.fixture(scope="module")
def workdir():
    with tempfile.TemporaryDirectory(prefix="wlga-fuzz-") as tmp:
        yield Path(tmp)


@contextlib.contextmanager
def time_limit(seconds: int):
    """Fail (TimeoutError) if the block runs longer than ``seconds`` (POSIX, main thread)."""
    def on_alarm(signum, frame):
        raise TimeoutError(f"no result after {seconds} s: the loader hangs")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def check_loaders(path: Path, kind: str) -> dict[str, str]:
    """Run every loader of ``kind`` on ``path``; return what each did ("ok" or "error").

    Fails the test on any exception other than ParseError, on a returned table that breaks
    its contract, and on a hang.
    """
    loaders = REC_LOADERS if kind == "recommendations" else PROG_LOADERS
    outcome = {}
    with time_limit(HANG_SECONDS), warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)
        for name, table in loaders.items():
            try:
                frame = getattr(wa, name)(path)
            except ParseError:
                outcome[name] = "error"
                continue
            assert isinstance(frame, pd.DataFrame), f"{name} returned {type(frame)}"
            try:
                contracts.validate(frame.copy(), table)
            except ParseError as exc:  # pragma: no cover - a contract breach
                pytest.fail(f"{name} returned a table that breaks its contract: {exc}")
            outcome[name] = "ok"
        try:
            meta = wa.load_metadata(path, kind=kind)
            assert isinstance(meta, dict)
        except ParseError:
            pass
    return outcome


def write(workdir: Path, data: bytes | str) -> Path:
    path = workdir / f"doc-{next(_COUNTER)}.txt"
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


# ---------------------------------------------------------------------------------------
# Mutations
# ---------------------------------------------------------------------------------------
_HOSTILE_TEXT = st.sampled_from([
    "\t", "\t\t", "<b>", "</b>", "<p>", "</li>", "<ol", "p>", "(<b>", "**", "#### ",
    "Area 99:", "Area 0: ", "1. ", "99999. ", "- ", " - ", "£", "£1.2m", "£800,000",
    "Progress Update", "priorities:", "quarter two", "31st February 2022", "&amp;", "&#0;",
    "\u00a0", "\u2028", "\ufeff", "\x0c", "é", "😀", "\\", "[x](", ")", "(", "WLGA/WG",
    "Area", "Recommendations", "---\t--\t--",
])
_TEXT = st.one_of(_HOSTILE_TEXT, st.text(max_size=20))

MUTATION = st.one_of(
    st.tuples(st.just("drop"), st.integers(0, 10**6)),
    st.tuples(st.just("duplicate"), st.integers(0, 10**6)),
    st.tuples(st.just("swap"), st.integers(0, 10**6), st.integers(0, 10**6)),
    st.tuples(st.just("empty_cell"), st.integers(0, 10**6), st.integers(0, 5)),
    st.tuples(st.just("lose_tab"), st.integers(0, 10**6)),
    st.tuples(st.just("drop_tag"), st.integers(0, 10**6), st.integers(0, 50)),
    st.tuples(st.just("insert_text"), st.integers(0, 10**6), st.integers(0, 10**4), _TEXT),
    st.tuples(st.just("page_break"), st.integers(0, 10**6), st.integers(0, 10**4)),
    st.tuples(st.just("move_blank"), st.integers(0, 10**6), st.integers(0, 10**6)),
    st.tuples(st.just("renumber"), st.integers(0, 10**6), st.integers(0, 20),
              st.integers(0, 10**7)),
    st.tuples(st.just("blank_line"), st.integers(0, 10**6)),
)
BYTE_MUTATION = st.one_of(
    st.tuples(st.just("insert_bytes"), st.integers(0, 10**6), st.binary(min_size=1,
                                                                          max_size=8)),
    st.tuples(st.just("truncate"), st.integers(0, 10**6)),
)


def mutate(text: str, mutations) -> list[str]:
    """Apply line-level mutations to ``text``; return the lines."""
    lines = text.split("\n")
    for m in mutations:
        if not lines:
            lines = [""]
        n = len(lines)
        op, i = m[0], m[1] % n
        if op == "drop":
            del lines[i]
        elif op == "duplicate":
            lines.insert(i, lines[i])
        elif op == "swap":
            j = m[2] % n
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "empty_cell":
            cells = lines[i].split("\t")
            cells[m[2] % len(cells)] = ""
            lines[i] = "\t".join(cells)
        elif op == "lose_tab":
            lines[i] = lines[i].replace("\t", " ", 1)
        elif op == "drop_tag":
            tags = list(_TAG.finditer(lines[i]))
            if tags:
                t = tags[m[2] % len(tags)]
                lines[i] = lines[i][:t.start()] + lines[i][t.end():]
        elif op == "insert_text":
            pos = m[2] % (len(lines[i]) + 1)
            lines[i] = lines[i][:pos] + m[3] + lines[i][pos:]
        elif op == "page_break":  # split a line (a row, a paragraph) across a blank line
            pos = m[2] % (len(lines[i]) + 1)
            lines[i:i + 1] = [lines[i][:pos], "", lines[i][pos:]]
        elif op == "move_blank":
            blanks = [k for k, ln in enumerate(lines) if not ln.strip()]
            if blanks:
                del lines[blanks[i % len(blanks)]]
                lines.insert(m[2] % (len(lines) + 1), "")
        elif op == "renumber":
            numbers = list(_NUMBER.finditer(lines[i]))
            if numbers:
                num = numbers[m[2] % len(numbers)]
                lines[i] = lines[i][:num.start()] + str(m[3]) + lines[i][num.end():]
        elif op == "blank_line":
            lines[i] = ""
    return lines


def mutate_bytes(data: bytes, mutations) -> bytes:
    for op, pos, *rest in mutations:
        pos %= len(data) + 1
        data = data[:pos] + rest[0] + data[pos:] if op == "insert_bytes" else data[:pos]
    return data


@LOADER_LEVEL
@given(mutations=st.lists(MUTATION, min_size=1, max_size=6),
       byte_mutations=st.lists(BYTE_MUTATION, max_size=1))
def test_damaged_recommendations(workdir, mutations, byte_mutations):
    data = "\n".join(mutate(REC_TEXT, mutations)).encode("utf-8")
    check_loaders(write(workdir, mutate_bytes(data, byte_mutations)), "recommendations")


@LOADER_LEVEL
@given(mutations=st.lists(MUTATION, min_size=1, max_size=6),
       byte_mutations=st.lists(BYTE_MUTATION, max_size=1))
def test_damaged_programme(workdir, mutations, byte_mutations):
    data = "\n".join(mutate(PROG_TEXT, mutations)).encode("utf-8")
    check_loaders(write(workdir, mutate_bytes(data, byte_mutations)), "programme")


@LOADER_LEVEL
@given(kind=st.sampled_from(["recommendations", "programme"]),
       text=st.text(st.characters(blacklist_categories=["Cs"]), max_size=300))
def test_arbitrary_text(workdir, kind, text):
    check_loaders(write(workdir, text), kind)


@pytest.mark.parametrize("kind", ["recommendations", "programme"])
def test_the_other_kind_of_document(workdir, kind):
    other = PROG_TEXT if kind == "recommendations" else REC_TEXT
    check_loaders(write(workdir, other), kind)


# ---------------------------------------------------------------------------------------
# Explicit hostile cases
# ---------------------------------------------------------------------------------------
def _cut_mid_row(text: str) -> str:
    """The text cut off in the middle of its last table row (or last long line)."""
    lines = text.split("\n")
    k = max(n for n, ln in enumerate(lines) if len(ln) > 200)
    return "\n".join([*lines[:k], lines[k][: len(lines[k]) // 2]])


HOSTILE = {
    "2 MB single line": lambda t: "x" * 2_000_000,
    "2 MB single line after the text": lambda t: t + "\n" + "a " * 1_000_000,
    "NUL bytes": lambda t: t[:500] + "\x00\x00" + t[500:],
    "only a header": lambda t: "Area\tActivity underway or achieved\tRecommendations\n",
    "cut off mid-row": _cut_mid_row,
    "tabs lost on one row": lambda t: "\n".join(
        ln.replace("\t", " ") if ln.startswith("<p><b>Area 2") else ln
        for ln in t.split("\n")),
    "all tabs lost": lambda t: t.replace("\t", " "),
    "Progress Update heading removed": lambda t: t.replace("Progress Update\n", ""),
    "no bullets": lambda t: "\n".join(ln for ln in t.split("\n")
                                      if not ln.lstrip().startswith("- ")),
    "empty": lambda t: "",
    "blank lines only": lambda t: "\n\n \n\t\n",
    "UTF-16": lambda t: t.encode("utf-16"),
    "invalid UTF-8": lambda t: t.encode("utf-8")[:300] + b"\xff\xfe" + t.encode("utf-8"),
    "CRLF line breaks": lambda t: t.replace("\n", "\r\n"),
    "CR line breaks": lambda t: t.replace("\n", "\r"),
    "byte-order mark": lambda t: "\ufeff" + t,
    "doubled document": lambda t: t + "\n" + t,
    "every number 0": lambda t: re.sub(r"\d+", "0", t),
    "huge numbers": lambda t: re.sub(r"\d+", "99999999999999999999", t),
    "unbalanced tags": lambda t: t.replace("</b>", "").replace("</p>", "<p>"),
    "tags as entities": lambda t: t.replace("<", "&lt;").replace(">", "&gt;"),
    "reversed lines": lambda t: "\n".join(reversed(t.split("\n"))),
    "markdown headings everywhere": lambda t: "\n".join("#### " + ln if ln else ln
                                                        for ln in t.split("\n")),
}


@pytest.mark.parametrize("kind", ["recommendations", "programme"])
@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_document(workdir, kind, case):
    original = REC_TEXT if kind == "recommendations" else PROG_TEXT
    check_loaders(write(workdir, HOSTILE[case](original)), kind)


HEADER_ONLY = "Area\tActivity underway or achieved\tRecommendations\n"


def test_header_with_no_rows_is_a_parse_error(workdir):
    path = write(workdir, REC_TEXT.split("Area\tActivity")[0] + HEADER_ONLY)
    with pytest.raises(ParseError, match="no table rows"):
        wa.load_recommendations(path)


def test_nul_bytes_are_a_parse_error(workdir):
    path = write(workdir, PROG_TEXT.replace("Purpose", "Pur\x00pose"))
    with pytest.raises(ParseError, match="NUL"):
        wa.load_programme(path)


def test_two_megabyte_line_is_a_parse_error(workdir):
    path = write(workdir, REC_TEXT + "\n" + "y" * 2_000_000)
    with pytest.raises(ParseError, match="characters long"):
        wa.load_areas(path)


def test_a_row_that_lost_its_tabs_is_read_and_reported(workdir):
    damaged = "\n".join(ln.replace("\t", " ") if ln.startswith("<p><b>Area 2") else ln
                        for ln in REC_TEXT.split("\n"))
    path = write(workdir, damaged)
    assert check_loaders(path, "recommendations")["load_recommendations"] == "ok"
    report = wa.data_quality_report(recommendations=path)
    assert "damaged row" in set(report["check"])


def test_programme_without_progress_heading_still_reads_items(workdir):
    path = write(workdir, PROG_TEXT.replace("Progress Update\n", ""))
    assert check_loaders(path, "programme")["load_programme"] == "ok"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)
        assert len(wa.load_programme(path)) == len(wa.load_programme())


def test_file_cut_off_mid_row_keeps_what_it_has(workdir):
    path = write(workdir, _cut_mid_row(REC_TEXT))
    outcome = check_loaders(path, "recommendations")
    assert outcome["load_areas"] == "ok"


# --------------------------------------------------------------------------- components
# The loader-level properties above cost 10-25 ms per example (every loader builds and
# checks its pandas tables), so they run LOADER_LEVEL examples. The pure-Python pieces every
# document goes through are fuzzed here by the thousand.


@COMPONENT
@given(data=st.binary(max_size=400))
def test_decode_lines_gives_lines_or_a_parse_error(data):
    try:
        lines = documents.decode_lines(data, path="fuzz.txt")
    except ParseError as exc:
        assert "fuzz.txt" in str(exc)
    else:
        assert all("\n" not in line and "\r" not in line for line in lines)


@COMPONENT
@given(text=st.text(alphabet=st.sampled_from(list("<>/&;#bpli *[]()_ab1\t")) | st.characters(),
                    max_size=200))
def test_clean_text_leaves_no_markup(text):
    out = documents.clean_text(text)
    assert out == out.strip()
    assert not re.search(r"<\s*/?\s*[A-Za-z!][^<>]*>", out)
    assert "**" not in out


@COMPONENT
@given(text=st.text(max_size=120), day=st.dates(min_value=dt.date(1990, 1, 1),
                                                 max_value=dt.date(2090, 12, 31)))
def test_resolve_timing_never_raises_and_quotes_the_text(text, day):
    quarter, phrase = quarters.resolve_timing(text, day)
    if phrase is None:
        assert quarter is None
    else:
        assert phrase in text


@COMPONENT
@given(text=st.text(max_size=120))
def test_classify_status_always_gives_a_known_status(text):
    state, rule = status.classify_status(text)
    assert state in PROGRAMME_STATUSES
    assert rule


@COMPONENT
@given(day=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2090, 12, 31)))
def test_quarter_labels_round_trip(day):
    quarter = quarters.to_quarter(day)
    label = quarters.quarter_label(quarter)
    assert re.fullmatch(r"\d{4}-\d{2} Q[1-4]", label)
    assert quarters.to_quarter(label) == quarter
    assert quarter.start_time.date() <= day <= quarter.end_time.date()
