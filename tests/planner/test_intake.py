"""Intake validation: aliases accepted, every bad field named with what is allowed."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from forgetrainer.planner import EQUIPMENT_PRESETS, Intake, IntakeError, parse_intake


def problems(data: dict[str, object]) -> dict[str, str]:
    with pytest.raises(IntakeError) as caught:
        parse_intake(data, lambda label: None)
    return {problem.field: problem.message for problem in caught.value.problems}


BASE = {
    "goal": "strength",
    "experience": "beginner",
    "days_per_week": 3,
    "minutes_per_session": 45,
    "equipment": "bands",
}


def test_a_valid_intake_with_aliases_and_presets(make_intake: Callable[..., Intake]) -> None:
    intake = make_intake(
        goal="fat loss",
        equipment=["dumbbells", "pull up bar", "Bench"],
        injuries=["lower back", "Knees"],
        priority_muscles=["side delts", "lateral delts", "glutes"],
        weekdays=["mon", "Wednesday", "fri", "sat"],
    )
    assert intake.goal == "fat-loss"
    assert intake.equipment == {"body-weight", "dumbbell", "pull-up-bar", "bench"}
    assert intake.injuries == ("lower-back", "knee")
    assert intake.priority_muscles == ("side-delts", "glutes")
    assert intake.weekdays == ("monday", "wednesday", "friday", "saturday")
    assert intake.weeks == 5


def test_presets_are_named_sets_of_equipment() -> None:
    assert EQUIPMENT_PRESETS["body weight only"] == {"body-weight"}
    assert {"dumbbell", "bench"} <= EQUIPMENT_PRESETS["dumbbells + bench"]
    intake = parse_intake({**BASE, "equipment": "Home Dumbbells"})
    assert intake.equipment_preset == "home dumbbells"


def test_every_problem_is_listed_with_the_allowed_values() -> None:
    found = problems(
        {
            "goal": "get huge",
            "experience": "wizard",
            "days_per_week": 9,
            "minutes_per_session": "an hour",
            "equipment": ["dumbell"],
            "injuries": ["elbows", "spleen"],
            "weeks": 12,
            "colour": "red",
        }
    )
    assert found["goal"] == "'get huge' is not one of: hypertrophy, strength, general-fitness, fat-loss, endurance"
    assert found["experience"].startswith("'wizard' is not one of: beginner, intermediate, advanced")
    assert found["days_per_week"] == "9 is out of range; use 1 to 7"
    assert found["minutes_per_session"] == "'an hour' is not a whole number; use 15 to 180"
    assert "unknown equipment 'dumbell'. Did you mean 'Dumbbell'?" in found["equipment"]
    assert "unknown joint 'spleen'" in found["injuries"]
    assert found["weeks"] == "12 is out of range; use 4 to 6"
    assert found["colour"].startswith("is not a known field")


def test_json_numbers_with_a_zero_fraction_are_whole_numbers() -> None:
    intake = parse_intake({**BASE, "days_per_week": 4.0, "minutes_per_session": 45.0})
    assert (intake.days_per_week, intake.minutes_per_session) == (4, 45)
    assert problems({**BASE, "days_per_week": 4.5})["days_per_week"] == "'4.5' is not a whole number; use 1 to 7"


def test_required_fields_and_weekday_mismatch() -> None:
    assert problems({})["goal"] == "is required"
    found = problems({**BASE, "weekdays": ["mon", "tue"]})
    assert found["weekdays"] == "lists 2 days but days_per_week is 3"
    assert problems({**BASE, "weekdays": ["mon", "funday", "fri"]})["weekdays"].startswith("'funday' is not a weekday")


def test_minutes_bounds() -> None:
    assert problems({**BASE, "minutes_per_session": 10})["minutes_per_session"] == "10 is out of range; use 15 to 180"
    assert problems({**BASE, "minutes_per_session": 181})["minutes_per_session"] == "181 is out of range; use 15 to 180"


def test_unknown_priority_muscle_and_exercise_names() -> None:
    found = problems({**BASE, "priority_muscles": ["bicepz"], "exclude": ["moon squat"]})
    assert found["priority_muscles"] == "unknown muscle 'bicepz'. Did you mean 'Biceps'?"
    assert found["exclude"] == "no exercise 'moon squat' in the library"


def test_weekdays_alone_set_the_number_of_days() -> None:
    data = {key: value for key, value in BASE.items() if key != "days_per_week"}
    intake = parse_intake({**data, "weekdays": "tue,thu"})
    assert intake.days_per_week == 2


def test_items_that_are_not_text_are_refused_not_read_as_names() -> None:
    base = {"goal": "strength", "experience": "beginner", "days_per_week": 3, "minutes_per_session": 45}
    with pytest.raises(IntakeError) as caught:
        parse_intake({**base, "equipment": [None, "dumbbell"], "injuries": [True], "exclude": [{"name": "x"}]})
    assert [(p.field, p.message) for p in caught.value.problems] == [
        ("equipment", "null is not a name; give each item as text"),
        ("injuries", "true is not a name; give each item as text"),
        ("exclude", "a list or object is not a name; give each item as text"),
    ]
    with pytest.raises(IntakeError, match="equipment: a list or object is not a name"):
        parse_intake({**base, "equipment": {}})
    with pytest.raises(IntakeError, match=r"experience: '\{\}' is not one of: beginner"):
        parse_intake({**base, "equipment": "full gym", "experience": {}})
