"""Accounts in the browser: cookies, CSRF, throttling, passwords, tokens, deletion."""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from starlette.testclient import TestClient

from forgetrainer.following import local_today
from tests.web.accounts_helpers import api_token, csrf_of, form_token, sign_up


def test_signing_up_sets_a_safe_session_cookie(new_client: Callable[..., TestClient]) -> None:
    browser = new_client(https=True)
    token = csrf_of(browser.get("/register").text)
    response = browser.post(
        "/register",
        data={"email": "cookie@example.com", "password": "correct horse", "csrf_token": token},
        follow_redirects=False,
    )
    assert response.status_code == 303 and response.headers["location"] == "/account"
    cookie = response.headers["set-cookie"]
    assert "forge_session=" in cookie and "HttpOnly" in cookie and "SameSite=lax" in cookie and "Secure" in cookie
    plain = new_client()
    sign_up(plain)
    assert "Secure" not in str(plain.cookies.jar)


def test_pages_of_an_account_need_a_login(new_client: Callable[..., TestClient]) -> None:
    browser = new_client()
    for path in ("/account", "/today", "/history", "/progress", "/import"):
        response = browser.get(path, follow_redirects=False)
        assert response.status_code == 303
        assert response.headers["location"].startswith("/login?next=")


def test_forms_without_the_csrf_token_are_refused(new_client: Callable[..., TestClient]) -> None:
    browser = new_client()
    sign_up(browser)
    response = browser.post("/account/tokens", data={"name": "x", "csrf_token": "forged"})
    assert response.status_code == 403
    assert "the form expired or did not come from this site" in response.text
    anonymous = new_client()
    refused = anonymous.post("/login", data={"email": "a@b.co", "password": "x", "csrf_token": "x"})
    assert refused.status_code == 403


def test_log_in_out_and_throttling(new_client: Callable[..., TestClient]) -> None:
    first = new_client()
    email = sign_up(first)
    first.post("/logout", data={"csrf_token": form_token(first)})
    assert first.get("/account", follow_redirects=False).status_code == 303
    browser = new_client()
    for _ in range(5):
        token = csrf_of(browser.get("/login").text)
        wrong = browser.post("/login", data={"email": email, "password": "nope nope", "csrf_token": token})
        assert wrong.status_code == 401 and "the email or the password is wrong" in wrong.text
    token = csrf_of(browser.get("/login").text)
    throttled = browser.post("/login", data={"email": email, "password": "correct horse", "csrf_token": token})
    assert throttled.status_code == 429 and int(throttled.headers["retry-after"]) > 0


def test_next_only_goes_to_this_site(new_client: Callable[..., TestClient]) -> None:
    browser = new_client()
    email = sign_up(browser)
    browser.post("/logout", data={"csrf_token": form_token(browser)})
    token = csrf_of(browser.get("/login?next=//evil.example/").text)
    response = browser.post(
        "/login",
        data={"email": email, "password": "correct horse", "csrf_token": token, "next": "//evil.example/"},
        follow_redirects=False,
    )
    assert response.headers["location"] == "/account"


def test_change_password_and_delete_account(new_client: Callable[..., TestClient]) -> None:
    browser, other = new_client(), new_client()
    email = sign_up(browser)
    token = csrf_of(other.get("/login").text)
    other.post("/login", data={"email": email, "password": "correct horse", "csrf_token": token})
    changed = browser.post(
        "/account/password",
        data={"current": "correct horse", "new": "battery staple", "csrf_token": form_token(browser)},
    )
    assert changed.status_code == 200
    assert other.get("/account", follow_redirects=False).status_code == 303  # the other browser is signed out
    wrong = browser.post("/account/delete", data={"password": "correct horse", "csrf_token": form_token(browser)})
    assert wrong.status_code == 400 and "the password is wrong" in wrong.text
    gone = browser.post("/account/delete", data={"password": "battery staple", "csrf_token": form_token(browser)})
    assert gone.url.path == "/"
    token = csrf_of(browser.get("/login").text)
    assert (
        browser.post("/login", data={"email": email, "password": "battery staple", "csrf_token": token}).status_code
        == 401
    )


def test_api_tokens_open_the_api_and_can_be_revoked(new_client: Callable[..., TestClient]) -> None:
    browser = new_client()
    email = sign_up(browser)
    token = api_token(browser)
    assert browser.get("/api/v1/me", headers={"authorization": f"Bearer {token}"}).json()["email"] == email
    anonymous = new_client()
    refused = anonymous.get("/api/v1/me")
    assert refused.status_code == 401 and "Bearer" in refused.json()["detail"]
    assert anonymous.get("/api/v1/me", headers={"authorization": "Bearer ft_wrong"}).status_code == 401
    page = browser.get("/account").text
    token_id = page.split("/account/tokens/")[1].split("/revoke")[0]
    browser.post(f"/account/tokens/{token_id}/revoke", data={"csrf_token": form_token(browser)})
    assert browser.get("/api/v1/me", headers={"authorization": f"Bearer {token}"}).status_code == 401


def test_the_time_zone_comes_from_the_browser_and_can_be_changed(new_client: Callable[..., TestClient]) -> None:
    browser = new_client()
    form = browser.get("/register").text
    assert 'name="timezone"' in form and re.search(r'<script src="/static/timezone[.\w]*\.js"', form)
    token = csrf_of(form)
    data = {
        "email": "tz@example.com",
        "password": "correct horse",
        "csrf_token": token,
        "timezone": "Pacific/Kiritimati",
    }
    account = browser.post("/register", data=data)
    assert account.status_code == 200 and "<option selected>Pacific/Kiritimati</option>" in account.text
    save = browser.get(
        "/plan/save?goal=strength&experience=beginner&days_per_week=3&minutes_per_session=45&equipment=full+gym"
    ).text
    assert f'value="{local_today("Pacific/Kiritimati").isoformat()}"' in save, "the plan starts on the person's today"
    wrong = browser.post("/account/timezone", data={"timezone": "Mars/Olympus", "csrf_token": csrf_of(account.text)})
    assert wrong.status_code == 400 and "'Mars/Olympus' is not a time zone" in html.unescape(wrong.text)
    paris = browser.post("/account/timezone", data={"timezone": "Europe/Paris", "csrf_token": csrf_of(account.text)})
    assert "the calendar of Europe/Paris" in paris.text and "<option selected>Europe/Paris</option>" in paris.text
    me = browser.get("/api/v1/me", headers={"Authorization": f"Bearer {api_token(browser)}"}).json()
    assert me["timezone"] == "Europe/Paris"
