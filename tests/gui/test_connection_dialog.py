"""Connection profiles: a real failed Oracle test, saving (password to the keychain), choosing; the
Oracle methods (Easy Connect, TNS alias, wallet) and PostgreSQL TLS, each showing only its rows,
with bad input named at the field; and the dialog rendered for each method at a 1366x768 desk."""

from __future__ import annotations

import socket
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from hms_desktop import secrets
from hms_desktop.config import EMBEDDED_NAME, ProfileStore
from hms_desktop.db.profiles import Backend, OracleMethod, Profile
from hms_desktop.gui.dialogs.connection import ConnectionDialog
from hms_desktop.gui.ops import Ops
from hms_desktop.gui.settings import Settings
from tests.tls_certs import issue, make_ca, pem_wallet

ORACLE = Profile("hospital-oracle", Backend.ORACLE, "127.0.0.1", 1, "HMSPDB", "hms_app")


def dialog(
    qtbot: QtBot, ops: Ops, store: ProfileStore, settings: Settings, current: str | None
) -> ConnectionDialog:
    dlg = ConnectionDialog(ops, store, settings, current=current)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def test_oracle_listener_down_is_reported_in_the_form(
    qtbot: QtBot, ops: Ops, tmp_path: Path, settings: Settings
) -> None:
    store = ProfileStore(tmp_path / "profiles.json")
    store.add(ORACLE)
    dlg = dialog(qtbot, ops, store, settings, current=ORACLE.name)
    assert dlg.name.text() == ORACLE.name and dlg.database_label.text() == "Service name"
    dlg.password.setText("tiger")
    started = time.monotonic()
    qtbot.mouseClick(dlg.test_button, Qt.MouseButton.LeftButton)
    assert not dlg.test_button.isEnabled()  # the UI thread is free while the worker connects
    qtbot.waitUntil(dlg.test_button.isEnabled, timeout=20_000)
    assert time.monotonic() - started < 10
    assert dlg.message.text().startswith("Cannot reach the database server.")  # DPY-6005, mapped
    assert dlg.message.property("level") == "error"


def test_embedded_file_tests_ok(qtbot: QtBot, ops: Ops, tmp_path: Path, settings: Settings) -> None:
    dlg = dialog(qtbot, ops, ProfileStore(tmp_path / "profiles.json"), settings, current=None)
    dlg.new_profile()
    dlg.name.setText("lab-copy")
    dlg.backend.setCurrentIndex(dlg.backend.findData("sqlite"))
    assert not dlg.host.isEnabled() and dlg.database_label.text() == "Database file"
    dlg.database.setText(str(tmp_path / "copy.db"))
    dlg.test_connection()
    qtbot.waitUntil(dlg.test_button.isEnabled, timeout=20_000)
    # a new file has no schema: the test connects, and says the schema must be created first
    assert "schema" in dlg.message.text() or dlg.message.text().startswith("Connected")


def test_save_keeps_the_password_in_the_keychain_only(
    qtbot: QtBot, ops: Ops, tmp_path: Path, settings: Settings
) -> None:
    store = ProfileStore(tmp_path / "profiles.json")
    dlg = dialog(qtbot, ops, store, settings, current=None)
    dlg.new_profile()
    dlg.name.setText("clinic-postgres")
    dlg.host.setText("db.clinic.lan")
    dlg.database.setText("hms")
    dlg.user.setText("hms_app")
    dlg.password.setText("s3cret-db-pass")
    saved = dlg.save_profile()
    assert saved == Profile("clinic-postgres", Backend.POSTGRESQL, "db.clinic.lan", 0, "hms", "hms_app")
    assert store.list() == (saved,)
    assert "s3cret-db-pass" not in store.path.read_text()
    assert secrets.get_db_password(saved) == "s3cret-db-pass"
    assert dlg.message.text() == "Profile saved; the password is in the system keychain."


def test_missing_fields_are_named_at_the_fields(
    qtbot: QtBot, ops: Ops, tmp_path: Path, settings: Settings
) -> None:
    dlg = dialog(qtbot, ops, ProfileStore(tmp_path / "profiles.json"), settings, current=None)
    dlg.new_profile()
    dlg.name.setText("half")
    assert dlg.save_profile() is None
    assert dlg.error_text("host") == "Enter the host." and dlg.error_text("database") == "Enter the database."
    assert dlg.errors["host"].isVisible() and not dlg.errors["schema"].isVisible()
    assert dlg.message.text() == "Please correct the fields marked in red."


