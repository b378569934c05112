"""The connection dialog's form: the fields of one profile, the rows its backend and method need,
the messages at the fields, and the folder and file pickers that check what they can at once (the
choices the combo boxes offer and the rows each needs: connection_choices.py).

Oracle is reached by host/port/service name, an Easy Connect string, a TNS alias in a TNS_ADMIN
folder, or a TLS wallet folder; PostgreSQL takes an SSL mode and certificate files. Only the rows
the chosen backend and method need show; a folder without tnsnames.ora, an alias not in it or a
wallet without ewallet.pem is said at its field.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from hms_desktop.db.profiles import (
    TNSNAMES,
    Backend,
    OracleMethod,
    Profile,
    check_tns_folder,
    check_wallet_folder,
    tns_aliases,
    validate,
)
from hms_desktop.errors import HmsError, ValidationError
from hms_desktop.gui.dialogs.connection_choices import BACKENDS, METHODS, OPTIONAL_ROWS, SSL_MODES, shown_rows
from hms_desktop.gui.forms import find, set_message
from hms_desktop.gui.i18n import localize


def _tr(text: object) -> str:
    """``text`` (a string marked in the "ProfileForm" context) in the desk's language."""
    return QCoreApplication.translate("ProfileForm", str(text))


class ProfileForm:
    """The fields of ``ui``; ``message`` is the label under the form, ``parent`` the dialog (it owns
    the alias completer; the pickers open over the form's window). No reference to the dialog is
    kept, so the dialog's Python wrapper goes when the dialog does."""

    def __init__(self, ui: QWidget, message: QLabel, parent: QWidget) -> None:
        self.message = message
        self.name = find(ui, QLineEdit, "nameEdit")
        self.backend = find(ui, QComboBox, "backendCombo")
        self.host = find(ui, QLineEdit, "hostEdit")
        self.port = find(ui, QLineEdit, "portEdit")
        self.port.setValidator(QIntValidator(1, 65535, self.port))
        self.database = find(ui, QLineEdit, "databaseEdit")
        self.database_label = find(ui, QLabel, "databaseLabel")
        self.user = find(ui, QLineEdit, "userEdit")
        self.password = find(ui, QLineEdit, "passwordEdit")
        self.method = find(ui, QComboBox, "methodCombo")
        self.dsn = find(ui, QLineEdit, "dsnEdit")
        self.dsn_label = find(ui, QLabel, "dsnLabel")
        self.tns_admin = find(ui, QLineEdit, "tnsAdminEdit")
        self.tns_admin_label = find(ui, QLabel, "tnsAdminLabel")
        self.wallet = find(ui, QLineEdit, "walletEdit")
        self.wallet_password = find(ui, QLineEdit, "walletPasswordEdit")
        self.sslmode = find(ui, QComboBox, "sslModeCombo")
        self.sslrootcert = find(ui, QLineEdit, "sslRootCertEdit")
        self.sslcert = find(ui, QLineEdit, "sslCertEdit")
        self.sslkey = find(ui, QLineEdit, "sslKeyEdit")
        self.schema = find(ui, QLineEdit, "schemaEdit")
        fields = ui.findChild(QFormLayout, "fields")
        if fields is None:
            raise HmsError("connection.ui has no form layout named 'fields'")  # notr: a programmer's error
        self.fields: QFormLayout = fields
        # field name -> the row's widget (for showing/hiding rows) and its error label
        self.row_widget: dict[str, QWidget] = {
            "method": self.method, "host": self.host, "port": self.port, "database": self.database,
            "dsn": self.dsn, "tns_admin": self.tns_admin, "wallet": self.wallet,
            "wallet_password": self.wallet_password, "sslmode": self.sslmode,
            "sslrootcert": self.sslrootcert, "sslcert": self.sslcert, "sslkey": self.sslkey,
            "schema": self.schema,
        }  # fmt: skip
        error_names = {
            "name": "nameError", "host": "hostError", "port": "portError", "database": "databaseError",
            "dsn": "dsnError", "tns_admin": "tnsAdminError", "wallet": "walletError",
            "wallet_password": "walletPasswordError", "sslmode": "sslModeError",
            "sslrootcert": "sslRootCertError", "sslcert": "sslCertError", "sslkey": "sslKeyError",
            "user": "userError", "schema": "schemaError",
        }  # fmt: skip
        self.errors: dict[str, QLabel] = {f: find(ui, QLabel, n) for f, n in error_names.items()}
        self.picker_rows: dict[QWidget, QHBoxLayout] = {}
        for edit, row_name in (
            (self.wallet, "walletRow"),
            (self.tns_admin, "tnsAdminRow"),
            (self.sslrootcert, "sslRootCertRow"),
            (self.sslcert, "sslCertRow"),
            (self.sslkey, "sslKeyRow"),
        ):
            row = ui.findChild(QHBoxLayout, row_name)
            if row is None:
                raise HmsError(f"connection.ui has no row layout named {row_name!r}")  # notr: a bug
            self.picker_rows[edit] = row
        for backend, text, _label, _port in BACKENDS:
            self.backend.addItem(_tr(text), backend.value)
        for method, text in METHODS:
            self.method.addItem(_tr(text), method.value)
        for mode, text in SSL_MODES:
            self.sslmode.addItem(_tr(text), mode)
        self.backend.currentIndexChanged.connect(self.backend_changed)
        self.method.currentIndexChanged.connect(self.backend_changed)
        self.sslmode.currentIndexChanged.connect(self.backend_changed)
        find(ui, QPushButton, "tnsAdminButton").clicked.connect(lambda: self.choose_folder("tns_admin"))
        find(ui, QPushButton, "walletButton").clicked.connect(lambda: self.choose_folder("wallet"))
        for field, button in (
            ("sslrootcert", "sslRootCertButton"),
            ("sslcert", "sslCertButton"),
            ("sslkey", "sslKeyButton"),
        ):
            find(ui, QPushButton, button).clicked.connect(lambda _=False, f=field: self.choose_file(f))
        self.aliases = QStringListModel(parent)
        completer = QCompleter(self.aliases, parent)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.dsn.setCompleter(completer)
        self.tns_admin.editingFinished.connect(lambda: self.check_folder("tns_admin"))
        self.wallet.editingFinished.connect(lambda: self.check_folder("wallet"))

    # --- values ----------------------------------------------------------------------------

    def fill(self, profile: Profile) -> None:
        """Show ``profile`` (no password: a typed one is asked for again)."""
        self.name.setText(profile.name)
        self.backend.setCurrentIndex(max(0, self.backend.findData(profile.backend.value)))
        self.method.setCurrentIndex(max(0, self.method.findData(profile.method.value)))
        self.sslmode.setCurrentIndex(max(0, self.sslmode.findData(profile.sslmode)))
        self.host.setText(profile.host)
        self.port.setText(str(profile.port) if profile.port else "")
        self.database.setText(profile.database)
        self.user.setText(profile.user)
        for edit, value in (
            (self.dsn, profile.dsn),
            (self.tns_admin, profile.tns_admin),
            (self.wallet, profile.wallet),
            (self.sslrootcert, profile.sslrootcert),
            (self.sslcert, profile.sslcert),
            (self.sslkey, profile.sslkey),
            (self.schema, profile.schema),
        ):
            edit.setText(value)
        self.password.clear()
        self.wallet_password.clear()

    def clear(self) -> None:
        """An empty form for a new profile (a PostgreSQL server, the most usual)."""
        self.name.clear()
        self.backend.setCurrentIndex(1)
        self.method.setCurrentIndex(0)
        self.sslmode.setCurrentIndex(0)
        for edit in (
            self.host, self.database, self.user, self.password, self.dsn, self.tns_admin, self.wallet,
            self.wallet_password, self.sslrootcert, self.sslcert, self.sslkey, self.schema,
        ):  # fmt: skip
            edit.clear()
        self.port.clear()

    def set_embedded(self, embedded: bool) -> None:
        """The embedded profile's name, backend and file are fixed."""
        for w in (self.name, self.backend, self.database):
            w.setEnabled(not embedded)

    # --- rows ------------------------------------------------------------------------------

    def visible_rows(self) -> tuple[str, ...]:
        """The optional rows the chosen backend, Oracle method and SSL mode need."""
        files = any(e.text().strip() for e in (self.sslrootcert, self.sslcert, self.sslkey))
        backend = Backend(self.backend.currentData())
        oracle = (
            OracleMethod(self.method.currentData()) if backend is Backend.ORACLE else OracleMethod.SERVICE
        )
        return shown_rows(backend, oracle, self.sslmode.currentData(), files)

    def backend_changed(self, _index: int = 0) -> None:
        backend, _text, label, port = BACKENDS[self.backend.currentIndex()]
        server = backend is not Backend.SQLITE
        shown = self.visible_rows()
        for field in OPTIONAL_ROWS:
            self._show_row(field, field in shown)
        self.database_label.setText(_tr(label))
        for w in (self.host, self.port, self.user, self.password):
            w.setEnabled(server)
        for w in (self.user, self.password):
            self._show_row_of(w, server)
        self.port.setPlaceholderText(str(port) if server else "")
        if self.port.text() in ("1521", "5432"):
            self.port.clear()  # the backend's default port: shown as the placeholder
        method = OracleMethod(self.method.currentData())
        easy = backend is Backend.ORACLE and method is OracleMethod.EASY_CONNECT
        self.dsn_label.setText(
            QCoreApplication.translate("ProfileForm", "&Easy Connect")
            if easy
            else QCoreApplication.translate("ProfileForm", "TNS al&ias")
        )
        self.dsn.setPlaceholderText(
            QCoreApplication.translate(
                "ProfileForm", "e.g. dbhost:1521/ORCLPDB1 or tcps://dbhost:2484/ORCLPDB1"
            )
            if easy
            else QCoreApplication.translate(
                "ProfileForm", "an entry of tnsnames.ora, e.g. hmsdb or hmsdb_high"
            )
        )
        wallet = backend is Backend.ORACLE and method is OracleMethod.WALLET
        self.tns_admin_label.setText(
            QCoreApplication.translate("ProfileForm", "&TNS folder")
            if not wallet
            else QCoreApplication.translate("ProfileForm", "&TNS folder (if apart)")
        )
        self.tns_admin.setPlaceholderText(
            QCoreApplication.translate("ProfileForm", "the wallet folder's own tnsnames.ora is used")
            if wallet
            else QCoreApplication.translate("ProfileForm", "the folder holding tnsnames.ora (TNS_ADMIN)")
        )
        for field in OPTIONAL_ROWS:
            if field not in shown and field in self.errors:
                self.set_error(field, "")
        self.offer_aliases()

    def _show_row_of(self, widget: QWidget, visible: bool) -> None:
        # an edit with its Choose… button sits in a row layout: that layout is the form's field
        layout = self.picker_rows.get(widget)
        if layout is not None:
            self.fields.setRowVisible(layout, visible)
        else:
            self.fields.setRowVisible(widget, visible)

    def _show_row(self, field: str, visible: bool) -> None:
        self._show_row_of(self.row_widget[field], visible)

    # --- errors at the fields --------------------------------------------------------------

    def set_error(self, field: str, text: str) -> None:
        label = self.errors.get(field)
        if label is None:
            return
        label.setText(text)
        self._show_row_of(label, bool(text))

    def clear_errors(self) -> None:
        for field in self.errors:
            self.set_error(field, "")
        set_message(self.message, "")

    def show_error(self, error: HmsError) -> None:
        """A ValidationError at its fields, a mapped error with a field at that field, else below."""
        self.clear_errors()
        error = localize(error)  # the profile's own checks ran on this thread, not through Ops
        if isinstance(error, ValidationError):
            by_field = dict(error.errors)
        elif error.field:
            by_field = {error.field: error.message}
        else:
            set_message(self.message, error.message)
            return
        rest: list[str] = []
        shown = {"name", "user", *self.visible_rows()}
        for field, text in by_field.items():
            if field in self.errors and field in shown:
                self.set_error(field, text)
            else:
                rest.append(text)
        set_message(
            self.message,
            " ".join(rest)
            or QCoreApplication.translate("ProfileForm", "Please correct the fields marked in red."),
        )

    def error_text(self, field: str) -> str:
        return self.errors[field].text()

    # --- folder and file pickers -----------------------------------------------------------

    def choose_folder(self, field: str) -> None:
        edit = self.tns_admin if field == "tns_admin" else self.wallet
        title = (
            QCoreApplication.translate("ProfileForm", "Folder holding tnsnames.ora (TNS_ADMIN)")
            if field == "tns_admin"
            else QCoreApplication.translate("ProfileForm", "Wallet folder (unzipped)")
        )
        chosen = QFileDialog.getExistingDirectory(self.name.window(), title, edit.text() or str(Path.home()))
        if chosen:
            edit.setText(chosen)
            self.check_folder(field)

    def check_folder(self, field: str) -> None:
        """Say at once what a chosen folder lacks (no tnsnames.ora, no ewallet.pem)."""
        text = (self.tns_admin if field == "tns_admin" else self.wallet).text().strip()
        if not text or field not in self.visible_rows():
            self.set_error(field, "")
            return
        try:
            if field == "wallet":
                check_wallet_folder(text)
            else:
                check_tns_folder(text)
        except ValidationError as exc:
            self.set_error(field, next(iter(localize(exc).errors.values())))
        else:
            self.set_error(field, "")
        self.offer_aliases()

    def offer_aliases(self) -> None:
        """Suggest the entries of the tnsnames.ora the form names as the alias is typed."""
        backend = Backend(self.backend.currentData())
        method = OracleMethod(self.method.currentData())
        folder = ""
        if backend is Backend.ORACLE and method is OracleMethod.TNS_ALIAS:
            folder = self.tns_admin.text().strip()
        elif backend is Backend.ORACLE and method is OracleMethod.WALLET:
            folder = self.tns_admin.text().strip() or self.wallet.text().strip()
        names = tns_aliases(Path(folder).expanduser() / TNSNAMES) if folder else []
        self.aliases.setStringList(names)
        self.dsn.setToolTip(
            QCoreApplication.translate("ProfileForm", "Entries in its tnsnames.ora: {names}").format(
                names=", ".join(names)
            )
            if names
            else ""
        )

    def choose_file(self, field: str) -> None:
        edit = {"sslrootcert": self.sslrootcert, "sslcert": self.sslcert, "sslkey": self.sslkey}[field]
        title = {
            "sslrootcert": QCoreApplication.translate("ProfileForm", "The server's CA certificate"),
            "sslcert": QCoreApplication.translate("ProfileForm", "Client certificate"),
            "sslkey": QCoreApplication.translate("ProfileForm", "Client certificate key"),
        }[field]
        chosen, _filter = QFileDialog.getOpenFileName(
            self.name.window(),
            title,
            edit.text() or str(Path.home()),
            QCoreApplication.translate("ProfileForm", "Certificates and keys ({patterns})").format(
                patterns="*.crt *.pem *.key"  # notr: a file filter's pattern part
            )
            + ";;"
            + QCoreApplication.translate("ProfileForm", "All files ({patterns})").format(patterns="*"),
        )
        if chosen:
            edit.setText(chosen)
            self.set_error(field, "")

    # --- reading ---------------------------------------------------------------------------

    def read(self) -> Profile:
        """The profile the form describes, checked (raises ValidationError by field)."""
        backend = Backend(self.backend.currentData())
        name = self.name.text().strip()
        if not name:
            no_name = QCoreApplication.translate("ProfileForm", "Give the profile a name.")
            raise ValidationError({"name": no_name})
        if backend is Backend.SQLITE:
            return Profile(name, backend, database=self.database.text().strip())
        shown = self.visible_rows()

        def value(field: str, edit: QLineEdit) -> str:
            return edit.text().strip() if field in shown else ""

        method = (
            OracleMethod(self.method.currentData()) if backend is Backend.ORACLE else OracleMethod.SERVICE
        )
        profile = Profile(
            name,
            backend,
            host=value("host", self.host),
            port=int(self.port.text() or 0) if "port" in shown else 0,
            database=value("database", self.database),
            user=self.user.text().strip(),
            method=method,
            dsn=value("dsn", self.dsn),
            tns_admin=value("tns_admin", self.tns_admin),
            wallet=value("wallet", self.wallet),
            sslmode=str(self.sslmode.currentData() or "") if "sslmode" in shown else "",
            sslrootcert=value("sslrootcert", self.sslrootcert),
            sslcert=value("sslcert", self.sslcert),
            sslkey=value("sslkey", self.sslkey),
            schema=value("schema", self.schema),
        )
        validate(profile)
        return profile
