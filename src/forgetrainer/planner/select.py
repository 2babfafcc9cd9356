"""Choosing exercises and sets for a week: a CP-SAT model, started from a greedy week.

For the heaviest week of the block, pick for every session a few exercises and their sets so
that the weekly volume of each tracked muscle reaches its lower bound and then its peak
target, priority muscles weighted up, under hard limits: the session's time budget, at most
about ten sets per muscle per session, the upper volume bound, the difficulty ceiling, one
exercise per pattern and target in a session, and at most two sessions a week per exercise.
Volume is counted in half sets so every coefficient is an integer.
"""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from forgetrainer.exercise import Exercise
from forgetrainer.planner.constants import (
    MAX_SETS,
    MIN_FREQUENCY,
    MIN_FREQUENCY_DAYS,
    MIN_SETS,
    SESSION_MUSCLE_CAP,
    SETUP_MINUTES,
    WARMUP_SCHEME,
    WARMUP_SET_MINUTES,
)
from forgetrainer.planner.greedy import GreedyWeek, Weights, greedy_week
from forgetrainer.planner.muscles import contribution, major_of
from forgetrainer.planner.prescription import Dose, is_loaded, role_of

if TYPE_CHECKING:
    from ortools.sat.python import cp_model

__all__ = ["Selection", "SessionSlot", "VolumeTargets", "select", "shares"]

CANDIDATES_PER_MUSCLE = 6
SAME_PATTERN_PER_MUSCLE = 2
# A deterministic work limit, not wall time, so the same intake always gives the same plan.
WORK_LIMIT = 0.04
EXERCISE_COST = 60
FREQUENCY_BONUS = 400
REPEAT_PENALTY = 10


@dataclass(frozen=True)
class VolumeTargets:
    """Weekly fractional sets per tracked muscle (major muscle key or fine muscle slug)."""

    low: Mapping[str, float]
    peak: Mapping[str, float]
    high: Mapping[str, float]
    weight: Mapping[str, float]


@dataclass(frozen=True)
class SessionSlot:
    name: str
    muscles: tuple[str, ...]  # tracked muscles this session may target
    budget_seconds: int  # for the exercises, after the general warm-up and any conditioning


@dataclass(frozen=True)
class Selection:
    sessions: tuple[tuple[tuple[Exercise, int], ...], ...]
    status: str
    objective: float
    bound: float
    seconds: float


def shares(exercise: Exercise, extras: Sequence[str]) -> dict[str, float]:
    """Tracked muscle -> volume of one set: major muscles plus any extra (fine) muscles."""
    counted = dict(contribution(exercise))
    for slug in extras:
        if exercise.target.slug == slug:
            counted[slug] = 1.0
        elif any(muscle.slug == slug for muscle in exercise.secondary):
            counted[slug] = 0.5
    return counted


def _target_key(exercise: Exercise, extras: Sequence[str]) -> str | None:
    return exercise.target.slug if exercise.target.slug in extras else major_of(exercise.target.slug)


def _variety_groups(exercise: Exercise, target: str | None) -> tuple[tuple[str, str], ...]:
    """Exercises sharing a group do not meet in one session: the same target and pattern, or
    for compound lifts the same pattern on the same equipment (back squat and low-bar squat)."""
    groups = [(target or exercise.target.slug, exercise.pattern.slug)]
    if role_of(exercise) == "main":
        groups.append((exercise.pattern.slug, exercise.equipment.slug))
    return tuple(groups)


def _ranked_by_muscle(
    pool: Sequence[Exercise], prefer: Mapping[str, int], extras: Sequence[str]
) -> dict[str | None, list[Exercise]]:
    """Target muscle -> the pool's exercises for it, best liked first."""
    ranked: dict[str | None, list[Exercise]] = {}
    for exercise in sorted(pool, key=lambda e: (-prefer[e.slug], e.slug)):
        ranked.setdefault(_target_key(exercise, extras), []).append(exercise)
    return ranked


