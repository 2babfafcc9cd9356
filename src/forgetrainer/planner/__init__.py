"""The plan engine: from a person's situation to a checked, explained, multi-week plan."""

from forgetrainer.planner.check import Violation, check
from forgetrainer.planner.engine import PlanError, build_plan
from forgetrainer.planner.intake import EQUIPMENT_PRESETS, Intake, IntakeError, IntakeProblem, parse_intake
from forgetrainer.planner.plan import Plan

__all__ = [
    "EQUIPMENT_PRESETS",
    "Intake",
    "IntakeError",
    "IntakeProblem",
    "Plan",
    "PlanError",
    "Violation",
    "build_plan",
    "check",
    "parse_intake",
]
