import pytest
from django.urls import reverse

from alongside.audit.models import AuditEvent

pytestmark = pytest.mark.django_db

ADMIN_PAGES = ["practice_home", "audit_log", "crisis_resources"]


@pytest.mark.parametrize("name", ADMIN_PAGES)
@pytest.mark.parametrize("who", ["coach", "client_user", "other_coach"])
def test_it_refuses_admin_pages_to_non_admins(client, name, who, request):
    client.force_login(request.getfixturevalue(who))
    assert client.get(reverse(name)).status_code == 404


def test_it_shows_the_admin_their_practices_people_only(
    client, admin, rel, other_coach, other_client
):
    client.force_login(admin)
    body = client.get(reverse("practice_home")).content.decode()
    assert "Jordan" in body and "Morgan" in body
    assert "Kit" not in body  # another practice's coach


def test_it_shows_the_admin_the_audit_log_of_their_practice_only(
    client, admin, other_admin, coach, rel
):
    client.force_login(coach)
    client.get(reverse("coach_client", args=[rel.pk]))
    client.force_login(admin)
    r = client.get(reverse("audit_log"))
    assert len(r.context["page"]) == 1
    client.force_login(other_admin)
    assert len(client.get(reverse("audit_log")).context["page"]) == 0


def test_it_lets_the_admin_edit_crisis_resources(client, admin, practice):
    client.force_login(admin)
    r = client.get(reverse("crisis_resources"))
    formset = r.context["formset"]
    data = {
        f"{formset.prefix}-TOTAL_FORMS": str(len(formset.forms)),
        f"{formset.prefix}-INITIAL_FORMS": str(formset.initial_form_count()),
        f"{formset.prefix}-MIN_NUM_FORMS": "0",
        f"{formset.prefix}-MAX_NUM_FORMS": "40",
    }
    for i, form in enumerate(formset.forms):
        for name, field in form.fields.items():
            value = form.initial.get(name, field.initial)
            if name == "id":
                value = form.instance.pk or ""
            if name == "practice":
                value = practice.pk
            data[f"{formset.prefix}-{i}-{name}"] = "" if value is None else value
    extra = formset.initial_form_count()
    data.update(
        {
            f"{formset.prefix}-{extra}-region": "uk",
            f"{formset.prefix}-{extra}-name": "Harbour night line",
            f"{formset.prefix}-{extra}-how": "Call 0800 000 000",
            f"{formset.prefix}-{extra}-order": "9",
        }
    )
    r = client.post(reverse("crisis_resources"), data)
    assert r.status_code == 302
    assert practice.crisis_resources.filter(name="Harbour night line").exists()
    assert (
        "Harbour night line"
        in client.get(reverse("practice_help", args=["harbour"])).content.decode()
    )


def test_it_does_not_record_admin_page_views_as_client_views(client, admin):
    client.force_login(admin)
    client.get(reverse("practice_home"))
    assert not AuditEvent.objects.exists()
