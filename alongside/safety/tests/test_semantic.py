"""The semantic layer: spans, encoder, classifier, artifact, and how the screen uses it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from alongside.safety import screen, semantic
from alongside.safety.minilm import HEADS, Encoder
from alongside.safety.text import clean, split_sentences

VOCAB = [
    "[PAD]",
    "[UNK]",
    "pineapple",
    "walnut",
    "i",
    "keep",
    "thinking",
    "about",
    ".",
    "[CLS]",
    "[SEP]",
]


def tiny_model(threshold: float = 0.5, urgent_threshold: float = 0.9) -> semantic.Model:
    """Return a model that reads "pineapple" as risky and "walnut" as urgent and risky."""
    vectors = np.zeros((len(VOCAB), 3), dtype=np.float16)
    vectors[VOCAB.index("pineapple")] = [1, 0, 0]
    vectors[VOCAB.index("walnut")] = [1, 1, 0]
    for word in ("i", "keep", "thinking", "about", ".", "[UNK]"):
        vectors[VOCAB.index(word)] = [0, 0, 0.1]
    signal_w = np.zeros((3, len(semantic.RISK_SIGNALS)), dtype=np.float32)
    signal_w[0, semantic.RISK_SIGNALS.index("suicide_active")] = 1
    heads: dict[str, np.ndarray] = {
        "risk_w": np.array([20, 0, -5], dtype=np.float32),
        "risk_b": np.asarray(-2, dtype=np.float32),
        "urgent_w": np.array([0, 20, 0], dtype=np.float32),
        "urgent_b": np.asarray(-5, dtype=np.float32),
        "signal_w": signal_w,
        "signal_b": np.zeros(len(semantic.RISK_SIGNALS), dtype=np.float32),
        # Remembered examples: two risky, one ordinary.
        "memory_x": np.array([[1, 0, 0], [0.7, 0.7, 0], [0, 0, 1]], dtype=np.float16),
        "memory_y": np.array([1, 1, 0], dtype=np.float16),
    }
    return semantic.Model(
        semantic.StaticEncoder(VOCAB, vectors),
        semantic.Classifier(heads),
        threshold,
        urgent_threshold,
    )


def tiny_encoder(layers: int = 1, width: int = HEADS * 2, seed: int = 5) -> Encoder:
    """Return a small random encoder of MiniLM's shape, over VOCAB."""
    rng = np.random.default_rng(seed)
    tensors = {
        "embeddings.word_embeddings.weight": rng.normal(size=(len(VOCAB), width)),
        "embeddings.position_embeddings.weight": rng.normal(size=(16, width)),
        "embeddings.token_type_embeddings.weight": rng.normal(size=(2, width)),
        "embeddings.LayerNorm.weight": np.ones(width),
        "embeddings.LayerNorm.bias": np.zeros(width),
    }
    shapes = {
        "attention.self.query": (width, width),
        "attention.self.key": (width, width),
        "attention.self.value": (width, width),
        "attention.output.dense": (width, width),
        "intermediate.dense": (4 * width, width),
        "output.dense": (width, 4 * width),
    }
    for i in range(layers):
        p = f"encoder.layer.{i}."
        for name, shape in shapes.items():
            tensors[p + name + ".weight"] = rng.normal(size=shape) / np.sqrt(shape[1])
            tensors[p + name + ".bias"] = np.zeros(shape[0])
        for norm in ("attention.output.LayerNorm", "output.LayerNorm"):
            tensors[p + norm + ".weight"] = np.ones(width)
            tensors[p + norm + ".bias"] = np.zeros(width)
    return Encoder(tensors, layers)


def verdict_classifier(width: int, risky: bool) -> semantic.Classifier:
    """Return a classifier that calls every span risky (and urgent), or none of them."""
    sign = 1.0 if risky else -1.0
    return semantic.Classifier(
        {
            "risk_w": np.zeros(width, dtype=np.float32),
            "risk_b": np.asarray(8 * sign, dtype=np.float32),
            "urgent_w": np.zeros(width, dtype=np.float32),
            "urgent_b": np.asarray(8 * sign, dtype=np.float32),
            "signal_w": np.zeros((width, len(semantic.RISK_SIGNALS)), dtype=np.float32),
            "signal_b": np.eye(len(semantic.RISK_SIGNALS), dtype=np.float32)[1],
            # Opposite directions, so every span has a remembered example close to it.
            "memory_x": np.vstack([np.eye(width)[0], -np.eye(width)[0]]).astype(np.float16),
            "memory_y": np.full(2, 1.0 if risky else 0.0, dtype=np.float16),
        }
    )


