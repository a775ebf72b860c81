"""The programme side stays small: no function over cyclomatic complexity 20 (as radon
counts it, ``and``/``or`` included) and no module over 800 lines."""

from __future__ import annotations

from pathlib import Path

import pytest
from radon.complexity import cc_visit

import wlga_analysis

PACKAGE = Path(wlga_analysis.__file__).parent
MODULES = sorted([*PACKAGE.glob("interpret/**/*.py"), *PACKAGE.glob("text/*.py"),
                  PACKAGE / "read" / "text_lines.py", PACKAGE / "programme.py"])


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_small_functions_and_modules(path):
    source = path.read_text(encoding="utf-8")
    assert source.count("\n") <= 800
    complex_ = [(b.name, b.complexity) for b in cc_visit(source) if b.complexity > 20]
    for block in cc_visit(source):
        for method in getattr(block, "methods", []):
            if method.complexity > 20:
                complex_.append((f"{block.name}.{method.name}", method.complexity))
    assert complex_ == []
