"""The exercise as an immutable value: facts from the closed vocabularies plus authored text."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from forgetrainer.taxonomy import JOINTS, MUSCLE_GROUPS, Muscle, Term

__all__ = ["Exercise", "Faq", "slugify"]


def slugify(name: str) -> str:
    """The URL and file name of an exercise: 'Farmer's Walk (Dumbbell)' -> 'farmers-walk-dumbbell'."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    ascii_name = ascii_name.lower().replace("&", " and ").replace("'", "")
    return re.sub(r"[^a-z0-9]+", "-", ascii_name).strip("-")


@dataclass(frozen=True, slots=True)
class Faq:
    question: str
    answer: str


@dataclass(frozen=True, slots=True)
class Exercise:
    slug: str
    name: str
    aliases: tuple[str, ...]
    body_part: Term
    equipment: Term
    requires: tuple[Term, ...]
    target: Muscle
    secondary: tuple[Muscle, ...]
    difficulty: Term
    category: Term
    mechanic: Term
    force: Term
    pattern: Term
    laterality: Term
    tracking: Term
    popularity: int
    # One stress level slug per joint, in the order of taxonomy.JOINTS.
    joint_levels: tuple[str, ...]
    summary: str
    steps: tuple[str, ...]
    tips: tuple[str, ...]
    mistakes: tuple[str, ...]
    faq: tuple[Faq, ...]
    easier: tuple[str, ...]
    harder: tuple[str, ...]

    @property
    def target_group(self) -> Term:
        return MUSCLE_GROUPS.by_slug(self.target.group)

    @property
    def joint_stress(self) -> dict[str, str]:
        """Joint slug -> stress level slug ('none', 'low', 'moderate', 'high')."""
        return {joint.slug: level for joint, level in zip(JOINTS, self.joint_levels, strict=True)}

    def stress_on(self, joint: str) -> str:
        return self.joint_levels[JOINTS.index(JOINTS.resolve(joint))]

    @property
    def equipment_needed(self) -> tuple[Term, ...]:
        """Everything the exercise needs: the primary equipment and whatever else it requires."""
        return (self.equipment, *self.requires)

    @property
    def muscles(self) -> tuple[Muscle, ...]:
        return (self.target, *self.secondary)

    def to_dict(self) -> dict[str, Any]:
        """The public JSON object: vocabulary values by display name, links by slug."""
        return {
            "slug": self.slug,
            "name": self.name,
            "aliases": list(self.aliases),
            "body_part": self.body_part.name,
            "equipment": self.equipment.name,
            "requires": [term.name for term in self.requires],
            "target": self.target.name,
            "target_group": self.target_group.name,
            "secondary": [muscle.name for muscle in self.secondary],
            "difficulty": self.difficulty.name,
            "category": self.category.name,
            "mechanic": self.mechanic.name,
            "force": self.force.name,
            "pattern": self.pattern.name,
            "laterality": self.laterality.name,
            "tracking": self.tracking.name,
            "popularity": self.popularity,
            "joint_stress": {
                joint.slug: level.capitalize() for joint, level in zip(JOINTS, self.joint_levels, strict=True)
            },
            "summary": self.summary,
            "steps": list(self.steps),
            "tips": list(self.tips),
            "mistakes": list(self.mistakes),
            "faq": [{"question": item.question, "answer": item.answer} for item in self.faq],
            "easier": list(self.easier),
            "harder": list(self.harder),
        }