def _candidates(
    slot: SessionSlot, ranked: Mapping[str | None, list[Exercise]], pool: Sequence[Exercise], include: set[str]
) -> list[Exercise]:
    chosen: dict[str, Exercise] = {}
    for muscle in slot.muscles:
        per_pattern: dict[str, int] = {}
        taken = 0
        for exercise in ranked.get(muscle, ()):
            if taken >= CANDIDATES_PER_MUSCLE:
                break
            if per_pattern.get(exercise.pattern.slug, 0) >= SAME_PATTERN_PER_MUSCLE:
                continue
            per_pattern[exercise.pattern.slug] = per_pattern.get(exercise.pattern.slug, 0) + 1
            chosen[exercise.slug] = exercise
            taken += 1
    for exercise in pool:
        if exercise.slug in include:
            chosen[exercise.slug] = exercise
    return sorted(chosen.values(), key=lambda e: e.slug)


class _Model:
    """The CP-SAT model of one week, with handles on every variable for hints and answers."""

    def __init__(
        self,
        slots: Sequence[SessionSlot],
        candidates: Sequence[Sequence[Exercise]],
        doses: Mapping[str, Dose],
        targets: VolumeTargets,
        value: Mapping[str, int],
        extras: Sequence[str],
        include: set[str],
        beginner: bool,
        main_lift_bonus: int,
    ):
        from ortools.sat.python import cp_model  # about 70 MB: loaded when a plan is first written

        self.model = model = cp_model.CpModel()
        self.candidates = candidates
        self.halves = {
            e.slug: {m: int(2 * share) for m, share in shares(e, extras).items()}
            for options in candidates
            for e in options
        }
        self.targets_of = {e.slug: _target_key(e, extras) for options in candidates for e in options}
        self.use: dict[tuple[int, str], cp_model.IntVar] = {}
        self.sets: dict[tuple[int, str], cp_model.IntVar] = {}
        self.warm: dict[tuple[int, str], cp_model.IntVar] = {}
        self.hit: dict[tuple[int, str], cp_model.IntVar] = {}
        self.reached: dict[str, cp_model.IntVar] = {}
        self.beyond: dict[str, cp_model.IntVar] = {}
        self.often: dict[str, cp_model.IntVar] = {}
        self.repeat: dict[str, cp_model.IntVar] = {}
        self.warm_seconds = len(WARMUP_SCHEME) * WARMUP_SET_MINUTES * 60
        self.warmable = {e.slug for options in candidates for e in options if role_of(e) == "main" and is_loaded(e)}
        targeted: dict[tuple[int, str], list[cp_model.IntVar]] = {}
        mains: dict[tuple[int, str], list[cp_model.IntVar]] = {}
        for index, (slot, options) in enumerate(zip(slots, candidates, strict=True)):
            clock = []
            groups: dict[tuple[str, str], list[cp_model.IntVar]] = {}
            intermediate = []
            for exercise in options:
                key = (index, exercise.slug)
                chosen = self.use[key] = model.new_bool_var(f"use_{index}_{exercise.slug}")
                count = self.sets[key] = model.new_int_var(0, MAX_SETS, f"sets_{index}_{exercise.slug}")
                model.add(count >= MIN_SETS * chosen)
                model.add(count <= MAX_SETS * chosen)
                dose = doses[exercise.slug]
                clock.append((SETUP_MINUTES * 60 - dose.rest_seconds) * chosen)
                clock.append((dose.work_seconds + dose.rest_seconds) * count)
                target = self.targets_of[exercise.slug]
                if target is not None:
                    targeted.setdefault((index, target), []).append(chosen)
                    if role_of(exercise) == "main" and is_loaded(exercise):
                        if (index, target) not in self.warm:
                            self.warm[(index, target)] = model.new_bool_var(f"warm_{index}_{target}")
                            mains[(index, target)] = []
                        model.add(self.warm[(index, target)] >= chosen)
                        mains[(index, target)].append(chosen)
                for group in _variety_groups(exercise, target):
                    groups.setdefault(group, []).append(chosen)
                if exercise.difficulty.slug == "intermediate" and exercise.slug not in include:
                    intermediate.append(chosen)
            clock.extend(self.warm_seconds * flag for (i, _), flag in self.warm.items() if i == index)
            model.add(sum(clock) <= slot.budget_seconds)
            for members in groups.values():
                if len(members) > 1:
                    model.add(sum(members) <= 1)
            if beginner and intermediate:
                model.add(sum(intermediate) <= 1)
            for muscle in targets.low:
                load = [self.halves[e.slug].get(muscle, 0) * self.sets[(index, e.slug)] for e in options]
                if any(self.halves[e.slug].get(muscle, 0) for e in options):
                    model.add(sum(load) <= int(2 * SESSION_MUSCLE_CAP))

        objective = []
        for key, flag in self.warm.items():
            model.add(flag <= sum(mains[key]))  # a main lift earns its bonus only when chosen
            objective.append(main_lift_bonus * flag)
        by_exercise: dict[str, list[cp_model.IntVar]] = {}
        for (_, slug), chosen in self.use.items():
            by_exercise.setdefault(slug, []).append(chosen)
        for slug, flags in by_exercise.items():
            model.add(sum(flags) <= 2)
            if len(flags) > 1:
                extra = self.repeat[slug] = model.new_int_var(0, 1, f"repeat_{slug}")
                model.add(extra >= sum(flags) - 1)
                objective.append(-REPEAT_PENALTY * extra)
        for muscle in targets.low:
            volume = sum(self.halves[slug].get(muscle, 0) * var for (_, slug), var in self.sets.items())
            low = int(round(2 * targets.low[muscle]))
            peak = int(round(2 * targets.peak[muscle]))
            model.add(volume <= int(2 * targets.high[muscle]))
            reached = self.reached[muscle] = model.new_int_var(0, low, f"low_{muscle}")
            beyond = self.beyond[muscle] = model.new_int_var(0, max(peak - low, 0), f"peak_{muscle}")
            model.add(reached + beyond <= volume)
            weight = targets.weight[muscle]
            objective += [int(100 * weight) * reached, int(25 * weight) * beyond]
            if len(slots) >= MIN_FREQUENCY_DAYS:
                hits = []
                for index in range(len(slots)):
                    session_flags = targeted.get((index, muscle))
                    if session_flags:
                        hit = self.hit[(index, muscle)] = model.new_bool_var(f"hit_{index}_{muscle}")
                        model.add(hit <= sum(session_flags))
                        hits.append(hit)
                if len(hits) >= MIN_FREQUENCY:
                    often = self.often[muscle] = model.new_bool_var(f"often_{muscle}")
                    model.add(MIN_FREQUENCY * often <= sum(hits))
                    objective.append(FREQUENCY_BONUS * often)
        # Each exercise costs a little, so volume goes into fewer exercises with more sets.
        objective += [value[slug] * var for (_, slug), var in self.use.items()]
        model.maximize(sum(objective))

    def hint(self, week: GreedyWeek, targets: VolumeTargets) -> None:
        model = self.model
        for (index, slug), var in self.sets.items():
            count = week.sets[index].get(slug, 0)
            model.add_hint(var, count)
            model.add_hint(self.use[(index, slug)], 1 if count else 0)
        hits: dict[str, set[int]] = {}
        for index, chosen in enumerate(week.sets):
            for slug in chosen:
                target = self.targets_of[slug]
                if target is not None:
                    hits.setdefault(target, set()).add(index)
        for (index, target), var in self.warm.items():
            warmed = any(self.targets_of[s] == target and s in self.warmable for s in week.sets[index])
            model.add_hint(var, 1 if warmed else 0)
        for (index, muscle), var in self.hit.items():
            model.add_hint(var, 1 if index in hits.get(muscle, set()) else 0)
        for muscle, var in self.often.items():
            model.add_hint(var, 1 if len(hits.get(muscle, set())) >= MIN_FREQUENCY else 0)
        for slug, var in self.repeat.items():
            model.add_hint(var, 1 if sum(slug in chosen for chosen in week.sets) > 1 else 0)
        for muscle in targets.low:
            low = int(round(2 * targets.low[muscle]))
            peak = int(round(2 * targets.peak[muscle]))
            volume = week.volume.get(muscle, 0)
            model.add_hint(self.reached[muscle], min(volume, low))
            model.add_hint(self.beyond[muscle], min(max(volume - low, 0), max(peak - low, 0)))


