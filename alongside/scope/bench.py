"""Measure the guard on the labelled examples in devdata/: quality and speed.

Run with `python -m alongside.scope.bench` (or `make bench-scope`). Options: `--set dev`,
`--set heldout` or `--set all` (the default), and `--quiet` to skip the lists of mistakes.

Matching rule: a finding is a hit when its span overlaps an expected span of the same text.
Recall counts expected spans overlapped by at least one finding; precision counts findings
that overlap at least one expected span; kind accuracy is, over expected spans that were hit,
how often the overlapping finding has the expected kind. The false-alarm rate is the share of
hard-negative texts (quotes, referrals, other professionals, psychoeducation, scope
statements, other senses of words) with any finding at all.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from .guard import Finding, check

DEVDATA = Path(__file__).parent / "devdata"
SETS = {"dev": ("dev.jsonl",), "heldout": ("heldout.jsonl",), "all": ("dev.jsonl", "heldout.jsonl")}
HARD_NEGATIVE_TAGS = frozenset(
    {
        "quote",
        "refer_out",
        "other_professional",
        "psychoeducation",
        "scope_statement",
        "other_sense",
    }
)


@dataclass
class Report:
    """Quality and speed figures for one set of examples."""

    texts: int = 0
    expected: int = 0
    expected_hit: int = 0
    kind_right: int = 0
    predicted: int = 0
    predicted_hit: int = 0
    hard_negatives: int = 0
    hard_negative_alarms: int = 0
    by_tag: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    misses: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)
    wrong_kinds: list[str] = field(default_factory=list)
    latencies_ms: list[float] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.expected_hit / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return self.predicted_hit / self.predicted if self.predicted else 1.0

    @property
    def kind_accuracy(self) -> float:
        return self.kind_right / self.expected_hit if self.expected_hit else 1.0

    @property
    def false_alarm_rate(self) -> float:
        return self.hard_negative_alarms / self.hard_negatives if self.hard_negatives else 0.0

    def latency(self, quantile: float) -> float:
        ordered = sorted(self.latencies_ms)
        if not ordered:
            return 0.0
        return ordered[min(len(ordered) - 1, int(quantile * len(ordered)))]


def load(name: str) -> list[dict[str, object]]:
    """Return the labelled examples of one set ("dev", "heldout" or "all")."""
    rows: list[dict[str, object]] = []
    for filename in SETS[name]:
        with open(DEVDATA / filename, encoding="utf-8") as fh:
            rows.extend(json.loads(line) for line in fh if line.strip())
    return rows


def _expected_spans(text: str, expected: list[dict[str, str]]) -> list[tuple[int, int, str]]:
    spans: list[tuple[int, int, str]] = []
    for item in expected:
        start = text.find(item["text"])
        while start != -1 and any(s == start for s, _e, _k in spans):
            start = text.find(item["text"], start + 1)
        if start == -1:
            raise ValueError(f"expected span {item['text']!r} not in {text!r}")
        spans.append((start, start + len(item["text"]), item["kind"]))
    return spans


def _overlaps(finding: Finding, start: int, end: int) -> bool:
    return finding.start < end and start < finding.end


def evaluate(rows: list[dict[str, object]]) -> Report:
    """Run the guard over labelled rows and return the figures."""
    report = Report()
    for row in rows[:20]:  # warm the caches so the first texts don't skew latency
        check(str(row["text"]))
    for row in rows:
        text = str(row["text"])
        tag = str(row.get("kind_tag", ""))
        expected = _expected_spans(text, row["findings"])  # type: ignore[arg-type]
        began = time.perf_counter()
        findings = check(text)
        report.latencies_ms.append((time.perf_counter() - began) * 1000)
        report.texts += 1
        report.expected += len(expected)
        report.predicted += len(findings)
        tag_counts = report.by_tag[tag]
        tag_counts[0] += 1
        for start, end, kind in expected:
            hits = [f for f in findings if _overlaps(f, start, end)]
            if not hits:
                report.misses.append(f"[{row['id']} {kind}] {text[start:end]!r} in {text!r}")
                continue
            report.expected_hit += 1
            if any(f.kind == kind for f in hits):
                report.kind_right += 1
            else:
                report.wrong_kinds.append(
                    f"[{row['id']}] {text[start:end]!r}: expected {kind}, got {hits[0].kind}"
                )
        for finding in findings:
            if any(_overlaps(finding, s, e) for s, e, _k in expected):
                report.predicted_hit += 1
            else:
                report.false_alarms.append(
                    f"[{row['id']} {tag}] {finding.kind} {finding.text!r} in {text!r}"
                )
        if expected:
            if all(any(_overlaps(f, s, e) for f in findings) for s, e, _k in expected):
                tag_counts[1] += 1
        elif not findings:
            tag_counts[1] += 1
        if tag in HARD_NEGATIVE_TAGS:
            report.hard_negatives += 1
            report.hard_negative_alarms += bool(findings)
    return report


def render(name: str, report: Report, quiet: bool = False) -> str:
    """Return a plain-text summary of one report."""
    lines = [
        f"== {name}: {report.texts} texts, {report.expected} expected spans, "
        f"{report.predicted} findings",
        f"recall          {report.recall:.3f}",
        f"precision       {report.precision:.3f}",
        f"kind accuracy   {report.kind_accuracy:.3f}",
        f"false alarms    {report.false_alarm_rate:.3f} "
        f"of {report.hard_negatives} hard-negative texts",
        f"latency per text  p50 {report.latency(0.5):.3f} ms  p99 {report.latency(0.99):.3f} ms",
        "per kind_tag (texts fully right / texts):",
    ]
    for tag in sorted(report.by_tag):
        total, right = report.by_tag[tag]
        note = f" (false alarms: {total - right})" if tag in HARD_NEGATIVE_TAGS else ""
        lines.append(f"  {tag:<20} {right:>3}/{total:<3} {right / total:.2f}{note}")
    if not quiet:
        for title, items in (
            ("misses", report.misses),
            ("false alarms", report.false_alarms),
            ("wrong kind", report.wrong_kinds),
        ):
            lines.append(f"{title} ({len(items)}):")
            lines.extend(f"  {item}" for item in items)
    return "\n".join(lines)


def _speed(rows: list[dict[str, object]]) -> str:
    """Time long and odd inputs too, since coaches paste whole session notes."""
    long_text = " ".join(str(r["text"]) for r in rows)[:50_000]
    began = time.perf_counter()
    check(long_text)
    long_ms = (time.perf_counter() - began) * 1000
    samples = []
    for _ in range(3):
        for row in rows:
            began = time.perf_counter()
            check(str(row["text"]))
            samples.append((time.perf_counter() - began) * 1000)
    return (
        f"== speed: median {statistics.median(samples):.3f} ms over {len(samples)} checks; "
        f"one {len(long_text):,}-character text {long_ms:.1f} ms"
    )


def main(argv: list[str] | None = None) -> int:
    """Print the benchmark for the chosen set(s)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--set", choices=sorted(SETS), default="all")
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args(argv)
    names = ["dev", "heldout"] if args.set == "all" else [args.set]
    for name in names:
        print(render(name, evaluate(load(name)), args.quiet))
        print()
    print(_speed(load("all")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
