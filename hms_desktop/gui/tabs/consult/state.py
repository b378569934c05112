"""Where one consultation window is: :class:`WorkspaceState`, and every move between states in one
place (:class:`WorkspaceStatus`).

::

    OPENING --opened--> EDITING | COMPLETED      OPENING --open_failed--> OPEN_FAILED
    EDITING --begin--> SAVING | COMPLETING
    SAVING --saved | send_failed--> EDITING
    COMPLETING --completed--> COMPLETED          COMPLETING --send_failed--> EDITING

Beside the state, ``dirty``: the form holds typing the server does not have (the doctor can go on
typing while a save is on its way, so it is not a state of its own). The consultation as the server
last returned it (``view``) and its row version travel with the moves that bring them.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QObject, Signal

from hms_desktop.services.consultation_types import ConsultationView


class WorkspaceState(enum.Enum):
    OPENING = "opening"  # start() sent; nothing to edit yet
    OPEN_FAILED = "open_failed"  # the consultation could not be opened
    EDITING = "editing"  # open, nothing on its way
    SAVING = "saving"  # a server draft is on its way
    COMPLETING = "completing"  # Complete & print is on its way
    COMPLETED = "completed"  # read-only: amend the prescription instead


class WorkspaceStatus(QObject):
    """The state, ``dirty``, and the server's view of the consultation; ``changed`` after each move."""

    changed = Signal(object)  # WorkspaceState

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = WorkspaceState.OPENING
        self.dirty = False
        self.view: ConsultationView | None = None
        self.version: int | None = None

    # --- what the state allows ----------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self.state in (WorkspaceState.SAVING, WorkspaceState.COMPLETING)

    @property
    def is_completed(self) -> bool:
        return self.state is WorkspaceState.COMPLETED

    @property
    def can_send(self) -> bool:
        """Save draft and Complete are open (an opened, unfinished consultation, nothing on its way)."""
        return self.state is WorkspaceState.EDITING

    @property
    def is_open(self) -> bool:
        """Opened and not completed: the doctor is writing (also while a save is on its way)."""
        return self.state in (WorkspaceState.EDITING, WorkspaceState.SAVING, WorkspaceState.COMPLETING)

    @property
    def keeps_local(self) -> bool:
        """The form should be copied to this computer's draft."""
        return self.view is not None and not self.is_completed and self.dirty

    # --- moves ----------------------------------------------------------------------------------

    def _to(self, state: WorkspaceState) -> None:
        self.state = state
        self.changed.emit(state)

    def _at(self, view: ConsultationView) -> None:
        self.view, self.version = view, view.row_version

    def opened(self, view: ConsultationView) -> None:
        """The form was filled from ``view``: nothing typed yet."""
        self._at(view)
        self.dirty = False
        self._to(WorkspaceState.COMPLETED if view.status == "completed" else WorkspaceState.EDITING)

    def open_failed(self) -> None:
        self._to(WorkspaceState.OPEN_FAILED)

    def edited(self) -> None:
        self.dirty = True

    def begin(self, state: WorkspaceState) -> bool:
        """Send a save (SAVING) or the completion (COMPLETING); False when the state does not allow it."""
        assert state in (WorkspaceState.SAVING, WorkspaceState.COMPLETING)
        if not self.can_send:
            return False
        self._to(state)
        return True

    def saved(self, view: ConsultationView, *, kept_locally: bool) -> None:
        """The server draft is ``view``; ``kept_locally``: typing it does not hold stays dirty."""
        self._at(view)
        self.dirty = kept_locally
        self._to(WorkspaceState.EDITING)

    def send_failed(self) -> None:
        """A save or completion failed: what was typed is the doctor's, to keep and send again."""
        self.dirty = True
        self._to(WorkspaceState.EDITING)

    def completed(self, view: ConsultationView) -> None:
        self._at(view)
        self.dirty = False
        self._to(WorkspaceState.COMPLETED)
