"""The store's tests run on SQLite and on PostgreSQL (see tests/conftest.py for the server)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from forgetrainer.store import Database
from forgetrainer.store.models import Base


@pytest.fixture(scope="session")
def postgres_database(postgres_url: str) -> Iterator[Database]:
    database = Database(postgres_url)
    yield database
    database.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    if request.param == "sqlite":
        database = Database(f"sqlite:///{tmp_path / 'forge.db'}")
        yield database
        database.dispose()
        return
    database = request.getfixturevalue("postgres_database")
    yield database
    with database.engine.begin() as connection:
        names = ", ".join(table.name for table in reversed(Base.metadata.sorted_tables))
        connection.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
