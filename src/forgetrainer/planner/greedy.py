"""A fast greedy week that the CP-SAT model starts from.

It repeatedly makes the move with the best gain per second of session time (add an exercise
with the minimum sets, or add one set to an exercise already chosen), scoring gains exactly as
the model's objective does, until no move both fits every limit and improves the week. The
solver then only has to improve on a good, complete solution.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from forgetrainer.exercise import Exercise
from forgetrainer.planner.constants import MAX_SETS, MIN_FREQUENCY, MIN_FREQUENCY_DAYS, MIN_SETS, SESSION_MUSCLE_CAP
from forgetrainer.planner.prescription import Dose

__all__ = ["GreedyWeek", "Weights", "greedy_week"]


@dataclass(frozen=True)
class Weights:
    """The model's objective: per half set up to the low and peak targets, per frequent muscle,
    and per exercise (its preference minus a fixed cost)."""

    reach: Mapping[str, int]
    beyond: Mapping[str, int]
    low: Mapping[str, int]  # in half sets
    peak: Mapping[str, int]
    high: Mapping[str, int]
    frequency: int
    repeat_penalty: int
    main_lift: int = 0  # for each session's first loaded main lift per muscle


@dataclass
class GreedyWeek:
    sets: list[dict[str, int]]
    objective: int
    volume: dict[str, int] = field(default_factory=dict)  # half sets


def greedy_week(
    candidates: Sequence[Sequence[Exercise]],
    budgets: Sequence[int],
    doses: Mapping[str, Dose],
    halves: Mapping[str, Mapping[str, int]],  # slug -> muscle -> half sets per set
    target_of: Mapping[str, str | None],
    warm_seconds: Mapping[str, int],  # slug -> seconds of warm-up if it is the first warmed lift
    group_of: Mapping[str, tuple[tuple[str, str], ...]],
    value: Mapping[str, int],  # slug -> preference minus the per-exercise cost
    weights: Weights,
    *,
    beginner_limited: set[str],
    setup_seconds: int,
) -> GreedyWeek:
    sessions = len(candidates)
    sets: list[dict[str, int]] = [{} for _ in range(sessions)]
    used_time = [0] * sessions
    session_load: list[dict[str, int]] = [{} for _ in range(sessions)]
    warmed: list[set[str]] = [set() for _ in range(sessions)]
    groups: list[set[tuple[str, str]]] = [set() for _ in range(sessions)]
    limited = [0] * sessions
    uses: dict[str, int] = {}
    volume: dict[str, int] = {muscle: 0 for muscle in weights.low}
    hits: dict[str, set[int]] = {muscle: set() for muscle in weights.low}
    cap = int(2 * SESSION_MUSCLE_CAP)
    counts_frequency = sessions >= MIN_FREQUENCY_DAYS
    per_set = {slug: dose.work_seconds + dose.rest_seconds for slug, dose in doses.items()}
    rest = {slug: dose.rest_seconds for slug, dose in doses.items()}
    tracked_halves = {slug: [(m, h) for m, h in muscles.items() if m in volume] for slug, muscles in halves.items()}

    def volume_gain(slug: str, count: int) -> int | None:
        gain = 0
        for muscle, half in tracked_halves[slug]:
            before = volume[muscle]
            after = before + half * count
            if after > weights.high[muscle]:
                return None
            low, peak = weights.low[muscle], weights.peak[muscle]
            gain += weights.reach[muscle] * (min(after, low) - min(before, low))
            gain += weights.beyond[muscle] * (
                min(max(after - low, 0), peak - low) - min(max(before - low, 0), peak - low)
            )
        return gain

    def fits_session(index: int, slug: str, count: int) -> bool:
        load = session_load[index]
        return all(load.get(muscle, 0) + half * count <= cap for muscle, half in halves[slug].items())

    while True:
        best: tuple[float, int, int, str, int] | None = None  # (ratio, gain, index, slug, added sets)
        for index in range(sessions):
            left = budgets[index] - used_time[index]
            for exercise in candidates[index]:
                slug = exercise.slug
                one_set = per_set[slug]
                if slug in sets[index]:
                    if sets[index][slug] >= MAX_SETS or one_set > left:
                        continue
                    added, seconds, extra = 1, one_set, 0
                else:
                    target = target_of[slug]
                    if uses.get(slug, 0) >= 2 or not groups[index].isdisjoint(group_of[slug]):
                        continue
                    if slug in beginner_limited and limited[index] >= 1:
                        continue
                    warm = warm_seconds.get(slug, 0) if target not in warmed[index] else 0
                    seconds = setup_seconds + warm + MIN_SETS * one_set - rest[slug]
                    if seconds > left:
                        continue
                    added = MIN_SETS
                    extra = value[slug] - (weights.repeat_penalty if uses.get(slug, 0) >= 1 else 0)
                    if warm:
                        extra += weights.main_lift
                    second_session = (
                        target in hits and index not in hits[target] and len(hits[target]) == MIN_FREQUENCY - 1
                    )
                    if counts_frequency and second_session:
                        extra += weights.frequency
                if not fits_session(index, slug, added):
                    continue
                gain = volume_gain(slug, added)
                if gain is None or gain + extra <= 0:
                    continue
                ratio = (gain + extra) / max(seconds, 1)
                if best is None or ratio > best[0]:
                    best = (ratio, gain + extra, index, slug, added)
        if best is None:
            break
        _, _, index, slug, added = best
        exercise_sets = sets[index]
        new = slug not in exercise_sets
        dose = doses[slug]
        if new:
            target = target_of[slug]
            warm = warm_seconds.get(slug, 0) if target not in warmed[index] else 0
            used_time[index] += (
                setup_seconds + warm + MIN_SETS * (dose.work_seconds + dose.rest_seconds) - dose.rest_seconds
            )
            if warm:
                warmed[index].add(target or "")
            groups[index].update(group_of[slug])
            uses[slug] = uses.get(slug, 0) + 1
            if slug in beginner_limited:
                limited[index] += 1
            if target in hits:
                hits[target].add(index)
        else:
            used_time[index] += per_set[slug]
        exercise_sets[slug] = exercise_sets.get(slug, 0) + added
        for muscle, half in halves[slug].items():
            session_load[index][muscle] = session_load[index].get(muscle, 0) + half * added
            if muscle in volume:
                volume[muscle] += half * added

    objective = 0
    for muscle in weights.low:
        low, peak = weights.low[muscle], weights.peak[muscle]
        objective += weights.reach[muscle] * min(volume[muscle], low)
        objective += weights.beyond[muscle] * min(max(volume[muscle] - low, 0), peak - low)
        if counts_frequency and len(hits[muscle]) >= MIN_FREQUENCY:
            objective += weights.frequency
    for index in range(sessions):
        for slug in sets[index]:
            objective += value[slug]
        objective += weights.main_lift * len(warmed[index])
    objective -= weights.repeat_penalty * sum(max(count - 1, 0) for count in uses.values())
    return GreedyWeek(sets, objective, volume)
