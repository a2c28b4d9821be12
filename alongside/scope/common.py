"""Pieces every rule family shares: the candidate type, condition tables and wording helpers."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import CONDITION_ADJECTIVES, CONDITIONS, DESCRIPTIONS

FLAGS = re.IGNORECASE


@dataclass(frozen=True, slots=True)
class Candidate:
    """A possible finding, with offsets relative to the sentence it came from."""

    start: int
    end: int
    kind: str
    why: str
    suggestion: str
    priority: int


COND_RX = "|".join(f"(?:{pattern})" for pattern, _family in CONDITIONS)
COND_FAMILIES = [(re.compile(pattern, FLAGS), family) for pattern, family in CONDITIONS]
ADJ_RX = "|".join(f"(?:{pattern})" for pattern, _family in CONDITION_ADJECTIVES)
ADJ_FAMILIES = [(re.compile(pattern, FLAGS), family) for pattern, family in CONDITION_ADJECTIVES]
TRAILER = r"(?:\s+(?:symptoms|traits|tendencies|episodes?|stuff))?"

# Words that can stand before a verb but are not people ("It's clearly PTSD").
NOT_NAMES = (
    r"(?!(?:It|This|That|There|Here|What|Which|Who|Honestly|Maybe|Today|Note|Notes|Session"
    r"|Goal|And|But|So|Also|Just|Then|When|If|Sounds|Looks|Seems|Week|Next|Step|Very|Really|Quite"
    r"|Such|Pretty|Too|A|An|The|How|Why|Where|Our|Your|Her|His|Their|My|Not|No|Yes|Ok|Okay"
    r"|Thanks|Thank|Great|Good|Well|Hi|Hey|Hello|Dear|Today|Yesterday|Tomorrow|Totally|With|In"
    r"|For|About|On|After|Like|Of|From|May|March|June|July|August|Many|Some|Most|Every|Each|You"
    r"|We|They|She|He|It|If)\b)"
)
NAME = rf"{NOT_NAMES}(?-i:[A-Z][a-z]+)"
SUBJECT = rf"(?:you|u|she|he|they|client|the\s+client|my\s+client|{NAME})"


def family_of(text: str, table: list[tuple[re.Pattern[str], str]]) -> str:
    """Return the family of a matched condition name, preferring a whole-text match."""
    for pattern, family in table:
        if pattern.fullmatch(text.strip()):
            return family
    for pattern, family in table:
        if pattern.search(text):
            return family
    return "generic"


def person_forms(word: str) -> tuple[str, str, str]:
    """Return (possessive, 'has' contraction, subject) for a subject or possessive word."""
    low = word.lower()
    if low in {"you", "u", "your", "ur"}:
        return "your", "you've", "you"
    if low in {"she", "her"}:
        return "her", "she's", "she"
    if low in {"he", "his", "him"}:
        return "his", "he's", "he"
    if low.endswith("'s") and low not in {"client's", "the client's"}:
        name = word[:-2]
        return f"{name}'s", f"{name}'s", name
    return "their", "they've", "they"


def describe(family: str, form: str, person_word: str = "you") -> str:
    """Return the plain-words description of a condition family for one grammatical slot."""
    pos, have, _subject = person_forms(person_word)
    return DESCRIPTIONS[family][form].format(pos=pos, have=have)


def candidate(
    match_start: int, match_end: int, kind: str, why: str, suggestion: str, priority: int
) -> Candidate:
    """Return a candidate; a short name keeps the many rule bodies readable."""
    return Candidate(match_start, match_end, kind, why, suggestion, priority)
