"""Training pages: today's session from the saved plan, logging sets, history, progress in
pictures, importing from other apps, and saving a plan to the account."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, File, Form, HTTPException, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel, Field

from forgetrainer.catalog import Catalog
from forgetrainer.exercise import Exercise
from forgetrainer.following import follow, local_today, plan_of, session_title, session_workout, tz_of
from forgetrainer.planner import IntakeError, PlanError, build_plan, parse_intake
from forgetrainer.planner.muscles import MAJOR, MAJOR_NAMES
from forgetrainer.planner.plan import Plan
from forgetrainer.render.charts import bar_chart_svg, calendar_svg, line_chart_svg
from forgetrainer.render.musclemap import heat_map_svg
from forgetrainer.render.plan_formats import prescription_text
from forgetrainer.render.plan_page import FORM_FIELDS, intake_fields
from forgetrainer.search import search_index
from forgetrainer.store import NotFound, SessionInfo, SetValues
from forgetrainer.store.models import Workout
from forgetrainer.taxonomy import MUSCLES
from forgetrainer.training import e1rm_history, records
from forgetrainer.training.calendar import streaks
from forgetrainer.training.imports import LogImportError, map_names, parse_log
from forgetrainer.training.schedule import SessionRef
from forgetrainer.training.values import LoggedSet, display_load, load_in_kg, rpe_to_rir, set_text
from forgetrainer.training.volume import recovery, week_start, weekly_sets
from forgetrainer.web.auth import PageUser, check_csrf, training_log
from forgetrainer.web.pages.account import NO_STORE, Csrf, page
from forgetrainer.web.params import RowId

router = APIRouter(include_in_schema=False)
MAX_UPLOAD = 20 * 1024 * 1024
Text = Annotated[str, Form(max_length=2000)]


def _catalog(request: Request) -> Catalog:
    found: Catalog = request.app.state.catalog
    return found


def _number(value: str, name: str, *, integer: bool = False, high: float = 100_000) -> float | None:
    text = value.strip()
    if not text:
        return None
    try:
        number = float(text)
    except ValueError:
        raise HTTPException(400, f"{name} '{value}' is not a number") from None
    if not 0 <= number <= high or (integer and not number.is_integer()):
        raise HTTPException(400, f"{name} must be a {'whole ' if integer else ''}number from 0 to {high:g}")
    return number


def _exercise(catalog: Catalog, label: str) -> Exercise:
    found = catalog.lookup(label.strip())
    if found is not None:
        return found
    hits = search_index(catalog).search(label).exercises[:3]
    if hits and hits[0].name.lower() == label.strip().lower():
        return hits[0]
    close = f"; did you mean {', '.join(hit.name for hit in hits)}?" if hits else "; search the library for its name"
    raise HTTPException(400, f"no exercise '{label}' in the library{close}")


class SetForm(BaseModel):
    """A set as the forms send it: text fields, read with clear errors by `values`."""

    csrf_token: str = Field(max_length=200)
    exercise: str = Field(max_length=200)
    load: str = Field(default="", max_length=40)
    reps: str = Field(default="", max_length=40)
    rir: str = Field(default="", max_length=40)
    rpe: str = Field(default="", max_length=40)
    seconds: str = Field(default="", max_length=40)
    distance_m: str = Field(default="", max_length=40)

    def values(self, catalog: Catalog, user: SessionInfo, **flags: Any) -> SetValues:
        found = _exercise(catalog, self.exercise)
        weight = _number(self.load, "load", high=2000)
        count = _number(self.reps, "reps", integer=True, high=1000)
        reserve = _number(self.rir, "RIR", high=10)
        effort = _number(self.rpe, "RPE", high=10)
        held = _number(self.seconds, "seconds", integer=True, high=36_000)
        distance = _number(self.distance_m, "distance", high=1_000_000)
        if count is None and held is None and distance is None:
            raise HTTPException(400, "a set needs reps, seconds or a distance")
        if reserve is not None and effort is not None:
            raise HTTPException(400, "give RIR or RPE, not both")
        if effort is not None and effort < 1:
            raise HTTPException(400, "RPE must be a number from 1 to 10")
        return SetValues(
            found.slug,
            load_kg=load_in_kg(weight, user.unit),
            reps=int(count) if count is not None else None,
            rir=rpe_to_rir(effort) if effort is not None else reserve,
            seconds=int(held) if held is not None else None,
            distance_m=distance,
            **flags,
        )


class TodaySetForm(SetForm):
    """A set logged from today's page, with where it belongs in the plan."""

    warmup: str = Field(default="", max_length=10)
    planned: str = Field(default="1", max_length=10)
    week: str = Field(default="", max_length=10)
    session: str = Field(default="", max_length=10)
    swap: str = Field(default="", max_length=200)  # done in place of the planned exercise


