"""The next prescription for a stated log, as a coach would read it."""

from __future__ import annotations

import datetime as dt

from forgetrainer.catalog import Catalog
from forgetrainer.training import LoggedSet, Prescription, decide, exposures, stalled

DAY = dt.datetime(2026, 11, 2, 18, 0)


def session(exercise: str, day: int, load: float | None, reps: list[int], rir: float | None = None) -> list[LoggedSet]:
    when = DAY + dt.timedelta(days=day)
    return [
        LoggedSet(exercise, when + dt.timedelta(minutes=i), load, r, rir, workout=f"w{day}") for i, r in enumerate(reps)
    ]


SQUAT = Prescription("barbell-back-squat", sets=3, reps=(8, 12), seconds=None, rir=2)


def test_first_session_explains_how_to_choose_a_load(catalog: Catalog) -> None:
    decision = decide(SQUAT, [], catalog["barbell-back-squat"])
    assert decision.action == "start" and decision.load_kg is None
    assert "about 14 times" in decision.reason


def test_top_of_the_range_at_the_target_rir_adds_the_smallest_step(catalog: Catalog) -> None:
    log = session("barbell-back-squat", 0, 80, [12, 12, 12], rir=2)
    decision = decide(SQUAT, exposures(log, "barbell-back-squat"), catalog["barbell-back-squat"])
    assert decision.action == "increase"
    assert decision.load_kg == 82.5
    assert decision.ready_to_go_up
    assert (
        decision.reason
        == "All 3 sets reached 12 reps at RIR 2 or more: add 2.5 kg (80 kg to 82.5 kg) and restart at 8 reps."
    )


def test_reps_short_of_the_top_keep_the_load(catalog: Catalog) -> None:
    log = session("barbell-back-squat", 0, 80, [12, 11, 9], rir=2)
    decision = decide(SQUAT, exposures(log, "barbell-back-squat"), catalog["barbell-back-squat"])
    assert (decision.action, decision.load_kg, decision.ready_to_go_up) == ("hold", 80, False)
    assert "last time 12, 11, 9 reps" in decision.reason


def test_top_reps_but_harder_than_planned_do_not_count_as_ready(catalog: Catalog) -> None:
    log = session("barbell-back-squat", 0, 80, [12, 12, 12], rir=0)
    decision = decide(SQUAT, exposures(log, "barbell-back-squat"), catalog["barbell-back-squat"])
    assert (decision.action, decision.load_kg, decision.ready_to_go_up) == ("hold", 80, False)
    assert decision.reason == (
        "Keep 80 kg: every set reached 12 reps but at RIR 0, closer to failure than the planned 2; "
        "add weight once the top comes with 2 in reserve."
    )


def test_reps_past_the_top_show_the_target_was_within_reach(catalog: Catalog) -> None:
    # 14 reps at RIR 1 is 15 reps to failure: 12 at RIR 2 (14) was within reach, so go up.
    log = session("barbell-back-squat", 0, 80, [14, 14, 14], rir=1)
    decision = decide(SQUAT, exposures(log, "barbell-back-squat"), catalog["barbell-back-squat"])
    assert (decision.action, decision.load_kg) == ("increase", 82.5)
    assert decision.reason.startswith(
        "All 3 sets went past 12 reps (14, 14, 14 at RIR 1), so 12 with 2 in reserve was within reach: add 2.5 kg"
    )


def test_failing_below_the_range_drops_a_step(catalog: Catalog) -> None:
    log = session("barbell-back-squat", 0, 100, [7, 6, 5], rir=0)
    decision = decide(SQUAT, exposures(log, "barbell-back-squat"), catalog["barbell-back-squat"])
    assert (decision.action, decision.load_kg) == ("reduce", 97.5)


def test_small_loads_use_small_steps(catalog: Catalog) -> None:
    curl = Prescription("dumbbell-curl", sets=3, reps=(10, 15), seconds=None, rir=2)
    log = session("dumbbell-curl", 0, 12, [15, 15, 15], rir=2)
    decision = decide(curl, exposures(log, "dumbbell-curl"), catalog["dumbbell-curl"])
    assert decision.load_kg == 13.0


