"""Shared dependencies of the API routes."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, Query, Request

from forgetrainer.catalog import Catalog, Filters
from forgetrainer.exercise import Exercise
from forgetrainer.search import SearchIndex, search_index
from forgetrainer.taxonomy import (
    BODY_PARTS,
    CATEGORIES,
    DIFFICULTIES,
    EQUIPMENT,
    MUSCLE_GROUPS,
    MUSCLES,
    UnknownTermError,
    Vocabulary,
)
from forgetrainer.web.api.errors import ApiError, unknown_term

__all__ = [
    "BodyPartQuery",
    "CatalogDep",
    "CategoryQuery",
    "DifficultyQuery",
    "EquipmentQuery",
    "IndexDep",
    "MuscleQuery",
    "exercise_or_404",
    "parse_filters",
]


def get_catalog(request: Request) -> Catalog:
    catalog: Catalog = request.app.state.catalog
    return catalog


def get_index(request: Request) -> SearchIndex:
    return search_index(get_catalog(request))


CatalogDep = Annotated[Catalog, Depends(get_catalog)]
IndexDep = Annotated[SearchIndex, Depends(get_index)]


def exercise_or_404(catalog: Catalog, slug: str) -> Exercise:
    exercise = catalog.get(slug) or catalog.lookup(slug)
    if exercise is None:
        close = [e.slug for e in search_index(catalog).search(slug.replace("-", " ")).exercises[:3]]
        hint = f" Did you mean {', '.join(close)}?" if close else ""
        raise ApiError(404, f"no exercise '{slug}'.{hint}", field="slug")
    return exercise


def parse_filters(**values: str | None) -> Filters:
    for field, value in values.items():
        try:
            Filters.parse(**{field: value})
        except UnknownTermError as error:
            raise unknown_term(error, field) from error
    return Filters.parse(**values)


def vocabulary_values(vocabulary: Vocabulary[Any]) -> list[str]:
    """Every label a filter accepts: slugs, display names and aliases (in any letter case)."""
    return sorted({value for term in vocabulary for value in (term.slug, term.name, *term.aliases)})


def _filter(description: str, values: list[str]) -> Any:
    # The empty value means "no filter", as a form left blank sends it.
    return Query(
        max_length=60,
        description=f"{description}; a slug, display name or alias, in any letter case",
        json_schema_extra={"enum": ["", *values]},
    )


BodyPartQuery = Annotated[str | None, _filter("Body part", vocabulary_values(BODY_PARTS))]
EquipmentQuery = Annotated[str | None, _filter("Equipment the exercise uses", vocabulary_values(EQUIPMENT))]
MuscleQuery = Annotated[
    str | None,
    _filter(
        "A muscle or a display group",
        sorted(set(vocabulary_values(MUSCLES)) | set(vocabulary_values(MUSCLE_GROUPS))),
    ),
]
DifficultyQuery = Annotated[str | None, _filter("Difficulty", vocabulary_values(DIFFICULTIES))]
CategoryQuery = Annotated[str | None, _filter("Category", vocabulary_values(CATEGORIES))]