@router.get("/today")
def today(request: Request, user: PageUser, week: int | None = None, session: int | None = None) -> HTMLResponse:
    catalog, log = _catalog(request), training_log(request)
    chosen = SessionRef(week or 0, (session or 1) - 1) if week or session else None
    found = follow(log, user.user_id, catalog, chosen, user.timezone)
    context: dict[str, Any] = {"csrf": user.csrf_token, "unit": user.unit, "items": [], "notes": []}
    if found is None:
        workout = session_workout(log, user.user_id, None, None, None, user.timezone)
        context.update(
            heading="Today",
            plan_name="",
            week=None,
            session_index=None,
            workout_id=workout.id if workout else None,
            extras=_done_by_exercise(workout, catalog, user.unit),
        )
        return page(request, "account/today.html", "Today", context)
    view, workout = found.view, found.workout
    decisions = {d.exercise: d for d in found.decisions}
    done = _done_by_exercise(workout, catalog, user.unit)
    items = []
    in_session = {planned.slug for planned in view.session.exercises}
    for planned in view.session.exercises:
        decision = decisions.get(planned.slug)
        items.append(
            {
                "slug": planned.slug,
                "name": planned.name,
                "swaps": [
                    (slug, catalog[slug].name) for slug in planned.swaps if slug in catalog and slug not in in_session
                ],
                "decision": decision,
                "moved": planned.slug in view.moved,
                "prescription": _prescription(planned, decision, user.unit),
                "rest": planned.rest_seconds,
                "timed": planned.seconds is not None,
                "seconds_hint": planned.seconds[0] if planned.seconds else "",
                "load_hint": display_load(decision.load_kg if decision else None, user.unit),
                "reps_hint": planned.reps[0] if planned.reps else "",
                "rir_hint": planned.rir if planned.rir is not None else "",
                "done": done.pop(planned.slug, ("", []))[1],
            }
        )
    planned_week = found.plan.weeks[view.week - 1]
    context.update(
        heading=f"Today: {view.session.name}",
        plan_name=found.saved.name,
        week=view.week,
        deload=planned_week.deload,
        weekday=view.session.weekday.capitalize(),
        date=view.date,
        session_index=view.index + 1,
        items=items,
        workout_id=workout.id if workout else None,
        other_days=[
            {"index": i + 1, "label": s.weekday[:3].capitalize()}
            for i, s in enumerate(planned_week.sessions)
            if i != view.index
        ],
        notes=view.notes,
        missed=view.missed,
        extras=done,
    )
    return page(request, "account/today.html", "Today", context)


def _done_by_exercise(workout: Workout | None, catalog: Catalog, unit: str) -> dict[str, tuple[str, list[str]]]:
    """The sets of today's workout per exercise: its name and each set in words."""
    done: dict[str, tuple[str, list[str]]] = {}
    for entry in workout.sets if workout else []:
        name = catalog[entry.exercise].name if entry.exercise in catalog else entry.exercise
        done.setdefault(entry.exercise, (name, []))[1].append(set_text(entry, unit))
    return done


def _prescription(planned: Any, decision: Any, unit: str) -> str:
    text = prescription_text(planned)
    if decision is not None and decision.load_kg:
        text += f" at {display_load(decision.load_kg, unit)} {unit}"
    return text


