"""The semantic layer: static sentence embeddings and a small trained classifier.

Rules read the phrasings someone wrote down; this layer reads meaning, so it can catch a
way of saying "I want to be gone" that no rule lists. It works in two stages, both trained
on the project's labelled examples, each giving per span (a sentence, or two neighbours)
the chance that it holds crisis language, the chance that it is urgent, and which signal
it is most like.

1. Static: each word piece has a fixed vector, distilled once from the MiniLM-L6 sentence
   encoder (`build_semantic` makes them); a span's vector is the weighted mean of its
   pieces' vectors. A dictionary lookup and two small products: well under a millisecond.
   Most ordinary sentences end here.
2. Contextual: a span the first stage finds at all likely (static risk at or above the
   stage's `entry`) is read again by the first three layers of MiniLM-L6 itself, which
   see word order and context ("I'm done" after "the pills are in my bag"), and this
   stage decides. A few milliseconds a sentence, in NumPy: no torch, no network.

The artifact lives in `model/semantic.npz` (built by `make setup`; see docs/safety.md).
Without it the screen still runs on its rules alone, and `available()` says so.
"""

from __future__ import annotations

import ctypes
import logging
import os
import threading
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from .minilm import Encoder
from .rules import SIGNALS
from .text import Sentence
from .wordpiece import WordPiece

ARTIFACT = Path(__file__).resolve().parent / "model" / "semantic.npz"
# Set to "0" to screen with the rules alone (the benchmark's --rules-only compares the two).
ENV_SWITCH = "ALONGSIDE_SAFETY_SEMANTIC"
# Set to "0" to run the first stage without the second (the benchmark's --static-only).
CONTEXT_SWITCH = "ALONGSIDE_SAFETY_CONTEXTUAL"
NEIGHBOURS = 10
NEIGHBOUR_SHARE = 0.5
# The neighbour memory keeps each example in this many dimensions, the directions that
# carry most of the training examples (eleventh session: every training item held whole
# in both stages came to 64 of the 150 MB budget, and grew with every set added).
MEMORY_DIMS = 160
_BLOCK = 256
# Past this many sentences a text is scored sentence by sentence, without pairs or threes.
MAX_PAIRED_SENTENCES = 1_000
# At most this many spans, and this many word pieces, of one text are read by the contextual
# stage (those the static stage scores highest first); the rest keep the static stage's
# decision. Bounds what a long paste costs: about 0.35 ms a piece on one core.
MAX_CONTEXT_SPANS = 48
MAX_CONTEXT_PIECES = 2_048
# The seven risk signals the classifier's last head chooses among.
RISK_SIGNALS: tuple[str, ...] = tuple(SIGNALS)
# An urgent gate no score passes.
DISABLED = (2.0, 2.0)


@dataclass(frozen=True)
class Scores:
    """What the classifier says of one span of text."""

    risk: float  # chance the span holds crisis language (elevated or urgent)
    urgent: float  # chance it is urgent, given that it is risky
    signal: str  # the signal it is most like
    flagged: bool = False  # the deciding stage's risk is at or above its threshold
    is_urgent: bool = False  # flagged, and the urgent score is at or above its threshold

    def decided(
        self, threshold: float, urgent_threshold: float, gate: tuple[float, float] = DISABLED
    ) -> Scores:
        """Return these scores with one stage's thresholds applied.

        gate is a second way in for urgent spans, (risk, urgent): a span whose risk is under
        the threshold but at least gate's risk, and whose urgent score is at least gate's
        urgent, is flagged too.
        """
        flagged = self.passes(threshold, gate)
        return replace(self, flagged=flagged, is_urgent=flagged and self.urgent >= urgent_threshold)

    def passes(self, threshold: float, gate: tuple[float, float] = DISABLED) -> bool:
        """Return True if the risk reaches threshold, or both scores reach the gate."""
        return self.risk >= threshold or (self.risk >= gate[0] and self.urgent >= gate[1])


