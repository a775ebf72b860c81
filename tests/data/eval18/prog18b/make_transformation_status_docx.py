"""Write ``transformation-status-report.docx`` (run with a Python that has python-docx).

A council's transformation programme status report to its Governance and Audit Committee,
as Word prints it: a title, a date line, Heading 1 numbered sections, an overview table whose
RAG cells are shaded in their colour with no text, Heading 2 workstreams with bold run-in
labels over "List Bullet" items, then a new landscape section "Appendix 1: Milestone plan"
whose table names the workstream in every row, has two date columns (planned, expected),
a repeated header row and RAG cells shaded in their colour with no text, under a colour key.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = Path(__file__).parent
FILL = {"Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "C00000"}

OVERVIEW = [("Digital customer service", "Green", "Green"),
            ("Estate rationalisation", "Amber", "Red"),
            ("Workforce modernisation", "Green", "Amber")]
HIGHLIGHTS = {
    "Digital customer service": ["The new customer account went live in January."],
    "Estate rationalisation": ["The survey of the council's depots was finished."],
    "Workforce modernisation": ["The hybrid working policy was agreed by the trade unions."],
}
MILESTONES = [
    ("Digital customer service", "Customer account live", "Head of Digital", "Dec 2025",
     "January 2026", "Blue"),
    ("Digital customer service", "Online payments moved to the new platform",
     "Head of Digital", "June 2026", "June 2026", "Green"),
    ("Estate rationalisation", "Depot survey finished", "Estates Manager", "Nov 2025",
     "Feb 2026", "Blue"),
    ("Estate rationalisation", "Business case for a single depot approved",
     "Estates Manager", "March 2026", "October 2026", "Red"),
    ("Workforce modernisation", "Hybrid working policy agreed", "Head of HR", "Jan 2026",
     "Jan 2026", "Blue"),
    ("Workforce modernisation", "Manager training delivered with Academi Wales",
     "Head of HR", "April 2026", "July 2026", "Amber"),
]


def _shade(cell, colour: str) -> None:
    props = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), FILL[colour])
    props.append(shd)


def _repeat_header(row) -> None:
    props = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    props.append(header)


def _table(doc, header, rows, rag_columns):
    table = doc.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
        cell.paragraphs[0].runs[0].bold = True
    _repeat_header(table.rows[0])
    for values in rows:
        cells = table.add_row().cells
        for k, (cell, value) in enumerate(zip(cells, values, strict=True)):
            if k in rag_columns:
                _shade(cell, value)  # (the colour only: no text)
            else:
                cell.text = value
    return table


def main() -> None:
    doc = Document()
    doc.styles["Normal"].font.size = Pt(11)
    doc.add_paragraph("Our Council 2030 transformation programme: status report", "Title")
    doc.add_paragraph("Governance and Audit Committee, 25 March 2026")
    doc.add_heading("1. Purpose", 1)
    doc.add_paragraph("To report the status of the transformation programme at the end of "
                      "February 2026.")
    doc.add_heading("2. Programme summary", 1)
    doc.add_paragraph("The programme has three workstreams: digital customer service; estate "
                      "rationalisation; and workforce modernisation.")
    _table(doc, ["Workstream", "Last report", "This report"], OVERVIEW, {1, 2})
    doc.add_heading("3. Highlights", 1)
    for name, bullets in HIGHLIGHTS.items():
        doc.add_heading(name, 2)
        label = doc.add_paragraph()
        label.add_run("Completed since the last report:").bold = True
        for text in bullets:
            doc.add_paragraph(text, "List Bullet")
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    doc.add_heading("Appendix 1: Milestone plan", 1)
    doc.add_paragraph("Key: Blue – complete; Green – on track; Amber – at risk of slipping; "
                      "Red – off track")
    _table(doc, ["Workstream", "Milestone", "Responsible officer", "Planned date",
                 "Expected date", "RAG rating"], MILESTONES, {5})
    doc.save(HERE / "transformation-status-report.docx")


if __name__ == "__main__":
    main()
