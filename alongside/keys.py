"""Load secrets from the environment, or from files made on first run under var/."""

import os
import secrets
from collections.abc import Callable
from pathlib import Path

from cryptography.fernet import Fernet


def _from_file(path: Path, make: Callable[[], str]) -> str:
    """Return the secret stored at path, creating it (owner-only) if missing."""
    try:
        return path.read_text().strip()
    except FileNotFoundError:
        path.parent.mkdir(parents=True, exist_ok=True)
        value = make()
        # O_EXCL: if two processes start at once, the second reads the first's key
        # instead of overwriting it, so nothing encrypted with it becomes unreadable.
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            return path.read_text().strip()
        with os.fdopen(fd, "w") as f:
            f.write(value + "\n")
        return value


def secret_key(var_dir: Path) -> str:
    """Return Django's SECRET_KEY."""
    return os.environ.get("SECRET_KEY") or _from_file(
        var_dir / "secret.key", lambda: secrets.token_urlsafe(50)
    )


def encryption_keys(var_dir: Path) -> list[str]:
    """Return the Fernet keys for data at rest, newest first.

    ALONGSIDE_ENCRYPTION_KEYS may hold several comma-separated keys so an old key
    can still decrypt while rows are re-encrypted with a new one.
    """
    env = os.environ.get("ALONGSIDE_ENCRYPTION_KEYS", "")
    if env.strip():
        return [k.strip() for k in env.split(",") if k.strip()]
    return [_from_file(var_dir / "encryption.key", lambda: Fernet.generate_key().decode())]
