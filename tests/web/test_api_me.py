"""/api/v1/me with a personal token: a script that saves a plan, logs, reads progress and imports."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from forgetrainer import following
from forgetrainer.store import Conflict, TrainingLog
from tests.web.accounts_helpers import api_token, sign_up

DATA = Path(__file__).parents[1] / "training" / "data"
INTAKE = {
    "goal": "hypertrophy",
    "experience": "intermediate",
    "days_per_week": 4,
    "minutes_per_session": 60,
    "equipment": "full gym",
}


class Api:
    def __init__(self, browser: TestClient, token: str):
        self.browser, self.headers = browser, {"Authorization": f"Bearer {token}"}

    def __call__(self, method: str, path: str, body: Any = None, **kwargs: Any) -> Any:
        return self.browser.request(method, f"/api/v1/me{path}", json=body, headers=self.headers, **kwargs)


@pytest.fixture()
def api(new_client: Callable[..., TestClient]) -> Api:
    browser = new_client()
    sign_up(browser)
    return Api(browser, api_token(browser))


def test_without_a_token_the_answer_is_401_in_json(client: TestClient) -> None:
    for path in ("", "/plans", "/workouts", "/progress", "/export"):
        response = client.get(f"/api/v1/me{path}")
        assert response.status_code == 401 and response.headers["www-authenticate"] == "Bearer"
        assert "Authorization: Bearer ft_" in response.json()["detail"]


def test_save_a_plan_and_read_the_next_prescriptions(api: Api) -> None:
    assert api("GET", "/next").status_code == 404
    bad = api("POST", "/plans", {"name": "x", "intake": {**INTAKE, "days_per_week": 9}})
    assert bad.status_code == 422 and bad.json()["field"] == "intake" and "days_per_week" in bad.json()["detail"]
    saved = api("POST", "/plans", {"name": "Winter", "intake": INTAKE, "starts_on": "2026-11-23"})
    assert saved.status_code == 201
    written = api("GET", f"/plans/{saved.json()['id']}").json()
    assert written["name"] == "Winter" and len(written["plan"]["weeks"]) >= 4
    first = api("GET", "/next?week=1&session=1").json()
    assert first["plan"] == saved.json()["id"] and first["exercises"]
    assert {e["action"] for e in first["exercises"]} == {"start"} and all(e["reason"] for e in first["exercises"])
    lift = first["exercises"][0]
    workout = api("POST", "/workouts", {"plan_id": saved.json()["id"], "week": 1, "session_index": 0}).json()
    for _ in range(lift["sets"]):
        body = {"exercise": lift["exercise"], "load": 60, "reps": lift["reps"][1], "rir": lift["rir"]}
        assert api("POST", f"/workouts/{workout['id']}/sets", body).status_code == 201
    after = api("GET", "/next?week=2&session=1").json()["exercises"][0]
    assert after["action"] == "increase" and after["ready_to_go_up"] and after["load_kg"] > 60
    assert api("DELETE", f"/plans/{saved.json()['id']}").status_code == 204
    assert api("GET", "/plans").json() == []


def test_logging_sets_in_pounds_and_rpe_and_correcting_them(api: Api) -> None:
    workout = api("POST", "/workouts", {"title": "Push", "started_at": "2026-11-20T18:00:00Z"}).json()["id"]
    in_pounds = api(
        "POST", f"/workouts/{workout}/sets", {"exercise": "bench press", "load": 225, "unit": "lb", "reps": 5, "rpe": 8}
    )
    assert in_pounds.status_code == 201
    plank = api("POST", f"/workouts/{workout}/sets", {"exercise": "plank", "seconds": 60})
    assert plank.status_code == 201
    logged = api("GET", f"/workouts/{workout}").json()
    bench = logged["sets"][0]
    assert bench["exercise"] == "barbell-bench-press" and bench["load_kg"] == pytest.approx(102.058, abs=0.001)
    assert bench["rir"] == 2
    assert logged["sets"][1]["seconds"] == 60
    fixed = api("PUT", f"/sets/{bench['id']}", {"exercise": "barbell-bench-press", "load": 100, "reps": 6})
    assert fixed.status_code == 200
    assert api("GET", f"/workouts/{workout}").json()["sets"][0]["reps"] == 6
    finished = api("POST", f"/workouts/{workout}/finish", {"rating": 5, "notes": "Paused reps"})
    assert finished.json() == {"id": workout, "finished": True}
    assert api("GET", f"/workouts/{workout}").json()["rating"] == 5
    assert api("DELETE", f"/sets/{logged['sets'][1]['id']}").status_code == 204
    assert len(api("GET", f"/workouts/{workout}").json()["sets"]) == 1


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"exercise": "bench press"}, "a set needs reps, seconds or distance_m"),
        ({"exercise": "bench press", "reps": 5, "rir": 2, "rpe": 8}, "give rir or rpe, not both"),
        ({"exercise": "bench press", "reps": -1}, "reps"),
        ({"exercise": "bench press", "reps": 5, "unit": "stone"}, "unit"),
        ({"exercise": "bench press", "reps": 5, "load": 99999}, "load"),
        ({"exercise": "bench press", "reps": "8"}, "reps: Value error, must be a JSON number, not text or true/false"),
        ({"exercise": "bench press", "reps": True}, "reps: Value error, must be a JSON number"),
        ({"exercise": "bench press", "reps": 8.5}, "reps: Input should be a valid integer"),
        ({"exercise": "bench press", "reps": 8, "warmup": "no"}, "warmup: Input should be a valid boolean"),
    ],
)
def test_a_malformed_set_is_a_clear_422(api: Api, body: dict[str, Any], message: str) -> None:
    workout = api("POST", "/workouts", {}).json()["id"]
    response = api("POST", f"/workouts/{workout}/sets", body)
    assert response.status_code == 422 and message in response.json()["detail"]
    assert api("GET", f"/workouts/{workout}").json()["sets"] == []


def test_a_workout_takes_its_plan_position_as_whole_numbers_only(api: Api) -> None:
    wrong = api("POST", "/workouts", {"week": 1, "session_index": "0"})
    assert wrong.status_code == 422
    assert wrong.json()["detail"] == "session_index: Value error, must be a JSON number, not text or true/false"
    assert api("GET", "/workouts").json() == []
    fine = api("POST", "/workouts", {"week": 1.0, "session_index": 0})
    assert fine.status_code == 201, "8.0 is a whole number in JSON"


def test_an_unknown_exercise_names_close_ones(api: Api) -> None:
    workout = api("POST", "/workouts", {}).json()["id"]
    response = api("POST", f"/workouts/{workout}/sets", {"exercise": "skull crushers", "reps": 10})
    assert response.status_code == 400
    assert response.json()["field"] == "exercise" and "ez-bar-skull-crusher" in response.json()["allowed"]


def test_progress_gives_e1rm_records_weekly_sets_and_streaks(api: Api) -> None:
    for day, load in (("2026-11-16", 100), ("2026-11-19", 105)):
        workout = api("POST", "/workouts", {"started_at": f"{day}T18:00:00Z"}).json()["id"]
        api("POST", f"/workouts/{workout}/sets", {"exercise": "back squat", "load": load, "reps": 5, "rir": 2})
    answer = api("GET", "/progress?exercise=back squat").json()
    assert answer["exercise"] == "barbell-back-squat"
    assert [point["date"] for point in answer["e1rm"]] == ["2026-11-16", "2026-11-19"]
    assert answer["e1rm"][1]["kg"] > answer["e1rm"][0]["kg"]
    assert any(record["date"] == "2026-11-19" for record in answer["records"])
    assert answer["weekly_sets"]["2026-11-16"]["quads"] == 2
    assert answer["streaks"]["training_days"] == 2


def test_importing_through_the_api_is_all_or_nothing(api: Api) -> None:
    def upload(name: str, **form: str) -> Any:
        files = {"file": (name, (DATA / name).read_bytes(), "text/csv")}
        return api.browser.post("/api/v1/me/import", files=files, data=form, headers=api.headers)

    broken = upload("strong_broken.csv")
    assert broken.status_code == 422 and any("line 3" in p for p in broken.json()["problems"])
    unmapped = upload("strong.csv")
    assert unmapped.status_code == 422 and "Zercher Lunge Thing" in unmapped.json()["unmapped"]
    assert api("GET", "/workouts").json() == []
    wrong_source = upload("strong.csv", source="fitbod")
    assert wrong_source.status_code == 422 and "source" in wrong_source.json()["detail"]
    done = upload("hevy.csv")
    assert done.status_code == 200 and done.json()["format"] == "hevy" and done.json()["sets"] > 0
    exported = api("GET", "/export").json()
    assert len(exported["workouts"]) == done.json()["workouts"]
    again = api.browser.post(
        "/api/v1/me/import",
        files={
            "file": ("mine.json", api.browser.get("/api/v1/me/export", headers=api.headers).content, "application/json")
        },
        headers=api.headers,
    )
    assert again.status_code == 200 and again.json()["format"] == "json"


def test_odd_requests_get_clear_4xx_answers(api: Api) -> None:
    timestamp = api("POST", "/plans", {"name": "x", "intake": INTAKE, "starts_on": 0})
    assert timestamp.status_code == 422 and "starts_on" in timestamp.json()["detail"]
    huge = api("GET", "/workouts/18446744073709551616")
    assert huge.status_code == 422 and "workout_id" in huge.json()["detail"]
    whole = api("POST", "/plans", {"name": "x", "intake": {**INTAKE, "days_per_week": 3.0}})
    assert whole.status_code == 201, "3.0 is a whole number in JSON"
    options = api.browser.options("/api/v1/me/plans", headers=api.headers)
    assert options.status_code == 405 and options.headers["allow"] == "GET, POST"
    not_json = api.browser.post(
        "/api/v1/me/workouts", content=b"\xff\xfe", headers={**api.headers, "content-type": "application/json"}
    )
    assert 400 <= not_json.status_code < 500 and "detail" in not_json.json()


def test_the_openapi_description_documents_the_intake_and_the_token(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    body = schema["paths"]["/api/v1/plans"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert set(body["required"]) == {"goal", "experience", "days_per_week", "minutes_per_session", "equipment"}
    assert body["properties"]["goal"]["enum"][0] == "hypertrophy"
    assert "400" in schema["paths"]["/api/v1/me/workouts"]["post"]["responses"]
    assert schema["components"]["securitySchemes"]["PersonalToken"] == {
        "type": "http",
        "scheme": "bearer",
        "description": schema["components"]["securitySchemes"]["PersonalToken"]["description"],
    }
    assert schema["paths"]["/api/v1/me/workouts"]["get"]["security"] == [{"PersonalToken": []}]


def test_next_without_a_choice_is_todays_session_with_missed_work_folded_in(
    api: Api, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(following, "local_today", lambda zone=None: dt.date(2026, 11, 25))
    api("POST", "/plans", {"name": "Winter", "intake": INTAKE, "starts_on": "2026-11-23"})
    today = api("GET", "/next").json()  # four days: Monday, Tuesday, Thursday and Friday
    assert (today["week"], today["session"], today["weekday"], today["date"]) == (1, 3, "thursday", "2026-11-26")
    assert today["missed"] == ["monday", "tuesday"] and today["notes"][0] == "Monday's session was missed."
    assert any(note.startswith("Moved ") and "to Thursday" in note for note in today["notes"])
    assert today["session_index"] == 2 and today["workout"] is None
    chosen = api("GET", "/next?week=1&session=3").json()
    assert chosen["exercises"] == today["exercises"] and chosen["notes"] == today["notes"]
    monday = api("GET", "/next?week=1&session=1").json()
    assert monday["weekday"] == "monday" and monday["date"] == "2026-11-23"


def test_a_write_that_lost_a_race_answers_409_in_json(api: Api, monkeypatch: pytest.MonkeyPatch) -> None:
    def collide(*args: object, **kwargs: object) -> int:
        raise Conflict("another change to the same data landed at the same moment; nothing was written")

    monkeypatch.setattr(TrainingLog, "start_workout", collide)
    answer = api("POST", "/workouts", {"title": "Legs"})
    assert answer.status_code == 409
    assert answer.json() == {
        "detail": "another change to the same data landed at the same moment; nothing was written; try again"
    }
