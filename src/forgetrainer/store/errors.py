"""Errors of the store, each with a message a person can act on."""

from __future__ import annotations

__all__ = ["AccountError", "Conflict", "NotFound", "Throttled"]


class NotFound(LookupError):
    """The row does not exist or belongs to someone else: the two look the same from outside."""


class Conflict(RuntimeError):
    """Another change to the same rows landed at the same moment; nothing of this one was written."""


class AccountError(ValueError):
    """A registration, login or password change that cannot go ahead, and why."""


class Throttled(AccountError):
    def __init__(self, retry_after_seconds: int):
        self.retry_after_seconds = retry_after_seconds
        minutes = max(1, retry_after_seconds // 60)
        super().__init__(f"too many failed logins; try again in about {minutes} minute{'s' if minutes != 1 else ''}")
