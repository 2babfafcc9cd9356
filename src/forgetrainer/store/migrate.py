"""Schema changes through Alembic, applied when the store opens."""

from __future__ import annotations

import fcntl
import re
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy.engine import Connection

    from forgetrainer.store.database import Database

__all__ = ["MIGRATIONS", "alembic_config", "head_revision", "upgrade"]

MIGRATIONS = Path(__file__).parent / "migrations"
_REVISION = re.compile(r"^(down_revision|revision)\s*=\s*(?:\"([^\"]*)\"|None)", re.M)


def head_revision() -> str:
    """The newest migration, read from the migration files: the one no other revises."""
    revisions: set[str] = set()
    revised: set[str] = set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        found = dict((key, value) for key, value in _REVISION.findall(path.read_text(encoding="utf-8")))
        revisions.add(found["revision"])
        if found.get("down_revision"):
            revised.add(found["down_revision"])
    (head,) = revisions - revised
    return head


def _current_revision(connection: Connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def alembic_config(url: str) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


# Any constant works: it names the lock that keeps two processes from migrating at once.
_ADVISORY_LOCK = 740_112_031


@contextmanager
def _file_lock(path: Path) -> Iterator[None]:
    with open(path, "a+b") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def upgrade(database: Database) -> None:
    """Bring the schema to the newest migration; a no-op when it is there already.

    Several server processes may start together, so the migration runs under a lock: an
    advisory lock on PostgreSQL, a lock file beside the database file on SQLite. A schema at
    the head is recognised without loading Alembic, which each server process would
    otherwise keep in memory for nothing.
    """
    with database.engine.connect() as connection:
        if _current_revision(connection) == head_revision():
            return
    from alembic import command

    config = alembic_config(database.url)
    sqlite_file = database.engine.url.database if database.is_sqlite else None
    lock = (
        _file_lock(Path(f"{sqlite_file}.migrate-lock")) if sqlite_file and sqlite_file != ":memory:" else nullcontext()
    )
    with lock, database.engine.begin() as connection:
        if not database.is_sqlite:
            connection.execute(text(f"SELECT pg_advisory_xact_lock({_ADVISORY_LOCK})"))
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
