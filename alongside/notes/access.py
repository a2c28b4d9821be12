from django.shortcuts import get_object_or_404

from alongside.coaching.access import require_coach
from alongside.notes.models import SessionNote


def note_for_coach(request, pk: int) -> SessionNote:
    """Return one of the signed-in coach's own notes, or 404."""
    require_coach(request)
    return get_object_or_404(
        SessionNote.objects.select_related("relationship__client", "relationship__practice"),
        pk=pk,
        relationship__coach=request.user,
    )
