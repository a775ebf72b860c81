"""A pytest plugin loaded before every other (``-p`` in ``pyproject.toml``'s ``addopts``).

nbval's plugin imports nbformat, whose validator imports jsonschema, which imports
``rfc3987_syntax`` when it is installed (JupyterLab's dependencies install it). That module
builds an Earley parser of the IRI grammar when it is imported: about 3.3 s of CPU in every
test process (pytest's own and each xdist worker's), before a single test runs. Nothing in
the tests checks an IRI: jsonschema checks formats only when asked to, and the notebook
schema names no IRI format. So the test processes mark the module as absent, and jsonschema
leaves its two IRI format checks out (as it does wherever the module is not installed).

Examples
--------
>>> import sys
>>> sys.modules["rfc3987_syntax"] is None
True
"""

from __future__ import annotations

import sys

sys.modules.setdefault("rfc3987_syntax", None)  # type: ignore[assignment]
