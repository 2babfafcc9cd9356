"""The fast lane: public pages rendered once and served as bytes by a bare ASGI layer.

GET and HEAD requests for site pages never reach the framework. A page is rendered on its
first request and kept; pages with a query string (searches) live in a bounded LRU cache.
Conditional requests with a matching ETag get a 304 without a body.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from urllib.parse import parse_qsl

from starlette.types import ASGIApp, Receive, Scope, Send

from forgetrainer.render.site import Document, Site
from forgetrainer.web.headers import SECURITY_HEADERS

__all__ = ["PageCache"]

_PAGE_CACHE_CONTROL = b"public, max-age=300"
_ASSET_CACHE_CONTROL = b"public, max-age=31536000, immutable"
_FRAMEWORK_PREFIXES = ("/api/", "/docs", "/openapi.json", "/redoc")


@dataclass(frozen=True, slots=True)
class _Ready:
    status: int
    headers: list[tuple[bytes, bytes]]
    not_modified_headers: list[tuple[bytes, bytes]]
    body: bytes
    etag: bytes


def _prepare(document: Document, path: str) -> _Ready:
    etag = document.etag.encode()
    cache_control = _ASSET_CACHE_CONTROL if path.startswith("/static/") else _PAGE_CACHE_CONTROL
    common = [(b"etag", etag), (b"cache-control", cache_control)]
    headers = [
        (b"content-type", document.media_type.encode()),
        (b"content-length", str(len(document.body)).encode()),
        *common,
        *SECURITY_HEADERS,
    ]
    return _Ready(document.status, headers, common, document.body, etag)


def _if_none_match(scope: Scope) -> bytes | None:
    for name, value in scope["headers"]:
        if name == b"if-none-match":
            return bytes(value)
    return None


class PageCache:
    def __init__(self, app: ASGIApp, site: Site, *, query_cache_size: int = 4096):
        self.app = app
        self.site = site
        self._pages: dict[str, _Ready] = {}
        self._queries: OrderedDict[str, _Ready] = OrderedDict()
        self._query_cache_size = query_cache_size

    def _lookup(self, path: str, query_string: bytes) -> _Ready | None:
        if not query_string:
            ready = self._pages.get(path)
            if ready is None:
                document = self.site.render(path)
                if document is None:
                    return None
                ready = self._pages[path] = _prepare(document, path)
            return ready
        key = f"{path}?{query_string.decode('latin-1')}"
        ready = self._queries.get(key)
        if ready is not None:
            self._queries.move_to_end(key)
            return ready
        query: dict[str, str] = {}
        for name, value in parse_qsl(query_string.decode("utf-8", "replace"), keep_blank_values=True):
            # Repeated keys (checkboxes) arrive as one comma-separated value.
            query[name] = f"{query[name]},{value}" if query.get(name) else value
        document = self.site.render(path, query)
        if document is None:
            return None
        ready = self._queries[key] = _prepare(document, path)
        if len(self._queries) > self._query_cache_size:
            self._queries.popitem(last=False)
        return ready

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] != "http"
            or scope["method"] not in ("GET", "HEAD")
            or scope["path"].startswith(_FRAMEWORK_PREFIXES)
        ):
            await self.app(scope, receive, send)
            return
        ready = self._lookup(scope["path"], scope["query_string"])
        if ready is None:
            await self.app(scope, receive, send)
            return
        if _if_none_match(scope) == ready.etag:
            await send({"type": "http.response.start", "status": 304, "headers": ready.not_modified_headers})
            await send({"type": "http.response.body", "body": b""})
            return
        await send({"type": "http.response.start", "status": ready.status, "headers": ready.headers})
        await send({"type": "http.response.body", "body": b"" if scope["method"] == "HEAD" else ready.body})