@router.post("/today/log")
def log_today(request: Request, user: PageUser, form: Annotated[TodaySetForm, Form()]) -> Response:
    check_csrf(user, form.csrf_token)
    catalog, log = _catalog(request), training_log(request)
    values = form.values(catalog, user, warmup=form.warmup == "1", planned=form.planned != "0")
    if form.swap.strip():
        values = replace(values, exercise=_exercise(catalog, form.swap).slug, planned=False)
    saved = log.active_plan(user.user_id)
    week_number = int(_number(form.week, "week", integer=True, high=6) or 0) or None
    index = int(_number(form.session, "session", integer=True, high=7) or 0) - 1 if form.session.strip() else None
    plan_id = saved.id if saved is not None and week_number is not None else None
    workout = session_workout(log, user.user_id, plan_id, week_number, index, user.timezone)
    if workout is None:
        title = "Workout"
        if saved is not None and week_number is not None and index is not None:
            title = _session_name(plan_of(saved, catalog), week_number, index)
        workout_id = log.start_workout(
            user.user_id, title=title, plan_id=plan_id, week=week_number, session_index=index
        )
    else:
        workout_id = workout.id
    log.log_set(user.user_id, workout_id, values)
    query = urlencode({"week": week_number, "session": index + 1}) if week_number and index is not None else ""
    return RedirectResponse(f"/today{'?' + query if query else ''}", status_code=303, headers=NO_STORE)


def _session_name(plan: Plan, week: int, index: int) -> str:
    if not 1 <= week <= len(plan.weeks):
        raise HTTPException(400, f"week must be from 1 to {len(plan.weeks)} in this plan")
    sessions = plan.weeks[week - 1].sessions
    if not 0 <= index < len(sessions):
        raise HTTPException(400, f"session must be from 1 to {len(sessions)} in week {week}")
    return session_title(plan, week, index)


@router.get("/history")
def history(request: Request, user: PageUser, offset: int = 0) -> HTMLResponse:
    log = training_log(request)
    limit = 25
    offset = max(0, min(offset, 1_000_000))
    workouts = log.workouts(user.user_id, limit=limit + 1, offset=offset)
    return page(
        request,
        "account/history.html",
        "History",
        {"workouts": workouts[:limit], "more": len(workouts) > limit, "offset": offset, "limit": limit},
    )


def _workout_page(
    request: Request, user: SessionInfo, workout_id: int, error: str = "", status: int = 200
) -> HTMLResponse:
    catalog = _catalog(request)
    workout = training_log(request).workout(user.user_id, workout_id)
    sets = [
        {
            "id": entry.id,
            "exercise": entry.exercise,
            "name": catalog[entry.exercise].name if entry.exercise in catalog else entry.exercise,
            "load": display_load(entry.load_kg, user.unit),
            "reps": entry.reps,
            "rir": f"{entry.rir:g}" if entry.rir is not None else None,
            "seconds": entry.seconds,
            "distance_m": f"{entry.distance_m:g}" if entry.distance_m is not None else None,
            "warmup": entry.warmup,
            "planned": entry.planned,
        }
        for entry in workout.sets
    ]
    context = {"workout": workout, "sets": sets, "csrf": user.csrf_token, "unit": user.unit, "error": error}
    return page(request, "account/workout.html", workout.title, context, status)


@router.get("/history/{workout_id}")
def workout_detail(request: Request, user: PageUser, workout_id: RowId) -> HTMLResponse:
    return _workout_page(request, user, workout_id)


@router.post("/history/{workout_id}/sets")
def add_set(request: Request, user: PageUser, workout_id: RowId, form: Annotated[SetForm, Form()]) -> Response:
    check_csrf(user, form.csrf_token)
    values = form.values(_catalog(request), user, planned=False)
    training_log(request).log_set(user.user_id, workout_id, values)
    return RedirectResponse(f"/history/{workout_id}", status_code=303, headers=NO_STORE)


@router.post("/sets/{set_id}")
def edit_set(request: Request, user: PageUser, set_id: RowId, form: Annotated[SetForm, Form()]) -> Response:
    check_csrf(user, form.csrf_token)
    log = training_log(request)
    entry = log.set_entry(user.user_id, set_id)
    values = form.values(_catalog(request), user, warmup=entry.warmup, planned=entry.planned, notes=entry.notes)
    log.update_set(user.user_id, set_id, values)
    return RedirectResponse(f"/history/{entry.workout_id}", status_code=303, headers=NO_STORE)


