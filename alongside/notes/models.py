"""A coach's private session notes about one client."""

from django.conf import settings
from django.db import models
from django.utils import timezone

from alongside.core.fields import EncryptedTextField


class SessionNote(models.Model):
    """Private to the coach; the client sees only a summary the coach chooses to share."""

    relationship = models.ForeignKey(
        "coaching.CoachingRelationship", on_delete=models.CASCADE, related_name="notes"
    )
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    body = EncryptedTextField()
    summary = EncryptedTextField(blank=True)
    summary_shared = models.BooleanField(default=False)
    # Set by the form when it is first shown, so a double submit saves one note.
    submit_token = models.CharField(max_length=64)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["relationship", "submit_token"], name="one_note_per_submit"
            )
        ]
