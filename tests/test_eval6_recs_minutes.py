"""Minutes of a working group's meeting read as its recommendations (the sixth evaluation
corpus, cause R2).

Two sets of minutes written for these tests, with the careful reader's reading:

- plain text: a letterhead, "Minutes of the ...", "Meeting held on <date> at <time>",
  "Item N: ..." headings, procedural items (apologies, minutes of the last meeting, any other
  business) around substantive ones, discussion paragraphs, "Resolved:" over "(a) That ..."
  resolutions, "Action: <job title>, <body> – <date>" lines in the resolutions' order;
- Markdown: "## Agenda item 2 – ..." headings, "Declarations of interest", a resolution
  printed on the "Resolved:" line itself ("Resolved: That ..."), "Agreed:" as the label.

The text minutes are also published as a web page, a Word file and a PDF.
"""

from __future__ import annotations

import re
import warnings

import pytest

import wlga_analysis as wa
from wlga_analysis import documents
from wlga_analysis.errors import DataQualityWarning
from wlga_analysis.recommendations import parse_recommendations

TEXT = """WELSH LOCAL GOVERNMENT ASSOCIATION

Minutes of the Waste Task and Finish Group

Meeting held on Tuesday 10 February 2026 at 2.00pm via Microsoft Teams

Present: Cllr Sian Jones (Chair), waste lead members of 12 councils, Welsh Government officials.

Item 1: Welcome and apologies

The Chair welcomed members. Apologies were received from Conwy.

Item 2: Minutes of the last meeting

The minutes of the meeting held on 4 November 2025 were agreed as a correct record.

Item 3: Food waste collections

Officers reported that eighteen councils now collect food waste weekly.

Members noted that flats remain the hardest homes to serve.

Resolved:

(a) That councils collect food waste from every flat by March 2027.

(b) That the WLGA publishes a guide to food waste collections from flats.

Action: Heads of Waste, all councils – March 2027

Action: Policy Officer, WLGA – Q1 2026/27

Item 4: Glass recycling

Welsh Government reported that a review of glass collections had started.

Resolved:

(a) That Welsh Government funds separate glass collections in the last two councils.

Action: Head of Waste Policy, Welsh Government – Spring 2026

Item 5: Any other business

None. The next meeting will be held in May 2026.
"""

TEXT_READING = {
    "title": "Minutes of the Waste Task and Finish Group",
    "date": "2026-02-10",
    "areas": [(3, "Food waste collections"), (4, "Glass recycling")],
    "recommendations": [
        (3, "3a", 3, "That councils collect food waste from every flat", ["LG"]),
        (3, "3b", 3, "That the WLGA publishes a guide", ["WLGA"]),
        (4, "4a", 4, "That Welsh Government funds separate glass", ["WG"]),
    ],
    "activities": [(1, 3, "Officers reported that eighteen"), (2, 3, "Members noted that flats"),
                   (3, 4, "Welsh Government reported that a review")],
}

MARKDOWN = """# Minutes of the Highways Working Group

Meeting held on 12 January 2026 at County Hall

## Agenda item 1 – Declarations of interest

There were no declarations of interest.

## Agenda item 2 – Winter service

The group discussed salt stocks, which are above last year's level.

Resolved: That councils share salt stocks across regional boundaries in severe weather.

Action: Heads of Highways, each council – immediate

## Agenda item 3 – Potholes

Agreed:

(a) That the WLGA collects pothole repair figures from every council.

Action: Data Officer, WLGA – Q4 2025/26
"""

MARKDOWN_READING = {
    "title": "Minutes of the Highways Working Group",
    "date": "2026-01-12",
    "areas": [(2, "Winter service"), (3, "Potholes")],
    "recommendations": [
        (2, "2", 2, "That councils share salt stocks", ["LG"]),
        (3, "3a", 3, "That the WLGA collects pothole", ["WLGA"]),
    ],
    "activities": [(1, 2, "The group discussed salt stocks")],
}

DOCS = {"waste.txt": (TEXT, TEXT_READING), "highways.md": (MARKDOWN, MARKDOWN_READING)}


