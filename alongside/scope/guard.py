"""Check what a coach writes for language outside coaching, and offer an in-scope alternative.

The guard advises; it never blocks. It has no Django import so it can run anywhere: in a view,
in a management command, or from the command line (`python -m alongside.scope`).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import asdict, dataclass

from . import rules
from .context import context_for
from .text import make_shadow, quoted_regions, sentences

KINDS: tuple[str, ...] = ("diagnosis", "medication", "treatment", "pathologizing")


@dataclass(frozen=True, slots=True)
class Finding:
    """One span of coach writing that sits outside coaching, with a kinder alternative."""

    kind: str
    text: str
    start: int
    end: int
    why: str
    suggestion: str

    def to_dict(self) -> dict[str, str | int]:
        """Return the finding as a plain dict, ready for JSON."""
        return asdict(self)


# A span that starts a sentence (or a note line such as "Goal: ...") takes a capital letter.
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?:\n\"'(\-*\u2022]|\d\.)\s*$")


def _match_case(text: str, start: int, suggestion: str) -> str:
    """Return `suggestion` with a first letter that reads naturally where the span was."""
    first = text[start]
    if not suggestion or not first.isalpha():
        return suggestion
    opening = _SENTENCE_OPENING.search(text[max(0, start - 40) : start]) is not None
    if first.isupper() and opening:
        return suggestion[0].upper() + suggestion[1:]
    if first.islower() and not re.match(r"I\b", suggestion):
        return suggestion[0].lower() + suggestion[1:]
    # A capital mid-sentence is an acronym or a name ("PTSD", "Jamie's"): keep the
    # suggestion's own case so it doesn't shout in the middle of a sentence.
    return suggestion


def _merge(regions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Return the regions sorted and merged, so a lookup needs one bisect."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(regions):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _inside(span: tuple[int, int], merged: list[tuple[int, int]], starts: list[int]) -> bool:
    index = bisect.bisect_left(starts, span[1]) - 1
    return index >= 0 and merged[index][1] > span[0]


def check(text: str) -> list[Finding]:
    """Return findings for `text`, sorted by start and never overlapping."""
    if not isinstance(text, str) or not text.strip():
        return []
    try:
        return _check(text)
    except Exception:  # noqa: BLE001
        # The guard only advises: a bug here must never stop a coach from saving a note.
        return []


def _strongest(candidates: list[rules.Candidate]) -> list[rules.Candidate]:
    """Return non-overlapping candidates: higher priority first, then the longer span."""
    chosen: list[rules.Candidate] = []
    for cand in sorted(candidates, key=lambda c: (-c.priority, -(c.end - c.start), c.start)):
        if all(cand.end <= c.start or c.end <= cand.start for c in chosen):
            chosen.append(cand)
    return chosen


def _check(text: str) -> list[Finding]:
    shadow = make_shadow(text)
    quotes = _merge(quoted_regions(shadow.text))
    quote_starts = [start for start, _end in quotes]
    chosen: list[rules.Candidate] = []
    for sent_start, sent_end in sentences(shadow.text):
        sentence = shadow.text[sent_start:sent_end]
        candidates = [
            cand
            for cand in rules.find(sentence, context_for(sentence))
            if cand.end > cand.start
            and not _inside((sent_start + cand.start, sent_start + cand.end), quotes, quote_starts)
        ]
        # Candidates never cross a sentence, so overlaps are settled sentence by sentence.
        for cand in sorted(_strongest(candidates), key=lambda c: c.start):
            chosen.append(
                rules.Candidate(
                    sent_start + cand.start,
                    sent_start + cand.end,
                    cand.kind,
                    cand.why,
                    cand.suggestion,
                    cand.priority,
                )
            )
    findings = []
    for cand in chosen:
        start, end = shadow.original_span(cand.start, cand.end)
        findings.append(
            Finding(
                kind=cand.kind,
                text=text[start:end],
                start=start,
                end=end,
                why=cand.why,
                suggestion=_match_case(text, start, cand.suggestion),
            )
        )
    return findings


def apply(text: str, finding: Finding) -> str:
    """Return `text` with the finding's span replaced by its suggestion."""
    if text[finding.start : finding.end] != finding.text:
        raise ValueError("The text has changed since this finding was made.")
    return text[: finding.start] + finding.suggestion + text[finding.end :]
