"""Audited writes that touch several models. Views call these and stay thin."""

import secrets
from dataclasses import dataclass

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from alongside.accounts.models import User
from alongside.audit.log import record
from alongside.coaching.models import (
    COACH_TRANSITIONS,
    OPEN_STATES,
    CoachingRelationship,
    Invitation,
    RelationshipChange,
    State,
)


class ActionError(Exception):
    """A request that cannot be carried out; the message is safe to show."""


@dataclass
class InvitationResult:
    relationship: CoachingRelationship
    resent: bool


def _new_invitation(relationship: CoachingRelationship, by: User) -> str:
    """Replace any unused invitation with a new one and return its token."""
    now = timezone.now()
    relationship.invitations.filter(used_at__isnull=True, replaced_at__isnull=True).update(
        replaced_at=now
    )
    token = secrets.token_urlsafe(32)
    Invitation.objects.create(
        relationship=relationship,
        token_hash=Invitation.hash(token),
        created_by=by,
        expires_at=now + settings.INVITATION_VALID_FOR,
    )
    return token


def _send_invitation(relationship: CoachingRelationship, token: str) -> None:
    # The email names the coach and the practice only: nothing about why
    # someone is being coached, in case others read their inbox.
    context = {
        "coach": relationship.coach,
        "practice": relationship.practice,
        "link": settings.SITE_URL + reverse("accept_invitation", args=[token]),
        "days": settings.INVITATION_VALID_FOR.days,
    }
    send_mail(
        subject=f"{relationship.coach.chosen_name} has invited you to Alongside",
        message=render_to_string("coaching/email/invitation.txt", context),
        from_email=None,
        recipient_list=[relationship.invited_email],
    )


def do_invite_client(request, email: str, name: str) -> InvitationResult:
    """Invite a client by email, or send a fresh link if they are already invited."""
    coach = request.user
    practice = coach.membership.practice
    email = email.strip().lower()
    existing = User.objects.filter(email=email).first()
    if existing is not None and not existing.is_client:
        raise ActionError("That email belongs to someone on a practice's staff, not a client.")
    with transaction.atomic():
        open_rel = (
            CoachingRelationship.objects.select_for_update()
            .filter(practice=practice, invited_email=email, state__in=OPEN_STATES)
            .first()
        )
        if open_rel is not None:
            if open_rel.coach_id != coach.pk:
                raise ActionError("This person is already working with another coach here.")
            if open_rel.state != State.INVITED:
                raise ActionError(
                    f"{open_rel.client_name} has already joined. You can find them in your clients."
                )
            rel, resent = open_rel, True
            record(request, "change", "invitation re-sent", relationship=rel)
        else:
            try:
                with transaction.atomic():
                    rel = CoachingRelationship.objects.create(
                        practice=practice,
                        coach=coach,
                        invited_email=email,
                        invited_name=name.strip(),
                    )
            except IntegrityError as e:  # a double submit raced us
                raise ActionError("This person was just invited. Check your clients list.") from e
            resent = False
            RelationshipChange.objects.create(
                relationship=rel, from_state="", to_state=State.INVITED, changed_by=coach
            )
            record(request, "create", "invitation", relationship=rel)
        token = _new_invitation(rel, coach)
    # Sent after the commit, so an email never points at a link that was rolled back.
    _send_invitation(rel, token)
    return InvitationResult(rel, resent=resent)


def invitation_for_token(token: str) -> Invitation | None:
    return (
        Invitation.objects.select_related("relationship__coach", "relationship__practice")
        .filter(token_hash=Invitation.hash(token))
        .first()
    )


def do_accept_invitation(
    invitation: Invitation, user: User | None = None, **new_account: str
) -> User:
    """Join coaching from an invitation and move the relationship to 'joining'.

    Either user is the signed-in client the invitation was sent to, or
    new_account holds chosen_name, pronouns and password for a new account.
    """
    with transaction.atomic():
        # Claim the invitation atomically: a double submit or two tabs cannot use it twice.
        claimed = Invitation.objects.filter(
            pk=invitation.pk,
            used_at__isnull=True,
            replaced_at__isnull=True,
            expires_at__gt=timezone.now(),
        ).update(used_at=timezone.now())
        if claimed != 1:
            raise ActionError("This invitation link has already been used or has expired.")
        rel = CoachingRelationship.objects.select_for_update().get(pk=invitation.relationship_id)
        if rel.state != State.INVITED:
            raise ActionError("This invitation is no longer open.")
        if user is None:
            if User.objects.filter(email=rel.invited_email).exists():
                raise ActionError("You already have an account: sign in first, then open the link.")
            user = User.objects.create_user(
                rel.invited_email,
                new_account["password"],
                chosen_name=new_account["chosen_name"],
                pronouns=new_account.get("pronouns", ""),
            )
        elif user.email != rel.invited_email or not user.is_client:
            raise ActionError("This invitation was sent to a different email address.")
        rel.client = user
        rel.state = State.JOINING
        rel.updated_at = timezone.now()
        rel.save(update_fields=["client", "state", "updated_at"])
        RelationshipChange.objects.create(
            relationship=rel,
            from_state=State.INVITED,
            to_state=State.JOINING,
            changed_by=user,
            reason="Accepted the invitation.",
        )
    return user


def do_change_state(request, rel: CoachingRelationship, to_state: str, reason: str) -> None:
    """Move a relationship to a new state, recording who, when and why."""
    allowed = COACH_TRANSITIONS[State(rel.state)]
    if to_state not in allowed:
        raise ActionError(
            f"Coaching can't move from {rel.get_state_display().lower()} to that state."
        )
    with transaction.atomic():
        # Compare-and-set on the old state so two people changing it at once
        # cannot both succeed from the same starting point.
        moved = CoachingRelationship.objects.filter(pk=rel.pk, state=rel.state).update(
            state=to_state, updated_at=timezone.now()
        )
        if moved != 1:
            raise ActionError("Someone else changed this just now. Please look again.")
        RelationshipChange.objects.create(
            relationship=rel,
            from_state=rel.state,
            to_state=to_state,
            changed_by=request.user,
            reason=reason,
        )
        if to_state == State.CLOSED:
            rel.invitations.filter(used_at__isnull=True, replaced_at__isnull=True).update(
                replaced_at=timezone.now()
            )
        record(
            request,
            "change",
            f"coaching state to {State(to_state).label.lower()}",
            relationship=rel,
        )
    rel.state = to_state


def do_set_therapist(request, rel: CoachingRelationship, therapist: str) -> None:
    with transaction.atomic():
        rel.therapist = therapist
        rel.updated_at = timezone.now()
        rel.save(update_fields=["therapist", "updated_at"])
        record(request, "change", "working with a therapist", relationship=rel)
