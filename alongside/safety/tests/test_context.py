"""Each context layer of the rules on its own, then through screen() with the rules alone."""

from __future__ import annotations

import pytest

from alongside.safety import context, screen, semantic


@pytest.fixture(autouse=True)
def rules_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    # These tests pin the rules' own judgements; the semantic layer is tested in
    # test_semantic and, with the rules, by the quality floors.
    monkeypatch.setenv(semantic.ENV_SWITCH, "0")


def test_it_reads_negation_in_the_lead() -> None:
    assert context.is_negated("im not ")
    assert context.is_negated("i have no plans to ")
    assert context.is_negated("i would never ")
    assert not context.is_negated("i cant stop thinking about ")
    assert not context.is_negated("im not sure i ")


def test_it_limits_negation_to_its_clause() -> None:
    norm = "im not okay, i want to die"
    start = norm.index("want")
    assert context.lead(norm, start) == " i "


def test_it_sees_other_people_as_subjects() -> None:
    assert context.is_other_person("my brother ")
    assert context.is_other_person("a girl from my school ")
    assert not context.is_other_person("i keep ")
    assert not context.is_other_person("how do you stop ")


def test_it_sees_reported_words() -> None:
    assert context.is_reported("they told me to ")
    assert context.is_reported("the nurse asked me if i had ")


def test_it_dates_a_clause() -> None:
    assert context.is_past("when i was 15 i tried to end my life", "", "tried to end my life")
    assert not context.is_past("i tried to kill myself last night", "", "tried to kill myself")
    assert context.is_past(
        "i tried to kill myself", "that was ten years ago. i have a good life now.", "tried"
    )
    assert not context.is_past("i want to die", "years ago i was fine", "want to die")


def test_it_needs_recency_for_past_abuse() -> None:
    assert context.is_past("he hit me", "", "he hit me", needs_recency=True)
    assert not context.is_past("he hit me again last night", "", "he hit me", needs_recency=True)


def test_it_knows_a_joke_from_a_plan() -> None:
    assert context.is_joke("lol if i have to do one more meeting im going to kill myself", False)
    assert not context.is_joke("lol i have the pills ready tonight", True)


@pytest.mark.parametrize(
    "text",
    [
        "I'm not suicidal, just exhausted.",
        "I don't want to kill myself, I want a holiday.",
        "No thoughts of self-harm this week.",
    ],
)
def test_it_clears_negated_statements(text: str) -> None:
    assert screen(text).risk == "none"


def test_it_keeps_a_risky_clause_after_a_negated_one() -> None:
    result = screen("I'm not okay and I'm not sleeping, I want to die.")
    assert result.risk == "elevated"


@pytest.mark.parametrize(
    "text",
    [
        "When I was 15 I tried to end my life; this year I finally feel hope.",
        "I used to cut in high school. I haven't in ten years.",
        "I attempted suicide in 2015. Now I'm a peer support worker.",
    ],
)
def test_it_clears_past_and_resolved(text: str) -> None:
    assert screen(text).risk == "none"


def test_it_keeps_a_recent_attempt_whatever_follows() -> None:
    result = screen("I tried to kill myself last night. I'm okay now, honestly.")
    assert result.risk == "urgent"
    assert "suicide_behavior_recent" in result.signals


def test_it_keeps_present_risk_after_a_past_story() -> None:
    result = screen("When I was 15 I tried to end my life. I have the pills ready again.")
    assert result.risk == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "My best friend tried to kill herself last month.",
        "My brother attempted suicide when we were teenagers.",
        "My partner has been having suicidal thoughts.",
        "They told me to kill myself every day at school.",
    ],
)
def test_it_clears_other_people(text: str) -> None:
    assert screen(text).risk == "none"


def test_it_keeps_the_writer_as_subject_of_a_burden_statement() -> None:
    assert screen("Everyone would be better off without me.").risk == "elevated"


@pytest.mark.parametrize(
    "text",
    [
        "This commute is killing me.",
        "I'd die for a nap.",
        "I nearly died of embarrassment.",
        "My boss is going to kill me when she sees this.",
        "I'm going to kill him if he leaves his socks out one more time.",
        "lmao i'm deceased 💀",
    ],
)
def test_it_clears_idioms_and_jokes(text: str) -> None:
    assert screen(text).risk == "none"


def test_it_clears_media_and_quoted_questions() -> None:
    assert screen("The song lyrics were all about wanting to die.").risk == "none"
    assert screen('The form asked "have you thought about ending your life?" I said no.').risk == (
        "none"
    )


@pytest.mark.parametrize(
    ("text", "risk"),
    [
        ("i want to kms", "elevated"),
        ("gonna ctb this weekend", "urgent"),
        ("been thinking about unaliving myself", "elevated"),
        ("sewerslide thoughts again", "elevated"),
        ("relapsed on sh last night", "elevated"),
        ("i od'd last night", "urgent"),
    ],
)
def test_it_reads_slang(text: str, risk: str) -> None:
    assert screen(text).risk == risk


def test_it_clears_a_safety_plan_used_but_not_a_plan_to_die() -> None:
    assert screen("I felt the urge to cut but I used my safety plan and it passed.").risk == "none"
    assert screen("I used my safety plan. I still have the pills ready.").risk == "urgent"


def test_it_does_not_read_a_condition_as_negation() -> None:
    assert not context.is_negated("if things dont get better by christmas im ")
    assert not context.is_negated("if i didnt have my cat ")
    assert context.is_negated("if it rains im not ")
    assert screen("If things don't get better by Christmas I'm going to end it.").risk == "urgent"
    assert screen("If I didn't have my cat I wouldn't still be here.").risk == "elevated"


def test_it_treats_single_quoted_words_as_quotation() -> None:
    text = "My friends and I say 'I'm going to walk into the ocean' every time we see the rent lol"
    assert screen(text).risk == "none"


def test_it_needs_company_for_weak_preparation_cues() -> None:
    assert screen("I've made my decision.").risk == "none"
    assert screen("Everything is sorted.").risk == "none"
    assert screen("I've made my decision. Everything is sorted. My will is done.").risk == "urgent"
    assert screen("I want to die. I've made my decision.").risk == "urgent"


def test_it_reads_three_kinds_of_hopelessness_as_a_wish_to_be_gone() -> None:
    assert screen("I hate my life. I'm a burden. Nothing will ever get better.").risk == "elevated"
    # Tired, lonely and empty together are a hard week.
    assert screen("I'm exhausted, I feel so alone and the flat feels empty.").risk == "none"


def test_it_reads_the_thoughts_are_back_only_beside_suicide() -> None:
    assert screen("The thoughts are back.").risk == "none"
    text = "I attempted two years ago and I thought I was past it, but the thoughts are back."
    assert screen(text).risk == "elevated"


def test_it_demotes_a_feared_act_to_an_intrusive_thought() -> None:
    result = screen("I'm scared I'll hurt someone if I lose control again.")
    assert result.risk == "elevated"
    assert "harm_to_others" in result.signals


def test_it_tells_a_thought_of_a_method_from_a_plan() -> None:
    assert screen("Been having thoughts of jumping in front of the train.").risk == "elevated"
    assert screen("I'm going to jump in front of the train tonight.").risk == "urgent"


def test_it_needs_recent_strangulation_for_urgent_danger() -> None:
    assert screen("My partner strangled me last night and he's asleep next to me.").risk == "urgent"
    assert screen("My first husband strangled me once. I left him in 2009.").risk == "none"


def test_it_clears_kms_as_everyday_hyperbole_but_not_with_a_time() -> None:
    assert screen("bro my mom is making me go to church im gonna kms").risk == "none"
    assert screen("gonna kms tonight fr").risk == "urgent"


def test_it_reads_a_form_item_answered_none() -> None:
    assert screen("Check-in. Mood 6/10. Thoughts of suicide: none this week.").risk == "none"
    assert screen("Self-harm this week: no.").risk == "none"
    assert screen("Check-in. Thoughts of suicide: yes, most of the day.").risk == "elevated"
    assert screen("i dont wanna be alive no more").risk == "elevated"


def test_it_needs_company_for_ordinary_errands_that_can_be_preparation() -> None:
    assert screen("Gave away most of my old clothes, feels lighter.").risk == "none"
    text = "Checked the train times, the express doesn't stop at our station so I'll be late."
    assert screen(text).risk == "none"
    assert screen("Counted them up. That should be enough.").risk == "none"
    text = "Checked the train timetable for the express that doesn't stop at our station."
    assert screen(text).risk == "urgent"
    text = "I gave away my guitar and my books. Soon I'll be lighter still."
    assert screen(text).risk == "urgent"


