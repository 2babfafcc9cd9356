"""Loads in either unit, and a set in words as the pages and the CLI show it."""

from __future__ import annotations

import datetime as dt

from forgetrainer.training.values import LoggedSet, display_load, load_in_kg, set_text

WHEN = dt.datetime(2026, 11, 2, 18, tzinfo=dt.UTC)


def test_loads_are_kept_in_kilograms_and_shown_in_the_persons_unit() -> None:
    assert load_in_kg(135, "lb") == 61.235 and load_in_kg(60, "kg") == 60 and load_in_kg(None, "lb") is None
    assert display_load(61.235, "lb") == "135" and display_load(62.5, "kg") == "62.5" and display_load(None, "kg") == ""


def test_a_set_in_words() -> None:
    assert set_text(LoggedSet("bench", WHEN, 62.5, 8, 2.0)) == "62.5 kg x 8 @ RIR 2"
    assert set_text(LoggedSet("bench", WHEN, 61.235, 5), "lb") == "135 lb x 5"
    assert set_text(LoggedSet("rowing", WHEN, seconds=480, distance_m=2000)) == "480 s 2000 m"
    assert set_text(LoggedSet("carry", WHEN, 30, distance_m=40)) == "30 kg 40 m", "a loaded carry has no reps"
    assert set_text(LoggedSet("push-up", WHEN, reps=12, warmup=True)) == "12 reps (warm-up)"
