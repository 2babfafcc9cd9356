"""Reading the authored YAML files into a validated Catalog, all or nothing.

Parsing a thousand YAML files takes about a second, so the validated records are kept in a
compiled cache keyed by every file's name, size and modification time: any edit rebuilds it.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable
from pathlib import Path

import yaml

from forgetrainer.catalog import cache
from forgetrainer.catalog.build import build_exercises
from forgetrainer.catalog.index import Catalog
from forgetrainer.catalog.links import check_across
from forgetrainer.catalog.problems import CatalogError, Problem
from forgetrainer.catalog.schema import Record, check_record, line_of

__all__ = ["CONTENT_DIR", "default_catalog", "load_catalog", "validate_path"]

CONTENT_DIR = Path(__file__).parent / "content"

_Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _content_files(folder: Path) -> list[Path]:
    return sorted(path for path in folder.iterdir() if path.suffix in (".yaml", ".yml") and path.is_file())


def _read_record(path: Path) -> tuple[Record | None, list[Problem]]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        return None, [Problem(path, f"cannot be read: {error}")]
    try:
        raw = yaml.load(text, Loader=_Loader)  # noqa: S506 - a safe loader
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark is not None else None
        reason = " ".join(part for part in (error.context, error.problem) if part)
        return None, [Problem(path, f"malformed YAML: {reason}", line=line)]
    except yaml.YAMLError as error:
        return None, [Problem(path, f"malformed YAML: {error}")]
    return check_record(path, text, raw)


def _read_records(files: Iterable[Path]) -> tuple[dict[Path, Record], list[Problem]]:
    records: dict[Path, Record] = {}
    problems: list[Problem] = []
    for path in files:
        record, file_problems = _read_record(path)
        problems.extend(file_problems)
        if record is not None:
            records[path] = record
    return records, problems


def _located(problems: list[Problem]) -> list[Problem]:
    """Add the line of the field to problems found across files, which know only the field."""
    located = []
    for problem in problems:
        if problem.line is None and problem.field and problem.path.is_file():
            line = line_of(problem.path.read_text(encoding="utf-8"), problem.field)
            problem = Problem(problem.path, problem.message, problem.field, line)
        located.append(problem)
    return located


def _check_across(records: dict[Path, Record], known_slugs: set[str] | None = None) -> list[Problem]:
    return _located(check_across(records, known_slugs))


def validate_path(path: Path) -> list[Problem]:
    """Every problem in one exercise file or a whole folder of them (empty list: all good).

    A single file's links are checked against the other files in its folder.
    """
    if path.is_dir():
        files = _content_files(path)
        if not files:
            return [Problem(path, "holds no .yaml exercise files")]
        records, problems = _read_records(files)
        if problems:
            # Cross-file checks only mean something once every file has parsed.
            known = {file.stem for file in files}
            return problems + _check_across(records, known)
        return _check_across(records)
    if not path.exists():
        return [Problem(path, "does not exist")]
    records, problems = _read_records([path])
    siblings = {file.stem for file in _content_files(path.parent)}
    return problems + (_check_across(records, siblings) if records else [])


def _compile(files: list[Path]) -> list[Record]:
    records, problems = _read_records(files)
    problems += _check_across(records)
    if problems:
        raise CatalogError(problems)
    return list(records.values())


def load_catalog(folder: Path | None = None, *, use_cache: bool = True) -> Catalog:
    """Load and validate every exercise in `folder` (the bundled library by default).

    Raises CatalogError listing every problem; never returns part of a catalog.
    """
    folder = folder or CONTENT_DIR
    if not folder.is_dir():
        raise CatalogError([Problem(folder, "is not a folder of exercise files")])
    files = _content_files(folder)
    if not files:
        raise CatalogError([Problem(folder, "holds no .yaml exercise files")])
    key = cache.fingerprint(files) if use_cache else ""
    records = cache.read(folder, key) if use_cache else None
    if records is None:
        records = _compile(files)
        if use_cache:
            cache.write(folder, key, records)
    return Catalog(build_exercises(records))


@functools.cache
def default_catalog() -> Catalog:
    """The library of this installation, loaded once per process: the bundled content, or the
    folder named by FORGE_CONTENT_DIR."""
    configured = os.environ.get("FORGE_CONTENT_DIR")
    return load_catalog(Path(configured) if configured else None)
