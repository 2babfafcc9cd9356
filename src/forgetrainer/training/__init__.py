"""Training: logged sets as values, e1RM, progression, records, volume, recovery, streaks,
missed sessions, where a plan stands on a day, and imports from other apps. Pure: no database, no HTTP."""

from forgetrainer.training.coach import next_session
from forgetrainer.training.e1rm import e1rm
from forgetrainer.training.missed import Fold, fold_missed
from forgetrainer.training.progression import Decision, Prescription, decide, stalled
from forgetrainer.training.records import Record, e1rm_history, records
from forgetrainer.training.schedule import SessionRef, TodayView, today_view
from forgetrainer.training.values import Exposure, LoggedSet, exposures, rpe_to_rir

__all__ = [
    "Decision",
    "Exposure",
    "Fold",
    "LoggedSet",
    "Prescription",
    "Record",
    "SessionRef",
    "TodayView",
    "decide",
    "e1rm",
    "e1rm_history",
    "exposures",
    "fold_missed",
    "next_session",
    "records",
    "rpe_to_rir",
    "stalled",
    "today_view",
]
