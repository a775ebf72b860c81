"""series48's series wordings, in another programme and other words: a board cover paper
numbered through, three papers apart. The keys follow the work by its words when the
paragraph numbers shift: an action that says it was split off ("previously part of ...,
now taken forward separately") is new work beside the action that continues; a section
renamed keeps its work (a paused action under the new name); an action "now reported under
this priority" moved from another section keeps its key and is no merge; work dropped two
papers earlier is not taken up when the paper just before has like work.

The expected values were written from the documents below, as a careful reader reads them,
before the rules were written."""

from __future__ import annotations

import warnings
from pathlib import Path

import wlga_analysis as wa
from wlga_analysis.series import series_quality_report
from wlga_analysis.series.moves import renamed_sections

HEAD = ["WLGA EXECUTIVE BOARD", "{date}", "AGENDA ITEM 4", "",
        "WLGA Digital Resilience Programme 2025-26: {title}", "",
        "Report of: Head of Digital", ""]
MONEY = ["The programme is funded by a Digital Resilience Fund grant of £300,000 for 2025-26."]


def paper(date: str, title: str, background: list[str],
          progress: list[tuple[str, list[str]]]) -> str:
    """A cover paper in Word's plain-text save, its paragraphs numbered through."""
    lines = [line.format(date=date, title=title) for line in HEAD]
    n = 0
    sections = [("Purpose of the report",
                 ["To report progress with the Digital Resilience Programme."]),
                ("Recommendation", ["That the Board notes progress with the programme."]),
                ("Background", background), ("Progress", []), *progress,
                ("Financial implications", MONEY), ("Risk", ["Cyber threats change quickly."])]
    for heading, paras in sections:
        lines += [heading, ""]
        for text in paras:
            n += 1
            lines += [f"{n}.\t{text}", ""]
    lines.append("Author: Nia Hughes, Digital Programme Manager")
    return "\r\n".join(lines) + "\r\n"


P1 = paper("26 June 2025", "Quarter 1 Progress Report",
           ["The Board agreed the programme in March 2025."],
           [("Cyber", [
               "A baseline review of council cyber controls, carried out with the NCSC, is "
               "under way and will report in August 2025.",
               "An incident response playbook for councils, including tabletop exercises for "
               "council teams, is being written and will be published in October 2025."]),
            ("Devices and networks", [
                "A shared framework for council laptops and tablets is being procured with "
                "the NHS and will be awarded in December 2025.",
                "A common approach to council public wifi is being agreed with all councils "
                "by January 2026."]),
            ("Data", ["A data sharing code for councils will be drafted with Data Cymru by "
                      "March 2026."])])
P2 = paper("16 October 2025", "Quarter 2 Progress Report",
           ["The Board agreed the programme in March 2025.",
            "The Board asked for changes to be reported.",
            "This report covers July to September 2025."],
           [("Cyber", [
               "The baseline review of council cyber controls with the NCSC is complete, and "
               "its report was shared with all councils in August 2025.",
               "The incident response playbook for councils, including tabletop exercises for "
               "council teams, is being written and will be published in November 2025."]),
            ("Devices and networks", [
                "The shared framework for council laptops and tablets is being procured with "
                "the NHS and will be awarded in December 2025.",
                "A common approach to council public wifi is being agreed with all 22 councils "
                "by January 2026."]),
            ("Data", ["A data sharing code for councils will be drafted with Data Cymru by "
                      "March 2026."])])
P3 = paper("22 January 2026", "Quarter 3 Progress Report",
           ["The Board agreed the programme in March 2025.",
            "This report covers October to December 2025."],
           [("Cyber", [
               "The incident response playbook for councils was published in November 2025.",
               "Tabletop exercises for council teams, previously part of the playbook work, "
               "are now taken forward separately; a schedule will be agreed with councils by "
               "May 2026."]),
            ("Connectivity", [
                "Work on a common approach to council public wifi has been paused until the "
                "UK Government's review of public networks reports."]),
            ("Data", [
                "A data sharing code for councils is being drafted with Data Cymru and remains "
                "on track for March 2026.",
                "The shared framework for council laptops and tablets, now reported under this "
                "priority as it forms part of the data security standard, will be awarded in "
                "February 2026."])])
P4 = paper("23 April 2026", "Year-end Progress Report",
           ["The Board agreed the programme in March 2025."],
           [("Cyber", [
               "Tabletop exercises for council teams are complete: all councils took part by "
               "March 2026, and a report was shared with the Board."]),
            ("Data", ["A data sharing code for councils was published with Data Cymru in "
                      "March 2026 and is complete."])])


def _series(tmp_path: Path, papers: list[tuple[str, str]]):
    paths = []
    for name, text in papers:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return wa.load_programme_series(paths), series_quality_report(paths)


def test_split_off_renamed_and_moved_work_keep_true_keys(tmp_path):
    series, report = _series(tmp_path, [("digital-2025-06.txt", P1),
                                        ("digital-2025-10.txt", P2),
                                        ("digital-2026-01.txt", P3)])
    key = {(r.update_date, r.item_id): r.item_key for r in series.itertuples()}
    june, october, january = "2025-06-26", "2025-10-16", "2026-01-22"
    # the paragraph numbers are the ids, through the paper
    assert [i for (d, i) in key if d == june] == ["4", "5", "6", "7", "8"]
    assert [i for (d, i) in key if d == january] == ["5", "6", "7", "8", "9"]
    # the playbook, published, continues; the exercises split off from it are new work
    assert key[(january, "5")] == key[(october, "7")] == key[(june, "5")]
    assert list(key.values()).count(key[(january, "6")]) == 1
    # the paused wifi work under the renamed section; the laptops framework moved to Data
    assert key[(january, "7")] == key[(october, "9")] == key[(june, "7")]
    assert key[(january, "9")] == key[(october, "8")] == key[(june, "6")]
    assert key[(january, "8")] == key[(june, "8")]
    # the baseline review, done in October, is dropped: no January item takes its key
    assert key[(october, "6")] not in {k for (d, _i), k in key.items() if d == january}
    found = {(r.check, r.item) for r in report.itertuples()
             if r.document == "digital-2026-01.txt" and r.table == "programme_series"}
    assert found == {("possible split", "6")}


def test_a_section_renamed_in_place_is_the_same_section():
    assert renamed_sections(["cyber", "devices and networks", "data"],
                            ["cyber", "connectivity", "data"]) == {
        "connectivity": "devices and networks"}
    # a section added, none gone: no rename
    assert renamed_sections(["cyber", "data"], ["cyber", "skills", "data"]) == {}


def test_no_jump_back_to_work_dropped_two_papers_earlier(tmp_path):
    series, _report = _series(tmp_path, [("digital-2025-06.txt", P1),
                                         ("digital-2025-10.txt", P2),
                                         ("digital-2026-01.txt", P3),
                                         ("digital-2026-04.txt", P4)])
    key = {(r.update_date, r.item_id): r.item_key for r in series.itertuples()}
    # the exercises, complete, continue January's split-off work, not the baseline review
    # nor the playbook reported complete before
    assert key[("2026-04-23", "4")] == key[("2026-01-22", "6")]
    assert key[("2026-04-23", "5")] == key[("2026-01-22", "8")]
