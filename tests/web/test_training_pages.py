"""Following a plan in the browser: save it, log today's session, correct the log, see progress, import."""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from forgetrainer import following
from tests.web.accounts_helpers import api_token, csrf_of, form_token, sign_up

DATA = Path(__file__).parents[1] / "training" / "data"
PLAN_QUERY = "goal=hypertrophy&experience=intermediate&days_per_week=3&minutes_per_session=60&equipment=full+gym"


def _save_plan(browser: TestClient, name: str = "Autumn block") -> None:
    form = browser.get(f"/plan/save?{PLAN_QUERY}")
    assert form.status_code == 200
    hidden = dict(re.findall(r'<input type="hidden" name="([a-z_]+)" value="([^"]*)">', form.text))
    assert hidden["goal"] == "hypertrophy" and hidden["days_per_week"] == "3"
    saved = browser.post("/plan/save", data={**hidden, "name": name, "starts_on": "2026-11-23"})
    assert saved.status_code == 200 and saved.url.path == "/today"


def _log_forms(html: str) -> list[dict[str, str]]:
    """The per-exercise forms of today's page, as the hidden fields each one submits."""
    forms = re.findall(r'<form class="plan-form log-set".*?</form>', html, flags=re.S)
    return [dict(re.findall(r'<input type="hidden" name="([a-z_]+)" value="([^"]*)">', form)) for form in forms]


def _workout_ids(browser: TestClient) -> list[int]:
    return [int(found) for found in re.findall(r'href="/history/(\d+)"', browser.get("/history").text)]


def test_a_plan_saved_from_the_plan_page_becomes_today(new_client: Callable[..., TestClient]) -> None:
    browser = new_client()
    sign_up(browser)
    plan_page = browser.get(f"/plan/view?{PLAN_QUERY}")
    assert "/plan/save?" in plan_page.text, "the plan page offers saving it"
    _save_plan(browser)
    today = browser.get("/today?week=1&session=1")
    assert "Autumn block: week 1" in today.text
    forms = _log_forms(today.text)
    assert len(forms) >= 4, "every planned exercise has a form to log a set"
    assert all(form["week"] == "1" and form["session"] == "1" for form in forms)
    assert today.text.count('class="hint"') >= len(forms), "every prescription carries its reason"
    assert "data-rest=" in today.text and re.search(r'<script src="/static/rest-timer[.\w]*\.js"', today.text)


def test_logging_correcting_and_deleting_sets(new_client: Callable[..., TestClient]) -> None:
    browser = new_client()
    sign_up(browser)
    _save_plan(browser)
    first = _log_forms(browser.get("/today?week=1&session=1").text)[0]
    for reps in ("10", "9"):
        logged = browser.post("/today/log", data={**first, "load": "62.5", "reps": reps, "rir": "2"})
        assert logged.status_code == 200 and logged.url.path == "/today"
    today = browser.get("/today?week=1&session=1").text
    assert "62.5 kg x 10 @ RIR 2" in today and "62.5 kg x 9 @ RIR 2" in today
    extra = {"csrf_token": first["csrf_token"], "planned": "0", "week": "1", "session": "1"}
    vague = browser.post("/today/log", data={**extra, "exercise": "skull crushers", "load": "25", "reps": "12"})
    assert vague.status_code == 400 and "did you mean EZ-Bar Skull Crusher" in html.unescape(vague.text)
    browser.post("/today/log", data={**extra, "exercise": "EZ-Bar Skull Crusher", "load": "25", "reps": "12"})
    unknown = browser.post("/today/log", data={**extra, "exercise": "moon walking", "reps": "3"})
    assert unknown.status_code == 400 and "no exercise 'moon walking' in the library" in html.unescape(unknown.text)
    empty = browser.post("/today/log", data={**extra, "exercise": "plank"})
    assert empty.status_code == 400 and "a set needs reps, seconds or a distance" in empty.text
    both = browser.post("/today/log", data={**extra, "exercise": "plank", "seconds": "30", "rir": "2", "rpe": "8"})
    assert both.status_code == 400 and "give RIR or RPE, not both" in both.text
    browser.post("/today/log", data={**extra, "exercise": "rowing machine", "distance_m": "2000", "seconds": "480"})
    browser.post("/today/log", data={**extra, "exercise": "barbell curl", "load": "30", "reps": "10", "rpe": "8"})
    out_of_plan = browser.post("/today/log", data={**first, "session": "7", "reps": "5"})
    assert out_of_plan.status_code == 400 and "session must be from 1 to 3" in out_of_plan.text

    (workout_id,) = _workout_ids(browser)
    detail = browser.get(f"/history/{workout_id}").text
    assert detail.count('/delete"') >= 3 and "Skull Crusher" in detail
    set_ids = re.findall(r'action="/sets/(\d+)"', detail)
    token = csrf_of(detail)
    browser.post(
        f"/sets/{set_ids[1]}", data={"csrf_token": token, "exercise": first["exercise"], "load": "65", "reps": "8"}
    )
    browser.post(f"/sets/{set_ids[0]}/delete", data={"csrf_token": token})
    corrected = browser.get(f"/history/{workout_id}").text
    assert len(re.findall(r'action="/sets/(\d+)"', corrected)) == 4
    assert 'value="65"' in corrected and 'value="62.5"' not in corrected
    browser.post(f"/history/{workout_id}/finish", data={"csrf_token": token, "rating": "4", "notes": "Good pump"})
    finished = browser.get(f"/history/{workout_id}").text
    assert "rated 4/5" in finished and "Good pump" in finished
    bad_rating = browser.post(f"/history/{workout_id}/finish", data={"csrf_token": token, "rating": "9"})
    assert bad_rating.status_code == 400
    browser.post(f"/history/{workout_id}/delete", data={"csrf_token": token})
    assert _workout_ids(browser) == []
    assert browser.get(f"/history/{workout_id}").status_code == 404


