import pytest
from django.db import connection
from django.urls import reverse

from alongside.audit.models import AuditEvent

pytestmark = pytest.mark.django_db


def test_it_shows_the_coach_their_client_and_records_the_view(client, coach, rel):
    client.force_login(coach)
    r = client.get(reverse("coach_client", args=[rel.pk]), REMOTE_ADDR="203.0.113.9")
    assert r.status_code == 200
    assert "Jordan" in r.content.decode()
    event = AuditEvent.objects.get()
    assert (event.actor, event.client, event.action, event.ip) == (
        coach,
        rel.client,
        "view",
        "203.0.113.9",
    )


def test_it_changes_state_with_a_reason_on_record(client, coach, rel):
    client.force_login(coach)
    url = reverse("change_state", args=[rel.pk])
    r = client.post(url, {"to_state": "referred", "reason": "Working with a therapist first"})
    assert r.status_code == 302
    rel.refresh_from_db()
    assert rel.state == "referred"
    change = rel.changes.first()
    assert (change.from_state, change.to_state, change.changed_by) == ("active", "referred", coach)
    assert change.reason == "Working with a therapist first"
    with connection.cursor() as cursor:
        cursor.execute("SELECT reason FROM coaching_relationshipchange WHERE id = %s", [change.pk])
        assert "therapist" not in cursor.fetchone()[0]
    assert AuditEvent.objects.filter(action="change", client=rel.client).exists()


def test_it_refuses_a_move_that_is_not_allowed(client, coach, rel):
    client.force_login(coach)
    r = client.post(reverse("change_state", args=[rel.pk]), {"to_state": "invited"})
    assert r.status_code == 400
    rel.refresh_from_db()
    assert rel.state == "active"


def test_it_refuses_an_over_long_reason(client, coach, rel):
    client.force_login(coach)
    r = client.post(
        reverse("change_state", args=[rel.pk]), {"to_state": "paused", "reason": "x" * 2001}
    )
    assert r.status_code == 400
    assert "at most 2000" in r.content.decode()
    rel.refresh_from_db()
    assert rel.state == "active"


def test_it_moves_between_active_paused_and_back(client, coach, rel):
    client.force_login(coach)
    url = reverse("change_state", args=[rel.pk])
    for state in ("paused", "active", "referred", "active", "closed"):
        client.post(url, {"to_state": state})
        rel.refresh_from_db()
        assert rel.state == state
    assert rel.changes.count() == 5


def test_it_records_therapy_alongside_coaching(client, coach, rel):
    client.force_login(coach)
    client.post(reverse("set_therapist", args=[rel.pk]), {"therapist": "alongside"})
    rel.refresh_from_db()
    assert rel.therapist == "alongside"


def test_it_lets_the_client_say_they_see_a_therapist(client, client_user, rel):
    client.force_login(client_user)
    client.post(reverse("my_coaching"), {"therapist": "alongside"})
    rel.refresh_from_db()
    assert rel.therapist == "alongside"


def test_it_shows_the_client_who_has_seen_their_information(client, coach, client_user, rel, admin):
    client.force_login(coach)
    client.get(reverse("coach_client", args=[rel.pk]))
    client.force_login(admin)
    client.get(reverse("practice_client", args=[rel.pk]))
    client.force_login(client_user)
    r = client.get(reverse("who_has_seen"))
    body = r.content.decode()
    assert "Sam" in body and "Alex" in body
    assert len(r.context["events"]) == 2
