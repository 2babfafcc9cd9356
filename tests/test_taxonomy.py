from __future__ import annotations

import pytest

from forgetrainer.taxonomy import (
    BODY_PARTS,
    EQUIPMENT,
    MUSCLE_GROUPS,
    MUSCLES,
    UnknownTermError,
    normalize_key,
)

REFERENCE_EQUIPMENT = [
    "Body Weight",
    "Dumbbell",
    "Barbell",
    "Machine",
    "Cable",
    "Resistance Band",
    "Smith Machine",
    "Kettlebell",
    "EZ Bar",
    "Cardio Machine",
    "Medicine Ball",
    "Treadmill",
    "Rings",
    "Ab Wheel",
    "Jump Rope",
    "Trap Bar",
    "Weight Plate",
]
REFERENCE_GROUPS = [
    "Glutes",
    "Abs",
    "Shoulders",
    "Chest",
    "Biceps",
    "Triceps",
    "Upper Back",
    "Lats",
    "Calves",
    "Quads",
    "Cardiovascular",
    "Forearms",
    "Hamstrings",
    "Traps",
    "Lower Back",
    "Adductors",
    "Serratus",
    "Abductors",
    "Neck",
]


def test_reference_vocabularies_are_all_present() -> None:
    assert BODY_PARTS.names == ("Legs", "Arms", "Back", "Core", "Shoulders", "Chest", "Cardio", "Neck")
    assert set(REFERENCE_EQUIPMENT) <= set(EQUIPMENT.names)
    assert {
        "Pull-up Bar",
        "Bench",
        "Stability Ball",
        "Foam Roller",
        "Landmine",
        "Sled",
        "Suspension Trainer",
        "Plyo Box",
    } <= set(EQUIPMENT.names)
    assert list(MUSCLE_GROUPS.names) == REFERENCE_GROUPS


def test_every_muscle_maps_to_one_display_group() -> None:
    assert {muscle.group for muscle in MUSCLES} == set(MUSCLE_GROUPS.slugs)
    assert MUSCLES.resolve("lateral delts").group == "shoulders"
    assert MUSCLES.resolve("hammies").name == "Hamstrings"


def test_lookup_ignores_case_and_separators() -> None:
    assert normalize_key("  Pull_Up--Bar ") == "pull up bar"
    assert EQUIPMENT.resolve("pull up bar").name == "Pull-up Bar"
    assert EQUIPMENT.resolve("KB").slug == "kettlebell"


def test_unknown_term_error_lists_allowed_values_and_suggests() -> None:
    with pytest.raises(UnknownTermError) as caught:
        EQUIPMENT.resolve("kettlebel")
    assert caught.value.suggestion == "Kettlebell"
    assert caught.value.allowed == EQUIPMENT.names
    assert "Did you mean 'Kettlebell'?" in str(caught.value)