class StaticEncoder:
    """Turn text into the weighted mean of its word pieces' static vectors."""

    def __init__(self, vocab: list[str], vectors: np.ndarray) -> None:
        self.pieces = WordPiece(vocab)
        # Kept in half precision (15 MB rather than 30); a sentence's rows are widened on use.
        self.vectors = vectors.astype(np.float16, copy=False)

    def encode(self, texts: list[str]) -> np.ndarray:
        """Return one unit-length row per text (a zero row for text with no pieces)."""
        return self.encode_pieces([self.pieces.encode(t) for t in texts])

    def encode_pieces(self, sequences: list[list[int]]) -> np.ndarray:
        """Return one unit-length row per list of piece ids."""
        out = np.zeros((len(sequences), self.vectors.shape[1]), dtype=np.float32)
        for i, ids in enumerate(sequences):
            if ids:
                v = self.vectors[ids].astype(np.float32).mean(0)
                norm = float(np.linalg.norm(v))
                if norm > 0:
                    out[i] = v / norm
        return out


class Classifier:
    """Score a span's vector: risk, urgent-given-risk, and the nearest signal.

    Risk is the mean of two readings that fail differently: a logistic head (a smooth
    boundary over the whole space) and the labelled examples nearest to the span (which
    remember particular phrasings, such as coded means, that a linear boundary blurs).
    """

    def __init__(self, heads: dict[str, np.ndarray]) -> None:
        self.risk_w, self.risk_b = heads["risk_w"], heads["risk_b"]
        self.urgent_w, self.urgent_b = heads["urgent_w"], heads["urgent_b"]
        self.signal_w, self.signal_b = heads["signal_w"], heads["signal_b"]
        # Not copied when already float32, as they are when loaded from the artifact.
        self.memory_x = np.asarray(heads["memory_x"], dtype=np.float32)
        self.memory_y = np.asarray(heads["memory_y"], dtype=np.float32)
        # The projection the memory was stored through (none in an artifact from before it).
        self.memory_p = (
            np.asarray(heads["memory_p"], dtype=np.float32) if "memory_p" in heads else None
        )

    def predict(self, x: np.ndarray) -> list[Scores]:
        """Return the scores of each row of x."""
        risk = NEIGHBOUR_SHARE * self.neighbours(x) + (1 - NEIGHBOUR_SHARE) * _sigmoid(
            x @ self.risk_w + self.risk_b
        )
        urgent = _sigmoid(x @ self.urgent_w + self.urgent_b)
        signal = (x @ self.signal_w + self.signal_b).argmax(1)
        return [
            Scores(float(r), float(u), RISK_SIGNALS[int(s)])
            for r, u, s in zip(risk, urgent, signal, strict=True)
        ]

    def neighbours(self, x: np.ndarray) -> np.ndarray:
        """Return, per row, the similarity-weighted share of risky among its nearest examples."""
        out = np.zeros(len(x))
        if not len(self.memory_y):
            return out
        k = min(NEIGHBOURS, len(self.memory_y))
        # In blocks, so a 50,000-character paste never builds a spans x memory matrix
        # of gigabytes.
        for start in range(0, len(x), _BLOCK):
            q = x[start : start + _BLOCK]
            if self.memory_p is not None:
                q = unit_rows(q @ self.memory_p)
            sim = q @ self.memory_x.T
            top = np.argpartition(sim, -k, axis=1)[:, -k:]
            # Sharpened so that the closest few examples decide.
            w = np.take_along_axis(sim, top, 1).clip(0) ** 4
            out[start : start + _BLOCK] = (w * self.memory_y[top]).sum(1) / (w.sum(1) + 1e-9)
        return out


@dataclass(frozen=True)
class Contextual:
    """The second stage: the first layers of MiniLM-L6 and a classifier over their output."""

    encoder: Encoder
    classifier: Classifier
    entry: float  # static risk at or above which a span is read by this stage
    threshold: float
    urgent_threshold: float
    # (risk, urgent) at or above which a span under the threshold is flagged all the same:
    # the urgent head is sure of it. Chosen by the build within the same false-alarm budgets.
    urgent_gate: tuple[float, float] = DISABLED


