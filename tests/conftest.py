from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True, scope="session")
def _isolated_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Keep the test run's catalog cache and databases out of the user's own folders."""
    patch = pytest.MonkeyPatch()
    patch.setenv("FORGE_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    patch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("data")))
    patch.delenv("FORGE_DATABASE_URL", raising=False)
    yield
    patch.undo()
