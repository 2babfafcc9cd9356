"""POST /api/v1/plans: a plan from an intake, or every problem with the intake."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body
from pydantic import BaseModel

from forgetrainer.planner import IntakeError, PlanError, build_plan, check, parse_intake
from forgetrainer.web.api.deps import CatalogDep
from forgetrainer.web.api.errors import ApiError
from forgetrainer.web.api.intake_schema import INTAKE_SCHEMA

router = APIRouter(prefix="/api/v1", tags=["plans"])

EXAMPLE = {
    "goal": "hypertrophy",
    "experience": "intermediate",
    "days_per_week": 4,
    "weekdays": ["monday", "tuesday", "thursday", "friday"],
    "minutes_per_session": 60,
    "equipment": "full gym",
    "injuries": ["knee"],
    "priority_muscles": ["side delts"],
    "exclude": [],
    "include": [],
    "weeks": 5,
}


class IntakeProblemOut(BaseModel):
    field: str
    message: str
    allowed: list[str] = []


class IntakeErrorOut(BaseModel):
    detail: str
    problems: list[IntakeProblemOut] = []


@router.post(
    "/plans",
    response_model=dict[str, Any],
    responses={422: {"model": IntakeErrorOut}},
    summary="Write a plan",
)
def create_plan(
    catalog: CatalogDep,
    intake: Annotated[
        dict[str, Any],
        Body(
            description="goal, experience, days_per_week, minutes_per_session and equipment are required; "
            "equipment is a preset name or a list of equipment names.",
            openapi_examples={"gym": {"summary": "Four days in a full gym", "value": EXAMPLE}},
            json_schema_extra=INTAKE_SCHEMA,
        ),
    ],
) -> dict[str, Any]:
    """From goal, experience, schedule, equipment and injuries to a checked multi-week plan."""

    def known(label: str) -> str | None:
        exercise = catalog.lookup(label)
        return exercise.slug if exercise else None

    try:
        plan = build_plan(parse_intake(intake, known), catalog)
    except IntakeError as error:
        raise IntakeApiError(error) from error
    except PlanError as error:
        raise ApiError(422, str(error), field="equipment") from error
    if check(plan, catalog):  # pragma: no cover - the checker guards the planner
        raise ApiError(500, "the plan failed its own checks")
    return plan.to_dict()


class IntakeApiError(ApiError):
    def __init__(self, error: IntakeError):
        super().__init__(422, str(error))
        self.problems = error.problems

    def body(self) -> dict[str, object]:
        return {
            "detail": self.detail,
            "problems": [{"field": p.field, "message": p.message, "allowed": list(p.allowed)} for p in self.problems],
        }