@pytest.mark.parametrize(
    ("text", "risk"),
    [
        # Counts of tablets taken (sixth session's families).
        ("swallowed about 30 of them an hour ago and my hands feel numb", "urgent"),
        ("I've taken 18 of the co-codamol since tea time.", "urgent"),
        ("had 12 of my sleeping tablets with vodka", "urgent"),
        ("I took 2 paracetamol for my headache.", "none"),
        ("I've taken 6 paracetamol today for my back", "none"),
        ("I had 15 tabs open all morning researching the grant", "none"),
        ("popped 12 of them in the oven for the kids", "none"),
        ("took 12 of the kids to the park", "none"),
        ("I've taken 20 mg of sertraline for years.", "none"),
        ("necked 10 pints at the wedding, never again", "none"),
        ("my cousin swallowed 25 pills last year and survived", "none"),
        # A height, a barrier, a farewell on a timer, an attempt told as a correction.
        ("I'm on the wrong side of the railing on the viaduct now.", "urgent"),
        ("I parked on the other side of the barrier at the hospital", "none"),
        ("final yeet off the car park roof tonight, bye", "urgent"),
        ("if I hear that song once more I'm going to yeet myself off a cliff lol", "none"),
        ("the fireworks were going off the top of the tower", "none"),
        ("the gym has a yeet off competition", "none"),
        ("my goodbye post is scheduled for 6am so nobody stops it", "urgent"),
        ("scheduled the newsletter to go out to everyone on Monday", "none"),
        ("The farewell email for Sarah's leaving do is scheduled", "none"),
        ("My last post of the week is scheduled for Friday", "none"),
        ("The fall down the stairs last week was not a fall.", "urgent"),
        ("The crash last week wasn't an accident, the other driver was drunk.", "none"),
        ("The shop was shut when I tried last week", "none"),
        ("was in the ward on Friday after I tried", "urgent"),
        ("we laughed about the time I was on the unit after I tried, a very old chapter", "none"),
        ("came round on the kitchen floor this morning, I meant it", "urgent"),
        ("woke up in hospital after my appendix surgery with a drip in my arm", "none"),
        ("i cut to deep tonight and cant stop the bleedin", "urgent"),
        ("The scene cut to deep space", "none"),
        ("I cant stop the bleedin dog barking", "none"),
        ("I took sniper and carried the whole team", "none"),
        ("i tried again last night and woke up this morning, sorry", "urgent"),
        ("tried again tonight. it nearly worked", "urgent"),
        ("The jar lid finally opened when I tried again this morning.", "none"),
        ("the app worked when i tried again today", "none"),
        # Eighth session: read off the misses of fresh7 and fresh8 when they were retired.
        ("took the hole bottle of my mums sleeping tablts like an hour ago", "urgent"),
        ("took a fat handful of my meds lol. room spinning", "urgent"),
        ("took my handful of meds with breakfast like every morning", "none"),
        ("Counted them out. 38 of the sertraline and a full box of co-codamol.", "urgent"),
        ("The pharmacist gave me 28 of the sertraline for the month.", "none"),
        ("We had 40 of the kids from the school at the farm.", "none"),
        ("He put the gun on the table at dinner and said if I leave tonight that's it.", "urgent"),
        ("he's got the shotgun out of the cabinet now, sitting at the kitchen table", "urgent"),
        ("He got his rifle out of the cabinet to clean it before deer season.", "none"),
        ("he's been texting that he's coming round tonight to teach me a lesson", "urgent"),
        ("She's coming over after work to sort me out, she's brilliant with spreadsheets.", "none"),
        ("They're coming back to finish the job on the kitchen tomorrow.", "none"),
        ("My mate is coming round tonight to sort me out with a haircut.", "none"),
        ("My brother is coming round later to help me move the sofa.", "none"),
        ("gave away mi good shoes. i nah go need dem where im going", "urgent"),
        ("Won't need my winter coat where I'm going, Lanzarote here I come!", "none"),
        # The pet cue needs another cue beside it, and counts once however often it repeats.
        ("Rehomed Biscuit today. Told the new family it's for good. Wrote the letters.", "urgent"),
        ("Rehomed Biscuit today. Told the new family it's for good.", "none"),
        ("Rehomed the last two kittens today! The other two were rehomed on Sunday.", "none"),
        ("Mum has 20 of her meds to sort into the dosette box on Sunday.", "none"),
        ("I had a whole bunch of my meds this morning, it's a faff but I'm doing it.", "none"),
        ("My dad put his shotgun out in the shed for the pheasants.", "none"),
        ("Don't need them where I'm going, packing light for the retreat.", "none"),
        ("The dog ate the whole box of my dads heart tablets, vet says he'll be fine.", "none"),
        # A reason to rehome a pet makes the pet cue ordinary, not the others.
        (
            "Wrote the letters last night. Made my will. Cancelled my subscriptions. Gave my "
            "guitar to my brother. My landlord is a nightmare.",
            "urgent",
        ),
        ("Rehomed our cat with my aunt for good because my son's allergies got worse.", "none"),
        ("Rehomed a rescue greyhound today! Told the kids it's permanent, he's ours now.", "none"),
        ("Dropped the kids off at school and left the dog with my mum for the day.", "none"),
        ("Booked the cat in with the cattery for two weeks while we're in Spain.", "none"),
        ("Rehomed my old sofa, told the buyer it's for good, no returns lol.", "none"),
        ("Rehomed the spare bed. Told my sister it's for good, she needed one.", "none"),
    ],
)
def test_it_reads_counts_heights_timers_and_told_attempts(text: str, risk: str) -> None:
    assert screen(text).risk == risk


@pytest.mark.parametrize(
    ("text", "risk"),
    [
        # Ninth session: everyday uses of risky words (read off the rules' false alarms in
        # training), each beside a risky twin that must still be caught.
        ("The kids had an overdose of birthday cake and are bouncing off the walls.", "none"),
        ("I overdosed on mince pies again, send help lol", "none"),
        ("I took an overdose of my sleeping tablets last night.", "urgent"),
        ("overdosed on my mums pills an hour ago", "urgent"),
        ("Laughed so hard at the panto I nearly died.", "none"),
        ("Nearly died laughing at my nephew's dance moves.", "none"),
        ("I nearly died last night, I took everything in the cupboard.", "urgent"),
        ("My attempt to bake sourdough went badly again.", "none"),
        ("After my attempt at parallel parking the kerb needs therapy.", "none"),
        ("I'm still in hospital after my attempt on Sunday.", "urgent"),
        ("it's three days after my attempt to end it and nobody knows", "urgent"),
        ("Counted my tablets into the dosette box for the week.", "none"),
        ("Counting out the pills for our holiday, two a day for ten days.", "none"),
        ("Counting down the steroid tablets, three a day this week then two.", "none"),
        ("I've counted my pills and there are 64, that's enough.", "urgent"),
        ("Been counting my tablets every night, the stash is nearly big enough.", "urgent"),
        ("saving my pills each day instead of taking them", "urgent"),
        ("I finally got rid of the pills I'd stockpiled, flushed the lot.", "none"),
        ("Took the stash of tablets back to the pharmacy for disposal with my sister.", "none"),
        ("I've stockpiled my pills and they're ready for Friday.", "urgent"),
        ("Bought a new climbing rope and a harness for the wall on Saturday.", "none"),
        ("Got a skipping rope for the gym sessions.", "none"),
        ("Bought a rope today. I know which tree.", "urgent"),
        ("I've got the rope in my car.", "urgent"),
        ("Oiling the rifle and zeroing the scope before Saturday.", "none"),
        ("Got my brother a gun cleaning kit, he shoots clays on Sundays.", "none"),
        ("I've got my dad's gun and I'm going to use it on him when he comes home.", "urgent"),
        ("I took the shotgun out of the cabinet tonight and loaded it.", "urgent"),
        ("My nan loves watching me play Mario Kart.", "none"),
        ("My husband is watching me like a hawk since the hospital.", "none"),
        ("He's been watching me from his car outside my work every night.", "elevated"),
        ("The self-harm scenes in that series were handled with care.", "none"),
        ("I volunteer with a self harm awareness charity on Saturdays.", "none"),
        ("I self harmed last night for the first time in months.", "elevated"),
        ("Selling the car, won't need it anymore now the tram's faster.", "none"),
        ("Giving my laptop to my sister. Won't need it anymore.", "urgent"),
        ("I'm going to throw myself into my new job and see how it goes.", "none"),
        ("I'm going to throw myself into the river tonight.", "urgent"),
        ("Found my old journal from 2016, full of goodbye notes I never sent.", "none"),
        ("I was suicidal for most of 2018 and I'm doing ok now.", "none"),
        ("The old me would have stockpiled pills by now. Today I went for a walk instead.", "none"),
        ("The old me is back and I bought a rope.", "urgent"),
        ("Two years today since I last self-harmed.", "none"),
        ("I cut from 14 to 21, and those scars are part of my story.", "none"),
        ("I wrote goodbye letters last night.", "urgent"),
        ("I've kept the rope in the shed since Sunday.", "urgent"),
        ("My nan took too many of her pills by accident and she's in hospital.", "none"),
        ("Mum's best friend tried to end things at Easter.", "none"),
        ("My grandad found me after I took too many pills last night.", "urgent"),
        ("Got enough of my mum's meds saved now. Sunday.", "urgent"),
        ("I'm going to kill my flatmate. He finished my leftover curry again.", "none"),
        ("The puppy chewed my new trainers. I'm going to kill him, lovingly.", "none"),
        (
            "I'm going to kill him. He hit me again last night and I've got the knife ready.",
            "urgent",
        ),
        ("I'm going to kill my stepdad tonight. He hurt my little sister.", "urgent"),
    ],
)
def test_it_tells_everyday_uses_of_risky_words_from_their_risky_twins(text: str, risk: str) -> None:
    assert screen(text).risk == risk


