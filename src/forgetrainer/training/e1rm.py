"""Estimated one-repetition maximum from a set (docs/training-science.md, 'Estimating maxes').

Epley and Brzycki are used only for sets of 10 repetitions or fewer (Reynolds et al. 2006)
and averaged; when reps in reserve were logged, the RPE chart of rpe-calc gives the share of
the maximum instead. Expect about 10-13 % error either way.
"""

from __future__ import annotations

__all__ = ["MAX_REPS", "brzycki", "e1rm", "epley", "rpe_percent"]

MAX_REPS = 10


def epley(load: float, reps: int) -> float:
    return load if reps == 1 else load * (1 + reps / 30)


def brzycki(load: float, reps: int) -> float:
    return load * 36 / (37 - reps)


def rpe_percent(reps: int, rir: float) -> float:
    """Share of the one-rep max lifted for `reps` with `rir` in reserve."""
    x = rir + (reps - 1)
    if x <= 2.92:
        return (0.347619 * x * x - 4.60714 * x + 99.9667) / 100
    return (-2.64249 * x + 97.0955) / 100


def e1rm(load: float | None, reps: int | None, rir: float | None = None) -> float | None:
    """The estimated max, or None when a set cannot estimate one (no load, too many reps)."""
    if load is None or load <= 0 or reps is None or not 1 <= reps <= MAX_REPS:
        return None
    if rir is not None:
        return load / rpe_percent(reps, rir)
    return (epley(load, reps) + brzycki(load, reps)) / 2
