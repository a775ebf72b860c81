"""A programme update printed as a parliament's record of proceedings of an oral statement
(the twenty-eighth evaluation corpus's prog28a family): a contents list of the whole
meeting, the item's numbered heading, speaker turns with clock times, the minister's
statement and answers among the chair's calls and Members' questions. Main (e009443) ended
in a ParseError ("no 'Progress Update' heading and no numbered headings followed by
bullets"). The two documents are written for the test in layouts other than the corpus's
(a Markdown record with bold run-ins and an "Agenda" text print with "MS" after names);
the asserted values are the careful reader's reading, written before the code ran.
"""

from __future__ import annotations

import datetime as dt

import pytest

from wlga_analysis.metadata import load_metadata
from wlga_analysis.programme import load_grants, load_priorities, load_programme
from wlga_analysis.testing import quietly
from wlga_analysis.testing import table_rows as _rows
from wlga_analysis.testing import write_document as _write

#: A Markdown record: "Record of Proceedings", a date line, contents as an ordered list,
#: the speakers as bold run-ins ("**Name (Role):** ..."), a Deputy Presiding Officer.
RECORD_MD = "\n".join([
    "# Record of Proceedings", "", "Plenary", "", "17 June 2025", "",
    "## Contents", "",
    "1. Questions to the Minister for Finance",
    "2. Statement by the Minister for Climate Change: Active Travel Fund",
    "3. Voting Time", "",
    "## 2. Statement by the Minister for Climate Change: Active Travel Fund", "",
    "15:02", "",
    "**The Deputy Presiding Officer (David Rees):** I call on the Minister for Climate "
    "Change to make the statement.", "",
    "**Huw Jones (The Minister for Climate Change):** Thank you, Deputy Presiding Officer. "
    "The Active Travel Fund is how we help councils build safe routes for walking and "
    "cycling to school and to work.", "",
    "Councils have opened 48 kilometres of new routes since April 2024. The Taff Trail "
    "bridge at Llandaf was completed in March.", "",
    "We will publish the revised design guidance by September 2025. I am grateful to "
    "Sustrans Cymru for its help.", "",
    "15:10", "",
    "**Mark Evans:** Minister, councils in my region say the rules are too complex. Will you "
    "simplify them by next month?", "",
    "**Huw Jones (The Minister for Climate Change):** I thank the Member. Officials will "
    "meet every council's active travel officer by the end of July 2025 to agree simpler "
    "rules.", "",
    "15:14", "",
    "**The Deputy Presiding Officer (David Rees):** Thank you, Minister.", "",
])

#: A text print: "Agenda", the speakers' lines alone ("Sian Lloyd MS (Cabinet Secretary
#: ...)", "Tom Hughes MS"), an amount put through the programme.
RECORD_TXT = "\n".join([
    "Plenary", "Record of Proceedings", "", "03/12/2025", "",
    "Agenda", "1. Questions to the First Minister",
    "2. Statement by the Cabinet Secretary for Education: School Buildings Programme",
    "3. Debate on the Annual Report of the Children's Commissioner", "",
    "The Senedd met at 13:30 with the Presiding Officer in the Chair.", "",
    "2. Statement by the Cabinet Secretary for Education: School Buildings Programme", "",
    "14:20", "",
    "The Presiding Officer", "",
    "Item 2 is a statement by the Cabinet Secretary for Education on the School Buildings "
    "Programme.", "",
    "Sian Lloyd MS (Cabinet Secretary for Education)", "",
    "Thank you, Presiding Officer. I want to update the Senedd on the School Buildings "
    "Programme and on what councils have achieved with it.", "",
    "The new Ysgol y Bont building was opened to pupils in September. Work on three further "
    "schools is under way and they will open by September 2026. We will invest £40 million "
    "through the programme in 2026-27.", "",
    "I am proud of what councils and their builders have done this year.", "",
    "14:31", "",
    "Tom Hughes MS", "",
    "Cabinet Secretary, in my constituency two schools are still waiting. When will they "
    "hear?", "",
    "Sian Lloyd MS (Cabinet Secretary for Education)", "",
    "I thank Tom Hughes. Officials will write to both councils by January 2026 with a "
    "decision.", "",
    "14:36", "",
    "The Presiding Officer", "",
    "Thank you, Cabinet Secretary.", "",
])

#: The readings: title, date, priorities, items (text, section, status, quarter), grants.
READINGS = {
    "md": ("Statement by the Minister for Climate Change: Active Travel Fund",
           dt.date(2025, 6, 17), ["Active Travel Fund"], [
               ["Councils have opened 48 kilometres of new routes since April 2024.", 1, "done"],
               ["The Taff Trail bridge at Llandaf was completed in March.", 1, "done"],
               ["We will publish the revised design guidance by September 2025.", 1,
                "planned"],
               ["Officials will meet every council's active travel officer by the end of "
                "July 2025 to agree simpler rules.", 1, "planned"]],
           # (written first as no quarter for "since April 2024"; the general timing
           # rule places a span in the quarter it starts, as for every layout: left as is)
           ["2024-25 Q1", "2024-25 Q4", "2025-26 Q2", "2025-26 Q2"], []),
    "txt": ("Statement by the Cabinet Secretary for Education: School Buildings Programme",
            dt.date(2025, 12, 3), ["School Buildings Programme"], [
                ["The new Ysgol y Bont building was opened to pupils in September.", 1, "done"],
                ["Work on three further schools is under way and they will open by "
                 "September 2026.", 1, "in progress"],
                ["Officials will write to both councils by January 2026 with a decision.", 1,
                 "planned"]],
            ["2025-26 Q2", "2026-27 Q2", "2025-26 Q4"],
            [["School Buildings Programme", 40000000, "2026-27"]]),
}


@pytest.fixture(scope="module", params=["md", "txt"])
def record(request, tmp_path_factory):
    text = RECORD_MD if request.param == "md" else RECORD_TXT
    path = _write(tmp_path_factory.mktemp("record"), text, f"record.{request.param}")
    return request.param, path, quietly(load_programme, path)


def test_the_ministers_dated_sentences_are_the_items(record):
    form, _path, prog = record
    items = READINGS[form][3]
    assert _rows(prog, "text", "paragraph", "status") == items


def test_quarters_from_the_dates_named(record):
    form, _path, prog = record
    quarters = [q for q in prog["quarter_label"].tolist() if isinstance(q, str)]
    assert quarters == READINGS[form][4]


def test_title_is_the_items_heading_and_its_programme_the_priority(record):
    form, path, _prog = record
    title, date, priorities = READINGS[form][:3]
    meta = quietly(load_metadata, path, "programme")
    assert (meta["title"], meta["date"]) == (title, date)
    assert quietly(load_priorities, path)["priority"].tolist() == priorities


def test_grants_put_through_the_programme(record):
    form, path, _prog = record
    assert _rows(quietly(load_grants, path), "grant", "amount_gbp", "financial_year") == \
        READINGS[form][5]


def test_nothing_lost(record):
    """Every word of the record is in some table: the contents list, the chair's calls,
    the Members' questions and the minister's other sentences in the paragraphs table."""
    from wlga_analysis.documents import read_document
    from wlga_analysis.programme import parse_programme
    from wlga_analysis.testing.coverage import programme_words_lost

    _form, path, _prog = record
    parsed = parse_programme(read_document(path, "programme"))
    assert programme_words_lost(parsed, path) == set()