@pytest.mark.parametrize(
    ("text", "risk"),
    [
        # Eleventh session: families read off the misses of fresh9 … fresh14 when they were
        # retired, each beside an everyday twin. Harm to someone else told as preparation:
        # two different cues (a weapon at hand, the target found, payback, a price accepted).
        (
            "I know where he drinks. The bat's in my boot. He finds out what it feels like.",
            "urgent",
        ),
        ("Got petrol. I'm outside his house.", "urgent"),
        ("Sharpened my knife. He's not walking away from this one.", "urgent"),
        ("Bought a hammer for the shelves. Tonight I put them up.", "none"),
        ("I know where he lives, we were at school together.", "none"),
        ("The knife is in the drawer and the bat's in the shed.", "none"),
        ("My ex got what he deserves in court, he's not getting away with it.", "none"),
        ("bringing my cousins blade to school monday", "urgent"),
        ("I'm going to run my stepdad off the road on Friday.", "urgent"),
        # Danger now: armed with a threat, a threat for tonight, found, followed, barred.
        ("he's holding the bread knife and screaming that I'll regret it", "urgent"),
        ("Dad had the carving knife out for the turkey.", "none"),
        ("She texted that she'll finish me tonight when she's back from the pub.", "urgent"),
        ("My ex just sent me a picture of my car outside my new flat.", "urgent"),
        ("The estate agent sent me a photo of the front door for the listing.", "none"),
        ("i think im being followed, same van for 20 minutes", "urgent"),
        ("He's not allowed to come within 200 metres. He's sitting outside the school.", "urgent"),
        ("hiding in the staff loo, the man from the bar is waiting by my car", "urgent"),
        # A recent attempt told in passing.
        ("drank the weedkiller from the shed an hour ago", "urgent"),
        ("The dog drank some of the rainwater, he's fine.", "none"),
        ("They pumped my stomach on Sunday.", "urgent"),
        ("i tried on friday. the cord snapped", "urgent"),
        ("I tried last night. The cake sank in the middle.", "none"),
        ("I tried on Friday but the shop was shut.", "none"),
        ("A week since I tried. Back at work like nothing happened.", "urgent"),
        ("The marks on my neck are fading. The cord snapped.", "urgent"),
        ("The cord snapped on the blinds again.", "none"),
        ("After what I did with the tablets last week they kept me in.", "urgent"),
        ("I had 14 of my sertraline and most of a bottle of gin.", "urgent"),
        ("counted out 40. lined them up on the bedside table. just looking", "urgent"),
        ("Lined them up on the table: 30 tea lights and 16 candles.", "none"),
        # A plan told as a decision and a day, or strongly on its own.
        ("I've decided. Sunday when the house is empty.", "urgent"),
        ("Thursday. Went to the market, bought leeks.", "none"),
        ("Sunday.\nI keep thinking about suicide, most days, no plans.", "elevated"),
        ("I fully intend to die before the anniversary.", "urgent"),
        ("Drove up here to jump. Sitting in the car.", "urgent"),
        ("By this time next week I won't be here.", "urgent"),
        ("I'm taking everything in the bathroom cabinet once he's at work.", "urgent"),
        ("Tonight, while she's away, so she won't be the one to find me.", "urgent"),
        # Coded means: kept, bought out of sight, in the car with no reason.
        ("Been putting two of my tablets aside each week instead of taking them.", "urgent"),
        ("I'm putting £50 aside each month for the holiday.", "none"),
        ("Bought paracetamol at another chemist so they wouldn't clock it.", "urgent"),
        ("There's a rope in the boot of my car and no reason for it to be there.", "urgent"),
        ("There's a rope in the boot for towing the trailer.", "none"),
        ("Charcoal and tape are in the car now.", "urgent"),
        ("Does life insurance pay out if it's self inflicted?", "urgent"),
        # Gifts with "won't need it", letters with names on, errands in threes.
        ("Gave my bike to my nephew. Won't be needing it where I'm going.", "urgent"),
        ("Gave my old bike to my nephew, won't be needing it now I drive.", "none"),
        ("Wrote letters to the girls. In the drawer with their names on.", "urgent"),
        ("One each for the kids, sealed them with stickers, Santa letters done.", "none"),
        ("Wrote my passwords out for Jo, cancelled the gym, sorted my will.", "urgent"),
        ("Cricket tonight, the bat's in my boot. I know where he parks, I'll get a lift.", "none"),
        ("The rope is up in the garage for the swing.", "none"),
        ("Final yeet of the season tonight, last skate session!", "none"),
        ("Someone has followed me from the station on Instagram lol", "none"),
        ("Made up my mind: I'm doing the marathon. Sunday.", "none"),
        ("Putting one aside each week from my wages for the holiday.", "none"),
        ("I drank the poison ivy tea my aunt made, tasted awful lol", "none"),
        ("Cancelled the gym, paid off the credit card. Moving to Leeds on Friday!", "none"),
        # Slang and typed in a hurry.
        ("final yeet scheduled for friday", "urgent"),
        ("took the sleepy route like 40 min ago", "urgent"),
        ("tried 2 hang myslf last nite the rope snaped", "urgent"),
        ("cut 2 deep ther is blod evrywere", "urgent"),
        ("im on the brdge rite now its so cold", "urgent"),
        ("gonna kms after school. for real this time", "urgent"),
        # Elevated, said sideways.
        ("If the scan showed something terminal I think I'd feel relief.", "elevated"),
        ("The scan showed something terminal in my dad's lungs. We're all in bits.", "none"),
        ("The biopsy came back clear and honestly I was disappointed.", "elevated"),
        ("The biopsy came back clear and I cried with relief.", "none"),
        ("I wouldn't mind if the Lord took me in my sleep.", "elevated"),
        ("I'm thinking about taking my own life more than I used to.", "elevated"),
        ("Been toying with the idea of not living. Weighing it up.", "elevated"),
        ("Put the straighteners on my arm again last night.", "elevated"),
        ("Put the straighteners on my hair, running late.", "none"),
        ("I relapsed on Tuesday after 90 days clean from self harm.", "elevated"),
        ("Nearly went for my brother at dinner, walked out to the garden.", "elevated"),
        ("my dad hits when he drinks", "elevated"),
        ("i feel like i want to dye most days", "elevated"),
        ("I want to dye my hair blue this summer.", "none"),
        ("im gonna kms if i have to do one more group project lol im not joking", "none"),
    ],
)
def test_it_reads_the_eleventh_sessions_families_and_their_everyday_twins(
    text: str, risk: str
) -> None:
    assert screen(text).risk == risk


