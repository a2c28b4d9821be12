"""Build the semantic layer's artifact, `model/semantic.npz`.

Run: .venv/bin/python -m alongside.safety.build_semantic   (make setup runs it when the
artifact is missing or older than this file or the training data).

1. Distil: pass every word piece of the vocabulary through MiniLM-L6 on its own
   ("[CLS] piece [SEP]") and keep the pooled output as that piece's static vector.
2. Reduce to DIMS dimensions by PCA and weight each piece by log(1 + rank), so that
   frequent pieces ("the", ".", "i") count for less in a mean.
3. Train the three logistic heads on the project's labelled examples (TRAIN_SETS), with
   every sentence of a text that is not risky as a further negative.
4. Encode every training span with the first CONTEXT_LAYERS layers of MiniLM-L6 (in half
   precision, exactly as the screen will) and train the second stage's heads the same way.
5. Choose the thresholds from out-of-fold scores, leaving one set out at a time (each set
   has its own author, so this is what a new author's text looks like to the layer): at
   most TARGET_HARD_FA of hard negatives and TARGET_UNRELATED_FA of unrelated posts
   flagged by the static stage alone. The second stage's threshold and urgent gate are
   chosen together, for the screen as a whole (what the rules flag counts against the
   budgets too): the pair that flags the most urgent texts with at most SCREEN_HARD_FA of
   hard negatives and SCREEN_UNRELATED_FA of unrelated posts flagged; its urgent
   threshold is calibrated on what it flags there. The build prints, per set, what the
   layer found left out, the whole trade at a range of thresholds, what the gate adds, and
   what the screen as a whole (the rules, and the layer's left-out scores) finds.

The same inputs give the same bytes on one machine, whether the contextual vectors come from
the cache or not: a text is batched only with texts of its own length, so no padding makes
its vector depend on the texts it happened to be encoded with. Twenty-five to forty minutes
on two cores the first time, by machine; less after a change to rules or data (distilled and
contextual vectors are cached beside the artifact; most of the rest is leaving each of the
twenty-one training sets out in turn, for both stages).

With --scores PATH the build also saves the left-out scores; --compare --scores PATH then
builds nothing and prints how other ways of choosing the operating point would do on them.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from .bench import HARD_NEGATIVE_KINDS as HARD_KINDS
from .bench import SETS, load
from .minilm import Encoder
from .semantic import (
    ARTIFACT,
    DISABLED,
    RISK_SIGNALS,
    Classifier,
    Scores,
    StaticEncoder,
    memory_projection,
    spans,
    unit_rows,
)
from .text import clean, split_sentences

# fresh21 … fresh26 are never trained on: they are the unseen measure (docs/safety.md).
# fresh3 and fresh4 were, until they had been measured once with the contextual stage,
# fresh5 and fresh6 until they had been looked at six times (sixth session), fresh7 and
# fresh8 until nine (eighth session), fresh9 … fresh14 until six to eleven (eleventh
# session), fresh15, fresh16 until three (twelfth session), fresh17, fresh18 until four
# (thirteenth session), and fresh19, fresh20 until six (fourteenth session); train3 … train17
# were measured once, with the artifact that had not seen them, first.
TRAIN_SETS = (
    "dev",
    "heldout",
    "fresh",
    "fresh2",
    "train",
    "train2",
    "fresh3",
    "fresh4",
    "train3",
    "train4",
    "train5",
    "train6",
    "train7",
    "fresh5",
    "fresh6",
    "train8",
    "train9",
    "fresh7",
    "fresh8",
    "train10",
    "train11",
    "fresh9",
    "fresh10",
    "fresh11",
    "fresh12",
    "fresh13",
    "fresh14",
    "fresh15",
    "fresh16",
    "train12",
    "train13",
    "fresh17",
    "fresh18",
    "train14",
    "train15",
    "fresh19",
    "fresh20",
    "train16",
    "train17",
)
DIMS = 256
L2 = 1e-4
TARGET_HARD_FA = 0.04
TARGET_UNRELATED_FA = 0.02
# The screen's budgets, rules and layer together, for the second stage's point. Until the
# ninth session the second stage was held to the layer's own (above); once the rules'
# everyday false alarms were narrowed (0 of 802 unrelated posts in training), the screen's
# 3% of unrelated posts (the brief's target) left room for 49 more urgent texts found of
# 2,348, left out (docs/safety.md, `--compare`).
SCREEN_HARD_FA = 0.06
SCREEN_UNRELATED_FA = 0.03
# Of what the layer calls urgent, the share that must be. 0.90 until the seventh session; an
# elevated text called urgent only escalates an alert sooner, while an urgent one called
# elevated does not escalate at all, so recall counts for more (docs/safety.md).
TARGET_URGENT_PRECISION = 0.85
# The second stage: how many of MiniLM's layers it runs, and the static risk at which a span
# is sent to it. Three layers did as well as six when each set was left out in turn
# (docs/safety.md) at half the cost; below 0.6 the static stage almost never misses.
CONTEXT_LAYERS = 3
CONTEXT_ENTRY = 0.6
# The second stage's layers are fine-tuned for the task by `tune_context` (torch, a build
# step only) on the training sets less these, a quarter of the texts and eight authors, so
# that its operating point can be chosen on texts the layers have not seen: everywhere else
# their left-out scores are flattered. Their heads still train on every set.
CALIBRATION_SETS = (
    "heldout",
    "fresh2",
    "fresh4",
    "train4",
    "fresh6",
    "train9",
    "fresh8",
    "train11",
)


DISTILLED = ARTIFACT.with_name("distilled.npz")
CONTEXT_CACHE = ARTIFACT.with_name("contextual-cache.npz")
TUNED = ARTIFACT.with_name("context-tuned.npz")
# Between cached texts: the record separator, which `text.clean` never leaves in a text.
_SEPARATOR = "\x1e"
# Change when the way vectors are made changes in a way the weights do not show.
_CACHE_VERSION = 2


def distilled(dims: int = DIMS) -> tuple[list[str], np.ndarray]:
    """Return the distilled vocabulary and vectors, from the cache when it is current.

    Distilling takes a couple of minutes and depends only on the model and this code, so
    changing rules or data retrains the classifier in seconds without it.
    """
    from . import minilm, wordpiece

    sources = [Path(minilm.__file__), Path(wordpiece.__file__)]
    if DISTILLED.exists() and all(DISTILLED.stat().st_mtime > p.stat().st_mtime for p in sources):
        with np.load(DISTILLED, allow_pickle=False) as data:
            if data["vectors"].shape[1] == dims:
                return str(data["vocab"]).split("\n"), data["vectors"]
    vocab, vectors = minilm.distil(dims)
    DISTILLED.parent.mkdir(parents=True, exist_ok=True)
    np.savez(DISTILLED, vocab=np.array("\n".join(vocab)), vectors=vectors.astype(np.float16))
    return vocab, vectors.astype(np.float16)


class ContextEncoder:
    """The second stage's encoder at build time: each distinct text encoded once.

    Spans repeat across folds and rounds, so vectors are memoised, and kept on disk between
    builds under a key made of the encoder's weights and this code's version. Vectors are
    rounded to half precision as they are made, so a build that reads them from the cache
    trains on exactly what a build from nothing computed.
    """

    def __init__(self, encoder: Encoder, static: StaticEncoder) -> None:
        self.encoder = encoder
        self.pieces = static.pieces
        self.width = int(encoder.position.shape[1])
        self.cache: dict[str, np.ndarray] = {}
        self.used: set[str] = set()
        digest = hashlib.sha256(f"{_CACHE_VERSION}|{encoder.layers}".encode())
        for name, array in sorted(encoder.pack("").items()):
            digest.update(name.encode())
            digest.update(np.ascontiguousarray(array).tobytes())
        digest.update("\n".join(self.pieces.ids).encode())
        self.key = digest.hexdigest()

    def encode(self, texts: list[str]) -> np.ndarray:
        """Return one unit-length row per text."""
        self.used.update(texts)
        missing = [t for t in dict.fromkeys(texts) if t not in self.cache]
        # Batched only with texts of the same length, so no text is padded: a padded
        # batch sums in a different order, and a text's vector would then depend on which
        # other texts happened to be missing from the cache with it.
        by_length: dict[int, list[tuple[str, list[int]]]] = {}
        for t in missing:
            pieces = self.pieces.encode(t)[: self.encoder.max_pieces]
            by_length.setdefault(len(pieces), []).append((t, pieces))
        ids = self.pieces.ids
        for group in by_length.values():
            vectors = self.encoder.encode_pieces(
                [p for _, p in group], ids["[CLS]"], ids["[SEP]"], 32
            )
            rounded = vectors.astype(np.float16).astype(np.float32)
            self.cache.update(zip((t for t, _ in group), rounded, strict=True))
        if not texts:
            return np.zeros((0, self.width), dtype=np.float32)
        return np.stack([self.cache[t] for t in texts])

    def load(self, path: Path = CONTEXT_CACHE) -> None:
        """Read the vectors a previous build saved, if they came from this encoder and code."""
        from . import minilm, wordpiece

        sources = [Path(minilm.__file__), Path(wordpiece.__file__)]
        if not path.exists() or any(path.stat().st_mtime < p.stat().st_mtime for p in sources):
            return
        try:
            with np.load(path, allow_pickle=False) as data:
                if str(data["key"]) != self.key:
                    return
                texts = str(data["texts"]).split(_SEPARATOR)
                vectors = data["vectors"].astype(np.float32)
        except (OSError, ValueError, KeyError):  # an old or broken cache: encode afresh
            return
        if len(texts) == len(vectors) and vectors.shape[1:] == (self.width,):
            self.cache.update(zip(texts, vectors, strict=True))

    def save(self, path: Path = CONTEXT_CACHE) -> None:
        """Write the vectors this build used (not every text ever seen) for the next one."""
        texts = [t for t in self.cache if t in self.used]
        if not texts:
            return
        vectors = np.stack([self.cache[t] for t in texts]).astype(np.float16)
        tmp = path.with_suffix(".tmp.npz")
        np.savez(
            tmp, texts=np.array(_SEPARATOR.join(texts)), vectors=vectors, key=np.array(self.key)
        )
        tmp.replace(path)


def context_encoder(
    static: StaticEncoder, layers: int = CONTEXT_LAYERS, tuned: Path | None = None
) -> ContextEncoder:
    """Return the second stage's encoder: MiniLM's first layers over the static vocabulary,
    with the layers' weights replaced by those in tuned (`tune_context`) when it is given."""
    from .minilm import MiniLM

    full = MiniLM()
    if tuned is not None:
        with np.load(tuned, allow_pickle=False) as data:
            replaced = {k: data[k].astype(np.float32) for k in data.files}
        # Every weight of the kept layers, and nothing else: a file short of a layer or
        # holding another's would otherwise be run half-tuned without a word.
        expected = set(layer_weights(full.w, layers))
        wrong = sorted(set(replaced) ^ expected) + sorted(
            name for name in set(replaced) & expected if full.w[name].shape != replaced[name].shape
        )
        if wrong:
            raise SystemExit(f"{tuned} does not fit MiniLM-L6 ({wrong[0]}); run make tune again")
        full.w.update(replaced)
    index = {tok: i for i, tok in enumerate(full.vocab)}
    keep = [index[tok] for tok in static.pieces.ids]
    return ContextEncoder(full.truncated(layers, keep).rounded(), static)


