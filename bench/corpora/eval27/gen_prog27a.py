"""prog27a: a QUARTERLY RETURN WRITTEN IN A FUNDER'S FORM TEMPLATE: a Regional Partnership
Board's Regional Integration Fund (RIF) monitoring return to the Welsh Government, Quarter 2
2026-27. A cover block of fields (region, lead body, total allocation, contact, date), a
declaration, then per model of care ("Model of care N: <name>", the RIF's national models) one
form block per project: "Project name:", "Project reference:", "Lead organisation:",
"Delivery partners:", "Project manager:", "Allocation 2026-27:", "Spend to end of quarter:",
"Forecast outturn:", "RAG status:", "Planned completion:", "Progress this quarter:",
"Issues and risks:", "Planned next quarter:". Some fields are blank or "N/A".

The items are the PROJECTS (one per form block): text the project name, section the model of
care's number, status from the RAG field (Green = in progress, Amber / Red = at risk,
Complete (Blue) = done, Not started = planned), quarter from "Planned completion:", partners
from "Delivery partners:". The per-project allocations are shares of the one grant, not
grants of their own; the grant is the region's RIF allocation in the cover block.

Cwm Taf Morgannwg Regional Partnership Board (real RPB; the return's content invented),
"Regional Integration Fund: Quarterly Monitoring Return – Quarter 2 2026-27", submitted
23 October 2026.
Forms: .txt the form saved as plain text ("Label: value" lines); .html the RPB website
page (CMS, cookie banner, nav, footer) with form tables; .docx two-column form tables with
shaded label cells; .pdf a filled form over several pages.
"""
from __future__ import annotations

from shell27 import OUT, cms_page, docx, html_body, pdf, txt

NAME = "prog27a-rif-quarterly-return"
TITLE = "Regional Integration Fund: Quarterly Monitoring Return – Quarter 2 2026-27"
COVER = [
    ("Region:", "Cwm Taf Morgannwg"),
    ("Regional Partnership Board:", "Cwm Taf Morgannwg Regional Partnership Board"),
    ("Lead body for the grant:", "Rhondda Cynon Taf County Borough Council"),
    ("Total RIF allocation 2026-27:", "£14,250,000"),
    ("Reporting period:", "1 July 2026 to 30 September 2026 (Quarter 2)"),
    ("Date submitted:", "23 October 2026"),
    ("Contact:", "Regional Partnership Manager"),
]
DECL = ("Declaration: I confirm that the information in this return is accurate and that the "
        "grant has been used for the purposes set out in the grant offer letter.")

RAG_STATUS = {"Green": "in progress", "Amber": "at risk", "Red": "at risk",
              "Complete (Blue)": "done", "Not started": "planned"}

