"""The one context of an exercise page, shared by its HTML, Markdown and JSON forms.

Everything templated (the quick-answer sentence, the facts list, the generic FAQs, the hub
links) is built here from the facts, so no exercise file repeats it.
"""

from __future__ import annotations

from dataclasses import dataclass

from forgetrainer.catalog import Catalog
from forgetrainer.exercise import Exercise, Faq

__all__ = ["ExercisePage", "Link", "exercise_page", "join_words", "urls"]


@dataclass(frozen=True, slots=True)
class Link:
    label: str
    path: str


class urls:  # noqa: N801 - a namespace of URL builders
    """Site paths, relative to the base URL."""

    @staticmethod
    def exercise(slug: str) -> str:
        return f"/exercise/{slug}"

    @staticmethod
    def body_part(slug: str) -> str:
        return f"/exercises/{slug}"

    @staticmethod
    def equipment(slug: str) -> str:
        return f"/exercises/equipment/{slug}"

    @staticmethod
    def combination(body_part: str, equipment: str) -> str:
        return f"/exercises/{body_part}/{equipment}"

    @staticmethod
    def muscle(slug: str) -> str:
        return f"/exercises/muscle/{slug}"

    @staticmethod
    def difficulty(slug: str) -> str:
        return f"/exercises/{slug}"

    plan = "/plan"


def join_words(words: list[str], last: str = "and") -> str:
    """'a', 'a and b', 'a, b and c'."""
    if len(words) <= 1:
        return "".join(words)
    return f"{', '.join(words[:-1])} {last} {words[-1]}"


@dataclass(frozen=True, slots=True)
class ExercisePage:
    exercise: Exercise
    facts_sentence: str
    facts: tuple[tuple[str, str], ...]
    faq: tuple[Faq, ...]
    instead: Faq | None
    hub_links: tuple[Link, ...]
    related: tuple[Exercise, ...]
    easier: tuple[Exercise, ...]
    harder: tuple[Exercise, ...]
    alternatives: tuple[Exercise, ...]
    closing: str

    @property
    def quick_answer(self) -> str:
        return f"{self.exercise.summary} {self.facts_sentence}"


def _facts_sentence(exercise: Exercise) -> str:
    sentence = (
        f"{exercise.difficulty.name} {exercise.body_part.name.lower()} exercise using "
        f"{exercise.equipment.name.lower()}. Targets {exercise.target.name.lower()}"
    )
    if exercise.secondary:
        sentence += ", also works " + ", ".join(muscle.name.lower() for muscle in exercise.secondary)
    return sentence + "."


def _facts(exercise: Exercise) -> tuple[tuple[str, str], ...]:
    return (
        ("Body Part", exercise.body_part.name),
        ("Equipment", exercise.equipment.name),
        ("Target Muscle", exercise.target.name),
        ("Secondary Muscles", ", ".join(muscle.name for muscle in exercise.secondary) or "None"),
        ("Difficulty", exercise.difficulty.name),
        ("Category", exercise.category.name),
    )


def _muscles_faq(exercise: Exercise) -> Faq:
    target = exercise.target.name.lower()
    if exercise.secondary:
        helpers = join_words([muscle.name.lower() for muscle in exercise.secondary])
        work = f"The {exercise.name} works the {target} hardest, and the {helpers} assist."
    else:
        work = f"The {exercise.name} works the {target}, with little help from other muscles."
    place = (
        f" It sits in the {exercise.body_part.name.lower()} section of the library as a "
        f"{exercise.category.name.lower()} exercise."
    )
    return Faq(f"What muscles does the {exercise.name} work?", work + place)


def _beginner_faq(exercise: Exercise, easier: list[Exercise]) -> Faq:
    name = exercise.name
    steps_down = join_words([other.name for other in easier[:2]], "or") or (
        f"a simpler {exercise.target_group.name.lower()} exercise"
    )
    level = exercise.difficulty.slug
    if level == "beginner":
        answer = (
            f"Yes. The {name} is rated beginner: it is simple to set up and easy to scale, so it "
            "fits a first training plan. Start light, learn the steps above, and add load or "
            "repetitions once every repetition looks the same."
        )
    elif level == "intermediate":
        answer = (
            f"The {name} is rated intermediate, so it suits people with a few months of steady "
            f"training. Newer lifters can build strength in the {exercise.target.name.lower()} with "
            f"{steps_down} first and move to it once that feels solid."
        )
    else:
        answer = (
            f"Not as a starting point. The {name} is rated advanced and asks for strength, control "
            f"and technique that take many months to build. Work up to it through {steps_down}."
        )
    return Faq(f"Is the {name} good for beginners?", answer)


def _instead_faq(exercise: Exercise, alternatives: list[Exercise]) -> Faq | None:
    if not alternatives:
        return None
    options = join_words([f"{other.name} ({other.equipment.name.lower()})" for other in alternatives[:4]])
    return Faq(
        f"What can I do instead of the {exercise.name}?",
        f"Other exercises for the {exercise.target.name.lower()} include {options}. Choose the one "
        "that matches your equipment and keeps any sore joint comfortable.",
    )


def _muscle_hub_label(exercise: Exercise) -> str:
    group = exercise.target_group.name
    # "Chest" is both a body part and a muscle group; keep the two links apart.
    return f"More {group} Muscle Exercises" if group == exercise.body_part.name else f"More {group} Exercises"


def exercise_page(exercise: Exercise, catalog: Catalog) -> ExercisePage:
    easier = catalog.easier(exercise)
    alternatives = catalog.alternatives(exercise)
    return ExercisePage(
        exercise=exercise,
        facts_sentence=_facts_sentence(exercise),
        facts=_facts(exercise),
        faq=(*exercise.faq, _muscles_faq(exercise), _beginner_faq(exercise, easier)),
        instead=_instead_faq(exercise, alternatives),
        hub_links=(
            Link(f"More {exercise.body_part.name} Exercises", urls.body_part(exercise.body_part.slug)),
            Link(f"More {exercise.equipment.name} Exercises", urls.equipment(exercise.equipment.slug)),
            Link(_muscle_hub_label(exercise), urls.muscle(exercise.target_group.slug)),
        ),
        related=tuple(catalog.related(exercise)),
        easier=tuple(easier),
        harder=tuple(catalog.harder(exercise)),
        alternatives=tuple(alternatives),
        closing="Want this exercise in a program built around your goal, schedule and equipment?",
    )
