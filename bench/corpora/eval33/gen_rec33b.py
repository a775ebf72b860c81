"""rec33b: a recommendations report of the SHIPPED KIND in an ORDINARY numbered-recommendations
layout: "Rural Services in Wales: Report of the WLGA Rural Forum Task and Finish Group"
(theme headings, "Area N – Name" sub-headings, under each "What has been done" bullets and
"Recommendations" numbered 1-10 through the report with the owners in brackets at the end,
"(Welsh Government)", "(WLGA and councils)"), whose FILES are damaged:

- .txt  a print to a text file: FORM FEEDS between pages, each page opening with the running
        header "WLGA – OFFICIAL" and closing with "Page N of M"; HARD-WRAPPED at 72 columns;
        bullets indented with a TAB; TRAILING SPACES after wrapped lines;
- .html Word's "Save as Web Page, Filtered" (windows-1252): recommendations numbered by
        `<span style='mso-list:Ignore'>1.` spans in `MsoListParagraphCxSp...` paragraphs,
        activities Symbol-font "·" bullets, source wrapped at 76 columns;
- .docx saved by LibreOffice with direct formatting only: headings bold and larger Normal
        paragraphs, recommendations typed "1.<tab>", bullets typed "–<tab>";
- .pdf  a "Microsoft Print to PDF"-like print (each line its own text object, each word placed
        on its own with uneven gaps, no space characters) after a TWO-COLUMN cover page
        (title block left, "About this report" right).

The reading: areas the five "Area N –" sub-headings under their theme; activities the bullets
under "What has been done" (7, unnumbered: activity_no None); recommendations 1-10 with the
bracket's owners as codes (Welsh Government WG, councils LG, WLGA), text without the bracket.
"""
from __future__ import annotations

from damage33 import OUT, as_libreoffice, esc, lo_par, msprint_pdf, paginate, word_html, wrap72

NAME = "rec33b-rural-services-task-group"
TITLE = "Rural Services in Wales: Report of the WLGA Rural Forum Task and Finish Group"
DATE = "June 2025"
INTRO = [
    "The WLGA Rural Forum set up a task and finish group in September 2024 to consider how "
    "public services can be sustained in rural Wales.",
    "The group met five times and heard evidence from councils, the Welsh Government, "
    "community transport operators and housing associations.",
    "This report sets out, for each area, what has been done and the group’s "
    "recommendations. The owner of each recommendation is shown in brackets.",
]
OWN = {"Welsh Government": ["WG"], "Councils": ["LG"], "WLGA": ["WLGA"],
       "Welsh Government and WLGA": ["WG", "WLGA"], "WLGA and councils": ["WLGA", "LG"],
       "Welsh Government and councils": ["WG", "LG"]}
THEMES = [
    ("Access to services", [
        ("Rural transport",
         ["The Fflecsi demand-responsive bus service now runs in eleven rural areas.",
          "Councils in mid Wales have agreed a joint contract for school and public bus "
          "routes."],
         [("That the Welsh Government guarantees funding for demand-responsive transport for "
           "at least three years.", "Welsh Government"),
          ("That councils publish a single timetable for school and public bus routes in each "
           "rural county.", "Councils")]),
        ("Digital connectivity",
         ["Six councils have appointed digital connectivity officers."],
         [("That the Welsh Government and the WLGA press the UK Government to bring forward "
           "Project Gigabit contracts for rural Wales.", "Welsh Government and WLGA"),
          ("That councils use planning conditions to require full fibre in new rural housing "
           "developments.", "Councils")]),
        ("Health and care",
         ["A pilot of rural community care hubs started in Powys and Ceredigion in May 2025."],
         [("That the WLGA shares the findings of the community care hub pilot with all rural "
           "councils.", "WLGA")]),
    ]),
    ("Rural economy", [
        ("Rural housing",
         ["The group reviewed the use of second homes premiums in eight councils.",
          "Councils identified 310 empty homes in rural towns that could be brought back into "
          "use."],
         [("That the Welsh Government extends the national empty homes grant scheme to rural "
           "market towns.", "Welsh Government"),
          ("That councils use second homes premium income to fund affordable housing for local "
           "people.", "Councils")]),
        ("Local economy and jobs",
         ["The WLGA has mapped the Shared Prosperity Fund money allocated to rural areas."],
         [("That the Welsh Government and councils agree a rural economic development fund to "
           "follow the Shared Prosperity Fund.", "Welsh Government and councils"),
          ("That the WLGA and councils support the growth of rural social enterprises through "
           "the Rural Forum.", "WLGA and councils"),
          ("That the Rural Forum reviews progress against these recommendations in 2027.",
           "WLGA")]),
    ]),
]
SIGN = ["Cllr Rob Stewart and Cllr Llinos Medi, Co-chairs of the Task and Finish Group"]


def walk():
    """(theme, area no, area, activities, [(rec no, text, owner)])"""
    r, k = 0, 0
    for theme, areas in THEMES:
        for area, acts, recs in areas:
            k += 1
            yield theme, k, area, acts, [(r + i, t, o) for i, (t, o) in enumerate(recs, 1)]
            r += len(recs)


def reading() -> dict:
    areas, recs, acts = [], [], []
    for theme, _k, area, al, rl in walk():
        areas.append({"area": area, "theme": theme})
        acts += [{"activity_no": None, "area": area, "text": t} for t in al]
        recs += [{"rec_id": str(n), "area": area, "text": t, "owners": OWN[o]}
                 for n, t, o in rl]
    return {"kind": "recommendations", "title": TITLE, "areas": areas,
            "recommendations": recs, "activities": acts}


