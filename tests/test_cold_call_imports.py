"""The first programme load of a fresh process imports only the layouts a plain paper
reaches (the others when a paper needs them), and the rows made at import without
dataclass code behave as the dataclasses did (stop 23, speed)."""

from __future__ import annotations

import dataclasses
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from wlga_analysis.contracts import TABLES, Column
from wlga_analysis.interpret.programme.common import Vocabulary, vocabulary
from wlga_analysis.interpret.programme.partners import _Org, _organisation_patterns
from wlga_analysis.testing import hostile

ROOT = Path(__file__).resolve().parents[1]
#: Layout modules a plain paper (numbered paragraphs over bullets) never reaches.
NOT_REACHED = ("allocations", "appendix", "claims", "forms", "gantt", "grant_claims",
               "milestone_tracker", "rated_status", "spanning_groups", "statement")


def test_a_plain_paper_imports_no_layout_it_does_not_reach(tmp_path):
    path = tmp_path / "update.txt"
    path.write_text(hostile.programme_text(bullets=(
        "- The toolkit was published in June 2021 with Data Cymru.",
        "- The review is planned for quarter four.")), encoding="utf-8")
    code = ("import sys, warnings; warnings.simplefilter('ignore'); import wlga_analysis as wa; "
            f"wa.load_programme({str(path)!r}); print(' '.join(sorted(sys.modules)))")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    loaded = set(subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, check=True,
                                capture_output=True, text=True).stdout.split())
    assert "wlga_analysis.interpret.programme.parser" in loaded  # (the paper was read)
    assert not {f"wlga_analysis.interpret.programme.{m}" for m in NOT_REACHED} & loaded


@pytest.mark.parametrize("row", [_organisation_patterns()[0], vocabulary(), TABLES["grants"],
                                 TABLES["grants"].columns[0]])
def test_rows_made_without_dataclass_code_compare_hash_and_stay_frozen(row):
    names = type(row)._fields
    again = type(row)(*(getattr(row, n) for n in names))
    assert again == row and hash(again) == hash(row) and again is not row
    assert repr(row).startswith(f"{type(row).__qualname__}({names[0]}=")
    with pytest.raises(dataclasses.FrozenInstanceError):
        row.__setattr__(names[0], None)
    other = type(row)(*(None if n == names[0] else getattr(row, n) for n in names))
    assert other != row


def test_an_organisation_row_reads_as_before():
    org = _Org("LGA", re.compile("LGA"), ("lga",), None)  # type: ignore[arg-type]
    assert (org.name, org.triggers) == ("LGA", ("lga",))
    assert repr(org) == ("_Org(name='LGA', regex=re.compile('LGA'), triggers=('lga',), "
                         "start_search=None)")
    assert isinstance(vocabulary(), Vocabulary)


def test_a_contract_column_is_replaced_as_a_dataclass_was():
    column = Column("kind", "str", "title or heading", allowed=("title", "heading"))
    assert column.replaced(unique=True) == Column("kind", "str", "title or heading",
                                                  allowed=("title", "heading"), unique=True)
    assert column.replaced(unique=True) != column and column.unique is False
    assert repr(Column("a", "int", "A")) == (
        "Column(name='a', dtype='int', description='A', nullable=False, allowed=None, "
        "unique=False, label=None)")
