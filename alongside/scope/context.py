"""Sentence-level cues that mean a clinical word is not the coach working outside coaching."""

from __future__ import annotations

import re
from dataclasses import dataclass

_I = re.IGNORECASE

# A clinician doing or being asked about the clinical work: referral, or reporting what the
# client's own psychiatrist, therapist or doctor did. "As your therapist" is not one.
_PROFESSIONAL = re.compile(
    r"(?P<as>\b(?:as|i'm|i\s+am|i'll\s+be|i\s+will\s+be|i've\s+been)\s+)?\b(?:her|his|their|your|ur|the|a|an|another|my\s+client's|the\s+client's"
    r"|client's|(?-i:[A-Z][a-z]+)'s|whoever|any|trained|qualified|licensed)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:psychiatrists?|therapists?|psychologists?|psychotherapists?|doctors?|gps?|prescribers?"
    r"|counsel+ors?|clinicians?|clinic|clinical\s+team|care\s+team|medical\s+team|pharmacists?"
    r"|nurses?|physicians?|psychiatry|specialists?|providers?|dr|mental\s+health\s+team"
    r"|prescribing\s+doctor|crisis\s+line|hospital)\b"
    r"|\bdr\.?\s+(?-i:[A-Z])|\bwhoever\s+prescribes|\bprescribed\s+by\b|\bnhs\b"
    r"|\bwait(?:ing)?[\s-]*list\b"
    r"|\b(?:was|were|been|got|get|being)\s+diagnosed\b|\bdiagnosed\s+(?:at|in|when|as\s+a)\b",
    _I,
)

# The coach saying what coaching does not do.
_SCOPE = re.compile(
    r"\b(?:i|i'm|i\s+am|we|we're|we\s+are|coaches|a\s+coach|your\s+coach|coaching)\s+"
    r"(?:[\w,']+\s+){0,2}?"
    r"(?:don't|do\s+not|can't|cannot|can\s+not|won't|will\s+not|am\s+not|'m\s+not|not|never"
    r"|isn't|aren't|shouldn't|wouldn't)\s+(?:[\w']+\s+){0,4}?"
    r"(?:diagnos\w*|assess\w*|treat\w*|prescrib\w*|advis\w*|advice|label\w*|tell\s+you|say\s+whether"
    r"|say\s+if|qualified|trained|able|allowed|doctor|therapist|clinician|psychiatrist"
    r"|psychologist|counsel+or|medical|therapy|medication|meds|supplements?|dose|emdr|cbt|dbt"
    r"|exposure)"
    r"|\b(?:coaching|this|it|our\s+work|these\s+sessions|our\s+sessions|that|what\s+we\s+do"
    r"|what\s+we're\s+doing)\s+(?:isn't|is\s+not|doesn't\s+replace|does\s+not\s+replace"
    r"|is\s+no\s+substitute\s+for|isn't\s+a\s+substitute\s+for|can't\s+replace|won't\s+replace"
    r"|is\s+not\s+a\s+replacement\s+for|isn't\s+a\s+replacement\s+for)\s+(?:a\s+)?(?:[\w-]+\s+)?"
    r"(?:therapy|treatment|medical|clinical|counsel+ing|diagnosis)"
    r"|\b(?:outside|beyond)\s+(?:my|our|a\s+coach's|the\s+coaching)\s+(?:role|scope|training|lane|remit)"
    r"|\bnot\s+(?:a\s+)?(?:treatment\s+plan|therapy|treatment)\b"
    r"|\bas\s+(?:your|a)\s+coach,?\s+(?:[\w']+\s+){0,3}?(?:isn't|is\s+not|not|don't|can't|won't)\b",
    _I,
)

