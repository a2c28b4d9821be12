import os
import subprocess
import sys

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("name", ["help", "coaching_and_therapy", "login"])
def test_it_serves_public_pages_without_sign_in(client, name):
    r = client.get(reverse(name))
    assert r.status_code == 200
    assert 'href="/help/"' in r.content.decode()  # "Get help now" on every page


def test_it_lists_the_default_crisis_lines(client):
    body = client.get(reverse("help")).content.decode()
    for line in (
        "988",
        "HOME to 741741",
        "116 123",
        "SHOUT to 85258",
        "13 11 14",
        "findahelpline.com",
    ):
        assert line in body
    assert "emergency services" in body


def test_it_shows_a_practices_own_resources(client, practice):
    practice.crisis_resources.filter(region="au").delete()
    body = client.get(reverse("practice_help", args=["harbour"])).content.decode()
    assert "13 11 14" not in body


def test_it_shows_a_signed_in_client_their_practices_resources(client, client_user, practice):
    practice.crisis_resources.filter(region="au").delete()
    client.force_login(client_user)
    assert "13 11 14" not in client.get(reverse("help")).content.decode()


def test_it_has_a_quick_exit_for_clients_and_visitors_not_staff(client, client_user, coach):
    assert "Quick exit" in client.get(reverse("help")).content.decode()
    client.force_login(client_user)
    assert "Quick exit" in client.get(reverse("my_coaching")).content.decode()
    client.force_login(coach)
    assert "Quick exit" not in client.get(reverse("coach_home")).content.decode()


def test_it_never_says_patient_or_disorder_on_public_pages(client):
    for name in ("help", "coaching_and_therapy", "login"):
        body = client.get(reverse(name)).content.decode().lower()
        for word in ("patient", "disorder", "symptom", "treatment"):
            assert word not in body, (name, word)


def test_it_reports_healthy_when_the_database_answers(client):
    r = client.get("/healthz")
    assert r.status_code == 200
    assert r.content.decode() == "ok\ncrisis screen: rules and semantic layer\n"


def test_it_reports_a_crisis_screen_running_on_rules_alone(client, monkeypatch):
    from alongside.safety import semantic

    monkeypatch.setenv(semantic.ENV_SWITCH, "0")
    r = client.get("/healthz")
    assert r.status_code == 200
    assert "crisis screen: rules only" in r.content.decode()


def test_it_reports_503_when_the_database_does_not_answer(tmp_path):
    # A real unreachable database: a PostgreSQL URL on a port nothing listens on.
    code = (
        "import django; django.setup(); from django.test import Client; "
        "print(Client().get('/healthz').status_code)"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "alongside.settings",
        "DATABASE_URL": "postgres://postgres@127.0.0.1:9/nowhere",
        "ALONGSIDE_VAR_DIR": str(tmp_path),
    }
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )
    assert out.stdout.strip().splitlines()[-1] == "503", out.stderr[-500:]


def test_it_sends_people_home_by_role(client, coach, admin, client_user):
    for user, target in (
        (coach, "coach_home"),
        (admin, "practice_home"),
        (client_user, "my_coaching"),
    ):
        client.force_login(user)
        assert client.get(reverse("home")).url == reverse(target)


def test_it_keeps_practice_admins_out_of_djangos_admin(client, admin):
    client.force_login(admin)
    r = client.get("/operator/")
    assert r.status_code == 302
    assert "/operator/login/" in r.url


def test_it_sets_a_strict_content_security_policy(client):
    csp = client.get(reverse("help")).headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp
    assert "frame-ancestors 'none'" in csp


def test_it_lists_the_practices_own_region_first(client, other_practice):
    body = client.get(reverse("practice_help", args=["hillside"])).content.decode()
    assert body.index("United Kingdom") < body.index("United States")
