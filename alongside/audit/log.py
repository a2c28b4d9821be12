"""Record reads and changes of client information."""

from alongside.audit.models import AuditEvent


def client_ip(request) -> str | None:
    # REMOTE_ADDR only: X-Forwarded-For is set by the client and could be forged.
    # Behind a proxy, configure it to set REMOTE_ADDR (e.g. gunicorn --forwarded-allow-ips).
    return request.META.get("REMOTE_ADDR") or None


def role_of(user) -> str:
    if user.is_coach and user.is_practice_admin:
        return "coach and admin"
    if user.is_coach:
        return "coach"
    if user.is_practice_admin:
        return "practice admin"
    if user.is_superuser:
        return "site operator"
    return "client"


def record(request, action: str, what: str, relationship=None, client=None) -> AuditEvent:
    """Write one audit row for request.user acting on a client's information."""
    user = request.user
    if relationship is not None and client is None:
        client = relationship.client
    practice = relationship.practice if relationship is not None else None
    if practice is None and user.membership:
        practice = user.membership.practice
    return AuditEvent.objects.create(
        actor=user,
        actor_name=user.chosen_name[:80],
        actor_role=role_of(user),
        action=action,
        what=what[:120],
        client=client,
        relationship=relationship,
        practice=practice,
        ip=client_ip(request),
    )
