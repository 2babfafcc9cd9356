"""Turning text into comparable tokens: lower case, punctuation out, plurals folded."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["MAX_QUERY_CHARACTERS", "clean_query", "raw_tokens", "stem", "tokens"]

MAX_QUERY_CHARACTERS = 200
_NON_WORD = re.compile(r"[^a-z0-9]+")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_IRREGULAR = {
    "calves": "calf",
    "abs": "abs",
    "biceps": "bicep",
    "triceps": "tricep",
    "quadriceps": "quadricep",
    "hammies": "hammy",
    "knees": "knee",
    "lunges": "lunge",
    "raises": "raise",
    "pulses": "pulse",
    "squeezes": "squeeze",
    "bridges": "bridge",
    "swings": "swing",
    "thighs": "thigh",
    "glutes": "glute",
    "lats": "lat",
    "traps": "trap",
    "press": "press",
    "cross": "cross",
    "series": "series",
    "ups": "up",
}


def clean_query(raw: str) -> tuple[str, bool]:
    """Strip control characters and cap the length; returns (text, was_truncated)."""
    text = _CONTROL.sub(" ", raw)
    text = " ".join(text.split())
    if len(text) > MAX_QUERY_CHARACTERS:
        return text[:MAX_QUERY_CHARACTERS].rsplit(" ", 1)[0], True
    return text, False


def stem(token: str) -> str:
    """A light English plural folding that suits exercise names ('presses' -> 'press')."""
    if token in _IRREGULAR:
        return _IRREGULAR[token]
    if len(token) > 4 and token.endswith("ies"):
        return token[:-3] + "y"
    if len(token) > 4 and token.endswith(("sses", "shes", "ches", "xes")):
        return token[:-2]
    if len(token) > 3 and token.endswith("s") and not token.endswith(("ss", "us", "is")):
        return token[:-1]
    return token


def raw_tokens(text: str) -> list[str]:
    """Lower-case words without punctuation, before plural folding."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return [part for part in _NON_WORD.split(ascii_text.replace("'", "")) if part]


def tokens(text: str) -> list[str]:
    return [stem(part) for part in raw_tokens(text)]