def test_loads_in_pounds_are_kept_in_kilograms_and_shown_in_pounds(new_client: Callable[..., TestClient]) -> None:
    browser = new_client()
    sign_up(browser)
    browser.post("/account/unit", data={"unit": "lb", "csrf_token": form_token(browser)})
    token = form_token(browser, "/today")
    browser.post(
        "/today/log", data={"csrf_token": token, "planned": "0", "exercise": "bench press", "load": "135", "reps": "5"}
    )
    (workout_id,) = _workout_ids(browser)
    detail = browser.get(f"/history/{workout_id}").text
    assert 'value="135"' in detail and "Load (lb)" in detail
    browser.post("/account/unit", data={"unit": "kg", "csrf_token": form_token(browser)})
    assert 'value="61.235"' in browser.get(f"/history/{workout_id}").text


def test_progress_draws_e1rm_volume_recovery_and_calendar(new_client: Callable[..., TestClient]) -> None:
    browser = new_client()
    sign_up(browser)
    empty = browser.get("/progress")
    assert empty.status_code == 200 and "<svg" in empty.text, "an empty log still draws readable charts"
    token = form_token(browser, "/today")
    for load in ("60", "62.5", "65"):
        browser.post(
            "/today/log",
            data={"csrf_token": token, "planned": "0", "exercise": "back squat", "load": load, "reps": "5", "rir": "2"},
        )
    page = browser.get("/progress").text
    assert '<option value="barbell-back-squat" selected>' in page
    assert page.count("<svg") >= 4, "e1RM line, weekly bars, recovery map and calendar"
    assert "<polyline" in page or "<circle" in page
    assert "Quads" in page and "Sets per muscle this week" in page
    assert "1 training day in all" in page
    assert "Estimated max of Barbell Back Squat" in page


def test_importing_a_strong_export_in_the_browser(new_client: Callable[..., TestClient]) -> None:
    browser = new_client()
    sign_up(browser)
    token = form_token(browser, "/import")

    def upload(name: str, **fields: str) -> tuple[int, str]:
        files = {"file": (name, (DATA / name).read_bytes(), "text/csv")}
        response = browser.post("/import", data={"csrf_token": token, **fields}, files=files)
        return response.status_code, response.text

    status, text = upload("strong_broken.csv")
    assert status == 400 and "line 3" in text and "nothing was written" in text
    status, text = upload("strong.csv")
    assert status == 422 and "Zercher Lunge Thing" in text
    assert _workout_ids(browser) == []
    status, text = upload("strong.csv", maps="Zercher Lunge Thing=nothing-like-it")
    assert status == 400 and "must be 'Their name=exercise'" in html.unescape(text)
    status, text = upload("strong.csv", maps="Zercher Lunge Thing=barbell-lunge")
    assert status == 200 and re.search(r"Imported \d+ workouts and \d+ sets from a strong export", text)
    assert len(_workout_ids(browser)) >= 1
    status, text = upload("strong.csv")
    assert status == 200, "a mapping once given is remembered"


