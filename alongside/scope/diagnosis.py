"""Diagnosis: a condition named, implied or assessed for the client."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .common import (
    ADJ_FAMILIES,
    ADJ_RX,
    COND_FAMILIES,
    COND_RX,
    FLAGS,
    NAME,
    SUBJECT,
    TRAILER,
    Candidate,
    candidate,
    describe,
    family_of,
    person_forms,
)

_WHY_NAME = (
    "Naming a condition is a diagnosis, which belongs with a clinician; "
    "describing what the client shared keeps it in coaching."
)
_WHY_LABEL = (
    "Calling someone by a condition is a diagnosis; "
    "describing what you noticed keeps you both on equal footing."
)
_WHY_ASSESS = (
    "Coaches notice and reflect rather than assess, so plain words about what you saw fit better."
)
_WHY_DIAGNOSED = "Diagnosing sits with clinicians; coaching talks about what the client shares."
# "Her ADHD assessment" is a clinician's process; "his PTSD diagnosis" stays a diagnosis.
_PROCESS_AFTER = re.compile(
    r"\s+(?:assessment|referral|evaluation|test|testing|screening|meds|medication"
    r"|prescription|specialist|clinic|service|team|nurse|doctor|psychiatrist|therapist|appointment)",
    FLAGS,
)
_FEELING_AFTER = re.compile(r"\s+(?:about|around|before|over|when|for|ahead)\b", FLAGS)

_POSSESSIVE = re.compile(
    rf"\b(?P<pos>your|ur|her|his|their|the\s+client's|client's|(?-i:[A-Z][a-z]+)'s)\s+"
    r"(?P<cond>(?P<brain>(?:trauma|adhd|ocd|anxious|anxiety|depressed|autistic|bipolar|ptsd)"
    r"\s+(?:brain|mind|head))"
    rf"|(?:{COND_RX}){TRAILER}(?:\s+diagnosis)?|(?:[a-z]+\s+and\s+|[a-z]+\s+)?symptoms)\b",
    FLAGS,
)
_HAS = re.compile(
    rf"\b(?P<subj>{SUBJECT})(?P<verb>\s*(?:'ve|'s)\s+(?:definitely\s+|clearly\s+|probably\s+"
    r"|obviously\s+|really\s+|totally\s+|also\s+)?got|\s+(?:probably\s+|definitely\s+"
    r"|clearly\s+|obviously\s+|might\s+|may\s+|must\s+|could\s+|def\s+|defo\s+|prob\s+|totally\s+"
    r"|really\s+|also\s+)?(?:has|have|had)(?:\s+got)?"
    r"|\s*(?:'s|'re|\s+is|\s+are|\s+was|\s+were)(?:\s+(?:clearly|obviously|probably|definitely"
    r"|really|still|also))?\s+(?:showing|displaying|exhibiting|experiencing|dealing\s+with"
    r"|struggling\s+with|battling|suffering\s+with|living\s+with|fighting)"
    r"|\s+(?:shows|exhibits|displays|experiences|battles|deals\s+with|struggles\s+with))"
    r"\s+(?:(?:all\s+the\s+|the\s+|clear\s+)?(?:signs|symptoms|hallmarks)\s+of\s+)?"
    r"(?:(?!(?:no|not|never|any)\b)[\w-]+\s+){0,2}?"
    rf"(?P<cond>(?:{COND_RX}){TRAILER})\b",
    FLAGS,
)
_SOUNDS_LIKE = re.compile(
    r"\b(?:sounds?|looks?|seems?|smells?|feels?|reads?|comes?\s+across|came\s+across)\s+"
    r"(?:a\s+lot\s+|very\s+much\s+|very\s+|just\s+"
    r"|exactly\s+|kind\s+of\s+|kinda\s+|more\s+|a\s+bit\s+|so\s+much\s+)?(?:lik|like|liek)\s+"
    r"(?P<span>(?:(?:it's|it\s+is|a|an|classic|textbook|some|typical|full[-\s]blown|[a-z]+-(?:induced"
    rf"|related|based|driven|onset|type))\s+)*(?P<cond>(?:{COND_RX}){TRAILER}))\b",
    FLAGS,
)
_HEDGE = re.compile(
    r"(?:\b(?:this\s+is|it's|it\s+is|that's|could\s+(?:[\w']+\s+){0,4}?be|might\s+be|must\s+be"
    r"|i'd\s+(?:guess|bet)|i\s+(?:suspect|bet|reckon)|possible|possibly|likely|suspected|query"
    r"|(?:put|putting)\s+(?:money|bets?)\s+on|bet\s+on|smells\s+of|screams|suggests?"
    r"|(?:^|(?<=:\s))is\s+(?:this|it|that)|(?:i'm\s+)?calling\s+it:?|i'd\s+call\s+it:?"
    r"|rule\s+out|ruling\s+out|r/o|differential(?:\s+diagnosis)?:?"
    r"|points?\s+to|pointing\s+to|indicates?|consistent\s+with|fits?|in\s+line\s+with"
    r"|my\s+(?:guess|hunch|sense|gut\s+feeling)\s+is(?:\s+that)?(?:\s+it's)?|i\s+wonder\s+if\s+it's"
    r"|i'd\s+call\s+it|i'd\s+say(?:\s+it's)?|i\s+think\s+it's|my\s+read\s+is|probably|definitely"
    r"|clearly|obviously|textbook\s+case\s+of|classic\s+case\s+of|case\s+of)"
    r"|(?P<colon>(?:\b(?:working\s+|clinical\s+)?impression|\bdiagnosis|\bdx)\s*:)"
    r"|\bmy\s+diagnosis\s+is)\s+"
    r"(?P<span>(?:(?:clearly|definitely|obviously|probably|just|a|an|classic|textbook|typical"
    rf"|full[-\s]blown|severe|moderate|mild)\s+)*(?P<cond>(?:{COND_RX}){TRAILER}))\b",
    FLAGS,
)
_FRAMING = re.compile(
    r"\b(?P<lead>(?:showing\s+|shows\s+|with\s+)?(?:all\s+the\s+|classic\s+|clear\s+)?"
    r"(?:signs?|symptoms?)\s+of|presents?\s+with|presenting\s+with|presented\s+with"
    r"|(?:showing|shows|has|have|with)\s+(?:real|obvious|definite|some|many|clear|all\s+the)\s+"
    r"(?:signs?|symptoms?)\s+of(?=\s+trauma\b)"
    r"|meets?\s+(?:[\w-]+\s+){0,3}?(?:diagnostic\s+)?criteria\s+for|(?:diagnostic\s+)?criteria\s+for"
    r"|suffers?\s+(?:from|with)|suffering\s+(?:from|with)|relapsed\s+into|(?:slipping|sliding|spiral+ing)\s+into"
    r"|in\s+the\s+grip\s+of|in\s+a\s+bout\s+of|(?:a\s+)?pattern\s+of|episodes?\s+of|bouts?\s+of"
    r"|someone\s+with|a\s+person\s+with|one\s+of\s+those\s+people\s+with"
    r"|(?:ticks|ticking|ticked)\s+(?:every|all\s+the|the)\s+box(?:es)?\s+for"
    r"|(?:symptoms|signs|presentation|picture)\s+(?:consistent\s+with|suggestive\s+of|typical\s+of)"
    r"|fits\s+the\s+(?:criteria|profile|picture)\s+(?:for|of))\s+"
    rf"(?:(?:an?|the|some|severe|clinical|classic)\s+)?(?P<cond>(?:{COND_RX}){TRAILER}|trauma)\b",
    FLAGS,
)
_PRESENTS_AS = re.compile(
    rf"\b(?P<lead>presents?|presenting|presented|appears?|appeared|appearing)\s+as\s+"
    rf"(?P<adj>(?:{ADJ_RX}|anxious|paranoid)(?:\s+and\s+(?:{ADJ_RX}|anxious|paranoid))?)\b",
    FLAGS,
)
_COPULA = re.compile(
    rf"\b(?P<subj>{SUBJECT})(?P<cop>\s*'s\s+been|\s*'ve\s+been|\s*'re|\s*'s|\s+(?:is|are|r|was"
    r"|were|has\s+been|have\s+been|seems?|seemed|looks?|looked|sounds?|appears?|came\s+across\s+as"
    r"|strikes\s+me\s+as|struck\s+me\s+as"
    r"|comes\s+across\s+as|might\s+be|must\s+be|could\s+be|may\s+be|keeps?|kept))"
    r"(?P<adv>(?:\s+(?:clearly|definitely|obviously|probably|really|so|very|a\s+bit|a\s+little"
    r"|kind\s+of|kinda|quite|totally|pretty|again|still|maybe|just|also|likely|more|super|deeply"
    r"|visibly|somewhat|severely|badly|heavily|seriously|extremely|possibly|def|defo|deffo"
    r"|prob|literally|textbook|classic|typical|becoming|getting|growing|increasingly"
    rf"))*)\s+(?P<adj>{ADJ_RX})(?:\s+and\s+(?:(?:clinically|severely|very|really)\s+)?"
    rf"(?:{ADJ_RX}))?\b",
    FLAGS,
)
# Some labels are diagnoses whatever the subject ("the way he checks is obsessive-compulsive").
_COPULA_ANY = re.compile(
    r"\b(?:is|was|are|were|seems?|sounds?|looks?)\s+(?P<adv>(?:(?:so|really|very|totally|a\s+bit"
    r"|kind\s+of|pretty|clearly|definitely)\s+)*)(?P<adj>obsessive[-\s]compulsive|ocd|bipolar"
    r"|psychotic|autistic|adhd|borderline|narcissistic|manic|schizophrenic)\b",
    FLAGS,
)
_SEEM_VERBS = re.compile(r"seem|look|sound|appear(?!\w*\s+as)", FLAGS)
# Fallback: a clear condition name in a sentence about the client, in none of the contexts
# where clinical words are fine. It only fires on names that are not everyday feeling words.
_STRONG_CONDITION = re.compile(
    r"\b(?:an?\s+|the\s+)?(?P<cond>complex\s+ptsd|c-?ptsd|ptsd"
    r"|(?:major\s+|clinical\s+|postnatal\s+|postpartum\s+)?depression"
    r"|bipolar(?:\s+disorder)?|bpd|borderline\s+personality(?:\s+disorder)?|ocd|adhd|autism"
    r"|(?:an\s+)?eating\s+disorder|anorexia|bulimia|psychosis|schizophrenia|mania|hypomania"
    r"|(?:generali[sz]ed\s+|social\s+)?anxiety\s+disorder|panic\s+disorder|social\s+anxiety"
    r"|personality\s+disorder|dissociative\s+(?:identity\s+)?disorder|agoraphobia|dissociation"
    r"|(?:trauma|ptsd|depression|depressive|anxiety|ocd|adhd)\s+symptoms)\b",
    FLAGS,
)
# Pronouns only: a capitalised word here is as likely to be "Depression" as a client's name.
_ABOUT_CLIENT = re.compile(r"\b(?:you|your|u|ur|she|her|he|his|him|client)\b", FLAGS)
_GENERAL_SUBJECT = re.compile(
    r"^\W*(?:[\w-]+\s+){0,3}?(?:ptsd|depression|bipolar|ocd|adhd|autism|anxiety|psychosis|trauma"
    r"|eating\s+disorders?|disorders?|disorder)\b",
    FLAGS,
)
# The coach giving a view: note headings, hedges and verdicts make a bare name a diagnosis.
_OPINION = re.compile(
    r"\b(?:i'd|i\s+think|i\s+reckon|i\s+suspect|my\s+(?:read|guess|view|sense|take)|to\s+me|calling"
    r"\s+it|going\s+on|plain\s+and\s+simple|clearly|definitely|obviously|probably|possible|likely"
    r"|suspected|presentation|presenting|impression|issues?|problems?|concerns?|noted|observed"
    r"|would\s+fit|fits|explains?)\b|:",
    FLAGS,
)
_NOT_HER_CONDITION = re.compile(
    r"\b(?:her|his|their|your|a|the)\s+(?:[\w-]+\s+)?(?:mum|mom|mother|dad|father|sister|brother|son"
    r"|daughter|partner|husband|wife|friend|ex|boyfriend|girlfriend|aunt|uncle|cousin|grandma"
    r"|grandmother|grandad|grandfather|child|kids?|boss|colleague|coworker|flatmate)\b"
    r"|\b(?:book|article|podcast|video|course|workshop|webinar|research|information|info|leaflet"
    r"|awareness|resources?|charity|support\s+group|documentary|learn|learning|reading)\b",
    FLAGS,
)
_GENERIC_AFTER = re.compile(
    r"\s+(?:can|may|might|often|sometimes|usually|tends?|is\s+(?:a|an|common|treatable|real|not|more"
    r"|so|very|really|pretty|quite|everywhere|rising)"
    r"|affects|looks\s+different)\b",
    FLAGS,
)
_GENERIC_BEFORE = re.compile(
    r"(?:\b(?:about|on|regarding|re|for|with|against|from|in|like|after)\s+(?:the\s+|an?\s+)?$)",
    FLAGS,
)


def _fallback_conditions(sentence: str) -> Iterator[Candidate]:
    if _NOT_HER_CONDITION.search(sentence):
        return
    if (
        not _ABOUT_CLIENT.search(sentence)
        and _GENERAL_SUBJECT.search(sentence)
        and not _OPINION.search(sentence)
    ):
        # No client and no opinion in the sentence, and the condition is its subject:
        # a general statement ("Depression lies; that's worth remembering").
        return
    for m in _STRONG_CONDITION.finditer(sentence):
        if _GENERIC_AFTER.match(sentence, m.end()) or _PROCESS_AFTER.match(sentence, m.end()):
            continue
        if _GENERIC_BEFORE.search(sentence[max(0, m.start() - 20) : m.start()]):
            continue
        family = family_of(m.group("cond"), COND_FAMILIES)
        yield candidate(m.start(), m.end(), "diagnosis", _WHY_NAME, describe(family, "np"), 2)


# "ADHD would explain a lot": the condition offered as the explanation.
_EXPLAINS = re.compile(
    rf"\b(?P<cond>(?:{COND_RX}){TRAILER})\s+(?=(?:would|might|could|probably|definitely|totally|really)"
    r"\s+(?:\w+\s+)?explain|explains\b|is\s+what\s+i'd\s+(?:call|say|guess)|is\s+my\s+(?:guess|hunch"
    r"|read|bet|money)|is\s+what\s+(?:it|this)\s+(?:is|looks\s+like|sounds\s+like)"
    r"|[\s,-]*(?:that's|that\s+is|is)\s+my\s+(?:read|guess|hunch|take|bet|sense))",
    FLAGS,
)
# "The PTSD is making her jumpy": the condition named as the client's, without a possessive.
_THE_CONDITION = re.compile(
    rf"\bthe\s+(?P<cond>(?:{COND_RX}){TRAILER})\s+(?=(?:is|was|has|'s|seems|keeps|makes|made|making"
    r"|flared|flares|flaring|got|gets|came|comes|kicked|kicks|took|takes|really|must|might)\b)",
    FLAGS,
)
_PRONOUN_HINT = re.compile(r"\b(?:(?P<f>she|her|hers)|(?P<m>he|him|his)|(?P<y>you|your))\b", FLAGS)
# A label used as an adjective for the person: "my bipolar client", "a depressed client".
_ATTRIBUTIVE_LABEL = re.compile(
    rf"\b(?P<adj>{ADJ_RX}|ptsd|bpd|adhd|ocd)\s+(?P<noun>client|clients|person|woman|man"
    r"|guy|girl|teen|kid)\b",
    FLAGS,
)
# Note style with no verb: "Client depressed and withdrawn today."
_NOTE_LABEL = re.compile(rf"^\W*(?:client|pt|{NAME})\s+(?P<adj>{ADJ_RX})\b", FLAGS)
_BARE_CLINICAL = re.compile(
    r"\b(?:depressive\s+(?:episodes?|streak|tendencies|thinking|state|traits|side|spiral)"
    r"|(?:hypo)?manic\s+(?:episodes?|energy|phase|state|behaviou?r)"
    r"|dissociative\s+episodes?|psychotic\s+episodes?)\b",
    FLAGS,
)
_ASSESSMENT = re.compile(
    r"(?P<lead>\b(?:in|based\s+on|per|from)\s+)?\b(?:my|our)\s+(?:professional\s+|clinical\s+)?"
    r"(?:assessment|clinical\s+impression|evaluation)\b"
    r"|^\W*(?:clinical\s+)?(?:assessment|evaluation|clinical\s+impression)(?=(?:\s+\w+){0,2}\s*:)",
    FLAGS,
)
_DIAGNOSED = re.compile(
    r"\bdiagnos(?:ed|e|ing)\s+(?P<obj>her|him|them|you|the\s+client|client)(?P<with>\s+with)?\b"
    r"|\b(?:i|i've|i\s+have|we|we've)\s+diagnosed\b|(?:^|\bmy\s+)\W*diagnosis\b(?=\s*(?::|is))"
    r"|\b(?P<as>diagnos(?:e|ing|ed)|assess(?:ed|ing)?|label(?:led|ed|ling|ing)?|classif(?:y|ied|ying))"
    r"\s+(?:this|it|that|her|him|them|you)\s+as\b",
    FLAGS,
)


def _possessive(sentence: str) -> Iterator[Candidate]:
    """Find a condition given to the client with a possessive: "your depression"."""
    for m in _POSSESSIVE.finditer(sentence):
        cond = m.group("cond")
        if _PROCESS_AFTER.match(sentence, m.end()):
            # "Her ADHD assessment" is about a clinician's process, not the coach's label.
            continue
        if _FEELING_AFTER.match(sentence, m.end()) and re.search("anxiety|panic", cond, FLAGS):
            # "Your anxiety about the interview" is a feeling, not a condition.
            continue
        family = family_of(cond, COND_FAMILIES)
        if m.group("brain"):
            pos, _have, _subj = person_forms(m.group("pos"))
            yield candidate(m.start(), m.end(), "diagnosis", _WHY_NAME, f"{pos} mind", 5)
            continue
        if re.search(r"(?:symptoms|episodes|traits|tendencies)$", cond, FLAGS):
            # Plural, so the verb after it still agrees: "her symptoms are easing".
            family = "symptoms"
        yield candidate(
            m.start(),
            m.end(),
            "diagnosis",
            _WHY_NAME,
            describe(family, "possessive", m.group("pos")),
            5,
        )


def _has_condition(sentence: str) -> Iterator[Candidate]:
    """Find a client who "has", "has got" or "is dealing with" a condition."""
    for m in _HAS.finditer(sentence):
        family = family_of(m.group("cond"), COND_FAMILIES)
        subject = m.group("subj")
        _pos, have, _s = person_forms(subject)
        if subject.lower() in {"client", "the client", "my client"}:
            have = f"{subject} has"
        elif subject[0].isupper() and subject.lower() not in {"you", "she", "he", "they", "u"}:
            have = f"{subject} has"
        text = f"{have} been having {describe(family, 'np', subject)}"
        yield candidate(m.start(), m.end(), "diagnosis", _WHY_NAME, text, 6)


def _named_as(sentence: str) -> Iterator[Candidate]:
    """Find a condition named as the answer: "sounds like BPD", "it's PTSD"."""
    for rx in (_SOUNDS_LIKE, _HEDGE):
        for m in rx.finditer(sentence):
            family = family_of(m.group("cond"), COND_FAMILIES)
            if rx is _HEDGE and m.group("colon"):
                # "Diagnosis: X" as a note heading: replace heading and label together.
                text = f"What I noticed: {describe(family, 'np')}"
                yield candidate(m.start("colon"), m.end("span"), "diagnosis", _WHY_NAME, text, 5)
                continue
            yield candidate(
                m.start("span"),
                m.end("span"),
                "diagnosis",
                _WHY_NAME,
                describe(family, "np"),
                4,
            )


def _clinical_framing(sentence: str) -> Iterator[Candidate]:
    """Find clinical framing: "signs of", "presents with", "meets criteria for"."""
    for m in _FRAMING.finditer(sentence):
        family = family_of(m.group("cond"), COND_FAMILIES)
        lead = m.group("lead").lower()
        np = describe(family, "np")
        if lead.startswith("show"):
            text = f"{'having' if lead.startswith('showing') else 'has'} {np}"
        elif "present" in lead:
            verb = "talking about" if "presenting" in lead else "talked about"
            text = f"{verb} {np}" if "presents" not in lead else f"talks about {np}"
        elif "criteria" in lead:
            text = f"has been having {np}"
        elif "suffer" in lead:
            text = f"{'living' if 'suffering' in lead else 'lives'} with {np}"
            if lead.startswith("suffered"):
                text = f"lived with {np}"
        elif lead.startswith("with"):
            text = f"with {np}"
        elif lead.startswith(("tick", "fits")):
            text = f"has been having {np}"
        elif "with" in lead and "consistent" not in lead:
            text = f"someone who's been having {np}"
        else:
            text = np
        yield candidate(m.start(), m.end(), "diagnosis", _WHY_NAME, text, 5)


def _label_after_verb(sentence: str) -> Iterator[Candidate]:
    """Find a label after a verb: "she's clearly bipolar", "you seem depressed"."""
    for m in _COPULA.finditer(sentence):
        family = family_of(m.group("adj"), ADJ_FAMILIES)
        form = "after_seem" if _SEEM_VERBS.search(m.group("cop")) else "after_be"
        if m.group("cop").strip().lower() in {"keeps", "keep", "kept"}:
            form = "after_be"
        start = m.start("adv") + (len(m.group("adv")) - len(m.group("adv").lstrip()))
        if not m.group("adv").strip():
            start = m.start("adj")
        yield candidate(
            start,
            m.end(),
            "diagnosis",
            _WHY_LABEL,
            describe(family, form, m.group("subj")),
            5,
        )


def _presents_as(sentence: str) -> Iterator[Candidate]:
    """Find "presents as anxious and depressed"."""
    for m in _PRESENTS_AS.finditer(sentence):
        lead = m.group("lead").lower()
        verb = "sharing" if lead.endswith("ing") else ("shares" if lead.endswith("s") else "shared")
        text = f"{verb} how hard things have felt"
        yield candidate(m.start(), m.end(), "diagnosis", _WHY_LABEL, text, 5)


def _explains(sentence: str) -> Iterator[Candidate]:
    """Find a condition offered as the explanation: "ADHD would explain a lot"."""
    for m in _EXPLAINS.finditer(sentence):
        family = family_of(m.group("cond"), COND_FAMILIES)
        yield candidate(m.start(), m.end() - 1, "diagnosis", _WHY_NAME, describe(family, "np"), 4)


def _the_condition(sentence: str) -> Iterator[Candidate]:
    """Find "the PTSD is making her jumpy": the client's condition without a possessive."""
    for m in _THE_CONDITION.finditer(sentence):
        hint = _PRONOUN_HINT.search(sentence, m.end())
        person = "their"
        if hint:
            person = "her" if hint.group("f") else ("his" if hint.group("m") else "your")
        family = family_of(m.group("cond"), COND_FAMILIES)
        text = describe(family, "possessive", person)
        yield candidate(m.start(), m.end() - 1, "diagnosis", _WHY_NAME, text, 4)


