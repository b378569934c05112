"""The desk's shell in Hindi (issue 17): the main window, its banner, lock and backup status, the
generic Ops messages, the discard question and a real service refusal reaching the fields, read with
the committed Hindi translation (resources/i18n/hms_hi.qm)."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from hms_desktop.errors import HmsError, ValidationError
from hms_desktop.gui import i18n
from hms_desktop.gui.ops import Ops, TimedOut
from hms_desktop.gui.settings import Settings
from hms_desktop.gui.widgets.field_errors import FieldErrors
from hms_desktop.services.container import Services
from hms_desktop.services.context import Actor
from hms_desktop.services.patients_types import PatientInput

pytestmark = pytest.mark.gui


@pytest.fixture
def hindi(qapp: QApplication) -> Iterator[str]:
    """The desk in Hindi for one test; English and the previous locale again afterwards."""
    shown = i18n.install(qapp, "hi")
    yield shown
    i18n.uninstall(qapp)


def test_the_main_window_its_banner_lock_and_backup_status_read_in_hindi(
    qtbot: QtBot, hindi: str, ops: Ops, services: Services, admin: Actor, settings: Settings
) -> None:
    from tests.gui.test_main_window import open_window

    assert hindi == "hi"
    window = open_window(qtbot, ops, services, admin, settings)
    assert window.windowTitle() == "Sanjeevini — HMS Desktop"
    assert window.settings_menu is not None
    texts = [action.text() for action in window.settings_menu.actions()]
    assert "रोगी, डॉक्टर या दरें आयात करें (&I)…" in texts
    assert "अभी बैकअप लें (&B)" in texts
    # the last-backup label: the service's words (a new embedded database has none yet), in Hindi
    status = window.backup_status
    assert status is not None
    qtbot.waitUntil(lambda: bool(status.text()), timeout=10_000)
    assert status.text().startswith("अभी तक कोई बैकअप नहीं: सेटिंग्स → अभी बैकअप लें")
    assert "14 दिन व 12 महीने" in status.toolTip()
    # the connection-lost banner, with and without the error's words
    window.banner.show_problem("")
    assert window.banner.message.text() == "डेटाबेस से कनेक्शन टूट गया।"
    window.banner.show_problem("नेटवर्क नहीं है")
    assert window.banner.message.text() == "डेटाबेस से कनेक्शन टूट गया — नेटवर्क नहीं है"
    # a service's connection failure reaches the banner through Ops, in Hindi
    from hms_desktop.errors import CannotConnect

    def unreachable() -> None:
        raise CannotConnect(
            "Cannot reach the database server. Check the server name and port in the connection settings, "
            "that the server is running, and that this computer is on the network."
        )

    ops.run(unreachable)
    qtbot.waitUntil(lambda: window.banner.detail.startswith("डेटाबेस सर्वर तक"), timeout=10_000)
    assert window.banner.message.text().startswith("डेटाबेस से कनेक्शन टूट गया — डेटाबेस सर्वर तक नहीं पहुँच")
    # the idle lock, with the reason the window gives
    window.idle.idle.emit()
    assert window.locked
    assert window.lock_panel.user_label.text().startswith("60 मिनट तक कोई गतिविधि न होने पर लॉक हुआ।\n")


def test_the_generic_failure_and_the_time_out_read_in_hindi(qtbot: QtBot, hindi: str, ops: Ops) -> None:
    failures: list[HmsError] = []
    ops.run(lambda: 1 / 0, on_failure=failures.append, what="unused", report_connection=False)
    ops.run(lambda: time.sleep(2), on_failure=failures.append, timeout_s=0.05, report_connection=False)
    qtbot.waitUntil(lambda: len(failures) == 2, timeout=10_000)
    by_kind = {isinstance(f, TimedOut): f.message for f in failures}
    assert by_kind[False].startswith("कुछ गड़बड़ हो गई: unused (ZeroDivisionError)। विवरण लॉग में है")
    assert by_kind[True].startswith("0.05 सेकंड में डेटाबेस से कोई जवाब नहीं मिला।")


def test_a_refused_registration_reaches_the_fields_in_hindi(
    qtbot: QtBot, hindi: str, ops: Ops, services: Services, admin: Actor
) -> None:
    """A real refusal of the patient service (no first name, a PIN code starting with 0), through Ops
    to a form's FieldErrors: each field's message and the summary line in Hindi."""
    failures: list[HmsError] = []
    bad = PatientInput(first_name="", sex="F", age_years=30, pin_code="012345")
    ops.run(lambda: services.patients.register(admin, bad), on_failure=failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=10_000)
    error = failures[0]
    assert isinstance(error, ValidationError)
    first, pin, message = QLabel(), QLabel(), QLabel()
    for label in (first, pin, message):
        qtbot.addWidget(label)
    errors = FieldErrors({"first_name": first, "pin_code": pin}, message)
    errors.show(error)
    assert first.text() == "पहला नाम दर्ज करें।"
    assert pin.text() == "पिन कोड में छह अंक होते हैं और यह 0 से शुरू नहीं होता।"
    assert message.text() == "कृपया लाल रंग से चिह्नित फ़ील्ड ठीक करें।"


def test_the_discard_question_reads_in_hindi(qtbot: QtBot, hindi: str) -> None:
    from PySide6.QtWidgets import QWidget

    from hms_desktop.gui.widgets.discard_guard import ask_discard

    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[tuple[str, str, list[str]]] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append((box.windowTitle(), box.text(), [b.text() for b in box.buttons()]))
        box.reject()  # Esc: keep editing

    QTimer.singleShot(0, answer)
    assert not ask_discard(parent, "वॉक-इन")
    title, text, buttons = seen[0]
    assert title == "वॉक-इन छोड़ दें? — HMS Desktop"
    assert text == "वॉक-इन में लिखी जानकारी अभी सहेजी नहीं गई है।"
    assert sorted(buttons) == sorted(["छोड़ दें (&D)", "लिखना जारी रखें (&K)"])
