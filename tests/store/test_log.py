"""The training log on both databases: plans, workouts, sets, ownership, import and export."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, text

from forgetrainer.store import Accounts, Conflict, Database, NotFound, SetValues, TrainingLog
from forgetrainer.store.models import ExerciseMapping
from forgetrainer.training.imports import ImportedSet, ImportedWorkout, Parsed, parse_log

DATA = Path(__file__).parent.parent / "training" / "data"


@pytest.fixture()
def people(database: Database) -> tuple[int, int]:
    accounts = Accounts(database)
    return (
        accounts.register(email="ana@example.com", password="correct horse"),
        accounts.register(email="bo@example.com", password="correct horse"),
    )


def test_plans_are_saved_listed_and_one_is_active(database: Database, people: tuple[int, int]) -> None:
    ana, _ = people
    log = TrainingLog(database)
    first = log.save_plan(ana, name="Block 1", intake={"goal": "strength"}, starts_on=dt.date(2026, 11, 2))
    second = log.save_plan(ana, name="Block 2", intake={"goal": "hypertrophy"}, starts_on=None)
    assert [plan.id for plan in log.plans(ana)] == [second, first]
    active = log.active_plan(ana)
    assert active is not None and active.id == second
    assert log.plan(ana, first).intake == {"goal": "strength"}


def test_sets_are_logged_edited_and_deleted(database: Database, people: tuple[int, int]) -> None:
    ana, _ = people
    log = TrainingLog(database)
    workout = log.start_workout(ana, title="Upper A", started_at=dt.datetime(2026, 11, 2, 18, tzinfo=dt.UTC))
    first = log.log_set(ana, workout, SetValues("barbell-bench-press", load_kg=80, reps=8, rir=2))
    second = log.log_set(ana, workout, SetValues("barbell-bench-press", load_kg=80, reps=7, rir=1))
    log.update_set(ana, second, SetValues("barbell-bench-press", load_kg=80, reps=8, rir=1, notes="last rep slow"))
    log.log_set(ana, workout, SetValues("plank", seconds=45, planned=False))
    log.delete_set(ana, first)
    log.finish_workout(ana, workout, rating=4, notes="good")
    stored = log.workout(ana, workout)
    assert [(s.exercise, s.reps, s.seconds) for s in stored.sets] == [
        ("barbell-bench-press", 8, None),
        ("plank", None, 45),
    ]
    assert stored.rating == 4 and stored.finished_at is not None
    values = log.logged_sets(ana)
    assert [v.exercise for v in values] == ["barbell-bench-press", "plank"]
    assert values[0].load_kg == 80 and values[0].workout == workout
    with pytest.raises(ValueError, match="rating must be from 1 to 5"):
        log.finish_workout(ana, workout, rating=9)


def test_a_plans_workouts_are_its_owners_in_order(database: Database, people: tuple[int, int]) -> None:
    ana, bo = people
    log = TrainingLog(database)
    plan = log.save_plan(ana, name="Block 1", intake={"goal": "strength"}, starts_on=dt.date(2026, 11, 2))
    wednesday = log.start_workout(
        ana, title="B", plan_id=plan, week=1, session_index=1, started_at=dt.datetime(2026, 11, 4, 18, tzinfo=dt.UTC)
    )
    monday = log.start_workout(
        ana, title="A", plan_id=plan, week=1, session_index=0, started_at=dt.datetime(2026, 11, 2, 18, tzinfo=dt.UTC)
    )
    log.start_workout(ana, title="Off plan", started_at=dt.datetime(2026, 11, 3, 18, tzinfo=dt.UTC))
    log.log_set(ana, monday, SetValues("barbell-back-squat", load_kg=100, reps=5))
    found = log.plan_workouts(ana, plan)
    assert [(w.id, w.session_index, len(w.sets)) for w in found] == [(monday, 0, 1), (wednesday, 1, 0)]
    assert log.plan_workouts(bo, plan) == []
    with pytest.raises(NotFound):
        log.start_workout(bo, title="Not mine", plan_id=plan, week=1, session_index=0)


def test_a_plan_deleted_while_a_workout_starts_from_it_is_a_clean_not_found(
    database: Database, people: tuple[int, int]
) -> None:
    """Another request deletes the plan between the ownership check and the insert."""
    ana, _ = people
    log = TrainingLog(database)
    plan = log.save_plan(ana, name="Block 1", intake={"goal": "strength"}, starts_on=None)

    deleted: list[bool] = []

    def delete_the_plan_first(connection: Any, cursor: Any, statement: str, *args: Any) -> None:
        if statement.lstrip().upper().startswith("INSERT INTO WORKOUTS") and not deleted:
            deleted.append(True)
            with database.engine.connect() as other:
                other.execute(text("DELETE FROM plans WHERE id = :id"), {"id": plan})
                other.commit()

    event.listen(database.engine, "before_cursor_execute", delete_the_plan_first)
    try:
        with pytest.raises(NotFound, match="deleted at the same moment; nothing was written"):
            log.start_workout(ana, title="A", plan_id=plan, week=1, session_index=0)
    finally:
        event.remove(database.engine, "before_cursor_execute", delete_the_plan_first)
    assert deleted and log.workouts(ana) == [] and log.plans(ana) == []


def test_a_race_for_the_same_unique_row_is_a_conflict(database: Database, people: tuple[int, int]) -> None:
    ana, _ = people
    with pytest.raises(Conflict, match="at the same moment; nothing was written"), database.session() as session:
        session.add(ExerciseMapping(user_id=ana, source_name="Bench", exercise="barbell-bench-press"))
        session.add(ExerciseMapping(user_id=ana, source_name="Bench", exercise="dumbbell-bench-press"))
    assert TrainingLog(database).mappings(ana) == {}


def test_nobody_reaches_another_accounts_rows(database: Database, people: tuple[int, int]) -> None:
    ana, bo = people
    log = TrainingLog(database)
    plan = log.save_plan(ana, name="Mine", intake={}, starts_on=None)
    workout = log.start_workout(ana, title="Mine")
    entry = log.log_set(ana, workout, SetValues("push-up", reps=10))
    for attempt in (
        lambda: log.plan(bo, plan),
        lambda: log.delete_plan(bo, plan),
        lambda: log.workout(bo, workout),
        lambda: log.log_set(bo, workout, SetValues("push-up", reps=1)),
        lambda: log.update_set(bo, entry, SetValues("push-up", reps=99)),
        lambda: log.delete_set(bo, entry),
        lambda: log.finish_workout(bo, workout),
        lambda: log.delete_workout(bo, workout),
        lambda: log.start_workout(bo, title="x", plan_id=plan),
    ):
        with pytest.raises(NotFound):
            attempt()
    assert log.workouts(bo) == [] and log.logged_sets(bo) == []
    assert log.workout(ana, workout).sets[0].reps == 10


def test_an_import_is_written_in_one_transaction(database: Database, people: tuple[int, int]) -> None:
    ana, _ = people
    log = TrainingLog(database)
    parsed = parse_log((DATA / "strong.csv").read_text())
    written = log.import_parsed(ana, parsed, {"Bench Press (Barbell)": "barbell-bench-press"}, source="strong")
    assert written == 11
    assert log.count_workouts(ana) == 2
    exercises = {s.exercise for s in log.logged_sets(ana)}
    assert "barbell-bench-press" in exercises and "Lat Pulldown (Cable)" in exercises

    broken = Parsed(
        "json",
        (
            ImportedWorkout("Good", dt.datetime(2026, 1, 1, 10), sets=[ImportedSet("push-up", 1, reps=10)]),
            ImportedWorkout("Bad", None, sets=[ImportedSet("push-up", 1, reps=10)]),  # type: ignore[arg-type]
        ),
        ("push-up",),
    )
    before = log.count_workouts(ana)
    with pytest.raises(Exception):  # noqa: B017 - any failure must leave nothing behind
        log.import_parsed(ana, broken, {}, source="json")
    assert log.count_workouts(ana) == before


def test_export_and_import_round_trip(database: Database, people: tuple[int, int]) -> None:
    ana, bo = people
    log = TrainingLog(database)
    workout = log.start_workout(ana, title="Legs", started_at=dt.datetime(2026, 11, 3, 7, tzinfo=dt.UTC))
    log.log_set(ana, workout, SetValues("barbell-back-squat", load_kg=100, reps=5, rir=2))
    log.finish_workout(ana, workout, rating=5)
    exported = log.export(ana)
    assert exported["format"] == "forgetrainer-log"
    import json

    parsed = parse_log(json.dumps(exported))
    log.import_parsed(bo, parsed, {}, source="json")
    [copy] = log.workouts(bo)
    assert copy.title == "Legs" and copy.rating == 5
    assert [(s.exercise, s.load_kg, s.reps, s.rir) for s in copy.sets] == [("barbell-back-squat", 100, 5, 2)]


def test_mappings_are_remembered_per_account(database: Database, people: tuple[int, int]) -> None:
    ana, bo = people
    log = TrainingLog(database)
    log.set_mapping(ana, "Zercher Lunge Thing", "barbell-lunge")
    log.set_mapping(ana, "Zercher Lunge Thing", "dumbbell-lunge")
    assert log.mappings(ana) == {"Zercher Lunge Thing": "dumbbell-lunge"}
    assert log.mappings(bo) == {}