def layer_weights(w: dict[str, np.ndarray], layers: int = CONTEXT_LAYERS) -> dict[str, np.ndarray]:
    """Return the weights of MiniLM's first layers, by their safetensors names: what a tuned
    file holds."""
    prefixes = tuple(f"encoder.layer.{i}." for i in range(layers))
    return {name: value for name, value in w.items() if name.startswith(prefixes)}


def tuning_sets() -> tuple[str, ...]:
    """Return the sets `tune_context` trains the second stage's layers on."""
    return tuple(s for s in TRAIN_SETS if s not in CALIBRATION_SETS and SETS[s].exists())


def calibration(rows: list[dict[str, object]], tuned: bool) -> list[int]:
    """Return the rows on which the second stage's operating point is chosen: those of the
    calibration sets when its layers are tuned (the others' scores are flattered), else all."""
    return [i for i, row in enumerate(rows) if not tuned or row["set"] in CALIBRATION_SETS]


def _rows_at(
    indices: list[int],
    rows: list[dict[str, object]],
    static: list[list[Scores]],
    contextual: list[list[Scores]],
) -> tuple[list[dict[str, object]], list[list[Scores]], list[list[Scores]]]:
    """Return the rows and their two stages' span scores at indices."""
    return (
        [rows[i] for i in indices],
        [static[i] for i in indices],
        [contextual[i] for i in indices],
    )


