"""pyproject.toml and environment.yml list the same packages; CI runs the README's command."""

from __future__ import annotations

import re
import tomllib

from wlga_analysis import config

_REQ = re.compile(r"^\s*([A-Za-z0-9_.\-]+)\s*(.*)$")


def _split(requirement: str) -> tuple[str, str]:
    name, spec = _REQ.match(requirement).groups()
    return name.lower().replace("_", "-"), spec.replace(" ", "")


def pyproject_requirements() -> dict[str, str]:
    data = tomllib.loads((config.PROJ_ROOT / "pyproject.toml").read_text())
    reqs = list(data["project"]["dependencies"])
    for extra in data["project"]["optional-dependencies"].values():
        reqs.extend(extra)
    return dict(_split(r) for r in reqs)


def environment_requirements() -> dict[str, str]:
    """Packages of environment.yml (conda and pip sections), without python, pip and -e ."""
    reqs = {}
    text = (config.PROJ_ROOT / "environment.yml").read_text()
    for line in text.split("\ndependencies:", 1)[1].splitlines():
        item = re.match(r"^\s*-\s+([^#]+?)\s*(#.*)?$", line)
        if not item or item.group(1).endswith(":") or item.group(1).startswith("-e"):
            continue
        name, spec = _split(item.group(1))
        if name not in ("python", "pip"):
            reqs[name] = spec
    return reqs


def test_pyproject_and_environment_list_the_same_packages_and_bounds():
    assert environment_requirements() == pyproject_requirements()


def test_core_stack_is_declared():
    reqs = pyproject_requirements()
    for name in ("pandas", "openpyxl", "matplotlib", "afcharts", "jupyterlab",
                 "nbval", "pytest"):
        assert name in reqs
    assert reqs["pandas"] == ">=3.0"


def _readme_block_commands() -> list[str]:
    readme = (config.PROJ_ROOT / "README.md").read_text()
    blocks = re.findall(r"```(?:bash|sh)\n(.*?)```", readme, flags=re.S)
    return [ln.strip() for b in blocks for ln in b.splitlines() if ln.strip()]


def test_ci_runs_exactly_the_readme_test_command():
    ci = (config.PROJ_ROOT / ".ci" / "run").read_text().splitlines()
    test_lines = [ln for ln in ci if "pytest" in ln and not ln.startswith("#")]
    assert len(test_lines) == 1
    assert test_lines[0].strip() in _readme_block_commands()
