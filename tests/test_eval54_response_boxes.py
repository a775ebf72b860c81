"""eval54 rec54b's layout: an audit report printing each recommendation (R1) and proposal
for improvement (P1) three times: in the summary's exhibit, in a box closing the chapter
whose evidence it answers, and in the appendix's management response table. Each is read
once, in the area of the chapter whose box prints it (not the appendix), the appendix's
Management response cells are the activities (in their recommendation's area), the
chapters' finding paragraphs are not activities, and the part over the chapters ("Detailed
report") is not a theme. Written here for another council, R1-R2 and P1-P4, a four-column
response table, in Markdown and HTML."""

from __future__ import annotations

import warnings
from pathlib import Path

import pandas as pd

from wlga_analysis import recommendations as recs

_ITEMS = (
    ("R1", "Recommendation", "The Council should set a capital strategy covering ten years.",
     "A ten-year capital strategy will be approved with the 2026-27 budget.",
     "Section 151 Officer"),
    ("R2", "Recommendation", "The Council should appoint a sponsor for every major project.",
     "Each project over £1 million will have a named sponsor from April 2026.",
     "Director of Place"),
    ("P1", "Proposal for improvement", "The Council should publish its capital bids.",
     "Bids will be published with Cabinet papers.", "Section 151 Officer"),
    ("P2", "Proposal for improvement", "The Council should review its gateway process.",
     "The gateway process will be reviewed by internal audit.", "Director of Place"),
    ("P3", "Proposal for improvement", "The Council should record lessons from closed projects.",
     "A lessons log will be kept by the programme office.", "Programme Manager"),
    ("P4", "Proposal for improvement", "The Council should report slippage to scrutiny.",
     "Slippage will be reported to scrutiny twice a year.", "Head of Democratic Services"),
)
#: Chapter title, its finding paragraphs, the refs its box prints.
_CHAPTERS = (
    ("Setting the capital programme", ("Bids are scored by officers without member input.",
                                       "The programme is agreed one year at a time."),
     ("R1", "P1")),
    ("Delivering projects", ("Two of five large projects had no sponsor.",
                             "Gateway reviews were skipped on three projects.",
                             "No lessons were recorded when projects closed."),
     ("R2", "P2", "P3")),
    ("Reporting to members", ("Members see slippage only at outturn.",), ("P4",)),
)
_AREA = {ref: title for title, _, refs in _CHAPTERS for ref in refs}


def _markdown() -> str:
    out = ["# Capital Programme Management – Bryn Teg County Council", "", "September 2025", "",
           "## Summary report", "", "1.  We reviewed how the Council plans capital projects.", "",
           "**Exhibit 1: our recommendations and proposals for improvement**", "",
           "| Ref | Recommendation / proposal for improvement |", "|---|---|",
           "| **Recommendations** |  |"]
    out += [f"| {ref} | {text} |" for ref, _, text, _, _ in _ITEMS[:2]]
    out += ["| **Proposals for improvement** |  |"]
    out += [f"| {ref} | {text} |" for ref, _, text, _, _ in _ITEMS[2:]]
    out += ["", "## Detailed report", ""]
    number = 2
    for chapter_no, (title, findings, refs) in enumerate(_CHAPTERS, start=1):
        out += [f"### {chapter_no}. {title}", ""]
        for finding in findings:
            out += [f"{number}.  {finding}", ""]
            number += 1
        for ref, kind, text, _, _ in _ITEMS:
            if ref in refs:
                out += [f"| **{kind} {ref}** |", "|---|", f"| {text} |", ""]
    out += ["## Appendix 1 – Management response", "",
            "| Ref | Recommendation | Management response | Responsible officer |",
            "|---|---|---|---|"]
    out += [f"| {ref} | {text} | {response} | {officer} |"
            for ref, _, text, response, officer in _ITEMS]
    return "\n".join(out) + "\n"


def _html() -> str:
    out = ["<html><head><title>Capital Programme Management</title></head><body><main>",
           "<h1>Capital Programme Management – Bryn Teg County Council</h1>",
           "<p>Published: September 2025</p>", "<h2>Summary report</h2>",
           "<ol><li>We reviewed how the Council plans capital projects.</li></ol>",
           "<table><caption>Exhibit 1: our recommendations and proposals for improvement"
           "</caption><thead><tr><th>Ref</th><th>Recommendation / proposal for improvement"
           "</th></tr></thead><tbody>",
           '<tr><th colspan="2" scope="rowgroup">Recommendations</th></tr>']
    out += [f"<tr><td>{ref}</td><td>{text}</td></tr>" for ref, _, text, _, _ in _ITEMS[:2]]
    out += ['<tr><th colspan="2" scope="rowgroup">Proposals for improvement</th></tr>']
    out += [f"<tr><td>{ref}</td><td>{text}</td></tr>" for ref, _, text, _, _ in _ITEMS[2:]]
    out += ["</tbody></table>", "<h2>Detailed report</h2>"]
    number = 2
    for title, findings, refs in _CHAPTERS:
        out += [f"<h3>{title}</h3>", f'<ol start="{number}">']
        out += [f"<li>{finding}</li>" for finding in findings]
        out += ["</ol>"]
        number += len(findings)
        for ref, kind, text, _, _ in _ITEMS:
            if ref in refs:
                out += [f'<div class="box"><p><strong>{kind} {ref}</strong></p><p>{text}</p>'
                        "</div>"]
    out += ["<h2>Appendix 1 – Management response</h2>",
            "<table><thead><tr><th>Ref</th><th>Recommendation</th><th>Management response</th>"
            "<th>Responsible officer</th></tr></thead><tbody>"]
    out += [f"<tr><td>{ref}</td><td>{text}</td><td>{response}</td><td>{officer}</td></tr>"
            for ref, _, text, response, officer in _ITEMS]
    out += ["</tbody></table>", "</main></body></html>"]
    return "\n".join(out) + "\n"


def _read(path: Path) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return (recs.load_recommendations(path), recs.load_areas(path),
                recs.load_activities(path))


def _check(path: Path) -> None:
    rows, areas, acts = _read(path)
    assert [(r["rec_label"], r["area"]) for r in rows.to_dict("records")] == [
        (ref, _AREA[ref]) for ref, *_ in _ITEMS]
    assert list(rows["owners"]) == [["LG"]] * 6
    assert list(areas["area"]) == [title for title, _, _ in _CHAPTERS]  # (not the appendix)
    assert list(areas["theme"]) == ["", "", ""]  # ("Detailed report" is no theme)
    titles = dict(zip(areas["area_id"], areas["area"], strict=True))
    assert [(text, titles[a]) for text, a in zip(acts["text"], acts["area_id"], strict=True)] == [
        (response, _AREA[ref]) for ref, _, _, response, _ in _ITEMS]


def test_markdown_boxes_give_the_areas_and_the_responses_the_activities(tmp_path: Path) -> None:
    path = tmp_path / "capital-review.md"
    path.write_text(_markdown(), encoding="utf-8")
    _check(path)


def test_html_boxes_give_the_areas_and_the_responses_the_activities(tmp_path: Path) -> None:
    path = tmp_path / "capital-review.html"
    path.write_text(_html(), encoding="utf-8")
    _check(path)
