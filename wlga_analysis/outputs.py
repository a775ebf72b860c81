"""Safe outputs: cells that cannot run as formulas or break a workbook, names that cannot
forge a log line, and a build that lands whole or not at all.

Documents come from web pages and e-mail attachments, so their text is untrusted:

- **CSV injection.** A spreadsheet opening a CSV by double-click runs a cell starting with
  ``=``, ``+``, ``-`` or ``@`` (and a tab or carriage return before one) as a formula.
  Following the OWASP guidance (https://owasp.org/www-community/attacks/CSV_Injection),
  :func:`neutralise_formulas` prefixes such text cells with a single quote ``'``; number
  columns (a real negative amount) are left as they are. The ``.xlsx`` workbook keeps every
  text cell as text, with no prefix.
- **XML.** A character XML 1.0 does not allow (most C0 controls, U+FFFE, U+FFFF, lone
  surrogates) makes an ``.xlsx`` that no one can open: :func:`xml_safe` replaces each with
  U+FFFD, and the build reports it.
- **Names.** File names are escaped (:func:`wlga_analysis.errors.printable`) in logs and
  in the name columns of the tables written.
- **Whole builds.** :class:`StagedOutput` writes a build into a temporary folder beside
  each target folder, under a lock on that target, and renames it into place at the end:
  a failed or killed build leaves the previous complete output set, two builds at once
  never leave a folder mixing both.

Examples
--------
>>> import pandas as pd
>>> neutralise_formulas(pd.DataFrame({"text": ["=1+1", "ok"], "n": [-5, 2]})).to_dict("list")
{'text': ["'=1+1", 'ok'], 'n': [-5, 2]}
>>> xml_safe("page\\x0cbreak\\uffff")
'page\\ufffdbreak\\ufffd'
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import shutil
import tempfile
from pathlib import Path
from typing import Any

from wlga_analysis.errors import ParseError, printable
from wlga_analysis.text.regex_cache import compile_regex

#: First characters that make a spreadsheet read a CSV cell as a formula (OWASP).
FORMULA_TRIGGERS: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r")

#: Name columns of the tables: escaped (no control characters) in every output.
NAME_COLUMNS: dict[str, tuple[str, ...]] = {"documents": ("file",),
                                            "data_quality": ("document",)}

#: Seconds a build waits for another build writing to the same folder.
LOCK_TIMEOUT_S: float = 600.0

_XML_ILLEGAL = compile_regex("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_STAGING = ".staging-"
_OLD = ".old-"
log = logging.getLogger("wlga_analysis")


def neutralise_formulas(frame: Any) -> Any:
    """Return a copy of ``frame`` whose text cells cannot run as spreadsheet formulas.

    A text cell starting with one of :data:`FORMULA_TRIGGERS` gets a leading ``'``.
    Columns of numbers are not touched: a negative amount stays a number.

    Parameters
    ----------
    frame : pandas.DataFrame
        A table ready for CSV (see :func:`wlga_analysis.build.output_frame`).

    Returns
    -------
    pandas.DataFrame

    Examples
    --------
    >>> import pandas as pd
    >>> cells = ["=HYPERLINK(x)", "+44 29", "-1", "@SUM(A1)", "\\t=1", "fine"]
    >>> neutralise_formulas(pd.DataFrame({"text": cells}))["text"].tolist()
    ["'=HYPERLINK(x)", "'+44 29", "'-1", "'@SUM(A1)", "'\\t=1", 'fine']
    """
    import pandas as pd

    out = frame.copy()
    for name in out.columns:
        col = out[name]
        if pd.api.types.is_numeric_dtype(col.dtype) or pd.api.types.is_bool_dtype(col.dtype):
            continue
        risky = col.map(lambda v: isinstance(v, str) and v.startswith(FORMULA_TRIGGERS))
        if risky.any():
            out[name] = col.where(~risky, "'" + col.astype("str"))
    return out


def xml_safe(text: str) -> str:
    """``text`` with every character XML 1.0 does not allow replaced by U+FFFD.

    Examples
    --------
    >>> xml_safe("tab\\tand newline\\n are fine")
    'tab\\tand newline\\n are fine'
    >>> xml_safe("form\\x0cfeed")
    'form\\ufffdfeed'
    """
    return _XML_ILLEGAL.sub("\ufffd", text) if _XML_ILLEGAL.search(text) else text


#: Characters an Excel cell holds at most (Excel's limit; openpyxl cuts longer text silently).
EXCEL_CELL_LIMIT: int = 32_767


def excel_text(text: str) -> str:
    """``text`` as a workbook cell holds it: whole when it fits Excel's cell limit, else cut
    with a note saying so and where the whole text is (the CSV of the same table).

    Examples
    --------
    >>> excel_text("short")
    'short'
    >>> cut = excel_text("x" * 40_000)
    >>> len(cut), cut.endswith("… [cut: 40,000 characters, more than an Excel cell holds; "
    ...                         "see the CSV]")
    (32767, True)
    """
    if len(text) <= EXCEL_CELL_LIMIT:
        return text
    note = (f"… [cut: {len(text):,} characters, more than an Excel cell holds; "
            "see the CSV]")
    return text[:EXCEL_CELL_LIMIT - len(note)] + note


def safe_tables(tables: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """Make every table safe to write: names escaped, characters XML forbids replaced.

    The CSV files and the workbook are written from the same safe tables, so they stay
    equal cell for cell.

    Parameters
    ----------
    tables : dict of str to DataFrame
        Tables ready for output (see :func:`wlga_analysis.build.output_frame`).

    Returns
    -------
    tables : dict of str to DataFrame
        New frames where something changed, the same frames otherwise.
    notes : list of str
        One sentence per column changed, for the log.

    Examples
    --------
    >>> import pandas as pd
    >>> tables = {"documents": pd.DataFrame({"file": ["a\\nb.txt"], "title": ["T\\uffff"]})}
    >>> safe, notes = safe_tables(tables)
    >>> safe["documents"].iloc[0].tolist()
    ['a\\\\nb.txt', 'T\\ufffd']
    >>> notes  # doctest: +NORMALIZE_WHITESPACE
    ['documents.file: 1 file name(s) with control characters escaped',
     'documents.title: 1 cell(s) with characters not allowed in XML replaced by U+FFFD']
    """
    import pandas as pd

    out, notes = {}, []
    for name, frame in tables.items():
        changed = frame
        for column in frame.columns:
            if column in NAME_COLUMNS.get(name, ()):
                fix, what = printable, "file name(s) with control characters escaped"
            else:
                fix = xml_safe
                what = "cell(s) with characters not allowed in XML replaced by U+FFFD"
            col = frame[column]
            if col.dtype != object and not pd.api.types.is_string_dtype(col.dtype):
                continue
            differs = sum(1 for v in col if isinstance(v, str) and fix(v) != v)
            if differs:  # only then is the column rebuilt: no other cell or type changes
                changed = changed.copy() if changed is frame else changed
                changed[column] = col.map(lambda v, f=fix: f(v) if isinstance(v, str) else v)
                notes.append(f"{name}.{column}: {differs} {what}")
        out[name] = changed
    return out, notes


def _lock_path(target: Path) -> Path:
    """Where the lock of ``target`` lives: outside it (it is swapped) and outside its parent
    (which a build must leave as it was), keyed on the folder's absolute path."""
    key = hashlib.sha256(os.fsencode(target.resolve())).hexdigest()[:24]
    folder = Path(tempfile.gettempdir()) / "wlga-analysis-locks"
    folder.mkdir(exist_ok=True)
    return folder / f"{key}.lock"


