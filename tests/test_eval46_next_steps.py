"""Numbered paragraphs with labelled "Next step:" sub-bullets (eval46's prog46a family),
written afresh for these tests (another programme, other labels and numbers of items):

- a Markdown paper (pandoc's "-   Next steps: ..." bullets under paragraphs "1.1 ..." that
  close with a status in brackets), another label ("Action:") under one paragraph;
- the same paper as its PDF prints it to text: the sub-bullet joined onto its paragraph's
  line ("... (delayed). Next steps: Re-let the contract.").

A careful reader's reading (written before the code ran): the items are the numbered
paragraphs only; a labelled sub-bullet belongs to its paragraph: no item, and not in the
item's text (the status tag closes the item's own sentence), kept in the paragraphs table.
"""

from __future__ import annotations

from pathlib import Path

from wlga_analysis.testing import parse_document

PARAS = [  # (id, text, tag, status, next step or None)
    ("1.1", "The library service review was shared with all 22 councils in August 2025.",
     "complete", "done", None),
    ("1.2", "A pilot of self-service kiosks is running in four libraries until March 2026.",
     "on track", "in progress", "Next steps: Choose two more pilot libraries."),
    ("1.3", "The stock procurement framework was delayed by a legal challenge and will be "
     "let in May 2026.", "delayed", "at risk", "Action: Re-let the contract with the "
     "framework lead."),
    ("2.1", "A network of museum volunteers met for the first time in October 2025.",
     "complete", "done", None),
    ("2.2", "A shared collections database will be scoped in 2026-27.", "not started",
     "planned", "Next steps: Agree the scope with the curators in April 2026."),
]
HEADINGS = {"1": "Libraries", "2": "Museums"}


def _markdown(joined: bool) -> str:
    out = ["# Culture Services Improvement Programme 2025-26: Progress Report", "",
           "Date: 12 December 2025", ""]
    for ref, text, tag, _status, step in PARAS:
        section = ref.split(".")[0]
        if ref.endswith(".1"):
            out += [f"## {section}. {HEADINGS[section]}", ""]
        line = f"{ref} {text[:-1]} ({tag})."
        if step and joined:
            out += [f"{line} {step}", ""]
        else:
            out += [line, ""] + ([f"-   {step}", ""] if step else [])
    out += ["Contact: Mair Lewis, WLGA"]
    return "\n".join(out) + "\n"


def _parse(path: Path):
    return parse_document(path, "programme")


def _check(parsed) -> None:
    p = parsed.programme
    assert [str(i) for i in p["item_id"]] == [ref for ref, *_ in PARAS]
    assert list(p["text"]) == [text for _, text, *_ in PARAS]
    assert list(p["status"]) == [status for *_, status, _step in PARAS]
    kept = " ".join(parsed.paragraphs["text"].astype(str))
    for *_, step in PARAS:
        if step:
            assert step.split(": ", 1)[1] in kept


def test_next_step_bullets_are_no_items(tmp_path):
    path = tmp_path / "culture.md"
    path.write_text(_markdown(joined=False), encoding="utf-8")
    _check(_parse(path))


def test_next_step_joined_onto_its_paragraph_is_not_its_text(tmp_path):
    path = tmp_path / "culture.txt"
    path.write_text(_markdown(joined=True).replace("#", "").replace("\n ", "\n"),
                    encoding="utf-8")
    _check(_parse(path))