def load_examples(names: tuple[str, ...] = TRAIN_SETS) -> list[dict[str, object]]:
    """Return the labelled examples of the named sets that exist, each with its set's name."""
    return [
        {**row, "set": name} for name in names if SETS[name].exists() for row in load(SETS[name])
    ]


def text_spans(text: str) -> tuple[str, list[str]]:
    """Return a text's normalised whole and the spans the screen would score in it.

    Spans holding a sentence where a rule matched and its context cleared it are left
    out, exactly as at screening time (see `screen.semantic_hits`).
    """
    from .screen import find_hits

    sentences = split_sentences(clean(text))
    cleared: set[int] = set()
    find_hits(sentences, cleared)
    kept = [span.text for span in spans(sentences, cleared)]
    return " ".join(s.norm for s in sentences), kept


def training_matrix(
    encoder: StaticEncoder | ContextEncoder,
    rows: list[dict[str, object]],
    heads: dict[str, np.ndarray] | None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Return features and labels for training, and the row each item came from.

    Items: every text whole; every span of a text with no risk, as a negative; and, when
    heads from a first round are given, the highest-scoring span of each risky text of
    several sentences, as a positive. Which sentence of a risky text holds the risk is
    not labelled; the first round's best guess stands in for it (multiple-instance
    learning, one round), so a risky sentence buried in a long entry is learned as such.
    """
    texts: list[str] = []
    risky: list[int] = []
    urgent: list[int] = []
    signal: list[int] = []
    origin: list[int] = []
    classifier = Classifier(heads) if heads else None
    for r, row in enumerate(rows):
        level = str(row["risk"])
        sigs = [s for s in row.get("signals", []) if s in RISK_SIGNALS]  # type: ignore[attr-defined]
        sig = RISK_SIGNALS.index(sigs[0]) if sigs else -1
        whole, parts = _spans_cache(str(row["text"]))
        items = [whole]
        if level == "none":
            items += [p for p in parts if p != whole]
        elif classifier is not None and len(parts) > 1:
            scores = classifier.predict(encoder.encode(parts))
            items.append(parts[int(np.argmax([sc.risk for sc in scores]))])
        for item in items:
            texts.append(item)
            risky.append(int(level != "none"))
            urgent.append(int(level == "urgent"))
            signal.append(sig)
            origin.append(r)
    return (
        encoder.encode(texts),
        np.array(risky),
        np.array(urgent),
        np.array(signal),
        np.array(origin),
    )


_SPANS: dict[str, tuple[str, list[str]]] = {}


def _spans_cache(text: str) -> tuple[str, list[str]]:
    if text not in _SPANS:
        _SPANS[text] = text_spans(text)
    return _SPANS[text]


def fit_logistic(x: np.ndarray, y: np.ndarray, weight: np.ndarray | None = None) -> np.ndarray:
    """Return weights (last entry the bias) of an L2-regularised logistic regression."""
    n, d = x.shape
    xb = np.hstack([x, np.ones((n, 1), dtype=np.float32)])
    w = np.zeros(d + 1, dtype=np.float64)
    sw = np.ones(n) if weight is None else weight
    sw = sw / sw.sum()
    # Newton's method: a few exact steps on a convex loss, no learning rate to tune.
    for _ in range(25):
        p = 1.0 / (1.0 + np.exp(-np.clip(xb @ w, -30, 30)))
        grad = xb.T @ (sw * (p - y)) + L2 * np.r_[w[:-1], 0.0]
        hess = (xb * (sw * p * (1 - p))[:, None]).T @ xb + L2 * np.eye(d + 1)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return w


def fit_softmax(x: np.ndarray, y: np.ndarray, classes: int) -> np.ndarray:
    """Return one-vs-rest logistic weights (classes x (d+1)) for the signal head."""
    return np.stack([fit_logistic(x, (y == c).astype(np.float64)) for c in range(classes)])


def fit_heads(
    x: np.ndarray, risky: np.ndarray, urgent: np.ndarray, signal: np.ndarray
) -> dict[str, np.ndarray]:
    """Return the three heads' weights trained on x, and x itself as the neighbour memory
    (kept in semantic.MEMORY_DIMS dimensions)."""
    projection = memory_projection(x)
    # Balance the classes so the many extra negative sentences do not drown the positives.
    pos = risky.sum()
    weight = np.where(risky == 1, (len(risky) - pos) / max(pos, 1), 1.0)
    risk = fit_logistic(x, risky.astype(np.float64), weight)
    on = risky == 1
    urg = fit_logistic(x[on], urgent[on].astype(np.float64))
    has = signal >= 0
    sig = fit_softmax(x[has], signal[has], len(RISK_SIGNALS))
    return {
        "risk_w": risk[:-1].astype(np.float32),
        "risk_b": np.asarray(risk[-1], dtype=np.float32),
        "urgent_w": urg[:-1].astype(np.float32),
        "urgent_b": np.asarray(urg[-1], dtype=np.float32),
        "signal_w": sig[:, :-1].T.astype(np.float32),
        "signal_b": sig[:, -1].astype(np.float32),
        "memory_p": projection,
        "memory_x": unit_rows(x @ projection).astype(np.float16),
        "memory_y": risky.astype(np.float16),
    }


def train(
    encoder: StaticEncoder | ContextEncoder, rows: list[dict[str, object]]
) -> dict[str, np.ndarray]:
    """Return heads trained on rows in two rounds (see `training_matrix`)."""
    x, risky, urgent, signal, _ = training_matrix(encoder, rows, None)
    heads = fit_heads(x, risky, urgent, signal)
    x, risky, urgent, signal, _ = training_matrix(encoder, rows, heads)
    return fit_heads(x, risky, urgent, signal)


def span_scores(
    encoder: StaticEncoder | ContextEncoder, heads: dict[str, np.ndarray], texts: list[str]
) -> list[list[Scores]]:
    """Return, per text, the scores of each span the screen would read in it."""
    classifier = Classifier(heads)
    out: list[list[Scores]] = []
    for text in texts:
        _, parts = _spans_cache(text)
        out.append(classifier.predict(encoder.encode(parts)) if parts else [])
    return out


def out_of_fold(
    encoder: StaticEncoder | ContextEncoder, rows: list[dict[str, object]]
) -> list[list[Scores]]:
    """Return each training text's span scores from a model trained without its set."""
    out: list[list[Scores]] = [[] for _ in rows]
    for held in dict.fromkeys(str(row["set"]) for row in rows):
        heads = train(encoder, [row for row in rows if row["set"] != held])
        idx = [i for i, row in enumerate(rows) if row["set"] == held]
        held_scores = span_scores(encoder, heads, [str(rows[i]["text"]) for i in idx])
        for i, scores in zip(idx, held_scores, strict=True):
            out[i] = scores
    return out


