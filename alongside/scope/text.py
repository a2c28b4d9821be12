"""Prepare coach text for matching: a normalised shadow copy, sentences and context cues.

The rules run on a shadow copy of the text in which curly quotes are straightened and a few
misspelled key words are corrected. An offset map turns every shadow span back into exact
indices of the original string, so findings always point at what the coach typed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# Same-length substitutions, so they need no offset bookkeeping of their own.
_CHAR_FOLD = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201b": "'",
        "\u02bc": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2011": "-",
        "\u00a0": " ",
    }
)

# Key words worth correcting when misspelled by one letter. Short words are left alone: at
# four or five letters a one-letter slip usually lands on another real word.
_FUZZY_TARGETS = frozenset(
    """
    treatment therapy therapist therapeutic resistant compliant noncompliant manipulative
    diagnosis diagnosed diagnose depression depressed anxiety bipolar borderline medication
    medications antidepressant antidepressants sertraline lexapro prozac zoloft xanax klonopin
    melatonin propranolol ashwagandha committed suicide attention dissociating dissociation
    disorder symptoms exposure intervention assessment psychiatrist clinically
    definitely obviously wellbutrin seroquel lithium adderall
    """.split()
)

# Real words one letter away from a target; correcting them would invent findings.
_FUZZY_STOP = frozenset(
    """
    meditation meditations medicating dedication diagnoses therapies disorders symptom
    treatments therapists exposures interventions assessments committee commuted
    complaint complaints
    """.split()
)

# Contractions typed without the apostrophe, common on a phone. Only forms that are not also
# everyday words are listed ("were", "well", "its" and "id" are left alone).
_CONTRACTIONS = {
    "shes": "she's",
    "hes": "he's",
    "youre": "you're",
    "theyre": "they're",
    "youve": "you've",
    "theyve": "they've",
    "youd": "you'd",
    "dont": "don't",
    "doesnt": "doesn't",
    "didnt": "didn't",
    "isnt": "isn't",
    "arent": "aren't",
    "wasnt": "wasn't",
    "cant": "can't",
    "wont": "won't",
    "wouldnt": "wouldn't",
    "shouldnt": "shouldn't",
    "couldnt": "couldn't",
    "thats": "that's",
    "whats": "what's",
    "im": "I'm",
    "ive": "I've",
}

_WORD = re.compile(r"[A-Za-z]+")


def _deletes(word: str) -> list[tuple[str, int]]:
    return [(word[:i] + word[i + 1 :], i) for i in range(len(word))]


@lru_cache(maxsize=1)
def _delete_index() -> dict[str, list[tuple[str, int]]]:
    index: dict[str, list[tuple[str, int]]] = {}
    for target in _FUZZY_TARGETS:
        for short, pos in _deletes(target):
            index.setdefault(short, []).append((target, pos))
    return index


@lru_cache(maxsize=4096)
def correct_word(word: str) -> str | None:
    """Return the key word that `word` misspells by one edit, or None."""
    low = word.lower()
    if low in _FUZZY_TARGETS or low in _FUZZY_STOP or low[:-1] in _FUZZY_TARGETS:
        return None
    index = _delete_index()
    # One letter missing from a target ("tratment").
    for target, _pos in index.get(low, ()):
        return target
    for short, _pos in _deletes(low):
        # One letter too many ("commmitted").
        if short in _FUZZY_TARGETS:
            return short
        # One letter wrong or two neighbours swapped ("resistent", "bipoalr").
        for target, _tpos in index.get(short, ()):
            if len(target) == len(low) and _one_swap_or_substitution(low, target):
                return target
    return None


def _one_swap_or_substitution(a: str, b: str) -> bool:
    diffs = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    if len(diffs) == 1:
        return True
    return (
        len(diffs) == 2
        and diffs[1] == diffs[0] + 1
        and a[diffs[0]] == b[diffs[1]]
        and a[diffs[1]] == b[diffs[0]]
    )


@dataclass(frozen=True, slots=True)
class Shadow:
    """A normalised copy of the text with a map back to original offsets."""

    text: str
    starts: tuple[int, ...] | None
    ends: tuple[int, ...] | None

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Return the original (start, end) for the shadow span [start, end)."""
        if self.starts is None or self.ends is None:
            return start, end
        return self.starts[start], self.ends[end - 1]


def make_shadow(text: str) -> Shadow:
    """Return the shadow copy of `text`, correcting misspelled key words."""
    folded = text.translate(_CHAR_FOLD)
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    last = 0
    changed = False
    for match in _WORD.finditer(folded):
        word = match.group()
        fixed = _CONTRACTIONS.get(word.lower())
        # Key words are 6 to 15 letters; longer runs of letters are never one slip away.
        if fixed is None and 6 <= len(word) <= 17:
            fixed = correct_word(word)
        if fixed is None:
            continue
        if word[0].isupper():
            fixed = fixed[0].upper() + fixed[1:]
        changed = True
        pieces.append(folded[last : match.start()])
        starts.extend(range(last, match.start()))
        ends.extend(range(last + 1, match.start() + 1))
        pieces.append(fixed)
        starts.extend([match.start()] * len(fixed))
        ends.extend([match.end()] * len(fixed))
        last = match.end()
    if not changed:
        return Shadow(folded, None, None)
    pieces.append(folded[last:])
    starts.extend(range(last, len(folded)))
    ends.extend(range(last + 1, len(folded) + 1))
    return Shadow("".join(pieces), tuple(starts), tuple(ends))


# A sentence ends at . ! ? (not after a title such as "Dr.") or at a line break.
_SENTENCE_END = re.compile(
    r"(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bSt)(?<!\be\.g)(?<!\bi\.e)(?<!\bvs)"
    r"[.!?]+(?=[\s\"')\]]|$)|\n+"
)


def sentences(text: str) -> list[tuple[int, int]]:
    """Return (start, end) of each sentence, end including its closing punctuation."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        if text[start:end].strip():
            spans.append((start, end))
        start = end
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


_DOUBLE_QUOTED = re.compile(r'"[^"\n]{1,400}"')
# An opening single quote follows a non-letter; apostrophes inside words ("I'm") are allowed.
_SINGLE_QUOTED = re.compile(
    r"(?<![A-Za-z0-9])'(?:[^'\n]|(?<=[A-Za-z])'(?=[A-Za-z])){1,300}?'(?![A-Za-z])"
)


def quoted_regions(text: str) -> list[tuple[int, int]]:
    """Return spans of text inside quotation marks: words the coach is quoting."""
    regions = [m.span() for m in _DOUBLE_QUOTED.finditer(text)]
    regions += [m.span() for m in _SINGLE_QUOTED.finditer(text)]
    return regions