@pytest.fixture(scope="module")
def forms(tmp_path_factory) -> dict[tuple[str, str], object]:
    """{(document, form): path}: each set of minutes as written; the text minutes also as
    a web page, a Word file and a PDF."""
    from wlga_analysis.read.html import read_html
    from wlga_analysis.testing.publish import docx_bytes, html_page
    from wlga_analysis.testing.publish_pdf import pdf_bytes

    root = tmp_path_factory.mktemp("minutes")
    out: dict[tuple[str, str], object] = {}
    for name, (text, _) in DOCS.items():
        source = root / name
        source.write_text(text, encoding="utf-8")
        out[(name, "written")] = source
    page = html_page(TEXT.splitlines(), "recommendations")
    model = read_html(page)
    ordered = html_page(TEXT.splitlines(), "recommendations", numbered_lists=True)
    for form, data in (("html", page.encode("utf-8")), ("docx", docx_bytes(model)),
                       ("pdf", pdf_bytes(model)), ("html-ol", ordered.encode("utf-8")),
                       ("docx-auto", docx_bytes(read_html(ordered), "auto"))):
        path = root / f"waste-{form}.{form.split('-')[0]}"
        path.write_bytes(data)
        out[("waste.txt", form)] = path
    return out


def _quiet(load, path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)
        return load(path)


CASES = [("waste.txt", form)
         for form in ("written", "html", "docx", "pdf", "html-ol", "docx-auto")] \
    + [("highways.md", "written")]


@pytest.mark.parametrize(("name", "form"), CASES)
def test_every_form_gives_the_readers_reading(forms, name, form):
    path = forms[(name, form)]
    want = DOCS[name][1]
    meta = wa.load_metadata(path, kind="recommendations")
    assert (meta["title"], str(meta["date"])) == (want["title"], want["date"])
    areas = _quiet(wa.load_areas, path)
    assert list(zip(areas["area_id"], areas["area"], strict=True)) == want["areas"]
    recs = _quiet(wa.load_recommendations, path)
    labels = [str(v) if isinstance(v, str) else str(n)
              for v, n in zip(recs["rec_label"], recs["rec_id"], strict=True)]
    assert [(r.rec_id, label, r.area_id, list(r.owners))
            for r, label in zip(recs.itertuples(), labels, strict=True)] \
        == [(n, lab, a, o) for n, lab, a, _, o in want["recommendations"]]
    for (*_, start, _), text in zip(want["recommendations"], recs["text"], strict=True):
        assert text.startswith(start), text
    acts = _quiet(wa.load_activities, path)
    assert [(a.activity_no, a.area_id) for a in acts.itertuples()] \
        == [(n, a) for n, a, _ in want["activities"]]
    for (_, _, start), text in zip(want["activities"], acts["text"], strict=True):
        assert text.startswith(start), text


def test_the_action_lines_are_kept_and_the_reading_reported(forms):
    parsed = parse_recommendations(documents.read_document(forms[("waste.txt", "written")],
                                                           "recommendations"))
    assert list(parsed.recommendations["action"]) == [
        "Heads of Waste, all councils – March 2027", "Policy Officer, WLGA – Q1 2026/27",
        "Head of Waste Policy, Welsh Government – Spring 2026"]
    assert "read from minutes" in {i.check for i in parsed.issues}


_SENTENCE = re.compile(r"(?<=[.:])\s+(?=[A-Z(])")


@pytest.mark.parametrize("name", list(DOCS))
def test_every_sentence_lands_in_some_table(forms, name):
    """Nothing lost: procedural items, the letterhead and "Present:" are in the notes."""
    parsed = parse_recommendations(documents.read_document(forms[(name, "written")],
                                                           "recommendations"))
    cells = []
    for frame in (parsed.areas, parsed.activities, parsed.recommendations, parsed.notes):
        for column in frame.columns:
            cells += [str(v) for v in frame[column] if isinstance(v, str)]
    flat = " ".join(" ".join(cells).split())
    missing = []
    for line in DOCS[name][0].splitlines():
        text = documents.clean_text(line.lstrip("# "))
        # the labels are read as numbers: the item's, the resolution's letter, "Action:"
        text = re.sub(r"^(?:Agenda item|Item) \d+ ?[:–] ?|^\([a-z]\) |^Action: |"
                      r"^(?:Resolved|Agreed):(?: |$)", "", text)
        for sentence in _SENTENCE.split(text):
            if sentence and sentence not in flat:
                missing.append(sentence)
    assert missing == []


def test_minutes_with_no_resolution_label_are_not_read_as_minutes(tmp_path):
    """Agenda items with no "Resolved:" label are no minutes: the prose reader's
    ParseError stands."""
    path = tmp_path / "agenda.txt"
    path.write_text("Agenda\n\nItem 1: Apologies\n\nItem 2: Roads\n\nA report.\n",
                    encoding="utf-8")
    with pytest.raises(wa.ParseError):
        _quiet(wa.load_recommendations, path)
