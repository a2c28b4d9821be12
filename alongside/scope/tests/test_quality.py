"""The guard meets its quality floors on the dev set and on the held-out set."""

from __future__ import annotations

import pytest

from alongside.scope.bench import Report, evaluate, load


@pytest.fixture(scope="module", params=["dev", "heldout"])
def report(request: pytest.FixtureRequest) -> Report:
    return evaluate(load(request.param))


def test_it_has_enough_labelled_examples() -> None:
    rows = load("all")
    assert len(rows) >= 350
    tags = {row["kind_tag"] for row in rows}
    for tag in (
        "diagnosis",
        "medication",
        "treatment",
        "pathologizing",
        "quote",
        "refer_out",
        "other_professional",
        "psychoeducation",
        "scope_statement",
        "other_sense",
        "ordinary",
    ):
        assert tag in tags


def test_it_keeps_the_held_out_set_separate() -> None:
    dev = {row["text"] for row in load("dev")}
    held_out = load("heldout")
    assert 0.2 <= len(held_out) / (len(held_out) + len(dev)) <= 0.3
    assert not dev & {row["text"] for row in held_out}


def test_it_meets_the_recall_floor(report: Report) -> None:
    assert report.recall >= 0.90, report.misses


def test_it_meets_the_precision_floor(report: Report) -> None:
    assert report.precision >= 0.90, report.false_alarms


def test_it_keeps_false_alarms_on_hard_negatives_low(report: Report) -> None:
    assert report.false_alarm_rate <= 0.08, report.false_alarms


def test_it_names_the_right_kind(report: Report) -> None:
    assert report.kind_accuracy >= 0.85, report.wrong_kinds


def test_it_is_fast(report: Report) -> None:
    # The floor is 5 ms; the margin leaves room for a slow CI machine.
    assert report.latency(0.5) <= 5.0


def test_it_runs_every_rule_without_error() -> None:
    # check() swallows errors so a bug can never block a coach; this makes bugs visible here.
    from alongside.scope.guard import _check

    for row in load("all"):
        _check(str(row["text"]))
