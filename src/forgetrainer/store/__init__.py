"""Persistence: SQLAlchemy models, Alembic migrations and owner-scoped repositories."""

from forgetrainer.store.accounts import Accounts, SessionInfo
from forgetrainer.store.database import Database, data_dir, default_url
from forgetrainer.store.errors import AccountError, Conflict, NotFound, Throttled
from forgetrainer.store.log import SetValues, TrainingLog

__all__ = [
    "AccountError",
    "Accounts",
    "Conflict",
    "Database",
    "NotFound",
    "SessionInfo",
    "SetValues",
    "Throttled",
    "TrainingLog",
    "data_dir",
    "default_url",
]
