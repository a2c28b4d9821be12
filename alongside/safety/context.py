"""Context scopes that can lower or clear a rule match, judged per clause.

A match is read together with the stretch of its clause that comes before it (the
"lead"): "i dont want to" before "kill myself" negates it, "my brother" before
"attempted suicide" moves it to someone else. Past-and-resolved framing is judged on
the match's own clause plus, for past-tense clauses, the sentences around it.
"""

from __future__ import annotations

import re

# Clause boundaries for the lead: a negation or subject does not reach across them.
_LEAD_BOUNDARY = re.compile(
    r"[,;:!?\"]|\s-\s|\b(?:but|and|so|because|though|although|however|yet|while|then|"
    r"which|who|whereas|until|unless)\b"
)

# Boundaries for tense: "when I was 15 I tried...; this year I feel hope" has two.
_TENSE_BOUNDARY = re.compile(
    r"[;:!?]|\s-\s|\bbut\b|\band now\b|\bnow\b|\bthese days\b|\bthis year\b|\btoday\b|"
    r"\bthough\b|\balthough\b|\bwhereas\b|\bsince then\b|\banymore\b|\bnowadays\b"
)

NEGATION = re.compile(
    r"\b(?:not|no|never|dont|doesnt|didnt|wont|wouldnt|havent|hasnt|hadnt|isnt|arent|wasnt|"
    r"werent|cannot|nor|without|instead of|rather than|no longer|nothing|none|zero|neither|"
    r"shouldnt|stopped|quit|resisted|resist|clean from|clean of|free from|free of|recovered from)\b"
)

# Phrases that contain a negation word but do not negate what follows.
_NOT_NEGATION = re.compile(
    r"\b(?:not sure|not even sure|dont know|didnt know|cant stop|couldnt stop|can not stop|"
    r"if i didnt have|if it wasnt for|if it werent for|if not for|if i hadnt had|"
    r"cant help|couldnt help|no matter|never stop|not just|not only|dont think i can|"
    r"not going to lie|not gonna lie|cant get|dont care|no idea|nothing but|dont think anyone|"
    r"doesnt matter|not a day goes by|never not|wont stop|doesnt stop|dont stop|"
    r"no one would|nobody would|no one will|nobody will|cant wait|wont lie|wont pretend|"
    r"not anymore|not now|why not|nothing left|no reason|no point|no will|nothing to live|"
    r"not okay|not ok|not fine|not safe|not doing (?:well|good|okay|ok)|stop thinking|"
    r"stop wanting|stop feeling|stop myself|how do (?:you|i|people) stop|how to stop)\b"
)
# "how do you stop...", "does anyone else..." ask about the writer's own experience.
_GENERIC_YOU = re.compile(
    r"\b(?:(?:does )?anyone else (?:\w+ ){0,3}(?:they|their|them|theyre)|how do you|how do people|"
    r"how does anyone|does anyone(?: else)?|anyone else|"
    r"what do you|what do people|how can you|what can you|do you guys|you guys|"
    r"do you ever|is it normal to|you know when|you ever)\b"
)

