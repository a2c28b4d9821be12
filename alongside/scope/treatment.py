"""Treatment: coaching framed as therapy, treatment or a clinical method."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from .common import (
    FLAGS,
    Candidate,
    candidate,
)

_WHY_TREAT = "Coaching isn't treatment, and therapy words can blur that line for the client."
_WHY_METHOD = (
    "This is a therapy method that a trained therapist offers; coaching can sit alongside it."
)
_WHY_CURE = "Coaches support people rather than treat or cure them."
_WHY_ROLE = "You are the client's coach, and naming the role plainly keeps the line clear."

Rule = tuple[re.Pattern[str], Callable[[re.Match[str]], str], str, int]


def _plural(word: str, singular: str, plural: str) -> str:
    return plural if word.lower().endswith("s") else singular


def _plan_word(m: re.Match[str]) -> str:
    noun = m.group("n").lower()
    if noun.startswith("plan"):
        return "recovery plan"
    if noun.startswith(("goal", "objective", "target")):
        return _plural(noun, "recovery goal", "recovery goals")
    if noun.startswith("approach"):
        return "coaching approach"
    return "coaching plan"


def _homework_word(m: re.Match[str]) -> str:
    noun = m.group("n").lower()
    if noun.startswith("worksheet"):
        return _plural(noun, "practice worksheet", "practice worksheets")
    if noun.startswith("exercise"):
        if "exposure" in m.group().lower():
            return _plural(noun, "small brave step", "small brave steps")
        return _plural(noun, "practice step", "practice steps")
    return "practice"


def _method_word(m: re.Match[str]) -> str:
    word = m.group().lower()
    if word.endswith("sessions"):
        return "coaching sessions"
    if word.endswith("session"):
        return "coaching session"
    if word.endswith("work"):
        return "coaching work"
    if "skills" in word:
        return "skills practice"
    if "desensiti" in word:
        return "gentle practice"
    if "processing" in word:
        return "gentle reflection"
    return "grounding practice"


def _treat_word(m: re.Match[str]) -> str:
    verb = m.group("v").lower()
    pos = m.group("pos").lower()
    person = {"your": "you", "ur": "you", "her": "her", "his": "him", "their": "them"}.get(pos)
    if verb.endswith("ing"):
        lead = "supporting"
    elif verb.endswith("ed"):
        lead = "supported"
    elif verb.endswith("s"):
        lead = "supports"
    else:
        lead = "support"
    if person is None:
        return f"{lead} you through the {m.group('obj')}"
    return f"{lead} {person} with {pos} {m.group('obj')}"


def _treat_person(m: re.Match[str]) -> str:
    verb = m.group("v").lower()
    lead = {"treating": "supporting", "treated": "supported", "treats": "supports"}.get(
        verb, "support"
    )
    return f"{lead} {m.group('p')} with"


def _as_role(m: re.Match[str]) -> str:
    det = m.group("det")
    return f"as {det.strip()} coach" if det else "as coach"


def _cure_word(m: re.Match[str]) -> str:
    verb = m.group("v").lower()
    lead = {"cures": "supports", "curing": "supporting", "cured": "supported"}.get(verb, "support")
    return f"{lead} you with {m.group()[len(verb) :].strip()}"


def _heal_person(m: re.Match[str]) -> str:
    verb = m.group("v").lower()
    lead = (
        "supporting"
        if verb.endswith("ing")
        else ("supported" if verb.endswith("ed") else "support")
    )
    return f"{lead} {m.group('p')}"


_TREATMENT_RULES: list[Rule] = [
    (
        re.compile(
            r"\b(?:i|we|i'll|we'll|i\s+can|we\s+can|coaching|this|my|our)\s+(?:[\w-]+\s+){0,3}?"
            r"(?P<span>(?P<v>heals?|healing|cures?|curing|treats?|treating|fix(?:es)?|fixing)\s+"
            r"(?P<obj>trauma|ptsd|anxiety|depression|panic\s+attacks|ocd|adhd|phobias|insomnia"
            r"|addiction|mental\s+illness|trauma\s+responses))\b",
            FLAGS,
        ),
        lambda m: (
            (
                "supporting people with "
                if m.group("v").lower().endswith("ing")
                else (
                    "supports people with "
                    if m.group("v").lower().endswith("s")
                    else "support people with "
                )
            )
            + m.group("obj")
        ),
        _WHY_CURE,
        7,
    ),
    (
        re.compile(
            r"\bsession\s+(?P<n>\d+|one|two|three|four|five|six)\s+of\s+(?:therapy|counsel+ing|treatment)\b",
            FLAGS,
        ),
        lambda m: f"session {m.group('n')} of coaching",
        _WHY_TREAT,
        7,
    ),
    (
        re.compile(
            r"\b(?:our\s+work|this|coaching|our\s+sessions|it|what\s+we\s+do)\s+as\s+(?P<span>therapy|treatment)\b",
            FLAGS,
        ),
        lambda m: "coaching",
        _WHY_TREAT,
        6,
    ),
    (
        re.compile(
            r"\b(?:i|we)\s+(?:also\s+|mainly\s+|mostly\s+)?(?:provide|offer|do|practise|practice|deliver"
            r"|use|run)\s+(?P<span>(?:[\w-]+\s+)?(?:therapy|psychotherapy|counsel+ing))\b",
            FLAGS,
        ),
        lambda m: "coaching",
        _WHY_TREAT,
        6,
    ),
    (
        re.compile(
            r"\b(?P<v>process|processing)\s+(?:that|this|the|your|her|his|their|those|these)\s+"
            r"(?:[\w-]+\s+)?(?:memory|memories|abuse|assault|event|experience|attack)\b",
            FLAGS,
        ),
        lambda m: (
            "looking at what feels okay to share"
            if m.group("v").lower() == "processing"
            else "look at what feels okay to share"
        ),
        _WHY_METHOD,
        7,
    ),
    (
        re.compile(
            r"\b(?:we'll|we\s+will|we\s+can|let's|i'll|i\s+will)\s+(?:keep\s+going\s+with|continue"
            r"(?:\s+with)?|carry\s+on\s+with|start|begin|resume|pause|finish|wrap\s+up)\s+"
            r"(?P<span>(?:your|our)\s+(?:therapy|treatment|counsel+ing))\b",
            FLAGS,
        ),
        lambda m: m.group("span").split()[0] + " coaching",
        _WHY_TREAT,
        6,
    ),
    (
        re.compile(
            r"\b(?:see|seeing|work\s+with|working\s+with)\s+(?:you|her|him|them)\s+for\s+"
            r"(?P<span>(?:[\w-]+\s+)?(?:therapy|psychotherapy|counsel+ing|treatment))\b",
            FLAGS,
        ),
        lambda m: "coaching",
        _WHY_TREAT,
        6,
    ),
    (
        re.compile(
            r"\b(?:try|do|start|begin|use|continue|doing|trying|starting|some|more)\s+(?:some\s+)?"
            r"(?P<span>exposure)\b(?!\s+(?:to|therapy|work|exercises?|homework|hierarchy|tasks?)\b)",
            FLAGS,
        ),
        lambda m: "small brave steps",
        _WHY_METHOD,
        5,
    ),
    (
        re.compile(
            r"(?<!\bher\s)(?<!\bhis\s)(?<!\btheir\s)\b(?:therapy|counsel+ing|psychotherapy)\s+"
            r"(?P<n>notes|summary|record|records)\b",
            FLAGS,
        ),
        lambda m: f"session {m.group('n')}",
        _WHY_TREAT,
        6,
    ),
    (
        re.compile(
            r"\bsee\s+you\s+(?:[\w']+\s+){0,3}?for\s+(?:our\s+|your\s+)?(?P<span>therapy|counsel+ing"
            r"|treatment|psychotherapy)\b",
            FLAGS,
        ),
        lambda m: "coaching",
        _WHY_TREAT,
        6,
    ),
    (
        re.compile(
            r"\b(?:do|doing|start|starting|begin|continue|some|more)\s+(?:some\s+|more\s+)?"
            r"(?P<span>trauma\s+work|trauma\s+processing\s+work|inner\s+child\s+work)\b",
            FLAGS,
        ),
        lambda m: "gentle reflection",
        _WHY_METHOD,
        6,
    ),
    (
        re.compile(r"\btherapy\s+(?P<n>clients?|practice|caseload)\b", FLAGS),
        lambda m: f"coaching {m.group('n')}",
        _WHY_TREAT,
        6,
    ),
    (
        re.compile(
            r"\b(?:we|i)\s*(?:can|will|'ll|could|are\s+going\s+to|am\s+going\s+to|'m\s+going\s+to)\s+"
            r"(?P<span>treat\s+(?:this|it|that|them))\b",
            FLAGS,
        ),
        lambda m: "work on " + m.group("span").split()[-1],
        _WHY_CURE,
        6,
    ),
    (
        re.compile(
            r"\b(?:cognitive\s+restructuring|thought\s+records?|behaviou?ral\s+activation"
            r"|schema\s+therapy|narrative\s+exposure(?:\s+therapy)?|exposure\s+and\s+response"
            r"\s+prevention|erp)\b",
            FLAGS,
        ),
        lambda m: "reframing practice",
        _WHY_METHOD,
        5,
    ),
    (
        re.compile(r"\b(?:plan\s+of\s+care|care\s+plan)\b", FLAGS),
        lambda m: "recovery plan",
        _WHY_TREAT,
        6,
    ),
    (
        re.compile(r"\bcase\s+(?:conceptuali[sz]ation|formulation)\b", FLAGS),
        lambda m: "picture of what's going on",
        _WHY_TREAT,
        6,
    ),
    (
        re.compile(r"\bpresenting\s+(?:problems?|issues?|complaints?)\b", FLAGS),
        lambda m: "what brought them to coaching",
        _WHY_TREAT,
        6,
    ),
    (
        re.compile(
            r"\b(?:our\s+sessions|our\s+work|this|coaching|what\s+we\s+do|our\s+time)\s+(?:is|are)\s+"
            r"(?:basically\s+|really\s+|just\s+|kind\s+of\s+|like\s+|a\s+(?:form|type|kind)\s+of\s+)?"
            r"(?P<span>therapy|treatment)\b",
            FLAGS,
        ),
        lambda m: "coaching",
        _WHY_TREAT,
        6,
    ),
    (
        re.compile(
            r"(?:^\W*|\b(?:from|in|during|of|after)\s+)(?:today's|this\s+week's|this\s+session's"
            r"|last\s+session's|tonight's)\s+(?P<w>therapy|counsel+ing|psychotherapy)\b",
            FLAGS,
        ),
        lambda m: m.group()[: m.start("w") - m.start()].lstrip(" -*\t") + "coaching",
        _WHY_TREAT,
        6,
    ),
    (
        re.compile(
            r"\b(?P<lead>i'm|i\s+am|i'll\s+be|i\s+will\s+be|i've\s+been)\s+(?P<det>your|her|his|their|the|a)\s+"
            r"(?:therapist|counsel+or|clinician|psychotherapist)\b",
            FLAGS,
        ),
        lambda m: f"{m.group('lead')} {m.group('det')} coach",
        _WHY_ROLE,
        7,
    ),
    (
        re.compile(
            r"\b(?P<v>cure|cures|curing|cured)\s+(?:your|ur|her|his|their|the)\s+(?:[\w-]+\s+){0,2}?"
            r"(?:fear|fears|phobia|anger|sadness|worry|worries|shame|stress|issues|problems"
            r"|nerves|sleep|mood|grief)\b",
            FLAGS,
        ),
        _cure_word,
        _WHY_CURE,
        7,
    ),
    (
        # "This is a treatment": take the article too, so the result isn't "a coaching".
        re.compile(r"\ba\s+treatment\b(?=\s*(?:[,.;!?]|$|and\b|not\b|that\b|which\b))", FLAGS),
        lambda m: "coaching",
        _WHY_TREAT,
        4,
    ),
    (
        re.compile(r"\btreatment[-\s]wise\b", FLAGS),
        lambda m: "coaching-wise",
        _WHY_TREAT,
        6,
    ),
    (
        re.compile(
            r"\b(?:diagnose|assess)\s+and\s+treat\b(?P<obj>\s+(?:whatever|it|this|them|everything|anything))?",
            FLAGS,
        ),
        lambda m: "help you with" + m.group("obj") if m.group("obj") else "work on things",
        _WHY_CURE,
        8,
    ),
    (
        re.compile(
            r"\b(?P<v>heal|heals|healing|healed|cure|cures|curing|cured|fix|fixes|fixing|treat|treating)"
            r"\s+(?P<p>you|her|him|them|(?:(?:some|many|two|three|four|five|several|a\s+few|lots\s+of"
            r"|\d+)\s+)?(?:clients|people|survivors))\b(?!\s+(?:to|like|well|badly|right"
            r"|kindly|with\s+respect|as|differently|fairly|unfairly|gently|nicely|better|worse|the\s+same"
            r"|for\b))",
            FLAGS,
        ),
        _heal_person,
        _WHY_CURE,
        6,
    ),
    (
        re.compile(r"\bprescrib(?:e|ing)\s+(?:you|her|him|them)\b", FLAGS),
        lambda m: (
            ("suggesting " if m.group().lower().startswith("prescribing") else "suggest ")
            + m.group().split()[-1]
        ),
        _WHY_TREAT,
        5,
    ),
    (
        re.compile(
            r"\b(?:we'll|we\s+will|let's|i'll|i\s+will|we\s+can|i\s+can|we're\s+going\s+to)\s+"
            r"(?:do|try|start|use|begin|continue)\s+(?:some\s+|a\s+bit\s+of\s+|more\s+)?"
            r"(?P<span>(?:[\w-]+\s+)?therapy)\b",
            FLAGS,
        ),
        lambda m: "grounding practice",
        _WHY_METHOD,
        5,
    ),
    (
        re.compile(
            r"\b(?:treatment|therapeutic|therapy|clinical)\s+(?P<n>plans?|goals?|approach(?:es)?"
            r"|programmes?|programs?|protocols?|schedules?|objectives?|targets?)\b",
            FLAGS,
        ),
        _plan_word,
        _WHY_TREAT,
        6,
    ),
    (
        re.compile(r"\bcourse\s+of\s+(?:treatment|therapy)\b", FLAGS),
        lambda m: "coaching plan",
        _WHY_TREAT,
        6,
    ),
    (
        re.compile(
            r"\b(?:(?:(?:exposure|cbt|dbt|emdr|trauma|cognitive)\s+)?(?:therapy|therapeutic)"
            r"|exposure|cbt|dbt|emdr)\s+(?P<n>homework|worksheets?|exercises?|assignments?|tasks?)\b",
            FLAGS,
        ),
        _homework_word,
        _WHY_TREAT,
        7,
    ),
    (
        re.compile(
            r"\b(?:(?:prolonged|in[-\s]vivo|imaginal|graded)\s+)?exposure\s+(?P<n>therapy|hierarchy"
            r"|ladder|work|protocol|sessions?|plan)\b|\b(?:prolonged|in[-\s]vivo|imaginal|graded)"
            r"\s+exposure\b",
            FLAGS,
        ),
        lambda m: (
            "ladder of small steps"
            if re.search(r"hierarchy|ladder", m.group(), FLAGS)
            else "small brave steps"
        ),
        _WHY_METHOD,
        6,
    ),
    (
        re.compile(
            r"\b(?:emdr|cbt|dbt|cpt|somatic\s+experiencing|brainspotting|hypnotherapy"
            r"|psychotherapy|imagery\s+rehearsal(?:\s+therapy)?|desensiti[sz]ation"
            r"|trauma\s+processing|cognitive\s+processing\s+therapy)"
            r"(?:\s+(?:processing|sessions?|skills\s+training|skills|work|therapy))?\b",
            FLAGS,
        ),
        _method_word,
        _WHY_METHOD,
        5,
    ),
    (
        re.compile(
            r"(?:\bour\s+(?:(?:next|last|first|weekly|regular|upcoming|usual|final|previous)\s+)?)"
            r"(?P<span>(?:therapy|counsel+ing|psychotherapy)(?:\s+(?P<s>sessions?|work|time"
            r"|appointments?))?)\b|(?<=\bthis\s)(?P<t>therapy|counsel+ing)\b",
            FLAGS,
        ),
        lambda m: "coaching" + (" " + m.group("s") if m.group("s") else ""),
        _WHY_TREAT,
        6,
    ),
    (
        re.compile(
            r"(?:^|(?<=:\s)|(?<=-\s))\W{0,5}(?:therapy|counsel+ing|psychotherapy)\s+sessions?\b"
            r"|\b(?:therapy|counsel+ing|psychotherapy)\s+session(?=\s+(?:notes|\d+|summary)\b)",
            FLAGS,
        ),
        lambda m: (
            "coaching sessions" if m.group().lower().endswith("sessions") else "coaching session"
        ),
        _WHY_TREAT,
        6,
    ),
    (
        re.compile(
            r"\b(?:(?:trauma|exposure|cognitive)\s+)?(?:therapy|counsel+ing|psychotherapy|treatment)"
            r"\s+with\s+me\b",
            FLAGS,
        ),
        lambda m: "coaching with me",
        _WHY_TREAT,
        7,
    ),
    (
        re.compile(r"\bsessions\s+of\s+(?:therapy|counsel+ing)\b", FLAGS),
        lambda m: "coaching sessions",
        _WHY_TREAT,
        6,
    ),
    (
        re.compile(
            r"\bas\s+(?P<det>your\s+|a\s+|the\s+|her\s+|his\s+|their\s+)?(?:therapist|counsel+or"
            r"|clinician|psychotherapist|psychologist)\b",
            FLAGS,
        ),
        _as_role,
        _WHY_ROLE,
        7,
    ),
    (
        re.compile(
            r"\b(?P<v>treat|treats|treating|treated|cure|cures|curing|cured|heal|heals|healing|fix"
            r"|fixes|fixing)\s+(?P<pos>your|ur|her|his|their|the)\s+(?P<obj>(?:[a-z]+\s+)?"
            r"(?:trauma|anxiety|depression|ptsd|flashbacks|nightmares|panic(?:\s+attacks)?|ocd|adhd"
            r"|symptoms|phobias?|insomnia|triggers|dissociation|grief|addiction|bipolar|disorder"
            r"|root\s+cause|underlying\s+(?:cause|issue|problem|trauma)|cause|inner\s+child"
            r"|(?:childhood\s+|attachment\s+)?wounds"
            r"|condition|illness|mental\s+health|trauma\s+responses?))\b",
            FLAGS,
        ),
        _treat_word,
        _WHY_CURE,
        8,
    ),
    (
        re.compile(
            r"\b(?P<v>treat|treats|treating|treated)\s+(?P<p>her|him|them|you)\s+for\b", FLAGS
        ),
        _treat_person,
        _WHY_CURE,
        7,
    ),
    (
        re.compile(
            r"(?<!\bfamily\s)(?<!\bstaged\s)(?<!\ban\s)\b(?:(?:clinical|therapeutic|trauma)\s+)?"
            r"interventions?\b",
            FLAGS,
        ),
        lambda m: _plural(m.group(), "practice", "practices"),
        _WHY_TREAT,
        5,
    ),
    (
        re.compile(r"\bclinical\s+(?:notes|records?|sessions?)\b", FLAGS),
        lambda m: (
            "coaching " + m.group().split()[-1]
            if "session" in m.group().lower()
            else "session notes"
        ),
        _WHY_TREAT,
        6,
    ),
    (
        re.compile(r"\b(?:clinical|therapeutic)\s+work\b", FLAGS),
        lambda m: "coaching work",
        _WHY_TREAT,
        6,
    ),
    (
        re.compile(
            r"\btherapeutic\s+(?P<n>rapport|space|container|frame|boundaries|process)\b", FLAGS
        ),
        lambda m: f"coaching {m.group('n')}",
        _WHY_TREAT,
        6,
    ),
    (
        re.compile(r"\btherapeutic\s+(?:relationship|alliance)\b", FLAGS),
        lambda m: "coaching relationship",
        _WHY_TREAT,
        6,
    ),
    (
        re.compile(
            r"\bdischarg(?:e|ed|ing)\b(?!\s+from\s+(?:the\s+)?(?:hospital|army|military|ward))",
            FLAGS,
        ),
        lambda m: "finishing coaching",
        _WHY_TREAT,
        4,
    ),
    (
        re.compile(
            r"(?:\b(?:i|i'm|i\s+am|i'll|i\s+will|we'll|will|i've)\s+(?:just\s+|also\s+|now\s+)?|^\W*)"
            r"(?P<span>prescrib(?:e|ed|ing))\b",
            FLAGS,
        ),
        lambda m: {"prescribed": "suggested", "prescribing": "suggesting"}.get(
            m.group("span").lower(), "suggest"
        ),
        _WHY_TREAT,
        5,
    ),
    (
        re.compile(
            r"\b(?P<v>process|processing)\s+(?:the|your|her|his|their|ur)\s+trauma"
            r"(?:\s+memor(?:y|ies))?\b",
            FLAGS,
        ),
        lambda m: (
            "looking at what feels okay to share"
            if m.group("v").lower() == "processing"
            else "look at what feels okay to share"
        ),
        _WHY_METHOD,
        7,
    ),
    (
        re.compile(
            r"(?<!\bsilent\s)(?<!\bspecial\s)(?<!\bunfair\s)(?<!\bfair\s)(?<!\bpoor\s)"
            r"(?<!\bharsh\s)(?<!\bequal\s)(?<!\bbetter\s)(?<!\bworse\s)(?<!\bsame\s)(?<!\bspa\s)"
            r"(?<!\bhair\s)(?<!\bskin\s)(?<!\bwater\s)(?<!\bmedical\s)(?<!\bcancer\s)(?<!\bdental\s)"
            r"(?<!\bflea\s)(?<!\bpest\s)(?<!\broyal\s)(?<!\bvip\s)(?<!\bher\s)(?<!\bhis\s)"
            r"(?<!\btheir\s)(?<!\bdrug\s)(?<!\bwater-)(?<!\bin\s)\btreatments?\b"
            r"(?!-|\s+(?:of|by|from|at)\b|\s+for\s+(?:the|her|his|their|my|a)\s+(?!(?:trauma|anxiety"
            r"|depression|ptsd|panic|nightmares|flashbacks|symptoms)\b))",
            FLAGS,
        ),
        lambda m: "coaching",
        _WHY_TREAT,
        3,
    ),
]


def treatment(sentence: str) -> Iterator[Candidate]:
    """Yield treatment-framing candidates for one sentence."""
    for pattern, word, why, priority in _TREATMENT_RULES:
        for m in pattern.finditer(sentence):
            if "span" in pattern.groupindex and m.group("span") is not None:
                yield candidate(m.start("span"), m.end("span"), "treatment", why, word(m), priority)
                continue
            start = m.start() + (len(m.group()) - len(m.group().lstrip(" -*\t:")))
            yield candidate(start, m.end(), "treatment", why, word(m), priority)
