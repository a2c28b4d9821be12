"""Session notes: written by the coach, with inline advice, never blocked."""

from django.contrib import messages
from django.shortcuts import redirect, render

from alongside.advice.advise import record_saved
from alongside.audit.log import record
from alongside.coaching.access import relationship_for_coach
from alongside.notes import actions
from alongside.notes.access import note_for_coach
from alongside.notes.forms import NoteForm


def _saved_message(request, note) -> None:
    remaining = record_saved(request.user, note.body, "session note")
    remaining += record_saved(request.user, note.summary, "note summary")
    if remaining:
        messages.success(
            request,
            f"Saved. The guard has {len(remaining)} thought{'s' if len(remaining) != 1 else ''} "
            "on wording, shown under the note. Change it or keep it as it is.",
        )
    else:
        messages.success(request, "Saved.")


def client_notes(request, pk: int):
    rel = relationship_for_coach(request, pk)
    form = NoteForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        note = actions.do_add_note(request, rel, form)
        _saved_message(request, note)
        return redirect("note", note.pk)
    record(request, "view", "session notes", relationship=rel)
    return render(
        request, "notes/client_notes.html", {"rel": rel, "form": form, "notes": rel.notes.all()}
    )


def note(request, pk: int):
    note = note_for_coach(request, pk)
    form = NoteForm(
        request.POST or None, instance=note, initial={"submit_token": note.submit_token}
    )
    if request.method == "POST" and form.is_valid():
        actions.do_edit_note(request, note, form)
        _saved_message(request, note)
        return redirect("note", note.pk)
    record(request, "view", "a session note", relationship=note.relationship)
    return render(
        request, "notes/note.html", {"note": note, "rel": note.relationship, "form": form}
    )
