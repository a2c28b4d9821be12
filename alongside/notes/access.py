from django.http import Http404
from django.shortcuts import get_object_or_404

from alongside.notes.models import SessionNote


def note_for_coach(request, pk: int) -> SessionNote:
    """Return one of the signed-in coach's own notes, or 404."""
    if not request.user.is_coach:
        raise Http404
    return get_object_or_404(
        SessionNote.objects.select_related("relationship__client", "relationship__practice"),
        pk=pk,
        relationship__coach=request.user,
    )
