"""ExerciseDB-compatible routes, so apps written against that API can switch by changing a URL.

Our vocabulary is mapped to theirs (documented in docs/api.md). An exercise's id is its slug.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query
from pydantic import BaseModel

from forgetrainer.catalog import Catalog
from forgetrainer.exercise import Exercise
from forgetrainer.web.api.deps import CatalogDep, exercise_or_404
from forgetrainer.web.api.errors import ApiError
from forgetrainer.web.api.models import ErrorOut

router = APIRouter(prefix="/api/v1/exercisedb", tags=["exercisedb compatibility"])

TARGETS = {
    "glutes": "glutes",
    "abs": "abs",
    "obliques": "abs",
    "front-delts": "delts",
    "side-delts": "delts",
    "rear-delts": "delts",
    "rotator-cuff": "delts",
    "chest": "pectorals",
    "upper-chest": "pectorals",
    "biceps": "biceps",
    "brachialis": "biceps",
    "triceps": "triceps",
    "upper-back": "upper back",
    "lats": "lats",
    "calves": "calves",
    "tibialis": "calves",
    "quads": "quads",
    "hip-flexors": "quads",
    "cardiovascular": "cardiovascular system",
    "forearms": "forearms",
    "hamstrings": "hamstrings",
    "traps": "traps",
    "lower-back": "spine",
    "adductors": "adductors",
    "serratus": "serratus anterior",
    "abductors": "abductors",
    "neck": "levator scapulae",
}
EQUIPMENT = {
    "machine": "leverage machine",
    "ez-bar": "ez barbell",
    "cardio-machine": "elliptical machine",
    "ab-wheel": "wheel roller",
    "foam-roller": "roller",
    "sled": "sled machine",
    "stationary-bike": "stationary bike",
}
_LOWER_LEGS = {"calves", "tibialis"}
_BODY_PARTS = {
    "core": "waist",
    "back": "back",
    "chest": "chest",
    "shoulders": "shoulders",
    "cardio": "cardio",
    "neck": "neck",
}


def body_part_of(exercise: Exercise) -> str:
    part = exercise.body_part.slug
    if part == "legs":
        return "lower legs" if exercise.target.slug in _LOWER_LEGS else "upper legs"
    if part == "arms":
        return "lower arms" if exercise.target.slug == "forearms" else "upper arms"
    return _BODY_PARTS[part]


def equipment_of(exercise: Exercise) -> str:
    return EQUIPMENT.get(exercise.equipment.slug, exercise.equipment.name.lower())


def secondary_of(exercise: Exercise) -> list[str]:
    return list(dict.fromkeys(muscle.name.lower() for muscle in exercise.secondary))


def as_exercisedb(exercise: Exercise) -> dict[str, Any]:
    return {
        "id": exercise.slug,
        "name": exercise.name.lower(),
        "bodyPart": body_part_of(exercise),
        "equipment": equipment_of(exercise),
        "target": TARGETS[exercise.target.slug],
        "secondaryMuscles": secondary_of(exercise),
        "instructions": list(exercise.steps),
        "gifUrl": None,
    }


class ExerciseDbOut(BaseModel):
    id: str
    name: str
    bodyPart: str  # noqa: N815 - their field names
    equipment: str
    target: str
    secondaryMuscles: list[str]  # noqa: N815
    instructions: list[str]
    gifUrl: str | None  # noqa: N815


Limit = Annotated[int, Query(ge=1, le=1000)]
Offset = Annotated[int, Query(ge=0, le=100_000)]
RESPONSES: dict[int | str, dict[str, Any]] = {404: {"model": ErrorOut}, 422: {"model": ErrorOut}}


def _page(exercises: list[Exercise], limit: int, offset: int) -> list[dict[str, Any]]:
    return [as_exercisedb(exercise) for exercise in exercises[offset : offset + limit]]


def _values(catalog: Catalog, value_of: Any) -> list[str]:
    return sorted({value_of(exercise) for exercise in catalog})


def _matching(catalog: Catalog, field: str, wanted: str, value_of: Any) -> list[Exercise]:
    key = wanted.strip().lower()
    found = [exercise for exercise in catalog if value_of(exercise) == key]
    if not found and key not in _values(catalog, value_of):
        allowed = _values(catalog, value_of)
        raise ApiError(404, f"unknown {field} '{wanted}'", field=field, allowed=allowed)
    return found


@router.get("/exercises", response_model=list[ExerciseDbOut])
def all_exercises(catalog: CatalogDep, limit: Limit = 10, offset: Offset = 0) -> list[dict[str, Any]]:
    return _page(list(catalog), limit, offset)


@router.get("/exercises/bodyPart/{body_part}", response_model=list[ExerciseDbOut], responses=RESPONSES)
def by_body_part(body_part: str, catalog: CatalogDep, limit: Limit = 10, offset: Offset = 0) -> list[dict[str, Any]]:
    return _page(_matching(catalog, "bodyPart", body_part, body_part_of), limit, offset)


@router.get("/exercises/target/{target}", response_model=list[ExerciseDbOut], responses=RESPONSES)
def by_target(target: str, catalog: CatalogDep, limit: Limit = 10, offset: Offset = 0) -> list[dict[str, Any]]:
    return _page(_matching(catalog, "target", target, lambda e: TARGETS[e.target.slug]), limit, offset)


@router.get("/exercises/equipment/{equipment}", response_model=list[ExerciseDbOut], responses=RESPONSES)
def by_equipment(equipment: str, catalog: CatalogDep, limit: Limit = 10, offset: Offset = 0) -> list[dict[str, Any]]:
    return _page(_matching(catalog, "equipment", equipment, equipment_of), limit, offset)


@router.get("/exercises/name/{name}", response_model=list[ExerciseDbOut])
def by_name(name: str, catalog: CatalogDep, limit: Limit = 10, offset: Offset = 0) -> list[dict[str, Any]]:
    """Exercises whose name or an alias contains `name` (case-insensitive), as ExerciseDB does."""
    key = name.strip().lower()
    found = [e for e in catalog if key in e.name.lower() or any(key in alias.lower() for alias in e.aliases)]
    return _page(found, limit, offset)


@router.get("/exercises/exercise/{exercise_id}", response_model=ExerciseDbOut, responses=RESPONSES)
def by_id(exercise_id: str, catalog: CatalogDep) -> dict[str, Any]:
    return as_exercisedb(exercise_or_404(catalog, exercise_id))


@router.get("/exercises/bodyPartList", response_model=list[str])
def body_part_list(catalog: CatalogDep) -> list[str]:
    return _values(catalog, body_part_of)


@router.get("/exercises/targetList", response_model=list[str])
def target_list(catalog: CatalogDep) -> list[str]:
    return _values(catalog, lambda e: TARGETS[e.target.slug])


@router.get("/exercises/equipmentList", response_model=list[str])
def equipment_list(catalog: CatalogDep) -> list[str]:
    return _values(catalog, equipment_of)
