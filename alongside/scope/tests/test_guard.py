"""Unit tests for each rule family, its exceptions, offsets and `apply`."""

from __future__ import annotations

import dataclasses

import pytest

from alongside.scope import KINDS, Finding, apply, check


def kinds(text: str) -> list[str]:
    return [f.kind for f in check(text)]


def spans(text: str) -> list[str]:
    return [f.text for f in check(text)]


# --- diagnosis ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Sounds like BPD to me.",
        "Your depression is worse this week.",
        "In my assessment she is coping better.",
        "She's clearly bipolar.",
        "I think you might have ADHD.",
        "He's showing signs of OCD.",
        "Client meets criteria for GAD.",
        "sounds lik ptsd from what u said",
    ],
)
def test_it_catches_diagnosis(text: str) -> None:
    assert kinds(text) == ["diagnosis"]


@pytest.mark.parametrize(
    "text",
    [
        "She said 'my PTSD flared up' after the visit.",
        'In her words, her anxiety was "through the roof".',
        "His therapist diagnosed PTSD last spring.",
        "Many survivors notice their body reacts before their mind does.",
        "Not everyone who lives through trauma develops PTSD.",
        "As your coach I don't diagnose.",
        "I can't tell you whether you have ADHD.",
        "What a depressing week of weather.",
        "A symptom of the housing crisis.",
        "My desk is in disorder.",
    ],
)
def test_it_leaves_diagnosis_words_alone_in_other_roles(text: str) -> None:
    assert check(text) == []


# --- medication -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Try cutting your dose.",
        "You could ask for Xanax.",
        "Melatonin would fix your sleep.",
        "Come off the sertraline.",
        "If the pills make you numb, you could just stop taking them.",
        "Have you thought about getting back on your meds?",
        "Ask your GP for Xanax before the flight.",
    ],
)
def test_it_catches_medication_advice(text: str) -> None:
    assert kinds(text) == ["medication"]


@pytest.mark.parametrize(
    "text",
    [
        "That's a question for your prescriber.",
        "Please check with your doctor before changing your dose.",
        "Her psychiatrist changed her dose last week.",
        "Dr. Patel has her on sertraline now.",
        "I'm not a doctor, so I can't say whether you should change your dose.",
        "Take a dose of sunshine this weekend.",
        'You told me "the meds make me feel flat", and that matters.',
    ],
)
def test_it_leaves_medication_talk_alone_when_it_is_not_advice(text: str) -> None:
    assert check(text) == []


def test_it_words_a_medication_question_as_a_question() -> None:
    text = "Have you thought about getting back on your meds?"
    (finding,) = check(text)
    assert apply(text, finding).endswith("prescriber?")
    assert apply(text, finding).startswith("Would it help")


# --- treatment ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Let's go over your treatment plan.", "treatment plan"),
        ("Your exposure therapy homework is to walk past the park.", "exposure therapy homework"),
        ("I'll treat your trauma step by step.", "treat your trauma"),
        ("Looking forward to our therapy sessions.", "therapy sessions"),
        ("As your therapist, I want you to notice this.", "as your therapist"),
        ("Your tratment plan is attached.", "tratment plan"),
    ],
)
def test_it_catches_treatment_framing(text: str, span: str) -> None:
    assert [(f.kind, f.text.lower()) for f in check(text)] == [("treatment", span.lower())]


@pytest.mark.parametrize(
    "text",
    [
        "Treat yourself to a walk.",
        "Her boss treats her unfairly.",
        "She has a treatment plan with her therapist.",
        "Would you like help finding a therapist who does EMDR?",
        "Coaching isn't therapy or treatment.",
        "Many people find that therapy and coaching work well together.",
        "She needs a treatment for the mould in her flat.",
    ],
)
def test_it_leaves_treatment_words_alone_in_other_senses(text: str) -> None:
    assert check(text) == []


# --- pathologizing --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "suggestion"),
    [
        ("Client is resistant to change.", "resistant to", "cautious about"),
        ("He was non-compliant with the plan.", "non-compliant with", "not on board with"),
        ("Honestly it's attention-seeking behaviour.", "attention-seeking", "connection-seeking"),
        ("My patient said she felt better.", "patient", "client"),
        ("No-show again, third time.", "No-show", "Missed session"),
        ("Her father committed suicide in 2009.", "committed suicide", "died by suicide"),
        ("She's so manipulative with her family.", "manipulative", "indirect"),
    ],
)
def test_it_offers_kinder_words_for_deficit_labels(text: str, span: str, suggestion: str) -> None:
    (finding,) = check(text)
    assert (finding.kind, finding.text, finding.suggestion) == ("pathologizing", span, suggestion)


@pytest.mark.parametrize(
    "text",
    [
        "Be patient with yourself.",
        "Thanks for being so patient with me.",
        "Her mom was a patient at the hospital last month.",
        "The landlord was resistant to repairs.",
        'She called herself "manipulative" and we talked about that.',
        "She's committed to her goals.",
        "Hyperarousal can make it hard to concentrate; you're not lazy.",
    ],
)
def test_it_leaves_ordinary_senses_of_labels_alone(text: str) -> None:
    assert check(text) == []


# --- contract -------------------------------------------------------------------------------


def test_it_exports_the_four_kinds() -> None:
    assert KINDS == ("diagnosis", "medication", "treatment", "pathologizing")