# Someone other than the writer is the subject of the lead.
_OTHER_SUBJECT = re.compile(
    r"\b(?:he|she|they|hes|shes|theyre|his|her|their|you|youre|your|youd|youll|youve|we|our|"
    r"ours|"
    r"my (?:\w+ )?(?:friend|friends|sister|brother|mum|mother|dad|father|son|daughter|"
    r"partner|husband|wife|boyfriend|girlfriend|ex|cousin|uncle|aunt|grandfather|"
    r"grandmother|grandma|grandpa|granddad|roommate|flatmate|neighbou?r|coworker|colleague|"
    r"client|child|kid|kids|niece|nephew|stepdad|stepmother|stepfather|stepmum|teacher|"
    r"boss|classmate|student|patient|family|parents|cat|dog|nan|nana|nanna|gran|granny|"
    r"grandad|auntie|stepson|stepdaughter|godmother|godfather)|"
    r"(?:mums|dads|nans|grans|sisters|brothers|friends|partners) (?:\w+ )?(?:friend|mate|"
    r"partner|boyfriend|girlfriend|husband|wife|neighbou?r|colleague|son|daughter)|"
    r"(?:(?<=^)|(?<=^ ))were(?=\s*$| going| gonna| all| both| about)|"
    r"my (?:vet|doctor|gp|nurse|therapist|psychiatrist|counsellor|counselor|dentist|pharmacist|"
    r"midwife|social worker|manager|landlord)|"
    r"(?:a|the|this|that|one|another) (?:friend|girl|boy|guy|woman|man|kid|student|coworker|"
    r"colleague|person|character|patient|client|teenager|teen|lady|neighbou?r|celebrity|"
    r"singer|actor|actress)|someone|somebody|everyone|people|(?:[a-z]+s)(?= (?:said|says))|"
    r"the main character|the character|the narrator|her brother|his brother|her son|his son|"
    r"her daughter|his daughter)\b"
)
_SELF_SUBJECT = re.compile(r"\b(?:i|im|ive|id|ill|me|myself)\b")

# Other people's words: "they told me to kill myself", "the nurse asked if i had...".
_REPORTED = re.compile(
    r"\b(?:told|tell|telling|tells|said|says|saying|yelled|screamed|shouted|wrote)\s+"
    r"(?:me|us|him|her)\s+(?:to|that i should)\b|\bsaid i should\b|\bwanted me to\b|"
    r"\b(?:asked|asks|ask|asking)\b(?:\s+\w+){0,3}?\s+(?:if|whether|about|how often)\b|"
    r"\b(?:question|questions|questionnaire|phq|phq9|phq 9|intake|form|survey|screening|"
    r"checklist|assessment)\b"
)

# Films, books and the news.
_MEDIA = re.compile(
    r"\b(?:documentary|movie|film|show|series|episode|book|novel|character|article|podcast|"
    r"song|lyrics|news|game|chapter|season|play|poem|story about|reading about|"
    r"watched|watching|netflix|tv)\b"
)

