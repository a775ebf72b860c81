"""eval38's imports: `../gen_common.py`, eval28's block renderer (`../eval28/blocks28.py`),
eval29's CMS page chrome (`../eval29/chrome29.py`), eval30's GOV.WALES page and Word list
numbering (`../eval30/chrome30.py`) and eval35's multi-level Word list
(`../eval35/common35.py`), imported, not copied; plus this corpus's small new helpers:
pandoc's line wrapping of Markdown (72 columns), Word paragraph styles of the author's own
(a "Term" / "Definition" pair, a hanging "Sub-recommendation") and a soft line break."""
from __future__ import annotations

import sys
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
for d in (HERE.parent, HERE.parent / "eval28", HERE.parent / "eval29", HERE.parent / "eval30",
          HERE.parent / "eval35"):
    sys.path.insert(0, str(d))

import blocks28 as B  # noqa: E402,F401
from chrome29 import page  # noqa: E402,F401
from chrome30 import gov_page, numbered  # noqa: E402,F401
from common35 import multilevel  # noqa: E402,F401
from docx.enum.style import WD_STYLE_TYPE  # noqa: E402
from docx.shared import Cm, Pt  # noqa: E402
from gen_common import OxmlElement, qn  # noqa: E402


def wrap(text: str, first: str = "", rest: str = "", width: int = 72) -> list[str]:
    """pandoc's default wrapping (--wrap=auto, --columns=72): words never broken."""
    return textwrap.wrap(text, width=width, initial_indent=first, subsequent_indent=rest,
                         break_long_words=False, break_on_hyphens=False) or [first.rstrip()]


def para_style(doc, name: str, bold: bool = False, left_cm: float = 0.0,
               hanging_cm: float = 0.0, keep_next: bool = False, space_after: int = 6):
    """A paragraph style of the author's own (based on Normal), as a Word template holds it."""
    st = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    st.base_style = doc.styles["Normal"]
    st.font.bold = bold or None
    pf = st.paragraph_format
    if left_cm:
        pf.left_indent = Cm(left_cm)
    if hanging_cm:
        pf.first_line_indent = Cm(-hanging_cm)
    pf.keep_with_next = keep_next
    pf.space_after = Pt(space_after)
    return st


def line_break(paragraph) -> None:
    """A manual line break (Shift+Enter, w:br) at the end of the paragraph."""
    paragraph.add_run()._r.append(OxmlElement("w:br"))


def set_cell_shading(cell, fill: str) -> None:
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    for k, v in (("w:val", "clear"), ("w:color", "auto"), ("w:fill", fill)):
        shd.set(qn(k), v)
    tcPr.append(shd)
