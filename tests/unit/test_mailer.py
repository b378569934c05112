"""The outbox sender against a real SMTP server (aiosmtpd on 127.0.0.1, started by the test)."""

from __future__ import annotations

import datetime as dt
import socket
from collections.abc import Iterator
from decimal import Decimal
from email import message_from_bytes
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import select

from hms_desktop import secrets
from hms_desktop.db.engine import Database
from hms_desktop.db.models import Appointment, ClinicSetting, EmailOutbox, Patient
from hms_desktop.domain.enums import Role
from hms_desktop.errors import PermissionDenied, ValidationError
from hms_desktop.services.mailer import MailSender, SmtpSettingsService, backoff, keychain_password
from hms_desktop.services.mailer_types import MAX_ATTEMPTS, SmtpConfig
from hms_desktop.services.outbox import OutboxService, queue_email
from hms_desktop.services.scheduling import SchedulingService
from hms_desktop.services.scheduling_types import DepartmentInput, DoctorInput, SessionInput
from tests.unit.helpers import make_user


class _Inbox:
    def __init__(self) -> None:
        self.messages: list[Any] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        self.messages.append(envelope)
        return "250 OK"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def smtp_server() -> Iterator[tuple[_Inbox, int]]:
    inbox = _Inbox()
    port = _free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()


def _config(port: int) -> SmtpConfig:
    return SmtpConfig("127.0.0.1", port, "none", None, "desk@clinic.example.in")


def _queue(db: Database, n: int) -> list[int]:
    with db.write() as s:
        msgs = [
            queue_email(s, f"p{i}@example.in", f"Subject {i}", f"Body {i}\n", "test", i) for i in range(n)
        ]
        s.flush()
        return [m.id for m in msgs]


def _rows(db: Database) -> list[EmailOutbox]:
    with db.read() as s:
        return list(s.scalars(select(EmailOutbox).order_by(EmailOutbox.id)))


def test_messages_are_delivered(db: Database, smtp_server: tuple[_Inbox, int]) -> None:
    inbox, port = smtp_server
    _queue(db, 3)
    sender = MailSender(db, _config(port), lambda: None)
    assert sender.send_due() == 3
    assert sender.send_due() == 0
    assert [e.rcpt_tos for e in inbox.messages] == [["p0@example.in"], ["p1@example.in"], ["p2@example.in"]]
    first = message_from_bytes(inbox.messages[0].content)
    assert first["Subject"] == "Subject 0" and first["From"] == "desk@clinic.example.in"
    assert {(r.status, r.attempts) for r in _rows(db)} == {("sent", 1)}
    assert all(r.sent_at is not None for r in _rows(db))


def test_batch_limit(db: Database, smtp_server: tuple[_Inbox, int]) -> None:
    _queue(db, 3)
    sender = MailSender(db, _config(smtp_server[1]), lambda: None)
    assert sender.send_due(batch=2) == 2
    assert sender.send_due(batch=2) == 1


def test_server_down_retries_with_backoff_then_fails(db: Database) -> None:
    (msg_id,) = _queue(db, 1)
    sender = MailSender(db, _config(_free_port()), lambda: None, timeout=2)
    now = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=1)
    waits = []
    for attempt in range(1, MAX_ATTEMPTS + 1):
        assert sender.send_due(now=now) == 0
        row = _rows(db)[0]
        assert row.attempts == attempt and row.last_error
        if attempt < MAX_ATTEMPTS:
            assert row.status == "pending" and row.next_try_at is not None
            waits.append(row.next_try_at - now)
            # not due again before the backoff has passed
            assert sender.send_due(now=now + waits[-1] - dt.timedelta(seconds=1)) == 0
            assert _rows(db)[0].attempts == attempt
            now = row.next_try_at
    assert waits == [backoff(n) for n in range(1, MAX_ATTEMPTS)]
    assert waits == sorted(waits) and waits[0] < waits[-1]
    final = _rows(db)[0]
    assert final.status == "failed" and final.next_try_at is None and final.id == msg_id
    assert "Error" in (final.last_error or "")


def test_booking_committed_when_mail_fails_and_retry_delivers(
    db: Database, smtp_server: tuple[_Inbox, int]
) -> None:
    admin = make_user(db, "admin", Role.ADMIN)
    svc = SchedulingService(db)
    dept = svc.save_department(admin, DepartmentInput("General Medicine", "GEN", "00:00", "24:00"))
    doc = svc.save_doctor(
        admin,
        DoctorInput("Dr Asha Rao", "MBBS", "GM", dept.id, "KMC-9", None, dt.date(2099, 1, 1), Decimal("1")),
    )
    svc.set_schedule(admin, doc.id, [SessionInput(d, "09:00", "10:00", 15) for d in range(7)])
    with db.write() as s:
        p = Patient(mrn="M-1", first_name="Meera", sex="F", email="meera@example.in")
        s.add(p)
        s.flush()
        pid = p.id
    day = svc.clock.today() + dt.timedelta(days=2)
    appt = svc.book(admin, pid, doc.id, svc.day_slots(admin, doc.id, day)[0].starts_at)
    down = MailSender(db, _config(_free_port()), lambda: None, timeout=2)
    now = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=1)
    for _ in range(MAX_ATTEMPTS):
        down.send_due(now=now)
        now += dt.timedelta(days=1)
    with db.read() as s:
        assert s.get_one(Appointment, appt.id).status == "booked"
    outbox = OutboxService(db)
    failed = outbox.list(admin, status="failed")
    assert [m.ref_id for m in failed] == [appt.id] and failed[0].to_addr == "meera@example.in"
    outbox.retry(admin, failed[0].id)
    assert outbox.list(admin, status="pending")[0].attempts == 0
    inbox, port = smtp_server
    assert MailSender(db, _config(port), lambda: None).send_due() == 1
    assert "Meera" in message_from_bytes(inbox.messages[0].content).get_payload()
    with pytest.raises(ValidationError):
        outbox.retry(admin, failed[0].id)
    with pytest.raises(PermissionDenied):
        outbox.list(make_user(db, "desk", Role.RECEPTIONIST))


def test_smtp_settings_with_password_in_keychain(db: Database) -> None:
    admin = make_user(db, "admin", Role.ADMIN)
    settings = SmtpSettingsService(db)
    assert settings.get_smtp(admin) is None
    with db.write() as s:
        s.add(ClinicSetting(id=1, legal_name="Test Clinic"))
    cfg = SmtpConfig(" smtp.example.in ", 587, "starttls", "clinic", "desk@example.in")
    saved = settings.save_smtp(admin, cfg, password="app-password")
    assert saved.host == "smtp.example.in"
    assert settings.get_smtp(admin) == saved
    assert keychain_password(saved)() == "app-password"
    assert secrets.get_smtp_password("clinic", "smtp.example.in") == "app-password"
    with db.read() as s:
        row = s.get_one(ClinicSetting, 1)
        assert "app-password" not in repr([getattr(row, c) for c in ("smtp_host", "smtp_user", "smtp_from")])
    with pytest.raises(ValidationError) as err:
        settings.save_smtp(admin, SmtpConfig("", 0, "tls", None, "nobody"))
    assert set(err.value.errors) == {"host", "port", "use_tls", "from_addr"}
    with pytest.raises(PermissionDenied):
        settings.get_smtp(make_user(db, "desk", Role.RECEPTIONIST))
