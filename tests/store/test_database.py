from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from forgetrainer.store import Database
from forgetrainer.store.database import default_url, normalize_url
from forgetrainer.store.migrate import MIGRATIONS, head_revision, upgrade
from forgetrainer.store.models import Base


def test_migrations_match_the_models_and_run_twice(database: Database) -> None:
    upgrade(database)  # a second run is a no-op
    with database.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []


def test_the_head_read_from_the_files_is_alembics_head() -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    assert head_revision() == ScriptDirectory.from_config(config).get_current_head()


def test_a_store_at_the_head_opens_without_loading_alembic(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'forge.db'}"
    Database(url).dispose()  # creates and migrates
    probe = (
        "import sys; from forgetrainer.store import Database; "
        f"Database({url!r}).dispose(); print('alembic' in sys.modules)"
    )
    reopened = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert reopened.stdout.strip() == "False"
    fresh = f"sqlite:///{tmp_path / 'new.db'}"
    created = subprocess.run(
        [sys.executable, "-c", probe.replace(repr(url), repr(fresh))], capture_output=True, text=True, check=True
    )
    assert created.stdout.strip() == "True", "a new database is migrated by Alembic"


def test_sqlite_runs_in_wal_with_foreign_keys_and_full_sync(tmp_path: Path) -> None:
    database = Database(f"sqlite:///{tmp_path / 'forge.db'}")
    with database.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2
    database.dispose()


def test_the_default_database_lives_in_the_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    monkeypatch.delenv("FORGE_DATABASE_URL", raising=False)
    assert default_url() == f"sqlite:///{tmp_path / 'forgetrainer' / 'forge.db'}"
    monkeypatch.setenv("FORGE_DATABASE_URL", "postgresql://u@h/db")
    assert default_url() == "postgresql+psycopg://u@h/db"
    assert normalize_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"
