"""The training commands, local and without an account, in a data folder of their own."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from forgetrainer import cli_training
from forgetrainer.cli import app

runner = CliRunner()
DATA = Path(__file__).parent / "training" / "data"


@pytest.fixture(autouse=True)
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    monkeypatch.delenv("FORGE_DATABASE_URL", raising=False)
    cli_training._store.cache_clear()
    yield tmp_path
    cli_training._store.cache_clear()


def run(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_log_history_and_progress(data_home: Path) -> None:
    run("log", "back squat", "--load", "100", "--reps", "5", "--rir", "2")
    run("log", "barbell-back-squat", "--load", "220", "--unit", "lb", "--reps", "5", "--rpe", "9")
    assert (data_home / "forgetrainer" / "forge.db").is_file()
    [workout] = json.loads(run("history", "--format", "json"))
    assert [(s["exercise"], s["reps"], s["rir"]) for s in workout["sets"]] == [
        ("barbell-back-squat", 5, 2.0),
        ("barbell-back-squat", 5, 1.0),
    ]
    assert workout["sets"][1]["load_kg"] == pytest.approx(99.79, abs=0.01)
    progress = json.loads(run("progress", "back squat", "--format", "json"))
    assert progress["e1rm"] and {r["kind"] for r in progress["records"]} >= {"e1rm", "heaviest"}
    overall = json.loads(run("progress", "--format", "json"))
    assert overall["streaks"]["training_days"] == 1


def test_log_rejects_a_set_without_reps_time_or_distance() -> None:
    result = runner.invoke(app, ["log", "plank"])
    assert result.exit_code == 2
    assert "a set needs --reps, --seconds or --distance" in result.output


def test_import_lists_unmapped_names_and_writes_nothing_until_mapped() -> None:
    result = runner.invoke(app, ["import", str(DATA / "strong.csv")])
    assert result.exit_code == 1
    assert "Zercher Lunge Thing" in result.output and "nothing was imported" in result.output
    assert json.loads(run("history", "--format", "json")) == []
    done = json.loads(
        run("import", str(DATA / "strong.csv"), "--map", "Zercher Lunge Thing=barbell lunge", "--format", "json")
    )
    assert (done["workouts"], done["sets"], done["unmapped"]) == (2, 11, [])
    assert done["mapped"]["Zercher Lunge Thing"] == "barbell-lunge"


def test_a_broken_file_names_its_lines() -> None:
    result = runner.invoke(app, ["import", str(DATA / "strong_broken.csv")])
    assert result.exit_code == 1
    assert "line 3: 'not a date' is not a date and time" in result.output
    assert json.loads(run("history", "--format", "json")) == []


def test_export_log_as_json_and_csv() -> None:
    run("import", str(DATA / "hevy.csv"))
    exported = json.loads(run("export", "log"))
    assert exported["format"] == "forgetrainer-log" and len(exported["workouts"]) == 1
    csv_text = run("export", "log", "--format", "csv")
    assert csv_text.splitlines()[0].startswith("date,workout,exercise,set,load_kg")
    assert json.loads(run("export", "--format", "json"))[0]["slug"]  # the library, as before


def test_a_saved_plan_gives_today_a_session_with_reasons() -> None:
    flags = ["plan", "--goal", "strength", "--experience", "beginner", "--days", "3", "--minutes", "45"]
    run(*flags, "--equipment", "full gym", "--save", "Block 1", "--format", "json")
    today = json.loads(run("today", "--week", "1", "--session", "1", "--format", "json"))
    assert today["plan_name"] == "Block 1" and today["week"] == 1
    assert today["exercises"] and all(item["reason"] for item in today["exercises"])
    assert today["exercises"][0]["action"] == "start"


def test_sets_logged_with_a_plan_fill_todays_session_and_count_it_done() -> None:
    flags = ["plan", "--goal", "strength", "--experience", "beginner", "--days", "3", "--minutes", "45"]
    run(*flags, "--equipment", "full gym", "--save", "Block 1", "--format", "json")
    due = json.loads(run("today", "--format", "json"))
    lift = due["exercises"][0]
    assert lift["action"] == "start" and lift["done"] == []
    logged = json.loads(run("log", lift["exercise"], "--load", "60", "--reps", "5", "--rir", "3", "--format", "json"))
    run("log", "farmer's walk", "--load", "30", "--distance", "40")
    after = json.loads(run("today", "--format", "json"))
    assert (after["week"], after["session"], after["date"]) == (due["week"], due["session"], due["date"])
    first = after["exercises"][0]
    assert first["done"] == [{"load_kg": 60, "reps": 5, "rir": 3, "seconds": None, "distance_m": None, "warmup": False}]
    assert first["action"] == "start", "today's own sets do not change today's prescription"
    [workout] = json.loads(run("history", "--format", "json"))
    assert (
        workout["id"] == logged["workout"] == after["workout"]
        and workout["title"] == f"{due['name']}, week {due['week']} {due['weekday'].capitalize()}"
    )
    assert [s["planned"] for s in workout["sets"]] == [True, False], "the carry was an extra"
    following = json.loads(run("today", "--week", str(due["week"]), "--session", str(due["session"]), "-f", "json"))
    assert following["exercises"] == after["exercises"]


def test_today_without_a_saved_plan_says_how_to_save_one() -> None:
    result = runner.invoke(app, ["today"])
    assert result.exit_code == 1 and "forge plan ... --save NAME" in result.output
