"""Writes tests/data/eval25/task_board/estates-board-print.pdf (run from the project folder:
``python tests/data/eval25/task_board/make_board_pdf.py OUT.pdf``): a Trello-like board printed
on a landscape page, three lists of boxed cards (labels, bold card name, status, an
"Overdue" flag, due date, members' initials), a members key after it."""
import sys

from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

LISTS = {
    "Tenant engagement": [
        (["Digital"], "Launch the tenant app survey", "Done", "", "Due 15/05/2026", "GW"),
        (["Engagement"], "Run four estate walkabouts with tenants", "Doing", "Overdue",
         "Due 30/06/2026", "GW, MP"),
    ],
    "Repairs": [
        (["Contracts"], "Retender the responsive repairs contract", "In progress", "",
         "Due 31/01/2027", "MP"),
        (["Compliance", "Data"], "Publish damp and mould case data", "Not started", "",
         "Due 31/03/2027", "SE"),
    ],
    "Energy": [
        (["Net zero"], "Fit loft insulation in 300 homes", "Doing", "", "Due 30/11/2026", "SE"),
    ],
}
KEY = [("GW", "Gwen Williams", "Tai Cymru Housing"), ("MP", "Mark Pugh", "CIPFA"),
       ("SE", "Sara Evans", "Data Cymru")]


def card(c, P, Table, TableStyle, colors, mm, st):
    labels, name, status, late, due, who = c
    lines = [[P(" · ".join(labels), st["small"])], [P(f"<b>{name}</b>", st["cell"])],
             [P(status, st["small"])],
             [P((f"<b>{late}</b> · " if late else "") + due, st["small"])],
             [P(who, st["small"])]]
    t = Table(lines, colWidths=[70 * mm])
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.grey)]))
    return t


def main(out: str) -> None:
    sys.path.insert(0, "bench/corpora")  # (run from the project folder)
    from gen_common import P, colors, mm, pdf_styles  # (registers DejaVu)

    st = pdf_styles(8)
    story = [P("Housing improvement board – printed for the Tenant Panel", st["title"]),
             P("Cards of the housing improvement board, printed on 12/10/2026 for the Tenant "
               "Panel.", st["body"])]
    head = [P(f"<b>{name}</b>", st["cellb"]) for name in LISTS]
    n = max(len(v) for v in LISTS.values())
    body = [[card(v[i], P, Table, TableStyle, colors, mm, st) if i < len(v) else ""
             for v in LISTS.values()] for i in range(n)]
    board = Table([head, *body], colWidths=[80 * mm] * 3)
    board.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [board, P("Members", st["h2"])]
    story += [P(f"{i} – {name}, {org}", st["body"]) for i, name, org in KEY]
    SimpleDocTemplate(out, pagesize=landscape(A4)).build(story)


if __name__ == "__main__":
    main(sys.argv[1])