class StagedOutput:
    """Write a build into temporary folders beside its targets, then swap them in.

    Used as a context manager: entering takes a lock on each target folder (another build
    into the same folder waits), cleans what a killed build left (temporary folders, a
    half-done swap) and creates one empty staging folder per target; :meth:`commit` renames
    each staging folder into place. Leaving without a commit (an error) removes the staging
    folders and leaves the targets as they were.

    Files in a target that the new build does not write (a ``.gitkeep``, an analyst's notes)
    are carried over; temporary files (``.*.tmp``) are not.

    Parameters
    ----------
    *targets : str or Path
        The output folders (need not exist yet).

    Examples
    --------
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     target = Path(tmp) / "out"
    ...     with StagedOutput(target) as stage:
    ...         _ = (stage.folder(target) / "table.csv").write_text("a,b\\n")
    ...         final = stage.commit()
    ...     sorted(p.name for p in Path(tmp).iterdir()), (target / "table.csv").read_text()
    (['out'], 'a,b\\n')
    """

    def __init__(self, *targets: str | Path):
        self.targets = [Path(t) for t in targets]
        self._locks: list[Any] = []
        self._staging: dict[Path, Path] = {}
        self._committed = False

    def __enter__(self) -> StagedOutput:
        from filelock import FileLock, Timeout

        try:
            for target in self.targets:
                lock = FileLock(_lock_path(target), timeout=LOCK_TIMEOUT_S)
                try:
                    lock.acquire()
                except Timeout:
                    raise ParseError(f"another build has been writing here for over "
                                     f"{LOCK_TIMEOUT_S:.0f} s; try again when it is done",
                                     path=target) from None
                self._locks.append(lock)
                target.parent.mkdir(parents=True, exist_ok=True)
                _recover(target)
                self._staging[target] = Path(tempfile.mkdtemp(
                    prefix=f".{target.name}{_STAGING}", dir=target.parent))
        except OSError as exc:
            self._release()
            raise _write_error(exc, self.targets[len(self._staging)]) from None
        except BaseException:
            self._release()
            raise
        return self

    def folder(self, target: str | Path) -> Path:
        """The staging folder where the outputs of ``target`` are written."""
        return self._staging[Path(target)]

    def final_path(self, path: str | Path) -> Path:
        """Where a file written in a staging folder lands after the commit."""
        path = Path(path)
        for target, staging in self._staging.items():
            if path.is_relative_to(staging):
                return target / path.relative_to(staging)
        return path

    def commit(self) -> list[Path]:
        """Swap every staging folder into place; return the targets."""
        try:
            for target, staging in self._staging.items():
                _carry_over(target, staging)
                _swap(staging, target)
        except OSError as exc:
            raise _write_error(exc, target) from None
        self._committed = True
        return list(self._staging)

    def __exit__(self, *exc_info: Any) -> None:
        self._release()

    def _release(self) -> None:
        if not self._committed:
            for staging in self._staging.values():
                shutil.rmtree(staging, ignore_errors=True)
        self._staging = {} if not self._committed else self._staging
        for lock in reversed(self._locks):
            lock.release()
        self._locks = []


