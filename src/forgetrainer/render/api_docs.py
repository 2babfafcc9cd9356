"""A readable API reference rendered from the OpenAPI description, with no JavaScript and
nothing loaded from elsewhere."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from forgetrainer.render.page import Link
from forgetrainer.render.views import View

__all__ = ["api_docs_view"]


@dataclass(frozen=True, slots=True)
class Parameter:
    name: str
    where: str
    type: str
    required: bool
    description: str


@dataclass(frozen=True, slots=True)
class Operation:
    method: str
    path: str
    summary: str
    description: str
    parameters: tuple[Parameter, ...]
    responses: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class Group:
    title: str
    anchor: str
    operations: tuple[Operation, ...]


def _type(schema: dict[str, Any]) -> str:
    if "anyOf" in schema:
        return " or ".join(_type(option) for option in schema["anyOf"] if option.get("type") != "null")
    if "enum" in schema:
        return " | ".join(str(value) for value in schema["enum"])
    if "$ref" in schema:
        return str(schema["$ref"]).rsplit("/", 1)[-1]
    kind = str(schema.get("type", "any"))
    bounds = [f"{word} {schema[key]}" for key, word in (("minimum", "min"), ("maximum", "max")) if key in schema]
    return f"{kind} ({', '.join(bounds)})" if bounds else kind


def _operations(spec: dict[str, Any]) -> dict[str, list[Operation]]:
    grouped: dict[str, list[Operation]] = {}
    for path, methods in spec.get("paths", {}).items():
        for method, operation in methods.items():
            parameters = tuple(
                Parameter(
                    p["name"],
                    p.get("in", ""),
                    _type(p.get("schema", {})),
                    bool(p.get("required")),
                    p.get("description", "") or p.get("schema", {}).get("description", ""),
                )
                for p in operation.get("parameters", [])
            )
            responses = tuple(
                (code, answer.get("description", "")) for code, answer in operation.get("responses", {}).items()
            )
            tag = (operation.get("tags") or ["other"])[0]
            grouped.setdefault(tag, []).append(
                Operation(
                    method.upper(),
                    path,
                    operation.get("summary", ""),
                    operation.get("description", ""),
                    parameters,
                    responses,
                )
            )
    return grouped


def api_docs_view(spec: dict[str, Any]) -> View:
    info = spec.get("info", {})
    groups = tuple(
        Group(title.capitalize(), title.replace(" ", "-"), tuple(operations))
        for title, operations in _operations(spec).items()
    )
    heading = f"{info.get('title', 'API')} {info.get('version', '')}".strip()
    description = " ".join(str(info.get("description", "")).split())

    def markdown(base: str) -> str:
        lines = [f"# {heading}", "", description, ""]
        for group in groups:
            lines += [f"## {group.title}", ""]
            for op in group.operations:
                lines.append(f"- `{op.method} {op.path}`: {op.summary}")
            lines.append("")
        return "\n".join(lines)

    return View(
        path="/docs",
        title=heading,
        description=description,
        template="api_docs.html",
        context={
            "heading": heading,
            "version": spec.get("openapi", ""),
            "groups": groups,
        },
        markdown=markdown,
        data=lambda: spec,
        breadcrumbs=(Link("Home", "/"), Link("API", "/docs")),
        twins=False,
    )
