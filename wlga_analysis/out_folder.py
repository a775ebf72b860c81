"""Where a build may write: never over its inputs, the package or a folder that holds them.

A build replaces its output folder as a whole (it is written beside it and swapped in, see
:class:`wlga_analysis.outputs.StagedOutput`), so ``--out`` must name a folder of outputs,
not one that holds something else the project or the analyst needs:

- ``data/raw/`` (and ``data/examples/``) are immutable inputs: nothing is written in them;
- the package's own folder is code: nothing is written in it;
- a folder that *holds* one of those, the project root, the current folder or the home
  folder (``--out .``, ``--out ~``, ``--out /``) would be moved aside and copied whole;
- a folder holding a document the build reads would have its input swapped under it.

Each is refused with a :class:`~wlga_analysis.errors.ParseError` naming the folder and what
to choose instead, before anything is created or written.

Examples
--------
>>> from wlga_analysis import config
>>> check_output_folder(config.RAW_DIR)
Traceback (most recent call last):
...
wlga_analysis.errors.ParseError: .../data/raw: cannot write the build output here: ...
>>> check_output_folder(config.PROJ_ROOT / "data" / "processed")
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from wlga_analysis.errors import ParseError

__all__ = ["check_output_file", "check_output_folder", "protected_folders"]


def protected_folders() -> dict[str, tuple[Path, bool]]:
    """The folders a build never writes over: what each is, its path, and whether writing
    *inside* it is refused too (True) or only replacing it or a folder holding it (False).

    Examples
    --------
    >>> sorted(protected_folders())[:3]
    ['the current folder', 'the example updates (data/examples)', 'the home folder']
    """
    import wlga_analysis
    from wlga_analysis import config

    return {
        "the raw documents and reference lists (data/raw), which are immutable":
            (config.RAW_DIR, True),
        "the example updates (data/examples)": (config.DATA_DIR / "examples", True),
        "the package's code": (Path(wlga_analysis.__file__).parent, True),
        "the project": (config.PROJ_ROOT, False),
        "the current folder": (Path.cwd(), False),
        "the home folder": (Path.home(), False),
    }


def _resolved(path: str | Path) -> Path:
    return Path(path).expanduser().resolve()


def check_output_folder(out: str | Path, inputs: Iterable[str | Path] = ()) -> None:
    """Refuse an output folder that would write over an input, the package or a folder
    holding them (see the module's description).

    Parameters
    ----------
    out : str or Path
        The output folder (``--out``); it need not exist.
    inputs : iterable of str or Path
        The documents the build reads: none may lie inside ``out``.

    Raises
    ------
    ParseError
        Naming ``out``, what it would write over, and asking for another folder.

    Examples
    --------
    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     check_output_folder(Path(tmp) / "out", [Path(tmp) / "update.txt"])
    ...     check_output_folder(tmp, [Path(tmp) / "update.txt"])
    Traceback (most recent call last):
    ...
    wlga_analysis.errors.ParseError: ...: cannot write the build output here: it holds \
update.txt, a document this build reads...
    """
    target = _resolved(out)
    for what, (folder, inside_too) in protected_folders().items():
        folder = _resolved(folder)
        if folder.is_relative_to(target) or (inside_too and target.is_relative_to(folder)):
            where = "is or holds" if folder.is_relative_to(target) else "is inside"
            raise ParseError(f"cannot write the build output here: it {where} {what}; a "
                             "build replaces its output folder as a whole; choose another "
                             "folder with --out (e.g. a new sub-folder)", path=out)
    for document in inputs:
        if _resolved(document).is_relative_to(target):
            raise ParseError(f"cannot write the build output here: it holds "
                             f"{Path(document).name}, a document this build reads, and a "
                             "build replaces its output folder as a whole; choose another "
                             "folder with --out", path=out)


def check_output_file(path: str | Path | None) -> None:
    """Refuse to write a file (a report, a Word briefing, notebooks: ``--out`` of the other
    commands) inside the immutable inputs or the package (see :func:`protected_folders`).

    Parameters
    ----------
    path : str or Path, optional
        The file or folder to be written; None (the command's default) is not checked.

    Raises
    ------
    ParseError
        Naming ``path`` and the folder it would write in.

    Examples
    --------
    >>> from wlga_analysis import config
    >>> check_output_file(config.REPORTS_DIR / "briefing.docx")
    >>> check_output_file(config.RAW_DIR / "briefing.docx")
    Traceback (most recent call last):
    ...
    wlga_analysis.errors.ParseError: ...briefing.docx: cannot write here: it is inside the ...
    """
    if path is None:
        return
    target = _resolved(path)
    for what, (folder, inside_too) in protected_folders().items():
        if inside_too and target.is_relative_to(_resolved(folder)):
            raise ParseError(f"cannot write here: it is inside {what}; choose another place "
                             "with --out", path=path)
