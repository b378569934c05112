"""The e-mail (SMTP) settings dialog (``ui/smtp_settings.ui``): edit, save, send a test e-mail.

Loading, saving and the test all run through :class:`Ops` (the test talks to a mail server and can
take seconds). The password field is write-only: it is never filled in, and saving with it blank
keeps the password already in the keychain. Validation messages appear next to their fields.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QLineEdit, QProgressBar, QPushButton, QWidget

from hms_desktop.errors import HmsError, ValidationError
from hms_desktop.gui.forms import find, load_form, set_message
from hms_desktop.gui.geometry import PreserveGeometry
from hms_desktop.gui.i18n import service_text
from hms_desktop.gui.ops import Ops
from hms_desktop.gui.widgets.field_errors import FieldErrors
from hms_desktop.services.mailer_types import SmtpConfig

if TYPE_CHECKING:
    from hms_desktop.gui.settings import Settings
    from hms_desktop.services.context import Actor
    from hms_desktop.services.mailer import SmtpSettingsService

LOAD_TIMEOUT_S = 15
TEST_TIMEOUT_S = 40  # the service's own SMTP timeout is 20 s per step
SECURITY = (  # the texts translated where shown ("SmtpDialog")
    ("starttls", QT_TRANSLATE_NOOP("SmtpDialog", "STARTTLS (port 587)")),
    ("ssl", QT_TRANSLATE_NOOP("SmtpDialog", "SSL/TLS (port 465)")),
    ("none", QT_TRANSLATE_NOOP("SmtpDialog", "None (port 25)")),
)
DEFAULT_PORTS = {"starttls": 587, "ssl": 465, "none": 25}


class SmtpDialog(PreserveGeometry, QDialog):
    geometry_name = "smtp"
    default_size = (800, 560)

    def __init__(
        self,
        ops: Ops,
        service: SmtpSettingsService,
        actor: Actor,
        settings: Settings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("HMS Desktop — E-mail (SMTP)"))
        self.ops, self.service, self.actor, self.settings = ops, service, actor, settings
        self.ui = load_form("smtp_settings.ui", self)
        ui = self.ui
        self.host = find(ui, QLineEdit, "hostEdit")
        self.port = find(ui, QLineEdit, "portEdit")
        self.port.setValidator(QIntValidator(0, 99999, self.port))
        self.security = find(ui, QComboBox, "securityCombo")
        for value, text in SECURITY:
            self.security.addItem(QCoreApplication.translate("SmtpDialog", str(text)), value)
        self.user = find(ui, QLineEdit, "userEdit")
        self.password = find(ui, QLineEdit, "passwordEdit")
        self.from_addr = find(ui, QLineEdit, "fromEdit")
        self.test_to = find(ui, QLineEdit, "testToEdit")
        self.message = find(ui, QLabel, "messageLabel")
        self.progress = find(ui, QProgressBar, "progressBar")
        self.save_button = find(ui, QPushButton, "saveButton")
        self.test_button = find(ui, QPushButton, "testButton")
        self.errors = FieldErrors(
            {
                "host": find(ui, QLabel, "hostError"),
                "port": find(ui, QLabel, "portError"),
                "use_tls": find(ui, QLabel, "securityError"),
                "user": find(ui, QLabel, "userError"),
                "password": find(ui, QLabel, "passwordError"),
                "from_addr": find(ui, QLabel, "fromError"),
                "test_to": find(ui, QLabel, "testToError"),
            },
            self.message,
        )
        self.security.currentIndexChanged.connect(self._security_changed)
        self.save_button.clicked.connect(self.save)
        self.test_button.clicked.connect(self.send_test)
        find(ui, QPushButton, "closeButton").clicked.connect(self.reject)
        self.progress.hide()
        self._security_changed()
        self.restore_geometry(settings)
        self.loaded = False

    # --- load ------------------------------------------------------------------------------

    def start(self) -> None:
        """Fetch the stored settings (call after constructing; the dialog stays usable meanwhile)."""
        self._busy(self.tr("Loading the saved settings…"))
        self.ops.run(
            lambda: self.service.get_smtp(self.actor),
            self._loaded,
            self._failed,
            timeout_s=LOAD_TIMEOUT_S,
            what=self.tr("loading the e-mail settings"),
        )

    def _loaded(self, cfg: SmtpConfig | None) -> None:
        self._idle()
        self.loaded = True
        if cfg is None:
            set_message(
                self.message, self.tr("E-mail is not set up yet: enter the clinic's mail server."), "info"
            )
            return
        set_message(self.message, "")
        self.show_config(cfg)

    def show_config(self, cfg: SmtpConfig) -> None:
        self.host.setText(cfg.host)
        self.port.setText(str(cfg.port))
        self.security.setCurrentIndex(max(0, self.security.findData(cfg.use_tls)))
        self.user.setText(cfg.user or "")
        self.from_addr.setText(cfg.from_addr)
        self.password.clear()

    def _security_changed(self, _index: int = 0) -> None:
        self.port.setPlaceholderText(str(DEFAULT_PORTS[self.security.currentData()]))

    # --- save ------------------------------------------------------------------------------

    def form_config(self) -> SmtpConfig:
        """The typed settings; a blank port means the security mode's usual one."""
        text = self.port.text().strip()
        try:
            port = int(text) if text else DEFAULT_PORTS[self.security.currentData()]
        except ValueError:
            raise ValidationError({"port": self.tr("The port is a number, 1-65535.")}) from None
        return SmtpConfig(
            self.host.text().strip(),
            port,
            str(self.security.currentData()),
            self.user.text().strip() or None,
            self.from_addr.text().strip(),
        )

    def save(self) -> None:
        try:
            cfg = self.form_config()
        except HmsError as exc:
            self.errors.show(exc)
            return
        password = self.password.text() or None
        self._busy(self.tr("Saving…"))
        self.ops.run(
            lambda: self.service.save_smtp(self.actor, cfg, password),
            self._saved,
            self._failed,
            timeout_s=LOAD_TIMEOUT_S,
            what=self.tr("saving the e-mail settings"),
        )

    def _saved(self, cfg: SmtpConfig) -> None:
        self._idle()
        had_password = bool(self.password.text())
        self.show_config(cfg)
        note = self.tr("Settings saved.")
        if had_password:
            note = self.tr("Settings saved; the password is in the system keychain.")
        set_message(self.message, note, "ok")

    # --- test ------------------------------------------------------------------------------

    def send_test(self) -> None:
        to = self.test_to.text().strip()
        self._busy(
            self.tr("Sending a test e-mail to {address}…").format(address=to)
            if to
            else self.tr("Sending a test e-mail…")
        )
        self.ops.run(
            lambda: self.service.send_test(self.actor, to),
            self._tested,
            self._failed,
            timeout_s=TEST_TIMEOUT_S,
            what=self.tr("sending the test e-mail"),
            report_connection=False,
        )

    def _tested(self, text: str) -> None:
        self._idle()
        set_message(self.message, service_text(text), "ok")

    # --- common ----------------------------------------------------------------------------

    def _busy(self, text: str) -> None:
        self.errors.clear()
        set_message(self.message, text, "info")
        self.progress.show()
        self.save_button.setEnabled(False)
        self.test_button.setEnabled(False)

    def _idle(self) -> None:
        self.progress.hide()
        self.save_button.setEnabled(True)
        self.test_button.setEnabled(True)

    def _failed(self, error: HmsError) -> None:
        self._idle()
        self.errors.show(error)

    def done(self, result: int) -> None:
        self.save_geometry(self.settings)
        super().done(result)
