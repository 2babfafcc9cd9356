"""Gym language: the words and phrases a search understands as filters rather than names.

Each phrase (as stemmed tokens) maps to a Meaning: an equipment, difficulty, category, body
part, muscle or joint-friendly filter, an equipment mode ('no equipment', 'at home'), or a
word to ignore. Longer phrases win over shorter ones when a query is read.
"""

from __future__ import annotations

from dataclasses import dataclass

from forgetrainer.search.text import tokens
from forgetrainer.taxonomy import (
    BODY_PARTS,
    CATEGORIES,
    DIFFICULTIES,
    EQUIPMENT,
    JOINTS,
    MUSCLE_GROUPS,
    MUSCLES,
)

__all__ = ["HOME_EQUIPMENT", "MAX_PHRASE", "PHRASES", "STOP_WORDS", "Meaning"]


@dataclass(frozen=True, slots=True)
class Meaning:
    kind: str  # equipment | mode | difficulty | category | body_part | muscle | joint | only | stop
    value: str


# What "at home" means: what a person can reasonably own in a flat or a garage.
HOME_EQUIPMENT = frozenset(
    {
        "body-weight",
        "dumbbell",
        "resistance-band",
        "kettlebell",
        "pull-up-bar",
        "jump-rope",
        "stability-ball",
        "foam-roller",
        "sliders",
        "ab-wheel",
        "medicine-ball",
        "suspension-trainer",
        "dowel",
        "bench",
        "plyo-box",
        "bosu-ball",
        "weight-plate",
        "sandbag",
    }
)

STOP_WORDS = frozenset(
    tokens(
        "a an and or the to of for with without using use in on at by from my me i you your is are "
        "it its this that these those some any best good great top easy-to-follow simple "
        "exercise exercises workout workouts move moves movement movements routine routines "
        "variation variations idea ideas list how do does what which can should build building "
        "bigger stronger strengthen strengthening train training target targeting targeted work "
        "works working get make want need like please show find me lift lifts"
    )
)

_SLANG_MUSCLES = {
    "pecs": "chest",
    "pec": "chest",
    "chest": "chest",
    "delts": "shoulders",
    "delt": "shoulders",
    "shoulder": "shoulders",
    "shoulders": "shoulders",
    "butt": "glutes",
    "booty": "glutes",
    "bum": "glutes",
    "glute": "glutes",
    "glutes": "glutes",
    "hammy": "hamstrings",
    "hammies": "hamstrings",
    "hams": "hamstrings",
    "hamstring": "hamstrings",
    "quad": "quads",
    "thigh": "quads",
    "six pack": "abs",
    "sixpack": "abs",
    "stomach": "abs",
    "belly": "abs",
    "core": "abs",
    "ab": "abs",
    "abs": "abs",
    "abdominals": "abs",
    "love handles": "obliques",
    "side abs": "obliques",
    "grip": "forearms",
    "erectors": "lower-back",
    "low back": "lower-back",
    "lower back": "lower-back",
    "upper back": "upper-back",
    "mid back": "upper-back",
    "rhomboids": "upper-back",
    "calf": "calves",
    "shins": "tibialis",
    "inner thigh": "adductors",
    "inner thighs": "adductors",
    "outer thigh": "abductors",
    "outer thighs": "abductors",
    "bis": "biceps",
    "tris": "triceps",
    "lats": "lats",
    "back muscles": "lats",
    "heart": "cardiovascular",
}

_EQUIPMENT_EXTRA = {
    "dumbbells": "dumbbell",
    "dumbell": "dumbbell",
    "barbells": "barbell",
    "kettlebells": "kettlebell",
    "cables": "cable",
    "band": "resistance-band",
    "bands": "resistance-band",
    "resistance bands": "resistance-band",
    "machine": "machine",
    "machines": "machine",
    "smith": "smith-machine",
    "trx": "suspension-trainer",
    "rings": "rings",
    "pull up bar": "pull-up-bar",
    "pullup bar": "pull-up-bar",
    "chin up bar": "pull-up-bar",
    "med ball": "medicine-ball",
    "swiss ball": "stability-ball",
    "exercise ball": "stability-ball",
    "yoga ball": "stability-ball",
    "hex bar": "trap-bar",
    "foam roller": "foam-roller",
    "rower": "rowing-machine",
    "jump rope": "jump-rope",
    "skipping rope": "jump-rope",
}
# Equipment aliases that are too ambiguous to read as a filter inside free text.
_NOT_FILTERS = {
    "none",
    "rope",
    "step",
    "box",
    "bike",
    "stick",
    "roller",
    "plate",
    "plates",
    "ez",
    "bench",
    "ring",
    # As much the names of exercises as of equipment: "incline bench press", "flat bench press".
    "flat bench",
    "adjustable bench",
    "incline bench",
    "weight bench",
    "rack",
    "cage",
}