def test_three_sessions_without_progress_are_a_stall(catalog: Catalog) -> None:
    log = (
        session("barbell-back-squat", 0, 100, [10, 10, 10])
        + session("barbell-back-squat", 3, 100, [10, 9, 9])
        + session("barbell-back-squat", 7, 100, [9, 9, 8])
        + session("barbell-back-squat", 10, 100, [10, 9, 8])
    )
    history = exposures(log, "barbell-back-squat")
    assert stalled(history)
    decision = decide(SQUAT, history, catalog["barbell-back-squat"], swaps=["front-squat", "hack-squat"])
    assert decision.action == "stall" and decision.stalled
    assert decision.load_kg == 90.0
    assert decision.reason == (
        "No progress for 3 sessions in a row: drop to 90 kg (about 10 % less) and build back. "
        "Or swap to front-squat, hack-squat."
    )


def test_a_drop_starts_a_new_block_so_the_stall_is_not_repeated(catalog: Catalog) -> None:
    log = (
        session("barbell-back-squat", 0, 100, [10, 10, 10])
        + session("barbell-back-squat", 3, 100, [10, 9, 9])
        + session("barbell-back-squat", 7, 100, [9, 9, 8])
        + session("barbell-back-squat", 10, 100, [10, 9, 8])
        + session("barbell-back-squat", 14, 90, [10, 10, 10])
    )
    assert not stalled(exposures(log, "barbell-back-squat"))


def test_progress_in_any_of_the_last_three_is_no_stall(catalog: Catalog) -> None:
    log = (
        session("barbell-back-squat", 0, 100, [10, 10, 10])
        + session("barbell-back-squat", 3, 100, [10, 9, 9])
        + session("barbell-back-squat", 7, 102.5, [10, 9, 8])
        + session("barbell-back-squat", 10, 100, [10, 9, 8])
    )
    assert not stalled(exposures(log, "barbell-back-squat"))


def test_body_weight_exercises_progress_to_a_harder_variation(catalog: Catalog) -> None:
    push_up = Prescription("push-up", sets=3, reps=(8, 15), seconds=None, rir=2)
    log = session("push-up", 0, None, [15, 15, 15])
    decision = decide(push_up, exposures(log, "push-up"), catalog["push-up"])
    assert decision.action == "harder" and decision.ready_to_go_up


def test_holds_progress_in_seconds(catalog: Catalog) -> None:
    plank = Prescription("plank", sets=3, reps=None, seconds=(30, 45), rir=2)
    when = DAY
    log = [LoggedSet("plank", when + dt.timedelta(minutes=i), seconds=45, workout="w") for i in range(3)]
    decision = decide(plank, exposures(log, "plank"), catalog["plank"])
    assert (decision.action, decision.seconds) == ("longer", (35, 50))


def test_the_deload_week_keeps_the_load_and_says_so(catalog: Catalog) -> None:
    deload = Prescription("barbell-back-squat", sets=2, reps=(8, 12), seconds=None, rir=4, deload=True)
    log = session("barbell-back-squat", 0, 80, [12, 12, 11], rir=2)
    decision = decide(deload, exposures(log, "barbell-back-squat"), catalog["barbell-back-squat"])
    assert (decision.action, decision.load_kg, decision.sets) == ("deload", 80, 2)
    assert decision.reason.startswith("Deload week: 2 sets, the same 80 kg, and stop 4 reps short")


def test_warm_up_sets_never_count(catalog: Catalog) -> None:
    log = session("barbell-back-squat", 0, 80, [12, 12, 12], rir=2)
    log.append(LoggedSet("barbell-back-squat", DAY, 40, 3, None, warmup=True, workout="w0"))
    history = exposures(log, "barbell-back-squat")
    assert len(history[0].sets) == 3
    assert decide(SQUAT, history, catalog["barbell-back-squat"]).action == "increase"