# Joke markers and the hyperbole that goes with them.
_JOKE = re.compile(r"\b(?:lol|just kidding|joking|jokes|kidding|haha\w*|/s)\b")
_RETRACTION = re.compile(
    r"(?<!not )(?<!not just )\b(?:just kidding|joking|kidding|/s|also me|(?<!for )me at \d\w*)\b"
)
_HYPERBOLE = re.compile(
    r"\bif (?:i have to|i hear|i see|he|she|they|you|my|this|one more|another|the|anyone|"
    r"someone)\b|\bone more\b|\banother\b|\bevery (?:monday|morning|meeting)\b|"
    r"\b(?:mondays?|meeting|meetings|exam|exams|homework|class|group project|boss|traffic|"
    r"printer|in laws|inlaws|report card|finale|spoil\w*|leftovers|baby shower|emails?|"
    r"commute|queue|wifi|assignment|essay|deadline|lecture|all hands|zoom|spreadsheet|"
    r"group chat|work|embarrass\w*|cringe\w*|mortified|awkward|making me|makes me|made me|"
    r"wedding|school|test|tests|quiz|studied|studying|teacher|church|party|chores|practice|"
    r"crush|my mom|my mum|my dad|my parents|rent|bills|prices|taxes|tax|birthday|dinner|"
    r"for (?:posting|eating|taking|using|telling|wearing|borrowing|breaking|forgetting)|"
    r"if i (?:missed|miss|forget|forgot|skip|skipped|am late|was late|dont come|didnt come))\b"
)
# Slang that is mostly hyperbole among friends when it comes with an everyday trigger.
_JOKE_SLANG = re.compile(r"\bkms\b|\bkys\b")
# "I'll kill him if he leaves his socks out again": exasperation, not intent.
_HARM_IDIOM = re.compile(
    r"\bif (?:he|she|they|you|my \w+)\b.{0,60}\b(?:one more time|again|ever again)\b|"
    r"\b(?:socks|dishes|leftover\w*|milk|toilet seat|charger|remote|snoring|spoil\w*|finale|"
    r"forgot (?:our|my) (?:anniversary|birthday)|lovingly|affectionately|"
    r"chewing|late again|my chips|my fries|my food|last slice|last piece|stole my|ate my|"
    r"took my|borrowed my|used my|hoodie|clothes|makeup|snacks|phone charger|password|"
    r"netflix|playstation|xbox|game)\b|"
    r"\bcould (?:kill|murder|strangle|throttle) \w+(?: \w+)? for\b|"
    r"\bstab \w+ with (?:a |the )?(?:pin|jab|flu jab|vaccine|cocktail "
    r"stick)\b(?!.{0,40}\b(?:bleach|poison|tonight|sleeps?|blood|bleed)\b)|\bstab \w+ with (?:a |"
    r"the )?(?:needle|fork)\b(?=.{0,30}\b(?:lol|haha\w*|honestly|jk|joking|voodoo|doll|ha)\b)|"
    r"\bcould (?:kill|murder|strangle|throttle) (?:him|her|them)\s*(?:$|[.!,])|\bdriving me (?:up "
    r"the wall|mad|crazy|nuts|insane)\b|\bxbox\b|\bplaystation\b"
)
# Accidents and sport are not self-harm.
_ACCIDENT = re.compile(
    r"\b(?:chopping|cooking|baking|accident|accidentally|by accident|gym|slipped|fell|"
    r"tripped|shaving|running|football|soccer|rugby|hiking|climbing|workout|training|"
    r"lifting|sprained|pulled a muscle|pulled something|on the (?:stove|oven|iron|kettle|pan)|ouch|"
    r"rushing|clumsy|oops|whoops|coffee table)\b"
)
# Said to be meant: the joke markers do not clear it.
_EARNEST = re.compile(
    r"\b(?:for real|not joking|not kidding|i mean it|im serious|i am serious|no joke) this "
    r"time\b"
)
_CONCRETE = re.compile(
    r"\b(?:tonight|tomorrow|this weekend|pills|tablets|rope|noose|gun|note|goodbye|plan|"
    r"planned|ready)\b"
)

