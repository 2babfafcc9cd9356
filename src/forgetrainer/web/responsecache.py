"""Keeping the answers of read-only API routes: the catalog never changes while the process
runs, so a GET of a listed route answers the same bytes every time."""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from dataclasses import dataclass

from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = ["CACHEABLE_PREFIXES", "ResponseCache"]

# Only routes whose answer depends on nothing but the URL; never per-user data.
CACHEABLE_PREFIXES = (
    "/api/v1/exercises",
    "/api/v1/exercisedb/",
    "/api/v1/search",
    "/api/v1/suggest",
    "/api/v1/body-parts",
    "/api/v1/equipment",
    "/api/v1/muscles",
    "/api/v1/muscle-groups",
    "/api/v1/difficulties",
    "/api/v1/categories",
    "/api/v1/patterns",
    "/openapi.json",
)


@dataclass(frozen=True, slots=True)
class _Stored:
    headers: list[tuple[bytes, bytes]]
    body: bytes
    etag: bytes


class ResponseCache:
    def __init__(self, app: ASGIApp, *, size: int = 4096):
        self.app = app
        self._size = size
        self._stored: OrderedDict[bytes, _Stored] = OrderedDict()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET" or not scope["path"].startswith(CACHEABLE_PREFIXES):
            await self.app(scope, receive, send)
            return
        key = scope["path"].encode() + b"?" + scope["query_string"]
        stored = self._stored.get(key)
        if stored is not None:
            self._stored.move_to_end(key)
            if any(name == b"if-none-match" and value == stored.etag for name, value in scope["headers"]):
                await send({"type": "http.response.start", "status": 304, "headers": [(b"etag", stored.etag)]})
                await send({"type": "http.response.body", "body": b""})
                return
            await send({"type": "http.response.start", "status": 200, "headers": stored.headers})
            await send({"type": "http.response.body", "body": stored.body})
            return
        start: Message = {}
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
                return
            chunks.append(message.get("body", b""))
            if message.get("more_body"):
                return
            body = b"".join(chunks)
            headers = list(start.get("headers", []))
            if start.get("status") == 200:
                etag = b'"' + hashlib.blake2b(body, digest_size=12).hexdigest().encode() + b'"'
                headers.append((b"etag", etag))
                self._stored[key] = _Stored(headers, body, etag)
                if len(self._stored) > self._size:
                    self._stored.popitem(last=False)
            await send({**start, "headers": headers})
            await send({"type": "http.response.body", "body": body})

        await self.app(scope, receive, capture)