def _label_before_noun(sentence: str) -> Iterator[Candidate]:
    """Find a label before a person: "my bipolar client"."""
    for m in _ATTRIBUTIVE_LABEL.finditer(sentence):
        yield candidate(m.start(), m.end(), "diagnosis", _WHY_LABEL, m.group("noun"), 4)


def _note_label(sentence: str) -> Iterator[Candidate]:
    """Find note-style labels with no verb: "Client depressed today"."""
    for m in _NOTE_LABEL.finditer(sentence):
        family = family_of(m.group("adj"), ADJ_FAMILIES)
        text = describe(family, "after_be", "they")
        yield candidate(m.start("adj"), m.end(), "diagnosis", _WHY_LABEL, text, 4)


def _label_of_anything(sentence: str) -> Iterator[Candidate]:
    """Find labels that are diagnoses whatever their subject."""
    for m in _COPULA_ANY.finditer(sentence):
        family = family_of(m.group("adj"), ADJ_FAMILIES)
        form = "after_seem" if _SEEM_VERBS.search(m.group()) else "after_be"
        start = m.start("adv") if m.group("adv") else m.start("adj")
        yield candidate(start, m.end(), "diagnosis", _WHY_LABEL, describe(family, form, "they"), 4)


def _clinical_terms(sentence: str) -> Iterator[Candidate]:
    """Find clinical terms that need no attribution: "depressive episode"."""
    for m in _BARE_CLINICAL.finditer(sentence):
        word = m.group().lower()
        if "manic" in word:
            text = "a lot of restless energy"
        elif "depressive" in word:
            text = "a really low stretch"
        elif "dissociative" in word:
            text = "moments of feeling far away"
        else:
            text = "some unsettling experiences"
        yield candidate(m.start(), m.end(), "diagnosis", _WHY_NAME, text, 4)


