"""Plans for 500 varied intakes on the full catalog: time per plan, rule violations, how well
the volume bands are met, and the optimizer's gap to its proven bound.

Run: .venv/bin/python bench/plans.py [--count 500] [--seed 1]
Targets: p95 < 250 ms per plan; 100 % of plans with zero violations.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections import Counter
from typing import Any

from forgetrainer.catalog import default_catalog
from forgetrainer.planner import EQUIPMENT_PRESETS, build_plan, check, parse_intake
from forgetrainer.planner.constants import EXPERIENCES, GOALS
from forgetrainer.planner.muscles import MAJOR
from forgetrainer.taxonomy import EQUIPMENT, JOINTS

PRIORITIES = ["chest", "side delts", "glutes", "back", "calves", "forearms", "biceps", "quads", "rear delts"]


def random_intake(rng: random.Random) -> dict[str, Any]:
    equipment: Any = rng.choice(sorted(EQUIPMENT_PRESETS))
    if rng.random() < 0.25:
        equipment = rng.sample(EQUIPMENT.slugs, rng.randint(1, 6))
    return {
        "goal": rng.choice(GOALS),
        "experience": rng.choice(EXPERIENCES),
        "days_per_week": rng.randint(1, 7),
        "minutes_per_session": rng.choice([15, 20, 30, 45, 60, 75, 90, 120, 180]),
        "equipment": equipment,
        "injuries": rng.sample(JOINTS.slugs, rng.choice([0, 0, 0, 1, 1, 2, 4])),
        "priority_muscles": rng.sample(PRIORITIES, rng.choice([0, 0, 1, 2])),
        "weeks": rng.randint(4, 6),
    }


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=500)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    catalog = default_catalog()
    rng = random.Random(args.seed)
    build_plan(parse_intake(random_intake(rng)), catalog)  # warm the caches and the solver

    times: list[float] = []
    clean = 0
    in_band_peak: list[float] = []
    in_band_first: list[float] = []
    gaps: list[float] = []
    statuses: Counter[str] = Counter()
    broken: Counter[str] = Counter()
    for _ in range(args.count):
        intake = parse_intake(random_intake(rng))
        started = time.perf_counter()
        plan = build_plan(intake, catalog)
        times.append(time.perf_counter() - started)
        violations = check(plan, catalog)
        clean += not violations
        broken.update(v.rule for v in violations)
        for week, bucket in ((plan.weeks[-2], in_band_peak), (plan.weeks[0], in_band_first)):
            inside = sum(plan.targets[m][0] - 1e-9 <= week.weekly_sets[m] <= plan.targets[m][1] + 1e-9 for m in MAJOR)
            bucket.append(inside / len(MAJOR))
        if plan.solver.gap is not None:
            gaps.append(plan.solver.gap)
        statuses[plan.solver.status] += 1

    ms = [t * 1000 for t in times]
    print(f"catalog: {len(catalog)} exercises; plans: {args.count} (intake seed {args.seed})")
    print(f"time per plan: p50 {percentile(ms, 0.5):.0f} ms, p95 {percentile(ms, 0.95):.0f} ms, max {max(ms):.0f} ms")
    print(f"plans with zero rule violations: {clean}/{args.count} ({100 * clean / args.count:.1f} %)")
    if broken:
        print(f"violations by rule: {dict(broken)}")
    print(
        f"major muscles inside their volume band: peak week {100 * statistics.mean(in_band_peak):.1f} %, "
        f"week 1 {100 * statistics.mean(in_band_first):.1f} %"
    )
    print(
        f"optimizer: {dict(statuses)}; gap to proven bound mean {100 * statistics.mean(gaps):.2f} %, "
        f"max {100 * max(gaps):.2f} % ({len(gaps)} plans with a proven bound)"
    )


if __name__ == "__main__":
    main()
