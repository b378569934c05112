"""Call next while the doctor's previous patient is still called: ask what to do (issue 15, defect 4).

The service refuses a second call while one is pending (``StillCalledError``); this box offers the
three ways on and sends the doctor's choice back with Call next. Esc or Cancel calls nobody.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from hms_desktop.domain.queue import StillCalled
from hms_desktop.services.queue_types import StillCalledError


class StillCalledDialog(QMessageBox):
    def __init__(self, error: StillCalledError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stillCalledDialog")
        self.setWindowTitle(self.tr("Patient still called"))
        self.setIcon(QMessageBox.Icon.Question)
        if error.room:
            text = self.tr("Token {token} is still called to {room} and has not come in.")
        else:
            text = self.tr("Token {token} is still called and has not come in.")
        self.setText(text.format(token=error.token, room=error.room))
        self.setInformativeText(
            self.tr(
                "Call them again, mark them not answered (they keep their place) and call the next "
                "patient, or call the next patient anyway (both stay called)."
            )
        )
        self.buttons_by_choice: dict[StillCalled, QPushButton] = {}
        for choice, text in (
            (StillCalled.CALL_AGAIN, self.tr("Call &again ({token})").format(token=error.token)),
            (StillCalled.NOT_ANSWERED, self.tr("Mark &not answered, call next")),
            (StillCalled.CALL_NEXT_ANYWAY, self.tr("Call next an&yway")),
        ):
            self.buttons_by_choice[choice] = self.addButton(text, QMessageBox.ButtonRole.AcceptRole)
        cancel = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.buttons_by_choice[StillCalled.CALL_AGAIN])
        self.setEscapeButton(cancel)

    def choice(self) -> StillCalled | None:
        clicked = self.clickedButton()
        return next((c for c, b in self.buttons_by_choice.items() if b is clicked), None)
