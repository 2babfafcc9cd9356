"""Closed vocabularies: every fact an exercise carries is one of these terms.

Each term has a slug (used in URLs and files) and a display name (shown to people), plus
aliases that people type. Lookups accept any of the three, case-insensitively, with spaces,
hyphens and underscores treated alike.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

__all__ = [
    "BODY_PARTS",
    "CATEGORIES",
    "DIFFICULTIES",
    "EQUIPMENT",
    "FORCES",
    "JOINTS",
    "LATERALITIES",
    "MECHANICS",
    "MUSCLES",
    "MUSCLE_GROUPS",
    "PATTERNS",
    "STRESS_LEVELS",
    "TRACKING_TYPES",
    "Muscle",
    "Term",
    "UnknownTermError",
    "Vocabulary",
    "normalize_key",
]


@dataclass(frozen=True, slots=True)
class Term:
    slug: str
    name: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Muscle:
    """A muscle of the one muscle list, mapped to its display group for hub pages."""

    slug: str
    name: str
    group: str
    aliases: tuple[str, ...] = ()


class _Named(Protocol):
    @property
    def slug(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def aliases(self) -> tuple[str, ...]: ...


T = TypeVar("T", bound=_Named)

_SEPARATORS = re.compile(r"[\s_\-./]+")


def normalize_key(value: str) -> str:
    """The lookup key of a term: lower case, separators collapsed to one space."""
    return _SEPARATORS.sub(" ", value.strip().lower().replace("'", "")).strip()


class UnknownTermError(ValueError):
    """A value that is not in a closed vocabulary; the message lists what is allowed."""

    def __init__(self, kind: str, value: str, allowed: tuple[str, ...], suggestion: str | None):
        self.kind = kind
        self.value = value
        self.allowed = allowed
        self.suggestion = suggestion
        hint = f" Did you mean '{suggestion}'?" if suggestion else ""
        super().__init__(f"unknown {kind} '{value}'.{hint} Allowed: {', '.join(allowed)}.")


class Vocabulary(Generic[T]):
    """An ordered, closed list of terms with forgiving lookup."""

    def __init__(self, kind: str, terms: Iterable[T]):
        self.kind = kind
        self._terms: tuple[T, ...] = tuple(terms)
        self._by_key: dict[str, T] = {}
        for term in self._terms:
            for label in (term.slug, term.name, *term.aliases):
                key = normalize_key(label)
                existing = self._by_key.get(key)
                if existing is not None and existing is not term:
                    raise ValueError(f"{kind}: '{label}' names both {existing.slug} and {term.slug}")
                self._by_key[key] = term
        self._slugs = {term.slug: term for term in self._terms}

    def __iter__(self) -> Iterator[T]:
        return iter(self._terms)

    def __len__(self) -> int:
        return len(self._terms)

    def __contains__(self, value: object) -> bool:
        return isinstance(value, str) and self.get(value) is not None

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(term.name for term in self._terms)

    @property
    def slugs(self) -> tuple[str, ...]:
        return tuple(term.slug for term in self._terms)

    def by_slug(self, slug: str) -> T:
        return self._slugs[slug]

    def get(self, value: str) -> T | None:
        return self._by_key.get(normalize_key(value))

    def suggest(self, value: str) -> str | None:
        """The display name of the closest term, if one is reasonably close."""
        matches = difflib.get_close_matches(normalize_key(value), list(self._by_key), n=1, cutoff=0.6)
        return self._by_key[matches[0]].name if matches else None

    def resolve(self, value: str) -> T:
        term = self.get(value)
        if term is None:
            raise UnknownTermError(self.kind, value, self.names, self.suggest(value))
        return term

    def index(self, term: T) -> int:
        return self._terms.index(term)


def _terms(*rows: tuple[str, str] | tuple[str, str, tuple[str, ...]]) -> list[Term]:
    return [Term(row[0], row[1], row[2] if len(row) == 3 else ()) for row in rows]


BODY_PARTS: Vocabulary[Term] = Vocabulary(
    "body part",
    _terms(
        ("legs", "Legs", ("leg", "lower body", "thighs")),
        ("arms", "Arms", ("arm", "upper arms")),
        ("back", "Back", ()),
        ("core", "Core", ("waist", "midsection", "trunk")),
        ("shoulders", "Shoulders", ("shoulder",)),
        ("chest", "Chest", ()),
        ("cardio", "Cardio", ("conditioning", "aerobic")),
        ("neck", "Neck", ()),
    ),
)

EQUIPMENT: Vocabulary[Term] = Vocabulary(
    "equipment",
    _terms(
        ("body-weight", "Body Weight", ("bodyweight", "body only", "no equipment", "none", "bw")),
        ("dumbbell", "Dumbbell", ("dumbbells", "db", "dbs")),
        ("barbell", "Barbell", ("barbells", "bb", "olympic bar", "straight bar")),
        ("machine", "Machine", ("machines", "selectorized machine", "plate loaded machine", "leverage machine")),
        ("cable", "Cable", ("cables", "cable machine", "pulley", "cable station")),
        ("resistance-band", "Resistance Band", ("band", "bands", "mini band", "loop band", "tube band")),
        ("smith-machine", "Smith Machine", ("smith",)),
        ("kettlebell", "Kettlebell", ("kettlebells", "kb", "kbs", "kettle bell")),
        ("ez-bar", "EZ Bar", ("ez curl bar", "e z bar", "ezbar", "curl bar", "ez", "ez barbell")),
        (
            "cardio-machine",
            "Cardio Machine",
            ("elliptical", "elliptical machine", "stair climber", "stepper", "ski erg", "skierg"),
        ),
        ("medicine-ball", "Medicine Ball", ("med ball", "medball", "slam ball", "wall ball")),
        ("treadmill", "Treadmill", ()),
        ("rings", "Rings", ("gymnastic rings", "gym rings", "ring")),
        ("ab-wheel", "Ab Wheel", ("ab roller", "ab wheel roller", "wheel roller")),
        ("jump-rope", "Jump Rope", ("skipping rope", "rope", "skip rope")),
        ("trap-bar", "Trap Bar", ("hex bar", "hexagonal bar")),
        ("weight-plate", "Weight Plate", ("plate", "plates", "weight plates", "bumper plate")),
        ("pull-up-bar", "Pull-up Bar", ("pullup bar", "chin up bar", "chinup bar", "doorway bar")),
        ("bench", "Bench", ("flat bench", "adjustable bench", "incline bench", "weight bench")),
        ("squat-rack", "Squat Rack", ("power rack", "rack", "squat stand", "squat stands", "cage")),
        ("dip-station", "Dip Station", ("dip bars", "parallel bars", "dip bar")),
        ("roman-chair", "Roman Chair", ("hyperextension bench", "back extension bench", "45 degree bench")),
        ("ghd", "Glute-Ham Developer", ("glute ham developer", "glute ham bench")),
        ("stability-ball", "Stability Ball", ("swiss ball", "exercise ball", "physio ball", "fitness ball")),
        ("bosu-ball", "BOSU Ball", ("bosu", "balance trainer")),
        ("foam-roller", "Foam Roller", ("foam roll", "roller")),
        ("landmine", "Landmine", ("landmine attachment", "corner barbell")),
        ("sled", "Sled", ("prowler", "push sled", "drag sled", "sled machine")),
        ("suspension-trainer", "Suspension Trainer", ("trx", "suspension straps")),
        ("plyo-box", "Plyo Box", ("box", "jump box", "plyometric box", "step", "step box")),
        ("rowing-machine", "Rowing Machine", ("rower", "erg", "concept2", "indoor rower")),
        (
            "stationary-bike",
            "Stationary Bike",
            ("exercise bike", "spin bike", "air bike", "assault bike", "bike"),
        ),
        ("battle-ropes", "Battle Ropes", ("battle rope", "battling ropes")),
        ("sandbag", "Sandbag", ("sand bag",)),
        ("sliders", "Sliders", ("gliding discs", "slider", "valslides", "towel slides")),
        ("dowel", "Dowel", ("pvc pipe", "broomstick", "stick", "pvc")),
    ),
)

MUSCLE_GROUPS: Vocabulary[Term] = Vocabulary(
    "muscle group",
    _terms(
        ("glutes", "Glutes"),
        ("abs", "Abs"),
        ("shoulders", "Shoulders", ("delts", "deltoids")),
        ("chest", "Chest"),
        ("biceps", "Biceps"),
        ("triceps", "Triceps"),
        ("upper-back", "Upper Back"),
        ("lats", "Lats"),
        ("calves", "Calves"),
        ("quads", "Quads"),
        ("cardiovascular", "Cardiovascular"),
        ("forearms", "Forearms"),
        ("hamstrings", "Hamstrings"),
        ("traps", "Traps"),
        ("lower-back", "Lower Back"),
        ("adductors", "Adductors"),
        ("serratus", "Serratus"),
        ("abductors", "Abductors"),
        ("neck", "Neck"),
    ),
)

MUSCLES: Vocabulary[Muscle] = Vocabulary(
    "muscle",
    [
        Muscle("chest", "Chest", "chest", ("pecs", "pectorals", "pec", "pectoralis major", "lower chest")),
        Muscle("upper-chest", "Upper Chest", "chest", ("upper pecs", "clavicular pec", "upper pectorals")),
        Muscle(
            "front-delts",
            "Front Delts",
            "shoulders",
            ("anterior deltoid", "front delt", "anterior delts", "front shoulders"),
        ),
        Muscle(
            "side-delts",
            "Side Delts",
            "shoulders",
            ("lateral delts", "medial delts", "middle delts", "side delt", "lateral deltoid"),
        ),
        Muscle(
            "rear-delts",
            "Rear Delts",
            "shoulders",
            ("posterior deltoid", "rear delt", "posterior delts", "rear shoulders"),
        ),
        Muscle(
            "rotator-cuff",
            "Rotator Cuff",
            "shoulders",
            ("infraspinatus", "supraspinatus", "teres minor", "subscapularis"),
        ),
        Muscle("lats", "Lats", "lats", ("latissimus dorsi", "lat", "latissimus")),
        Muscle(
            "upper-back",
            "Upper Back",
            "upper-back",
            ("rhomboids", "mid back", "middle back", "mid traps", "teres major"),
        ),
        Muscle("traps", "Traps", "traps", ("trapezius", "upper traps", "trap")),
        Muscle(
            "lower-back",
            "Lower Back",
            "lower-back",
            ("erectors", "spinal erectors", "erector spinae", "low back"),
        ),
        Muscle("glutes", "Glutes", "glutes", ("butt", "gluteus maximus", "glute", "bum", "booty")),
        Muscle(
            "abductors",
            "Abductors",
            "abductors",
            ("hip abductors", "gluteus medius", "glute medius", "outer thigh", "outer thighs"),
        ),
        Muscle("adductors", "Adductors", "adductors", ("hip adductors", "inner thigh", "inner thighs", "groin")),
        Muscle("quads", "Quads", "quads", ("quadriceps", "quad", "front thigh")),
        Muscle("hamstrings", "Hamstrings", "hamstrings", ("hams", "hammies", "hamstring", "back of thigh")),
        Muscle("calves", "Calves", "calves", ("calf", "gastrocnemius", "soleus")),
        Muscle("tibialis", "Tibialis", "calves", ("shins", "shin", "tibialis anterior")),
        Muscle("hip-flexors", "Hip Flexors", "quads", ("iliopsoas", "psoas", "hip flexor")),
        Muscle("abs", "Abs", "abs", ("abdominals", "rectus abdominis", "six pack", "stomach", "belly")),
        Muscle("obliques", "Obliques", "abs", ("side abs", "oblique", "waist muscles")),
        Muscle("serratus", "Serratus", "serratus", ("serratus anterior", "boxer muscle")),
        Muscle("biceps", "Biceps", "biceps", ("bicep", "bis", "biceps brachii")),
        Muscle("brachialis", "Brachialis", "biceps", ("brachioradialis",)),
        Muscle("triceps", "Triceps", "triceps", ("tricep", "tris", "triceps brachii")),
        Muscle("forearms", "Forearms", "forearms", ("forearm", "grip", "wrist flexors", "wrist extensors")),
        Muscle("neck", "Neck", "neck", ("neck flexors", "neck extensors")),
        Muscle(
            "cardiovascular",
            "Cardiovascular",
            "cardiovascular",
            ("heart", "cardiovascular system", "aerobic system"),
        ),
    ],
)

DIFFICULTIES: Vocabulary[Term] = Vocabulary(
    "difficulty",
    _terms(
        ("beginner", "Beginner", ("beginners", "easy", "novice")),
        ("intermediate", "Intermediate", ("medium", "moderate")),
        ("advanced", "Advanced", ("expert", "hard")),
    ),
)

CATEGORIES: Vocabulary[Term] = Vocabulary(
    "category",
    _terms(
        ("strength", "Strength", ("resistance", "weight training")),
        ("stretching", "Stretching", ("stretch", "stretches", "flexibility")),
        ("cardio", "Cardio", ("conditioning", "aerobic")),
        ("mobility", "Mobility", ()),
        ("plyometrics", "Plyometrics", ("plyometric", "plyo", "jumps")),
        ("rehabilitation", "Rehabilitation", ("rehab", "prehab", "physical therapy")),
        ("balance", "Balance", ("stability",)),
        ("powerlifting", "Powerlifting", ()),
        ("olympic-weightlifting", "Olympic Weightlifting", ("olympic lifting", "weightlifting", "oly")),
        ("strongman", "Strongman", ()),
    ),
)

MECHANICS: Vocabulary[Term] = Vocabulary(
    "mechanic",
    _terms(("compound", "Compound", ("multi joint",)), ("isolation", "Isolation", ("single joint",))),
)

FORCES: Vocabulary[Term] = Vocabulary(
    "force", _terms(("push", "Push"), ("pull", "Pull"), ("static", "Static", ("hold", "isometric")))
)

PATTERNS: Vocabulary[Term] = Vocabulary(
    "movement pattern",
    _terms(
        ("squat", "Squat"),
        ("hinge", "Hinge", ("hip hinge",)),
        ("lunge", "Lunge", ("single leg",)),
        ("horizontal-push", "Horizontal Push"),
        ("vertical-push", "Vertical Push"),
        ("horizontal-pull", "Horizontal Pull"),
        ("vertical-pull", "Vertical Pull"),
        ("carry", "Carry", ("loaded carry",)),
        ("rotation", "Rotation"),
        ("anti-rotation", "Anti-Rotation"),
        ("anti-extension", "Anti-Extension"),
        ("trunk-flexion", "Trunk Flexion", ("crunch",)),
        ("isolation", "Isolation", ("single joint isolation",)),
        ("locomotion", "Locomotion", ("gait",)),
        ("jump", "Jump", ("plyometric jump",)),
        ("throw", "Throw", ("ballistic throw",)),
        ("olympic", "Olympic Lift", ("olympic lift",)),
        ("stretch", "Stretch", ("static stretch",)),
        ("mobility", "Mobility Drill", ("mobility drill",)),
    ),
)

LATERALITIES: Vocabulary[Term] = Vocabulary(
    "laterality",
    _terms(
        ("bilateral", "Bilateral", ("both sides",)),
        ("unilateral", "Unilateral", ("one side", "single side")),
        ("alternating", "Alternating", ()),
    ),
)

TRACKING_TYPES: Vocabulary[Term] = Vocabulary(
    "tracking type",
    _terms(
        ("reps", "Reps", ("repetitions",)),
        ("time", "Time", ("seconds", "duration")),
        ("distance", "Distance"),
    ),
)

JOINTS: Vocabulary[Term] = Vocabulary(
    "joint",
    _terms(
        ("lower-back", "Lower Back", ("lumbar spine", "low back", "lumbar")),
        ("knee", "Knee", ("knees",)),
        ("shoulder", "Shoulder", ("shoulders",)),
        ("elbow", "Elbow", ("elbows",)),
        ("wrist", "Wrist", ("wrists",)),
        ("hip", "Hip", ("hips",)),
        ("ankle", "Ankle", ("ankles",)),
        ("neck", "Neck", ("cervical spine",)),
    ),
)

STRESS_LEVELS: Vocabulary[Term] = Vocabulary(
    "joint stress level",
    _terms(("none", "None"), ("low", "Low"), ("moderate", "Moderate"), ("high", "High")),
)
