from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from starlette.testclient import TestClient
from starlette.types import ASGIApp

from forgetrainer.store import Database
from forgetrainer.web import create_app
from forgetrainer.web.settings import Settings


@pytest.fixture(scope="session")
def database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    database = Database(f"sqlite:///{Path(tmp_path_factory.mktemp('web')) / 'forge.db'}")
    yield database
    database.dispose()


@pytest.fixture(scope="session")
def app(database: Database) -> ASGIApp:
    return create_app(Settings(base_url="https://forge.test"), database=database)


@pytest.fixture(scope="session")
def client(app: ASGIApp) -> TestClient:
    return TestClient(app)


@pytest.fixture()
def new_client(app: ASGIApp) -> Callable[..., TestClient]:
    """A browser of its own (its own cookies), optionally on HTTPS."""

    def make(https: bool = False) -> TestClient:
        return TestClient(app, base_url="https://testserver" if https else "http://testserver")

    return make
