"""eval51's imports: `../gen_common.py`, eval29's CMS page chrome (`../eval29/chrome29.py`),
eval30's GOV.WALES page and Word list numbering (`../eval30/chrome30.py`), eval35's
multi-level Word list (`../eval35/common35.py`), eval38's pandoc wrapping
(`../eval38/common38.py`), eval40's Word picture alt text (`../eval40/common40.py`), eval43's
Chrome "Save as PDF" print (`../eval43/common43.py`) and eval46's SharePoint page
(`../eval46/common46.py`), imported, not copied; plus this corpus's small new helpers: a
lower-Roman second level for eval35's multi-level list, a PNG writer for pictures (pics/,
not committed) and a one-level decimal list for Word."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
for d in (HERE.parent, HERE.parent / "eval28", HERE.parent / "eval29", HERE.parent / "eval30",
          HERE.parent / "eval34", HERE.parent / "eval35", HERE.parent / "eval38",
          HERE.parent / "eval40", HERE.parent / "eval43", HERE.parent / "eval46"):
    sys.path.insert(0, str(d))

from chrome29 import page  # noqa: E402,F401
from chrome30 import gov_page, numbered  # noqa: E402,F401
from common34 import new_list, set_num  # noqa: E402,F401
from common35 import multilevel  # noqa: E402,F401
from common38 import wrap  # noqa: E402,F401
from common40 import set_alt  # noqa: E402,F401
from common43 import browser_pdf  # noqa: E402,F401
from common46 import sharepoint_page  # noqa: E402,F401
from gen_common import (GRID, OUT, P, Pt, add_par, build_pdf, cell_text, colors, esc,  # noqa: E402,F401
                        footer_page_numbers, header_text, mm, new_docx, pdf_styles, qn,
                        set_repeat_header, shade)

PICS = HERE / "pics"


def roman_level(doc, num_id: int, ilvl: int = 1, text: str = "(%2)") -> None:
    """Make level `ilvl` of the multi-level list `num_id` lower-Roman "(i)" (Word's
    "Define New Multilevel List", level 2 "(i)")."""
    numbering = doc.part.numbering_part.element
    num = [n for n in numbering.findall(qn("w:num")) if n.get(qn("w:numId")) == str(num_id)][0]
    aid = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    an = [a for a in numbering.findall(qn("w:abstractNum"))
          if a.get(qn("w:abstractNumId")) == aid][0]
    lvl = [x for x in an.findall(qn("w:lvl")) if x.get(qn("w:ilvl")) == str(ilvl)][0]
    lvl.find(qn("w:numFmt")).set(qn("w:val"), "lowerRoman")
    lvl.find(qn("w:lvlText")).set(qn("w:val"), text)


def png(name: str, draw, size=(480, 240)) -> Path:
    """A picture drawn by `draw(ImageDraw, width, height)`, saved as pics/<name>.png."""
    from PIL import Image, ImageDraw
    PICS.mkdir(exist_ok=True)
    path = PICS / f"{name}.png"
    im = Image.new("RGB", size, "white")
    draw(ImageDraw.Draw(im), *size)
    im.save(path)
    return path