def test_it_gives_exact_offsets_and_plain_copy() -> None:
    text = "🙂 Note: client was resistant — and her PTSD is worse. Try cutting your dose!"
    findings = check(text)
    assert [f.kind for f in findings] == ["pathologizing", "diagnosis", "medication"]
    for f in findings:
        assert text[f.start : f.end] == f.text
        assert f.kind in KINDS
        assert f.why.endswith(".") and f.suggestion
        for word in ("patient", "symptom", "disorder", "treatment"):
            assert word not in f.suggestion.lower()


def test_it_returns_sorted_non_overlapping_findings() -> None:
    text = (
        "Sounds like BPD. Your treatment plan is ready. She's so manipulative. "
        "You should stop your meds. Goal: cure her social anxiety."
    ) * 5
    findings = check(text)
    assert len(findings) == 25
    for before, after in zip(findings, findings[1:], strict=False):
        assert before.end <= after.start


def test_it_maps_corrected_typos_back_to_the_original_text() -> None:
    text = (
        "Client remains noncomplaint? No: Resistent to journaling, "
        "and her brother commited suicide."
    )
    findings = check(text)
    assert [f.text for f in findings] == ["noncomplaint", "Resistent to", "commited suicide"]
    assert all(text[f.start : f.end] == f.text for f in findings)


def test_it_never_raises_on_odd_input() -> None:
    for text in ["", "   ", "\x00\x01\x1b[31m", "\ud800", "🙂" * 1000, "a" * 50_000, "." * 50_000]:
        assert isinstance(check(text), list)
    long_note = "Sounds like PTSD. She said 'hi'. " * 1500
    assert len(check(long_note)) == 1500


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sounds like her PTSD is getting worse this month.",
            "Sounds like what she's been carrying is getting worse this month.",
        ),
        ("Client was resistant again.", "Client was cautious again."),
        ("Your treatment plan is attached.", "Your recovery plan is attached."),
        (
            "Try cutting your dose in half for a week and see how you feel.",
            "It could help to talk this through with your prescriber.",
        ),
        (
            "skip your evening dose tonight",
            "it could help to talk this through with your prescriber",
        ),
        ("Treatment is going well.", "Coaching is going well."),
    ],
)
def test_it_applies_a_suggestion_as_a_drop_in_replacement(text: str, expected: str) -> None:
    (finding,) = check(text)
    assert apply(text, finding) == expected


def test_it_refuses_to_apply_a_stale_finding() -> None:
    finding = check("Your treatment plan is attached.")[0]
    with pytest.raises(ValueError):
        apply("Something else entirely, typed since.", finding)


def test_it_makes_frozen_findings_with_a_dict_form() -> None:
    finding = Finding("diagnosis", "BPD", 12, 15, "Why.", "some intense reactions")
    assert finding.to_dict() == {
        "kind": "diagnosis",
        "text": "BPD",
        "start": 12,
        "end": 15,
        "why": "Why.",
        "suggestion": "some intense reactions",
    }
    with pytest.raises(dataclasses.FrozenInstanceError):
        finding.kind = "treatment"  # type: ignore[misc]


# --- context and wording ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "His boss was manipulative and controlling.",
        "The landlord was a no-show again.",
        "The app is resistant to her attempts to delete her account.",
        "She's resistant to the idea of moving, and that's her choice to make.",
        "He's dramatic in the best way, great storyteller.",
        "She's worried she might have ADHD.",
        "Her mum calls her attention-seeking, which hurts her.",
        "She's reading a book about ADHD.",
        "Her sister has bipolar disorder, which worries her.",
        "She's waiting for her ADHD assessment through the NHS.",
        "You could ask your GP for a medication review.",
        "For some people, melatonin can help with sleep.",
    ],
)
def test_it_leaves_other_peoples_labels_and_process_talk_alone(text: str) -> None:
    assert check(text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("i reckon shes bipolar tbh", "diagnosis"),
        ("The flashbacks suggest PTSD.", "diagnosis"),
        ("Everything you describe points to PTSD.", "diagnosis"),
        ("Ask your psychiatrist to take you off the Abilify.", "medication"),
        ("Mushrooms might help with the trauma, some people swear by them.", "medication"),
        ("I'm your therapist for now, so message me anytime.", "treatment"),
        ("Her brother commited suicide in 2015.", "pathologizing"),
    ],
)
def test_it_catches_less_common_phrasings(text: str, kind: str) -> None:
    assert kinds(text) == [kind]


def test_it_names_a_prescriber_only_for_medicine_already_taken() -> None:
    (stop,) = check("Come off the sertraline.")
    (start,) = check("You should try Wellbutrin.")
    (supplement,) = check("Why not try melatonin?")
    assert stop.suggestion.endswith("your prescriber")
    assert start.suggestion.endswith("your doctor")
    assert supplement.suggestion.endswith("your doctor or pharmacist")


def test_it_keeps_a_lower_case_start_and_a_mid_sentence_acronym_as_typed() -> None:
    (lower,) = check("sounds like ptsd tbh")
    (acronym,) = check("Sounds like BPD to me.")
    assert lower.suggestion[0].islower()
    assert acronym.suggestion == "some really intense reactions"


def test_it_reports_a_clients_words_after_she_said() -> None:
    assert check("She said her depression was back.") == []
    assert kinds("Sounds like dissociation — you described leaving your body.") == ["diagnosis"]
