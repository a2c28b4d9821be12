"""Medication: advice to start, stop, switch or dose medicines or supplements."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .common import (
    FLAGS,
    NAME,
    Candidate,
    candidate,
)
from .context import Context
from .lexicon import DRUGS, MED_WORDS, SUPPLEMENTS

_WHY_MED = (
    "Advice about starting, stopping or changing medication belongs with the client's "
    "prescriber, not with a coach."
)
_WHY_SUPPLEMENT = (
    "Suggesting a supplement or remedy as a fix is medical advice; "
    "a doctor or pharmacist can say what is safe."
)

_DRUG_RX = "|".join(DRUGS)
_MED_TERM = re.compile(rf"\b(?:{_DRUG_RX}|{MED_WORDS})\b", FLAGS)
_SUPP_TERM = re.compile(rf"\b(?:{SUPPLEMENTS})\b", FLAGS)
_ANY_MED = re.compile(rf"\b(?:{_DRUG_RX}|{MED_WORDS}|{SUPPLEMENTS})\b", FLAGS)

_ACTIONS = (
    r"try|trying|start|starting|stop|stopping|quit|quitting|come|coming|get|getting|go|going"
    r"|taper|tapering|wean|weaning|ween|cut|cutting|lower|lowering|reduce|reducing|drop|dropping"
    r"|skip|skipping|double|doubling|halve|halving|up|upping|increase|increasing|raise|raising"
    r"|switch|switching|swap|swapping|change|changing|take|taking|ask|asking|add|adding|use|using"
    r"|be\s+on|consider|look\s+into|bump|bumping|avoid|ditch|ditching|pop|tried|considered"
    r"|thought\s+about|need|ask\s+for|benefit\s+from|do\s+well\s+on|feel\s+better\s+on|stick\s+with"
    r"|stick\s+to|go\s+back\s+to|return\s+to|lay\s+off|give\s+up|forget|do\s+better\s+on"
    r"|be\s+better\s+on|grab|buy|order|pick\s+up|stay\s+off|stay\s+on|looked\s+into|explored"
    r"|be\s+medicated|get\s+medicated|medicate"
)
_ADVICE_CUE = re.compile(
    rf"\b(?:you|u)\s+(?:should|could|might|may|can|must|need\s+to|ought\s+to|would|will|'d"
    rf"|should\s+really|really\s+should)\s+(?:[\w']+\s+){{0,2}}?(?:{_ACTIONS})\b"
    rf"|\byou'd\s+(?:[\w']+\s+){{0,2}}?(?:{_ACTIONS}|be\s+better\s+off|do\s+better)\b"
    rf"|\bi'?d\s+(?:just\s+|probably\s+|definitely\s+|honestly\s+|personally\s+)?(?:{_ACTIONS}"
    r"|recommend|suggest|half|definitely|probably|just)\b"
    r"|\bi\s+(?:would\s+|really\s+)?(?:recommend|suggest|advise)\b"
    r"|\bi\s+(?:really\s+|honestly\s+)?think\s+you\s+(?:should|need|could|ought)\b"
    r"|\bi\s+(?:told|advised|asked|suggested|recommended|encouraged)\s+(?:her|him|them|you|the\s+client"
    r"|client)\s+to\b"
    r"|\b(?:why\s+not|how\s+about|what\s+about\s+(?:trying|taking|asking|getting|going)"
    r"|have\s+you\s+(?:tried|considered|thought\s+about|thought\s+of|looked\s+into|explored)"
    r"|did\s+you\s+(?:think|thought)\s+(?:about|of)|any\s+thoughts\s+(?:on|about)|(?:it\s+)?might\s+be\s+worth"
    r"|worth\s+(?:trying|asking\s+for|a\s+try)|consider(?:ing)?\s+[a-z]+ing)\b"
    r"|\byou(?:\s+(?:probably|really|honestly|definitely|might\s+not|may\s+not|don't|do\s+not"
    r"|won't|wouldn't|shouldn't|no\s+longer))*\s+(?:really\s+|even\s+)?need\b"
    r"|\bbetter\s+off\s+(?:without|off|the|your|those|these|them|it|with|on)\b|\bi'?d\s+say\b"
    r"|\bi\s+say\b|\bif\s+you\s+(?:just\s+)?(?:took|take|tried|try|started|start|stopped|stop"
    r"|came\s+off|come\s+off|cut|lowered|upped|increased|skipped|switched|went\s+off|got\s+on)\b"
    r"|\bwhy\s+don't\s+you\b|\b(?:it's|it\s+is|it\s+might\s+be|maybe\s+it's)\s+time\s+to\b"
    r"|\bif\s+i\s+were\s+you\b|\bmy\s+advice\s+(?:is|would\s+be)\b"
    r"|\b(?:she|he|they|client|the\s+client)\s+(?:should|could|needs\s+to|ought\s+to|must"
    r"|might\s+want\s+to)\b|^\W*(?:advised|recommended|suggested|encouraged|instructed)\b"
    r"|\byou(?:'ll|\s+will|'d|\s+would)\s+(?:feel|be|do|sleep|cope)\s+(?:so\s+much\s+|much\s+|a\s+lot\s+)?"
    r"better\b"
    r"|\b(?:i\s+)?(?:suggest|suggested|recommend|recommended|advise|advised)\s+(?:that\s+)?(?:she|he|they"
    r"|you|the\s+client|client)\b"
    r"|\b(?:your|ur|the|her|his)\s+(?:dose|dosage|meds|medication)\s+(?:is|are|seems|sounds|looks)\s+"
    r"(?:way\s+|much\s+|far\s+)?(?:too\s+(?:high|low|strong|weak|much)|wrong|not\s+enough)\b"
    r"|\blet's\s+(?:add|try|start|get|put|include|bring\s+in|introduce|cut|drop|stop|switch|swap"
    r"|lower|reduce|up|increase)\b|\b(?:it's|it\s+is|it'd\s+be|it\s+would\s+be)\s+(?:totally\s+)?"
    r"(?:fine|ok|okay|safe|alright|no\s+big\s+deal)\s+to\b"
    r"|\b(?:you're|you\s+are|you'd\s+be|you\s+should\s+be)\s+(?:probably\s+|totally\s+|definitely\s+)?"
    r"(?:fine|ok|okay|safe|good|alright)\s+to\b"
    r"|\bno\s+need\s+for\s+(?:the|your)\b|\byou\s+(?:don't|do\s+not)\s+have\s+to\b|\bno\s+need\s+to\b|\bask(?:ing)?\s+(?:them\s+|(?:your|the)\s+\w+\s+)?for\b"
    rf"|\b(?:maybe|perhaps|just)\s+(?:{_ACTIONS})\b",
    FLAGS,
)
_IMPERATIVE = re.compile(
    r"(?:(?:so|and|then|just|please|honestly|also|maybe|perhaps|ok|okay|definitely|seriously"
    r"|really)[,]?\s+)*(?:try|start|stop|quit|come\s+off|get\s+off|go\s+off|get\s+back\s+on"
    r"|go\s+back\s+on|get\s+on|go\s+on|taper|wean|ween|cut|lower|reduce|drop|skip"
    r"|double(?![-\s]check)|halve"
    r"|up|increase|raise|switch|swap|change|take|ask|don't\s+take|do\s+not\s+take|don't\s+stop"
    r"|avoid|add|bump|go\s+up|go\s+down|ditch|pop|keep\s+taking|stay\s+on|stay\s+off"
    r"|don't\s+bother\s+with|forget\s+(?:about\s+)?|give\s+up|lay\s+off|ease\s+off|cut\s+out"
    r"|no\s+more"
    r"|have\s+(?:a|an|some|one|two|half)|get\s+(?:a|an|some|yourself|on)|grab|buy|order"
    r"|don't\s+let\s+(?:them|anyone|your\s+[\w-]+|him|her)\s+(?:put|start|keep|switch|up|increase)"
    r"|throw|bin|chuck|flush|give\s+(?:it|them|that|this)\s+a\s+(?:go|try|shot|whirl)"
    r"|pick\s+up|talk\s+(?:your|the)\s+(?:[\w-]+\s+)?(?:doctor|gp|psychiatrist|prescriber)\s+into"
    r"|tell\s+(?:your|the)\s+(?:[\w-]+\s+)?(?:doctor|gp"
    r"|psychiatrist|prescriber)\s+(?:you\s+want|you\s+need|to)"
    r"|go\s+back\s+to|get\s+back\s+to|return\s+to|stick\s+to|stick\s+with|switch\s+back"
    r"|get\s+(?:your|the|a)\s+(?:[\w-]+\s+)?(?:doctor|gp|psychiatrist|prescriber)\s+to)\b",
    FLAGS,
)
# "You've been on that medication for years - maybe it's time to stop."
_BARE_ACTION = re.compile(
    r"\b(?:stop|stopping|quit|quitting|come\s+off|coming\s+off|taper\s+off|taper|wean\s+off"
    r"|cut\s+down|cut\s+back|go\s+off|get\s+off)(?:\s+(?:now|then|soon|completely|altogether"
    r"|for\s+good))?\W*$",
    FLAGS,
)
_SOMETHING_FOR = re.compile(
    r"\b(?:get|go|be)\s+on\s+something\b|\b(?:taking|take|need|get|try|ask\s+for|asking\s+for)\s+"
    r"something\s+(?:for|to|stronger|else|different|new)\b",
    FLAGS,
)
_PRONOUN_OBJECT = re.compile(
    rf"\b(?:{_ACTIONS}|off|on|stopping|starting|taking|give)\s+(?:it|them|those|these|that)\b",
    FLAGS,
)
_BENEFIT = re.compile(
    r"\b(?:would|will|should|could|can|might|may|'ll|'d)\s+(?:really\s+|probably\s+|definitely\s+"
    r"|totally\s+|honestly\s+)?(?:help|fix|sort|calm|replace|work|settle|ease|take\s+the\s+edge"
    r"|cure|knock|be\s+(?:better|good|great|best|enough)|do\s+(?:the\s+trick|wonders))\b"
    r"|\b(?:is|are|works?)\s+(?:really\s+)?(?:great|good|amazing|better|best|wonders)\s+for\b"
    r"|\b(?:might|would|could|may)\s+be\s+worth\s+(?:a\s+(?:shot|try|go)|trying)\b"
    r"|\b(?:is|are)\s+the\s+(?:answer|way\s+to\s+go|fix|solution)\b"
    r"|\b(?:is|are)\s+(?:a\s+|an\s+)?(?:absolute\s+|total\s+|real\s+)?(?:game[-\s]?changers?|life[-\s]?savers?"
    r"|miracles?|must|must-haves?|magic)\b"
    r"|\b(?:won't|wouldn't|can't|couldn't|will\s+not|would\s+not)\s+(?:hurt|harm\s+you|do\s+(?:any\s+)?harm)\b"
    r"|\b(?:is|'s|are)\s+(?:totally\s+|perfectly\s+|completely\s+)?(?:fine|ok|okay|safe|alright"
    r"|no\s+big\s+deal|not\s+a\s+big\s+deal)\b"
    r"|\b(?:is|are)\s+(?:a\s+|an\s+)?(?:natural|great|good|gentle|safe|brilliant)\s+(?:antidepressants?"
    r"|sedatives?|remed(?:y|ies)|sleep\s+aids?|mood\s+boosters?|alternatives?|fix|option)\b"
    r"|\b(?:should|would|will|'ll)\s+be\s+(?:totally\s+|completely\s+)?(?:fine|ok|okay|safe|alright"
    r"|no\s+problem)\b",
    FLAGS,
)
_ASK_FOR = re.compile(
    r"\bask(?:ing)?\s+(?:(?:your|the|a|her|his|ur)\s+(?:[\w-]+\s+)?(?:doctor|gp|psychiatrist"
    r"|prescriber|pharmacist|physician|nurse)\s+)?(?:for\b|to\s+(?:switch|change|increase|up"
    r"|lower|raise|reduce|put|give|prescribe|try|double|add|start|stop|bump|take|get|move|wean"
    r"|taper))|\btalk\s+(?:your|the)\s+(?:[\w-]+\s+)?(?:doctor|gp|psychiatrist|prescriber)\s+into\b"
    r"|\bget\s+(?:your|the|a)\s+(?:[\w-]+\s+)?(?:doctor|gp|psychiatrist|prescriber)\s+to\b"
    r"|\btell\s+(?:your|the)\s+(?:[\w-]+\s+)?(?:doctor|gp|psychiatrist|prescriber)\s+(?:you\s+want"
    r"|you\s+need"
    r"|to\s+(?:switch|change|increase|up|lower|stop|give|prescribe))",
    FLAGS,
)
_CLAUSE_STOP = re.compile(r"[;:(]|\s-\s|\s-(?=\w)|(?<=\w)-\s|,\s+but\b|\.\.\.", FLAGS)
# A clause starts after punctuation; emoji and bullets in front of it are skipped.
_CLAUSE_START = re.compile(r"(?:^|[,;:(]|\s-\s)[^\w'\"]*", FLAGS)
_THIRD_PERSON = re.compile(
    r"\b(?:told|advised|asked|suggested|recommended|encouraged)\s+(her|him|them)\b", FLAGS
)
# Note-style advice about the client in the third person: "Client should restart medication".
_THIRD_PERSON_SUBJECT = re.compile(
    rf"^\W*(?:(?P<she>she)|(?P<he>he)|they|(?:the\s+)?client|{NAME})\s+(?:should|could"
    r"|needs\s+to|ought\s+to|must|might\s+want\s+to)\b|^\W*(?P<note>advised|recommended"
    r"|suggested|encouraged|instructed|recommend|suggest|advise)\b",
    FLAGS,
)


_NOT_A_MEDICINE = re.compile(
    r"\s+(?:a\s+|an\s+|another\s+)?(?:[\w-]+\s+){0,2}?(?:review|referral|appointment|check|advice"
    r"|opinion|chat|conversation|assessment|second|blood|test|information|info|leaflet)",
    FLAGS,
)


def _asks_for_medicine(clause: str) -> bool:
    """Return True when the clause tells the client to request a medicine or a dose change."""
    for m in _ASK_FOR.finditer(clause):
        if not (m.group().lower().endswith("for") and _NOT_A_MEDICINE.match(clause, m.end())):
            return True
    return False


def _clause_end(sentence: str, start: int) -> int:
    stop = _CLAUSE_STOP.search(sentence, start)
    end = stop.start() if stop else len(sentence)
    while end > start and sentence[end - 1] in " \t\r\n.!?,;:\"')]":
        end -= 1
    return end


def _clause_start(sentence: str, pos: int) -> int:
    start = 0
    for m in _CLAUSE_START.finditer(sentence, 0, pos):
        if m.end() <= pos:
            start = m.end()
    return start


_EXISTING_MEDICINE = re.compile(
    r"\b(?:your|ur|her|his|their|the|my)\s+(?:[\w-]+\s+)?(?:dose|dosage|meds|medication|pills"
    r"|prescription|tablets)\b|\b(?:come|coming|came|get|getting|go|going|went)\s+off\b|\bstop"
    r"|\bcut|\btaper|\bwean|\bween|\blower|\breduc|\bskip|\bhalv|\bdoubl|\bup\s+(?:your|the)"
    r"|\bswitch|\bswap|\bdrop|\bquit|\bditch|\bdon't\s+need|\bwithout\b|\bback\s+on\b|\bdiscontinu"
    r"|\brestart|\bresume|\bstay\s+(?:off|on)|\bkeep\s+taking|\bgo(?:ing)?\s+without",
    FLAGS,
)


def _med_suggestion(sentence: str, start: int, end: int, supplement_only: bool) -> str:
    span = sentence[start:end]
    question = sentence[end : end + 2].lstrip().startswith("?")
    third = _THIRD_PERSON.search(span)
    # Changes to medicine the client already takes go to whoever prescribes it; anything new
    # goes to a doctor, and supplements to a doctor or pharmacist.
    if supplement_only:
        who = "your doctor or pharmacist"
    elif _EXISTING_MEDICINE.search(span):
        who = "your prescriber"
    else:
        who = "your doctor"
    target = who.split(" ", 1)[1]
    if third:
        pronoun = {"her": "she", "him": "he", "them": "they"}[third.group(1).lower()]
        possessive = {"her": "her", "him": "his", "them": "their"}[third.group(1).lower()]
        return f"I suggested {pronoun} talk this through with {possessive} {target}"
    note = _THIRD_PERSON_SUBJECT.match(span)
    if note:
        if note.group("note"):
            return f"suggested talking this through with their {target}"
        if note.group("she"):
            return f"she could talk this through with her {target}"
        if note.group("he"):
            return f"he could talk this through with his {target}"
        return f"the client could talk this through with their {target}"
    if question:
        return f"would it help to talk this through with {who}"
    return f"it could help to talk this through with {who}"


def medication(sentence: str, ctx: Context) -> Iterator[Candidate]:
    """Yield medication-advice candidates for one sentence."""
    if not _ANY_MED.search(sentence) and not _SOMETHING_FOR.search(sentence):
        return
    seen: set[int] = set()
    starts: list[int] = [m.start() for m in _ADVICE_CUE.finditer(sentence)]
    for m in _CLAUSE_START.finditer(sentence):
        imp = _IMPERATIVE.match(sentence, m.end())
        if imp:
            starts.append(m.end())
    for start in sorted(set(starts)):
        end = _clause_end(sentence, start)
        clause = sentence[start:end]
        if start in seen or not clause:
            continue
        has_term = _ANY_MED.search(clause) or _SOMETHING_FOR.search(clause)
        if not has_term and not _PRONOUN_OBJECT.search(clause) and not _BARE_ACTION.search(clause):
            continue
        if ctx.professional and not _asks_for_medicine(clause):
            continue
        seen.add(start)
        supplement_only = not _MED_TERM.search(sentence) and bool(_SUPP_TERM.search(clause))
        why = _WHY_SUPPLEMENT if supplement_only else _WHY_MED
        text = _med_suggestion(sentence, start, end, supplement_only)
        yield candidate(start, end, "medication", why, text, 9)
    if ctx.professional:
        return
    for m in _ANY_MED.finditer(sentence):
        benefit = _BENEFIT.search(sentence, m.end(), min(len(sentence), m.end() + 60))
        if not benefit or _CLAUSE_STOP.search(sentence, m.end(), benefit.start()):
            continue
        start = _clause_start(sentence, m.start())
        end = _clause_end(sentence, benefit.end())
        supplement_only = not _MED_TERM.search(sentence)
        why = _WHY_SUPPLEMENT if supplement_only else _WHY_MED
        text = _med_suggestion(sentence, start, end, supplement_only)
        yield candidate(start, end, "medication", why, text, 9)
