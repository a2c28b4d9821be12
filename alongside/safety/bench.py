"""Measure the crisis screen: quality on the labelled sets, speed, load time, memory.

Run: .venv/bin/python -m alongside.safety.bench  (or `make bench-safety`).
Options: --set NAME|all (default all; the names are SETS below), --no-speed, --misses-only,
--rules-only (without the semantic layer, to compare the two), --static-only (the semantic
layer's first stage without its second).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from alongside.safety import semantic
from alongside.safety.text import clean, split_sentences

DEVDATA = Path(__file__).resolve().parent / "devdata"
# dev: tuned against. heldout: written before tuning, inspected once at the end (see
# docs/safety.md). fresh (fr4): measured unseen, then inspected and generalised into rules.
# fresh2 (fr5): written before the fr4 misses were read; measured unseen in session 2, read
# and trained on in session 3. fresh3 (fr6) and fresh4 (fr7): written in session 3 by people
# who saw neither the rules nor the data; never read or trained on, measured once more in
# session 4 and retired. fresh5 (fr8) and fresh6 (fr9): written the same way in session 4;
# fresh7 (fr10) and fresh8 (fr11) in session 5 (devdata/BRIEF.md): never read or trained on
# until, after nine looks, they were retired into training in session 8. fresh9 (fr12) and
# fresh10 (fr13) in session 6, fresh11 (fr14) and fresh12 (fr15) in session 7, and fresh13
# (fr16) and fresh14 (fr17) in session 8: looked at six to eleven times each, then retired
# into training in session 11 (their misses read into rules). fresh15 (fr18) and fresh16
# (fr19), with 59 everyday posts each, in session 10: looked at three times each, then
# retired into training in session 12 the same way. fresh17, fresh18 (fr20, fr21) in session
# 11: looked at four times, then retired into training in session 13 the same way, and
# fresh19, fresh20 (fr22, fr23), written in session 11, looked at six times, retired in
# session 14. fresh21, fresh22 (fr24, fr25) in session 12, fresh23, fresh24 (fr26, fr27) in
# session 13 and fresh25, fresh26 (fr28, fr29) in session 14: never read, never trained on,
# the honest unseen figure (docs/safety.md lists every look). train3 … train7 (session 5),
# train8, train9 (session 6), train10, train11 (session 8), train12, train13 (session 12),
# train14, train15 (session 13) and train16, train17 (session 14): written for training,
# measured once before it.
SETS = {
    "dev": DEVDATA / "dev.jsonl",
    "heldout": DEVDATA / "heldout.jsonl",
    "fresh": DEVDATA / "fresh.jsonl",
    "fresh2": DEVDATA / "fresh2.jsonl",
    "fresh3": DEVDATA / "fresh3.jsonl",
    "fresh4": DEVDATA / "fresh4.jsonl",
    "fresh5": DEVDATA / "fresh5.jsonl",
    "fresh6": DEVDATA / "fresh6.jsonl",
    "train": DEVDATA / "train.jsonl",
    "train2": DEVDATA / "train2.jsonl",
    "train3": DEVDATA / "train3.jsonl",
    "train4": DEVDATA / "train4.jsonl",
    "train5": DEVDATA / "train5.jsonl",
    "train6": DEVDATA / "train6.jsonl",
    "train7": DEVDATA / "train7.jsonl",
    "fresh7": DEVDATA / "fresh7.jsonl",
    "fresh8": DEVDATA / "fresh8.jsonl",
    "train8": DEVDATA / "train8.jsonl",
    "train9": DEVDATA / "train9.jsonl",
    "fresh9": DEVDATA / "fresh9.jsonl",
    "fresh10": DEVDATA / "fresh10.jsonl",
    "fresh11": DEVDATA / "fresh11.jsonl",
    "fresh12": DEVDATA / "fresh12.jsonl",
    "train10": DEVDATA / "train10.jsonl",
    "train11": DEVDATA / "train11.jsonl",
    "fresh13": DEVDATA / "fresh13.jsonl",
    "fresh14": DEVDATA / "fresh14.jsonl",
    "fresh15": DEVDATA / "fresh15.jsonl",
    "fresh16": DEVDATA / "fresh16.jsonl",
    "fresh17": DEVDATA / "fresh17.jsonl",
    "fresh18": DEVDATA / "fresh18.jsonl",
    "fresh19": DEVDATA / "fresh19.jsonl",
    "fresh20": DEVDATA / "fresh20.jsonl",
    "train12": DEVDATA / "train12.jsonl",
    "train13": DEVDATA / "train13.jsonl",
    "fresh21": DEVDATA / "fresh21.jsonl",
    "fresh22": DEVDATA / "fresh22.jsonl",
    "train14": DEVDATA / "train14.jsonl",
    "train15": DEVDATA / "train15.jsonl",
    "fresh23": DEVDATA / "fresh23.jsonl",
    "fresh24": DEVDATA / "fresh24.jsonl",
    "train16": DEVDATA / "train16.jsonl",
    "train17": DEVDATA / "train17.jsonl",
    "fresh25": DEVDATA / "fresh25.jsonl",
    "fresh26": DEVDATA / "fresh26.jsonl",
}
# The sets never read, never trained on: `--set unseen`, the honest figure (docs/safety.md).
UNSEEN_SETS = ("fresh21", "fresh22", "fresh23", "fresh24", "fresh25", "fresh26")
HARD_NEGATIVE_KINDS = frozenset(
    {
        "past_resolved",
        "negation",
        "third_person",
        "media",
        "idiom",
        "trauma_narrative",
        "quoted_question",
        "ordinary_distress",
        "medical",
        "dark_humour",
        "safety_plan",
    }
)
# Posts about other things entirely (Reddit-style, teenage chat), for the "unrelated posts
# flagged" figure.
UNRELATED_KINDS = frozenset({"unrelated", "teen", "ordinary"})
LEVELS = ("none", "elevated", "urgent")

# Measured in a fresh interpreter so the figures are not polluted by this module.
_LOAD_PROBE = """
import json, time
def rss():
    for line in open('/proc/self/status'):
        if line.startswith('VmRSS:'):
            return int(line.split()[1])
    return 0
