from django.db import IntegrityError, transaction
from django.utils import timezone

from alongside.audit.log import record
from alongside.notes.models import SessionNote


def do_add_note(request, rel, form) -> SessionNote:
    """Save a new note once, even if the form is submitted twice."""
    token = form.cleaned_data["submit_token"]
    try:
        with transaction.atomic():
            note = form.save(commit=False)
            note.relationship, note.author, note.submit_token = rel, request.user, token
            note.save()
            record(request, "create", "a session note", relationship=rel)
    except IntegrityError:
        return SessionNote.objects.get(relationship=rel, submit_token=token)
    return note


def do_edit_note(request, note, form) -> SessionNote:
    with transaction.atomic():
        note = form.save(commit=False)
        note.updated_at = timezone.now()
        note.save(update_fields=["body", "summary", "summary_shared", "updated_at"])
        record(request, "change", "a session note", relationship=note.relationship)
    return note
