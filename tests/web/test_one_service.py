"""Several web processes on one PostgreSQL database act as one service: a session, a token
or a set made through one is known to every other."""

from __future__ import annotations

from starlette.testclient import TestClient

from forgetrainer.store import Database
from forgetrainer.web import create_app
from forgetrainer.web.settings import Settings
from tests.web.accounts_helpers import api_token, form_token, sign_up


def test_two_servers_on_one_postgresql_share_sessions_tokens_and_the_log(fresh_postgres_url: str) -> None:
    first_db, second_db = Database(fresh_postgres_url), Database(fresh_postgres_url)
    try:
        first = TestClient(create_app(Settings(), database=first_db))
        second = TestClient(create_app(Settings(), database=second_db))
        sign_up(first)
        second.cookies = first.cookies  # the same browser, sent to the other server
        assert second.get("/account", follow_redirects=False).status_code == 200
        token = api_token(second)
        headers = {"Authorization": f"Bearer {token}"}
        workout = first.post("/api/v1/me/workouts", json={}, headers=headers).json()["id"]
        second.post(f"/api/v1/me/workouts/{workout}/sets", json={"exercise": "deadlift", "reps": 5}, headers=headers)
        assert len(first.get(f"/api/v1/me/workouts/{workout}", headers=headers).json()["sets"]) == 1
        first.post("/logout", data={"csrf_token": form_token(first)})
        assert second.get("/account", follow_redirects=False).status_code == 303, "logged out everywhere"
    finally:
        first_db.dispose()
        second_db.dispose()
