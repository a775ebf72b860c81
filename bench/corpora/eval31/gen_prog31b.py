"""prog31b: a WLGA programme update written in Google Docs as NESTED NUMBERED LISTS:
"Local Democracy Support Programme 2025-26: progress update for the Democracy Member Group",
22 January 2026 (the WLGA's real democracy work; programme, figures and grants invented).

Layout (not tried by earlier corpora): ONE Google Docs multilevel list "1." priority ->
"a." action -> "i." progress line, the status in bold at the start of the progress line
("**On track** – ...", Complete / On track / Delayed / At risk / Not started), two actions
with a second "ii." line of comment that carries no status; dates in prose ("by the end of
March 2026", "in the autumn term", "in the spring term", "in April 2026"); a closing bold
"Finance:" paragraph naming two grants with £ amounts and a spend-to-date figure.

The reading (typed here, before any loader ran): items the "a." actions (8); text the
action line as printed (the progress lines are the item's status and dates, not its text);
section the priority's number; status from the bold word (Complete done; On track in
progress; Delayed and At risk at risk; Not started planned); quarter the 2025-26 quarter of
the action's outstanding date, None for "in the autumn term" and "in the spring term"
(a term straddles quarters); partners the organisations the action line names. Grants: the
Democracy Support Grant (£265,000) and the Diversity in Democracy Fund (£48,500), 2025-26;
the spend to date is not a grant. Title the document title; date 2026-01-22.
Forms: .html Google Docs "Web page" (numbers only in CSS counters, decimal / lower-latin /
lower-roman); .docx Google Docs .docx (one numbering.xml abstractNum: decimal, lowerLetter,
lowerRoman); .pdf Google Docs PDF (labels printed "1." "a." "i."); .md Google Docs
"Download > Markdown" (nested "1." lists indented by three spaces: the letters and roman
numerals become 1., 2., ...).
"""
from __future__ import annotations

import re

import common31  # noqa: F401
import forms21
from forms21 import OUT, gdocs_html, write_docx, write_pdf
from gen_common import OxmlElement, qn

NAME = "prog31b-democracy-programme-nested-lists"
TITLE = "Local Democracy Support Programme 2025-26"
SUBTITLE = "Progress update for the WLGA Democracy Member Group – 22 January 2026"
LISTS = {"prog": ("ol", ["%1.", "%2.", "%3."])}
STATUS = {"Complete": "done", "On track": "in progress", "Delayed": "at risk",
          "At risk": "at risk", "Not started": "planned"}
# priority: [(action, status word, progress, [comments], quarter, partners)]
PRIORITIES = [
    ("Diversity in democracy", [
        ("Refresh the 'Be a Councillor' campaign website and materials", "Complete",
         "the refreshed website and the Welsh and English materials were launched in "
         "November 2025.", [], "2025-26 Q3", []),
        ("Support councils to publish action plans under their Diverse Council Declarations",
         "On track", "17 of the 22 councils have published their plans and the remaining five "
         "are expected to do so by the end of March 2026.",
         ["A summary of the plans will be shared with group leaders."], "2025-26 Q4", []),
        ("Run a shadowing scheme for people from under-represented groups with EYST and "
         "Disability Wales", "Delayed", "the scheme was due to start in September 2025 but the "
         "recruitment of mentors has slipped; the first placements will now begin in the "
         "spring term.", [], None, ["EYST", "Disability Wales"]),
    ]),
    ("Member development", [
        ("Prepare a national induction programme for councillors elected in 2027 with the "
         "Centre for Governance and Scrutiny", "On track", "a first draft of the programme "
         "will be shared with member support officers in the autumn term.", [], None,
         ["Centre for Governance and Scrutiny"]),
        ("Extend the chairing skills e-learning module to all councils", "Complete",
         "the module went live on the WLGA learning platform on 1 October 2025.", [],
         "2025-26 Q3", []),
        ("Pilot 360-degree feedback for cabinet members", "At risk",
         "only two councils have volunteered so far and the pilot may not be finished by "
         "31 March 2026.", [], "2025-26 Q4", []),
    ]),
    ("Public engagement", [
        ("Publish guidance on public participation in hybrid meetings with Lawyers in Local "
         "Government", "On track", "a draft was shared with monitoring officers in December "
         "and the final guidance is due in February 2026.",
         ["Members of the Group will be invited to comment on the draft at their next "
          "meeting."], "2025-26 Q4", ["Lawyers in Local Government"]),
        ("Commission research on young people's views of local democracy", "Not started",
         "the research will be commissioned in April 2026, once the 2026-27 grant is "
         "confirmed.", [], "2026-27 Q1", []),
    ]),
]
FINANCE = ("The programme is funded in 2025-26 by the Welsh Government's Democracy Support "
           "Grant of £265,000 and by a Diversity in Democracy Fund award of £48,500, which "
           "pays for the shadowing scheme. Spend to the end of December 2025 was £171,200.")