def reading_classifier(width: int) -> semantic.Classifier:
    """Return a classifier with random weights, whose scores depend on what it reads."""
    rng = np.random.default_rng(8)
    return semantic.Classifier(
        {
            "risk_w": rng.normal(size=width).astype(np.float32),
            "risk_b": np.asarray(0.0, dtype=np.float32),
            "urgent_w": rng.normal(size=width).astype(np.float32),
            "urgent_b": np.asarray(0.0, dtype=np.float32),
            "signal_w": rng.normal(size=(width, len(semantic.RISK_SIGNALS))).astype(np.float32),
            "signal_b": np.zeros(len(semantic.RISK_SIGNALS), dtype=np.float32),
            "memory_x": rng.normal(size=(6, width)).astype(np.float16),
            "memory_y": np.array([1, 0, 1, 0, 1, 0], dtype=np.float16),
        }
    )


def two_stage(risky: bool, entry: float = 0.3) -> semantic.Model:
    """Return the tiny model with a second stage that calls everything it reads risky, or not."""
    static = tiny_model()
    encoder = tiny_encoder()
    stage = semantic.Contextual(encoder, verdict_classifier(HEADS * 2, risky), entry, 0.5, 0.9)
    return semantic.Model(static.encoder, static.classifier, 0.5, 0.9, stage)


@pytest.fixture
def pineapple(monkeypatch: pytest.MonkeyPatch) -> Iterator[semantic.Model]:
    model = tiny_model()
    monkeypatch.setattr(semantic, "_model", model)
    monkeypatch.delenv(semantic.ENV_SWITCH, raising=False)
    yield model


def test_it_scores_each_sentence_and_each_run_of_two_and_of_three() -> None:
    sentences = split_sentences(clean("One. Two! Three? Four."))
    spans = semantic.spans(sentences)
    assert [(s.first, s.last) for s in spans] == [
        *[(0, 0), (1, 1), (2, 2), (3, 3)],
        *[(0, 1), (1, 2), (2, 3)],
        *[(0, 2), (1, 3)],
    ]
    assert spans[4].text == "one. two!"
    assert spans[7].text == "one. two! three?"
    assert len(semantic.spans(split_sentences(clean("One. Two.")))) == 3


def test_a_cleared_sentence_keeps_every_span_holding_it_from_the_layer() -> None:
    sentences = split_sentences(clean("One. Two! Three?"))
    assert [(s.first, s.last) for s in semantic.spans(sentences, {1})] == [(0, 0), (2, 2)]


def test_it_encodes_text_as_the_unit_mean_of_its_pieces() -> None:
    model = tiny_model()
    x = model.encoder.encode(["pineapple walnut", ""])
    assert np.allclose(x[0], np.array([2, 1, 0]) / np.sqrt(5), atol=1e-3)
    assert not x[1].any()


def test_it_weighs_the_nearest_remembered_examples() -> None:
    classifier = tiny_model().classifier
    near = classifier.neighbours(np.array([[1, 0, 0], [0, 0, 1]], dtype=np.float32))
    assert near[0] == pytest.approx(1.0)
    assert near[1] == pytest.approx(0.0)


def test_it_gives_risk_urgency_and_signal(pineapple: semantic.Model) -> None:
    calm, risky, urgent = pineapple.score(["i keep thinking", "pineapple", "walnut"])
    assert calm.risk < 0.5 < risky.risk
    assert risky.urgent < 0.9 < urgent.urgent
    assert risky.signal == "suicide_active"


def test_it_adds_what_no_rule_reads(pineapple: semantic.Model) -> None:
    result = screen("Lovely walk today. I keep thinking about pineapple.")
    assert result.risk == "elevated"
    assert result.signals == ("suicide_active",)
    assert result.evidence == ("I keep thinking about pineapple.",)
    assert screen("Lovely walk today. I keep thinking about walnut.").risk == "urgent"
    assert screen("Lovely walk today. I made soup.").risk == "none"