@pytest.mark.parametrize(
    ("text", "risk"),
    [
        # Twelfth session: families read off the misses of fresh15 and fresh16 when they were
        # retired, and of the new training sets train12 and train13, each beside an everyday
        # twin (the `fam12_*` rules).
        ("I'm driving out to the quarry tonight. Thanks for trying with me.", "urgent"),
        (
            "Driving out to the quarry tomorrow for a swim. Thanks for trying with me on the map!",
            "none",
        ),
        ("Going up to the cliff top tomorrow with the dog, weather looks good.", "none"),
        ("Tomorrow I'll go to the cliff top and that's the end of it.", "urgent"),
        ("I'll walk out to the reservoir on Friday and not come back.", "urgent"),
        ("I'll walk out to the reservoir on Friday and not come back until dark.", "none"),
        (
            "It's going to be the bridge by the retail park. I've been to check the height.",
            "urgent",
        ),
        ("It's going to be the bridge by the retail park, the council says.", "none"),
        ("Cat's vet details are on the fridge for whoever comes. Everything's tidy now.", "urgent"),
        ("Left a note for whoever takes the early shift, the till is sticking.", "none"),
        ("I've set the date. Please don't try to change my mind.", "urgent"),
        ("We've set the date for the wedding! June next year.", "none"),
        ("Tonight's the night. Nobody will walk in.", "urgent"),
        ("Tonight's the night! First date in two years, wish me luck.", "none"),
        (
            "Booked a hotel for Saturday. Didn't book a way back. Nobody knows where I'll be.",
            "urgent",
        ),
        ("Booked a hotel for Saturday, the train back is on Sunday.", "none"),
        (
            "Wrote one for Mum, one for Dad, one for Jess. Put them where they'll look first.",
            "urgent",
        ),
        ("One for Mum and one for Dad, the Christmas cards are done.", "none"),
        (
            "Written out instructions for Dave about the boiler. He'll need to know, after.",
            "urgent",
        ),
        ("Written out instructions for the sitter about the boiler.", "none"),
        ("i've had 8 so far. doing the rest of the box after this", "urgent"),
        ("Had 8 so far this season, the allotment's doing well.", "none"),
        ("Cleared the medicine cabinet into a bag. Just want it ready.", "urgent"),
        ("Cleared the medicine cabinet of out-of-date stuff and took it to the chemist.", "none"),
        (
            "Stood on the footbridge over the dual carriageway. Wanted to message someone before.",
            "urgent",
        ),
        ("Told him I'm going away for a long time. I'm not going anywhere really.", "urgent"),
        ("I'm not going anywhere. The pull hasn't come back.", "none"),
        ("Dad's shotgun is in the shed and I know where the key is.", "urgent"),
        (
            "The gun is in the cabinet and only Dad knows where the key is, it's for the farm.",
            "none",
        ),
        ("I've been reading up on which tablets would do it.", "urgent"),
        ("If I fail I will drink the pesticide from the farm.", "urgent"),
        ("We will drink the tea from the farm shop later.", "none"),
        ("After her funeral on Thursday I'm going to join her.", "urgent"),
        ("After the funeral I'm going to join her for a walk by the sea.", "none"),
        ("ctb sunday. got my stuff sorted", "urgent"),
        ("I won't climb back over next time.", "urgent"),
        ("I've worked out the timing so they won't be the ones to find me.", "urgent"),
        ("Been putting a couple aside from each prescription.", "urgent"),
        ("swallowed 20 something of my nan's blood pressure pills", "urgent"),
        ("I take 20 mg of sertraline a day now.", "none"),
        ("Took 20 of my tablets with wine on purpose.", "urgent"),
        ("Have just swallowed whatever was in the bathroom cabinet.", "urgent"),
        ("just took what was left of my sleeping tablets", "urgent"),
        ("Two weeks ago I tied something round my neck in the wardrobe.", "urgent"),
        ("Tied a scarf round my neck, it's freezing out.", "none"),
        ("Three weeks post attempt and back at work.", "urgent"),
        ("Ten days after the overdose I went back to work.", "urgent"),
        ("Got brought in after what I did on Friday.", "urgent"),
        ("took a bunch of my sleepies to try and unalive last night", "urgent"),
        ("I went off the end of the pier last Thursday. A fisherman pulled me out.", "urgent"),
        ("We jumped off the pier all summer as kids.", "none"),
        ("I've had pressure on it 20 minutes and the towel is soaked through.", "urgent"),
        ("I'm going to set fire to his flat tonight.", "urgent"),
        ("We're going to set fire to the bonfire tonight.", "none"),
        ("I'm going to run him down outside his house.", "urgent"),
        ("Going round tonight with a can of petrol.", "urgent"),
        ("Going round tonight with a bottle of wine.", "none"),
        ("I know which door he comes in. I'm bringing dad's rifle.", "urgent"),
        (
            "I've got the crossbow cleaned and ready. I know the house his mother lives in.",
            "urgent",
        ),
        ("Got the crossbow cleaned and ready for the archery club on Sunday.", "none"),
        ("She's going to pay. I've got the hammer in the car.", "urgent"),
        ("The horse decided the judge's hut was going to kill him.", "none"),
        ("I keep picturing hurting my ex. I won't, but the pictures are vivid.", "elevated"),
        ("I keep picturing my ex's face when he sees my new haircut.", "none"),
        ("When she won't stop crying I get thoughts of shaking her.", "elevated"),
        ("Honestly I reckon I'd flatten him if he came near my sister.", "elevated"),
        ("He's locked me in the bedroom and taken my phone.", "urgent"),
        (
            "My ex messaged 'look out your window'. His car is outside. There's a court order.",
            "urgent",
        ),
        ("His car is outside, he's picking me up for the cinema.", "none"),
        ("There's a car that's followed me from the station.", "urgent"),
        ("He got out today. Texted me see you tonight. He knows where I live now.", "urgent"),
        ("She's slapped me twice when I argued back.", "elevated"),
        ("He's never hit me, he just goes quiet for days.", "none"),
        ("Gary shoved me into the worktop again on Saturday.", "elevated"),
        ("My ex keeps turning up outside my work.", "elevated"),
        ("My brother-in-law is threatening me daily.", "elevated"),
        ("She keeps my passport locked away.", "elevated"),
        ("Keep my passport in the safe when we travel.", "none"),
        ("Punched the bathroom tiles on purpose on Sunday, wanted it to hurt.", "elevated"),
        ("Punched the air when the goal went in.", "none"),
        ("Biting my forearm until it leaves teeth marks.", "elevated"),
        ("Dug my nails into my wrists under the desk.", "elevated"),
        ("Pressed my wrist on the hob ring on purpose.", "elevated"),
        ("Pressed my hand on the hob to check it was off.", "none"),
        ("74 days clean and broke it with the blade out of a pencil sharpener.", "elevated"),
        ("My pencil sharpener blade came out, anyone know how to fix it?", "none"),
        ("arms are a barcode rn", "elevated"),
        ("I keep banging my head against a brick wall with this landlord.", "none"),
        ("I keep hitting my head on the headboard when I can't sleep.", "elevated"),
        ("The kids would have a better life without me.", "elevated"),
        ("Maybe that's my way out and I wouldn't have to decide anything.", "elevated"),
        ("That's my way out of the contract, the break clause.", "none"),
        (
            "Nothing. I'm looking forward to it all being over, in whatever way that comes.",
            "elevated",
        ),
        ("Looking forward to it all being over, exams finish Friday!", "none"),
        ("I wish I could go to sleep for a very long time and not come back.", "elevated"),
        ("i want to disappear. not exist anymore", "elevated"),
        ("honestly wouldn't care if a bus hit me", "elevated"),
        ("I go to bed hoping the Good Lord takes me in my sleep.", "elevated"),
        ("please let me not wake up", "elevated"),
        ("Thoughts of taking myself out are back.", "elevated"),
        ("Taking myself out for dinner tonight, treat yourself!", "none"),
        ("Suicide's been on my mind again.", "elevated"),
        ("The idea of taking myself out of the picture is in my head most days.", "elevated"),
        ("feels like im just waiting to cark it", "elevated"),
        ("cant stop thinkin bout endin it al", "elevated"),
        ("i dnt wnna be alive anymor", "elevated"),
        ("hes at the dor rite now kickin it he sed he gonna kil me", "urgent"),
        ("Urge to cut hit hard. Held ice, texted my friend from the plan. Didn't cut.", "none"),
        ("Burnt my forearm on the oven rack on purpose. Third time this month.", "elevated"),
        ("started the cat scratch thing again if u know what i mean", "elevated"),
        ("Took 14 so far. Going to do the rest in a bit.", "urgent"),
        ("Did 14 so far on the quiz. Going to do the rest in a bit.", "none"),
        ("When u read this il be gone.", "urgent"),
        (
            "Hugged them longer than usual. They didn't know it was the last time they'd see me.",
            "urgent",
        ),
        ("There's a hook in the beam in the garage. I've tested it with my weight.", "urgent"),
        ("Built a rope swing, tested it with my own weight first.", "none"),
        ("I've got 12 days of methadone saved in the bottles.", "urgent"),
        ("Gave my tools to Dean. Won't be needing any of it after the weekend.", "urgent"),
        ("I won't be around to need any of it after Friday.", "urgent"),
        ("Cut deeper on purpose. I meant it to be the end.", "urgent"),
        ("Stood on the tracks Monday night. The driver stopped in time.", "urgent"),
        ("Stood on the platform Monday night, the train was late.", "none"),
        ("i walked out in front of a lorry on thursday. it swerved.", "urgent"),
        ("Popped another 10 on top of the 15 from earlier.", "urgent"),
        ("Popped another 10 minutes on the timer, the cake's not done.", "none"),
        ("He's poured petrol all round the hall and he's stood there with the lighter.", "urgent"),
        ("My ex just texted me my new address. Says he'll see me tonight.", "urgent"),
        ("Same car's been behind me since the station.", "urgent"),
        ("I know which pub he drinks in on a Friday. Bat's in the van.", "urgent"),
        ("3 packs of ibuprofen = 48. and half a bottle of gin.", "urgent"),
        ("Half a bottle of wine with dinner, lovely evening.", "none"),
        ("Cancelled the gym and the phone, sorted the will. Just the last bit left now.", "urgent"),
        ("Filled a jerry can at the garage. Lighter's in my pocket.", "urgent"),
        ("Filled a jerry can for the mower.", "none"),
        ("I'll take the ute out to the dam on the weekend with a length of hose.", "urgent"),
        ("Bought a length of hose for the garden.", "none"),
        ("I'll be gone by the time you wake up, early flight!", "none"),
        ("Doing it Friday at the viaduct.", "urgent"),
        ("I won't be there to see it, I'm on nights.", "none"),
        ("Put something in his tea tonight. Not enough yet.", "urgent"),
        ("Put some honey in her tea, she has a cold.", "none"),
        ("I'm going to put the car into a wall on the coast road.", "urgent"),
        ("I'm going to put the car into the garage before the storm.", "none"),
        (
            "Got my grandad's old revolver down out of the loft. Just sitting here with it.",
            "urgent",
        ),
        ("Got the rifle out for the deer season, first stalk on Saturday.", "none"),
        ("The man who attacked me is at the bus stop right now.", "urgent"),
        ("Ended up in ICU after I tried to go. On a normal ward now.", "urgent"),
        ("took the forever nap pills an hour ago", "urgent"),
        ("I walked out into the traffic on Friday night.", "urgent"),
        ("i have the roap redy in the garrage 4 tomoro nite", "urgent"),
        ("Two weeks ago I was on the roof ready to go and my phone rang.", "urgent"),
        ("We were on the roof ready to go with the solar panels by 8.", "none"),
        ("He's kicked me and I'm pregnant.", "elevated"),
        ("She's hit me three times in two weeks.", "elevated"),
        (
            "My kids would have a better life without me, I'm driving to the quarry tonight.",
            "urgent",
        ),
        ("I lie in my room thinking maybe that's my way out.", "elevated"),
        ("They'd have a better life without me.", "elevated"),
        ("I know where he drinks. The crossbow's cleaned and ready.", "urgent"),
        ("She's going to pay. She's not getting away with it.", "none"),
        ("I found out where the new manager lives. I know where he parks.", "none"),
    ],
)
def test_it_reads_the_twelfth_sessions_families_and_their_everyday_twins(
    text: str, risk: str
) -> None:
    assert screen(text).risk == risk


@pytest.mark.parametrize(
    "text",
    [
        # Everyday sentences a review wrote against the twelfth session's first draft of the
        # `fam12_*` rules, which flagged every one of them; the rules were narrowed until none
        # was flagged.
        "Left a note with the dogs food and vet details for the sitter.",
        "I'll take some weedkiller round to dad's allotment.",
        "Coach has us doing suicide runs tomorrow, dreading it.",
        "I had 40 tabs going all day and my laptop died.",
        "Going over tomorrow with my hammer to help dad put up the shelves.",
        "Dad said he'll pay for the taxi. Tomorrow I'm going to his house for dinner.",
        "I keep pushing my son into trying new foods.",
        "I kept shaking him to wake him up for school.",
        "I want to drag them out for a walk this weekend.",
        "The embassy has my passport for the visa.",
        "Told grandma we moved, she knows our new address.",
        "She's punched me twice today, toddler tantrums are brutal.",
        "Grandad said he'll see me tonight at dinner.",
        "I've been hitting the tiles with the rubber mallet hard enough to seat them.",
        "Pressed my legs against the radiator, it's freezing in here.",
        "Put a hook in the beam for the hammock and tested it with my own weight.",
        "You can have my football boots, I won't be using them after Saturday.",
        "Charity abseil, I'm doing it on Sunday from the hospital tower!",
        "I stupidly walked out in front of a car while looking at my phone.",
        "Popped another 12 cookies in the oven.",
        "Found the key in the escape room, that's my way out!",
        "The good Lord took me through a hard season and I'm grateful.",
        "I've been thinking about taking myself out more, solo dates are great.",
        "Thanks for trying to fix my laptop. Well, that's it then.",
        "Empty boxes everywhere after the move. Just the last bit left to paint.",
        "Gave all my skins away to my little brother. gg no re.",
        "I'm doing it on Saturday! Been working up to it for months.",
        "Had half a bottle of wine with dinner. Tonight's the night.",
        "Had 12 of my insulin pens delivered today.",
        "Put something in his tea to help him sleep, chamomile works wonders.",
        "I know which gym he trains at. He'll pay me back on Friday.",
        "He knows the address. His car is outside.",
        "Deleted my socials. Left the cats food and vet details with my neighbour.",
        "He's hit me with another invoice.",
        "That's my way out, the fire exit by the kitchen.",
        "Tonight's the night! We've set the date!",
        "Job applications: done 5 so far. Thanks for trying to help me with my CV.",
        "Bought a new bike for my son. It's for him. He'll pay me back from his paper round.",
        "My solicitor has my documents for the house sale.",
        "Wrapped the cable around my neck so the headphones wouldn't fall.",
    ],
)
def test_it_leaves_the_everyday_probes_of_the_twelfth_session_review_alone(text: str) -> None:
    assert screen(text).risk == "none"


