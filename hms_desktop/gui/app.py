"""The composition root: QApplication -> database (on a worker) -> services -> dialogs -> main window.

Nothing else builds services or opens databases; every window gets what it needs through its
constructor. The sign-in dialog appears at once and doubles as the start-up progress display while
the chosen connection profile is opened on a worker with a deadline (the database layer is imported
there too, so the first window does not wait for SQLAlchemy). Then: no account yet -> "create the
first administrator"; sign in -> main window. Switching user or connection comes back here.
"""

from __future__ import annotations

import argparse
import dataclasses
import logging
import os
import sys
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from hms_desktop.domain.enums import Role
from hms_desktop.errors import CannotConnect, HmsError
from hms_desktop.gui.dialogs.login import LoginDialog
from hms_desktop.gui.forms import apply_style, set_message
from hms_desktop.gui.ops import Ops
from hms_desktop.gui.settings import IDLE_LOCK_SECONDS, LANGUAGE, Settings

if TYPE_CHECKING:
    from hms_desktop.db.profiles import Profile
    from hms_desktop.gui.backup_status import AutoBackup
    from hms_desktop.gui.main_window import MainWindow
    from hms_desktop.services.clinic_types import ClinicInfo
    from hms_desktop.services.container import Services
    from hms_desktop.services.context import Actor

log = logging.getLogger(__name__)

OPEN_TIMEOUT_S = 180  # the first start builds the schema and the demo clinic
FIRST_PAINT_WAIT_MS = 500  # the database opens this long after start-up at the latest (see start)
# printed to the terminal before Qt starts (no translator can be installed without a display)
NO_DISPLAY = (
    "HMS Desktop needs a display, and none was found (DISPLAY and WAYLAND_DISPLAY are not set).\n"  # notr
    "Run it on a desktop session, or under a virtual X server:  xvfb-run -a hms-desktop\n"
    "(or `make run`, which does that for you), or without any window: QT_QPA_PLATFORM=offscreen hms-desktop"
)


def display_problem(env: dict[str, str] | None = None, platform: str = sys.platform) -> str | None:
    """The message to print instead of letting Qt abort when there is no display (Linux only)."""
    env = dict(os.environ) if env is None else env
    if not platform.startswith("linux") or env.get("QT_QPA_PLATFORM"):
        return None
    if env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        return None
    return NO_DISPLAY


# the terminal's --help: printed before the language is known (--language chooses it), not the desk
CLI_HELP = {
    "description": "HMS Desktop, the clinic front desk.",  # notr: terminal help
    "profile": "open this connection profile instead of the chosen one",  # notr: terminal help
    "db": "open this embedded SQLite file",  # notr: terminal help
    "connect": "show the connection dialog first",  # notr: terminal help
    "no-demo": "do not put the demo clinic into a new database",  # notr: terminal help
    "language": (
        "show the desk in this language this time (the desk's own choice is View > Language…)"  # notr
    ),
}


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="hms-desktop", description=CLI_HELP["description"])
    p.add_argument("--profile", metavar="NAME", help=CLI_HELP["profile"])
    p.add_argument("--db", metavar="PATH", help=CLI_HELP["db"])
    p.add_argument("--connect", action="store_true", help=CLI_HELP["connect"])
    p.add_argument("--no-demo", action="store_true", help=CLI_HELP["no-demo"])
    p.add_argument("--language", choices=("system", "en", "hi"), help=CLI_HELP["language"])
    return p.parse_args(argv)


@dataclasses.dataclass(frozen=True)
class Opened:
    profile: Profile
    services: Services
    needs_first_admin: bool
    clinic: ClinicInfo


def open_backend(args: argparse.Namespace, profile: Profile | None, password: str | None) -> Opened:
    """Runs on a worker: resolve the profile, open and migrate it, build the services."""
    from hms_desktop import bootstrap, config, secrets
    from hms_desktop.db.profiles import Backend
    from hms_desktop.services.container import build_services

    if profile is None:
        if args.db:
            profile = config.embedded_profile(args.db)
        elif args.profile:
            profile = config.ProfileStore().get(args.profile)
        else:
            profile = config.ProfileStore().chosen()
    if profile.backend is Backend.SQLITE:
        db = bootstrap.open_embedded(profile.database or None, seed_demo=not args.no_demo)
    else:
        password = password or secrets.get_db_password(profile)
        if not password:
            # translate() is thread-safe: this runs on the worker, and the sign-in window shows it
            raise CannotConnect(
                QCoreApplication.translate(
                    "DeskApp", "No password is stored for {profile}. Enter it under Connection…."
                ).format(profile=profile.describe())
            )
        db = bootstrap.open_database(profile, password)
    services = build_services(db)
    return Opened(profile, services, services.auth.needs_first_admin(), services.clinic.settings())


