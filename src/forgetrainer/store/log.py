"""Saved plans, workouts and logged sets, always scoped to their owner.

Every method takes the owner's id and filters on it; a row of another account raises
NotFound, exactly as a row that does not exist, so nothing about other accounts leaks.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.interfaces import LoaderOption

from forgetrainer.store.database import Database
from forgetrainer.store.errors import NotFound
from forgetrainer.store.models import ExerciseMapping, SavedPlan, SetEntry, Workout, as_utc, utcnow
from forgetrainer.training.imports import Parsed
from forgetrainer.training.values import LoggedSet

__all__ = ["EXPORT_FORMAT", "SET_FIELDS", "SetValues", "TrainingLog", "workout_dict", "workouts_csv_rows"]

EXPORT_FORMAT = "forgetrainer-log"
SET_FIELDS = ("exercise", "load_kg", "reps", "rir", "seconds", "distance_m", "warmup", "planned", "notes")


Owned = TypeVar("Owned", SavedPlan, Workout, SetEntry)
_ROW_NAMES = {SavedPlan: "plan", Workout: "workout", SetEntry: "set"}


def _owned(session: Session, model: type[Owned], row_id: int, user_id: int, *options: LoaderOption) -> Owned:
    """The owner's row; another account's raises NotFound exactly as a missing one does."""
    found = session.scalar(select(model).options(*options).where(model.id == row_id, model.user_id == user_id))
    if found is None:
        raise NotFound(f"no such {_ROW_NAMES[model]}")
    return found


@dataclass(frozen=True, slots=True)
class SetValues:
    """One set as a person logs it; units already converted to kilograms and metres."""

    exercise: str
    load_kg: float | None = None
    reps: int | None = None
    rir: float | None = None
    seconds: int | None = None
    distance_m: float | None = None
    warmup: bool = False
    planned: bool = True
    notes: str = ""


class TrainingLog:
    def __init__(self, database: Database):
        self.db = database

    # -- plans ----------------------------------------------------------------------------------

    def save_plan(self, user_id: int, *, name: str, intake: Mapping[str, Any], starts_on: dt.date | None) -> int:
        with self.db.session() as session:
            session.execute(update(SavedPlan).where(SavedPlan.user_id == user_id).values(active=False))
            plan = SavedPlan(
                user_id=user_id, name=name.strip()[:120] or "My plan", intake=dict(intake), starts_on=starts_on
            )
            session.add(plan)
            session.flush()
            return plan.id

    def plans(self, user_id: int) -> list[SavedPlan]:
        with self.db.session() as session:
            return list(
                session.scalars(select(SavedPlan).where(SavedPlan.user_id == user_id).order_by(SavedPlan.id.desc()))
            )

    def plan(self, user_id: int, plan_id: int) -> SavedPlan:
        with self.db.session() as session:
            return _owned(session, SavedPlan, plan_id, user_id)

    def active_plan(self, user_id: int) -> SavedPlan | None:
        with self.db.session() as session:
            return session.scalar(
                select(SavedPlan)
                .where(SavedPlan.user_id == user_id, SavedPlan.active.is_(True))
                .order_by(SavedPlan.id.desc())
            )

    def delete_plan(self, user_id: int, plan_id: int) -> None:
        with self.db.session() as session:
            session.delete(_owned(session, SavedPlan, plan_id, user_id))

    # -- workouts -------------------------------------------------------------------------------

    def start_workout(
        self,
        user_id: int,
        *,
        title: str,
        started_at: dt.datetime | None = None,
        plan_id: int | None = None,
        week: int | None = None,
        session_index: int | None = None,
    ) -> int:
        with self.db.session() as session:
            if plan_id is not None:
                _owned(session, SavedPlan, plan_id, user_id)
            workout = Workout(
                user_id=user_id,
                plan_id=plan_id,
                week=week,
                session_index=session_index,
                title=title.strip()[:120] or "Workout",
                started_at=as_utc(started_at or utcnow()),
            )
            session.add(workout)
            session.flush()
            return workout.id

    def finish_workout(
        self, user_id: int, workout_id: int, *, rating: int | None = None, notes: str | None = None
    ) -> None:
        if rating is not None and not 1 <= rating <= 5:
            raise ValueError("rating must be from 1 to 5")
        with self.db.session() as session:
            workout = _owned(session, Workout, workout_id, user_id)
            workout.finished_at = workout.finished_at or utcnow()
            if rating is not None:
                workout.rating = rating
            if notes is not None:
                workout.notes = notes[:5000]

    def delete_workout(self, user_id: int, workout_id: int) -> None:
        with self.db.session() as session:
            session.delete(_owned(session, Workout, workout_id, user_id))

    def workout(self, user_id: int, workout_id: int) -> Workout:
        with self.db.session() as session:
            return _owned(session, Workout, workout_id, user_id, selectinload(Workout.sets))

    def workouts(self, user_id: int, *, limit: int = 50, offset: int = 0) -> list[Workout]:
        with self.db.session() as session:
            return list(
                session.scalars(
                    select(Workout)
                    .options(selectinload(Workout.sets))
                    .where(Workout.user_id == user_id)
                    .order_by(Workout.started_at.desc(), Workout.id.desc())
                    .limit(limit)
                    .offset(offset)
                )
            )

    def plan_workouts(self, user_id: int, plan_id: int) -> list[Workout]:
        """The workouts done from one saved plan, oldest first, with their sets."""
        with self.db.session() as session:
            return list(
                session.scalars(
                    select(Workout)
                    .options(selectinload(Workout.sets))
                    .where(Workout.user_id == user_id, Workout.plan_id == plan_id)
                    .order_by(Workout.started_at, Workout.id)
                )
            )

    def count_workouts(self, user_id: int) -> int:
        with self.db.session() as session:
            return int(session.scalar(select(func.count(Workout.id)).where(Workout.user_id == user_id)) or 0)

    # -- sets -------------------------------------------------------------------------------------

    def log_set(self, user_id: int, workout_id: int, values: SetValues) -> int:
        with self.db.session() as session:
            workout = _owned(session, Workout, workout_id, user_id)
            count = session.scalar(select(func.count(SetEntry.id)).where(SetEntry.workout_id == workout.id)) or 0
            entry = SetEntry(workout_id=workout.id, user_id=user_id, set_index=int(count) + 1, **_fields(values))
            session.add(entry)
            session.flush()
            return entry.id

    def update_set(self, user_id: int, set_id: int, values: SetValues) -> None:
        with self.db.session() as session:
            entry = _owned(session, SetEntry, set_id, user_id)
            for key, value in _fields(values).items():
                setattr(entry, key, value)

    def delete_set(self, user_id: int, set_id: int) -> None:
        with self.db.session() as session:
            session.delete(_owned(session, SetEntry, set_id, user_id))

    def set_entry(self, user_id: int, set_id: int) -> SetEntry:
        with self.db.session() as session:
            return _owned(session, SetEntry, set_id, user_id)

    def logged_sets(
        self, user_id: int, *, since: dt.datetime | None = None, tz: dt.tzinfo | None = None
    ) -> list[LoggedSet]:
        """Every set as a value for the training core, oldest first, timed in `tz` (UTC by default)
        so that a set's day is the day it was on where it was lifted."""
        query = (
            select(SetEntry, Workout.started_at)
            .join(Workout, Workout.id == SetEntry.workout_id)
            .where(SetEntry.user_id == user_id)
        )
        if since is not None:
            query = query.where(Workout.started_at >= since)
        with self.db.session() as session:
            rows = session.execute(query.order_by(Workout.started_at, SetEntry.id)).all()
        return [
            LoggedSet(
                exercise=entry.exercise,
                performed_at=(as_utc(started) + dt.timedelta(seconds=entry.set_index)).astimezone(tz or dt.UTC),
                load_kg=entry.load_kg,
                reps=entry.reps,
                rir=entry.rir,
                seconds=entry.seconds,
                distance_m=entry.distance_m,
                warmup=entry.warmup,
                workout=entry.workout_id,
            )
            for entry, started in rows
        ]

    # -- name mappings for imports ------------------------------------------------------------

    def mappings(self, user_id: int) -> dict[str, str]:
        with self.db.session() as session:
            rows = session.scalars(select(ExerciseMapping).where(ExerciseMapping.user_id == user_id))
            return {row.source_name: row.exercise for row in rows}

    def set_mapping(self, user_id: int, source_name: str, exercise: str) -> None:
        with self.db.session() as session:
            found = session.scalar(
                select(ExerciseMapping).where(
                    ExerciseMapping.user_id == user_id, ExerciseMapping.source_name == source_name
                )
            )
            if found is None:
                session.add(ExerciseMapping(user_id=user_id, source_name=source_name, exercise=exercise))
            else:
                found.exercise = exercise

    # -- import and export ------------------------------------------------------------------------

    def import_parsed(self, user_id: int, parsed: Parsed, mapping: Mapping[str, str], *, source: str) -> int:
        """Write every workout of an import in one transaction; returns the number of sets.

        Sets whose exercise is not mapped are kept under their original name, so nothing is lost.
        """
        written = 0
        with self.db.session() as session:
            for imported in parsed.workouts:
                workout = Workout(
                    user_id=user_id,
                    title=imported.title[:120],
                    started_at=as_utc(imported.started_at),
                    finished_at=as_utc(imported.finished_at) if imported.finished_at else None,
                    notes=imported.notes[:5000],
                    rating=imported.rating,
                    source=source,
                )
                session.add(workout)
                session.flush()
                for number, item in enumerate(imported.sets, start=1):
                    session.add(
                        SetEntry(
                            workout_id=workout.id,
                            user_id=user_id,
                            set_index=number,
                            exercise=mapping.get(item.exercise_name, item.exercise_name)[:120],
                            load_kg=item.load_kg,
                            reps=item.reps,
                            rir=item.rir,
                            seconds=item.seconds,
                            distance_m=item.distance_m,
                            warmup=item.warmup,
                            planned=False,
                            notes=item.notes[:2000],
                        )
                    )
                    written += 1
        return written

    def export(self, user_id: int) -> dict[str, Any]:
        with self.db.session() as session:
            workouts = session.scalars(
                select(Workout)
                .options(selectinload(Workout.sets))
                .where(Workout.user_id == user_id)
                .order_by(Workout.started_at)
            ).all()
            plans = session.scalars(select(SavedPlan).where(SavedPlan.user_id == user_id).order_by(SavedPlan.id)).all()
            return {
                "format": EXPORT_FORMAT,
                "version": 1,
                "exported_at": utcnow().isoformat(),
                "plans": [
                    {
                        "name": plan.name,
                        "intake": plan.intake,
                        "starts_on": plan.starts_on.isoformat() if plan.starts_on else None,
                        "active": plan.active,
                    }
                    for plan in plans
                ],
                "workouts": [workout_dict(workout) for workout in workouts],
            }

    def clear(self, user_id: int) -> None:
        """Delete every workout and plan (the account stays)."""
        with self.db.session() as session:
            session.execute(delete(Workout).where(Workout.user_id == user_id))
            session.execute(delete(SavedPlan).where(SavedPlan.user_id == user_id))


