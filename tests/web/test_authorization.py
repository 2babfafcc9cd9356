"""One account can never read, change or even detect another's plans, workouts, sets or tokens.

Every route that takes an id is tried by a second account with the first one's ids: the answer
is 404, the same answer an id that does not exist gets, and the owner's data is unchanged.
The route list is read from the routers, so a new route with an id fails here until it is
added to the matrix.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from fastapi.routing import APIRoute
from starlette.testclient import TestClient

from forgetrainer.web.api.routes import me
from forgetrainer.web.pages import account, training
from tests.web.accounts_helpers import api_token, csrf_of, form_token, sign_up

ABSENT = 987_654_321
SET_FORM = {"exercise": "bench press", "load": "50", "reps": "5"}
INTAKE = {
    "goal": "strength",
    "experience": "beginner",
    "days_per_week": 3,
    "minutes_per_session": 45,
    "equipment": "full gym",
}
SET_JSON = {"exercise": "bench press", "load": 50, "reps": 5}
# What each id-taking route is sent, besides the id itself: a well-formed request, so that the
# only thing wrong with it is whose id it names.
REQUESTS: dict[tuple[str, str], dict[str, Any]] = {
    ("GET", "/history/{workout_id}"): {},
    ("POST", "/history/{workout_id}/sets"): SET_FORM,
    ("POST", "/history/{workout_id}/finish"): {"rating": "3"},
    ("POST", "/history/{workout_id}/delete"): {},
    ("POST", "/sets/{set_id}"): SET_FORM,
    ("POST", "/sets/{set_id}/delete"): {},
    ("POST", "/account/tokens/{token_id}/revoke"): {},
    ("GET", "/api/v1/me/plans/{plan_id}"): {},
    ("DELETE", "/api/v1/me/plans/{plan_id}"): {},
    ("GET", "/api/v1/me/workouts/{workout_id}"): {},
    ("DELETE", "/api/v1/me/workouts/{workout_id}"): {},
    ("POST", "/api/v1/me/workouts/{workout_id}/finish"): {"rating": 3},
    ("POST", "/api/v1/me/workouts/{workout_id}/sets"): SET_JSON,
    ("PUT", "/api/v1/me/sets/{set_id}"): SET_JSON,
    ("DELETE", "/api/v1/me/sets/{set_id}"): {},
}


@dataclass
class Person:
    browser: TestClient
    token: str
    ids: dict[str, int]

    def api(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        return self.browser.request(method, path, json=body, headers={"Authorization": f"Bearer {self.token}"})


def _id_routes() -> set[tuple[str, str]]:
    found = set()
    for router in (training.router, account.router, me.router):
        for route in router.routes:
            assert isinstance(route, APIRoute)
            if "{" in route.path:
                found |= {(method, route.path) for method in route.methods}
    return found


def _owner(browser: TestClient) -> Person:
    sign_up(browser)
    token = api_token(browser)
    person = Person(browser, token, {})
    plan = person.api(
        "POST",
        "/api/v1/me/plans",
        {"name": "Mine", "intake": INTAKE},
    )
    assert plan.status_code == 201, plan.text
    workout = person.api("POST", "/api/v1/me/workouts", {"title": "Private session"}).json()
    logged = person.api("POST", f"/api/v1/me/workouts/{workout['id']}/sets", SET_JSON).json()
    token_id = re.search(r'action="/account/tokens/(\d+)/revoke"', browser.get("/account").text)
    assert token_id
    person.ids = {
        "plan_id": plan.json()["id"],
        "workout_id": workout["id"],
        "set_id": logged["id"],
        "token_id": int(token_id.group(1)),
    }
    return person


def _send(person: Person, method: str, path: str, extra: dict[str, Any]) -> Any:
    if path.startswith("/api/"):
        return person.api(method, path, extra if method in ("POST", "PUT") else None)
    if method == "GET":
        return person.browser.get(path)
    return person.browser.post(path, data={**extra, "csrf_token": form_token(person.browser)})


@pytest.fixture()
def two_people(new_client: Callable[..., TestClient]) -> tuple[Person, Person]:
    return _owner(new_client()), _owner(new_client())


def test_the_matrix_covers_every_route_that_takes_an_id() -> None:
    assert _id_routes() == set(REQUESTS)


def test_another_accounts_ids_answer_404_like_ids_that_do_not_exist(two_people: tuple[Person, Person]) -> None:
    owner, intruder = two_people
    before = {**owner.api("GET", "/api/v1/me/export").json(), "exported_at": None}
    for (method, template), extra in REQUESTS.items():
        name = re.search(r"\{(\w+)\}", template).group(1)  # type: ignore[union-attr]
        their_path = template.replace(f"{{{name}}}", str(owner.ids[name]))
        absent_path = template.replace(f"{{{name}}}", str(ABSENT))
        theirs, nobodys = _send(intruder, method, their_path, extra), _send(intruder, method, absent_path, extra)
        assert theirs.status_code == 404, (method, template, theirs.status_code, theirs.text[:200])
        assert nobodys.status_code == 404
        if template.startswith("/api/"):
            assert theirs.json() == nobodys.json(), f"{method} {template} tells the two apart"
        else:
            assert theirs.text.replace(their_path, "PATH") == nobodys.text.replace(absent_path, "PATH")
    started = intruder.api("POST", "/api/v1/me/workouts", {"plan_id": owner.ids["plan_id"]})
    assert started.status_code == 404, "a workout cannot hang off someone else's plan"
    after = {**owner.api("GET", "/api/v1/me/export").json(), "exported_at": None}
    assert after == before, "nothing of the owner's changed (and the owner's token still works)"
    assert owner.api("GET", f"/api/v1/me/workouts/{owner.ids['workout_id']}").status_code == 200


def test_lists_and_exports_hold_only_ones_own_data(two_people: tuple[Person, Person]) -> None:
    owner, intruder = two_people
    workouts = intruder.api("GET", "/api/v1/me/workouts").json()
    assert [w["id"] for w in workouts] == [intruder.ids["workout_id"]]
    assert [p["id"] for p in intruder.api("GET", "/api/v1/me/plans").json()] == [intruder.ids["plan_id"]]
    assert "Private session" in intruder.browser.get("/history").text  # their own, same title
    assert f'href="/history/{owner.ids["workout_id"]}"' not in intruder.browser.get("/history").text
    for path in ("/account/export.json", "/api/v1/me/export"):
        response = intruder.browser.get(path) if path.startswith("/account") else intruder.api("GET", path)
        exported = response.json()
        assert [w["id"] for w in exported["workouts"]] == [intruder.ids["workout_id"]]


def test_a_revoked_token_and_a_forged_one_are_refused(new_client: Callable[..., TestClient]) -> None:
    person = _owner(new_client())
    assert person.api("GET", "/api/v1/me").status_code == 200
    page = person.browser.get("/account").text
    person.browser.post(f"/account/tokens/{person.ids['token_id']}/revoke", data={"csrf_token": csrf_of(page)})
    refused = person.api("GET", "/api/v1/me")
    assert refused.status_code == 401 and "Bearer" in refused.headers["www-authenticate"]
    assert "personal API token" in refused.json()["detail"]
    forged = Person(person.browser, "ft_" + "x" * 40, {})
    assert forged.api("GET", "/api/v1/me/workouts").status_code == 401
