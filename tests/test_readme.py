"""The README's five-minute tour runs as written."""

from __future__ import annotations

import re

from wlga_analysis import config


def test_the_tour_runs(tmp_path, monkeypatch):
    readme = (config.PROJ_ROOT / "README.md").read_text()
    tour = readme.split("## A five-minute tour", 1)[1]
    code = re.search(r"```python\n(.*?)```", tour, flags=re.S).group(1)
    monkeypatch.chdir(tmp_path)
    namespace: dict = {}
    exec(compile(code, "README.md", "exec"), namespace)
    assert sorted(p.name for p in (tmp_path / "my-figures").glob("owners.*")) == [
        "owners.alt.txt", "owners.pdf", "owners.png", "owners.svg"]
    assert namespace["chart"].alt_text.startswith("Horizontal stacked bar chart")
