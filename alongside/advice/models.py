"""What a coach did with the guard's advice: a private reflection aid for them alone."""

import hashlib

from django.conf import settings
from django.db import models
from django.utils import timezone

from alongside.core.fields import EncryptedTextField

KINDS = [
    ("diagnosis", "Diagnosis"),
    ("medication", "Medication"),
    ("treatment", "Treatment framing"),
    ("pathologizing", "Labels"),
]


class AdviceEvent(models.Model):
    class Outcome(models.TextChoices):
        APPLIED = "applied", "Used the suggestion"
        KEPT = "kept", "Kept my words"
        SAVED = "saved", "Saved as written"

    coach = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="advice_events"
    )
    kind = models.CharField(max_length=16, choices=KINDS)
    outcome = models.CharField(max_length=8, choices=Outcome.choices)
    where = models.CharField(max_length=40)  # e.g. "session note"; never the text itself
    # Only a hash of the phrase, so "keep my words" is remembered without storing them.
    phrase_key = models.CharField(max_length=64, blank=True, db_index=True)
    reason = EncryptedTextField(blank=True)  # the coach's optional "why I kept it"
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-at"]

    @staticmethod
    def key_for(coach_id: int, kind: str, phrase: str) -> str:
        normal = " ".join(phrase.lower().split())
        return hashlib.sha256(f"{coach_id}:{kind}:{normal}".encode()).hexdigest()
