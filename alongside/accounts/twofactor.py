"""Time-based one-time codes (RFC 6238) and recovery codes."""

import secrets
import time
from datetime import UTC, datetime

import pyotp
import segno
from django.db import transaction
from django.utils import timezone

from alongside.accounts.models import RecoveryCode, TOTPDevice

ISSUER = "Alongside"
RECOVERY_CODE_COUNT = 10


def new_secret() -> str:
    return pyotp.random_base32()


def provisioning_uri(user, secret: str) -> str:
    return pyotp.TOTP(secret).provisioning_uri(name=user.email, issuer_name=ISSUER)


def qr_svg(uri: str) -> str:
    """Return an inline SVG QR code for an authenticator app to scan."""
    return segno.make(uri, error="m").svg_inline(scale=5, dark="#1b1b1b", light="#ffffff")


def matching_step(secret: str, code: str, at: float | None = None) -> int | None:
    """Return the 30-second step a code is valid for (one step of clock drift allowed)."""
    code = "".join(ch for ch in code if ch.isdigit())
    if len(code) != 6:
        return None
    totp = pyotp.TOTP(secret)
    now = time.time() if at is None else at
    for drift in (0, -1, 1):
        t = now + drift * totp.interval
        if secrets.compare_digest(totp.at(t), code):
            return totp.timecode(datetime.fromtimestamp(t, tz=UTC))
    return None


def verify(device: TOTPDevice, code: str) -> bool:
    """Check a code and use it up, so it cannot be replayed."""
    step = matching_step(device.secret, code)
    if step is None:
        return False
    # Atomic claim: only one request can move last_step forward to this step.
    updated = TOTPDevice.objects.filter(pk=device.pk, last_step__lt=step).update(last_step=step)
    return updated == 1


def new_recovery_codes(user) -> list[str]:
    """Replace the user's recovery codes and return the new ones (shown once)."""
    codes = [f"{secrets.token_hex(3)}-{secrets.token_hex(3)}" for _ in range(RECOVERY_CODE_COUNT)]
    with transaction.atomic():
        RecoveryCode.objects.filter(user=user).delete()
        RecoveryCode.objects.bulk_create(
            RecoveryCode(user=user, code_hash=RecoveryCode.hash(c)) for c in codes
        )
    return codes


def use_recovery_code(user, code: str) -> bool:
    updated = RecoveryCode.objects.filter(
        user=user, code_hash=RecoveryCode.hash(code), used_at__isnull=True
    ).update(used_at=timezone.now())
    return updated == 1