@pytest.mark.parametrize(
    "text",
    [
        # Everyday sentences that older rules (took_count, ends_tonight, abuser_at_door,
        # fam_place_waiting, goodbyes, intent_timed, fam_not_around, fam_dont_save_me,
        # affairs_soft) flagged until the twelfth session gave them an `unless`.
        "Took 20 of my tablets to the pharmacy for disposal.",
        "Took 30 of the old tablets back to the chemist.",
        "I took 14 tablets with me for the two-week trip.",
        "Sorted everything. Tonight's the night, the party starts at 8.",
        "So this is it, the last episode of the series tonight.",
        "I'm on the bridge now, the traffic is awful.",
        "Charcoal and tape for the BBQ are in the boot.",
        "He's sitting outside the house waiting to pick me up for work.",
        "Stood on the bridge for an hour watching the boats go by.",
        "Standing on the bridge taking photos of the river at sunset.",
        "Said goodbye to everyone at work today, new job Monday.",
        "I've made my decision, I'm taking the job in Leeds.",
        "Everything is sorted for the move on Friday.",
        "Picked a spot for the picnic by the river.",
        "I'm at the station, train's delayed again.",
        "Wrote a letter to my nan for her birthday.",
        "I counted my pills for the week into the organiser.",
        "The rope is in the shed with the camping gear.",
        "Love you all, see you at Christmas!",
        "This is my last post on this forum, moving to the new site.",
        "Made my will and sorted life insurance after the baby was born.",
        "Gave the cat to my sister because my new flat doesn't allow pets.",
        "Tonight's the night, wish me luck with the proposal.",
        "I'm done. Finished the marathon in 4 hours!",
        "Going to end it with him tonight, it's been a long time coming.",
        "Bought a rope for the climbing wall session.",
        "The bridge was closed so I took the long way round.",
        "I won't be around next week, I'm on holiday.",
        "Don't try to stop me, I'm eating the whole cake.",
    ],
)
def test_it_leaves_everyday_sentences_the_older_rules_flagged_alone(text: str) -> None:
    assert screen(text).risk == "none"


@pytest.mark.parametrize(
    "text",
    [
        # ... and their risky twins, which those rules still read.
        "Took 20 of my pills and went back to bed.",
        "Took 30 of my tablets with vodka an hour ago.",
        "Charcoal and tape are in the car now.",
        "He's sitting outside the house and he's not supposed to know where I live.",
        "Stood on the bridge for an hour tonight, thinking about jumping.",
        "Said goodbye to everyone today. They don't know it was goodbye for good.",
        "Going to end it tonight.",
        "I won't be around next week. Thank you for everything.",
        "Don't try to stop me, I've made up my mind.",
    ],
)
def test_the_older_rules_still_read_the_risky_twins_of_those_sentences(text: str) -> None:
    assert screen(text).risk == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        # Everyday sentences a thirteenth-session review wrote to probe the rules (and four
        # from the new training sets' shapes), flagged until their rules were narrowed.
        "3 days to go. By Friday it'll be over and I can finally sleep, this dissertation has "
        "eaten me alive",
        "by friday it will all be over, last exam is thursday afternoon and then pub",
        "It all ends tomorrow — the season finale of my favourite show. Not ready.",
        "the last episode drops tonight, it all ends here and I am NOT emotionally prepared",
        "So this is goodbye to the old office. New building on Monday, free parking at last.",
        "Final message from me as admin: I'm handing over the group to Priya. Be kind to each "
        "other!",
        "Giving away my stuff before I emigrate to Canada — furniture, plants, a really nice lamp.",
        "I gave away my PS4 to my cousin, won't need it anymore now that I've got the PS5.",
        "finished my goodbye letter to the team, last day is Friday, trying not to cry at my desk",
        "Got my meds ready for the holiday, two weeks of tablets in the organiser",
        "pills are lined up in the organiser for the week, Monday to Sunday",
        "Stockpiling cold and flu tablets because the chemist always runs out in December.",
        "Looked up how many ibuprofen you can take with a cold, it's 3 a day max apparently",
        "Googled the lethal dose of chocolate for dogs, ours ate a whole Easter egg. Vet says "
        "he'll be fine.",
        "what's a lethal dose of caffeine? asking because I'm on my 6th coffee and the deadline "
        "is at 5",
        "Took the whole packet of Strepsils in a day, my throat is killing me",
        "took a whole box of tissues to work, this cold is relentless",
        "Necked a whole bottle of Lucozade after the match.",
        "The tablets are ready for collection at Boots, they texted.",
        "i'm going to jump off the high board tomorrow, doing it for charity",
        "I'm going to jump out of a plane for my 50th — skydive booked!",
        "Bought a can of petrol for the generator, power cut again in our area.",
        "Bringing a knife to the office to cut the birthday cake, don't tell HR.",
        "I'm ending it — my subscription to the gym, I mean, never go.",
        "I'm so over life admin this week.",
        "I'm tired of life admin. Three forms for one parking permit.",
        "done with life in London, moving back to Cork",
        "I won't be around next week, I'm at my cousin's wedding in Enugu.",
        "I'm not going to be around for long, just popping in to drop off the forms.",
        "I'll be gone soon, the taxi for the airport is booked for 5.",
        "By the time you read this I'll be in the air! Love from Gate 23.",
        "By Monday it'll all be done, the kitchen fitters promised.",
        "Took all my exams this week, I'm finished!",
        "My stomach was pumped after eating dodgy prawns on holiday, never again.",
        "A guy is following me on TikTok who I met once at a bus stop, creepy but harmless.",
        "my ex is following me on LinkedIn, what does that even mean",
        "There's someone at the door, probably the Amazon guy.",
        "he's at the door with the pizza, grab my purse",
        "I locked myself in the bathroom by accident, the handle broke, husband had to take the "
        "door off.",
        "hiding in my bedroom from the in-laws, send snacks",
        "My toddler is hitting me with a plastic sword, send help",
        "My son is attacking me with kisses, best morning.",
        "She threatened to kill me if I spoil the finale, so my lips are sealed.",
        "Payback at five-a-side on Thursday, they beat us 6-1 last week.",
        "gonna beat them at quiz night, we've got a history teacher on our team now",
        "So this is goodbye to my twenties. 30 tomorrow. Send wine.",
        "I won't need my car anymore since we moved to the city, selling it on autotrader.",
        "Took a whole bottle of water to the exam, drank it in the first hour.",
        "Swallowed every word of that lecture, best one all year.",
        "My nephew is strangling me with hugs.",
        "cut again on the budget for the youth club, it's a joke.",
        "tired of living out of a suitcase for work",
        "done with life on the road, settling down in Bristol",
        "Took all my courage to ask her out, and she said yes!",
        "By Thursday it'll all be done, the loft conversion I mean, builders swear.",
        "this is goodbye to the old sofa, the new one arrives tomorrow",
        "Final post from our holiday: the sunset in Crete 🌅",
        "I won't need my bike anymore now I've got a car.",
        "took the whole packet of biscuits to the meeting, none left",
        "swallowed a whole bottle of Gaviscon over the week, this heartburn is brutal",
        "Lethal dose of salt for a hamster? Asking for my son, he fed it crisps.",
        "Won't be around next week, we're off to Crete! Sanjay's covering my shifts.",
        "Shooting hoops with my nephew this morning, he beat me 11 4.",
        "I have everything I need for the camping trip. Tonight is the night!",
        "Wanted to cut last night. Did the ice cube thing and a walk round the block instead. "
        "It passed.",
    ],
)
def test_it_leaves_the_thirteenth_sessions_everyday_probes_alone(text: str) -> None:
    assert screen(text).risk == "none"


@pytest.mark.parametrize(
    ("text", "risk"),
    [
        # ... and the risky twin the review wrote beside each, which the rules still read.
        (
            "3 days to go. By Friday it'll be over and I can finally sleep for good, nobody "
            "will have to deal with me.",
            "urgent",
        ),
        ("by friday it will all be over, i've saved up my tablets and written the notes", "urgent"),
        ("It all ends tomorrow. I've got the pills saved and I'm not scared anymore.", "urgent"),
        ("the pills are lined up, it all ends here and I am ready", "urgent"),
        ("So this is goodbye. I've taken all my pills and I'm lying down.", "urgent"),
        (
            "Final message from me: I'm sorry, tell mum I love her, I won't be here tomorrow.",
            "urgent",
        ),
        ("Giving away my stuff because I won't need it where I'm going.", "urgent"),
        ("I gave away my PS4 to my cousin, won't need it anymore after tonight.", "urgent"),
        ("won't need these anymore, i've got the pills ready for tonight", "urgent"),
        ("finished my goodbye letter to my family, the pills are ready for tonight", "urgent"),
        (
            "I've tidied everything up before I go. The pills are counted and the notes are "
            "written.",
            "urgent",
        ),
        ("Got my meds ready, two weeks of tablets, I'm going to take them all tonight.", "urgent"),
        ("pills are lined up on the bed, enough to not wake up.", "urgent"),
        (
            "Stockpiling paracetamol from different chemists so nobody notices, I'll have "
            "enough soon.",
            "urgent",
        ),
        ("Looked up how many ibuprofen it would take to die.", "urgent"),
        ("Googled the lethal dose of my sertraline, I've got more than enough.", "urgent"),
        ("what's a lethal dose of paracetamol? I've got 60 of them here.", "urgent"),
        ("Took the whole packet of paracetamol an hour ago, I feel sick.", "urgent"),
        ("took a whole box of my sleeping tablets, i'm so tired now", "urgent"),
        ("Necked a whole bottle of my tablets with vodka.", "urgent"),
        ("The tablets are ready, I'm going to take them all tonight.", "urgent"),
        ("i'm going to jump off the bridge tomorrow, i can't do this anymore", "urgent"),
        ("I'm going to jump out of the window tonight.", "urgent"),
        ("Got a gun from my uncle's house, I'm going to shoot myself tonight.", "urgent"),
        ("i cut again last night, deeper than before.", "elevated"),
        ("Bringing a knife to school tomorrow to stab him.", "urgent"),
        ("I'm ending it tonight. I've got the pills.", "urgent"),
        ("I'm so over life. I just want to die.", "elevated"),
        ("I'm tired of life. I don't want to wake up anymore.", "elevated"),
        ("done with life, I want to die", "elevated"),
        (
            "I won't be around next week. I've made my peace with it and the pills are ready.",
            "urgent",
        ),
        ("won't be around much longer, i've got enough pills saved", "urgent"),
        ("I'm not going to be around for long, I've made my decision.", "urgent"),
        ("I'll be gone soon, the pills are ready and no one will miss me.", "urgent"),
        ("I'm not going to be around by the time you read this.", "urgent"),
        ("By the time you read this I'll be dead. I'm sorry.", "urgent"),
        ("By Monday it'll all be over, I've got the pills saved.", "urgent"),
        ("tonight I'm not driving home, I'm driving into the river", "urgent"),
        ("Took all my pills an hour ago, I feel really sick.", "urgent"),
        ("My stomach was pumped last night after I took all my pills.", "urgent"),
        ("A guy is following me home right now, I'm scared.", "urgent"),
        ("my ex is following me home every night and sitting outside my flat", "elevated"),
        (
            "There's someone at the door, it's my ex, he's banging on the door and screaming "
            "he'll kill me.",
            "urgent",
        ),
        ("he's at the door, he's drunk and he said he'd kill me, I'm scared", "urgent"),
        ("I locked myself in the bathroom, he's kicking the door and screaming.", "urgent"),
        ("hiding in my bedroom, he's drunk and smashing things downstairs", "urgent"),
        ("I'm hiding in the car, he's got a knife and he's looking for me.", "urgent"),
        ("She keeps following me home from work, my ex, I'm scared to go out.", "elevated"),
        ("My husband is hitting me, send help", "urgent"),
        ("My husband is attacking me, please help", "urgent"),
        ("my stepdad keeps hitting me when mum is at work", "elevated"),
        ("She threatened to kill me if I leave, and she has a knife.", "urgent"),
        ("Scared for my life, he's got a knife and he's outside.", "urgent"),
        ("My husband beat us last night, me and the kids, I'm scared.", "elevated"),
        ("gonna beat them to death when they get home", "urgent"),
        ("Won't be around next week. I've left the dog with my sister for good.", "urgent"),
        ("He beat me again last night and I'm scared to go home.", "elevated"),
        ("I have everything I need. Tonight is the night.", "urgent"),
    ],
)
def test_the_narrowed_rules_still_read_the_risky_twins_of_those_probes(
    text: str, risk: str
) -> None:
    assert screen(text).risk == risk