# Time markers.
RECENT = re.compile(
    r"\b(?:last night|yesterday|today|tonight|this (?:morning|afternoon|evening|week|weekend)|"
    r"earlier|just now|an hour ago|last month|this month|twice this (?:week|month)|"
    r"since (?:our|my|the) last (?:session|appointment|check in|meeting)|(?:a|an|one|"
    r"two|three|few|couple of|\d+) (?:minutes?|hours?|"
    r"days?|nights?) ago|(?:a|one|two|three|few|couple of|[1-4]) weeks? ago|last (?:week|weekend|"
    r"monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) (?:night|morning|evening|i|we)"
    r"\b|"
    r"right now|the other (?:day|night)|this past|"
    r"just(?! (?:want|need|feel|wish|cant|dont|like|so|a|the|be|to|really|get|go|keep|"
    r"about|because|how|what|as|more|one|that|this|my|me|i|in case)\b))\b"
)
# Ongoing rather than dated: keeps a clause present unless it is framed as distant.
ONGOING = re.compile(
    r"\b(?:again|still|currently|lately|recently|these days|every (?:day|night)|keeps?|"
    r"always|anymore|now)\b"
)
_NUMBER_WORDS = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|many|a few|"
    r"several|a couple of|some|a lot of)"
)
DISTANT = re.compile(
    r"\b(?:when i was (?:a |in |at |younger|little|small|growing|\d|"
    + _NUMBER_WORDS[3:-1]
    + r"|young|a kid|a child|a teen)|as a (?:kid|child|teen|teenager|student|young \w+|little \w+)|"
    + _NUMBER_WORDS
    + r" (?:years|decades) (?:ago|since|back|later)|years ago|decades ago|a decade ago|"
    r"long ago|a long time ago|(?:in|of|from|during|for (?:most|all|much) of) (?:19|20)\d\d|"
    # A past self, and its relics: "the version of me who kept a rope", "my old diary".
    r"(?:the )?(?:old|younger|(?<!driven )(?<!gone )(?<!went )(?<!drove )(?<!walked )(?<!ran )"
    r"(?<!came )(?<!come )(?<!rode )(?<!sped )past|former) (?:me|self|version of me)"
    r"(?!s? (?:is |has |was )?"
    r"(?:back|again|returned|returning|came back|coming back|creeping back))|"
    r"version of me (?:who|that)|"
    r"my (?:old|past|younger|former) self|(?:found|reading|read|came across|going through|"
    r"looking through) (?:my |an |some )?old (?:diary|diaries|journals?|notes?|notebooks?|"
    r"notes app|messages|letters|posts?|texts?)|from (?:age )?1\d (?:to|until|till|through) "
    r"[1-4]\d|(?<!be )(?<!come )(?<!get )(?<!go )(?<!im )(?<!hes )(?<!shes )back (?:in "
    r"(?:(?:19|20)\d\d|the day|high school|"
    r"school|college|uni|my|those|\w+ (?:days|years))|then|"
    r"when)|(?:most|all|much) of my (?:teens|twenties|thirties|forties|20s|30s|40s|childhood)|"
    r"(?<!since )i was (?:\d{1,2}|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|"
    r"eighteen|nineteen|twenty)\b(?! (?:minutes|mins|hours|seconds|days|weeks|pounds|kg|percent|"
    r"times|when|and|at))|i remember (?:wanting|feeling|thinking|being|when|how)|in (?:high|"
    r"secondary|"
    r"middle|primary|grade|elementary) school|in college|at uni|at university|in my (?:teens|"
    r"twenties|thirties|forties|20s|30s|40s|late|early|first)|growing up|(?<!than i )(?<!than )"
    r"used to|at (?:age )?"
    r"(?:1\d|2\d|3\d|4\d)\b(?!\s*(?:pm|am|oclock|mg|percent))|at (?:nineteen|eighteen|"
    r"seventeen|sixteen|fifteen|fourteen|thirteen|twelve)|as a teenager|in my childhood|"
    r"once upon|there was a (?:time|year|period|phase|stretch|month|summer|winter)|there were "
    r"(?:years|times|days|months|nights|weeks)|in the past|"
    r"long behind me|(?:years|months) (?:today )?since|"
    r"i grew up (?:in|with|around|on)\b(?![^.!?]{0,80}\b(?:now|tonight|today|going to|gonna|im|i "
    r"am|ill|i will|hes|shes|he is|she is|still|again|right now|every (?:day|night))\b)|after "
    r"(?:my|the) (?:first )?(?:divorce|marriage ended)|in my (?:old|previous) (?:life|job)|before "
    r"i got (?:sober|clean|help|better)|my (?:teens|teenage years|childhood)|"
    # UK school years: "in year 10 I tried" (not "I'm 15, in year 11, and ...").
    r"(?:(?<=when i was )|(?<=back ))in year (?:[7-9]|1[0-3]|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen)\b(?! now)(?!.{0,80}\b(?:still|now|every (?:day|night)|most (?:days|nights)|again|"
    r"tonight|today)\b)|(?:(?<=^)|(?<=^i ))in year (?:[7-9]|1[0-3]|seven|eight|nine|ten|eleven|"
    r"twelve|thirteen)\b(?! now)(?=,? (?:i |we |my |he |she |they |me )?(?:was|were|had|tried|"
    r"took|started|used|got|did|cut|overdosed|attempted|ended up|went)\b)(?!.{0,80}\b(?:still|now|"
    r"every (?:day|night)|most (?:days|nights)|again|tonight|today)\b)|"
    # "my old goodbye letter" (not one being rewritten for Friday).
    r"(?<!updated )(?<!updating )(?<!rewrote )(?<!rewriting )(?<!finished )my old (?:goodbye "
    r")?(?:letter|note)(?!.{0,60}\b(?:going to|gonna|will|ill|tonight|today|tomorrow|this time|"
    r"still|again|now|rewrit\w*|updat\w*|add\w*|use|using|for (?:\w+day|tonight|tomorrow|the "
    r"weekend|next week|this weekend))\b))\b"
)
# How a body feels after taking something is not how a life feels after a dark time.
_UNWELL = (
    r"(?! (?:so |really |kinda |kind of |a bit |very )?(?:sick|dizzy|floaty|weird|funny|ill|"
    r"scared|woozy|drowsy|sleepy|numb|nothing|worse|bad|awful|terrible|faint|shaky|cold|"
    r"tired|sore|burning)\b)"
)
RESOLVED = re.compile(
    r"\b(?:(?:now|these days|today|this year|nowadays),? (?:i (?:feel" + _UNWELL + r"|am|have|"
    # "now I know it's nearly over" is no recovery.
    r"finally|know(?! (?:its|it is|it will be|itll be) (?:nearly |almost |all )?(?:over|time|"
    r"the end))|can|love|live|work|like|enjoy|do|get|m)|im" + _UNWELL + r"|ive)\b|"
    r"dont feel that way anymore|dont feel like that anymore|no longer|havent (?:since|in)|"
    r"that passed|it passed|im safe now|glad im (?:still )?(?:here|alive)|how far ive come|"
    r"therapy (?:really )?helped|behind me|better place|im (?:in )?recovery|recovered|"
    r"(?:years|months) clean|im (?:doing )?(?:better|okay|ok|fine|well) now|"
    r"(?:different|new) (?:person|life)|built a (?:different|new|good) life|feel (?:hope|steady|"
    r"safe|proud)|looking back|with compassion|part of my story|"
    # "I'm still here and grateful", not "I'm still here and I hate it".
    r"im still here and (?:im |i am |i feel |feeling )?(?:so |really |actually )?(?:proud|grateful|"
    r"glad|thankful|happy|okay|ok|fine|better|stronger|living|thriving|doing (?:well|okay|ok|"
    r"better|alright))|"
    r"(?:its|it is|that was) (?:a )?(?:long time|years|decade) ago|that was (?:years|ages)|"
    r"dont (?:bother|affect) me anymore|peer support|(?:im )?glad i (?:did|woke|survived|stayed|"
    r"didnt|am still)|(?:thats|that is|its|"
    r"it is) (?:all )?over now|havent (?:had|felt|done|thought) .{0,25}"
    r"\bin (?:years|months|ages|a long time))\b"
)
# Past forms that date a danger match itself ("he was at the door"); "got" is left out
# because "hes got a knife" is present.
_MATCH_PAST = re.compile(
    r"\b(?:was|were|had|used to|hit|beat|threw|held|broke|told|said|made|found|left|shot|"
    r"\w{3,}ed)\b"
)
PAST_TENSE = re.compile(
    r"\b(?:was|were|had|used to|tried|attempted|took|did|felt|wanted|thought|went|"
    r"overdosed|cut|ended up|spent|got|wished|swallowed|jumped|hung|stood|remember|"
    r"remembered|hit|beat|threw|held|broke|told|said|made|found|left|shot|bit|fought|ran|"
    r"kept|came|saw|\w{3,}ed)\b"
)