def select(
    slots: Sequence[SessionSlot],
    pool: Sequence[Exercise],
    doses: Mapping[str, Dose],
    targets: VolumeTargets,
    prefer: Mapping[str, int],
    *,
    extras: Sequence[str] = (),
    include: set[str] | None = None,
    beginner: bool = False,
    seed: int = 0,
    main_lift_bonus: int = 0,
) -> Selection:
    include = include or set()
    started = time.perf_counter()
    ranked = _ranked_by_muscle(pool, prefer, extras)
    candidates = [_candidates(slot, ranked, pool, include) for slot in slots]
    value = {e.slug: prefer[e.slug] - EXERCISE_COST for options in candidates for e in options}
    built = _Model(slots, candidates, doses, targets, value, extras, include, beginner, main_lift_bonus)
    weights = Weights(
        reach={m: int(100 * targets.weight[m]) for m in targets.low},
        beyond={m: int(25 * targets.weight[m]) for m in targets.low},
        low={m: int(round(2 * targets.low[m])) for m in targets.low},
        peak={m: int(round(2 * targets.peak[m])) for m in targets.low},
        high={m: int(2 * targets.high[m]) for m in targets.low},
        frequency=FREQUENCY_BONUS,
        repeat_penalty=REPEAT_PENALTY,
        main_lift=main_lift_bonus,
    )
    all_options = {e.slug: e for options in candidates for e in options}
    start = greedy_week(
        candidates,
        [slot.budget_seconds for slot in slots],
        doses,
        built.halves,
        built.targets_of,
        {slug: built.warm_seconds for slug, e in all_options.items() if role_of(e) == "main" and is_loaded(e)},
        {slug: _variety_groups(e, built.targets_of[slug]) for slug, e in all_options.items()},
        value,
        weights,
        beginner_limited={
            slug
            for slug, e in all_options.items()
            if beginner and e.difficulty.slug == "intermediate" and slug not in include
        },
        setup_seconds=SETUP_MINUTES * 60,
    )
    built.hint(start, targets)
    from ortools.sat.python import cp_model

    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 1
    solver.parameters.random_seed = seed
    solver.parameters.max_deterministic_time = WORK_LIMIT
    status = solver.solve(built.model)
    elapsed = time.perf_counter() - started
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE) and solver.objective_value >= start.objective:
        chosen = [
            {
                e.slug: int(solver.value(built.sets[(i, e.slug)]))
                for e in options
                if solver.value(built.use[(i, e.slug)])
            }
            for i, options in enumerate(candidates)
        ]
        status_name, objective, bound = (
            solver.status_name(status).lower(),
            solver.objective_value,
            solver.best_objective_bound,
        )
    else:
        chosen, status_name, objective = start.sets, "greedy", float(start.objective)
        bound = solver.best_objective_bound if status != cp_model.UNKNOWN else float("nan")
    sessions = tuple(
        tuple((e, chosen[i][e.slug]) for e in options if e.slug in chosen[i]) for i, options in enumerate(candidates)
    )
    return Selection(sessions, status_name, objective, bound, elapsed)
