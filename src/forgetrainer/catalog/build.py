"""Turning validated records into Exercise values, with easier/harder links completed."""

from __future__ import annotations

from collections.abc import Sequence

from forgetrainer.catalog.links import complete_links
from forgetrainer.catalog.schema import Record
from forgetrainer.exercise import Exercise, Faq
from forgetrainer.taxonomy import (
    BODY_PARTS,
    CATEGORIES,
    DIFFICULTIES,
    EQUIPMENT,
    FORCES,
    LATERALITIES,
    MECHANICS,
    MUSCLES,
    PATTERNS,
    TRACKING_TYPES,
)

__all__ = ["build_exercises"]


def build_exercises(records: Sequence[Record]) -> list[Exercise]:
    links = complete_links(records)
    exercises = []
    for record in records:
        easier, harder = links[record["slug"]]
        exercises.append(
            Exercise(
                slug=record["slug"],
                name=record["name"],
                aliases=tuple(record["aliases"]),
                body_part=BODY_PARTS.by_slug(record["body_part"]),
                equipment=EQUIPMENT.by_slug(record["equipment"]),
                requires=tuple(EQUIPMENT.by_slug(slug) for slug in record["requires"]),
                target=MUSCLES.by_slug(record["target"]),
                secondary=tuple(MUSCLES.by_slug(slug) for slug in record["secondary"]),
                difficulty=DIFFICULTIES.by_slug(record["difficulty"]),
                category=CATEGORIES.by_slug(record["category"]),
                mechanic=MECHANICS.by_slug(record["mechanic"]),
                force=FORCES.by_slug(record["force"]),
                pattern=PATTERNS.by_slug(record["pattern"]),
                laterality=LATERALITIES.by_slug(record["laterality"]),
                tracking=TRACKING_TYPES.by_slug(record["tracking"]),
                popularity=record["popularity"],
                joint_levels=tuple(record["joint_levels"]),
                summary=record["summary"],
                steps=tuple(record["steps"]),
                tips=tuple(record["tips"]),
                mistakes=tuple(record["mistakes"]),
                faq=tuple(Faq(question, answer) for question, answer in record["faq"]),
                easier=tuple(easier),
                harder=tuple(harder),
            )
        )
    return exercises
