from __future__ import annotations

import pytest

from forgetrainer.training.e1rm import brzycki, e1rm, epley, rpe_percent


def test_epley_and_brzycki_by_their_formulas() -> None:
    assert epley(100, 5) == pytest.approx(116.667, abs=0.01)
    assert brzycki(100, 5) == pytest.approx(112.5)
    assert e1rm(100, 5) == pytest.approx((116.667 + 112.5) / 2, abs=0.01)
    assert e1rm(100, 1) == pytest.approx(100 * (1 + 36 / 36) / 2)


def test_only_sets_of_ten_or_fewer_estimate_a_max() -> None:
    assert e1rm(60, 10) is not None
    assert e1rm(60, 11) is None
    assert e1rm(None, 5) is None
    assert e1rm(0, 5) is None


def test_the_rpe_chart_is_used_when_rir_is_logged() -> None:
    # 1 rep at RPE 10: x = 0 -> 99.97 %; 5 reps at RIR 2: x = 6 -> 81.2 %
    assert rpe_percent(1, 0) == pytest.approx(0.999667)
    assert rpe_percent(5, 2) == pytest.approx((-2.64249 * 6 + 97.0955) / 100)
    assert e1rm(100, 5, rir=2) == pytest.approx(100 / ((-2.64249 * 6 + 97.0955) / 100))