def test_the_next_session_goes_up_after_the_top_of_the_range(new_client: Callable[..., TestClient]) -> None:
    browser = new_client()
    sign_up(browser)
    _save_plan(browser)
    page = browser.get("/today?week=1&session=1").text
    first = _log_forms(page)[0]
    sets, low, high, rir = map(int, re.search(r"<strong>(\d+) x (\d+)-(\d+) @ (\d+) RIR", page).groups())
    for _ in range(sets):
        browser.post("/today/log", data={**first, "load": "80", "reps": str(high), "rir": str(rir)})
    week_two = browser.get("/today?week=2&session=1").text
    article = week_two.split('id="ex-1"')[1].split("</article>")[0]
    assert "ready to go up" in article and f"restart at {low} reps" in article
    assert re.search(r'name="load" [^>]*value="8[1-5](\.\d+)?"', article), "the form is filled with the new load"


def test_a_missed_monday_is_folded_into_wednesday_and_said(
    new_client: Callable[..., TestClient], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        following, "local_today", lambda zone=None: dt.date(2026, 11, 25)
    )  # the Wednesday of the start week
    browser = new_client()
    sign_up(browser)
    _save_plan(browser)  # Monday, Wednesday and Friday from Monday 23 November
    page = html.unescape(browser.get("/today").text)
    assert "Autumn block: week 1, Wednesday" in page and 'datetime="2026-11-25"' in page
    assert "A missed session, folded into the week" in page and "Monday's session was missed." in page
    moved = re.findall(r'<h2><a href="/exercise/([a-z0-9-]+)">[^<]+</a> <span class="badge[^"]*">moved here', page)
    assert moved, "some of Monday's work is added to Wednesday"
    forms = _log_forms(page)
    assert {form["exercise"] for form in forms} >= set(moved), "moved work can be logged like the rest"
    assert all(form["week"] == "1" and form["session"] == "2" for form in forms)
    friday = browser.get("/today?week=1&session=3").text
    assert "week 1, Friday" in friday

    monday = _log_forms(browser.get("/today?week=1&session=1").text)[0]
    browser.post("/today/log", data={**monday, "load": "60", "reps": "8", "rir": "2"})
    after = html.unescape(browser.get("/today").text)
    assert "Wednesday" in after and "was missed" not in after and "moved here" not in after


def test_a_swap_and_an_extra_show_on_todays_page(new_client: Callable[..., TestClient]) -> None:
    browser = new_client()
    sign_up(browser)
    _save_plan(browser)
    page = browser.get("/today?week=1&session=1").text
    articles = re.findall(r'<article class="session".*?</article>', page, flags=re.S)
    with_swaps = [a for a in articles if 'name="swap"' in a]
    assert with_swaps, "planned exercises offer their swaps"
    in_session = {form["exercise"] for form in _log_forms(page)}
    offered = {slug for article in with_swaps for slug in re.findall(r'<option value="([a-z0-9-]+)">', article)}
    assert offered and not offered & in_session, "a swap is never an exercise the session has already"
    swap_slug = re.search(r'<option value="([a-z0-9-]+)">', with_swaps[0]).group(1)
    form = dict(re.findall(r'<input type="hidden" name="([a-z_]+)" value="([^"]*)">', with_swaps[0]))
    browser.post("/today/log", data={**form, "swap": swap_slug, "load": "40", "reps": "10", "rir": "2"})
    extra = {"csrf_token": form["csrf_token"], "planned": "0", "week": "1", "session": "1"}
    browser.post("/today/log", data={**extra, "exercise": "rowing machine", "distance_m": "2000", "seconds": "480"})
    after = html.unescape(browser.get("/today?week=1&session=1").text)
    extras = after.split('id="extras"')[1].split("</section>")[0]
    assert f'href="/exercise/{swap_slug}"' in extras and "40 kg x 10 @ RIR 2" in extras
    assert "480 s 2000 m" in extras
    token = api_token(browser)
    [workout] = browser.get("/api/v1/me/workouts", headers={"Authorization": f"Bearer {token}"}).json()
    assert [(s["exercise"], s["planned"]) for s in workout["sets"]] == [(swap_slug, False), ("indoor-rowing", False)]
