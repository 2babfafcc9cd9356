"""Training days and streaks for the calendar."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from forgetrainer.training.volume import week_start

__all__ = ["Streaks", "streaks"]


@dataclass(frozen=True, slots=True)
class Streaks:
    current_weeks: int  # consecutive weeks up to this one that met the weekly goal
    longest_weeks: int
    current_days: int  # consecutive training days ending today or yesterday
    total_days: int


def streaks(days: Iterable[dt.date], today: dt.date, sessions_per_week: int = 1) -> Streaks:
    trained = sorted(set(days))
    per_week: dict[dt.date, int] = {}
    for day in trained:
        per_week[week_start(day)] = per_week.get(week_start(day), 0) + 1
    goal = max(1, sessions_per_week)
    longest = run = 0
    if per_week:
        week = min(per_week)
        while week <= week_start(today):
            run = run + 1 if per_week.get(week, 0) >= goal else 0
            longest = max(longest, run)
            week += dt.timedelta(weeks=1)
    this_week = week_start(today)
    current = run
    if per_week.get(this_week, 0) < goal:
        # The week in progress does not break a streak until it is over.
        previous = this_week - dt.timedelta(weeks=1)
        current = 0
        week = previous
        while per_week.get(week, 0) >= goal:
            current += 1
            week -= dt.timedelta(weeks=1)
    days_run = 0
    cursor = today if today in trained else today - dt.timedelta(days=1)
    trained_set = set(trained)
    while cursor in trained_set:
        days_run += 1
        cursor -= dt.timedelta(days=1)
    return Streaks(current, longest, days_run, len(trained))
