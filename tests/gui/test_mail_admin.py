"""The admin's e-mail screens: SMTP settings (field errors, save, test e-mail) and the outbox.

A real SMTP server (aiosmtpd on 127.0.0.1) receives what the desk sends.
"""

from __future__ import annotations

import datetime as dt
import socket
from collections.abc import Iterator
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from hms_desktop.db.engine import Database
from hms_desktop.db.models import Doctor, EmailOutbox, Patient
from hms_desktop.gui.dialogs.outbox import STATUS_COL, OutboxDialog
from hms_desktop.gui.dialogs.smtp import SmtpDialog
from hms_desktop.gui.main_window import MainWindow
from hms_desktop.gui.ops import Ops
from hms_desktop.gui.settings import Settings
from hms_desktop.services.container import Services, build_services
from hms_desktop.services.context import Actor
from hms_desktop.services.demo import seed_demo
from hms_desktop.services.demo_types import DEMO_PASSWORD
from hms_desktop.services.mailer import deliver_pending
from hms_desktop.services.mailer_types import SmtpConfig
from tests.unit.helpers import FAST_HASHER


class _Inbox:
    def __init__(self) -> None:
        self.messages: list[Any] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
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


@pytest.fixture
def mail_db(sqlite_db: Database) -> Database:
    seed_demo(sqlite_db, patients=50, hasher=FAST_HASHER)
    return sqlite_db


@pytest.fixture
def desk(mail_db: Database) -> Services:
    return build_services(mail_db)


@pytest.fixture
def boss(desk: Services) -> Actor:
    return desk.auth.login("admin", DEMO_PASSWORD)


def smtp_dialog(qtbot: QtBot, ops: Ops, desk: Services, actor: Actor) -> SmtpDialog:
    dialog = SmtpDialog(ops, desk.smtp, actor)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start()
    qtbot.waitUntil(lambda: dialog.loaded and not ops.busy, timeout=10_000)
    return dialog


def fill(dialog: SmtpDialog, host: str, port: str, security: str, sender: str) -> None:
    dialog.host.setText(host)
    dialog.port.setText(port)
    dialog.security.setCurrentIndex(dialog.security.findData(security))
    dialog.user.clear()
    dialog.from_addr.setText(sender)


def outbox_dialog(qtbot: QtBot, ops: Ops, desk: Services, actor: Actor) -> OutboxDialog:
    dialog = OutboxDialog(ops, desk.outbox, actor)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.loading and not ops.busy, timeout=10_000)
    return dialog


def book_for_patient_with_email(desk: Services, actor: Actor, db: Database) -> tuple[int, str]:
    """Book the first free slot for a patient with an e-mail address; returns (appointment, address)."""
    with db.write() as s:
        patient = s.scalars(select(Patient).order_by(Patient.id)).first()
        assert patient is not None
        patient.email = "asha.test@example.in"
        patient_id = patient.id
        doctor_ids = list(s.scalars(select(Doctor.id).where(Doctor.is_active).order_by(Doctor.id)))
    after = dt.datetime.now(dt.UTC) + dt.timedelta(days=1)
    for doctor_id in doctor_ids:
        slots = desk.scheduling.next_free_slots(actor, doctor_id, after, limit=1)
        if slots:
            appt = desk.scheduling.book(actor, patient_id, doctor_id, slots[0].starts_at, "check-up")
            return appt.id, "asha.test@example.in"
    raise AssertionError("no free slot for any doctor")


def outbox_row(dialog: OutboxDialog, to: str) -> int:
    return next(i for i, m in enumerate(dialog.model.rows) if m.to_addr == to)


