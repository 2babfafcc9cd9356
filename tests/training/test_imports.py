"""Workout history from Strong and Hevy exports, written here in their real formats."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from forgetrainer.catalog import default_catalog
from forgetrainer.search import search_index
from forgetrainer.training.imports import LogImportError, detect_format, map_names, parse_log

DATA = Path(__file__).parent / "data"


def read(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


def test_formats_are_detected_from_the_header() -> None:
    assert detect_format(read("strong.csv")) == "strong"
    assert detect_format(read("strong_semicolon.csv")) == "strong-semicolon"
    assert detect_format(read("hevy.csv")) == "hevy"
    assert detect_format('{"format": "forgetrainer-log", "workouts": []}') == "json"
    with pytest.raises(LogImportError, match="unknown file"):
        detect_format(read("no_header.csv"))


def test_strong_comma_format() -> None:
    parsed = parse_log(read("strong.csv"))
    assert parsed.format == "strong"
    upper, lower = parsed.workouts
    assert (upper.title, upper.started_at) == ("Upper A", dt.datetime(2026, 10, 5, 18, 2, 11))
    assert upper.notes == "Felt strong"
    bench = [s for s in upper.sets if s.exercise_name == "Bench Press (Barbell)"]
    assert [(s.warmup, s.load_kg, s.reps) for s in bench] == [
        (True, 40, 8),
        (False, 80, 8),
        (False, 80, 8),
        (False, 80, 7),
    ]
    assert bench[1].rir == 2.0 and bench[2].rir == 1.5
    plank = next(s for s in upper.sets if s.exercise_name == "Plank")
    assert (plank.seconds, plank.load_kg) == (60, None)
    run = next(s for s in lower.sets if s.exercise_name == "Running")
    assert (run.distance_m, run.seconds) == (3200.0, 1200)


def test_strong_weights_in_pounds_when_told() -> None:
    parsed = parse_log(read("strong.csv"), unit="lb")
    first = parsed.workouts[0].sets[1]
    assert first.load_kg == pytest.approx(80 * 0.45359237, abs=0.001)


def test_strong_semicolon_format_with_units_per_row() -> None:
    parsed = parse_log(read("strong_semicolon.csv"))
    workout = parsed.workouts[0]
    assert workout.sets[0].load_kg == pytest.approx(102.058, abs=0.001)
    rower = workout.sets[2]
    assert (rower.distance_m, rower.seconds) == (2000.0, 480)


def test_hevy_format_with_set_types_and_pounds() -> None:
    parsed = parse_log(read("hevy.csv"))
    workout = parsed.workouts[0]
    assert (workout.title, workout.started_at, workout.finished_at) == (
        "Push Day",
        dt.datetime(2026, 10, 12, 9, 15),
        dt.datetime(2026, 10, 12, 10, 20),
    )
    assert [s.warmup for s in workout.sets] == [True, False, False, False, False]
    assert workout.sets[1].set_index == 2
    pounds = parse_log(read("hevy_lbs.csv")).workouts[0].sets[0]
    assert pounds.load_kg == pytest.approx(102.058, abs=0.001)


def test_a_broken_file_is_rejected_with_every_line_and_reason() -> None:
    with pytest.raises(LogImportError) as caught:
        parse_log(read("strong_broken.csv"))
    messages = [str(problem) for problem in caught.value.problems]
    assert "line 3: 'not a date' is not a date and time" in messages
    assert "line 3: Weight 'eighty' is not a number" in messages
    assert "line 4: the exercise name is empty" in messages
    assert "line 4: Reps -7 is negative" in messages
    assert "line 4: RPE 14 is outside 1-10" in messages


def test_missing_columns_and_bad_json() -> None:
    with pytest.raises(LogImportError, match="the header lacks the columns"):
        parse_log("Date,Workout Name\n2026-01-01 10:00:00,x\n", "strong")
    with pytest.raises(LogImportError, match="malformed JSON"):
        parse_log("{not json", "json")
    with pytest.raises(LogImportError, match="expected format 'forgetrainer-log'"):
        parse_log('{"workouts": []}', "json")


def test_their_names_map_to_ours_and_the_rest_are_listed() -> None:
    catalog = default_catalog()
    index = search_index(catalog)
    names = parse_log(read("strong.csv")).names

    def search(query: str) -> list[str]:
        return [e.slug for e in index.search(query).exercises[:3]]

    mapped, unmapped = map_names(names, catalog, search)
    assert mapped == {
        "Bench Press (Barbell)": "barbell-bench-press",
        "Lat Pulldown (Cable)": "lat-pulldown",
        "Plank": "plank",
        "Squat (Barbell)": "barbell-back-squat",
        "Running": "running",
    }
    assert unmapped == ["Zercher Lunge Thing"]
    mapped, unmapped = map_names(names, catalog, search, known={"Zercher Lunge Thing": "barbell-lunge"})
    assert mapped["Zercher Lunge Thing"] == "barbell-lunge" and unmapped == []
