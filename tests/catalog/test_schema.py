"""Every validation error of a single exercise file, each from a broken file, message checked."""

from __future__ import annotations

from pathlib import Path

import pytest

from forgetrainer.catalog import validate_path
from tests.factories import VALID_EXERCISE, write_exercise


def problems_of(path: Path) -> list[str]:
    return [str(problem) for problem in validate_path(path)]


def test_the_valid_fixture_has_no_problem(tmp_path: Path) -> None:
    assert problems_of(write_exercise(tmp_path)) == []


def test_unknown_equipment_names_file_field_value_allowed_values_and_suggestion(tmp_path: Path) -> None:
    path = write_exercise(tmp_path, equipment="Dumbell")
    [problem] = validate_path(path)
    assert problem.path == path
    assert problem.field == "equipment"
    assert problem.line == 5
    assert "unknown equipment 'Dumbell'" in problem.message
    assert "Did you mean 'Dumbbell'?" in problem.message
    assert "Allowed: Body Weight, Dumbbell, Barbell" in problem.message
    assert str(problem).startswith(f"{path}:5: equipment: ")


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("body_part", "Legz", "unknown body part 'Legz'. Did you mean 'Legs'?"),
        ("target", "Glutez", "unknown muscle 'Glutez'. Did you mean 'Glutes'?"),
        ("difficulty", "Expert-ish", "unknown difficulty 'Expert-ish'."),
        ("category", "Strenght", "unknown category 'Strenght'. Did you mean 'Strength'?"),
        ("mechanic", "compund", "unknown mechanic 'compund'. Did you mean 'Compound'?"),
        ("force", "pushing", "unknown force 'pushing'. Did you mean 'Push'?"),
        ("pattern", "hinges", "unknown movement pattern 'hinges'. Did you mean 'Hinge'?"),
        ("laterality", "one leg", "unknown laterality 'one leg'."),
        ("tracking", "minutes", "unknown tracking type 'minutes'."),
        ("secondary", ["Hamstrings", "Hammstrings"], "unknown muscle 'Hammstrings'."),
        ("requires", ["Benchh"], "unknown equipment 'Benchh'. Did you mean 'Bench'?"),
    ],
)
def test_unknown_vocabulary_values(tmp_path: Path, field: str, value: object, expected: str) -> None:
    [problem] = validate_path(write_exercise(tmp_path, **{field: value}))
    assert problem.field == field
    assert expected in problem.message
    assert "Allowed: " in problem.message


def test_vocabulary_values_accept_slugs_and_any_case(tmp_path: Path) -> None:
    path = write_exercise(
        tmp_path, body_part="legs", equipment="body-weight", target="GLUTES", secondary=["hamstrings"]
    )
    assert problems_of(path) == []


def test_bad_joint_stress_level_and_missing_joint(tmp_path: Path) -> None:
    stress = {**VALID_EXERCISE["joint_stress"], "knee": "severe"}  # type: ignore[dict-item]
    [problem] = validate_path(write_exercise(tmp_path, joint_stress=stress))
    assert problem.field == "joint_stress.knee"
    assert "unknown joint stress level 'severe'" in problem.message
    assert "Allowed: None, Low, Moderate, High" in problem.message

    partial = {key: value for key, value in stress.items() if key not in ("knee", "neck")}
    [problem] = validate_path(write_exercise(tmp_path, joint_stress=partial))
    assert problem.message == "is missing knee, neck; all eight joints are required"


@pytest.mark.parametrize("field", ["summary", "steps", "tips", "mistakes", "faq", "target", "joint_stress"])
def test_missing_required_section(tmp_path: Path, field: str) -> None:
    assert problems_of(write_exercise(tmp_path, **{field: None})) == [
        f"{tmp_path / 'test-hip-lift.yaml'}: required field '{field}' is missing or empty"
    ]


@pytest.mark.parametrize("field", ["steps", "tips", "mistakes"])
def test_empty_section(tmp_path: Path, field: str) -> None:
    [problem] = validate_path(write_exercise(tmp_path, **{field: []}))
    assert (problem.field, problem.message) == (field, "is empty")


@pytest.mark.parametrize(
    ("field", "count", "message"),
    [
        ("steps", 3, "has 3 items; at least 4 are needed"),
        ("tips", 2, "has 2 items; at least 3 are needed"),
        ("mistakes", 1, "has 1 items; at least 3 are needed"),
    ],
)
def test_too_few_items(tmp_path: Path, field: str, count: int, message: str) -> None:
    items = list(VALID_EXERCISE[field])[:count]  # type: ignore[call-overload]
    [problem] = validate_path(write_exercise(tmp_path, **{field: items}))
    assert (problem.field, problem.message) == (field, message)


