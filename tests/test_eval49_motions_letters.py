"""eval49's recommendations layouts in other wordings, forms and numbers of items:

- NOTICES OF MOTION as adopted: each motion's subject a heading (or a plain "Motion N -"
  line), "notes that" / "believes that" preambles (not items), a resolution lead-in from
  the analyst-editable list ("This Council resolves to:", "Council therefore agrees to:")
  over lettered or numbered items (rec_label the printed mark), owners from whom each item
  asks ("urge the Welsh Government to": WG; "ask the WLGA President to": WLGA) and, for
  what the resolving body does itself, the body (a county council: LG); proposer lines and
  the outcome are notes;
- an INSPECTORATE LETTER: letterhead, "Dear ...", prose; bold side headings (Markdown
  headings or bold lines) over bold run-in paragraphs ("**Label.** The council should
  ..."): each run-in whose text says what someone should or must do is a recommendation,
  its text without the label, its area the side heading, its owner the sentence's subject;
  a run-in that reports a finding ("**Strengths.** Leaders have ...") and the closing
  "Next steps" prose are not.

The careful reader's reading is written out below, before the code ran.
"""

from __future__ import annotations

from pathlib import Path

from wlga_analysis.recommendations import (
    load_activities,
    load_areas,
    load_recommendations,
)

_COUNCIL_MD = """\
# Ceredigion County Council: Full Council, 14 May 2026

## Motion 3 – Free school meals in secondary schools

This Council notes that:

- 5,200 secondary pupils in the county live in low-income households;
- the Welsh Government extended free meals to all primary pupils in 2024.

This Council resolves to:

1. urge the Welsh Government to extend universal free school meals to
   secondary schools by September 2027;
2. write to the Cabinet Secretary for Education setting out this motion;
3. ask the WLGA to raise the matter at the Partnership Council for Wales.

Proposed by: Councillor Ann Jones

Seconded by: Councillor Dafydd Rees

Outcome: carried.

## Motion 4 – Rural post offices

This Council believes that:

- post offices are a lifeline for rural communities.

This Council resolves to:

1. call on the UK Government to protect the rural post office network;
2. publish a map of the county's post office services by December 2026.

Proposed by: Councillor Eirlys Hughes
"""

_WLGA_TXT = """\
WLGA EXECUTIVE BOARD\r
18 June 2026\r
\r
Motions received from member authorities\r
\r
Motion A - Coastal flooding\r
\r
The Board notes that:\r
\u00b7\t14 councils have coastal communities at risk of flooding.\r
\r
The Board therefore agrees to:\r
(a)\tcall upon the Welsh Government and Natural Resources Wales to publish a joint\r
\tcoastal adaptation plan;\r
(b)\task the WLGA President to write to the Minister for Climate Change;\r
(c)\tinvite all councils to share their shoreline management data.\r
\r
Moved: Cllr Huw Thomas. Seconded: Cllr Mari Owen.\r
\r
Motion B - Fire and rescue funding\r
\r
The Board agrees to:\r
(a)\turge the Welsh Government and Fire and Rescue Authorities to agree a three-year\r
\tfunding settlement;\r
(b)\treview the WLGA's own guidance on emergency planning.\r
\r
Carried.\r
"""

_LETTER_MD = """\
**Estyn**

Mr Gareth Lloyd\\
Chief Executive\\
Cyngor Sir Ynys Fawr

2 February 2026

Dear Mr Lloyd,

**Monitoring visit: local government education services**

This letter reports on our monitoring visit in January 2026.

### Leadership and self-evaluation

Leaders have a clear vision for the service.

**Strengths.** Leaders know their schools well and share this knowledge widely.

**Self-evaluation:** The council should use first-hand evidence from schools when it
evaluates the quality of its support.

**Scrutiny (priority action).** The council must make sure that scrutiny committees
receive timely reports on school performance.

### Support for schools

**Attendance.** The council and schools should improve the attendance of pupils eligible
for free school meals.

**Inclusion.** The council should reduce the number of days pupils lose to exclusion.

### Next steps

The council should send us a post-visit action plan by 31 March 2026.

Yours sincerely,

Claire Morgan\\
Strategic Director
"""

_LETTER_HTML = """\
<html><head><title>Audit letter</title></head><body>
<p>Audit Wales</p>
<p>Dear Chief Executive,</p>
<h1>Review of financial sustainability</h1>
<p>We reviewed the council's medium-term financial plan.</p>
<h2>Financial planning</h2>
<p>The plan covers three years.</p>
<p><strong>Savings plans.</strong> The council should set out how each saving will be
delivered and by when.</p>
<p><strong>Reserves.</strong> The council should agree a reserves policy with a minimum
level of general reserves.</p>
<h2>Working with others</h2>
<p><strong>Regional funding.</strong> The Welsh Government should confirm regional
funding for three years.</p>
<h2>Next steps</h2>
<p>We will follow up these areas in our next review.</p>
</body></html>
"""


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