before = rss()
t0 = time.perf_counter()
from alongside.safety import screen
screen("warm up: I want to go for a walk today.")
t1 = time.perf_counter()
print(json.dumps({"load_s": t1 - t0, "rss_added_kb": rss() - before, "rss_before_kb": before}))
"""


def load(path: Path) -> list[dict[str, Any]]:
    """Return the labelled examples in a JSON-lines file."""
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


@dataclass
class Result:
    """Quality figures for one labelled set."""

    rows: list[dict[str, Any]]
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    by_kind: dict[str, list[bool]] = field(default_factory=lambda: defaultdict(list))
    sig_tp: Counter[str] = field(default_factory=Counter)
    sig_fp: Counter[str] = field(default_factory=Counter)
    sig_fn: Counter[str] = field(default_factory=Counter)
    misses: list[tuple[str, str, str, str, tuple[str, ...]]] = field(default_factory=list)

    def merged(self, other: Result) -> Result:
        """Return this set's and another's rows, confusion and misses together.

        Enough for `headline` (ids must be unique across the sets, as they are); the
        per-kind and per-signal figures are left out.
        """
        return Result(
            self.rows + other.rows,
            self.confusion + other.confusion,
            misses=self.misses + other.misses,
        )


def evaluate(rows: list[dict[str, Any]]) -> Result:
    """Return quality figures for screening rows against their labels."""
    from alongside.safety import screen

    result = Result(rows)
    for row in rows:
        got = screen(str(row["text"]))
        want = str(row["risk"])
        result.confusion[(want, got.risk)] += 1
        result.by_kind[str(row["kind"])].append(want == got.risk)
        want_sigs, got_sigs = set(row["signals"]), set(got.signals)
        for s in want_sigs | got_sigs:
            if s in want_sigs and s in got_sigs:
                result.sig_tp[s] += 1
            elif s in got_sigs:
                result.sig_fp[s] += 1
            else:
                result.sig_fn[s] += 1
        if want != got.risk:
            result.misses.append((str(row["id"]), str(row["kind"]), want, got.risk, got.signals))
    return result


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.3f} ({a}/{b})" if b else "n/a"


def flagged(result: Result, kinds: frozenset[str]) -> tuple[int, int]:
    """Return how many safe texts of these kinds were flagged, and how many there are."""
    ids = {str(r["id"]) for r in result.rows if r["risk"] == "none" and r["kind"] in kinds}
    return sum(1 for m in result.misses if m[0] in ids), len(ids)


def headline(result: Result) -> dict[str, float]:
    """Return the floors the tests hold the screen to."""
    confusion = result.confusion
    risky = sum(v for (w, _), v in confusion.items() if w != "none")
    found = sum(v for (w, g), v in confusion.items() if w != "none" and g != "none")
    urgent = sum(v for (w, _), v in confusion.items() if w == "urgent")
    false_alarms, hard = flagged(result, HARD_NEGATIVE_KINDS)
    unrelated_flagged, unrelated = flagged(result, UNRELATED_KINDS)
    return {
        "unrelated_flagged": unrelated_flagged / unrelated if unrelated else 0.0,
        "unrelated": float(unrelated),
        "any_recall": found / risky if risky else 1.0,
        "urgent_recall": confusion[("urgent", "urgent")] / urgent if urgent else 1.0,
        "urgent_as_none": float(confusion[("urgent", "none")]),
        "hard_negative_false_alarms": false_alarms / hard if hard else 0.0,
        "hard_negatives": float(hard),
    }


def headline_line(h: dict[str, float]) -> str:
    """Return the one-line summary of a set's headline figures (no texts, no ids)."""
    return (
        f"any-risk recall {h['any_recall']:.3f} | urgent recall {h['urgent_recall']:.3f} | "
        f"urgent->none {int(h['urgent_as_none'])} | hard-negative false alarms "
        f"{h['hard_negative_false_alarms']:.3f} of {int(h['hard_negatives'])} | unrelated posts "
        f"flagged {h['unrelated_flagged']:.3f} of {int(h['unrelated'])}"
    )