def _fields(values: SetValues) -> dict[str, Any]:
    return {name: getattr(values, name) for name in SET_FIELDS}


def workout_dict(workout: Workout) -> dict[str, Any]:
    return {
        "id": workout.id,
        "title": workout.title,
        "started_at": as_utc(workout.started_at).isoformat(),
        "finished_at": as_utc(workout.finished_at).isoformat() if workout.finished_at else None,
        "rating": workout.rating,
        "notes": workout.notes,
        "week": workout.week,
        "session_index": workout.session_index,
        "sets": [
            {
                "id": entry.id,
                "exercise": entry.exercise,
                "set_index": entry.set_index,
                "load_kg": entry.load_kg,
                "reps": entry.reps,
                "rir": entry.rir,
                "seconds": entry.seconds,
                "distance_m": entry.distance_m,
                "warmup": entry.warmup,
                "planned": entry.planned,
                "notes": entry.notes,
            }
            for entry in workout.sets
        ],
    }


def workouts_csv_rows(export: Mapping[str, Any]) -> Iterable[list[Any]]:
    """The export as rows: one per set, with its workout's date and title."""
    yield ["date", "workout", "exercise", "set", "load_kg", "reps", "rir", "seconds", "distance_m", "warmup", "notes"]
    for workout in export["workouts"]:
        for entry in workout["sets"]:
            yield [
                workout["started_at"],
                workout["title"],
                entry["exercise"],
                entry["set_index"],
                entry["load_kg"],
                entry["reps"],
                entry["rir"],
                entry["seconds"],
                entry["distance_m"],
                entry["warmup"],
                entry["notes"],
            ]
