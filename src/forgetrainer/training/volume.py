"""Weekly sets per major muscle from what was logged, and how recently each muscle worked."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping

from forgetrainer.catalog import Catalog
from forgetrainer.planner.muscles import MAJOR, contribution
from forgetrainer.training.values import LoggedSet

__all__ = ["RECOVERY_HALF_LIFE_HOURS", "recovery", "week_start", "weekly_sets"]

# Fatigue from a set halves every 24 hours (failure-level sets slow recovery for 24-48 h).
RECOVERY_HALF_LIFE_HOURS = 24.0
# Fractional sets still 'in' a muscle at which it shows as fully fatigued.
FULL_FATIGUE_SETS = 8.0


def week_start(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def weekly_sets(sets: Iterable[LoggedSet], catalog: Catalog) -> dict[dt.date, dict[str, float]]:
    """Monday of each week -> major muscle -> fractional work sets (1.0 target, 0.5 secondary)."""
    weeks: dict[dt.date, dict[str, float]] = {}
    for logged in sets:
        exercise = catalog.get(logged.exercise)
        if logged.warmup or exercise is None:
            continue
        bucket = weeks.setdefault(week_start(logged.day), {muscle: 0.0 for muscle in MAJOR})
        for muscle, share in contribution(exercise).items():
            bucket[muscle] += share
    return dict(sorted(weeks.items()))


def recovery(sets: Iterable[LoggedSet], catalog: Catalog, now: dt.datetime) -> Mapping[str, float]:
    """Muscle slug -> fatigue from 0 (fresh) to 1 (just trained hard), for the body map.

    Each work set adds its share (1.0 for the target, 0.5 for a helper), decaying with a half
    life of a day; sets closer to failure count a little more.
    """
    fatigue: dict[str, float] = {}
    for logged in sets:
        exercise = catalog.get(logged.exercise)
        if logged.warmup or exercise is None or logged.performed_at > now:
            continue
        hours = (now - logged.performed_at).total_seconds() / 3600
        decay = math.pow(0.5, hours / RECOVERY_HALF_LIFE_HOURS)
        effort = 1.0 if logged.rir is None else max(0.5, 1.25 - 0.125 * logged.rir)
        shares = {exercise.target.slug: 1.0, **{m.slug: 0.5 for m in exercise.secondary}}
        for muscle, share in shares.items():
            fatigue[muscle] = fatigue.get(muscle, 0.0) + share * decay * effort
    return {muscle: min(1.0, value / FULL_FATIGUE_SETS) for muscle, value in fatigue.items()}
