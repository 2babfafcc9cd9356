"""Signing people up and in through the real forms, as a browser would."""

from __future__ import annotations

import re
import uuid

from starlette.testclient import TestClient

_CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


def csrf_of(html: str) -> str:
    match = _CSRF.search(html)
    assert match, "no CSRF token on the page"
    return match.group(1)


def sign_up(client: TestClient, email: str | None = None, password: str = "correct horse") -> str:
    address = email or f"{uuid.uuid4().hex[:10]}@example.com"
    token = csrf_of(client.get("/register").text)
    response = client.post("/register", data={"email": address, "password": password, "csrf_token": token})
    assert response.status_code == 200 and response.url.path == "/account", response.text[:300]
    return address


def form_token(client: TestClient, path: str = "/account") -> str:
    return csrf_of(client.get(path).text)


def api_token(client: TestClient) -> str:
    page = client.post("/account/tokens", data={"name": "tests", "csrf_token": form_token(client)})
    match = re.search(r"<code>(ft_[^<]+)</code>", page.text)
    assert match, "no token shown"
    return match.group(1)
