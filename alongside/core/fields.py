"""Encrypted model fields for client text at rest."""

from functools import cache

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.db import models


@cache
def _fernet() -> MultiFernet:
    return MultiFernet([Fernet(k.encode()) for k in settings.ENCRYPTION_KEYS])


def encrypt(value: str) -> str:
    """Return value encrypted with the newest key, as text safe for any column."""
    return _fernet().encrypt(value.encode()).decode()


def decrypt(token: str) -> str:
    """Return the plain text of a token made by encrypt()."""
    try:
        return _fernet().decrypt(token.encode()).decode()
    except InvalidToken as e:
        # Never include the token or any text in the message: it may end up in a log.
        raise ValueError("Stored text could not be decrypted with the configured keys.") from e


class EncryptedTextField(models.TextField):
    """A TextField stored encrypted (Fernet: AES-128-CBC with HMAC-SHA256).

    The database never sees the plain text, so it cannot be searched or ordered
    by it; that is the point.
    """

    def get_prep_value(self, value):
        value = super().get_prep_value(value)
        if value is None or value == "":
            return value
        return encrypt(value)

    def from_db_value(self, value, expression, connection):
        if value is None or value == "":
            return value
        return decrypt(value)
