"""eval40's imports: `../gen_common.py`, eval28's block renderer (`../eval28/blocks28.py`),
eval29's CMS page chrome (`../eval29/chrome29.py`), eval30's GOV.WALES page and Word list
numbering (`../eval30/chrome30.py`), eval35's multi-level Word list (`../eval35/common35.py`)
and eval38's pandoc wrapping and Word paragraph styles (`../eval38/common38.py`), imported,
not copied; plus this corpus's small new helpers: a Word table with no borders at all, the
alt text of a Word picture, and small PNG pictures for the Easy Read document."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
for d in (HERE.parent, HERE.parent / "eval28", HERE.parent / "eval29", HERE.parent / "eval30",
          HERE.parent / "eval35", HERE.parent / "eval38"):
    sys.path.insert(0, str(d))

import blocks28 as B  # noqa: E402,F401
from chrome29 import page  # noqa: E402,F401
from chrome30 import gov_page, numbered  # noqa: E402,F401
from common35 import multilevel  # noqa: E402,F401
from common38 import para_style, wrap  # noqa: E402,F401
from gen_common import OxmlElement, qn  # noqa: E402

PICS = HERE / "pics"  # (build products of gen_prog40b, not committed)


def no_borders(table) -> None:
    """Word "Borders: None" on the whole table (tblBorders all nil), as a pasted or
    whitespace-aligned table is kept."""
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "nil")
        b.append(el)
    tblPr.append(b)


def set_alt(inline_shape, alt: str) -> None:
    """The picture's alt text (wp:docPr/@descr), as Word's "Edit Alt Text" writes it."""
    docpr = inline_shape._inline.docPr
    docpr.set("descr", alt)


def picture(name: str, colour: str, shape: str = "circle") -> Path:
    """A small flat clip-art picture (PNG) such as Easy Read documents use."""
    from PIL import Image, ImageDraw
    PICS.mkdir(exist_ok=True)
    path = PICS / f"{name}.png"
    im = Image.new("RGB", (160, 160), "white")
    d = ImageDraw.Draw(im)
    if shape == "circle":
        d.ellipse((20, 20, 140, 140), fill=colour, outline="black", width=3)
    elif shape == "box":
        d.rectangle((25, 35, 135, 125), fill=colour, outline="black", width=3)
    else:
        d.polygon([(80, 15), (145, 140), (15, 140)], fill=colour, outline="black")
    d.ellipse((60, 55, 100, 95), fill="white", outline="black", width=2)
    im.save(path)
    return path