class DeskApp(QObject):
    """Owns the flow between windows and the one open database."""

    def __init__(self, args: argparse.Namespace, ops: Ops, settings: Settings) -> None:
        super().__init__()
        self.args, self.ops, self.settings = args, ops, settings
        self.opened: Opened | None = None
        self.auto_backup: AutoBackup | None = None
        self.window: MainWindow | None = None
        self.dialog: QDialog | None = None
        self.login = LoginDialog(ops, settings)
        self.login.connection_requested.connect(self.choose_connection)
        self.login.signed_in.connect(self.show_main_window)
        self.login.rejected.connect(self.quit)
        ops.session_ended.connect(self.session_ended)

    def session_ended(self, message: str) -> None:
        """A service refused the signed-in account (disabled, locked, role changed): back to sign-in,
        saying why. Several refusals at once (a tab's poll and a save) sign out once."""
        if self.window is not None:
            self.switch_user(message)

    def start(self) -> None:
        self.login.show()
        if self.args.connect:
            QTimer.singleShot(0, self.choose_connection)
            return
        # The worker that opens the database imports SQLAlchemy and the services (~0.3 s of Python):
        # started before the window's first paint, it held the GIL the GUI thread needed for every
        # event on the way to that paint, and the sign-in window came up tens of ms later. So it
        # starts once the window is painted, or after FIRST_PAINT_WAIT_MS if no paint comes
        # (a minimised or hidden start), whichever is first.
        started = False

        def open_once() -> None:
            nonlocal started
            if not started:
                started = True
                self.open(None, None)

        self.login.first_painted.connect(lambda: QTimer.singleShot(0, open_once))
        QTimer.singleShot(FIRST_PAINT_WAIT_MS, open_once)

    def open(self, profile: Profile | None, password: str | None) -> None:
        self.login.set_opening(self.tr("Opening the database…"), profile.describe() if profile else "")
        args = self.args
        self.ops.run(
            lambda: open_backend(args, profile, password),
            self._opened,
            self._open_failed,
            timeout_s=OPEN_TIMEOUT_S,
            what=self.tr("opening the database"),
            report_connection=False,
        )

    def _open_failed(self, error: HmsError) -> None:
        hint = self.tr("Use Connection… to choose or fix the database.")
        self.login.set_failed(f"{error.message}\n{hint}")

    def _opened(self, opened: Opened) -> None:
        if self.auto_backup is not None:  # the database we leave gets its backup, as at quit
            self.auto_backup.at_quit()
        if self.opened is not None and self.opened.services.db is not opened.services.db:
            self.opened.services.db.dispose()
        self.opened = opened
        from hms_desktop.gui.backup_status import AutoBackup

        self.auto_backup = AutoBackup(self.ops, opened.services)  # embedded only: daily + at quit
        self.auto_backup.daily()
        if opened.needs_first_admin:
            from hms_desktop.gui.dialogs.first_admin import FirstAdminDialog

            dlg = FirstAdminDialog(self.ops, opened.services.auth)
            dlg.accepted.connect(lambda: self.set_up(dlg.actor))
            dlg.rejected.connect(self.quit)
            self.dialog = dlg
            dlg.show()
            self.login.hide()
        else:
            self._ready()

    def set_up(self, actor: Actor | None) -> None:
        """The set-up wizard, right after the first administrator exists (every page skippable)."""
        if actor is None:
            self._ready()
            return
        from hms_desktop.gui.admin.wizard import SetupWizard

        assert self.opened is not None
        wizard = SetupWizard(self.ops, self.opened.services, actor, self.settings)
        wizard.finished.connect(lambda _r: self._set_up_done(actor.username))
        self.dialog = wizard
        wizard.show()
        wizard.start()

    def _set_up_done(self, username: str) -> None:
        """Rebuild the services with the clinic's own time zone and name, then the sign-in."""
        assert self.opened is not None
        opened = self.opened

        def rebuild() -> Opened:
            from hms_desktop.services.container import build_services

            info = opened.services.clinic.settings()
            return dataclasses.replace(opened, services=build_services(opened.services.db), clinic=info)

        def done(new: Opened) -> None:
            self.opened = new
            self._ready(username, self.tr("The clinic is set up. Sign in to start."))

        self.ops.run(
            rebuild,
            done,
            lambda _e: self._ready(username),
            timeout_s=30,
            what=self.tr("reading the settings"),
        )

    def _ready(self, username: str = "", message: str = "") -> None:
        assert self.opened is not None
        o = self.opened
        self.login.set_ready(o.services.auth, o.clinic.display_name, o.profile.describe(), username)
        if message:
            set_message(self.login.message, message)
        self.login.show()

    def idle_ms(self) -> int:
        override = self.settings.get(IDLE_LOCK_SECONDS)
        if override > 0:
            return override * 1000
        minutes = self.opened.clinic.idle_lock_min if self.opened else 10
        return max(1, minutes) * 60_000

    def show_main_window(self, actor: Actor) -> None:
        from hms_desktop.gui.main_window import MainWindow

        assert self.opened is not None
        o = self.opened
        name = o.clinic.display_name
        self.window = MainWindow(self.ops, o.services, actor, self.settings, self.idle_ms(), name)
        self.window.switch_user_requested.connect(self.switch_user)
        self.window.connection_requested.connect(self.choose_connection)
        self.window.show()
        self.window.start()
        from hms_desktop.gui.mail_pump import MailPump

        self.mail_pump = MailPump(self.ops, o.services, self.window)  # dies with the window
        self.mail_pump.start()
        if actor.role is Role.DOCTOR:  # build the ICD-10 index now, not on the first diagnosis typed
            import threading

            from hms_desktop.domain import icd10

            threading.Thread(target=icd10.warm, name="icd10-warm", daemon=True).start()

    def _close_window(self) -> None:
        if self.window is not None:
            window, self.window = self.window, None
            window.close()
            window.deleteLater()

    def switch_user(self, message: str = "") -> None:
        self._ready(message=message)  # show the sign-in dialog before closing the last window
        self._close_window()

    def choose_connection(self, message: str = "") -> None:
        from hms_desktop.config import ProfileStore
        from hms_desktop.gui.dialogs.connection import ConnectionDialog

        current = self.opened.profile.name if self.opened else None
        parent = self.window or self.login
        dlg = ConnectionDialog(self.ops, ProfileStore(), self.settings, current, message or "", parent)
        dlg.accepted.connect(lambda: self._connection_chosen(dlg))
        self.dialog = dlg
        dlg.open()

    def _connection_chosen(self, dlg: Any) -> None:
        self.login.show()
        self._close_window()
        self.open(dlg.chosen, dlg.chosen_password)

    def quit(self) -> None:
        if self.window is None:
            QApplication.quit()

    def interrupted(self) -> None:
        """Ctrl+C in the terminal: close the window (no question: the terminal asked) and quit."""
        log.info("interrupted from the terminal: quitting")
        self._close_window()
        QApplication.quit()

    def shutdown(self) -> None:
        if self.auto_backup is not None:
            self.auto_backup.at_quit()
            self.auto_backup = None
        if self.opened is not None:
            self.opened.services.db.dispose()


