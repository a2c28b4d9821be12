import time

import pytest
from django.db import connection
from django.urls import reverse

from alongside.accounts.models import KeptDraft

pytestmark = pytest.mark.django_db


def age_session(client, seconds):
    session = client.session
    session["last_seen"] = time.time() - seconds
    session.save()


def test_it_signs_staff_out_after_thirty_idle_minutes(client, coach):
    client.force_login(coach)
    age_session(client, 29 * 60)
    assert client.get(reverse("coach_home")).status_code == 200
    age_session(client, 31 * 60)
    r = client.get(reverse("coach_home"))
    assert r.status_code == 302 and r.url.startswith(reverse("login"))
    r = client.get(r.url)
    assert "signed out after a quiet spell" in r.content.decode()


def test_it_gives_clients_longer(client, client_user):
    client.force_login(client_user)
    age_session(client, 31 * 60)
    assert client.get(reverse("my_coaching")).status_code == 200


def test_it_reports_time_left_without_extending_the_session(client, coach):
    client.force_login(coach)
    age_session(client, 26 * 60)
    left = client.get(reverse("session_status")).json()["seconds_left"]
    assert 3 * 60 < left <= 4 * 60
    assert client.get(reverse("session_status")).json()["seconds_left"] <= left


def test_it_keeps_a_form_posted_after_expiry_and_restores_it_after_sign_in(client, coach, rel):
    client.force_login(coach)
    age_session(client, 31 * 60)
    page = reverse("coach_client", args=[rel.pk])
    r = client.post(
        reverse("change_state", args=[rel.pk]),
        {"to_state": "paused", "reason": "Taking a break over the holidays"},
        HTTP_REFERER=f"http://testserver{page}",
    )
    assert r.status_code == 302
    assert r.url == f"{reverse('login')}?next={page}"
    rel.refresh_from_db()
    assert rel.state == "active"  # nothing changed while signed out
    with connection.cursor() as cursor:
        cursor.execute("SELECT data FROM accounts_keptdraft")
        assert "holidays" not in cursor.fetchone()[0]  # encrypted at rest
    client.force_login(coach)
    r = client.get(page)
    assert r.context["kept_draft"]["reason"] == ["Taking a break over the holidays"]
    assert "We kept what you were writing" in r.content.decode()
    assert not KeptDraft.objects.exists()


def test_it_never_restores_a_draft_to_someone_else(client, coach, colleague):
    client.force_login(coach)
    age_session(client, 31 * 60)
    client.post(reverse("account"), {"chosen_name": "Sam typed this", "pronouns": ""})
    client.force_login(colleague)
    r = client.get(reverse("account"))
    assert "Sam typed this" not in r.content.decode()
