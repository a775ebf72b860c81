"""Recommendations in a plain-text e-mail, in eval35's rec35b family, written afresh for these
tests (other subjects, owners, numbers of items and wordings than the corpus):

- a message hard-wrapped at 68 with headings underlined with "-" (not "="), "1)" items
  whose owner tail follows a dash ("- for the WLGA and NRW", "- for councils"), a tail
  split as "-" / "for WG", an item with no tail (no owner, reported), a signature and a
  forwarded earlier message quoted with ">" that names dropped drafts ("> 2) ...");
- the same message as a Word paste or Outlook's HTML gives it: every line its own paragraph
  (a blank line between lines, indentation lost);
- as a PDF print gives it: a heading and its underline on one line ("SCHOOLS ======"),
  items run on in one paragraph, the quoted message one paragraph.

The careful reader's reading is written out below, before the code ran.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

import wlga_analysis as wa
from wlga_analysis.documents import read_document
from wlga_analysis.recommendations import parse_recommendations

MESSAGE = """From:\tOwen Price <owen.price@example.gov.uk>
Sent:\t12 March 2026 10:04
To:\tCoastal Councils Network
Subject:\tRE: FW: Coastal resilience panel - agreed actions

Hi all,

Below are the actions the Coastal Resilience Panel agreed on 10 March.
The lead body for each is given after the dash.

FLOOD DEFENCE
-------------

1) That councils publish a single register of coastal defence assets
   by the end of 2026 - for councils
2) That the Welsh Government extends the coastal risk management
   programme to 2030 -
   for WG
3) That the WLGA convenes an annual coastal officers' conference -
   for the WLGA and NRW

SCHOOLS AND YOUNG PEOPLE
------------------------

4) That every coastal council offers flood awareness sessions to
   primary schools
5) That the Welsh Government funds a coastal apprenticeship scheme
   for school leavers - for WG and
   councils

Thanks
Owen

-----Original Message-----
From: Price, Owen
Sent: 11 March 2026 16:20
Subject: Coastal resilience panel - agreed actions

> Owen,
> The panel dropped one draft action:
> 2) a national sea wall levy - for WG
> Regards
"""

READING = [  # (rec_id, area, text, owners)
    ("1", "Flood defence", "That councils publish a single register of coastal defence "
     "assets by the end of 2026", ["LG"]),
    ("2", "Flood defence", "That the Welsh Government extends the coastal risk management "
     "programme to 2030", ["WG"]),
    ("3", "Flood defence", "That the WLGA convenes an annual coastal officers' conference",
     ["WLGA", "NRW"]),
    ("4", "Schools and young people", "That every coastal council offers flood awareness "
     "sessions to primary schools", []),
    ("5", "Schools and young people", "That the Welsh Government funds a coastal "
     "apprenticeship scheme for school leavers", ["WG", "LG"]),
]


def _paragraph_per_line(text: str) -> str:
    """The message as a Word paste or Outlook's HTML gives it as text: a paragraph a line."""
    return "\n\n".join(line.strip() for line in text.splitlines() if line.strip()) + "\n"


def _printed(text: str) -> str:
    """The message as a PDF print gives it: a heading and its underline on one line, each
    list's items and the quoted message run on in one paragraph."""
    out: list[str] = []
    for block in text.split("\n\n"):
        lines = [ln.strip() for ln in block.splitlines() if ln.strip()]
        if lines and lines[0].startswith("From:\t"):
            out.extend(lines)
        else:
            out.append(" ".join(lines))
    return "\n\n".join(out) + "\n"


def _write(tmp_path: Path, form: str) -> Path:
    text = {"plain": MESSAGE, "paragraphs": _paragraph_per_line(MESSAGE),
            "printed": _printed(MESSAGE)}[form]
    path = tmp_path / f"coastal-{form}.txt"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("form", ["plain", "paragraphs", "printed"])
def test_items_under_underlined_headings(tmp_path: Path, form: str) -> None:
    path = _write(tmp_path, form)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        recs = wa.load_recommendations(path)
        areas = wa.load_areas(path)
        activities = wa.load_activities(path)
    assert list(areas["area"]) == ["Flood defence", "Schools and young people"]
    got = [(str(r.rec_id), r.area, r.text, sorted(r.owners)) for r in recs.itertuples()]
    assert got == [(i, a, t, sorted(o)) for i, a, t, o in READING]
    assert activities.empty


def test_quoted_drafts_reported_and_title(tmp_path: Path) -> None:
    path = _write(tmp_path, "plain")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parsed = parse_recommendations(read_document(path, "recommendations"))
    assert "national sea wall levy" not in " ".join(parsed.recommendations["text"])
    assert "national sea wall levy" in "\n".join(parsed.notes["text"])  # nothing lost
    checks = {i.check for i in parsed.issues}
    assert {"quoted item not read", "no owner tail", "read from underlined headings"} <= checks
    assert parsed.title == "Coastal resilience panel - agreed actions"
