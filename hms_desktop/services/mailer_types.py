"""Outgoing mail's settings DTO and its limits (no SQLAlchemy)."""

from __future__ import annotations

import dataclasses
import datetime as dt

MAX_ATTEMPTS = 5
BACKOFF_BASE = dt.timedelta(minutes=1)
BACKOFF_MAX = dt.timedelta(hours=2)
# a claimed message is pushed this far ahead so a second sender does not pick it up meanwhile
CLAIM_LEASE = dt.timedelta(minutes=5)
TLS_MODES = ("none", "starttls", "ssl")
# what every keychain keeps (Windows Credential Manager: 2,560 bytes; a UTF-8 character is up to 4)
PASSWORD_MAX = 512


@dataclasses.dataclass(frozen=True)
class SmtpConfig:
    host: str
    port: int
    use_tls: str  # 'none' | 'starttls' | 'ssl'
    user: str | None
    from_addr: str
