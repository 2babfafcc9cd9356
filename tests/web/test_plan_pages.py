"""The planner on the web: a form without JavaScript, a shareable plan page, exports, the API."""

from __future__ import annotations

from urllib.parse import urlencode

from starlette.testclient import TestClient

INTAKE = {
    "goal": "hypertrophy",
    "experience": "beginner",
    "days_per_week": "3",
    "minutes_per_session": "45",
    "equipment": "dumbbells + bench",
    "injuries": "knee",
}


def test_the_form_offers_every_question(client: TestClient) -> None:
    html = client.get("/plan").text
    for name in (
        "goal",
        "experience",
        "days_per_week",
        "minutes_per_session",
        "equipment",
        "injuries",
        "weekdays",
    ):
        assert f'name="{name}"' in html
    assert 'action="/plan/view" method="get"' in html


def test_a_plan_page_is_built_from_its_url(client: TestClient) -> None:
    query = urlencode(INTAKE) + "&weekdays=monday&weekdays=wednesday&weekdays=friday"
    response = client.get(f"/plan/view?{query}")
    assert response.status_code == 200
    assert "Your 5-week build muscle plan" in response.text
    assert "Monday: Full body" in response.text
    assert "Warm-up:" in response.text
    assert client.get(f"/plan/view?{query}").text == response.text


def test_bad_answers_come_back_to_the_form_with_messages(client: TestClient) -> None:
    response = client.get("/plan/view?" + urlencode({**INTAKE, "days_per_week": "9", "goal": "huge"}))
    assert response.status_code == 400
    assert "Please check these answers" in response.text
    assert "9 is out of range; use 1 to 7" in response.text
    assert "&#39;huge&#39; is not one of" in response.text


def test_exports_in_every_format(client: TestClient) -> None:
    query = urlencode(INTAKE)
    markdown = client.get(f"/plan/view.md?{query}")
    assert markdown.text.startswith("# Your 5-week hypertrophy plan")
    data = client.get(f"/plan/view.json?{query}").json()
    assert data["intake"]["injuries"] == ["knee"]
    csv = client.get(f"/plan/view.csv?{query}")
    assert csv.headers["content-type"].startswith("text/csv")
    assert csv.text.splitlines()[0].startswith("week,deload,weekday,session,order,exercise")
    ics = client.get(f"/plan/view.ics?{query}&start=2026-12-07")
    assert ics.headers["content-type"].startswith("text/calendar")
    assert ics.text.startswith("BEGIN:VCALENDAR")
    assert ics.text.count("BEGIN:VEVENT") == 3 * 5
    assert "DTSTART;VALUE=DATE:20261207" in ics.text
    assert client.get(f"/plan/view.ics?{query}&start=someday").status_code == 400


def test_the_plan_api(client: TestClient) -> None:
    response = client.post(
        "/api/v1/plans",
        json={**INTAKE, "days_per_week": 3, "minutes_per_session": 45, "injuries": ["knee"]},
    )
    assert response.status_code == 200
    assert len(response.json()["weeks"]) == 5
    bad = client.post("/api/v1/plans", json={"goal": "huge"})
    assert bad.status_code == 422
    fields = {problem["field"] for problem in bad.json()["problems"]}
    assert {"goal", "experience", "days_per_week", "minutes_per_session", "equipment"} <= fields
    assert client.post("/api/v1/plans", content=b"{", headers={"content-type": "application/json"}).status_code == 422
