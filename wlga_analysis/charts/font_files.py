"""Font files that FreeType reads from memory, in processes that only render charts.

matplotlib opens each font it draws with as a Python file object and hands FreeType a
callback that reads through it: every glyph FreeType loads (to shape a text, measure it,
draw it, place it in a PDF) is a ``seek`` and a ``read`` on that file, often a system
call each. Shaping and drawing a chart's text that way took more of a chart's time than
drawing its bars. :func:`read_fonts_from_memory` makes matplotlib open every font file
of up to :data:`FONT_FILE_LIMIT` bytes from its bytes in memory instead (read once per
process, and shared by the processes forked after), with the same glyphs, metrics and
output; a font's ``fname`` still reads as its path where matplotlib asks for one (PDF
embedding).

It changes how matplotlib opens fonts for the whole process, so only processes of their
own that render charts turn it on (the chart server of a build, see
:mod:`wlga_analysis.chart_workers`).

Examples
--------
>>> from matplotlib import font_manager
>>> path = font_manager.findfont("DejaVu Sans")
>>> font = FontFile.of(path)
>>> str(font) == str(path), font.read(4)
(True, b'\\x00\\x01\\x00\\x00')
"""

from __future__ import annotations

import io
import os
import types
from typing import Any

#: Largest font file read into memory (bytes); larger ones are read from the file as before.
FONT_FILE_LIMIT: int = 32 * 2**20

_font_bytes: dict[str, bytes] = {}


class FontFile(io.BytesIO):
    """A font file's bytes as a file object that FreeType reads from memory; ``str()``
    gives the file's path (what matplotlib takes a font's ``fname`` for). It has no
    ``__fspath__``: matplotlib would open the path instead.

    Examples
    --------
    >>> font = FontFile(b"font bytes", "/fonts/Example.ttf")
    >>> str(font), font.read(4)
    ('/fonts/Example.ttf', b'font')
    """

    def __init__(self, data: bytes, path: str):
        super().__init__(data)
        self.path = path

    def __str__(self) -> str:
        return self.path

    @classmethod
    def of(cls, path: Any) -> FontFile | None:
        """The font file at ``path`` in memory (read once per process), or None when it is
        not a file path, cannot be read or is larger than :data:`FONT_FILE_LIMIT`."""
        if not isinstance(path, str | os.PathLike):
            return None
        key = os.fspath(path)
        if not isinstance(key, str):
            return None
        if key not in _font_bytes:
            try:
                if os.path.getsize(key) > FONT_FILE_LIMIT:
                    return None
                with open(key, "rb") as file:
                    _font_bytes[key] = file.read()
            except OSError:
                return None
        return cls(_font_bytes[key], key)


class _FT2FontFromMemory(types.ModuleType):
    """matplotlib's ``ft2font`` module as ``font_manager`` sees it once fonts are read from
    memory: ``FT2Font(path, ...)`` opens the :class:`FontFile` of ``path``; everything
    else is the module's own."""

    def __init__(self, ft2font: types.ModuleType):
        super().__init__(ft2font.__name__)
        self._ft2font = ft2font

    def __getattr__(self, name: str) -> Any:
        return getattr(self._ft2font, name)

    def FT2Font(self, filename: Any, *args: Any, **kwargs: Any) -> Any:
        font_file = FontFile.of(filename)
        return self._ft2font.FT2Font(filename if font_file is None else font_file,
                                     *args, **kwargs)


def read_fonts_from_memory() -> bool:
    """Have matplotlib open font files from memory in this process from now on (see the
    module's description); True if it does (also when it already did), False where
    matplotlib's font manager is not laid out as expected (then nothing changes).

    Examples
    --------
    >>> import subprocess, sys
    >>> code = ("from wlga_analysis.charts.font_files import read_fonts_from_memory as r; "
    ...         "from matplotlib import font_manager as fm; "
    ...         "print(r(), r(), type(fm.get_font(fm.findfont('DejaVu Sans')).fname).__name__)")
    >>> subprocess.run([sys.executable, "-c", code], capture_output=True,
    ...                text=True).stdout.split()
    ['True', 'True', 'FontFile']
    """
    from matplotlib import font_manager, ft2font

    current = getattr(font_manager, "ft2font", None)
    if isinstance(current, _FT2FontFromMemory):
        return True
    if current is not ft2font or not hasattr(font_manager, "_get_font"):
        return False  # pragma: no cover - matplotlib changed
    font_manager.ft2font = _FT2FontFromMemory(ft2font)
    font_manager._get_font.cache_clear()  # fonts opened before: opened again, from memory
    return True