def test_council_motions_markdown(tmp_path: Path) -> None:
    path = _write(tmp_path, "motions.md", _COUNCIL_MD)
    recs = load_recommendations(path)
    assert list(recs["rec_label"]) == ["1", "2", "3", "1", "2"]
    assert list(recs["area"]) == ["Free school meals in secondary schools"] * 3 + \
        ["Rural post offices"] * 2
    assert list(recs["text"]) == [
        "urge the Welsh Government to extend universal free school meals to secondary "
        "schools by September 2027;",
        "write to the Cabinet Secretary for Education setting out this motion;",
        "ask the WLGA to raise the matter at the Partnership Council for Wales.",
        "call on the UK Government to protect the rural post office network;",
        "publish a map of the county's post office services by December 2026.",
    ]
    # (what the council itself resolves to do: the council's, LG)
    assert [list(o) for o in recs["owners"]] == [["WG"], ["LG"], ["WLGA"],
                                                 ["UK Government"], ["LG"]]
    assert list(load_areas(path)["area"]) == ["Free school meals in secondary schools",
                                              "Rural post offices"]
    assert load_activities(path).empty


def test_wlga_board_motions_plain_text_lettered(tmp_path: Path) -> None:
    path = _write(tmp_path, "board.txt", _WLGA_TXT)
    recs = load_recommendations(path)
    assert list(recs["rec_label"]) == ["a", "b", "c", "a", "b"]
    assert list(recs["area"]) == ["Coastal flooding"] * 3 + ["Fire and rescue funding"] * 2
    assert recs["text"].iloc[0] == ("call upon the Welsh Government and Natural Resources "
                                    "Wales to publish a joint coastal adaptation plan;")
    assert [list(o) for o in recs["owners"]] == [
        ["WG", "Natural Resources Wales"], ["WLGA"], ["LG"],
        ["WG", "Fire and Rescue Authorities"], ["WLGA"]]
    assert load_activities(path).empty


def test_letter_run_ins_markdown(tmp_path: Path) -> None:
    path = _write(tmp_path, "letter.md", _LETTER_MD)
    recs = load_recommendations(path)
    assert list(recs["rec_id"]) == [1, 2, 3, 4]
    assert list(recs["text"]) == [
        "The council should use first-hand evidence from schools when it evaluates the "
        "quality of its support.",
        "The council must make sure that scrutiny committees receive timely reports on "
        "school performance.",
        "The council and schools should improve the attendance of pupils eligible for free "
        "school meals.",
        "The council should reduce the number of days pupils lose to exclusion.",
    ]
    assert list(recs["area"]) == ["Leadership and self-evaluation"] * 2 + \
        ["Support for schools"] * 2
    assert [list(o) for o in recs["owners"]] == [["LG"], ["LG"], ["LG", "schools"], ["LG"]]
    assert list(load_areas(path)["area"]) == ["Leadership and self-evaluation",
                                              "Support for schools"]
    assert load_activities(path).empty


def test_letter_run_ins_web_page(tmp_path: Path) -> None:
    path = _write(tmp_path, "letter.html", _LETTER_HTML)
    recs = load_recommendations(path)
    assert list(recs["rec_id"]) == [1, 2, 3]
    assert recs["text"].iloc[1] == ("The council should agree a reserves policy with a "
                                    "minimum level of general reserves.")
    assert list(recs["area"]) == ["Financial planning", "Financial planning",
                                  "Working with others"]
    assert [list(o) for o in recs["owners"]] == [["LG"], ["LG"], ["WG"]]


def test_one_run_in_or_no_resolution_is_not_these_layouts(tmp_path: Path) -> None:
    from wlga_analysis.documents import read_document
    from wlga_analysis.interpret.recommendations.motions import read_motions
    from wlga_analysis.interpret.recommendations.owners import load_owners
    from wlga_analysis.interpret.recommendations.run_in_letters import read_run_in_letters

    text = _LETTER_MD.replace("The council must", "It was agreed that the council will") \
        .replace("The council and schools should", "Attendance has risen; schools") \
        .replace("The council should reduce", "The council has reduced")
    doc = read_document(_write(tmp_path, "one.md", text), "recommendations")
    assert read_run_in_letters(doc, load_owners()) is None
    text = _COUNCIL_MD.replace("resolves to:", "debated the motion.")
    doc = read_document(_write(tmp_path, "none.md", text), "recommendations")
    assert read_motions(doc, load_owners()) is None
