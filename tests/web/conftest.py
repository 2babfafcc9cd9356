from __future__ import annotations

import pytest
from starlette.testclient import TestClient

from forgetrainer.web import create_app
from forgetrainer.web.settings import Settings


@pytest.fixture(scope="session")
def client() -> TestClient:
    return TestClient(create_app(Settings(base_url="https://forge.test")))