INTRO = ("This note updates the Group on the Local Democracy Support Programme agreed by "
         "WLGA Council in March 2025. Progress is set out under the programme's three "
         "priorities.")


def reading() -> dict:
    items = []
    for i, (_p, acts) in enumerate(PRIORITIES, 1):
        for j, (a, st, _pr, _c, q, pa) in enumerate(acts):
            items.append({"ref": f"{i}.{'abc'[j]}", "section": str(i), "text": a,
                          "status": STATUS[st], "quarter": q, "partners": pa})
    return {"kind": "programme", "title": TITLE, "date": "2026-01-22",
            "priorities": [p for p, _a in PRIORITIES], "items": items,
            "grants": [{"grant": "Democracy Support Grant", "amount_gbp": 265000,
                        "financial_year": "2025-26"},
                       {"grant": "Diversity in Democracy Fund", "amount_gbp": 48500,
                        "financial_year": "2025-26"}]}


def entries():
    out = []
    for p, acts in PRIORITIES:
        out.append((0, [(p, "b")], None))
        for a, st, pr, comments, *_x in acts:
            out.append((1, a, None))
            out.append((2, [(st, "b"), (" – " + pr, "")], None))
            out += [(2, c, None) for c in comments]
    return out


def blocks() -> list:
    return [("title", TITLE), ("subtitle", SUBTITLE), ("h", 2, "Introduction"), ("p", INTRO),
            ("h", 2, "Progress by priority"), ("list", "prog", entries()),
            ("p", ""), ("p", [("Finance:", "b"), (" " + FINANCE, "")]),
            ("p", [("Contact: ", "b"), ("Democracy Team, WLGA – ", ""),
                   ("democracy@wlga.gov.uk", ("a", "mailto:democracy@wlga.gov.uk"))])]


# ---- forms21 writes decimal numbers only: this list's levels 2 and 3 are letters and roman
def roman(n: int) -> str:
    vals = [(10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    s = ""
    for v, r in vals:
        while n >= v:
            s, n = s + r, n - v
    return s


_orig_numbers = forms21.numbers


def numbers31(bs, lists):
    out = _orig_numbers(bs, lists)
    for b in bs:
        if b[0] == "list" and lists[b[1]][0] == "ol":
            for k, (lvl, _r, _t) in enumerate(b[2]):
                n = int(out[(id(b), k)].rstrip("."))
                if lvl == 1:
                    out[(id(b), k)] = "abcdefghij"[n - 1] + "."
                elif lvl == 2:
                    out[(id(b), k)] = roman(n) + "."
    return out


_orig_abstract = forms21._abstract


def abstract31(anid, kind, fmts):
    a = _orig_abstract(anid, kind, fmts)
    if kind == "ol":
        for lvl in a.findall(qn("w:lvl")):
            il = lvl.get(qn("w:ilvl"))
            nf = lvl.find(qn("w:numFmt"))
            nf.set(qn("w:val"), {"0": "decimal", "1": "lowerLetter", "2": "lowerRoman"}[il])
            lvl.find(qn("w:lvlText")).set(qn("w:val"), f"%{int(il) + 1}.")
    return a


forms21.numbers = numbers31
forms21._abstract = abstract31


def write_html() -> None:
    h = gdocs_html(blocks(), LISTS, TITLE)
    h = re.sub(r"(lst-ctn-kix_\w+-1),decimal", r"\1,lower-latin", h)
    h = re.sub(r"(lst-ctn-kix_\w+-2),decimal", r"\1,lower-roman", h)
    (OUT / f"{NAME}.html").write_text(h, encoding="utf-8")


def write_md() -> None:
    """Google Docs' Markdown export: nested ordered lists renumbered 1., 2., ... at every
    level, three spaces of indent per level, bold as **...**."""
    out = [f"# {TITLE}", "", SUBTITLE, "", "## Introduction", "", INTRO, "",
           "## Progress by priority", ""]
    cnt = [0, 0, 0]
    for lvl, r, _t in entries():
        cnt[lvl] += 1
        for d in range(lvl + 1, 3):
            cnt[d] = 0
        text = "".join(f"**{t}**" if f == "b" else t for t, f in forms21.runs_of(r))
        out.append("   " * lvl + f"{cnt[lvl]}. {text}")
    out += ["", f"**Finance:** {FINANCE}", "",
            "**Contact:** Democracy Team, WLGA – [democracy@wlga.gov.uk](mailto:democracy@wlga.gov.uk)", ""]
    (OUT / f"{NAME}.md").write_text("\n".join(out), encoding="utf-8")


if __name__ == "__main__":
    write_html()
    write_docx(blocks(), LISTS, OUT / f"{NAME}.docx")
    write_pdf(blocks(), LISTS, OUT / f"{NAME}.pdf", "gdocs", TITLE)
    write_md()
    print(NAME, len(reading()["items"]))
