"""What a person tells the planner, validated: every problem is reported at once, each naming
the field, the bad value and what is allowed."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from forgetrainer.planner.constants import EXPERIENCES, GOALS, WEEKS_DEFAULT, WEEKS_RANGE
from forgetrainer.taxonomy import EQUIPMENT, JOINTS, MUSCLE_GROUPS, MUSCLES, UnknownTermError, normalize_key

__all__ = [
    "EQUIPMENT_PRESETS",
    "WEEKDAYS",
    "Intake",
    "IntakeError",
    "IntakeProblem",
    "parse_intake",
]

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_KEYS = (
    {day: day for day in WEEKDAYS} | {day[:3]: day for day in WEEKDAYS} | {"tues": "tuesday", "thurs": "thursday"}
)

EQUIPMENT_PRESETS: Mapping[str, frozenset[str]] = {
    "full gym": frozenset(term.slug for term in EQUIPMENT),
    "home dumbbells": frozenset({"body-weight", "dumbbell"}),
    "dumbbells + bench": frozenset({"body-weight", "dumbbell", "bench"}),
    "bands": frozenset({"body-weight", "resistance-band"}),
    "body weight only": frozenset({"body-weight"}),
    "hotel gym": frozenset(
        {
            "body-weight",
            "dumbbell",
            "bench",
            "treadmill",
            "stationary-bike",
            "cardio-machine",
            "stability-ball",
        }
    ),
}
_PRESET_KEYS = {normalize_key(name): name for name in EQUIPMENT_PRESETS} | {
    "gym": "full gym",
    "dumbbells": "home dumbbells",
    "dumbbells and bench": "dumbbells + bench",
    "resistance bands": "bands",
    "bodyweight": "body weight only",
    "body weight": "body weight only",
    "no equipment": "body weight only",
}
_GOAL_KEYS = {normalize_key(goal): goal for goal in GOALS} | {
    "muscle": "hypertrophy",
    "build muscle": "hypertrophy",
    "fitness": "general-fitness",
    "weight loss": "fat-loss",
    "lose fat": "fat-loss",
}
_MUSCLE_WORDS = {
    "back": "back",
    "arms": "arms",
    "legs": "legs",
    "delts": "shoulders",
    "shoulders": "shoulders",
}
FIELDS = (
    "goal",
    "experience",
    "days_per_week",
    "weekdays",
    "minutes_per_session",
    "equipment",
    "injuries",
    "priority_muscles",
    "exclude",
    "include",
    "weeks",
    "seed",
)


@dataclass(frozen=True, slots=True)
class IntakeProblem:
    field: str
    message: str
    allowed: tuple[str, ...] = ()

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class IntakeError(ValueError):
    def __init__(self, problems: Iterable[IntakeProblem]):
        self.problems = tuple(problems)
        super().__init__("; ".join(str(problem) for problem in self.problems))


@dataclass(frozen=True)
class Intake:
    goal: str
    experience: str
    days_per_week: int
    minutes_per_session: int
    equipment: frozenset[str]
    weekdays: tuple[str, ...] = ()
    equipment_preset: str | None = None
    injuries: tuple[str, ...] = ()
    priority_muscles: tuple[str, ...] = ()  # muscle slugs or muscle-group slugs
    exclude: tuple[str, ...] = ()  # exercise slugs
    include: tuple[str, ...] = ()  # exercise slugs
    weeks: int = WEEKS_DEFAULT
    seed: int = 0
    extras: dict[str, Any] = field(default_factory=dict, compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "goal": self.goal,
            "experience": self.experience,
            "days_per_week": self.days_per_week,
            "weekdays": list(self.weekdays),
            "minutes_per_session": self.minutes_per_session,
            "equipment": self.equipment_preset or sorted(self.equipment - {"body-weight"}) or "body weight only",
            "injuries": list(self.injuries),
            "priority_muscles": list(self.priority_muscles),
            "exclude": list(self.exclude),
            "include": list(self.include),
            "weeks": self.weeks,
            "seed": self.seed,
        }


def _given(data: Mapping[str, Any], key: str) -> bool:
    """Whether a field was filled in: absent, null, "" and [] all mean not given."""
    return data.get(key) not in (None, "", [])


def _as_list(value: Any, problems: list[IntakeProblem], name: str) -> list[Any]:
    """A list of names from a list or a comma-separated text; an item that is not text (null,
    true, an object) is a problem, never read as a name."""
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    items = list(value) if isinstance(value, (list, tuple)) else [value]
    for item in items:
        if item is None or isinstance(item, (bool, dict, list, tuple)):
            shown = "a list or object" if isinstance(item, (dict, list, tuple)) else str(item).lower()
            shown = "null" if item is None else shown
            problems.append(IntakeProblem(name, f"{shown} is not a name; give each item as text"))
    return [item for item in items if isinstance(item, (str, int, float)) and not isinstance(item, bool)]


def _integer(problems: list[IntakeProblem], name: str, value: Any, low: int, high: int) -> int:
    if isinstance(value, bool) or value is None:
        problems.append(IntakeProblem(name, f"must be a whole number from {low} to {high}"))
        return low
    try:
        number = int(value) if isinstance(value, float) and value.is_integer() else int(str(value).strip())
    except ValueError:
        problems.append(IntakeProblem(name, f"'{value}' is not a whole number; use {low} to {high}"))
        return low
    if not low <= number <= high:
        problems.append(IntakeProblem(name, f"{number} is out of range; use {low} to {high}"))
    return number


def _choice(
    problems: list[IntakeProblem], name: str, value: Any, keys: Mapping[str, str], allowed: Iterable[str]
) -> str:
    allowed = tuple(allowed)
    if not isinstance(value, str) or normalize_key(value) not in keys:
        problems.append(IntakeProblem(name, f"'{value}' is not one of: {', '.join(allowed)}", allowed))
        return allowed[0]
    return keys[normalize_key(value)]


def _equipment(problems: list[IntakeProblem], value: Any) -> tuple[frozenset[str], str | None]:
    presets = tuple(EQUIPMENT_PRESETS)
    if isinstance(value, str) and normalize_key(value) in _PRESET_KEYS:
        preset = _PRESET_KEYS[normalize_key(value)]
        return EQUIPMENT_PRESETS[preset], preset
    items = _as_list(value, problems, "equipment")
    if not items:
        problems.append(
            IntakeProblem("equipment", f"name a preset ({', '.join(presets)}) or list your equipment", presets)
        )
        return EQUIPMENT_PRESETS["body weight only"], None
    slugs = {"body-weight"}
    for item in items:
        try:
            slugs.add(EQUIPMENT.resolve(str(item)).slug)
        except UnknownTermError as error:
            problems.append(IntakeProblem("equipment", f"{error} Presets: {', '.join(presets)}.", EQUIPMENT.names))
    return frozenset(slugs), None


def _muscles(problems: list[IntakeProblem], value: Any) -> tuple[str, ...]:
    found: list[str] = []
    for item in _as_list(value, problems, "priority_muscles"):
        text = str(item)
        word = _MUSCLE_WORDS.get(normalize_key(text))
        term = None if word else (MUSCLES.get(text) or MUSCLE_GROUPS.get(text))
        slug = word or (term.slug if term else None)
        if slug is None:
            allowed = tuple(dict.fromkeys((*MUSCLES.names, *MUSCLE_GROUPS.names)))
            hint = MUSCLES.suggest(text)
            problems.append(
                IntakeProblem(
                    "priority_muscles",
                    f"unknown muscle '{text}'." + (f" Did you mean '{hint}'?" if hint else ""),
                    allowed,
                )
            )
        elif slug not in found:
            found.append(slug)
    return tuple(found)


def _weekdays(problems: list[IntakeProblem], value: Any) -> tuple[str, ...]:
    days: list[str] = []
    for item in _as_list(value, problems, "weekdays"):
        key = normalize_key(str(item))
        day = _WEEKDAY_KEYS.get(key)
        if day is None:
            problems.append(IntakeProblem("weekdays", f"'{item}' is not a weekday", WEEKDAYS))
        elif day in days:
            problems.append(IntakeProblem("weekdays", f"'{item}' is listed twice"))
        else:
            days.append(day)
    return tuple(sorted(days, key=WEEKDAYS.index))


def parse_intake(data: Mapping[str, Any], known_exercise: Any = None) -> Intake:
    """Validate an intake given as a mapping (from JSON, a form or CLI flags).

    `known_exercise(label) -> slug | None` resolves exercise names for exclude/include.
    Raises IntakeError listing every problem.
    """
    problems: list[IntakeProblem] = []
    if not isinstance(data, Mapping):
        raise IntakeError([IntakeProblem("intake", "must be a JSON object of fields")])
    for key in data:
        if key not in FIELDS:
            problems.append(IntakeProblem(str(key), f"is not a known field; allowed: {', '.join(FIELDS)}", FIELDS))
    for key in ("goal", "experience", "days_per_week", "minutes_per_session", "equipment"):
        if not _given(data, key):
            problems.append(IntakeProblem(key, "is required"))
    goal = _choice(problems, "goal", data.get("goal"), _GOAL_KEYS, GOALS) if _given(data, "goal") else GOALS[0]
    experience = (
        _choice(problems, "experience", data.get("experience"), {e: e for e in EXPERIENCES}, EXPERIENCES)
        if _given(data, "experience")
        else EXPERIENCES[0]
    )
    before = len(problems)
    weekdays = _weekdays(problems, data.get("weekdays"))
    weekdays_valid = len(problems) == before
    days = data.get("days_per_week")
    if days in (None, "") and weekdays:
        days = len(weekdays)
        problems[:] = [p for p in problems if p.field != "days_per_week"]
    days_per_week = _integer(problems, "days_per_week", days, 1, 7) if days not in (None, "") else 3
    if weekdays and weekdays_valid and len(weekdays) != days_per_week:
        problems.append(IntakeProblem("weekdays", f"lists {len(weekdays)} days but days_per_week is {days_per_week}"))
    minutes = data.get("minutes_per_session")
    minutes_per_session = (
        _integer(problems, "minutes_per_session", minutes, 15, 180) if minutes not in (None, "") else 60
    )
    equipment, preset = (
        _equipment(problems, data.get("equipment")) if _given(data, "equipment") else (frozenset({"body-weight"}), None)
    )
    injuries: list[str] = []
    for item in _as_list(data.get("injuries"), problems, "injuries"):
        try:
            slug = JOINTS.resolve(str(item)).slug
            if slug not in injuries:
                injuries.append(slug)
        except UnknownTermError as error:
            problems.append(IntakeProblem("injuries", str(error), JOINTS.names))
    exercises: dict[str, list[str]] = {"exclude": [], "include": []}
    for name in exercises:
        for item in _as_list(data.get(name), problems, name):
            slug = known_exercise(str(item)) if known_exercise else str(item)
            if slug is None:
                problems.append(IntakeProblem(name, f"no exercise '{item}' in the library"))
            elif slug not in exercises[name]:
                exercises[name].append(slug)
    both = set(exercises["exclude"]) & set(exercises["include"])
    if both:
        problems.append(IntakeProblem("include", f"{', '.join(sorted(both))} is both included and excluded"))
    weeks = data.get("weeks")
    weeks_value = _integer(problems, "weeks", weeks, *WEEKS_RANGE) if weeks not in (None, "") else WEEKS_DEFAULT
    seed = data.get("seed")
    seed_value = _integer(problems, "seed", seed, 0, 2**31 - 1) if seed not in (None, "") else 0
    priority = _muscles(problems, data.get("priority_muscles"))
    if problems:
        raise IntakeError(problems)
    return Intake(
        goal=goal,
        experience=experience,
        days_per_week=days_per_week,
        minutes_per_session=minutes_per_session,
        equipment=equipment,
        weekdays=weekdays,
        equipment_preset=preset,
        injuries=tuple(injuries),
        priority_muscles=priority,
        exclude=tuple(exercises["exclude"]),
        include=tuple(exercises["include"]),
        weeks=weeks_value,
        seed=seed_value,
    )
