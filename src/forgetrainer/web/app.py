"""The ASGI application: the page cache in front of a FastAPI app for the JSON API."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.routing import APIRoute
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp

from forgetrainer import __version__
from forgetrainer.catalog import Catalog, default_catalog
from forgetrainer.render.api_docs import api_docs_view
from forgetrainer.render.page import Link
from forgetrainer.render.site import Site
from forgetrainer.render.views import message_view
from forgetrainer.search import search_index
from forgetrainer.store import Accounts, Conflict, Database, NotFound, TrainingLog
from forgetrainer.web.api.errors import ApiError
from forgetrainer.web.api.models import ErrorOut
from forgetrainer.web.api.routes import exercisedb, exercises, me, plans, search, taxonomy
from forgetrainer.web.auth import LoginRequired
from forgetrainer.web.headers import SecurityHeaders
from forgetrainer.web.pagecache import PageCache
from forgetrainer.web.pages import account as account_pages
from forgetrainer.web.pages import training as training_pages
from forgetrainer.web.responsecache import ResponseCache
from forgetrainer.web.settings import Settings

__all__ = ["create_app", "create_framework_app"]

DESCRIPTION = """
The Forge Trainer exercise library as JSON. Vocabulary values are display names in answers
and accept display names, slugs or common aliases as filters. Errors are JSON objects with a
`detail` message and, where it helps, the `allowed` values and a `suggestion`.
"""


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path.endswith(".json")


def create_framework_app(catalog: Catalog, site: Site, database: Database | None = None) -> FastAPI:
    app = FastAPI(
        title="Forge Trainer API",
        version=__version__,
        description=DESCRIPTION,
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.state.catalog = catalog
    app.state.site = site
    routers = [module.router for module in (exercises, taxonomy, search, exercisedb, plans)]
    if database is not None:
        app.state.database = database
        app.state.accounts = Accounts(database)
        app.state.training_log = TrainingLog(database)
        routers = [account_pages.router, training_pages.router, me.router, *routers]
    for router in routers:
        app.include_router(router)
    allowed_methods = _methods_by_path(routers)

    app.openapi = lambda: _openapi(app)  # type: ignore[method-assign]

    @app.get("/docs", include_in_schema=False)
    def docs() -> Response:
        document = site.format(api_docs_view(app.openapi()), "html")
        return Response(document.body, media_type=document.media_type)

    @app.exception_handler(ApiError)
    async def api_error(request: Request, error: ApiError) -> Response:
        return JSONResponse(error.body(), status_code=error.status_code)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, error: RequestValidationError) -> Response:
        problems = []
        for item in error.errors():
            where = ".".join(str(part) for part in item.get("loc", ()) if part not in ("query", "path", "body"))
            problems.append(f"{where}: {item.get('msg', 'invalid')}" if where else str(item.get("msg")))
        return JSONResponse({"detail": "; ".join(problems) or "invalid request"}, status_code=422)

    @app.exception_handler(LoginRequired)
    async def login_required(request: Request, error: LoginRequired) -> Response:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return RedirectResponse(f"/login?{urlencode({'next': target})}", status_code=303)

    @app.exception_handler(NotFound)
    async def not_found(request: Request, error: NotFound) -> Response:
        if _wants_json(request):
            return JSONResponse({"detail": str(error)}, status_code=404)
        document = site.not_found(request.url.path)
        return Response(document.body, status_code=404, media_type=document.media_type)

    @app.exception_handler(Conflict)
    async def conflict(request: Request, error: Conflict) -> Response:
        return await http_error(request, StarletteHTTPException(409, f"{error}; try again"))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException) -> Response:
        if error.status_code == 404 and not _wants_json(request):
            document = site.not_found(request.url.path)
            return Response(document.body, status_code=404, media_type=document.media_type)
        headers = error.headers
        if error.status_code == 405:
            # Starlette names only the first matching route's methods; list them all.
            headers = {**(headers or {}), "Allow": allowed_methods(request.url.path)}
        detail = error.detail if isinstance(error.detail, str) else "request failed"
        if error.status_code == 404 and detail == "Not Found":
            detail = f"nothing at {request.url.path}"
        if not _wants_json(request):
            view = message_view(
                request.url.path, "That did not work", (detail,), (Link("Home", "/"),), error.status_code
            )
            document = site.format(view, "html")
            return Response(
                document.body, status_code=error.status_code, media_type=document.media_type, headers=headers
            )
        return JSONResponse({"detail": detail}, status_code=error.status_code, headers=headers)

    return app


def _methods_by_path(routers: list[APIRouter]) -> Callable[[str], str]:
    routes = [route for router in routers for route in router.routes if isinstance(route, APIRoute)]

    def allowed(path: str) -> str:
        methods = {method for route in routes if route.path_regex.match(path) for method in route.methods or ()}
        return ", ".join(sorted(methods))

    return allowed


def _openapi(app: FastAPI) -> dict[str, Any]:
    """The OpenAPI description, with validation errors described as they really are: a JSON
    object whose `detail` is one readable message, not FastAPI's default list."""
    if app.openapi_schema:
        return app.openapi_schema
    schema = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
    components = schema.setdefault("components", {}).setdefault("schemas", {})
    components.pop("HTTPValidationError", None)
    components.pop("ValidationError", None)
    components.setdefault("ErrorOut", ErrorOut.model_json_schema())
    error_body = {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorOut"}}}
    for operations in schema.get("paths", {}).values():
        for operation in operations.values():
            if "requestBody" in operation:
                operation["responses"].setdefault(
                    "400", {"description": "The body could not be read (not UTF-8, not JSON)", "content": error_body}
                )
            answer = operation.get("responses", {}).get("422")
            if answer and "HTTPValidationError" in str(answer):
                answer["description"] = "The request is malformed"
                answer["content"] = error_body
    app.openapi_schema = schema
    return schema


def create_app(
    settings: Settings | None = None, catalog: Catalog | None = None, database: Database | None = None
) -> ASGIApp:
    settings = settings or Settings.from_env()
    catalog = catalog or default_catalog()
    search_index(catalog)  # build the search index at start, not on the first query
    site = Site(catalog, base_url=settings.base_url)
    database = database or Database(settings.database_url or None)  # migrates on open
    framework = SecurityHeaders(create_framework_app(catalog, site, database))
    api = ResponseCache(framework, size=settings.query_cache_size)
    return PageCache(api, site, query_cache_size=settings.query_cache_size)
