"""What a person does in the browser: search, browse a hub, read an exercise, compare, plan,
and all of it at a phone's width and without JavaScript."""

from __future__ import annotations

from typing import Any

import pytest

Browser = Any


@pytest.fixture()
def page(browser: Browser, base_url: str) -> Any:
    context = browser.new_context(base_url=base_url)
    page = context.new_page()
    yield page
    context.close()


def test_search_from_the_home_page(page: Any) -> None:
    page.goto("/")
    page.fill("#home-q", "romainian dedlift")
    page.press("#home-q", "Enter")
    page.wait_for_url("**/search?q=romainian+dedlift")
    first = page.locator(".exercise-list li .name").first
    assert "Romanian Deadlift" in first.inner_text()
    assert "Read 'romainian' as 'romanian'" in page.inner_text(".notes")


def test_follow_a_hub_then_open_an_exercise(page: Any) -> None:
    page.goto("/")
    page.get_by_role("link", name="Legs 276").click()
    assert page.inner_text("h1") == "Legs Exercises"
    assert page.locator(".group").count() > 3
    page.locator(".exercise-list a", has_text="Barbell Back Squat").first.click()
    assert page.inner_text("h1") == "Barbell Back Squat"
    headings = page.locator("article h2").all_inner_texts()
    for section in ("Quick answer", "How to perform", "Pro tips", "Common mistakes", "FAQ", "Related exercises"):
        assert section in headings
    target = page.locator('svg.muscle-map path[data-level="target"]')
    assert target.count() >= 2
    assert page.locator("svg.muscle-map").get_attribute("aria-label").startswith("Muscle map of the Barbell Back Squat")


def test_compare_two_exercises(page: Any) -> None:
    page.goto("/exercise/compare/goblet-squat-vs-barbell-back-squat")
    assert page.inner_text("h1") == "Goblet Squat vs Barbell Back Squat"
    assert page.locator(".compare .side").count() == 2
    assert page.locator(".compare svg.muscle-map").count() == 2


def test_the_layout_fits_a_phone(browser: Browser, base_url: str) -> None:
    context = browser.new_context(base_url=base_url, viewport={"width": 390, "height": 844}, is_mobile=True)
    page = context.new_page()
    for path in ("/", "/exercises/legs", "/exercise/barbell-back-squat", "/search?q=glutes", "/plan"):
        page.goto(path)
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 1, f"{path} scrolls sideways by {overflow}px"
    page.goto("/exercise/barbell-back-squat")
    boxes = [page.locator(".fact-cards li").nth(i).bounding_box() for i in range(2)]
    assert boxes[0]["y"] == boxes[1]["y"]  # two fact cards side by side
    context.close()


def test_everything_works_without_javascript(browser: Browser, base_url: str) -> None:
    context = browser.new_context(base_url=base_url, java_script_enabled=False)
    page = context.new_page()
    page.goto("/search")
    page.fill("#search-q", "glutes with dumbbells for beginners")
    page.press("#search-q", "Enter")
    page.wait_for_url("**/search?q=*")
    assert page.locator(".exercise-list li").count() > 0
    page.get_by_role("link", name="Dumbbell", exact=False).first.click()
    page.goto("/plan")
    page.check("input[name=goal][value=strength]")
    page.check("input[name=experience][value=beginner]")
    page.select_option("select[name=days_per_week]", "3")
    page.fill("input[name=minutes_per_session]", "45")
    page.select_option("select[name=equipment]", "home dumbbells")
    page.check("input[name=injuries][value=knee]")
    page.click(".plan-form button[type=submit]")
    page.wait_for_url("**/plan/view?*")
    assert "Your 5-week get stronger plan" in page.inner_text("h1")
    assert page.locator(".session").count() == 15
    assert page.get_by_role("link", name="Calendar (.ics)").count() == 1
    context.close()


def _sign_up_and_save_a_plan(page: Any, email: str) -> None:
    page.goto("/register")
    page.fill('input[name="email"]', email)
    page.fill('input[name="password"]', "correct horse battery")
    page.locator('main button[type="submit"]').click()
    page.wait_for_url("**/account")
    page.goto(
        "/plan/view?goal=hypertrophy&experience=intermediate&days_per_week=3&minutes_per_session=60&equipment=full+gym"
    )
    page.get_by_role("link", name="Save to my account and start").click()
    page.locator('main button[type="submit"]').click()
    page.wait_for_url("**/today")


def test_log_a_set_and_the_rest_timer_counts_down(page: Any) -> None:
    _sign_up_and_save_a_plan(page, "timer@example.com")
    page.goto("/today?week=1&session=1")
    first = page.locator("form.log-set").first
    first.locator('input[name="load"]').fill("60")
    first.locator('input[name="reps"]').fill("10")
    first.locator('button[type="submit"]').click()
    page.wait_for_load_state()
    assert "60 kg x 10" in page.locator("#ex-1 ol.logged").inner_text()
    timer = page.locator("#rest-timer")
    timer.wait_for(state="visible")
    assert timer.inner_text().startswith("Rest: ")


def test_logging_works_without_javascript(browser: Browser, base_url: str) -> None:
    context = browser.new_context(base_url=base_url, java_script_enabled=False)
    page = context.new_page()
    _sign_up_and_save_a_plan(page, "nojs@example.com")
    page.goto("/today?week=1&session=1")
    first = page.locator("form.log-set").first
    first.locator('input[name="reps"]').fill("8")
    first.locator('button[type="submit"]').click()
    page.wait_for_load_state()
    assert "8 reps" in page.locator("#ex-1 ol.logged").inner_text()
    assert page.locator("#rest-timer").is_hidden()
    context.close()