def test_choosing_the_embedded_database(qtbot: QtBot, ops: Ops, tmp_path: Path, settings: Settings) -> None:
    store = ProfileStore(tmp_path / "profiles.json")
    store.add(ORACLE)
    dlg = dialog(qtbot, ops, store, settings, current=EMBEDDED_NAME)
    assert not dlg.save_button.isEnabled() and not dlg.delete_button.isEnabled()
    with qtbot.waitSignal(dlg.accepted):
        dlg.use_profile()
    assert dlg.chosen is not None and dlg.chosen.backend is Backend.SQLITE
    assert store.load().chosen == EMBEDDED_NAME


# --- Oracle methods and PostgreSQL TLS -------------------------------------------------------


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def tns_folder(path: Path, port: int, protocol: str = "TCP", alias: str = "hmsdb") -> Path:
    path.mkdir(parents=True, exist_ok=True)
    (path / "tnsnames.ora").write_text(
        f"{alias} = (DESCRIPTION=(ADDRESS=(PROTOCOL={protocol})(HOST=localhost)(PORT={port}))"
        "(CONNECT_DATA=(SERVICE_NAME=HMSPDB)))\n",
        encoding="ascii",
    )
    return path


def choose(dlg: ConnectionDialog, backend: str, method: str | None = None) -> None:
    dlg.backend.setCurrentIndex(dlg.backend.findData(backend))
    if method is not None:
        dlg.method.setCurrentIndex(dlg.method.findData(method))


def shown(dlg: ConnectionDialog) -> set[str]:
    return {f for f, w in dlg.row_widget.items() if w.isVisible()}


def test_each_method_shows_only_its_rows(qtbot: QtBot, ops: Ops, tmp_path: Path, settings: Settings) -> None:
    dlg = dialog(qtbot, ops, ProfileStore(tmp_path / "profiles.json"), settings, current=None)
    dlg.new_profile()
    choose(dlg, "oracle", "service")
    assert shown(dlg) == {"method", "host", "port", "database", "schema"}
    choose(dlg, "oracle", "easy-connect")
    assert shown(dlg) == {"method", "dsn", "schema"} and dlg.dsn_label.text() == "&Easy Connect"
    choose(dlg, "oracle", "tns-alias")
    assert shown(dlg) == {"method", "tns_admin", "dsn", "schema"} and dlg.dsn_label.text() == "TNS al&ias"
    choose(dlg, "oracle", "wallet")
    assert shown(dlg) == {"method", "wallet", "tns_admin", "dsn", "wallet_password", "schema"}
    choose(dlg, "postgresql")
    assert shown(dlg) == {"host", "port", "database", "sslmode", "schema"}
    dlg.sslmode.setCurrentIndex(dlg.sslmode.findData("verify-full"))
    assert shown(dlg) == {"host", "port", "database", "sslmode", "sslrootcert", "sslcert", "sslkey", "schema"}
    choose(dlg, "sqlite")
    assert shown(dlg) == {"database"}


def test_a_tns_folder_without_tnsnames_is_named_when_chosen(
    qtbot: QtBot, ops: Ops, tmp_path: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    dlg = dialog(qtbot, ops, ProfileStore(tmp_path / "profiles.json"), settings, current=None)
    dlg.new_profile()
    choose(dlg, "oracle", "tns-alias")
    (tmp_path / "empty").mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(tmp_path / "empty"))
    qtbot.mouseClick(dlg.findChild(QPushButton, "tnsAdminButton"), Qt.MouseButton.LeftButton)
    assert dlg.tns_admin.text() == str(tmp_path / "empty")
    assert dlg.error_text("tns_admin") == f"The folder {tmp_path / 'empty'} has no tnsnames.ora."
    assert dlg.errors["tns_admin"].isVisible()
    assert dlg.aliases.stringList() == []
    tns_folder(tmp_path / "empty", 1)
    dlg.tns_admin.editingFinished.emit()
    assert dlg.error_text("tns_admin") == "" and not dlg.errors["tns_admin"].isVisible()
    assert dlg.aliases.stringList() == ["hmsdb"]  # offered as the alias is typed
    assert dlg.dsn.completer().model() is dlg.aliases
    choose(dlg, "oracle", "easy-connect")
    assert dlg.aliases.stringList() == []


