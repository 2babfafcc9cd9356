"""Settings of the web process, read from the environment (FORGE_*)."""

from __future__ import annotations

import os
from dataclasses import dataclass

__all__ = ["Settings"]


@dataclass(frozen=True, slots=True)
class Settings:
    base_url: str = ""
    # How many query-string pages (searches, filtered hubs) to keep rendered in memory.
    query_cache_size: int = 4096
    database_url: str = ""  # empty: SQLite in the user's data folder

    @classmethod
    def from_env(cls) -> Settings:
        return cls(
            base_url=os.environ.get("FORGE_BASE_URL", "").rstrip("/"),
            query_cache_size=int(os.environ.get("FORGE_QUERY_CACHE", "4096")),
            database_url=os.environ.get("FORGE_DATABASE_URL", ""),
        )
