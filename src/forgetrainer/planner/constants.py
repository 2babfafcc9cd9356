"""The adopted numbers of the planner, in one place (see docs/training-science.md).

The planner, its checker and the progression engine read these constants and nothing else;
change a number here and every part follows.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

__all__ = [
    "ACCESSORY",
    "BEGINNER_RIR",
    "DELOAD_RIR_EXTRA",
    "DELOAD_SET_FACTOR",
    "EXPERIENCES",
    "GENERAL_WARMUP_MINUTES",
    "GOALS",
    "HOLD_SECONDS",
    "LOADED_EQUIPMENT",
    "LOAD_STEPS_KG",
    "MAIN",
    "MAX_SETS",
    "MIN_FREQUENCY",
    "MIN_FREQUENCY_DAYS",
    "MIN_SETS",
    "REPS",
    "REST_SECONDS",
    "RIR",
    "SECONDARY_SET_VALUE",
    "SECONDS_PER_REP",
    "SESSION_MUSCLE_CAP",
    "SETUP_MINUTES",
    "TARGET_SET_VALUE",
    "TIME_TOLERANCE",
    "VOLUME",
    "WARMUP_SCHEME",
    "WEEKS_DEFAULT",
    "WEEKS_RANGE",
]

GOALS: Final = ("hypertrophy", "strength", "general-fitness", "fat-loss", "endurance")
EXPERIENCES: Final = ("beginner", "intermediate", "advanced")

# Counting volume: a set counts fully for the target muscle, half for each secondary muscle
# (Pelland et al. 2024). Warm-up sets do not count.
TARGET_SET_VALUE: Final = 1.0
SECONDARY_SET_VALUE: Final = 0.5

# Weekly fractional sets per major muscle: (lower bound, upper bound), by goal and experience
# (Schoenfeld, Ogborn & Krieger 2017; Baz-Valle et al. 2022; ACSM 2026).
VOLUME: Final = MappingProxyType(
    {
        ("hypertrophy", "beginner"): (8, 12),
        ("hypertrophy", "intermediate"): (10, 16),
        ("hypertrophy", "advanced"): (12, 20),
        ("strength", "beginner"): (6, 10),
        ("strength", "intermediate"): (8, 14),
        ("strength", "advanced"): (10, 16),
        ("general-fitness", "beginner"): (4, 8),
        ("general-fitness", "intermediate"): (6, 10),
        ("general-fitness", "advanced"): (8, 12),
        ("fat-loss", "beginner"): (6, 10),
        ("fat-loss", "intermediate"): (8, 12),
        ("fat-loss", "advanced"): (10, 14),
        ("endurance", "beginner"): (4, 8),
        ("endurance", "intermediate"): (6, 10),
        ("endurance", "advanced"): (8, 12),
    }
)

# Frequency and recovery (Schoenfeld et al. 2016; Moran-Navarro et al. 2017).
MIN_FREQUENCY: Final = 2  # sessions a week that target each major muscle ...
MIN_FREQUENCY_DAYS: Final = 3  # ... whenever the person trains at least this many days
SESSION_MUSCLE_CAP: Final = 10.0  # fractional hard sets for one muscle in one session

MAIN: Final = "main"  # compound exercises
ACCESSORY: Final = "accessory"  # isolation exercises

# Repetition ranges (ACSM 2009; Schoenfeld et al. 2017).
REPS: Final = MappingProxyType(
    {
        "strength": {MAIN: (3, 6), ACCESSORY: (6, 10)},
        "hypertrophy": {MAIN: (6, 10), ACCESSORY: (8, 15)},
        "general-fitness": {MAIN: (8, 12), ACCESSORY: (10, 15)},
        "fat-loss": {MAIN: (8, 12), ACCESSORY: (12, 15)},
        "endurance": {MAIN: (12, 20), ACCESSORY: (15, 25)},
    }
)
# Target reps in reserve (Robinson et al. 2024); beginners stay at 2-3 (Zourdos et al. 2016).
RIR: Final = MappingProxyType(
    {
        "strength": (1, 3),
        "hypertrophy": (0, 3),
        "general-fitness": (2, 3),
        "fat-loss": (1, 3),
        "endurance": (2, 3),
    }
)
BEGINNER_RIR: Final = (2, 3)
# Rest between sets in seconds (ACSM 2009; Singer et al. 2024).
REST_SECONDS: Final = MappingProxyType(
    {
        "strength": {MAIN: (180, 300), ACCESSORY: (90, 120)},
        "hypertrophy": {MAIN: (120, 180), ACCESSORY: (60, 90)},
        "general-fitness": {MAIN: (90, 120), ACCESSORY: (60, 60)},
        "fat-loss": {MAIN: (60, 120), ACCESSORY: (45, 60)},
        "endurance": {MAIN: (30, 60), ACCESSORY: (30, 45)},
    }
)
# Holds (planks and the like) are prescribed in seconds instead of repetitions.
HOLD_SECONDS: Final = MappingProxyType(
    {
        "strength": (20, 30),
        "hypertrophy": (30, 45),
        "general-fitness": (30, 45),
        "fat-loss": (30, 45),
        "endurance": (45, 60),
    }
)

# Sets per exercise in a week's session.
MIN_SETS: Final = 2
MAX_SETS: Final = 5

# Warm-up sets of a main lift: (share of the first work-set load, repetitions). A main lift
# is a compound exercise with equipment whose load can be ramped up in lighter sets.
WARMUP_SCHEME: Final = ((0.4, 8), (0.6, 5), (0.8, 3))
LOADED_EQUIPMENT: Final = frozenset(
    {"barbell", "dumbbell", "kettlebell", "machine", "cable", "smith-machine", "trap-bar", "ez-bar", "landmine"}
)

# Session duration: 5 minutes general warm-up, 1 minute set-up per exercise, 1 minute per
# warm-up set, then each work set's work and rest; rest after the last set is not counted.
GENERAL_WARMUP_MINUTES: Final = 5
SETUP_MINUTES: Final = 1
WARMUP_SET_MINUTES: Final = 1
SECONDS_PER_REP: Final = 4
TIME_TOLERANCE: Final = 0.10  # a session may exceed the person's minutes by at most 10 %

# Mesocycle (deload survey, Sports Med Open 2024; Bell et al. 2023).
WEEKS_RANGE: Final = (4, 6)
WEEKS_DEFAULT: Final = 5
DELOAD_SET_FACTOR: Final = 0.5
DELOAD_RIR_EXTRA: Final = 2

# Double progression load steps, at most about 5 % of the load.
LOAD_STEPS_KG: Final = MappingProxyType(
    {"barbell-lower": 2.5, "barbell-upper": 2.5, "dumbbell": 2.0, "machine": 2.5, "other": 1.0}
)