def structure():
    """(kind, label, text): title / meta / h1 / h2 / h3 / para / bullet / rec / line."""
    s = [("title", "", TITLE), ("meta", "", DATE), ("h1", "1.", "Introduction")]
    s += [("para", f"1.{i}", x) for i, x in enumerate(INTRO, 1)]
    last = None
    for theme, k, area, al, rl in walk():
        if theme != last:
            s.append(("h1", "", theme))
            last = theme
        s += [("h2", "", f"Area {k} \u2013 {area}"), ("h3", "", "What has been done")]
        s += [("bullet", "", t) for t in al]
        s.append(("h3", "", "Recommendations"))
        s += [("rec", f"{n}.", f"{t} ({o})") for n, t, o in rl]
    s += [("h1", "", "Next steps"),
          ("line", "", "The WLGA Rural Forum will consider this report at its meeting on "
           "11 July 2025 and send it to the Partnership Council for Wales.")]
    s += [("line", "", x) for x in SIGN]
    return s


def write_txt() -> None:
    L = []
    for kind, lab, t in structure():
        if kind in ("title", "meta", "line"):
            L += wrap72(t) + [""]
        elif kind.startswith("h"):
            L += ["", (f"{lab} " if lab else "") + (t.upper() if kind == "h1" else t), ""]
        elif kind == "para":
            L += wrap72(f"{lab} {t}", hang="    ") + [""]
        elif kind == "bullet":
            w = wrap72(t, width=62)
            L += ["\t-  " + w[0]] + ["\t   " + x for x in w[1:]]
        else:
            L += wrap72(f"{lab:<4}{t}", hang="    ") + [""]
    L = [x + " " if x and not x.endswith(".") and not x.startswith("\t") else x for x in L]
    (OUT / f"{NAME}.txt").write_text(paginate(L, 48, "WLGA \u2013 OFFICIAL",
                                              "Rural Services in Wales"), encoding="utf-8")


def write_html() -> None:
    b, buf = [], []
    kind_of = None

    def flush():
        nonlocal kind_of
        if buf:
            b.append(("ul", list(buf)) if kind_of == "bullet" else ("ol", list(buf), start))
            buf.clear()
        kind_of = None
    start = 1
    for kind, lab, t in structure():
        if kind != kind_of:
            flush()
        if kind in ("bullet", "rec"):
            if not buf and kind == "rec":
                start = int(lab.rstrip("."))
            kind_of = kind
            buf.append(esc(t, quote=False))
        elif kind == "title":
            b.append(("title", t))
        elif kind in ("h1", "h2"):
            b.append(("h1" if kind == "h1" else "raw", (f"{lab} {t}" if lab else t)
                      if kind == "h1" else f"<h2>{esc(t)}</h2>"))
        elif kind == "h3":
            b.append(("p", f"<b>{esc(t)}</b>"))
        elif kind == "para":
            b.append(("p", f"{lab}&nbsp;&nbsp;{esc(t, quote=False)}"))
        else:
            b.append(("p", esc(t, quote=False)))
    flush()
    (OUT / f"{NAME}.html").write_bytes(word_html(TITLE, b).encode("cp1252"))


def write_docx() -> None:
    from gen_common import new_docx
    doc = new_docx(font="Arial", size=11)
    for kind, lab, t in structure():
        if kind == "title":
            lo_par(doc, t, bold=True, size=18)
        elif kind == "meta":
            lo_par(doc, t)
        elif kind == "h1":
            lo_par(doc, f"{lab}\t{t}" if lab else t, bold=True, size=14)
        elif kind == "h2":
            lo_par(doc, t, bold=True, size=12)
        elif kind == "h3":
            lo_par(doc, runs=[(t, True)])
        elif kind == "para":
            lo_par(doc, f"{lab}\t{t}", hang=True)
        elif kind == "bullet":
            lo_par(doc, f"\u2013\t{t}", hang=True)
        elif kind == "rec":
            lo_par(doc, f"{lab}\t{t}", hang=True)
        else:
            lo_par(doc, t)
    path = OUT / f"{NAME}.docx"
    doc.save(path)
    as_libreoffice(path)


def write_pdf() -> None:
    lines = []
    for kind, lab, t in structure():
        if kind in ("title", "meta"):
            continue
        if kind in ("h1", "h2"):
            lines.append(("h", f"{lab} {t}" if lab else t))
        elif kind == "h3":
            lines.append(("h", t))
        elif kind == "para":
            lines.append((f"num:{lab}", t))
        elif kind == "bullet":
            lines.append(("bullet", t))
        elif kind == "rec":
            lines.append((f"num:{lab}", t))
        else:
            lines.append(("p", t))
    cover = [[("DejaVu-Bold", 20, "Rural Services in Wales"),
              ("DejaVu-Bold", 13, "Report of the WLGA Rural Forum Task and Finish Group"),
              ("DejaVu", 11, DATE)],
             [("DejaVu-Bold", 11, "About this report"),
              ("DejaVu", 9.5, "The task and finish group was asked by the WLGA Rural Forum to "
               "consider how public services can be sustained in rural Wales. Its ten "
               "recommendations are addressed to the Welsh Government, the WLGA and councils."),
              ("DejaVu", 9.5, "Mae’r ddogfen hon hefyd ar gael yn Gymraeg.")]]
    msprint_pdf(OUT / f"{NAME}.pdf", lines, "WLGA \u2013 OFFICIAL \u2013 Rural Services in "
                "Wales", seed=332, cover=cover)


if __name__ == "__main__":
    write_txt()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["recommendations"]))