def quit_on_interrupt(app: QApplication, desk: DeskApp) -> QTimer:
    """Ctrl+C (SIGINT) quits cleanly instead of printing a KeyboardInterrupt traceback from whatever
    slot ran next (and going on). Python runs its signal handler only between bytecodes, and Qt's
    event loop runs none while idle: the returned timer wakes the interpreter four times a second."""
    import signal

    signal.signal(signal.SIGINT, lambda _sig, _frame: QTimer.singleShot(0, desk.interrupted))
    wake = QTimer(app)
    wake.timeout.connect(lambda: None)
    wake.start(250)
    return wake


def _report_shown(login: LoginDialog) -> None:
    import time

    QApplication.processEvents()  # let the expose and first paint happen
    print(f"login-shown {time.time():.6f} visible={login.isVisible()}", flush=True)
    os._exit(0)  # skip interpreter teardown: the worker may still be importing


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 2
    from hms_desktop import logsetup

    logsetup.configure()  # the user's log folder, 0600, no patient data (hms_desktop/logsetup.py)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from hms_desktop.gui.gc_guard import GuiThreadCollector

    collector = GuiThreadCollector(app)  # Qt objects are only ever collected on the GUI thread
    collector.start()
    app.setApplicationName("HMS Desktop")
    app.setOrganizationName("hms-desktop")
    settings = Settings()
    from hms_desktop.gui import i18n

    # before any window is built: the forms and every tr() read the translators as they are made
    i18n.install(app, i18n.resolve(args.language or settings.get(LANGUAGE)))
    apply_style(app)  # type: ignore[arg-type]
    from hms_desktop.gui import fit_screen

    fit_screen.install(app)  # type: ignore[arg-type]  # every window fits a 1366x768 desk screen
    ops = Ops(app)
    desk = DeskApp(args, ops, settings)
    app.aboutToQuit.connect(desk.shutdown)
    wake = quit_on_interrupt(app, desk)  # type: ignore[arg-type]  # noqa: F841 (lives with the app)
    desk.start()
    if os.environ.get("HMS_BENCH_EXIT_ON_LOGIN"):  # tests/bench: process start -> sign-in shown
        QTimer.singleShot(0, lambda: _report_shown(desk.login))
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main())
