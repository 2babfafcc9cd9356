"""A missed session's work moves into the rest of the week, or is dropped with a reason."""

from __future__ import annotations

from forgetrainer.catalog import default_catalog
from forgetrainer.planner import build_plan, parse_intake
from forgetrainer.planner.constants import TIME_TOLERANCE
from forgetrainer.training import fold_missed


def plan_for(minutes: int) -> object:
    intake = parse_intake(
        {
            "goal": "hypertrophy",
            "experience": "intermediate",
            "days_per_week": 4,
            "minutes_per_session": minutes,
            "equipment": "full gym",
        }
    )
    return build_plan(intake, default_catalog())


def test_missed_work_moves_to_days_with_room_or_is_dropped_with_a_reason() -> None:
    catalog = default_catalog()
    plan = plan_for(90)
    week = plan.weeks[0].sessions  # type: ignore[attr-defined]
    fold = fold_missed(week, missed=0, remaining=[2, 3], minutes_per_session=90, catalog=catalog)
    lost = [p.slug for p in week[0].exercises]
    assert set(dict(fold.moved)) | set(fold.dropped) == set(lost)
    assert len(fold.reasons) == len(lost)
    for session in fold.sessions:
        assert session.estimated_minutes <= 90 * (1 + TIME_TOLERANCE)
        roles = [p.role for p in session.exercises]
        assert roles == sorted(roles, key=["main", "accessory", "conditioning"].index)
    for _slug, day in fold.moved:
        assert day in ("thursday", "friday")


def test_a_tight_budget_drops_work_and_says_why() -> None:
    catalog = default_catalog()
    plan = plan_for(30)
    week = plan.weeks[0].sessions  # type: ignore[attr-defined]
    fold = fold_missed(week, missed=0, remaining=[1], minutes_per_session=30, catalog=catalog)
    assert fold.dropped
    assert any("Dropped" in reason and "free minutes" in reason for reason in fold.reasons)
