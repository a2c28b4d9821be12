import pytest
from django.urls import reverse

from alongside.advice.models import AdviceEvent

pytestmark = pytest.mark.django_db


def test_it_returns_advice_on_a_draft(client, coach):
    client.force_login(coach)
    r = client.post(reverse("advice_check"), {"text": "Sounds like her PTSD is getting worse."})
    findings = r.json()["findings"]
    assert findings and findings[0]["kind"] == "diagnosis"
    f = findings[0]
    assert "Sounds like her PTSD is getting worse."[f["start"] : f["end"]] == f["text"]
    assert f["why"] and f["suggestion"]


def test_it_returns_nothing_for_in_scope_writing(client, coach):
    client.force_login(coach)
    r = client.post(reverse("advice_check"), {"text": "Be patient with yourself this week."})
    assert r.json()["findings"] == []


def test_it_refuses_an_over_long_text_clearly(client, coach):
    client.force_login(coach)
    r = client.post(reverse("advice_check"), {"text": "x" * 50_001})
    assert r.status_code == 400
    assert "too long" in r.json()["error"]


def test_it_stops_advising_on_a_phrase_the_coach_kept(client, coach):
    client.force_login(coach)
    text = "Honestly, sounds like BPD to me."
    first = client.post(reverse("advice_check"), {"text": text}).json()["findings"]
    assert first
    f = first[0]
    client.post(
        reverse("advice_event"),
        {
            "kind": f["kind"],
            "outcome": "kept",
            "where": "session note",
            "phrase": f["text"],
            "reason": "Her own word",
        },
    )
    again = client.post(reverse("advice_check"), {"text": text}).json()["findings"]
    assert f["text"] not in [x["text"] for x in again]


def test_it_shows_a_coach_their_own_history_only(client, coach, colleague):
    AdviceEvent.objects.create(
        coach=coach, kind="diagnosis", outcome="applied", where="session note"
    )
    AdviceEvent.objects.create(
        coach=coach, kind="diagnosis", outcome="kept", where="session note", reason="Quoting her"
    )
    client.force_login(coach)
    r = client.get(reverse("advice_history"))
    assert r.context["total"] == 2
    assert "Quoting her" in r.content.decode()
    client.force_login(colleague)
    r = client.get(reverse("advice_history"))
    assert r.context["total"] == 0
    assert "Quoting her" not in r.content.decode()


@pytest.mark.parametrize("who", ["admin", "client_user"])
def test_it_refuses_advice_and_history_to_non_coaches(client, who, request):
    client.force_login(request.getfixturevalue(who))
    assert client.get(reverse("advice_history")).status_code == 404
    assert client.post(reverse("advice_check"), {"text": "x"}).status_code == 404
    assert (
        client.post(
            reverse("advice_event"),
            {"kind": "diagnosis", "outcome": "kept", "where": "x", "phrase": "x"},
        ).status_code
        == 404
    )
    assert not AdviceEvent.objects.exists()