@dataclass(frozen=True)
class Model:
    """A loaded artifact: both stages and the thresholds chosen when it was built."""

    encoder: StaticEncoder
    classifier: Classifier
    threshold: float  # static risk at or above which a span is flagged by the first stage
    urgent_threshold: float  # urgent score at or above which a flagged span is urgent
    contextual: Contextual | None = None

    def score(self, texts: list[str]) -> list[Scores]:
        """Return the scores of each text, decided by the stage that read it last."""
        if not texts:
            return []
        # A long paste repeats itself ("Fine." a thousand times): score each text once.
        unique = list(dict.fromkeys(texts))
        pieces = [self.encoder.pieces.encode(t) for t in unique]
        first = self.classifier.predict(self.encoder.encode_pieces(pieces))
        decided = [sc.decided(self.threshold, self.urgent_threshold) for sc in first]
        stage = self.contextual
        if stage is not None:
            sent = _within_budget(
                sorted(
                    (i for i, sc in enumerate(first) if sc.risk >= stage.entry),
                    key=lambda i: -first[i].risk,
                ),
                pieces,
                stage.encoder.max_pieces,
            )
            if sent:
                ids = self.encoder.pieces.ids
                vectors = stage.encoder.encode_pieces(
                    [pieces[i] for i in sent], ids["[CLS]"], ids["[SEP]"]
                )
                for i, sc in zip(sent, stage.classifier.predict(vectors), strict=True):
                    decided[i] = sc.decided(
                        stage.threshold, stage.urgent_threshold, stage.urgent_gate
                    )
        scores = dict(zip(unique, decided, strict=True))
        return [scores[t] for t in texts]


def _within_budget(order: list[int], pieces: list[list[int]], cut: int) -> list[int]:
    """Return the spans of order, in that order, that fit MAX_CONTEXT_SPANS and
    MAX_CONTEXT_PIECES.

    A span counts as many pieces as the encoder will read of it (at most cut). One that would
    overrun the piece budget is passed over, so a long run of three does not keep out the
    shorter spans after it; the first span is always read.
    """
    chosen: list[int] = []
    used = 0
    for i in order:
        if len(chosen) == MAX_CONTEXT_SPANS:
            break
        n = min(len(pieces[i]), cut)
        if chosen and used + n > MAX_CONTEXT_PIECES:
            continue
        chosen.append(i)
        used += n
    return chosen


@dataclass(frozen=True)
class Span:
    """One to three adjacent sentences, scored together."""

    first: int
    last: int
    text: str


def spans(
    sentences: list[Sentence], cleared: frozenset[int] | set[int] = frozenset()
) -> list[Span]:
    """Return the spans the layer scores: each sentence, and each run of two and of three.

    Pairs let "I have the pills. Tonight." be read together, and threes "Gave the dog to
    my sister. Wrote the letters. Sunday, then.", which says it in no sentence or pair.
    The normalised form is used, so slang and typos the rules already repair ("kms",
    "pils") read as words. A span holding a sentence in cleared (a rule matched there and
    its context cleared it) is left to the rules.
    """
    out = [Span(i, i, s.norm) for i, s in enumerate(sentences)]
    if len(sentences) <= MAX_PAIRED_SENTENCES:
        for width in (2, 3):
            out += [
                Span(i, i + width - 1, " ".join(s.norm for s in sentences[i : i + width]))
                for i in range(len(sentences) - width + 1)
            ]
    if not cleared:
        return out
    return [s for s in out if not cleared.intersection(range(s.first, s.last + 1))]


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


def load_model(path: Path = ARTIFACT) -> Model:
    """Return the model stored at path."""
    # Read one stored array at a time, each turned into its working form before the next:
    # holding them all at once left about 20 MB of freed half-precision copies in the
    # process's heap for good.
    with np.load(path, allow_pickle=False) as arrays:
        vocab = str(arrays["vocab"]).split("\n")
        contextual = None
        if "ctx_threshold" in arrays:
            contextual = Contextual(
                Encoder.unpack(arrays, "ctx_enc_"),
                Classifier(_heads(arrays, "ctx_")),
                float(arrays["ctx_entry"]),
                float(arrays["ctx_threshold"]),
                float(arrays["ctx_urgent_threshold"]),
                # Shut in an artifact built before the gate existed.
                (float(arrays["ctx_gate_risk"]), float(arrays["ctx_gate_urgent"]))
                if "ctx_gate_risk" in arrays
                else DISABLED,
            )
        model = Model(
            StaticEncoder(vocab, arrays["vectors"]),
            Classifier(_heads(arrays, "")),
            float(arrays["threshold"]),
            float(arrays["urgent_threshold"]),
            contextual,
        )
    _check(model, len(vocab))
    return model


_HEADS = ("risk_w", "risk_b", "urgent_w", "urgent_b", "signal_w", "signal_b")


def _heads(arrays: Mapping[str, np.ndarray], prefix: str) -> dict[str, np.ndarray]:
    names: tuple[str, ...] = (*_HEADS, "memory_x", "memory_y")
    if prefix + "memory_p" in arrays:
        names = (*names, "memory_p")
    return {k: arrays[prefix + k].astype(np.float32) for k in names}


