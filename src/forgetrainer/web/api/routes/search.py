"""/api/v1/search and /api/v1/suggest."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from forgetrainer.web.api.deps import (
    BodyPartQuery,
    CategoryQuery,
    DifficultyQuery,
    EquipmentQuery,
    IndexDep,
    MuscleQuery,
    parse_filters,
)
from forgetrainer.web.api.models import ErrorOut, SearchOut, SuggestOut

router = APIRouter(prefix="/api/v1", tags=["search"])


@router.get("/search", response_model=SearchOut, responses={400: {"model": ErrorOut}, 422: {"model": ErrorOut}})
def search(
    index: IndexDep,
    q: Annotated[str, Query(max_length=1000, description="What you would say to a coach")] = "",
    body_part: BodyPartQuery = None,
    equipment: EquipmentQuery = None,
    muscle: MuscleQuery = None,
    difficulty: DifficultyQuery = None,
    category: CategoryQuery = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 20,
    offset: Annotated[int, Query(ge=0, le=100_000)] = 0,
    explain: bool = False,
) -> dict[str, Any]:
    """Search in gym language: typos, aliases, muscles by any name, filters in plain words."""
    filters = parse_filters(
        body_part=body_part, equipment=equipment, muscle=muscle, difficulty=difficulty, category=category
    )
    result = index.search(q, filters)
    page = result.hits[offset : offset + limit]
    return {
        "query": result.query,
        "parsed": result.parsed.describe(),
        "total": len(result.hits),
        "limit": limit,
        "offset": offset,
        "notes": list(result.notes),
        "suggestions": [exercise.slug for exercise in result.suggestions],
        "results": [
            {
                "score": hit.score,
                "reasons": list(hit.reasons) if explain else None,
                "exercise": hit.exercise.to_dict(),
            }
            for hit in page
        ],
    }


@router.get("/suggest", response_model=SuggestOut)
def suggest(
    index: IndexDep,
    q: Annotated[str, Query(max_length=200, description="The start of a name")] = "",
    limit: Annotated[int, Query(ge=1, le=25)] = 10,
) -> dict[str, Any]:
    """Autocomplete for a search box: names and aliases starting with `q`, most popular first."""
    return {
        "query": q,
        "suggestions": [{"slug": e.slug, "name": e.name} for e in index.suggest(q, limit)],
    }
