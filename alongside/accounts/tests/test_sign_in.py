import pyotp
import pytest
from django.urls import reverse

from alongside.accounts.models import LoginThrottle, RecoveryCode
from alongside.accounts.twofactor import new_recovery_codes
from alongside.conftest import PASSWORD

pytestmark = pytest.mark.django_db


def sign_in(client, email, password=PASSWORD, **extra):
    return client.post(reverse("login"), {"email": email, "password": password, **extra})


def test_it_signs_a_client_in_by_email(client, client_user):
    r = sign_in(client, "CLIENT@example.com ")
    assert r.status_code == 302
    assert r.url == reverse("home")
    assert client.get(reverse("my_coaching")).status_code == 200


def test_it_says_plainly_when_the_password_is_wrong(client, client_user):
    r = sign_in(client, "client@example.com", "wrong password here")
    assert r.status_code == 200
    assert "don&#x27;t match" in r.content.decode()
    assert "_auth_user_id" not in client.session


def test_it_rejects_a_malformed_email_without_a_500(client):
    r = sign_in(client, "not-an-email", "whatever")
    assert r.status_code == 200
    assert "valid email" in r.content.decode()


def test_it_pauses_sign_in_after_repeated_failures(client, client_user, settings):
    for _ in range(settings.LOGIN_FAILURE_LIMIT):
        sign_in(client, "client@example.com", "wrong password here")
    # Even the right password is refused while paused, with a way back.
    r = sign_in(client, "client@example.com")
    body = r.content.decode()
    assert "paused for about 15 minutes" in body
    assert reverse("password_reset") in body
    assert "_auth_user_id" not in client.session


def test_it_pauses_unknown_emails_the_same_way(client, settings):
    # Same message for unknown addresses, so the pause reveals nobody's account.
    for _ in range(settings.LOGIN_FAILURE_LIMIT):
        r = sign_in(client, "nobody@example.com", "wrong password here")
    assert "paused for about" in r.content.decode()


def test_it_lifts_the_pause_after_a_password_reset(client, client_user, settings, mailoutbox):
    for _ in range(settings.LOGIN_FAILURE_LIMIT):
        sign_in(client, "client@example.com", "wrong password here")
    client.post(reverse("password_reset"), {"email": "client@example.com"})
    assert len(mailoutbox) == 1
    link = next(line for line in mailoutbox[0].body.splitlines() if "/password-reset/" in line)
    path = link.split("testserver", 1)[1]
    r = client.get(path, follow=True)
    new = "a brand new passphrase 77"
    r = client.post(r.redirect_chain[-1][0], {"new_password1": new, "new_password2": new})
    assert r.status_code == 302
    assert not LoginThrottle.objects.exists()
    assert sign_in(client, "client@example.com", new).status_code == 302


def test_it_asks_staff_for_a_code_and_signs_in_with_it(client, coach):
    r = sign_in(client, "coach@example.com")
    assert r.url.startswith(reverse("login_code"))
    assert "_auth_user_id" not in client.session
    code = pyotp.TOTP(coach.totp_device.secret).now()
    r = client.post(r.url, {"code": code})
    assert r.status_code == 302
    assert client.get(reverse("coach_home")).status_code == 200


def test_it_refuses_a_replayed_code(client, coach):
    code = pyotp.TOTP(coach.totp_device.secret).now()
    url = sign_in(client, "coach@example.com").url
    client.post(url, {"code": code})
    client.post(reverse("logout"))
    url = sign_in(client, "coach@example.com").url
    r = client.post(url, {"code": code})
    assert r.status_code == 200
    assert "didn&#x27;t match" in r.content.decode()


def test_it_accepts_a_recovery_code_once(client, coach):
    codes = new_recovery_codes(coach)
    url = sign_in(client, "coach@example.com").url
    assert client.post(url, {"code": codes[0]}).status_code == 302
    assert RecoveryCode.objects.filter(user=coach, used_at__isnull=False).count() == 1
    client.post(reverse("logout"))
    url = sign_in(client, "coach@example.com").url
    assert client.post(url, {"code": codes[0]}).status_code == 200


def test_it_rejects_an_open_redirect_after_sign_in(client, client_user):
    r = sign_in(client, "client@example.com", next="https://evil.example/")
    assert r.url == reverse("home")


def test_it_lets_no_demo_account_in_outside_demo_mode(client, client_user, settings):
    client_user.is_demo = True
    client_user.save()
    settings.DEMO_MODE = False
    r = sign_in(client, "client@example.com")
    assert r.status_code == 200
    settings.DEMO_MODE = True
    assert sign_in(client, "client@example.com").status_code == 302


def test_it_signs_out_only_by_post(client, client_user):
    client.force_login(client_user)
    assert client.get(reverse("logout")).status_code == 405
    client.post(reverse("logout"))
    assert "_auth_user_id" not in client.session


def test_it_hashes_with_argon2(django_user_model):
    user = django_user_model.objects.create_user(
        "argon2@example.com", "a long enough passphrase 42"
    )
    assert user.password.startswith("argon2")
