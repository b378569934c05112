"""Nothing typed is lost: the consultation form is copied to this computer's draft (:mod:`.drafts`) a
few seconds after typing, after every failed save and on close, and a newer local copy is offered
back (Restore / Discard) when the window reopens."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QWidget

from hms_desktop.gui.forms import find
from hms_desktop.gui.tabs.appointments.timefmt import local, named
from hms_desktop.gui.tabs.consult.consult_form import ConsultForm
from hms_desktop.gui.tabs.consult.drafts import Draft, DraftStore
from hms_desktop.gui.tabs.consult.state import WorkspaceStatus
from hms_desktop.services.consultation_types import ConsultationView

if TYPE_CHECKING:
    from hms_desktop.gui.desk import Clock

AUTOSAVE_MS = 3000


class DraftKeeper(QObject):
    """The local draft of one consultation: the autosave timer and the restore offer in ``ui``."""

    def __init__(
        self, ui: QWidget, store: DraftStore, form: ConsultForm, status: WorkspaceStatus, clock: Clock
    ) -> None:
        super().__init__(ui)
        self.store, self._form, self._status, self._clock = store, form, status, clock
        self.frame = find(ui, QFrame, "restoreFrame")
        self.label = find(ui, QLabel, "restoreLabel")
        self.restore_button = find(ui, QPushButton, "restoreButton")
        self.discard_button = find(ui, QPushButton, "discardButton")
        self.frame.setVisible(False)
        self.pending: Draft | None = None  # offered, neither restored nor discarded yet
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.save_local)

    def keep_for(self, info: Any) -> None:
        """The clinic's retention (its settings' ``draft_keep_days``)."""
        self.store.keep_for(info.draft_keep_days)

    def typed(self) -> None:
        """The doctor changed the form: at most one write every few seconds while typing."""
        self._status.edited()
        if not self.timer.isActive():
            self.timer.start()

    def save_local(self) -> bool:
        """Copy the form to the local draft now (also on every failed save and on close)."""
        self.timer.stop()
        view = self._status.view
        if view is None or not self._status.keeps_local:
            return False
        return self.store.save(view.id, self._status.version or 0, self._form.form_state())

    def after_save(self, view: ConsultationView, typed: dict[str, Any]) -> bool:
        """A server draft was saved: the drug lines (the server keeps them only on completing) stay
        here, over the new version, so they are offered back on reopening. True if kept."""
        self.timer.stop()
        if typed["lines"]:
            self.store.save(view.id, view.row_version, typed)
            return True
        self.store.delete(view.id)
        return False

    def forget(self, consultation_id: int) -> None:
        """The server has it all (completed)."""
        self.timer.stop()
        self.store.delete(consultation_id)

    # --- the offer on opening -------------------------------------------------------------------

    def offer(self, view: ConsultationView) -> bool:
        """Offer a local draft newer than ``view`` that differs from it; True when offered."""
        draft = self.store.load(view.id)
        if (
            draft is None
            or self._status.is_completed
            or draft.base_version < view.row_version
            or draft.form == self._form.baseline
        ):
            return False
        self.pending = draft
        at = local(draft.saved_at, self._clock.zone)
        if at.date() == self._clock.today():
            offer = self.tr("Restore your unsaved notes from {time}?").format(time=f"{at:%H:%M}")
        else:
            offer = self.tr("Restore your unsaved notes from {time} on {day}?").format(
                time=f"{at:%H:%M}",
                day=named(at.date(), "dd MMM", "%d %b"),  # notr: date formats
            )
        self.label.setText(offer)
        self.frame.setVisible(True)
        self.restore_button.setFocus()
        return True

    def restore(self) -> bool:
        """Put the offered draft into the form; True if there was one."""
        draft = self.pending
        self.frame.setVisible(False)
        self.pending = None
        if draft is None:
            return False
        self._form.apply_state(draft.form)
        self._status.edited()
        return True

    def discard(self) -> None:
        self.frame.setVisible(False)
        if self._status.view is not None:
            self.store.delete(self._status.view.id)
        self.pending = None
