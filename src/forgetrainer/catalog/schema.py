"""Checking one authored exercise file against the format and the closed vocabularies.

A file that passes becomes a *record*: a plain, JSON-ready dict whose vocabulary values are
slugs. Records are what the compiled cache stores and what `build.py` turns into Exercises.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from forgetrainer.catalog.problems import Problem
from forgetrainer.exercise import slugify
from forgetrainer.taxonomy import (
    BODY_PARTS,
    CATEGORIES,
    DIFFICULTIES,
    EQUIPMENT,
    FORCES,
    JOINTS,
    LATERALITIES,
    MECHANICS,
    MUSCLES,
    PATTERNS,
    STRESS_LEVELS,
    TRACKING_TYPES,
    UnknownTermError,
    Vocabulary,
)

__all__ = ["FIELDS", "LIMITS", "Record", "check_record", "line_of"]

Record = dict[str, Any]

SINGLE_TERMS: dict[str, Vocabulary[Any]] = {
    "body_part": BODY_PARTS,
    "equipment": EQUIPMENT,
    "target": MUSCLES,
    "difficulty": DIFFICULTIES,
    "category": CATEGORIES,
    "mechanic": MECHANICS,
    "force": FORCES,
    "pattern": PATTERNS,
    "laterality": LATERALITIES,
    "tracking": TRACKING_TYPES,
}

REQUIRED = (
    "name",
    *SINGLE_TERMS,
    "popularity",
    "joint_stress",
    "summary",
    "steps",
    "tips",
    "mistakes",
    "faq",
)
OPTIONAL = ("aliases", "requires", "secondary", "easier", "harder")
FIELDS = (*REQUIRED, *OPTIONAL)


@dataclass(frozen=True, slots=True)
class ListLimits:
    min_items: int
    max_items: int
    min_words: int
    max_words: int


LIMITS: dict[str, ListLimits] = {
    "steps": ListLimits(4, 10, 6, 60),
    "tips": ListLimits(3, 6, 6, 70),
    "mistakes": ListLimits(3, 6, 6, 70),
}
FAQ_LIMITS = ListLimits(2, 3, 10, 140)
SUMMARY_WORDS = (12, 90)
MAX_SECONDARY = 5
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z]|$)")
_SPACES = re.compile(r"\s+")


def _clean(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def _word_count(text: str) -> int:
    return len(text.split())


def line_of(text: str, field: str) -> int | None:
    """The 1-based line of a top-level field (or 'field.child') in a file's text."""
    top, _, child = field.partition(".")
    match = re.search(rf"^{re.escape(top)}\s*:", text, re.M)
    if match is None:
        return None
    start = match.start()
    if child:
        nested = re.compile(rf"^\s+['\"]?{re.escape(child)}['\"]?\s*:", re.M).search(text, start)
        if nested is not None:
            start = nested.start()
    return text.count("\n", 0, start) + 1


