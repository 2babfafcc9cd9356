"""Which exercises a person can do at all: equipment, injuries, level and their own wishes,
with the reason each popular exercise was left out."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from forgetrainer.catalog import Catalog
from forgetrainer.exercise import Exercise
from forgetrainer.planner.intake import Intake
from forgetrainer.planner.muscles import major_of

__all__ = ["MAIN_LIFT_BONUS", "Pool", "build_pool", "preference"]

# Categories the planner builds volume from; conditioning is chosen separately.
VOLUME_CATEGORIES = frozenset({"strength", "powerlifting"})
CONDITIONING_CATEGORIES = frozenset({"cardio"})
_LEVELS = {"beginner": 0, "intermediate": 1, "advanced": 2}
_PROGRESSIVE = frozenset(
    {"barbell", "dumbbell", "machine", "cable", "smith-machine", "trap-bar", "ez-bar", "kettlebell"}
)


@dataclass(frozen=True)
class Pool:
    """The exercises open to one intake."""

    volume: tuple[Exercise, ...]  # strength work whose target counts toward a tracked muscle
    conditioning: tuple[Exercise, ...]
    excluded: dict[str, str] = field(default_factory=dict)  # slug -> why it is not possible
    moderate: dict[str, tuple[str, ...]] = field(default_factory=dict)  # slug -> injured joints at moderate


def _ceiling(intake: Intake) -> int:
    return {"beginner": 1, "intermediate": 1, "advanced": 2}[intake.experience]


def exclusion_reason(exercise: Exercise, intake: Intake) -> str | None:
    missing = [term.name.lower() for term in exercise.equipment_needed if term.slug not in intake.equipment]
    if exercise.slug in intake.exclude:
        return "you asked to leave it out"
    if missing:
        return f"needs {' and '.join(missing)}"
    high = [joint for joint in intake.injuries if exercise.stress_on(joint) == "high"]
    if high:
        return f"high stress on your {' and '.join(j.replace('-', ' ') for j in high)}"
    if exercise.slug in intake.include:
        return None
    if _LEVELS[exercise.difficulty.slug] > _ceiling(intake):
        return f"rated {exercise.difficulty.slug}, above a {intake.experience} plan"
    return None


def build_pool(catalog: Catalog, intake: Intake, tracked: set[str]) -> Pool:
    """`tracked`: muscle slugs (fine) whose volume the plan counts."""
    volume: list[Exercise] = []
    conditioning: list[Exercise] = []
    excluded: dict[str, str] = {}
    moderate: dict[str, tuple[str, ...]] = {}
    for exercise in catalog:
        reason = exclusion_reason(exercise, intake)
        if reason:
            excluded[exercise.slug] = reason
            continue
        joints = tuple(joint for joint in intake.injuries if exercise.stress_on(joint) == "moderate")
        if joints:
            moderate[exercise.slug] = joints
        wanted = exercise.slug in intake.include
        category = exercise.category.slug
        if category in CONDITIONING_CATEGORIES and exercise.tracking.slug == "time":
            conditioning.append(exercise)
        elif (category in VOLUME_CATEGORIES or wanted) and exercise.tracking.slug in ("reps", "time"):
            counted = exercise.target.slug in tracked or (major_of(exercise.target.slug) or "") in tracked
            if counted or wanted:
                volume.append(exercise)
    return Pool(tuple(volume), tuple(conditioning), excluded, moderate)


def _noise(seed: int, slug: str) -> int:
    """A small, stable tie-breaker that a seed changes, to vary between equally good plans."""
    if seed == 0:
        return 0
    return hashlib.blake2b(f"{seed}:{slug}".encode(), digest_size=2).digest()[0] % 7


# A session's first loaded compound lift for a muscle (its main lift, the one that earns
# warm-up sets) is worth this much beyond its volume: strength is built on the big lifts,
# while volume for endurance can come from anything.
MAIN_LIFT_BONUS = {"strength": 900, "hypertrophy": 320, "general-fitness": 220, "fat-loss": 180, "endurance": 80}


def preference(exercise: Exercise, intake: Intake, pool: Pool) -> int:
    """How much the planner likes an exercise apart from the volume it brings: staples over
    rarities, loads that progress in small steps, and nothing that strains an injured joint."""
    score = 6 * exercise.popularity
    if exercise.slug in intake.include:
        score += 300
    if exercise.slug in pool.moderate:
        score -= 40
    if intake.experience == "beginner" and exercise.difficulty.slug == "beginner":
        score += 5
    if intake.goal in ("hypertrophy", "strength") and exercise.equipment.slug in _PROGRESSIVE:
        score += 20  # external load progresses in small, countable steps
    if exercise.laterality.slug == "unilateral":
        score -= 5  # one side at a time doubles the clock time of every set
    return score + _noise(intake.seed, exercise.slug)
