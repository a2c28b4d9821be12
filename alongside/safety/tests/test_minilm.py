"""The NumPy MiniLM encoder that the semantic layer is distilled from (build time only)."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from alongside.safety.minilm import MiniLM, model_dir


@pytest.fixture(scope="module")
def encoder() -> MiniLM:
    return MiniLM()


def test_it_gives_unit_length_sentence_vectors(encoder: MiniLM) -> None:
    vectors = encoder.encode(["A man is eating food.", "I made soup."])
    assert vectors.shape == (2, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_it_puts_paraphrases_close_and_other_topics_far(encoder: MiniLM) -> None:
    # The published model gives about 0.76 for the first pair; a wrong layer, head split
    # or pooling gives nonsense here.
    v = encoder.encode(
        [
            "A man is eating food.",
            "A man is eating a piece of bread.",
            "I want to kill myself",
            "I do not want to be alive anymore",
            "The girl is carrying a baby.",
        ]
    )
    sim = v @ v.T
    assert 0.70 < sim[0, 1] < 0.82
    assert sim[2, 3] > 0.55
    assert sim[0, 4] < 0.1
    assert sim[2, 4] < 0.1


def test_it_ignores_padding(encoder: MiniLM) -> None:
    alone = encoder.encode(["I made soup."])
    beside_longer = encoder.encode(
        ["I made soup.", "A much longer sentence about many other things."]
    )
    assert np.allclose(alone[0], beside_longer[0], atol=1e-5)


def test_it_refuses_a_model_file_that_is_not_the_published_one(tmp_path: Path) -> None:
    for name in ("model.safetensors", "vocab.txt"):
        shutil.copy(model_dir() / name, tmp_path / name)
    with (tmp_path / "vocab.txt").open("a", encoding="utf-8") as f:
        f.write("extra\n")
    with pytest.raises(SystemExit, match="not the all-MiniLM-L6-v2 file"):
        MiniLM(tmp_path)


def test_its_erf_matches_the_standard_library() -> None:
    import math

    from alongside.safety.minilm import _erf, _gelu

    x = np.linspace(-6, 6, 2001).astype(np.float32)
    expected = np.array([math.erf(float(v)) for v in x])
    assert np.abs(_erf(x) - expected).max() < 5e-7
    gelu = np.array([0.5 * float(v) * (1 + math.erf(float(v) / math.sqrt(2))) for v in x])
    assert np.abs(_gelu(x) - gelu).max() < 5e-6
