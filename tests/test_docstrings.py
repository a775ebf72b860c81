"""Every public function and class of wlga_analysis has a NumPy-style docstring with examples.

"Public" means a name not starting with ``_`` that is defined in the module itself (not
imported into it). Its docstring must contain at least one NumPy section header (a known
section name underlined with dashes) and at least one ``>>>`` example; the examples are run
by ``pytest --doctest-modules``.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from types import ModuleType

import wlga_analysis

SECTIONS: tuple[str, ...] = (
    "Parameters", "Other Parameters", "Returns", "Yields", "Receives", "Raises", "Warns",
    "Warnings", "See Also", "Notes", "References", "Examples", "Attributes", "Methods",
)
_HEADER = re.compile(r"^[ \t]*(" + "|".join(SECTIONS) + r")[ \t]*\n[ \t]*(-+)[ \t]*$",
                     re.MULTILINE)


def _modules() -> list[ModuleType]:
    from wlga_analysis import analysis

    # the top-level modules, and the topic modules the analysis package is split into
    return [importlib.import_module(info.name)
            for package in (wlga_analysis, analysis)
            for info in pkgutil.iter_modules(package.__path__, prefix=f"{package.__name__}.")]


def _public_objects(module: ModuleType) -> list[tuple[str, object]]:
    return [(name, obj) for name, obj in vars(module).items()
            if not name.startswith("_")
            and (inspect.isfunction(obj) or inspect.isclass(obj))
            and getattr(obj, "__module__", None) == module.__name__]


def docstring_problems(obj: object) -> list[str]:
    """What the docstring of ``obj`` lacks: a ``>>>`` example, a NumPy section header."""
    doc = inspect.getdoc(obj) or ""
    problems = []
    if ">>>" not in doc:
        problems.append("no >>> example")
    if not any(len(m.group(2)) == len(m.group(1)) for m in _HEADER.finditer(doc)):
        problems.append("no NumPy section header")
    return problems


def test_the_check_finds_what_is_missing():
    def bare():
        """Do something."""

    def documented():
        """Do something.

        Examples
        --------
        >>> documented()
        """

    def short_underline():
        """Do something.

        Examples
        ---
        >>> short_underline()
        """

    assert docstring_problems(bare) == ["no >>> example", "no NumPy section header"]
    assert docstring_problems(documented) == []
    assert docstring_problems(short_underline) == ["no NumPy section header"]


def test_every_module_is_found():
    names = {module.__name__.rpartition(".")[2] for module in _modules()}
    assert {"__main__", "analysis", "build", "charts", "validate"} <= names


def test_every_public_function_and_class_has_examples():
    missing = []
    checked = 0
    for module in _modules():
        for name, obj in _public_objects(module):
            checked += 1
            problems = docstring_problems(obj)
            if problems:
                missing.append(f"{module.__name__}.{name}: {', '.join(problems)}")
    assert checked > 100
    assert not missing, (f"{len(missing)} of {checked} public functions/classes lack a "
                         "NumPy-style docstring with examples:\n  " + "\n  ".join(missing))
