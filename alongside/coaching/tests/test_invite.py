import pytest
from django.urls import reverse

from alongside.audit.models import AuditEvent
from alongside.coaching.models import CoachingRelationship, Invitation

pytestmark = pytest.mark.django_db


def test_it_invites_a_client_by_email(client, coach, mailoutbox):
    client.force_login(coach)
    r = client.post(reverse("invite"), {"email": "New.Person@Example.com", "name": "Ari"})
    rel = CoachingRelationship.objects.get()
    assert r.url == reverse("coach_client", args=[rel.pk])
    assert rel.invited_email == "new.person@example.com"
    assert rel.state == "invited"
    assert rel.changes.get().to_state == "invited"
    assert len(mailoutbox) == 1
    assert "/join/" in mailoutbox[0].body
    assert mailoutbox[0].to == ["new.person@example.com"]
    assert AuditEvent.objects.filter(what="invitation", actor=coach).exists()


def test_it_sends_a_fresh_link_when_inviting_the_same_person_again(client, coach, mailoutbox):
    client.force_login(coach)
    client.post(reverse("invite"), {"email": "ari@example.com"})
    r = client.post(reverse("invite"), {"email": "ari@example.com"}, follow=True)
    assert "A new link is on its way" in r.content.decode()
    assert CoachingRelationship.objects.count() == 1
    assert Invitation.objects.filter(replaced_at__isnull=True).count() == 1
    assert len(mailoutbox) == 2


def test_it_refuses_inviting_another_coachs_client(client, coach, colleague):
    client.force_login(colleague)
    client.post(reverse("invite"), {"email": "ari@example.com"})
    client.force_login(coach)
    r = client.post(reverse("invite"), {"email": "ari@example.com"})
    assert r.status_code == 200
    assert "already working with another coach" in r.content.decode()
    assert CoachingRelationship.objects.count() == 1


@pytest.mark.parametrize(
    "data, message",
    [
        ({"email": "not an email"}, "valid email"),
        ({"email": "a" * 250 + "@example.com"}, "at most 254"),
        ({"email": "ari@example.com", "name": "x" * 81}, "at most 80"),
    ],
)
def test_it_explains_bad_input_and_changes_nothing(client, coach, data, message):
    client.force_login(coach)
    r = client.post(reverse("invite"), data)
    assert r.status_code == 200
    assert message in r.content.decode()
    assert not CoachingRelationship.objects.exists()


def test_it_refuses_staff_emails(client, coach, admin):
    client.force_login(coach)
    r = client.post(reverse("invite"), {"email": admin.email})
    assert "staff" in r.content.decode()


def test_it_refuses_clients_and_admins_who_are_not_coaches(client, client_user, admin):
    for user in (client_user, admin):
        client.force_login(user)
        assert client.get(reverse("invite")).status_code == 404
        assert client.post(reverse("invite"), {"email": "x@example.com"}).status_code == 404
    assert not CoachingRelationship.objects.filter(invited_email="x@example.com").exists()
