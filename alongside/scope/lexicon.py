"""Word lists the guard's rules are built from, kept apart so they are easy to extend."""

from __future__ import annotations

# Conditions a coach might name. Each pattern maps to a family that decides the wording of the
# in-scope alternative. Order matters: longer, more specific names come first.
CONDITIONS: tuple[tuple[str, str], ...] = (
    (
        r"complex\s+ptsd|c-?ptsd|ptsd|post[-\s]?traumatic\s+stress(?:\s+disorder)?"
        r"|complex\s+trauma|trauma\s+(?:response\s+)?disorder",
        "trauma",
    ),
    (
        r"(?:major\s+|clinical\s+|severe\s+|postpartum\s+|postnatal\s+|seasonal\s+)?depression"
        r"|(?:major\s+)?depressive\s+(?:disorder|episodes?|symptoms|features|traits)",
        "depression",
    ),
    (r"insomnia", "sleep"),
    (r"social\s+anxiety(?:\s+disorder)?|social\s+phobia", "social_anxiety"),
    (r"(?:generali[sz]ed\s+)?anxiety(?:\s+disorder)?|(?-i:GAD)", "anxiety"),
    (r"panic\s+disorder", "panic"),
    (r"bipolar(?:\s+(?:disorder|i{1,2}|[12]|type\s+\w+))?|hypomania|mania", "bipolar"),
    (
        r"bpd|borderline\s+personality(?:\s+disorder)?|borderline(?=\s*(?:[?.!,;]|$|traits|tendencies))"
        r"|(?:narcissistic|avoidant|antisocial|histrionic|dependent|paranoid)\s+personality"
        r"(?:\s+disorder)?|personality\s+disorder|(?-i:NPD)",
        "personality",
    ),
    (r"ocd|obsessive[-\s]compulsive(?:\s+disorder)?", "ocd"),
    (r"adhd|(?-i:ADD)|attention[-\s]deficit(?:\s+hyperactivity)?(?:\s+disorder)?", "adhd"),
    (r"autism(?:\s+spectrum\s+disorder)?|(?-i:ASD)", "autism"),
    (r"(?:an\s+)?eating\s+disorder|anorexia|bulimia|binge[-\s]eating(?:\s+disorder)?", "eating"),
    (r"psychosis|schizophrenia", "psychosis"),
    (
        r"dissociation|dissociative\s+(?:identity\s+)?(?:disorder|episodes?)|(?-i:DID)",
        "dissociation",
    ),
    (r"(?:reactive\s+)?attachment\s+disorder", "attachment"),
    (r"adjustment\s+disorder", "adjustment"),
    (r"agoraphobia|(?:[a-z]+\s+)?phobia", "fear"),
    (
        r"mental\s+illness|mental\s+health\s+(?:condition|disorder)|[a-z]+\s+disorder|disorder"
        r"|addiction",
        "generic",
    ),
)

# Adjectives that label a person with a condition ("she's clearly bipolar").
CONDITION_ADJECTIVES: tuple[tuple[str, str], ...] = (
    (r"(?:clinically\s+|severely\s+)?depressed", "depression"),
    (r"bipolar", "bipolar"),
    (r"(?:hypo)?manic", "mania"),
    (r"autistic|on\s+the\s+(?:autism\s+|autistic\s+)?spectrum", "autism"),
    (r"an?\s+(?:addict|alcoholic|drug\s+addict)|addicted", "substance"),
    (r"traumati[sz]ed", "trauma"),
    (
        r"borderline|narcissistic|an?\s+(?:total\s+|complete\s+|real\s+|classic\s+|full-on\s+"
        r"|textbook\s+|proper\s+)?(?:narcissist|sociopath|psychopath)"
        r"|sociopathic|psychopathic|avoidant",
        "personality",
    ),
    (r"psychotic|(?:paranoid\s+)?schizophrenic", "psychosis"),
    (r"anorexic|bulimic", "eating"),
    (r"ocd|obsessive[-\s]compulsive", "ocd"),
    (r"adhd", "adhd"),
    (r"dissociating|dissociative", "dissociation"),
    (r"mentally\s+ill", "generic"),
    (r"agoraphobic", "anxiety"),
)