# Safety plan used successfully: urges noticed and got through.
SAFETY_PLAN = re.compile(
    r"\b(?:used|followed|use|follow|went through|pulled out|looked at) my (?:safety plan|"
    r"coping (?:skills|plan|strategies)|distraction box|crisis plan|grounding)|"
    r"\bsafety plan\b|\blike we (?:practised|practiced|planned|agreed|discussed|talked about)\b|"
    r"\bas (?:we )?(?:agreed|planned|practised|practiced)\b|\b(?:put|locked|gave) (?:the |my )?"
    r"(?:razors?|blades?|pills|meds|knives)\b.{0,30}\b(?:away|locked|boot|to my|safe)\b|\b(?:and|"
    r"then) (?:it|they|the urges?|the thoughts?|the feeling) "
    r"(?:passed|went away|faded|eased)\b|\b(?:called|rang|texted|went|did|used|held|tried|"
    r"talked)\b.{0,40}\binstead\b|\b(?:did|tried|used|held)\b.{0,60}\binstead\s*(?:$|[.!])|"
    r"\bcalled (?:the )?(?:crisis line|"
    r"helpline|hotline|samaritans|my (?:sister|brother|friend|sponsor|mum|dad|partner|coach))\b"
    r"|\btexted (?:the )?(?:crisis line|my sponsor|shout)\b|\b(?:friend|number|person|people) "
    r"from (?:my|the) plan\b|\bheld (?:an )?ice\b"
)


