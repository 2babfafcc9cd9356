"""Schema changes through Alembic, applied when the store opens."""

from __future__ import annotations

import fcntl
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import TYPE_CHECKING

from alembic import command
from alembic.config import Config
from sqlalchemy import text

if TYPE_CHECKING:
    from forgetrainer.store.database import Database

__all__ = ["MIGRATIONS", "alembic_config", "upgrade"]

MIGRATIONS = Path(__file__).parent / "migrations"


def alembic_config(url: str) -> Config:
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
    advisory lock on PostgreSQL, a lock file beside the database file on SQLite.
    """
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
