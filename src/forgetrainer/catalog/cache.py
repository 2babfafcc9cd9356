"""The compiled catalog cache: validated records saved as JSON in the user's cache folder.

The key covers every content file (name, size, modification time) and the code that
validates them, so an edit to either invalidates it. A cache that cannot be read or written
is ignored: the catalog is then compiled from the YAML files, just more slowly.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from pathlib import Path

import platformdirs

from forgetrainer.catalog.schema import Record

__all__ = ["cache_dir", "fingerprint", "read", "write"]

FORMAT_VERSION = "1"
_CODE_DIR = Path(__file__).parent
_CODE_FILES = (
    _CODE_DIR / "schema.py",
    _CODE_DIR / "links.py",
    _CODE_DIR / "build.py",
    _CODE_DIR.parent / "taxonomy.py",
    _CODE_DIR.parent / "exercise.py",
)


def cache_dir() -> Path:
    configured = os.environ.get("FORGE_CACHE_DIR")
    return Path(configured) if configured else Path(platformdirs.user_cache_dir("forgetrainer"))


def fingerprint(files: list[Path]) -> str:
    digest = hashlib.sha256(FORMAT_VERSION.encode())
    for path in (*_CODE_FILES, *files):
        stat = path.stat()
        digest.update(f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()[:24]


def _prefix(folder: Path) -> str:
    return "catalog-" + hashlib.sha256(str(folder.resolve()).encode()).hexdigest()[:12]


def read(folder: Path, key: str) -> list[Record] | None:
    try:
        data = json.loads((cache_dir() / f"{_prefix(folder)}-{key}.json").read_bytes())
    except (OSError, ValueError):
        return None
    return data if isinstance(data, list) else None


def write(folder: Path, key: str, records: list[Record]) -> None:
    """Save the records of `folder`, replacing older caches of the same folder."""
    target_dir = cache_dir()
    prefix = _prefix(folder)
    with contextlib.suppress(OSError):
        target_dir.mkdir(parents=True, exist_ok=True)
        for stale in target_dir.glob(f"{prefix}-*.json"):
            stale.unlink(missing_ok=True)
        handle, temporary = tempfile.mkstemp(dir=target_dir, suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            json.dump(records, stream, ensure_ascii=False, separators=(",", ":"))
        os.replace(temporary, target_dir / f"{prefix}-{key}.json")