# A form answer after the match: "thoughts of suicide: none", "self-harm this week: no".
_TRAILING_NO = re.compile(
    r"^(?:\s*(?:this|last|past) (?:week|month|fortnight))?\s*[:\-]?\s*(?:none|"
    r"no(?! more| longer| one| 1\b| body| way)|"
    r"nil|zero|0|n a|"
    r"not at all|never|not really|nope)\b"
)


def answered_no(norm: str, end: int) -> bool:
    """Return True if the match is a form item answered "none" or "no"."""
    return bool(_TRAILING_NO.match(norm[end : end + 40]))


def lead(norm: str, start: int) -> str:
    """Return the part of the match's clause that comes before it."""
    head = norm[:start]
    cut = 0
    for m in _LEAD_BOUNDARY.finditer(head):
        cut = m.end()
    return head[cut:]


def tense_clause(norm: str, start: int, end: int) -> str:
    """Return the stretch of the sentence around a match that shares its tense.

    A time word that doubles as a boundary is kept with a few characters before it
    ("earlier today i stood..."), so it still dates the clause.
    """
    left = 0
    for b in _TENSE_BOUNDARY.finditer(norm, 0, start):
        left = max(0, b.start() - 12) if b.group(0).strip() in _TIME_BOUNDARIES else b.end()
    after = _TENSE_BOUNDARY.search(norm, end)
    right = after.start() if after else len(norm)
    return norm[left:right]


_ANNIVERSARY = re.compile(
    r"\bago (?:today|this week|this month|tonight)\b|\b(?:years|months) (?:ago )?today\b"
)
_TIME_BOUNDARIES = frozenset({"today", "now", "this year", "these days", "nowadays"})


def is_negated(lead_text: str) -> bool:
    """Return True if the lead negates what follows ("im not", "no plans to")."""
    lead_text = _NOT_NEGATION.sub(" ", lead_text)
    # A condition is not a negation of what follows it: "if things dont get better by
    # christmas im going to end it", "if i didnt have my cat i wouldnt still be here".
    cond = _last(_CONDITION, lead_text)
    if cond is not None:
        # Skip the condition's own subject ("if [i] didnt..."), then look for the main
        # clause's subject; only a negation after it negates the match.
        rest = _FIRST_WORD.sub("", lead_text[cond.end() :], count=1)
        subject = _last(_MAIN_SUBJECT, rest)
        lead_text = rest[subject.end() :] if subject is not None else lead_text[: cond.start()]
    return bool(NEGATION.search(lead_text))


