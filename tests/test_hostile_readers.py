"""Hostile inputs for the readers added since stop 23 (stop 25, issue #13's rules): each
test failed on the code before its fix (an exception other than ``ParseError``, or time
growing faster than the input). The cases are :data:`wlga_analysis.testing.hostile_readers
.READERS`; the probe that found them is ``bench/hostile_forms.py --only READERS``; their
growth is timed by ``tests/test_linear_time.py``."""

from __future__ import annotations

import warnings

import pytest

import wlga_analysis as wa
from wlga_analysis.read import read_model
from wlga_analysis.testing import hostile_readers as hr


def _write(tmp_path, case: str, n: int):
    suffix, data = hr.READERS[case][1](n)
    path = tmp_path / f"doc{suffix}"
    path.write_bytes(data)
    return path


def _texts(path) -> list[str]:
    """The texts of the page's blocks that hold the cases' items ("One.", "Two.")."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model = read_model(path, "programme")
    return [b.text.text for b in model.blocks if hasattr(b, "text")
            and b.text.text.endswith(("One.", "Two."))]


# ------------------------------------------------------------------------- Google Docs
def test_google_docs_lists_of_ever_deeper_levels_nest_nine_deep(tmp_path):
    """2,000 sibling lists ``lst-kix_d-0`` .. ``lst-kix_d-1999``, each nested into the one
    before: the page's reader raised RecursionError. Google Docs writes nine levels."""
    path = _write(tmp_path, "gdocs: n sibling lists of rising level", 2_000)
    assert len(wa.load_programme(path)) == len(wa.load_programme())
    text = " ".join(b.text.text for b in read_model(path, "programme").blocks
                    if hasattr(b, "text"))
    assert "Level 0." in text and "Level 1999." in text  # (nothing lost)


def test_a_google_docs_counter_of_thousands_of_digits_is_clamped(tmp_path):
    """``counter-reset: c 999...`` (5,000 digits): Python's ``int`` raised ValueError (its
    limit is 4,300 digits); a browser clamps a CSS integer to 32 bits."""
    path = _write(tmp_path, "gdocs: counters of n digits", 5_000)
    assert len(wa.load_programme(path)) == len(wa.load_programme())
    assert _texts(path) == ["2147483648. One.", "2147483647 Two."]  # (reset to 2**31 - 1,
    # then counted; the other counter stepped by 2**31 - 1, in figures: no Roman numerals)


def test_a_css_content_longer_than_a_list_number_leaves_the_list_unnumbered(tmp_path):
    """A ``:before`` content of 2,000 counters before each of 2,000 items: the page's text
    (and its reading time) grew as the square of the page (87 kB: 4.9 s, 4 million numbers
    printed; a 1 MB page, gigabytes). Google Docs prints at most nine counters a number."""
    path = _write(tmp_path, "gdocs: content of n counters before n items", 2_000)
    assert len(wa.load_programme(path)) == len(wa.load_programme())
    texts = [b.text.text for b in read_model(path, "programme").blocks
             if hasattr(b, "text") and b.text.text.endswith("Item.")]
    assert texts == ["Item."] * 2_000


@pytest.mark.parametrize("escape", ["\\FFFFFF", "\\D800", "\\0"])
def test_a_css_escape_out_of_unicode_is_a_replacement_character(tmp_path, escape):
    r"""``content: "\FFFFFF"`` before a list's number: ``chr`` raised ValueError; CSS reads
    a code point out of Unicode, a surrogate or zero as U+FFFD (a lone surrogate got into
    the text)."""
    css = hr._gdocs_rules("a-0", "c", f'"{escape}" counter(c,decimal) ". "')
    path = tmp_path / "page.html"
    path.write_bytes(hr.gdocs_page(css, '<ol class="lst-kix_a-0 start"><li>One.</li></ol>'))
    assert _texts(path) == ["\ufffd1. One."]


# ------------------------------------------------------------------------------- PDF
def _grid_words(rows: int, columns: int) -> list[dict]:
    """A bold header line of ``columns`` cells over ``rows`` lines of a word a column."""
    def word(text, k, top, bold):
        return {"text": text, "x0": 30 + 40 * k, "x1": 30 + 40 * k + 25, "top": top,
                "bottom": top + 9, "size": 9, "bold": bold}
    return [word(f"H{k}", k, 50, True) for k in range(columns)] + [
        word(f"w{r}.{k}", k, 75 + 12 * r, False) for r in range(rows) for k in range(columns)]


def test_a_bold_line_of_more_cells_than_a_word_table_has_heads_no_unruled_table():
    """A page of 1,000 bold words in a line over 1,000 columns of words: read as an unruled
    table of 1,000 columns, its cells took quadratic time (500 columns 0.8 s, 1,000 3.1 s);
    no word processor prints a table of more than 63 columns."""
    from wlga_analysis.read.pdf_unruled import MAX_COLUMNS, unruled_tables

    assert len(unruled_tables(_grid_words(5, MAX_COLUMNS), [])) == 1
    assert unruled_tables(_grid_words(5, MAX_COLUMNS + 1), []) == []
    assert unruled_tables(_grid_words(5, 1_000), []) == []


def _headers_over_lines(rows: int) -> list[dict]:
    """``rows`` bold lines of three cells, each well below the line above (a header row
    each), each over one line of text in the first column."""
    def word(text, x0, top, bold):
        return {"text": text, "x0": x0, "x1": x0 + 6 * len(text), "top": top,
                "bottom": top + 9, "size": 9, "bold": bold}
    out: list[dict] = []
    for r in range(rows):
        out += [word(f"H{k}", 30 + 150 * k, 50 + 32 * r, True) for k in range(3)]
        out.append(word(f"Line {r}", 30, 70 + 32 * r, False))
    return out


def test_the_rows_of_a_long_unruled_table_are_found_in_linear_time():
    """The rows of an unruled table: each line of its first column was compared with every
    line of the other columns (a table of 1,000 lines 0.7 s, 2,000 2.6 s, 4,000 8.8 s)."""
    import time

    from wlga_analysis.read.pdf_unruled import unruled_tables

    pages = [_headers_over_lines(n) for n in (1_000, 2_000)]
    best = [float("inf")] * 2
    for _ in range(3):
        for k, words in enumerate(pages):
            start = time.process_time()
            found = unruled_tables(words, [])
            best[k] = min(best[k], time.process_time() - start)
            assert len(found) == 1
    assert best[1] < 3.5 * best[0] + 0.05, f"{best[0]:.3f} s, then {best[1]:.3f} s"


def test_letters_scattered_over_a_pdf_page_are_not_searched_for_columns_for_ever():
    """20,000 one-letter text objects scattered over a page (56 kB): the two-column search
    compared every wide gap with every other, and each column's side again: 16 s."""
    import time

    from wlga_analysis.read.pdf_columns import column_parts

    words = [{"text": "x", "x0": 20.0 + (i * 7) % 550, "x1": 25.0 + (i * 7) % 550,
              "top": 11.0 + (i * 13) % 800, "bottom": 20.0 + (i * 13) % 800, "size": 9}
             for i in range(3_000)]
    start = time.process_time()
    parts = column_parts(words, [])
    assert time.process_time() - start < 1.0
    assert sorted(id(w) for ws, _, _ in parts for w in ws) == sorted(map(id, words))
