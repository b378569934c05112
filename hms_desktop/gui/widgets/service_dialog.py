"""The base of the small desk dialogs that send one service call: a Designer form, a message line,
OK/Save and Cancel, the call on a worker, errors next to the fields, nothing typed lost."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from hms_desktop.errors import HmsError
from hms_desktop.gui.forms import find, load_form, set_message
from hms_desktop.gui.ops import Ops
from hms_desktop.gui.widgets.discard_guard import AsksBeforeDiscard, DiscardGuard
from hms_desktop.gui.widgets.field_errors import FieldErrors

if TYPE_CHECKING:
    from hms_desktop.services.container import Services
    from hms_desktop.services.context import Actor


class ServiceDialog(AsksBeforeDiscard, QDialog):
    """``title``, ``busy_text`` and ``discard_what`` are English source texts, translated here with
    ``self.tr`` (which looks through the class hierarchy): a subclass marks its own with
    ``QT_TRANSLATE_NOOP("<its class>", "…")`` so lupdate puts them in its context."""

    form = ""  # the .ui file
    title = ""
    busy_text = str(QT_TRANSLATE_NOOP("ServiceDialog", "Working…"))
    # names the form in "Discard the …?" when Esc/Cancel/X meets typed input; "" asks nothing
    discard_what = ""

    def __init__(self, ops: Ops, services: Services, actor: Actor, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._ops, self._services, self._actor = ops, services, actor
        self.setWindowTitle(self.tr("{title} — HMS Desktop").format(title=self.tr(self.title)))
        self.ui = load_form(self.form, self)
        self.message = find(self.ui, QLabel, "messageLabel")
        self.button_box = find(self.ui, QDialogButtonBox, "buttonBox")
        save = self.button_box.button(QDialogButtonBox.StandardButton.Save)
        self.ok_button = save or self.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self.button_box.accepted.connect(self.submit)
        self.button_box.rejected.connect(self.reject)
        self.result_value: Any = None
        self.errors = FieldErrors({}, self.message)  # subclasses give it their field labels
        if self.discard_what:
            self.discard_guard = DiscardGuard(self.ui, self.tr(self.discard_what))
        set_message(self.message, "")

    def label(self, name: str) -> QLabel:
        return find(self.ui, QLabel, name)

    def submit(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def run(self, call: Any, what: str) -> None:
        """Run ``call`` on a worker; on success keep its result and close, else show the error."""
        self.ok_button.setEnabled(False)
        set_message(self.message, self.tr(self.busy_text), "info")
        self._ops.run(call, self._done, self._failed, timeout_s=30, what=what)

    def _done(self, result: Any) -> None:
        self.ok_button.setEnabled(True)
        set_message(self.message, "")
        self.result_value = result
        self.accept()

    def _failed(self, error: HmsError) -> None:
        self.ok_button.setEnabled(True)
        self.errors.show(error)