def test_bad_port_is_shown_next_to_the_port_field(
    qtbot: QtBot, ops: Ops, desk: Services, boss: Actor
) -> None:
    dialog = smtp_dialog(qtbot, ops, desk, boss)
    fill(dialog, "smtp.clinic.example", "70000", "starttls", "desk@clinic.example")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: bool(dialog.errors.field_text("port")), timeout=10_000)
    assert "1-65535" in dialog.errors.field_text("port")
    assert dialog.errors.field_text("host") == ""
    assert desk.smtp.get_smtp(boss) is None  # nothing was saved
    fill(dialog, "", "587", "starttls", "not-an-address")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: bool(dialog.errors.field_text("from_addr")), timeout=10_000)
    assert dialog.errors.field_text("host")


def test_good_settings_are_saved_and_the_password_is_write_only(
    qtbot: QtBot, ops: Ops, desk: Services, boss: Actor
) -> None:
    dialog = smtp_dialog(qtbot, ops, desk, boss)
    fill(dialog, "smtp.clinic.example", "465", "ssl", "desk@clinic.example")
    dialog.user.setText("desk")
    dialog.password.setText("s3cret-mail")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: "saved" in dialog.message.text(), timeout=10_000)
    assert desk.smtp.get_smtp(boss) == SmtpConfig(
        "smtp.clinic.example", 465, "ssl", "desk", "desk@clinic.example"
    )
    assert dialog.password.text() == ""  # never shown again
    from hms_desktop import secrets

    assert secrets.get_smtp_password("desk", "smtp.clinic.example") == "s3cret-mail"
    # a fresh dialog shows the stored settings, but not the password
    again = smtp_dialog(qtbot, ops, desk, boss)
    assert (again.host.text(), again.port.text(), again.security.currentData()) == (
        "smtp.clinic.example",
        "465",
        "ssl",
    )
    assert again.user.text() == "desk" and again.password.text() == ""
    # saving with the password blank keeps the stored one
    again.port.setText("587")
    again.security.setCurrentIndex(again.security.findData("starttls"))
    again.save_button.click()
    qtbot.waitUntil(lambda: "saved" in again.message.text(), timeout=10_000)
    assert secrets.get_smtp_password("desk", "smtp.clinic.example") == "s3cret-mail"


def test_test_email_reaches_the_server_and_errors_are_clear(
    qtbot: QtBot, ops: Ops, desk: Services, boss: Actor, smtp_server: tuple[_Inbox, int]
) -> None:
    inbox, port = smtp_server
    dialog = smtp_dialog(qtbot, ops, desk, boss)
    fill(dialog, "127.0.0.1", str(port), "none", "desk@clinic.example")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: "saved" in dialog.message.text(), timeout=10_000)
    dialog.test_to.setText("bad address")
    dialog.test_button.click()
    qtbot.waitUntil(lambda: bool(dialog.errors.field_text("test_to")), timeout=10_000)
    dialog.test_to.setText("admin@clinic.example")
    dialog.test_button.click()
    qtbot.waitUntil(lambda: "Test e-mail sent" in dialog.message.text(), timeout=30_000)
    assert [e.rcpt_tos for e in inbox.messages] == [["admin@clinic.example"]]
    # a server that is not there: a clear message, not a traceback
    fill(dialog, "127.0.0.1", str(_free_port()), "none", "desk@clinic.example")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: "saved" in dialog.message.text(), timeout=10_000)
    dialog.test_button.click()
    qtbot.waitUntil(lambda: "Cannot reach the mail server" in dialog.message.text(), timeout=30_000)