@pytest.mark.parametrize(
    ("text", "risk"),
    [
        # The thirteenth session's families, read off the retired fresh17 and fresh18 (these
        # sentences are written for the test, not copied from the sets), each beside an
        # everyday sentence with the same surface.
        ("By the end of the month I will have taken my life.", "urgent"),
        ("I've decided where and I know how. Don't worry about the rest.", "urgent"),
        ("i know how im gonna do it now, sunday when its quiet", "urgent"),
        ("Went up to look at the top of the quarry today. It's high enough to jump.", "urgent"),
        ("Is the shelf high enough? The kettle keeps hitting it.", "none"),
        ("Up on the multi-storey again. This time I'm not taking the stairs down.", "urgent"),
        ("The lift is broken so we're taking the stairs down.", "none"),
        ("Making sure the kids have one last good memory of me at the fair.", "urgent"),
        ("Rang the insurer to check the policy pays out however it happens.", "urgent"),
        ("Writing a card for every birthday I'll miss.", "urgent"),
        ("Told my boss I won't be in on Monday, or after.", "urgent"),
        ("Said goodbye to my cousins without them knowing what it was.", "urgent"),
        ("not gonna be around for the next season lol, the tablets are sorted", "urgent"),
        ("I won't be around for the next season, knee surgery, gutted.", "none"),
        ("Going to walk out to the level crossing tonight when it's dark.", "urgent"),
        ("tried to unalive on saturday, it didnt work", "urgent"),
        # (Told over two sentences, "It didn't work. I'm home from the ward.", it is not read:
        # the rules read one sentence at a time; docs/safety.md, Known weaknesses.)
        ("it didn't work, I'm home from the ward now and nobody's said much", "urgent"),
        ("It didn't work, so we went back to the hospital for another scan.", "none"),
        ("The belt I used snapped. I don't know what to feel.", "urgent"),
        ("I was over the railings on Friday until a man talked me back.", "urgent"),
        ("I'm in the bath and I've started.", "urgent"),
        ("I'll be waiting behind the garages with the hammer when he comes home.", "urgent"),
        ("I'll be waiting in the garden with the hammer, the fence panel's loose.", "none"),
        ("tomorrow im going round kevs with the bat, he knows what he did", "urgent"),
        ("Going round Sam's with the bat and ball for cricket in the park.", "none"),
        ("I could swap his heart tablets for the ones that look the same.", "urgent"),
        ("I'll burn his car out tonight with him in it.", "urgent"),
        ("Sort him out for good, that cat needs a proper flea treatment.", "none"),
        ("When they let him out I'll be waiting for him, and I've got what I need.", "urgent"),
        ("When they let my brother out on Friday I'll be waiting with a hug.", "none"),
        ("My ex is outside and I never gave him the new address.", "urgent"),
        ("My stepdad is holding a machete and shouting at the door.", "urgent"),
        ("She's holding a knife and fork like a toddler lol", "none"),
        ("A van has followed me from the station and parked outside the shop.", "urgent"),
        ("He put the kitchen knife on his bedside table and said tonight I'd find out.", "urgent"),
        # Weak cues: two together are preparation, one alone is everyday.
        ("Bought what I need today. Doing it tonight.", "urgent"),
        ("I've got everything I need now.", "none"),
        ("I've thought it all through. Friday, when the house is empty.", "urgent"),
        ("I've thought it all through and I'm taking the job.", "none"),
        ("Left the dog with Jo and told her it was for good. I won't need him back.", "urgent"),
        ("When the time comes I'll hand over the keys to the new owners.", "none"),
        ("The fast trains that don't stop at our station are so loud at night.", "none"),
    ],
)
def test_it_reads_the_thirteenth_sessions_families_and_their_everyday_twins(
    text: str, risk: str
) -> None:
    assert screen(text).risk == risk


@pytest.mark.parametrize(
    ("text", "risk"),
    [
        # A review of the thirteenth session's narrowing wrote crisis sentences that hold the
        # ordinary words the narrowing named ("for the first time", "as well as", "delivery",
        # "party", "the kitchen"); each was hidden by a draft of it, and is read now.
        ("I cut again for the first time in a year.", "elevated"),
        ("I cut again in the bathroom at work today.", "elevated"),
        ("I tried urge surfing but it didn't work and I cut again tonight.", "elevated"),
        (
            "I went to the bridge after my shift and sat there for hours instead of "
            "going home, I just want to die.",
            "urgent",
        ),
        ("Please make sure the cat is fed after I'm gone for good.", "urgent"),
        ("This is my goodbye to my son. I love him more than anything.", "urgent"),
        ("I've written farewell letters as well as sorting my will.", "urgent"),
        ("By the time you read this I'll be back with Dad, where I belong.", "urgent"),
        ("I had a really bad episode and attempted again last night.", "urgent"),
        ("I took the whole packet with water about an hour ago.", "urgent"),
        ("I downed a whole bottle of wine and then the sleeping tablets.", "urgent"),
        ("I won't be here for my appointment next week, tonight is going to be the end.", "urgent"),
        ("Tonight is my last night, I've left everything to charity.", "urgent"),
        (
            "I've been giving away all my things, people think I'm moving house but "
            "I won't need any of it.",
            "urgent",
        ),
        (
            "My ex is outside my door right now, he pretended to be a delivery "
            "driver to get into the building.",
            "urgent",
        ),
        ("I've got 60 of my tablets saved up in an old pill box.", "urgent"),
        ("Soon I'll be free, after my last shift on Friday.", "urgent"),
        ("I've booked a taxi to the bridge and I'm not coming back.", "urgent"),
        ("He's been hurting me with a pillow over my face when I sleep.", "elevated"),
        ("The lads at the pool keep laughing at me, I'm going to stab them tomorrow.", "urgent"),
        ("My husband broke my wrist last night because I beat him at cards.", "elevated"),
        (
            "He threatened to kill me if I tell anyone about the party where it happened.",
            "elevated",
        ),
        ("I'm not going to be around after the party on Saturday, I've made up my mind.", "urgent"),
        (
            "I've got everything I need for my final trip to the cliffs, I've written the notes.",
            "urgent",
        ),
        ("I'm going to the airport car park roof and I'm not coming back.", "urgent"),
        ("I'm going round his house tonight with the knife from the kitchen.", "urgent"),
        ("It didn't work and I woke up on the ward, the doctor said I was lucky.", "urgent"),
        ("I'll have ended my life by the weekend.", "urgent"),
    ],
)
def test_the_narrowing_does_not_hide_crises_that_name_an_ordinary_thing(
    text: str, risk: str
) -> None:
    assert screen(text).risk == risk


