from __future__ import annotations

from forgetrainer.render.musclemap import BACK, FRONT, muscle_levels, muscle_map_svg
from forgetrainer.taxonomy import MUSCLES


def test_every_muscle_of_the_vocabulary_is_drawn() -> None:
    drawn = set(FRONT) | set(BACK) | {"cardiovascular"}
    assert {muscle.slug for muscle in MUSCLES} <= drawn


def test_target_is_strong_secondary_light_and_the_rest_neutral() -> None:
    levels = muscle_levels(MUSCLES.resolve("glutes"), [MUSCLES.resolve("hamstrings")])
    svg = muscle_map_svg(levels, label="Glute test")
    assert svg.count('data-muscle="glutes" data-level="target"') == 2  # both halves of the back view
    assert 'fill="#c2410c" stroke="#9ca3af" stroke-width="0.8" data-muscle="glutes"' in svg
    assert 'fill="#fdba8c" stroke="#9ca3af" stroke-width="0.8" data-muscle="hamstrings"' in svg
    assert 'fill="#e5e7eb" stroke="#9ca3af" stroke-width="0.8" data-muscle="chest"' in svg
    assert 'aria-label="Glute test"' in svg


def test_cardiovascular_is_shown_as_a_heart_only_when_involved() -> None:
    heart = muscle_levels(MUSCLES.resolve("cardiovascular"), [MUSCLES.resolve("quads")])
    assert 'data-muscle="cardiovascular" data-level="target"' in muscle_map_svg(heart)
    assert "cardiovascular" not in muscle_map_svg(muscle_levels(MUSCLES.resolve("quads"), []))