# How to describe each family in plain words. "np" fills "sounds like ___"; "after_be" fills
# "she's ___"; "after_seem" fills "she seems ___"; "possessive" replaces "her ___".
DESCRIPTIONS: dict[str, dict[str, str]] = {
    "trauma": {
        "np": "a lot of hard memories coming up",
        "after_be": "carrying a lot",
        "after_seem": "to be carrying a lot",
        "possessive": "what {have} been carrying",
    },
    "depression": {
        "np": "a heavy, low stretch",
        "after_be": "feeling really low",
        "after_seem": "really low",
        "possessive": "the heaviness {have} been feeling",
    },
    "anxiety": {
        "np": "a lot of worry",
        "after_be": "feeling on edge",
        "after_seem": "on edge",
        "possessive": "{pos} worry",
    },
    "social_anxiety": {
        "np": "a lot of worry around people",
        "after_be": "feeling uneasy around people",
        "after_seem": "uneasy around people",
        "possessive": "{pos} worry around people",
    },
    "panic": {
        "np": "some really frightening moments",
        "after_be": "having some frightening moments",
        "after_seem": "to be having some frightening moments",
        "possessive": "{pos} panic",
    },
    "bipolar": {
        "np": "some big swings in energy and mood",
        "after_be": "going through big ups and downs",
        "after_seem": "to be going through big ups and downs",
        "possessive": "the way {pos} energy and mood shift",
    },
    "mania": {
        "np": "a lot of restless energy",
        "after_be": "running on a lot of energy",
        "after_seem": "really wired",
        "possessive": "{pos} restless energy",
    },
    "personality": {
        "np": "some really intense reactions",
        "after_be": "having some really intense reactions",
        "after_seem": "to be having some really intense reactions",
        "possessive": "what {have} been going through",
    },
    "ocd": {
        "np": "a strong pull to check and re-check",
        "after_be": "really particular about this",
        "after_seem": "really particular",
        "possessive": "{pos} need to get things just right",
    },
    "adhd": {
        "np": "a real struggle with focus and time",
        "after_be": "finding focus hard",
        "after_seem": "to be finding focus hard",
        "possessive": "the way {pos} attention works",
    },
    "autism": {
        "np": "a way of taking in the world that's all {pos} own",
        "after_be": "someone who takes in the world in {pos} own way",
        "after_seem": "to take in the world in {pos} own way",
        "possessive": "{pos} way of taking in the world",
    },
    "eating": {
        "np": "a hard time around food",
        "after_be": "having a hard time around food",
        "after_seem": "to be having a hard time around food",
        "possessive": "{pos} relationship with food",
    },
    "psychosis": {
        "np": "some really unsettling experiences",
        "after_be": "having some unsettling experiences",
        "after_seem": "to be having some unsettling experiences",
        "possessive": "what {have} been experiencing",
    },
    "dissociation": {
        "np": "moments of feeling far away",
        "after_be": "feeling far away",
        "after_seem": "far away",
        "possessive": "the moments of feeling far away",
    },
    "attachment": {
        "np": "a hard time trusting people",
        "after_be": "finding it hard to trust people",
        "after_seem": "to be finding it hard to trust people",
        "possessive": "what {have} been going through",
    },
    "adjustment": {
        "np": "a hard time adjusting",
        "after_be": "finding the changes hard",
        "after_seem": "to be finding the changes hard",
        "possessive": "what {have} been going through",
    },
    "generic": {
        "np": "a lot to carry",
        "after_be": "going through a lot",
        "after_seem": "to be going through a lot",
        "possessive": "what {have} been going through",
    },
    "sleep": {
        "np": "a lot of rough nights",
        "after_be": "sleeping badly",
        "after_seem": "short on sleep",
        "possessive": "{pos} sleep",
    },
    "fear": {
        "np": "a really strong fear",
        "after_be": "really frightened of this",
        "after_seem": "really frightened",
        "possessive": "{pos} fear",
    },
    "substance": {
        "np": "a hard time with drinking or using",
        "after_be": "struggling with drinking or using",
        "after_seem": "to be struggling with drinking or using",
        "possessive": "{pos} drinking or using",
    },
    "symptoms": {
        "np": "the hard moments",
        "after_be": "going through a lot",
        "after_seem": "to be going through a lot",
        "possessive": "the hard moments {have} been having",
    },
}

# Psychiatric medicines, by generic and brand name, and the words for medicine in general.
DRUGS = r"""
sertraline zoloft fluoxetine prozac escitalopram lexapro citalopram celexa paroxetine paxil
venlafaxine effexor duloxetine cymbalta bupropion wellbutrin mirtazapine remeron trazodone
quetiapine seroquel aripiprazole abilify olanzapine zyprexa risperidone risperdal lithium
lamotrigine lamictal valproate depakote alprazolam xanax clonazepam klonopin lorazepam ativan
diazepam valium propranolol prazosin hydroxyzine gabapentin pregabalin lyrica adderall ritalin
methylphenidate vyvanse concerta strattera zolpidem ambien buspirone buspar amitriptyline
nortriptyline ketamine esketamine spravato naltrexone suboxone modafinil clonidine
""".split()

MED_WORDS = (
    r"meds|medications?|medicines?|prescriptions?|pills?|tablets?|doses|dosage|dosing"
    # "A dose of fresh air" is not medicine; "a low dose of something" is.
    r"|dose(?!\s+of\s+(?:sunshine|sun|fresh|reality|nature|humou?r|kindness|self|good|laughter|fun"
    r"|calm|rest|air|green|perspective|patience|joy|the\s+outdoors|vitamin\s+d|daylight|movement))"
    r"|\d+\s*mg|antidepressants?|anti-depressants?|ssris?|snris?|benzos?|benzodiazepines?"
    r"|antipsychotics?|mood\s+stabili[sz]ers?|stimulants?|sleeping\s+(?:pills|tablets)"
    r"|sleep\s+meds|anti-anxiety\s+(?:meds|medication|pills)|beta[-\s]?blockers?|sedatives?"
    r"|tranquil+i[sz]ers?|sleep\s+aids?|downers|uppers|medicated|medicate"
)

# Supplements and other substances people take as a remedy.
SUPPLEMENTS = (
    r"melatonin|magnesium|ashwagandha|st\.?\s+john'?s\s+wort|valerian(?:\s+root)?|cbd(?:\s+oil)?"
    r"|kava(?:\s+tea)?|5-?htp|omega-?3s?(?:\s+supplements?)?|fish\s+oil|l-?theanine|psilocybin"
    r"|microdos(?:e|es|ing)(?:\s+\w+)?|magic\s+mushrooms|benadryl|nyquil|saffron|rhodiola"
    r"|supplements?|cannabis|mushrooms|shrooms|psychedelics|mdma|ayahuasca|lion'?s\s+mane"
)