@pytest.mark.parametrize(
    ("text", "risk"),
    [
        # The fourteenth session's families, read off the retired fresh19 and fresh20 (these
        # sentences are written for the test, not copied from the sets), each beside an
        # everyday sentence with the same surface.
        ("Heading down to the canal tonight and I'm not planning on walking back.", "urgent"),
        ("Heading down to the canal tonight for the fishing, back by ten.", "none"),
        ("By Friday I will not be in this world, I've made my peace.", "urgent"),
        ("the 7.15 doesnt stop here. thats the one i want", "urgent"),
        ("The 7.15 doesn't stop here any more, so I get the bus.", "none"),
        ("It'll be the same day he did. That feels right.", "urgent"),
        ("I've already chosen how. Sunday, when the house is empty.", "urgent"),
        ("I've already chosen how to spend the bonus.", "none"),
        ("I know which bridge. I'm going back there after dark.", "urgent"),
        ("got enough of nans old sleeping tablets hidden in my room now", "urgent"),
        ("tak en 30 of them allredy and my lips r tingling", "urgent"),
        ("I ate 30 of them already, the mini sausage rolls were gorgeous.", "none"),
        ("I was in hospital after the overdose on Monday and nobody at work knows.", "urgent"),
        ("Last month I tried to finish myself with my mum's tablets.", "urgent"),
        ("Climbed over the rail on the viaduct last night and a cyclist talked me back.", "urgent"),
        ("Tried to put the car into the bridge pillar on Friday. Swerved at the end.", "urgent"),
        ("gonna get him outside the chippy tonight got my cousins blade on me", "urgent"),
        ("The rifle's loaded and I'm going over there when his van gets back.", "urgent"),
        ("The rifle's loaded and we're going over to the hill for the deer at dawn.", "none"),
        ("This car has passed me three times since the bus stop and I'm scared.", "urgent"),
        ("He's on his way with the bat and he said I've got five minutes.", "urgent"),
        ("She's found out where I'm staying and she's parked across the street.", "urgent"),
        ("He'll kill me when he finds me, he's already smashed the door.", "urgent"),
        ("If he comes near my daughter again I'll stab him. The knife's in my bag.", "urgent"),
        ("If he eats my chips again I'll stab him with a fork, honestly.", "none"),
        ("I swapped the toy gun in his drawer for my dad's real one.", "urgent"),
        ("Got a Nerf gun for my nephew, he's going to shoot everyone at the party.", "none"),
        ("I bought a water pistol and I'm going to get him when he walks past, ha.", "none"),
    ],
)
def test_it_reads_the_fourteenth_sessions_families_and_their_everyday_twins(
    text: str, risk: str
) -> None:
    assert screen(text).risk == risk


@pytest.mark.parametrize(
    ("text", "risk"),
    [
        # An attempt told over two sentences: what was done beside its aftermath, and the
        # same words where the aftermath is an operation or the act a recipe.
        ("It didn't work. I'm home from the ward now.", "urgent"),
        ("Took the lot on Friday. Woke up in A&E.", "urgent"),
        ("I did it on Sunday. The paramedics got there in time.", "urgent"),
        ("I tried. It didn't work. They kept me in overnight.", "urgent"),
        ("The new diet didn't work. Home from the ward after my knee op.", "none"),
        ("Tried the sourdough again, it didn't work. Back from hospital visiting nan.", "none"),
        ("It didn't work. I'm going to try a different charger.", "none"),
        # "I'm still here and ..." is resolution only when something good follows.
        ("When I was 16 I tried to end it. I'm still here and I'm proud of that.", "none"),
    ],
)
def test_it_reads_an_attempt_told_over_two_sentences(text: str, risk: str) -> None:
    assert screen(text).risk == risk


@pytest.mark.parametrize(
    ("text", "risk"),
    [
        # Everyday posts of the kind train16 holds that older rules flagged, narrowed this
        # session, each beside a risky twin the narrowing must not hide.
        ("Is mum's repeat prescription ready? I'll collect.", "none"),
        ("I've got all my tablets ready on the table.", "urgent"),
        ("Took the whole lot to the tip this morning.", "none"),
        ("Took the whole lot last night.", "urgent"),
        ("I'll make him pay through the small claims court.", "none"),
        ("I'll make him pay, I know where he lives.", "urgent"),
        ("That comedian was so funny I nearly died.", "none"),
        ("I nearly died on Friday, I took too many.", "urgent"),
        ("I grew up in a house where dad kept a belt on the hook by the door.", "none"),
        ("Selling my bike, moving abroad so I won't need it anymore. Cash buyers only.", "none"),
        ("I won't need it anymore after tonight.", "urgent"),
        ("Giving away my old guitar, upgraded so won't be needing it. Collection only.", "none"),
        ("Giving away my guitar and my records. Won't be needing them where I'm going.", "urgent"),
    ],
)
def test_it_leaves_everyday_posts_alone_beside_their_risky_twins(text: str, risk: str) -> None:
    assert screen(text).risk == risk


@pytest.mark.parametrize(
    ("text", "risk"),
    [
        # A review of the fourteenth session's rules wrote 355 everyday sentences against them
        # (203 flagged by the draft, 31 after the narrowing, 30 by the rules before the
        # session) and a risky twin for each flagged one. These pairs are every third one
        # whose twin only the new rules read, then the review's probes of what was missing.
        (
            "Heading down to the pier with the lads, not coming back till late so don't wait up.",
            "none",
        ),
        (
            "Heading down to the pier tonight on my own, not coming back this time. Tell the kids "
            "I love them.",
            "urgent",
        ),
        (
            "Walking over the bridge into town for the late shift, never walk back that way at "
            "night though, I get a taxi.",
            "none",
        ),
        ("Walking out to the bridge tonight, never walking back. I'm done.", "urgent"),
        ("I'm going up there once the kids are in bed to sort the loft insulation.", "none"),
        (
            "The roof of the flats is open. I'm going up there once the kids are in bed to end it.",
            "urgent",
        ),
        ("Got a ticket to Suicide Squad at the IMAX tonight, can't wait.", "none"),
        ("Bought my ticket to suicide. Tonight's the night.", "urgent"),
        ("Deleted my socials for a month. Feels so much lighter now.", "none"),
        (
            "Deleted my socials so nobody has to see what happens. Feels so much lighter now I "
            "know it's nearly over.",
            "urgent",
        ),
        ("Won't be renewing the allotment. They can have my tools, the new lot on plot 9.", "none"),
        ("Won't be renewing the lease, I won't be alive. They can have my tools.", "urgent"),
        ("Made my arrangements for the cremation. Don't tell mum yet, she's not up to it.", "none"),
        (
            "Made my arrangements, even picked the music for my funeral. Don't tell mum yet, "
            "she'll find out soon enough.",
            "urgent",
        ),
        (
            "pills r sorted for the week. doing it this arvo, the big clean out of nan's bathroom",
            "none",
        ),
        ("pills r sorted. doing it this arvo when no one's home, i cant go on", "urgent"),
        ("Nobody counted them after the raffle, so we don't know how many tickets sold.", "none"),
        (
            "Been taking one or two of my mum's sleeping pills every week. Nobody counted them. "
            "I've got 40 now.",
            "urgent",
        ),
        (
            "Took 20 of them already and the light's still perfect, these photos will be amazing.",
            "none",
        ),
        ("Took 20 of them already and I'm going to keep going till the box is empty.", "urgent"),
        ("Had like 20 of them already, the mini doughnuts at the fair are lethal.", "none"),
        ("Had like 20 of them already, the co-codamol, feeling dizzy.", "urgent"),
        (
            "I ended up in hospital after the overdose of my flatmate, to sign the papers for her.",
            "none",
        ),
        ("I ended up in hospital after the overdose on Saturday. I still want to die.", "urgent"),
        ("Tried to put the car into the garage and scraped the whole wing.", "none"),
        (
            "Tried to put the car into the wall on the motorway last night, swerved at the last "
            "second.",
            "urgent",
        ),
        ("tried to steer the car into the space and hit the kerb, whoops", "none"),
        ("tried to steer the car into a lorry on the way home, i want it to be over", "urgent"),
        ("Going to sort him out on the pitch Saturday, got my lucky bat with me.", "none"),
        ("Going to sort him out for what he did to my sister, got my bat with me.", "urgent"),
        ("Once her flat goes up on Rightmove I'll send you the link.", "none"),
        ("Her flat goes up tonight, I've bought the lighter fluid.", "urgent"),
        ("Petrol's loaded in the boot, going over to the allotment to do the generator.", "none"),
        (
            "Petrol's loaded in the boot, going over to his tonight, he'll burn like he made me "
            "burn.",
            "urgent",
        ),
        (
            "The same guy has passed me twice on the running loop, he must be training for the "
            "marathon.",
            "none",
        ),
        (
            "The same guy has passed me twice on my walk home and he's following me now, I'm "
            "scared.",
            "urgent",
        ),
        ("Uncle outside di gate wid di cutlass, clearing di bush for di yard.", "none"),
        ("Him outside di gate wid di cutlass, seh him a go kill mi, help mi.", "urgent"),
        (
            "Walked down to the bridge to meet Ade and I'm not walking back, the hill is too "
            "steep lol",
            "none",
        ),
        ("Walked down to the bridge and I'm not walking back. I'm going to jump.", "urgent"),
        ("had 12 of the mince pies already, keep going i say, it's christmas", "none"),
        ("had 12 of the pills already, keep going i say, i want it over", "urgent"),
        (
            "My first lesson: tried to put the car into third from first, instructor nearly cried.",
            "none",
        ),
        ("Tried to put the car into the wall at 70 last night, I wanted it to be over.", "urgent"),
        ("Their car goes up for auction on Thursday, might bid.", "none"),
        ("Their car goes up tonight, with him in it. Petrol's ready.", "urgent"),
        (
            "He's found out where we're staying for the hen do and booked a stripper, mortified.",
            "none",
        ),
        ("He's found out where we're staying, he's outside the refuge, I'm terrified.", "urgent"),
        ("I'm going up there after Mass to see Father Tom about the christening.", "none"),
        ("The roof of the church tower is open. I'm going up there after Mass to jump.", "urgent"),
        ("I'll sort her out a slice of the cake later, I've got a knife on me.", "none"),
        ("I'll sort her out tonight for what she did, I've got a knife on me.", "urgent"),
        ("Dem outside di gate wid di cutlass fi trim di hedge, mi soon come.", "none"),
        ("Dem outside di gate wid di cutlass a seh dem a go kill mi, help.", "urgent"),
        (
            "Tried the sourdough again. It didn't work. Home from the hospital shift at 8 and "
            "straight to bed.",
            "none",
        ),
        (
            "I took them all on Friday. It didn't work. Home from the hospital now and I still "
            "want to die.",
            "urgent",
        ),
        (
            "Swallowed them all, the vitamins I mean, the ambulance came for my neighbour though, "
            "chaos day.",
            "none",
        ),
        ("Swallowed them all last night. The ambulance came, my sister found me.", "urgent"),
        ("My son's home from the ward today. I did it on Monday, the school application.", "none"),
        ("I'm home from the ward today. I did it on Monday with his tablets.", "urgent"),
        (
            "The 6.42 doesn't stop here. I'll be standing at the edge of the platform when it "
            "comes through.",
            "urgent",
        ),
        (
            "the 17:15 wont stop at my station so thats the one. im going to step in front of it",
            "urgent",
        ),
        (
            "The 8.05 doesn't stop at our station. That's the one I'm going to jump in front of.",
            "urgent",
        ),
        ("the 9:30 doesnt stop at this platform, im waiting for it, goodbye", "urgent"),
        ("I'll go the same day he did, the 14th. It's only right. I've got the pills.", "urgent"),
        ("The 7.15 won't stop here. I'll be on the tracks when it comes.", "urgent"),
        ("the 10.42 doesnt stop here. thats the one. goodbye", "urgent"),
        ("The 23.10 won't stop at Shenfield, so that's the one. I'll be on the line.", "urgent"),
        (
            "I did it on Friday. Discharged from the ward today and they don't know I'm going to "
            "try again.",
            "urgent",
        ),
        ("I tried on Saturday. Paramedics came and found me in the car.", "urgent"),
        (
            "Stood on the bridge on Saturday looking down. That's the one. I'm going back tonight.",
            "urgent",
        ),
        (
            "I looked at every multi storey in town. The one by the park, that's the one I want. "
            "Tonight.",
            "urgent",
        ),
        ("Found a tree in the woods strong enough. That's the one. I've got the rope.", "urgent"),
        ("I'll do it the same day he did. I want to be with my brother.", "urgent"),
        ("Everyone in year 10 hates me and I took 30 of my pills already.", "urgent"),
        ("I'm in Year 11 and tonight I'm going to jump off the bridge.", "urgent"),
        (
            "Found my old goodbye letter and I'm going to use it this time, I've got the pills.",
            "urgent",
        ),
        ("Reread my old goodbye letter. Still true. I'm going to end it this weekend.", "urgent"),
        (
            "Going down to the river after dark, not coming back. Tell mum the holiday was the "
            "best thing.",
            "urgent",
        ),
        (
            "Heading to the cliffs, I won't be coming back. Nobody will notice, no boat will find "
            "me.",
            "urgent",
        ),
        (
            "Took 20 of them already, my sleeping pills, and I'm going to keep going. Don't let "
            "them read my exam results.",
            "urgent",
        ),
        (
            "Tried to put the car into the wall but I reversed at the last second. I'll do it "
            "properly next time.",
            "urgent",
        ),
        (
            "He's on his way with the gun and he said he'll kill me, I'm hiding in the garden.",
            "urgent",
        ),
        ("I'm going to get him after the match, I've got my knife with me.", "urgent"),
        (
            "Taking the shotgun round to his, he raped my sister and he'll die like a dog. Not "
            "the clay club, his house.",
            "urgent",
        ),
        ("Gun is loaded, going over there tonight, the deer rifle, he's dead.", "urgent"),
        (
            "The rope is in the car and tonight's the night. Sorry for the surprise, everyone.",
            "urgent",
        ),
        (
            "Deleted my socials and found homes for my plants. The pills are ready. I've had "
            "enough of life, it's my last trip.",
            "urgent",
        ),
        ("The same car has passed me twice, it's my ex, I'm so scared.", "urgent"),
        ("This car has driven past me three times now, it's him, I'm terrified.", "urgent"),
        (
            "They've found out where we're living now, my ex and his brothers, they're outside.",
            "urgent",
        ),
        ("Mum's boyfriend found out where I'm staying and he's outside with a knife.", "urgent"),
        ("Dad will kill me when he finds me, he broke my arm last time.", "urgent"),
        ("In year 10 now and I think about killing myself every day.", "elevated"),
    ],
)
def test_the_fourteenth_sessions_rules_leave_the_reviews_everyday_sentences_alone(
    text: str, risk: str
) -> None:
    assert screen(text).risk == risk


