"""Writing output files safely: whole or not at all.

Examples
--------
>>> import tempfile
>>> from pathlib import Path
>>> with tempfile.TemporaryDirectory() as tmp:
...     target = Path(tmp) / "table.csv"
...     atomic_write(target, b"a,b\\n1,2\\n")
...     target.read_bytes(), sorted(p.name for p in Path(tmp).iterdir())
(b'a,b\\n1,2\\n', ['table.csv'])
"""

from __future__ import annotations

import datetime as dt
import io
import os
import tempfile
import zipfile
from pathlib import Path

from wlga_analysis.text.regex_cache import compile_regex

#: The dates in an Office file's core properties (docProps/core.xml).
_CORE_DATES = compile_regex(rb"(<dcterms:(?:modified|created)[^>]*>)[^<]*(</dcterms:"
                            rb"(?:modified|created)>)")


def fixed_zip(data: bytes, stamp: dt.datetime) -> bytes:
    """Rewrite an Office file (.xlsx, .docx) so that every zip entry and the dates of its
    core properties carry ``stamp``: the same content gives the same bytes.

    Examples
    --------
    >>> buffer = io.BytesIO()
    >>> with zipfile.ZipFile(buffer, "w") as z:
    ...     z.writestr("docProps/core.xml", b"<dcterms:created x='1'>2026-01-01</dcterms:created>")
    >>> fixed = fixed_zip(buffer.getvalue(), dt.datetime(2021, 10, 22))
    >>> zipfile.ZipFile(io.BytesIO(fixed)).read("docProps/core.xml")
    b"<dcterms:created x='1'>2021-10-22T00:00:00Z</dcterms:created>"
    """
    iso = stamp.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = _CORE_DATES.sub(rb"\g<1>" + iso + rb"\g<2>", content)
            entry = zipfile.ZipInfo(info.filename, date_time=stamp.timetuple()[:6])
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            dst.writestr(entry, content)
    return out.getvalue()


def atomic_write(path: str | Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder, then rename.

    A reader never sees a half-written file, and a failure (a full disk, an interrupted
    build) leaves the previous file, or none, with no temporary file behind.

    Parameters
    ----------
    path : str or Path
        The file to write; its folder must exist.
    data : bytes
        The whole content.

    Examples
    --------
    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     atomic_write(Path(tmp) / "note.txt", b"hello")
    ...     (Path(tmp) / "note.txt").read_text()
    'hello'
    """
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
