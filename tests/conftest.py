from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True, scope="session")
def _isolated_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Keep the compiled catalog cache of the test run out of the user's cache folder."""
    patch = pytest.MonkeyPatch()
    patch.setenv("FORGE_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    yield
    patch.undo()
