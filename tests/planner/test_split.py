from __future__ import annotations

import pytest

from forgetrainer.planner.muscles import MAJOR
from forgetrainer.planner.split import choose_split


@pytest.mark.parametrize("days", range(1, 8))
def test_default_schedules_never_target_a_muscle_on_consecutive_days(days: int) -> None:
    split = choose_split(days)
    assert len(split.sessions) == len(split.weekdays) == days
    assert split.overlaps == ()


@pytest.mark.parametrize("days", range(3, 8))
def test_every_major_muscle_is_a_target_twice_a_week_from_three_days(days: int) -> None:
    sessions = choose_split(days).sessions
    for muscle in MAJOR:
        assert sum(muscle in session.muscles for session in sessions) >= 2, muscle


def test_splits_by_days() -> None:
    assert choose_split(3).name == "Full body three times"
    assert [s.name for s in choose_split(4).sessions] == [
        "Upper body",
        "Lower body",
        "Upper body",
        "Lower body",
    ]
    assert choose_split(6).name == "Push / pull / legs twice"


def test_back_to_back_days_choose_the_split_with_the_fewest_overlaps() -> None:
    split = choose_split(3, ("monday", "tuesday", "wednesday"))
    assert split.name == "Upper / lower / full body"
    assert len(split.overlaps) < 10
    four = choose_split(4, ("monday", "tuesday", "wednesday", "thursday"))
    assert four.overlaps == ()