def test_outbox_shows_a_booking_confirmation_until_it_is_sent(
    qtbot: QtBot, ops: Ops, desk: Services, boss: Actor, mail_db: Database, smtp_server: tuple[_Inbox, int]
) -> None:
    inbox, port = smtp_server
    _appt, to = book_for_patient_with_email(desk, boss, mail_db)
    dialog = outbox_dialog(qtbot, ops, desk, boss)
    row = outbox_row(dialog, to)
    model = dialog.model
    assert model.data(model.index(row, STATUS_COL)) == "Pending"
    assert model.data(model.index(row, 2)).startswith("Appointment confirmed")
    # the pending filter shows it too; the sent filter does not (yet)
    dialog.status.setCurrentIndex(dialog.status.findData("pending"))
    qtbot.waitUntil(lambda: not dialog.loading and not ops.busy, timeout=10_000)
    assert any(m.to_addr == to for m in model.rows)
    assert {m.status for m in model.rows} == {"pending"}
    desk.smtp.save_smtp(boss, SmtpConfig("127.0.0.1", port, "none", None, "desk@clinic.example"))
    assert deliver_pending(mail_db) >= 1
    assert ["asha.test@example.in"] in [e.rcpt_tos for e in inbox.messages]
    dialog.status.setCurrentIndex(0)  # All
    qtbot.waitUntil(lambda: not dialog.loading and not ops.busy, timeout=10_000)
    dialog.refresh_button.click()
    qtbot.waitUntil(lambda: not dialog.loading and not ops.busy, timeout=10_000)
    row = outbox_row(dialog, to)
    assert model.data(model.index(row, STATUS_COL)) == "Sent"
    assert model.data(model.index(row, STATUS_COL), 9) is not None  # ForegroundRole: colour as well as text


def test_retry_a_failed_message(
    qtbot: QtBot, ops: Ops, desk: Services, boss: Actor, mail_db: Database
) -> None:
    from hms_desktop.services.outbox import queue_email

    with mail_db.write() as s:
        m = queue_email(s, "failed.one@example.in", "Appointment confirmed", "Body\n")
        s.flush()
        m.status, m.attempts, m.last_error, m.next_try_at = "failed", 5, "ConnectionRefusedError: nope", None
        msg_id = m.id
    dialog = outbox_dialog(qtbot, ops, desk, boss)
    dialog.status.setCurrentIndex(dialog.status.findData("failed"))
    qtbot.waitUntil(lambda: not dialog.loading and not ops.busy, timeout=10_000)
    row = outbox_row(dialog, "failed.one@example.in")
    model = dialog.model
    assert model.data(model.index(row, STATUS_COL)) == "Failed"
    assert model.data(model.index(row, 5)).startswith("ConnectionRefusedError")
    assert not dialog.retry_button.isEnabled()
    dialog.table.selectRow(row)
    assert dialog.retry_button.isEnabled()
    dialog.retry_button.click()
    qtbot.waitUntil(lambda: "queued again" in dialog.message.text() and not ops.busy, timeout=10_000)
    qtbot.waitUntil(lambda: not dialog.loading, timeout=10_000)
    assert all(m.id != msg_id for m in model.rows)  # no longer failed
    with mail_db.read() as s:
        again = s.get(EmailOutbox, msg_id)
        assert again is not None and (again.status, again.attempts) == ("pending", 0)


def test_settings_menu_is_for_admins_only(
    qtbot: QtBot, ops: Ops, desk: Services, boss: Actor, tmp_path: Any
) -> None:
    settings = Settings(tmp_path / "desk.ini")
    window = MainWindow(ops, desk, boss, settings, idle_ms=3_600_000)
    qtbot.addWidget(window)
    menus = [a.text() for a in window.menuBar().actions()]
    assert "&Settings" in menus
    assert window.settings_menu is not None
    texts = [a.text() for a in window.settings_menu.actions()]
    # the mail entries among the admin's settings (others: clinic, audit, import, backups...)
    assert {"&E-mail (SMTP)…", "&Outbox…", "&Triage scale and rules…"} <= set(texts)
    outbox = window.open_outbox()
    qtbot.waitUntil(lambda: not ops.busy, timeout=10_000)
    outbox.close()
    smtp = window.open_smtp_settings()
    qtbot.waitUntil(lambda: not ops.busy, timeout=10_000)
    smtp.close()
    clerk = desk.auth.login("reception", DEMO_PASSWORD)
    desk_window = MainWindow(ops, desk, clerk, Settings(tmp_path / "desk2.ini"), idle_ms=3_600_000)
    qtbot.addWidget(desk_window)
    assert "&Settings" not in [a.text() for a in desk_window.menuBar().actions()]
