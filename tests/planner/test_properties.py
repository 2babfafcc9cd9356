"""Thousands of generated intakes, every plan checked against every rule."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from forgetrainer.catalog import default_catalog
from forgetrainer.planner import EQUIPMENT_PRESETS, build_plan, check, parse_intake
from forgetrainer.planner.constants import EXPERIENCES, GOALS
from forgetrainer.taxonomy import EQUIPMENT, JOINTS

EXAMPLES = int(os.environ.get("FORGE_PLAN_EXAMPLES", "150"))

intakes = st.fixed_dictionaries(
    {
        "goal": st.sampled_from(GOALS),
        "experience": st.sampled_from(EXPERIENCES),
        "days_per_week": st.integers(1, 7),
        "minutes_per_session": st.integers(15, 180),
        "equipment": st.one_of(
            st.sampled_from(sorted(EQUIPMENT_PRESETS)),
            st.lists(st.sampled_from(EQUIPMENT.slugs), min_size=1, max_size=6, unique=True),
        ),
        "injuries": st.lists(st.sampled_from(JOINTS.slugs), max_size=4, unique=True),
        "priority_muscles": st.lists(
            st.sampled_from(["chest", "side delts", "glutes", "back", "calves", "forearms", "traps", "biceps"]),
            max_size=2,
            unique=True,
        ),
        "weeks": st.integers(4, 6),
        "seed": st.integers(0, 3),
    }
)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(intakes)
def test_every_generated_plan_breaks_no_rule(data: dict[str, object]) -> None:
    catalog = default_catalog()
    plan = build_plan(parse_intake(data), catalog)
    assert [str(v) for v in check(plan, catalog)] == []
