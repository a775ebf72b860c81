"""series52 U1: the Digital Local Government Programme Board's June 2025 report, the full
BASELINE of every action (.docx: one `Ref | Action | Lead | Due | Status` table per
workstream). No grant is named yet."""
from __future__ import annotations

from common52 import write_docx

BOARD = "Digital Local Government Programme Board (Welsh Government and WLGA)"
CONTACT = [("Programme Manager:", "Sioned Pritchard, WLGA Digital Team"),
           ("E-mail:", "digital@wlga.gov.uk")]

UPDATE = {
    "name": "series52-u1-2025-06", "board": BOARD, "date": "June 2025", "iso": "2025-06-26",
    "title": "Digital Local Government Programme 2025-27: Baseline Delivery Report",
    "intro": [
        "This is the first report to the Board on the Digital Local Government Programme "
        "2025-27, agreed by the Welsh Government and the WLGA in March 2025. It sets out every "
        "action in the delivery plan as the baseline against which later reports will be "
        "made.",
        "From the next meeting the Board will receive exception reports: only actions that "
        "have completed, changed, been added or become at risk will be reported."],
    "workstreams": [
        ("Workstream A1: Data and insight", [
            ("A1.1", "Publish a data standards framework for councils", "WLGA", "Sep 2025",
             "On track"),
            ("A1.2", "Establish a shared performance data platform", "Welsh Government",
             "Mar 2026", "On track"),
            ("A1.3", "Run data maturity assessments in all 22 councils", "WLGA", "Dec 2025",
             "Not started")]),
        ("Workstream A2: Cyber resilience", [
            ("A2.1", "Deliver a cyber incident exercise in each region", "WLGA Cyber Team",
             "Oct 2025", "On track"),
            ("A2.2", "Agree a cyber resilience minimum standard for councils",
             "Welsh Government", "Sep 2025", "At risk"),
            ("A2.3", "Procure a shared security operations centre service", "WLGA",
             "Mar 2026", "Not started")]),
        ("Workstream A3: Digital skills", [
            ("A3.1", "Develop a digital skills framework for elected members", "WLGA",
             "Dec 2025", "On track"),
            ("A3.2", "Deliver digital skills e-learning modules for members", "WLGA",
             "Feb 2026", "Not started"),
            ("A3.3", "Launch a digital apprenticeship pathway with councils",
             "Welsh Government", "Jun 2026", "Not started")]),
        ("Workstream A4: Shared platforms", [
            ("A4.1", "Scope a shared citizen account for council services", "WLGA",
             "Jan 2026", "On track"),
            ("A4.2", "Pilot a shared contact centre chatbot in three councils",
             "Lead councils", "Feb 2026", "On track"),
            ("A4.3", "Review the accessibility of council websites", "WLGA", "Jul 2025",
             "On track")])],
    "finance": ["The programme is funded from the WLGA's core budget and Welsh Government "
                "staff time in 2025-26. Any grant funding will be reported to the Board."],
    "contact": CONTACT,
}

if __name__ == "__main__":
    write_docx(UPDATE)
