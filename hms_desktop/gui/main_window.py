"""The main window: tabs, menus, status bar, the connection-lost banner and the idle lock.

It is handed its services and the signed-in actor; it never opens a database. Switching user and
changing the connection are requests to the composition root (signals), which owns that flow.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hms_desktop import __version__
from hms_desktop.domain.enums import Role
from hms_desktop.gui.desk import DeskContext
from hms_desktop.gui.display.controller import DisplayController
from hms_desktop.gui.forms import icon
from hms_desktop.gui.geometry import PreserveGeometry
from hms_desktop.gui.ops import Ops
from hms_desktop.gui.reconnect import Reconnect
from hms_desktop.gui.settings import LAST_TAB, Settings, last_tab_of
from hms_desktop.gui.tabs.appointments import AppointmentsTab
from hms_desktop.gui.tabs.billing import BillingTab
from hms_desktop.gui.tabs.doctors import DoctorsTab
from hms_desktop.gui.tabs.patients.view import PatientsTab
from hms_desktop.gui.tabs.queue.view import QueueTab
from hms_desktop.gui.tabs.registry import TABS, DeskTab, TabSpec, home_tab, role_name, translate_spec
from hms_desktop.gui.widgets.banner import ConnectionBanner
from hms_desktop.gui.widgets.idle_lock import IdleWatcher, LockPanel
from hms_desktop.gui.window_screens import WindowScreens
from hms_desktop.gui.work_focus import WorkFocus

if TYPE_CHECKING:
    from hms_desktop.services.container import Services
    from hms_desktop.services.context import Actor


class MainWindow(PreserveGeometry, QMainWindow):
    geometry_name = "main"
    default_size = (1280, 760)
    switch_user_requested = Signal(str)
    connection_requested = Signal()

    def __init__(
        self,
        ops: Ops,
        services: Services,
        actor: Actor,
        settings: Settings,
        idle_ms: int = 10 * 60_000,
        clinic_name: str = "",
        parent: QWidget | None = None,
        tab_specs: Sequence[TabSpec] = TABS,
    ) -> None:
        super().__init__(parent)
        self.ops, self.services, self.actor, self.settings = ops, services, actor, settings
        product = "HMS Desktop"  # notr: the product's name
        self.setWindowTitle(self.tr("{clinic} — HMS Desktop").format(clinic=clinic_name or product))
        self.banner = ConnectionBanner()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(False)
        self.desk = DeskContext.of(ops, services, actor, settings)
        self.screens = WindowScreens(ops, services, actor, settings, self.desk.clock)
        self.specs = tuple(tab_specs)
        self.pages: dict[str, QWidget] = {}
        for spec in self.specs:
            page = spec.make(self.desk, services)
            self.pages[spec.key] = page
            # no Alt key on the tab bar: Alt+letter belongs to the work on the tab (Ctrl+1..n go to a tab)
            at = self.tabs.addTab(page, icon(spec.icon), spec.name)
            self.tabs.setTabToolTip(at, f"{spec.name} (Ctrl+{at + 1})")
            for name in spec.slip_signals if spec.visible_to(actor) else ():
                getattr(page, name).connect(self.print_token_slip)
        self.display: DisplayController | None = None
        self.lock_panel = LockPanel(ops)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tabs)
        self.stack.addWidget(self.lock_panel)
        self.work_focus = WorkFocus(self.tabs, self.stack, self.lock_panel)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.setSpacing(6)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self._build_status_bar()
        if isinstance(self.pages.get("patients"), PatientsTab):
            self.patients.status_callback = lambda text: self.statusBar().showMessage(text, 8000)
        self.idle = IdleWatcher(idle_ms, self)
        self.idle.idle.connect(
            lambda: self.lock(self.tr("Locked after {} without activity.").format(self._idle_text()))
        )
        self.lock_panel.unlocked.connect(self.unlock)
        self.lock_panel.sign_out_requested.connect(self.switch_user_requested)
        self.reconnect = Reconnect(ops, services.clinic, self.banner, self.pages)
        # the tab this user left last, else the role's home (a cashier on Billing, a doctor on the
        # Queue): the desk's last tab is the previous user's, not theirs
        last = settings.get(last_tab_of(actor.username)) or home_tab(actor.role, self.specs)
        if last in self.pages:
            self.tabs.setCurrentWidget(self.pages[last])
        self.tabs.currentChanged.connect(self._tab_changed)
        # keyboard focus follows the work: into the tab's main control on every tab change, after
        # sign-in and whenever the window comes back from a dialog, so the tab's shortcuts (Ctrl+F,
        # Ctrl+Enter...) work without a click first
        self.tabs.currentChanged.connect(lambda _i: QTimer.singleShot(0, self, self.focus_work))
        self.installEventFilter(self)
        self.restore_geometry(settings)

    # --- the tabs (declared in gui/tabs/registry.py) ----------------------------------------------

    def page(self, key: str) -> QWidget:
        return self.pages[key]

    def current_key(self) -> str:
        return self.specs[self.tabs.currentIndex()].key

    def _tab_changed(self, index: int) -> None:
        if 0 <= index < len(self.specs):
            self.settings.set(LAST_TAB, self.specs[index].key)
            self.settings.set(last_tab_of(self.actor.username), self.specs[index].key)

    def focus_current_tab(self) -> None:
        """Give the keyboard to the shown tab's main control (after sign-in and dialogs)."""
        self.focus_work()

    # the areas tests, screenshots and the desk menu reach by name
    @property
    def patients(self) -> PatientsTab:
        page = self.pages["patients"]
        assert isinstance(page, PatientsTab)
        return page

    @property
    def appointments(self) -> AppointmentsTab:
        page = self.pages["appointments"]
        assert isinstance(page, AppointmentsTab)
        return page

    @property
    def doctors(self) -> DoctorsTab:
        page = self.pages["doctors"]
        assert isinstance(page, DoctorsTab)
        return page

    @property
    def queue(self) -> QueueTab:
        page = self.pages["queue"]
        assert isinstance(page, QueueTab)
        return page

    @property
    def billing(self) -> BillingTab | None:
        page = self.pages.get("billing")
        return page if isinstance(page, BillingTab) else None

    def _idle_text(self) -> str:
        seconds = self.idle.interval_ms // 1000
        if seconds >= 120:
            return self.tr("{} minutes").format(seconds // 60)
        return self.tr("1 second") if seconds <= 1 else self.tr("{} seconds").format(seconds)

    def _build_menus(self) -> None:
        def action(text: str, shortcut: str | QKeySequence.StandardKey | None, slot: object) -> QAction:
            act = QAction(text, self)
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
            act.triggered.connect(slot)
            return act

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        switch_keys, lock_keys = "Ctrl+L", "Ctrl+Shift+L"  # notr: key sequences
        switch = action(self.tr("&Switch user…"), switch_keys, lambda: self.switch_user_requested.emit(""))
        file_menu.addAction(switch)
        lock = action(self.tr("&Lock screen"), lock_keys, lambda: self.lock(self.tr("Locked by you.")))
        file_menu.addAction(lock)
        file_menu.addAction(action(self.tr("&Connection…"), None, self.connection_requested))
        file_menu.addSeparator()
        file_menu.addAction(action(self.tr("&Quit"), "Ctrl+Q", self.request_quit))  # notr: keys
        desk_menu = self.menuBar().addMenu(self.tr("&Desk"))
        # window-wide, so F2 opens a walk-in from any tab; the tab's own copies would be ambiguous
        for spec in self.specs:
            if not spec.visible_to(self.actor):
                continue
            page = self.pages[spec.key]
            own = getattr(page, "own_shortcuts", {})
            for text, keys, step in spec.desk_actions:
                if keys in own:
                    own[keys].setEnabled(False)
                go_do = action(
                    translate_spec(text), keys, lambda _=False, p=page, step=step: self._show_then(p, step)
                )
                desk_menu.addAction(go_do)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for i, spec in enumerate(self.specs):
            keys = f"Ctrl+{i + 1}"  # notr: a key sequence
            go = action(spec.name, keys, lambda _=False, i=i: self.tabs.setCurrentIndex(i))
            view_menu.addAction(go)
        view_menu.addSeparator()
        display = action(self.tr("&Waiting-room display"), "Ctrl+Shift+D", self.open_display)  # notr: keys
        view_menu.addAction(display)
        view_menu.addSeparator()
        view_menu.addAction(action(self.tr("&Language…"), None, self.choose_language))
        self.settings_menu = None
        self.backup_status = None
        if self.actor.role == Role.ADMIN:  # the services check the permission as well
            self.settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
            admin = self.settings_menu
            admin.addAction(action(self.tr("&Clinic…"), None, lambda: self.open_admin("clinic")))
            admin.addAction(action(self.tr("Staff &accounts…"), None, lambda: self.open_admin("staff")))
            prices = action(self.tr("&Price list and GST rates…"), None, lambda: self.open_admin("prices"))
            admin.addAction(prices)
            admin.addAction(action(self.tr("Au&dit trail…"), None, lambda: self.open_admin("audit")))
            admin.addAction(action(self.tr("&Reopen a closed day…"), None, lambda: self.open_admin("reopen")))
            admin.addAction(action(self.tr("Set-up &wizard…"), None, lambda: self.open_admin("wizard")))
            admin.addSeparator()
            admin.addAction(action(self.tr("&E-mail (SMTP)…"), None, self.open_smtp_settings))
            admin.addAction(action(self.tr("&Outbox…"), None, self.open_outbox))
            admin.addAction(action(self.tr("&Triage scale and rules…"), None, self.open_triage_settings))
            from hms_desktop.gui import data_menu

            self.backup_status = data_menu.install(self, self.settings_menu)  # import, backup, status
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(action(self.tr("&About HMS Desktop"), None, self.about))

    def _show_then(self, page: QWidget, step: Callable[[QWidget], None]) -> None:
        self.tabs.setCurrentWidget(page)
        step(page)

    def _build_status_bar(self) -> None:
        db = self.services.db
        backend = {
            "sqlite": self.tr("SQLite (embedded)"),
            "postgresql": "PostgreSQL",
            "oracle": "Oracle",  # notr: a product's name
        }
        who = self.actor.full_name or self.actor.username
        kind = backend.get(db.backend.value, db.backend.value)
        self.status_labels = {  # the status bar's own items: Designer puts no widget in a status bar
            "backend": QLabel(self.tr("Database: {}").format(kind)),
            "profile": QLabel(self.tr("Profile: {}").format(db.profile.name)),
            "user": QLabel(self.tr("User: {} ({})").format(who, self.actor.username)),
            "role": QLabel(self.tr("Role: {}").format(role_name(self.actor.role))),
        }
        for label in self.status_labels.values():
            self.statusBar().addPermanentWidget(label)

    # --- life cycle ------------------------------------------------------------------------

    def start(self) -> None:
        """Load the tabs and start the idle timer (after the window is shown)."""
        for page in self.pages.values():
            if isinstance(page, DeskTab):
                page.start()
        if self.backup_status is not None:
            self.backup_status.start()
        self.idle.start()
        QTimer.singleShot(0, self, self.focus_work)

    def focus_work(self, force: bool = True) -> None:
        """Put the keyboard focus on the current tab's main control (gui/work_focus.py)."""
        self.work_focus.give(force)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self and event.type() == QEvent.Type.WindowActivate:
            # back from a dialog, the sign-in or another program: the focus Qt restores may be the
            # tab bar or nothing, where no tab shortcut reaches
            QTimer.singleShot(0, self, lambda: self.focus_work(force=False))
        return super().eventFilter(watched, event)

    def lock(self, reason: str) -> None:
        if self.stack.currentWidget() is self.lock_panel:
            return
        self.idle.stop()
        self.menuBar().setEnabled(False)
        self.stack.setCurrentWidget(self.lock_panel)
        self.lock_panel.lock(self.services.auth, self.actor, reason)

    @property
    def locked(self) -> bool:
        return self.stack.currentWidget() is self.lock_panel

    def unlock(self) -> None:
        self.stack.setCurrentWidget(self.tabs)
        self.menuBar().setEnabled(True)
        self.idle.start()
        self.focus_work()

    def open_admin(self, which: str) -> QDialog:
        return self.screens.admin(which, self)

    def open_smtp_settings(self) -> QDialog:
        return self.screens.smtp(self)

    def open_outbox(self) -> QDialog:
        return self.screens.outbox(self)

    def open_triage_settings(self) -> QDialog:
        return self.screens.triage(self)

    def open_display(self) -> DisplayController:
        """The waiting-room screen: full screen on the second monitor when there is one."""
        if self.display is None:
            self.display = DisplayController(self.ops, self.services, self.actor, parent=self)
        self.display.show()
        return self.display

    def print_token_slip(self, entry_id: int) -> None:
        self.screens.print_token_slip(entry_id, self)

    @property
    def slip_dialog(self) -> QDialog | None:  # the last token slip shown
        return self.screens.slip_dialog

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About HMS Desktop"),
            f"<b>HMS Desktop</b> {__version__}<br>"  # notr: the product's name
            + self.tr(
                "Front desk for Indian clinics: registration, appointments, triage queue, consultations "
                "and GST billing."
            )
            + "<br><br>"
            + self.tr("Database: {}").format(self.services.db.profile.describe()),
        )

    def choose_language(self) -> QDialog:
        """View > Language…: the desk's language, from the next start (said in the status bar)."""
        from hms_desktop.gui.dialogs.language import LanguageDialog

        dialog = LanguageDialog(self.settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._language_chosen(dialog.changed))
        dialog.open()
        self.language_dialog = dialog
        return dialog

    def _language_chosen(self, changed: bool) -> None:
        if changed:
            self.statusBar().showMessage(
                self.tr("The new language shows the next time HMS Desktop starts."), 15_000
            )

    def unsaved_work(self) -> list[str]:
        """The open forms with input not saved: every guarded form on screen (gui/widgets/
        discard_guard.py) and whatever a tab reports through its own ``unsaved_work()``."""
        from hms_desktop.gui.widgets.discard_guard import unsaved_forms

        names = unsaved_forms()
        for page in self.pages.values():
            report = getattr(page, "unsaved_work", None)
            if callable(report):
                names += [n for n in report() if n not in names]
        return names

    def may_quit(self) -> bool:
        """Nothing unsaved, or the user chose to quit anyway (Keep working is the default)."""
        unsaved = self.unsaved_work()
        if not unsaved:
            return True
        box = QMessageBox(self)
        box.setObjectName("quitQuestion")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Quit HMS Desktop?"))
        box.setText(self.tr("Not saved yet: {}.").format(", ".join(unsaved)))
        box.setInformativeText(self.tr("Quit and lose that input, or keep working?"))
        quit_button = box.addButton(self.tr("&Quit"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Keep working"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is quit_button

    def request_quit(self) -> None:
        """Ctrl+Q / File → Quit: asks first while a form holds unsaved input."""
        if self.may_quit():
            self._quitting = True
            self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        # the title bar's X asks as Quit does; a close the desk asks for (switch user, sign-out) does not
        if event.spontaneous() and not getattr(self, "_quitting", False) and not self.may_quit():
            event.ignore()
            return
        if 0 <= self.tabs.currentIndex() < len(self.specs):  # the tab this user leaves: theirs next time
            self.settings.set(last_tab_of(self.actor.username), self.current_key())
            self.settings.sync()
        self.idle.stop()
        for page in self.pages.values():
            if isinstance(page, DeskTab):
                page.stop()
        if self.display is not None:
            self.display.stop()
        super().closeEvent(event)
