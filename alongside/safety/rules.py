"""The crisis-language rules: compiled patterns over normalised sentences.

Each rule names the signal it raises and the level it raises it to. Patterns are
written against `text.normalise` output: lowercase, no apostrophes ("dont", "im"),
slang expanded ("kms" -> "kill myself"). Context (negation, past, other people,
idiom, quotation) is judged afterwards by `context`, per clause.

Some phrases and means were informed by the Suicide Risk Lexicon v1.0 (Low et al.,
Apache-2.0, see LICENSE-suicide-risk-lexicon.txt beside this file).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ELEVATED = 1
URGENT = 2

# Shared fragments, substituted into patterns as <NAME>.
_FRAGMENTS = {
    # After "took the whole packet of", "took all my": something plainly not a medicine
    # ("biscuits", "tissues", "exams", "courage").
    "NOT_MEDICINE": r"\s+(?:of\s+)?(?:(?:my|the|her|his|our|that|this)\s+)?"
    r"(?:(?!with|and|then|in|on|at|after|before|of|my|mums|dads)\w+\s+)?(?:<TREAT>|"
    r"water|tissues|strepsils|lozenges|gaviscon|rennie|biscuits|crisps|lucozade|"
    r"courage|exams?|words?|strength|energy|clothes|books|time|chances|"
    r"classes|lessons|notes|kids|family|team|photos|shots|penalties)\b",
    # "by the time you read this" told of a journey.
    "LANDED": r".{0,15}\bi(?:ll| will) (?:be (?:in the air|on (?:the|my) (?:plane|flight)|"
    r"at the airport)|have landed|have arrived (?:in|at) (?!peace)\w+)\b",
    # Medicines ready for an errand: "for collection", "for the holiday", "for mums trip".
    "FOR_ERRAND": r" for (?:collection|pick ?up|(?:the|my|a|mums|dads|our) (?:holiday|trip|"
    r"flight|hospital|hospital stay|stay|journey|op|operation|week away|cruise))\b",
    # "The lethal dose of chocolate for dogs": a dose of something ordinary.
    "HARMLESS_DOSE": r"\blethal dose of (?:chocolate|caffeine|coffee|sugar|salt|nutmeg|xylitol|"
    r"grapes|raisins|onions?)\b",
    # "Everything I need for the camping trip" (not for a "final trip").
    "TRIP_KIT": r"\beverything (?:i|we) need for (?:the|my|our|a) (?:(?!final|last|big|one|"
    r"long)\w+ )?(?:trip|holiday|weekend away|party|wedding|course|exam|match|race|hike|camp\w*|"
    r"picnic|baby|bake|recipe|build)\b",
    # Things given away with the move as the reason given (not "people think I'm moving house").
    "MOVING_REASON": r"\b(?:before|because|since|as|cos) (?:i|we|im|were|i am|"
    r"we are) (?:\w+ )?(?:emigrat\w*|moving (?:house|abroad|to))\b|\bgiv\w* away (?:the |our |"
    r"my |all the )?baby clothes\b",
    # "She'll kill me if I spoil the finale".
    "SPOILER": r"\bif i (?:spoil\w*|tell (?:anyone|him|her) about (?:the )?(?:surprise|"
    r"present))\b|\bfinale\b",
    # Toys that cannot hurt anyone (BB, airsoft and paintball guns can; nail guns are tools).
    "HARMLESS_TOY": r"(?:nerf|water|toy|cap|bubble|squirt|foam|dart|super ?soaker|spud|potato|"
    r"laser|plastic|pretend|fake)",
    "GUNWORD": r"(?:guns?|pistols?|rifles?|blasters?)",
    # A real weapon named anywhere in the sentence.
    "REAL_WEAPON": r"(?:guns?|pistols?|rifles?|handguns?|shotguns?|revolvers?|firearms?|knife|"
    r"knives|blade|machete|axe|petrol|acid|real|loaded|bullets?|ammo)",
    # Tool and sport guns: not a firearm to end a life with.
    "TOOL_OR_SPORT": r"(?:nail|staple|glue|heat|caulk|bb|airsoft|paintball)",
    # Every gun in the sentence a toy's, and no real weapon: "a Nerf gun for my nephew", not
    # "hid the pistol with his toy guns".
    "TOY_GUN": r"^(?=.*\b<HARMLESS_TOY>\s+<GUNWORD>\b)(?:(?!\b<REAL_WEAPON>\b)"
    r"(?!\b<HARMLESS_TOY>\s+<GUNWORD>\b).|\b<HARMLESS_TOY>\s+<GUNWORD>\b)*$",
    # The same, with tool and sport guns as not a firearm (gun_access only).
    "TOY_OR_TOOL_GUN": r"^(?=.*\b(?:<HARMLESS_TOY>|<TOOL_OR_SPORT>)\s+<GUNWORD>\b)"
    r"(?:(?!\b<REAL_WEAPON>\b)(?!\b(?:<HARMLESS_TOY>|<TOOL_OR_SPORT>)\s+<GUNWORD>\b).|"
    r"\b(?:<HARMLESS_TOY>|<TOOL_OR_SPORT>)\s+<GUNWORD>\b)*$",
    # A game of paintball or airsoft named as the occasion.
    "SPORT_GAME": r"\b(?:paintballing|airsofting|(?:at|to|for) (?:the )?(?:paintball|airsoft|"
    r"laser tag)|(?:paintball|airsoft|laser tag) (?:on|this|next|game|match|site|place|day|"
    r"session|party|centre|center|field|team))\b",
    # A tool gun at its job: "a nail gun for the fence".
    "TOOL_JOB": r"\b(?:nail|staple|glue|heat|caulk) guns? (?:\w+ ){0,6}?(?:for|on|into) (?:the |"
    r"my |our |a |some )?(?:fence|panels?|decking|shed|roof|skirting|floor\w*|job|site|kitchen|"
    r"cupboards?|frames?|crafts?|project|wood|timber|joists?|carpet|upholstery|chair|paint)\b",
    # A marketplace ad: "Collection only, cash buyers, no timewasters".
    "MARKETPLACE": r"\b(?:collection only|cash buyers?|no time ?wasters|ono|open to offers|"
    r"buyer collects|full service history|(?:moving|emigrating) abroad so)\b",
    # Not a supplement or a course of tablets: "swallowed 14 of the malaria tablets".
    "NOT_SUPPLEMENT": r"(?!(?:\w+ ){0,2}?(?:vitamin|multivitamin|supplement|probiotic|fish "
    r"oil)\w*\b)",
    "DRUG": r"(?:pills?|tablets?|tablts?|caps(?:ules)?|meds|medications?|prescriptions?|"
    r"painkillers|"
    r"sleeping (?:pills|tablets|tablts)|paracetamol|acetaminophen|tylenol|ibuprofen|advil|aspirin|"
    r"xanax|valium|klonopin|ativan|diazepam|lorazepam|benzos?|sertraline|zoloft|prozac|"
    r"fluoxetine|citalopram|escitalopram|lexapro|trazodone|seroquel|quetiapine|lithium|"
    r"lamotrigine|oxy|oxycodone|oxycontin|codeine|tramadol|morphine|fentanyl|heroin|opioids?|"
    r"benadryl|melatonin|insulin|venlafaxine|effexor|amitriptyline|mirtazapine|zopiclone|"
    r"ambien|zolpidem|gabapentin|pregabalin|propranolol|antidepressants?|sleeping meds|methadone|"
    r"anti ?depressants|insulin)",
    # A barrier at a height, and the heights themselves ("the wrong side of the railing").
    "BARRIER": r"(?:railings?|barriers?|safety (?:rail|fence|barrier|netting)|parapet|guard "
    r"?rails?)",
    "HEIGHT": r"(?:(?:foot)?bridge|viaduct|roof|rooftop|car park|multi ?storey|balcony|cliff|"
    r"ledge|overpass|tower)",
    "NUM": r"(?:\d{2,3}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
    r"eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|"
    r"a dozen|dozens|a couple dozen)",
    "SELFKILL": r"(?:kill(?:ing)? myself|end(?:ing)? (?:my|my own) life|finish(?:ing)? my life|"
    r"take (?:my|my own) life|"
    r"taking (?:my|my own) life|end(?:ing)? it all|commit(?:ting)? suicide|die by suicide|"
    r"end(?:ing)? everything|end(?:ing)? things)",
    "METHOD": r"(?:take them all|take all of them|swallow them all|"
    r"end (?:my|this|all (?:of )?(?:my|the)) suffering|end (?:my|all my|all the|this) "
    r"pain(?! in| with| from| of)|kill myself|end (?:my|my own) life|end it all|end it(?! with|"
    r" between| off)|"
    r"take (?:my|my own) life|commit suicide|overdose|hang myself|shoot myself|"
    r"drown myself|stab myself|poison myself|gas myself|suffocate myself|"
    r"set myself on fire|slit my (?:wrists?|throat)|cut my (?:wrists?|throat)|"
    r"jump (?:off|from|in front of|out of|into)|step in front of|"
    r"throw myself(?! into (?:my |the |this |a |an |some )?(?:work|revision|studying|study|"
    r"studies|job|training|gym|project|projects|hobby|hobbies|running|exercise|cooking|it|"
    r"everything|life|volunteering|uni|school|college|reading|writing|music|art|garden|"
    r"gardening|prep|planning|new|recovery|this|that|things)\b)|"
    r"walk into (?:the sea|the ocean|the river|the lake|traffic)|"
    r"drive (?:my car )?(?:into|off)|crash my car|"
    r"take (?:all|every one|the rest|the whole \w+|a bottle|a handful) (?:of )?(?:my |the |"
    r"these |those )?(?:\w+ )?<DRUG>|"
    r"take (?:my|the|these|those) (?:\w+ )?<DRUG>(?: all)?(?= tonight| today| now| at once)|"
    r"swallow (?:all|every|the whole|a bottle))",
    "INTENT": r"(?:going to|about to|planning (?:to|on)|plan (?:to|on)|intend to|intending to|"
    r"decided to|decided im going to|ready to|will|ill|finally going to)",
    "TARGET": r"(?:him|her|them|you|my (?:\w+ )?(?:husband|wife|partner|boyfriend|girlfriend|ex|"
    r"dad|father|mum|mother|stepdad|stepfather|stepmum|stepmother|brother|sister|son|"
    r"daughter|baby|babies|kids?|children|child|boss|manager|coworkers?|co workers?|"
    r"colleagues?|teacher|neighbou?r|landlord|roommate|flatmate|uncle|aunt|cousin|abuser|"
    r"rapist|bully|family|parents|ex husband|ex wife|stepson|stepdaughter)|"
    r"(?:the|that|this) (?:man|woman|guy|girl|kid|person|bitch|bastard|asshole|prick)|"
    r"someone|somebody|people|everyone|anyone|his face|her face|their faces|the next (?:person|"
    r"guy|man|woman|one|kid|idiot)|(?:the|our) (?:baby|"
    r"babies|kids?|children|child|newborn|toddler))\b",
    "HARMVERB": r"(?:kill|killing|murder|murdering|hurt|hurting|harm|harming|stab|stabbing|"
    r"shoot|shooting|strangle|strangling|choke|choking|beat|beating|punch|punching|smash|"
    r"smashing|attack|attacking|poison|poisoning|run over|batter|battering|slap|slapping|"
    r"hit|hitting|strangle|drown|drowning|suffocate|suffocating|push|pushing|shove|shoving|"
    r"smother|smothering)",
    "ABUSER": r"(?:he|she|hes|shes|he is|she is|they|theyre|my (?:\w+ ){0,2}?(?:husband|wife|"
    r"partner|"
    r"boyfriend|girlfriend|ex|ex husband|ex wife|dad|father|mum|mother|stepdad|stepfather|"
    r"stepmum|stepmother|brother|sister|son|uncle|landlord|abuser|flatmate|roommate|family|"
    r"parents|grandfather|grandad)|someone|somebody|a man|a guy|this guy|some guy|a stranger)",
    # Up to a few words with no negation in them: "he (still) hits me", not "he doesnt hit me".
    "NG": r"(?:(?!(?:doesnt|didnt|never|wont|wouldnt|not|dont|hasnt|havent|cant|isnt|wasnt|no)\b)"
    r"\w+\s+)",
    # A first-person wish, attitude or thought that frames what follows.
    "FRAME": r"(?:want|wanted|wanting|wish|wishing|wished|hope|hoping|hoped|pray|praying|prayed|"
    r"long(?:ing)? for|yearn\w*|fantasi[sz]\w* about|dream\w* (?:about|of)|daydream\w* about|"
    r"think(?:ing)? (?:about|of)|thought (?:about|of)|thoughts? (?:of|about)|ideas? (?:of|about)|"
    r"urges? to|tempted to|close to|on the verge of|ready to|picturing|imagining|"
    r"part of me (?:wants|wishes|hopes)|(?:would|id) (?:quite |really |just )?like to|waiting to|"
    r"waiting for|pull to|(?:cant|dont) see myself|"
    r"(?:would|id|itd|will|it would) be (?:(?:so|much|a lot|way|far|kind of|honestly|just)\s+)"
    r"{0,2}(?:nice|easier|better|a relief|relieved|"
    r"peaceful|easy|simpler|good|okay|ok|fine|better off)|"
    r"(?:wouldnt|would not|wont|dont|do not) (?:even )?(?:mind|care|be (?:upset|sad|bothered|"
    r"mad))|"
    r"(?:stopped|stop) caring|dont care|dont really care|be relieved|feel relieved|"
    r"(?:simpler|easier|better|nicer|nice|peaceful|quiet|restful) (?:it would be|itd be|if))",
    # Not being alive, in the words people use.
    "GONE": r"(?:(?:go to sleep|sleep|go away) for (?:a )?(?:very |really )?long time and (?:not|"
    r"never) come back|never (?:have to )?(?:deal with|face) (?:anything|it|this|"
    r"any of it)(?: ever)? again|(?:go to )?sleep and never (?:have to )?(?:deal with|face|wake)|"
    r"(?:not|never) waking up|(?:go to sleep|fall asleep|sleep|go away|leave) and (?:not|"
    r"never) come "
    r"back|(?:i )?(?:just )?(?:didnt|did not|never) (?:wake up|woke up)|"
    r"(?:my|their|your|our) life to (?:be over|end)|dying(?! (?:to|of|for|laughing|here|inside|"
    r"my hair|out|scares|"
    r"terrifies|frightens|"
    r"makes me|is scary))|"
    r"(?:i )?(?:just )?(?:wasnt|werent|was not|were not) (?:here|around|in the picture|alive|"
    r"in the "
    r"world|on this earth)|(?:i|id) (?:was|were) gone|"
    r"die(?!\s+(?:of|from|for|laughing|a little|inside|alone|if i dont|without|trying|"
    r"happy|young|rich|on (?:this|that) hill|(?:my|her|his|their|your) hair|it\b))|be dead|"
    r"was dead|were dead|dead already|"
    r"be gone|was gone|were gone|not (?:be )?(?:here|alive|around)|not being (?:here|alive|around)|"
    r"not exist(?:ing)?(?! on| in (?:this|that)| at)|stop existing|cease to exist|"
    r"stop being alive|never wake up|"
    r"not wake up|(?:whether|if) i (?:wake up|live|die|make it)|stay asleep|sleep forever|"
    r"not (?:be )?(?:here|alive|around)(?! (?:at|in|with|for|on|to|when))|"
    r"disappear(?:ed)? (?:forever|for good|permanently)|(?:i|me|to|could|just) (?:fade|slip) "
    r"(?:away|out)(?! from| of| to)|(?:didnt|did not|never) exist(?:ed)?\b|(?:not|never|didnt) (?:"
    r"have to )?"
    r"come (?:up|back up)(?: again)?\b(?! with)|(?:vanish|disappear)\w* (?:forever|for goo"
    r"d|"
    r"permanently|without a trace)|(?:disappear|vanish) and never be (?:found|seen again)|(?:it|ev"
    r"erything|it all|this|"
    r"my life) (?:would|to|"
    r"could|will) (?:all )?(?:be over|end)|(?:i|id) died|(?:i|id) was dead|my (?:own )?death|"
    r"my (?:own )?funeral|not existing|no longer (?:be )?(?:here|alive|exist)|six feet under|"
    r"in the ground|disappear and never come back|never come back|out of (?:this|my) life|"
    r"(?:i )?(?:got|get|getting) (?:hit|run over|killed) by (?:a|the) "
    r"(?:bus|car|truck|lorry|train)|"
    r"(?:the lord|god|jesus) (?:took|takes|would take|to take) me|(?:sleep|go to sleep) and "
    r"(?:that|it) be it|giv\w* up on (?:life|living)|not (?:be )?alive (?:next|by|in a) \w+|"
    r"(?:fall asleep|sleep|go to sleep|went to sleep|fell asleep) and (?:not|didnt|never|stay|"
    r"stayed) (?:wake|woke|have to|asleep)|(?:i )?(?:dont|wont|do not|"
    r"will not) "
    r"make it (?:through|to|past)\b|not have to (?:wake up|deal with|"
    r"face|do) (?:\w+ ){0,3}ever again)",
    # Killing oneself, in the words people use.
    "SUICIDE": r"(?:end it(?: all)?(?! with| between| off| for)|(?:end|finish) (?:my|this) life|"
    r"ending (?:it|"
    r"things|"
    r"my life|everything|it all)(?! with| between)|end things(?! with)|kill myself|killing myself|"
    r"take my (?:own )?life|taking my (?:own )?life|commit suicide|committing suicide|"
    r"suicide(?!\s+(?:prevention|awareness|hotline|helpline|line|squad|doors?|run|bomb\w*|rates?|"
    r"statistics|research|training|survivors?|loss|bereavement|forum|subreddit|risk|crisis|"
    r"in the news|of a))|end (?:my|this|all (?:of )?(?:my|the)) suffering|"
    r"(?:throw|throwing|threw) myself (?:off|in front of|under|from|out of)|"
    r"(?:jump|jumping) (?:off|from|in front of|out of) (?:a |the |my |this )?(?:\w+ )?(?:bridge|"
    r"building|"
    r"roof|balcony|cliff|train|car|bus|window|ledge|overpass|tower|car park|motorway)|"
    r"hang(?:ing)? myself|overdos(?:e|ing)|slit(?:ting)? my wrists?|drown(?:ing)? myself|"
    r"shoot(?:ing)? myself|step(?:ping)? in front of|walk(?:ing)? into (?:traffic|the sea)|"
    r"driv(?:e|ing) (?:my car )?(?:into|off) (?:a|the))",
    # A gap of a few words inside one clause, with no negation and no other person.
    "SUICIDEWORD": r"suicide(?!\s+(?:prevention|awareness|hotline|helpline|line|squad|doors?|run|"
    r"bomb\w*|rates?|statistics|research|training|survivors?|loss|bereavement|forum|subreddit|risk|"
    r"crisis|in the news|of a|call|calls|watch list))",
    "GAP": r"(?:\s+(?!(?:but|and|because|though|although|not|dont|didnt|never|no|wont|cant|"
    r"doesnt|he|she|they|him|her|them|you|my|his|their|our|we)\b)\w+){0,6}?\s+",
    # Ordinary reasons to be on a bridge or a cliff.
    "SCENERY": r"\b(?:to see|to watch|festival|fireworks|for a walk|with (?:friends|my \w+)|picnic|"
    r"concert|parade|market|lights|sunset|sunrise|view|photos?|hike|run|swim|party)\b",
    # What people say they overdosed on in fun: "an overdose of sugar", "overdosed on
    # Christmas chocolate".
    "TREAT": r"(?:caffeine|coffee|sugar|chocolate|netflix|tv|telly|cake|candy|sweets|energy "
    r"drinks?|red bull|monster|vitamins?|the sun|sun|cuteness|carbs|pizza|content|memes|drama|"
    r"crisps|biscuits|cookies|ice cream|mince pies|easter eggs|anime|reality tv|true crime|"
    r"christmas films|romcoms|fairy lights|glitter|nostalgia)",
    # Tablets counted or laid out for dosing: a weekly organiser, a holiday's worth.
    "DOSING": r"\b(?:organi[sz]er|dosette|pill ?box|blister packs?|for the (?:week|holiday|"
    r"trip|weekend|flight)|for my (?:holiday|trip|flight)|weekly|(?:a|per|each) day)\b",
    "WEAPON": r"(?:knife|knives|gun|pistol|handgun|rifle|shotgun|firearm|bat|axe|hammer|"
    r"weapon|machete|acid|petrol|gasoline)",
    # What a person brings to hurt someone, more than WEAPON's list.
    "HARMTOOL": r"(?:knife|knives|blade|gun|pistol|handgun|rifle|shotgun|firearm|(?:baseball )?"
    r"bat|axe|(?:claw )?hammer|machete|cutlass|sickle|crossbow|crowbar|acid|petrol|gasoline|"
    r"lighter fluid)",
    "BODY": r"(?:arms?|wrists?|thighs?|legs?|skin|stomach|hips?|chest|ankles?|forearms?|"
    r"scars?|body|flesh)",
}


def _compile(pattern: str) -> re.Pattern[str]:
    for _ in range(2):  # fragments may contain fragments
        for name, value in _FRAGMENTS.items():
            pattern = pattern.replace(f"<{name}>", value)
    return re.compile(pattern)


@dataclass(frozen=True)
class Rule:
    """One pattern and what a match means."""

    name: str
    signal: str
    level: int
    pattern: re.Pattern[str]
    # Plan, intent, method, preparation or a recent attempt: text elsewhere (a joke
    # marker, "but I'm fine now") may not clear it; only its own clause can.
    firm: bool = False
    # A weak cue counts only next to another cue (see screen.combine).
    weak: str = ""
    # Abuse told in the past tense is the ordinary material of coaching; it signals
    # present danger only with a recency marker ("last night", "again").
    past_needs_recency: bool = False
    # The match is the writer's own voice even when it says "you" ("my inner critic says
    # you should just kill yourself"), so someone else in the lead does not clear it.
    own_voice: bool = False
    # A sentence this matches names an ordinary reason (a walk, a wedding, a hammock), and
    # the rule does not read it, wherever the reason stands in the sentence.
    unless: re.Pattern[str] | None = None


def _r(
    name: str,
    signal: str,
    level: int,
    pattern: str,
    *,
    firm: bool = False,
    weak: str = "",
    past_needs_recency: bool = False,
    own_voice: bool = False,
    unless: str = "",
) -> Rule:
    return Rule(
        name,
        signal,
        level,
        _compile(pattern),
        firm,
        weak,
        past_needs_recency,
        own_voice,
        _compile(unless) if unless else None,
    )


# The signals, in the order screen() reports them.
SIGNALS: tuple[str, ...] = (
    "suicide_passive",
    "suicide_active",
    "suicide_plan_or_intent",
    "suicide_behavior_recent",
    "self_harm",
    "harm_to_others",
    "in_danger",
)
P, A, PLAN, ATT, SH, HARM, DANGER = SIGNALS

RULES: tuple[Rule, ...] = (
    # --- Compositional: a first-person frame followed by death or suicide ------------
    _r("frame_gone", P, ELEVATED, r"\b<FRAME>\b<GAP><GONE>\b"),
    _r("frame_suicide", A, ELEVATED, r"\b<FRAME>\b<GAP><SUICIDE>\b"),
    _r(
        "gone_frame",
        P,
        ELEVATED,
        # The other order: "if i went to sleep and didnt wake up it would be a mercy".
        r"\b<GONE>\b.{0,30}\b(?:would|itd|it would|will|id)(?: \w+)? be (?:\w+ )?"
        r"(?:a mercy|a relief|"
        r"a blessing|a release|nice|better|easier|peaceful|okay|fine|good|for the best|relieved|"
        r"grateful|glad)\b",
    ),
    _r(
        "on_my_mind",
        A,
        ELEVATED,
        r"\b(?:suicide|killing myself|ending it|ending my life|dying)\b.{0,30}\b(?:on my mind|"
        r"in my "
        r"head|all i think about|all i can think about|wont leave me)|\b(?:my brain|my head|"
        r"my mind|"
        r"a voice|the voices?|my thoughts|my depression)\s+(?:\w+\s+)?(?:tells|telling|told|says|"
        r"saying) me to (?:kill myself|die|end it|do it|jump)|\b(?:voice|voices)\b.{0,30}\b(?:say|"
        r"says|"
        r"saying|tell|tells|telling|told)\b.{0,15}\b(?:i should|me to|"
        r"to) (?:just )?(?:kill myself|die|"
        r"end it|do it|jump|hurt myself|cut)",
    ),
    # --- Passive wish to be dead -------------------------------------------------
    _r(
        "wish_dead",
        P,
        ELEVATED,
        r"\b(?:want|wanted|wanting|wish|wished|wishing|hope|hoped|hoping|pray|praying|prayed|"
        r"long|longing)\s+(?:that\s+)?(?:to\s+)?(?:i\s+)?(?:just\s+|could\s+|would\s+|will\s+|"
        r"could just\s+|would just\s+|really\s+|honestly\s+|sometimes\s+)*"
        r"(?:die(?!\s+(?:of|from|for|laughing|a little|inside|alone\b|(?:my|her|his|their) hair))|"
        r"be dead|was dead|"
        r"were dead|am dead|wasnt alive|werent alive|wasnt here|was gone|were gone|"
        r"not be alive|not be here|not exist(?! on| in (?:this|that)| at)|stop existing|"
        r"cease to exist|"
        r"disappear forever|disappear for good|disappear permanently|"
        r"(?:not|never|dont|didnt|wont|wouldnt) wake up|go to sleep and (?:not|never) wake up|"
        r"fall asleep and (?:not|never) wake up|sleep forever|be unalive|be dead already|"
        r"stop being alive|stop living|not be alive anymore|(?:go to |fall )?sleep forever|"
        r"(?:go to |fall )?sleep and never wake up|be gone forever|not be around)\b",
    ),
    _r(
        "rather_dead",
        P,
        ELEVATED,
        r"\b(?:id|i would|i had) (?:rather|sooner) (?:be dead|die)\b(?= than (?:keep|go on|live|"
        r"feel|be like|carry on|wake up|spend|face|continue)|\s*(?:$|[.!]))|\b(?:dont|"
        r"do not) think i "
        r"(?:want|can|will|could) (?:to )?(?:be here|live|stay alive|go on|keep going|keep living|"
        r"be alive|be around)\b|\b(?:be here|be around|be alive|live) (?:for )?(?:much|any) "
        r"longer\b",
    ),
    _r(
        "hope_something_happens",
        P,
        ELEVATED,
        r"\bhop\w* (?:that )?something (?:bad )?(?:happens|will happen|would happen) to me\b|"
        r"\bso (?:that )?i (?:dont|wouldnt|wont|didnt) have to (?:be here|exist|live|wake up)\b|"
        r"\bdisappointed (?:that )?(?:i woke up|i (?:am|m) still (?:alive|here)|"
        r"im still (?:alive|here)|"
        r"i didnt die|i survived|i wake up)\b|\bwish (?:that )?(?:i|id) (?:just |had )?(?:hadnt|"
        r"didnt|had not|"
        r"never) "
        r"(?:woken|woke|wake) up\b",
    ),
    _r(
        "part_of_me_dead",
        P,
        ELEVATED,
        r"\bpart of me (?:wants|hopes|wishes) (?:to die|i die|i dont wake)",
    ),
    _r(
        "never_born",
        P,
        ELEVATED,
        r"\bwish (?:that )?(?:i|id) (?:had )?(?:never been born|was never born|wasnt born|"
        r"didnt exist|never existed)",
    ),
    _r(
        "dont_want_live",
        P,
        ELEVATED,
        r"\b(?:dont|do not|didnt|no longer|dont really|dont even|dont actually)\s+"
        r"(?:really\s+|even\s+|actually\s+)?(?:want|wish) to (?:live|be alive|exist|wake up|"
        r"go on|keep living|keep going|be around|be here anymore|be here any longer|"
        r"be here no more|"
        r"do life|do this life|live this life|exist anymore|"
        r"be here on (?:this )?earth|be here\s*(?:$|[.!,;]))(?! in| with| there| at| near|"
        r" like this)",
    ),
    _r(
        "better_off_dead",
        P,
        ELEVATED,
        r"\b(?:better off|happier|easier|better|fine|okay|ok|alright|"
        r"free)\s+if i (?:just )?(?:vanished|"
        r"disappeared|went away|left for good|was never born|wasnt born)\b|"
        r"\b(?:better off|happier|easier|better|fine|okay|ok|alright|free)\s+(?:for (?:everyone|"
        r"everybody|them|my \w+|"
        r"all of them)\s+)?(?:dead|without me|if i (?:just )?(?:was|were|wasnt|"
        r"werent|didnt exist|died|was gone|were gone|wasnt here|wasnt around)|"
        r"with me gone|without me around)",
    ),
    _r(
        "hope_illness",
        P,
        ELEVATED,
        r"\b(?:hope|hoping|hoped|wish|wishing|pray|praying)\b.{0,40}\b(?:comes? back (?:bad|"
        r"positive|"
        r"as cancer|terminal)|(?:is|was|its) (?:cancer|terminal)|get (?:cancer|sick and die|"
        r"a terminal)|"
        r"my last (?:one|birthday|christmas|year))\b|\bi wouldnt (?:still )?be here\b(?! if (?:it|"
        r"the|"
        r"my) (?:wasnt|werent) for (?:the )?(?:traffic|bus|train|job|work))|"
        r"\b(?:would|will|itd) be (?:\w+ )?a (?:mercy|blessing|release|relief)\b|"
        r"\bwould be (?:a (?:lot|bit) |so |much |way )?(?:lighter|better|fine|happier|easier|"
        r"calmer|"
        r"brighter|okay|ok) without me\b|"
        r"\b(?:bus|car|truck|train|lorry) (?:hit|hits|killed|ran over) me\b.{0,40}\b(?:relieved|"
        r"relief|wouldnt mind|fine|okay|ok|good|glad)\b|"
        r"\bwhy (?:do )?i (?:even )?bother (?:staying alive|living|existing|being alive|"
        r"waking up)\b|"
        r"\b(?:never|wasnt|werent|not) meant to (?:be born|be here|be alive|exist)\b|"
        r"\bshould (?:never )?(?:not )?have been born\b|\b(?:no one|nobody|noone) would (?:even )?"
        r"notice (?:if )?i (?:was|were|am) gone\b|\bnotice if i (?:died|disappeared|was gone)\b",
    ),
    _r(
        "wish_hit",
        P,
        ELEVATED,
        r"\b(?:wish|wished|hope|hoped|hoping)\b.{0,20}\b(?:had|would have|would|could have|would "
        r"just) (?:hit|killed|run over|crushed) me\b",
    ),
    _r(
        "hedged_living",
        P,
        ELEVATED,
        r"\b(?:dont know if|not sure(?: if)?|unsure if|dont know whether|not sure whether|"
        r"no longer "
        r"sure|questioning whether|wondering if) i (?:even |still )?(?:want to|can|wanna) (?:live|"
        r"be alive|"
        r"be here|exist|keep going|go on|keep living|stay alive|carry on)\b|"
        r"\b(?:would|will|does|do) (?:anyone|anybody|people|they|my family) (?:even )?(?:care|"
        r"notice|"
        r"miss me) if i (?:died|was gone|were gone|disappeared|killed myself|wasnt here|"
        r"wasnt around)\b|"
        r"\b(?:hope|hoping|wish) (?:i|that i) (?:get|got) (?:hit|run over|killed)\b|"
        r"\bwant to (?:see|feel) (?:blood|myself bleed)\b|\bwant to bleed\b",
    ),
    _r(
        "thoughts_back",
        A,
        ELEVATED,
        r"\b(?:the )?(?:thoughts|urges|feelings|dark thoughts|ideation) (?:are|have|have come|came|"
        r"keep coming) back\b|\bthe thoughts are (?:back|worse|louder|stronger)\b|"
        r"\b(?:exactly |just )?like (?:how i feel|what i feel|me) (?:now|today|again|these days)\b",
        weak="ctx",
    ),
    _r(
        "still_here",
        P,
        ELEVATED,
        r"\b(?:oh no|ugh|damn|dammit|great|fuck|shit|disappointed)\W+(?:\w+\W+)?(?:im|i am) still "
        r"(?:here|alive)\b",
    ),
    _r(
        "passive_rhetoric",
        P,
        ELEVATED,
        r"\b(?:dont know|not sure) how (?:much )?(?:longer|more) i can (?:keep (?:living|going|"
        r"doing "
        r"this|on)|go on|live|take (?:it|this|any more|anymore))\b(?! (?:this|that|my|the|"
        r"at) (?:job|work|"
        r"boss|manager|commute|course|class|heat|noise|weather|flat|house|landlord|neighbou?r))|"
        r"\blife\b.{0,40}\b(?:dont|do not) want to do (?:it|this) anymore\b|"
        r"\bcant wait for (?:this life|my life|life|it all|everything) to (?:be over|end)\b|"
        r"\b(?:hope|hopes|hoping|wish|pray)\b.{0,20}\b(?:i )?(?:dont|wont|do not|"
        r"will not) (?:survive|"
        r"make it through|wake up from|come out of)\b|"
        r"\b(?:theyd|they would|everyone would|everybody would|theyll|they will|my family would|"
        r"theyre|they are) (?:all )?(?:be )?better off\s*(?:$|[.!])|"
        r"\b(?:only|one) way out\b.{0,25}\b(?:is |would be )?(?:suicide|death|dying|ending it|"
        r"to die|"
        r"killing myself)\b",
    ),
    _r(
        "passive_fresh",
        P,
        ELEVATED,
        r"\b(?:hope|wish|pray)\w*\b.{0,25}\b(?:switch(?:es)? me off|turns? me off|"
        r"pulls? the plug on "
        r"me|ends? me)\b|\b(?:already )?lived too long\b|\bbeen alive too long\b|"
        r"\bwouldnt mind if (?:a|the) (?:car|bus|truck|lorry|train) (?:came|hit me|ran me over|"
        r"took me)\b",
    ),
    _r(
        "passive_fresh2",
        P,
        ELEVATED,
        r"\b(?:hoping|hope|wish|wishing|pray\w*) (?:that )?(?:my|their|your) time (?:comes|"
        r"would come|"
        r"will come|is up|was up)\b|\bwish i could (?:just )?(?:evaporate|vanish|fade away|"
        r"dissolve|"
        r"cease)\b|\b(?:my family|they|everyone|people|my friends|my kids|my parents) (?:would|"
        r"will) (?:grieve|be sad|cry|miss me) (?:for a (?:bit|while|day|week|"
        r"month)|briefly)\b.{0,30}\b(?:relieved|move on|be fine|get over it|forget)\b|"
        r"\bwish i could (?:just )?stop(?: existing| living| being| everything| it all)?\s*(?:$|"
        r"[.!])",
    ),
    _r(
        "thought_quote",
        A,
        ELEVATED,
        r"\bthought\W{1,3}(?:i should )?(?:just )?(?:end it|end it all|kill myself|die|"
        r"disappear)\b",
        own_voice=True,
    ),
    _r(
        "pain_to_end",
        P,
        ELEVATED,
        r"\bwant (?:the|this|my|all the) pain to (?:end|stop)\b.{0,30}\b(?:dont care how|any way|"
        r"whatever it takes|permanently|forever|for good)\b",
    ),
    _r(
        "cant_promise",
        P,
        ELEVATED,
        r"\bcant (?:promise|guarantee|say) (?:that )?(?:ill|i will|i ll) (?:still )?be (?:here|"
        r"around|"
        r"alive)\b",
    ),
    _r(
        "passive_more",
        P,
        ELEVATED,
        r"\b(?:death|dying|being dead)\b.{0,40}\b(?:sounds|seems|feels) (?:like )?(?:a )?(?:relief|"
        r"peaceful|nice|welcome|freedom|rest|holiday|break|escape|heaven|bliss)\b|"
        r"\b(?:dont|cant|do not) see myself (?:getting|growing) old\b(?! (?:in|at|here|with))|"
        r"\bdont see (?:a|any) future (?:where|in which|with) (?:im|i am|i) (?:alive|still here|"
        r"here)\b|\b(?:death|dying) (?:doesnt|does not|no longer) "
        r"scare(?:s)? me\b|\b(?:hope|hoping|wish|pray)\b.{0,25}\b(?:plane|car|bus|train|lorry) "
        r"(?:crashes|crash|goes down|hits me|would crash)\b|\bi (?:should|shouldve|should have) "
        r"(?:died|been dead|not survived)\b|\b(?:living|being alive|existing|staying alive) is "
        r"(?:just )?too (?:much|hard|painful)\b|\bwish (?:someone|somebody|something|god) would "
        r"(?:just )?(?:end it|kill me|put me out of my misery|take me)\b|\bif something "
        r"(?:happened|happens|bad happened) to me\b.{0,20}\bwouldnt (?:fight it|mind|care|"
        r"be sad)\b|"
        r"\bonly reason (?:im|i am|i) (?:still )?(?:alive|here|breathing|stay)\b|\b(?:id|i would) "
        r"(?:be gone|have (?:done it|ended it|gone)) (?:already|by now|years ago)\b|\bwant out\b."
        r"{0,20}\b(?:permanently|for good|of (?:this life|life|everything))\b",
    ),
    _r(
        "active_more",
        A,
        ELEVATED,
        r"\b(?:considered|considering|contemplated|contemplating|pondering|pondered)\s+"
        r"(?:<SUICIDEWORD>|ending it|ending my life|killing myself|taking my (?:own )?life)\b|"
        r"\b(?:thought|thinking|think) (?:about|of) how (?:id|i would|to|i could|i might) do it\b|"
        r"\b(?:want|wants|wanted|wanting|urge|urges) to jump\b(?! (?:in|into|on|at|for|to|up|out|"
        r"ship|"
        r"the gun|rope|start|through|around|higher|back|over the|off the (?:diving|sofa|bed)))",
    ),
    _r(
        "undeserving",
        P,
        ELEVATED,
        r"\b(?:dont|do not) deserve to (?:live|be alive|exist|be here)\b|"
        r"\bi (?:hate|despise|loathe) (?:being alive|living|existing|waking up every day)\b|"
        r"\bwhy (?:should|would|do) i (?:keep|continue|go on|bother) (?:living|going|existing)\b|"
        r"\b(?:i should|i might as well|i may as well|might as well) (?:just )?(?:die|be dead|"
        r"disappear|not exist)\b",
    ),
    _r(
        "backup_plan",
        A,
        ELEVATED,
        r"\b(?:had|have|got|keep) a plan\b.{0,25}\b(?:for years|for a long time|as a backup|"
        r"just in "
        r"case|like a backup|in the back of my mind)|\bbackup plan\b.{0,20}\b(?:die|end it|kill|"
        r"suicide|if it gets)",
    ),
    _r(
        "mixing",
        A,
        ELEVATED,
        r"\bmix(?:ing)? (?:the |my )?(?:vodka|alcohol|booze|wine|drink|whisky|whiskey|gin|drinks) "
        r"(?:with|and) (?:my |the |all my )?(?:\w+ )?<DRUG>|\b<DRUG> (?:with|"
        r"and) (?:the )?(?:vodka|"
        r"alcohol|booze|wine|whisky|whiskey|gin)\b.{0,20}\b(?:tonight|together|at once|all)\b",
    ),
    _r(
        "means_fixation",
        A,
        ELEVATED,
        r"\b(?:cant stop thinking|keep thinking|keeps? coming back to|obsessing|fixated|fixating) "
        r"(?:about|on) (?:the |my )?(?:pills|tablets|meds|knife|knives|rope|bridge|gun|razor|"
        r"blades?|"
        r"train tracks|tracks|edge|roof|noose)\b|\bstar(?:e|es|ing|ed) at (?:the |my )?(?:knife|"
        r"knives|"
        r"knife block|pills|rope|razor|blades?|gun|noose)\b|"
        r"\bsaying goodbye (?:to (?:\w+ ){1,2})?in "
        r"my head\b|\b(?:voice|voices)\b.{0,20}\b(?:saying|says|telling me|tells me)\b.{0,10}\b"
        r"(?:just )?(?:do it|end it|die|kill yourself|jump)\b|"
        r"\b(?:thinking about|think about|obsessed with|longing for|long for|crave|craving|"
        r"yearning for) "
        r"death\b.{0,25}\b(?:constantly|all the time|a lot|every day|nonstop|longing)|"
        r"\b(?:longing|craving|yearning) for death\b",
    ),
    _r(
        "inner_voice",
        A,
        ELEVATED,
        r"\b(?:inner critic|my head|my brain|my mind|brain|head|voice|voices|depression)\b.{0,30}\b"
        r"(?:says?|saying|tells?|telling|told)\b.{0,6}\b(?:you should|you need to|(?:you|me) to|to|"
        r"i should) (?:just )?(?:kill (?:yourself|myself)|die|end (?:it|your life|my life)|"
        r"disappear|"
        r"jump)\b",
        own_voice=True,
    ),
    _r(
        "picturing_self",
        A,
        ELEVATED,
        r"\b(?:picturing|imagining|see|seeing|visualising|visualizing|picture) myself (?:hanging|"
        r"dead|"
        r"jumping|falling|in a coffin|overdosing|bleeding out|on the tracks)\b",
    ),
    _r(
        "place_fixation",
        A,
        ELEVATED,
        r"\b(?:looking at|staring at|look at|drive past|drove past|walk past|walking past|"
        r"driving past"
        r"|stood at|standing at) (?:the |a |that )?(?:high |tall )?(?:bridge|cliff|tracks|roof|"
        r"ledge|"
        r"overpass|railway)\b.{0,40}\bthinking about (?:it|jumping|doing it)\b|"
        r"\bintrusive (?:thoughts?|images?|urges?) (?:about|of) (?:\w+ ){0,2}(?:hurting|harming|"
        r"pushing|drowning|stabbing|dropping|killing|smothering|suffocating)\b",
    ),
    _r(
        "scared_of_self",
        A,
        ELEVATED,
        r"\b(?:scared|afraid|worried|terrified)\s+(?:that\s+)?(?:i(?:ll| will| might| am going to|"
        r"m going to)|of what i(?:ll| might| could| will)(?: do)?)\s*(?:do something (?:stupid|"
        r"drastic|bad|i regret|terrible)|hurt myself|do it|act on (?:it|them|the thoughts)|"
        r"give in)|\b(?:googl\w*|looked up|looking up|searched|searching)\b.{0,20}\b(?:suicide|"
        r"crisis) (?:hotline|helpline|line|number)s?\b",
    ),
    _r(
        "not_making_it",
        P,
        ELEVATED,
        r"\b(?:cant|dont|cannot) see myself (?:being )?(?:alive|here|around|living)\b|"
        r"\bdont think ill (?:make it|be (?:here|alive|around)) (?:to|past|until|by|much|through|"
        r"next)\b|\bonly (?:thing|one|reason|person) (?:keeping|that kept|that keeps|who kept|"
        r"who keeps) me (?:here|alive|going)\b|\bno reason to (?:stay|stick around|keep going|"
        r"be here|carry on)\b|\b(?:pull|urge|urges|temptation|impulse) to (?:jump|step (?:off|out|"
        r"in front)|throw myself|swerve|drive into|let go)\b",
    ),
    _r(
        "no_reason_live",
        P,
        ELEVATED,
        r"\b(?:no|nothing|not any|zero|dont have a|dont have any|lost my|lost all)\s+(?:left\s+)?"
        r"(?:reason|point|purpose|will)\s+(?:for me\s+)?(?:to|in|of|for)\s+(?:live|living|"
        r"being alive|"
        r"keep living|stay alive|staying alive|being here|exist|existing|life)\b|"
        r"\bnothing (?:left )?to live for\b|\bno will to live\b|\blost (?:the|my|all|any) will to "
        r"(?:live|go on|keep going|be alive)\b",
    ),
    _r(
        "whats_the_point",
        P,
        ELEVATED,
        r"\bwhy am i still here\b|\b(?:suicide|dying|death|ending it|killing myself)\b.{0,25}"
        r"\b(?:only (?:way out|option|answer|solution|escape)|the answer|a solution|an option|"
        r"my (?:only )?(?:way out|escape))\b|"
        r"\b(?:whats|what is) (?:even )?the point (?:of|in) (?:living|life|being alive|going on|"
        r"existing|me\b|my (?:life|existence)|being here|staying alive|carrying on)|"
        r"\bi (?:shouldnt|should not) (?:be alive|exist|be here|live|have been born)\b|"
        r"\bdont see (?:the|a|any) point (?:in|of) (?:living|life|being alive|going on|existing)|"
        r"\blife (?:isnt|is not|aint) worth (?:living|it anymore)|"
        r"\bwhy (?:am i|do i) (?:even |still )*(?:alive|exist|bother living)\b|"
        r"\bwhy (?:im|i am) (?:even |still )+(?:alive|here)\b|"
        r"\b(?:id|i would|i had) rather not (?:be here|exist|be alive|wake up|live)\b|"
        r"\b(?:press pause on|opt out of|quit|exit|log out of) (?:existing|life|living|"
        r"being alive)\b|"
        r"\bi could (?:just )?(?:not be here|not exist|disappear|stop existing)\b",
    ),
    _r(
        "tired_of_living",
        P,
        ELEVATED,
        r"\b(?:im|i am) (?:so |just |completely |totally )?over (?:life|living|being alive|"
        r"existing)\b|"
        r"\bif i die,? i die\b|\b(?:world|everyone|everything) would (?:keep spinning|go on|"
        r"carry on|"
        r"keep going) without me\b|\b(?:hope|hoping|wish|pray)\w* for (?:a|an) (?:heart attack|"
        r"stroke|"
        r"accident|car crash|aneurysm|quick death|terminal illness|fatal)\b|\bevery morning (?:im|"
        r"i am|"
        r"i feel) (?:sad|disappointed|upset|angry) (?:that )?i (?:did|made it|woke up|survived|"
        r"am still "
        r"here)\b|"
        r"\b(?:tired|sick|done|exhausted|weary|over) (?:of|with) (?:living|life|being alive|"
        r"existing|my life|this life|being here|being me|waking up)\b(?! insurance)(?! in this|"
        r" at)",
        unless=r"\b(?:life|living) (?:admin|in (?:london|the city)|on the road|"
        r"out of (?:a|my) (?:suitcase|bag|car|van))\b",
    ),
    _r(
        "want_it_to_end",
        P,
        ELEVATED,
        r"\b(?:want|wish|need) (?:it all|everything|all of (?:it|this)|this life|my life|it) "
        r"(?:all )?to (?:end|be over|stop)\b(?:\s+(?:forever|permanently|for good))?"
        r"(?<!\bit to end)(?<!\bit to stop)(?<!\bit to be over)",
    ),
    _r(
        "live_or_die",
        P,
        ELEVATED,
        r"\b(?:dont|do not) (?:even )?care (?:if|whether) i (?:live|die|wake up|make it)\b|"
        r"\bif i live or die\b",
    ),
    _r(
        "nobody_miss",
        P,
        ELEVATED,
        r"\b(?:no one|nobody|noone|no body|not one person)\s+(?:would|will|is going to|going to|"
        r"would even|will even|is even going to)\s+(?:even\s+)?(?:miss me|notice if i|care if i)",
    ),
    _r(
        "if_i_died",
        P,
        ELEVATED,
        r"\bif i (?:died|was gone|were gone|disappeared|wasnt here|wasnt around|dropped dead|"
        r"didnt wake up)\b.{0,50}\b(?:no one|nobody|noone|wouldnt|would anyone|anyone would|"
        r"doesnt matter|better|relief|notice|care)",
    ),
    _r(
        "hit_by_bus",
        P,
        ELEVATED,
        r"\b(?:hit by|run over by|killed by|die in) (?:a )?(?:bus|car|truck|train|lorry|"
        r"car (?:crash|accident)|accident|crash)\b.{0,40}\b(?:wouldnt mind|wouldnt care|"
        r"would be (?:nice|a relief|fine|okay|ok|a blessing)|dont care|relief)|"
        r"\b(?:hope|hopes|hoping|wish|pray|wouldnt mind if)\s+(?:that\s+)?(?:i\s+)?"
        r"(?:get|got|would get|gets|die|am|was)?\s*(?:hit by|run over by|in|killed in)\s+"
        r"(?:a\s+)?(?:bus|car|truck|train|car crash|car accident|accident|crash|plane crash)",
    ),
    _r(
        "god_take_me",
        P,
        ELEVATED,
        r"\b(?:god|the lord|the universe|death)\s+(?:would |will |to )?(?:just )?"
        r"(?:takes?|took|to take|would take)\s+me\b|\btake me in my sleep\b",
    ),
    _r(
        "wouldnt_mind_dying",
        P,
        ELEVATED,
        r"\bwouldnt mind (?:if i (?:just )?(?:died|didnt wake up|never woke up|was gone|"
        r"got hit|stopped existing)|dying|being dead|not waking up|not existing)",
    ),
    _r(
        "disappear",
        P,
        ELEVATED,
        r"\bwish (?:i|that i) could (?:just )?(?:disappear|vanish|stop existing|not exist|"
        r"go to sleep forever)\b|\b(?:disappear|vanish) (?:forever|for good|permanently)\b|"
        r"\b(?:stop|cease) existing\b|\bdont want to exist\b|\bwant to stop existing\b",
    ),
    _r(
        "death_relief",
        P,
        ELEVATED,
        r"\b(?:death|dying|being dead)\s+(?:would be|sounds|seems|feels like|looks)\s+"
        r"(?:like\s+)?(?:a\s+)?(?:relief|peaceful|nice|better|easier|the only way|"
        r"the answer|freedom|an escape)|\bdeath wish\b|\bwelcome death\b|\bfeel like dying\b",
    ),
    _r(
        "other_lang_passive",
        P,
        ELEVATED,
        r"\b(?:no quiero vivir|quiero morir(?:me)?|me quiero morir|je veux mourir|"
        r"je ne veux plus vivre|envie de mourir|ich will (?:nicht mehr leben|sterben)|"
        r"ich mochte sterben|quero morrer|nao quero (?:mais )?viver|voglio morire|"
        r"non voglio (?:più|piu) vivere|no quiero seguir viviendo|ya no quiero (?:vivir|seguir)|"
        r"je ne veux plus (?:continuer|exister)|nao quero continuar vivendo)|хочу умереть|не хочу "
        r"жить",
    ),
    # --- Suicidal thoughts without plan or intent --------------------------------------
    _r(
        "suicidal",
        A,
        ELEVATED,
        r"\bsuicidal(?:ity)?\b(?! (?:friend|patient|client|person|people|teens?|kids?|"
        r"brother|sister|son|daughter|partner))",
    ),
    _r(
        "suicidal_thoughts",
        A,
        ELEVATED,
        r"\b(?:suicide|kill myself|self harm and suicide) (?:thoughts|ideation|feelings|urges|"
        r"thinking)\b|"
        r"\b(?:thoughts?|thinking|ideas?|urges?|fantasies) (?:of|about) (?:<SUICIDEWORD>|"
        r"<SELFKILL>|"
        r"dying|my (?:own )?death|kill myself|not being (?:here|alive)|ending it|jumping (?:off|"
        r"in front|from)|"
        r"hanging myself|overdosing|slitting my|shooting myself|drowning myself|crashing my car|"
        r"driving (?:my car )?(?:into|off)|walking into traffic|stepping in front)\b"
        r"(?!\s+(?:scares|terrifies|frightens|makes me (?:anxious|panic)))|"
        r"\bsi (?:is|thoughts|urges|again|has been|was|hitting)\b|\bpassive si\b",
    ),
    _r(
        "think_about_suicide",
        A,
        ELEVATED,
        r"\b(?:think|thinking|thought|thinks|considering|considered|contemplating|"
        r"contemplated|fantasi[sz]ing|fantasi[sz]e|dreaming|obsessing|imagining|imagine)\s+"
        r"(?:\w+\s+){0,2}?(?:about|of)\s+(?:suicide(?!\s+(?:prevention|awareness|training|"
        r"research|rates|statistics|hotline|helpline))|how (?:i would|id|to|i could|i might) do it "
        r"(?:painlessly|quietly|without)|<SELFKILL>|kill myself|ending it\b|"
        r"not being alive|overdosing|jumping off|hanging myself|my own funeral|"
        r"my funeral|dying)\b(?!\s+(?:scares|terrifies|frightens|makes me (?:anxious|panic)))",
    ),
    _r(
        "want_kill_self",
        A,
        ELEVATED,
        r"\b(?:want|wanted|wanting|wish|need|urge|urges|tempted|feel like)\s+(?:to\s+)?"
        r"(?:just\s+|really\s+|fucking\s+)?(?:<SELFKILL>|kill myself|die by suicide|end it)\b"
        r"(?! with| between| off)|\b(?:want|wanted|wanting|feel like)\s+(?:to\s+)?(?:just\s+)?"
        r"(?:walk into (?:traffic|the sea)|jump off (?:a|the|something)|"
        r"jump in front of|hang myself|overdose)",
    ),
    _r(
        "kill_myself",
        A,
        ELEVATED,
        r"\b(?:kill|killing|killed) myself\b(?!\s+(?:trying|to (?:get|finish|make|keep|meet|please|"
        r"pay)|working|at work|at the gym|over|studying|with work|for (?:this|that|nothing|them|"
        r"him|her|a)|laughing))|\bcommit(?:ting)? suicide\b",
    ),
    _r(
        "end_it",
        A,
        ELEVATED,
        r"\b(?:end|ending|ended) (?:it all|my (?:own )?life|everything|my existence)\b|"
        r"\b(?:take|taking) my (?:own )?life\b|"
        r"\b(?:just|to|about|of|keep|thinking|considering)\s+(?:\w+\s+)?ending it\b(?! with|"
        r" between| off)|"
        r"\bwant to end it\b(?! with| between| off)",
    ),
    _r(
        "ready_to_die",
        A,
        ELEVATED,
        r"\bready to die\b|\bmy own funeral\b|\bdeserve to die\b|\bplanning my funeral\b",
    ),
    _r(
        "other_lang_active",
        A,
        ELEVATED,
        r"\b(?:quiero matarme|me quiero matar|me voy a matar|suicidarme|me suicider|"
        r"me tuer|mich umbringen|me matar|suicidio|suicide moi|uccidermi)\b|"
        r"покончить с собой|убить себя",
    ),
    # --- Plan, intent, method, preparation (urgent, firm) ---------------------------
    _r(
        "intent_method",
        PLAN,
        URGENT,
        r"\b<INTENT>\s+(?:\w+\s+){0,3}?<METHOD>|"
        # A wish with a time on it is a plan: "i want to kms tonight".
        r"\b(?:want|need|wanna) to (?:\w+ )?(?:<METHOD>|die)\b.{0,25}\b(?:tonight|today|right now|"
        r"this weekend|tomorrow|in an hour|after (?:work|school|everyone))\b",
        firm=True,
        unless=r"\b(?:high board|diving board|skydiv\w*|bungee)\b",
    ),
    _r(
        "intent_soft",
        PLAN,
        URGENT,
        r"\b(?:im|i am|i|just)?\s*(?:going to|about to|planning to|ready to|will|ill|"
        r"gonna)\s+(?:finally\s+)?(?:do it|go through with it|die|be gone|be dead|jump|"
        r"not be (?:here|around|alive))\b(?!\s+(?:of|laughing|for|inside))",
        firm=True,
        weak="prep",
    ),
    _r(
        "know_how",
        PLAN,
        URGENT,
        r"\bknow (?:which|what|the) (?:bridge|building|cliff|spot|place|tree|train|pills|way|"
        r"method)\b.{0,15}\b(?:id|i would|ill|im going to|to) (?:use|do it|jump|take|go)\b|"
        r"\b(?:planned|planning|decided|chosen|picked|worked out|figured out|know|knew)\s+"
        r"(?:out\s+)?"
        r"(?:exactly\s+)?(?:how|when|where)\s+(?:i|im going to|ill|i would|i will|id|to)\s*"
        r"(?:would\s+|will\s+|am going to\s+|going to\s+)?(?:do it|kill myself|end it|die|"
        r"end my life)\b",
        firm=True,
    ),
    _r(
        "research_method",
        PLAN,
        URGENT,
        r"\b(?:researching|researched|looked up|looking up|look up|googled|googling|searched|"
        r"searching|reading up on|read up on|looking into|checked)\b.{0,30}\b(?:"
        r"how (?:many|much)\b.{0,30}\b(?:<DRUG>|it would take|it takes|to die|to kill|lethal|"
        r"to overdose|of my)|ways to (?:die|kill myself|end it|end my life)|"
        r"the (?:easiest|quickest|best|least painful|most painless|fastest|surest|painless) way|"
        r"lethal dose|painless way|how to (?:die|kill myself|end it|hang|overdose|tie a noose)|"
        r"how long it takes to die|suicide method)",
        firm=True,
        unless=r"<HARMLESS_DOSE>|\b(?:max(?:imum)? dose|per day|a "
        r"day max|with a cold|for (?:dogs|cats|the dog|the cat|a dog|my dog|"
        r"my cat))\b",
    ),
    _r(
        "easiest_way",
        PLAN,
        URGENT,
        r"\b(?:easiest|quickest|best|least painful|most painless|painless|surest|fastest)\s+"
        r"(?:way|ways|method|methods)\s+to\s+(?:die|kill myself|end it|end my life|commit suicide)|"
        r"\blethal dose\b",
        firm=True,
        unless=r"<HARMLESS_DOSE>",
    ),
    _r(
        "stockpile",
        PLAN,
        URGENT,
        r"\b(?:saving|saved|save|stockpiling|stockpiled|stockpile|hoarding|hoarded|hoard|"
        r"collecting|collected|stashing|stashed|stash|hiding|hidden|hid|storing|stored|"
        r"building up|built up|lined up|lining up|squirreling|putting aside|"
        r"put aside|putting away|setting aside|set aside|keeping back|kept back|holding back|"
        r"held back|skipping|not taking)\s+(?:up\s+)?"
        r"(?:\w+\s+){0,5}?(?:<DRUG>|razor blades|blades|razors)\b|"
        # Counted into an organiser, for a holiday or down a taper is dosing.
        r"\b(?:counting|counted)\s+(?!down\b)(?:\w+\s+){0,5}?(?:<DRUG>|razor blades|blades|"
        r"razors)\b(?!.{0,50}<DOSING>)|"
        r"\b(?:<DRUG>|blades|razors)\s+(?:\w+\s+){0,3}?(?:saved up|stockpiled|stashed|"
        r"hidden away|counted out|lined up|laid out|ready to go|saved)\b",
        firm=True,
        unless=r"\b(?:(?:organi[sz]er|dosette|blister packs?) for the week|"
        r"(?:chemist|pharmacy|shops?) (?:always )?runs? out|shortage)\b",
    ),
    _r(
        "high_place_research",
        PLAN,
        URGENT,
        r"\b(?:looked up|looking up|look up|searched|searching|googled|googling|researched|"
        r"researching|found)\b.{0,30}\b(?:tallest|highest) (?:building|bridge|car park|point|"
        r"cliff|tower)|\bhow to get (?:onto|on to|up to|up on) (?:the |a )?roof\b|"
        r"\bi know (?:when|how|where) and (?:i know )?(?:when|how|where)\b|"
        r"\b(?:cant|cannot|can not|dont think i can|not sure i can|unable to|couldnt) (?:keep "
        r"myself safe|stay safe|promise (?:ill|i will|to) (?:be|stay) safe)|\b(?:dont|do not) feel "
        r"safe (?:with|around|from) myself\b|\bnot safe (?:with|from|around) myself\b",
        firm=True,
    ),
    _r(
        "not_here_after",
        PLAN,
        URGENT,
        r"\b(?:im|i am|ill|i will|i m) not (?:going to |gonna )?be (?:here|around|alive) (?:after|"
        r"by|"
        r"next|much longer|for long|tomorrow|anymore|this time)\b|"
        r"\b(?:tonight|today|this weekend|tomorrow|this) (?:might|could|will|is going to|may) be "
        r"(?:it|the end|my last)(?: for me)?\b(?! (?:day|night|week|time) (?:at|in|of|before|"
        r"with))",
        firm=True,
        unless=r"\b(?:popping in|drop off|on nights)\b",
    ),
    _r(
        "ends_tonight",
        PLAN,
        URGENT,
        r"\bit (?:all )?ends (?:tonight|tomorrow|today|this weekend|soon|here)\b|"
        r"\b(?:tonight|tomorrow|today) it (?:all )?ends\b|"
        r"\b(?:im|i am) ending (?:it|things|my life|it all|everything)\b(?! with| between| off|"
        r" for| at)|"
        r"\bafter (?:tonight|today|tomorrow|this)\b.{0,10}\b(?:im|i am|ill be|i will be) (?:done|"
        r"gone|finished|out)\b|"
        r"\bafter (?:tonight|today|tomorrow|this weekend)\b.{0,30}\b(?:wont|will not) (?:be|"
        r"have)\b|"
        r"\b(?:razor|blade|blades|knife)\b.{0,30}\b(?:bath|bathtub|tub)\b|"
        r"\b(?:bath|bathtub|tub)\b.{0,30}\b(?:razor|blade|blades|knife)\b|"
        r"\bcharcoal and (?:duct |gaffer )?tape\b|\btape and charcoal\b|"
        r"\bcar\b.{0,40}\bhose\b|\bhose\b.{0,40}\bcar\b|"
        r"\b(?:i )?attempted (?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
        r"last (?:night|week)|yesterday|again|this (?:morning|week))\b|^attempted\b",
        firm=True,
        unless=r"\b(?:bbq|barbecue|grill|camping|picnic|art|drawing|sketch\w*|banner|poster)\b"
        r"|\b(?:finale|(?:last|final) episode|subscription|membership|free trial)\b",
    ),
    _r(
        "plan_extra",
        PLAN,
        URGENT,
        r"\blast (?:night|time|message|day) (?:youll|you will|anyone will|anyone|you) (?:ever )?"
        r"(?:hear from|see|talk to) me\b|\byoull never (?:hear from|see) me again\b|"
        r"\beverything i need to (?:end it|do it|die|kill myself|end my life)\b|"
        r"\b(?:pipe|hose|tube)\b.{0,25}\b(?:attached|connected|exhaust|through the window)\b|"
        r"\bhelium\b.{0,30}\b(?:bag|set up|tube|mask|hood)\b|\bbag and (?:the )?helium\b|"
        r"\b(?:ill|i will|im going to|going to) be (?:dead|gone) before (?:the sun comes up|"
        r"morning|"
        r"dawn|anyone wakes up|you read this|sunrise)\b(?!.{0,40}\b(?:flight|trip|holiday|shift|"
        r"train|"
        r"work|drive|early start|airport))|"
        r"\b(?:tied|tie|tying|attached|hung|fixed) (?:it|the rope|the belt|the cord|a rope|a belt|"
        r"the "
        r"noose) to (?:the |my )?(?:banister|bannister|beam|door|hook|rail|tree|loft hatch|light "
        r"fitting)\b|"
        r"\b(?:sitting|sat|lying|standing) (?:here )?with (?:the|my|a) (?:pills|tablets|razor|"
        r"blade|knife|"
        r"rope|gun|noose)\b|\b(?:im|i am|i feel like (?:i am|im)) (?:a )?(?:danger|risk|threat) to "
        r"myself\b|\b(?:going to|gonna|about to|will|ill) do something (?:stupid|drastic|bad|"
        r"i regret|"
        r"terrible)\b.{0,20}\b(?:tonight|today|right now|soon|now)\b|\bwont be (?:here|around|"
        r"alive) "
        r"to (?:explain|see|tell|read)\b|\bwont be (?:posting|writing|here|around|talking|"
        r"messaging|"
        r"online) (?:again |anymore )?after (?:tonight|today|this)\b|"
        r"\b(?:knife|blade|razor)\b (?:is )?(?:on|to|against|at) my (?:wrists?|arm|throat|neck|"
        r"skin)\b|"
        r"\b(?:have|got) (?:the|my|all my|all the) (?:\w+ )?<DRUG>\b.{0,20}\b(?:going to|gonna|"
        r"will|"
        r"about to) (?:take|swallow) (?:them|it)\b|"
        r"\b(?:pills|knife|rope|gun)(?:\s+(?:pills|knife|rope|gun|blood))+\b.{0,15}\b(?:tonight|"
        r"now|"
        r"today)\b|"
        r"\bplan\w* (?:on|to) (?:not (?:be|being)|no longer (?:be|being)) (?:here|around|alive)\b|"
        r"\b(?:wrote|written|writing|finished) my (?:own )?(?:eulogy|obituary|funeral (?:plans|"
        r"playlist|music))\b|"
        r"\b(?:easiest|most painless|quickest|painless|best|least painful|fastest) way to go\b"
        r"(?! (?:to|from|about|through|home|back|there|into|for))|"
        r"\b(?:make sure|making sure) (?:that )?i (?:dont|never|wont|do not) wake up\b|"
        r"\b(?:ill|i will|im going to|going to) be (?:dead|gone) (?:by|before) (?:christmas|"
        r"tomorrow|"
        r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|next week|then|"
        r"morning|"
        r"new year|my birthday|the end of (?:the|this) (?:week|month))\b|"
        r"\bmy affairs are (?:all )?in order\b",
        firm=True,
    ),
    _r(
        "means_state",
        PLAN,
        URGENT,
        r"\b(?:taped?|sealed) (?:up )?(?:all )?(?:the )?windows? and (?:the )?doors?\b|"
        r"\b(?:the )?(?:gun|pistol|rifle|shotgun) is loaded\b|\bturned (?:the |on the )?gas (?:on|"
        r"up)\b"
        r".{0,30}\b(?:closed|shut|sealed|taped)\b",
        firm=True,
    ),
    _r(
        "bare_timed",
        PLAN,
        URGENT,
        r"\bkill myself (?:tonight|today|right now|tomorrow|this weekend)\b",
        firm=True,
    ),
    _r(
        "exit_plan",
        PLAN,
        URGENT,
        r"\b(?:planning|planned|plan|planing) my (?:exit|death|suicide|own death|way out|"
        r"last day)\b"
        r"(?! from| strategy| interview| out of (?:this|the) (?:job|company))|"
        r"\b(?:it|this|nothing|none of this|any of this) (?:wont|will not|doesnt|isnt going to) "
        r"matter (?:after|by|once|soon|anymore after)\b|\b(?:will|are going to|gonna) find "
        r"(?:me|my body)\b(?! a| some| the| an)|\bfind my body\b|"
        r"\b(?:with|holding) (?:the|a|my) (?:razor|blade|knife|pills|rope|gun|noose)\b.{0,30}\b"
        r"(?:for (?:an|a|two|over an) (?:hour|while)|hours|tonight|in my hand)|"
        r"\b(?:bridge|ledge|roof|cliff|tracks|overpass)\b.{0,60}\b(?:closer to the edge|"
        r"over the (?:edge|railing)|to the edge)",
        firm=True,
    ),
    _r(
        "means_amount",
        PLAN,
        URGENT,
        r"\b(?:worked out|work out|calculated|figured out|counted|know) how (?:many|much) (?:of )?"
        r"(?:my |the |these )?(?:\w+ )?<DRUG> (?:id|i would|i will|ill|i) need\b|"
        r"\benough (?:of )?(?:my |the |these )?(?:\w+ )?<DRUG> to (?:do it|die|kill myself|end it|"
        r"overdose|kill me|not wake up)|\bhow (?:many|much) (?:of )?(?:my |the |these )?(?:\w+ )?"
        r"<DRUG>\b.{0,25}\b(?:it would take|it takes|would (?:kill|do it)|to (?:die|overdose|kill)|"
        r"is (?:fatal|lethal|deadly))|\b(?:fatal|lethal|deadly) (?:dose|amount|overdose)|"
        r"\bwhich (?:\w+ )?(?:<DRUG>|medications?) (?:are|is|would be) (?:fatal|lethal|deadly)|"
        r"\bhose\b.{0,25}\bexhaust\b|\b(?:going|go|went) over the (?:edge|railing|side|balcony)\b|"
        r"\bthinking about going over\b",
        firm=True,
        unless=r"<HARMLESS_DOSE>",
    ),
    _r(
        "intent_timed",
        PLAN,
        URGENT,
        r"\b(?:going to|gonna|about to|will|ill)\s+(?:finally\s+)?(?:jump|go through with it|"
        r"end it|"
        r"do it)\b.{0,25}\b(?:tonight|tomorrow|this weekend|right now|in an hour|on (?:monday|"
        r"tuesday|"
        r"wednesday|thursday|friday|saturday|sunday)|on my birthday|after (?:work|school|everyone))"
        r"|\b(?:this|tonight) is my last (?:night|day)\b(?! (?:in|at|of|before|with|here))|"
        r"\btoday is my last day\b(?! (?:in|at|of|before|with|here|at work))",
        firm=True,
        unless=r"\bend (?:it|things) (?:with|between)\b"
        r"|\b(?:high board|diving board|skydiv\w*|bungee|charity (?:jump|skydive|"
        r"abseil|swim|run|walk|bungee))\b",
    ),
    _r(
        "save_meds",
        PLAN,
        URGENT,
        r"\bstopped taking (?:my |the )?(?:\w+ )?<DRUG>\b.{0,40}\b(?:save|saving|stockpile|"
        r"keep|hoard|collect|stash)|\b(?:save|saving|saved|stockpile|stockpiling|hoard|hoarding|"
        r"stash|stashing|keeping) (?:them|it|those|these) (?:all )?(?:up|for later|for when)\b",
        firm=True,
    ),
    _r(
        "means_ready",
        PLAN,
        URGENT,
        r"\b(?:have|got|ive got|theres|there are|holding|been holding)\s+(?:\w+\s+){0,6}?"
        r"(?:the|my|all my|all of my|"
        r"all the|enough|these|those)\s+(?:\w+\s+)?(?:<DRUG>|razor blades|blades?|razor|rope|knife|"
        r"noose|gun)\s+(?:\w+\s+){0,2}?(?:ready|here|in front of me|with me|right here|laid out|"
        r"lined up|on the (?:table|bed|desk|floor)|in my hand|next to me)\b"
        r"(?! for the week| for tomorrow| for the trip| in (?:my|the|a) (?:organi[sz]er|dosette))"
        r"(?!<FOR_ERRAND>)|"
        r"\b(?:<DRUG>)\s+(?:are\s+)?(?:ready|in front of me|in my hand|counted out)\b"
        r"(?!<FOR_ERRAND>| to collect)",
        firm=True,
        # "Is Mrs Okafor's repeat prescription ready? Her son will collect."
        unless=r"^(?:is|are) (?!(?:about |around |over |like |nearly )?\d)(?:\w+ ){0,3}?(?:repeat "
        r")?(?:prescriptions?|tablets|meds) ready\b",
    ),
    _r(
        "enough_pills",
        PLAN,
        URGENT,
        r"\b(?:have|got|ive got|collected|saved)\s+enough\s+(?:<DRUG>|now|to (?:die|do it|kill))|"
        r"\b(?:have|got|ive got)\s+(?:the|my|all my)\s+(?:<DRUG>|rope|blades|"
        r"razor blades)\s*(?:$|[.,;!])|"
        r"\b(?:i have|ive got|got)\s+(?:about|around|like|over|nearly|almost)?\s*<NUM>\s*(?:$|"
        r"[.,;!])",
        firm=True,
        weak="prep",
    ),
    _r(
        "rope",
        PLAN,
        URGENT,
        r"\b(?:bought|buy|buying|got|get|getting|have|ive got|put|took out|take out|tied|tying|"
        r"tie|made|making|hung|hang|hanging|set up|setting up|found|keep|kept|holding)\s+"
        r"(?:\w+\s+){0,2}?(?:a |the |some )?(?:rope|noose|ligature)\b"
        r"(?!\s+(?:knot|keyring|necklace|decoration|prop|costume|swing)\b)"
        r"(?!\s+(?:for|to)\s+(?:my\s+|the\s+|a\s+)?(?:climbing|camping|hiking|boat|sailing|"
        r"garden|dog|swing|washing|tent|tree house|treehouse|gym|crossfit|skipping|tow|"
        r"towing|hammock|work|moving|the van|the car|the trailer))"
        r"(?!.{0,60}\b(?:gym|gyms|climbing|crossfit|skipping|boxing|bouldering|belay|harness|"
        r"carabiners?|abseil\w*|sailing|camping|tent|towing|washing line|clothes ?line|"
        r"tyre swing|tire swing|swing)\b)|\bnoose\b(?! knot| keyring|"
        r" necklace| decoration| prop| costume)|\bligature\b",
        firm=True,
    ),
    _r(
        "tying_knot",
        PLAN,
        URGENT,
        r"\bpract[ia]s\w* (?:tying|to tie) (?:the|a) (?:knot|noose)|\bhow to tie a noose\b",
        firm=True,
    ),
    _r(
        "gun_access",
        PLAN,
        URGENT,
        r"\b(?:bought|buy|buying|got|get|getting|found|took|take|picked up|loaded|load|"
        r"holding|hold|put|have|cleaning|borrowed|borrow|hid|hidden)\s+(?:\w+\s+){0,2}?"
        r"(?:a |the |my |his |her )?(?:gun|pistol|handgun|rifle|shotgun|firearm|revolver)\b"
        r"(?!\s*(?:range|club|safe|license|licence|licensing|course|show)|s\b)"
        r"(?!.{0,40}\b(?:hunting|range|for work|clay|deer|duck|pheasant|season|lessons?|nerf|"
        r"scope|cleaning kit|gun oil|"
        r"water|glue|paint|staple|nail|heat|caulk))",
        firm=True,
        unless=r"<TOY_OR_TOOL_GUN>|^(?!.*\b(?:myself|my life|end it|tonight|not coming back|note|"
        r"wont be here|over)\b).*\b(?:to clean|give it a clean|clean it|oil it|clay shoot|clays|"
        r"stalking trip|deer stalking|shoot day)\b",
    ),
    _r(
        "high_place",
        PLAN,
        URGENT,
        r"\b(?:im|i am|sitting|standing|stood|sat|stand|sit|climbed|up|perched|leaning)\s+"
        r"(?:\w+\s+){0,3}?(?:on|at|by|onto|up on|over|near|off)\s+(?:the\s+|a\s+|this\s+|my\s+)?"
        r"(?:edge of (?:the |a |my )?)?(?:(?:foot|motorway )?bridge|overpass|ledge|roof|rooftop|"
        r"cliff|cliffs|"
        r"cliff edge|train tracks|tracks|railway|railway line|railroad|platform edge|"
        r"balcony railing|railing|parapet|top of (?:the |a |my )?(?:building|car park|"
        r"parking garage|multi storey|multistorey|tower))\b"
        r"(?!\s+(?:club|team|bar|terrace|garden|game|party|tournament))"
        # Watching fireworks from a bridge is not standing on one to jump.
        r"(?!.{0,60}\b(?:fireworks|sunset|sunrise|view|photos?|pictures?|parade|eclipse|concert|"
        r"festival|picnic|walk|hike|tour|traffic|selfie|stars|boats?|game|match)\b)",
        firm=True,
        unless=r"^(?!.*\b(?:jump\w*|step(?:ping)? (?:off|out|over)|go(?:ing)? over|throw(?:ing)? "
        r"myself|end (?:it|things|my life)|kill myself|over soon|last (?:of my|one|time|cigarette|"
        r"fag|smoke|drink|coffee)|one last|(?:last|final) (?:\w+ )?ever|ever again|goodbye to "
        r"(?:this|it all|everything|life|the world|everyone)|bye to (?:this|it all|everything|"
        r"life|the world)|cant do (?:this|it) any ?more|dont care any ?more|dont want to (?:be "
        r"here|live)|looking down|the drop|nobody will (?:see|find|notice|miss)|for the last time|"
        r"not coming (?:back|down))\b).*\b(?:(?:can|could) you see me|see me wav\w*|waving (?:at|"
        r"to) (?:you|us|me|mum|dad|the|my|our)|\d+ mins? away|(?:ill|i will|i should|should|will|"
        r"gonna|going to) be home|eating|chips|coffee|parkrun|inspection|survey\w*|engineers|"
        r"council (?:workers?|engineers|van|team|inspect\w*)|watching (?:the )?(?:\w+ )?trains|"
        r"waiting for (?:my |a |the |our )?(?:lift|bus|mum|dad|friends?|mates?|taxi|uber|"
        r"fireworks|sunrise|sunset))\b",
    ),
    _r(
        "place_on_purpose",
        PLAN,
        URGENT,
        r"\b(?:bridge|cliff|cliffs|tracks|railway|roof|rooftop|ledge|overpass|car park roof)\b"
        r".{0,30}\bon purpose\b|\b(?:went|walked|drove|go|going|driving|walking) (?:to|up to|"
        r"onto|out to) the (?:bridge|cliff|tracks|roof|ledge|overpass)\b.{0,40}\b(?:to jump|"
        r"looked down|looking down|stood there|thinking about jumping)",
        firm=True,
    ),
    _r(
        "car_exhaust",
        PLAN,
        URGENT,
        r"\b(?:engine|car) running\b.{0,40}\bgarage\b|\bgarage\b.{0,40}\b(?:engine|car) running\b|"
        r"\bhose (?:to|from|on|into) the exhaust\b|\bcharcoal (?:in|burner|burning)\b|"
        r"\bexit bag\b|\bhelium (?:tank|canister)\b|\bsuicide bag\b",
        firm=True,
    ),
    _r(
        "final_note",
        PLAN,
        URGENT,
        r"\b(?:suicide|goodbye|farewell|final)\s+(?:note|notes|letter|letters|message|messages|"
        r"post|video)\b(?!(?: from me)? as (?:admin|secretary|chair|captain|manager|host|editor|"
        r"treasurer|president|mod|moderator|your)\b| to (?:the|my|our) (?:team|"
        r"office|class|colleagues|"
        r"staff)\b| from (?:our|my|the) (?:holiday|trip))|\b(?:this is|"
        r"its) (?:my )?(?:last|final) (?:message|post|entry|goodbye|"
        r"text)\b(?! (?:before|for today|of the day|until|till|for now|this week|of the week))"
        r"(?!.{0,40}\b(?:here|sub|subreddit|account|moving|leaving|for a while|break|holiday|"
        r"this year|of the year))|"
        r"\bthe note is (?:written|done|finished|ready)\b|"
        r"\b(?:this|it) (?:will|is going to|might) (?:probably )?be my (?:last|final) (?:check in|"
        r"session|entry|message|post|text|journal)\b|"
        r"\b(?:wrote|written|finished|left)\s+(?:the|my)\s+(?:note|letters)\s*(?:$|[.!]|and i\b)|"
        r"\bby the time (?:you|anyone|someone) "
        r"(?:read|reads|see|sees|find|finds) this\b(?!<LANDED>)|\bthis is (?:my )?goodbye\b"
        r"(?! to (?:the|my|our|this|that) (?:old )?(?:office|house|flat|job|team|school|car|class|"
        r"sofa|twenties|thirties|forties|desk|building|shop|city|town|street|uniform)\b)|"
        r"\bgoodbye forever\b|\b(?:for|when) (?:they|someone|you|my \w+|"
        r"the police|people) (?:find|finds) me\b|\bafter im (?:gone|dead)\b(?! "
        r"(?:for (?!good|ever)|to|from|on (?:holiday|my|a|the))\b)",
        firm=True,
    ),
    _r(
        "note_letters",
        PLAN,
        URGENT,
        r"\b(?:wrote|written|writing|write|finished writing|left|leave|leaving)\s+(?:a |the |my |"
        r"some )?(?:note|notes|letters)\b|\beveryone gets (?:one|a letter)\b",
        firm=True,
        weak="prep",
    ),
    _r(
        "goodbyes",
        PLAN,
        URGENT,
        r"\b(?:said|saying|say) (?:all )?my goodbyes\b|\bsaid (?:my )?goodbyes? to (?:everyone|"
        r"all of them|my family)\b",
        firm=True,
        unless=r"\b(?:at work|new job|leaving do|last day|party|airport|holiday|moving|retire\w*|"
        r"colleagues|office|team)\b",
    ),
    _r(
        "goodbye_soft",
        PLAN,
        URGENT,
        r"\b(?:said|saying) goodbye to\b(?!(?: \w+){1,2} in my head)|\bbefore i go\b|"
        r"\bwhere im going\b|"
        r"\bwhen im (?:gone|dead|not here|not around)\b|\bwho (?:gets|will get|should get|"
        r"takes|will take|can have) my \w+|\btold (?:her|him|them|everyone) (?:id|i would|ill) "
        r"be back\b|\bwhich (?:bridge|building|cliff|tree|train)\b|"
        r"\btalk me out of it\b|\bdont try to (?:stop|find|save) me\b",
        firm=True,
        weak="prep",
        unless=r"\b(?:cake|eating|pizza|buying|shopping|booking|ordering|dancing|singing|karaoke)"
        r"\b",
    ),
    _r(
        "wont_be_here",
        PLAN,
        URGENT,
        r"\b(?:i )?wont be (?:here|around|alive) (?:tomorrow|much longer|for long|anymore|by "
        r"(?:tomorrow|morning|monday|the weekend|next week)|next week|after tonight)\b"
        r"(?!\s*(?:because|as|since|for|-|,|im|i am|ill be|we|got|have|at|on|in|so|due))|"
        r"\bwont (?:need|be needing) (?:it|them|these|this|my \w+|any of (?:it|this)|anywhere|"
        r"anything|a (?:place|flat|home)) (?:anymore|where im going|"
        r"after (?:tonight|tomorrow|this|the weekend))(?!.{0,40}\b(?:faster|cheaper|"
        r"(?:a|the) new one|"
        r"upgrad\w*|replac\w*|switch\w*|outgrown|grown out of|too (?:small|big)|the (?:tube|"
        r"bus|train|metro)|working from home)\b)|"
        # "Tell her mi nah go need dem where mi going": the same farewell in Patois.
        r"\bnah (?:go |gonna )?need (?:dem|them|it|dis|this|these) where (?:mi|me|i|im|i am) "
        r"(?:going|goin|gone)\b",
        firm=True,
        unless=r"\b(?:moving to|night team|(?:school|camping|fishing|ski|skiing|road|day) trip|"
        r"(?:were|we are) off to)\b|\b(?:now (?:that )?(?:ive|i have|weve|we have|i) got|"
        r"autotrader|for sale)\b|^(?!.*\b(?:tonight|tomorrow|much longer|for long|by (?:morning|"
        r"monday|the weekend|next week)|next week|where im going|im done|none of it "
        r"matters)\b).*<MARKETPLACE>",
    ),
    _r(
        "give_away_things",
        PLAN,
        URGENT,
        r"\b(?:giving|gave|given|give|gifting|gifted)\s+(?:away\s+)?(?:all\s+|most\s+|some\s+|"
        r"the rest\s+)?(?:of\s+)?(?:my\s+)(?:stuff|things|possessions|belongings|valuables|"
        r"prized possessions)(?:\s+away)?\b|\b(?:giving|gave|given) away (?:all |most )?"
        r"(?:of )?(?:my )?(?:stuff|things|possessions|belongings|everything)\b",
        firm=True,
        unless=r"<MOVING_REASON>",
    ),
    _r(
        "give_away_soft",
        PLAN,
        URGENT,
        r"\b(?:giving|gave|given) away my \w+|\b(?:sold|selling) (?:all|most) of my (?:stuff|"
        r"things)\b",
        firm=True,
        weak="prep",
    ),
    _r(
        "rehome_pet",
        PLAN,
        URGENT,
        r"\b(?:gave|giving|given|give|rehomed|rehoming|rehome|found (?:a )?(?:new )?home for|"
        r"finding (?:a )?(?:new )?home for|dropped off|handed over|left|"
        r"leaving)\s+(?:away\s+)?my\s+"
        r"(?:cat|dog|cats|dogs|pets?|puppy|kitten|bird|rabbit|hamster|fish|parrot|guinea pigs?|"
        r"horse|snake|lizard|ferret)\b"
        r"(?!.{0,60}\b(?:while (?:i|im|we)|for the (?:weekend|week|night|day|holiday|holidays)|"
        r"holiday|"
        r"vacation|until i|till i|because|landlord|allerg\w*|moving|new flat|lease|to look after "
        r"while|for a few days|for a couple of days|hospital stay|sitter|kennel))",
        firm=True,
    ),
    _r(
        "affairs",
        PLAN,
        URGENT,
        r"\b(?:put|putting|got|getting|have|had)\s+(?:all\s+)?my affairs in order\b",
        firm=True,
    ),
    _r(
        "affairs_soft",
        PLAN,
        URGENT,
        r"\b(?:wrote|written|made|making|updated|updating|finished|did|done|sorted)\s+"
        r"(?:my|a|out my)\s+will\b|\bwill is (?:done|written|sorted|signed)\b|\blife insurance\b|"
        r"\bcancel\w* (?:all )?my (?:subscriptions|contracts|accounts|phone contract)\b|"
        r"\beverything is (?:sorted|in order|taken care of|arranged|ready)\b|"
        r"\btidied (?:everything|it all) up\b|\btied up (?:all )?(?:the |my )?loose ends\b|"
        r"\b(?:cat|dog|pets?|cats|dogs)\s+(?:has|have|now has|will have) (?:a )?new (?:home|"
        r"owner)\b|"
        r"\bmade sure (?:the|my) (?:dog|cat|pets?|cats|dogs|kids|children)\s+(?:will be|are|is|"
        r"gets?)\s+"
        r"(?:looked after|taken care of|cared for|fed)\b|"
        r"\btonight(?: is|s) the night\b|\b(?:fast|express|next|non stop|nonstop) train\b"
        r"(?! (?:to|from|into|back|home|at|in|was|is|will))|"
        r"\bnot (?:getting|going to get) on it\b|\bdont blame (?:yourself|yourselves|anyone)\s*"
        r"(?:$|[.!])|\bits not your fault\s*(?:$|[.!])|\bno (?:going|turning) back\b|\b(?:its|"
        r"it is) decided\b|"
        r"\b(?:taped?|sealed) (?:up )?(?:the )?(?:windows?|doors?|vents?)\b|"
        r"\b(?:ive|i have) (?:just )?done it\s*(?:$|[.!])|\b(?:im|i am) doing it (?:this weekend|"
        r"on (?:monday|"
        r"tuesday|"
        r"wednesday|thursday|friday|saturday|sunday)|soon|next week)\b|\bplanned it for (?:monday|"
        r"tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow|the weekend|"
        r"next week)\b|"
        r"\b<DRUG> (?:are|is) (?:in|under) my (?:drawer|bag|room|pocket|bedside|wardrobe|car)\b|"
        r"\b(?:written|wrote) (?:to|letters to|a letter to) my (?:kids|children|family|mum|mom|dad|"
        r"parents|husband|wife|partner)\b|\bmoved (?:the|my) <DRUG> to\b|\b(?:bought|got|"
        r"have) everything i need\b|"
        r"\b(?:\d+|two|three|four|five|several|a few) (?:boxes|packets|bottles|packs|strips) of "
        r"(?:\w+ )?<DRUG>\b|\bgoing to (?:\w+ ){0,4}?(?:take|swallow) them\b|,\s*goodbye\s*[.!]?$|"
        r"\b(?:im|i am) doing it (?:tonight|"
        r"today|now|tomorrow)\b|"
        r"\b(?:vodka|alcohol|wine|whisky|whiskey|gin) and (?:my |the |all my |a )?(?:whole |"
        r"entire )?"
        r"(?:\w+ )?<DRUG>\b|^tonight\s*[.!]?$|\bedge of the platform\b|\btrains? (?:is )?(?:in|"
        r"coming "
        r"in|due in) \d+ (?:mins?|minutes)\b|\bso (?:id|i would|i) have enough\b|"
        r"\b(?:hid|hidden|hiding) (?:it|them|the pills|the bottle|the tablets) in (?:my |the )?"
        r"(?:wardrobe|drawer|room|bag|cupboard|car|closet|bedroom)\b|\bgoodbye (?:guys|yall|"
        r"everyone|world|"
        r"all)\b|\bcounting (?:them|"
        r"the pills|my pills)\b|"
        r"\blook after my (?:cat|dog|kids|pets?|children|rabbit) for me\b|\btell (?:my \w+|"
        r"everyone|"
        r"them|her|him) (?:that )?i love (?:her|him|them|you)\b|\bwant (?:someone|somebody|people|"
        r"you)"
        r" to know why\b|\bthank (?:this sub|everyone|you all|you guys) for (?:trying|"
        r"everything)\b|\bsorry to (?:anyone|everyone|everybody) who\b|"
        r"\b(?:so )?this is it\b(?! (?:for today|for now|then))|\b(?:im|i am) going to the "
        r"(?:woods|forest|bridge|cliffs?|tracks|roof|river|lake|sea|beach|"
        r"quarry)\b.{0,40}\b(?:tonight|"
        r"tomorrow|morning|today|now)\b(?!.{0,40}<SCENERY>)|^goodbye\s*[.!]?$|"
        r"\bthanks? (?:you )?for (?:trying|"
        r"all your "
        r"help|everything youve done|everything)\b|\bone way ticket\b|\bnot (?:planning on|"
        r"going to be|"
        r"intending to|going to|planning to) (?:coming|come) back\b|\b(?:ive|i have) been here "
        r"(?:an hour|for (?:an hour|hours|ages|a while)|a while|hours)\b|\bwoke up in (?:hospital|"
        r"a&e|"
        r"a and e|icu|the er|the hospital)\b|\bi know what im (?:going to|gonna) do\b|"
        r"\b(?:went|walked|drove|took the bus|got the train|came|got the bus) (?:back )?(?:to|"
        r"up to|"
        r"out to) the (?:bridge|cliffs?|tracks|roof|ledge|overpass|quarry|station|river)\b|"
        r"\b(?:im|i am) here now\b|\bdone waiting\b(?! (?:to|for|on))|\bnot waiting any (?:longer|"
        r"more)\b|"
        r"\b(?:ive|i have) decided\s*(?:$|[.!])|\b(?:tell|let) (?:someone|somebody|people|you) "
        r"(?:know )?(?:that )?i existed\b|\b(?:it was|its been|it has been) (?:nice|good|lovely) "
        r"knowing (?:you|some of you|all of you|everyone|yall)\b|"
        r"\b(?:its|it is) (?:almost |nearly )?time\s*(?:$|[.!])|"
        r"\b(?:have|got|ive got)\s+(?:my|the|all my) (?:\w+ )?<DRUG>\s*(?:$|[.,;!])|"
        r"\bsorry to (?:my|everyone|everybody|all)\b|\bdeleted (?:all )?(?:my )?(?:social media|"
        r"accounts|"
        r"instagram|facebook|tiktok|profiles?)\b|\breturned everything\b|\bcleared out my "
        r"(?:room|flat|things|stuff|desk)\b|\b(?:im|i am) ready\s*(?:$|[.!])|\bpicked which\b|"
        r"\btrain (?:timetable|times|schedule)\b|\bi know what im doing\b|\bwont be a burden\b|"
        r"\bsay goodbye to\b|\b(?:catching|caught|catch) the bus\b|"
        r"\bmade (?:my )?peace\b|\b(?:i )?love you (?:mum|mom|dad|all|guys|everyone)\b|"
        r"\btold (?:everyone|people|them) (?:im|i am|i was) moving\b|\b(?:im|"
        r"i am)\s+(?:\w+\s+)?(?:at|on|by|near|in) (?:the|a) "
        r"(?:train station|station|platform|bridge|roof|cliff|cliffs|river|pier|tracks|car park|"
        r"quarry|motorway bridge|overpass|woods)\b|\bcounted (?:them|the pills|my pills|out)\b|"
        r"\b(?:theres|there is|i have|ive got) enough\s*(?:$|[.!])|"
        r"\b<DRUG>\b.{0,40}\bjust in case\b|"
        r"\bnow that (?:ive|i have) decided\b|\bdone with everything\b|"
        r"\bchecking out\b(?! of| the| a | some| this (?:book|place|show|new))|\b(?:picked|chosen|"
        r"chose|found|scouted) (?:a|the|my) "
        r"(?:spot|place|night|day|date|time|method|location|tree)\b|\bgoing there (?:on|tonight|"
        r"tomorrow|this)\b|\bfilled my (?:prescription|script)s? (?:\w+ times|twice|again)\b|"
        r"\b(?:kept|keeping|saved|saving|hoarded) (?:all|every one|each one|every bit) of (?:it|"
        r"them)\b|"
        r"\beverythings? (?:is )?(?:sorted|arranged|in order|ready|taken care of)\b|\b(?:sorry|"
        r"goodbye) to (?:everyone|everybody|all of you)\b|"
        r"\bim sorry(?: (?:mum|mom|dad|everyone|for everything))?\s*(?:$|[.!])|"
        r"\b(?:got|have) everything (?:ready|in place|set up|sorted)\b|"
        r"\b(?:already )?planned (?:it all|everything|it out|it all out)\b|"
        r"\b<DRUG> and (?:a bottle of )?(?:vodka|whiskey|whisky|gin|wine|alcohol|booze|rum)\b|"
        r"\b\w+ (?:weeks|months) worth\b|\bwith my will\b|\bcatch the bus\b|"
        r"\b(?:been )?planning (?:it|this) for (?:weeks|months|a while|ages|a long time)\b|"
        r"\bmade (?:up )?my (?:mind|decision)\b|\bim done\s*(?:$|[.!])|"
        r"\bhave everything i need\b|\bi wont be\s*(?:$|[.!])|\bat peace with (?:it|my decision|"
        r"this|dying)\b|"
        r"\bhave a plan\b|\bive (?:got|made) a plan\b|\bchosen (?:the|a) (?:date|day|time|place)\b|"
        r"\bthought it (?:all )?through\b|\bi know how\s*(?:$|[.,])",
        firm=True,
        weak="prep",
        unless=r"\b(?:party|wedding|date night|first date|proposal|concert|gig|premiere|match|exa"
        r"m|interview)\b"
        r"|<TRIP_KIT>",
    ),
    _r(
        "chosen_date",
        PLAN,
        URGENT,
        # Bare, with nothing after it: "I've chosen the date." (not "...for the wedding").
        r"\b(?:ive|i have|i) (?:chosen|picked|set|decided on) (?:the|a|my) (?:date|day)\s*(?:$|"
        r"[.!])",
        firm=True,
    ),
    _r(
        "other_lang_plan",
        PLAN,
        URGENT,
        r"\b(?:voy a (?:matarme|suicidarme)|me voy a matar esta noche|je vais me (?:tuer|suicider)|"
        r"ich werde mich umbringen|vou me matar)\b",
        firm=True,
    ),
    _r(
        "means_now",
        PLAN,
        URGENT,
        # Unambiguous means together with now, tonight or intent, in one sentence.
        r"\b(?:rope|noose|ligature|belt|cord|bleach|poison|razor blades?|blades?|razor|"
        r"(?:all|every|a whole|the whole|a bottle of|a box of|a handful of|enough) (?:of )?"
        r"(?:my |the |these |her |his |mums |dads )?(?:\w+ )?<DRUG>)\b.{0,40}\b(?:tonight|"
        r"right now|"
        r"rn|now|in an hour|ready|going to|gonna|about to)\b(?! on)|"
        r"\b(?:tonight|right now|going to|gonna|about to)\b.{0,30}\b(?:rope|noose|ligature|bleach|"
        r"razor blades?|(?:all|every|a whole|the whole|a bottle of|a box of) (?:of )?(?:my |the |"
        r"these )?"
        r"(?:\w+ )?<DRUG>)\b|"
        r"\bpract[ia]s\w* (?:with )?(?:the |a |my )?(?:belt|rope|cord|knot|noose|ligature|scarf|"
        r"tie)\b|\b(?:belt|rope|cord|scarf|ligature) (?:on|around|over|from) (?:the |my )?(?:door|"
        r"neck|beam|banister|bannister|rail|hook|tree|wardrobe)\b|"
        r"\b(?:writing|wrote|written|finished|finishing|started) (?:my (?:suicide |goodbye |last )?"
        r"(?:note|letters)|a (?:suicide|goodbye|last) (?:note|letter))\b"
        r"(?! for (?:school|work|class|the|my (?:teacher|boss)))|"
        r"\b(?:got|have|ive got|i have) a plan and a (?:date|time|method|place)\b|"
        r"\b(?:jump(?:ing)?|step(?:ping)?|throw(?:ing)? myself) in front of (?:a|the) "
        r"(?:car|train|bus|lorry|truck|tube)\b|"
        r"\b(?:went|walked|drove|go|going|took the bus|got the train|back) (?:back )?(?:to|up to|"
        r"out to) "
        r"the (?:bridge|cliffs?|tracks|roof|ledge|overpass|quarry)\b.{0,30}\b(?:again|im here|"
        r"here now|tonight|right now|edge)\b(?!.{0,40}<SCENERY>)|\b(?:closer|close|nearer) to the "
        r"edge\b",
        firm=True,
    ),
    # --- Recent attempt (urgent, firm) -------------------------------------------
    _r(
        "attempt",
        ATT,
        URGENT,
        r"\b(?:tried|try|trying|attempted|attempt)\s+to\s+(?:<SELFKILL>|end it\b|hang myself|"
        r"drown myself|overdose|shoot myself|jump\b|die\b|suffocate|poison myself|gas myself|"
        r"kill myself|slit my wrists?|cut my wrists?|strangle myself|choke myself|suffocate myself|"
        r"<METHOD>)|\battempted suicide\b|"
        # "after my attempt to drop off a card" is an errand; "my attempt to end it" is read
        # by the first branch.
        r"\b(?:my|suicide)\s+attempt\b(?!\s+(?:to|at)\s+(?!suicide|end|kill|take|die|dying|"
        r"overdos|hang|jump|drown))|\bi tried to overdose\b|\boverdosed\b"
        r"(?! on (?:\w+\s+){0,2}?<TREAT>\b)|"
        r"\b(?:took|taken|had)\s+(?:an|a)\s+overdose\b(?! of (?:\w+\s+)?<TREAT>\b)|"
        r"\b(?:almost|nearly)\s+(?:jumped|died|"
        r"hung myself|killed myself|went through with it)\b(?!\s+(?:of|from|laughing|when|"
        r"because))",
        firm=True,
    ),
    _r(
        "made_attempt",
        ATT,
        URGENT,
        r"\b(?:made|had) (?:an|another|a suicide) attempt\b",
        firm=True,
    ),
    _r(
        "done_something",
        ATT,
        URGENT,
        r"\b(?:ive|i have|i) (?:just )?done something (?:really )?(?:stupid|bad|terrible|silly|"
        r"dumb)\s*(?:$|[.!])|\btook (?:the whole lot|the lot|all of it|the whole thing)\s*(?:$|"
        r"[.!])|"
        r"\b(?:im|i am) bleeding (?:a lot|loads|heavily|badly|so much|everywhere)\b",
        firm=True,
    ),
    _r(
        "survived_attempt",
        ATT,
        URGENT,
        r"\bsurvived (?:an|my|a|another) (?:overdose|attempt|suicide attempt|od)\b",
        firm=True,
    ),
    _r(
        "tried_again",
        ATT,
        URGENT,
        # Not when something already gave way before it: "it finally opened when I tried
        # again this morning" is a jar or a login, not an attempt.
        r"^(?!.*\b(?:opened|worked|loaded|connected|went through|started|unlocked|booted|fixed|"
        r"came on|got through)\b.*\bi (?:tried|attempted) again\b).*?"
        r"\bi (?:tried|attempted) again (?:last night|yesterday|today|this morning|tonight|"
        r"earlier)\s*(?:$|[.!,]|and (?:failed|it didnt work|woke up|survived|threw up))",
        firm=True,
    ),
    _r(
        "attempt_recent_act",
        ATT,
        URGENT,
        r"\b(?:jumped|stepped|threw myself) in front of (?:a|the) (?:car|train|bus|lorry|truck|"
        r"tube)\b|"
        r"\b(?:swallowed|took|downed|drank|ate|taken) (?:all|every one|the (?:whole|hole) "
        r"(?:box|bottle|"
        r"packet|"
        r"pack|lot)|a whole (?:box|bottle|packet|pack)|all of) (?:of )?(?:my |the |her |his |mums |"
        r"dads )?(?:\w+ )?<DRUG>\b|\b(?:hung|hanged) myself\b|\bi (?:jumped|jumped off)\b"
        r".{0,30}"
        r"\b(?:bridge|roof|balcony|building|car park|cliff|window)\b"
        r"(?!.{0,30}\b(?:today|this morning|this evening|on time|like (?:im|i was) (?:supposed|"
        r"told)|"
        r"as prescribed|every day|with (?:food|breakfast|dinner)|small win|for the (?:day|week)))",
        firm=True,
    ),
    _r(
        "on_purpose",
        ATT,
        URGENT,
        r"\b(?:took|swallowed|taken|had|drank) (?:too much|too many|way too many|way too much|an "
        r"overdose|more than i should|extra)\b.{0,20}\bon purpose\b|\bon purpose\b.{0,20}\b(?:took|"
        r"swallowed|overdosed|crashed|drove)\b",
        firm=True,
    ),
    _r(
        "attempt_more",
        ATT,
        URGENT,
        r"\bi (?:just )?(?:jumped|threw myself) (?:off|from|into) (?:a |the |"
        r"my )?(?:\w+ )?(?:bridge|"
        r"roof|balcony|building|car park|cliff|window|river|canal|sea|tracks)\b|\b(?:drove|crashed|"
        r"swerved|walked|stepped|jumped)\b.{0,40}\bon purpose\b",
        firm=True,
    ),
    _r(
        "poison_bleeding",
        ATT,
        URGENT,
        r"\b(?:drank|drunk|swallowed|drinking|ate|took)\s+(?:some\s+|a bottle of\s+|a cup of\s+)?"
        r"(?:bleach|poison|antifreeze|anti freeze|weedkiller|weed killer|pesticide|rat poison|"
        r"drain cleaner|cleaning fluid|paraquat|gramoxone|insecticide)\b|"
        r"\b(?:drank|drunk|swallowed|drinking) (?:some |a bottle of |a cup of )?sniper\b|"
        r"\bcut (?:myself )?(?:too|really|so|very|way too) deep\b|\bi cut (?:myself )?to deep\b|"
        r"\bcut (?:too |really |so )?deep\b.{0,40}\b(?:wont|cant|"
        r"doesnt|will not) stop (?:the )?bleedin(?:g\b|\b)|"
        r"\b(?:wont|cant) stop (?:the )?bleed(?:ing|in)\s*(?:$|[.!,])",
        firm=True,
    ),
    _r(
        "took_lots",
        ATT,
        URGENT,
        r"\b(?:swallowed|took|taken|downed|necked)\b.{0,40}\b(?:(?:my|the|a) (?:whole |entire )?"
        r"(?:packet|box|bottle|strip|pack|prescription|supply)|(?:my |a |the )?(?:whole |entire )?"
        r"(?:month|week|months|weeks)s?(?: worth)? of|a packet|a box|a bottle|a handful|"
        r"a bunch|a strip|the whole|half)\b.{0,15}\b<DRUG>|"
        r"\b(?:took|taken|swallowed|downed|ate|necked|popped|chugged)\s+(?:\w+\s+){0,2}?"
        r"(?:a whole bottle|the whole bottle|a bottle|a bunch|a handful|handfuls|a load|a lot|"
        r"loads|all|everything|the whole (?:bottle|packet|box|pack|strip)|half (?:a|the) "
        r"(?:bottle|packet|box)|a packet|a box|a pack|the rest|way too many|too many|every pill|"
        r"double|triple)\b(?:\s+of)?(?:\s+(?:my|the|mums|dads|her|his|their))?\s*(?:\w+\s+)?"
        r"(?:<DRUG>|in (?:the|my|our) (?:medicine |bathroom )?(?:cabinet|drawer|cupboard)|i had|"
        r"i could find|i had left|i could get)",
        firm=True,
    ),
    _r(
        "took_count",
        ATT,
        URGENT,
        r"\b(?:took|taken|swallowed|downed|ate|necked|popped|just took)\s+(?:like |about |"
        r"around |maybe |over |almost |nearly |at least |roughly |approx |approximately |"
        r"probably |another )?<NUM>\b(?!\s*(?:mg|mcg|ml|g\b|minutes|mins|min|hours|hrs|seconds|"
        r"secs|days|weeks|years|steps|percent|pounds|dollars|quid|photos|pictures|shots|times|"
        r"tries|attempts|people|kids|questions))\s+(?:of\s+)?(?:my\s+|the\s+|her\s+|his\s+|"
        r"mums\s+|dads\s+)?(?:\w+\s+)?<DRUG>",
        firm=True,
        unless=r"\b(?:pharmacy|chemist|disposal|with me|for the (?:trip|week|holiday)|org"
        r"ani[sz]er|dosette|delivered|prescribed)\b",
    ),
    _r(
        "cut_wrists",
        ATT,
        URGENT,
        r"\b(?:cut|slit|slashed|sliced|opened)\s+(?:my|both)\s+(?:wrists?|throat)\b(?!\s+open\b)",
        firm=True,
    ),
    # --- Self-harm (elevated) ------------------------------------------------------
    _r(
        "self_harm_reflexive",
        SH,
        ELEVATED,
        r"\b(?:cut|cutting|cuts|burn|burned|burnt|burning|hurt|hurting|harm|harmed|harming|"
        r"hit|hitting|punch|punched|punching|scratch|scratched|scratching|carve|carved|carving|"
        r"bite|bit|biting|starve|starved|starving|stab|stabbed|stabbing|slap|slapped|slapping|"
        r"choke|choking|bruise|bruised|bruising|mutilate|mutilated|mutilating|pinch|pinching|"
        r"beat|beating|beat up|beating up|injure|injured|injuring|punish|punishing|punished)\s+"
        r"myself\b",
    ),
    _r(
        "self_harm_body",
        SH,
        ELEVATED,
        r"\b(?:cut|cutting|burn|burned|burnt|burning|scratch|scratched|scratching|carve|carved|"
        r"carving|slice|sliced|slicing|bang|banged|banging|bash|bashed|bashing|slash|slashed|"
        r"slashing|"
        r"punch|punched|punching|pick|picked|picking|dig|digging|stab|stabbed|stabbing|"
        r"reopen|reopened|reopening|open up|opened up|rip|ripping|ripped|tear|tearing|tore|claw|"
        r"clawing|clawed|gouge|gouging|gouged)\s+(?:at\s+|into\s+)?my\s+"
        r"(?:<BODY>|head (?:against|on|into)(?! a brick wall)|face)\b",
    ),
    _r(
        "hit_head",
        SH,
        ELEVATED,
        r"\b(?:hit|hitting|hits)\s+my\s+(?:head|face|<BODY>)\s+(?:against|into|on) (?:the |a )?"
        r"(?:wall|floor|door|desk|mirror)\b(?!.{0,20}\b(?:by accident|accidentally))|"
        r"\b(?:hit|hitting|punch|punching|slap|slapping)\s+(?:myself|my (?:head|face))\s+"
        r"(?:until|so hard|on purpose|over and over)\b",
    ),
    _r(
        "carve_into",
        SH,
        ELEVATED,
        r"\b(?:carv\w+|scratch\w*|etch\w*|cut|wrote)\b.{0,30}\binto my (?:<BODY>)\b|"
        r"\b(?:burn\w*|cut|hit|scald\w*|scratch\w*|hurt|punch\w*) (?:myself|my \w+)\b.{0,30}\bon "
        r"purpose\b|\bknife\s+blood\b|\bblood\s+knife\b|\b(?:using|used|use|held|holding|hold|"
        r"press\w*)"
        r" (?:a |the |my )?(?:lighter|blade|razor|knife|scissors|compass|sharpener|glass|"
        r"cigarette|lit match) (?:on|to|against) my (?:<BODY>)\b",
    ),
    _r(
        "self_harm_word",
        SH,
        ELEVATED,
        r"\bself (?:harm|harming|harmed|injury|injure|injuring|injured|injurious|mutilation)\b"
        r"(?!\s+(?:scenes?|chapters?|bits|parts|storylines?|plot|content|warnings?|tw|cw|"
        r"(?:recovery |support |peer )?groups?|awareness|charity|training|module|research|"
        r"forum|policy|policies|leaflets?))",
    ),
    _r(
        "urge_to_cut",
        SH,
        ELEVATED,
        r"\b(?:urge|urges|urging|want|wanted|wanting|need|needing|tempted|itching|craving|"
        r"crave|dying)\s+(?:so\s+badly\s+|really\s+badly\s+|so\s+bad\s+|badly\s+)?(?:is\s+|are\s+)?"
        r"(?:to\s+)?(?:cut|self harm|hurt myself|harm myself|burn myself|hurt my body|bleed)\b"
        r"(?! (?:my|the|her|his|some|a) (?:\w+ )?(?:hair|fringe|bangs|nails|grass|hedge|losses|"
        r"hours|"
        r"cake|ties|costs|sugar|carbs|bread|wood|paper|fabric)| back| down| out| ties| it\b|"
        r" them\b)|"
        r"\btook out (?:my|the) (?:blade|razor|blades|razors)\b",
    ),
    _r(
        "cut_again",
        SH,
        ELEVATED,
        r"\bkeep (?:cutting|burning|hurting)(?: myself)?\b(?! (?:the|my hair|back|down|costs|"
        r"corners))|"
        r"\b(?:i|ive|i have|and)\s+(?:been\s+|started\s+|just\s+|keep\s+|kept\s+)?(?:cut|cutting|"
        r"burned|burning)"
        r"(?:\s+again|\s+last night|\s+today|\s+yesterday|\s+tonight|\s+this morning|\s+deep|"
        r"\s+deeper|\s+every (?:day|night)|\s+a lot|\s*(?:$|[.,;!?]))|\bcut again\b|"
        r"^(?:just |so i |and )?cut (?:again|myself|last night|today|tonight|deep)\b|"
        r"\bcut (?:again )?for the first time in\b",
        unless=r"\bcut again (?:on|to) (?:the|our|its|their) (?:budget|funding|hours|"
        r"prices?|rates?|"
        r"staff|grant)\b|\b(?:power|hair|price|budget|water|rate|funding|hours)s? cut again\b",
    ),
    _r(
        "cuts_scars",
        SH,
        ELEVATED,
        r"\b(?:fresh|new|deep|my|the)\s+(?:cuts|wounds|burns)\b(?!\s+(?:to|in)\s+(?:the\s+)?"
        r"(?:budget|funding|hours|pay|staff|services))|\bfresh scars\b|"
        r"\bscars are (?:still )?(?:fresh|new|open|bleeding|raw)\b",
    ),
    _r(
        "relapse_sh",
        SH,
        ELEVATED,
        r"\brelaps\w*\b.{0,40}\b(?:cut|cutting|self harm|burn\w*)\b|"
        r"\b(?:cut|cutting|self harm\w*)\b.{0,30}\b(?:days|months|weeks|years) clean\b|"
        r"\brelapsed after \w+ (?:days|weeks|months) clean\b|"
        r"\bcut (?:again )?after \w+ (?:days|weeks|months|years) (?:clean|free)\b",
    ),
    _r(
        "cuts_care",
        SH,
        ELEVATED,
        r"\b(?:hide|hiding|cover|covering|clean|cleaning|bandage|bandaging|stitch)\w* (?:up )?"
        r"(?:my |the |these )?(?:cuts|burns|scars|wounds)\b|\bcuts (?:that are|are|were) (?:\w+ )?"
        r"(?:deep|bleeding|infected|open)\b|\b(?:cuts|burns) (?:on|in) my\b|"
        r"\b(?:bit|bite|biting|scratched|scratching|dug|digging|pinched|pinching|hit|hitting|"
        r"claw\w*|"
        r"tear\w*|tore|rip\w*)\s+"
        r"(?:\w+\s+){0,4}?(?:my|myself)\b.{0,30}\b(?:until|till) (?:it|they|i) (?:bled|bleed|"
        r"bleeds|"
        r"bruised|bruise|broke|burned|hurt)\b|\brelapsed(?! on (?:alcohol|drink\w*|drugs|weed|"
        r"smoking|vaping|cigarettes|gambling|porn|"
        r"sugar|coke|cocaine|heroin|booze|pills))(?: \w+){0,2} after \w+ (?:days|weeks|months|"
        r"years)\b",
    ),
    _r(
        "sh_urges",
        SH,
        ELEVATED,
        r"\b(?:clean from|clean of|free from|stopped) (?:cutting|self harm\w*|burning)\b.{0,60}\b"
        r"(?:urges?|craving|pull)\b.{0,20}\b(?:bad|strong|unbearable|back|hard|loud|"
        r"overwhelming)\b|"
        r"\b(?:cutting|self harm\w*) urges?\b.{0,20}\b(?:bad|strong|unbearable|back|loud)\b",
    ),
    _r(
        "sh_more",
        SH,
        ELEVATED,
        r"\bpull\w* (?:my )?hair out (?:in clumps|until|so hard|again)\b|\b(?:stubbed|put|pressed|"
        r"held) (?:a |my |the )?(?:cigarette|fag|lighter|match|iron)\b.{0,15}\b(?:out )?(?:on|to|"
        r"against) my (?:<BODY>|hand|skin)\b|\b(?:i|ive|i have)\s+(?:been\s+)?cutting\b(?! (?:back|"
        r"down|out|costs|corners|carbs|sugar|calories|the|my hair|hair|ties|class|it|them|people|"
        r"for|"
        r"in|off|up|onions|wood|fabric|paper|my own hair|grass))",
    ),
    _r(
        "picking_scars",
        SH,
        ELEVATED,
        r"\bpick\w* (?:at )?my (?:scars|scabs|skin|wounds)\b.{0,30}\b(?:bleed|bled|open|raw)",
    ),
    _r(
        "wall_punch",
        SH,
        ELEVATED,
        r"\bpunch\w* (?:the |a )?walls?\b.{0,40}\b(?:bled|bleed|bleeding|broke|bruised|split)",
    ),
    # --- Harm to others ------------------------------------------------------------
    _r(
        "harm_intent",
        HARM,
        URGENT,
        r"(?<!was )(?<!were )\b(?:going to|about to|planning to|plan to|ready to|ill|i will|i swea"
        r"r ill|"
        r"im gonna|gonna|want to go)\s+(?:\w+\s+){0,6}?(?:kill|murder|stab|shoot|strangle|"
        r"poison|"
        r"run over|"
        r"hurt|beat|attack|smash|batter|knife|cut)\s+<TARGET>(?!\s+(?:with kindness|out))|"
        r"\b(?:going to|gonna|ill|i will|about to)\s+run\s+(?:\w+\s+){1,4}?off the road\b|"
        r"\b(?:going to|gonna|ill|i will|about to)\s+make (?:him|her|them|my \w+) (?:suffer|"
        r"bleed)\b|"
        r"\b(?:going to|gonna|ill|i will|about to)\s+(?:\w+\s+){0,3}?(?:break (?:his|her|their) "
        r"(?:legs|arms|neck|face|jaw|nose|skull)|beat (?:him|her|them) (?:up|to death))\b|"
        r"\b(?:going to|gonna|ill|will|about to)\s+hurt (?:myself (?:or|and) )?(?:someone|somebody|"
        r"people|anyone)(?: else)?\b|"
        r"\b(?:going to|gonna|ill|will)\s+shoot up\s+(?:my|the|a|our)\s+(?:school|office|work|"
        r"workplace|church|mall|class|college|uni)\b|"
        r"\bburn (?:his|her|their|the) (?:house|flat|place|car|apartment) down\b.{0,20}"
        r"\b(?:with (?:him|her|them) in(?:side)?|in it)|"
        r"\b(?:use it|it) on (?:him|her|them)\b|"
        r"\b(?:bringing|bring|taking|take|carrying|carry|sneaking|sneak)\s+(?:a|the|my|his|her|"
        r"dads|my dads)\s+(?:\w+\s+)?<HARMTOOL>\s+(?:in)?to\s+(?:school|work|class|college|uni|"
        r"the office|church|his|her|their)\b",
        firm=True,
        unless=r"\b(?:cut the (?:\w+ )?cake|birthday cake|at (?:the )?(?:quiz|chess|darts|fifa|"
        r"scrabble|monopoly))\b|<TOY_GUN>|<SPORT_GAME>|<TOOL_JOB>",
    ),
    _r(
        "harm_means",
        HARM,
        URGENT,
        r"\b(?:got|have|ive got|bought|grabbed|grab|get|getting|took|taking|brought|bring|"
        r"carrying|hidden|hid|sharpened|sharpening|loaded)\s+(?:\w+\s+){0,3}?<WEAPON>\b"
        r"(?!\s+(?:cleaning|kit|safe|cabinet|licen[cs]e|club|range|course|show|rack)\b).{0,60}"
        r"\b(?:use it on|on him|on her|on them|for him|for her|go round|go over|his place|"
        r"her place|their place|kill|stab|shoot|hurt|when he|when she|make \w+ pay|he comes|"
        r"she comes|when i see (?:him|her|them)|im using it|ill use it|going to use it)",
        firm=True,
        unless=r"<TOY_GUN>|<SPORT_GAME>|<TOOL_JOB>",
    ),
    _r(
        "harm_urge",
        HARM,
        ELEVATED,
        r"\b(?:thoughts?|urges?|urge|fantasy|fantasies|fantasi[sz]e|fantasi[sz]ing|images?|"
        r"pictures|"
        r"visions|flashes|imagine|"
        r"imagining|"
        r"thinking|think|want|wanted|wanting|feel like|tempted|scared ill|afraid ill|"
        r"worried ill|terrified ill|might|could)\s+(?:\w+\s+){0,2}?(?:about\s+|of\s+|to\s+)?"
        r"<HARMVERB>\s+<TARGET>(?!\s+(?:with kindness|feelings))|"
        r"\b(?:smash|punch|break)\s+(?:his|her|their)\s+(?:face|head|teeth|skull)\b|"
        r"\bmake (?:him|her|them|my \w+) pay\b|\bget (?:back at|revenge on) (?:him|her|them|"
        r"my \w+)\b|"
        r"\brun(?:ning)? (?:him|her|them|my \w+) over\b|\b(?:violent|homicidal|murderous|"
        r"graphic)\s+"
        r"(?:thoughts|urges|fantasies|images|dreams)\s+(?:about|of|towards|toward)\s+<TARGET>|"
        r"\bim (?:feeling )?homicidal\b|\bwant (?:him|her|them|my \w+) (?:dead|to die|gone for "
        r"good)\b|"
        r"\b(?:fantas\w+|thoughts?|urges?|dreams?) (?:about|of) "
        r"shooting up (?:my|the|a|our) (?:school|workplace|office|work|class|church|mall|"
        r"college)\b",
        unless=r"\b(?:parkrun|relay|sprint|at (?:the )?(?:quiz|chess|darts|fifa|scrabble|"
        r"monopoly))\b|^(?!.*\b(?:kill\w*|hurt\w*|harm\w*|stab\w*|smash\w*|punch\w*|beat\w*|dead|"
        r"die|strangl\w*|violent|shoot\w*|batter\w*|break (?:his|her|their)|face "
        r"in)\b).*\b(?:small claims|tribunal|court|solicitors?|ombudsman|deposit back|refund|"
        r"invoice)\b",
    ),
    # --- In danger from someone else -----------------------------------------------
    _r(
        "abuser_at_door",
        DANGER,
        URGENT,
        r"\b<ABUSER>(?:s| is)?\s+(?:\w+\s+){0,3}?(?:at|outside|banging on|pounding on|hammering on|"
        r"kicking|kicking in|breaking|breaking down|trying to (?:get in|break in|open|get into)|"
        r"broke into|broken into|breaking into|got into|is in|inside)\s+(?:the |my |our )?"
        r"(?:door|front door|back door|house|flat|apartment|window|room|building|bedroom)\b",
        firm=True,
        past_needs_recency=True,
        unless=r"\b(?:pick (?:me|us) up|picking (?:me|us) up|give (?:me|us) a lift|taxi|uber|for "
        r"work|for school)\b"
        r"|\b(?:probably|just|only|its|must be|prob) (?:the |my |our "
        r")?(?:courier|delivery|amazon|dpd|evri|hermes|royal mail|postman|parcel|"
        r"pizza|takeaway|deliveroo|plumber|electrician)\b|\bwith (?:the|my|a|our) "
        r"(?:pizza|parcel|takeaway|food|shopping)\b|\b(?:canvassing|selling \w+|"
        r"silent retreat)\b",
    ),
    _r(
        "break_in",
        DANGER,
        URGENT,
        r"\b<ABUSER>(?:s| is)?\s+(?:\w+\s+)?(?:trying to (?:break|get|force (?:his|her|"
        r"their) way) in|"
        r"breaking in|broke in|broken in|forcing the door|kicking the door in|broke (?:my|the|our) "
        r"(?:door|window|front door)(?: down| in)?|kicked (?:my|the|our) (?:front )?door (?:in|"
        r"down))\b",
        firm=True,
    ),
    _r(
        "abuser_armed",
        DANGER,
        URGENT,
        r"\b<ABUSER>(?:s| is| has| hes)?\s+(?:\w+\s+){0,3}?(?:has|got|holding|pulled|pointing|"
        r"waving|with)\s+(?:a |the |his |her )?(?:knife|gun|weapon|bat|axe|hammer)\b",
        firm=True,
        past_needs_recency=True,
        unless=r"\bknife and fork\b|^(?!.*\b(?:kill|hurt|threat\w*|scared|terrified|scream\w*|"
        r"shout\w*|chas\w*|smash\w*|wont let me|lock\w* (?:me|myself|the door)|hiding|hide|drunk|"
        r"coming (?:for|at) me|at me|pointing at|swing\w* (?:it|at)|help me)\b).*\b(?:paintball|"
        r"airsoft|nerf|cookery|cooking class|logs|fire pit|firewood|hang the pictures|knife set)\b",
    ),
    _r(
        "being_attacked",
        DANGER,
        URGENT,
        r"\b(?:hes|shes|theyre|he is|she is|they are|someone is|somebody is|a man is|"
        r"a guy is|my (?!boss|teacher|manager|coach|lecturer|tutor|teachers)\w+ is)\s+"
        r"(?:(?!been\b|started\b)\w+\s+){0,2}?(?:choking|strangling|hitting|beating|hurting|"
        r"attacking|kicking|stabbing|threatening|chasing me (?:right now|now)|following me "
        r"(?:right now|now|home)|going to (?:kill|hurt|"
        r"shoot|stab|beat|attack|finish|end)|trying to (?:kill|hurt|get))\s+(?:me|us|all of us)\b"
        # "my mum is going to kill me when she sees this" is an idiom.
        r"(?!\s+(?:when|if|once) (?:he|she|they|it|my \w+) (?:sees?|finds? out|hears?|notices?|"
        r"realises?|realizes?|reads?|gets? the bill|knows?|looks?|checks?|discovers?))"
        r"(?!.{0,40}\b(?:forgot|forget|late again|when (?:he|she|they) (?:sees?|finds?|hears?)|"
        r"finds? out|lol|haha|because i|cos i|i (?:broke|lost|forgot|crashed|spilled|dented|ruined|"
        r"failed|missed|ate|used|took|scratched|wrecked)))|"
        r"\b(?:going to|gonna|threaten\w* to|says? (?:hes|shes|he will|she will|hell|shell) "
        r"(?:going to )?)(?:crash|drive|wreck) (?:the|his|her|our) car\b.{0,25}\bwith (?:me|us) "
        r"in\b|"
        r"\b(?:someone|somebody|a man|a guy|a car) (?:is )?following me\b|"
        r"\b(?:he|she|they|<ABUSER>) just (?:hit|punched|kicked|slapped|choked|strangled|"
        r"attacked|stabbed|threatened|pushed|grabbed|raped|assaulted) me\b",
        firm=True,
        unless=r"\b(?:on (?:instagram|insta|tiktok|twitter|linkedin|facebook|youtube|"
        r"twitch|strava|social media|socials))\b|\bwith (?:kisses|cuddles|"
        r"hugs|questions|cushions?|a (?:plastic|toy|foam|nerf) \w+)\b",
    ),
    _r(
        "hiding_now",
        DANGER,
        URGENT,
        r"(?:^|\b(?:im|i am|ive|i have)\s+)(?:\w+\s+)?(?:locked|hiding|barricaded|hid|locked "
        r"myself)\s+"
        r"(?:myself\s+)?in\s+(?:the |my |a )?(?:staff |work |spare |back |downstairs |upstairs )?"
        r"(?:bathroom|bedroom|room|closet|car|wardrobe|toilets?|loos?|cupboard|basement)\b",
        firm=True,
        unless=r"\b(?:handle broke|lock (?:broke|jammed)|mins? of peace|send snacks|from "
        r"(?:the |my )?(?:in laws|retirement speech|speech|small talk|washing "
        r"up))\b",
    ),
    _r(
        "held_down",
        DANGER,
        URGENT,
        r"\b(?:hes|shes|theyre|he is|she is|someone is) (?:\w+ )?(?:holding|pinning) me down\b|"
        r"\b(?:hes|shes|he is|she is) (?:sitting|kneeling|on top of) (?:on )?me\b",
        firm=True,
    ),
    _r(
        "help_now",
        DANGER,
        URGENT,
        r"\b(?:please |someone |somebody )?send (?:help|someone|the police)\b|"
        r"\b(?:hes|shes|theyre|he is|she is) (?:in the next room|downstairs|upstairs|outside|here|"
        r"home|back|on (?:his|her|their) way)\b|\bcoming up the stairs\b|"
        r"\b(?:please|someone|somebody)\s+(?:help|call (?:the police|911|999|112|000|someone|"
        r"for help|an ambulance|the cops))\b|\bi need help (?:now|right now)\b|"
        r"\bcall (?:the police|911|999|112)\b",
        firm=True,
        weak="help",
    ),
    _r(
        "abuse_ongoing",
        DANGER,
        ELEVATED,
        r"\b<ABUSER>\s+(?:still |always |often |keeps |constantly |sometimes |regularly |"
        r"usually |also |even )?(?:hits|beats|chokes|strangles|kicks|slaps|punches|rapes|"
        r"threatens|hurts|abuses|locks|pushes|shoves|throws (?:things|stuff|\w+) at|screams at|"
        r"assaults|controls|stalks|follows|tracks|chokes)\s+(?:me|us|my \w+ and me|"
        r"me and my \w+)\b|"
        r"\blive (?:with|in the same house as) (?:my )?(?:abuser|rapist)\b|\b(?:cant|cannot|"
        r"unable to|too scared to|afraid to) leave (?:him|her|them|my (?:husband|wife|partner|"
        r"boyfriend|girlfriend|abuser))\b",
    ),
    _r(
        "abuse_progressive",
        DANGER,
        ELEVATED,
        r"\b(?:<ABUSER>\s+)?(?:has been|have been|hes been|shes been|theyve been|been|keeps|"
        r"kept|has started|started|starts|has begun)\s+"
        r"(?:\w+\s+)?(?:hitting|beating|choking|strangling|hurting|abusing|threatening|pushing|"
        r"raping|kicking|slapping|punching|hurting|stalking|following|shoving|attacking)\s+(?:me|"
        r"us)\b",
        unless=r"\bwith (?:cushions?|kisses|a (?:balloon|toy|foam) "
        r"\w*)\b",
    ),
    _r(
        "abuse_night",
        DANGER,
        ELEVATED,
        r"\b<ABUSER>\s+(?:still |keeps |always |often |sometimes )?(?:comes?|coming|sneaks?|"
        r"sneaking|gets?|getting|climbs?|climbing) (?:into|in) (?:my )?(?:room|bed|bedroom)\b|"
        r"\b<ABUSER>\s+(?:still |keeps |always |often |sometimes )?(?:touches|touching|"
        r"makes me do|forces me|forcing me)\b",
    ),
    _r(
        "abuse_recent",
        DANGER,
        ELEVATED,
        r"\b<ABUSER>\s+<NG>{0,2}?(?:hit|beat|choked|strangled|kicked|slapped|punched|"
        r"raped|threatened|hurt|attacked|pushed|shoved|threw (?:a |the |his |her )?\w+ at|"
        r"locked|assaulted|grabbed|dragged|kicked)\s+(?:me|us)\b|\b<ABUSER>\s+(?:\w+\s+){0,2}?"
        r"(?:threw|pushed|shoved|slammed|dragged) me (?:into|against|down|across|out|to the)\b|"
        r"\b<ABUSER>\s+<NG>{0,2}?(?:broke|fractured|cracked) (?:\w+ of )?my (?:ribs?|arm|wrist|"
        r"nose|"
        r"jaw|fingers?)\b|"
        r"\b<ABUSER>\s+<NG>{0,2}?(?:slammed|smashed|banged|hit) my (?:head|face)\b|"
        r"\b<ABUSER>\s+<NG>{0,2}?(?:broke|fractured|"
        r"cracked|bruised|split) my (?:arm|wrist|nose|ribs?|jaw|lip|finger|hand|leg|tooth|teeth)\b",
        past_needs_recency=True,
        unless=r"\b(?:me|us) \d+ (?:\d+|nil)\b|\bon penalties\b",
    ),
    _r(
        "threat_to_me",
        DANGER,
        ELEVATED,
        r"\b(?:threaten\w*|said|says|saying|told me|tells me|keeps saying)\s+(?:that\s+)?"
        r"(?:hed|he would|he will|hell|shed|she would|shell|she will|theyd|they will|theyll|to|"
        r"hes going to|shes going to)\s+(?:kill|hurt|shoot|stab|beat|murder|finish|end|"
        r"take the kids from)\s+"
        r"(?:me|us)\b|\bif i (?:ever )?(?:try to )?(?:leave|tell|go|call)\b.{0,25}\b(?:hell|shell|"
        r"he will|"
        r"she will|theyll|he would|hed|shed|theyd|hes going to)\s+(?:kill|hurt|find|shoot)\b.{0,20}"
        r"\bme\b",
        unless=r"<SPOILER>",
    ),
    _r(
        "strangled_recent",
        DANGER,
        URGENT,
        # Strangulation is the sharpest predictor of lethal violence; within a day, urgent.
        r"\b<ABUSER>\s+<NG>{0,2}?(?:strangled|choked|suffocated|smothered)\s+me\b"
        r"(?=.{0,40}\b(?:last night|tonight|today|this morning|an hour ago|earlier)\b)|"
        r"\b(?:last night|tonight|today|this morning|earlier)\b.{0,30}\b<ABUSER>\s+(?:\w+\s+){0,2}?"
        r"(?:strangled|choked|suffocated|smothered)\s+me\b",
        firm=True,
    ),
    _r(
        "control",
        DANGER,
        ELEVATED,
        r"\b(?:wont|doesnt|will not|does not|never) let me (?:leave|go out|out of the house|"
        r"see (?:my|anyone)|"
        r"have (?:money|my phone|a phone)|talk to)\b|\b(?:takes?|took|taking|hides?|"
        r"hid) my (?:keys|"
        r"car keys|phone|money|passport|bank card|id)\b.{0,30}\b(?:every|so i cant|always|again|"
        r"when)\b",
    ),
    _r(
        "stalked",
        DANGER,
        ELEVATED,
        r"\b<ABUSER>\s+<NG>{0,2}?(?:following|stalking|watching|tracking|following me to) me\b"
        r"(?!\s+(?:play|playing|cook|cooking|bake|baking|dance|dancing|like (?:a )?hawks?|"
        r"(?:now )?when i (?:make|cook|bake)))|"
        r"\b<ABUSER>\s+<NG>{0,2}?(?:locked|has locked|keeps locking) me in\b",
        unless=r"\b(?:on (?:instagram|insta|tiktok|twitter|linkedin|facebook|youtube|"
        r"twitch|strava|social media|socials))\b",
    ),
    _r(
        "drive_off",
        DANGER,
        URGENT,
        r"\b(?:hes|shes|he is|she is|says (?:hes|shes|he will|she will|hell|shell)|threaten\w*) "
        r"(?:going )?(?:to )?(?:drive|crash|go|swerve) (?:off|into|over) (?:a|the) (?:cliff|"
        r"bridge|river|"
        r"wall|tree|lake|sea|motorway)\b",
        firm=True,
    ),
    _r(
        "coming_to_harm",
        DANGER,
        URGENT,
        r"\b(?:coming|on (?:his|her|their) way|driving|heading) (?:round |over |here |back )?to "
        r"(?:kill|hurt|get|beat|shoot|stab) me\b|\bfollowing (?:my car|my bus|me home)\b.{0,15}"
        r"\b(?:right now|now)\b",
        firm=True,
    ),
    _r(
        "approaching",
        DANGER,
        URGENT,
        r"\b(?:hear|heard|see|can hear|can see) (?:him|her|them) (?:coming|on the stairs|"
        r"at the door|"
        r"outside|downstairs)\b.{0,40}\b(?:angry|drunk|furious|screaming|yelling|shouting|rage|"
        r"scared|kill|knife|gun)\b",
        firm=True,
    ),
    _r(
        "threat_wide",
        DANGER,
        ELEVATED,
        r"\bthreaten\w*\b.{0,30}\b(?:kill|hurt|shoot|stab|beat|murder) (?:me|us)\b|"
        r"\b(?:hes|shes|theyre|he is|she is|they are) coming (?:for|after) me\b",
        unless=r"<SPOILER>",
    ),
    _r(
        "confined",
        DANGER,
        URGENT,
        r"\b<ABUSER>\s+(?:has |hes )?(?:got|has) me locked (?:in|up)\b|\b<ABUSER>\s+just "
        r"locked me in\b",
        firm=True,
    ),
    _r(
        "attacking_family",
        DANGER,
        URGENT,
        r"\b(?:hes|shes|theyre|he is|she is|they are|someone is|my \w+ is)\s+(?:\w+\s+)?(?:hitting|"
        r"attacking|beating|hurting|strangling|choking|stabbing) my (?:mum|mom|dad|sister|brother|"
        r"kids|"
        r"children|baby|son|daughter)\b",
        firm=True,
    ),
    _r(
        "fear_what_he_might_do",
        DANGER,
        ELEVATED,
        r"\b(?:scared|afraid|terrified|frightened)\b.{0,40}\bwhat (?:he|she|they) (?:might|will|"
        r"could|"
        r"would) do\b",
    ),
    _r(
        "fear_for_life",
        DANGER,
        ELEVATED,
        r"\b(?:scared|afraid|fear|fearing|terrified|worried) for my (?:life|safety)\b|"
        r"\bcalled the (?:police|cops) on (?:him|her|them|my \w+)\b",
        unless=r"\b(?:theme park|turbulence)\b",
    ),
    _r(
        "unsafe_home",
        DANGER,
        ELEVATED,
        r"\b(?:dont|do not|never)\s+feel safe\s+(?:at home|in my (?:own )?(?:house|home|flat|"
        r"apartment|room)|with (?:him|her|them|my \w+)|around (?:him|her|them)|here)\b|"
        r"\bim not safe (?:at home|here|with (?:him|her|them|my \w+))\b|"
        r"\b(?:scared|afraid|terrified|frightened)\s+(?:to go home|of going home|"
        r"(?:of|that) (?:my )?(?:husband|wife|partner|boyfriend|girlfriend|dad|father|mum|"
        r"mother|stepdad|stepfather|ex)\b|(?:hell|shell|he will|she will) (?:kill|hurt) me)|"
        r"\b(?:is|are) still (?:abusive|violent)\b|\bstill (?:abusing|hitting|hurting) me\b|"
        r"\blocks me (?:in|out)\b",
    ),
    # --- Broad families added after the fr4 set was inspected (see docs/safety.md) ----
    # Each is a family of phrasings, not one sentence; plan-like ones are firm.
    _r(
        "fam_not_around",
        PLAN,
        URGENT,
        # "I won't be around much longer", "not going to be here by the time you read this".
        r"\b(?:i )?(?:wont|will not|aint|am not|im not|not) (?:going to |gonna )?be (?:here|around|"
        r"alive|a (?:problem|burden|bother)(?: (?:for|to|on) \w+)?)\b(?: \w+){0,2}? (?:much longer"
        r"|for much longer|for long|any longer|by the time|"
        r"after (?:tonight|today|this weekend|tomorrow)|next (?:week|month|year)|by (?:tomorrow|"
        r"the morning|monday|next week|the weekend))\b",
        firm=True,
        unless=r"\b(?:holiday|on leave|conference|course|festival|on nights|business trip|annual "
        r"leave)\b"
        r"|\b(?:wedding|popping in|party|retreat|(?:school|camping|fishing|ski|"
        r"skiing|road|day) trip|staying (?:at|with)|night team|"
        r"(?:were|we are) off to)\b",
    ),
    _r(
        "fam_finality_timing",
        PLAN,
        URGENT,
        # A time set beside an ending: "tonights the night" with goodbyes, "the plan is tonight".
        r"\bthe plan is (?:for )?(?:tonight|tomorrow|this weekend|set|on \w+day|happening|"
        r"soon)\s*(?:$|[.!,])|\b(?:ive|i have|ive got|i got|got) (?:a plan|the means|a date)(?:,| "
        r"and)? "
        r"(?:\w+ ){0,2}?(?:a date|the means|a time|a day|a place|the method)\b|"
        r"\bby the time (?:you|anyone|someone|they) (?:read|reads|see|sees|find|finds) this\b"
        r"(?!<LANDED>)|"
        r"\b(?:(?:tonight|today|tomorrow|this weekend)(?: is|s) the (?:night|day)|the (?:night|day)"
        r" is (?:tonight|today|tomorrow))\b.{0,60}\b(?:goodbyes?|notes?|letters?|ready|sorry|"
        r"love you|forgive me|wont be|for good)\b|"
        r"\b(?:goodbyes?|notes?|letters?|sorry|forgive me)\b.{0,60}\b(?:tonight|today|tomorrow|"
        r"this weekend)(?: is|s) the (?:night|day)\b",
        firm=True,
    ),
    _r(
        "fam_tonight_weak",
        PLAN,
        URGENT,
        r"\bthis is (?:my )?(?:last|final) (?:post|message|goodbye|note|entry|check in)\b|"
        r"\b(?:written|wrote|writing|left) (?:the |my )?(?:letters|notes) (?:to|for) "
        r"(?:everyone|each of you)\b|\bnotes? (?:to|for) everyone\b",
        firm=True,
        weak="prep",
    ),
    _r(
        "fam_acquire_means",
        PLAN,
        URGENT,
        # Acquisition of a quantity, hidden: "bought paracetamol from different shops".
        r"\b(?:bought|buying|buy|got|getting|collected|collecting|stockpil\w*|hoard\w*|stash\w*|"
        r"saving|saved|counted|counting)\b.{0,40}\b<DRUG>\b.{0,60}\b(?:different|several|"
        r"multiple|separate) (?:shops|pharmacies|chemists|stores|places|doctors)\b|"
        r"\b<DRUG>\b.{0,60}\bso (?:nobody|no one|noone) (?:would|will|could) (?:notice|know|ask|"
        r"suspect|find out)\b|\b(?:stockpil\w*|hoard\w*|stash\w*)\b.{0,30}\b<DRUG>\b|"
        r"\b<DRUG>\b.{0,30}\b(?:should|will|would) be (?:plenty|enough)\b",
        firm=True,
        unless=r"\b(?:(?:chemist|pharmacy|shops?) (?:always )?runs? out|shortage)\b",
    ),
    _r(
        "fam_method_search",
        PLAN,
        URGENT,
        # Looking up means or lethality: "I looked up how many it takes".
        r"\b(?:looked up|look up|looking up|googled|googling|google|searched|searching|"
        r"researched|researching|read up on|reading up on|checked|checking|worked out|"
        r"figuring out|figured out|calculat\w*)\b.{0,40}\b(?:how many (?:\w+ )?(?:it takes|"
        r"(?:it )?would (?:take|do it|kill)|to take|youd need|i would need|i need|is fatal|"
        r"is lethal|to die|to od)|lethal (?:dose|amount)|fatal (?:dose|amount)|"
        r"(?:how|what) (?:much|many) (?:\w+ )?(?:is|would be) (?:lethal|fatal|deadly|too much)|"
        r"how (?:long|fast) (?:it )?(?:takes )?to (?:die|bleed out|drown|suffocate|hang)|"
        r"bleed(?:ing)? out|painless (?:way|ways|death|method)|how to (?:die|kill myself|hang|"
        r"tie a noose|end it|od|overdose)|(?:highest|tallest) (?:bridges?|buildings?)|"
        r"how (?:high|far) (?:\w+ ){0,3}(?:to die|is fatal|would kill)|"
        r"<DRUG>\b.{0,25}\b(?:lethal|fatal|deadly|kill (?:you|someone|a person)))\b",
        firm=True,
        unless=r"<HARMLESS_DOSE>",
    ),
    _r(
        "fam_swallowed_all",
        ATT,
        URGENT,
        # "swallowed every tablet I had", "took the whole packet", "everything in the cabinet".
        # A container or "all my" counts when a medicine follows (or the clause ends there):
        # not "took the whole packet of biscuits", "took all my exams".
        r"\b(?:swallowed|took|downed|necked|chugged)\s+(?:(?:every|all (?:of )?(?:my|the)|the "
        r"whole (?:bottle|packet|pack|box|strip|lot)|a whole (?:bottle|packet|pack|box)|(?:a|two|"
        r"three) (?:bottles?|packets?|packs?|boxes) of)\b(?! (?:day|morning|night|"
        r"week))(?!(?:\s+\w+){0,4}\s+to the (?:tip|dump|charity shop|recycling|car boot|skip|vet|"
        r"garage|menders|cleaners)\b)(?!<NOT_MEDICINE>)|everything (?:in|from) (?:the|my) "
        r"(?:medicine |bathroom )?(?:cabinet|cupboard|drawer)\b)",
        firm=True,
    ),
    _r(
        "fam_place_intent",
        PLAN,
        URGENT,
        # At a height or an edge, with intent: "on the top floor of the car park and going to jump".
        r"\b(?:im|i am|sitting|standing|stood|here)\b.{0,20}\b(?:on|at|up|in)\b.{0,15}\b(?:top "
        r"floor|roof|rooftop|edge|ledge|bridge|cliffs?|platform|balcony|car park|overpass|tracks)"
        r"\b.{0,60}\b(?:going to|gonna|about to|ill|will|want to|ready to) (?:jump|do it|let go|"
        r"step off|go over|end it)\s*(?:$|[.!,]|now|tonight|today)",
        firm=True,
    ),
    _r(
        "fam_dont_want_live",
        P,
        ELEVATED,
        # Negation is part of the wish: "I don't want to live anymore", "dont want to go on".
        r"\b(?:i )?(?:dont|dnt|do not|didnt|no longer|dont really|really dont) (?:really )?"
        r"(?:want|wanna|wish) to (?:(?:live|be alive|exist|keep living|stay alive)\b"
        r"(?! (?:in|with|at|there|near|on|like that|through|by|under|together)\b)|"
        r"(?:keep going|go on|carry on|keep fighting)(?=\s*(?:$|[.!,]|anymore|any more|without|"
        r"like this|much longer)))",
    ),
    _r(
        "fam_tired_of_living",
        P,
        ELEVATED,
        r"\b(?:tired|exhausted|sick|weary|worn out)\b (?:\w+ )?(?:of|from) (?:being alive|"
        r"existing(?=\s*(?:$|[.!,]|anymore))|"
        r"staying alive|(?:fighting|trying|having) to (?:stay alive|live|keep living|exist)|"
        r"being (?:here|a person)|waking up every day|living(?=\s*(?:$|[.!,]|anymore))|"
        r"life(?=\s*(?:$|[.!,]|itself|anymore)))",
    ),
    _r(
        "fam_never_get_up",
        P,
        ELEVATED,
        r"\b(?:lie|lay|go|fall|curl up) (?:down |to sleep |asleep )?and (?:just )?(?:never|not) "
        r"(?:get|wake|come) (?:up|back)(?: again)?\b|"
        r"\b(?:hope|pray|wish|praying|hoping)\b.{0,25}\b(?:i )?(?:dont|wont|never) (?:ever )?wake "
        r"up\b(?! (?:late|early|too|in time|with|at|before|feeling|until|sick))",
    ),
    _r(
        "fam_envy_dead",
        P,
        ELEVATED,
        # Envying the dead: "why them and not me", "trade places with anyone in a coffin".
        r"\b(?:jealous|envious|envy)\b.{0,40}\b(?:died|dead|dies|dying|death|funeral|coffin|grave)"
        r"\b|\b(?:trade|swap|switch) places with (?:\w+ ){0,4}(?:in (?:a|the|their) (?:coffin|"
        r"grave)|dead|who died|whos dying)\b|\bwhy (?:them|him|her) and not me\b",
    ),
    _r(
        "fam_burden",
        P,
        ELEVATED,
        # "everyone would be better off", "they'd be happier if I wasn't in the picture".
        r"\b(?:everyone|everybody|the world|my (?:family|kids|children|partner|husband|wife|"
        r"parents|friends)|they(?: all)?|people)(?: would| will|d|ll)? be (?:so |much |a lot |way |"
        r"far )*(?:better off|happier|fine|relieved)(?: (?:without me|if i (?:\w+ )?(?:wasnt|weren"
        r"t|"
        r"was gone|were gone|died|disappeared|left for good|wasnt around|wasnt here|"
        r"was not))|\s*(?=$|[.!]))|\b(?:deserve|deserves)\b.{0,40}\bthan me\b.{0,30}\b(?:isnt|"
        r"wasnt|not) (?:here|around|alive)\b",
    ),
    _r(
        "fam_reasons_die",
        A,
        ELEVATED,
        r"\breasons? (?:why )?(?:i should |to )(?:die|kill myself|end it|not be here|not live)\b|"
        r"\b(?:think|thinking|thought) (?:about|of) (?:swerving|veering|driving|steering|crashing)"
        r" (?:\w+ )?(?:off|into|in front of)\b|\bexhausted (?:from|of) being alive\b",
    ),
    _r(
        "fam_prep_weak",
        PLAN,
        URGENT,
        # Quiet preparation and farewell cues: each alone is ordinary (see screen.combine).
        r"\b(?:waiting|wait) (?:for|until|till) (?:the house|the flat|everyone|them|my \w+) "
        r"(?:to )?(?:is |are )?(?:be empty|empty|leave|leaves|go to sleep|goes to sleep|be asleep|"
        r"asleep|be out|is out|are out|gone)\b|\b(?:ive got|i have|got|have) everything i need"
        r"(?: now)?\s*(?:$|[.!,])|\bwhere (?:no one|nobody|noone) (?:will|would|can|could|is going "
        r"to) (?:ever )?find me\b|\b(?:thank you|thanks) for everything\b|"
        r"\b(?:and|so) goodbye\s*(?:$|[.!])|\bmade (?:my )?peace with (?:it|everything|dying|death|"
        r"leaving|that|my decision)\b|\b(?:its|it is|it will be|itll be) happening (?:tonight|"
        r"tomorrow|this weekend|soon|on \w+day)\b|\bim ready to go\s*(?:$|[.!,])",
        firm=True,
        weak="prep",
    ),
    _r(
        "fam_means_at_hand",
        A,
        ELEVATED,
        # Means within reach: "the bottle of pills is in front of me", "rope in my lap".
        r"\b(?:(?:bottle|packet|box|handful) of (?:\w+ )?<DRUG>|all (?:of )?my <DRUG>|the rope|a r"
        r"ope|"
        r"the noose|the gun|a gun|the razor|razor blades?|the blade)\b.{0,25}\b(?:in front of me|"
        r"in my (?:hand|hands|lap|pocket)|next to me|beside me|on my lap)\b",
        firm=True,
    ),
    _r(
        "fam_how_many",
        A,
        ELEVATED,
        r"\bhow many (?:\w+ )?<DRUG> (?:would it take|does it take|it takes|would kill|would do it|"
        r"to (?:die|od|overdose|not wake up))\b|\bhow many (?:\w+ )?(?:would it take|it would take)"
        r" to (?:die|not wake up|end it)\b",
        firm=True,
    ),
    _r(
        "fam_prep_weak2",
        PLAN,
        URGENT,
        r"\b(?:im|i am|ill be|i will be) doing it (?:tonight|tomorrow|today|this weekend|on \w+day|"
        r"soon)\b|\bsorry for everything\b|\b(?:picked|chosen|chose|found) (?:the|a) (?:tree|bridg"
        r"e|"
        r"spot|place|building|date|day|cliff|beam|branch)\b|\b(?:rope|noose|hose|pills|gun)(?:s| i"
        r"s|"
        r" are)? (?:in|under) (?:the|my) (?:boot|trunk|car|bag|garage|wardrobe|drawer|bed)\b",
        firm=True,
        weak="prep",
    ),
    _r(
        "fam_gone_soon",
        P,
        ELEVATED,
        # The writer's own absence or death, spoken of as coming.
        r"\bthis time next (?:week|month|year) (?:ill|i will|i wont|im not going to) be\b|"
        r"\b(?:ill|i will) be gone (?:soon|for good|forever|by then|before (?:long|anyone))\b"
        r"(?! (?:from|to|at|in|on)\b)|"
        r"\b(?:when|after|once) (?:im|i am) (?:gone|dead)\b(?! (?:on|for|to|from|at|in)\b)|"
        r"\b(?:after|once|when) i die\b|\b(?:wont|will not|not going to|dont think ill) "
        r"(?:see|make it to|live to see|be around for) (?:my (?:\w+ )?birthday|christmas|next "
        r"(?:year|summer|christmas)|(?:my )?\d+(?:st|nd|rd|th)?(?: birthday)?)\s*(?:$|[.!,]|"
        r"anyway|honestly|and|tbh)|"
        r"\b(?:fine|okay|ok|relieved|happy|glad|at peace) if i (?:didnt|did not|dont|never|wouldnt"
        r") "
        r"(?:make it|wake up|survive|come back|come home)\b|"
        r"\bnever (?:have to )?deal with anything (?:ever )?again\b|"
        r"\b(?:like|feel like|as if) (?:im|i am|i was) already (?:dead|gone)\b|"
        r"\b(?:im |i am )?(?:not|never|wont be) coming (?:back|home)\s*(?:$|[.!,]|ever|this time|"
        r"again|for good)",
        unless=r"\b(?:airport(?! car park)|flight|staying (?:at|with)|sleeping (?:at|over))\b",
    ),
    _r(
        "fam_plan_how",
        PLAN,
        URGENT,
        r"\b(?:plan|planning|planned|plotting|rehears\w*) (?:exactly )?how (?:id|i would|i will|il"
        r"l|"
        r"im going to|to) (?:do it|end it|kill myself|die|go through with it)\b|"
        r"\b(?:work out|working out|worked out|figure out|figuring out|figured out) (?:exactly )?"
        r"how (?:id|i would|i will|ill|im going to|to) (?:end it|kill myself|die)\b|"
        r"\b(?:dont|do not) (?:plan|intend|expect) (?:on|to) (?:waking up|wake up|being here|"
        r"being around|living|making it)\b(?! (?:before|until|till|early|late|at|in time|on time))|"
        r"\b(?:this|it) (?:is|will be|ll be|s) my (?:last|final) (?:christmas|birthday|summer|"
        r"new year|night|day|week|weekend)(?: alive| on earth| here| ever)?\s*(?:$|[.!])|"
        r"\bmy (?:last|final) (?:\w+ )?(?:alive|on (?:this )?earth)\b|"
        r"\b(?:be|being) a (?:problem|burden|bother|weight) (?:for|to|on) (?:anyone|you|them|"
        r"everyone|my \w+) (?:much|any) longer\b",
        firm=True,
    ),
    _r(
        "fam_place_waiting",
        PLAN,
        URGENT,
        r"^(?!.*<SCENERY>).*\b(?:platform|tracks|railway|bridge|cliffs?|quarry|edge|"
        r"ledge|roof|overpass|car park)\b.{0,40}\bwaiting for the (?:(?:fast|express|right|"
        r"non stopping) one\b|(?:fast|express|non stopping) (?:train|freight)\b(?! to| into| from| "
        r"home| back))|^(?!.*<SCENERY>).*\b(?:sitting|sat|parked|been sitting|"
        r"standing|stood) (?:in my car |in the car )?(?:outside|by|near|at|on|under) the (?:bridge|"
        r"cliffs?|tracks|railway|quarry|edge|ledge|overpass|river)\b.{0,30}\b(?:for an hour|for "
        r"hours|all night|again|tonight|right now|now)\b",
        firm=True,
        unless=r"\b(?:watching the (?:boats?|birds|sunset|sunrise|fireworks|view|swans|ducks)|pho"
        r"tos?|photographs?|pictures)\b",
    ),
    _r(
        "fam_courage",
        A,
        ELEVATED,
        r"\b(?:work|working|worked|build|building|get|getting|got|find|finding|have) up (?:the )?"
        r"(?:courage|nerve|guts)(?: to (?:do it|go through with it|jump|end it|finally do it))?\s*"
        r"(?:$|[.!])|\b(?:keep|kept|keeping|have|got) (?:\w+ ){0,4}(?:gun|revolver|pistol|rifle|"
        r"shotgun|handgun|rope|noose)\b.{0,40}\bjust in case\s*(?:$|[.!])",
    ),
    _r(
        "fam_passive_more",
        P,
        ELEVATED,
        r"\bbetter (?:off|place) without me\b(?! (?:as|on|in|at|for|there)\b)|\bcounting down the "
        r"days\s*(?:$|[.!])|\bif i (?:dont|didnt"
        r"|never|do not) (?:wake up|make it|"
        r"come back)\b.{0,30}\b(?:fine|okay|ok|good|a relief|better|a mercy|whatever|so be it)\b|"
        r"\b(?:dont|do not) belong (?:in|on) this (?:world|earth|planet)\b|\bnot meant (?:to be "
        r"here|for this world)\b|\bgiv\w* up for good\b|\b(?:not|stop|never) show(?:ing)? up "
        r"(?:to|for) life\b|\b(?:check|clock|bow|tap) out (?:of life|permanently|for good)\b|"
        r"\b(?:would|itd|it would) be (?:so |really |just )?(?:peaceful|nice|easier|a relief) to "
        r"(?:just )?stop(?:\s*(?:$|[.!,])| (?:breathing|living|existing|everything|for good))",
    ),
    _r(
        "fam_means_gaze",
        A,
        ELEVATED,
        # Dwelling on the means or the road: "looking at the pills a lot lately".
        r"\b(?:looking|staring|stare|look|looked|stared) at (?:the|my|all the|all my) (?:\w+ )?"
        r"(?:<DRUG>|rope|noose|gun|razors?|blades?)\b.{0,40}\b(?:a lot|"
        r"lately|every night|for hours|again|and thinking|and wondering|too long)\b|"
        r"\b(?:want|wanted|wish|urge|urges|tempted|thinking|think|thought|could|imagine|imagining)"
        r"\b.{0,20}\b(?:step|walk|run|drive|swerve) (?:out )?(?:into|in front of) (?:the )?"
        r"(?:road|traffic|oncoming|a (?:car|bus|lorry|truck|train))\b",
    ),
    _r(
        "fam_prep_weak3",
        PLAN,
        URGENT,
        r"\b(?:i )?(?:couldnt|cant|could not|cannot) do "
        r"(?:it|this) anymore\s*(?:$|[.!])|\bi love you\s*(?:$|[.!])",
        firm=True,
        weak="prep",
    ),
    _r(
        "fam_method_reading",
        PLAN,
        URGENT,
        r"\b(?:reading|read|researching|researched|looking|looked|watching|watched) (?:about|into|"
        r"up on|videos (?:about|on)) (?:\w+ )?(?:helium(?! balloons?| party| for)|nitrogen|exit ba"
        r"gs?|charcoal burning|carbon "
        r"monoxide|hanging|nooses?|lethal doses?|suicide methods?|ways to die|how to die|"
        r"partial suspension)\b|\bpracti[cs]\w* (?:tying )?(?:knots|nooses?|a noose)\b"
        r".{0,30}\b(?:right kind|noose|for it|will hold)|\btying (?:a |the )?nooses?\b|"
        r"\b(?:no one|nobody|noone) (?:will|wont|is going to) (?:have|need) to (?:deal with|worry "
        r"about|put up with|look after) me (?:after|by|soon|much longer|for long)\b",
        firm=True,
    ),
    _r(
        "fam_prep_weak4",
        PLAN,
        URGENT,
        r"\b(?:tested|testing|test) (?:the |a |if the )?(?:door|hinge|beam|branch|rope|belt|knot|"
        r"hook|banister|railing)\b|\bbought (?:a |some )?(?:new )?(?:belt|rope|hose|cord|"
        r"charcoal|tarp)\b|\beverything (?:is |s )?(?:set|ready|in place|arranged) (?:for|by) "
        r"(?:tonight|tomorrow|\w+day|the weekend|this weekend)\b|\b(?:ive|i have) (?:got )?"
        r"everything set\b|\beverything is (?:ready|set|in place)\s*(?:$|[.!])|"
        r"\bim (?:finally )?at peace\s*(?:$|[.!])|\b(?:ive|i have|i) (?:just )?decided\s*"
        r"(?:$|[.!])",
        firm=True,
        weak="prep",
    ),
    _r(
        "fam_gone_more",
        P,
        ELEVATED,
        r"\b(?:dont|do not) think (?:im|i am) (?:going to|gonna) (?:make it|be here|be around|"
        r"see)(?:\s*(?:$|[.!,])| (?:much longer|to (?:the )?(?:new year|christmas|next \w+|my \w+ "
        r"birthday|the end of)|through (?:the|this) (?:night|week|year|winter)))|\bmake it to (?:t"
        r"he )?(?:new year|end of (?:the )?(?:year|month|week))\b.{0,20}"
        r"(?:$|[.!])|\b(?:fall asleep|go to sleep|close my eyes|drift off)\b.{0,25}\band (?:thats|"
        r"that would be|thatd be) it\b|\b(?:go|fade|turn) (?:black|dark) and stay (?:black|dark)\b|"
        r"\b(?:close|shut) my eyes (?:forever|for good|and never open them)\b|"
        r"\b(?:then|after (?:that|tonight|this weekend)) it (?:wont|will not) matter\s*(?:$|[.!])|"
        r"\b(?:dont|do not) deserve to (?:live|be alive|exist|be here)\b",
    ),
    _r(
        "fam_sh_more",
        SH,
        ELEVATED,
        r"\b(?:dont|do not) deserve (?:food|to eat)\b|\bstarv\w* myself\b|\bpunish\w* myself (?:by|"
        r"with)\b|\b(?:the|my|a) (?:blade|razor)\b.{0,15}\b(?:was|is) (?:right )?(?:there|in my "
        r"hand|calling)\b",
    ),
    _r(
        "fam_harm_list",
        HARM,
        ELEVATED,
        r"\b(?:list|names) of (?:the )?(?:people|everyone|kids|guys) (?:who |that )?(?:i|id) (?:wa"
        r"nt "
        r"to|would|will|am going to|gonna|need to) (?:hurt|kill|shoot|get back at|make pay)\b",
    ),
    _r(
        "fam_drive_past",
        A,
        ELEVATED,
        r"\b(?:driving|drive|drove|walking|walk|walked|going|go|went) (?:past|to|over|by|across) "
        r"the (?:bridge|cliffs?|tracks|railway|edge|overpass)\b.{0,30}\b(?:slowing down|slow down|"
        r"stopping|stop|looking down|look down|wondering|thinking about it)\b",
    ),
    _r(
        "fam_prep_weak5",
        PLAN,
        URGENT,
        # Farewell and after-death arrangements; each alone is ordinary (see screen.combine).
        r"\b(?:instructions|wishes|plans|songs|music) for (?:my |the )?funeral\b|\bwhoever (?:find"
        r"s "
        r"me|finds this|needs it after)\b|\b(?:want|need) you to know (?:that )?(?:none of )?(?:th"
        r"is|"
        r"it) (?:is|isnt|wasnt|was) (?:not )?your fault\b|\bnone of this is (?:your|anyones) "
        r"fault\s*(?:$|[.!])|\b(?:i )?(?:have|ve got|got) a plan\s*(?:$|[.!])|\bneed (?:the house|"
        r"the flat|everyone|them) (?:to be )?(?:empty|gone|out|asleep)\b|\b(?:texted|messaged|told|"
        r"called) everyone i love\b|\b(?:now )?(?:its )?just (?:waiting|a matter of time)\s*"
        r"(?:$|[.!])|\b(?:take care|look after) (?:of )?each other\s*(?:$|[.!])|\blove you all\s*"
        r"(?:$|[.!])|\blast message\s*(?:$|[.!])|\bthe last time (?:ill|i will|youll|you will) "
        r"(?:be )?(?:\w+ )?(?:hear from me|checking in|check in|talk|write|see me|post)\s*(?:$|[.!"
        r"])|"
        r"\btell (?:my \w+|them|everyone|her|him) (?:that )?(?:im sorry|i love (?:her|him|them|you"
        r"))"
        r"\b(?! (?:i|for|about)\b)|\bplease (?:dont|do not) call anyone\b|\b(?:already )?made up m"
        r"y "
        r"mind\s*(?:$|[.!])",
        firm=True,
        weak="prep",
    ),
    _r(
        "fam_dont_save_me",
        PLAN,
        URGENT,
        r"\b(?:dont|do not) want to be (?:saved|rescued|found|stopped|resuscitated)\b|\b(?:dont|do"
        r" not)"
        r" (?:try to |bother trying to )?(?:save|stop|look for|come for) me(?:\s*(?:$|[.!,])| "
        r"this time| please)|"
        r"\b(?:stones|rocks|weights) in my pockets\b|\b(?:going to|gonna|about to|will|ill) (?:go "
        r"to "
        r"sleep|sleep|close my eyes|lie down)(?: now)? and (?:not|never) wake up\b",
        firm=True,
        unless=r"\b(?:cake|eating|pizza|buying|shopping|booking|ordering|dancing|singing|karaoke)"
        r"\b",
    ),
    _r(
        "fam_took_enough",
        ATT,
        URGENT,
        r"\b(?:i )?(?:took|taken|swallowed) enough(?: <DRUG>| of them| of it)?(?: to (?:not wake "
        r"up|die|make sure|do it))?\s*(?:$|[.!,])|\b(?:car|garage|tent) is (?:full of|filling "
        r"(?:up )?with) (?:fumes|gas|exhaust)\b",
        firm=True,
    ),
    _r(
        "fam_passive_more2",
        P,
        ELEVATED,
        r"\b(?:be sad|cry|grieve|miss me|be upset) for a (?:bit|while|week|day|few days|month)\b"
        r".{0,30}\b(?:move on|get over (?:it|me)|forget (?:me|about me)|be fine|be better)\b|"
        r"\b(?:being alive|living|life|existing|every day|each day) (?:is|feels like|has become) "
        r"(?:a |such a |one long )?(?:chore|burden|punishment|prison|sentence|torture)\b|"
        r"\b(?:wouldnt|would not|wont|will not) (?:fight|resist|mind|care)\b.{0,15}\bif (?:somethi"
        r"ng|"
        r"anything) (?:bad )?(?:happened|happens|were to happen)\b|\b(?:welcome|hope for|pray for|"
        r"wish for|hoping for|praying for) (?:a |an )?(?:terminal|fatal|incurable) (?:diagnosis|"
        r"illness|disease|cancer|accident)\b|\b(?:meteor|asteroid|bus|car|truck|lorry|plane|"
        r"lightning)\b.{0,30}\b(?:hit|hits|crashed into|took|takes) (?:me|my)\b.{0,30}\b(?:thank "
        r"you|relieved|grateful|welcome it|be fine|be glad)\b|\bjust (?:taking up|wasting) (?:spac"
        r"e|"
        r"oxygen|air)\b",
    ),
    _r(
        "fam_active_more",
        A,
        ELEVATED,
        r"\b(?:think|thinking|thought|wonder|wondering) (?:about )?how (?:many|high|"
        r"deep)\b.{0,25}\b(?:itd|it would|would it|it will|it d) take\b(?! to (?:get|drive|walk|go|"
        r"fly|finish|make|do|learn|pay|save|fix|cook|read|build))|"
        r"\b(?:mind|thoughts|brain|head) keeps? (?:going|drifting|wandering|coming) (?:back )?to "
        r"(?:the|my) (?:<DRUG>|rope|noose|gun|bridge|blades?|razors?|tracks)\b|"
        r"\b(?:want|wants|wanted|wish|urge|tempted|thinking about|think about|part of me wants) "
        r"(?:to )?(?:just )?(?:crash|crashing|swerve|swerving) (?:my |the )?(?:car|into)\b|"
        r"\b<DRUG>\b.{0,15}\b(?:under my pillow|in my pillowcase)\b",
    ),
    _r(
        "fam_threat_violence",
        DANGER,
        ELEVATED,
        # A threat to the writer, or violence told in the present habitual.
        r"\b(?:said|says|saying|threatened|threatens|threatening|told me|swore)\b.{0,40}\b(?:hell|"
        r"shell|he will|she will|theyll|hed|shed|he would|she would)\b.{0,30}\b(?:kill|hurt|come "
        r"for|come after|find|destroy|ruin|end) (?:me|us|my kids|my children)\b|\bmake me (?:pay|"
        r"regret|suffer)\b|\b(?:he|she|they|my ex\w*) (?:\w+ )?(?:keeps?|kept) (?:turning|showing)"
        r" up at my (?:work|house|home|door|flat|school)\b|"
        r"\b(?:hits|beats|kicks|chokes|slaps|punches|shoves|strangles) me (?:when|whenever|if|"
        r"every|all the time|most|again|a lot)\b",
    ),
    # --- Third session: families read off the misses of `fresh2` (fr5) ---------------------
    _r(
        "fam3_wont_matter",
        PLAN,
        URGENT,
        # Finality with a set time: "tomorrow it won't matter anymore", "by this time next
        # week none of this will be my problem", "by then it'll be done".
        r"\b(?:tomorrow|tonight|by (?:then|monday|tuesday|wednesday|thursday|friday|saturday|"
        r"sunday|the weekend|next week|the end of the (?:week|month))|(?:this time|by this time) "
        r"(?:tomorrow|next week|next month)|after (?:tonight|tomorrow|this weekend))\b.{0,30}\b(?:"
        r"(?:it|nothing|none of (?:this|it)|any of (?:this|it))(?: \w+)? (?:wont|will not|isnt "
        r"going to|is not going to) (?:matter|be my problem)|(?:none of (?:this|it)|nothing) "
        r"(?:will|is going to) (?:matter|be my problem)|(?:it|everything)(?:ll| will) "
        r"(?:all )?(?:be "
        r"(?:done|over|finished)))\b|\blast thing (?:left|to do|on the list|to sort)(?: \w+)? is "
        r"me\b|\b(?:tonight|tomorrow)\b.{0,10}\b(?:im|i am) not (?:getting back (?:in|into|on)|"
        r"coming (?:back|home)|going (?:back|home)|driving (?:back|home))\b|"
        r"\bsoon (?:ill|i will) be "
        r"(?:lighter|free|gone|at peace|out of (?:here|your way|everyones way))(?: still)?\b",
        firm=True,
        unless=r"\b(?:(?:last|final) (?:exam|paper)|dissertation|finale|"
        r"fitters|builders|married|tournament|house move|moving day|the move)\b",
    ),
    _r(
        "fam3_will_hold",
        PLAN,
        URGENT,
        # Testing or trusting a ligature point: "the beam in the garage will hold".
        r"\b(?:beam|rafter|banister|bannister|loft hatch|hook|door frame|doorframe|branch|"
        r"railing|pipe|curtain rail|light fitting)\b.{0,30}\b(?:will|would|should|can|could|"
        r"is going to) (?:hold|take (?:my|the) weight)\b|\b(?:rope|noose|cord|cable|belt)\b"
        r".{0,40}\b(?:strong enough|long enough|hold my weight|take my weight)\b",
        firm=True,
    ),
    _r(
        "fam3_plenty",
        PLAN,
        URGENT,
        # A count with "should be plenty": "I counted them out. 60 should be plenty." Weak
        # alone: it needs another cue ("counted them" is one, in `affairs_soft`).
        r"\b<NUM>\b(?: \w+)? (?:should|will|would|ought to) be (?:plenty|enough|more than enough)"
        r"\s*(?:$|[.!,])",
        firm=True,
        weak="prep",
    ),
    _r(
        "fam3_lethal_search",
        PLAN,
        URGENT,
        # Researching how a means kills: "which painkillers damage the liver fastest",
        # "the express that doesn't stop at our station".
        r"\b(?:looked up|look up|looking up|googled|googling|searched|searching|researched|"
        r"researching|read up on|checked|checking|worked out|found out)\b.{0,40}\b(?:which|"
        r"what|how)\b.{0,40}\b(?:fastest|quickest|most (?:painless|lethal|effective)|"
        r"(?:damages?|destroy\w*|shut\w* down) (?:the |your |my )?(?:liver|kidneys|heart)|"
        r"(?:is|are|would be) (?:fatal|lethal|deadly))\b|\b(?:checked|checking|looked up|"
        r"looking up)\b.{0,30}\b(?:timetable|times?|schedule) for the (?:express|fast train|"
        r"freight|train)s? (?:that|which) (?:doesnt|does not|dont|wont|never) stop\b",
        firm=True,
    ),
    _r(
        "fam3_train_times",
        PLAN,
        URGENT,
        # "the express that doesn't stop at our station": ordinary for a commuter, so weak.
        r"\b(?:checked|checking|looked up|looking up|memori[sz]ed|know)\b.{0,30}\b(?:timetable|"
        r"times?|schedule)\b.{0,40}\b(?:express|fast train|freight|(?:doesnt|does not|dont|wont) "
        r"stop)\b",
        firm=True,
        weak="prep",
    ),
    _r(
        "fam3_gas",
        PLAN,
        URGENT,
        # Charcoal or exhaust in a closed space.
        r"\b(?:charcoal|barbecue|bbq|grill|exhaust|hose(?:pipe)?|generator)\b.{0,50}\b(?:in "
        r"(?:the|my) (?:car|tent|garage|bathroom|room)|(?:closed|shut|sealed|taped) (?:up )?"
        r"(?:the |"
        r"all the )?(?:windows|doors|vents|gaps))\b",
        firm=True,
    ),
    _r(
        "fam3_for_when",
        PLAN,
        URGENT,
        # Means kept ready for a moment: "my pills by the bed for when i finally have the guts".
        r"\bfor when (?:i )?(?:finally )?(?:have|get|find|work up) (?:the )?(?:guts|nerve|courage)"
        r"\b|\b(?:<DRUG>|rope|noose|gun|blade|razor|vodka)\b.{0,40}\bfor when (?:i|im|the time)\b"
        r"(?! (?:get|have) (?:a |my )?(?:headache|migraine|cold|flu|period|cramps|back pain))",
        firm=True,
    ),
    _r(
        "fam3_notes_family",
        PLAN,
        URGENT,
        # Notes or letters to several people: "wrote a note for mum and one for my sister".
        r"\b(?:wrote|written|writing|left|leaving)\b.{0,15}\b(?:note|letter)s? (?:for|to) (?:my )?"
        r"\w+\b.{0,15}\band (?:one|another|a \w+) (?:for|to)\b",
        firm=True,
    ),
    _r(
        "fam3_notes_weak",
        PLAN,
        URGENT,
        r"\b(?:the )?(?:notes|letters) (?:are|have been) (?:written|done|finished|ready)\b|"
        r"\bwhen (?:everyone|everybody|they|the family|my (?:family|parents|flatmates?|"
        r"roommates?|wife|husband|partner)) (?:is|are|will be|has|have) (?:at|out|away|asleep|gone|"
        r"left)\b|\b(?:gave|given|giving) away (?:my|all my|most of my)\b",
        firm=True,
        weak="prep",
        unless=r"<MOVING_REASON>",
    ),
    _r(
        "fam3_gave_away",
        PLAN,
        URGENT,
        # Giving away possessions, with a lightness or finality beside it.
        r"\b(?:gave|given|giving|give) (?:away )?(?:my|all my|most of my)\b.{0,40}\b"
        r"(?:away\b.{0,40})?"
        r"\b(?:lighter|soon|wont need|will not need|not going to need|dont need (?:them|it) "
        r"anymore|where im going|after im gone)\b",
        firm=True,
        weak="prep",
    ),
    _r(
        "fam3_everything_arranged",
        PLAN,
        URGENT,
        r"\b(?:everythings|everything is|its all|it is all|all) (?:arranged|organi[sz]ed|in order|"
        r"sorted|taken care of|set|ready)\s*(?:$|[.!,])",
        firm=True,
        weak="prep",
    ),
    _r(
        "fam3_easy_step",
        A,
        ELEVATED,
        # Ideation about a means: "how easy it would be to just step off the platform",
        # "I've been thinking about the overpass a lot".
        r"\bhow (?:easy|simple|quick) (?:it (?:would|could) be|itd be) to (?:just )?(?:step|jump|"
        r"fall|walk|drive|swerve|let go|take|swallow|end|stop|lean)\b|\b(?:thinking|thought|think|"
        r"keep thinking|cant stop thinking) about (?:the|that) (?:overpass|bridge|tracks|train "
        r"tracks|railway|cliff|ledge|edge|roof|rooftop|pills|rope|river)\b(?! (?:toll|repairs?|"
        r"works|closure|project|design|plans?|game|party|trip|walk|view|photos?))",
    ),
    _r(
        "fam3_attempt_told",
        ATT,
        URGENT,
        # A recent attempt told plainly: "i tried again", "had my stomach pumped", "walked into
        # the river last night", "took way too much of my medication on purpose".
        r"\bi tried again\b.{0,40}\b(?:still here|didnt work|woke up|failed)\b|\b(?:i )?(?:had|"
        r"got) my stomach pumped\b|\bi (?:walked|waded|went) (?:out )?into the (?:river|sea|"
        r"lake|ocean|canal|reservoir|water)\b|\b(?:took|swallowed|had) (?:way |far )?too (?:much|"
        r"many)\b.{0,40}\b(?:on purpose|deliberately|to die|to not wake up)\b|\bfound me\b.{0,30}"
        r"\bbefore it was too late\b|\bi tried (?:on|last) (?:monday|tuesday|wednesday|thursday|"
        r"friday|saturday|sunday|night|week)\b.{0,40}\b(?:didnt work|still here|it failed|woke)\b",
        firm=True,
    ),
    _r(
        "fam3_danger_now",
        DANGER,
        URGENT,
        # Violence happening now: "he's kicking the door in", "put his hands round my neck".
        r"\b(?:hes|she is|shes|he is|theyre|they are|someone is)\b.{0,20}\b(?:kicking|smashing|"
        r"breaking|banging) (?:the|my|our) (?:door|window)s? (?:in|down)\b|\b(?:just )?(?:put|had) "
        r"(?:his|her|their) hands? (?:round|around|on) my (?:neck|throat)\b|\b(?:were|we are|im|"
        r"i am) hiding (?:in|under|from)\b.{0,40}\b(?:he|she|they|him|her|them)\b",
        firm=True,
    ),
    _r(
        "fam3_prep_weak6",
        PLAN,
        URGENT,
        # More quiet preparation cues; each alone is ordinary (see screen.combine).
        r"\b(?:im|i am) (?:actually |finally |really )?(?:doing|going to do|finishing|ending) it "
        r"(?:this time|tonight|today|tomorrow|after work|this weekend)\b|\b(?:tonight|today|"
        r"tomorrow) (?:im|i am) (?:finishing|ending|doing) it\b|\b(?:bye|goodbye) (?:guys|"
        r"everyone|all|everybody|world)\b|\b(?:the|my) date(?:s| is) set\b|\b(?:monday|tuesday|"
        r"wednesday|thursday|friday|saturday|sunday|tomorrow|tonight) is the (?:day|night)\b|"
        r"\b(?:dont|do not) (?:try to )?talk me out of it\b|\bi know exactly what (?:im|i am) "
        r"(?:going to|gonna) use\b|\b(?:because|as|since|cos|coz) i (?:wont|will not) be "
        r"(?:here|around) (?:to|for|after)\b|\b(?:not going to|wont|will not) be around to\b|"
        r"\bwhen it happens\b|\bbefore i go\s*(?:$|[.!,])",
        firm=True,
        weak="prep",
    ),
    _r(
        "fam3_making_it",
        P,
        ELEVATED,
        # "I don't see myself making it to 30", "hoping it runs out".
        r"\b(?:dont|do not|cant|cannot|never) (?:really )?see myself (?:making it|getting|living|"
        r"being (?:here|alive|around)) (?:to|past|until|till)\b|\bborrowed time\b.{0,40}\b(?:hop"
        r"\w+|want\w*|wish\w*) (?:it|that it) (?:runs out|ends)\b|\bwonder\w* (?:if|whether|who) "
        r"(?:anyone|anybody|people|they|\w+) (?:would|will) (?:even )?(?:come to|show up at|"
        r"turn up to|miss me at) my funeral\b",
    ),
    # --- Sixth session: families read off the misses of `train8` and `train9` -----------
    _r(
        "fam6_took_count",
        ATT,
        URGENT,
        # Taking a number of tablets: "took about 20 of my sleeping tabs", "swallowed like 40
        # of them", "had 14 of my sertraline with wine". Ten or more (a day's ordinary dose of
        # some tablets is eight), and not a dose ("20 mg") or a course ("over two weeks").
        r"\b(?:took|taken|swallowed|popped|necked|downed)\s+(?:about |like |around |maybe |"
        r"nearly |almost |over |at least |another |roughly |probably |all )?<NUM>(?: or "
        r"<NUM>)?\s+(?!(?:mg|mcg|ml|milligrams?|micrograms?|g|grams?|units?|percent|years?|"
        r"days?|weeks?|months?|minutes?|hours?|times?|pints?|beers?|shots?|cans?|drinks?)\b)"
        r"(?:of (?:my |the |them|those|these|her |his |mums? |dads? |nans? |grans? )?)?(?:\w+ )"
        r"{0,2}?(?:<DRUG>|sleeping tabs|co codamol|cocodamol|naproxen|nurofen|panadol|diclofenac|"
        r"(?:pink|white|blue|yellow|green|red|orange|purple) ones)\b(?! (?:over|a day|per day|each "
        r"day|daily|as prescribed|as per|left|prescribed|dispensed|open)\b)|"
        r"\b(?:ive |i have |i )?had (?:about |like |around |maybe )?<NUM> (?:of (?:my|the) )?"
        r"(?:\w+ )?<DRUG>\b.{0,40}\b(?:(?:with|and) (?:\w+ ){0,5}?(?:wine|vodka|whisky|whiskey|"
        r"beer|cider|gin|rum|alcohol|booze|a drink)|so far|since|all at once|at once|in one go|"
        r"the rest|at (?:around |about )?\d{1,2}(?: ?(?:am|pm))?\b(?! (?:mg|a day|each)))\b|"
        r"\bswallowed\s+(?:about |like |around |maybe |nearly |almost |over |at least |another )?"
        r"<NUM>(?: or <NUM>)?\b(?!\s*(?:mg|ml|pints?|beers?|shots?|cans?|drinks?|glasses|"
        r"bottles|units|litres?|liters?|years?|times?|minutes?|hours?)\b)(?: (?:of )?(?:them|"
        r"those|these)\b|\s*(?:i think|idk|maybe|lost count|$|[.!,]))",
        firm=True,
        unless=r"\b(?:pharmacy|chemist|disposal|with me|for the (?:trip|week|holiday)|org"
        r"ani[sz]er|dosette|delivered|prescribed)\b",
    ),
    _r(
        "fam6_wrong_side",
        PLAN,
        URGENT,
        # On the far side of a barrier at a height: "standing on the wrong side of the railing".
        r"\b(?:wrong|outside|far) side of (?:the )?<BARRIER>\b(?=.{0,60}\b(?:<HEIGHT>|drop)\b)|"
        r"\b<HEIGHT>\b.{0,60}\b(?:wrong|outside|far) side of (?:the )?<BARRIER>\b",
        firm=True,
    ),
    _r(
        "fam6_off_the_top",
        PLAN,
        URGENT,
        # Going off a height, in slang or plainly: "final yeet off the multistorey", "going off
        # the top of the car park after work".
        r"\b(?:yeet|yeeting|yeeted)(?: myself)? (?:off|from) (?:the|a|this|that|my|our) (?:\w+ )"
        r"{0,2}?(?:multi ?storey|roof|bridge|cliff|building|balcony|car park|tower|block|ledge|"
        r"overpass)\b|(?:^|[,;:] |\b(?:im|i am|i will|ill|gonna|im gonna) )(?:going|go|goin) off "
        r"the top of (?:the|a|our) (?:multi ?storey|car park|building|roof|tower|block|flats|"
        r"bridge|cliff)\b",
        # Not firm: "if one more meeting ... I'm going to yeet myself off a cliff lol" is a joke.
    ),
    _r(
        "fam6_scheduled_goodbye",
        PLAN,
        URGENT,
        # A farewell set to send itself: "my goodbye thread is scheduled for sat", "notes are in
        # my drafts set to post". Only the writer's own goodbye: a leaving do's is ordinary.
        r"\bmy (?:goodbye|farewell|suicide) (?:\w+ )?(?:notes?|letters?|posts?|threads?|"
        r"messages?|emails?|videos?|texts?|tweets?)\b.{0,40}\b(?:scheduled|set to (?:post|send|"
        r"go out|go live)|queued)\b|\b(?:notes?|letters?) (?:are |is )?in my drafts\b.{0,20}\bset "
        r"to (?:post|send|go out)\b",
        firm=True,
    ),
    _r(
        "fam6_not_a_fall",
        ATT,
        URGENT,
        # A recent attempt told as a correction: "the fall last month was not a fall", "the
        # 'fall' three weeks ago was me jumping from the balcony".
        r"\bthe fall\b.{0,50}\b(?:was not|wasnt) (?:a fall|an accident|really "
        r"an accident|really a fall)\b|\bthe fall\b.{0,50}\bwas (?:me|really me|actually me) "
        r"(?:jumping|trying|taking|throwing)\b",
        firm=True,
    ),
    _r(
        "fam6_after_i_tried",
        ATT,
        URGENT,
        # "on the psych ward after I tried": an attempt named only by "tried", with nothing
        # tried after it.
        r"\b(?:after|since|because|cos) i tried\s*(?:$|[.!,])",
        # "Tried" alone is vague: it counts only beside a recent time ("missed Tuesday", "last
        # month"), so "the time I was on the unit after I tried" stays a story.
        past_needs_recency=True,
    ),
    _r(
        "fam6_came_round",
        ATT,
        URGENT,
        # Waking after an attempt: "came round on the bathroom floor ... I meant it", "woke up in
        # hospital, it didn't work" (a drip or tubes alone describe any stay in hospital).
        r"\b(?:woke up|came round|came around|came to)\b.{0,25}\b(?:in (?:hospital|a&e|icu|"
        r"intensive care|resus)|on the (?:\w+ )?floor)\b.{0,60}\b(?:meant it|didnt work|on "
        r"purpose)\b",
        firm=True,
    ),
    # --- Eighth session: families read off the misses of `fresh7` and `fresh8`, retired ----
    _r(
        "fam8_counted_out",
        PLAN,
        URGENT,
        # Tablets laid out in a number no dose comes to: "38 of the sertraline and a full box
        # of co-codamol". Not a prescription or a supply ("28 of the sertraline for the month");
        # a cue that needs company ("counted them out"), since a dosette box holds as many.
        r"^(?!.*\b(?:prescri\w*|pharmac\w*|chemist|doctor|gp|dispens\w*|repeat|supply|month|"
        r"weeks?|fortnight|mg|pack of|vet)\b).*?\b(?:[2-9]\d|1[5-9]|\d{3}|twenty|thirty|forty|"
        r"fifty|sixty|a hundred) of (?:the|my|mums?|dads?|his|her) (?:\w+ )?<DRUG>\b",
        weak="prep",
    ),
    _r(
        "fam8_handful",
        ATT,
        URGENT,
        # "took a fat handful of my meds", "swallowed a whole fistful of the pills": a handful
        # said to be big (a plain "handful of meds" is how some people take a morning's dose).
        r"\b(?:took|taken|swallowed|downed|necked|popped|had) (?:a |an )?(?:fat|big|huge|massive|"
        r"giant) (?:fistful|handful|hand full) of (?:my |the |mums? |"
        r"dads? |her |his )?(?:\w+ )?<DRUG>\b",
        firm=True,
    ),
    _r(
        "fam8_gun_out",
        DANGER,
        URGENT,
        # Someone else bringing out a gun at home: "he put the gun on the table at dinner",
        # "he's got the shotgun out of the cabinet now". Not for sport, hunting or cleaning.
        r"\b<ABUSER>\s+<NG>{0,2}?(?:got|put|took|pulled|has got|laid|left|brought)\s+(?:\w+\s+)?"
        r"(?:the|his|her|a|their|dads) (?:gun|pistol|handgun|rifle|shotgun|firearm)\b\s*(?:out|"
        r"on the (?:table|bed|counter|side)|on me|at me|to my (?:head|face|chest))\b"
        r"(?!.{0,60}\b(?:clays?|hunting|ranges?|deer|ducks?|pheasants?|seasons?|clubs?|clean\w*|"
        r"oil\w*|licen[cs]es?|shows?|collect\w*|sell\w*|museums?|shed)\b)",
        firm=True,
    ),
    _r(
        "fam8_coming_to_hurt",
        DANGER,
        URGENT,
        # A threat on its way: "he's coming round tonight to 'sort me out'".
        r"\b<ABUSER>\s+<NG>{0,3}?(?:coming|come|comes|on (?:his|her|their) way|heading|"
        r"driving) (?:round |over |here |back |home )?(?:tonight |now |later |after work )?to "
        r"(?:teach me a lesson|finish (?:me|me off|what (?:he|she|they) started)|shut me up|"
        r"hurt me|do me in|kill me|make me pay)\b",
        firm=True,
    ),
    _r(
        "fam8_pet_for_good",
        PLAN,
        URGENT,
        # A pet handed over for good: "rehomed Biscuit today", "told Pete it's permanent", "gave
        # her his food, his bed and the vet card", "left the cat with my ex ... she's his now".
        # A cue, not a plan: it counts beside another (and not beside a reason such as an
        # allergy or a move), and a pet left somewhere is a cue only when it is for good.
        r"\b(?:rehom\w*(?! (?:my |the |our |an? )?(?:old |spare )?(?:sofa|couch|settee|bed|table|"
        r"chairs?|desk|wardrobe|furniture|fridge|bike|car|plants?|books?|clothes|stuff|things)\b)|"
        r"has a (?:new )?home with|(?:gave|wrote out|handed over|left) (?:her|him|"
        r"them) (?:his|her|their) (?:food|bed|lead|leash|toys|vet (?:card|details|records))|"
        r"(?:told|tell|telling) (?:\w+ ){1,3}(?:its|it is|thats) (?:for good|permanent|forever)|"
        r"(?:dropped|left|booked) (?:\w+ ){1,6}(?:for good|permanently|indefinitely)|(?:shes|hes) "
        r"(?:his|hers|theirs|yours) now)\b",
        weak="pet",
    ),
    # --- Eleventh session: families read off the misses of `fresh9` … `fresh14`, retired --
    # Harm to someone else told as preparation, in three kinds of cue that count only in
    # pairs of different kinds (screen.combine): a weapon at hand, the target found, and
    # payback promised. "I know where he parks. The hammer's under my seat. Tonight he finds
    # out what it feels like."
    _r(
        "fam11_harm_armed",
        HARM,
        URGENT,
        r"\b(?:bought|got|have|ive got|brought|bringing|packed|grabbed|sharpened|loaded|"
        r"with|sort me)\s+(?:a |an |the |my |his |her |dads |my dads |my brothers |"
        r"(?:a )?can of )?(?:\w+\s+){0,2}?<HARMTOOL>\b(?!\s+(?:cleaning|kit|safe|cabinet|"
        r"licen[cs]e|club|range|course|show|rack|shop|set)\b)|"
        r"\b<HARMTOOL>(?:s| is|s been)? (?:\w+ )?(?:in|under|on) (?:my|the) (?:bag|boot|trunk|"
        r"car|pocket|glovebox|glove box|seat|passenger seat|coat|jacket|hoodie|waistband|van)\b|"
        r"\b(?:the )?<HARMTOOL>(?:s| is) (?:loaded|sharp|ready)\b|"
        r"\b<HARMTOOL> dey (?:my|for) (?:house|side|hand)\b",
        weak="armed",
        unless=r"<TOY_GUN>|<SPORT_GAME>|<TOOL_JOB>",
    ),
    _r(
        "fam11_harm_found",
        HARM,
        URGENT,
        r"\b(?:i )?(?:know|found out|found|don find|have found) where (?:he|she|they|him|her|"
        r"the \w+|my (?!(?:brother|sister|son|daughter|mum|dad|mam|nan|gran|grandson|"
        r"granddaughter|cousin|aunt|auntie|uncle|niece|nephew|friend|mate|kids?|boy|girl|wife|"
        r"husband|partner)\b)\w+) (?:lives?|works?|parks?|sleeps?|stays?|dey stay|drinks|trains|"
        r"walks|goes|"
        r"hangs out|is staying)\b|"
        r"\b(?:i )?(?:know|got|have|found|wrote down|written down) (?:his|her|their) (?:new )?"
        r"(?:route|routine|address|schedule|movements|shifts)\b|"
        r"\b(?:waiting|wait) for (?:him|her|them) (?:\w+ )?outside\b|"
        r"\b(?:im|i am|parked|sat|sitting|waiting|stood|standing) (?:right )?outside (?:his|her|"
        r"their|"
        r"my exs|the \w+s) (?:\w+ )?(?:flat|house|place|work|building|office|door|school|"
        r"gym|pub)\b|"
        r"\bthe times (?:he|she|they) (?:walks?|leaves?|gets? (?:in|home|back)|comes? out)\b",
        weak="found",
    ),
    _r(
        "fam11_harm_payback",
        HARM,
        URGENT,
        r"\b(?:he|she|they)(?:ll| will| is going to| s going to|s going to)? (?:finally )?"
        r"(?:finds?|find) out what it (?:feels?|felt) like\b|"
        r"\b(?:hes|shes|he is|she is|theyre) not (?:walking|getting) away (?:from|with) (?:what|it|"
        r"this|that)\b|"
        r"\b(?:he|she|they) (?:wont|will not|isnt going to|is not going to) see (?:christmas|"
        r"new year|(?:his|her|their) (?:next )?birthday|another|next|the weekend)\b|"
        r"\bmake sure (?:he|she|they) never\b|"
        r"\b(?:he|she|they)(?:ll| will)? (?:finally )?get what (?:he|she|they|hes|shes) "
        r"deserves?\b|\b(?:deal with|finish) (?:him|her|them|am) tonight\b|"
        r"\b(?:im|i am|ill|i will|im going to) (?:be )?us(?:e|ing) it\b(?! (?:to|for|as|on the|in "
        r"the|at)\b)",
        weak="payback",
    ),
    _r(
        "fam11_harm_cost",
        HARM,
        URGENT,
        # The price accepted: "I've made my peace with prison."
        r"\b(?:im|i am|ive) (?:made my peace with|ready for|not scared of) (?:prison|jail|going "
        r"to (?:prison|jail)|doing time)\b|\b(?:dont|do not) care if i (?:go to|end up in|get) "
        r"(?:prison|jail|locked up|life)\b",
        weak="cost",
    ),
    # A recent attempt told in passing.
    _r(
        "fam11_drank_poison",
        ATT,
        URGENT,
        r"\b(?<!accidentally )(?:drank|drunk|drink down|swallowed|downed) (?:some |the |a |di "
        r"|half (?:a|the) )?(?:\w+ )?(?:bottle of )?(?:bleach|phenyl|kerosene|paraffin|weedkiller|"
        r"weed killer|antifreeze|anti freeze|paraquat|pesticide|insecticide|rat poison|drain "
        r"cleaner|poison(?! ivy| oak)|tilex|dettol)\b",
        firm=True,
    ),
    _r(
        "fam11_pumped",
        ATT,
        URGENT,
        r"\b(?:pumped|pump|pumping) my stomach\b|\bmy stomach (?:was |got )?pumped\b",
        firm=True,
        own_voice=True,
        unless=r"\b(?:food poisoning|prawns|seafood|kebab|swallowed a (?:battery|magnet|coin))\b",
    ),
    _r(
        "fam11_tried_when",
        ATT,
        URGENT,
        # "ten days since I tried", "tried to go off the balcony on Friday", "tried to not be
        # here anymore": the attempt said as one.
        r"\b(?:\w+ (?:days?|weeks?)|a (?:day|week|fortnight)) since i tried(?=\s*(?:[.;!,]|$))|"
        r"\btried to (?:go|jump|throw myself) (?:off|from|over) (?:the|a|my) (?:\w+ )?<HEIGHT>\b|"
        r"\btried to (?:not be here|not exist|not wake up|stop existing|end it|hang myself)\b|"
        r"\b(?:stood|stand|standing) on (?:the|a) (?:chair|stool) with (?:the|a) (?:belt|rope|cord|"
        r"scarf|cable) (?:round|around) my neck\b",
        firm=True,
    ),
    _r(
        "fam11_tried_weak",
        ATT,
        URGENT,
        # "i tried last night." is also how a recipe is told: a cue beside another ("woke up
        # on my bedroom floor", "the branch broke").
        r"(?<!when )(?<!if )(?<!as )\bi tried (?:again )?(?:last night|yesterday|this morning|"
        r"last week|at the weekend|on (?:mon|tues|wednes|thurs|fri|satur|sun)day(?: night)?|last "
        r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?=\s*(?:[.;!]|$|\w+ (?:broke|snapped)|, "
        r"(?:nobody|no one|the \w+ (?:broke|snapped)|it didnt)))",
        firm=True,
        weak="prep",
    ),
    _r(
        "fam11_what_i_did",
        ATT,
        URGENT,
        r"\b(?:what i did|did something (?:stupid|dumb|silly|bad)(?: \w+){0,3}?) with (?:the |my |"
        r"all (?:the|my) |(?:my )?\w+s )?(?:\w+ )?<DRUG>\b|"
        r"\b(?:i )?(?:had )?taken (?:my |his |her |mums |dads |my \w+s )?(?:\w+ )?<DRUG>,? all of "
        r"them\b",
        firm=True,
    ),
    _r(
        "fam11_after_attempt",
        ATT,
        URGENT,
        # Signs that count beside another: the marks, what broke, waking in hospital, and
        # being sorry it did not work. "The marks on my neck are fading. It was the belt,
        # two weeks ago. It snapped."
        r"\b(?:marks?|bruis\w+|burns?|red line) (?:on|round|around) my neck\b|"
        r"\b(?:the )?(?:belt|rope|cord|branch|hook|rail|scarf|cable) (?:snapped|broke|gave way|"
        r"didnt hold)\b|"
        r"\bwoke up (?:in|on) (?:icu|a ?&? ?e|intensive care|hospital|resus|the (?:bathroom|"
        r"bedroom|kitchen) floor|my (?:bathroom|bedroom|kitchen) floor)\b|"
        r"\b(?:glad|annoyed|angry|gutted|disappointed|sorry|upset|pissed off) (?:that )?it didnt "
        r"work\b|\b(?:couldnt|cant) even get that right\b|\b(?:discharged|let out|let me home|"
        r"sent home) (?:from (?:a ?&? ?e|hospital|icu|the ward)|after what happened)\b",
        weak="prep",
    ),
    _r(
        "fam11_laid_out",
        PLAN,
        URGENT,
        # Tablets counted, lined up and looked at: "counted out 48 of them on the table",
        # "30 sertraline, 16 co-codamol, lined up on the bedside table. I think tonight."
        r"\b<NUM> (?:<DRUG>|co codamol|cocodamol|codeine|sertraline)(?:,| and) (?:\d+|<NUM>) "
        r"(?:\w+ )?(?:<DRUG>|co codamol|cocodamol|codeine)\b|"
        r"\bswallowed (?:\d+|<NUM>) more\b|\b<NUM> down\b.{0,40}\bleft in the (?:bottle|"
        r"packet|box|strip|tub)\b|\bhave the rest of the (?:strip|packet|bottle|box)\b",
        firm=True,
    ),
    # A plan told as a decision and a day, a place or a farewell: strong on their own, ...
    _r(
        "fam11_plan_said",
        PLAN,
        URGENT,
        r"\bi (?:fully )?intend to (?:die|end it|end my life|kill myself|be with (?:him|her|them|"
        r"my "
        r"\w+) (?:by then|soon|again))\b|"
        r"\b(?:came|come|drove|walked) (?:up |out |down )?(?:here|there) to (?:jump|die|end it|do "
        r"it)\b|"
        r"\bby this time (?:tomorrow|next week)\b.{0,20}\b(?:i )?(?:wont|will not|shant) be "
        r"(?:here|alive|around)\b|"
        r"\b(?:take|taking|swallow\w*|have|having) (?:everything|all of it|the lot|it all) (?:in|"
        r"from) (?:the|my|our) (?:\w+ )?(?:medicine|bathroom|first aid) (?:cabinet|cupboard|box|"
        r"drawer)\b|"
        r"\b(?:the )?rope (?:is |s )?(?:already )?(?:up|tied|hung|hanging|ready) (?:in|from|on|"
        r"over) (?:the |a )?(?:rafters?|beam|banister|bannister|loft|tree|branch|hook|shed|garage|"
        r"attic|barn)\b(?!.{0,40}\b(?:swing|climb\w*|washing|tow\w*|hammock|gym|boat|sail\w*|"
        r"tyre|tire|pulley|clothes|tent|dog|horse|kids?|children|bunting|lights)\b)|"
        r"\b(?:got|put|tied|hung) the rope up\b(?!.{0,40}\b(?:swing|climb\w*|washing|hammock|"
        r"bunting|lights|tent)\b)|"
        r"\b(?:(?:wont|will not|not|never|isnt) )?(?:be the one|be the first|is the one) (?:to|"
        r"who) "
        r"finds? me\b|"
        r"\b(?:mi|me|i) (?:a go|ago|gwine|go) (?:\w+ ){0,2}?(?:end it|end mi life|kill miself|"
        r"dead)\b|\b(?:nah|not|never|wont) (?:going to )?swim (?:back|to shore)\b",
        firm=True,
    ),
    # A day on its own after a decision: "I've decided. Friday after my shift." Not a diary's
    # date line: it counts only after another cue (screen.combine).
    _r(
        "fam11_day_set",
        PLAN,
        URGENT,
        r"^(?:and |then |so )?(?:going |its |it is |thats |that is )?(?:(?:this|next) )?"
        r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tonight)(?: (?:night|morning|"
        r"evening|early))?(?: (?:after (?:my shift|work|school|the \w+)|when (?:the (?:house|flat)"
        r"(?:s| is) empty|the \w+s empty|theyre (?:all )?(?:away|out|asleep|at \w+)|everyones? "
        r"(?:is )?(?:out|asleep|away))|then))?\s*[.!,]?$",
        firm=True,
        weak="day",
    ),
    # ... or weak, counting beside another cue (screen.combine).
    _r(
        "fam11_plan_weak",
        PLAN,
        URGENT,
        r"\bthe date is (?:the )?(?:\d{1,2}(?:st|nd|rd|th)?|(?:mon|tues|wednes|thurs|fri|satur|"
        r"sun)day)\b|\b(?:got|have|ive got) a date (?:picked|set|chosen)\b|\bthats (?:the day|"
        r"when ill (?:go|do it))\b|"
        r"\b(?:thats|that is|its|this is) going to be (?:the|my) last (?:one|birthday|christmas)\b|"
        r"\b(?:made up my mind|mek up mi mind|i don decide)\b|"
        r"\b(?:worked out|figured out|already know|decided on) (?:the how|how and (?:the )?where|"
        r"the way|the method|how ill do it)\b|"
        r"\b(?:make sure|to check|checked) (?:its|it is|it was|the drop is) (?:deep|high|tall) "
        r"enough\b|\bwhich is (?:enough|high enough|deep enough)\b|"
        r"\bstones in my (?:coat |jacket )?pockets\b|"
        r"\b(?:lined|laid) (?:them |it all |all )?(?:up|out) (?:in rows|on the (?:bedside |kitchen "
        r"|coffee )?(?:table|bed|counter|floor|desk))\b|\bcounted (?:them )?out (?:<NUM>|all)\b|"
        r"\b(?:hear|hearing) (?:it|about it) from someone else\b|\bnot telling you so "
        r"(?:you(?:ll)?|you can|you will) (?:stop|save) me\b|\bso someone knows (?:why|it wasnt)\b|"
        r"\b(?:it|this) wasnt (?:because of (?:you|them)|sudden|your fault)\b|"
        r"\btalk me out of it\b|\b(?:dont|do not|please dont) (?:send anyone|come looking|"
        r"try to find me|look for me)\b|\bnot coming (?:back )?(?:down|home|back)(?: from (?:this|"
        r"there))?\s*(?:$|[.!,])|"
        r"\b(?:bought|got|ordered|purchased) (?:the |a |some )?(?:helium|exit bag|rat poison|"
        r"paraquat|pesticide|weedkiller)\b|\b(?:watched|looked up|learned|learnt) how\s*[.!,]?$|"
        r"\b(?:its|it is|theyre|they are) (?:in|under) (?:the|my) (?:boot|trunk|glovebox|glove "
        r"box)\b|\bafter (?:my parents|everyone|they|the kids) (?:sleeps?|are asleep|goes to "
        r"bed|go to bed)\b|"
        r"\b(?:worked out|know|found) (?:the code|the combination|where the key is)\b|"
        r"\bno (?:barrier|railing|fence|netting) on\b|\bend of the platform\b|"
        r"\b(?:express|fast train|freight) (?:doesnt|does not|wont) stop\b|"
        r"\bafter my last session\b|\bso you (?:dont|wont) get blamed\b",
        firm=True,
        weak="prep",
    ),
    # Coded means: preparation told as errands and gifts.
    _r(
        "fam11_means_kept",
        PLAN,
        URGENT,
        # Tablets put aside, bought where nobody would notice; charcoal and tape; a rope kept
        # in the car with no reason given; insurance asked about a death by one's own hand.
        r"\bputting (?:a |one |two |three |a couple |a few |some )?(?:of )?(?:my |the |mums |"
        r"nans )?(?:\w+ )?"
        r"(?:<DRUG>|one(?=.{0,50}\b(?:prescription|script|box|strip|packet|<DRUG>)\b)) (?:aside|"
        r"away|by) (?:from|each|every|instead of taking)\b|"
        r"\b(?:different|another|other|separate) (?:chemists?|pharmac\w+|shops?|supermarkets?|"
        r"stores?)\b.{0,30}\bso (?:they|nobody|no one|noone|it|the \w+) (?:wouldnt|wont|doesnt|"
        r"would not|didnt) (?:clock|notice|ask|suspect|flag|twig)\b|"
        r"\b(?:charcoal|heat beads|disposable (?:bbqs?|barbecues?))\b.{0,40}\b(?:tape|gaffer|"
        r"sealant)\b(?!.{0,40}\b(?:bbq|barbecue|grill|banner|drawing|sketch\w*|art|camping|"
        r"party|picnic)\b)|"
        r"\b(?:theres|there is|a length of|a) rope in (?:the|my) (?:boot|car|trunk|ute|van)\b"
        r"(?!.{0,60}\b(?:tow\w*|climb\w*|sail\w*|boat|tent|washing|swing|gym|dog|horse)\b)|"
        r"\blife insurance\b.{0,60}\b(?:pay ?out|pays|cover|covers)\b.{0,80}\b(?:self ?inflicted|"
        r"suicide|if i (?:die|killed myself|take my))\b|\binsurance\b.{0,60}\b(?:pay ?out|pays|"
        r"cover|covers)\b.{0,80}\b(?:suicide|if i (?:killed myself|take my own life))\b",
        firm=True,
    ),
    _r(
        "fam11_errands",
        PLAN,
        URGENT,
        # Errands: ordinary alone, a cue in threes (screen._ADMIN).
        r"\b(?:wrote|written|write|writing|sent|gave|left) (?:down |out )?(?:all )?(?:my |the )?"
        r"(?:passwords|logins?|pin numbers|bank (?:stuff|details))\b|\bcancel(?:l)?ed (?:my |the |"
        r"all my )?(?:gym|phone contract|subscriptions?|contracts?|direct debits?)\b|\b(?:sorted|"
        r"done|made|updated) (?:out )?(?:my "
        r"|the )?(?:will|life insurance(?: paperwork)?|nominee details)\b|\btold (?:her|him|them) "
        r"where the (?:house deeds|deeds|will|papers|documents|policy) (?:are|is)\b",
        firm=True,
        weak="prep",
    ),
    _r(
        "fam11_farewell_weak",
        PLAN,
        URGENT,
        r"\b(?:gave|given|giving|shared|handed over|handed) (?:away )?(?:all )?my (?:\w+ ){0,2}?"
        r"(?:to|with)\b|\b(?:wont|will not|wouldnt|not going to|nah) (?:be )?need(?:ing)? "
        r"(?:it|them|dem|any of it|the \w+|a return|those|that|either|both)(?: \w+)?(?: anymore|"
        r" any more| "
        r"where (?:im|i am|mi|i) going| past then| (?:after|past|from|by) (?:the )?(?:\d+\w*|"
        r"this week|"
        r"next week|(?:mon|tues|wednes|thurs|fri|satur|sun)day|then|christmas|the weekend)|"
        r" after)?\s*(?:$|[.!,]|either)|"
        r"\b(?:no need|doesnt need|dont need|wont need) to (?:give|bring) (?:\w+ )?(?:back|em back|"
        r"them back|it back)\b|\b(?:told (?:her|him|them) to )?look after (?:them|it|him|"
        r"her) (?:for me )?"
        r"forever\b|"
        r"\bremember me (?:well|kindly|fondly|as)\b|\bfor whoever (?:comes in|finds|gets here|"
        r"comes)\b|\bwhere (?:theyll|they will|shell|she will|hell|he will|\w+ will) find "
        r"(?:it|them)\b|\bwith (?:their|his|her) "
        r"names? on\b|\b(?:in case|if) (?:im|i am) not (?:around|here)\b|"
        r"\b(?:what i want|songs|music|readings) (?:for|at) (?:the|my) (?:funeral|service)\b|"
        r"\bplaylist for the (?:service|funeral)\b|\bmemoriali[sz]\w*\b|"
        r"\blogging off for good\b|^not long now\s*[.!]?$|\bgot what i (?:need|needed)\s*[.!]?$|"
        r"\bdont worry about (?:\w+ )?(?:session|next week)\b|\bone way (?:train|ticket|flight)\b|"
        r"\b(?:stood|standing|sat|sitting) on (?:the |a )?"
        r"(?:\w+ )?(?:bridge|cliff|roof|ledge) for (?:about |nearly |over )?(?:an hour|hours|"
        r"ages)\b|"
        r"\b(?:im|i am|standing|stood|sitting|sat) on (?:the |a )?(?:foot)?bridge (?:over|above) "
        r"(?:the )?(?:motorway|traffic|tracks|railway|river|line|road|dual carriageway|ring road|"
        r"bypass)\b|\b(?:peaceful|quiet|calm) "
        r"up here\b|\bfreights?(?: trains?)? (?:\w+ )?(?:come|comes|go|goes|going|coming) through"
        r"\b|"
        r"\bnot (?:at )?the station\b|\bthe bit with no fence\b|\bfence is down\b|\b(?:dont|"
        r"doesnt) "
        r"(?:slow down|stop) (?:there|here)\b|\bthe ones that dont (?:stop|slow down)\b|\b(?:got|h"
        r"ave) (?:\w+ )"
        r"boxes now\b|\b(?:stash|collection) (?:in|under) (?:my|the)\b|\bdecent (?:little )?"
        r"(?:stash|collection)\b|\bhave an exit\b|\bnobody to look after (?:her|him|them)\b|"
        r"\b(?:going|go) to (?:the )?(?:\w+ ){0,2}?bridge (?:tomorrow|tonight)\b|"
        r"\b(?:tomorrow|tonight) (?:i am|im) going to (?:the )?(?:\w+ ){0,2}?bridge\b",
        firm=True,
        weak="prep",
        unless=r"\bwatching the (?:boats?|birds|sunset|sunrise|fireworks|view|swans|ducks)\b",
    ),
    # Slang and typed-in-a-hurry, read off the same sets.
    _r(
        "fam11_slang",
        PLAN,
        URGENT,
        r"\bfinal yeet\b(?! of)(?! for the (?:season|year|term))(?! before).{0,30}\b(?:tonight|"
        r"tomorrow|scheduled|planned|booked|from|off|at \d|on "
        r"(?:the )?\d|sat|sun|(?:mon|tues|wednes|thurs|fri|satur|sun)day|after)\b|"
        r"\b(?:going to|gonna) go suicide\b|\btouch (?:the )?(?:train |railway )?tracks instead of "
        r"grass\b|\b(?:go|going to|gonna) (?:go )?touch the (?:train |railway )?tracks\b(?=.{0,20}"
        r"\b(?:tonight|at \d|\d ?am|after)\b)|\b(?:lie|lay) (?:down )?on the (?:train |railway )?"
        r"tracks\b",
        firm=True,
    ),
    _r(
        "fam11_at_the_edge",
        PLAN,
        URGENT,
        # At a height now, and saying so: "im on the brdge rite now cant do this anymre".
        r"\b(?:im|i am) (?:on|at) the (?:\w+ )?(?:bridge|roof|ledge|cliff|edge|tracks)\b.{0,60}"
        r"\b(?:cant do (?:this|it)|im ready|dont want to be here|(?:not|dont think im) coming "
        r"back)\b",
        firm=True,
    ),
    _r(
        "fam11_slang_taken",
        ATT,
        URGENT,
        r"\b(?:took|taken|swallowed) (?:the |my )?suicide (?:pills|tablets|meds)\b|"
        r"\btook the sleepy route\b(?! home| through| to| via| past| back| in| along| round)|"
        r"\b(?:took|taken|swallowed|had|necked|downed) (?:like |about |nearly )?(?:a |the )?whole "
        r"(?:strip|packet|pack|box|bottle|blister|sheet) of\b(?!<NOT_MEDICINE>)|"
        r"\b(?:took|taken|swallowed|had) (?:a lot|alot|loads|lots|too many|so many|a bunch) of "
        r"(?:my |the |them |those |em )?(?:\w+ )?(?:<DRUG>|tabs)\b.{0,20}\b(?:like |about |"
        r"around |maybe )?(?:<NUM>|\d{2})\b|"
        r"\b(?:took|taken|swallowed|had) (?:like |about |around |maybe )?(?:<NUM>|\d{2}) of "
        r"(?:them|those|these|em|thm) (?:\w+ )?(?:<DRUG>|tabs)\b",
        firm=True,
    ),
    _r(
        "fam11_slang_weak",
        PLAN,
        URGENT,
        r"\b(?:catch|catching) the bus (?:tonight|tomorrow|on (?:the )?\w+|(?:this|next) \w+|at "
        r"\d+|after)\b|\b(?:got my ticket|tickets? (?:is |s )?sorted)\b|\bif (?:you|u) know what i "
        r"mean\b|\bits been real\b|\b(?:youve|you have|youre|you were) (?:been )?a good one\b|"
        r"\b(?:wont|will not|not going to) be around for (?:the )?next season\b|"
        r"\b(?:got|have|ive got) everything (?:i need|ready|sorted)\b|"
        r"\b(?:dont think im|im not) coming back\b|\bits (?:tomorrow|tonight)(?: night| morning)? "
        r"(?:when|after|while)\b|\b(?:going|go) to the (?:train )?tracks? (?:tonight|tomorrow|now|"
        r"at|after)\b|\b(?:dont|do not|please dont) try (?:to )?stop me\b",
        firm=True,
        weak="prep",
        unless=r"\b(?:cake|eating|pizza|buying|shopping|booking|ordering|dancing|singing|karaoke)"
        r"\b"
        r"|<TRIP_KIT>",
    ),
    # Elevated: wishes, thoughts and self-harm said sideways.
    _r(
        "fam11_wish_sideways",
        P,
        ELEVATED,
        # Relief at the thought of a fatal illness or a crash, envy of the dead, a year closer.
        r"\b(?:relief|relieved|wouldnt be the worst thing|wouldnt mind|would not mind)\b.{0,60}"
        r"\bsomething terminal\b|\bsomething terminal\b.{0,40}\b(?:relief|relieved)\b|"
        r"\bwouldnt be the worst thing if (?:the |my )?cancer came back\b|"
        r"\b(?:scare|biopsy|scan|tests?|results?) (?:\w+ ){0,3}?(?:turned out to be|came back) "
        r"(?:nothing|clear|fine|benign)\b.{0,30}\b(?:disappointed|gutted)\b|"
        r"\b(?:plane|flight|turbulence)\b.{0,80}\b(?:hoping (?:it|we) (?:would|might) (?:go down|"
        r"crash)|maybe this is it)\b|\bturbulence\b.{0,40}\bkind of hoping\b|"
        r"\bhoping the (?:plane|flight)(?: \w+)? (?:goes|would go|will go) down\b|"
        r"\benvy\b.{0,40}\bthe one in the (?:box|coffin)\b|"
        r"\bone (?:year|day|step) closer\b.{0,20}\b(?:thank god|thank goodness|thank fuck)\b|"
        r"\bif (?:the universe|god|a bus|a car|something|a piano|the sky)\b.{0,40}\b(?:on me|me)\b"
        r".{0,20}\b(?:thats|that is|id be|i would be) (?:fine|ok|okay|alright)\b|"
        r"\b(?:want|wanna|wish i could) (?:to )?dye\b(?! (?:my|it|the|her|his|them|a|some|hair|"
        r"\w+ (?:hair|blue|red|pink|black|purple)))",
    ),
    _r(
        "fam11_thought_sideways",
        A,
        ELEVATED,
        r"\b(?:negotiat\w+|bargain\w+|flirt\w+|toying|playing) with the (?:idea|thought) of "
        r"(?:not (?:living|being here|existing|waking up)|dying|death|ending it)\b|"
        r"\bstaying (?:vs|versus|or) not\b|\bthe not side\b|\bpitching death\b|\bdeath as (?:the|"
        r"a) (?:solution|answer|way out)\b|\b(?:making|make) myself dead\b",
    ),
    _r(
        "fam11_self_harm",
        SH,
        ELEVATED,
        r"\b(?:doing |again )?cutting on my (?:\w+ )?(?:<BODY>|hands?)\b|"
        r"\b(?:used|put|pressed|held) (?:the |my |a )?(?:iron|curling iron|curling tongs|"
        r"straighteners|lighter|cigarette|hot spoon) (?:on|to|against) my (?:\w+ )?(?:<BODY>|"
        r"hands?)\b|"
        r"\b(?:days|weeks|months) clean from (?:self harm|cutting|sh)\b.{0,40}\brelapsed\b|"
        r"\brelapsed\b.{0,40}\b(?:self harm|cutting|the blade)\b|"
        r"\b(?:did|done) the thing with the (?:razor|blade|lighter|compass)\b|"
        r"\b(?:hit|hitting|punched|pinched|bit|biting|scratched|scratching)(?: and bit)? my "
        r"(?:own )?(?:\w+ )?(?:thighs?|forearms?|arms?|legs?|stomach)\b.{0,60}\buntil (?:they|it) "
        r"(?:were |was )?(?:properly )?(?:bruised|bled|bleeding|marked|raw)\b|"
        r"\b(?:ice cube|elastic band|rubber band) (?:thing|trick)\b.{0,40}\b(?:instead of (?:the "
        r"blade|cutting)|not working|didnt work)\b",
    ),
    _r(
        "fam11_harm_near",
        HARM,
        ELEVATED,
        r"\bnearly (?:went for|attacked|stabbed|strangled|glassed) (?:my \w+|him|her|them)\b|"
        r"\b(?:thought|thoughts|urge) (?:\w+ ){0,6}?of (?:shoving|pushing) (?:the|a|this) (?:\w+ )?"
        r"(?:bloke|man|woman|guy|lad|stranger|person|kid)\b",
    ),
    _r(
        "fam11_hits_when",
        DANGER,
        ELEVATED,
        r"\b<ABUSER>\s+(?:still |always )?(?:hits|beats|kicks|punches|slaps|chokes)\s+(?:when|"
        r"whenever|if|every)\b",
    ),
    # Danger now, from someone else, told in passing.
    _r(
        "fam11_armed_threat",
        DANGER,
        URGENT,
        # "he's drunk and holding the kitchen knife and says if i move he'll use it"; not a
        # knife out for the Sunday roast: a threat must come with it.
        r"\b<ABUSER>\s+(?:\w+\s+){0,5}?(?:holding|has|got|took|taken|waving|pointing|pulled|"
        r"with|wid|grabbed)\s+(?:out\s+)?(?:a |the |his |her |di |my )?(?:\w+\s+){0,2}?(?:knife|"
        r"gun|shotgun|rifle|machete|cutlass|axe|pistol)\b"
        r"(?=.{0,80}\b(?:says?|said|saying|seh|cuss\w*|threaten\w*|if i|tonight|kill|finish\w*|"
        r"hurt|use it|chop|screaming|shouting|yelling|raging|we all go)\b)",
        firm=True,
        past_needs_recency=True,
    ),
    _r(
        "fam11_threat_tonight",
        DANGER,
        URGENT,
        r"\b(?:said|says|saying|seh|told me|texted|shouting|screaming|bawl\w*|cuss\w*)\b"
        r"(?:\s+\w+){0,4}?\s+(?:kill|finish|deal with|sort out|chop|hurt|end)\s+(?:me|mi|us|"
        r"all of us|the lot of us)(?:\s+\w+){0,3}?\s+tonight\b|"
        r"\btonights the night (?:(?:he|she|they) (?:finishes|kills|ends|gets|sorts)|we all "
        r"(?:go|die))\b|\bchop (?:me|mi) up\b",
        firm=True,
    ),
    _r(
        "fam11_found_me",
        DANGER,
        URGENT,
        # Found: "my ex just texted me a photo of my front door", "posted my new address".
        r"\b<ABUSER>\s+(?:\w+\s+){0,2}?(?:sent|texted|posted|messaged|dmed|put up)\s+(?:me\s+)?"
        r"(?:a |an )?(?:photo|picture|pic|video)\s+of\s+(?:my|our)\s+(?:own\s+)?(?:new\s+)?"
        r"(?:front\s+)?(?:door|house|flat|car|window|street|kids?|building)\b|"
        r"\b(?:posted|shared|put up) my (?:new )?(?:address|location)\b",
        firm=True,
    ),
    _r(
        "fam11_followed",
        DANGER,
        URGENT,
        r"\b(?:someone|somebody|a (?:man|guy|car|van|ute|truck)|some (?:guy|man|bloke)|(?:the )?"
        r"same (?:\w+ ){0,2}?(?:car|van|ute|truck|guy|man|bloke)|my ex|he|she)\s+(?:has\s+|is\s+|"
        r"s\s+)?(?:been\s+)?(?:followed|following|behind) me\s+(?:from|since|all the way|for)\b"
        r"(?!.{0,40}\b(?:instagram|insta|twitter|tiktok|socials|online|on here|followed back)\b)|"
        r"\b(?:car|van|ute|truck|guy|man|bloke)\s+(?:\w+\s+)?(?:thats|that is|that has|has|is)"
        r"\s+been (?:behind|following) me\b|\b(?:think|sure|pretty sure) (?:im|i am) being "
        r"followed\b",
        firm=True,
    ),
    _r(
        "fam11_barred",
        DANGER,
        ELEVATED,
        # Someone the law keeps away: ongoing danger, urgent beside their being here now.
        r"\b(?:hes|shes|he is|she is|theyre|they are|he was|she was)\s+not\s+(?:supposed|meant|"
        r"allowed)\s+to\s+(?:know where (?:i|we) (?:live|am|are|work|stay)|come within|be "
        r"(?:within|near|here|anywhere near)|contact me|come near)\b",
    ),
    _r(
        "fam11_here_now",
        DANGER,
        URGENT,
        r"\b<ABUSER>\s+(?:(?:has |just |has just |s )(?:turned up|shown up|showed up)|(?:is |s )?"
        r"(?:sat|sitting|waiting|parked|asking for me))\s+(?:\w+\s+){0,3}?(?:at|outside|in|"
        r"across from|opposite)\s+"
        r"(?:the|my|our|his|her|their)\b|\b<ABUSER>\s+(?:is )?in (?:reception|the car ?park|"
        r"the lobby|the "
        r"foyer)\b",
        firm=True,
        weak="help",
        unless=r"\b(?:pick (?:me|us) up|picking (?:me|us) up|give (?:me|us) a lift|taxi|uber|for "
        r"work|for school)\b",
    ),
    # --- Twelfth session: families read off the misses of `fresh15` and `fresh16` (retired)
    # and of the training sets `train12` and `train13`, then narrowed after a review's
    # everyday probes (docs/safety.md). A rule's `unless` skips a sentence that names an
    # ordinary reason (a walk, a wedding, a hammock), wherever the reason stands.
    # A lethal place and a time: weak alone ("going up to the quarry tomorrow").
    _r(
        "fam12_place_time",
        PLAN,
        URGENT,
        r"\b(?:im|i am|ill|i will|going to|gonna|gunna)\s+(?:\w+\s+){0,3}?(?:go|going|drive|"
        r"driving|head|heading|take the (?:car|ute|van|truck)|out|up|down)\s+(?:\w+\s+){0,3}?"
        r"(?:to |up |out to |down to )?(?:the )?(?:\w+\s+){0,2}?(?:quarry|cliffs?|cliff top|"
        r"clifftop|multi ?storey|reservoir|pier|footbridge|viaduct|railway line|train line|tracks|"
        r"back paddock|dam|woods)\b"
        r"(?=.{0,60}\b(?:tonight|tomorrow|when it gets dark|after dark|(?:mon|tues|wednes|thurs|"
        r"fri|satur|sun)day|(?:this|the) weekend|thats the end|for good|with (?:dads|my|the) "
        r"(?:\w+ )?(?:rifle|shotgun|gun))\b)|"
        r"\bits going to be the (?:\w+ ){0,2}?(?:bridge|quarry|cliff|tracks|reservoir|"
        r"multi ?storey|car park|railway line)(?:\s+(?:by|on|at|near) the (?:\w+ ){0,3}?\w+)?\s*"
        r"(?:[.!]|$)|^the plan is the (?:woods|tree|bridge|"
        r"river|cliff|tracks|quarry|reservoir|rope|garage|loft)\b(?! (?:for|with)\b)",
        firm=True,
        weak="prep",
        unless=r"\b(?:walk\w*|swim\w*|picnic|fish\w*|photos?|sunset|sunrise|bike|"
        r"ride|party|festival|"
        r"concert|birthday|camping|climb\w*|boulder\w*|abseil\w*|kayak\w*|paddl\w*|sail\w*|station|"
        r"museum|meeting|office|venue|wedding|crabs?|love to|like to|gorgeous|beautiful|holiday)\b|"
        r"\bwith (?:the |my |our )?(?:kids|family|friends|mates|lads|girls|dog|nephew|niece)\b",
    ),
    # Farewells and arrangements: each ordinary, a cue in pairs (screen.combine).
    _r(
        "fam12_farewell",
        PLAN,
        URGENT,
        r"\bthanks? (?:you )?for (?:trying|everything youve tried) with me\b|"
        r"\b(?:and )?thats the end of it\s*[.!]?$|"
        r"\bfor whoever (?:takes|has|gets|looks after) (?:him|her|them)\b|\bfor whoever (?:comes|"
        r"finds (?:me|it))\s*(?:[.!]|$)|\bfor whoever (?:has to deal|has to sort|ends up)\b|"
        r"\b(?:wanted|want) to (?:message|text|tell|talk to) someone (?:first|before)\s*[.!]?$|"
        r"^final check ?in(?: i think)?\s*\.?$|\b(?:dont|do not|please dont) try (?:to )?change "
        r"my mind\b|\bsorted it (?:all )?in my head\b|\bcalm about it now\b|\bcalm (?:you get |i "
        r"feel |i am )?once (?:youve|ive|you have|i have) (?:made|decided)\b|"
        r"\b(?:dont|do not) think (?:i|ill) (?:will )?see next (?:week|month|year|christmas)\b|"
        r"\b(?:already )?sorted (?:out )?(?:the )?how\s*[.!]?$|"
        r"\b(?:nobody|no one|noone) (?:will|can|is going to) walk in\b|"
        r"^tonights the night(?: i think)?\s*\.?$|"
        r"\bwhere (?:theyll|they will|shell|hell) look first\b|"
        r"\bone for (?:\w+ ){0,3}?\w+, one for (?:\w+ ){0,4}?\w+,? (?:and )?one for\b|"
        r"\bwont be able to look after (?:him|her|them) after\b|"
        r"\b(?:didnt|did not|not) (?:book|buy|get)\w* (?:a |the )?(?:way|ticket|train|flight) "
        r"back\b|\b(?:nobody|no one) knows where ill be\b|\bgoing away for a (?:long|very long) "
        r"time\b|\bim not (?:actually |really )?going anywhere really\s*[.!]?$|"
        r"\b(?:deleted|wiped) (?:all )?my (?:socials|accounts|instagram|tiktok)\b(?! (?:for|to|"
        r"until|till|off)\b)|\bgave (?:all )?my (?:\w+ )?(?:skins|items|account|gear) away\b|"
        r"\b(?:still )?(?:sitting|sat|standing|stood) (?:near|on|at) the edge\s*(?:[.!,]|$)|"
        r"\b(?:cleared|emptied) (?:out )?the (?:medicine|bathroom) (?:cabinet|cupboard)\b(?! of)|"
        r"\b(?:just )?want (?:it|them) ready\s*[.!]?$|\bhavent taken (?:them|it|any) yet\b|"
        r"\b(?:doing|taking|having|swallowing|necking) the rest of the (?:box|packet|bottle|strip|"
        r"tub|pack)\b(?! back| to)|\b(?:had|taken|took|swallowed) (?:\d+|six|seven|eight|nine) so "
        r"far\b|\b(?:full )?(?:strips|packets|boxes|bottles) of (?:\w+ ){0,2}?<DRUG>\b.{0,60}"
        r"\b(?:maybe|about|like|around|so) <NUM>\b|"
        r"\btold (?:the )?(?:second |other |another )?(?:chemist|pharmacist|pharmacy) (?:that )?"
        r"(?:id|i had|i) lost\b|\bprescription (?:filled|done) twice\b|"
        r"\b(?:to )?check (?:the|how) (?:height|high|drop|deep)\b(?! of the (?:shelf|shelves|"
        r"table|desk|fence|ceiling))|\b(?:looked up|googled|checked|researched) how (?:high|tall|"
        r"deep|far down) (?:the )?(?:\w+ ){0,3}?(?:<HEIGHT>|drop|fall|quarry|reservoir)\b|"
        r"\bmethod (?:chosen|picked|sorted|decided)\s*(?:[.,!]|$)|"
        r"\bset the date for the anniversary\b|"
        r"\b(?:told|tell) (?:them|the police|everyone|the nurses?|the doctors?|my \w+) (?:that )?"
        r"i (?:slipped|fell|tripped)\b|"
        r"\b(?:mum|mom|dad|he|she|someone|my \w+) found me\s*\.?$|^(?:i )?tried again\s*\.?$|"
        r"\bgoing (?:up |out |down )?there to check it out\b|"
        r"\bsorted everything\s*\.?$|\b(?:she|he|they) kept asking (?:me )?why\s*[.!]?$|"
        r"\b(?:dads|my|the|his) (?:shot)?gun(?:s| is) (?:in|under|kept in) the (?:shed|loft|"
        r"cabinet|safe|wardrobe|cupboard|garage|attic)\b|"
        r"\b(?:second|third|fourth|fifth) time this year\s*\.?$|"
        r"\b(?:messaging|writing|texting) from the (?:ward|hospital)\b|\bpulled me out\b(?! of "
        r"(?:bed|the|a|my|school|class|work))|"
        r"\bwill (?:drink|swallow) (?:it|them) when\b|\b(?:paid off|cleared) (?:my |the )?"
        r"(?:credit card|overdraft|debts?)\b|\beverything(?:s| is) (?:tidy|squared away|in order) "
        r"now\b|\bsquared away\b",
        firm=True,
        weak="prep",
    ),
    # Strong on their own.
    _r(
        "fam12_plan",
        PLAN,
        URGENT,
        r"(?<!love to )(?<!like to )(?<!could )\b(?:drive|driving|walk|walking|swim|swimming|head|"
        r"heading) (?:\w+ ){0,7}?and not come back\b(?!.{0,40}\b(?:until|till|for|before|"
        r"gorgeous|beautiful|lovely|holiday|stunning)\b)|"
        r"\bwhich (?:\w+ )?(?:medications?|meds|pills|tablets|drugs) (?:would|will|could) do it\b|"
        r"\b(?:i will|ill|im going to|going to|gonna|i go) (?:drink|swallow) (?:the |some |di |a "
        r"bottle of )?(?:\w+ )?(?:pesticide|weedkiller|weed killer|bleach|poison|paraquat|sniper|"
        r"rat poison|antifreeze|kerosene|insecticide)\b|"
        r"\b(?:funeral|died|passed|death|grave|anniversary)\b.{0,60}\b(?:im|i am|i will|ill)"
        r"(?: going to| gonna)? (?:go and )?(?:join|be with) (?:her|him|them)\s*(?:[.!]|$)|"
        r"\b(?:nah|wont|not going to|dont|do not) (?:be )?(?:need|needing) (?:nutten|nothing|"
        r"anything|any of it) (?:again |anymore )?(?:after|come) (?:the weekend|tonight|tomorrow|"
        r"the 1st|sunday|monday|tuesday|wednesday|thursday|friday|saturday|this week)\b|"
        r"\b(?:wont|will not) be around to need\b|\b(?:need|needs|will need) to know,? after\s*[.!"
        r"]?$|"
        r"\b(?:kill myself|end it) (?:on )?(?:tonight|tomorrow|(?:this |next )?(?:mon|tues|"
        r"wednes|thurs|fri|satur|sun)day)\b|\bsuicide speedrun\w* (?:tonight|tomorrow)\b|"
        r"\bwont climb back (?:over|down|up)\b|\b(?:wont|will not|not|never) be the ones to find "
        r"me\b|\bputting (?:a couple|a few|one or two|two|some) (?:aside|away|by) from (?:each|"
        r"every|my) (?:prescription|script|box|packet)\b|"
        r"\b(?:when|by the time) (?:you|u) read this,? (?:ill|i will|il|i) (?:be gone|wont be "
        r"here)\b|\b(?:the )?last time (?:theyd|they would|theyll|they will|hed|shed|youd|you "
        r"would|you will) see me\s*[.!]?$|\b(?:days|weeks|months) (?:worth )?of (?:my )?(?:\w+ )?"
        r"(?:<DRUG>|methadone) saved\b|\bmeant it to be the end\b(?! of)|\bbe the one (?:who|to) "
        r"walks? in on\b",
        firm=True,
    ),
    _r(
        "fam12_doing_it",
        PLAN,
        URGENT,
        r"\bdoing it (?:on )?(?:tonight|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day) "
        r"(?:at|off|from) the (?:\w+ )?(?:<HEIGHT>|quarry|tracks|reservoir)\b",
        firm=True,
        unless=r"\b(?:abseil\w*|bungee|zip ?wire|charity|sponsored|skydiv\w*|parachut\w*|jump "
        r"booked)\b",
    ),
    # A recent attempt told in passing.
    _r(
        "fam12_taken",
        ATT,
        URGENT,
        r"\b(?:swallowed|took|taken|necked|downed) (?:like |about |around |maybe |over |nearly )?"
        r"<NUM>(?: something| odd|ish)? (?:of (?:my |the |them |those |these |\w+s )?(?:\w+ )"
        r"{0,3}?)?(?:<DRUG>|tabs)\b(?!.{0,20}\b(?:a|per|each) day\b)(?!.{0,25}\b(?:to the "
        r"(?:pharmacy|chemist)|back|for disposal|out of|into|left|delivered|prescribed|bar|pub)\b)|"
        r"\bswallowed (?:whatever|everything|all) (?:that )?(?:was )?(?:in|from) the (?:\w+ )?"
        r"(?:cabinet|cupboard|drawer|box)\b|"
        r"\b(?:took|swallowed|had|taken) (?:what was left|the rest|whats left|all thats left) of "
        r"(?:my|the|mums|dads) (?:\w+ )?<DRUG>\b(?! (?:back|to the))|"
        r"\b(?:tied|put|wrapped) (?:something|(?:a|the) (?:belt|cord|rope|ligature)) (?:round|"
        r"around) my neck\b|"
        r"\b(?:\w+ (?:days?|weeks?)|a (?:day|week|fortnight)) post ?attempt\b|"
        r"\b(?:days?|weeks?) (?:after|since) (?:the|my) overdose\b|\bsince (?:the|my) overdose "
        r"(?:the )?(?:weekend|week|night) before last\b|"
        r"\b(?:brought|taken|rushed) in after what i did\b(?! to my)|"
        r"\b(?:took|swallowed|had|cut)\b.{0,60}\bto try (?:and|to) (?:kill myself|die|unalive)\b|"
        r"\bon purpose,? to end it\b|"
        r"\b(?:went|jumped|walked|stepped) off the end of the (?:pier|jetty|harbour wall)\b",
        firm=True,
        unless=r"\b(?:pharmacy|chemist|disposal|with me|for the (?:trip|week|holiday)|org"
        r"ani[sz]er|dosette|delivered|prescribed)\b",
    ),
    # Harm to someone else: an act named with its target, strong alone ...
    _r(
        "fam12_harm_act",
        HARM,
        URGENT,
        r"\b(?:im|i am|ill|i will)(?: going to| gonna| gunna)? (?:set fire to|torch|burn down) "
        r"(?:his|her|their|the \w+s) (?:\w+ )?(?:flat|house|place|car|shop|van)\b|"
        r"\b(?:im|i am|ill|i will)(?: going to| gonna| gunna)? run (?:him|her|them) (?:down|over)"
        r"\b|\b(?:going|go|goin) (?:round|over) (?:there |to his |to hers |to theirs )?(?:tonight|"
        r"tomorrow) with (?:a |the |my )?(?:can of petrol|knife|blade|gun|acid|machete|crossbow)\b",
        firm=True,
    ),
    # ... and cues that count in pairs of different kinds (screen.combine): the target found,
    _r(
        "fam12_harm_found",
        HARM,
        URGENT,
        r"\b(?:know|found out|found) where (?:the|that) (?:\w+ ){1,5}?(?:lives|works|drinks|"
        r"stays)\b|\bknow which (?:door|entrance|exit|way|route|bus|train|pub|gym|bar|club) "
        r"(?:he|she|they) (?:comes?|uses?|takes?|goes|drinks?|trains?)\b|\bi know the house "
        r"(?:his|her|their|where)\b|\b(?:going|go) to (?:my exs|his|her|their) (?:\w+ )?(?:work|"
        r"house|flat|place) (?:tomorrow|tonight)\b(?! for (?:dinner|tea|lunch|a|the))",
        weak="found",
    ),
    # ... payback promised,
    _r(
        "fam12_harm_payback",
        HARM,
        URGENT,
        r"\b(?:find|finds) out what happens when\b|\b(?:shes|hes|theyre|she is|he is) going to "
        r"pay\s*(?:[.!]|$|for what)|\b(?:hell|shell|theyll) pay(?: for (?:this|what (?:he|she|"
        r"they) did|it))?\s*[.!]?$|\b(?:he|she|they) deserves? to (?:burn|die|suffer|bleed)\b|"
        r"\b(?:insulted|hurt|touched|threatened) (?:me|my \w+) for the last time\s*[.!]?$|"
        r"\bwhatever happens after,? i dont care\b|\bthe police did nothing\b",
        weak="payback",
    ),
    # ... and a weapon made ready.
    _r(
        "fam12_harm_armed",
        HARM,
        URGENT,
        r"\b(?:kept|keeping|got|have|ive) (?:the |my |a )?(?:\w+ )?(?:sickle|crossbow|machete|"
        r"cutlass|knife|blade|rifle|shotgun|gun|hammer|axe) (?:cleaned and )?ready\b|"
        r"\b(?:the )?crossbows? (?:is |s )?(?:cleaned|loaded|ready)\b",
        weak="armed",
    ),
    # Urges and images of hurting someone: elevated, as thoughts.
    _r(
        "fam12_harm_urge",
        HARM,
        ELEVATED,
        r"\b(?:fantasi\w*|flash(?:es)?|thoughts?|pictures?|picturing|imagining|urges?|images?|"
        r"wanted to|wanting to)\b(?:\s+\w+){0,4}?\s+(?:of |about )?(?:smash\w* (?:a |the )?"
        r"(?:\w+ )?(?:over|into) (?:his|her|their)|push\w* (?:him|her|them|my \w+) (?:down|off|"
        r"in front)|shak\w* (?:him|her|the baby)(?! (?:hand|hands|awake|up|off)\b)|stab\w* "
        r"<TARGET>|hurt\w* <TARGET>|strangl\w* (?:him|her|them)|batter\w* (?:him|her|them)|drag "
        r"(?:him|her|them) out (?:of (?:the|his|her|their) car|and (?:batter|beat|hit|punch|"
        r"kick|smash))|taking a hammer to (?:him|her)|throw\w* (?:him|her|them) down)\b|"
        r"\b(?:id|i would|reckon id) (?:flatten|batter|deck|glass) (?:him|her|them)\b",
    ),
    # Danger now, from someone else.
    _r(
        "fam12_locked_in",
        DANGER,
        URGENT,
        r"\b<ABUSER>\s+(?:has\s+|s\s+|just\s+)?locked me in\b(?=.{0,80}\b(?:took|taken|phone|"
        r"ipad|cant get out|now|right now|wont let me|till|until|be back)\b)",
        firm=True,
    ),
    _r(
        "fam12_danger",
        DANGER,
        ELEVATED,
        # Ongoing: threats, turning up, papers kept, hit again.
        r"\b(?:are|is|keeps?|been|hes|shes|theyre) threatening (?:me|us)\b|"
        r"\bknows where i live now\b|"
        r"\b(?:he|she|ex|they)\b(?:\s+\w+){0,2}?\s+keeps? turning up (?:outside|at) (?:my|our)\b|"
        r"\b(?:keeps|kept|took|has|holds|hides|hid) my (?:passport|immigration papers|visa|"
        r"documents)\b(?=.{0,30}\b(?:locked|away|hidden|wont give|wont let)\b)|"
        r"\bgrabbed me by (?:the|my) (?:throat|neck|hair)\b|"
        r"\b\w+ (?:shoved|pushed|slammed|threw) me (?:into|against|down) (?:the|a) (?:\w+ )?"
        r"(?:wall|worktop|counter|door|stairs|floor|table|cupboard|fridge|radiator)\b",
        past_needs_recency=True,
    ),
    _r(
        "fam12_danger_perfect",
        DANGER,
        ELEVATED,
        # Said in the present perfect, it is still going on: "she's slapped me twice".
        r"\b(?:hes|shes|he has|she has|theyve) <NG>?(?:slapped|hit|punched|kicked|choked|"
        r"strangled) me\b",
        unless=r"\b(?:bump|toddler|tantrums?|invoice|bill|in the womb|all night)\b",
    ),
    _r(
        "fam12_followed",
        DANGER,
        URGENT,
        r"\b(?:car|van|man|guy|bloke)\s+(?:thats|that has|that)\s+followed me (?:from|since|all "
        r"the way)\b|\bsame (?:\w+ ){0,2}?(?:car|van|ute|truck)s (?:been )?(?:behind|following) "
        r"me\b(?=.{0,40}\b(?:since|from the|all the way|round the block|third time|again)\b)",
        firm=True,
    ),
    _r(
        "fam12_danger_now",
        DANGER,
        URGENT,
        r"\b(?:his|her|their|my exs) car (?:is|s) (?:parked )?outside\b|\blook out (?:your|the) "
        r"window\b|\b(?:texted|messaged|said) (?:me )?\W*see you (?:tonight|soon)\b|"
        r"\b(?:says|said) (?:hell|he will|shell|she will) see me tonight\b|"
        r"\b(?:he|she) got out (?:today|yesterday|this morning)\b|\bstill behind me\b",
        firm=True,
        weak="help",
    ),
    _r(
        "fam12_danger_more",
        DANGER,
        URGENT,
        r"\b<ABUSER>\s+(?:has\s+|s\s+|just\s+)?poured petrol\b|\b<ABUSER>\s+(?:has\s+|s\s+)?"
        r"(?:just\s+)?(?:texted|sent|messaged) me my (?:new )?address\b|"
        r"\b(?:the (?:man|guy|woman|bloke)|he|she) who (?:attacked|raped|assaulted|hurt|abused|"
        r"stabbed) me\b.{0,40}\b(?:right now|is outside|is here|is at the|s at the|is in the)\b",
        firm=True,
    ),
    _r(
        "fam12_order",
        DANGER,
        ELEVATED,
        r"\btheres (?:a|an) (?:court|restraining|non ?molestation|protection|no contact) "
        r"order\s*[.!]?$",
    ),
    # Self-harm told plainly or sideways.
    _r(
        "fam12_self_harm",
        SH,
        ELEVATED,
        r"\b(?:punch\w*|headbutt\w*|bang\w*) (?:my head )?(?:on |against |into )?(?:the|a) "
        r"(?:\w+ )?(?:wall|tiles|door|headboard|mirror)s?\b.{0,50}\b(?:on purpose|wanted it to "
        r"hurt|hard enough to|when it gets too much|knuckles)\b|"
        r"\b(?:keep|kept|started) (?:hitting|banging) my head (?:on|against) (?:the|my) "
        r"(?:headboard|wall|floor|door|desk)\b(?! (?:with|over|about)\b)|"
        r"\b(?:bit|biting|bite|pinch\w*|twist\w*|scratch\w*|claw\w*)(?: and \w+)? (?:the skin on )?"
        r"my (?:own )?(?:\w+ )?(?:<BODY>|hands?|face)\b.{0,60}\b(?:until|till|til) (?:it|they|the "
        r"skin)\b.{0,20}\b(?:bruised|bled|bleeding|marked|raw|purple|broke|leaves? (?:teeth )?"
        r"marks)\b|\b(?:dug|dig\w*) my nails into my (?:<BODY>|hands?|palms?)\b|"
        r"\bpress\w* (?:the )?(?:hot )?(?:iron|lighter|straighteners) (?:on|onto|against|to) my "
        r"(?:\w+ )?(?:<BODY>|hands?|skin)\b|"
        r"\bpressed my <BODY> (?:on|onto|against) the (?:hob|stove|iron|kettle)\b|"
        r"\b(?:used|with|using) (?:a |the |my )?(?:pencil )?sharpener blade\b|\bblade (?:out of|"
        r"from) a (?:pencil )?sharpener\b|\b(?:arms?|legs?|thighs?) (?:are |is |look like )?(?:a )?"
        r"barcode\b(?!.{0,40}\b(?:brambles?|thorns?|garden\w*|cats?|kittens?|roses?|hedge)\b)|"
        r"\bcat scratch(?:es)? thing\b",
    ),
    _r(
        "fam12_bleeding",
        SH,
        URGENT,
        r"\bpressure on it\b.{0,80}\b(?:soaked|soaking) through\b",
        firm=True,
    ),
    # Read off the training sets: weak cues ...
    _r(
        "fam12_prep_weak",
        PLAN,
        URGENT,
        r"\b(?:going to|gonna|might|will) do the rest\b(?! of (?:the|my) (?:\w+ )?(?:homework|"
        r"work|essay|painting|garden|washing|ironing))|"
        r"\b(?:ill|i will|il) be gone by the time (?:they|you|she|he)(?:re| are|s| is)? (?:back|"
        r"home|get back)\b(?!.{0,30}\b(?:gym|shop|work|flight|train|class)\b)|"
        r"\b(?:wont|will not) be (?:there|around|here) to (?:say|tell|watch|need)\b|"
        r"\b(?:wont|will not) be (?:driving|coming|walking) back\b|\b(?:wont|will not) be picking "
        r"(?:him|her|them) up\b|\b(?:wont|will not) be needing (?:him|her|it|them) back\b|"
        r"\bwhoever comes for me\b|\b(?:theyll|they will) (?:understand|get it) (?:by the time|whe"
        r"n|"
        r"after)\b|\bempty (?:packets|blister packs)\b|"
        r"\blighter(?:s| is) in my pocket\b|"
        r"\bi know what (?:its|theyre|it is|they are) for\b|\bcounted out on the (?:table|bed|"
        r"counter|desk)\b|\b<NUM> of the \d+ ?mg ones\b|\b(?:packs?|packets?|boxes|strips) of "
        r"(?:\w+ )?<DRUG>\s*=\s*\d+|\bhalf a bottle of (?:gin|vodka|whisky|whiskey|rum)\b(?! with "
        r"(?:dinner|tea|friends|the girls|mates))|"
        r"\bjust the last (?:bit|thing) left now\b|\bnothing left (?:on the list )?(?:now )?except "
        r"me\b|\b(?:going|go|drive|driving|heading) (?:up |to |out to )?beachy head\b|"
        r"\bwith (?:my|dads|the old mans|the) (?:own |old )?(?:rifle|shotgun|gun|22)\b.{0,20}"
        r"\b(?:tonight|tomorrow)\b(?!.{0,40}\b(?:deer|rabbits?|club|range|season|stalk\w*|shoot)\b"
        r")|"
        r"\bwhere (?:he|she|they|dad|mum|my \w+) keeps? the key\b|"
        r"^(?:the )?plan is set\s*\.?$|\bjust sitting (?:here )?with (?:it|the gun|them)\s*\.?$|"
        r"\b(?:got|took|get|getting) (?:my |his |her |the )?(?:\w+ ){0,3}?(?:revolver|pistol|"
        r"handgun|shotgun|rifle) (?:down|out)\b(?!.{0,40}\b(?:deer|rabbits?|club|range|season|"
        r"stalk\w*|clean\w*)\b)|\bthe \d{1,2}(?:st|nd|rd|th) is it\s*\.?$|\b(?:isnt|wasnt) for the "
        r"(?:garden|garage|shed|diy)\b|\b(?:i|mi) (?:go|wan) end (?:am|it)\b",
        firm=True,
        weak="prep",
    ),
    _r(
        "fam12_hose",
        PLAN,
        URGENT,
        r"\b(?:length of hose|(?:hose|tube) (?:on|to|into) the exhaust|(?:filled|bought|got) a "
        r"jerry can)\b",
        firm=True,
        weak="prep",
        unless=r"\b(?:camping|generator|garden\w*|mower|boat|caravan|hosepipe|watering|pond|"
        r"pump)\b",
    ),
    _r(
        "fam12_hook",
        PLAN,
        URGENT,
        r"\b(?:tested it with my (?:own )?weight|(?:a|the) hook in the (?:beam|ceiling|rafters?|"
        r"joist))\b",
        firm=True,
        weak="prep",
        unless=r"\b(?:hammock|swing|plant|lamp|light|punch ?bag|basket|bike|pull ?up|shelf|mirror|"
        r"picture)\b",
    ),
    # ... and strong ones.
    _r(
        "fam12_attempt_more",
        ATT,
        URGENT,
        r"\b(?:stood|lay|lying|laid|sat|standing) (?:down )?on the (?:tracks|rails|railway line|"
        r"train line)\b|(?<!stupidly )(?<!accidentally )\b(?:walked|stepped|ran) (?:out )?(?:in "
        r"front of (?:a|the) (?:lorry|car|bus|truck|train|van)|into (?:the )?traffic)\b(?!.{0,40}"
        r"\b(?:looking at|phone|by accident|accidentally|didnt see|wasnt looking|headphones)\b)|"
        r"\b(?:popped|took|swallowed|necked) another (?:\d+|<NUM>)(?= (?:of (?:my|the|them|those)|"
        r"<DRUG>|tabs|on top of)\b|\s*[.!]?$)|"
        r"\b(?:took|taken|swallowed) (?:the |my )?(?:forever|eternal|permanent) (?:nap|sleep) "
        r"(?:pills|tablets|meds)\b|\bended up in (?:icu|hospital|a ?&? ?e|intensive care) after i "
        r"tried\b|\b(?:went|cut|cutting) (?:\w+ )?deep(?:er)? (?:\w+ ){0,2}?on purpose\b.{0,20}"
        r"\bi meant it\b|\bon the (?:\w+ )?<HEIGHT> ready to (?:go|jump)\b(?! (?:with|at|by|for))",
        firm=True,
    ),
    _r(
        "fam12_plan_car",
        PLAN,
        URGENT,
        r"\b(?:going to|gonna|ill|i will) (?:put|drive|crash|wrap|plough|plow) (?:the|my) (?:car|"
        r"ute|van|truck) (?:into|off|round) (?:a|the) (?:\w+ )?(?:wall|tree|bridge|pillar|lorry|"
        r"cliff|barrier)\b",
        firm=True,
    ),
    _r(
        "fam12_harm_more",
        HARM,
        URGENT,
        r"\bput (?:rat poison|antifreeze|bleach|poison|weedkiller) in (?:his|her|their) (?:tea|"
        r"coffee|drink|food|dinner|water)\b|\bput something in (?:his|her|their) (?:tea|coffee|"
        r"drink|food|dinner)(?: again)? (?:tonight|today|this morning)\s*\.?$|"
        r"\bna (?:him|her|dem) last day\b",
        firm=True,
    ),
    # Wishes to be gone, and thoughts of suicide, said sideways.
    _r(
        "fam12_wish",
        P,
        ELEVATED,
        r"\b(?:would|will|\w+d|\w+ll) have (?:a )?better (?:life|lives) without me\b|"
        r"\blooking forward to (?:it all|everything|life) being over,? (?:in )?(?:whatever|any) "
        r"way\b|\blooking forward to (?:life|my life|living) being over\b|"
        r"^(?:and )?(?:just )?(?:not|never) exist(?:ing)? (?:anymore|at all)\s*[.!]?$|"
        r"\b(?:not|never|didnt|why did i) respawn\b|\b(?:i|me|myself) (?:could |would |just )"
        r"{0,2}despawn\b|"
        r"\b(?:a|the) (?:bus|car|truck|lorry|train) (?:hit|got|took|ran over) me\b"
        r"(?=.{0,30}\b(?:wouldnt|would not|not|fine|glad|okay|ok)\b)|"
        r"\b(?:wouldnt|would not|dont|wouldnt really) (?:mind|care) if (?:a|the) (?:bus|car|truck|"
        r"lorry|train) (?:hit|got|took|ran over) me\b|"
        r"\b(?:glad|relieved|wouldnt mind|happy) if (?:i got|something)\b.{0,50}\btook me\b|"
        r"\b(?:hoping|hope|wish|pray\w*|wouldnt mind if|just want)\b.{0,30}\b(?:the (?:good )?"
        r"lord|god|jesus)(?: would| will)?(?: just)? (?:takes?|took|call\w*) (?:me|mi)\b|"
        r"\blet me not wake up\b",
    ),
    _r(
        "fam12_way_out",
        P,
        ELEVATED,
        r"\b(?:thats|that is|this is|that could be|maybe thats) my way out\b(?! of)(?!\s*!)",
        unless=r"\b(?:exit|door|key|escape|fire escape|window|ladder)\b",
    ),
    _r(
        "fam12_thought",
        A,
        ELEVATED,
        r"\b(?:thoughts?|thinking|thought|idea) (?:about |of )?taking myself out\b(?! (?:for|to|"
        r"on|of|more|shopping|somewhere|tonight|again))|\btak(?:e|ing) myself out of the picture\b|"
        r"\bmaking (?:it all|everything) stop for good\b|"
        r"\bsuicides? (?:has |s )?been on my mind\b|\b(?:run|running|go|going) through ways i "
        r"could do it\b|\bdo something about being alive\b",
    ),
    # --- Thirteenth session: read off the retired unseen sets fresh17 and fresh18 ------
    # Plans told by their parts: how and when decided, a height judged, the way down refused,
    # a last memory arranged, a policy checked to pay out however it happens.
    _r(
        "fam13_plan",
        PLAN,
        URGENT,
        r"\b(?:will|ill) have (?:taken|ended) my (?:own )?life\b|\bhigh enough to "
        r"(?:jump|do it|not survive|end it)\b|"
        r"\b(?:decided|know|worked out|planned) (?:when|where) and (?:i )?(?:know |"
        r"decided |worked out )?how\b|\b(?:decided|know|worked out|planned) how and (?:i )?"
        r"(?:know |decided |worked out )?(?:when|where)\b|"
        r"\b(?:i|ive) (?:know|no|kno|knw) how (?:im|i am|i m) (?:going|gonna|gona|gunna) (?:to )?"
        r"do it\b|"
        r"\bnot (?:taking|using) the (?:stairs|lift|elevator) (?:back )?down\b|"
        r"\blast (?:\w+ )?memor(?:y|ies) of me\b|"
        r"\b(?:pays?|paid|paying) out (?:however|whatever way|no matter how) (?:it happens|i die|"
        r"i go)\b|\bpays? out in every circumstance\b|"
        r"\b(?:birthdays?|christmases|weddings|graduations) (?:ill|i will|im going to) miss\b|"
        r"\bwont be in (?:on )?\w+,? or (?:after|ever again|again)\b|"
        r"\bwithout (?:them|anyone|her|him|any of them) knowing (?:it was|that was|thats what it "
        r"was|what it was)\b|"
        r"\b(?:wont|will not|not gonna|not going to) be (?:around|here) for (?:the )?next season\b|"
        r"\b(?:walk|go|going|drive|driving|head|heading)(?: out)? (?:to|onto|on to) the (?:level "
        r"crossing|railway line|train tracks|rail line)\b.{0,30}\b(?:tonight|tomorrow|once|when|"
        r"after)\b",
        firm=True,
        unless=r"\b(?:deploy\w*|tour of duty|posting|festival|gig|trainspotting)\b"
        r"|\b(?:surgery|injur\w*|knee|ankle|hamstring|acl|suspen\w*|transfer|on loan)\b",
    ),
    # Preparation that counts beside another cue: a household's absence waited for, things
    # not wanted back, who will know where to look, "when the time comes".
    _r(
        "fam13_prep_weak",
        PLAN,
        URGENT,
        r"\b(?:when|while|once|after|waiting for) (?:the house is empty|(?:every ?one|every ?body|"
        r"they|theyre|thier|their|the kids|the wife|my wife|the husband|my husband|my parents|"
        r"mum and dad|my partner)(?:s| is| are)? (?:\w+ )?(?:asleep|away|gone|out|to go (?:to|away)"
        r"|go away|are at (?:their|her|his) \w+|at (?:their|her|his) \w+))\b|"
        r"\b(?:ive |i have )?(?:thought it all through|got it all worked out|have it all worked "
        r"out)\b|"
        r"\b(?:bought|got|have|picked up) (?:everything |what |all )i need(?: today| now)?\s*"
        r"(?:$|[.!,])|"
        r"\bdoing it (?:tonight|tomorrow|on \w+day|this weekend|after (?:work|school|everyone))\b|"
        r"\b(?:wont be|wouldnt be|wont|not) (?:wanting|needing|want|need) (?:them|it|these|those|"
        r"him|her) back\b|"
        r"\b(?:hell|shell|theyll|he will|she will|they will) know where to (?:look|find)\b|"
        r"\bfor whoever (?:comes|finds|gets here)\b|"
        r"\b(?:its|it is|thats|that is|should be|definitely) high enough\s*(?:$|[.!])|"
        r"\bleft the (?:front |back )?door (?:on the latch|unlocked) for\b|"
        r"\bsomeone (?:wholl|who will|wholl actually) be (?:around|here)\b|"
        r"\btold (?:her|him|them|the \w+) (?:it|its|it is|it was) for good\b|"
        r"\b(?:dont|do not|wont|will not) (?:need|have) to worry about me (?:after|anymore|any "
        r"more|ever again)\b|\bthats enough isnt it\b|"
        r"\btrains? (?:that|which) (?:dont|doesnt|do not|does not) (?:stop|slow)\b|"
        r"\bstraight through without (?:slowing|stopping)\b|\bjust need to (?:pick|choose|decide) "
        r"(?:the|a) (?:night|day|date|time)\b|\bive picked it\s*(?:$|[.!])",
        firm=True,
        weak="prep",
        own_voice=True,
        unless=r"\b(?:party|wedding|surprise|present|cake|recipe|kids bedtime|"
        r"commute|late for)\b",
    ),
    # Attempts told in passing: it did not work and the ward, talked back over the railing.
    _r(
        "fam13_attempt",
        ATT,
        URGENT,
        r"\b(?:tried|attempted) to unaliv\w*\b|"
        r"\bit (?:didnt|did not) work\b.{0,40}\b(?:ward|hospital|icu)\b|"
        r"\b(?:ward|hospital)\b.{0,40}\bit (?:didnt|did not) work\b|"
        r"\bthe (?:thing|rope|belt|cord|scarf) i used (?:broke|snapped)\b|"
        r"\b(?:second|third|another) attempt (?:this|in a|last) (?:week|month|year)\b|"
        r"\bover the (?:rails?|railings?|barrier|edge|parapet)\b.{0,60}\b(?:talked|pulled|got) me "
        r"(?:back|down|off)\b|"
        r"\bi tried\b.{0,40}\bwoke up in (?:hospital|icu|the ward)\b|"
        r"\b(?:im|i am) in the bath\b.{0,30}\b(?:ive|i have) started\b|"
        r"\bi did it (?:on|last) \w+\b.{0,40}\b(?:(?:didnt|did not) tell|(?:havent|have not) "
        r"told)\b|"
        r"\b(?:had|taken|took) <NUM>?\d* ?of the (?:\w+ )?<DRUG>\b.{0,40}\b(?:the other|the rest)"
        r"\b",
        firm=True,
        unless=r"\b(?:driving test|pb|record|recipe|diet|treatment|chemo|surgery|"
        r"operation|op|physio)\b"
        r"|\b(?:scan|x ?ray|antibiotics|medication|"
        r"inhaler|cream|plan b|app|wifi|printer)\b",
    ),
    # Harm to someone else with a time and means, or a plan told plainly.
    _r(
        "fam13_harm",
        HARM,
        URGENT,
        r"\b(?:waiting|wait) (?:\w+ ){0,4}?with (?:the|a|my|his) <HARMTOOL>\b|"
        r"\bgoing (?:round|over|to) (?:\w+s|his|hers|theirs) (?:place |house |flat )?(?:tonight |"
        r"tomorrow |later |now )?with (?:the|a|my)(?: \w+s)? <HARMTOOL>\b|"
        r"\bswap(?:ping)? (?:his|her|my (?:husbands?|wifes?|partners?|dads?|mums?)) (?:\w+ )?"
        r"(?:tablets|pills|meds|medication|insulin)\b|"
        r"\bsort (?:him|her|them) out for good\b|"
        r"\bburn (?:his|her|their) \w+ (?:out |down )?(?:tonight |tomorrow )?with (?:him|her|them) "
        r"in it\b|"
        r"\b(?:gets?|let (?:him|her|them)) out\b.{0,60}\b(?:ill|i will|im going to|i am going "
        r"to|gonna) be waiting\b",
        firm=True,
        unless=r"\b(?:cricket|rounders|baseball|softball|match|nets|practice|shelf|shelves|"
        r"diy|fence|flowers|balloons|cake|hug|welcome|fork|garden\w*|tent|pegs|nails|"
        r"toolbox|wood|joiner|builder|carpet)\b"
        r"|\b(?:cat|flea|vet|puppy|kitten|boiler|bike|engine|garden|lawn)\b",
    ),
    # Danger now: an address never given, a weapon held, a car following.
    _r(
        "fam13_danger",
        DANGER,
        URGENT,
        r"\bnever gave (?:him|her|them) (?:the|my) (?:new )?address\b|"
        r"\b(?:hes|he is|shes|she is|my \w+ is|my \w+s) (?:holding|waving|carrying) (?:a|the|"
        r"his|her) <HARMTOOL>\b|"
        r"\ba (?:car|van|man|guy)(?:s| has| is)? (?:been )?follow(?:ed|ing) me "
        r"(?:from|for|home|all "
        r"the way)\b|"
        r"\b(?:put|left|placed) the (?:\w+ )?<HARMTOOL> (?:on|by|under|next to) (?:his|her|the) "
        r"(?:bed|bedside|pillow|table)\b",
        firm=True,
        unless=r"\b(?:cricket|rounders|baseball|softball|match|nets|game|practice|garden\w*|"
        r"cook\w*|chef|recipe|bbq|barbecue|carving|hedge|shelf|diy)\b"
        r"|\b(?:knife and fork|fork|chopsticks|cutlery)\b",
    ),
    # --- Fourteenth session: read off the retired unseen sets fresh19 and fresh20 ------
    # Narrowed after a review's 355 everyday sentences (docs/safety.md): each alternative
    # carries what keeps it off an ordinary sentence, beside its risky twin in test_context.
    # Plans told by their parts: a place and no way back, a time set by someone else's day, a
    # height judged and climbed, a train that does not stop with the writer at the line.
    _r(
        "fam14_plan",
        PLAN,
        URGENT,
        r"\b(?:go|going|goin|head\w*|walk\w*|drive|driving|down) (?:\w+ ){0,3}?(?:the|di|that) "
        r"(?:pier|river|sea|bridge|cliffs?|tracks|jetty|quarry|lake|canal|reservoir|railway|weir|"
        r"dam|harbour|docks?)\b(?:(?!\b(?:with|wid|wit|to|fi|for|and the)\b)[^.!?]){0,40}\b(?:not|"
        r"wont|never|aint)\b.{0,25}\b(?:coming|walking|getting|be coming|come|walk) "
        r"back\b(?!\s*,?\s*(?:till|til|until|before|for|after|by|at|the same|that way|without|in "
        r"time|from|with|home(?!\s*(?:$|[.!]))|later|tomorrow|on \w+day))|\b(?:i will not|i wont|"
        r"ill not|i shall not) be in this world\b(?!\s+(?:of|where|that|which|like|as|for(?! "
        r"(?:much |very )?(?:long|longer|good|ever)\b))\b)|\bwalk into (?:di|de) (?:sea|river|"
        r"water)\b(?!\s+(?:fi|to|for|an cool|and cool|wid|with)\b)|\bticket to (?:suicide|"
        r"sewerslide)\b(?!\s+squad)|\bbefore i (?:end it|end it all|end things|go through with "
        r"it)\b(?! with| between| off)|\b\d{1,2}[.:]?\d{2} (?:doesnt|does not|dont|wont) "
        r"stop\b(?:(?= here\s*(?:$|[.!]))|(?=.{0,80}\b(?:thats the one|edge|in front|on the "
        r"(?:tracks|line)|waiting for it|step|jump|goodbye)\b))|\b(?:go|do it|itll be|it will be) "
        r"(?:on )?the same (?:day|night|way) (?:she|he|they|my \w+) did\s*(?:$|[.!]|"
        r",(?!\s*(?:through|via|by|on|in|at|to|last|this|every|with|into|my|less)\b))|\b(?:im|i "
        r"am) going up there (?:after|when|once|tonight|later)\b(?![^.!?]{0,40}\bto (?:help|see|"
        r"sort|fix|visit|clear|do (?:the|some)|check|meet|get|pick|drop|watch|look|paint|"
        r"clean)\b).{0,40}|\bhow high (?:the |that )?(?:\w+ ){0,3}?<HEIGHT>\b(?! (?:barrier|"
        r"entrance|clearance|height)).{0,80}\b(?:im|i am|ill|i will) (?:going|go) up\b",
        firm=True,
        unless=r"^(?!.*(?:\b(?:never (?:be )?(?:coming|walking|getting) back|sorry for everything|"
        r"love you all|goodbye|for good|im going up tonight)\b|\b(?:not|wont be|never) (?:coming|"
        r"walking) back\s*(?:$|[.!]))).*\b(?:swim\w*|fishing|paddle\w*|kayak\w*|boat|ferry|"
        r"holiday|camping|surf\w*|roof ?top bar|restaurant|view|photos?|sunset|concert|gig|"
        r"festival|fireworks|uber|taxi|lift home|van|campervan|roof box|clearance|lol|"
        r"anniversar\w*|bank holiday)\b",
    ),
    # Preparation that counts beside another cue: a decision, a time, a place or means ready.
    _r(
        "fam14_prep_weak",
        PLAN,
        URGENT,
        r"\b(?:ive |i have )?(?:already )?(?:chosen|decided|picked|worked out) how\s*(?:$|[.!,])|"
        r"\b(?:ive |i have )?thought it through (?:properly|this time|carefully)\b|\b(?:when|once|"
        r"while) (?:she|he|they) takes? the (?:kids|children|baby|dog) (?:to|out)\b|\b(?:when|"
        r"once|while) (?:the|my) (?:house|flat|place)(?:s| is)? empty\b|\bthats when\s*(?:$|[.!])|"
        r"\bthats the one(?: i want)?\s*(?:$|[.!])|\bi know which (?:train|bridge|cliff|building|"
        r"car park|tree|one|spot|line)\s*(?:$|[.!,])(?!\s*(?:the \d|its the \d|ill (?:text|call|"
        r"ring|message)|see you))|\bgot the (?:spot|place) (?:picked|chosen|sorted)\b(?! for\b(?! "
        r"(?:tonight|tomorrow|it|good|ever|the last time|\w+day|this weekend|next week|after)\b))|"
        r"\bdoing it (?:this arvo|this afternoon|this evening|later today|after "
        r"dark)\b(?!\s+(?:with|before the rain)\b)|\b(?:once|when|after) (?:mum|mam|dad|the wife|"
        r"the missus|my wife|my husband)s? (?:gone|goes|has gone|left|leaves)\b|\bgoing back "
        r"(?:there )?after dark\b|\bcheck where you can stop\b|\b(?<!mums )(?<!dads )(?<!nans "
        r")(?<!grans )(?<!her )(?<!his )(?<!their )(?:the )?(?:pills|tablets|rope|hose|hosepipe|"
        r"gun|shotgun) (?:are |is )?(?:sorted|ready|in the car|in the boot)\b(?!\s+(?:for(?! "
        r"(?:tonight|tomorrow|it|good|ever|the last time|\w+day|this weekend|next week|after)\b)|"
        r"at|in (?:her|his|the|mums|dads) (?:dosette|box|organi[sz]er)))|\band thats it\s*(?:$|"
        r"[.!])|\b(?:shotgun|gun|rifle|pistol)(?:s| is)? (?:out of|out from) (?:the|its|his) "
        r"(?:cabinet|safe|case|cupboard)\b(?!.{0,40}\b(?:clean\w*|oil\w*|service|clay|shoot|"
        r"season|range|check)\b)|\btonights the night\b(?!\s*!| for\b| lads\b)|\blast "
        r"entry\b.{0,25}\bwill (?:ever )?need\b|\bwhere theyll see it first\b|\btold (?:everyone|"
        r"them|people) im (?:going|off) (?:travelling|away|abroad)\b.{0,40}\bim not\b|\b(?:goin|"
        r"going|gonna go|heading) (?:out )?to the (?:traks|tracks|train tracks|railway line|rail "
        r"line)\b(?!.{0,30}\b(?:with (?:my |the |a )?(?:camera|mates?|friends?|kids?|dad|mum|son|"
        r"daughter|dog|club)|to (?:see|watch|shoot|film|photograph))\b)|\bhow many (?:ive|i have) "
        r"(?:saved|stashed|hidden|kept)\b|^enough,? i think\s*(?:$|[.!])",
        firm=True,
        weak="prep",
        own_voice=True,
        unless=r"^(?!.*\b(?:thats when|when (?:everyone|nobody)\w*|nobody will|im not|after dark|"
        r"chosen how|decided how)\b).*\b(?:party|wedding|surprise|present|cake|recipe|holiday|"
        r"flight|gig|race|marathon|exams?|interview|match|game|renovat\w*|moving (?:house|out|in|"
        r"to)|new (?:job|flat|house)|baby clothes|charity shop|for sale|dosette|collection|pick "
        r"?up|clays?|shoot|quiz|derby|first date)\b|^(?!.*\b(?:saving|saved|stash\w*|hidden|"
        r"enough|chosen how|thats when|got the spot)\b).*\b(?:chemist|pharmacy)\b|^(?!.*\bim "
        r"not\b).*\btrip\b",
    ),
    # Life's admin put in order: ordinary on its own and beside more admin; preparation only
    # beside suicidal language or a cue of decision, time, place or means (screen._preparation
    # counts these as admin).
    _r(
        "fam14_admin_weak",
        PLAN,
        URGENT,
        r"\b(?:wont|will not|shant|not) be needing (?:any of )?(?:(?:it|them|these|those|anything|"
        r"my \w+) )?(?:past|after|beyond|where)\b|\b(?:wont|will not|shant|not) be renewing\b|"
        r"\bwho (?:(?:is to|should|will) (?:have|get)|gets) what\b|\b(?:she|he|they|you) can have "
        r"my\b(?! (?:old|spare|ticket|season ticket|room|parking|seat|place|sling)\b)|"
        r"\b(?:deleted|deactivated) (?:all )?my socials\b(?! for (?:a|the(?! last)|\w+uary|lent|"
        r"now)\b)|\b(?:dont|do not) tell (?:them|her|him|anyone|mum|dad) yet\b(?!,? (?:i|we) want "
        r"to (?:see|tell|wait|surprise))|\bnobody has to (?:chase|sort|deal with) anything\b(?! "
        r"while)|\bnothing left hanging\b(?! at work| on (?:my|the))|\b(?:hell|shell|theyll|they "
        r"will) (?:get|understand) it soon enough\b|\blook after (?:mam|mum|my mum|ma|mom|dad) "
        r"for me\b(?! while (?:im|i am) (?:in|at|away|on))|\b(?:found homes|found a home|new "
        r"homes) for (?:all )?my\b(?!.{0,40}\b(?:library|charity|school|neighbours|seedlings|"
        r"cuttings|piano|books)\b)|\bmade (?:all )?my arrangements\b(?!\s+(?:for(?! (?:tonight|"
        r"tomorrow|it|good|ever|the last time|\w+day|this weekend|next week|after)\b)|with)\b)|"
        r"\bat peace with (?:them|it|my decision|the decision)\b(?!\s+to (?:leave|go|quit|take|"
        r"change|turn|move|retire|stay|stop)\b)|\b(?:calming|comforting|good|nice) (?:to know|"
        r"knowing) (?:i can|theyre there|its there|they are there)\b|\bfeels? (?:so much |weirdly "
        r"|really )?(?:lighter|light) (?:having|now)\b(?! having (?:less|a clear|a clean|fewer|"
        r"more space)| now (?:ive|weve|that|the) (?:sold|cleared|given|donated|tidied))|\bi said "
        r"i wont\s*(?:$|[.!])|\btransferred (?:all )?my savings\b(?!\s+(?:(?:in)?to (?:the|a|an|"
        r"one|our)\b|(?:in)?to my (?:isa|lisa|account|pot|mortgage|joint|savings|deposit|offset|"
        r"current)|for (?:the|a|our|my)\b))|\beverything is settled now\b",
        firm=True,
        weak="prep",
        own_voice=True,
        unless=r"\b(?:party|wedding|surprise|present|holiday|trip|flight|new (?:job|flat|house)|"
        r"moving (?:house|out|in|to)|baby clothes|charity shop|for sale|detox|pregnan\w*|"
        r"engaged|promotion|declutter\w*|(?:the|big) move|birthday|\d+(?:st|nd|rd|th)|puppy|"
        r"kitten|scan|blog)\b",
    ),
    # Means kept: enough tablets hidden where nobody counted them, a key to the roof.
    _r(
        "fam14_means",
        PLAN,
        URGENT,
        r"\benough (?:of )?(?:\w+ ){0,4}?<DRUG> (?:\w+ )?(?:hidden|stashed|saved|put away|tucked "
        r"away)\b(?![^.!?]{0,50}\b(?:for (?:the (?!weekend|night|end|day)|a |my (?!exit|end|last)|"
        r"our|his|her|mums|dads|\w+s\b)|in case(?! (?:tonight|its|it is|i need them|i decide))|"
        r"first aid)\b)|\bnobody counted them\b|\bkey to the roof\b.{0,80}\bnobody goes up there\b",
        firm=True,
        own_voice=True,
        unless=r"\b(?:raffle|votes?|tickets?|ballots?|takings|sheep|entries|solar|maintenance|"
        r"inspection|satellite|bees|hives|contractors?)\b|\b(?:money|cash) (?:hidden|stashed|"
        r"saved|put away)\b|\benough (?:money|cash)\b|^(?!.*\b(?:nobody counted|do it|this time|"
        r"not wake|wont wake|end it)\b).*\b(?:fridge|aerial|caretaker|first aid|checks?)\b",
    ),
    # Attempts told in passing: a count taken so far, the hospital after it, a car steered at
    # a wall, the rail climbed and someone talking the writer back.
    _r(
        "fam14_attempt",
        ATT,
        URGENT,
        # "them" with no noun: a medicine named later, or the body or the count going on.
        r"\b(?:taken|tak en|takn|took|had|swallowed|swallowd|swalowed) (?:like |about |maybe |"
        r"nearly |almost )?(?:<NUM>|\d{2}) (?:of )?(?:(?:my|the|his|her|mums|dads|these|those) "
        r")?<NOT_SUPPLEMENT>(?:\w+ )?<DRUG>\b.{0,50}\b(?:already|allredy|alredy|so far|cant feel|"
        r"going to keep|keep going|till the (?:box|packet|bottle|pack) is empty|dying|fizzy|"
        r"dizzy)\b|\b(?:taken|tak en|takn|took|had|swallowed|swallowd|swalowed) (?:like |about |"
        r"maybe |nearly |almost )?(?:<NUM>|\d{2}) (?:of )?(?:them|these|"
        r"those)\b(?:(?=.{0,80}\b<DRUG>)|.{0,50}\b(?:cant feel|going to keep|keep going|till the "
        r"(?:box|packet|bottle|pack) is empty|fizzy|dizzy(?! with)|tingl\w*|numb|shaking|sick|"
        r"throwing up|vomit\w*|drowsy|woozy|sleepy|heart (?:racing|pounding))\b)|\b(?:swallowed|"
        r"swallowd|swalowed) (?:like |about |maybe )?(?:<NUM>|\d{2}) (?:of )?(?:my |mums |dads |"
        r"the |his |her )?<NOT_SUPPLEMENT>(?:\w+ )?(?:<DRUG>|tables|tabs)\b(?!.{0,40}\b(?:over "
        r"the (?:week|month|fortnight|course)|this (?:week|month)|as prescribed|like the (?:gp|"
        r"doctor|pharmacist) said|one more week)\b)|\b(?:i was|i ended up|ive been|i been|i have "
        r"been) in (?:hospital|a and e|a e|icu|the ward) after (?:the|my|an|taking an) "
        r"overdose\b(?! (?:my|of(?! (?:my |all my |the )?(?:\w+ )?(?:pills|tablets|meds|"
        r"antidepressants|paracetamol|sleeping))|that|his|her|their|with)\b| \w+ (?:took|had)\b)|"
        r"\b(?:tried|try|attempted) to (?:finish|off|top|do in) myself\b(?! up\b| off (?:a|the|my|"
        r"some)\b)|\b(?:mi|me|i) (?:try|tried) (?:fi|to) end it\b(?! (?:with|wid|wit)(?! (?:di |"
        r"de |the |my |some )?(?:pills|tablets|rope|knife|blade))\b| (?:between|off|for)\b)|"
        r"\b(?:tried|attempted|try) to kill my (?:shelf|self|slef|sef)\b(?! (?:of|doubt|"
        r"sabotage\w*|esteem|criticism|critic|pity|consciousness|talk|loathing|hatred|image|care|"
        r"worth|belief)\b)|\bclimbed (?:over|onto) the (?:rail|railing|railings|barrier|parapet|"
        r"edge|ledge)\b(?:(?!\bto (?:get|grab|take|see|rescue|fetch|reach|film|catch|"
        r"watch)\b).){0,80}\btalked me (?:back|down|off)\b|\btried to (?:put|drive|crash|steer|"
        r"aim) (?:the|my) (?:car|van|truck|ute) (?:into (?:a |the )?(?:wall|tree|lorry|truck|"
        r"bridge|river|sea|canal|lake|oncoming|traffic|bus|pillar|barrier|central reservation|"
        r"ditch|quarry)|off (?:a|the) (?:road|bridge|cliff|pier|edge))\b|\b(?:took|swallowed|"
        r"necked|downed|taken) (?:them all|the lot|all of them|all my <DRUG>|every <DRUG>) again\b",
        firm=True,
        unless=r"\b(?:driving test|pb|record|recipe|diet|physio|exam(?! results)|biscuits|sweets|"
        r"chocolates|pages|questions|festival|gig|concert|steward|vet|parking (?:space|spot|"
        r"sensors?)|reversing|reverse)\b|^(?!.*\b(?:on purpose|cant feel|dizzy|lucky|so far|"
        r"already)\b).*\b(?:night shift|on shift|my shift|nurse|paramedic)\b",
    ),
    # An attempt told over two sentences: what was done ("It didn't work.", "I took the
    # lot on Friday.") beside its aftermath ("I'm home from the ward."). Each alone is
    # ordinary; screen.combine keeps them when they stand next to each other.
    _r(
        "fam14_att_act",
        ATT,
        URGENT,
        r"\bit (?:didnt|did not) work\b(?!,? (?:the|my|our|his|her) (?!pills|tablets|meds|rope|"
        r"overdose|whole|lot)\w)|\bi tried(?: again)?\s*(?:$|[.,])|\bi tried (?:again )?(?:on|"
        r"last) \w+\b(?!,? (?:the|my|a)\b(?! (?:pills|tablets|meds|rope|whole|lot)\b))|\b(?:took|"
        r"swallowed|taken|necked|downed) (?:the lot|them all|all of them|the whole (?:box|packet|"
        r"bottle|pack)|everything in the (?:cabinet|drawer|box))\b(?!,? (?:to (?:the )?(?:tip|"
        r"charity|dump|bins?|shop|car)|the (?:vitamins?|sweets|oysters)))|\bi did it (?:on|last) "
        r"\w+\b(?!\s*(?:-|,|:)\s*(?:finally|the(?! (?:whole|lot|pills|tablets))|my|i (?:handed|"
        r"passed|finished|submitted|booked)))|\bi did it\s*(?:$|[.])|\bi went through with "
        r"it\b(?!,? (?:and )?(?:booked|signed|bought|handed|asked|told|got|the(?! (?:pills|"
        r"tablets|rope|meds|whole|lot)))\b)",
        firm=True,
        weak="act",
        unless=r"\b(?:surgery|op|operation|treatment|physio|knee|hip|induction|labour|recipe|diet|"
        r"app|wifi|printer|router|test(?! results)|marathon|parkrun|cake|bread|sourdough|"
        r"crossword|sweets|biscuits|chocolates|crisps|vitamins?|dissertation|essay|application|"
        r"climb)\b|\bto the tip\b|^(?!.*\b(?:results|went bad|failed|again)\b).*\b(?:chemo|ivf|"
        r"exam|interview)\b",
    ),
    _r(
        "fam14_att_after",
        ATT,
        URGENT,
        r"\bwoke up in (?:hospital|a e|a and e|icu|the ward|resus|intensive care)\b|\b(?:home|out|"
        r"discharged|back) from (?:the )?(?:ward|hospital|icu|psych ward|a and e|a e|intensive "
        r"care)\b(?! (?:shift|visit|with (?:mum|dad|my|his|her|the)\b(?=.{0,40}\b(?:op|operation|"
        r"visit\w*|appointment|scan|check ?up|physio|treatment|baby|born|shift|after)\b)|after "
        r"(?:visiting|seeing))\b)|\bparamedics (?:got|came|found)\b(?! for (?!me\b))|\bpumped my "
        r"stomach\b|\b(?:the|an) ambulance (?:came|took me)\b(?! for (?!me\b))|\bgot (?:there|to "
        r"me) in time\b(?! for\b)|\bon a drip\b|\b(?:kept|keeping) me in (?:overnight|for \w+ "
        r"(?:days|nights))\b",
        firm=True,
        weak="after",
        unless=r"\b(?:surgery|op|operation|chemo|knee|hip|baby|birth|born|labour|induction|"
        r"appendix|appendicitis|gallbladder|tonsils|broken|fracture|asthma|covid|flu|pneumonia|"
        r"infection|kidney stones?|heart attack|stroke|library|detention|(?:my|night|day|long|"
        r"late|early|a) shift|on shift|(?:visit\w*|see|seeing|saw|with|for) (?:my )?(?:nan|gran|"
        r"grandma|grandad|neighbour)|(?:nan|gran|grandma|grandad|neighbour)s? (?:is|was|has|had|"
        r"op|operation|fall|hip)|(?:had|was in|in|after|from|since) (?:a|an|the|my|her|his) "
        r"(?:car )?(?:accident|crash|fall)|fell (?:off|down|over)|(?:back|went|go|going) (?:to|"
        r"at) (?:the )?office)\b",
    ),
    # Harm to someone else with a time and means, or a plan told plainly.
    _r(
        "fam14_harm",
        HARM,
        URGENT,
        r"\b(?:going to|gonna|gunna|goin to|will|ill) (?:get (?:him|her|them)(?! out\b)|(?:do|"
        r"sort|batter|jump|stab|cut|shank|do in) (?:him|her|them))\b.{0,60}\b(?:got|have|with) "
        r"(?:my |a |the |his )?(?:\w+ )?<HARMTOOL> (?:on me|with me|in my \w+)\b|"
        r"\btaking (?:the|a|my|his|dads) (?:\w+ )?<HARMTOOL>\b.{0,50}\b(?:round|over) to "
        r"(?:his|her|their)\b|"
        r"\b(?:his|her|their) (?:house|car|flat|van|shop)\b(?!\s+(?:rent|value|price|prices|"
        r"insurance|tax)).{0,40}\bgoes up\b(?=\s*(?:$|[.!,]|in (?:flames|smoke|a fire)|tonight|"
        r"with))|"
        r"\b<HARMTOOL>s? (?:is )?(?:cleaned and )?loaded\b.{0,60}\bgoing (?:over|round) (?:there|"
        r"to (?:his|hers|her|their|theirs|him|them))\b|"
        r"\b<HARMTOOL> in the (?:glovebox|glove box|car|van|boot)\b.{0,40}\bbe waiting (?:for "
        r"(?:him|her|them)|outside (?:his|her|their))\b|"
        r"\bswap\w* (?:the |his |her |their )?(?:nerf|toy|water|cap|bb|airsoft|fake|replica) "
        r"(?:gun|pistol|rifle)\b.{0,40}\b(?:real|loaded) (?:one|gun|pistol|rifle)\b",
        firm=True,
        unless=r"^(?!.*\b(?:blades?|knife|knives|knifes|machetes?|petrol|acid|guns?|pistols?|"
        r"shotguns?|rifles?)\b).*\b(?:cricket|rounders|baseball|softball|match|nets|practice|"
        r"training|pitch|wickets?|innings|final|last over|first ball|pads|kit bag)\b|"
        r"^(?!.*\b(?:his|her|their) (?:house|place|flat)\b.{0,30}\b(?:pay|sister|brother|"
        r"kids?)\b).*\b(?:cake|clay|pigeons|rabbits|foxes|deer|pheasants?|shoot day|gunsmith|"
        r"dealer)\b|^(?!(?=.*\b(?:knife|knives|knifes|blades?|machetes?|petrol|acid|guns?|"
        r"pistols?|shotguns?|rifles?)\b).*\b(?:on me|in my (?:pocket|bag|coat)|with him in it|"
        r"waiting for him|outside his|(?:going|go|goin) (?:over|round) (?:to )?(?:his|hers|theirs|"
        r"there))\b).*\b(?:bonfire|fireworks|barbecue|bbq|garden|fishing|picnic|campsite|firewood|"
        r"diy|range|buying|selling|sell|service|repair)\b",
    ),
    # Danger now: the same car passing again, a threat with a weapon on its way, found out
    # where the writer is staying, a weapon at the gate.
    _r(
        "fam14_danger",
        DANGER,
        URGENT,
        r"\b(?:same|this|a|the) (?:\w+ )?(?:car|van|man|guy|ute|truck) (?:has )?(?:passed|driven "
        r"past|gone past|circled) me (?:\w+ )?(?:times|twice)\b(?=.{0,80}\b(?:scared|terrified|"
        r"frightened|afraid|following|followed|my ex|its him|its her|watching me|parked "
        r"outside)\b)|"
        r"\b(?:hes|shes|he is|she is|theyre) on (?:his|her|their) way\b.{0,20}\bwith (?:the|a|his|"
        r"her) <HARMTOOL>\b(?! (?:set|block|sharpener|kit|club|range|lesson|class)\b)|"
        r"\b(?:hes|shes|he has|she has|theyve|they have) found out where (?:im|i am|were|we are) "
        r"(?:staying|living|hiding|sleeping)\b(?=.{0,100}\b(?:threat\w*|outside|scared|terrified|"
        r"afraid|frightened|coming (?:for|after)|hurt|kill|refuge|hiding|gang|police|parked|across "
        r"the (?:street|road)|at the door|watching)\b)|"
        r"\boutside (?:the|di|de|my) (?:gate|door|house|window)\b.{0,30}\b(?:with|wid|wit) "
        r"(?:a|the|di|de|his|her) <HARMTOOL>\b|"
        r"\b(?:hell|he will|hes going to|shell|she will|(?:my )?(?:dad|mum|husband|wife|partner|"
        r"boyfriend|girlfriend|ex|stepdad|stepmum)(?:ll| will| is going to)) kill me when (?:he|"
        r"she) finds me\b",
        firm=True,
        unless=r"\b(?:paintball|airsoft|nerf|cook\w*|class|logs|firewood|fire pit|chop\w*|"
        r"pictures?|shel(?:f|ves)|diy|archery|target|bbq|barbecue|carv\w*|clearing|bush|hedge|"
        r"trim\w*|fence|prun\w*|lost|sat ?nav|delivery|lol|haha)\b|^(?!.*\b(?:scared|terrified|"
        r"frightened|afraid|my ex|its him|its her|threat\w*|hurt|hit|beat|police|refuge|all night|"
        r"hiding)\b).*\b(?:builders?|uber|taxi|looking for|i (?:broke|ate|spent|lost|scratched|"
        r"dented|borrowed|used|forgot|spilled|spilt|ruined|burnt|burned|finished|sold)|lol|haha)\b",
    ),
    # Elevated risk read off fresh19 and fresh20: self-harm told as a habit or a relapse, a
    # wish not to wake told as not minding, thoughts of ending it weighed, images of hurting
    # someone that keep coming, control and threats at home.
    _r(
        "fam14_self_harm",
        SH,
        ELEVATED,
        r"\bi did cut (?:on|last|again|yesterday|today|tonight|this)\b|"
        r"\b(?:days|weeks|months) clean from (?:cutting|self harm\w*|burning)\b.{0,40}\b(?:blew "
        r"it|relapsed|slipped|broke it)\b|"
        r"\bthe (?:blade|razor|lighter|compass) came (?:back )?out\b|"
        r"\b(?:scratch\w*|pick\w*|dig\w*|claw\w*) (?:my (?:\w+ )?(?:skin|arms?|legs?|nails in) )?"
        r"(?:till|until) (?:it|they|i) (?:bleeds?|bled|breaks? the skin|broke the skin)\b|"
        r"\b(?:belt\w*|hit\w*|punch\w*|bash\w*|smack\w*) my (?:own )?(?:legs?|arms?|thighs?|head) "
        r"with\b|"
        r"\bbite (?:the inside of )?my (?:own )?(?:forearm|arm|wrist|hand)\b|"
        r"\b(?:holding|held|hold) my (?:arm|hand|wrist) (?:over|in|under) the (?:kettle|steam|"
        r"flame|hob|iron)\b",
        unless=r"\b(?:accident\w*|by mistake|chopping|cooking|baking|gardening|brambles|cat|kitten|"
        r"mosquito|bites?|eczema cream|rash)\b",
    ),
    _r(
        "fam14_passive",
        P,
        ELEVATED,
        r"\b(?:didnt|did not|dont|never) wake up\b.{0,30}\b(?:wouldnt|would not|i wouldnt) "
        r"(?:be )?(?:mad|mind|bothered|care|fussed|upset|sorry)\b|"
        r"\b(?:disappointed|gutted|sorry) (?:it|they|the \w+) missed\b|"
        r"\bcant wait to not exist\b|\b(?:wish|pray) (?:di|the) lord (?:would|wud|will) (?:call|"
        r"take) me (?:home|now)\b|"
        r"\b(?:wouldnt|would not) (?:even )?mind (?:getting|being) (?:killed myself|killed|hit|"
        r"run over|taken out)\b|"
        r"\bhoping\b.{0,40}\b(?:will|would) be the last time\b|"
        r"\bnot bother waking up\b|\bwishing the ground would (?:open|swallow)\b.{0,40}"
        r"\b(?:properly|mean it|for real)\b|"
        r"\b(?:if|when) a (?:truck|lorry|bus|car|train) (?:cleaned|hit|took) me (?:out|up)?\b"
        r".{0,40}"
        r"\b(?:wouldnt|would not) (?:be )?(?:too )?(?:fussed|mind|bothered|care)\b|"
        r"\b(?:hoping|hoped) for a way out\b|"
        r"\b(?:everyone|they|the kids|my family)(?:d| would)? (?:be|get) (?:fine|grand|better|"
        r"better off|over it)\b.{0,30}\b(?:if i was|if i were|without me|if i (?:was|were) "
        r"(?:just )?gone)\b",
    ),
    _r(
        "fam14_active",
        A,
        ELEVATED,
        r"\bthought (?:fi|to|of|about) end(?:ing)? (?:mi|my) (?:own )?life\b|"
        r"\b(?:idea|thought) that i should (?:just )?end it\b|"
        r"\bwonder\w* how (?:id|i would|i could) (?:actually |really )?do it\b|"
        r"\bthoughts? to (?:finish|end) my life\b|"
        r"\bnot turning the wheel\b|\bending things myself\b|"
        r"\b(?:offering|showing) me the same (?:exit|way out)\b",
        unless=r"\b(?:loft|conversion|extension|project|diy|recipe|budget|renovat\w*|course|"
        r"marathon|wedding|business|driving)\b",
    ),
    _r(
        "fam14_harm_urge",
        HARM,
        ELEVATED,
        r"\b(?:loop|flash|flashes|pictures?|images?|thoughts?) (?:in my head )?of (?:\w+ )?"
        r"(?:pushing|grabbing|smashing|strangling|stabbing|hitting|punching|choking|drowning) "
        r"(?:him|her|them|my \w+)\b|"
        r"\b(?:picture|imagine|see) (?:myself )?(?:smashing|strangling|stabbing|choking) (?:his|"
        r"her|their) (?:face|head|neck)\b|"
        r"\bflash of wanting to (?:put|hold) (?:the|a) pillow over\b|"
        r"\bviolent thoughts? about (?:him|her|them|my \w+)\b|"
        r"\b(?:ill|i will|im going to) lose it and go for (?:him|her|them)\b|"
        r"\bnearly (?:hit|smacked|punched|slapped) my (?:son|daughter|kid|child|baby|wife|husband|"
        r"partner)\b|\bmi want fi (?:bruk|buss|lick) (?:him|her|dem)\b",
        unless=r"\b(?:game|match|film|book|character|dream i had)\b",
    ),
    _r(
        "fam14_unsafe_home",
        DANGER,
        ELEVATED,
        r"\bnext time (?:itll|it will|its going to) be my (?:face|head)\b|"
        r"\b(?:he|she|my \w+) (?:checks|goes through) my phone every (?:night|day)\b.{0,30}"
        r"\bkeeps my (?:bank )?card\b|"
        r"\b(?:hes|shes) been (?:hitting|hittin|hitin|beating|slapping) me (?:again|agin|agen)\b|"
        r"\b(?:she|he) throws things\b.{0,60}\b(?:caught|hit) me\b",
        past_needs_recency=False,
    ),
    # A passive wish told as a fact about the future.
    _r(
        "fam14_not_alive",
        P,
        ELEVATED,
        r"\bi (?:wont|will not) be alive (?:by|for|next|after|much longer|to see)\b|"
        r"\bi (?:wont|will not) be alive\s*(?:$|[.!,])",
    ),
)

# Hopelessness cues: each alone is ordinary distress; three different ones in one
# text read as a passive wish to be gone (common in real posts that never say "die").
HOPELESS_CUES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, _compile(p))
    for name, p in (
        ("hate_life", r"\bi (?:hate|despise|loathe) (?:my life|myself|being alive|existing)\b"),
        (
            "cant_go_on",
            r"\bcant (?:do this|take (?:this|it)|go on|keep going|keep doing this|live like this)"
            r"(?: anymore| any longer)?\b",
        ),
        ("give_up", r"\b(?:give|giving|gave) up on (?:life|everything|myself)\b|\bim giving up\b"),
        ("nobody_cares", r"\b(?:no one|nobody|noone) (?:cares|loves me|would care|gives a)\b"),
        (
            "not_this",
            r"\b(?:dont|do not) want to do (?:any of )?(?:this|it) anymore\b",
        ),
        ("not_life", r"\bnot (?:work|this),? not (?:life|living)\b|\bnot life\b"),
        (
            "existing",
            r"\b(?:just )?existing,? not living\b|\blife is (?:just )?too (?:much|hard|painful)\b",
        ),
        (
            "want_out",
            r"\bi (?:just )?want out\b(?! of (?:this|the|my) (?:job|relationship|marriage|house|"
            r"contract|lease|deal|group|course|class|situation|flat))",
        ),
        (
            "unbearable",
            r"\b(?:life|living|everything|it) (?:feels|is|has become) (?:so |just )?unbearable\b|"
            r"\b(?:im|i am) (?:so )?done with (?:it|it all|everything)\s*(?:$|[.!])",
        ),
        (
            "worthless",
            r"\bim (?:so )?(?:worthless|a burden|a waste of space|useless|a failure|"
            r"broken|nothing)\b|\bfeel (?:so )?(?:worthless|hopeless|like a burden)\b",
        ),
        (
            "no_way_out",
            r"\bno way out\b|\btrapped\b|\bnothing will (?:ever )?(?:change|get better)\b|"
            r"\bnever gets? better\b|\bno future\b|\bdont see a future\b",
        ),
        (
            "pointless",
            r"\b(?:whats|what is) the point\b|\bno point (?:anymore|in anything)\b|"
            r"\beverything is pointless\b",
        ),
        ("so_tired", r"\b(?:so|really|just) tired\b|\bexhausted\b|\bdrained\b"),
        ("alone", r"\b(?:so |completely |all )?alone\b|\blonely\b"),
        ("numb", r"\bnumb\b|\bempty\b|\bhollow\b"),
        (
            "disappear",
            r"\bwant to (?:just )?(?:disappear|vanish)\b|\bcould (?:just )?(?:disappear|vanish)\b|"
            r"\bnever meant to\b|\bmistake\b.{0,20}\bme\b",
        ),
        (
            "dont_care",
            r"\bdont (?:really )?care (?:what happens to me|about anything|"
            r"if i wake up)\b",
        ),
        ("waste", r"\bwaste of (?:oxygen|air|a life|skin)\b"),
        ("why_bother", r"\bwhy (?:keep|even) (?:trying|going|bothering)\b|\bwhy bother\b"),
        ("rather_stop", r"\b(?:id|i would) rather (?:just )?(?:stop|not go on|not continue)\b"),
        (
            "hated",
            r"\b(?:everyone|everybody|they all|people) (?:hates?|hate) me\b|\bhome is (?:worse|"
            r"hell)\b",
        ),
    )
)
# A wish to vanish weighs double: with one more cue it reads as a wish to be gone.
HOPELESS_WEIGHTS: dict[str, int] = {
    "disappear": 2,
    "existing": 2,
    "want_out": 2,
    "rather_stop": 2,
    "waste": 3,
    "not_this": 2,
}

# Weapons or stalking anywhere in a text make an urge to hurt someone urgent.
HARM_ESCALATORS = _compile(
    r"\b(?:have|got|bought|grabbed|get|getting|brought|carrying|loaded|sharpened)\s+"
    r"(?:\w+\s+){0,3}?<WEAPON>\b|\b(?:following|stalking|tracking|watching) (?:him|her|them)\b|"
    r"\bknow where (?:he|she|they) (?:lives?|works?|sleeps?)\b|\bknow (?:his|her|their) "
    r"(?:routine|schedule|address)\b|\b<WEAPON>s? (?:is |s )?(?:already )?(?:in my (?:bag|pocket|"
    r"car|coat|jacket|hand)|on me)\b"
)
