from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from alongside.accounts.models import User
from alongside.coaching.models import Invitation

pytestmark = pytest.mark.django_db

FORM = {
    "chosen_name": "Ari",
    "pronouns": "they/them",
    "password": "a long enough passphrase 42",
    "adult": "on",
}


@pytest.fixture
def link(client, coach, mailoutbox):
    client.force_login(coach)
    client.post(reverse("invite"), {"email": "ari@example.com"})
    client.logout()
    line = next(x for x in mailoutbox[-1].body.splitlines() if "/join/" in x)
    return line.split("127.0.0.1:8000", 1)[1]


def test_it_lets_an_invited_client_join(client, link):
    assert client.get(link).status_code == 200
    r = client.post(link, FORM)
    assert r.url == reverse("my_coaching")
    user = User.objects.get(email="ari@example.com")
    assert (user.chosen_name, user.pronouns) == ("Ari", "they/them")
    rel = user.coaching.get()
    assert rel.state == "joining"
    assert client.get(reverse("my_coaching")).status_code == 200


def test_it_refuses_a_used_link_with_a_clear_page(client, link):
    client.post(link, FORM)
    client.logout()
    r = client.get(link)
    assert r.status_code == 410
    assert "already been used" in r.content.decode()
    assert client.post(link, FORM).status_code == 410


def test_it_refuses_an_expired_link(client, link):
    Invitation.objects.update(expires_at=timezone.now() - timedelta(seconds=1))
    r = client.post(link, FORM)
    assert r.status_code == 410
    assert "expired" in r.content.decode()
    assert not User.objects.filter(email="ari@example.com").exists()


def test_it_refuses_a_replaced_link(client, coach, link):
    client.force_login(coach)
    client.post(reverse("invite"), {"email": "ari@example.com"})
    client.logout()
    r = client.get(link)
    assert r.status_code == 410
    assert "newer invitation" in r.content.decode()


def test_it_refuses_an_unknown_link(client, db):
    r = client.get("/join/made-up-token/")
    assert r.status_code == 404
    assert "recognise this link" in r.content.decode()


def test_it_requires_an_adult_and_a_good_password(client, link):
    r = client.post(link, {**FORM, "adult": "", "password": "password1234"})
    body = r.content.decode()
    assert r.status_code == 200
    assert "Coaching here is for adults" in body
    assert "too common" in body
    assert not User.objects.filter(email="ari@example.com").exists()


def test_it_survives_a_double_submit(client, link):
    client.post(link, FORM)
    client.logout()
    r = client.post(link, FORM)
    assert r.status_code == 410
    assert User.objects.filter(email="ari@example.com").count() == 1
