import pytest
from django.db import connection
from django.urls import reverse

from alongside.audit.models import AuditEvent
from alongside.notes.models import SessionNote

pytestmark = pytest.mark.django_db


def note_data(body="Talked about the week; Jordan chose a walking goal.", **extra):
    return {"body": body, "summary": "", "submit_token": "tok-1", **extra}


def test_it_saves_a_private_note_encrypted_and_audited(client, coach, rel):
    client.force_login(coach)
    r = client.post(reverse("client_notes", args=[rel.pk]), note_data())
    note = SessionNote.objects.get()
    assert r.url == reverse("note", args=[note.pk])
    assert note.author == coach and note.relationship == rel
    with connection.cursor() as cursor:
        cursor.execute("SELECT body FROM notes_sessionnote")
        assert "walking" not in cursor.fetchone()[0]
    assert AuditEvent.objects.filter(what="a session note", action="create").exists()


def test_it_saves_one_note_when_submitted_twice(client, coach, rel):
    client.force_login(coach)
    first = client.post(reverse("client_notes", args=[rel.pk]), note_data())
    second = client.post(reverse("client_notes", args=[rel.pk]), note_data())
    assert SessionNote.objects.count() == 1
    assert first.url == second.url


def test_it_never_blocks_saving_out_of_scope_wording(client, coach, rel):
    client.force_login(coach)
    r = client.post(
        reverse("client_notes", args=[rel.pk]),
        note_data("Sounds like her PTSD is getting worse."),
        follow=True,
    )
    assert SessionNote.objects.get().body == "Sounds like her PTSD is getting worse."
    assert "thought" in r.content.decode() and "on wording" in r.content.decode()
    assert coach.advice_events.filter(outcome="saved", kind="diagnosis").exists()


def test_it_keeps_the_text_when_a_note_is_too_long(client, coach, rel):
    client.force_login(coach)
    body = "word " * 5000
    r = client.post(reverse("client_notes", args=[rel.pk]), note_data(body))
    assert r.status_code == 200
    assert "at most 20000" in r.content.decode()
    assert r.context["form"]["body"].value() == body
    assert not SessionNote.objects.exists()


def test_it_edits_a_note(client, coach, rel):
    client.force_login(coach)
    client.post(reverse("client_notes", args=[rel.pk]), note_data())
    note = SessionNote.objects.get()
    client.post(
        reverse("note", args=[note.pk]), note_data("Edited.", submit_token=note.submit_token)
    )
    note.refresh_from_db()
    assert note.body == "Edited."


def test_it_shows_the_client_only_shared_summaries(client, coach, rel, client_user):
    client.force_login(coach)
    client.post(
        reverse("client_notes", args=[rel.pk]),
        note_data(
            "Private thoughts here.",
            summary="You chose walking three times a week.",
            summary_shared="on",
        ),
    )
    client.post(
        reverse("client_notes", args=[rel.pk]),
        note_data("Another private note.", summary="Not shared yet.", submit_token="tok-2"),
    )
    client.force_login(client_user)
    body = client.get(reverse("my_coaching")).content.decode()
    assert "You chose walking three times a week." in body
    assert "Private thoughts" not in body and "Not shared yet" not in body


def test_it_asks_for_a_summary_before_sharing(client, coach, rel):
    client.force_login(coach)
    r = client.post(reverse("client_notes", args=[rel.pk]), note_data(summary_shared="on"))
    assert "Write a summary to share" in r.content.decode()
    assert not SessionNote.objects.exists()


@pytest.fixture(params=["other_coach", "colleague", "other_client", "client_user", "admin"])
def outsider(request):
    return request.getfixturevalue(request.param)


def test_it_refuses_everyone_but_the_clients_coach(client, coach, rel, outsider):
    client.force_login(coach)
    client.post(reverse("client_notes", args=[rel.pk]), note_data())
    note = SessionNote.objects.get()
    client.force_login(outsider)
    assert client.get(reverse("client_notes", args=[rel.pk])).status_code == 404
    assert (
        client.post(reverse("client_notes", args=[rel.pk]), note_data(submit_token="x")).status_code
        == 404
    )
    assert client.get(reverse("note", args=[note.pk])).status_code == 404
    assert client.post(reverse("note", args=[note.pk]), note_data("hijack")).status_code == 404
    note.refresh_from_db()
    assert note.body != "hijack"
    assert SessionNote.objects.count() == 1


def test_it_keeps_notes_out_of_the_admins_pages(client, coach, rel, admin):
    client.force_login(coach)
    client.post(reverse("client_notes", args=[rel.pk]), note_data("Very private detail."))
    client.force_login(admin)
    for url in (reverse("practice_home"), reverse("practice_client", args=[rel.pk])):
        assert "Very private detail" not in client.get(url).content.decode()
