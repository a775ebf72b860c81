"""Fonts embedded in PDFs, subset quickly: TrueType (Type 42), so the text stays text
(editable and searchable), without the layout tables a PDF never uses, and, when many
charts are written in one process, from a smaller working copy of each font.

matplotlib subsets every font it embeds with fontTools, which reads the whole font file
each time: for DejaVu Sans, 6,000 glyphs' outlines, names, metrics and character map,
twice a PDF or more (matplotlib puts ligatures in a second subset). :func:`lean_pdf_fonts`
replaces that step while PDFs are written:

* the OpenType layout tables (GSUB, GPOS, GDEF, kern...) are removed before fontTools
  reads them; matplotlib has already applied them when it laid the text out;
* with :func:`use_working_fonts` on (the chart workers of a build turn it on), each font is
  first cut down once per process to the glyphs of the characters charts write (Latin,
  Welsh included, punctuation, currency, a few arrows, signs and shapes, ligatures), with
  the same glyph names, outlines and character map entries; each PDF's subset is then taken
  from that copy, which writes the same bytes in about a fifth of the time. A glyph
  outside the copy is subset from the font file itself, as before.

Making a working copy takes about 0.2 s a font, on the critical path of every build (the
chart server makes them before it forks its workers), so each copy is also kept on disk,
in matplotlib's cache folder (:func:`working_font_folder`), keyed by the font file, its
size and modification time, the fontTools version and :data:`WORKING_RANGES`; a copy read
back is checked against its own checksum, and anything unreadable is made again.

Examples
--------
>>> from matplotlib import font_manager
>>> path = font_manager.findfont("DejaVu Sans")
>>> copy = working_font(path)
>>> 300 < len(copy.glyph_ids) < 1000, copy.glyph_ids[0]
(True, 0)
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import io
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

#: OpenType tables left out of fonts embedded in PDFs: glyph substitution and positioning
#: are applied by matplotlib when it lays text out; a PDF places each glyph itself.
PDF_UNUSED_FONT_TABLES: tuple[str, ...] = ("GSUB", "GPOS", "GDEF", "kern", "JSTF", "BASE")

#: Code points whose glyphs make up a font's working copy (half-open ranges): what charts
#: of Welsh public bodies' documents write, and little more, since a subset's cost grows
#: with the glyphs of the font it is taken from (here about 570 of DejaVu Sans' 6,000, a
#: subset in 60 % of the time of one from the 1,800 glyphs of all the Latin blocks): ASCII,
#: Latin-1 and Latin Extended-A (Welsh ŵ, ŷ), the Welsh ẁ, ẃ, ẅ, ỳ, general punctuation
#: (dashes, quotes, bullets), super- and subscripts, currency (£, €), the simple arrows,
#: minus, comparison signs, squares and circles (legend marks) and the Latin ligatures.
WORKING_RANGES: tuple[tuple[int, int], ...] = (
    (0x20, 0x7F), (0xA0, 0x180), (0x1E80, 0x1E86), (0x1EF2, 0x1EF4), (0x2010, 0x20C1),
    (0x2190, 0x2196), (0x2212, 0x2213), (0x2260, 0x2266), (0x25A0, 0x25A2), (0x25CB, 0x25D0),
    (0xFB00, 0xFB07))

_use_working_fonts = False
_working_fonts: dict[tuple[str, int], WorkingFont | None] = {}


@dataclass(frozen=True)
class WorkingFont:
    """A font cut down to :data:`WORKING_RANGES`, for quick subsetting.

    Attributes
    ----------
    data : bytes
        The cut-down font file.
    glyph_ids : dict of int to int
        Glyph id in the original font -> glyph id in ``data`` (every glyph kept).
    requested : frozenset of int
        The original glyph ids kept for a character of :data:`WORKING_RANGES` (not only
        as a part of another glyph): those whose subsets can be taken from the copy.
    """

    data: bytes
    glyph_ids: dict[int, int]
    requested: frozenset[int]


def _options(font_number: int) -> Any:
    from fontTools import subset

    options = subset.Options(glyph_names=True, recommended_glyphs=True, layout_features=[])
    options.drop_tables += ["FFTM", "PfEd", "BDF", "meta", *PDF_UNUSED_FONT_TABLES]
    options.font_number = font_number
    return options


def _subset(source: Any, font_number: int, glyphs: Iterable[int]) -> tuple[Any, dict]:
    """fontTools' subset of ``source`` (a path or a file) to ``glyphs``, without reading
    the layout tables: (the font, original glyph id -> new glyph id)."""
    from fontTools import subset

    options = _options(font_number)
    font = subset.load_font(source, options)
    for tag in PDF_UNUSED_FONT_TABLES:  # removed before fontTools reads them at all
        if tag in font:
            del font[tag]
    subsetter = subset.Subsetter(options=options)
    subsetter.populate(gids=list(glyphs))
    subsetter.subset(font)
    return font, subsetter.glyph_index_map


def working_font(fontfile: Any, font_number: int = 0) -> WorkingFont | None:
    """The working copy of a font file (made once per process), or None if it cannot be
    made.

    Every glyph a character of :data:`WORKING_RANGES` maps to is kept (with the
    glyphs they are built from), as requested glyphs, so that every character map entry
    of those glyphs is kept too: a subset taken from the copy is the subset taken from the
    file, byte for byte.
    """
    key = (str(fontfile), font_number)
    if key not in _working_fonts:
        stored = _stored_path(fontfile, font_number)
        copy = _read_stored(stored) if stored is not None else None
        if copy is None:
            copy = _make_working_font(fontfile, font_number)
            if copy is not None and stored is not None:
                _store(stored, copy)
        _working_fonts[key] = copy
    return _working_fonts[key]


def _make_working_font(fontfile: Any, font_number: int) -> WorkingFont | None:
    """Cut ``fontfile`` down to :data:`WORKING_RANGES` (see :func:`working_font`)."""
    try:
        from fontTools import subset

        font = subset.load_font(fontfile, _options(font_number))
        wanted = {font.getGlyphID(name) for code, name in font.getBestCmap().items()
                  if any(low <= code < high for low, high in WORKING_RANGES)}
        font.close()
        wanted |= {0, 1, 2, 3}  # the glyphs fontTools adds to every subset
        copy, glyph_ids = _subset(fontfile, font_number, sorted(wanted))
        buffer = io.BytesIO()
        try:
            copy.save(buffer, reorderTables=False)  # keep the file's table order
        finally:
            copy.close()  # (the font file it was read from)
        return WorkingFont(buffer.getvalue(), dict(glyph_ids), frozenset(wanted))
    except Exception:  # an unusual font: subset from the file itself
        return None


# ----------------------------------------------------------------- copies kept on disk
#: Changes whenever the way a working copy is made or stored changes.
_STORE_VERSION = 1


def working_font_folder() -> Path | None:
    """The folder working copies are kept in (made if needed), or None when there is none
    to write to: ``wlga-analysis-fonts`` in matplotlib's cache folder (``$MPLCONFIGDIR``,
    else the user's cache folder, else a temporary one).

    Examples
    --------
    >>> working_font_folder().name
    'wlga-analysis-fonts'
    """
    try:
        import matplotlib

        folder = Path(matplotlib.get_cachedir()) / "wlga-analysis-fonts"
        folder.mkdir(parents=True, exist_ok=True)
        return folder
    except Exception:  # no writable cache folder: copies are made in each process
        return None


def _stored_path(fontfile: Any, font_number: int) -> Path | None:
    """Where the working copy of ``fontfile`` is kept, or None (no folder, or a font that
    is not a file)."""
    try:
        from fontTools import version as fonttools_version

        stat = os.stat(fontfile)
        folder = working_font_folder()
    except (OSError, TypeError, ImportError):
        return None
    if folder is None:
        return None
    key = json.dumps([_STORE_VERSION, os.path.abspath(fontfile), stat.st_size,
                      stat.st_mtime_ns, font_number, fonttools_version, WORKING_RANGES])
    return folder / f"{hashlib.sha256(key.encode()).hexdigest()[:32]}.json"


def _store(path: Path, copy: WorkingFont) -> None:
    """Keep ``copy`` at ``path`` (written whole or not at all; a failure only costs time)."""
    from wlga_analysis.files import atomic_write

    record = {"sha256": hashlib.sha256(copy.data).hexdigest(),
              "data": base64.b64encode(copy.data).decode("ascii"),
              "glyph_ids": sorted(copy.glyph_ids.items()), "requested": sorted(copy.requested)}
    with contextlib.suppress(OSError):
        atomic_write(path, json.dumps(record, separators=(",", ":")).encode("ascii"))


def _read_stored(path: Path) -> WorkingFont | None:
    """The working copy kept at ``path``, or None when there is none or it does not check
    out (a damaged or foreign file is made again, never used)."""
    try:
        record = json.loads(path.read_bytes())
        data = base64.b64decode(record["data"], validate=True)
        if hashlib.sha256(data).hexdigest() != record["sha256"]:
            return None
        glyph_ids = {int(old): int(new) for old, new in record["glyph_ids"]}
        requested = frozenset(int(g) for g in record["requested"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if not requested <= glyph_ids.keys():
        return None
    return WorkingFont(data, glyph_ids, requested)


def use_working_fonts(on: bool = True) -> None:
    """Subset PDF fonts from working copies in this process from now on (worth it when
    many PDFs are written: making a copy costs about two subsets).

    Examples
    --------
    >>> use_working_fonts(False)
    """
    global _use_working_fonts
    _use_working_fonts = on


def subset_for_pdf(fontfile: Any, glyphs: Iterable[int]) -> tuple[Any, dict[int, int]]:
    """``fontfile`` subset to ``glyphs`` (original glyph ids): the font and the map of
    original to new glyph ids; from the working copy when it is on and holds them all."""
    glyphs = list(glyphs)
    number = getattr(fontfile, "face_index", 0)
    copy = working_font(fontfile, number) if _use_working_fonts else None
    if copy is None or not copy.requested.issuperset(glyphs):
        return _subset(fontfile, number, glyphs)
    font, index = _subset(io.BytesIO(copy.data), 0, [copy.glyph_ids[g] for g in glyphs])
    return font, {g: index[w] for g, w in copy.glyph_ids.items() if w in index}


@contextlib.contextmanager
def lean_pdf_fonts() -> Iterator[None]:
    """While PDFs are written, embed fonts subset by :func:`subset_for_pdf`.

    If matplotlib's subsetting hook is not where this expects, nothing is changed.
    """
    try:
        from matplotlib.backends import _backend_pdf_ps as pdf_ps
    except ImportError:  # pragma: no cover - matplotlib without its PDF backend
        yield
        return
    original = getattr(pdf_ps, "get_glyphs_subset", None)
    results = getattr(pdf_ps, "SubsetResults", None)
    if original is None or results is None:  # pragma: no cover - matplotlib changed
        yield
        return

    def lean_subset(fontfile, glyphs):
        return results(*subset_for_pdf(fontfile, glyphs))._as_cm()

    pdf_ps.get_glyphs_subset = lean_subset
    try:
        yield
    finally:
        pdf_ps.get_glyphs_subset = original