def unit_rows(x: np.ndarray) -> np.ndarray:
    """Return x with each row scaled to length one (a zero row stays zero)."""
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    return np.asarray(x / np.maximum(norms, 1e-12), dtype=np.float32)


def memory_projection(x: np.ndarray, dims: int = MEMORY_DIMS) -> np.ndarray:
    """Return the (width x dims) projection onto the directions that carry most of x.

    The top right singular vectors of x, uncentred, so that the dot products the neighbour
    search ranks by are kept as well as they can be in fewer dimensions.
    """
    x64 = np.asarray(x, dtype=np.float64)
    values, vectors = np.linalg.eigh(x64.T @ x64)
    top = vectors[:, np.argsort(values)[::-1][: min(dims, x64.shape[1])]]
    # Fix each direction's sign, so the same data always gives the same projection.
    signs = np.sign(top[np.abs(top).argmax(0), np.arange(top.shape[1])])
    return np.asarray(top * signs, dtype=np.float32)


# Scored at load, to be sure the artifact gives usable numbers: an ordinary sentence and a
# crisis one.
_PROBES = ("i made soup today.", "i want to die.")


def _check(model: Model, pieces: int) -> None:
    """Raise ValueError unless the artifact's parts fit together and score a sentence."""
    parts = [(model.encoder.vectors.shape, model.classifier)]
    stage = model.contextual
    ids = model.encoder.pieces.ids
    if stage is not None:
        stage.encoder.check()
        if stage.encoder.word.shape[0] != pieces or "[CLS]" not in ids or "[SEP]" not in ids:
            raise ValueError("semantic artifact does not match this code; rebuild it")
        parts.append((stage.encoder.word.shape, stage.classifier))
    for shape, c in parts:
        width = shape[1]
        if (
            shape[0] != pieces
            or c.risk_w.shape != (width,)
            or c.urgent_w.shape != (width,)
            or c.signal_w.shape != (width, len(RISK_SIGNALS))
            or c.memory_x.shape[1:] != ((width,) if c.memory_p is None else (c.memory_p.shape[1],))
            or (c.memory_p is not None and c.memory_p.shape[0] != width)
            or c.memory_x.shape[0] != c.memory_y.shape[0]
        ):
            raise ValueError("semantic artifact does not match this code; rebuild it")
    probes = model.score(list(_PROBES))
    if stage is not None:
        # Run the second stage itself: the static stage may not send either probe on.
        probe_ids = [model.encoder.pieces.encode(t) for t in _PROBES]
        probes += stage.classifier.predict(
            stage.encoder.encode_pieces(probe_ids, ids["[CLS]"], ids["[SEP]"])
        )
    for probe in probes:
        if not (0.0 <= probe.risk <= 1.0 and 0.0 <= probe.urgent <= 1.0):
            raise ValueError("semantic artifact gives no usable score; rebuild it")


log = logging.getLogger(__name__)
_lock = threading.Lock()
_model: Model | None = None
_missing = False


def model() -> Model | None:
    """Return the shared model, loading it once; None if the artifact is not built."""
    global _model, _missing
    if os.environ.get(ENV_SWITCH) == "0":
        return None
    if _model is None and not _missing:
        with _lock:
            if _model is None and not _missing:
                try:
                    _model = load_model()
                    _release_freed_heap()
                except FileNotFoundError:
                    _missing = True
                    log.warning("crisis screen: semantic layer not built; rules only")
                except Exception as exc:  # noqa: BLE001 - a bad artifact must not fail a save
                    # A truncated or mismatched file: screen with the rules, say so once.
                    _missing = True
                    log.error("crisis screen: semantic layer unreadable (%s); rules only", exc)
    if _model is not None and _model.contextual is not None:
        if os.environ.get(CONTEXT_SWITCH) == "0":
            return replace(_model, contextual=None)
    return _model


def _release_freed_heap() -> None:
    """Hand the heap that loading freed back to the system, where the C library allows it.

    Loading turns each stored half-precision array into its working form and frees the
    stored copy; glibc keeps such freed blocks in the process (about 9 MB here) unless
    asked. Elsewhere this does nothing.
    """
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass


def available() -> bool:
    """Return True if the semantic layer is built and loaded."""
    return model() is not None
