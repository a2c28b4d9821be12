"""Coaching relationships between one coach and one client, and how they change."""

import hashlib

from django.conf import settings
from django.db import models
from django.utils import timezone

from alongside.core.fields import EncryptedTextField
from alongside.practices.models import Practice


class State(models.TextChoices):
    INVITED = "invited", "Invited"
    JOINING = "joining", "Joining"
    ACTIVE = "active", "Active"
    PAUSED = "paused", "Paused"
    CLOSED = "closed", "Closed"
    REFERRED = "referred", "Coaching not right for now"


# Which states a coach may move a relationship to. "invited" -> "joining" happens
# only when the client accepts their invitation.
COACH_TRANSITIONS = {
    State.INVITED: [State.CLOSED],
    State.JOINING: [State.ACTIVE, State.REFERRED, State.CLOSED],
    State.ACTIVE: [State.PAUSED, State.REFERRED, State.CLOSED],
    State.PAUSED: [State.ACTIVE, State.REFERRED, State.CLOSED],
    State.REFERRED: [State.ACTIVE, State.CLOSED],
    State.CLOSED: [],
}
OPEN_STATES = [State.INVITED, State.JOINING, State.ACTIVE, State.PAUSED, State.REFERRED]


class Therapist(models.TextChoices):
    UNKNOWN = "unknown", "Not said"
    NO = "no", "Not working with a therapist"
    ALONGSIDE = "alongside", "Working with a therapist alongside coaching"


class CoachingRelationship(models.Model):
    """One coach walking alongside one client.

    Holds no diagnosis or clinical score, by design: coaching does not assess.
    """

    practice = models.ForeignKey(Practice, on_delete=models.PROTECT, related_name="relationships")
    coach = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="coached"
    )
    client = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="coaching",
    )
    invited_email = models.EmailField(max_length=254)
    invited_name = models.CharField(max_length=80, blank=True)
    state = models.CharField(max_length=10, choices=State.choices, default=State.INVITED)
    therapist = models.CharField(
        max_length=10, choices=Therapist.choices, default=Therapist.UNKNOWN
    )
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            # One open relationship per invited address per practice: inviting the
            # same person twice re-sends the invitation instead.
            models.UniqueConstraint(
                fields=["practice", "invited_email"],
                condition=~models.Q(state="closed"),
                name="one_open_relationship_per_email",
            )
        ]

    def __str__(self) -> str:
        return f"{self.coach} and {self.client_name}"

    @property
    def client_name(self) -> str:
        if self.client_id:
            return self.client.chosen_name
        return self.invited_name or self.invited_email

    @property
    def next_states(self) -> list[str]:
        return [str(s) for s in COACH_TRANSITIONS[State(self.state)]]


class RelationshipChange(models.Model):
    """A record of one change of state: who, when, why."""

    relationship = models.ForeignKey(
        CoachingRelationship, on_delete=models.CASCADE, related_name="changes"
    )
    from_state = models.CharField(max_length=10, choices=State.choices, blank=True)
    to_state = models.CharField(max_length=10, choices=State.choices)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    changed_at = models.DateTimeField(default=timezone.now)
    reason = EncryptedTextField(blank=True)

    class Meta:
        ordering = ["-changed_at", "-id"]


class Invitation(models.Model):
    """A single-use link that lets an invited client join."""

    relationship = models.ForeignKey(
        CoachingRelationship, on_delete=models.CASCADE, related_name="invitations"
    )
    token_hash = models.CharField(max_length=64, unique=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    used_at = models.DateTimeField(null=True, blank=True)
    replaced_at = models.DateTimeField(null=True, blank=True)

    @staticmethod
    def hash(token: str) -> str:
        # Only the hash is stored, so a copy of the database cannot be used to join.
        return hashlib.sha256(token.encode()).hexdigest()

    @property
    def is_expired(self) -> bool:
        return timezone.now() >= self.expires_at
