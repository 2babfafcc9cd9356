"""The next session's prescription from what was lifted: double progression, RIR-aware, with
stalls, deloads and body-weight progressions. Pure: values in, a Decision with its reason out.

The rules are those adopted in docs/training-science.md: keep the load while the reps climb
inside the range; when every work set reaches the top of the range at or above the target
RIR, add the smallest step of at most about 5 % and restart at the bottom; three exposures in
a row that fail to beat the previous best are a stall, answered by dropping about 10 % or by
a swap; the deload week keeps the load, halves the sets and stops two reps earlier.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from forgetrainer.exercise import Exercise
from forgetrainer.training.e1rm import e1rm
from forgetrainer.training.values import Exposure, LoggedSet

__all__ = [
    "STALL_DROP",
    "STALL_EXPOSURES",
    "Decision",
    "Prescription",
    "decide",
    "load_step",
    "stalled",
]

STALL_EXPOSURES = 3
STALL_DROP = 0.10
MAX_STEP_SHARE = 0.05
HOLD_STEP_SECONDS = 5
# A fall in load of this much between two exposures starts a new block for stall detection.
BLOCK_RESET_DROP = 0.07

_BARBELLS = frozenset({"barbell", "trap-bar", "smith-machine", "ez-bar", "landmine"})
_FREE_WEIGHTS = frozenset({"dumbbell", "kettlebell"})
_STACKS = frozenset({"machine", "cable"})


@dataclass(frozen=True, slots=True)
class Prescription:
    """What the plan asks of the exercise in the coming session."""

    exercise: str
    sets: int
    reps: tuple[int, int] | None
    seconds: tuple[int, int] | None
    rir: int
    deload: bool = False
    # Sets the plan asked for the last time the exercise came up; plans add sets week by week,
    # and a session that did all it was asked counts as complete.
    previous_sets: int | None = None


@dataclass(frozen=True, slots=True)
class Decision:
    exercise: str
    action: str  # start | increase | hold | reduce | stall | deload | harder | longer
    sets: int
    load_kg: float | None
    reps: tuple[int, int] | None
    seconds: tuple[int, int] | None
    rir: int
    reason: str
    ready_to_go_up: bool = False
    stalled: bool = False
    swaps: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "exercise": self.exercise,
            "action": self.action,
            "sets": self.sets,
            "load_kg": self.load_kg,
            "reps": list(self.reps) if self.reps else None,
            "seconds": list(self.seconds) if self.seconds else None,
            "rir": self.rir,
            "ready_to_go_up": self.ready_to_go_up,
            "stalled": self.stalled,
            "swaps": list(self.swaps),
            "reason": self.reason,
        }


def load_step(exercise: Exercise, load_kg: float) -> float:
    """The smallest sensible jump for this equipment, at most about 5 % of the load."""
    kind = exercise.equipment.slug
    lower_body = exercise.body_part.slug == "legs" or exercise.pattern.slug in ("squat", "hinge", "lunge")
    if kind in _BARBELLS:
        if lower_body or load_kg * MAX_STEP_SHARE >= 2.5:
            return 2.5
        return 1.0  # fractional plates for light upper-body barbell work
    if kind in _FREE_WEIGHTS:
        if load_kg < 20:
            return 1.0
        return 2.0 if load_kg < 50 else 2.5
    if kind in _STACKS:
        return 2.5  # one pin
    return 2.5 if load_kg * MAX_STEP_SHARE >= 2.5 else 1.0


def _round(load: float, step: float) -> float:
    return round(round(load / step) * step, 2)


def _best_score(exposure: Exposure) -> float:
    """e1RM of the best set where one can be estimated, otherwise load x reps or time."""
    estimates = [e1rm(s.load_kg, s.reps, s.rir) for s in exposure.sets]
    known = [value for value in estimates if value is not None]
    return max(known) if known else exposure.best


def _current_block(history: Sequence[Exposure]) -> list[Exposure]:
    block: list[Exposure] = []
    for exposure in history:
        previous = block[-1].top_load if block else None
        load = exposure.top_load
        if previous and load is not None and load < previous * (1 - BLOCK_RESET_DROP):
            block = []
        block.append(exposure)
    return block


def stalled(history: Sequence[Exposure]) -> bool:
    """The last three exposures of the current block each failed to beat the best before them."""
    block = _current_block(history)
    if len(block) < STALL_EXPOSURES + 1:
        return False
    scores = [_best_score(exposure) for exposure in block]
    for index in range(len(scores) - STALL_EXPOSURES, len(scores)):
        if scores[index] > max(scores[:index]) + 1e-9:
            return False
    return True


def _reps_text(sets: Sequence[LoggedSet]) -> str:
    return ", ".join(str(s.reps) for s in sets)


def _kg(value: float) -> str:
    return f"{value:g} kg"


def decide(
    prescription: Prescription,
    history: Sequence[Exposure],
    exercise: Exercise,
    *,
    swaps: Sequence[str] = (),
) -> Decision:
    """The next session's prescription for one exercise, with a one-line reason."""
    base: dict[str, Any] = {
        "exercise": prescription.exercise,
        "sets": prescription.sets,
        "reps": prescription.reps,
        "seconds": prescription.seconds,
        "rir": prescription.rir,
    }
    last = history[-1] if history else None
    last_load = last.top_load if last else None
    if prescription.deload:
        return Decision(
            **base,
            action="deload",
            load_kg=last_load,
            reason=(
                f"Deload week: {prescription.sets} set{'s' if prescription.sets != 1 else ''}, "
                f"{'the same ' + _kg(last_load) if last_load else 'the same load'}, and stop {prescription.rir} "
                "reps short of failure so you start the next block fresh."
            ),
        )
    if last is None:
        target = prescription.reps[1] + prescription.rir if prescription.reps else None
        reason = (
            f"First session: choose a load you could lift about {target} times and stop each set with "
            f"{prescription.rir} in reserve."
            if target
            else "First session: find a version you can hold for the whole time with good position."
        )
        return Decision(**base, action="start", load_kg=None, reason=reason)
    if stalled(history):
        new = _round(last_load * (1 - STALL_DROP), load_step(exercise, last_load)) if last_load else None
        options = f" Or swap to {', '.join(swaps[:2])}." if swaps else ""
        what = f"drop to {_kg(new)} (about 10 % less) and build back" if new else "change the variation"
        return Decision(
            **base,
            action="stall",
            load_kg=new,
            reason=f"No progress for {STALL_EXPOSURES} sessions in a row: {what}.{options}",
            stalled=True,
            swaps=tuple(swaps),
        )
    work = list(last.sets)
    if prescription.seconds is not None:
        return _decide_hold(prescription, base, work, last_load)
    assert prescription.reps is not None
    low, high = prescription.reps
    required_sets = min(prescription.sets, prescription.previous_sets or prescription.sets)
    enough_sets = len(work) >= required_sets
    at_top = enough_sets and all((s.reps or 0) >= high for s in work)
    # Reps in reserve below target still count when reps + RIR shows the top was within reach at it.
    effort_ok = all(
        s.rir is None or s.rir >= prescription.rir - 0.5 or (s.reps or 0) + s.rir >= high + prescription.rir
        for s in work
    )
    too_hard = any((s.reps or 0) < low for s in work) and all(
        s.rir is not None and s.rir <= max(prescription.rir - 2, 0) for s in work
    )
    if last_load is None:
        if at_top and effort_ok:
            return Decision(
                **base,
                action="harder",
                load_kg=None,
                reason=(
                    f"Every set reached {high} reps ({_reps_text(work)}): move to a harder variation "
                    "or add a little weight, and restart at the bottom of the range."
                ),
                ready_to_go_up=True,
            )
        return Decision(
            **base,
            action="hold",
            load_kg=None,
            reason=f"Last time {_reps_text(work)} reps: add a rep to each set until all reach {high}.",
        )
    step = load_step(exercise, last_load)
    if at_top and effort_ok:
        new = _round(last_load + step, step)
        return Decision(
            **base,
            action="increase",
            load_kg=new,
            reason=(
                f"{_why_ready(work, high, prescription.rir)}: add {_kg(step)} "
                f"({_kg(last_load)} to {_kg(new)}) and restart at {low} reps."
            ),
            ready_to_go_up=True,
        )
    if too_hard:
        new = _round(max(last_load - step, step), step)
        return Decision(
            **base,
            action="reduce",
            load_kg=new,
            reason=(
                f"Sets went to failure below {low} reps ({_reps_text(work)}): drop to {_kg(new)} "
                f"and stay {prescription.rir} reps short of failure."
            ),
        )
    if at_top:
        closest = min(s.rir for s in work if s.rir is not None)
        return Decision(
            **base,
            action="hold",
            load_kg=last_load,
            reason=(
                f"Keep {_kg(last_load)}: every set reached {high} reps but at RIR {closest:g}, closer to failure "
                f"than the planned {prescription.rir}; add weight once the top comes with {prescription.rir} "
                "in reserve."
            ),
        )
    missing = "" if enough_sets else f" and do all {required_sets} sets"
    return Decision(
        **base,
        action="hold",
        load_kg=last_load,
        reason=(
            f"Keep {_kg(last_load)}: last time {_reps_text(work)} reps; add a rep to each set{missing} "
            f"until every set reaches {high}."
        ),
    )


