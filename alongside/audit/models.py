"""Who looked at or changed a client's information, when, and from where."""

from django.conf import settings
from django.db import models
from django.utils import timezone


class AuditEvent(models.Model):
    class Action(models.TextChoices):
        VIEW = "view", "Viewed"
        CHANGE = "change", "Changed"
        CREATE = "create", "Created"

    at = models.DateTimeField(default=timezone.now, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    # Kept as text too, so the log still reads right after an account is deleted.
    actor_name = models.CharField(max_length=80)
    actor_role = models.CharField(max_length=20)
    action = models.CharField(max_length=10, choices=Action.choices)
    what = models.CharField(max_length=120)  # e.g. "coaching details"; never client text
    client = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="audit_about",
    )
    relationship = models.ForeignKey(
        "coaching.CoachingRelationship", on_delete=models.CASCADE, null=True, related_name="+"
    )
    practice = models.ForeignKey(
        "practices.Practice", on_delete=models.CASCADE, null=True, related_name="+"
    )
    ip = models.GenericIPAddressField(null=True, blank=True)

    class Meta:
        ordering = ["-at", "-id"]
        indexes = [models.Index(fields=["client", "-at"]), models.Index(fields=["practice", "-at"])]
