"""/api/v1 vocabulary lists with the number of exercises for each value."""

from __future__ import annotations

from collections import Counter
from typing import Any

from fastapi import APIRouter

from forgetrainer.taxonomy import (
    BODY_PARTS,
    CATEGORIES,
    DIFFICULTIES,
    EQUIPMENT,
    MUSCLE_GROUPS,
    MUSCLES,
    PATTERNS,
    Term,
    Vocabulary,
)
from forgetrainer.web.api.deps import CatalogDep
from forgetrainer.web.api.models import TermOut

router = APIRouter(prefix="/api/v1", tags=["vocabulary"])


def _terms(vocabulary: Vocabulary[Term], counts: Counter[str]) -> list[dict[str, Any]]:
    return [{"slug": t.slug, "name": t.name, "count": counts.get(t.name, 0)} for t in vocabulary]


@router.get("/body-parts", response_model=list[TermOut], summary="Body parts")
def body_parts(catalog: CatalogDep) -> list[dict[str, Any]]:
    return _terms(BODY_PARTS, catalog.counts("body_part"))


@router.get("/equipment", response_model=list[TermOut], summary="Equipment (as primary equipment)")
def equipment(catalog: CatalogDep) -> list[dict[str, Any]]:
    return _terms(EQUIPMENT, catalog.counts("equipment"))


@router.get("/muscles", response_model=list[TermOut], summary="Muscles (as target) with their display group")
def muscles(catalog: CatalogDep) -> list[dict[str, Any]]:
    counts = catalog.counts("target")
    return [
        {
            "slug": m.slug,
            "name": m.name,
            "count": counts.get(m.name, 0),
            "group": MUSCLE_GROUPS.by_slug(m.group).name,
        }
        for m in MUSCLES
    ]


@router.get("/muscle-groups", response_model=list[TermOut], summary="The 19 muscle display groups")
def muscle_groups(catalog: CatalogDep) -> list[dict[str, Any]]:
    return _terms(MUSCLE_GROUPS, catalog.counts("target_group"))


@router.get("/difficulties", response_model=list[TermOut], summary="Difficulty levels")
def difficulties(catalog: CatalogDep) -> list[dict[str, Any]]:
    return _terms(DIFFICULTIES, catalog.counts("difficulty"))


@router.get("/categories", response_model=list[TermOut], summary="Categories")
def categories(catalog: CatalogDep) -> list[dict[str, Any]]:
    return _terms(CATEGORIES, catalog.counts("category"))


@router.get("/patterns", response_model=list[TermOut], summary="Movement patterns")
def patterns(catalog: CatalogDep) -> list[dict[str, Any]]:
    return _terms(PATTERNS, catalog.counts("pattern"))
