"""Quality floors on the labelled development and held-out sets."""

from __future__ import annotations

import pytest

from alongside.safety import RISK_LEVELS, SIGNALS
from alongside.safety.bench import SETS, evaluate, headline, load

# The floors hold, with both layers, on every set whose rule misses have been inspected and
# tuned on. `fresh21` … `fresh26` are reported by the benchmark as the honest unseen estimate
# and are not asserted, since asserting them would force inspecting them; `train` …
# `train17` and `fresh3` … `fresh20` are only trained on by the semantic layer (and the rules
# read the misses of `train8`, `train9`, `train12` … `train17` and `fresh7` … `fresh20`), which
# does not reach the floors on them (docs/safety.md).
FLOOR_SETS = ("dev", "heldout", "fresh", "fresh2")


@pytest.fixture(scope="module", params=FLOOR_SETS)
def figures(request: pytest.FixtureRequest) -> dict[str, float]:
    return headline(evaluate(load(SETS[request.param])))


def test_it_has_enough_labelled_examples() -> None:
    dev = load(SETS["dev"])
    held = load(SETS["heldout"]) + load(SETS["fresh"]) + load(SETS["fresh2"])
    assert len(dev) + len(held) >= 450
    assert 0.2 <= len(held) / (len(dev) + len(held)) <= 0.35
    assert not {r["id"] for r in dev} & {r["id"] for r in held}


def test_it_keeps_every_label_valid() -> None:
    allowed = set(SIGNALS) | {"language_not_screened"}
    for name in SETS:
        for row in load(SETS[name]):
            assert row["risk"] in RISK_LEVELS, row["id"]
            assert set(row["signals"]) <= allowed, row["id"]
            assert str(row["text"]).strip(), row["id"]


def test_it_labels_every_signal_and_hard_negative_kind() -> None:
    rows = [r for name in SETS for r in load(SETS[name])]
    signals = {s for r in rows for s in r["signals"]}  # type: ignore[attr-defined]
    assert signals >= {
        "suicide_passive",
        "suicide_active",
        "suicide_plan_or_intent",
        "suicide_behavior_recent",
        "self_harm",
        "harm_to_others",
        "in_danger",
        "language_not_screened",
    }
    kinds = {r["kind"] for r in rows}
    assert kinds >= {
        "slang",
        "coded_means",
        "harm_to_others",
        "in_danger",
        "buried",
        "typos",
        "past_resolved",
        "negation",
        "third_person",
        "media",
        "idiom",
        "trauma_narrative",
        "quoted_question",
        "ordinary_distress",
        "medical",
        "dark_humour",
        "safety_plan",
        "other_language",
    }


def test_it_finds_any_risk(figures: dict[str, float]) -> None:
    assert figures["any_recall"] >= 0.95


def test_it_finds_urgent_risk(figures: dict[str, float]) -> None:
    assert figures["urgent_recall"] >= 0.95


def test_it_never_returns_urgent_as_none(figures: dict[str, float]) -> None:
    assert figures["urgent_as_none"] == 0


def test_it_keeps_false_alarms_on_hard_negatives_low(figures: dict[str, float]) -> None:
    assert figures["hard_negative_false_alarms"] <= 0.10


# Rules read off retired unseen sets, with the rules-alone floors that pin them (docs/safety.md):
# (sets, most urgent texts as `none`, least any-risk recall, most hard-negative and
# everyday-post false alarms).
RETIRED: dict[str, tuple[tuple[str, ...], int, float, float, float]] = {
    # `fam11_*`: 255 of 449 urgent texts as `none` before, 91 after the eleventh session and
    # 85 after the twelfth; risky texts found 47% before and 70–73% after; no more safe texts
    # flagged (4.6% of 480 hard negatives, 1.8% of 114 everyday posts, as before).
    "eleventh": (
        ("fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14"),
        95,
        0.70,
        0.05,
        0.02,
    ),
    # `fam12_*`: 68 of 150 urgent texts as `none` before and 9 after, risky texts found 55%
    # before and 94% after, fewer safe texts flagged (1.9% → 1.2% of 160 hard negatives, 0.8%
    # → 0% of 118 everyday posts). Some of those rules are close to the sentences they were
    # read from, so this flatters them.
    "twelfth": (("fresh15", "fresh16"), 10, 0.93, 0.015, 0.005),
    # `fam13_*`: 65 of 150 urgent texts as `none` before, 23 after; risky texts found 59%
    # before and 73% after; no more safe texts flagged (5.6% of 160 hard negatives, 0% of
    # 118 everyday posts, as before).
    "thirteenth": (("fresh17", "fresh18"), 25, 0.72, 0.06, 0.005),
    # `fam14_*`: 59 of 150 urgent texts as `none` before, 18 after; risky texts found 63%
    # before and 90% after (elevated families too); fewer safe texts flagged (3.8% → 1.9% of
    # 160 hard negatives, 0% of 118 everyday posts, as before).
    "fourteenth": (("fresh19", "fresh20"), 20, 0.88, 0.025, 0.005),
}


@pytest.mark.parametrize("session", sorted(RETIRED))
def test_the_rules_alone_keep_what_a_session_read_off_its_retired_sets(
    session: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from alongside.safety import semantic

    names, most_as_none, least_recall, most_hard, most_unrelated = RETIRED[session]
    monkeypatch.setenv(semantic.ENV_SWITCH, "0")
    h = headline(evaluate([row for name in names for row in load(SETS[name])]))
    assert h["urgent_as_none"] <= most_as_none
    assert h["any_recall"] >= least_recall
    assert h["hard_negative_false_alarms"] <= most_hard
    assert h["unrelated_flagged"] <= most_unrelated
