"""/api/v1/exercises: list with filters, one exercise, and its neighbours."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any

from fastapi import APIRouter, Query

from forgetrainer.catalog import popularity_order
from forgetrainer.exercise import Exercise
from forgetrainer.taxonomy import EQUIPMENT, UnknownTermError
from forgetrainer.web.api.deps import (
    BodyPartQuery,
    CatalogDep,
    CategoryQuery,
    DifficultyQuery,
    EquipmentQuery,
    IndexDep,
    MuscleQuery,
    exercise_or_404,
    parse_filters,
)
from forgetrainer.web.api.errors import unknown_term
from forgetrainer.web.api.models import ErrorOut, ExerciseList, ExerciseOut

router = APIRouter(prefix="/api/v1/exercises", tags=["exercises"])

ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorOut},
    404: {"model": ErrorOut},
    422: {"model": ErrorOut},
}


class Sort(StrEnum):
    popularity = "popularity"
    name = "name"
    difficulty = "difficulty"
    relevance = "relevance"


def _sorted(exercises: list[Exercise], sort: Sort) -> list[Exercise]:
    if sort is Sort.name:
        return sorted(exercises, key=lambda exercise: exercise.name.lower())
    if sort is Sort.difficulty:
        order = {"beginner": 0, "intermediate": 1, "advanced": 2}
        return sorted(exercises, key=lambda e: (order[e.difficulty.slug], *popularity_order(e)))
    if sort is Sort.popularity:
        return sorted(exercises, key=popularity_order)
    return exercises


Text = Annotated[str | None, Query(max_length=200)]


@router.get("", response_model=ExerciseList, responses=ERRORS, summary="List and filter exercises")
def list_exercises(
    catalog: CatalogDep,
    index: IndexDep,
    body_part: BodyPartQuery = None,
    equipment: EquipmentQuery = None,
    muscle: MuscleQuery = None,
    difficulty: DifficultyQuery = None,
    category: CategoryQuery = None,
    q: Annotated[str | None, Query(max_length=1000, description="Search words, as in /search")] = None,
    sort: Sort = Sort.relevance,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0, le=100_000)] = 0,
) -> dict[str, Any]:
    filters = parse_filters(
        body_part=body_part, equipment=equipment, muscle=muscle, difficulty=difficulty, category=category
    )
    found = index.search(q, filters).exercises if q else catalog.filter(filters)
    found = _sorted(found, sort)
    page = found[offset : offset + limit]
    return {"total": len(found), "limit": limit, "offset": offset, "exercises": [e.to_dict() for e in page]}


@router.get("/{slug}", response_model=ExerciseOut, responses=ERRORS, summary="One exercise")
def get_exercise(slug: str, catalog: CatalogDep) -> dict[str, Any]:
    return exercise_or_404(catalog, slug).to_dict()


@router.get("/{slug}/related", response_model=list[ExerciseOut], responses=ERRORS, summary="Six closest exercises")
def related(slug: str, catalog: CatalogDep, limit: Annotated[int, Query(ge=1, le=50)] = 6) -> list[dict[str, Any]]:
    return [e.to_dict() for e in catalog.related(exercise_or_404(catalog, slug), limit)]


@router.get("/{slug}/easier", response_model=list[ExerciseOut], responses=ERRORS, summary="Easier variations")
def easier(slug: str, catalog: CatalogDep) -> list[dict[str, Any]]:
    return [e.to_dict() for e in catalog.easier(exercise_or_404(catalog, slug))]


@router.get("/{slug}/harder", response_model=list[ExerciseOut], responses=ERRORS, summary="Harder progressions")
def harder(slug: str, catalog: CatalogDep) -> list[dict[str, Any]]:
    return [e.to_dict() for e in catalog.harder(exercise_or_404(catalog, slug))]


@router.get(
    "/{slug}/alternatives",
    response_model=list[ExerciseOut],
    responses=ERRORS,
    summary="Same target muscle, doable with the given equipment",
)
def alternatives(
    slug: str,
    catalog: CatalogDep,
    equipment: Annotated[
        str | None, Query(max_length=500, description="Comma-separated equipment you have; omit for any")
    ] = None,
    limit: Annotated[int, Query(ge=1, le=50)] = 6,
) -> list[dict[str, Any]]:
    exercise = exercise_or_404(catalog, slug)
    available = None
    if equipment is not None:
        try:
            available = [EQUIPMENT.resolve(part) for part in equipment.split(",") if part.strip()]
        except UnknownTermError as error:
            raise unknown_term(error, "equipment") from error
    return [e.to_dict() for e in catalog.alternatives(exercise, available, limit)]