_MODES = {
    "no equipment": "none",
    "without equipment": "none",
    "equipment free": "none",
    "no weights": "none",
    "at home": "home",
    "home": "home",
    "home workout": "home",
    "bodyweight": "bodyweight",
    "body weight": "bodyweight",
    "calisthenics": "bodyweight",
}

_DIFFICULTY_EXTRA = {
    "for beginners": "beginner",
    "newbie": "beginner",
    "newbies": "beginner",
    "starter": "beginner",
    "difficult": "advanced",
    "pro": "advanced",
}
_CATEGORY_EXTRA = {
    "stretch": "stretching",
    "stretches": "stretching",
    "stretching": "stretching",
    "mobility": "mobility",
    "plyometric": "plyometrics",
    "plyo": "plyometrics",
    "explosive": "plyometrics",
    "cardio": "cardio",
    "conditioning": "cardio",
    "hiit": "cardio",
    "rehab": "rehabilitation",
    "prehab": "rehabilitation",
    "physio": "rehabilitation",
    "physical therapy": "rehabilitation",
    "balance": "balance",
    "stability": "balance",
    "powerlifting": "powerlifting",
    "olympic": "olympic-weightlifting",
    "olympic lifting": "olympic-weightlifting",
    "weightlifting": "olympic-weightlifting",
    "strongman": "strongman",
}
_BODY_PART_EXTRA = {
    "leg": "legs",
    "legs": "legs",
    "lower body": "legs",
    "arm": "arms",
    "arms": "arms",
    "back": "back",
    "neck": "neck",
}
_JOINT_TEMPLATES = (
    "{j} friendly",
    "{j} safe",
    "safe for {j}",
    "safe for the {j}",
    "bad {j}",
    "sore {j}",
    "injured {j}",
    "{j} pain",
    "{j} injury",
    "easy on the {j}",
    "easy on {j}",
    "gentle on the {j}",
    "no {j} pain",
)


def _build() -> dict[tuple[str, ...], Meaning]:
    table: dict[tuple[str, ...], Meaning] = {}

    def add(phrase: str, meaning: Meaning) -> None:
        key = tuple(tokens(phrase))
        if key:
            table.setdefault(key, meaning)

    for phrase, mode in _MODES.items():
        add(phrase, Meaning("mode", mode))
    for joint in JOINTS:
        for label in (
            joint.name,
            joint.slug,
            *joint.aliases,
            *(["back"] if joint.slug == "lower-back" else []),
        ):
            for template in _JOINT_TEMPLATES:
                add(template.format(j=label), Meaning("joint", joint.slug))
    for phrase, slug in _SLANG_MUSCLES.items():
        add(phrase, Meaning("muscle", slug))
    for muscle in MUSCLES:
        for label in (muscle.name, *muscle.aliases):
            add(label, Meaning("muscle", muscle.slug))
    for group in MUSCLE_GROUPS:
        for label in (group.name, *group.aliases):
            add(label, Meaning("muscle", group.slug))
    for phrase, slug in _EQUIPMENT_EXTRA.items():
        add(phrase, Meaning("equipment", slug))
    for term in EQUIPMENT:
        for label in (term.name, *term.aliases):
            if label.lower() not in _NOT_FILTERS and term.slug != "body-weight":
                add(label, Meaning("equipment", term.slug))
    for phrase, slug in _DIFFICULTY_EXTRA.items():
        add(phrase, Meaning("difficulty", slug))
    for term in DIFFICULTIES:
        for label in (term.name, *term.aliases):
            add(label, Meaning("difficulty", term.slug))
    for phrase, slug in _CATEGORY_EXTRA.items():
        add(phrase, Meaning("category", slug))
    for term in CATEGORIES:
        for label in (term.name, *term.aliases):
            add(label, Meaning("category", term.slug))
    for phrase, slug in _BODY_PART_EXTRA.items():
        add(phrase, Meaning("body_part", slug))
    for term in BODY_PARTS:
        for label in (term.name, *term.aliases):
            add(label, Meaning("body_part", term.slug))
    add("only", Meaning("only", "only"))
    return table


PHRASES: dict[tuple[str, ...], Meaning] = _build()
MAX_PHRASE = max(len(key) for key in PHRASES)
