"""Production settings pass Django's deployment checks; demo data seeds idempotently."""

import os
import subprocess
import sys

import pytest
from django.core.management import call_command

from alongside.accounts.models import User
from alongside.coaching.models import CoachingRelationship


def manage(*args, env_extra=None, tmp_path=None):
    env = {**os.environ, "ALONGSIDE_VAR_DIR": str(tmp_path), **(env_extra or {})}
    env.pop("ALONGSIDE_DEMO", None)
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)  # set by the browser tests
    env.update(env_extra or {})
    return subprocess.run(
        [sys.executable, "manage.py", *args], env=env, capture_output=True, text=True, timeout=120
    )


def test_it_passes_check_deploy_in_production(tmp_path):
    out = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        env_extra={
            "ALONGSIDE_ENV": "production",
            "ALLOWED_HOSTS": "coach.example.org",
            "SITE_URL": "https://coach.example.org",
        },
        tmp_path=tmp_path,
    )
    assert out.returncode == 0, out.stdout + out.stderr
    assert "no issues" in out.stdout


def test_it_makes_keys_on_first_run_readable_only_by_the_owner(tmp_path):
    manage("check", tmp_path=tmp_path)
    for name in ("secret.key", "encryption.key"):
        assert (tmp_path / name).stat().st_mode & 0o077 == 0


def test_it_refuses_to_seed_demo_data_outside_demo_mode(tmp_path):
    out = manage("seed_demo", tmp_path=tmp_path)
    assert out.returncode != 0
    assert "demo mode" in out.stderr


@pytest.mark.django_db
def test_it_seeds_the_demo_practice_idempotently(settings):
    settings.DEMO_MODE = True
    call_command("seed_demo", stdout=open(os.devnull, "w"))
    call_command("seed_demo", stdout=open(os.devnull, "w"))
    assert User.objects.filter(email__endswith="@alongside.test", is_demo=True).count() == 7
    states = set(CoachingRelationship.objects.values_list("state", flat=True))
    assert {"active", "paused", "joining", "invited"} <= states
