import io

import pytest
from django.core.management import CommandError, call_command
from django.test import Client

from alongside.practices.models import Practice

pytestmark = pytest.mark.django_db


def test_it_creates_a_practice_and_an_admin_who_can_set_a_password():
    out = io.StringIO()
    call_command(
        "create_practice", "Lakeside", "lakeside", "Lee@Example.com", "--coach", stdout=out
    )
    practice = Practice.objects.get(slug="lakeside")
    membership = practice.memberships.get()
    assert membership.is_admin and membership.is_coach
    assert membership.user.email == "lee@example.com"
    assert practice.crisis_resources.count() > 0
    link = out.getvalue().strip().splitlines()[-1]
    path = link.split("8000", 1)[1]
    r = Client().get(path, follow=True)
    assert r.context["validlink"]


def test_it_refuses_a_bad_email_and_changes_nothing():
    with pytest.raises(CommandError, match="not a valid email"):
        call_command("create_practice", "Lakeside", "lakeside", "nope", stdout=io.StringIO())
    assert not Practice.objects.exists()
