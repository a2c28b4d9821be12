import pyotp
import pytest
from django.urls import reverse

from alongside.accounts.models import TOTPDevice
from alongside.conftest import make_staff

pytestmark = pytest.mark.django_db


@pytest.fixture
def new_coach(practice):
    return make_staff("new.coach@example.com", practice, two_factor=False)


def test_it_sends_staff_without_two_factor_to_set_it_up(client, new_coach):
    client.force_login(new_coach)
    r = client.get(reverse("coach_home"))
    assert r.status_code == 302
    assert r.url == reverse("two_factor_setup")


def test_it_lets_clients_skip_two_factor(client, client_user):
    client.force_login(client_user)
    assert client.get(reverse("my_coaching")).status_code == 200


def test_it_enrols_an_authenticator_and_shows_recovery_codes(client, new_coach):
    client.force_login(new_coach)
    r = client.get(reverse("two_factor_setup"))
    secret = r.context["secret"]
    assert "<svg" in r.content.decode()
    r = client.post(reverse("two_factor_setup"), {"code": "000000"})
    assert "didn&#x27;t match" in r.content.decode()
    r = client.post(reverse("two_factor_setup"), {"code": pyotp.TOTP(secret).now()})
    assert len(r.context["codes"]) == 10
    device = TOTPDevice.objects.get(user=new_coach)
    assert device.confirmed_at is not None
    assert client.get(reverse("coach_home")).status_code == 200


def test_it_stores_the_secret_encrypted(new_coach, client):
    client.force_login(new_coach)
    secret = client.get(reverse("two_factor_setup")).context["secret"]
    client.post(reverse("two_factor_setup"), {"code": pyotp.TOTP(secret).now()})
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT secret FROM accounts_totpdevice")
        stored = cursor.fetchone()[0]
    assert secret not in stored


def test_it_skips_two_factor_for_demo_staff_in_demo_mode_with_a_banner(client, new_coach, settings):
    settings.DEMO_MODE = True
    new_coach.is_demo = True
    new_coach.save()
    client.force_login(new_coach)
    r = client.get(reverse("coach_home"))
    assert r.status_code == 200
    assert "Demo mode: two-factor sign-in is switched off" in r.content.decode()
