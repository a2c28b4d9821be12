"""The pieces of the semantic layer's build: training, thresholds, spans."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from alongside.safety import build_semantic as build
from alongside.safety.semantic import Scores, StaticEncoder
from alongside.safety.tests.test_semantic import tiny_encoder, tiny_model


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


def test_it_shows_what_each_threshold_would_find_and_cost() -> None:
    rows: list[dict[str, object]] = [
        {"risk": "urgent", "kind": "plan"},
        {"risk": "elevated", "kind": "passive"},
        {"risk": "none", "kind": "idiom"},
        {"risk": "none", "kind": "unrelated"},
    ]
    lines = build.threshold_sweep(rows, np.array([0.95, 0.79, 0.81, 0.1]), chosen=0.8)
    by_threshold = dict(line.split(": ", 1) for line in lines)
    assert by_threshold["0.780"] == (
        "risky flagged 1.000, urgent flagged 1.000, hard negatives 1.000, unrelated 0.000"
    )
    assert by_threshold["0.800 (chosen)"] == (
        "risky flagged 0.500, urgent flagged 1.000, hard negatives 1.000, unrelated 0.000"
    )
    assert by_threshold["0.820"] == (
        "risky flagged 0.500, urgent flagged 1.000, hard negatives 0.000, unrelated 0.000"
    )
    # A group the rows lack is shown as "-", not as a warning and "nan".
    only_risky = build.threshold_sweep(rows[:2], np.array([0.95, 0.79]))
    assert only_risky[0].endswith("hard negatives -, unrelated -")


def test_it_reports_each_left_out_set_on_its_own() -> None:
    rows: list[dict[str, object]] = [
        {"risk": "urgent", "kind": "plan", "set": "a"},
        {"risk": "none", "kind": "idiom", "set": "a"},
        {"risk": "none", "kind": "unrelated", "set": "b"},
    ]
    assert build.left_out_figures(rows, np.array([True, False, True])) == [
        "a: risky found 1.000, hard negatives 0.000, unrelated -",
        "b: risky found -, hard negatives -, unrelated 1.000",
    ]


def test_it_leaves_out_spans_the_rules_cleared() -> None:
    whole, spans = build.text_spans("I'm not suicidal. I made soup.")
    assert whole == "im not suicidal. i made soup."
    assert spans == ["i made soup."]


def scores(*risks: float) -> list[Scores]:
    return [Scores(r, r / 2, "self_harm") for r in risks]


def test_a_text_counts_only_the_spans_the_first_stage_sends_on() -> None:
    static = [scores(0.2, 0.7), scores(0.1, 0.3), []]
    contextual = [scores(0.9, 0.4), scores(0.95, 0.99), []]
    risk, urgent = build.text_scores(static, contextual, entry=0.6)
    # First text: only its second span was sent on, so its second-stage score decides.
    assert list(risk) == [0.4, 0.0, 0.0]
    assert list(urgent) == [0.2, 0.0, 0.0]
    alone, _ = build.text_scores(static)
    assert list(alone) == [0.7, 0.3, 0.0]


def test_it_chooses_the_threshold_and_the_gate_together_within_the_budgets() -> None:
    # Every text has one span, sent on to the second stage (static risk 0.7 >= entry 0.6).
    urgent: dict[str, object] = {"risk": "urgent", "kind": "plan"}
    idiom: dict[str, object] = {"risk": "none", "kind": "idiom"}
    unrelated: dict[str, object] = {"risk": "none", "kind": "unrelated"}
    rows = [urgent] * 10 + [idiom] * 50 + [unrelated] * 50
    second = (
        [(0.9, 0.5)] * 4  # risky enough, and the urgent head unsure
        + [(0.75, 0.97)] * 6  # just under them, and sure to be urgent
        + [(0.75, 0.5)] * 50  # hard negatives as risky as those six
        + [(0.72, 0.96)] * 1  # an unrelated post the urgent head is sure of
        + [(0.1, 0.1)] * 49
    )
    static = [[Scores(0.7, 0.5, "self_harm")] for _ in rows]
    contextual = [[Scores(r, u, "suicide_plan_or_intent")] for r, u in second]
    threshold, gate = build.choose_operating_point(rows, static, contextual, entry=0.6)
    # A threshold at 0.75 would flag every hard negative; the gate lets the six in instead.
    # A gate as low as 0.72 would let the unrelated post in too (1 in 50, within the 2%
    # budget); of points that find as many, the one with fewer false alarms wins, then the
    # highest threshold and the tightest gate.
    assert (threshold, gate) == (0.9, (0.75, 0.95))
    flags = build.flagged_urgency(static, contextual, 0.6, threshold, gate) >= 0
    assert flags[:10].all() and not flags[10:].any()
    # When every gate that finds the six costs too much, the gate stays shut.
    costly = contextual[:60] + [[Scores(0.75, 0.99, "self_harm")]] * 2 + contextual[62:]
    threshold, gate = build.choose_operating_point(rows, static, costly, 0.6)
    assert (threshold, gate) == (0.9, build.DISABLED)
    assert (build.flagged_urgency(static, costly, 0.6, 0.9, gate)[:10] >= 0).sum() == 4


def test_it_keeps_contextual_vectors_between_builds(tmp_path: Path) -> None:
    model = tiny_model()
    first = build.ContextEncoder(tiny_encoder(), model.encoder)
    vectors = first.encode(["pineapple", "i keep thinking"])
    first.encode(["pineapple"])
    path = tmp_path / "cache.npz"
    first.save(path)
    second = build.ContextEncoder(tiny_encoder(), model.encoder)
    second.load(path)
    assert set(second.cache) == {"pineapple", "i keep thinking"}
    # Rounded to half precision when made, so a cached build trains on the same numbers.
    assert np.array_equal(second.encode(["pineapple", "i keep thinking"]), vectors)


def test_a_texts_vector_does_not_depend_on_the_texts_encoded_with_it() -> None:
    # A cached rebuild encodes only the texts missing from the cache, so each text meets
    # different batch-mates than in a build from nothing; its bytes must not change.
    model = tiny_model()
    words = [w for w in model.encoder.pieces.ids if not w.startswith("[")]
    rng = np.random.default_rng(3)
    texts = list(
        dict.fromkeys(" ".join(rng.choice(words, size=rng.integers(1, 12))) for _ in range(60))
    )
    encoder = tiny_encoder(width=384)  # as wide as MiniLM: sums long enough to round apart
    together = build.ContextEncoder(encoder, model.encoder).encode(texts)
    for i, text in enumerate(texts):
        alone = build.ContextEncoder(encoder, model.encoder).encode([text])
        assert alone.tobytes() == together[i].tobytes(), text


def test_it_keeps_only_what_the_build_used(tmp_path: Path) -> None:
    model = tiny_model()
    first = build.ContextEncoder(tiny_encoder(), model.encoder)
    first.encode(["pineapple", "walnut"])
    path = tmp_path / "cache.npz"
    first.save(path)
    second = build.ContextEncoder(tiny_encoder(), model.encoder)
    second.load(path)
    second.encode(["walnut"])
    second.save(path)
    third = build.ContextEncoder(tiny_encoder(), model.encoder)
    third.load(path)
    assert set(third.cache) == {"walnut"}


def test_it_does_not_use_vectors_from_another_encoder(tmp_path: Path) -> None:
    model = tiny_model()
    first = build.ContextEncoder(tiny_encoder(), model.encoder)
    first.encode(["pineapple"])
    path = tmp_path / "cache.npz"
    first.save(path)
    for other in (tiny_encoder(layers=2), tiny_encoder(seed=6)):
        later = build.ContextEncoder(other, model.encoder)
        later.load(path)
        assert not later.cache
    path.write_bytes(b"not a cache")
    broken = build.ContextEncoder(tiny_encoder(), model.encoder)
    broken.load(path)
    assert not broken.cache


def test_it_reports_what_the_screen_finds_with_the_rules_and_the_layer() -> None:
    rows: list[dict[str, object]] = [
        {"risk": "urgent", "kind": "plan", "text": "I have the rope and tonight is the night."},
        {"risk": "urgent", "kind": "coded_means", "text": "All sorted for Sunday."},
        {"risk": "elevated", "kind": "passive", "text": "Just tired of everything."},
        {"risk": "none", "kind": "idiom", "text": "This commute is killing me."},
    ]
    assert list(build.rules_levels(rows)) == [2, 0, 0, 0]
    static = [scores(0.7), scores(0.7), scores(0.7), scores(0.5)]
    second = [
        [Scores(0.2, 0.1, "self_harm")],
        [Scores(0.8, 0.96, "suicide_plan_or_intent")],  # in by the gate, and urgent
        [Scores(0.9, 0.2, "suicide_passive")],  # flagged, not urgent
        [Scores(0.99, 0.99, "self_harm")],  # never sent on: static risk under the entry
    ]
    layer = build.layer_levels(build.flagged_urgency(static, second, 0.6, 0.85, (0.75, 0.95)), 0.9)
    assert list(layer) == [0, 2, 1, 0]
    assert build.screen_figures(rows, np.maximum(build.rules_levels(rows), layer)) == [
        "any-risk found 1.000, urgent found as urgent 1.000, urgent returned as none 0 of 2, "
        "hard negatives 0.000, unrelated -"
    ]


def operating_point(texts: list[tuple[str, float, float]]) -> tuple[float, tuple[float, float]]:
    """Return the point chosen for texts given as (kind, second-stage risk, urgent score)."""
    risk_of = {"plan": "urgent", "passive": "elevated"}
    rows: list[dict[str, object]] = [
        {"risk": risk_of.get(k, "none"), "kind": k} for k, _, _ in texts
    ]
    static = [[Scores(0.7, 0.5, "self_harm")] for _ in texts]
    contextual = [[Scores(r, u, "suicide_plan_or_intent")] for _, r, u in texts]
    return build.choose_operating_point(rows, static, contextual, entry=0.6)


CALM = [("idiom", 0.1, 0.1)] * 50 + [("unrelated", 0.1, 0.1)] * 50


def test_it_keeps_hard_negatives_within_their_budget() -> None:
    # Any threshold that finds the urgent texts flags 3 hard negatives in 53 (over 4%).
    texts = [("plan", 0.8, 0.5)] * 10 + [("idiom", 0.8, 0.5)] * 3 + CALM
    assert operating_point(texts) == (0.99, build.DISABLED)
    # One in 51 is within it.
    assert operating_point(texts[:11] + CALM) == (0.8, build.DISABLED)


def test_of_points_that_find_as_many_it_takes_the_one_with_fewer_false_alarms() -> None:
    texts = (
        [("plan", 0.9, 0.92)] * 4
        + [("plan", 0.75, 0.97)] * 6
        + [("idiom", 0.75, 0.5)] * 50  # no threshold at 0.75 or under
        + [("unrelated", 0.8, 0.91)]  # within the budget, but a false alarm all the same
        + CALM
    )
    # A gate of (0.75, 0.9) under a threshold of 0.99 finds all ten too, and the post.
    assert operating_point(texts) == (0.9, (0.75, 0.95))


def test_of_points_that_find_as_many_urgent_texts_it_takes_the_one_that_finds_more_risk() -> None:
    texts = [("plan", 0.9, 0.5)] * 4 + [("passive", 0.855, 0.2)] * 5 + CALM
    assert operating_point(texts) == (0.855, build.DISABLED)


def test_it_opens_the_gate_as_wide_as_an_urgent_score_of_085() -> None:
    texts = [("plan", 0.9, 0.5)] * 4 + [("plan", 0.75, 0.87)] * 6 + [("idiom", 0.75, 0.5)] * 50
    assert operating_point(texts + CALM) == (0.9, (0.75, 0.85))


def test_it_calibrates_urgent_on_what_is_flagged() -> None:
    urgent: dict[str, object] = {"risk": "urgent"}
    elevated: dict[str, object] = {"risk": "elevated"}
    rows = [urgent] * 9 + [elevated] * 3
    urgency = np.array([0.9] * 9 + [0.95, 0.705, 0.595])
    flagged = np.ones(12, dtype=bool)
    # At 0.70, 9 of the 11 called urgent are (82%, under 85%); at 0.71, 9 of 10 (90%).
    assert build.choose_urgent_threshold(rows, flagged, urgency) == pytest.approx(0.71)
    # What is not flagged is not called anything.
    flagged[10] = False
    assert build.choose_urgent_threshold(rows, flagged, urgency) == pytest.approx(0.60)


def test_it_saves_the_left_out_scores_for_another_comparison(tmp_path: Path) -> None:
    rows: list[dict[str, object]] = [{"id": "a-1"}, {"id": "a-2"}, {"id": "a-3"}]
    static = [scores(0.7, 0.2), [], scores(0.65)]
    contextual = [scores(0.9, 0.1), [], scores(0.3)]
    path = tmp_path / "scores"  # as named, with no ".npz" added
    build.save_scores(path, rows, static, contextual)
    static_back, contextual_back = build.load_scores(path, rows)
    assert [[(s.risk, s.urgent) for s in t] for t in static_back] == [
        [(0.7, 0.35), (0.2, 0.1)],
        [],
        [(0.65, 0.325)],
    ]
    assert [[(s.risk, s.urgent) for s in t] for t in contextual_back] == [
        [(0.9, 0.45), (0.1, 0.05)],
        [],
        [(0.3, 0.15)],
    ]
    # Scores of other examples are refused rather than read against the wrong texts.
    with pytest.raises(ValueError, match="other examples"):
        build.load_scores(path, rows[:2] + [{"id": "a-4"}])
    # Whether they came from tuned layers is kept, so --compare can keep to honest ones.
    assert not build.scores_tuned(path)
    build.save_scores(tmp_path / "tuned", rows, static, contextual, tuned=True)
    assert build.scores_tuned(tmp_path / "tuned")


def test_with_the_rules_it_holds_the_screen_to_the_budgets() -> None:
    # The layer alone would flag 2 hard negatives in 52 at 0.8 (within 4%), but the rules
    # already flag two others: the screen would flag 4 in 52 (over 7%, so 0.8 is refused).
    texts = [("plan", 0.8, 0.5)] * 10 + [("idiom", 0.8, 0.5)] * 2 + CALM
    rows: list[dict[str, object]] = [
        {"risk": "urgent" if k == "plan" else "none", "kind": k} for k, _, _ in texts
    ]
    static = [[Scores(0.7, 0.5, "self_harm")] for _ in texts]
    contextual = [[Scores(r, u, "suicide_plan_or_intent")] for _, r, u in texts]
    rules = np.zeros(len(texts), dtype=int)
    rules[[12, 13]] = 1  # two calm idioms the rules flag
    alone = build.choose_operating_point(rows, static, contextual, 0.6)
    assert alone == (0.8, build.DISABLED)
    screen = build.choose_operating_point(rows, static, contextual, 0.6, rules, (0.07, 0.02))
    assert screen == (0.99, build.DISABLED)
    # With room for them, the same point is taken; what the rules find is not counted twice.
    assert build.choose_operating_point(rows, static, contextual, 0.6, rules, (0.08, 0.02)) == alone
    rules[:] = 0
    rules[[10, 11]] = 1  # the rules flag the layer's own two hard negatives: no added cost
    assert build.choose_operating_point(rows, static, contextual, 0.6, rules, (0.04, 0.02)) == alone


def test_the_layers_are_tuned_without_the_calibration_sets() -> None:
    tuning = build.tuning_sets()
    assert set(build.CALIBRATION_SETS) <= set(build.TRAIN_SETS)
    assert not set(tuning) & set(build.CALIBRATION_SETS)
    assert set(tuning) | set(build.CALIBRATION_SETS) == set(build.TRAIN_SETS)


def test_with_tuned_layers_the_point_is_chosen_on_the_calibration_sets_alone() -> None:
    rows: list[dict[str, object]] = [{"set": "train", "risk": "none"}]
    rows += [{"set": "train9", "risk": "urgent"}]
    rows += [{"set": "fresh2", "risk": "none"}, {"set": "dev", "risk": "elevated"}]
    assert build.calibration(rows, tuned=True) == [1, 2]
    assert build.calibration(rows, tuned=False) == [0, 1, 2, 3]


def _tuned_file(
    path: Path, change: float = 0.25, shape: tuple[int, ...] | None = None, drop: str = ""
) -> Path:
    """Write the shipped weights of the second stage's layers as a tuned file would hold
    them, with layer 1's query moved by change (cut to shape, if given; without drop)."""
    from alongside.safety.minilm import MiniLM

    layers = {k: np.asarray(v) for k, v in build.layer_weights(MiniLM().w).items()}
    name = "encoder.layer.1.attention.self.query.weight"
    layers[name] = layers[name] + change
    if shape is not None:
        layers[name] = layers[name][: shape[0], : shape[1]]
    layers.pop(drop, None)
    np.savez(path, **{k: v.astype(np.float16) for k, v in layers.items()})  # type: ignore[arg-type]
    return path


