"""eval39's imports: `../gen_common.py`, eval28's block renderer (`../eval28/blocks28.py`),
eval29's CMS page chrome (`../eval29/chrome29.py`), eval30's GOV.WALES page and Word list
numbering (`../eval30/chrome30.py`) and eval38's pandoc wrapping and author styles
(`../eval38/common38.py`), imported, not copied; plus this corpus's small new helpers: the
status icons (PNG files beside the documents), a Word inline picture with alt text
(`wp:docPr descr=`), and pandoc's grid table of one cell."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
for d in (HERE.parent, HERE.parent / "eval28", HERE.parent / "eval29", HERE.parent / "eval30",
          HERE.parent / "eval38"):
    sys.path.insert(0, str(d))

import blocks28 as B  # noqa: E402,F401
from chrome29 import page  # noqa: E402,F401
from chrome30 import gov_page, numbered  # noqa: E402,F401
from common38 import para_style, set_cell_shading, wrap  # noqa: E402,F401
from docx.shared import Pt  # noqa: E402
from gen_common import OUT, qn  # noqa: E402

# status -> (icon file, colour, PDF symbol): the publisher's RAG icon set
ICONS = {"On track": ("green.png", "#00A651", "●"), "At risk": ("amber.png", "#F7A800", "▲"),
         "Delayed": ("red.png", "#D7191C", "■"), "Complete": ("tick.png", "#1F5FAD", "✓")}


def make_icons() -> Path:
    """16 x 16 PNG status icons in docs/icons/ (a circle, a triangle, a square, a tick)."""
    from PIL import Image, ImageDraw
    folder = OUT / "icons"
    folder.mkdir(exist_ok=True)
    for _label, (name, colour, _sym) in ICONS.items():
        im = Image.new("RGBA", (16, 16), (255, 255, 255, 0))
        d = ImageDraw.Draw(im)
        if name == "green.png":
            d.ellipse((1, 1, 14, 14), fill=colour)
        elif name == "amber.png":
            d.polygon([(8, 1), (15, 14), (1, 14)], fill=colour)
        elif name == "red.png":
            d.rectangle((2, 2, 13, 13), fill=colour)
        else:
            d.line([(2, 8), (6, 13), (14, 2)], fill=colour, width=3)
        im.save(folder / name)
    return folder


def picture_with_alt(paragraph, path: Path, alt: str, size_pt: int = 10) -> None:
    """An inline picture whose alt text is `alt` (Word's "Alt Text": wp:docPr descr=)."""
    run = paragraph.add_run()
    run.add_picture(str(path), width=Pt(size_pt), height=Pt(size_pt))
    for el in run._r.iter(qn("wp:docPr")):
        el.set("descr", alt)
        el.set("name", f"Picture {alt}")


def grid_one_cell(paragraphs: list[str], width: int = 72) -> list[str]:
    """pandoc's Markdown of a one-cell Word table (a grid table), paragraphs wrapped."""
    inner = width - 4
    out = ["+" + "-" * (width - 2) + "+"]
    for k, para in enumerate(paragraphs):
        if k:
            out.append("| " + " " * inner + " |")
        for ln in wrap(para, width=inner):
            out.append("| " + ln.ljust(inner) + " |")
    out.append("+" + "-" * (width - 2) + "+")
    return out
