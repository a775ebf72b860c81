"""prog26b: an OKR CHECK-IN (objectives and key results): a "How to read this check-in"
key (a score 0.0-1.0 and a confidence out of 10: 7-10 on track, 4-6 at risk, 1-3 off
track), then per objective "Objective N: <outcome>" with an "Objective owner:" line, a table
`KR | Key result | Baseline | Target | Now | Score | Confidence` (KR1.1 ..) and a
"Commentary" paragraph; a "Resources" paragraph names the grant. The items are the key
results; the objectives are the priorities; the commentary is narrative.

WLGA Digital team (setting real; content invented), "Digital Programme OKRs 2025-26:
Quarter 3 check-in", for the Digital Programme Board of 14 January 2026.
Forms: .md a Notion page export (property lines "Owner: ...", `<aside>` callout for the
key, pipe tables); .html the WLGA website page; .docx Word tables; .pdf portrait.
"""
from __future__ import annotations

from shell26 import OUT, cms_page, docx, html_body, md, pdf

NAME = "prog26b-okr-check-in"
TITLE = "Digital Programme OKRs 2025-26: Quarter 3 check-in"
META = "Welsh Local Government Association – Digital Programme Board, 14 January 2026"
KEY = ("How to read this check-in: each key result (KR) is scored from 0.0 (no progress) "
       "to 1.0 (achieved). Confidence is the team's confidence, out of 10, that the key "
       "result will be achieved by 31 March 2026 unless another date is given: 7 to 10 is "
       "on track, 4 to 6 at risk and 1 to 3 off track.")


def st(score, conf):
    if score == "1.0":
        return "done"
    if conf == "–":
        return "planned"
    return "in progress" if int(conf.split("/")[0]) >= 7 else "at risk"


# objective: (name, owner, [(kr, text, baseline, target, now, score, confidence, quarter,
#             partners)], commentary)
OBJ = [
    ("Councils are resilient to cyber attacks", "WLGA Cyber Lead", [
        ("KR1.1", "All 22 councils complete a Cyber Assessment Framework self-assessment.",
         "9", "22", "22", "1.0", "10/10", "2025-26 Q4", []),
        ("KR1.2", "Every council runs a cyber incident exercise with its Cabinet by "
         "December 2025.", "4", "22", "17", "0.8", "8/10", "2025-26 Q3", []),
        ("KR1.3", "Raise the share of council staff completing cyber awareness training "
         "to 90%.", "61%", "90%", "72%", "0.4", "5/10", "2025-26 Q4", []),
    ], "Self-assessments are complete. Training completion is behind where we hoped because "
       "three councils are changing learning platforms."),
    ("Councillors and staff have the digital skills they need", "WLGA Digital Officer", [
        ("KR2.1", "Publish a councillor digital skills e-learning module with Academi "
         "Wales.", "0", "1", "0", "0.6", "7/10", "2025-26 Q4", ["Academi Wales"]),
        ("KR2.2", "Train 300 frontline staff as digital champions.", "0", "300", "95",
         "0.3", "3/10", "2025-26 Q4", []),
        ("KR2.3", "Run a digital leadership masterclass for all chief executives with "
         "SOLACE by February 2026.", "0", "1", "0", "0.0", "–", "2025-26 Q4", ["SOLACE"]),
    ], "The module is in testing. Digital champion numbers are off track: councils have "
       "asked for the training to be shortened to a half day."),
    ("Councils use data to plan services", "WLGA Data Lead", [
        ("KR3.1", "Agree a data sharing agreement template with Data Cymru and health "
         "boards.", "0", "1", "1", "1.0", "10/10", "2025-26 Q4", ["Data Cymru"]),
        ("KR3.2", "Ten councils adopt the shared population data dashboard.", "2", "10",
         "6", "0.5", "6/10", "2025-26 Q4", []),
        ("KR3.3", "Cut the time to answer a cross-council data request from 20 to 10 "
         "working days.", "20", "10", "14", "0.6", "7/10", "2025-26 Q4", []),
        ("KR3.4", "Publish open data on council services for 15 councils by June 2026.",
         "5", "15", "8", "0.3", "6/10", "2026-27 Q1", []),
    ], "The template was agreed in September. Dashboard adoption depends on councils' "
       "own data protection impact assessments."),
]
RESOURCES = ("The programme is funded by £750,000 from the Welsh Government's Digital "
             "Priorities Investment Fund for 2025-26 and by the councils' subscriptions.")
HEAD = ["KR", "Key result", "Baseline", "Target", "Now", "Score", "Confidence"]


def blocks(form: str):
    b = [("title", TITLE), ("meta", META)]
    b.append(("box", "How to read this check-in", [KEY.split(": ", 1)[1]]) if form != "md"
             else ("p", KEY))
    for i, (name, owner, krs, comm) in enumerate(OBJ, 1):
        b += [("h1", f"Objective {i}: {name}"), ("p", f"Objective owner: {owner}"),
              ("table", HEAD, [list(k[:7]) for k in krs], [8, 46, 10, 9, 9, 8, 10]),
              ("p", f"Commentary: {comm}")]
    b += [("h1", "Resources"), ("p", RESOURCES)]
    return b


def notion_md() -> str:
    body = md(blocks("md"))
    lines = body.splitlines()
    out = [lines[0], "", "Owner: WLGA Digital team", "Status: Quarter 3 check-in",
           "Board date: January 14, 2026", "Tags: OKRs, Digital Programme", ""]
    for ln in lines[2:]:
        if ln == KEY:
            out += ["<aside>", "💡 " + KEY, "", "</aside>"]
        else:
            out.append(ln)
    return "\n".join(out) + "\n"


def reading() -> dict:
    items = []
    for i, (_n, _o, krs, _c) in enumerate(OBJ, 1):
        for kr, text, _b, _t, _now, score, conf, q, pa in krs:
            items.append({"ref": kr, "section": str(i), "text": text,
                          "status": st(score, conf), "quarter": q, "partners": pa})
    return {"kind": "programme", "title": TITLE, "date": "2026-01-14",
            "priorities": [o[0] for o in OBJ], "items": items,
            "grants": [{"grant": "Digital Priorities Investment Fund", "amount_gbp": 750000,
                        "financial_year": "2025-26"}]}


if __name__ == "__main__":
    (OUT / f"{NAME}.md").write_text(notion_md(), encoding="utf-8")
    (OUT / f"{NAME}.html").write_text(cms_page(TITLE, "WLGA", html_body(blocks("html")),
                                               ["Home", "Digital", "Programme updates"]),
                                      encoding="utf-8")
    docx(blocks("docx"), OUT / f"{NAME}.docx", "WLGA Digital Programme",
         "OKRs 2025-26 – Quarter 3 check-in")
    pdf(blocks("pdf"), OUT / f"{NAME}.pdf", "WLGA Digital Programme – OKRs Q3 check-in",
        "Digital Programme Board, 14 January 2026")
    print(NAME, len(reading()["items"]))