def _why_ready(work: Sequence[LoggedSet], high: int, target_rir: int) -> str:
    closest = min((s.rir for s in work if s.rir is not None), default=None)
    if closest is None or closest >= target_rir - 0.5:
        return f"All {len(work)} sets reached {high} reps at RIR {target_rir} or more"
    return (
        f"All {len(work)} sets went past {high} reps ({_reps_text(work)} at RIR {closest:g}), "
        f"so {high} with {target_rir} in reserve was within reach"
    )


def _decide_hold(
    prescription: Prescription, base: dict[str, Any], work: list[LoggedSet], last_load: float | None
) -> Decision:
    assert prescription.seconds is not None
    low, high = prescription.seconds
    held = [s.seconds or 0 for s in work]
    if len(work) >= prescription.sets and all(value >= high for value in held):
        longer = (low + HOLD_STEP_SECONDS, high + HOLD_STEP_SECONDS)
        return Decision(
            **{**base, "seconds": longer},
            action="longer",
            load_kg=last_load,
            reason=(
                f"Every hold reached {high} s: hold {longer[0]}-{longer[1]} s next time, or move to a harder variation."
            ),
            ready_to_go_up=True,
        )
    shortest = min(held) if held else 0
    return Decision(
        **base,
        action="hold",
        load_kg=last_load,
        reason=f"Shortest hold last time was {shortest} s: build every hold to {high} s before going longer.",
    )
