"""A grant whose amount is given only in a footnote: "... funded by the Welsh Government
Improvement Programme grant[^1]" with the note "[^1]: £640,000 for 2026-27, confirmed on
1 April 2026." (Markdown), or a web page's pandoc footnotes (``<sup><a href="#fn1">1</a>``
and ``<section class="footnotes"><ol><li id="fn1">``). A layout the ninth evaluation
corpus showed (prog30). Before: the grant was named from the note's own words ("grant for
..."), and the web page's note was read as a numbered paragraph "1." at the paper's end.

The documents are written for the test; the asserted values are the careful reader's reading.
"""

from __future__ import annotations

import pytest

from wlga_analysis.programme import load_grants
from wlga_analysis.testing import quietly

HEAD = ("Improvement Programme 2026-27: Quarter 2", "Executive Board, 16 October 2026")
FUNDING = "The work is funded by the Welsh Government Improvement Programme grant"
NOTE = "£640,000 for 2026-27, confirmed by the Minister on 1 April 2026."


def _markdown() -> str:
    return (f"# {HEAD[0]}\n\n{HEAD[1]}\n\n## 1. Scrutiny\n\n- A chairs' network met in "
            f"September 2026.\n\n## 2. Funding\n\n{FUNDING}[^1] and by councils.\n\n"
            f"[^1]: {NOTE}\n")


def _page() -> str:
    return (f"<html><body><main><h1>{HEAD[0]}</h1><p>{HEAD[1]}</p><h2>1. Scrutiny</h2>"
            "<ul><li>A chairs' network met in September 2026.</li></ul><h2>2. Funding</h2>"
            f'<p>{FUNDING}<sup><a href="#fn1" id="fnref1">1</a></sup> and by councils.</p>'
            '<section class="footnotes"><hr><ol><li id="fn1"><p>'
            f'{NOTE} <a href="#fnref1">\u21a9</a></p></li></ol></section></main></body></html>')


@pytest.mark.parametrize("form", ["md", "html"])
def test_a_grant_in_a_footnote_is_named_at_its_mark(tmp_path, form):
    path = tmp_path / f"update.{form}"
    path.write_text(_markdown() if form == "md" else _page(), encoding="utf-8")
    grants = quietly(load_grants, path)
    assert list(zip(grants["grant"], grants["amount_gbp"], grants["financial_year"],
                    strict=True)) == [
        ("Welsh Government Improvement Programme grant", 640_000, "2026-27")]