def _assessment(sentence: str) -> Iterator[Candidate]:
    """Find assessment language: "in my assessment", "Assessment:"."""
    for m in _ASSESSMENT.finditer(sentence):
        lead = (m.group("lead") or "").strip().lower()
        if m.group().strip()[-1:].isalpha() and not m.group().lower().lstrip(" -*").startswith(
            ("my", "our", "in", "based", "per", "from")
        ):
            text = "what I noticed"
        elif lead in {"in", "per", "from"}:
            text = "from what I've noticed"
        elif lead:
            text = f"{lead} what I've noticed"
        else:
            text = "what I've noticed"
        start = m.start() + (len(m.group()) - len(m.group().lstrip(" -*\t")))
        yield candidate(start, m.end(), "diagnosis", _WHY_ASSESS, text, 5)


def _diagnosed(sentence: str) -> Iterator[Candidate]:
    """Find the coach diagnosing: "I diagnosed her with", "Diagnosis:"."""
    for m in _DIAGNOSED.finditer(sentence):
        start = m.start() + (len(m.group()) - len(m.group().lstrip(" -*\t")))
        if m.group("as"):
            seeing = {
                "diagnose": "see",
                "diagnosing": "seeing",
                "diagnosed": "saw",
                "assess": "see",
                "assessing": "seeing",
                "assessed": "saw",
            }
            obj = m.group().split()[1]
            verb = m.group("as").lower()
            text = f"{seeing.get(verb, 'saw' if verb.endswith('ed') else 'see')} {obj} as"
            yield candidate(m.start(), m.end(), "diagnosis", _WHY_DIAGNOSED, text, 5)
        elif m.group("obj"):
            obj = m.group("obj")
            text = f"talked with {obj}" + (" about" if m.group("with") else "")
            yield candidate(m.start(), m.end(), "diagnosis", _WHY_DIAGNOSED, text, 5)
        elif m.group().lower().rstrip().endswith("diagnosed"):
            first = m.group().split()[0]
            yield candidate(m.start(), m.end(), "diagnosis", _WHY_DIAGNOSED, f"{first} noticed", 4)
        else:
            text = "what I noticed" if "my" not in m.group().lower() else "what I've noticed"
            yield candidate(start, m.end(), "diagnosis", _WHY_DIAGNOSED, text, 4)


_DIAGNOSIS_FINDERS = (
    _possessive,
    _has_condition,
    _named_as,
    _clinical_framing,
    _label_after_verb,
    _presents_as,
    _fallback_conditions,
    _explains,
    _the_condition,
    _label_before_noun,
    _note_label,
    _label_of_anything,
    _clinical_terms,
    _assessment,
    _diagnosed,
)


def diagnosis(sentence: str) -> Iterator[Candidate]:
    """Yield diagnosis candidates for one sentence."""
    for finder in _DIAGNOSIS_FINDERS:
        yield from finder(sentence)