@router.post("/sets/{set_id}/delete")
def delete_set(request: Request, user: PageUser, set_id: RowId, csrf_token: Csrf) -> Response:
    check_csrf(user, csrf_token)
    log = training_log(request)
    entry = log.set_entry(user.user_id, set_id)
    log.delete_set(user.user_id, set_id)
    return RedirectResponse(f"/history/{entry.workout_id}", status_code=303, headers=NO_STORE)


@router.post("/history/{workout_id}/finish")
def finish(
    request: Request, user: PageUser, workout_id: RowId, csrf_token: Csrf, rating: Text = "", notes: Text = ""
) -> Response:
    check_csrf(user, csrf_token)
    score = _number(rating, "rating", integer=True, high=5)
    if score is not None and score < 1:
        raise HTTPException(400, "rating must be from 1 to 5")
    training_log(request).finish_workout(user.user_id, workout_id, rating=int(score) if score else None, notes=notes)
    return RedirectResponse(f"/history/{workout_id}", status_code=303, headers=NO_STORE)


@router.post("/history/{workout_id}/delete")
def delete_workout(request: Request, user: PageUser, workout_id: RowId, csrf_token: Csrf) -> Response:
    check_csrf(user, csrf_token)
    training_log(request).delete_workout(user.user_id, workout_id)
    return RedirectResponse("/history", status_code=303, headers=NO_STORE)


@router.get("/progress")
def progress(request: Request, user: PageUser, exercise: str = "") -> HTMLResponse:
    catalog, log = _catalog(request), training_log(request)
    logged = log.logged_sets(user.user_id, tz=tz_of(user.timezone))
    today = local_today(user.timezone)
    names = {e.slug: e.name for e in catalog}
    counts: dict[str, int] = {}
    for entry in logged:
        if not entry.warmup and entry.load_kg:
            counts[entry.exercise] = counts.get(entry.exercise, 0) + 1
    exercises = sorted(counts, key=lambda slug: -counts[slug])
    chosen = exercise if exercise in counts else (exercises[0] if exercises else "")
    points = [(day, value) for day, value, _ in e1rm_history(logged, chosen)] if chosen else []
    saved = log.active_plan(user.user_id)
    plan = plan_of(saved, catalog) if saved is not None else None
    return page(
        request,
        "account/progress.html",
        "Progress",
        {
            "exercises": [(slug, names.get(slug, slug)) for slug in exercises],
            "chosen": chosen,
            "e1rm_chart": line_chart_svg(
                points, label=f"Estimated max of {names.get(chosen, chosen) or 'an exercise'}"
            ),
            "records": [r for r in records(logged) if r.exercise == chosen],
            "volume_chart": _volume_chart(logged, catalog, plan, today),
            "band_source": f"your plan '{saved.name}'" if saved is not None else "",
            "recovery_map": heat_map_svg(
                recovery(logged, catalog, dt.datetime.now(dt.UTC)),
                {m.slug: m.name for m in MUSCLES},
                label="Recovery by muscle",
            ),
            "calendar": calendar_svg({s.day for s in logged}, today=today),
            "streaks": streaks({s.day for s in logged}, today, plan.intake.days_per_week if plan else 1),
            "per_week": plan.intake.days_per_week if plan else 1,
        },
    )


def _volume_chart(logged: list[LoggedSet], catalog: Catalog, plan: Plan | None, today: dt.date) -> str:
    this_week = weekly_sets(logged, catalog).get(week_start(today), {m: 0.0 for m in MAJOR})
    bars = []
    for muscle in MAJOR:
        band = plan.targets.get(muscle) if plan else None
        bars.append(
            (MAJOR_NAMES[muscle], this_week.get(muscle, 0.0), band[0] if band else None, band[1] if band else None)
        )
    return bar_chart_svg(bars, label="Sets per muscle this week against the target band")


@router.get("/import")
def import_form(request: Request, user: PageUser) -> HTMLResponse:
    return page(request, "account/import.html", "Import", _import_context(user, ""))


def _import_context(user: SessionInfo, maps: str) -> dict[str, Any]:
    return {"csrf": user.csrf_token, "maps": maps, "error": "", "problems": [], "message": "", "unmapped": []}