def test_tns_alias_test_connection_reaches_the_listener_it_names(
    qtbot: QtBot, ops: Ops, tmp_path: Path, settings: Settings
) -> None:
    tns = tns_folder(tmp_path / "tns", closed_port())
    dlg = dialog(qtbot, ops, ProfileStore(tmp_path / "profiles.json"), settings, current=None)
    dlg.new_profile()
    dlg.name.setText("clinic-tns")
    choose(dlg, "oracle", "tns-alias")
    dlg.tns_admin.setText(str(tns))
    dlg.dsn.setText("hms_reports")
    dlg.user.setText("hms_desk")
    dlg.test_connection()
    assert dlg.test_button.isEnabled()  # refused at the field, no connection attempted
    assert (
        dlg.error_text("dsn") == f"There is no entry 'hms_reports' in {tns / 'tnsnames.ora'}. It has: hmsdb."
    )
    dlg.dsn.setText("hmsdb")
    dlg.password.setText("pw")
    dlg.test_connection()
    qtbot.waitUntil(dlg.test_button.isEnabled, timeout=20_000)
    assert dlg.message.text().startswith("Cannot reach the database server.")  # a real DPY-6005
    assert dlg.error_text("dsn") == ""


def test_easy_connect_typo_is_named(qtbot: QtBot, ops: Ops, tmp_path: Path, settings: Settings) -> None:
    dlg = dialog(qtbot, ops, ProfileStore(tmp_path / "profiles.json"), settings, current=None)
    dlg.new_profile()
    dlg.name.setText("ez")
    choose(dlg, "oracle", "easy-connect")
    dlg.dsn.setText("dbhost:15x/HMSPDB")
    dlg.schema.setText("hms owner")
    assert dlg.save_profile() is None
    assert dlg.error_text("dsn").startswith("Not an Easy Connect string")
    assert dlg.error_text("schema").startswith("A schema name is 1 to 30")
    dlg.dsn.setText("dbhost:1521/HMSPDB")
    dlg.schema.setText("HMS_OWNER")
    saved = dlg.save_profile()
    assert saved == Profile(
        "ez", Backend.ORACLE, method=OracleMethod.EASY_CONNECT, dsn="dbhost:1521/HMSPDB", schema="HMS_OWNER"
    )


def test_wallet_password_is_checked_at_its_field_and_kept_in_the_keychain(
    qtbot: QtBot, ops: Ops, tmp_path: Path, settings: Settings
) -> None:
    ca = make_ca()
    wallet = pem_wallet(tmp_path / "wallet", ca, issue(ca, "desk", client=True), password="Wallet#1")
    tns_folder(wallet, closed_port(), "TCPS", alias="hmsdb_high")
    store = ProfileStore(tmp_path / "profiles.json")
    dlg = dialog(qtbot, ops, store, settings, current=None)
    dlg.new_profile()
    dlg.name.setText("cloud-adb")
    choose(dlg, "oracle", "wallet")
    dlg.wallet.setText(str(wallet))
    dlg.dsn.setText("hmsdb_high")
    dlg.user.setText("hms_desk")
    dlg.password.setText("db-pw")
    dlg.wallet_password.setText("wrong")
    dlg.test_connection()
    qtbot.waitUntil(dlg.test_button.isEnabled, timeout=20_000)
    assert dlg.error_text("wallet_password") == "The wallet password is wrong: it does not open this wallet."
    dlg.wallet_password.setText("Wallet#1")
    dlg.test_connection()
    qtbot.waitUntil(dlg.test_button.isEnabled, timeout=20_000)
    assert dlg.error_text("wallet_password") == ""
    assert dlg.message.text().startswith("Cannot reach the database server.")  # the wallet opened
    saved = dlg.save_profile()
    assert saved is not None and saved.wallet == str(wallet)
    assert secrets.get_wallet_password(saved) == "Wallet#1"
    assert "Wallet#1" not in store.path.read_text()
    assert dlg.message.text() == "Profile saved; the passwords are in the system keychain."


