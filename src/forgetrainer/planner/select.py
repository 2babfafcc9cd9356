"""Choosing exercises and sets for a week: a CP-SAT model.

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

from ortools.sat.python import cp_model

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
from forgetrainer.planner.muscles import contribution, major_of
from forgetrainer.planner.prescription import Dose, is_loaded, role_of

__all__ = ["Selection", "SessionSlot", "VolumeTargets", "select", "shares"]

CANDIDATES_PER_MUSCLE = 6
SAME_PATTERN_PER_MUSCLE = 2
WORK_LIMIT = 0.15
EXERCISE_COST = 40


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


def _candidates(
    slot: SessionSlot,
    pool: Sequence[Exercise],
    prefer: Mapping[str, int],
    extras: Sequence[str],
    include: set[str],
) -> list[Exercise]:
    chosen: dict[str, Exercise] = {}
    for muscle in slot.muscles:
        ranked = sorted((e for e in pool if _target_key(e, extras) == muscle), key=lambda e: (-prefer[e.slug], e.slug))
        per_pattern: dict[str, int] = {}
        taken = 0
        for exercise in ranked:
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
) -> Selection:
    include = include or set()
    model = cp_model.CpModel()
    muscles = list(targets.low)
    share = {e.slug: shares(e, extras) for e in pool}
    use: dict[tuple[int, str], cp_model.IntVar] = {}
    sets: dict[tuple[int, str], cp_model.IntVar] = {}
    candidates = [_candidates(slot, pool, prefer, extras, include) for slot in slots]
    warm_seconds = len(WARMUP_SCHEME) * WARMUP_SET_MINUTES * 60
    targeted: dict[tuple[int, str], list[cp_model.IntVar]] = {}

    for index, (slot, options) in enumerate(zip(slots, candidates, strict=True)):
        clock = []
        warm: dict[str, cp_model.IntVar] = {}
        groups: dict[tuple[str, str], list[cp_model.IntVar]] = {}
        intermediate = []
        for exercise in options:
            key = (index, exercise.slug)
            chosen = use[key] = model.new_bool_var(f"use_{index}_{exercise.slug}")
            count = sets[key] = model.new_int_var(0, MAX_SETS, f"sets_{index}_{exercise.slug}")
            model.add(count >= MIN_SETS * chosen)
            model.add(count <= MAX_SETS * chosen)
            dose = doses[exercise.slug]
            clock.append((SETUP_MINUTES * 60 - dose.rest_seconds) * chosen)
            clock.append((dose.work_seconds + dose.rest_seconds) * count)
            target = _target_key(exercise, extras)
            if target is not None:
                targeted.setdefault((index, target), []).append(chosen)
                if role_of(exercise) == "main" and is_loaded(exercise):
                    if target not in warm:
                        warm[target] = model.new_bool_var(f"warm_{index}_{target}")
                    model.add(warm[target] >= chosen)
            groups.setdefault((target or exercise.target.slug, exercise.pattern.slug), []).append(chosen)
            if exercise.difficulty.slug == "intermediate" and exercise.slug not in include:
                intermediate.append(chosen)
        clock.extend(warm_seconds * flag for flag in warm.values())
        model.add(sum(clock) <= slot.budget_seconds)
        for members in groups.values():
            if len(members) > 1:
                model.add(sum(members) <= 1)
        if beginner and intermediate:
            model.add(sum(intermediate) <= 1)
        for muscle in muscles:
            load = [int(2 * share[e.slug].get(muscle, 0)) * sets[(index, e.slug)] for e in options]
            if any(share[e.slug].get(muscle, 0) for e in options):
                model.add(sum(load) <= int(2 * SESSION_MUSCLE_CAP))

    by_exercise: dict[str, list[cp_model.IntVar]] = {}
    for (_, slug), chosen in use.items():
        by_exercise.setdefault(slug, []).append(chosen)
    repeats = []
    for slug, flags in by_exercise.items():
        model.add(sum(flags) <= 2)
        if len(flags) > 1:
            extra = model.new_int_var(0, 1, f"repeat_{slug}")
            model.add(extra >= sum(flags) - 1)
            repeats.append(extra)

    objective = []
    for muscle in muscles:
        volume = sum(int(2 * share[slug].get(muscle, 0)) * var for (_, slug), var in sets.items())
        low = int(round(2 * targets.low[muscle]))
        peak = int(round(2 * targets.peak[muscle]))
        model.add(volume <= int(2 * targets.high[muscle]))
        reached = model.new_int_var(0, low, f"low_{muscle}")
        beyond = model.new_int_var(0, max(peak - low, 0), f"peak_{muscle}")
        model.add(reached + beyond <= volume)
        weight = targets.weight[muscle]
        objective += [int(100 * weight) * reached, int(25 * weight) * beyond]
        if len(slots) >= MIN_FREQUENCY_DAYS:
            hits = []
            for index in range(len(slots)):
                session_flags = targeted.get((index, muscle))
                if session_flags:
                    hit = model.new_bool_var(f"hit_{index}_{muscle}")
                    model.add(hit <= sum(session_flags))
                    hits.append(hit)
            if len(hits) >= MIN_FREQUENCY:
                often = model.new_bool_var(f"often_{muscle}")
                model.add(MIN_FREQUENCY * often <= sum(hits))
                objective.append(400 * often)
    # Each exercise costs a little, so volume goes into fewer exercises with more sets.
    objective += [(prefer[slug] - EXERCISE_COST) * var for (_, slug), var in use.items()]
    objective += [-10 * extra for extra in repeats]
    model.maximize(sum(objective))
    # Doing nothing is always allowed; hinting it guarantees a first solution at once.
    for variable in (*use.values(), *sets.values()):
        model.add_hint(variable, 0)

    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 1
    solver.parameters.random_seed = seed
    # A deterministic work limit, not wall time, so the same intake always gives the same plan.
    solver.parameters.max_deterministic_time = WORK_LIMIT
    started = time.perf_counter()
    status = solver.solve(model)
    elapsed = time.perf_counter() - started
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        raise RuntimeError(f"the exercise selection model has no solution ({solver.status_name(status)})")
    chosen_sessions = []
    for index, options in enumerate(candidates):
        picked = tuple(
            (exercise, int(solver.value(sets[(index, exercise.slug)])))
            for exercise in options
            if solver.value(use[(index, exercise.slug)])
        )
        chosen_sessions.append(picked)
    return Selection(
        tuple(chosen_sessions),
        solver.status_name(status).lower(),
        solver.objective_value,
        solver.best_objective_bound,
        elapsed,
    )
