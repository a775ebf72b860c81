"""eval55's imports: `../gen_common.py`, eval29's CMS page chrome (`../eval29/chrome29.py`) and
eval34's one-level Word lists (`../eval34/common34.py`: `new_list`, `set_num`), imported, not
copied; plus this corpus's small helpers: an Outlook "From / Sent / To / Subject" header block
for Word, a pandoc grid table (a one-cell Word box as pandoc writes it) and a PDF box."""
from __future__ import annotations

import sys
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
for d in (HERE.parent, HERE.parent / "eval28", HERE.parent / "eval29", HERE.parent / "eval34"):
    sys.path.insert(0, str(d))

from chrome29 import page  # noqa: E402,F401
from common34 import new_list, set_num  # noqa: E402,F401
from gen_common import *  # noqa: E402,F401,F403
from gen_common import OxmlElement, qn  # noqa: E402


def para_border_top(p, color: str = "E1E1E1") -> None:
    """A top rule over a Word paragraph (Outlook's line above a quoted message's header)."""
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    top = OxmlElement("w:top")
    for k, v in (("w:val", "single"), ("w:sz", "4"), ("w:space", "3"), ("w:color", color)):
        top.set(qn(k), v)
    bdr.append(top)
    ppr.append(bdr)


def outlook_header_docx(doc, fields: list[tuple[str, str]]) -> None:
    """Outlook's header block of a quoted message: a rule, then bold labels "From:" ..."""
    first = True
    for label, value in fields:
        p = doc.add_paragraph()
        if first:
            para_border_top(p)
            first = False
        r = p.add_run(label + " ")
        r.bold = True
        p.add_run(value)
        p.paragraph_format.space_after = 0
    doc.add_paragraph()


def grid_table(text: str, width: int = 74) -> str:
    """A one-cell table as pandoc writes it in Markdown (a grid table)."""
    lines = []
    for para in text.split("\n\n"):
        if lines:
            lines.append("")
        lines += textwrap.wrap(para, width) or [""]
    bar = "+" + "-" * (width + 2) + "+"
    return "\n".join([bar] + [f"| {x.ljust(width)} |" for x in lines] + [bar]) + "\n"
