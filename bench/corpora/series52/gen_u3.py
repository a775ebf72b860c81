"""series52 U3: the December 2025 exception report as the print of a Word memo (.pdf).
A2.2 withdrawn and the cyber workstream renumbered ("(formerly A2.3)"); A3.1 and A3.2
combined as A3.1."""
from __future__ import annotations

from common52 import write_pdf
from gen_u1 import BOARD, CONTACT

UPDATE = {
    "name": "series52-u3-2025-12", "board": BOARD, "date": "December 2025",
    "iso": "2025-12-11",
    "memo": [("To:", "Members of the Digital Local Government Programme Board"),
             ("From:", "Programme Manager, WLGA Digital Team"),
             ("Date:", "11 December 2025"),
             ("Subject:", "Exception report, December 2025")],
    "title": "Digital Local Government Programme 2025-27: Exception Report, December 2025",
    "intro": ["This memo reports the changes to the delivery plan since the Board met in "
              "September 2025. Following the withdrawal of A2.2 the cyber resilience "
              "workstream has been renumbered; former references are given in brackets."],
    "sections": [
        ("Completed since the last report", [
            "A2.1 Deliver a cyber incident exercise in each region (Lead: WLGA Cyber Team). "
            "Completed: the last regional exercise ran on 21 October 2025.",
            "A2.3 (formerly A2.4) Deliver cyber awareness training for council staff (Lead: "
            "WLGA Cyber Team). Completed: 1,450 staff trained across 19 councils.",
            "A4.1 Scope a shared citizen account for council services (Lead: WLGA). "
            "Completed: the scoping report was accepted by the Board's chair in November "
            "2025."]),
        ("New actions", [
            "A4.4 Develop a shared policy on the use of AI in council services (Lead: WLGA). "
            "Due: June 2026. Status: not started."]),
        ("Changes to timescales", [
            "A1.2 Establish a shared performance data platform (Lead: Welsh Government). Due "
            "date moved from March 2026 to September 2026 following a delay in the supplier "
            "framework.",
            "A3.1 and A3.2 are now combined as A3.1: Develop a digital skills framework for "
            "elected members and deliver the supporting e-learning modules (Lead: WLGA). "
            "Due: March 2026 (previously December 2025 for the framework)."]),
        ("Actions at risk", [
            "A2.2 (formerly A2.3) Procure a shared security operations centre service (Lead: "
            "WLGA). At risk: only two tender returns were received. Due: March 2026."]),
        ("Closed / withdrawn", [
            "A2.2 Agree a cyber resilience minimum standard for councils (Lead: Welsh "
            "Government). Withdrawn: the standard will now be taken forward by the Welsh "
            "Government's national cyber resilience programme."])],
    "closing": "All other actions remain on track.",
    "finance": ["There is no change to the programme's funding since the last report."],
    "contact": CONTACT,
}

if __name__ == "__main__":
    write_pdf(UPDATE)