def sent_on(
    static: list[list[Scores]], contextual: list[list[Scores]], entry: float
) -> Iterator[tuple[int, Scores]]:
    """Yield, for each span the first stage sends on (risk at or above entry), the index of
    its text and its second-stage scores, as at screening time."""
    for i, (first, second) in enumerate(zip(static, contextual, strict=True)):
        for s, c in zip(first, second, strict=True):
            if s.risk >= entry:
                yield i, c


def text_scores(
    static: list[list[Scores]], contextual: list[list[Scores]] | None = None, entry: float = 0.0
) -> tuple[np.ndarray, np.ndarray]:
    """Return, per text, the deciding risk score of its riskiest span and that span's urgency.

    With the second stage, a span counts only if the static stage sent it on (risk at or
    above entry), and then with the second stage's scores, as at screening time.
    """
    risk = np.zeros(len(static))
    urgent = np.zeros(len(static))
    read: Iterator[tuple[int, Scores]]
    if contextual is None:
        read = ((i, sc) for i, spans_ in enumerate(static) for sc in spans_)
    else:
        read = sent_on(static, contextual, entry)
    best: dict[int, Scores] = {}
    for i, sc in read:
        if i not in best or sc.risk > best[i].risk:
            best[i] = sc
    for i, sc in best.items():
        risk[i], urgent[i] = sc.risk, sc.urgent
    return risk, urgent