class _FileChecker:
    """Collects every problem of one file instead of stopping at the first."""

    def __init__(self, path: Path, text: str):
        self.path = path
        self.text = text
        self.problems: list[Problem] = []

    def add(self, field: str | None, message: str) -> None:
        line = line_of(self.text, field) if field else None
        self.problems.append(Problem(self.path, message, field, line))

    def term(self, field: str, vocabulary: Vocabulary[Any], value: object) -> str | None:
        if not isinstance(value, str) or not value.strip():
            self.add(field, f"must be one {vocabulary.kind}; allowed: {', '.join(vocabulary.names)}")
            return None
        try:
            return str(vocabulary.resolve(value).slug)
        except UnknownTermError as error:
            self.add(field, str(error))
            return None

    def term_list(self, field: str, vocabulary: Vocabulary[Any], value: object) -> list[str]:
        if value is None:
            return []
        if not isinstance(value, list):
            self.add(field, f"must be a list of {vocabulary.kind} values, e.g. [{vocabulary.names[0]}]")
            return []
        slugs: list[str] = []
        for item in value:
            slug = self.term(field, vocabulary, item)
            if slug is None:
                continue
            if slug in slugs:
                self.add(field, f"lists '{item}' twice")
            else:
                slugs.append(slug)
        return slugs

    def strings(self, field: str, value: object) -> list[str]:
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            self.add(field, "must be a list of text items")
            return []
        items = [_clean(item) for item in value]
        if any(not item for item in items):
            self.add(field, "has an empty item")
        return [item for item in items if item]

    def text_list(self, field: str, value: object) -> list[str]:
        limits = LIMITS[field]
        items = self.strings(field, value)
        if isinstance(value, list) and not items:
            self.add(field, "is empty")
        elif items and len(items) < limits.min_items:
            self.add(field, f"has {len(items)} items; at least {limits.min_items} are needed")
        elif len(items) > limits.max_items:
            self.add(field, f"has {len(items)} items; at most {limits.max_items} are allowed")
        for number, item in enumerate(items, start=1):
            words = _word_count(item)
            if not limits.min_words <= words <= limits.max_words:
                self.add(
                    field,
                    f"item {number} has {words} words; each must have "
                    f"{limits.min_words} to {limits.max_words} words: '{item[:60]}'",
                )
        self.no_repeats(field, items)
        return items

    def no_repeats(self, field: str, items: list[str]) -> None:
        seen: set[str] = set()
        for item in items:
            if item.lower() in seen:
                self.add(field, f"repeats '{item[:60]}'")
            seen.add(item.lower())


def _check_name(checker: _FileChecker, raw: dict[str, Any]) -> tuple[str, str]:
    name = raw.get("name")
    if name is None:
        return "", ""
    if not isinstance(name, str) or not name.strip():
        checker.add("name", "must be the exercise's name as text")
        return "", ""
    name = _clean(name)
    slug = slugify(name)
    if checker.path.suffix in (".yaml", ".yml") and checker.path.stem != slug:
        checker.add("name", f"'{name}' has the slug '{slug}', so the file must be named '{slug}.yaml'")
    return name, slug


