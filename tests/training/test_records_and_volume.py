from __future__ import annotations

import datetime as dt

from forgetrainer.catalog import default_catalog
from forgetrainer.training import LoggedSet, e1rm_history, records
from forgetrainer.training.calendar import streaks
from forgetrainer.training.volume import recovery, weekly_sets

MONDAY = dt.datetime(2026, 11, 2, 18)


def logged(exercise: str, days: int, load: float | None, reps: int, **extra: object) -> LoggedSet:
    return LoggedSet(exercise, MONDAY + dt.timedelta(days=days), load, reps, **extra)  # type: ignore[arg-type]


def test_records_are_set_by_the_first_set_to_reach_them() -> None:
    log = [
        logged("barbell-bench-press", 0, 80, 5),
        logged("barbell-bench-press", 2, 85, 3),
        logged("barbell-bench-press", 4, 80, 8),
        logged("push-up", 1, None, 20),
        logged("push-up", 3, None, 25),
    ]
    found = {(r.exercise, r.kind): r for r in records(log)}
    assert found[("barbell-bench-press", "heaviest")].value == 85
    assert found[("barbell-bench-press", "e1rm")].detail == "80 kg x 8"
    assert found[("push-up", "most_reps")].value == 25
    history = e1rm_history(log, "barbell-bench-press")
    assert [day.day for day, _, _ in history] == [2, 4, 6]


def test_weekly_sets_count_target_and_half_secondary() -> None:
    catalog = default_catalog()
    bench = catalog["barbell-bench-press"]
    log = [logged("barbell-bench-press", 0, 80, 8) for _ in range(3)]
    log.append(logged("barbell-bench-press", 0, 40, 5, warmup=True))
    week = weekly_sets(log, catalog)[dt.date(2026, 11, 2)]
    assert week["chest"] == 3.0
    secondary_majors = {m.slug for m in bench.secondary} & {"triceps", "front-delts"}
    assert secondary_majors and week["triceps"] == 1.5


def test_recovery_fades_with_time() -> None:
    catalog = default_catalog()
    log = [logged("barbell-back-squat", 0, 100, 5, rir=1.0) for _ in range(5)]
    fresh = recovery(log, catalog, MONDAY + dt.timedelta(hours=1))
    later = recovery(log, catalog, MONDAY + dt.timedelta(days=3))
    assert fresh["quads"] > later["quads"] > 0
    assert fresh["quads"] <= 1.0


def test_streaks_in_weeks_and_days() -> None:
    days = [dt.date(2026, 11, d) for d in (2, 4, 9, 11, 16, 17, 18)]
    found = streaks(days, today=dt.date(2026, 11, 18), sessions_per_week=2)
    assert (found.current_weeks, found.longest_weeks, found.current_days, found.total_days) == (3, 3, 3, 7)
    # An unfinished week does not break the streak.
    assert streaks(days[:4], today=dt.date(2026, 11, 16), sessions_per_week=2).current_weeks == 2