def _static() -> StaticEncoder:
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "i", "made", "soup", "today"]
    return StaticEncoder(vocab, np.eye(len(vocab), 4, dtype=np.float32))


def test_the_second_stage_runs_the_tuned_layers_in_place_of_minilms(tmp_path: Path) -> None:
    static = _static()
    shipped = build.context_encoder(static).encoder
    tuned = build.context_encoder(static, tuned=_tuned_file(tmp_path / "t.npz")).encoder
    # Query weights are the first third of the joined projection, stored transposed.
    third = shipped.blocks[1]["qkv_w"].shape[1] // 3
    moved = tuned.blocks[1]["qkv_w"] - shipped.blocks[1]["qkv_w"]
    assert np.allclose(moved[:, :third], 0.25, atol=2e-3)
    assert np.array_equal(moved[:, third:], np.zeros_like(moved[:, third:]))
    for i in (0, 2):
        for key, value in shipped.blocks[i].items():
            assert np.array_equal(tuned.blocks[i][key], value), (i, key)
    assert np.array_equal(tuned.word, shipped.word)
    assert not np.allclose(tuned.encode_ids(*_probe()), shipped.encode_ids(*_probe()))


def _probe() -> tuple[np.ndarray, np.ndarray]:
    ids = np.array([[2, 4, 5, 6, 7, 3]], dtype=np.int64)
    return ids, np.ones_like(ids)


def test_it_refuses_tuned_layers_that_do_not_fit(tmp_path: Path) -> None:
    cut = _tuned_file(tmp_path / "cut.npz", shape=(384, 100))
    with pytest.raises(SystemExit, match="does not fit.*layer.1.attention.self.query"):
        build.context_encoder(_static(), tuned=cut)
    short = _tuned_file(tmp_path / "short.npz", drop="encoder.layer.2.output.dense.bias")
    with pytest.raises(SystemExit, match="does not fit.*layer.2.output.dense.bias"):
        build.context_encoder(_static(), tuned=short)
