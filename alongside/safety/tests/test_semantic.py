"""The semantic layer: spans, encoder, classifier, artifact, and how the screen uses it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from alongside.safety import screen, semantic
from alongside.safety.text import clean, split_sentences

VOCAB = ["[PAD]", "[UNK]", "pineapple", "walnut", "i", "keep", "thinking", "about", "."]


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


@pytest.fixture
def pineapple(monkeypatch: pytest.MonkeyPatch) -> Iterator[semantic.Model]:
    model = tiny_model()
    monkeypatch.setattr(semantic, "_model", model)
    monkeypatch.delenv(semantic.ENV_SWITCH, raising=False)
    yield model


def test_it_scores_each_sentence_and_each_pair_of_neighbours() -> None:
    sentences = split_sentences(clean("One. Two! Three?"))
    spans = semantic.spans(sentences)
    assert [(s.first, s.last) for s in spans] == [(0, 0), (1, 1), (2, 2), (0, 1), (1, 2)]
    assert spans[3].text == "one. two!"


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


def test_it_reads_a_very_long_text_sentence_by_sentence() -> None:
    sentences = split_sentences(clean("Fine. " * (semantic.MAX_PAIRED_SENTENCES + 5)))
    spans = semantic.spans(sentences)
    assert len(spans) == len(sentences)
    assert all(s.first == s.last for s in spans)


def test_it_scores_a_repeated_sentence_once(pineapple: semantic.Model) -> None:
    texts = ["pineapple", "i keep thinking", "pineapple"]
    assert pineapple.score(texts) == [pineapple.score([t])[0] for t in texts]