# General statements about people, not about this client.
GENERIC_PEOPLE = re.compile(
    r"\b(?:many|some|most|lots\s+of|a\s+lot\s+of|plenty\s+of|other|few)\s+(?:trauma\s+)?"
    r"(?:survivors|people|folks|clients|of\s+us|adults|humans)\b"
    r"|\bresearch\b|\bstudies\b|\bnot\s+everyone\b|\bpeople\s+who\b"
    r"|\bsurvivors\b|\banyone\s+who\b|\bwhen\s+people\b",
    _I,
)
# "It's common to..." normalises a reaction; it says nothing about medication.
_GENERIC_NORMAL = re.compile(
    r"\b(?:it's|it\s+is|that's|that\s+is)\s+(?:very\s+|really\s+|so\s+|quite\s+|pretty\s+)?"
    r"(?:common|normal|natural|understandable|usual)\b"
    r"|\b(?:is|are)\s+(?:a\s+|an\s+)?(?:very\s+|really\s+)?(?:common|normal|natural"
    r"|understandable)\b",
    _I,
)

# The client's own words, reported by the coach.
_REPORTED = re.compile(
    # "From what you said" and "the way you describe it" are the coach's inference, not a quote.
    r"(?<!\bwhat\s)(?<!\bway\s)(?<!\bthings\s)(?<!\ball\s)(?<!\beverything\s)\b(?:she|he|they|you|u|client|the\s+client|(?-i:[A-Z][a-z]+)"
    r"|(?:her|his|their|your)\s+[a-z]+)\s+"
    # "called" alone is a phone call; "called it" / "calls herself" is reported speech.
    r"(?:said|says|told\s+me|tells\s+me|describes?|described|mentioned|mentions"
    r"|(?:calls?|called)\s+(?:it|this|that|herself|himself|themselves|yourself|him|her|them|me)"
    r"|used\s+the\s+word|uses\s+the\s+word|wrote|writes|put\s+it|reported|reports|texted|shared"
    r"|labels?|labelled|labeled|refers?\s+to|referred\s+to|admitted|joked|laughed|wonders"
    r"|wondered|asked|asks|thinks|thought|believes|believed|fears|feared|suspects|suspected"
    r"|worries|worried|is\s+worried|was\s+worried|is\s+afraid|is\s+scared|is\s+wondering)\b"
    r"|\b(?:she|he|they|you)'(?:s|re)\s+(?:worried|afraid|scared|wondering|convinced|sure)\b",
    _I,
)
# These mark the whole sentence as the client's words, wherever they sit in it.
_REPORTED_WORDS = re.compile(
    r"\bin\s+(?:her|his|their|your|the\s+client's|(?-i:[A-Z][a-z]+)'s)\s+(?:own\s+)?words\b"
    r"|\b(?:her|his|their|your|client's)\s+(?:own\s+)?words\b|\bquoting\s+(?:you|her|him|them)\b"
    r"|\bas\s+(?:she|he|they|you)\s+(?:put|puts|said|say|says)\s+it\b"
    r"|,\s*(?:she|he|they|you)\s+(?:said|says|told\s+me|wrote|admitted),",
    _I,
)

_MEDICAL_PLACE = re.compile(
    r"\b(?:hospital|clinic|ward|er|a&e|icu|surgery|dentist|physio|nurse|doctor|gp|ambulance"
    r"|emergency\s+room)\b",
    _I,
)


@dataclass(frozen=True, slots=True)
class Context:
    """What a sentence says about who is speaking and in what role.

    `reported_from` is where the client's own words start (just after "she said"); labels
    after that point are the client's, not the coach's.
    """

    professional: bool
    scope: bool
    generic_people: bool
    generic_normal: bool
    reported_from: int | None
    medical_place: bool


def context_for(sentence: str) -> Context:
    """Return the context cues found in one sentence."""
    professional = any(m.group("as") is None for m in _PROFESSIONAL.finditer(sentence))
    reported = _REPORTED.search(sentence)
    reported_from = (
        0 if _REPORTED_WORDS.search(sentence) else (reported.end() if reported else None)
    )
    return Context(
        professional=professional,
        scope=_SCOPE.search(sentence) is not None,
        generic_people=GENERIC_PEOPLE.search(sentence) is not None,
        generic_normal=_GENERIC_NORMAL.search(sentence) is not None,
        reported_from=reported_from,
        medical_place=_MEDICAL_PLACE.search(sentence) is not None,
    )