def totals_line(result: Result) -> str:
    """Return the headline figures of several sets taken together, in counts."""
    h = headline(result)
    urgent = sum(v for (w, _), v in result.confusion.items() if w == "urgent")
    hard, hard_n = flagged(result, HARD_NEGATIVE_KINDS)
    unrelated, unrelated_n = flagged(result, UNRELATED_KINDS)
    return (
        f"in all: any-risk recall {h['any_recall']:.3f} | urgent->none "
        f"{int(h['urgent_as_none'])} of {urgent} | hard-negative false alarms {hard} of "
        f"{hard_n} | unrelated posts flagged {unrelated} of {unrelated_n}"
    )


def set_names(spec: str) -> list[str]:
    """Return the sets a --set value names: one, a comma-separated list, `unseen` or `all`."""
    if spec == "all":
        return list(SETS)
    if spec == "unseen":
        return list(UNSEEN_SETS)
    names = list(dict.fromkeys(n.strip() for n in spec.split(",") if n.strip()))
    unknown = [n for n in names if n not in SETS]
    if unknown or not names:
        raise ValueError(
            f"unknown set {', '.join(unknown) or repr(spec)}; one of: {', '.join(SETS)}"
        )
    return names


def report(name: str, result: Result, misses_only: bool = False) -> None:
    """Print quality figures for one set."""
    confusion = result.confusion
    print(f"\n=== {name}: {len(result.rows)} examples ===")
    print(headline_line(headline(result)))
    if not misses_only:
        print("\nper risk level (recall / precision):")
        for level in LEVELS:
            tp = confusion[(level, level)]
            want = sum(v for (w, _), v in confusion.items() if w == level)
            got = sum(v for (_, g), v in confusion.items() if g == level)
            print(f"  {level:9s} recall {_ratio(tp, want):22s} precision {_ratio(tp, got)}")
        tp_any = sum(v for (w, g), v in confusion.items() if w != "none" and g != "none")
        want_any = sum(v for (w, _), v in confusion.items() if w != "none")
        got_any = sum(v for (_, g), v in confusion.items() if g != "none")
        print(
            f"  any-risk  recall {_ratio(tp_any, want_any):22s} precision {_ratio(tp_any, got_any)}"
        )
        print("\nconfusion (rows expected, columns got):")
        print("             " + "".join(f"{g:>10s}" for g in LEVELS))
        for w in LEVELS:
            print(f"  {w:10s} " + "".join(f"{confusion[(w, g)]:10d}" for g in LEVELS))
        stp, sfp, sfn = result.sig_tp, result.sig_fp, result.sig_fn
        print("\nper signal (recall / precision):")
        for s in sorted(set(stp) | set(sfp) | set(sfn)):
            print(
                f"  {s:25s} recall {_ratio(stp[s], stp[s] + sfn[s]):20s} "
                f"precision {_ratio(stp[s], stp[s] + sfp[s])}"
            )
        print("\nper kind (risk exactly right):")
        for kind in sorted(result.by_kind):
            ok = result.by_kind[kind]
            tag = " (hard negative)" if kind in HARD_NEGATIVE_KINDS else ""
            print(f"  {kind:18s} {_ratio(sum(ok), len(ok))}{tag}")
    print(f"\nmisses ({len(result.misses)}): id kind expected -> got [signals]")
    for mid, kind, expected, actual, sigs in result.misses:
        print(f"  {mid} {kind} {expected} -> {actual} {list(sigs)}")


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def speed(
    texts: Iterable[str],
    ordinary: Iterable[str] = (),
    repeats: int = 20,
    elevated: Iterable[str] = (),
) -> None:
    """Print per-text latency over many repetitions, then load time and memory.

    The long-text figures include one made only of texts with no risk (the rules find
    nothing, so the semantic layer reads every sentence) and one made only of elevated texts
    (the rules stop short of urgent, so the contextual stage reads as much as it may).
    """
    from alongside.safety import screen

    short = [t for t in texts if len(t.split()) <= 100]
    times: list[float] = []
    for _ in range(repeats):
        for t in short:
            t0 = time.perf_counter()
            screen(t)
            times.append(time.perf_counter() - t0)
    print(f"\n=== speed: {len(short)} texts of <=100 words x {repeats} repeats, one core ===")
    print(
        f"latency per text: p50 {statistics.median(times) * 1000:.3f} ms, "
        f"p99 {_percentile(times, 0.99) * 1000:.3f} ms, max {max(times) * 1000:.3f} ms"
    )
    long_text = " ".join(short)[:50_000]
    t0 = time.perf_counter()
    screen(long_text)
    print(f"one 50,000-character text: {(time.perf_counter() - t0) * 1000:.1f} ms")
    worst = "\n".join(elevated)[:50_000]
    model = semantic.model()
    if worst and model is not None:
        # The layer on its own: in a screen the rules may find urgent first and skip it.
        spans = semantic.spans(split_sentences(clean(worst)))
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        t0 = time.perf_counter()
        model.score([span.text for span in spans])
        grown = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - peak) / 1024
        print(
            f"the semantic layer alone on one 50,000-character text of elevated texts "
            f"({len(spans)} spans): {(time.perf_counter() - t0) * 1000:.1f} ms, "
            f"peak memory +{grown:.0f} MB"
        )
    plain = "\n".join(ordinary)[:50_000]
    if plain:
        t0 = time.perf_counter()
        screen(plain)
        print(
            f"one 50,000-character text with nothing risky: "
            f"{(time.perf_counter() - t0) * 1000:.1f} ms"
        )
    probe = subprocess.run(
        [sys.executable, "-c", _LOAD_PROBE], capture_output=True, text=True, check=True
    )
    figures = json.loads(probe.stdout)
    print(
        f"load (import + first screen, fresh interpreter): {figures['load_s'] * 1000:.0f} ms; "
        f"RSS added {figures['rss_added_kb'] / 1024:.1f} MB "
        f"(interpreter before import {figures['rss_before_kb'] / 1024:.1f} MB)"
    )


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--set",
        default="all",
        help="a set, sets joined by commas, `unseen` (the sets never read) or `all`",
    )
    parser.add_argument(
        "--summary",
        action="store_true",
        help="only each set's one-line figures and their totals: safe on unseen sets",
    )
    parser.add_argument("--no-speed", action="store_true")
    parser.add_argument("--misses-only", action="store_true")
    parser.add_argument(
        "--rules-only", action="store_true", help="screen without the semantic layer"
    )
    parser.add_argument(
        "--static-only",
        action="store_true",
        help="screen with the rules and the semantic layer's first stage only",
    )
    args = parser.parse_args(argv)
    try:
        names = set_names(args.set)
    except ValueError as exc:
        parser.error(str(exc))
    if args.rules_only:
        os.environ[semantic.ENV_SWITCH] = "0"
    if args.static_only:
        os.environ[semantic.CONTEXT_SWITCH] = "0"
    loaded = semantic.model()
    layer = "off" if loaded is None else "static stage only"
    if loaded is not None and loaded.contextual is not None:
        layer = "both stages"
    print(f"semantic layer: {layer}")
    if args.summary:
        together = Result([])
        for name in names:
            result = evaluate(load(SETS[name]))
            together = together.merged(result)
            print(f"{name}: {headline_line(headline(result))}")
        if len(names) > 1:
            print(totals_line(together))
        return 0
    texts: list[str] = []
    ordinary: list[str] = []
    elevated: list[str] = []
    for name in names:
        rows = load(SETS[name])
        texts.extend(str(r["text"]) for r in rows)
        ordinary.extend(str(r["text"]) for r in rows if r["risk"] == "none")
        elevated.extend(str(r["text"]) for r in rows if r["risk"] == "elevated")
        report(name, evaluate(rows), args.misses_only)
    if not args.no_speed:
        speed(texts, ordinary, elevated=elevated)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
