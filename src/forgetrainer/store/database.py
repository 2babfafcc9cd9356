"""Where the data lives: SQLite in the user's data folder by default, PostgreSQL when
FORGE_DATABASE_URL says so. Migrations run on start."""

from __future__ import annotations

import functools
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from forgetrainer.store.errors import Conflict, NotFound

__all__ = ["Database", "data_dir", "default_url"]


def data_dir() -> Path:
    """The user's data folder (XDG_DATA_HOME is respected), created on demand."""
    folder = Path(platformdirs.user_data_dir("forgetrainer"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def default_url() -> str:
    configured = os.environ.get("FORGE_DATABASE_URL")
    if configured:
        return normalize_url(configured)
    return f"sqlite:///{data_dir() / 'forge.db'}"


def normalize_url(url: str) -> str:
    """PostgreSQL URLs use the psycopg (3) driver."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def _sqlite_pragmas(connection: Any, _record: Any) -> None:
    cursor = connection.cursor()
    # WAL lets readers run beside a writer; FULL makes every acknowledged commit durable.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


class Database:
    def __init__(self, url: str | None = None, *, migrate: bool = True):
        self.url = normalize_url(url) if url else default_url()
        self.engine: Engine = self._engine()
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        if migrate:
            from forgetrainer.store.migrate import upgrade

            upgrade(self)

    @property
    def is_sqlite(self) -> bool:
        return self.url.startswith("sqlite")

    def _engine(self) -> Engine:
        if self.is_sqlite:
            engine = create_engine(self.url, connect_args={"check_same_thread": False, "timeout": 10})
            event.listen(engine, "connect", _sqlite_pragmas)
            return engine
        return create_engine(self.url, pool_size=10, max_overflow=20, pool_pre_ping=True)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back on any error.

        Checks such as "this plan is yours" run before the write; a row deleted by another
        request in between makes the write break a constraint, which is reported as the
        missing row it is (or a conflict), never as a server error.
        """
        try:
            with self._sessions() as session, session.begin():
                yield session
        except IntegrityError as error:
            if getattr(error.orig, "sqlstate", None) == "23503" or "FOREIGN KEY" in str(error.orig).upper():
                raise NotFound("what this refers to was deleted at the same moment; nothing was written") from None
            raise Conflict("another change to the same data landed at the same moment; nothing was written") from None

    def dispose(self) -> None:
        self.engine.dispose()


@functools.cache
def shared(url: str | None = None) -> Database:
    """One Database per process and URL."""
    return Database(url)
