"""series53 U4: Quarter 2 2026-27 of the Workforce and Skills Support Programme 2026-27, a
plain-text e-mail to the members of the WLGA Workforce Board, 15 October 2026.

House style: Outlook's plain-text header (From / Sent / To / Subject), "Dear Members,", each
priority an ALL-CAPS line over a table typed in aligned columns `Ref  Action  Status
Target` (spaces, no rules; a long action wraps onto a continuation line under the Action
column), a "Notes:" list of what changed under a priority, the funding as aligned
label / amount lines, a sign-off.
"""
from __future__ import annotations

import sys
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)

from gen_common import OUT  # noqa: E402

NAME = "series53-u4-2026-10"
W = (7, 42, 17)  # column widths of Ref, Action, Status (Target last)
PRIORITIES = [
    ("PRIORITY A: ATTRACTING AND RECRUITING", [
        ("A1.1", "Social care recruitment campaign: evaluation", "Complete", "June 2026"),
        ("A1.2", "Welsh language skills in recruitment", "On track", "March 2027"),
        ("A2.1", "Return to local government scheme", "At risk", "February 2027"),
        ("A2.2", "Ethical international recruitment guidance for social care",
         "Not yet started", "March 2027"),
    ], ["A2.1: the launch has slipped from December 2026 to February 2027; two of the pilot "
        "councils have paused recruitment.",
        "A2.2 is a new action agreed by the Board in September 2026."]),
    ("PRIORITY B: EARLY CAREERS", [
        ("B1.1", "Shared graduate scheme", "Complete", "September 2026"),
        ("B1.2", "Apprenticeship framework", "At risk", "December 2026"),
    ], ["B1.1: the first cohort of 18 graduates started on 7 September 2026.",
        "B1.2: now expected in December 2026 (was September 2026)."]),
    ("PRIORITY C: LEADERSHIP AND COACHING", [
        ("C1.1", "Aspiring chief officers programme", "Complete", "September 2026"),
        ("C1.2", "Management development and coaching programme", "On track", "March 2027"),
        ("C2.1", "Digital and AI leadership for senior managers", "Not yet started",
         "January 2027"),
    ], []),
    ("PRIORITY D: WORKFORCE PLANNING, WELL-BEING AND FAIR WORK", [
        ("D1.1", "Workforce data standard", "Complete", "September 2026"),
        ("D1.2", "Workforce planning toolkit", "Complete", "June 2026"),
        ("D1.3", "Workforce planning toolkit: social care module", "On track",
         "November 2026"),
        ("D2.1", "Pay and grading review support", "Complete", "October 2026"),
        ("D2.2", "Fair work self-assessment for councils", "On track", "November 2026"),
    ], ["D1.3: brought forward from January 2027 to November 2026, as Social Care Wales has "
        "given the module a dedicated officer.",
        "D2.1: the good practice guide was published on 30 September 2026."]),
]


def table(rows: list[tuple]) -> list[str]:
    out = ["Ref".ljust(W[0]) + "Action".ljust(W[1]) + "Status".ljust(W[2]) + "Target",
           "---".ljust(W[0]) + "------".ljust(W[1]) + "------".ljust(W[2]) + "------"]
    for ref, action, status, target in rows:
        parts = textwrap.wrap(action, W[1] - 2)
        out.append(ref.ljust(W[0]) + parts[0].ljust(W[1]) + status.ljust(W[2]) + target)
        out += [" " * W[0] + p for p in parts[1:]]
    return out


def write_txt() -> None:
    lines = ["From: Rhian Beynon <rhian.beynon@wlga.gov.uk>",
             "Sent: 15 October 2026 09:41",
             "To: Workforce Board Members",
             "Subject: Workforce and Skills Support Programme 2026-27 - Quarter 2 update",
             "",
             "Dear Members,",
             "",
             "Please find below the quarter 2 update (July to September 2026) on the Workforce "
             "and Skills Support Programme 2026-27, ahead of the Board on 5 November. The "
             "refs are those of the 2026-27 programme (see the quarter 1 update on the "
             "website for how they map to last year's).",
             ""]
    for head, rows, notes in PRIORITIES:
        lines += [head, ""] + table(rows) + [""]
        if notes:
            lines.append("Notes:")
            lines += ["- " + n for n in notes]
            lines.append("")
    lines += ["FUNDING 2026-27", "",
              "Workforce and Skills Support Grant 2026-27    £710,000",
              "Spend to 30 September 2026                    £318,400",
              "Forecast outturn                              £704,000",
              "",
              "Any questions, please let me know.",
              "",
              "Diolch / Thanks,",
              "",
              "Rhian",
              "",
              "Rhian Beynon",
              "Workforce Programme Manager | Rheolwr Rhaglen y Gweithlu",
              "Welsh Local Government Association | Cymdeithas Llywodraeth Leol Cymru",
              "029 2046 8600"]
    (OUT / f"{NAME}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    write_txt()
