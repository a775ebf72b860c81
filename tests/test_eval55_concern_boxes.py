"""eval55 rec55b's layout: a fire and rescue service inspection report. Numbered chapters
carry shaded boxes "Cause of concern N: title" (with "Recommendation N", numbered through
the report), "Area for improvement N" and "Notable practice"; the summary repeats every
recommendation word for word under the causes. A careful reader reads each recommendation
once, its area the cause's title without its label, its theme the chapter whose box states
the cause, its owners the bodies its subject names (a fire and rescue authority, which has
no owner code, as printed). Written here for another service, in other words and counts,
as Markdown and as a web page."""

from __future__ import annotations

import warnings
from pathlib import Path

from wlga_analysis import recommendations as recs

_RECS = {
    1: "By 31 May 2026, the Fire and Rescue Authority should agree a prevention strategy "
       "with the health board.",
    2: "The Welsh Government should publish data on home fire safety visits by council area.",
    3: "By 30 November 2026, the Fire and Rescue Authority should inspect every high-rise "
       "residential building in its area.",
    4: "The Welsh Government and the three fire and rescue authorities should share one "
       "register of high-rise buildings.",
    5: "By 31 January 2027, the Fire and Rescue Authority should train all protection "
       "officers to the national competency framework.",
}
_CAUSES = [("Targeting prevention", "Prevention", [1, 2]),
           ("High-rise buildings", "Protection", [3, 4]),
           ("Protection competence", "Protection", [5])]


def _markdown() -> str:
    out = ["# Inspection of Glyndwr Fire and Rescue Service: Prevention and Protection", "",
           "## 1. Summary", "", "1.  We found three causes of concern and make five "
           "recommendations. Areas for improvement are not recommendations.", "",
           "### Summary of recommendations", ""]
    for n, (title, _, nums) in enumerate(_CAUSES, start=1):
        out += [f"#### Cause of concern {n} – {title}", ""]
        out += [f"**Recommendation {k}** – {_RECS[k]}" for k in nums for _ in (0,)]
        out.append("")
    chapter = None
    for n, (title, name, nums) in enumerate(_CAUSES, start=1):
        if name != chapter:
            chapter = name
            out += [f"## {2 + len({c[1] for c in _CAUSES[:n - 1]})}. {name}", "",
                    "1.  The Service visited 4,100 homes in 2024-25.", "",
                    "> **Area for improvement 1**", ">", "> The Service should review its "
                    "referral partners.", ""]
        out += [f"> **Cause of concern {n} – {title}**", ">", "> We are concerned.", ">",
                "> **Recommendations**", ">"]
        for k in nums:
            out += [f"> **Recommendation {k}**", ">", f"> {_RECS[k]}", ">"]
        out.append("")
    out += ["## 4. Next steps", "", "The Authority should send us an action plan within "
            "three months."]
    return "\n".join(out) + "\n"


def _html() -> str:
    out = ["<html><head><title>Inspection of Afon Fire and Rescue Service</title></head>"
           "<body><main><h1>Inspection of Afon Fire and Rescue Service</h1>",
           "<h2>1. Summary</h2><h3>Summary of recommendations</h3>"]
    for n, (title, _, nums) in enumerate(_CAUSES, start=1):
        out.append(f"<h4>Cause of concern {n}: {title}</h4>")
        out += [f"<p><strong>Recommendation {k}</strong> – {_RECS[k]}</p>" for k in nums]
    chapter = None
    for n, (title, name, nums) in enumerate(_CAUSES, start=1):
        if name != chapter:
            chapter = name
            out.append(f"<h2>{2 + len({c[1] for c in _CAUSES[:n - 1]})}. {name}</h2>"
                       "<p>The Service met its targets.</p>"
                       '<div class="govwales-callout"><h4>Area for improvement 2</h4>'
                       "<p>The Service should review its data.</p></div>")
        out.append(f'<div class="govwales-callout"><h5>Cause of concern {n}: {title}</h5>'
                   "<p>We are concerned.</p><h6>Recommendations</h6>")
        out += [f"<p><strong>Recommendation {k}</strong></p><p>{_RECS[k]}</p>" for k in nums]
        out.append("</div>")
    out.append("<h2>4. Next steps</h2><p>We will revisit in 2027.</p></main></body></html>")
    return "\n".join(out)


_EXPECTED = [(1, "Targeting prevention", ["Fire and Rescue Authority"]),
             (2, "Targeting prevention", ["WG"]),
             (3, "High-rise buildings", ["Fire and Rescue Authority"]),
             (4, "High-rise buildings", ["WG", "fire and rescue authorities"]),
             (5, "Protection competence", ["Fire and Rescue Authority"])]


def _read(path: Path) -> tuple[list[dict], list[dict]]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return (recs.load_recommendations(path).to_dict("records"),
                recs.load_areas(path).to_dict("records"))


def _check(path: Path) -> None:
    rows, areas = _read(path)
    assert [(r["rec_id"], r["area"], r["owners"]) for r in rows] == _EXPECTED
    assert rows[3]["text"] == _RECS[4]
    assert [(a["area"], a["theme"]) for a in areas] == [
        ("Targeting prevention", "Prevention"), ("High-rise buildings", "Protection"),
        ("Protection competence", "Protection")]


def test_markdown_report_causes_of_concern(tmp_path: Path) -> None:
    path = tmp_path / "glyndwr-inspection.md"
    path.write_text(_markdown(), encoding="utf-8")
    _check(path)


def test_web_page_report_causes_of_concern(tmp_path: Path) -> None:
    path = tmp_path / "afon-inspection.html"
    path.write_text(_html(), encoding="utf-8")
    _check(path)
