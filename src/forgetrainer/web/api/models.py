"""Response shapes of the JSON API; they document the API in OpenAPI and are checked on output."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

__all__ = [
    "ErrorOut",
    "ExerciseList",
    "ExerciseOut",
    "FaqOut",
    "SearchHitOut",
    "SearchOut",
    "SuggestOut",
    "TermOut",
]


class FaqOut(BaseModel):
    question: str
    answer: str


class ExerciseOut(BaseModel):
    slug: str = Field(examples=["reverse-hyperextension"])
    name: str = Field(examples=["Reverse Hyperextension"])
    aliases: list[str]
    body_part: str = Field(examples=["Legs"])
    equipment: str = Field(examples=["Machine"])
    requires: list[str]
    target: str = Field(examples=["Glutes"])
    target_group: str = Field(examples=["Glutes"])
    secondary: list[str]
    difficulty: str = Field(examples=["Intermediate"])
    category: str = Field(examples=["Strength"])
    mechanic: str
    force: str
    pattern: str
    laterality: str
    tracking: str
    popularity: int = Field(ge=1, le=5)
    joint_stress: dict[str, str]
    summary: str
    steps: list[str]
    tips: list[str]
    mistakes: list[str]
    faq: list[FaqOut]
    easier: list[str]
    harder: list[str]


class ExerciseList(BaseModel):
    total: int
    limit: int
    offset: int
    exercises: list[ExerciseOut]


class TermOut(BaseModel):
    slug: str
    name: str
    count: int = Field(description="Exercises in the library with this value")
    group: str | None = Field(default=None, description="Display group of a muscle")


class ErrorOut(BaseModel):
    detail: str
    field: str | None = None
    allowed: list[str] | None = None
    suggestion: str | None = None


class SearchHitOut(BaseModel):
    score: float
    reasons: list[str] | None = None
    exercise: ExerciseOut


class SearchOut(BaseModel):
    query: str
    parsed: dict[str, Any]
    total: int
    limit: int
    offset: int
    notes: list[str]
    suggestions: list[str]
    results: list[SearchHitOut]


class SuggestOut(BaseModel):
    query: str
    suggestions: list[dict[str, str]]
