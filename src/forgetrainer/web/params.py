"""Parameters shared by the routes of the web app and the API."""

from __future__ import annotations

from typing import Annotated

from fastapi import Path

__all__ = ["MAX_ROW_ID", "RowId"]

# Row ids are 32-bit integers on PostgreSQL; anything larger names nothing.
MAX_ROW_ID = 2**31 - 1
RowId = Annotated[int, Path(ge=1, le=MAX_ROW_ID, description="The id of one of your own rows")]
