"""screen() end to end: the result type, levels, evidence, and bad input."""

from __future__ import annotations

import ast
import dataclasses
import random
from pathlib import Path

import pytest

import alongside.safety as safety
from alongside.safety import RISK_LEVELS, SIGNALS, Screening, screen


def test_it_exports_the_public_names() -> None:
    assert set(safety.__all__) >= {"screen", "Screening", "RISK_LEVELS", "SIGNALS"}
    assert RISK_LEVELS == ("none", "elevated", "urgent")
    assert len(SIGNALS) == 7


def test_it_returns_a_frozen_screening_with_a_dict_form() -> None:
    result = screen("I want to die.")
    assert isinstance(result, Screening)
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.risk = "none"  # type: ignore[misc]
    assert result.to_dict() == {
        "risk": "elevated",
        "signals": ["suicide_passive"],
        "evidence": ["I want to die."],
    }


def test_it_imports_nothing_from_django() -> None:
    package = Path(safety.__file__).parent
    for path in package.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            else:
                continue
            assert not any(n.split(".")[0] == "django" for n in names), path


@pytest.mark.parametrize(
    ("text", "risk", "signal"),
    [
        ("I wish I could go to sleep and not wake up.", "elevated", "suicide_passive"),
        ("I've been having suicidal thoughts again.", "elevated", "suicide_active"),
        ("I've been saving my pills and I have enough now.", "urgent", "suicide_plan_or_intent"),
        (
            "I gave my cat to my friend today. She doesn't know why.",
            "urgent",
            "suicide_plan_or_intent",
        ),
        ("I wrote goodbye letters to everyone.", "urgent", "suicide_plan_or_intent"),
        ("I bought a rope today.", "urgent", "suicide_plan_or_intent"),
        ("I'm standing on the bridge right now.", "urgent", "suicide_plan_or_intent"),
        ("I just took 30 of my sleeping pills.", "urgent", "suicide_behavior_recent"),
        ("I overdosed yesterday.", "urgent", "suicide_behavior_recent"),
        ("I cut myself again last night.", "elevated", "self_harm"),
        ("Sometimes I want to hurt him so badly.", "elevated", "harm_to_others"),
        ("I've got a knife and I'm going to use it on him.", "urgent", "harm_to_others"),
        ("My partner hits me and I'm scared to go home.", "elevated", "in_danger"),
        ("He's at the door right now and he's trying to get in.", "urgent", "in_danger"),
        ("I KEEP THINKING ABOUT KILLING MYSELF", "elevated", "suicide_active"),
        ("i dont wanna live anymroe", "elevated", "suicide_passive"),
    ],
)
def test_it_finds_each_signal_at_its_level(text: str, risk: str, signal: str) -> None:
    result = screen(text)
    assert result.risk == risk
    assert signal in result.signals


def test_it_points_evidence_at_the_deciding_sentence() -> None:
    text = (
        "Went to the market with my sister. Work was quiet. "
        "I've already written the note. Watched a baking show."
    )
    result = screen(text)
    assert result.risk == "urgent"
    assert result.evidence == ("I've already written the note.",)


def test_it_quotes_the_highest_level_only() -> None:
    result = screen("I want to die. I bought a rope today.")
    assert result.risk == "urgent"
    assert result.evidence == ("I bought a rope today.",)
    assert set(result.signals) >= {"suicide_passive", "suicide_plan_or_intent"}


def test_it_finds_a_sentence_buried_in_a_long_entry() -> None:
    filler = "Today I walked the dog and made soup with my neighbour. " * 40
    result = screen(filler + "I keep thinking about killing myself. " + filler)
    assert result.risk == "elevated"
    assert result.evidence == ("I keep thinking about killing myself.",)


@pytest.mark.parametrize("text", ["", " ", "\n\t  \r\n", "\x00\x01\x02", "🙂🙂🙂", "...?!"])
def test_it_returns_none_for_empty_input(text: str) -> None:
    assert screen(text) == Screening("none", (), ())


def test_it_screens_50000_characters_completely() -> None:
    filler = "The weather was mild and the bus came on time again today. "
    text = filler * 400 + "I took a bunch of pills last night. " + filler * 400
    assert len(text) > 45_000
    result = screen(text[:50_000])
    assert result.risk == "urgent"
    assert result.evidence == ("I took a bunch of pills last night.",)


def test_it_screens_a_huge_text_with_no_punctuation_in_windows() -> None:
    words = ("lorem ipsum dolor sit amet " * 2000).split()
    words.insert(len(words) // 2, "i want to kill myself")
    result = screen(" ".join(words)[:50_000])
    assert result.risk == "elevated"
    assert len(result.evidence) == 1
    assert "i want to kill myself" in result.evidence[0]
    assert len(result.evidence[0]) <= 400


def test_it_ignores_control_characters_inside_words() -> None:
    assert screen("I want to\x00 die\x07").risk == "elevated"
    assert screen("I want to\u200b die").risk == "elevated"


def test_it_handles_emoji_and_mixed_scripts() -> None:
    assert screen("I want to die 😭😭").risk == "elevated"
    assert screen("今日は疲れた but I'm okay 🙂").risk == "none"


def test_it_marks_another_language_as_not_fully_screened() -> None:
    neutral = screen("Hoy fue un buen día. Fui al parque con mi hermana.")
    assert neutral.risk == "none"
    assert neutral.signals == ("language_not_screened",)
    risky = screen("Ya no quiero vivir. Estoy muy cansada de todo.")
    assert risky.risk == "elevated"
    assert "language_not_screened" in risky.signals


def test_it_accepts_non_string_input_without_raising() -> None:
    assert screen(None).risk == "none"  # type: ignore[arg-type]
    assert screen(12345).risk == "none"  # type: ignore[arg-type]


def test_it_never_raises_on_random_text() -> None:
    rng = random.Random(20261127)
    alphabet = (
        "abcdefghijklmnopqrstuvwxyz ABC.,;:!?'\"-\n\t\x00\x1b\u200b\u2028"
        "éüßçñ你好мирعربي😂💀🙂\ud7ff\ufeff()[]{}*\\/|<>@#$%^&~`0123456789"
    )
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 400)))
        result = screen(text)
        assert result.risk in RISK_LEVELS


def test_it_survives_lone_surrogates() -> None:
    assert screen("I want to die \ud800 now").risk in RISK_LEVELS