def test_too_many_steps_and_step_length(tmp_path: Path) -> None:
    steps = [f"Do movement part number {n} with care and control." for n in range(11)]
    [problem] = validate_path(write_exercise(tmp_path, steps=steps))
    assert problem.message == "has 11 items; at most 10 are allowed"

    short = [*VALID_EXERCISE["steps"], "Go now."]  # type: ignore[misc]
    [problem] = validate_path(write_exercise(tmp_path, steps=short))
    assert problem.message == "item 5 has 2 words; each must have 6 to 60 words: 'Go now.'"


def test_faq_shape_and_count(tmp_path: Path) -> None:
    [problem] = validate_path(write_exercise(tmp_path, faq=[{"q": "Why?", "a": "Because."}]))
    assert problem.message == "item 1 must have exactly the keys 'question' and 'answer'"

    one = [VALID_EXERCISE["faq"][0]]  # type: ignore[index]
    [problem] = validate_path(write_exercise(tmp_path, faq=one))
    assert problem.message == "has 1 questions; write 2 to 3"

    no_mark = [
        {
            "question": "Is it good",
            "answer": "It is fine for testing how the files of the library are checked.",
        },
        one[0],
    ]
    [problem] = validate_path(write_exercise(tmp_path, faq=no_mark))
    assert problem.message == "question 1 must end with a question mark: 'Is it good'"


def test_summary_length_and_sentences(tmp_path: Path) -> None:
    [problem] = validate_path(write_exercise(tmp_path, summary="Too short."))
    assert problem.message == "has 2 words; it must have 12 to 90"
    wordy = "One sentence about the lift is here. Another one follows it now. A third comes too."
    [problem] = validate_path(write_exercise(tmp_path, summary=wordy))
    assert problem.message == "has 3 sentences; write one or two"


def test_popularity_must_be_one_to_five(tmp_path: Path) -> None:
    [problem] = validate_path(write_exercise(tmp_path, popularity=7))
    assert (problem.field, problem.message) == ("popularity", "must be a whole number from 1 to 5, not 7")


def test_unknown_field_is_rejected_with_the_allowed_fields(tmp_path: Path) -> None:
    path = write_exercise(tmp_path)
    path.write_text(path.read_text(encoding="utf-8") + "slug: test-hip-lift\n", encoding="utf-8")
    [problem] = validate_path(path)
    assert problem.field == "slug"
    assert problem.message.startswith("is not a known field; allowed fields: name, body_part, equipment")


def test_file_name_must_match_the_slug_of_the_name(tmp_path: Path) -> None:
    [problem] = validate_path(write_exercise(tmp_path, file_name="hip-lift.yaml"))
    assert (
        problem.message
        == "'Test Hip Lift' has the slug 'test-hip-lift', so the file must be named 'test-hip-lift.yaml'"
    )


def test_consistency_rules(tmp_path: Path) -> None:
    assert "repeats the target muscle" in problems_of(write_exercise(tmp_path, secondary=["Glutes"]))[0]
    assert "repeats the primary equipment" in problems_of(write_exercise(tmp_path, requires=["Body Weight"]))[0]
    assert "repeats the name" in problems_of(write_exercise(tmp_path, aliases=["test hip lift"]))[0]
    assert "links the exercise to itself" in problems_of(write_exercise(tmp_path, easier=["test-hip-lift"]))[0]


def test_malformed_yaml_reports_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text("name: Broken\nsteps:\n  - one\n - two\n", encoding="utf-8")
    [problem] = validate_path(path)
    assert problem.line == 4
    assert problem.message.startswith("malformed YAML:")


def test_a_file_that_is_not_a_mapping(tmp_path: Path) -> None:
    path = tmp_path / "list.yaml"
    path.write_text("- just\n- a list\n", encoding="utf-8")
    assert problems_of(path) == [f"{path}: must be a YAML mapping of fields (name: ..., body_part: ..., ...)"]


def test_every_problem_of_a_file_is_listed_not_just_the_first(tmp_path: Path) -> None:
    path = write_exercise(
        tmp_path,
        equipment="Dumbell",
        target="Glutez",
        popularity=0,
        tips=["Only one tip is written here, sadly."],
    )
    fields = [problem.field for problem in validate_path(path)]
    assert fields == ["equipment", "target", "popularity", "tips"]
