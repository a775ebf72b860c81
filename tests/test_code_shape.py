"""The shape of the library's code: no function over cyclomatic complexity 20 as ``radon cc``
measures it, and no module over 800 lines (issue 9's structural goals).

A long if-chain means a rule table is missing (one named, ordered table of rules, one small
function per rule); a long module means a second module is missing.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from radon.complexity import cc_visit
from radon.visitors import Class, Function

PACKAGE = Path(__file__).resolve().parents[1] / "wlga_analysis"

#: The largest cyclomatic complexity a function or method may have (radon grade C or better).
MAX_COMPLEXITY = 20

#: The most lines a module may have.
MAX_LINES = 800


def _modules() -> list[Path]:
    """Every Python module of the library, in a stable order."""
    return sorted(PACKAGE.rglob("*.py"))


def _functions(blocks: list[Function | Class]) -> Iterator[Function]:
    """Every function, method and closure among radon's blocks (which list each class's
    methods after the class itself, as ``radon cc`` does)."""
    for block in blocks:
        if not isinstance(block, Class):
            yield block
            yield from _functions(list(block.closures))


def _too_complex(path: Path) -> list[str]:
    """``module:line name (complexity)`` of each function of ``path`` over the limit."""
    relative = path.relative_to(PACKAGE.parent).as_posix()
    blocks = cc_visit(path.read_text(encoding="utf-8"))
    return [f"{relative}:{f.lineno} {f.fullname} ({f.complexity})" for f in _functions(blocks)
            if f.complexity > MAX_COMPLEXITY]


def _line_count(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


def test_the_library_has_modules_to_measure() -> None:
    modules = _modules()
    assert len(modules) > 20
    assert PACKAGE / "interpret" / "recommendations" / "lines.py" in modules


def test_radon_measures_branches_and_methods() -> None:
    """The measure itself: each ``if`` adds one, and methods and closures are counted."""
    branches = "\n".join(f"    if x == {i}:\n        return {i}" for i in range(25))
    code = f"def chain(x):\n{branches}\n    return -1\n\n" \
           f"class Rules:\n    def chain(self, x):\n{branches.replace('    ', '        ')}\n"
    found = [(f.fullname, f.complexity) for f in _functions(cc_visit(code))]
    assert found == [("chain", 26), ("Rules.chain", 26)]


def test_no_function_is_over_complexity_20() -> None:
    over = [entry for path in _modules() for entry in _too_complex(path)]
    assert not over, (f"functions over cyclomatic complexity {MAX_COMPLEXITY} (radon cc); "
                      "split them, or read with a rule table:\n" + "\n".join(over))


def test_no_module_is_over_800_lines() -> None:
    over = [f"{path.relative_to(PACKAGE.parent).as_posix()}: {n} lines"
            for path in _modules() if (n := _line_count(path)) > MAX_LINES]
    assert not over, f"modules over {MAX_LINES} lines; split them:\n" + "\n".join(over)
