"""Who is asking: session cookies for pages, personal tokens for the API, CSRF for forms.

Sessions live in the database, so any number of server processes share them. The session
cookie is HttpOnly and SameSite=Lax, and Secure when the site is served over HTTPS. Every
form carries a CSRF token: the session's own once logged in, a double-submit cookie before.
"""

from __future__ import annotations

import hmac
import secrets
from typing import Annotated

from fastapi import Depends, HTTPException, Request
from fastapi.responses import Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from forgetrainer.store import Accounts, SessionInfo, TrainingLog
from forgetrainer.store.accounts import SESSION_DAYS

__all__ = [
    "ANON_CSRF_COOKIE",
    "SESSION_COOKIE",
    "ApiUser",
    "LoginRequired",
    "PageUser",
    "accounts",
    "check_anonymous_csrf",
    "check_csrf",
    "client_address",
    "is_https",
    "new_anonymous_csrf",
    "set_session_cookie",
    "training_log",
]

SESSION_COOKIE = "forge_session"
ANON_CSRF_COOKIE = "forge_csrf"


class LoginRequired(Exception):  # noqa: N818 - a control-flow signal for the pages
    """A page that needs an account was asked for without a session: send to the login page."""

    def __init__(self, next_path: str):
        self.next_path = next_path


def accounts(request: Request) -> Accounts:
    found: Accounts = request.app.state.accounts
    return found


def training_log(request: Request) -> TrainingLog:
    found: TrainingLog = request.app.state.training_log
    return found


def is_https(request: Request) -> bool:
    forwarded = request.headers.get("x-forwarded-proto", "")
    return request.url.scheme == "https" or forwarded.split(",")[0].strip() == "https"


def client_address(request: Request) -> str:
    return request.client.host if request.client else ""


def set_session_cookie(response: Response, request: Request, token: str) -> None:
    response.set_cookie(
        SESSION_COOKIE,
        token,
        max_age=SESSION_DAYS * 86400,
        httponly=True,
        samesite="lax",
        secure=is_https(request),
        path="/",
    )


def _page_user(request: Request) -> SessionInfo:
    info = accounts(request).session_for(request.cookies.get(SESSION_COOKIE, ""))
    if info is None:
        raise LoginRequired(request.url.path)
    return info


_BEARER = HTTPBearer(
    auto_error=False,
    scheme_name="PersonalToken",
    description="A personal API token (ft_...), created on the account page; sent as 'Authorization: Bearer ft_...'",
)


def _api_user(
    request: Request, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_BEARER)]
) -> SessionInfo:
    info = accounts(request).user_for_token(credentials.credentials.strip()) if credentials else None
    if info is None:
        raise HTTPException(
            401,
            "a personal API token is needed: send 'Authorization: Bearer ft_...' (create one on the account page)",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return info


PageUser = Annotated[SessionInfo, Depends(_page_user)]
ApiUser = Annotated[SessionInfo, Depends(_api_user)]


def check_csrf(user: SessionInfo, submitted: str) -> None:
    if not submitted or not hmac.compare_digest(submitted, user.csrf_token):
        raise HTTPException(403, "the form expired or did not come from this site; reload the page and try again")


def new_anonymous_csrf(request: Request) -> str:
    return request.cookies.get(ANON_CSRF_COOKIE) or secrets.token_urlsafe(24)


def check_anonymous_csrf(request: Request, submitted: str) -> None:
    expected = request.cookies.get(ANON_CSRF_COOKIE, "")
    if not expected or not submitted or not hmac.compare_digest(expected, submitted):
        raise HTTPException(403, "the form expired or did not come from this site; reload the page and try again")
