"""The benchmark's set names and its summary: figures only, never a text."""

from __future__ import annotations

import pytest

from alongside.safety import bench, semantic


def test_it_names_sets_one_by_one_in_lists_and_as_the_unseen_group() -> None:
    assert bench.set_names("fresh2") == ["fresh2"]
    assert bench.set_names("dev, fresh2") == ["dev", "fresh2"]
    assert bench.set_names("dev,dev") == ["dev"]
    assert bench.set_names("unseen") == list(bench.UNSEEN_SETS)
    assert bench.set_names("all") == list(bench.SETS)
    assert set(bench.UNSEEN_SETS) <= set(bench.SETS)
    with pytest.raises(ValueError, match="unknown set nope"):
        bench.set_names("dev,nope")
    with pytest.raises(ValueError):
        bench.set_names(",")


def test_merged_results_give_the_headline_figures_of_the_sets_screened_together(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(semantic.ENV_SWITCH, "0")
    a, b = bench.load(bench.SETS["fresh"]), bench.load(bench.SETS["fresh2"])
    merged = bench.evaluate(a).merged(bench.evaluate(b))
    assert bench.headline(merged) == bench.headline(bench.evaluate(a + b))


def test_the_summary_prints_figures_and_totals_and_no_text(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(semantic.ENV_SWITCH, "0")
    assert bench.main(["--set", "fresh,fresh2", "--summary", "--rules-only"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert any(line.startswith("fresh: any-risk recall") for line in lines)
    assert any(line.startswith("fresh2: any-risk recall") for line in lines)
    rows = bench.load(bench.SETS["fresh"]) + bench.load(bench.SETS["fresh2"])
    urgent = sum(1 for r in rows if r["risk"] == "urgent")
    (total,) = [line for line in lines if line.startswith("in all:")]
    assert f" of {urgent} | " in total
    for row in rows:
        assert str(row["text"])[:40] not in out
        assert str(row["id"]) not in out


def test_the_unseen_sets_are_never_trained_on_and_their_ids_are_unique() -> None:
    from alongside.safety.build_semantic import TRAIN_SETS

    assert not set(bench.UNSEEN_SETS) & set(TRAIN_SETS)
    ids = [str(r["id"]) for name in bench.SETS for r in bench.load(bench.SETS[name])]
    assert len(ids) == len(set(ids))
