"""Practices, the people who run them, and their crisis resources."""

from django.conf import settings
from django.db import models
from django.utils import timezone

REGIONS = [
    ("us", "United States"),
    ("ca", "Canada"),
    ("uk", "United Kingdom"),
    ("ie", "Ireland"),
    ("au", "Australia"),
    ("other", "Elsewhere"),
]


class Practice(models.Model):
    name = models.CharField(max_length=120)
    slug = models.SlugField(max_length=60, unique=True)
    region = models.CharField(max_length=8, choices=REGIONS, default="us")
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return self.name


class Membership(models.Model):
    """A coach or practice admin of one practice (often both at once)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    practice = models.ForeignKey(Practice, on_delete=models.CASCADE, related_name="memberships")
    is_coach = models.BooleanField(default=True)
    is_admin = models.BooleanField(default=False)

    def __str__(self) -> str:
        roles = [r for r, on in (("coach", self.is_coach), ("admin", self.is_admin)) if on]
        return f"{self.user} ({', '.join(roles)}) at {self.practice}"


class CrisisResource(models.Model):
    """A crisis line or service a practice shows on its help page."""

    practice = models.ForeignKey(
        Practice, on_delete=models.CASCADE, related_name="crisis_resources"
    )
    region = models.CharField(max_length=8, choices=REGIONS)
    name = models.CharField(max_length=120)
    how = models.CharField("how to reach it", max_length=200)
    note = models.CharField(max_length=300, blank=True)
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["order", "id"]

    def __str__(self) -> str:
        return self.name
