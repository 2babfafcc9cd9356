"""The store's tests run on SQLite and on PostgreSQL.

PostgreSQL comes from FORGE_TEST_POSTGRES_URL (an admin URL to a server), by default the
local server at 127.0.0.1:5432; each test run creates its own database and drops it at the
end. Without a reachable server the PostgreSQL variant is skipped, unless
FORGE_REQUIRE_POSTGRES is set (CI sets it), which makes that a failure.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

from forgetrainer.store import Database
from forgetrainer.store.models import Base

ADMIN_URL = os.environ.get("FORGE_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    name = f"forge_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(ADMIN_URL, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
    except OperationalError as error:
        admin.dispose()
        if os.environ.get("FORGE_REQUIRE_POSTGRES"):
            pytest.fail(f"PostgreSQL is required but not reachable at {ADMIN_URL}: {error}")
        pytest.skip(f"no PostgreSQL at {ADMIN_URL}")
    yield ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


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
