"""Fetch-and-authorize helpers: the only way views load coaching relationships."""

from django.http import Http404
from django.shortcuts import get_object_or_404

from alongside.coaching.models import OPEN_STATES, CoachingRelationship


def _base():
    return CoachingRelationship.objects.select_related("practice", "coach", "client")


def require_coach(request) -> None:
    """Raise 404 unless the signed-in person coaches."""
    if not request.user.is_coach:
        raise Http404


def relationship_for_coach(request, pk: int) -> CoachingRelationship:
    """Return one of the signed-in coach's own relationships, or 404."""
    require_coach(request)
    return get_object_or_404(_base(), pk=pk, coach=request.user)


def relationship_for_admin(request, pk: int) -> CoachingRelationship:
    """Return a relationship in the signed-in admin's practice, or 404."""
    if not request.user.is_practice_admin:
        raise Http404
    return get_object_or_404(_base(), pk=pk, practice=request.user.membership.practice)


def relationship_for_client(request) -> CoachingRelationship:
    """Return the signed-in client's current relationship (the newest open one), or 404."""
    if not request.user.is_client:
        raise Http404
    found = (
        _base().filter(client=request.user, state__in=OPEN_STATES).order_by("-created_at").first()
    )
    if found is None:
        found = _base().filter(client=request.user).order_by("-created_at").first()
    if found is None:
        raise Http404
    return found
