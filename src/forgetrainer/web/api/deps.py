"""Shared dependencies of the API routes."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from forgetrainer.catalog import Catalog, Filters
from forgetrainer.exercise import Exercise
from forgetrainer.search import SearchIndex, search_index
from forgetrainer.taxonomy import UnknownTermError
from forgetrainer.web.api.errors import ApiError, unknown_term

__all__ = ["CatalogDep", "IndexDep", "exercise_or_404", "parse_filters"]


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
