"""Shared fixtures: an isolated cache and data folder, and PostgreSQL databases of their own.

PostgreSQL comes from FORGE_TEST_POSTGRES_URL (an admin URL to a server), by default the
local server at 127.0.0.1:5432; each database is created for the run and dropped at the end.
Without a reachable server the PostgreSQL tests are skipped, unless FORGE_REQUIRE_POSTGRES is
set (CI sets it), which makes that a failure.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

ADMIN_URL = os.environ.get("FORGE_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")


@pytest.fixture(autouse=True, scope="session")
def _isolated_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Keep the test run's catalog cache and databases out of the user's own folders."""
    patch = pytest.MonkeyPatch()
    patch.setenv("FORGE_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    patch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("data")))
    patch.delenv("FORGE_DATABASE_URL", raising=False)
    yield
    patch.undo()


def _postgres_database() -> Iterator[str]:
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
def postgres_url() -> Iterator[str]:
    """One PostgreSQL database for the whole run (the store tests empty it after each test)."""
    yield from _postgres_database()


@pytest.fixture()
def fresh_postgres_url() -> Iterator[str]:
    """A PostgreSQL database for one test alone."""
    yield from _postgres_database()