def test_postgresql_verify_full_needs_the_ca_file(
    qtbot: QtBot, ops: Ops, tmp_path: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    dlg = dialog(qtbot, ops, ProfileStore(tmp_path / "profiles.json"), settings, current=None)
    dlg.new_profile()
    dlg.name.setText("clinic-pg")
    dlg.host.setText("pg.clinic.lan")
    dlg.database.setText("hms")
    dlg.user.setText("hms_desk")
    dlg.sslmode.setCurrentIndex(dlg.sslmode.findData("verify-full"))
    assert dlg.save_profile() is None
    assert dlg.error_text("sslrootcert") == "sslmode verify-full needs the CA certificate file of the server."
    ca = tmp_path / "clinic-ca.crt"
    ca.write_bytes(make_ca().cert_pem())
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(ca), ""))
    qtbot.mouseClick(dlg.findChild(QPushButton, "sslRootCertButton"), Qt.MouseButton.LeftButton)
    saved = dlg.save_profile()
    assert saved is not None and (saved.sslmode, saved.sslrootcert) == ("verify-full", str(ca))
    # a profile from the list fills the same fields back
    dlg.new_profile()
    dlg.profiles.setCurrentRow(1)
    assert dlg.sslmode.currentData() == "verify-full" and dlg.sslrootcert.text() == str(ca)
    # a CA file without a mode (libpq's default, prefer) stays shown, so saving keeps it
    dlg.sslmode.setCurrentIndex(dlg.sslmode.findData(""))
    assert dlg.sslrootcert.isVisible()
    saved = dlg.save_profile()
    assert saved is not None and (saved.sslmode, saved.sslrootcert) == ("", str(ca))


ORA, PG, M = Backend.ORACLE, Backend.POSTGRESQL, OracleMethod
RENDERED = (
    Profile("clinic-oracle", ORA, "db.clinic.lan", 1521, "HMSPDB", "hms_desk", schema="HMS_OWNER"),
    Profile("clinic-ez", ORA, user="hms_desk", method=M.EASY_CONNECT, dsn="tcps://db.clinic.lan:2484/HMSPDB"),
    Profile("clinic-tns", ORA, user="hms_desk", method=M.TNS_ALIAS, dsn="hmsdb", tns_admin="/etc/hms/tns"),
    Profile("cloud-adb", ORA, user="hms_desk", method=M.WALLET, dsn="hmsdb_high", wallet="/etc/hms/wallet"),
    Profile(
        "clinic-pg", PG, "pg.clinic.lan", 0, "hms", "hms_desk", sslmode="verify-full", sslrootcert="/ca.crt"
    ),
)


def test_every_method_fits_a_1366x768_desk(
    qtbot: QtBot, ops: Ops, tmp_path: Path, settings: Settings
) -> None:
    store = ProfileStore(tmp_path / "profiles.json")
    for p in RENDERED:
        store.add(p)
    host = QWidget()
    host.resize(1366, 768)
    qtbot.addWidget(host)
    dlg = ConnectionDialog(ops, store, settings, parent=host)
    qtbot.addWidget(dlg)
    dlg.show()
    for row, profile in enumerate(RENDERED, start=1):
        dlg.profiles.setCurrentRow(row)
        if profile.name == "cloud-adb":
            dlg.test_connection()  # a field error on show: the wallet folder is not there
            assert dlg.error_text("wallet").startswith("The wallet folder /etc/hms/wallet does not exist")
        # room to spare on a 1366x768 screen with a title bar and a task bar
        hint = dlg.minimumSizeHint()
        assert hint.width() <= 1366 and hint.height() <= 768 - 80, (profile.name, hint)
        assert dlg.width() <= 1366 and dlg.height() <= 768 - 80
        for field, widget in dlg.row_widget.items():
            if widget.isVisible():
                assert widget.height() >= widget.minimumSizeHint().height(), (profile.name, field)
                assert widget.width() >= (100 if field == "port" else 200), (profile.name, field)
        assert dlg.profiles.width() >= 200
        png = tmp_path / f"connection-{profile.name}.png"
        assert dlg.grab().save(str(png)) and png.stat().st_size > 10_000
