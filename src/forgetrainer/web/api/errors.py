"""API errors: a 4xx with a JSON body naming what was wrong and what is allowed."""

from __future__ import annotations

from fastapi import HTTPException

from forgetrainer.taxonomy import UnknownTermError

__all__ = ["ApiError", "unknown_term"]


class ApiError(HTTPException):
    def __init__(
        self,
        status_code: int,
        detail: str,
        *,
        field: str | None = None,
        allowed: list[str] | None = None,
        suggestion: str | None = None,
    ):
        super().__init__(status_code, detail)
        self.field = field
        self.allowed = allowed
        self.suggestion = suggestion

    def body(self) -> dict[str, object]:
        body: dict[str, object] = {"detail": self.detail}
        for key in ("field", "allowed", "suggestion"):
            value = getattr(self, key)
            if value is not None:
                body[key] = value
        return body


def unknown_term(error: UnknownTermError, field: str) -> ApiError:
    return ApiError(400, str(error), field=field, allowed=list(error.allowed), suggestion=error.suggestion)