def _check_popularity(checker: _FileChecker, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
        checker.add("popularity", f"must be a whole number from 1 to 5, not {value!r}")
        return 0
    return value


def _check_joint_stress(checker: _FileChecker, value: object) -> list[str]:
    allowed_joints = ", ".join(JOINTS.slugs)
    if not isinstance(value, dict):
        checker.add("joint_stress", f"must map each joint ({allowed_joints}) to none, low, moderate or high")
        return []
    levels: dict[str, str] = {}
    for joint_value, level_value in value.items():
        joint = checker.term("joint_stress", JOINTS, str(joint_value))
        if joint is None:
            continue
        level = checker.term(f"joint_stress.{joint_value}", STRESS_LEVELS, level_value)
        if level is not None:
            levels[joint] = level
    missing = [slug for slug in JOINTS.slugs if slug not in levels]
    if missing and len(levels) == len(value):
        checker.add("joint_stress", f"is missing {', '.join(missing)}; all eight joints are required")
    return [levels.get(slug, "none") for slug in JOINTS.slugs]


def _check_summary(checker: _FileChecker, value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        checker.add("summary", "is missing or empty")
        return ""
    summary = _clean(value)
    words = _word_count(summary)
    low, high = SUMMARY_WORDS
    if not low <= words <= high:
        checker.add("summary", f"has {words} words; it must have {low} to {high}")
    sentences = len(_SENTENCE_END.findall(summary))
    if sentences > 2:
        checker.add("summary", f"has {sentences} sentences; write one or two")
    return summary


def _check_faq(checker: _FileChecker, value: object) -> list[list[str]]:
    if not isinstance(value, list) or not value:
        checker.add("faq", "must be a list of question/answer pairs")
        return []
    pairs: list[list[str]] = []
    for number, item in enumerate(value, start=1):
        if not isinstance(item, dict) or set(item) != {"question", "answer"}:
            checker.add("faq", f"item {number} must have exactly the keys 'question' and 'answer'")
            continue
        question, answer = item["question"], item["answer"]
        if not isinstance(question, str) or not isinstance(answer, str) or not question.strip() or not answer.strip():
            checker.add("faq", f"item {number} needs a non-empty question and answer")
            continue
        question, answer = _clean(question), _clean(answer)
        if not question.endswith("?"):
            checker.add("faq", f"question {number} must end with a question mark: '{question}'")
        words = _word_count(answer)
        if not FAQ_LIMITS.min_words <= words <= FAQ_LIMITS.max_words:
            checker.add(
                "faq",
                f"answer {number} has {words} words; each must have {FAQ_LIMITS.min_words} to {FAQ_LIMITS.max_words}",
            )
        pairs.append([question, answer])
    if pairs and not FAQ_LIMITS.min_items <= len(pairs) <= FAQ_LIMITS.max_items:
        checker.add("faq", f"has {len(pairs)} questions; write {FAQ_LIMITS.min_items} to {FAQ_LIMITS.max_items}")
    checker.no_repeats("faq", [question for question, _ in pairs])
    return pairs


def _check_links(checker: _FileChecker, field: str, value: object, own_slug: str) -> list[str]:
    links = checker.strings(field, value)
    for link in links:
        if link != slugify(link):
            checker.add(field, f"'{link}' is not a slug; write it as '{slugify(link)}'")
        elif link == own_slug:
            checker.add(field, "links the exercise to itself")
    checker.no_repeats(field, links)
    return links


def check_record(path: Path, text: str, raw: object) -> tuple[Record | None, list[Problem]]:
    """Validate one parsed file; return its record, or None and every problem found."""
    checker = _FileChecker(path, text)
    if not isinstance(raw, dict):
        checker.add(None, "must be a YAML mapping of fields (name: ..., body_part: ..., ...)")
        return None, checker.problems
    for key in raw:
        if key not in FIELDS:
            checker.add(str(key), f"is not a known field; allowed fields: {', '.join(FIELDS)}")
    for key in REQUIRED:
        if key not in raw or raw[key] is None:
            checker.add(None, f"required field '{key}' is missing or empty")

    present = {key: value for key, value in raw.items() if value is not None}
    name, slug = _check_name(checker, present)
    record: Record = {"slug": slug, "name": name}
    for field, vocabulary in SINGLE_TERMS.items():
        if field in present:
            record[field] = checker.term(field, vocabulary, present[field])
    record["requires"] = checker.term_list("requires", EQUIPMENT, present.get("requires"))
    record["secondary"] = checker.term_list("secondary", MUSCLES, present.get("secondary"))
    aliases = checker.strings("aliases", present.get("aliases"))
    checker.no_repeats("aliases", aliases)
    record["aliases"] = aliases
    record["popularity"] = _check_popularity(checker, present.get("popularity")) if "popularity" in present else 0
    record["joint_levels"] = _check_joint_stress(checker, present["joint_stress"]) if "joint_stress" in present else []
    record["summary"] = _check_summary(checker, present["summary"]) if "summary" in present else ""
    for field in LIMITS:
        record[field] = checker.text_list(field, present[field]) if field in present else []
    record["faq"] = _check_faq(checker, present["faq"]) if "faq" in present else []
    record["easier"] = _check_links(checker, "easier", present.get("easier"), slug)
    record["harder"] = _check_links(checker, "harder", present.get("harder"), slug)
    _check_consistency(checker, record)
    return (None, checker.problems) if checker.problems else (record, [])


def _check_consistency(checker: _FileChecker, record: Record) -> None:
    rules: list[tuple[str, Callable[[Record], bool], str]] = [
        ("secondary", lambda r: r.get("target") in r["secondary"], "repeats the target muscle"),
        (
            "secondary",
            lambda r: len(r["secondary"]) > MAX_SECONDARY,
            f"lists more than {MAX_SECONDARY} muscles",
        ),
        ("requires", lambda r: r.get("equipment") in r["requires"], "repeats the primary equipment"),
        ("requires", lambda r: "body-weight" in r["requires"], "must not list Body Weight"),
        ("aliases", lambda r: r["name"].lower() in (a.lower() for a in r["aliases"]), "repeats the name"),
        (
            "easier",
            lambda r: bool(set(r["easier"]) & set(r["harder"])),
            "names an exercise that is also listed as harder",
        ),
    ]
    for field, broken, message in rules:
        if broken(record):
            checker.add(field, message)
