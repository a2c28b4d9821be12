"""Pathologizing: deficit labels about the client, each with a kinder word."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from .common import (
    FLAGS,
    NAME,
    SUBJECT,
    Candidate,
    candidate,
)
from .context import Context

_PERSON_BEFORE = re.compile(
    rf"(?:\b{SUBJECT}\s*(?:'s|'re|\s+(?:is|are|was|were|been|'s\s+been|has\s+been|seems?"
    r"|seemed|looks?|being|gets?|got|keeps?(?:\s+being)?|can\s+be|felt|feels?|remains?|became"
    r"|becomes?|acts?|acted|acting))(?:\s+(?:so|very|really|quite|too|being|a\s+bit|kind\s+of"
    r"|totally|completely|just|pretty|super|such|emotionally|again|still|always|been|getting"
    r"|clearly|incredibly|mentally|[\w-]+\s+(?:and|&)|[\w-]+,))*\s*$)|^\W*$"
    rf"|^\W*(?:client|note|notes|pt|{NAME})(?:\s+[\w-]+\s*(?:,|&|and))*\W*$",
    FLAGS,
)
_ATTRIBUTIVE = re.compile(
    r"\s*(?:client|clients|person|people|behaviou?rs?|texts?|messages?|woman|man|guy|girl|kid"
    r"|one|type|family|patterns?|coping)\b",
    FLAGS,
)
_NOT_CLIENT_BEFORE = re.compile(
    r"\b(?:the|a|her|his|their|my|our|your)\s+(?:[\w-]+\s+)?(?:manager|landlord|boss|company"
    r"|school|council|building|management|team|family|partner|husband|wife|ex|mother|mom|mum"
    r"|father|dad|sister|brother|parents?|employer|agency|insurer|insurance|bank|hr|office|court"
    r"|system|government|kids?|children|son|daughter|coworkers?|colleagues?|friends?|cat|dog"
    r"|body|skin|fabric|material|coat|jacket|watch|phone|paint|plants?)\b[^.]*$",
    FLAGS,
)
_OTHERS = (
    r"manager|landlord|boss|company|school|council|building|management|team|family|partner"
    r"|husband|wife|ex|ex-partner|ex-husband|ex-wife|boyfriend|girlfriend|mother|mom|mum|father"
    r"|dad|stepdad|stepmother|sister|brother|parents?|employer|agency|insurer|bank|hr|court"
    r"|abuser|uncle|aunt|cousin|neighbou?r|roommate|flatmate|coworker|colleague|friend|teacher"
    r"|plumber|contractor|builder|driver|doctor|nurse|system|government|kids?|son|daughter"
    r"|cat|dog|puppy|kitten|pet|horse|baby|toddler|children"
)
# A label said of someone else in the client's life: "her ex was manipulative".
_OTHER_SUBJECT_BEFORE = re.compile(
    rf"\b(?:the|a|an|her|his|their|my|our|your)\s+(?:[\w-]+\s+)?(?:{_OTHERS})\s+(?:was|is|were"
    r"|are|has\s+been|had\s+been|can\s+be|could\s+be|got|gets|seemed|seems|being|acted|acts"
    r"|sounds|sounded|became)\s+(?:[\w-]+\s+){0,2}$|\b(?:the|a|an|her|his|their|my|our|your)\s+"
    rf"(?:[\w-]+\s+)?(?:{_OTHERS})'s\s+$",
    FLAGS,
)
_CHOICE = re.compile(
    r"\b(?:that's|that\s+is|it's|it\s+is)\s+(?:her|his|their|your)\s+(?:choice|call|decision|right)"
    r"|\bwhich\s+is\s+(?:her|his|their|your)\s+(?:call|choice|decision|right)"
    r"|\b(?:i|we)\s+(?:really\s+)?(?:admire|respect|love)\s+(?:that|it|this)\b"
    r"|\bgood\s+for\s+(?:her|him|them|you)\b"
    r"|\bwhich\s+(?:seems|is|feels|sounds)\s+(?:really\s+|very\s+)?(?:wise|fair|understandable"
    r"|reasonable|okay|ok|fine|healthy|smart|sensible)",
    FLAGS,
)
_NEGATED_BEFORE = re.compile(r"(?:\bnot|n't|\bnever|\bno\s+longer)\s+(?:\w+\s+)?$", FLAGS)
_PATIENT_ADJ_BEFORE = re.compile(
    r"\b(?:be|being|so|very|more|less|too|stay|remain|was|is|are|been|were|'s|'re|am|'m|really"
    r"|quite|extremely|incredibly|such|and|endlessly|infinitely|how|as)\s*$",
    FLAGS,
)
_PATIENT_NOUN_BEFORE = re.compile(
    r"(?:\b(?:my|our|the|this|that|a|new|former|every|each|one)\s+|^\W*(?:note:\s*)?)$", FLAGS
)
_PATIENT_AFTER = re.compile(
    r"\s*(?:with|and|enough|about|in\s+(?:waiting|line)|for|person|man|woman|listener|teacher"
    r"|friend|parent|mom|mum|dad|partner|soul|approach|one\b|,\s*kind|portal|zero|advocate"
    r"|advocacy|transport|lift)",
    FLAGS,
)


# "A dramatic change", "a crazy week": the label describes a thing, not a person.
_THING_AFTER = re.compile(
    r"\s+(?:film|movie|show|book|change|changes|shift|improvement|drop|rise|increase|decrease|day"
    r"|days|week|weeks|weekend|moment|moments|scene|ending|story|news|weather|view|difference"
    r"|turn|twist|effect|results?|situation|time|times|year|month|schedule|traffic|market|prices?"
    r"|sky|storm|season|process|plot|music|song)\b",
    FLAGS,
)


def _person_label(sentence: str, m: re.Match[str]) -> bool:
    before = sentence[max(0, m.start() - 80) : m.start()]
    if _NEGATED_BEFORE.search(before) or _THING_AFTER.match(sentence, m.end()):
        return False
    return bool(_PERSON_BEFORE.search(before) or _ATTRIBUTIVE.match(sentence, m.end()))


def _any_label(sentence: str, m: re.Match[str]) -> bool:
    before = sentence[max(0, m.start() - 80) : m.start()]
    if _OTHER_SUBJECT_BEFORE.search(before):
        return False
    return not _NEGATED_BEFORE.search(before[-40:])


# "The app is resistant to…": a thing, not the client.
_THING_BEFORE = re.compile(
    r"\b(?:the|this|that|my|our)\s+(?!(?:client|clients|person|lady|guy|man|woman|girl|boy)\b)"
    r"[a-z]+\s+(?:is|was|were|are|seems|seemed|has\s+been|had\s+been)\s+(?:[\w-]+\s+){0,2}$",
    FLAGS,
)


def _resistant_ok(sentence: str, m: re.Match[str]) -> bool:
    before = sentence[: m.start()]
    if before.endswith("-") or _NOT_CLIENT_BEFORE.search(before) or _CHOICE.search(sentence):
        return False
    if _THING_BEFORE.search(before):
        return False
    return _any_label(sentence, m)


def _patient_ok(sentence: str, start: int, end: int, ctx: Context) -> bool:
    before = sentence[max(0, start - 40) : start]
    if ctx.medical_place or _PATIENT_ADJ_BEFORE.search(before):
        return False
    if _PATIENT_AFTER.match(sentence, end):
        return False
    return bool(_PATIENT_NOUN_BEFORE.search(before))


@dataclass(frozen=True, slots=True)
class Label:
    """A deficit label, its replacement and when it applies."""

    pattern: re.Pattern[str]
    replace: Callable[[re.Match[str], bool], str]
    why: str
    check: Callable[[str, re.Match[str]], bool]
    priority: int = 5


def _fixed(text: str) -> Callable[[re.Match[str], bool], str]:
    return lambda m, attributive: text


def _by_group(group: str, with_group: str, without: str) -> Callable[[re.Match[str], bool], str]:
    return lambda m, attributive: with_group if m.group(group) else without


def _tense(past: str, present: str, base: str, ing: str) -> Callable[[re.Match[str], bool], str]:
    def pick(m: re.Match[str], attributive: bool) -> str:
        verb = m.group("v").lower()
        if verb.endswith("ed"):
            return past
        if verb.endswith("ing"):
            return ing
        if verb.endswith("s"):
            return present
        return base

    return pick


_WHY_LABEL_P = (
    "This label makes the person the problem; describing what happened keeps them a full "
    "partner in their recovery."
)

_LABELS: tuple[Label, ...] = (
    Label(
        re.compile(r"\btreatment[-\s]resist[ae]nt(?P<c>\s+client)?\b", FLAGS),
        _by_group("c", "client still finding what works", "still finding what works"),
        '"Treatment-resistant" blames the person; nothing has fit yet, and that is not on them.',
        _any_label,
        9,
    ),
    Label(
        re.compile(
            r"\b(?:very\s+|so\s+|really\s+|quite\s+)?resist[ae]nt(?!\s+to\s+(?:sugar|cravings|temptation|infections?|water|heat|stains?|damage"
            r"|wear|the\s+temptation|(?:[\w']+\s+)?pressure|peer\s+pressure|being\s+rushed))"
            r"(?P<to>\s+to)?\b",
            FLAGS,
        ),
        _by_group("to", "cautious about", "cautious"),
        '"Resistant" casts the client as the problem; "cautious" respects that they set the pace.',
        _resistant_ok,
    ),
    Label(
        re.compile(r"\bnon[-\s]?compl(?:i|ia)nt(?P<w>\s+with)?\b", FLAGS),
        _by_group("w", "not on board with", "not on board yet"),
        '"Non-compliant" is medical language; the client decides what fits their recovery.',
        _any_label,
    ),
    Label(
        re.compile(
            r"\b(?:didn't|did\s+not|doesn't|does\s+not|won't|wouldn't)\s+comply(?:\s+with)?\b",
            FLAGS,
        ),
        _fixed("didn't go along with"),
        "Compliance is medical language; the client decides what fits their recovery.",
        _any_label,
    ),
    Label(
        re.compile(r"\b(?:poor|low|lack\s+of)\s+compliance\b|\bnon[-\s]?compliance\b", FLAGS),
        _fixed("a hard time following through"),
        "Compliance is medical language; the client decides what fits their recovery.",
        _any_label,
    ),
    Label(
        re.compile(r"\bmanipulative\b", FLAGS),
        _fixed("indirect"),
        '"Manipulative" judges character; people often learned indirect ways to get needs met '
        "when direct ones weren't safe.",
        _any_label,
    ),
    Label(
        re.compile(r"\battention[-\s]?seek(?:ing|er)\b", FLAGS),
        _fixed("connection-seeking"),
        "Reaching out is a bid for connection, and naming it that way keeps the client's dignity.",
        _any_label,
    ),
    Label(
        re.compile(r"\bno[-\s]?show(?P<suf>s|ed|ing)?\b", FLAGS),
        lambda m, a: {"ed": "missed", "s": "missed sessions", "ing": "missing"}.get(
            (m.group("suf") or "").lower(), "missed session"
        ),
        '"No-show" is clinic language; a missed session is just that, and life happens.',
        _any_label,
    ),
    Label(
        re.compile(r"\b(?P<v>committed|commits|commit|committing)\s+suicide\b", FLAGS),
        _tense("died by suicide", "dies by suicide", "die by suicide", "dying by suicide"),
        '"Committed" suggests a crime; "died by suicide" is the gentler, accepted wording.',
        _any_label,
        7,
    ),
    Label(
        re.compile(r"\b(?:uncooperative|unco-operative|non-?cooperative)\b", FLAGS),
        _fixed("finding it hard to engage"),
        _WHY_LABEL_P,
        _any_label,
    ),
    Label(
        re.compile(r"\bin\s+denial(?P<a>\s+about)?\b", FLAGS),
        _by_group("a", "not ready to look at", "not ready to look at this yet"),
        "Not being ready is a choice the client gets to make, not a flaw.",
        _any_label,
    ),
    Label(
        re.compile(
            r"\b(?:so\s+|very\s+|really\s+|too\s+)?(?:dramatic|hysterical|melodramatic)\b"
            r"(?!\s+in\s+(?:the|a)\s+(?:best|good|great|fun)\s+way)",
            FLAGS,
        ),
        # "Really upset" fits both "she's so dramatic" and "she's being dramatic".
        lambda m, a: "really upset",
        _WHY_LABEL_P,
        _person_label,
    ),
    Label(
        re.compile(r"\ban?\s+drama\s+queen\b", FLAGS),
        _fixed("someone who feels things deeply"),
        _WHY_LABEL_P,
        _any_label,
    ),
    Label(re.compile(r"\bunmotivated\b", FLAGS), _fixed("low on energy"), _WHY_LABEL_P, _any_label),
    Label(
        re.compile(
            r"\blazy\b(?!\s+(?:sunday|saturday|morning|day|afternoon|weekend|evening|river|susan|eye))",
            FLAGS,
        ),
        _fixed("worn out"),
        _WHY_LABEL_P,
        _any_label,
    ),
    Label(
        re.compile(r"\b(?:so\s+|very\s+|really\s+|too\s+|super\s+)?(?:needy|clingy)\b", FLAGS),
        lambda m, attributive: "connection-seeking" if attributive else "reaching out a lot",
        "Wanting contact is a need for connection, not a flaw.",
        _person_label,
    ),
    Label(
        re.compile(
            r"\b(?:an?\s+)?difficult\s+(?:client|person|one)\b|\bbeing\s+difficult\b", FLAGS
        ),
        lambda m, a: (
            "finding this hard"
            if m.group().lower().startswith("being")
            else (
                "a client with a lot going on"
                if m.group().lower().startswith("a")
                else "client with a lot going on"
            )
        ),
        _WHY_LABEL_P,
        _any_label,
    ),
    Label(
        re.compile(r"\b(?:an?\s+)?nightmare\s+(?:client|person|to\s+work\s+with)\b", FLAGS),
        _fixed("a client who's having a hard time"),
        _WHY_LABEL_P,
        _any_label,
    ),
    Label(
        re.compile(r"\bfrequent\s+flyer\b", FLAGS),
        _fixed("someone who reaches out often"),
        _WHY_LABEL_P,
        _any_label,
    ),
    Label(
        re.compile(r"\bacting\s+out\b", FLAGS),
        _fixed("showing how hard things are"),
        _WHY_LABEL_P,
        _person_label,
    ),
    Label(
        re.compile(r"\bself[-\s]?sabotag(?P<v>ing|e|es|ed)\b", FLAGS),
        lambda m, a: (
            "old ways of staying safe"
            if m.group("v").lower() in {"e", "es"}
            else "falling back on old ways of staying safe"
        ),
        "What looks like sabotage is often an old way of staying safe.",
        _any_label,
    ),
    Label(
        re.compile(
            r"\b(?P<v>refused|refuses|refusing|refuse)\s+to(?=\s+(?:do|complete|try|engage|participate"
            r"|answer|talk|attend|cooperate|join|share|open\s+up|follow))\b",
            FLAGS,
        ),
        _tense("chose not to", "chooses not to", "choose not to", "choosing not to"),
        'The client gets to choose; "refused" frames a choice as defiance.',
        _any_label,
    ),
    Label(
        re.compile(
            r"\b(?P<v>failed|fails|failing)\s+to(?=\s+(?:engage|participate|complete|follow\s+through"
            r"|attend|show\s+up|comply|progress|improve|do|make\s+progress))\b",
            FLAGS,
        ),
        _tense("didn't", "doesn't", "doesn't", "not managing to"),
        _WHY_LABEL_P,
        _any_label,
    ),
    Label(
        re.compile(
            r"\b(?P<v>failed|fails)(?=\s+(?:the|her|his|their|this|a|another|every|my)\s+"
            r"(?:goal|task|homework|step|exercise|challenge|assignment))",
            FLAGS,
        ),
        _tense("didn't reach", "doesn't reach", "doesn't reach", "not reaching"),
        _WHY_LABEL_P,
        _any_label,
    ),
    Label(
        re.compile(r"\bmaladaptive\b", FLAGS),
        _fixed("survival-mode"),
        "Ways of coping made sense once; calling them maladaptive turns survival into a flaw.",
        _any_label,
    ),
    Label(re.compile(r"\bdysfunctional\b", FLAGS), _fixed("strained"), _WHY_LABEL_P, _any_label),
    Label(re.compile(r"\bdefiant\b", FLAGS), _fixed("pushing back"), _WHY_LABEL_P, _any_label),
    Label(
        re.compile(r"\b(?:an?\s+)?(?:psycho|nutcase|basket\s+case|head\s+case)\b", FLAGS),
        lambda m, a: "really frightening" if "psycho" in m.group().lower() else "really struggling",
        _WHY_LABEL_P,
        _person_label,
    ),
    Label(
        re.compile(r"\b(?P<v>play|plays|playing|played)\s+the\s+victim\b", FLAGS),
        _tense("felt really hurt", "feels really hurt", "feel really hurt", "feeling really hurt"),
        'Feeling hurt is real; "playing the victim" dismisses it.',
        _any_label,
    ),
    Label(
        re.compile(r"\bborderline\s+(?:behaviou?rs?|stuff|moments?|reactions?)\b", FLAGS),
        _fixed("intense reactions"),
        _WHY_LABEL_P,
        _any_label,
        6,
    ),
    Label(
        re.compile(
            r"\bsplitting\b(?!\s+(?:the|up|costs|time|bills?|hairs|wood|a|it|rent|headache)\b)",
            FLAGS,
        ),
        _fixed("seeing things in black and white"),
        _WHY_LABEL_P,
        _person_label,
    ),
    Label(
        re.compile(
            r"\bobsessed\s+with(?=\s+(?:him|her|them|(?:her|his|their|your)\s+(?:ex|partner|husband"
            r"|wife|boyfriend|girlfriend|mother|mom|mum|father|dad|boss|weight|body|food|appearance"
            r"|abuser)))\b",
            FLAGS,
        ),
        _fixed("really focused on"),
        _WHY_LABEL_P,
        _any_label,
    ),
    Label(
        re.compile(
            r"\b(?:so\s+|really\s+|totally\s+|completely\s+)?(?:crazy|nuts|insane|mental)(?P<a>\s+about)?\b"
            r"(?!\s+(?:health|load|note|notes|space|energy|block|wellbeing|well-being|illness|image))",
            FLAGS,
        ),
        _by_group("a", "really particular about", "really overwhelmed"),
        _WHY_LABEL_P,
        _person_label,
    ),
    Label(
        re.compile(
            r"\b(?:so\s+|completely\s+|totally\s+|really\s+)?(?:broken|damaged)(?:\s+goods)?\b",
            FLAGS,
        ),
        _fixed("hurting"),
        _WHY_LABEL_P,
        _person_label,
    ),
    Label(
        re.compile(r"\b(?:so\s+|really\s+|very\s+|emotionally\s+|mentally\s+)?unstable\b", FLAGS),
        _fixed("unsettled"),
        _WHY_LABEL_P,
        _person_label,
    ),
    Label(
        re.compile(r"\bpathological(?:ly)?(?P<x>\s+(?:about|liar))?\b", FLAGS),
        lambda m, a: (
            "stuck in a pattern of lying"
            if (m.group("x") or "").strip().lower() == "liar"
            else ("stuck in a pattern of" if m.group("x") else "deeply stuck")
        ),
        _WHY_LABEL_P,
        _any_label,
    ),
    Label(
        re.compile(r"\b(?:codependent|co-dependent|hypochondriac)\b", FLAGS),
        lambda m, a: (
            "worried about health" if "hypo" in m.group().lower() else "really tuned in to others"
        ),
        _WHY_LABEL_P,
        _person_label,
    ),
    Label(
        re.compile(r"\blacks\s+insight\b|\b(?:poor|no|limited)\s+insight\b", FLAGS),
        _fixed("still making sense of things"),
        _WHY_LABEL_P,
        _any_label,
    ),
    Label(
        re.compile(r"\b(?:argumentative|combative|oppositional)\b", FLAGS),
        _fixed("pushing back"),
        _WHY_LABEL_P,
        _any_label,
    ),
    Label(
        re.compile(
            r"\b(?:so\s+|very\s+|really\s+|quite\s+)?(?:hostile|defensive|aggressive|entitled"
            r"|demanding|irrational|high[-\s]maintenance)\b(?!\s+(?:of|on\s+behalf))",
            FLAGS,
        ),
        lambda m, a: {
            "defensive": "protective",
            "hostile": "guarded",
            "aggressive": "really activated",
            "entitled": "clear about what they need",
            "demanding": "asking for a lot right now",
            "irrational": "running on strong feelings",
        }.get(m.group().split()[-1].lower(), "asking for a lot right now"),
        _WHY_LABEL_P,
        _person_label,
    ),
    Label(
        re.compile(r"\ban?\s+handful\b", FLAGS),
        _fixed("going through a lot"),
        _WHY_LABEL_P,
        _person_label,
    ),
    Label(
        re.compile(
            r"\b(?:so\s+|very\s+|really\s+|too\s+)?(?:fragile|paranoid|delusional)\b", FLAGS
        ),
        lambda m, a: {"fragile": "tender right now", "paranoid": "really wary"}.get(
            m.group().split()[-1].lower(), "seeing things very differently"
        ),
        _WHY_LABEL_P,
        _person_label,
    ),
    Label(
        re.compile(r"\b(?P<v>overreacting|overreacts|overreacted|overreact)\b", FLAGS),
        _tense("reacted strongly", "reacts strongly", "react strongly", "reacting strongly"),
        "A strong reaction usually makes sense once you know what it is protecting.",
        _any_label,
    ),
    Label(
        re.compile(r"\b(?:overly|too|hyper)[-\s]?sensitive\b", FLAGS),
        _fixed("feeling things deeply"),
        _WHY_LABEL_P,
        _person_label,
    ),
    Label(
        re.compile(r"\bself[-\s]destructive\b", FLAGS),
        _fixed("falling back on old ways of coping"),
        "What looks self-destructive is often an old way of coping.",
        _any_label,
    ),
    Label(
        re.compile(r"\b(?:low|high)[-\s]functioning\b", FLAGS),
        lambda m, a: (
            "finding day-to-day things hard"
            if m.group().lower().startswith("low")
            else "keeping a lot going"
        ),
        _WHY_LABEL_P,
        _any_label,
    ),
    Label(
        re.compile(r"\b(?:an?\s+)?(?:lost\s+cause|hopeless\s+case)\b", FLAGS),
        _fixed("still finding what works"),
        _WHY_LABEL_P,
        _any_label,
    ),
    Label(
        re.compile(r"\bvictim\s+mentality\b", FLAGS),
        _fixed("a lot of hurt"),
        "Feeling hurt is real; calling it a mentality dismisses it.",
        _any_label,
    ),
    Label(
        re.compile(r"\b(?:lacks|lacking|lack\s+of)\s+motivation\b|\bpoor\s+engagement\b", FLAGS),
        lambda m, a: (
            "engagement has been hard" if "engagement" in m.group().lower() else "is low on energy"
        ),
        _WHY_LABEL_P,
        _any_label,
    ),
    Label(
        re.compile(r"\bunwilling\s+to\b", FLAGS),
        _fixed("not ready to"),
        "Not being ready is a choice the client gets to make, not a flaw.",
        _person_label,
    ),
    Label(
        re.compile(r"\b(?:disengaged|unengaged|checked\s+out)\b", FLAGS),
        _fixed("quieter than usual"),
        _WHY_LABEL_P,
        _person_label,
    ),
    Label(
        re.compile(r"\b(?:failed|unsuccessful)\s+suicide\s+attempt\b", FLAGS),
        _fixed("suicide attempt"),
        'Calling an attempt failed suggests dying was success; "attempt" is enough.',
        _any_label,
        7,
    ),
    Label(
        re.compile(r"\bsuccessful(?:ly)?\s+(?:suicide|committed\s+suicide)\b", FLAGS),
        _fixed("died by suicide"),
        '"Died by suicide" is the gentler, accepted wording.',
        _any_label,
        7,
    ),
    Label(
        re.compile(
            r"\bmanipulat(?:ing|es|ed)(?=\s+(?:me|us|people|others|everyone|everybody|them|her|him"
            r"|the\s+(?:whole\s+)?(?:group|team|situation|system)))\b",
            FLAGS,
        ),
        _fixed("leaning hard on"),
        _WHY_LABEL_P,
        _person_label,
    ),
    Label(
        re.compile(r"\ban?\s+manipulator\b", FLAGS),
        _fixed("someone finding indirect ways to get needs met"),
        _WHY_LABEL_P,
        _any_label,
    ),
    Label(
        re.compile(
            r"\b(?:classic|typical|usual|more|much|the\s+usual|so\s+much)\s+(?P<span>drama)\b",
            FLAGS,
        ),
        _fixed("big feelings"),
        _WHY_LABEL_P,
        _any_label,
    ),
    Label(
        re.compile(r"\bfailed(?=\s+(?:week|session|day|month|check-in|attempt\s+at))\b", FLAGS),
        _fixed("hard"),
        _WHY_LABEL_P,
        _any_label,
    ),
    Label(
        re.compile(r"\b(?:an?\s+|such\s+an?\s+)?(?:compulsive\s+|pathological\s+)?liar\b", FLAGS),
        _fixed("someone who isn't ready to share everything"),
        _WHY_LABEL_P,
        _person_label,
    ),
    Label(
        re.compile(
            r"\b(?:a\s+lot\s+of|lots\s+of|more|some|showing|her|his|their|client|so\s+much)\s+"
            r"resistance\b(?!\s+(?:band|training|bands|exercise|workout))",
            FLAGS,
        ),
        lambda m, a: m.group().rsplit(None, 1)[0] + " hesitation",
        '"Resistance" casts the client as the problem; hesitation is information about pace.',
        _resistant_ok,
    ),
    Label(
        re.compile(r"\b(?:her|his|their|your|client's|client)\s+compliance\b", FLAGS),
        lambda m, a: m.group().split()[0] + " follow-through",
        "Compliance is medical language; the client decides what fits their recovery.",
        _any_label,
    ),
    Label(
        re.compile(r"\b(?:an?\s+)?(?:junkie|druggie|crackhead|cokehead|alky)\b", FLAGS),
        _fixed("someone who's been using"),
        _WHY_LABEL_P,
        _any_label,
    ),
    Label(
        re.compile(
            r"\b(?:so\s+|very\s+|really\s+|too\s+)?(?:stubborn|toxic|spoiled|spoilt|obstinate"
            r"|pig-headed|bullheaded)\b",
            FLAGS,
        ),
        lambda m, a: "hurting" if "toxic" in m.group().lower() else "determined",
        _WHY_LABEL_P,
        _person_label,
    ),
    Label(
        re.compile(r"\b(?:an?\s+)?(?:challenging|problem|problematic|tough)\s+client\b", FLAGS),
        lambda m, a: (
            "a client with a lot going on"
            if m.group().lower().startswith("a")
            else "client with a lot going on"
        ),
        _WHY_LABEL_P,
        _any_label,
    ),
    Label(
        re.compile(
            r"\b(?:so\s+|really\s+|very\s+|quite\s+|pretty\s+)?difficult\b(?!\s+(?:to|for|time|week|day|conversation|topic|thing|things|situation|feelings?|memories|moments?|period|stretch|year|month|news|decision|question))",
            FLAGS,
        ),
        _fixed("finding this hard"),
        _WHY_LABEL_P,
        _person_label,
    ),
    Label(
        re.compile(
            r"\bsabotag(?:ing|es|ed|e)(?=\s+(?:her|his|their|your)\s+(?:own\s+)?(?:progress|recovery|goals?|work|chances|success))",
            FLAGS,
        ),
        lambda m, a: "getting in the way of",
        "What looks like sabotage is often an old way of staying safe.",
        _any_label,
    ),
    Label(
        re.compile(r"\b(?P<v>catastrophi[sz](?:ing|es|ed|e))\b", FLAGS),
        _tense(
            "expected the worst", "expects the worst", "expect the worst", "expecting the worst"
        ),
        "Bracing for the worst makes sense after trauma; the clinical label turns it into a flaw.",
        _any_label,
    ),
    Label(
        re.compile(
            r"\b(?:so\s+|very\s+|really\s+|too\s+)?(?:passive[-\s]aggressive|immature|irresponsible"
            r"|unreliable|flaky|selfish|erratic|volatile|explosive|over-?emotional|too\s+emotional"
            r"|whiny|pathetic|unhinged|deranged|hopeless|a\s+mess|a\s+wreck|a\s+trainwreck)\b",
            FLAGS,
        ),
        lambda m, a: {
            "passive-aggressive": "finding it hard to say things directly",
            "passive aggressive": "finding it hard to say things directly",
            "immature": "still finding their footing",
            "irresponsible": "stretched thin",
            "unreliable": "finding consistency hard",
            "flaky": "finding consistency hard",
            "selfish": "focused on getting through",
            "erratic": "up and down",
            "volatile": "quick to feel big things",
            "explosive": "quick to feel big things",
            "whiny": "voicing how hard it is",
            "pathetic": "struggling",
            "hopeless": "finding it hard to feel hope",
            "emotional": "too overwhelmed"
            if m.group().lower().startswith("too")
            else "overwhelmed",
            "overemotional": "overwhelmed",
            "over-emotional": "overwhelmed",
            "aggressive": "finding it hard to say things directly",
        }.get(m.group().split()[-1].lower(), "having a really hard time"),
        _WHY_LABEL_P,
        _person_label,
    ),
    Label(
        re.compile(r"\bmak(?:ing|es|e)\s+excuses\b", FLAGS),
        _fixed("explaining what got in the way"),
        _WHY_LABEL_P,
        _any_label,
    ),
    Label(
        re.compile(r"\bnon[-\s]?adherent\b|\bnon[-\s]?engag(?:ed|ing|ement)\b", FLAGS),
        _fixed("not on board yet"),
        "Adherence is medical language; the client decides what fits their recovery.",
        _any_label,
    ),
    Label(
        re.compile(r"\b(?:an?\s+)?(?:self[-\s]harmer|cutter)\b", FLAGS),
        _fixed("someone who self-harms"),
        "A person is more than what they do to cope; name the behaviour, not the person.",
        _person_label,
    ),
    Label(
        re.compile(r"\b(?:a\s+)?frequent\s+attender\b|\bpoor\s+historian\b", FLAGS),
        lambda m, a: (
            "someone who reaches out often"
            if "attender" in m.group().lower()
            else "finding it hard to remember details"
        ),
        _WHY_LABEL_P,
        _any_label,
    ),
    Label(
        re.compile(
            r"\b(?P<v>resisting|resists|resisted)\b(?!\s+(?:the\s+)?(?:urge|temptation|pressure))",
            FLAGS,
        ),
        _tense("pushed back on", "pushes back on", "push back on", "pushing back on"),
        '"Resisting" casts the client as the problem; pushing back tells you about pace.',
        _person_label,
    ),
    Label(
        re.compile(
            r"\bchronically\s+(?:late|absent|unreliable|disorganised|disorganized)\b", FLAGS
        ),
        _fixed("often running late"),
        _WHY_LABEL_P,
        _any_label,
    ),
    Label(
        re.compile(r"\ban?\s+attention[-\s]?(?:whore|seeker|hog|junkie)\b", FLAGS),
        _fixed("someone reaching out for connection"),
        "Reaching out is a bid for connection, and naming it that way keeps the client's dignity.",
        _any_label,
        6,
    ),
    Label(
        re.compile(r"\b(?P<v>play|plays|playing|played)\s+(?:mind\s+)?games\b", FLAGS),
        _tense("tested the waters", "tests the waters", "test the waters", "testing the waters"),
        _WHY_LABEL_P,
        _person_label,
    ),
    Label(
        re.compile(r"\b(?:so\s+|really\s+|very\s+)?(?:sullen|sulky|surly|moody)\b", FLAGS),
        _fixed("quiet"),
        _WHY_LABEL_P,
        _person_label,
    ),
)

_PATIENT = re.compile(
    r"\bpatients?\b|(?:^\W*|\b(?:my|the|this|our)\s+)(?-i:pt|Pt|PT)\b(?!\s*\d)", FLAGS
)
_WHY_PATIENT = '"Client" says you work side by side, as partners in their recovery.'


def pathologizing(sentence: str, ctx: Context) -> Iterator[Candidate]:
    """Yield deficit-label candidates for one sentence."""
    for label in _LABELS:
        for m in label.pattern.finditer(sentence):
            if not label.check(sentence, m):
                continue
            attributive = bool(_ATTRIBUTIVE.match(sentence, m.end()))
            span = "span" if "span" in label.pattern.groupindex else 0
            yield candidate(
                m.start(span),
                m.end(span),
                "pathologizing",
                label.why,
                label.replace(m, attributive),
                label.priority,
            )
    for m in _PATIENT.finditer(sentence):
        start = m.end() - len(m.group().split()[-1].lstrip(" -*:"))
        if _patient_ok(sentence, start, m.end(), ctx):
            word = "clients" if m.group().lower().endswith("s") else "client"
            yield candidate(start, m.end(), "pathologizing", _WHY_PATIENT, word, 5)