def test_it_never_lowers_what_the_rules_found(pineapple: semantic.Model) -> None:
    result = screen("I've been saving my pills and I have enough now.")
    assert result.risk == "urgent"
    assert "suicide_plan_or_intent" in result.signals


def test_it_leaves_a_sentence_the_rules_cleared_to_the_rules(pineapple: semantic.Model) -> None:
    # "not suicidal" matched a rule and its negation cleared it; the layer, which sees
    # no word order, does not get to overrule that sentence.
    assert screen("I'm not suicidal, pineapple.").risk == "none"
    assert screen("I'm not suicidal. Pineapple.").risk == "elevated"


def test_it_can_be_switched_off(pineapple: semantic.Model, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(semantic.ENV_SWITCH, "0")
    assert semantic.model() is None
    assert screen("I keep thinking about pineapple.").risk == "none"


def test_it_screens_with_rules_alone_when_the_artifact_is_missing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(semantic, "ARTIFACT", tmp_path / "missing.npz")
    monkeypatch.setattr(semantic, "_model", None)
    monkeypatch.setattr(semantic, "_missing", False)
    monkeypatch.setattr(semantic.load_model, "__defaults__", (tmp_path / "missing.npz",))
    assert not semantic.available()
    assert screen("I want to kill myself.").risk != "none"
    assert screen("This commute is killing me.").risk == "none"


def test_it_screens_with_rules_alone_when_the_artifact_is_unreadable(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    broken = tmp_path / "semantic.npz"
    broken.write_bytes(semantic.ARTIFACT.read_bytes()[:1000])  # a truncated build
    monkeypatch.setattr(semantic, "_model", None)
    monkeypatch.setattr(semantic, "_missing", False)
    monkeypatch.setattr(semantic.load_model, "__defaults__", (broken,))
    assert not semantic.available()
    # Not "elevated, screen_incomplete" for every text: the rules still read it.
    assert screen("I made soup.").risk == "none"
    assert screen("I want to kill myself.").risk != "none"


def test_it_round_trips_an_artifact(tmp_path: Path) -> None:
    model = tiny_model(0.6, 0.8)
    path = tmp_path / "semantic.npz"
    c = model.classifier
    np.savez(
        path,
        vocab=np.array("\n".join(VOCAB)),
        vectors=model.encoder.vectors.astype(np.float16),
        threshold=np.float32(0.6),
        urgent_threshold=np.float32(0.8),
        risk_w=c.risk_w,
        risk_b=c.risk_b,
        urgent_w=c.urgent_w,
        urgent_b=c.urgent_b,
        signal_w=c.signal_w,
        signal_b=c.signal_b,
        memory_x=c.memory_x,
        memory_y=c.memory_y,
    )
    loaded = semantic.load_model(path)
    assert loaded.threshold == pytest.approx(0.6)
    assert loaded.urgent_threshold == pytest.approx(0.8)
    assert loaded.score(["pineapple"]) == model.score(["pineapple"])


def test_the_built_artifact_is_in_place() -> None:
    # `make setup` builds it; the quality floors in test_quality are measured with it.
    assert semantic.ARTIFACT.exists(), "run: make semantic"
    model = semantic.load_model()
    assert 0.5 <= model.threshold < 1.0
    assert model.encoder.vectors.shape[0] > 25_000
    assert model.contextual is not None
    assert model.contextual.entry < model.contextual.threshold < 1.0
    assert len(model.contextual.encoder.blocks) == 3


def test_it_compares_with_its_memory_in_blocks_and_gets_the_same_answer() -> None:
    rng = np.random.default_rng(3)
    memory = rng.normal(size=(50, 3)).astype(np.float32)
    labels = (rng.random(50) > 0.5).astype(np.float32)
    classifier = tiny_model().classifier
    classifier.memory_x, classifier.memory_y = memory, labels
    x = rng.normal(size=(semantic._BLOCK * 2 + 7, 3)).astype(np.float32)
    sim = x @ memory.T
    top = np.argsort(-sim, axis=1)[:, : semantic.NEIGHBOURS]
    w = np.take_along_axis(sim, top, 1).clip(0) ** 4
    expected = (w * labels[top]).sum(1) / (w.sum(1) + 1e-9)
    assert np.allclose(classifier.neighbours(x), expected, atol=1e-5)


def test_its_memory_is_kept_in_fewer_dimensions_and_searched_through_them() -> None:
    rng = np.random.default_rng(5)
    # Examples that vary mostly along two of six directions.
    memory = rng.normal(size=(200, 6)) * np.array([5.0, 3.0, 0.1, 0.1, 0.1, 0.1])
    p = semantic.memory_projection(memory, 2)
    assert p.shape == (6, 2)
    assert np.allclose(p.T @ p, np.eye(2), atol=1e-5)
    # The two directions that carry the examples, whatever order the data came in.
    assert np.allclose(np.abs(p[:2]), np.eye(2), atol=0.05)
    assert np.array_equal(p, semantic.memory_projection(memory[::-1], 2))
    labels = (memory[:, 0] > 0).astype(np.float32)
    classifier = tiny_model().classifier
    classifier.memory_x = semantic.unit_rows(memory @ p)
    classifier.memory_y, classifier.memory_p = labels, p
    x = semantic.unit_rows(rng.normal(size=(40, 6)) * np.array([5.0, 3.0, 0.1, 0.1, 0.1, 0.1]))
    q = semantic.unit_rows(x @ p)
    sim = q @ classifier.memory_x.T
    top = np.argsort(-sim, axis=1)[:, : semantic.NEIGHBOURS]
    w = np.take_along_axis(sim, top, 1).clip(0) ** 4
    expected = (w * labels[top]).sum(1) / (w.sum(1) + 1e-9)
    assert np.allclose(classifier.neighbours(x), expected, atol=1e-5)
    # Searching the projected memory ranks as searching the whole one nearly always does.
    whole = tiny_model().classifier
    whole.memory_x, whole.memory_y = semantic.unit_rows(memory), labels
    assert ((whole.neighbours(x) > 0.5) == (classifier.neighbours(x) > 0.5)).mean() >= 0.9


def test_the_built_artifact_keeps_a_projected_memory() -> None:
    model = semantic.load_model()
    for c in (model.classifier, model.contextual.classifier if model.contextual else None):
        assert c is not None and c.memory_p is not None
        assert c.memory_x.shape[1] == c.memory_p.shape[1] == semantic.MEMORY_DIMS


def test_it_reads_a_very_long_text_sentence_by_sentence() -> None:
    sentences = split_sentences(clean("Fine. " * (semantic.MAX_PAIRED_SENTENCES + 5)))
    spans = semantic.spans(sentences)
    assert len(spans) == len(sentences)
    assert all(s.first == s.last for s in spans)


def test_it_scores_a_repeated_sentence_once(pineapple: semantic.Model) -> None:
    texts = ["pineapple", "i keep thinking", "pineapple"]
    assert pineapple.score(texts) == [pineapple.score([t])[0] for t in texts]


def test_the_second_stage_decides_what_the_first_sends_on() -> None:
    # "pineapple" is flagged by the static stage; a second stage that reads it as ordinary
    # overrules it, and one that reads it as risky (and urgent) says so.
    assert not two_stage(risky=False).score(["pineapple"])[0].flagged
    (read,) = two_stage(risky=True).score(["pineapple"])
    assert read.flagged and read.is_urgent
    assert read.signal == semantic.RISK_SIGNALS[1]


def test_the_second_stage_never_sees_what_the_first_finds_ordinary() -> None:
    # "i keep thinking" scores far below the entry: the static stage's "no" stands, even
    # beside a second stage that would flag anything.
    model = two_stage(risky=True)
    (calm,) = model.score(["i keep thinking"])
    assert calm.risk < model.contextual.entry  # type: ignore[union-attr]
    assert not calm.flagged


def test_the_second_stage_reads_a_bounded_number_of_spans(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(semantic, "MAX_CONTEXT_SPANS", 2)
    model = two_stage(risky=False)
    texts = ["pineapple", "pineapple walnut", "walnut", "pineapple pineapple walnut"]
    static = tiny_model().score(texts)
    assert all(s.flagged for s in static)
    scores = model.score(texts)
    # The two the static stage scored highest were read again (and cleared); the rest
    # keep the static stage's decision.
    highest = sorted(range(len(texts)), key=lambda i: -static[i].risk)[:2]
    assert [i for i, s in enumerate(scores) if not s.flagged] == sorted(highest)


def test_the_second_stage_reads_a_bounded_number_of_pieces(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(semantic, "MAX_CONTEXT_PIECES", 3)
    model = two_stage(risky=False)
    # Three pieces, then two more: the first is read (and cleared), the second would pass
    # the budget and keeps the static decision. One span is always read, however long.
    first, second = model.score(["pineapple pineapple pineapple", "walnut walnut"])
    assert not first.flagged and second.flagged
    (long_one,) = model.score(["pineapple " * 10])
    assert not long_one.flagged


def test_it_round_trips_an_artifact_with_both_stages(tmp_path: Path) -> None:
    static = tiny_model()
    stage = semantic.Contextual(
        tiny_encoder(layers=2), reading_classifier(HEADS * 2), 0.3, 0.5, 0.6, (0.4, 0.7)
    )
    model = semantic.Model(static.encoder, static.classifier, 0.5, 0.9, stage)
    path = tmp_path / "semantic.npz"
    arrays = {
        "vocab": np.array("\n".join(VOCAB)),
        "vectors": model.encoder.vectors,
        "threshold": np.float32(0.5),
        "urgent_threshold": np.float32(0.9),
        "ctx_entry": np.float32(stage.entry),
        "ctx_threshold": np.float32(0.5),
        "ctx_urgent_threshold": np.float32(0.6),
        "ctx_gate_risk": np.float32(0.4),
        "ctx_gate_urgent": np.float32(0.7),
        **stage.encoder.pack("ctx_enc_"),
    }
    for prefix, c in (("", model.classifier), ("ctx_", stage.classifier)):
        for name in ("risk_w", "risk_b", "urgent_w", "urgent_b", "signal_w", "signal_b"):
            arrays[prefix + name] = getattr(c, name)
        arrays[prefix + "memory_x"] = c.memory_x
        arrays[prefix + "memory_y"] = c.memory_y
    np.savez(path, **arrays)  # type: ignore[arg-type]
    loaded = semantic.load_model(path)
    assert loaded.contextual is not None
    assert loaded.contextual.entry == pytest.approx(stage.entry)
    assert loaded.contextual.urgent_gate == pytest.approx((0.4, 0.7))
    assert len(loaded.contextual.encoder.blocks) == 2
    # Both layers came back: the stored encoder computes what the original does, to
    # within half precision.
    ids = [[2, 4, 5], [3], [4, 5, 6, 7, 8]]
    assert np.allclose(
        loaded.contextual.encoder.encode_pieces(ids, 9, 10),
        stage.encoder.encode_pieces(ids, 9, 10),
        atol=1e-2,
    )
    texts = ["pineapple", "i keep thinking about walnut", "walnut pineapple"]
    rounded = replace(model, contextual=replace(stage, encoder=stage.encoder.rounded()))
    assert loaded.score(texts) == rounded.score(texts)
    assert len({s.risk for s in loaded.score(texts)}) == 3
    # An artifact built before the urgent gate existed keeps its second stage, gate shut.
    del arrays["ctx_gate_risk"], arrays["ctx_gate_urgent"]
    np.savez(path, **arrays)  # type: ignore[arg-type]
    older = semantic.load_model(path)
    assert older.contextual is not None
    assert older.contextual.urgent_gate == semantic.DISABLED


@pytest.mark.parametrize(
    "damage",
    ["drop a layer norm", "cut a weight", "one position", "no [CLS]"],
)
def test_it_refuses_an_artifact_whose_second_stage_is_damaged(tmp_path: Path, damage: str) -> None:
    with np.load(semantic.ARTIFACT, allow_pickle=False) as data:
        arrays = {k: data[k] for k in data.files}
    if damage == "drop a layer norm":
        del arrays["ctx_enc_l2_ln2_b"]
    elif damage == "cut a weight":
        arrays["ctx_enc_l1_qkv_w"] = arrays["ctx_enc_l1_qkv_w"][:, :-3]
    elif damage == "one position":
        arrays["ctx_enc_position"] = arrays["ctx_enc_position"][:1]
    else:
        arrays["vocab"] = np.array(str(arrays["vocab"]).replace("[CLS]", "[XLS]"))
    path = tmp_path / "semantic.npz"
    np.savez(path, **arrays)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="rebuild it|do not fit"):
        semantic.load_model(path)


def test_an_urgent_span_wins_over_a_riskier_elevated_one(monkeypatch: pytest.MonkeyPatch) -> None:
    class Scored:
        """A loaded model whose scores are given: which span wins is the screen's choice."""

        def score(self, texts: list[str]) -> list[semantic.Scores]:
            sad = semantic.Scores(0.99, 0.1, "suicide_passive", flagged=True)
            plan = semantic.Scores(0.80, 0.9, "suicide_plan_or_intent", True, is_urgent=True)
            calm = semantic.Scores(0.10, 0.0, "self_harm")
            return [sad if "sad" in t else plan if "plan" in t else calm for t in texts]

    monkeypatch.setattr(semantic, "model", lambda: Scored())
    result = screen("So sad today. Quiet plan for later.")
    assert result.risk == "urgent"
    assert result.signals == ("suicide_plan_or_intent",)
    assert result.evidence == ("Quiet plan for later.",)


def test_the_contextual_encoder_batches_without_changing_an_answer() -> None:
    encoder = tiny_encoder(layers=2)
    ids = [[2, 4, 5, 6, 7], [3], [4, 4, 4, 4, 4, 4, 4, 4, 4, 4]]
    together = encoder.encode_pieces(ids, 0, 1)
    alone = np.vstack([encoder.encode_pieces([s], 0, 1) for s in ids])
    assert np.allclose(together, alone, atol=1e-5)
    assert np.allclose(np.linalg.norm(together, axis=1), 1.0, atol=1e-5)
    # Longer than the encoder's positions: cut, not an error.
    assert encoder.encode_pieces([[2] * 40], 0, 1).shape == (1, HEADS * 2)


def test_the_urgent_gate_lets_in_a_span_the_urgent_head_is_sure_of() -> None:
    def decided(risk: float, urgent: float, gate: tuple[float, float]) -> semantic.Scores:
        return semantic.Scores(risk, urgent, "suicide_plan_or_intent").decided(0.83, 0.6, gate)

    gate = (0.76, 0.95)
    assert decided(0.78, 0.97, gate).is_urgent
    assert not decided(0.78, 0.9, gate).flagged  # the urgent head is not sure enough
    assert not decided(0.7, 0.99, gate).flagged  # under the gate's risk
    assert not decided(0.78, 0.97, semantic.DISABLED).flagged
    assert decided(0.9, 0.1, gate).flagged and not decided(0.9, 0.1, gate).is_urgent


def test_a_span_past_the_piece_budget_is_passed_over_for_shorter_ones(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(semantic, "MAX_CONTEXT_PIECES", 4)
    assert semantic._within_budget([0, 1, 2], [[1] * 3, [1] * 2, [1]], cut=254) == [0, 2]
    # A span counts as much of it as the encoder reads.
    monkeypatch.setattr(semantic, "MAX_CONTEXT_PIECES", 11)
    assert semantic._within_budget([0, 1], [[1] * 300, [1]], cut=10) == [0, 1]
    monkeypatch.setattr(semantic, "MAX_CONTEXT_SPANS", 1)
    assert semantic._within_budget([0, 1], [[1], [1]], cut=10) == [0]


def test_a_run_of_three_that_decides_is_shown_whole_as_evidence(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    class Scored:
        """A loaded model that flags only the span holding all three sentences."""

        def score(self, texts: list[str]) -> list[semantic.Scores]:
            whole = semantic.Scores(0.9, 0.9, "suicide_plan_or_intent", True, is_urgent=True)
            calm = semantic.Scores(0.1, 0.0, "self_harm")
            return [whole if t.count(".") == 3 else calm for t in texts]

    monkeypatch.setattr(semantic, "model", lambda: Scored())
    # The rules find nothing here, so the layer decides.
    text = "Long week at work. Sorted the garage. Paid the bills. Sunday, then."
    result = screen(text)
    assert result.risk == "urgent"
    # Two runs of three: the first one found wins, and its sentences are the evidence.
    assert result.evidence == (
        "Long week at work.",
        "Sorted the garage.",
        "Paid the bills.",
    )
