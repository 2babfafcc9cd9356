"""Side-by-side comparison of two exercises: facts, muscles, and who each one suits."""

from __future__ import annotations

from dataclasses import dataclass

from forgetrainer.exercise import Exercise
from forgetrainer.taxonomy import DIFFICULTIES, JOINTS, STRESS_LEVELS

__all__ = ["Comparison", "compare"]

_LEVEL_RANK = {term.slug: rank for rank, term in enumerate(STRESS_LEVELS)}


@dataclass(frozen=True, slots=True)
class Comparison:
    first: Exercise
    second: Exercise
    differences: tuple[str, ...]
    suits: tuple[tuple[str, ...], tuple[str, ...]]


def _facts_differences(a: Exercise, b: Exercise) -> list[str]:
    lines = []
    if a.target == b.target:
        lines.append(f"Both target the {a.target.name.lower()}.")
    else:
        lines.append(
            f"The {a.name} targets the {a.target.name.lower()}; the {b.name} targets the {b.target.name.lower()}."
        )
    if a.equipment != b.equipment:
        lines.append(f"The {a.name} uses {a.equipment.name.lower()}; the {b.name} uses {b.equipment.name.lower()}.")
    if a.difficulty != b.difficulty:
        harder, easier = (a, b) if DIFFICULTIES.index(a.difficulty) > DIFFICULTIES.index(b.difficulty) else (b, a)
        lines.append(
            f"The {harder.name} is rated {harder.difficulty.name.lower()}, the {easier.name} "
            f"{easier.difficulty.name.lower()}."
        )
    if a.mechanic != b.mechanic:
        lines.append(
            f"The {a.name} is a {a.mechanic.name.lower()} movement; the {b.name} is {b.mechanic.name.lower()}."
        )
    return lines


def _joint_lines(a: Exercise, b: Exercise) -> list[str]:
    lines = []
    for joint in JOINTS:
        level_a, level_b = a.stress_on(joint.slug), b.stress_on(joint.slug)
        if _LEVEL_RANK[level_a] + 1 < _LEVEL_RANK[level_b] or (
            level_b == "high" and _LEVEL_RANK[level_a] < _LEVEL_RANK[level_b]
        ):
            lines.append(
                f"Easier on the {joint.name.lower()}: the {a.name} ({level_a}) rather than the {b.name} ({level_b})."
            )
    return lines


def _suits(exercise: Exercise, other: Exercise) -> tuple[str, ...]:
    lines = []
    if exercise.difficulty.slug == "beginner":
        lines.append("People new to training: it is rated beginner.")
    elif DIFFICULTIES.index(exercise.difficulty) > DIFFICULTIES.index(other.difficulty):
        lines.append(f"Lifters ready for a {exercise.difficulty.name.lower()} challenge.")
    if exercise.equipment.slug == "body-weight" and not exercise.requires:
        lines.append("Training anywhere, with no equipment at all.")
    elif exercise.equipment != other.equipment:
        lines.append(f"Anyone with access to {exercise.equipment.name.lower()}.")
    gentle = [
        joint.name.lower()
        for joint in JOINTS
        if _LEVEL_RANK[exercise.stress_on(joint.slug)] < _LEVEL_RANK[other.stress_on(joint.slug)]
    ]
    if gentle:
        lines.append(f"Anyone protecting the {', '.join(gentle)}: it loads them less.")
    if exercise.laterality.slug == "unilateral":
        lines.append("Fixing a strength difference between the left and right side.")
    if exercise.mechanic.slug == "isolation" and other.mechanic.slug == "compound":
        lines.append(f"Adding focused {exercise.target.name.lower()} work after the big lifts.")
    if exercise.mechanic.slug == "compound" and other.mechanic.slug == "isolation":
        lines.append("Training several muscles at once when time is short.")
    if exercise.popularity > other.popularity:
        lines.append("Following a standard program: it is the more common choice.")
    return tuple(lines) or ("Anyone for whom it feels better: both do a similar job.",)


def compare(first: Exercise, second: Exercise) -> Comparison:
    differences = _facts_differences(first, second) + _joint_lines(first, second) + _joint_lines(second, first)
    return Comparison(first, second, tuple(differences), (_suits(first, second), _suits(second, first)))
