"""Screen one text for crisis language: `screen(text) -> Screening`.

Pipeline: clean -> split into sentences (windowing very long ones) -> normalise each
-> match the rules -> judge each match in its own clause (negation, someone else,
quotation, media, joke, past and resolved, safety plan used) -> combine weak cues
-> take the highest level. Pure Python and the standard library: no Django, no
network, nothing to download.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import context, semantic
from .rules import (
    ELEVATED,
    HARM_ESCALATORS,
    HOPELESS_CUES,
    HOPELESS_WEIGHTS,
    RULES,
    SIGNALS,
    URGENT,
    Rule,
)
from .text import Sentence, clean, looks_unscreened, split_sentences

RISK_LEVELS: tuple[str, ...] = ("none", "elevated", "urgent")
# Notices say the screen could not read everything; they never raise the level.
LANGUAGE_NOT_SCREENED = "language_not_screened"
SCREEN_INCOMPLETE = "screen_incomplete"
NOTICES: tuple[str, ...] = (LANGUAGE_NOT_SCREENED, SCREEN_INCOMPLETE)

# Signals about the writer's own life and body.
_SELF_SIGNALS = frozenset(SIGNALS[:5])
# Suicidal language, beside which weak preparation cues count (not self-harm on its own).
_SUICIDE_SIGNALS = frozenset(
    ("suicide_passive", "suicide_active", "suicide_plan_or_intent", "suicide_behavior_recent")
)
_MAX_EVIDENCE = 5
# "I"/"me" inside the match names the writer as its subject or object; "my" does not
# ("my vet gave my dog" is not the writer rehoming a pet).
_FIRST_PERSON = re.compile(r"\b(?:i|im|ive|id|ill|me|myself)\b")
_IDEATION = re.compile(
    r"\b(?:thoughts? (?:of|about)|thinking (?:of|about)|think (?:of|about)|thought (?:of|about)|"
    r"imagin\w*|picturing|picture|fantasi\w*(?: about)?|dream\w* (?:of|about)|urges? to)\s+"
    r"(?:\w+\s+)?$"
)
_CONTEXT_WORDS = re.compile(
    r"\b(?:suicid\w*|kill myself|killing myself|attempt\w*|overdos\w*|end it|ending it|"
    r"self harm\w*|cutting|cut myself|die|dying|dead|end my life)\b"
)
_ADMIN = re.compile(
    r"\b(?:will|insurance|subscriptions|contracts|accounts|sorted|in order|arranged|taken care of|"
    r"tidied|loose ends|new home|new owner|looked after|fed|social media|instagram|facebook|"
    r"tiktok|profiles?|returned everything|cleared out|prescriptions?|script|ready|passwords?|"
    r"logins?|pin numbers|bank|gym|phone contract|contract|direct debits?|credit card|bill|debts?|"
    r"library books|top to bottom|spotless|deeds|papers|documents|policy|nominee|"
    r"overdraft|squared away|tidy)\b"
)
# The kinds of cue that count in pairs of different kinds toward harm to someone else
# (rules.py): the target found, payback promised, its price accepted, and a weapon at hand
# ("armed", which is ordinary beside a reason for it, below).
_HARM_KINDS = frozenset(("found", "payback", "cost"))
# Rules whose every cue is life's admin, counted as errands by _preparation.
_ADMIN_RULES = frozenset(("fam14_admin_weak",))
# What the things a weapon cue names are ordinarily for.
_ORDINARY_TOOLS = re.compile(
    r"\b(?:cricket|baseball|softball|rounders|nets|match|practice|training|diy|shel(?:f|ves)|"
    r"garden\w*|camping|fishing|barbecue|bbq|cook\w*|recipe|chef|carving|roast|mower|"
    r"lawnmower|chainsaw|generator|strimmer|jerry can|fuel|petrol station|archery|"
    r"firewood|kindling|"
    r"clay pigeons?|target practice)\b"
)
_MUNDANE_FAREWELL = re.compile(
    r"\b(?:last day (?:at|of)|new job|leaving (?:the|my) (?:job|company|team|office|school|sub|"
    r"group|flat|house)|retir\w+|graduat\w+|moving (?:house|to|out|away|abroad)|relocat\w+|"
    r"this sub|subreddit|the group chat|semester|school year|end of term|my notice|handed in|"
    r"im off to|see you (?:in|soon|next|all)|for a year|travel\w*|emigrat\w*|fly to|flying to|"
    r"backpacking|gap year|holiday|collection only|cash buyers?|no time ?wasters|open to offers|"
    r"buyer collects|upgraded)\b"
)
# A pet rehomed with a reason, taken in, or a thing sold on: the pet cue is ordinary then (the
# other cues keep their weight: "my landlord is a nightmare" beside the letters is not).
_PET_REASON = re.compile(
    r"\b(?:allerg\w*|landlord|no pets|new baby|cant keep (?:him|her|them)|adopt\w*|rescue (?:dog|"
    r"cat|greyhound|puppy|kitten|rabbit)|(?:hes|shes|its) ours now|buyers?|no returns|for sale|"
    r"marketplace|ebay|gumtree|vinted|while (?:im|i am|mum is|dad is|\w+ is) (?:in hospital|away)|"
    r"working away)\b"
)
_TAKING = re.compile(r"\b(?:took|take|taking|taken|all my|all of my)\b")
_WISH_LEAD = re.compile(
    r"\b(?:want to|wanna|going to|gonna|will|ill|might|could|thinking about|think about|"
    r"urge to|wish i could|about to)\s+(?:\w+\s+)?$"
)
_OTHER_VICTIM = re.compile(
    r"\b(?:threatened|threatening|hit|hits|attacked|hurt|hurts|beat|beats|choked|stabbed) "
    r"(?:her|him|them)\b"
)
_SELF_VICTIM = re.compile(r"\b(?:me|us|my kids|my children|my baby|i)\b")
_SOMEDAY = re.compile(r"\b(?:one day|someday|some day|eventually|one of these days)\b")
_FEAR = re.compile(r"\b(?:scared|afraid|worried|terrified|frightened|fear|intrusive)\b")
# Hopelessness cues must weigh three in one text (see rules.HOPELESS_CUES).
_HOPELESS_NEEDED = 3
_MOOD_CUES = frozenset({"so_tired", "alone", "numb"})


@dataclass(frozen=True)
class Screening:
    """The result of screening one text."""

    risk: str
    signals: tuple[str, ...]
    evidence: tuple[str, ...]

    def to_dict(self) -> dict[str, object]:
        """Return a JSON-ready dict."""
        return {"risk": self.risk, "signals": list(self.signals), "evidence": list(self.evidence)}


@dataclass(frozen=True)
class Hit:
    """One accepted rule match."""

    rule: str
    signal: str
    level: int
    sentence: int
    weak: str = ""
    text: str = ""


NONE = Screening("none", (), ())


def screen(text: str) -> Screening:
    """Return the screening for text; never raise, whatever the input."""
    try:
        if not isinstance(text, str):
            text = "" if text is None else str(text)
        return _screen(text)
    except Exception:  # noqa: BLE001 - a save must never fail because the screen did
        # Something unforeseen: say so, and ask a person to read it.
        return Screening("elevated", (SCREEN_INCOMPLETE,), ())


def _screen(text: str) -> Screening:
    cleaned = clean(text)
    sentences = split_sentences(cleaned)
    if not sentences:
        return NONE
    cleared: set[int] = set()
    hits = find_hits(sentences, cleared)
    hits = combine(hits, sentences)
    try:
        hits.extend(semantic_hits(sentences, hits, cleared))
    except Exception as exc:  # noqa: BLE001 - keep what the rules found; the layer only adds
        # The type only: an exception's message or locals could quote the client's text,
        # and this library also runs outside Django's scrubbing log filter (the CLI).
        semantic.log.error(
            "crisis screen: semantic layer failed on a text (%s); rules only", type(exc).__name__
        )
    notices = (LANGUAGE_NOT_SCREENED,) if looks_unscreened(cleaned) else ()
    if not hits:
        return Screening("none", notices, ())
    top = max(h.level for h in hits)
    signals = tuple(s for s in SIGNALS if any(h.signal == s for h in hits)) + notices
    evidence_idx = sorted({h.sentence for h in hits if h.level == top})[:_MAX_EVIDENCE]
    evidence = tuple(sentences[i].original for i in evidence_idx)
    return Screening(RISK_LEVELS[top], signals, evidence)


def find_hits(sentences: list[Sentence], cleared: set[int] | None = None) -> list[Hit]:
    """Return every rule match that survives its context, one per rule per sentence.

    The index of each sentence where a match was cleared by its context is added to
    cleared, so the semantic layer can leave those sentences to the rules' judgement.
    """
    hits: list[Hit] = []
    norms = [s.norm for s in sentences]
    last_hit: dict[str, int] = {}
    for i, sentence in enumerate(sentences):
        norm = sentence.norm
        neighbours = " ".join(norms[max(0, i - 2) : i + 3])
        following = norms[i + 1] if i + 1 < len(norms) else ""
        previous = norms[i - 1] if i else ""
        recent_past = " ".join(norms[max(0, i - 2) : i])
        # Windows of one long sentence overlap; a rule that fired in the previous
        # window has most likely found the same words again.
        overlaps = i > 0 and sentence.start < sentences[i - 1].end
        for rule in RULES:
            if overlaps and last_hit.get(rule.name) == i - 1:
                continue
            for m in rule.pattern.finditer(norm):
                if rule.unless is not None and rule.unless.search(norm):
                    break  # looked at only once the rule has matched
                level = judge(
                    rule, norm, m, neighbours, following, previous, sentence.original, recent_past
                )
                if not level:
                    if cleared is not None and not rule.weak:
                        cleared.add(i)
                    continue
                hits.append(Hit(rule.name, rule.signal, level, i, rule.weak, m.group(0)))
                last_hit[rule.name] = i
                if not rule.weak:  # weak cues count one by one
                    break
    return hits


def judge(
    rule: Rule,
    norm: str,
    m: re.Match[str],
    neighbours: str,
    following: str,
    previous: str = "",
    original: str = "",
    recent_past: str = "",
) -> int:
    """Return the level a match keeps in its context, or 0 if context clears it."""
    lead = context.lead(norm, m.start())
    if context.is_negated(lead) or context.answered_no(norm, m.end()):
        return 0
    if rule.signal != "in_danger":
        # For danger the other person is the point; for everything else it means
        # the text is about someone else, or someone else's words. A match that
        # names the writer ("everyone would be better off without me") stays theirs,
        # unless it is someone else's words ("they told me to kill myself").
        if not rule.own_voice and (context.is_quoted(norm, m.start()) or context.is_reported(lead)):
            return 0
        if (
            not rule.own_voice
            and not _FIRST_PERSON.search(m.group(0))
            and context.is_other_person(lead)
        ):
            return 0
    if context.is_media(lead):
        return 0
    if rule.signal == "in_danger" and _OTHER_VICTIM.search(norm) and not _SELF_VICTIM.search(norm):
        # "my neighbour's husband threatened her with a knife": danger to someone else.
        return 0
    if context.is_joke(norm, rule.firm, following, original):
        return 0
    if (
        rule.signal == "harm_to_others"
        and context.is_harm_idiom(norm, previous, following)
        # "I'm going to stab him. The knife's already in my bag." is no idiom.
        and not any(_escalator(s) for s in (norm, previous, following))
    ):
        return 0
    if rule.signal in _SELF_SIGNALS and context.is_game(norm):
        return 0
    if (
        rule.signal in ("suicide_behavior_recent", "suicide_plan_or_intent")
        and _TAKING.search(m.group(0))
        and context.is_adherence(norm)
    ):
        return 0
    if rule.signal == "suicide_behavior_recent" and context.is_died_laughing(norm, m.group(0)):
        return 0
    if rule.signal == "self_harm" and context.is_accident(norm):
        return 0
    if rule.signal in ("suicide_passive", "suicide_active") and context.is_embarrassment(norm):
        return 0
    clause = context.tense_clause(norm, m.start(), m.end())
    # The match must not vouch for itself ("six months clean" is not resolution of
    # "cut after six months clean").
    neighbours = neighbours.replace(m.group(0), " ")
    carried = recent_past if context.continues(norm) else ""
    if context.is_past(clause, neighbours, m.group(0), rule.past_needs_recency, carried):
        return 0
    if rule.signal == "suicide_plan_or_intent" and context.is_disposed(clause):
        return 0
    if not rule.firm and context.is_safety_plan(norm, following):
        return 0
    if rule.signal == "suicide_behavior_recent" and _WISH_LEAD.search(lead[-25:]):
        # "i want to slit my wrists" is a wish, read by the other rules, not an attempt.
        return 0
    if rule.signal == "suicide_plan_or_intent" and _IDEATION.search(lead[-30:]):
        # "thoughts of jumping in front of the train" is ideation, not a plan.
        return ELEVATED
    if (
        rule.level == URGENT
        and rule.signal != "suicide_behavior_recent"
        and (_FEAR.search(lead) and (rule.signal != "in_danger" or _SOMEDAY.search(norm)))
    ):
        # "I'm scared I'll hurt someone" is an intrusive fear, not an intent.
        return ELEVATED
    return rule.level


def semantic_hits(sentences: list[Sentence], hits: list[Hit], cleared: set[int]) -> list[Hit]:
    """Return what the semantic layer adds to the rules' hits (nothing if not built).

    It reads meaning the rules have no pattern for. It never lowers what the rules found,
    and it stays out of a sentence where a rule matched and its context cleared it
    ("I'm not suicidal", "when I was 15 I tried"): there the rules have read the words
    closely and the layer, which sees no word order, knows less. It adds a level only
    above what the rules found: elevated where they found nothing, urgent where the
    classifier is sure of it.
    """
    model = semantic.model()
    if model is None:
        return []
    found = max((h.level for h in hits), default=0)
    if found >= URGENT:
        return []
    candidates = semantic.spans(sentences, cleared)
    scored = model.score([span.text for span in candidates])
    # An urgent span wins over a merely risky one, whatever their scores: the two stages'
    # scores are not on one scale, and a plan must not hide behind a sadder sentence.
    best: tuple[tuple[bool, float], semantic.Span, semantic.Scores] | None = None
    for span, scores in zip(candidates, scored, strict=True):
        rank = (scores.is_urgent, scores.risk)
        if scores.flagged and (best is None or rank > best[0]):
            best = (rank, span, scores)
    if best is None:
        return []
    _, span, scores = best
    level = URGENT if scores.is_urgent else ELEVATED
    if level <= found:
        return []
    return [Hit("semantic", scores.signal, level, i) for i in range(span.first, span.last + 1)]


def combine(hits: list[Hit], sentences: list[Sentence]) -> list[Hit]:
    """Apply the text-level rules: weak cues need company, some urges escalate."""
    strong = [h for h in hits if not h.weak]
    kept = list(strong)
    weak_prep = [h for h in hits if h.weak == "prep"]
    # A pet handed over is a preparation cue that counts once however often a story of
    # rehoming repeats it, and not at all beside a reason for it.
    pet = next((h for h in hits if h.weak == "pet"), None)
    if pet and not any(_PET_REASON.search(s.norm) for s in sentences):
        weak_prep.append(pet)
    # A day said on its own counts straight after a cue said as briefly ("I've decided.
    # Friday after my shift."), not as a diary's heading or after a longer sentence ("Made
    # up my mind: I'm doing the marathon. Sunday.").
    for d in (h for h in hits if h.weak == "day"):
        before = d.sentence - 1
        if (
            any(h.sentence == before for h in weak_prep)
            and len(sentences[before].norm.split()) <= 6
        ):
            weak_prep.append(d)
            break
    # An attempt told over two sentences: what was done next to its aftermath.
    acts = [h for h in hits if h.weak == "act"]
    after = [h for h in hits if h.weak == "after"]
    pair = [
        h
        for h in acts + after
        if any(abs(h.sentence - k.sentence) <= 1 for k in (after if h.weak == "act" else acts))
    ]
    kept.extend(_distinct(pair))
    suicide_context = any(h.signal in _SUICIDE_SIGNALS for h in strong)
    if weak_prep and (suicide_context or _preparation(weak_prep, sentences)):
        kept.extend(weak_prep)
    if any(h.weak == "ctx" for h in hits) and any(_CONTEXT_WORDS.search(s.norm) for s in sentences):
        # "the thoughts are back" means suicidal thoughts when the text talks about suicide.
        kept.extend(h for h in hits if h.weak == "ctx")
    if any(h.signal == "in_danger" for h in strong):
        kept.extend(h for h in hits if h.weak == "help")
    # Harm to someone else told as preparation: a weapon at hand, the target found and
    # payback promised are each ordinary alone; two different ones, or one beside an urge
    # to hurt, are a plan.
    harm = [h for h in hits if h.weak in _HARM_KINDS]
    # A bat for cricket, petrol for the mower: there the weapon cue is ordinary. The reason
    # must be near the cue (its sentence or the ones either side), not anywhere in a long
    # entry.
    harm += [
        h
        for h in hits
        if h.weak == "armed"
        and not any(
            _ORDINARY_TOOLS.search(s.norm)
            for s in sentences[max(0, h.sentence - 1) : h.sentence + 2]
        )
    ]
    # Two cues of one kind are one cue ("I found out where he lives. I know where he
    # parks."), and so are two rules reading the same words.
    harm = _distinct(harm)
    if len({h.weak for h in harm}) >= 2 or (
        harm and any(h.signal == "harm_to_others" for h in strong)
    ):
        kept.extend(harm)
    kept.extend(hopeless_hits(sentences, already=bool(kept)))
    if any(h.signal == "harm_to_others" and h.level == ELEVATED for h in kept):
        if any(_escalator(s.norm) for s in sentences):
            kept = [
                Hit(h.rule, h.signal, URGENT, h.sentence) if h.signal == "harm_to_others" else h
                for h in kept
            ]
    return kept


def _preparation(weak: list[Hit], sentences: list[Sentence]) -> bool:
    """Return True if weak cues, with no suicidal language beside them, add up to preparation.

    One cue ("I've made my decision") is ordinary. Two are preparation if at least one is
    about a decision or a farewell; errands alone ("made my will, sorted life insurance")
    need three. A farewell to a job, a home or a forum is not a farewell to life.
    """
    if any(_MUNDANE_FAREWELL.search(s.norm) for s in sentences):
        return False
    weak = _distinct(weak)
    admin = sum(1 for h in weak if h.rule in _ADMIN_RULES or _ADMIN.search(h.text))
    return (len(weak) >= 2 and admin < len(weak)) or admin >= 3


def _distinct(hits: list[Hit]) -> list[Hit]:
    """Return hits with a reading inside a longer one of the same sentence counted once.

    The longest reading stands for the readings it contains, whatever order the rules
    matched in.
    """
    distinct: list[Hit] = []
    for h in sorted(hits, key=lambda h: -len(h.text)):
        core = h.text.strip(" .!,")
        if not any(k.sentence == h.sentence and core in k.text for k in distinct):
            distinct.append(h)
    return distinct


def _escalator(norm: str) -> bool:
    m = HARM_ESCALATORS.search(norm)
    return m is not None and not context.is_negated(context.lead(norm, m.start()))


def hopeless_hits(sentences: list[Sentence], already: bool) -> list[Hit]:
    """Return passive hits when the hopelessness cues in a text weigh enough."""
    if already:
        return []
    found: dict[str, int] = {}
    for i, sentence in enumerate(sentences):
        for name, pattern in HOPELESS_CUES:
            if name in found:
                continue
            m = pattern.search(sentence.norm)
            if m and not context.is_negated(context.lead(sentence.norm, m.start())):
                if not context.is_other_person(context.lead(sentence.norm, m.start())):
                    found[name] = i
    if sum(HOPELESS_WEIGHTS.get(name, 1) for name in found) < _HOPELESS_NEEDED:
        return []
    # Tired, lonely and empty together are a hard week, not a wish to be gone.
    if not set(found) - _MOOD_CUES:
        return []
    return [Hit(name, "suicide_passive", ELEVATED, i) for name, i in found.items()]
