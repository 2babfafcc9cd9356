"""Account pages: register, log in and out, settings, password, API tokens, export, delete."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from forgetrainer.render.page import Link
from forgetrainer.render.site import Site
from forgetrainer.store import AccountError, NotFound, SessionInfo, Throttled
from forgetrainer.store.accounts import timezones
from forgetrainer.store.log import workouts_csv_rows
from forgetrainer.web.auth import (
    ANON_CSRF_COOKIE,
    SESSION_COOKIE,
    PageUser,
    accounts,
    check_anonymous_csrf,
    check_csrf,
    client_address,
    is_https,
    new_anonymous_csrf,
    set_session_cookie,
    training_log,
)
from forgetrainer.web.params import RowId

router = APIRouter(include_in_schema=False)
NO_STORE = {"Cache-Control": "no-store"}
Text = Annotated[str, Form(max_length=2000)]
Csrf = Annotated[str, Form(alias="csrf_token", max_length=200)]


def page(request: Request, template: str, title: str, context: dict[str, Any], status: int = 200) -> HTMLResponse:
    site: Site = request.app.state.site
    crumbs = (Link("Home", "/"), Link(title, request.url.path))
    body = site.personal(template, title=title, context=context, breadcrumbs=crumbs)
    return HTMLResponse(body, status_code=status, headers=NO_STORE)


def safe_next(path: str) -> str:
    """Only paths of this site: never an open redirect."""
    return path if path.startswith("/") and not path.startswith("//") and "\\" not in path else "/account"


def _credentials_page(
    request: Request,
    *,
    register: bool,
    error: str = "",
    email: str = "",
    next_path: str = "/account",
    status: int = 200,
) -> HTMLResponse:
    csrf = new_anonymous_csrf(request)
    response = page(
        request,
        "account/login.html",
        "Create an account" if register else "Log in",
        {
            "heading": "Create an account" if register else "Log in",
            "legend": "Your email and a password of at least 8 characters" if register else "Your email and password",
            "button": "Create account" if register else "Log in",
            "action": "/register" if register else "/login",
            "register": register,
            "error": error,
            "email": email,
            "csrf": csrf,
            "next_path": safe_next(next_path),
        },
        status,
    )
    response.set_cookie(ANON_CSRF_COOKIE, csrf, httponly=True, samesite="strict", secure=is_https(request), path="/")
    return response


def _signed_in(request: Request, user_id: int, next_path: str) -> RedirectResponse:
    token, _ = accounts(request).open_session(user_id)
    response = RedirectResponse(safe_next(next_path), status_code=303, headers=NO_STORE)
    set_session_cookie(response, request, token)
    response.delete_cookie(ANON_CSRF_COOKIE, path="/")
    return response


@router.get("/login")
def login_form(request: Request, next: str = "/account") -> HTMLResponse:
    return _credentials_page(request, register=False, next_path=next)


@router.post("/login")
def login(request: Request, email: Text, password: Text, csrf_token: Csrf, next: Text = "/account") -> Response:
    check_anonymous_csrf(request, csrf_token)
    try:
        user_id = accounts(request).login(email=email, password=password, client=client_address(request))
    except Throttled as error:
        response = _credentials_page(request, register=False, error=str(error), email=email, next_path=next, status=429)
        response.headers["Retry-After"] = str(error.retry_after_seconds)
        return response
    except AccountError as error:
        return _credentials_page(request, register=False, error=str(error), email=email, next_path=next, status=401)
    return _signed_in(request, user_id, next)


@router.get("/register")
def register_form(request: Request) -> HTMLResponse:
    return _credentials_page(request, register=True)


@router.post("/register")
def register(
    request: Request, email: Text, password: Text, csrf_token: Csrf, timezone: Annotated[str, Form(max_length=64)] = ""
) -> Response:
    check_anonymous_csrf(request, csrf_token)
    try:
        user_id = accounts(request).register(email=email, password=password, timezone=timezone)
    except AccountError as error:
        return _credentials_page(request, register=True, error=str(error), email=email, status=400)
    return _signed_in(request, user_id, "/account")


@router.post("/logout")
def logout(request: Request, user: PageUser, csrf_token: Csrf) -> Response:
    check_csrf(user, csrf_token)
    accounts(request).close_session(request.cookies.get(SESSION_COOKIE, ""))
    response = RedirectResponse("/", status_code=303, headers=NO_STORE)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


def account_page(
    request: Request, user: SessionInfo, *, message: str = "", error: str = "", new_token: str = "", status: int = 200
) -> HTMLResponse:
    return page(
        request,
        "account/account.html",
        "Your account",
        {
            "user": user,
            "csrf": user.csrf_token,
            "tokens": accounts(request).tokens(user.user_id),
            "message": message,
            "error": error,
            "new_token": new_token,
            "timezones": sorted(timezones()),
        },
        status,
    )


@router.get("/account")
def account(request: Request, user: PageUser) -> HTMLResponse:
    return account_page(request, user)


@router.post("/account/unit")
def set_unit(request: Request, user: PageUser, unit: Text, csrf_token: Csrf) -> HTMLResponse:
    check_csrf(user, csrf_token)
    try:
        accounts(request).set_unit(user.user_id, unit)
    except AccountError as error:
        return account_page(request, user, error=str(error), status=400)
    fresh = replace(user, unit=unit)
    return account_page(request, fresh, message=f"Loads now show in {'kilograms' if unit == 'kg' else 'pounds'}.")


@router.post("/account/timezone")
def set_timezone(
    request: Request, user: PageUser, csrf_token: Csrf, timezone: Annotated[str, Form(max_length=64)] = ""
) -> HTMLResponse:
    check_csrf(user, csrf_token)
    try:
        zone = accounts(request).set_timezone(user.user_id, timezone)
    except AccountError as error:
        return account_page(request, user, error=str(error), status=400)
    fresh = replace(user, timezone=zone)
    where = f"the calendar of {zone}" if zone else "the server's clock"
    return account_page(request, fresh, message=f"Today is now the day by {where}.")


@router.post("/account/password")
def change_password(request: Request, user: PageUser, current: Text, new: Text, csrf_token: Csrf) -> Response:
    check_csrf(user, csrf_token)
    try:
        accounts(request).change_password(user.user_id, current=current, new=new)
    except AccountError as error:
        return account_page(request, user, error=str(error), status=400)
    # Every session ended with the old password; this browser gets a fresh one.
    return _signed_in(request, user.user_id, "/account")


@router.post("/account/tokens")
def create_token(request: Request, user: PageUser, name: Text, csrf_token: Csrf) -> HTMLResponse:
    check_csrf(user, csrf_token)
    token = accounts(request).create_token(user.user_id, name)
    return account_page(request, user, new_token=token)


@router.post("/account/tokens/{token_id}/revoke")
def revoke_token(request: Request, user: PageUser, token_id: RowId, csrf_token: Csrf) -> HTMLResponse:
    check_csrf(user, csrf_token)
    try:
        accounts(request).revoke_token(user.user_id, token_id)
    except NotFound:
        return account_page(request, user, error="There is no such token.", status=404)
    return account_page(request, user, message="The token is revoked.")


@router.post("/account/delete")
def delete_account(request: Request, user: PageUser, password: Text, csrf_token: Csrf) -> Response:
    check_csrf(user, csrf_token)
    try:
        accounts(request).delete(user.user_id, password=password)
    except AccountError as error:
        return account_page(request, user, error=str(error), status=400)
    response = RedirectResponse("/", status_code=303, headers=NO_STORE)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


@router.get("/account/export.json")
def export_json(request: Request, user: PageUser) -> Response:
    body = json.dumps(training_log(request).export(user.user_id), ensure_ascii=False, indent=2)
    return Response(
        body,
        media_type="application/json",
        headers={**NO_STORE, "Content-Disposition": 'attachment; filename="forge-trainer-log.json"'},
    )


@router.get("/account/export.csv")
def export_csv(request: Request, user: PageUser) -> Response:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(workouts_csv_rows(training_log(request).export(user.user_id)))
    return Response(
        buffer.getvalue(),
        media_type="text/csv; charset=utf-8",
        headers={**NO_STORE, "Content-Disposition": 'attachment; filename="forge-trainer-sets.csv"'},
    )
