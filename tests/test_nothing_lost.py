"""Nothing lost: every £ figure and every sentence of the sources is in some output table."""

from __future__ import annotations

import re

import pytest

from wlga_analysis import build, config, documents

RAW = {kind: config.RAW_DIR / documents.shipped_record(kind)["file"]
       for kind in ("recommendations", "programme")}
POUNDS = re.compile(r"c?£\s?\d[\d,]*(?:\.\d+)?\s?(?:bn|m|k)?")


@pytest.fixture(scope="module")
def output_text() -> str:
    """Every text cell of every table the build writes, as one string."""
    tables = build.load_tables()
    cells = []
    for frame in tables.values():
        out = build.output_frame(frame)
        for column in out.columns:
            cells.extend(str(v) for v in out[column] if isinstance(v, str))
    return "\n".join(cells)


@pytest.mark.parametrize("kind", RAW)
def test_every_pound_figure_is_in_some_table(kind, output_text):
    figures = POUNDS.findall(RAW[kind].read_text(encoding="utf-8"))
    assert figures, "the shipped documents state £ figures"
    for figure in figures:
        assert figure in output_text, figure


def test_the_grants_table_holds_the_programme_amounts():
    text = RAW["programme"].read_text(encoding="utf-8")
    amounts = {int(f.replace("£", "").replace(",", "")) for f in re.findall(r"£[\d,]+", text)}
    grants = set(build.load_tables()["grants"]["amount_gbp"])
    assert grants == amounts == {800_000, 530_000}


def test_every_sentence_of_the_programme_update_is_in_some_table(output_text):
    flat = re.sub(r"\s+", " ", output_text)
    missing = []
    for number, line in enumerate(RAW["programme"].read_text(encoding="utf-8").splitlines(), 1):
        text = documents.clean_text(line.lstrip(" -"))
        for sentence in re.split(r"(?<=[.;:])\s+", text):
            if len(sentence) > 25 and sentence not in flat:
                missing.append((number, sentence))
    assert missing == []
