"""The doctor's favourite prescriptions in the consultation (issue 15): a "Favourites" button beside the
paper size whose menu inserts a saved set of lines, saves the lines written as a favourite, or deletes one.

Two keys insert one: F8 (or Ctrl+Shift+F) opens the menu, its first nine favourites are numbered, and the
number inserts that favourite after the lines already written (the cell being typed is kept). Ctrl+Shift+S
saves the lines as a favourite; a name already used asks before replacing it. The inserted lines are
ordinary lines: the allergy and duplicate checks run on them as on typed ones.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMenu, QMessageBox, QToolButton, QWidget

from hms_desktop.errors import HmsError
from hms_desktop.gui.ops import Ops
from hms_desktop.gui.tabs.consult.rx_table import RxTable
from hms_desktop.services.context import Actor
from hms_desktop.services.rx_favourites_types import Favourite, FavouriteExists

if TYPE_CHECKING:
    from hms_desktop.services.rx_favourites import RxFavouriteService

NUMBERED = 9  # F8 then 1-9


class Favourites(QObject):
    """The form's button, its menu and the calls behind them; ``say(text, tone)`` reports to the window."""

    changed = Signal()  # the list was read again (tests wait on it)
    inserted = Signal(str)  # a favourite's name, after its lines went into the table

    def __init__(
        self,
        window: QWidget,
        ops: Ops,
        service: RxFavouriteService,
        actor: Actor,
        rx: RxTable,
        say: Callable[[str, str], None],
        button: QToolButton,
    ) -> None:
        super().__init__(window)
        self._window, self._ops, self._service, self._actor, self._rx, self._say = (
            window,
            ops,
            service,
            actor,
            rx,
            say,
        )
        self.items: list[Favourite] = []
        self.button = button  # ui/consultation.ui, beside Procedures
        self.menu = QMenu(self.button)
        self.menu.setObjectName("favouritesMenu")
        self.button.setMenu(self.menu)
        self.name_dialog: QInputDialog | None = None  # open while the doctor names a favourite
        self.question: QMessageBox | None = None  # replace / delete, while asked
        keys_of = ((("F8", "Ctrl+Shift+F"), self.pop_up), (("Ctrl+Shift+S",), self.ask_name))  # notr: keys
        for keys, slot in keys_of:
            act = QAction(window)
            act.setShortcuts([QKeySequence(k) for k in keys])
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            act.triggered.connect(slot)
            window.addAction(act)
        self._fill()

    # --- reading ----------------------------------------------------------------------------------

    def load(self) -> None:
        service, actor = self._service, self._actor
        self._ops.run(
            lambda: service.favourites(actor),
            self._arrived,
            lambda error: self._say(
                self.tr("Favourites could not be read: {error}").format(error=error.message), "error"
            ),
            timeout_s=20,
            what=self.tr("reading your favourite prescriptions"),
        )

    def _arrived(self, items: list[Favourite]) -> None:
        self.items = items
        self._fill()
        self.changed.emit()

    def _fill(self) -> None:
        menu = self.menu
        menu.clear()
        if not self.items:
            none = menu.addAction(self.tr("No favourites yet: write the lines, then Ctrl+Shift+S"))
            none.setEnabled(False)
        for n, fav in enumerate(self.items, start=1):
            number = f"&{n}  " if n <= NUMBERED else "    "
            act = menu.addAction(
                f"{number}{fav.name.replace('&', '&&')}  —  {fav.summary().replace('&', '&&')}"
            )
            act.triggered.connect(lambda _c=False, f=fav: self.insert(f))
        menu.addSeparator()
        save = menu.addAction(self.tr("&Save these lines as a favourite…"))
        save.setShortcut(QKeySequence("Ctrl+Shift+S"))
        save.triggered.connect(self.ask_name)
        if self.items:
            gone = menu.addMenu(self.tr("&Delete a favourite"))
            for fav in self.items:
                act = gone.addAction(fav.name.replace("&", "&&"))
                act.triggered.connect(lambda _c=False, f=fav: self.ask_delete(f))

    # --- inserting --------------------------------------------------------------------------------

    def pop_up(self) -> None:
        if not self.button.isEnabled():
            return
        self.menu.popup(self.button.mapToGlobal(QPoint(0, self.button.height())))
        actions = [a for a in self.menu.actions() if a.isEnabled() and not a.isSeparator()]
        if actions:
            self.menu.setActiveAction(actions[0])

    def insert(self, fav: Favourite) -> None:
        first = self._rx.insert_lines(fav.lines)
        n = len(fav.lines)
        said = (
            self.tr("“{name}” inserted: 1 line from line {first}.")
            if n == 1
            else self.tr("“{name}” inserted: {n} lines from line {first}.")
        )
        self._say(said.format(name=fav.name, n=n, first=first + 1), "info")
        self.inserted.emit(fav.name)

    # --- saving and deleting ----------------------------------------------------------------------

    def ask_name(self) -> None:
        if not self.button.isEnabled():
            return
        self._rx.commit_editing()
        if not self._rx.lines():
            self._say(
                self.tr("Write the lines first, then save them as a favourite (Ctrl+Shift+S)."), "error"
            )
            return
        box = QInputDialog(self._window)
        box.setObjectName("favouriteNameDialog")
        box.setWindowTitle(self.tr("Save as a favourite"))
        box.setLabelText(
            self.tr("Name for these {n} lines (e.g. URTI adult):").format(n=len(self._rx.lines()))
        )
        box.setTextEchoMode(QLineEdit.EchoMode.Normal)
        box.textValueSelected.connect(lambda name: self.save_as(name))
        box.finished.connect(lambda _r: setattr(self, "name_dialog", None))
        self.name_dialog = box
        box.open()

    def save_as(self, name: str, *, replace: bool = False) -> None:
        service, actor, lines = self._service, self._actor, self._rx.lines()

        def saved(fav: Favourite) -> None:
            self._say(
                self.tr("Saved as your favourite “{name}” ({n} lines).").format(
                    name=fav.name, n=len(fav.lines)
                ),
                "ok",
            )
            self.load()

        def failed(error: HmsError) -> None:
            if isinstance(error, FavouriteExists):
                self._ask(
                    self.tr(
                        "You already have a favourite named “{name}”. Replace its lines with these?"
                    ).format(name=error.name),
                    self.tr("Replace"),
                    lambda: self.save_as(name, replace=True),
                )
                return
            self._say(error.message, "error")

        self._ops.run(
            lambda: service.save(actor, name, lines, replace=replace),
            saved,
            failed,
            timeout_s=20,
            what=self.tr("saving the favourite"),
        )

    def ask_delete(self, fav: Favourite) -> None:
        self._ask(
            self.tr("Delete your favourite “{name}”?").format(name=fav.name),
            self.tr("Delete"),
            lambda: self._delete(fav),
        )

    def _delete(self, fav: Favourite) -> None:
        service, actor = self._service, self._actor

        def done(_r: object) -> None:
            self._say(self.tr("Favourite “{name}” deleted.").format(name=fav.name), "info")
            self.load()

        self._ops.run(
            lambda: service.delete(actor, fav.id),
            done,
            lambda error: self._say(error.message, "error"),
            timeout_s=20,
            what=self.tr("deleting the favourite"),
        )

    def _ask(self, text: str, verb: str, then: Callable[[], None]) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Favourites"), text, parent=self._window)
        yes = box.addButton(verb, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def answered(_r: int) -> None:
            self.question = None
            if box.clickedButton() is yes:
                then()

        box.finished.connect(answered)
        self.question = box
        box.open()