def _write_error(exc: OSError, target: Path) -> ParseError:
    return ParseError(f"cannot write the build output: {exc.strerror or exc}; the previous "
                      "outputs there are left as they were (choose another folder with --out "
                      "or free some space)", path=target)


def _recover(target: Path) -> None:
    """Undo what a killed build left beside ``target`` (the caller holds its lock)."""
    leftovers = sorted(target.parent.glob(f".{glob_escape(target.name)}{_OLD}*"))
    if leftovers and (not target.exists() or (target.is_dir() and not any(target.iterdir()))):
        # killed between the two renames of a swap (the target may have been made again,
        # empty, by the build now starting): the previous outputs come back
        if target.exists():
            target.rmdir()
        os.rename(leftovers.pop(), target)
    leftovers += target.parent.glob(f".{glob_escape(target.name)}{_STAGING}*")
    for path in leftovers:
        shutil.rmtree(path, ignore_errors=True)
    if target.is_dir():
        for stray in target.glob(".*.tmp"):  # a file write interrupted in place
            stray.unlink(missing_ok=True)


def glob_escape(name: str) -> str:
    """``name`` with the characters glob reads as patterns escaped.

    Examples
    --------
    >>> glob_escape("out[1]*")
    'out[[]1[]][*]'
    """
    return re.sub(r"([*?\[\]])", r"[\1]", name)


def _carry_over(target: Path, staging: Path) -> None:
    """Copy into ``staging`` what ``target`` holds that the new build did not write."""
    if not target.is_dir():
        return
    for entry in target.iterdir():
        dest = staging / entry.name
        if dest.exists() or (entry.name.startswith(".") and entry.name.endswith(".tmp")):
            continue
        if entry.is_dir() and not entry.is_symlink():
            shutil.copytree(entry, dest, symlinks=True)
        else:
            shutil.copy2(entry, dest, follow_symlinks=False)


def _swap(staging: Path, target: Path) -> None:
    """Rename ``staging`` to ``target``; an old ``target`` is moved aside, then removed."""
    os.chmod(staging, 0o755)  # mkdtemp makes it private; an output folder is not
    if not target.exists():
        os.rename(staging, target)
        return
    old = Path(tempfile.mkdtemp(prefix=f".{target.name}{_OLD}", dir=target.parent))
    os.rmdir(old)
    os.rename(target, old)
    try:
        os.rename(staging, target)
    except OSError:
        os.rename(old, target)
        raise
    shutil.rmtree(old, ignore_errors=True)
