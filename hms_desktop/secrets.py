"""Passwords in the OS keychain (Windows Credential Manager, macOS Keychain, Secret Service).

Database, Oracle wallet and SMTP passwords are kept here and nowhere else: never in a file, QSettings or the
database. When no keychain is available the calls raise ``KeychainUnavailable`` saying how to fix
it, rather than falling back to a plain-text file.
"""

from __future__ import annotations

import os

import keyring
import keyring.errors
from keyring.backends import fail

from hms_desktop.db.profiles import Profile
from hms_desktop.errors import HmsError

SERVICE = "hms-desktop"

_HOW_TO_FIX = (
    "No password keychain is available on this computer, so the password cannot be stored. "
    "On Linux install and unlock a Secret Service (e.g. gnome-keyring or KeePassXC with Secret "
    "Service enabled), or choose a backend with the PYTHON_KEYRING_BACKEND environment variable. "
    "On Windows the Credential Manager is used automatically."
)


class KeychainUnavailable(HmsError):
    """No usable keyring backend (headless Linux without a Secret Service, a locked keychain...)."""


_PLAIN_FILE = (
    "The password keychain configured here ({name}) keeps passwords in a file on disk, not in the "
    "operating system's keychain, so HMS Desktop will not store or read passwords with it. "
    "On Linux install and unlock a Secret Service (gnome-keyring, KWallet or KeePassXC), or type "
    "the password at sign-in each time; on Windows the Credential Manager is used automatically."
)
# Only the test command sets this (scripts/test.sh, tests/conftest.py): its throwaway keyring is a file.
ALLOW_FILE_KEYRING_ENV = "HMS_TEST_ALLOW_FILE_KEYRING"


def _file_backends(kr: keyring.backend.KeyringBackend) -> list[str]:
    """The keyrings.alt file backends in ``kr`` (directly or inside keyring's chainer)."""
    found = []
    for backend in [kr, *getattr(kr, "backends", ())]:
        module = type(backend).__module__
        if module.startswith("keyrings.alt") or module.startswith("keyring.backends.file"):
            found.append(f"{module}.{type(backend).__name__}")
    return found


def _backend() -> keyring.backend.KeyringBackend:
    kr = keyring.get_keyring()
    if isinstance(kr, fail.Keyring):
        raise KeychainUnavailable(_HOW_TO_FIX)
    plain = _file_backends(kr)
    if plain and os.environ.get(ALLOW_FILE_KEYRING_ENV) != "1":
        raise KeychainUnavailable(_PLAIN_FILE.format(name=plain[0]))
    return kr


def _get(key: str) -> str | None:
    try:
        return _backend().get_password(SERVICE, key)
    except keyring.errors.NoKeyringError as exc:
        raise KeychainUnavailable(_HOW_TO_FIX) from exc
    except keyring.errors.KeyringError as exc:
        raise KeychainUnavailable(f"The password keychain refused the request: {exc}") from exc


def _set(key: str, password: str) -> None:
    if not password:
        raise HmsError("An empty password cannot be stored.")
    try:
        _backend().set_password(SERVICE, key, password)
    except keyring.errors.NoKeyringError as exc:
        raise KeychainUnavailable(_HOW_TO_FIX) from exc
    except keyring.errors.KeyringError as exc:
        raise KeychainUnavailable(f"The password keychain refused to store the password: {exc}") from exc


def _delete(key: str) -> None:
    try:
        _backend().delete_password(SERVICE, key)
    except keyring.errors.PasswordDeleteError:
        return  # nothing stored: deleting is idempotent
    except keyring.errors.NoKeyringError as exc:
        raise KeychainUnavailable(_HOW_TO_FIX) from exc
    except keyring.errors.KeyringError as exc:
        raise KeychainUnavailable(f"The password keychain refused the request: {exc}") from exc


def smtp_key(user: str, host: str) -> str:
    return f"smtp:{user}@{host}"


def get_db_password(profile: Profile) -> str | None:
    """The stored password of a server profile, or None when none is stored."""
    return _get(profile.keychain_key)


def set_db_password(profile: Profile, password: str) -> None:
    _set(profile.keychain_key, password)


def delete_db_password(profile: Profile) -> None:
    _delete(profile.keychain_key)


def get_wallet_password(profile: Profile) -> str | None:
    """The stored password of the Oracle wallet ``profile`` uses (one per wallet folder), or None."""
    return _get(profile.wallet_keychain_key)


def set_wallet_password(profile: Profile, password: str) -> None:
    _set(profile.wallet_keychain_key, password)


def delete_wallet_password(profile: Profile) -> None:
    _delete(profile.wallet_keychain_key)


def get_smtp_password(user: str, host: str) -> str | None:
    return _get(smtp_key(user, host))


def set_smtp_password(user: str, host: str, password: str) -> None:
    _set(smtp_key(user, host), password)


def delete_smtp_password(user: str, host: str) -> None:
    _delete(smtp_key(user, host))


BACKUP_KEY = "backup:passphrase"


def get_backup_passphrase() -> str | None:
    """The passphrase that encrypts this clinic's backup files (services/backup.py), or None."""
    return _get(BACKUP_KEY)


def set_backup_passphrase(passphrase: str) -> None:
    _set(BACKUP_KEY, passphrase)
