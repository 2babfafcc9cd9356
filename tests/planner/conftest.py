from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from forgetrainer.catalog import Catalog, default_catalog
from forgetrainer.planner import Intake, Plan, build_plan, parse_intake


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return default_catalog()


@pytest.fixture(scope="session")
def make_intake(catalog: Catalog) -> Callable[..., Intake]:
    def known(label: str) -> str | None:
        exercise = catalog.lookup(label)
        return exercise.slug if exercise else None

    def make(**fields: Any) -> Intake:
        data = {
            "goal": "hypertrophy",
            "experience": "intermediate",
            "days_per_week": 4,
            "minutes_per_session": 60,
            "equipment": "full gym",
        }
        data.update(fields)
        return parse_intake(data, known)

    return make


@pytest.fixture(scope="session")
def make_plan(catalog: Catalog, make_intake: Callable[..., Intake]) -> Callable[..., Plan]:
    def make(**fields: Any) -> Plan:
        return build_plan(make_intake(**fields), catalog)

    return make
