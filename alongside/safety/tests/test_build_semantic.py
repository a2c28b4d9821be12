"""The pieces of the semantic layer's build: training, thresholds, spans."""

from __future__ import annotations

import numpy as np

from alongside.safety import build_semantic as build


def test_it_fits_a_logistic_regression() -> None:
    rng = np.random.default_rng(1)
    x = rng.normal(size=(400, 5)).astype(np.float32)
    y = (x[:, 0] - x[:, 1] > 0).astype(np.float64)
    w = build.fit_logistic(x, y)
    predicted = (x @ w[:-1] + w[-1]) > 0
    assert (predicted == y.astype(bool)).mean() > 0.97
    assert w[0] > 0 > w[1]


def test_it_keeps_the_layer_within_its_false_alarm_budgets() -> None:
    rows = (
        [{"risk": "none", "kind": "idiom"}] * 100
        + [{"risk": "none", "kind": "unrelated"}] * 100
        + [{"risk": "elevated", "kind": "passive"}] * 50
        + [{"risk": "urgent", "kind": "plan"}] * 50
    )
    risk = np.r_[np.linspace(0.0, 0.95, 100), np.linspace(0.0, 0.9, 100), np.full(100, 0.97)]
    urgent = np.r_[np.zeros(200), np.full(50, 0.3), np.full(50, 0.95)]
    threshold, urgent_threshold = build.choose_thresholds(rows, risk, urgent)  # type: ignore[arg-type]
    hard_fa = (risk[:100] >= threshold).mean()
    unrelated_fa = (risk[100:200] >= threshold).mean()
    assert hard_fa <= build.TARGET_HARD_FA
    assert unrelated_fa <= build.TARGET_UNRELATED_FA
    assert (risk[200:] >= threshold).all()
    assert 0.3 < urgent_threshold <= 0.95


def test_it_leaves_out_spans_the_rules_cleared() -> None:
    whole, spans = build.text_spans("I'm not suicidal. I made soup.")
    assert whole == "im not suicidal. i made soup."
    assert spans == ["i made soup."]
