"""The idle lock: a watcher that notices when nobody has touched the desk, and the lock panel.

:class:`IdleWatcher` is an application-wide event filter: any key, click, wheel or mouse move
restarts its timer; when the timer runs out it emits ``idle``. The clinic setting ``idle_lock_min``
gives the interval. The main window then swaps its content for :class:`LockPanel` (so no patient
data stays on screen) until the same user types their password again; the password is checked off
the UI thread by ``services.auth.verify_password``. A locked or disabled account signs the desk out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QWidget

from hms_desktop.errors import AuthenticationFailed, HmsError
from hms_desktop.gui.forms import find, load_form, pixmap, set_message
from hms_desktop.gui.ops import Ops

if TYPE_CHECKING:
    from hms_desktop.services.context import Actor

_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdleWatcher(QObject):
    """Emits ``idle`` after ``interval_ms`` without user input anywhere in the application."""

    idle = Signal()

    def __init__(self, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        # precise: a coarse timer may round a 10-minute deadline by up to 30 s either way
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(max(1, interval_ms))
        self._timer.timeout.connect(self.idle)
        self._installed = False

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    @property
    def remaining_ms(self) -> int:
        """Milliseconds until the lock (-1 when not running)."""
        return self._timer.remainingTime()

    def set_interval(self, interval_ms: int) -> None:
        self._timer.setInterval(max(1, interval_ms))
        if self._timer.isActive():
            self._timer.start()

    def start(self) -> None:
        app = QApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
            self._installed = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self._timer.isActive():
            self._timer.start()  # restart: activity postpones the lock
        return False


class LockPanel(QWidget):
    """Covers the main window's content while locked; ``unlocked`` or ``sign_out_requested`` end it."""

    unlocked = Signal()
    sign_out_requested = Signal(str)

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._auth: Any = None
        self._actor: Actor | None = None
        self.ui = load_form("idle_lock.ui", self)
        find(self.ui, QLabel, "iconLabel").setPixmap(pixmap("lock", 48))
        self.user_label = find(self.ui, QLabel, "userLabel")
        self.password = find(self.ui, QLineEdit, "passwordEdit")
        self.message = find(self.ui, QLabel, "messageLabel")
        self.unlock_button = find(self.ui, QPushButton, "unlockButton")
        self.unlock_button.clicked.connect(self.unlock)
        self.password.returnPressed.connect(self.unlock)
        find(self.ui, QPushButton, "switchUserButton").clicked.connect(
            lambda: self.sign_out_requested.emit("")
        )

    def lock(self, auth: Any, actor: Actor, reason: str) -> None:
        self._auth, self._actor = auth, actor
        self.user_label.setText(
            reason
            + "\n"
            + self.tr("Signed in as {} ({}). Enter your password to continue.").format(
                actor.full_name or actor.username, actor.username
            )
        )
        self.password.clear()
        set_message(self.message, "")
        self.unlock_button.setEnabled(True)
        self.password.setFocus()

    def unlock(self) -> None:
        if self._actor is None or not self.unlock_button.isEnabled():
            return
        password = self.password.text()
        if not password:
            set_message(self.message, self.tr("Enter your password."))
            return
        auth, actor = self._auth, self._actor
        self.unlock_button.setEnabled(False)
        set_message(self.message, self.tr("Checking…"), "info")
        self._ops.run(
            lambda: auth.verify_password(actor, password),
            self._checked,
            self._failed,
            timeout_s=30,
            what=self.tr("unlocking the screen"),
        )

    def _checked(self, ok: bool) -> None:
        self.unlock_button.setEnabled(True)
        self.password.clear()
        if ok:
            set_message(self.message, "")
            self.unlocked.emit()
        else:
            set_message(self.message, self.tr("Wrong password. Try again, or switch user."))
            self.password.setFocus()

    def _failed(self, error: HmsError) -> None:
        self.unlock_button.setEnabled(True)
        if isinstance(error, AuthenticationFailed):  # locked or disabled just now: sign out
            self.sign_out_requested.emit(error.message)
        else:
            set_message(self.message, error.message)