def choose_operating_point(
    rows: list[dict[str, object]],
    static: list[list[Scores]],
    contextual: list[list[Scores]],
    entry: float,
    rules: np.ndarray | None = None,
    budgets: tuple[float, float] = (TARGET_HARD_FA, TARGET_UNRELATED_FA),
) -> tuple[float, tuple[float, float]]:
    """Return the second stage's threshold and urgent gate, chosen together.

    A span is flagged when its risk reaches the threshold, or when its risk reaches the
    gate's and the urgent head's score reaches the gate's urgent (many urgent texts score
    just under the threshold while the urgent head is sure of them). Every pair on a grid
    is tried on the out-of-fold scores; a pair that takes either false-alarm share over
    its budget is not used. Of the rest, the one that flags the most urgent texts wins,
    then the most risky texts, then the fewest false alarms, then the highest threshold
    and the tightest gate (a shut gate is the tightest of all). If no point is within the
    budgets, the most cautious one on the grid: 0.99 with the gate shut.

    budgets are the shares of hard negatives and of unrelated posts that may be flagged.
    Given rules (each text's level from the rules, as `rules_levels`), what is counted is
    what the screen flags, the rules or the layer; without, the layer alone.
    """
    risky, hard, unrelated = groups(rows)
    is_urgent = _urgent(rows)
    # Every span the first stage sends on, flat: the text it belongs to and its scores.
    read = list(sent_on(static, contextual, entry))
    at = np.array([i for i, _ in read], dtype=int)
    r = np.array([c.risk for _, c in read])
    u = np.array([c.urgent for _, c in read])
    base = np.zeros(len(rows), dtype=bool) if rules is None else rules > 0
    best: tuple[float, tuple[float, float]] = (0.99, DISABLED)
    best_rank: tuple[float, ...] = ()
    for threshold in np.round(np.arange(0.99, entry - 1e-9, -0.005), 3):
        gates = [DISABLED] + [
            (float(g), gu)
            for g in np.round(np.arange(entry, threshold - 1e-9, 0.01), 3)
            for gu in (0.95, 0.9, 0.85)
        ]
        for gate in gates:
            passes = (r >= threshold) | ((r >= gate[0]) & (u >= gate[1]))
            flags = base.copy()
            flags[at[passes]] = True
            if (flags[hard].mean() > budgets[0] + 1e-9) or (
                flags[unrelated].mean() > budgets[1] + 1e-9
            ):
                continue
            rank = (
                int(flags[is_urgent].sum()),
                int(flags[risky].sum()),
                -int(flags[hard | unrelated].sum()),
                float(threshold),
                *gate,
            )
            if rank > best_rank:
                best, best_rank = (float(threshold), gate), rank
    return best


def operating_point(
    rows: list[dict[str, object]],
    static: list[list[Scores]],
    contextual: list[list[Scores]],
    rules: np.ndarray | None = None,
    budgets: tuple[float, float] = (TARGET_HARD_FA, TARGET_UNRELATED_FA),
) -> tuple[float, tuple[float, float], np.ndarray, float]:
    """Return the second stage's threshold and gate (`choose_operating_point`), what it flags
    there (`flagged_urgency`), and its urgent threshold, calibrated on those texts, the
    gate's included."""
    threshold, gate = choose_operating_point(
        rows, static, contextual, CONTEXT_ENTRY, rules, budgets
    )
    urgency = flagged_urgency(static, contextual, CONTEXT_ENTRY, threshold, gate)
    return threshold, gate, urgency, choose_urgent_threshold(rows, urgency >= 0, urgency)


def _urgent(rows: list[dict[str, object]]) -> np.ndarray:
    """Return a mask of the urgent texts."""
    return np.array([r["risk"] == "urgent" for r in rows], dtype=bool)