@router.post("/import")
async def import_upload(
    request: Request,
    user: PageUser,
    csrf_token: Csrf,
    file: Annotated[UploadFile, File()],
    source: Text = "",
    unit: Text = "kg",
    maps: Text = "",
    keep_unmapped: Text = "",
) -> HTMLResponse:
    check_csrf(user, csrf_token)
    catalog, log = _catalog(request), training_log(request)
    context = _import_context(user, maps)
    raw = await file.read(MAX_UPLOAD + 1)
    if len(raw) > MAX_UPLOAD:
        return page(
            request, "account/import.html", "Import", {**context, "error": "The file is larger than 20 MB."}, 413
        )
    try:
        parsed = parse_log(raw.decode("utf-8-sig"), source or None, unit=unit)
    except UnicodeDecodeError:
        return page(request, "account/import.html", "Import", {**context, "error": "The file is not UTF-8 text."}, 400)
    except LogImportError as error:
        problems = [str(p) for p in error.problems[:50]]
        return page(
            request,
            "account/import.html",
            "Import",
            {**context, "error": "The file was rejected and nothing was written:", "problems": problems},
            400,
        )
    for line in maps.splitlines():
        name, separator, slug = line.partition("=")
        target = catalog.lookup(slug.strip()) if separator else None
        if line.strip() and target is None:
            return page(
                request,
                "account/import.html",
                "Import",
                {
                    **context,
                    "error": f"The mapping '{line.strip()}' must be 'Their name=exercise' with an exercise "
                    "of the library.",
                },
                400,
            )
        if target is not None:
            log.set_mapping(user.user_id, name.strip(), target.slug)
    index = search_index(catalog)
    mapped, unmapped = map_names(
        parsed.names, catalog, lambda q: [e.slug for e in index.search(q).exercises[:3]], log.mappings(user.user_id)
    )
    if unmapped and keep_unmapped != "1":
        close = [(name, [e.slug for e in index.search(name).exercises[:3]]) for name in unmapped]
        return page(request, "account/import.html", "Import", {**context, "unmapped": close}, 422)
    written = log.import_parsed(user.user_id, parsed, mapped, source=parsed.format)
    message = f"Imported {len(parsed.workouts)} workouts and {written} sets from a {parsed.format} export."
    return page(request, "account/import.html", "Import", {**context, "message": message})


@router.get("/plan/save")
def save_plan_form(request: Request, user: PageUser) -> HTMLResponse:
    params = dict(request.query_params)
    try:
        intake = parse_intake(intake_fields(params), lambda label: None)
    except IntakeError as error:
        raise HTTPException(400, str(error)) from None
    summary = (
        f"{intake.days_per_week} days a week, {intake.minutes_per_session} minutes, {intake.goal.replace('-', ' ')}."
    )
    return page(
        request,
        "account/save_plan.html",
        "Save this plan",
        {
            "csrf": user.csrf_token,
            "fields": [(key, value) for key, value in params.items() if key in FORM_FIELDS],
            "summary": summary,
            "default_name": f"{intake.goal.replace('-', ' ').capitalize()} block",
            "today": local_today(user.timezone).isoformat(),
        },
    )


@router.post("/plan/save")
async def save_plan(request: Request, user: PageUser) -> Response:
    form = await request.form()
    fields = {key: str(value) for key, value in form.items() if isinstance(value, str)}
    check_csrf(user, fields.get("csrf_token", ""))
    catalog = _catalog(request)

    def known(label: str) -> str | None:
        found = catalog.lookup(label)
        return found.slug if found else None

    try:
        intake = parse_intake(intake_fields(fields), known)
        build_plan(intake, catalog)
    except (IntakeError, PlanError) as error:
        raise HTTPException(400, str(error)) from None
    try:
        starts = dt.date.fromisoformat(fields["starts_on"]) if fields.get("starts_on") else local_today(user.timezone)
    except ValueError:
        raise HTTPException(400, f"starts_on '{fields['starts_on']}' is not a date") from None
    training_log(request).save_plan(
        user.user_id, name=fields.get("name", ""), intake=intake.to_dict(), starts_on=starts
    )
    return RedirectResponse("/today", status_code=303, headers=NO_STORE)


def not_found_for(error: NotFound) -> HTTPException:
    return HTTPException(404, str(error))
