"""The bundled library and one real plan, shared by the training tests."""

from __future__ import annotations

import pytest

from forgetrainer.catalog import Catalog, default_catalog
from forgetrainer.planner import build_plan, parse_intake
from forgetrainer.planner.plan import Plan


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return default_catalog()


@pytest.fixture(scope="session")
def plan(catalog: Catalog) -> Plan:
    """Hypertrophy for an intermediate in a full gym: Monday, Wednesday and Friday, 60 minutes."""
    intake = {
        "goal": "hypertrophy",
        "experience": "intermediate",
        "days_per_week": 3,
        "minutes_per_session": 60,
        "equipment": "full gym",
    }
    built = build_plan(parse_intake(intake), catalog)
    assert [s.weekday for s in built.weeks[0].sessions] == ["monday", "wednesday", "friday"]
    return built