def _last(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    found = None
    for found in pattern.finditer(text):  # noqa: B007 - we want the last match
        pass
    return found


_FIRST_WORD = re.compile(r"^\s*\w+")
_CONDITION = re.compile(r"\b(?:if|unless|when)\b")
_MAIN_SUBJECT = re.compile(r"\b(?:im|ill|i will|i am|id|i)\b")


def is_other_person(lead_text: str) -> bool:
    """Return True if someone else is the subject (or speaker) of the match."""
    if _REPORTED.search(lead_text):
        return True
    lead_text = _GENERIC_YOU.sub(" ", lead_text)
    other = None
    for m in _OTHER_SUBJECT.finditer(lead_text):
        other = m
    if other is None:
        return False
    last_self = None
    for m in _SELF_SUBJECT.finditer(lead_text):
        last_self = m
    # "he told me i" -> the writer is the subject again after the other person.
    return (
        last_self is None
        or last_self.start() < other.start()
        or (lead_text[last_self.start() : last_self.end()] == "me")
    )


def is_reported(lead_text: str) -> bool:
    """Return True if the lead reports someone else's words or a screening question."""
    return bool(_REPORTED.search(_OWN_VOICE.sub(" ", lead_text)))


# "my brain keeps telling me to kill myself" is the writer's own thought.
_OWN_VOICE = re.compile(
    r"\b(?:my brain|my head|my mind|a voice|the voices?|my thoughts|my depression|something)\s+"
    r"(?:\w+\s+)?(?:tells|telling|told|says|saying) me to\b"
)


_SPEECH = re.compile(
    r"\b(?:asked|asks|ask|asking|said|says|say|told|tells|wrote|writes|question|questions|"
    r"questionnaire|form|survey|screening|triage|intake|nurse|doctor|gp|therapist|psychiatrist|"
    r"coach|counsellor|counselor|they|she|he|lyrics|sang|sings|line)\b"
)


def is_quoted(sentence_norm: str, start: int = -1) -> bool:
    """Return True if the match is someone else's words or a screening question.

    Either the sentence reports a question ("the nurse asked if i had...?"), or the
    match sits inside quotation marks in a sentence that names a speaker or a form.
    """
    if _REPORTED.search(sentence_norm) and ("?" in sentence_norm or '"' in sentence_norm):
        return True
    if start >= 0 and sentence_norm.count('"', 0, start) % 2 == 1:
        return bool(_SPEECH.search(sentence_norm))
    return False


def is_media(lead_text: str) -> bool:
    """Return True if the lead places the match in a film, book, song or the news."""
    return bool(_MEDIA.search(lead_text))


def is_joke(sentence_norm: str, firm: bool, following: str = "", original: str = "") -> bool:
    """Return True if the sentence marks the match as a joke or hyperbole."""
    if _EARNEST.search(sentence_norm) or _EARNEST.match(following):
        # "gonna kms after school. for real this time."
        return False
    if _JOKE_SLANG.search(original.lower()) and _HYPERBOLE.search(sentence_norm):
        # "im gonna kms, my mom is making me go to church": hyperbole, unless it is dated.
        return not _CONCRETE.search(sentence_norm)
    if _RETRACTION.search(sentence_norm) or following.startswith("also me"):
        return not (firm and _CONCRETE.search(sentence_norm))
    if _JOKE.search(sentence_norm) and _HYPERBOLE.search(sentence_norm):
        return not (firm and _CONCRETE.search(sentence_norm))
    return False


_EMBARRASSED = re.compile(r"\b(?:embarrass\w*|cringe\w*|mortified|humiliat\w*)\b")


def is_embarrassment(sentence_norm: str) -> bool:
    """Return True if "i want to die" is about embarrassment."""
    return bool(_EMBARRASSED.search(sentence_norm))


# Means given up: "got rid of the stockpile", "took them to the pharmacy for disposal".
_DISPOSED = re.compile(
    r"\b(?:got rid of|get rid of|threw (?:out|away)|thrown (?:out|away)|binned|flushed|handed "
    r"(?:in|over|back)|disposed of|for disposal|(?:took|taken|returned|gave) (?:them|it|\w+ \w+) "
    r"(?:back )?to (?:the )?(?:pharmacy|pharmacist|chemist|police))\b"
)


def is_disposed(clause: str) -> bool:
    """Return True if the clause says the means were given up."""
    return bool(_DISPOSED.search(clause))


# "Laughed so hard I nearly died": the near death is a laugh.
_DIED_LAUGHING = re.compile(
    r"\b(?:laugh\w*|lol|lmao|giggl\w*|cackl\w*|embarrass\w*|cringe\w*|"
    r"mortified)\b.{0,60}\b(?:nearly|almost) died\b|\b(?:nearly|almost) "
    r"died\b.{0,30}\b(?:laugh\w*|lol|lmao)\b|\b(?:so funny|hilarious)(?: that)?,? i (?:nearly|"
    r"almost) died\s*(?:$|[.!]|laugh\w*|lol|lmao|haha\w*)"
)


def is_died_laughing(sentence_norm: str, match_text: str) -> bool:
    """Return True if "i nearly died" is about laughing or embarrassment."""
    return match_text.endswith("died") and bool(_DIED_LAUGHING.search(sentence_norm))


# Taking medication as prescribed: "I took all my meds today like I'm supposed to".
_ADHERENCE = re.compile(
    r"\b(?:like (?:im|i was|i am) (?:supposed|told|meant) to|as prescribed|on time|small win|"
    r"with (?:food|breakfast|lunch|dinner)|every (?:day|morning|night)|my daily|pill organi[sz]er|"
    r"dosette|remembered to|proud of myself|like a good)\b"
)


def is_adherence(sentence_norm: str) -> bool:
    """Return True if the sentence is about taking medication as prescribed."""
    return bool(_ADHERENCE.search(sentence_norm))


def is_harm_idiom(sentence_norm: str, previous: str = "", following: str = "") -> bool:
    """Return True if a threat against someone is exasperation over a small thing, said in
    the sentence or the one either side ("I'm going to kill him. He ate my chips.")."""
    return any(_HARM_IDIOM.search(s) for s in (sentence_norm, previous, following))


# Games: "i killed myself with my own grenade".
_GAME = re.compile(
    r"\b(?:in (?:the )?game|in game|video game|respawn\w*|grenade|my character|boss fight|"
    r"minecraft|fortnite|call of duty|gta|elden ring|dark souls|controller|multiplayer|"
    r"speedrun\w*|pvp|lobby|npc|noob|level \d+|the boss|final boss|sims)\b"
)


def is_game(sentence_norm: str) -> bool:
    """Return True if the sentence is about a video game."""
    return bool(_GAME.search(sentence_norm))


def is_accident(sentence_norm: str) -> bool:
    """Return True if an injury is described as an accident or sport."""
    if _ON_PURPOSE.search(sentence_norm):
        return False
    return bool(_ACCIDENT.search(sentence_norm))


_ON_PURPOSE = re.compile(r"\b(?:on purpose|deliberately|intentionally)\b")


def is_past(
    clause: str,
    neighbours: str,
    match_text: str,
    needs_recency: bool = False,
    carried: str = "",
) -> bool:
    """Return True if the match is past and resolved, or past abuse without recency.

    `carried` is the previous sentence when this one continues it ("Then I lay in
    bed..."), so its date carries over.
    """
    if carried and RECENT.search(carried):
        return False
    # "five years ago today" is an anniversary, not a recent date.
    if RECENT.search(_ANNIVERSARY.sub(" ", clause)):
        return False
    if DISTANT.search(clause):
        return True
    if ONGOING.search(clause):
        return False
    if needs_recency:
        # Judge the match's own verb: "he found out where i live and hes at the door".
        return bool(_MATCH_PAST.search(match_text))
    if not (PAST_TENSE.search(clause) or PAST_TENSE.search(match_text)):
        return False
    return bool(DISTANT.search(neighbours) or RESOLVED.search(neighbours))


_CONTINUES = re.compile(r"^(?:then|and then|after that|afterwards|later|so then|and)\b")


def continues(sentence_norm: str) -> bool:
    """Return True if the sentence continues the previous one's story."""
    return bool(_CONTINUES.search(sentence_norm))


def is_safety_plan(sentence_norm: str, next_norm: str) -> bool:
    """Return True if the sentence (or the next) says the person used their plan."""
    return bool(SAFETY_PLAN.search(sentence_norm) or SAFETY_PLAN.search(next_norm))