def groups(rows: list[dict[str, object]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return masks of the risky texts, the hard negatives and the other texts with no risk."""
    none = np.array([r["risk"] == "none" for r in rows], dtype=bool)
    hard = none & np.array([r.get("kind") in HARD_KINDS for r in rows], dtype=bool)
    return ~none, hard, none & ~hard


def choose_thresholds(
    rows: list[dict[str, object]], risk: np.ndarray, urgent: np.ndarray
) -> tuple[float, float]:
    """Return the lowest risk threshold within the false-alarm budgets, and the urgent one.

    Budgets are for this layer alone, on out-of-fold scores: at most TARGET_HARD_FA of hard
    negatives and TARGET_UNRELATED_FA of unrelated posts flagged. Urgent needs a score at
    which TARGET_URGENT_PRECISION of the flagged texts are truly urgent.
    """
    _, hard, unrelated = groups(rows)
    threshold = 0.99
    for t in np.arange(0.99, 0.3, -0.005):
        if (risk[hard] >= t).mean() > TARGET_HARD_FA:
            break
        if (risk[unrelated] >= t).mean() > TARGET_UNRELATED_FA:
            break
        threshold = float(t)
    return threshold, choose_urgent_threshold(rows, risk >= threshold, urgent)


def choose_urgent_threshold(
    rows: list[dict[str, object]], flagged: np.ndarray, urgent: np.ndarray
) -> float:
    """Return the lowest urgent score at which TARGET_URGENT_PRECISION of the flagged texts
    with that score or more are truly urgent (0.99 if none is)."""
    is_urgent = _urgent(rows)
    for t in np.arange(0.5, 0.99, 0.01):
        sel = flagged & (urgent >= t)
        if sel.sum() and is_urgent[sel].mean() >= TARGET_URGENT_PRECISION:
            return float(t)
    return 0.99


def rules_levels(rows: list[dict[str, object]]) -> np.ndarray:
    """Return, per text, the level the rules alone give it (0 none, 1 elevated, 2 urgent)."""
    from .screen import combine, find_hits

    levels = []
    for row in rows:
        sentences = split_sentences(clean(str(row["text"])))
        hits = combine(find_hits(sentences, set()), sentences)
        levels.append(max((h.level for h in hits), default=0))
    return np.array(levels, dtype=int)


def flagged_urgency(
    static: list[list[Scores]],
    contextual: list[list[Scores]],
    entry: float,
    threshold: float,
    gate: tuple[float, float] = DISABLED,
) -> np.ndarray:
    """Return, per text, the highest urgent score of the spans the second stage flags (the
    first stage sent them on, and they pass the threshold or the gate); -1 where none is."""
    out = np.full(len(static), -1.0)
    for i, c in sent_on(static, contextual, entry):
        if c.passes(threshold, gate):
            out[i] = max(out[i], c.urgent)
    return out


def layer_levels(urgency: np.ndarray, urgent_threshold: float) -> np.ndarray:
    """Return, per text, the level the second stage gives it, from `flagged_urgency`:
    urgent if a flagged span reaches urgent_threshold, elevated if any span is flagged."""
    return np.where(urgency >= urgent_threshold, 2, np.where(urgency >= 0, 1, 0))


def screen_figures(rows: list[dict[str, object]], levels: np.ndarray) -> list[str]:
    """Return one line: what the screen (rules and layer, the higher level) finds left out.

    The layer's scores are out-of-fold; the rules were written reading some of these sets,
    so their part is in-sample. The unseen sets remain the measure (docs/safety.md).
    """
    risky, hard, unrelated = groups(rows)
    urgent = _urgent(rows)
    return [
        f"any-risk found {_share(levels > 0, risky)}, urgent found as urgent "
        f"{_share(levels == 2, urgent)}, urgent returned as none "
        f"{int((levels[urgent] == 0).sum())} of {int(urgent.sum())}, hard negatives "
        f"{_share(levels > 0, hard)}, unrelated {_share(levels > 0, unrelated)}"
    ]


def left_out_figures(rows: list[dict[str, object]], flagged: np.ndarray) -> list[str]:
    """Return, per training set, what the layer alone flagged when that set was left out.

    The layer only adds to the rules, so this is not the screen's recall; it is how well the
    layer reads a new author's text, which is what its thresholds were chosen on.
    """
    risky, hard, unrelated = groups(rows)
    names = np.array([str(row["set"]) for row in rows])
    lines = []
    for name in dict.fromkeys(names):
        mine = names == name
        lines.append(
            f"{name}: risky found {_share(flagged, risky & mine)}, "
            f"hard negatives {_share(flagged, hard & mine)}, "
            f"unrelated {_share(flagged, unrelated & mine)}"
        )
    return lines


def gate_summary(
    rows: list[dict[str, object]], flagged: np.ndarray, gate: tuple[float, float]
) -> list[str]:
    """Return one line: the gate chosen and what the layer flags with it, every set left out."""
    risky, hard, unrelated = groups(rows)
    urgent = _urgent(rows)
    name = "shut" if gate == DISABLED else f"risk >= {gate[0]:.2f} and urgent >= {gate[1]:.2f}"
    return [
        f"gate {name}: risky flagged {_share(flagged, risky)}, urgent flagged "
        f"{_share(flagged, urgent)}, hard negatives {_share(flagged, hard)}, "
        f"unrelated {_share(flagged, unrelated)}"
    ]


def _share(flagged: np.ndarray, group: np.ndarray) -> str:
    """Return the share of group that is flagged, or "-" for an empty group."""
    return f"{flagged[group].mean():.3f}" if group.any() else "-"


def threshold_sweep(
    rows: list[dict[str, object]], risk: np.ndarray, chosen: float | None = None
) -> list[str]:
    """Return what the layer alone flags, left out, at a range of thresholds and the chosen one.

    The trade the false-alarm budgets choose a point on: how much risk is flagged (at any
    level) against how many hard negatives and unrelated posts are.
    """
    risky, hard, unrelated = groups(rows)
    urgent = _urgent(rows)
    points = {0.70, 0.75, 0.78, 0.80, 0.82, 0.85, 0.90}
    if chosen is not None:
        points.add(round(chosen, 3))
    lines = []
    for t in sorted(points):
        flagged = risk >= t
        mark = " (chosen)" if chosen is not None and t == round(chosen, 3) else ""
        lines.append(
            f"{t:.3f}{mark}: risky flagged {_share(flagged, risky)}, urgent flagged "
            f"{_share(flagged, urgent)}, hard negatives {_share(flagged, hard)}, "
            f"unrelated {_share(flagged, unrelated)}"
        )
    return lines


def save_scores(
    path: Path,
    rows: list[dict[str, object]],
    static: list[list[Scores]],
    contextual: list[list[Scores]],
    tuned: bool = False,
) -> None:
    """Write the out-of-fold span scores to path, so that another way of choosing the
    operating point can be compared on them without leaving every set out again
    (`load_scores` reads them back); tuned says the second stage ran tuned layers."""
    counts = np.array([len(spans_) for spans_ in static], dtype=np.int32)
    flat = [
        (s, c)
        for first, second in zip(static, contextual, strict=True)
        for s, c in zip(first, second, strict=True)
    ]
    with open(path, "wb") as f:  # as named: np.savez_compressed would add ".npz" to a path
        np.savez_compressed(
            f,
            ids=np.array([str(r["id"]) for r in rows]),
            counts=counts,
            static=np.array([(s.risk, s.urgent) for s, _ in flat], dtype=np.float64).reshape(-1, 2),
            contextual=np.array([(c.risk, c.urgent) for _, c in flat], dtype=np.float64).reshape(
                -1, 2
            ),
            tuned=np.asarray(tuned),
        )


def scores_tuned(path: Path) -> bool:
    """Return whether the scores at path came from a build on tuned layers."""
    with np.load(path) as data:
        return "tuned" in data.files and bool(data["tuned"])


def load_scores(
    path: Path, rows: list[dict[str, object]]
) -> tuple[list[list[Scores]], list[list[Scores]]]:
    """Return the static and contextual out-of-fold span scores that `save_scores` wrote,
    checking that they belong to rows."""
    data = np.load(path)
    if [str(r["id"]) for r in rows] != [str(i) for i in data["ids"]]:
        raise ValueError(f"{path} holds scores of other examples; build again with --scores")
    static: list[list[Scores]] = []
    contextual: list[list[Scores]] = []
    start = 0
    for n in data["counts"]:
        end = start + int(n)
        static.append([Scores(float(r), float(u), "") for r, u in data["static"][start:end]])
        contextual.append(
            [Scores(float(r), float(u), "") for r, u in data["contextual"][start:end]]
        )
        start = end
    return static, contextual


# Budgets compared by --compare: the layer's own, then the screen's at a range (the build
# uses SCREEN_HARD_FA and SCREEN_UNRELATED_FA).
COMPARED_BUDGETS: tuple[tuple[str, tuple[float, float]], ...] = (
    ("layer", (TARGET_HARD_FA, TARGET_UNRELATED_FA)),
    *(
        ("screen", (hard, unrelated))
        for hard in (0.05, 0.06, 0.07, 0.08)
        for unrelated in (0.02, 0.03)
    ),
)


def compare_operating_points(
    rows: list[dict[str, object]],
    static: list[list[Scores]],
    contextual: list[list[Scores]],
    rules: np.ndarray,
) -> list[str]:
    """Return, per way of choosing the second stage's point (COMPARED_BUDGETS), the point
    chosen and what the screen finds with it, on the out-of-fold scores."""
    lines = []
    for what, budgets in COMPARED_BUDGETS:
        base = None if what == "layer" else rules
        threshold, gate, urgency, urgent_threshold = operating_point(
            rows, static, contextual, base, budgets
        )
        levels = np.maximum(rules, layer_levels(urgency, urgent_threshold))
        lines.append(
            f"{what} budgets {budgets[0]:.0%} hard, {budgets[1]:.0%} unrelated: threshold "
            f"{threshold:.3f}, gate {gate[0]:.2f}/{gate[1]:.2f}, urgent {urgent_threshold:.2f}; "
            + screen_figures(rows, levels)[0]
        )
    return lines


def build(
    out: Path = ARTIFACT,
    dims: int = DIMS,
    scores_out: Path | None = None,
    tuned: Path | None = None,
) -> dict[str, float]:
    """Build the artifact at out and return the figures chosen on the way; with scores_out,
    also write the out-of-fold scores there (`save_scores`).

    With tuned (the layers `tune_context` wrote), the second stage runs them, and its
    operating point is chosen on CALIBRATION_SETS alone; with None, on MiniLM's layers as
    shipped, and on every set.
    """
    t0 = time.perf_counter()
    vocab, vectors16 = distilled(dims)
    encoder = StaticEncoder(vocab, vectors16)
    rows = load_examples()
    static_oof = out_of_fold(encoder, rows)
    static_risk, static_urgent = text_scores(static_oof)
    threshold, urgent_threshold = choose_thresholds(rows, static_risk, static_urgent)
    # Spans below the entry keep the static stage's "no"; that holds only while the static
    # stage would not flag them either.
    threshold = max(threshold, CONTEXT_ENTRY)
    heads = train(encoder, rows)

    context = context_encoder(encoder, tuned=tuned)
    context.load()
    context.encode(sorted({p for row in rows for p in _all_items(str(row["text"]))}))
    context.save()
    context_oof = out_of_fold(context, rows)
    cascade_risk, _ = text_scores(static_oof, context_oof, CONTEXT_ENTRY)
    rules = rules_levels(rows)
    cal = calibration(rows, tuned is not None)
    ctx_threshold, gate, _, ctx_urgent = operating_point(
        *_rows_at(cal, rows, static_oof, context_oof),
        rules[cal],
        (SCREEN_HARD_FA, SCREEN_UNRELATED_FA),
    )
    urgency = flagged_urgency(static_oof, context_oof, CONTEXT_ENTRY, ctx_threshold, gate)
    gated = urgency >= 0
    ctx_heads = train(context, rows)
    report = {
        "the layer alone, static stage": left_out_figures(rows, static_risk >= threshold),
        "the layer alone, both stages, with the urgent gate": left_out_figures(rows, gated),
        "the layer alone, both stages, every set, by threshold (no gate)": threshold_sweep(
            rows, cascade_risk, ctx_threshold
        ),
        "the layer alone, both stages, every set, with the urgent gate": gate_summary(
            rows, gated, gate
        ),
    }
    if scores_out is not None:
        save_scores(scores_out, rows, static_oof, context_oof, tuned is not None)
    report["rules alone, every set"] = screen_figures(rows, rules)
    screen_levels = np.maximum(rules, layer_levels(urgency, ctx_urgent))
    if tuned is None:
        report["rules and both stages, every set (the screen)"] = screen_figures(
            rows, screen_levels
        )
    else:
        report["rules alone, the calibration sets"] = screen_figures(
            [rows[i] for i in cal], rules[cal]
        )
        report["rules and both stages, the calibration sets (the screen)"] = screen_figures(
            [rows[i] for i in cal], screen_levels[cal]
        )
        report["rules and both stages, every set (flattered: the tuned layers saw most)"] = (
            screen_figures(rows, screen_levels)
        )

    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".tmp.npz")
    arrays: dict[str, np.ndarray] = {
        "vocab": np.array("\n".join(vocab)),
        "vectors": vectors16,
        "threshold": np.asarray(threshold, dtype=np.float32),
        "urgent_threshold": np.asarray(urgent_threshold, dtype=np.float32),
        **heads,
        **context.encoder.pack("ctx_enc_"),
        **{"ctx_" + k: v for k, v in ctx_heads.items()},
        "ctx_entry": np.asarray(CONTEXT_ENTRY, dtype=np.float32),
        "ctx_threshold": np.asarray(ctx_threshold, dtype=np.float32),
        "ctx_urgent_threshold": np.asarray(ctx_urgent, dtype=np.float32),
        "ctx_gate_risk": np.asarray(gate[0], dtype=np.float32),
        "ctx_gate_urgent": np.asarray(gate[1], dtype=np.float32),
        "ctx_tuned": np.asarray(tuned is not None),
    }
    np.savez(tmp, **arrays)  # type: ignore[arg-type]
    tmp.replace(out)
    for name, figures in report.items():
        print(f"left-out sets ({name}):", file=sys.stderr)
        for line in figures:
            print("  " + line, file=sys.stderr)
    return {
        "examples": float(len(rows)),
        "threshold": threshold,
        "urgent_threshold": urgent_threshold,
        "context_threshold": ctx_threshold,
        "context_urgent_threshold": ctx_urgent,
        "context_gate_risk": gate[0],
        "context_gate_urgent": gate[1],
        "seconds": time.perf_counter() - t0,
        "megabytes": out.stat().st_size / 1e6,
    }


def _all_items(text: str) -> list[str]:
    whole, parts = _spans_cache(text)
    return [whole, *parts]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ARTIFACT)
    parser.add_argument("--dims", type=int, default=DIMS)
    parser.add_argument(
        "--scores", type=Path, help="also write the out-of-fold scores here (save_scores)"
    )
    parser.add_argument(
        "--tuned",
        type=Path,
        help="run the second stage on these tuned layers (make tune; not shipped: docs/safety.md)",
    )
    parser.add_argument(
        "--compare",
        action="store_true",
        help="build nothing: compare ways of choosing the operating point on --scores",
    )
    args = parser.parse_args(argv)
    if args.compare:
        if args.scores is None:
            parser.error("--compare reads the scores a build wrote with --scores")
        rows = load_examples()
        # The rules as they are now: they may have changed since the build saved the scores.
        static, contextual = load_scores(args.scores, rows)
        rules = rules_levels(rows)
        # After a tuned build, only the calibration sets' scores are honest (`calibration`).
        cal = calibration(rows, scores_tuned(args.scores))
        compared = compare_operating_points(*_rows_at(cal, rows, static, contextual), rules[cal])
        print("\n".join(compared))
        return 0
    tuned = args.tuned
    if tuned is not None and not tuned.exists():
        parser.error(f"{tuned} is missing: `make tune` writes it (alongside.safety.tune_context)")
    figures = build(args.out, args.dims, args.scores, tuned)
    print(json.dumps(figures), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
