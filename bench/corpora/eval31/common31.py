"""eval31's imports: `../gen_common.py`, eval29's CMS page chrome (`../eval29/chrome29.py`) and
eval21's Google Docs writers (`../eval21/forms21.py`), imported, not copied."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
for d in (HERE.parent, HERE.parent / "eval29", HERE.parent / "eval21", HERE.parent / "eval28"):
    sys.path.insert(0, str(d))
