"""People who sign in to Alongside, and what keeps their sign-in safe."""

import hashlib

from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser, BaseUserManager
from django.contrib.auth.models import PermissionsMixin
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property

from alongside.core.fields import EncryptedTextField


class UserManager(BaseUserManager):
    use_in_migrations = True

    def create_user(self, email, password=None, **fields):
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_superuser(self, email, password=None, **fields):
        fields.update(is_staff=True, is_superuser=True)
        return self.create_user(email, password, **fields)


class User(AbstractBaseUser, PermissionsMixin):
    """A person: a coach, a practice admin, a client, or the site operator.

    is_staff and is_superuser are only for the site operator (Django's admin);
    coaches and practice admins get their roles from a practices.Membership.
    """

    email = models.EmailField(unique=True, max_length=254)
    chosen_name = models.CharField("chosen name", max_length=80)
    pronouns = models.CharField(max_length=40, blank=True)
    is_active = models.BooleanField(default=True)
    is_staff = models.BooleanField(default=False)
    is_demo = models.BooleanField(default=False, editable=False)
    date_joined = models.DateTimeField(default=timezone.now)

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["chosen_name"]

    def __str__(self) -> str:
        return self.chosen_name or self.email

    def get_full_name(self) -> str:
        return self.chosen_name

    def get_short_name(self) -> str:
        return self.chosen_name

    @cached_property
    def membership(self):
        from alongside.practices.models import Membership

        return Membership.objects.select_related("practice").filter(user=self).first()

    @property
    def is_coach(self) -> bool:
        return bool(self.membership and self.membership.is_coach)

    @property
    def is_practice_admin(self) -> bool:
        return bool(self.membership and self.membership.is_admin)

    @property
    def is_practice_staff(self) -> bool:
        return self.membership is not None

    @property
    def is_client(self) -> bool:
        return not self.is_practice_staff and not self.is_superuser

    @property
    def requires_two_factor(self) -> bool:
        return self.is_practice_staff or self.is_superuser

    @property
    def has_two_factor(self) -> bool:
        return TOTPDevice.objects.filter(user=self, confirmed_at__isnull=False).exists()

    @property
    def idle_timeout(self):
        if self.is_practice_staff or self.is_superuser:
            return settings.STAFF_IDLE_TIMEOUT
        return settings.CLIENT_IDLE_TIMEOUT


class TOTPDevice(models.Model):
    """An authenticator app enrolled for two-factor sign-in."""

    user = models.OneToOneField(User, on_delete=models.CASCADE, related_name="totp_device")
    secret = EncryptedTextField()
    created_at = models.DateTimeField(default=timezone.now)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    # The last 30-second step accepted: a code is good once, so a code seen over
    # someone's shoulder cannot be replayed.
    last_step = models.BigIntegerField(default=0)


class RecoveryCode(models.Model):
    """A single-use code for signing in when the authenticator is lost."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="recovery_codes")
    code_hash = models.CharField(max_length=64)
    used_at = models.DateTimeField(null=True, blank=True)

    @staticmethod
    def hash(code: str) -> str:
        normal = "".join(ch for ch in code.lower() if ch.isalnum())
        return hashlib.sha256(normal.encode()).hexdigest()


class LoginThrottle(models.Model):
    """Failed sign-ins for one email address, to pause guessing."""

    key = models.CharField(max_length=64, unique=True)  # sha256 of the email, not the email
    failures = models.PositiveIntegerField(default=0)
    locked_until = models.DateTimeField(null=True, blank=True)
    last_failure_at = models.DateTimeField(null=True, blank=True)

    @staticmethod
    def key_for(email: str) -> str:
        return hashlib.sha256(email.strip().lower().encode()).hexdigest()


class KeptDraft(models.Model):
    """What someone was writing when their session ran out, kept until they sign in."""

    token = models.CharField(max_length=64, unique=True)
    user = models.ForeignKey(User, on_delete=models.CASCADE, null=True, related_name="+")
    path = models.CharField(max_length=500)
    data = EncryptedTextField()  # JSON of the form fields
    created_at = models.DateTimeField(default=timezone.now)
