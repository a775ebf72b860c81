"""series52 U2: the September 2025 exception report as the board's GOV.WALES web page
(.html: lists under headings, the ref in <strong>). Only what changed since June; "All other
actions remain on track." A grant is announced."""
from __future__ import annotations

from common52 import write_html
from gen_u1 import BOARD, CONTACT

UPDATE = {
    "name": "series52-u2-2025-09", "board": BOARD, "date": "September 2025",
    "iso": "2025-09-25",
    "title": "Digital Local Government Programme 2025-27: Exception Report, September 2025",
    "intro": ["This report sets out the changes to the delivery plan since the Board's June "
              "2025 meeting. Actions not listed below are unchanged."],
    "sections": [
        ("Completed since the last report", [
            "A1.1 Publish a data standards framework for councils (Lead: WLGA). Completed: "
            "the framework was published on 12 September 2025.",
            "A4.3 Review the accessibility of council websites (Lead: WLGA). Completed in "
            "July 2025; findings shared with all 22 councils."]),
        ("New actions", [
            "A1.4 Publish a data sharing protocol template for councils (Lead: WLGA). Due: "
            "March 2026. Status: not started.",
            "A2.4 Deliver cyber awareness training for council staff (Lead: WLGA Cyber Team). "
            "Due: December 2025. Status: on track; the first sessions have run."]),
        ("Changes to timescales", [
            "A1.3 Run data maturity assessments in all 22 councils (Lead: WLGA). Due date "
            "moved from December 2025 to March 2026: assessments are now under way in eight "
            "councils and the remainder are booked.",
            "A4.1 Scope a shared citizen account for council services (Lead: WLGA). Brought "
            "forward from January 2026 to December 2025 to align with the Welsh Government's "
            "spending review timetable."]),
        ("Actions at risk", [
            "A2.2 Agree a cyber resilience minimum standard for councils (Lead: Welsh "
            "Government). Remains at risk: the draft standard awaits the National Cyber "
            "Security Centre's review. Revised due date: November 2025."]),
        ("Closed / withdrawn", [])],
    "closing": "All other actions remain on track.",
    "finance": ["The Welsh Government has announced a Digital Transformation Grant of "
                "£300,000 for 2025-26 to support the programme's shared platforms and "
                "skills workstreams."],
    "contact": CONTACT,
}
UPDATE["sections"] = [s for s in UPDATE["sections"] if s[1]]
UPDATE["intro"].append("There are no closed or withdrawn actions this quarter.")

if __name__ == "__main__":
    write_html(UPDATE)
