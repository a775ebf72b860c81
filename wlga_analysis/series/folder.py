"""Which files of a folder of programme updates are updates, and which are left out (said).

A folder an analyst keeps updates in also holds what editors and operating systems leave
there: Word's owner files (``~$update.docx``, a few bytes naming who has it open),
LibreOffice's lock files (``.~lock.update.docx#``), macOS's ``._update.docx`` and
``.DS_Store``, Windows's ``Thumbs.db``, hidden files, sub-folders (an "old" folder), links
whose target is gone. None of these is an update: a file whose name starts with ``.`` or
``~$`` is never read as one (whatever its suffix), and every such entry that is not plain
system furniture is reported as a finding of the series, never dropped silently.

Examples
--------
>>> [is_update_file(Path(n)) for n in ("june.docx", "~$june.docx", "._june.docx", "x.csv")]
[True, False, False, False]
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from wlga_analysis.quality import Issue

__all__ = ["SERIES_SUFFIXES", "is_update_file", "left_out_issues"]

#: File suffixes taken from a folder of updates.
SERIES_SUFFIXES: tuple[str, ...] = (".txt", ".md", ".markdown", ".docx", ".pdf", ".html",
                                    ".htm")
#: Name beginnings of files that are never updates: hidden files (and macOS's ``._`` resource
#: forks, LibreOffice's ``.~lock.``) and Word's owner files ``~$``.
NOT_UPDATE_PREFIXES: tuple[str, ...] = (".", "~$")
#: Operating-system furniture left out without a finding (lower case).
QUIET_NAMES: frozenset[str] = frozenset({".ds_store", "thumbs.db", "desktop.ini"})


def is_update_file(path: Path) -> bool:
    """Whether ``path`` (an entry of a folder of updates) is read as an update.

    Examples
    --------
    >>> is_update_file(Path(".~lock.june.docx#")), is_update_file(Path("README.md"))
    (False, False)
    """
    name = path.name
    return (path.suffix.lower() in SERIES_SUFFIXES and not name.startswith(NOT_UPDATE_PREFIXES)
            and not name.lower().startswith("readme"))


def _why(entry: Path) -> str | None:
    """Why a folder entry is left out (None: it is an update, or quiet furniture)."""
    name = entry.name
    if name.lower() in QUIET_NAMES or name.lower().startswith("readme"):
        return None
    if entry.is_symlink() and not entry.exists():
        return "is a link to a file that does not exist"
    if entry.is_dir():
        return "is a folder (updates are read from the folder given, not its sub-folders)"
    if not entry.is_file():
        return "is not a regular file"
    if name.startswith("~$") or name.startswith(".~lock."):
        return "is an office program's lock file (the document is open somewhere)"
    if name.startswith("."):  # (a hidden document is said: ._june.docx, .june.txt)
        return "is a hidden file" if path_suffix_ok(entry) else None
    if path_suffix_ok(entry):
        return None
    return ("is not a document the loaders read (expected a file ending "
            + ", ".join(SERIES_SUFFIXES) + ")")


def path_suffix_ok(entry: Path) -> bool:
    """Whether ``entry`` has a document suffix (see :data:`SERIES_SUFFIXES`).

    Examples
    --------
    >>> path_suffix_ok(Path("a.PDF")), path_suffix_ok(Path("a.pdf.bak"))
    (True, False)
    """
    return entry.suffix.lower() in SERIES_SUFFIXES


def left_out_issues(folders: Iterable[Path]) -> list[Issue]:
    """A finding for each entry of each folder that is not read as an update.

    Examples
    --------
    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     _ = (Path(tmp) / "~$june.docx").write_bytes(b"owner")
    ...     (Path(tmp) / "old").mkdir()
    ...     [i.message.split(" in ")[0] for i in left_out_issues([Path(tmp)])]
    ['old', '~$june.docx']
    """
    out = []
    for folder in folders:
        for entry in sorted(folder.iterdir()):
            why = _why(entry)
            if why is not None:
                out.append(Issue(entry.name, "programme_series", "not an update", "", None,
                                 f"{entry.name} in {folder} {why}; it is left out of the "
                                 "series"))
    return out
