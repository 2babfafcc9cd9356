"""Reading a query: filters said in plain words, and the words left to match names with."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from forgetrainer.search.lexicon import MAX_PHRASE, PHRASES, STOP_WORDS, Meaning

__all__ = ["LEXICON_WORDS", "ParsedQuery", "parse_query"]

LEXICON_WORDS = frozenset(word for phrase in PHRASES for word in phrase)
# Filter words that also appear in exercise names ("cable", "stretch", "leg"), so a name that
# contains them ranks higher; "friendly" or "beginner" name nothing.
_NAMING_KINDS = frozenset({"equipment", "category", "body_part"})


@dataclass(frozen=True)
class ParsedQuery:
    """What a query asks for. Slugs throughout; empty tuples mean 'no constraint'."""

    text: str
    terms: tuple[str, ...] = ()  # words to match names and aliases with (typos corrected)
    hints: tuple[str, ...] = ()  # filter words, also used to favour names that contain them
    muscle_words: tuple[str, ...] = ()  # the words that named a muscle ("grip", "rear delt")
    corrections: dict[str, str] = field(default_factory=dict)
    equipment: tuple[str, ...] = ()
    equipment_mode: str = ""  # '' | none | home | bodyweight | only
    difficulty: tuple[str, ...] = ()
    category: tuple[str, ...] = ()
    body_part: tuple[str, ...] = ()
    muscles: tuple[str, ...] = ()
    joints: tuple[str, ...] = ()

    @property
    def has_filters(self) -> bool:
        return bool(
            self.equipment or self.equipment_mode or self.difficulty or self.category or self.body_part or self.joints
        )

    def describe(self) -> dict[str, object]:
        """The filters read from the query, for JSON answers and --explain."""
        described: dict[str, object] = {
            "terms": list(self.terms),
            "equipment": list(self.equipment),
            "equipment_mode": self.equipment_mode or None,
            "difficulty": list(self.difficulty),
            "category": list(self.category),
            "body_part": list(self.body_part),
            "muscles": list(self.muscles),
            "joint_friendly": list(self.joints),
        }
        if self.corrections:
            described["corrections"] = dict(self.corrections)
        return described


def _add(values: tuple[str, ...], value: str) -> tuple[str, ...]:
    return values if value in values else (*values, value)


def parse_query(
    text: str,
    words: list[str],
    raw_words: list[str],
    correct: Callable[[str], str | None],
    known: Callable[[str], bool],
) -> ParsedQuery:
    """Read `words` (stemmed tokens of `text`; `raw_words` before stemming) into filters and
    name terms.

    `known` says whether a word occurs in any exercise name or alias; `correct` returns the
    closest known word for a typo, or None. A typo is corrected from its unstemmed form, so
    'pres' becomes 'press' rather than losing its 's' first.
    """
    corrections: dict[str, str] = {}
    fixed: list[str] = []
    for word, raw in zip(words, raw_words, strict=True):
        if known(word) or word in STOP_WORDS or word in LEXICON_WORDS:
            fixed.append(word)
            continue
        replacement = correct(raw) or correct(word)
        if replacement and replacement != word:
            corrections[word] = replacement
            fixed.extend(replacement.split())
        else:
            fixed.append(word)

    found: dict[str, tuple[str, ...]] = {
        key: () for key in ("equipment", "difficulty", "category", "body_part", "muscles", "joints")
    }
    mode = ""
    terms: list[str] = []
    hints: list[str] = []
    muscle_words: list[str] = []
    position = 0
    while position < len(fixed):
        meaning, length = _longest_phrase(fixed, position)
        if meaning is None:
            word = fixed[position]
            if word not in STOP_WORDS:
                terms.append(word)
            position += 1
            continue
        phrase_words = fixed[position : position + length]
        position += length
        if meaning.kind == "only":
            mode = mode or "only"
            continue
        if meaning.kind == "mode":
            mode = meaning.value
        elif meaning.kind == "muscle":
            found["muscles"] = _add(found["muscles"], meaning.value)
            muscle_words.extend(phrase_words)
        elif meaning.kind == "joint":
            found["joints"] = _add(found["joints"], meaning.value)
        else:
            key = meaning.kind
            found[key] = _add(found[key], meaning.value)
        if meaning.kind in _NAMING_KINDS:
            hints.extend(phrase_words)

    if mode == "only" and not found["equipment"]:
        mode = ""
    return ParsedQuery(
        text=text,
        terms=tuple(terms),
        hints=tuple(hints),
        muscle_words=tuple(muscle_words),
        corrections=corrections,
        equipment=found["equipment"],
        equipment_mode=mode,
        difficulty=found["difficulty"],
        category=found["category"],
        body_part=found["body_part"],
        muscles=found["muscles"],
        joints=found["joints"],
    )


def _longest_phrase(words: list[str], start: int) -> tuple[Meaning | None, int]:
    for length in range(min(MAX_PHRASE, len(words) - start), 0, -1):
        meaning = PHRASES.get(tuple(words[start : start + length]))
        if meaning is not None:
            return meaning, length
    return None, 0
