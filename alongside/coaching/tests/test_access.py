"""Everyone but the client's own coach (and their practice's admin, for details) gets 404."""

import pytest
from django.urls import reverse

from alongside.audit.models import AuditEvent

pytestmark = pytest.mark.django_db

COACH_VIEWS = [
    ("get", "coach_client", {}),
    ("post", "change_state", {"to_state": "paused", "reason": "x"}),
    ("post", "set_therapist", {"therapist": "no"}),
    ("post", "reinvite", {}),
]


@pytest.fixture(params=["other_coach", "colleague", "other_client", "client_user", "admin"])
def outsider(request):
    return request.getfixturevalue(request.param)


@pytest.mark.parametrize("method, name, data", COACH_VIEWS)
def test_it_refuses_everyone_but_the_clients_coach(client, rel, outsider, method, name, data):
    client.force_login(outsider)
    r = getattr(client, method)(reverse(name, args=[rel.pk]), data)
    assert r.status_code == 404
    rel.refresh_from_db()
    assert (rel.state, rel.therapist) == ("active", "unknown")
    assert not AuditEvent.objects.filter(actor=outsider).exists()


@pytest.mark.parametrize("method, name, data", COACH_VIEWS)
def test_it_sends_signed_out_visitors_to_sign_in(client, rel, method, name, data):
    r = getattr(client, method)(reverse(name, args=[rel.pk]), data)
    assert r.status_code == 302
    assert r.url.startswith(reverse("login"))


def test_it_refuses_ids_that_do_not_exist(client, coach):
    client.force_login(coach)
    assert client.get(reverse("coach_client", args=[999999])).status_code == 404


@pytest.mark.parametrize("who", ["other_admin", "coach", "other_coach", "client_user"])
def test_it_refuses_the_admin_view_to_anyone_but_this_practices_admin(client, rel, who, request):
    client.force_login(request.getfixturevalue(who))
    assert client.get(reverse("practice_client", args=[rel.pk])).status_code == 404


def test_it_shows_a_client_only_their_own_coaching(client, client_user, other_client, rel):
    client.force_login(other_client)
    r = client.get(reverse("my_coaching"))
    assert "Jordan" not in r.content.decode()
    assert r.context["rel"].client == other_client


@pytest.mark.parametrize("who", ["coach", "admin"])
def test_it_has_no_client_pages_for_staff(client, who, request):
    client.force_login(request.getfixturevalue(who))
    assert client.get(reverse("my_coaching")).status_code == 404
    assert client.get(reverse("who_has_seen")).status_code == 404


def test_it_lists_only_the_coachs_own_clients(client, rel, colleague, other_coach, other_client):
    for who in (colleague, other_coach):
        client.force_login(who)
        body = client.get(reverse("coach_home")).content.decode()
        assert "Jordan" not in body
    client.force_login(colleague)
    assert "Morgan" in client.get(reverse("coach_home")).content.decode()


def test_it_shows_another_client_none_of_this_clients_audit_trail(client, coach, rel, other_client):
    client.force_login(coach)
    client.get(reverse("coach_client", args=[rel.pk]))
    client.force_login(other_client)
    r = client.get(reverse("who_has_seen"))
    assert list(r.context["events"]) == []


def test_it_loads_the_client_list_in_nine_queries(
    client, coach, rel, colleague, other_client, django_assert_num_queries
):
    # Session read, user, membership, two-factor check, two lists, session write (+ savepoint).
    client.force_login(coach)
    client.get(reverse("coach_home"))
    with django_assert_num_queries(9):
        client.get(reverse("coach_home"))