# model: (name, [(project, ref, lead, partners printed, partners read, pm, alloc, spend,
#          forecast, rag, completion printed, quarter, progress, issues, next)])
MODELS = [
    ("Community based care – prevention and community coordination", [
        ("Community Wellbeing Coordinators", "CTM-RIF-01", "Merthyr Tydfil County Borough Council",
         "Interlink RCT; Voluntary Action Merthyr Tydfil",
         ["Interlink RCT", "Voluntary Action Merthyr Tydfil"], "Community Coordination Lead",
         "£1,180,000", "£552,300", "£1,180,000", "Green", "31 March 2027", "2026-27 Q4",
         "Twenty-two coordinators are in post across the three local authority areas and "
         "received 640 referrals in the quarter.",
         "None at this stage.",
         "Extend the service to two GP clusters in Bridgend."),
        ("Dementia Friendly Communities", "CTM-RIF-02", "Bridgend County Borough Council",
         "", [], "Dementia Programme Officer", "£310,000", "£96,400", "£284,000", "Amber",
         "31 March 2027", "2026-27 Q4",
         "Twelve community groups signed up; memory cafés opened in Maesteg and Pontypridd.",
         "Recruitment of the second development officer has failed twice; an underspend of "
         "£26,000 is forecast.",
         "Re-advertise the post and open two further memory cafés."),
        ("Carers Support Grant Scheme", "CTM-RIF-03", "Rhondda Cynon Taf County Borough Council",
         "N/A", [], "Carers Lead", "£420,000", "£420,000", "£420,000", "Complete (Blue)",
         "30 September 2026", "2026-27 Q2",
         "All grants to unpaid carers have been paid and the scheme closed on 30 September "
         "2026.", "N/A", "N/A"),
    ]),
    ("Home from hospital services", [
        ("Discharge to Recover then Assess (D2RA) Pathway", "CTM-RIF-04",
         "Cwm Taf Morgannwg University Health Board", "the three local authorities",
         [], "D2RA Programme Manager", "£2,640,000", "£1,205,000", "£2,700,000", "Red",
         "31 March 2027", "2026-27 Q4",
         "The pathway supported 410 discharges; average length of stay for pathway 1 "
         "patients fell by 1.8 days.",
         "A forecast overspend of £60,000 on bridging care; workforce shortages in "
         "domiciliary care delay discharges.",
         "Agree the overspend with the Regional Finance Group and recruit bridging carers."),
        ("Step-down Beds in Extra Care Housing", "CTM-RIF-05",
         "Rhondda Cynon Taf County Borough Council", "Linc Cymru Housing Association",
         ["Linc Cymru Housing Association"], "", "£860,000", "£402,000", "£860,000", "Green", "30 June 2027", "2027-28 Q1",
         "Eight step-down flats are in use at Ty Heulwen; occupancy averaged 87% in the quarter.",
         "", "Open four further flats at the Cwrt yr Orsaf scheme."),
        ("Hospital to Home Voluntary Sector Service", "CTM-RIF-06",
         "Cwm Taf Morgannwg University Health Board", "British Red Cross",
         ["British Red Cross"], "Third Sector Lead", "£275,000", "£0", "£275,000",
         "Not started", "31 March 2027", "2026-27 Q4",
         "The contract was awarded on 15 September 2026; the service starts in October.",
         "Late start: the whole allocation must be spent in two quarters.",
         "Mobilise the service at the Royal Glamorgan and Prince Charles hospitals."),
    ]),
    ("Promoting good emotional health and well-being", [
        ("Children's Emotional Wellbeing Hubs", "CTM-RIF-07", "Bridgend County Borough Council",
         "Cwm Taf Morgannwg University Health Board",
         ["Cwm Taf Morgannwg University Health Board"], "Early Help Manager",
         "£735,000", "£341,800", "£735,000", "Green", "31 March 2027", "2026-27 Q4",
         "Hubs in Bridgend and Merthyr Tydfil saw 215 young people; waiting times for a "
         "first appointment averaged 11 days.",
         "Demand in Rhondda is higher than planned.",
         "Open the third hub in Rhondda in November."),
        ("Sanctuary Service", "CTM-RIF-08", "Merthyr Tydfil County Borough Council",
         "Platfform", ["Platfform"], "Mental Health Commissioning Officer", "£390,000",
         "£171,000", "£360,000", "Amber", "31 March 2027", "2026-27 Q4",
         "The evening sanctuary in Merthyr Tydfil is open four nights a week and had 180 "
         "visits.", "An underspend of £30,000 is forecast because of a late start.",
         "Pilot weekend opening and agree the evaluation framework."),
    ]),
]
FIELDS = ["Project name:", "Project reference:", "Lead organisation:", "Delivery partners:",
          "Project manager:", "Allocation 2026-27:", "Spend to end of quarter:",
          "Forecast outturn:", "RAG status:", "Planned completion:", "Progress this quarter:",
          "Issues and risks:", "Planned next quarter:"]


def form_of(pr) -> list[tuple[str, str]]:
    (name, ref, lead, partners, _pr, pm, alloc, spend, fc, rag, comp, _q, prog, iss, nxt) = pr
    return list(zip(FIELDS, [name, ref, lead, partners, pm, alloc, spend, fc, rag, comp, prog,
                             iss, nxt]))


def blocks(form: str):
    b = [("title", TITLE), ("meta", "Welsh Government – Health and Social Services Group: "
                                    "Regional Integration Fund 2022-2027"),
         ("h1", "Section A: Regional details"), ("form", COVER),
         ("p", "RAG status: Green – on track; Amber – some delay or variance, recoverable; "
               "Red – significant delay or variance; Complete (Blue) – delivered; Not started."),
         ("h1", "Section B: Project returns")]
    for i, (model, projects) in enumerate(MODELS, 1):
        b.append(("h2", f"Model of care {i}: {model}"))
        for pr in projects:
            b.append(("form", form_of(pr)))
    b += [("h1", "Section C: Declaration"), ("p", DECL),
          ("form", [("Signed:", "Regional Partnership Manager, on behalf of the Chair"),
                    ("Date:", "23 October 2026")])]
    return b


def reading() -> dict:
    items = []
    for i, (_m, projects) in enumerate(MODELS, 1):
        for pr in projects:
            items.append({"ref": pr[1], "section": str(i), "text": pr[0],
                          "status": RAG_STATUS[pr[9]], "quarter": pr[11], "partners": pr[4]})
    return {"kind": "programme", "title": TITLE, "date": "2026-10-23",
            "priorities": [m[0] for m in MODELS], "items": items,
            "grants": [{"grant": "Regional Integration Fund", "amount_gbp": 14250000,
                        "financial_year": "2026-27"}]}


if __name__ == "__main__":
    (OUT / f"{NAME}.txt").write_text(txt(blocks("txt")), encoding="utf-8")
    (OUT / f"{NAME}.html").write_text(
        cms_page(TITLE, "Cwm Taf Morgannwg Regional Partnership Board", html_body(blocks("html")),
                 ["Home", "Publications", "Regional Integration Fund"]), encoding="utf-8")
    docx(blocks("docx"), OUT / f"{NAME}.docx", "Regional Integration Fund – Quarterly Return",
         "Cwm Taf Morgannwg RPB – Q2 2026-27")
    pdf(blocks("pdf"), OUT / f"{NAME}.pdf", "Regional Integration Fund – Quarterly Monitoring "
        "Return Q2 2026-27", "Cwm Taf Morgannwg Regional Partnership Board")
    print(NAME, len(reading()["items"]))
