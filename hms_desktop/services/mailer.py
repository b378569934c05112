"""Delivering the e-mail outbox over SMTP, and the SMTP settings (the password lives in the keychain).

``MailSender.send_due`` claims one due message at a time in its own short transaction, sends it with
no transaction open, and records the outcome in another short transaction. A dead mail server therefore
never holds a lock a booking needs, and a booking never waits for, or rolls back because of, mail.
Failures are retried with exponential backoff; after ``MAX_ATTEMPTS`` the message is marked failed
with the last error (the outbox screen shows it and can retry it).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from sqlalchemy import select

from hms_desktop.db.base import utcnow
from hms_desktop.db.engine import Database
from hms_desktop.db.models import EmailOutbox
from hms_desktop.domain.enums import OutboxStatus
from hms_desktop.domain.permissions import Action
from hms_desktop.domain.validation import clean_text, text_problem
from hms_desktop.errors import HmsError, ValidationError
from hms_desktop.services import audit
from hms_desktop.services.clinic_row import clinic_row
from hms_desktop.services.context import Actor
from hms_desktop.services.guard import read_retry, require
from hms_desktop.services.mailer_types import (
    BACKOFF_BASE,
    BACKOFF_MAX,
    CLAIM_LEASE,
    MAX_ATTEMPTS,
    PASSWORD_MAX,
    TLS_MODES,
    SmtpConfig,
)

__all__ = [
    "MailSender",
    "SmtpSettingsService",
    "backoff",
    "deliver_pending",
    "get_smtp",
    "keychain_password",
    "load_smtp",
    "save_smtp",
    "validate_config",
]


if TYPE_CHECKING:
    import smtplib

# smtplib, ssl and email are imported where mail is sent: every desk loads this module, few send.


def backoff(attempts: int) -> dt.timedelta:
    """Wait after the ``attempts``-th failure: 1, 2, 4, 8... minutes, at most two hours."""
    factor: int = 2 ** max(0, attempts - 1)
    return min(BACKOFF_BASE * factor, BACKOFF_MAX)


def validate_config(cfg: SmtpConfig) -> SmtpConfig:
    errors: dict[str, str] = {}
    # text only (a number or bytes is refused at its field), no NUL or control characters, never cut
    host = clean_text(cfg.host, "host", 200, errors, required="Enter the mail server's name.") or ""
    port_ok = isinstance(cfg.port, int) and not isinstance(cfg.port, bool)
    if not port_ok or not 1 <= cfg.port <= 65535:
        errors["port"] = "The port is 1-65535 (usually 587 with STARTTLS, 465 with SSL)."
    if not isinstance(cfg.use_tls, str) or cfg.use_tls not in TLS_MODES:
        errors["use_tls"] = "Choose none, starttls or ssl."
    user = clean_text(cfg.user, "user", 120, errors)
    sender = clean_text(cfg.from_addr, "from_addr", 254, errors) or ""
    if "from_addr" not in errors and "@" not in sender:
        errors["from_addr"] = "Enter the sender's e-mail address."
    if errors:
        raise ValidationError(errors)
    return SmtpConfig(host, cfg.port, cfg.use_tls, user, sender)


def get_smtp(db: Database, actor: Actor) -> SmtpConfig | None:
    """The stored SMTP settings, or None when mail is not set up."""
    require(db, actor, Action.SETTINGS_MANAGE)
    return load_smtp(db)


@read_retry
def load_smtp(db: Database) -> SmtpConfig | None:
    """The SMTP settings without a permission check (for the background sender)."""
    with db.read() as s:
        row = clinic_row(s)
        if row is None or not row.smtp_host or not row.smtp_port or not row.smtp_from:
            return None
        return SmtpConfig(
            row.smtp_host, row.smtp_port, row.smtp_tls or "starttls", row.smtp_user, row.smtp_from
        )


def save_smtp(db: Database, actor: Actor, cfg: SmtpConfig, password: str | None = None) -> SmtpConfig:
    """Store the SMTP settings; a given ``password`` goes to the OS keychain, never to the database."""
    require(db, actor, Action.SETTINGS_MANAGE, "clinic_setting", 1)
    clean = validate_config(cfg)
    if password is not None and password != "":  # None or blank: the stored password stays
        # kept as typed (spaces may be part of it), but text, one line, at most PASSWORD_MAX characters
        problem = text_problem(password, PASSWORD_MAX)
        if problem is not None:
            raise ValidationError({"password": problem})
        from hms_desktop import secrets

        if not clean.user:
            raise ValidationError({"user": "A password needs a user name."})
        secrets.set_smtp_password(clean.user, clean.host, password)
    with db.write() as s:
        row = clinic_row(s, for_update=True)
        if row is None:
            raise ValidationError({"host": "Save the clinic's details first."})
        row.smtp_host, row.smtp_port, row.smtp_tls = clean.host, clean.port, clean.use_tls
        row.smtp_user, row.smtp_from = clean.user, clean.from_addr
        row.updated_at = utcnow()
        audit.record(
            s, actor, "settings.smtp", "clinic_setting", 1,
            {"host": clean.host, "port": clean.port, "tls": clean.use_tls, "user": clean.user},
        )  # fmt: skip
    return clean


def keychain_password(cfg: SmtpConfig) -> Callable[[], str | None]:
    """A password getter reading the keychain entry of ``cfg`` (None when no user is configured)."""

    def get() -> str | None:
        if not cfg.user:
            return None
        from hms_desktop import secrets

        return secrets.get_smtp_password(cfg.user, cfg.host)

    return get


class MailSender:
    """Sends due outbox messages. Run ``send_due`` from a background timer/thread, never the UI thread."""

    def __init__(
        self,
        db: Database,
        config: SmtpConfig,
        password_getter: Callable[[], str | None],
        *,
        timeout: float = 20.0,
    ) -> None:
        self._db = db
        self._cfg = config
        self._password = password_getter
        self._timeout = timeout

    def _claim(self, now: dt.datetime) -> tuple[int, str, str, str] | None:
        """Take the oldest due message in a short transaction, leasing it for CLAIM_LEASE."""
        with self._db.write() as s:
            # Oracle refuses FOR UPDATE together with FETCH FIRST: pick candidates, then lock one by id
            due = (EmailOutbox.status == OutboxStatus.PENDING.value, EmailOutbox.next_try_at <= now)
            candidates = s.scalars(
                select(EmailOutbox.id).where(*due).order_by(EmailOutbox.next_try_at, EmailOutbox.id).limit(5)
            ).all()
            m = None
            for cid in candidates:
                m = s.scalars(
                    select(EmailOutbox).where(EmailOutbox.id == cid, *due).with_for_update(skip_locked=True)
                ).first()
                if m is not None:
                    break
            if m is None:
                return None
            m.next_try_at = now + CLAIM_LEASE
            return m.id, m.to_addr, m.subject, m.body

    def _connect(self) -> smtplib.SMTP:
        import smtplib
        import ssl

        cfg = self._cfg
        if cfg.use_tls == "ssl":
            return smtplib.SMTP_SSL(
                cfg.host, cfg.port, timeout=self._timeout, context=ssl.create_default_context()
            )
        smtp = smtplib.SMTP(cfg.host, cfg.port, timeout=self._timeout)
        if cfg.use_tls == "starttls":
            smtp.starttls(context=ssl.create_default_context())
        return smtp

    def _deliver(self, smtp: smtplib.SMTP, to: str, subject: str, body: str) -> None:
        from email.message import EmailMessage
        from email.utils import make_msgid

        msg = EmailMessage()
        msg["From"] = self._cfg.from_addr
        msg["To"] = to
        msg["Subject"] = subject
        msg["Message-ID"] = make_msgid(domain=self._cfg.from_addr.rpartition("@")[2] or None)
        msg.set_content(body)
        smtp.send_message(msg)

    def _record(self, msg_id: int, now: dt.datetime, error: str | None) -> None:
        with self._db.write() as s:
            m = s.get(EmailOutbox, msg_id)
            if m is None:
                return
            m.attempts += 1
            if error is None:
                m.status = OutboxStatus.SENT.value
                m.sent_at = utcnow()
                m.last_error = None
                m.next_try_at = None
            elif m.attempts >= MAX_ATTEMPTS:
                m.status = OutboxStatus.FAILED.value
                m.last_error = error[:1000]
                m.next_try_at = None
            else:
                m.last_error = error[:1000]
                m.next_try_at = now + backoff(m.attempts)

    def send_now(self, to: str, subject: str, body: str) -> None:
        """Send one message straight away, outside the outbox (the settings screen's test e-mail)."""
        smtp = self._connect()
        try:
            password = self._password()
            if self._cfg.user and password:
                smtp.login(self._cfg.user, password)
            self._deliver(smtp, to, subject, body)
        finally:
            _quiet_close(smtp)

    def send_due(self, now: dt.datetime | None = None, batch: int = 20) -> int:
        """Send up to ``batch`` due messages; returns how many were delivered."""
        import smtplib

        at = now or utcnow()
        sent = 0
        smtp: smtplib.SMTP | None = None
        try:
            for _ in range(batch):
                claimed = self._claim(at)
                if claimed is None:
                    break
                msg_id, to, subject, body = claimed
                try:
                    if smtp is None:
                        smtp = self._connect()
                        password = self._password()
                        if self._cfg.user and password:
                            smtp.login(self._cfg.user, password)
                    self._deliver(smtp, to, subject, body)
                except (OSError, smtplib.SMTPException) as exc:
                    self._record(msg_id, at, f"{type(exc).__name__}: {exc}")
                    if isinstance(exc, smtplib.SMTPRecipientsRefused | smtplib.SMTPDataError):
                        continue  # this message's problem: carry on with the connection
                    if smtp is not None:
                        _quiet_close(smtp)
                    smtp = None
                    continue
                self._record(msg_id, at, None)
                sent += 1
        finally:
            if smtp is not None:
                _quiet_close(smtp)
        return sent


def _quiet_close(smtp: smtplib.SMTP) -> None:
    import smtplib

    try:
        smtp.quit()
    except (OSError, smtplib.SMTPException):
        smtp.close()


class SmtpSettingsService:
    """The SMTP settings screen's service: ``get_smtp`` / ``save_smtp`` (admin only)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def deliver_pending(self) -> int:
        """The desk's background mail job (no person acts): send what is due with the saved settings."""
        return deliver_pending(self._db)

    def get_smtp(self, actor: Actor) -> SmtpConfig | None:
        return get_smtp(self._db, actor)

    def save_smtp(self, actor: Actor, config: SmtpConfig, password: str | None = None) -> SmtpConfig:
        return save_smtp(self._db, actor, config, password)

    def send_test(self, actor: Actor, to: str, timeout: float = 20.0) -> str:
        """Send a test e-mail to ``to`` with the saved settings, directly (blocking: run it on a worker).

        Returns a confirmation sentence; a refused login, an unreachable server or a rejected
        address raise an HmsError that says which.
        """
        import smtplib

        require(self._db, actor, Action.SETTINGS_MANAGE)
        addr = (to or "").strip()
        if "@" not in addr or len(addr) > 254 or any(c.isspace() for c in addr):
            raise ValidationError({"test_to": "Enter the e-mail address to send the test to."})
        cfg = load_smtp(self._db)
        if cfg is None:
            raise ValidationError({"host": "Save the mail server settings first."})
        sender = MailSender(self._db, cfg, keychain_password(cfg), timeout=timeout)
        subject = "HMS Desktop test e-mail"
        body = f"This is a test e-mail from HMS Desktop, sent by {actor.username} via {cfg.host}.\n"
        try:
            sender.send_now(addr, subject, body)
        except smtplib.SMTPAuthenticationError as exc:
            raise HmsError(f"The mail server refused the user name or password ({exc.smtp_code}).") from exc
        except smtplib.SMTPRecipientsRefused as exc:
            raise HmsError(f"The mail server refused the address {addr}.", field="test_to") from exc
        except smtplib.SMTPException as exc:
            raise HmsError(f"The mail server reported a problem: {type(exc).__name__}: {exc}") from exc
        except OSError as exc:
            raise HmsError(
                f"Cannot reach the mail server {cfg.host}:{cfg.port} ({type(exc).__name__}: {exc})."
            ) from exc
        return f"Test e-mail sent to {addr} via {cfg.host}:{cfg.port}."


def deliver_pending(db: Database) -> int:
    """Send what is due from the outbox with the saved SMTP settings; 0 when none are configured.

    Called periodically by each desk in the background; messages are claimed one by one in short
    transactions, so two desks never send the same message and a mail failure touches nothing else.
    """
    cfg = load_smtp(db)
    if cfg is None:
        return 0
    return MailSender(db, cfg, keychain_password(cfg)).send_due()
