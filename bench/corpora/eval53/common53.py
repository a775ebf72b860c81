"""eval53's imports: `../gen_common.py`, eval29's CMS page chrome (`../eval29/chrome29.py`),
eval30's GOV.WALES page and Word list numbering (`../eval30/chrome30.py`), eval34's one-level
numbering.xml list (`../eval34/common34.py`), eval38's pandoc wrapping
(`../eval38/common38.py`) and eval43's Chrome "Save as PDF" print (`../eval43/common43.py`),
imported, not copied; plus one small helper of this corpus: the financial-year quarter of a
date, used only to CHECK the hand-typed quarters of the readings (never to write them)."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
for d in (HERE.parent, HERE.parent / "eval28", HERE.parent / "eval29", HERE.parent / "eval30",
          HERE.parent / "eval34", HERE.parent / "eval38", HERE.parent / "eval43"):
    sys.path.insert(0, str(d))

from chrome29 import page  # noqa: E402,F401
from chrome30 import gov_page, numbered  # noqa: E402,F401
from common34 import new_list, set_num  # noqa: E402,F401
from common38 import wrap  # noqa: E402,F401
from common43 import browser_pdf  # noqa: E402,F401
from gen_common import (GRID, OUT, P, Pt, add_par, build_pdf, cell_text, colors, esc,  # noqa: E402,F401
                        footer_page_numbers, header_text, mm, new_docx, pdf_styles, qn, RGBColor,
                        set_repeat_header, shade)


def fy_quarter(y: int, m: int) -> str:
    """'2025-26 Q4' for March 2026 (April-June Q1): a check on the typed readings only."""
    start = y if m >= 4 else y - 1
    q = (m - 4) % 12 // 3 + 1
    return f"{start}-{str(start + 1)[2:]} Q{q}"
