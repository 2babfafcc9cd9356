"""/api/v1/me: a person's own plans, workouts, sets and progress, with a personal API token.

Another account's plan, workout or set answers 404, exactly like one that does not exist.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, File, Form, Query, Request, UploadFile
from fastapi.responses import JSONResponse
from pydantic import BaseModel, BeforeValidator, Field, model_validator

from forgetrainer.catalog import Catalog
from forgetrainer.following import follow, local_today, plan_of, tz_of
from forgetrainer.planner import IntakeError, PlanError, build_plan, parse_intake
from forgetrainer.search import search_index
from forgetrainer.store import SetValues, TrainingLog
from forgetrainer.store.log import workout_dict
from forgetrainer.training import e1rm_history, records
from forgetrainer.training.calendar import streaks
from forgetrainer.training.imports import LogImportError, map_names, parse_log
from forgetrainer.training.schedule import SessionRef
from forgetrainer.training.values import load_in_kg, rpe_to_rir
from forgetrainer.training.volume import weekly_sets
from forgetrainer.web.api.errors import ApiError
from forgetrainer.web.api.intake_schema import INTAKE_SCHEMA
from forgetrainer.web.api.models import ErrorOut
from forgetrainer.web.auth import ApiUser, training_log
from forgetrainer.web.params import MAX_ROW_ID, RowId

router = APIRouter(prefix="/api/v1/me", tags=["your training"])
ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorOut},
    401: {"model": ErrorOut},
    404: {"model": ErrorOut},
    409: {"model": ErrorOut, "description": "Another change to the same data landed at the same moment"},
    422: {"model": ErrorOut},
}


def _catalog(request: Request) -> Catalog:
    found: Catalog = request.app.state.catalog
    return found


def _slug(catalog: Catalog, label: str) -> str:
    found = catalog.lookup(label)
    if found is None:
        hits = [e.slug for e in search_index(catalog).search(label).exercises[:3]]
        raise ApiError(400, f"no exercise '{label}' in the library", field="exercise", allowed=hits or None)
    return found.slug


def _text_only(value: Any) -> Any:
    """Dates come as ISO text; a bare number would otherwise be read as a Unix timestamp."""
    if value is not None and not isinstance(value, str):
        raise ValueError("must be an ISO 8601 string")
    return value


def _json_number(value: Any) -> Any:
    """Numbers come as JSON numbers (8 or 8.0); "8" or true would otherwise be read as 8 or 1."""
    if isinstance(value, (str, bool)):
        raise ValueError("must be a JSON number, not text or true/false")
    return value


WholeNumber = Annotated[int | None, BeforeValidator(_json_number)]


class PlanIn(BaseModel):
    name: str = Field(min_length=1, max_length=120)
    intake: dict[str, Any] = Field(json_schema_extra=INTAKE_SCHEMA)
    starts_on: Annotated[dt.date | None, BeforeValidator(_text_only)] = Field(
        default=None, description="ISO date, YYYY-MM-DD"
    )


class WorkoutIn(BaseModel):
    title: str = Field(default="Workout", max_length=120)
    started_at: Annotated[dt.datetime | None, BeforeValidator(_text_only)] = Field(
        default=None, description="ISO 8601 date and time"
    )
    plan_id: WholeNumber = Field(default=None, ge=1, le=MAX_ROW_ID)
    week: WholeNumber = Field(default=None, ge=1, le=6)
    session_index: WholeNumber = Field(default=None, ge=0, le=6)


class FinishIn(BaseModel):
    rating: WholeNumber = Field(default=None, ge=1, le=5)
    notes: str | None = Field(default=None, max_length=5000)


class SetIn(BaseModel):
    exercise: str = Field(min_length=1, max_length=120, description="Slug, name or alias")
    load: float | None = Field(default=None, ge=0, le=2000, description="In `unit`")
    unit: str = Field(default="kg", pattern="^(kg|lb)$")
    reps: WholeNumber = Field(default=None, ge=0, le=1000)
    rir: float | None = Field(default=None, ge=0, le=10)
    rpe: float | None = Field(default=None, ge=1, le=10)
    seconds: WholeNumber = Field(default=None, ge=0, le=36_000)
    distance_m: float | None = Field(default=None, ge=0, le=1_000_000)
    warmup: bool = Field(default=False, strict=True)
    planned: bool = Field(default=True, strict=True)
    notes: str = Field(default="", max_length=2000)

    @model_validator(mode="after")
    def one_measure(self) -> SetIn:
        if self.reps is None and self.seconds is None and self.distance_m is None:
            raise ValueError("a set needs reps, seconds or distance_m")
        if self.rir is not None and self.rpe is not None:
            raise ValueError("give rir or rpe, not both")
        return self

    def values(self, catalog: Catalog) -> SetValues:
        return SetValues(
            _slug(catalog, self.exercise),
            load_kg=load_in_kg(self.load, self.unit),
            reps=self.reps,
            rir=rpe_to_rir(self.rpe) if self.rpe is not None else self.rir,
            seconds=self.seconds,
            distance_m=self.distance_m,
            warmup=self.warmup,
            planned=self.planned,
            notes=self.notes,
        )


def _log(request: Request) -> TrainingLog:
    return training_log(request)


@router.get("", responses=ERRORS, summary="Who the token belongs to")
def me(user: ApiUser) -> dict[str, Any]:
    return {"email": user.email, "unit": user.unit, "timezone": user.timezone}


@router.get("/plans", responses=ERRORS, summary="Your saved plans")
def saved_plans(request: Request, user: ApiUser) -> list[dict[str, Any]]:
    return [
        {"id": p.id, "name": p.name, "active": p.active, "starts_on": p.starts_on, "intake": p.intake}
        for p in _log(request).plans(user.user_id)
    ]


@router.post("/plans", responses=ERRORS, status_code=201, summary="Save a plan (it becomes the active one)")
def save_plan(request: Request, user: ApiUser, body: PlanIn) -> dict[str, Any]:
    catalog = _catalog(request)

    def known(label: str) -> str | None:
        found = catalog.lookup(label)
        return found.slug if found else None

    try:
        intake = parse_intake(body.intake, known)
        build_plan(intake, catalog)
    except IntakeError as error:
        raise ApiError(422, str(error), field="intake") from error
    except PlanError as error:
        raise ApiError(422, str(error), field="intake") from error
    plan_id = _log(request).save_plan(user.user_id, name=body.name, intake=intake.to_dict(), starts_on=body.starts_on)
    return {"id": plan_id, "name": body.name}


@router.get("/plans/{plan_id}", responses=ERRORS, summary="A saved plan, written out")
def saved_plan(request: Request, user: ApiUser, plan_id: RowId) -> dict[str, Any]:
    saved = _log(request).plan(user.user_id, plan_id)
    plan = plan_of(saved, _catalog(request))
    return {"id": saved.id, "name": saved.name, "active": saved.active, "plan": plan.to_dict()}


@router.delete("/plans/{plan_id}", responses=ERRORS, status_code=204, summary="Delete a saved plan")
def delete_plan(request: Request, user: ApiUser, plan_id: RowId) -> None:
    _log(request).delete_plan(user.user_id, plan_id)


@router.get("/next", responses=ERRORS, summary="Today's session (or a chosen one) with prescriptions from your log")
def next_prescriptions(
    request: Request,
    user: ApiUser,
    week: Annotated[int | None, Query(ge=1, le=6, description="Week of the plan; default: today's")] = None,
    session: Annotated[int | None, Query(ge=1, le=7, description="Session of the week; default: today's")] = None,
) -> dict[str, Any]:
    log, catalog = _log(request), _catalog(request)
    chosen = SessionRef(week or 0, (session or 1) - 1) if week or session else None
    found = follow(log, user.user_id, catalog, chosen, user.timezone)
    if found is None:
        raise ApiError(404, "no saved plan: save one with POST /api/v1/me/plans")
    return found.to_dict()


@router.get("/workouts", responses=ERRORS, summary="Your workouts, newest first")
def workouts(
    request: Request,
    user: ApiUser,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> list[dict[str, Any]]:
    return [workout_dict(w) for w in _log(request).workouts(user.user_id, limit=limit, offset=offset)]


@router.post("/workouts", responses=ERRORS, status_code=201, summary="Start a workout")
def start_workout(request: Request, user: ApiUser, body: WorkoutIn) -> dict[str, Any]:
    workout_id = _log(request).start_workout(
        user.user_id,
        title=body.title,
        started_at=body.started_at,
        plan_id=body.plan_id,
        week=body.week,
        session_index=body.session_index,
    )
    return {"id": workout_id}


@router.get("/workouts/{workout_id}", responses=ERRORS, summary="One workout with its sets")
def workout(request: Request, user: ApiUser, workout_id: RowId) -> dict[str, Any]:
    return workout_dict(_log(request).workout(user.user_id, workout_id))


@router.post("/workouts/{workout_id}/finish", responses=ERRORS, summary="Finish a workout, rate it")
def finish_workout(request: Request, user: ApiUser, workout_id: RowId, body: FinishIn) -> dict[str, Any]:
    _log(request).finish_workout(user.user_id, workout_id, rating=body.rating, notes=body.notes)
    return {"id": workout_id, "finished": True}


@router.delete("/workouts/{workout_id}", responses=ERRORS, status_code=204, summary="Delete a workout")
def delete_workout(request: Request, user: ApiUser, workout_id: RowId) -> None:
    _log(request).delete_workout(user.user_id, workout_id)


@router.post("/workouts/{workout_id}/sets", responses=ERRORS, status_code=201, summary="Log a set")
def log_set(request: Request, user: ApiUser, workout_id: RowId, body: SetIn) -> dict[str, Any]:
    set_id = _log(request).log_set(user.user_id, workout_id, body.values(_catalog(request)))
    return {"id": set_id, "workout": workout_id}


@router.put("/sets/{set_id}", responses=ERRORS, summary="Correct a set")
def update_set(request: Request, user: ApiUser, set_id: RowId, body: SetIn) -> dict[str, Any]:
    _log(request).update_set(user.user_id, set_id, body.values(_catalog(request)))
    return {"id": set_id}


@router.delete("/sets/{set_id}", responses=ERRORS, status_code=204, summary="Delete a set")
def delete_set(request: Request, user: ApiUser, set_id: RowId) -> None:
    _log(request).delete_set(user.user_id, set_id)


@router.get("/progress", responses=ERRORS, summary="e1RM, records, weekly sets and streaks")
def progress(
    request: Request, user: ApiUser, exercise: Annotated[str | None, Query(max_length=120)] = None
) -> dict[str, Any]:
    catalog = _catalog(request)
    logged = _log(request).logged_sets(user.user_id, tz=tz_of(user.timezone))
    answer: dict[str, Any] = {
        "weekly_sets": {week.isoformat(): sets for week, sets in weekly_sets(logged, catalog).items()},
    }
    days = {s.day for s in logged}
    streak = streaks(days, local_today(user.timezone))
    answer["streaks"] = {
        "current_weeks": streak.current_weeks,
        "longest_weeks": streak.longest_weeks,
        "current_days": streak.current_days,
        "training_days": streak.total_days,
    }
    if exercise:
        slug = _slug(catalog, exercise)
        answer["exercise"] = slug
        answer["e1rm"] = [{"date": day.isoformat(), "kg": value} for day, value, _ in e1rm_history(logged, slug)]
        answer["records"] = [
            {"kind": r.kind, "value": r.value, "date": r.performed_at.date().isoformat(), "detail": r.detail}
            for r in records(logged)
            if r.exercise == slug
        ]
    return answer


@router.post("/import", responses=ERRORS, summary="Import a Strong or Hevy CSV, or our JSON export")
async def import_file(
    request: Request,
    user: ApiUser,
    file: Annotated[UploadFile, File()],
    source: Annotated[str | None, Form(pattern="^(strong|strong-semicolon|hevy|json)$")] = None,
    unit: Annotated[str, Form(pattern="^(kg|lb)$")] = "kg",
    keep_unmapped: Annotated[bool, Form()] = False,
) -> Any:
    catalog, log = _catalog(request), _log(request)
    raw = await file.read(20 * 1024 * 1024 + 1)
    if len(raw) > 20 * 1024 * 1024:
        raise ApiError(413, "the file is larger than 20 MB")
    try:
        parsed = parse_log(raw.decode("utf-8-sig"), source, unit=unit)
    except UnicodeDecodeError:
        raise ApiError(400, "the file is not UTF-8 text", field="file") from None
    except LogImportError as error:
        return JSONResponse(
            {"detail": "the file was rejected; nothing was written", "problems": [str(p) for p in error.problems]},
            status_code=422,
        )
    index = search_index(catalog)
    mapped, unmapped = map_names(
        parsed.names, catalog, lambda q: [e.slug for e in index.search(q).exercises[:3]], log.mappings(user.user_id)
    )
    if unmapped and not keep_unmapped:
        return JSONResponse(
            {
                "detail": "some exercise names match nothing in the library; nothing was written",
                "unmapped": {name: [e.slug for e in index.search(name).exercises[:3]] for name in unmapped},
            },
            status_code=422,
        )
    written = log.import_parsed(user.user_id, parsed, mapped, source=parsed.format)
    return {"format": parsed.format, "workouts": len(parsed.workouts), "sets": written, "mapped": mapped}


@router.get("/export", responses=ERRORS, summary="Everything you logged, as JSON")
def export(request: Request, user: ApiUser) -> dict[str, Any]:
    return _log(request).export(user.user_id)