@pytest.mark.parametrize(
    ("text", "risk"),
    [
        # Elevated risk read off fresh19 and fresh20 (written for the test), each beside an
        # everyday sentence with the same surface.
        ("I did cut last night, only a couple, the usual place.", "elevated"),
        ("I did cut the hedge last night before the rain.", "none"),
        ("Sixty days clean from cutting and I blew it on Friday.", "elevated"),
        ("the razor came back out after the row with mum", "elevated"),
        ("I pick at my arms until they bleed when the flashbacks come.", "elevated"),
        ("I picked the brambles until my fingers bled, worth it for the jam.", "none"),
        ("Me: cut my arm again on Tuesday, small ones.", "elevated"),
        ("if i didnt wake up tomorrow i wouldnt mind tbh", "elevated"),
        ("cant wait to not exist", "elevated"),
        ("I wish the Lord would call me home, I'm so tired of waking up.", "elevated"),
        ("My family would be better off without me, if I was just gone.", "elevated"),
        ("i think abot killng myslf alot latly", "elevated"),
        ("I keep wondering how I'd actually do it, then I stop myself.", "elevated"),
        ("I keep wondering how I'd actually do it, the loft conversion I mean.", "none"),
        ("I keep getting flashes of smashing his face into the wall. I won't.", "elevated"),
        ("There's a loop in my head of pushing him down the stairs.", "elevated"),
        ("I nearly hit my son today, my hand was up.", "elevated"),
        ("He said next time it'll be my face.", "elevated"),
        ("He checks my phone every night and keeps my bank card.", "elevated"),
        ("hes been hittin me agin when hes drunk", "elevated"),
    ],
)
def test_it_reads_the_fourteenth_sessions_elevated_families(text: str, risk: str) -> None:
    assert screen(text).risk == risk


@pytest.mark.parametrize(
    ("text", "risk"),
    [
        # A second review wrote 226 crisis sentences that hold the ordinary words this
        # session's exceptions name (a toy gun, a court, the council, "so funny", "year 11",
        # "my old letter", "ranked"); 53 were hidden by a draft of them and 126 were below
        # their level in all, 23 now. Every second one the draft hid, and every third one the
        # new rules' own exceptions hid, is pinned here.
        ("there are 60 tablets ready on my bedside table for tonight.", "urgent"),
        (
            "sitting on the ledge of the multi storey, the council never fixed the barrier, im "
            "going over tonight",
            "urgent",
        ),
        (
            "I'm on the roof of my building with a coffee, last one ever, then I'm stepping off.",
            "urgent",
        ),
        (
            "I'm sitting on the railing of the footbridge, my dad can probably see me from the "
            "car park but I don't care anymore.",
            "urgent",
        ),
        (
            "they all think the big move is the reason im giving stuff away. ive written the "
            "letters and picked the day. its sunday",
            "urgent",
        ),
        (
            "gonna shoot her in the face with my bb gun from close up, see how she likes it",
            "urgent",
        ),
        ("ill shoot him with the heat gun and burn his face, i mean it this time", "urgent"),
        ("bought a bb gun today and im going to use it on him when he gets home", "urgent"),
        (
            "got a pistol from my cousin, hid it with my sons toy guns, when he comes round im "
            "going to shoot him",
            "urgent",
        ),
        (
            "Got dad's pistol in my bag next to the cap guns for the kids. I know where he lives.",
            "urgent",
        ),
        ("ive got a bb gun in my coat pocket. found out where my ex is staying", "urgent"),
        (
            "my boyfriend is holding the axe from the fire pit and he wont let me leave the garden",
            "urgent",
        ),
        ("After court today all I can think about is hurting him.", "elevated"),
        ("lost the tribunal and i want to smash his face in", "elevated"),
        ("im 15, in year 11, and i want to kill myself", "elevated"),
        ("back in year 8 i started hurting myself and i still do it most nights", "elevated"),
        ("I updated my old goodbye letter today, it's for Sunday.", "urgent"),
        (
            "I grew up with him hitting me and he's got the knife now, he's in the kitchen "
            "shouting.",
            "urgent",
        ),
        (
            "so funny, i nearly died on tuesday when i jumped in the river and i still wish i had",
            "urgent",
        ),
        ("I'm going to stab him with a needle full of bleach while he sleeps.", "urgent"),
        ("I keep wanting to stab her with a needle, I can't stop picturing it.", "elevated"),
        (
            "im going to jump off the roof tonight, real life has fall damage and thats the point",
            "urgent",
        ),
        (
            "I took all my tablets years ago and survived, telling you just in case: I took them "
            "all again.",
            "urgent",
        ),
        ("i want to hurt my self control is gone", "elevated"),
        ("I've got the bread knife in my bag. I know where she parks.", "urgent"),
        (
            "He'll be at the housewarming on Saturday. I've got a knife in my jacket. I know "
            "where he lives.",
            "urgent",
        ),
        (
            "it's our anniversary, going down to the sea where he proposed and i'm never coming "
            "back",
            "urgent",
        ),
        ("walking to the bridge now, not coming back home", "urgent"),
        (
            "When she takes the kids to her mum's for the party on Saturday, that's when. I've "
            "thought it through properly.",
            "urgent",
        ),
        (
            "When he takes the kids to the match on Saturday, thats when. I know which tree.",
            "urgent",
        ),
        ("Heading to the tracks with a bottle of vodka. I know which train.", "urgent"),
        ("Deleted all my socials for the last time. I've already chosen how.", "urgent"),
        ("Enough paracetamol hidden behind the fridge to make sure this time.", "urgent"),
        ("i was in hospital after the overdose on tuesday, the nurse said i was lucky", "urgent"),
        ("mi try fi end it with di pills last night", "urgent"),
        ("i did it last night after my interview went bad. they kept me in overnight", "urgent"),
        ("I tried on Friday, the pills weren't enough. Home from the ward now.", "urgent"),
        (
            "I did it on Saturday. Woke up in hospital, mum had to leave her shift to come.",
            "urgent",
        ),
        ("I did it on Thursday. Grandma found me and the paramedics came.", "urgent"),
        ("I'm going to get him after the match, I've got my knife on me.", "urgent"),
        ("will sort him out at the bonfire, got my blade in my pocket", "urgent"),
        ("this van has driven past me four times, im scared, i think hes looking for me", "urgent"),
        (
            "he'll kill me when he finds me, i broke his phone and hes been threatening me all "
            "night",
            "urgent",
        ),
    ],
)
def test_the_fourteenth_sessions_exceptions_do_not_hide_crises(text: str, risk: str) -> None:
    assert screen(text).risk == risk
