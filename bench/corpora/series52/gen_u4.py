"""series52 U4: the March 2026 exception report sent to the board as an e-mail, exported by
pandoc to Markdown (.md). The grant increased from £300,000 to £350,000."""
from __future__ import annotations

from common52 import write_md
from gen_u1 import BOARD

UPDATE = {
    "name": "series52-u4-2026-03", "board": BOARD, "date": "March 2026", "iso": "2026-03-19",
    "mail": [("From:", "Pritchard, Sioned <sioned.pritchard@wlga.gov.uk>"),
             ("Sent:", "19 March 2026 16:42"),
             ("To:", "Digital Local Government Programme Board"),
             ("Subject:", "Digital Local Government Programme - exception report, March "
              "2026")],
    "greeting": "Dear Board members,",
    "intro": ["Ahead of next week's meeting, please find below the exception report for the "
              "quarter to March 2026 (changes since the December report)."],
    "sections": [
        ("Completed since the last report", [
            "A1.3 Run data maturity assessments in all 22 councils (Lead: WLGA). Completed: "
            "all 22 assessments done; a summary report will go to the June Board.",
            "A1.4 Publish a data sharing protocol template for councils (Lead: WLGA). "
            "Completed: published in February 2026.",
            "A4.2 Pilot a shared contact centre chatbot in three councils (Lead: lead "
            "councils). Completed: the pilot closed in February 2026 and an evaluation is "
            "being written."]),
        ("New actions", [
            "A4.5 Support councils to adopt the shared citizen account (Lead: WLGA). Due: "
            "December 2026. Status: not started."]),
        ("Changes to timescales", [
            "A3.3 Launch a digital apprenticeship pathway with councils (Lead: Welsh "
            "Government). Due date moved from June 2026 to September 2026 to match the "
            "apprenticeship framework review.",
            "A2.2 Procure a shared security operations centre service (Lead: WLGA). Due date "
            "moved from March 2026 to June 2026: the procurement is being re-run and "
            "remains at risk."]),
        ("Actions at risk", [
            "A1.2 Establish a shared performance data platform (Lead: Welsh Government). Now "
            "at risk: the supplier framework has not yet been awarded. Due: September 2026 "
            "(unchanged)."]),
        ("Closed / withdrawn", [
            "None this quarter."])],
    "closing": "All other actions remain on track.",
    "finance": ["The Welsh Government has increased the Digital Transformation Grant for "
                "2025-26 from £300,000 to £350,000 to cover the re-run procurement."],
    "contact": [("Sioned Pritchard", ""), ("Programme Manager, WLGA Digital Team", ""),
                ("Welsh Local Government Association", "")],
}
UPDATE["sections"] = [s for s in UPDATE["sections"] if s[0] != "Closed / withdrawn"]
UPDATE["closing"] = ("There are no closed or withdrawn actions this quarter. All other "
                     "actions remain on track.")

if __name__ == "__main__":
    write_md(UPDATE)
