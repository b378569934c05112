"""Reaching Oracle the ways clinics set it up: Easy Connect, a TNS alias in TNS_ADMIN, a TLS wallet.

No Oracle server runs here, so every error is a real python-oracledb (thin mode) error raised by
the engine the app builds: a closed local port for "listener not reachable", a generated
tnsnames.ora for alias look-ups, and a local TLS listener (tests/tls_certs.py) for the wallet and
handshake failures, which happen before any Oracle protocol is spoken.
"""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from pathlib import Path

import oracledb
import pytest
from sqlalchemy.exc import DBAPIError

from hms_desktop.bootstrap import open_database
from hms_desktop.db.engine import make_engine
from hms_desktop.db.errors import friendly_connect_error, map_db_error
from hms_desktop.db.profiles import Backend, OracleMethod, Profile
from hms_desktop.errors import CannotConnect
from tests.tls_certs import Issued, TlsListener, issue, make_ca, pem_wallet


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def tnsnames(folder: Path, **entries: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    lines = [f"{alias} =\n  (DESCRIPTION =\n    {body}\n  )\n" for alias, body in entries.items()]
    (folder / "tnsnames.ora").write_text("\n".join(lines), encoding="ascii")
    return folder


def address(port: int, protocol: str = "TCP", host: str = "localhost") -> str:
    return (
        f"(ADDRESS = (PROTOCOL = {protocol})(HOST = {host})(PORT = {port}))"
        "(CONNECT_DATA = (SERVICE_NAME = HMSPDB))"
    )


def connect_error(profile: Profile, wallet_password: str | None = None) -> CannotConnect:
    """What a desk sees when it opens ``profile``: the mapped error from a real connect attempt."""
    engine = make_engine(profile, "desk-pw", wallet_password=wallet_password)
    try:
        with pytest.raises((DBAPIError, CannotConnect)) as caught:
            engine.connect()
    finally:
        engine.dispose()
    if isinstance(caught.value, CannotConnect):
        return caught.value
    return friendly_connect_error(caught.value)


def alias_profile(tns: Path, alias: str) -> Profile:
    return Profile(
        "clinic",
        Backend.ORACLE,
        user="hms_desk",
        method=OracleMethod.TNS_ALIAS,
        dsn=alias,
        tns_admin=str(tns),
    )


# --- TNS alias -------------------------------------------------------------------------------


def test_tns_alias_resolves_and_a_closed_listener_is_unreachable(tmp_path: Path) -> None:
    tns = tnsnames(tmp_path / "tns", hmsdb=address(closed_port()))
    started = time.monotonic()
    err = connect_error(alias_profile(tns, "hmsdb"))
    assert time.monotonic() - started < 5
    assert err.code == "DPY-6005"
    assert err.message.startswith("Cannot reach the database server.")
    # the alias really was resolved: the driver went to the port named in tnsnames.ora
    cause = err.__cause__
    assert isinstance(cause, DBAPIError) and cause.orig is not None
    assert isinstance(cause.orig.__cause__, ConnectionRefusedError)


def test_alias_lookup_is_case_insensitive_like_oracle(tmp_path: Path) -> None:
    tns = tnsnames(tmp_path / "tns", HMSDB=address(closed_port()))
    assert connect_error(alias_profile(tns, "hmsdb")).code == "DPY-6005"


def test_an_alias_missing_from_tnsnames_names_the_alias_and_the_file(tmp_path: Path) -> None:
    tns = tnsnames(tmp_path / "tns", hmsdb=address(closed_port()))
    err = connect_error(alias_profile(tns, "hms_reports"))
    assert err.code == "DPY-4000" and getattr(err, "reason", "") == "tns-alias"
    assert err.message == (
        f'The TNS alias "hms_reports" is not in {tns / "tnsnames.ora"} (it has hmsdb). Check the alias in '
        "the connection settings, or ask the database administrator for the current tnsnames.ora."
    )


def test_a_tns_folder_without_tnsnames_is_refused_before_connecting(tmp_path: Path) -> None:
    (tmp_path / "tns").mkdir()
    err = connect_error(alias_profile(tmp_path / "tns", "hmsdb"))
    assert err.code == "HMS-TNS-FILES" and err.field == "tns_admin"
    assert err.message == f"The folder {tmp_path / 'tns'} has no tnsnames.ora."
    err = connect_error(alias_profile(tmp_path / "gone", "hmsdb"))
    assert err.field == "tns_admin" and "does not exist" in err.message


def test_driver_errors_for_tns_files_are_mapped(tmp_path: Path) -> None:
    # the same conditions straight from the driver (e.g. a tnsnames.ora removed between check and use)
    with pytest.raises(oracledb.DatabaseError) as missing:
        oracledb.connect(user="u", password="p", dsn="hmsdb", config_dir=str(tmp_path))
    err = map_db_error(missing.value)
    assert isinstance(err, CannotConnect) and err.code == "DPY-4026"
    assert err.message.startswith(f"{tmp_path / 'tnsnames.ora'} is missing or cannot be read.")
    with pytest.raises(oracledb.DatabaseError) as no_folder:
        oracledb.connect(user="u", password="p", dsn="dbhost:15x/svc")  # not Easy Connect: an alias
    err = map_db_error(no_folder.value)
    assert isinstance(err, CannotConnect) and err.code == "DPY-4027"
    assert "not an Easy Connect string" in err.message


# --- Easy Connect ----------------------------------------------------------------------------


def test_easy_connect_string_reaches_its_host_and_port() -> None:
    port = closed_port()
    profile = Profile(
        "ez",
        Backend.ORACLE,
        user="hms_desk",
        method=OracleMethod.EASY_CONNECT,
        dsn=f"127.0.0.1:{port}/HMSPDB",
    )
    err = connect_error(profile)
    assert err.code == "DPY-6005" and err.message.startswith("Cannot reach the database server.")


# --- wallets and TLS -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def pki() -> dict[str, Issued]:
    ca = make_ca()
    return {
        "ca": ca,
        "other_ca": make_ca("Some Other CA"),
        "server": issue(ca, "localhost", ("localhost",)),
        "desk": issue(ca, "desk-01", client=True),
    }


@pytest.fixture
def mtls(pki: dict[str, Issued], tmp_path: Path) -> Iterator[TlsListener]:
    """A tcps port that, like an Autonomous Database, wants a client certificate from the wallet."""
    listener = TlsListener(pki["server"], tmp_path / "listener", client_ca=pki["ca"])
    yield listener
    listener.close()


def wait_for_peer(listener: TlsListener) -> None:
    deadline = time.monotonic() + 5  # the listener thread records the peer after the handshake
    while not listener.peers and time.monotonic() < deadline:
        time.sleep(0.01)


def wallet_profile(wallet: Path, port: int, alias: str = "hmsdb_high") -> Profile:
    tnsnames(wallet, **{alias: address(port, "TCPS")})
    return Profile(
        "adb", Backend.ORACLE, user="hms_desk", method=OracleMethod.WALLET, dsn=alias, wallet=str(wallet)
    )


def test_wallet_with_its_password_completes_the_tls_handshake(
    pki: dict[str, Issued], mtls: TlsListener, tmp_path: Path
) -> None:
    wallet = pem_wallet(tmp_path / "wallet", pki["ca"], pki["desk"], password="Wallet#2025")
    err = connect_error(wallet_profile(wallet, mtls.port), wallet_password="Wallet#2025")
    # the listener accepted the desk's certificate (so the password reached the driver), then hung up
    wait_for_peer(mtls)
    assert mtls.peers == ["desk-01"]
    assert getattr(err, "reason", "") == "closed-during-connect"
    assert err.message.startswith("The database server closed the connection while this desk was connecting.")


def test_wallet_password_from_the_keychain(pki: dict[str, Issued], mtls: TlsListener, tmp_path: Path) -> None:
    from hms_desktop import secrets

    wallet = pem_wallet(tmp_path / "wallet", pki["ca"], pki["desk"], password="Wallet#2025")
    profile = wallet_profile(wallet, mtls.port)
    secrets.set_wallet_password(profile, "Wallet#2025")
    try:
        connect_error(profile)
    finally:
        secrets.delete_wallet_password(profile)
    wait_for_peer(mtls)
    assert mtls.peers == ["desk-01"]


def test_wrong_or_missing_wallet_password_is_named(
    pki: dict[str, Issued], mtls: TlsListener, tmp_path: Path
) -> None:
    wallet = pem_wallet(tmp_path / "wallet", pki["ca"], pki["desk"], password="Wallet#2025")
    profile = wallet_profile(wallet, mtls.port)
    wrong = connect_error(profile, wallet_password="wallet#2025")
    assert wrong.field == "wallet_password" and wrong.message.startswith("The wallet password is wrong")
    # without a password OpenSSL would prompt on a console no desk user sees: refused before that
    missing = connect_error(profile)
    assert missing.field == "wallet_password" and "protected by a password" in missing.message
    assert mtls.peers == []  # neither attempt reached the server


def test_missing_wallet_folder_and_a_folder_without_ewallet_pem(tmp_path: Path) -> None:
    err = connect_error(wallet_profile(tmp_path / "wallet", closed_port()))  # tnsnames.ora only
    assert err.field == "wallet" and err.message.startswith(
        f"The folder {tmp_path / 'wallet'} has no ewallet.pem."
    )
    (tmp_path / "wallet" / "cwallet.sso").write_bytes(b"\xa1\xf8N")
    err = connect_error(wallet_profile(tmp_path / "wallet", closed_port()))
    assert "only cwallet.sso" in err.message
    gone = Profile(
        "adb", Backend.ORACLE, user="u", method=OracleMethod.WALLET, dsn="x", wallet=str(tmp_path / "nope")
    )
    err = connect_error(gone)
    assert err.field == "wallet" and "does not exist" in err.message


def test_easy_connect_wallet_location_that_does_not_exist(mtls: TlsListener, tmp_path: Path) -> None:
    # a wallet named inside the Easy Connect string is the driver's to find: DPY-2018 inside DPY-6005
    dsn = f"tcps://127.0.0.1:{mtls.port}/HMSPDB?wallet_location={tmp_path / 'nowallet'}"
    err = connect_error(Profile("ez", Backend.ORACLE, user="u", method=OracleMethod.EASY_CONNECT, dsn=dsn))
    assert err.code == "DPY-2018"
    assert err.message.startswith(f"The wallet file {tmp_path / 'nowallet' / 'ewallet.pem'} was not found.")


def test_server_certificate_from_another_ca_is_untrusted(
    pki: dict[str, Issued], mtls: TlsListener, tmp_path: Path
) -> None:
    wallet = pem_wallet(tmp_path / "wallet", pki["other_ca"])
    err = connect_error(wallet_profile(wallet, mtls.port))
    assert getattr(err, "reason", "") == "tls-untrusted"
    assert err.message.startswith(
        "The database server's certificate is not trusted: it is not signed by a certificate in the wallet."
    )


def test_server_certificate_for_another_host_name(pki: dict[str, Issued], tmp_path: Path) -> None:
    listener = TlsListener(issue(pki["ca"], "db.clinic.lan", ("db.clinic.lan",)), tmp_path / "l")
    try:
        wallet = pem_wallet(tmp_path / "wallet", pki["ca"])
        err = connect_error(wallet_profile(wallet, listener.port))  # localhost is not in the certificate
    finally:
        listener.close()
    assert getattr(err, "reason", "") == "tls-hostname", err.message
    assert "issued for another name" in err.message


def test_client_certificate_the_server_does_not_accept(
    pki: dict[str, Issued], mtls: TlsListener, tmp_path: Path
) -> None:
    stranger = issue(pki["other_ca"], "not-a-desk", client=True)
    wallet = pem_wallet(tmp_path / "wallet", pki["ca"], stranger)  # key not encrypted: no password
    err = connect_error(wallet_profile(wallet, mtls.port))
    assert getattr(err, "reason", "") in ("tls-handshake", "closed-during-connect"), err.message
    assert mtls.peers == []


def test_tcps_to_a_plain_port(tmp_path: Path, pki: dict[str, Issued]) -> None:
    with socket.create_server(("127.0.0.1", 0)) as plain:  # accepts, never speaks TLS
        plain.settimeout(5)
        port = plain.getsockname()[1]
        profile = wallet_profile(pem_wallet(tmp_path / "wallet", pki["ca"]), port)
        engine = make_engine(profile, "pw")

        import threading

        def hang_up() -> None:
            conn, _ = plain.accept()
            conn.recv(1024)
            conn.close()

        t = threading.Thread(target=hang_up)
        t.start()
        try:
            with pytest.raises(DBAPIError) as caught:
                engine.connect()
        finally:
            t.join(5)
            engine.dispose()
    err = friendly_connect_error(caught.value)
    assert getattr(err, "reason", "") in ("closed-during-connect", "tls-handshake"), err.message


def test_open_database_reports_the_field_to_fix(tmp_path: Path) -> None:
    with pytest.raises(CannotConnect) as caught:
        open_database(alias_profile(tmp_path, "hmsdb"), "pw", migrate=False)
    assert caught.value.field == "tns_admin"


def test_the_keychain_is_asked_only_for_a_wallet_that_needs_a_password(
    pki: dict[str, Issued], mtls: TlsListener, tmp_path: Path
) -> None:
    import keyring
    from keyring.backends import fail

    from hms_desktop.secrets import KeychainUnavailable

    plain = pem_wallet(tmp_path / "plain", pki["ca"], pki["desk"])  # the desk's key not encrypted
    locked = pem_wallet(tmp_path / "locked", pki["ca"], pki["desk"], password="Wallet#2025")
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        err = connect_error(wallet_profile(plain, mtls.port))
        wait_for_peer(mtls)
        assert mtls.peers == ["desk-01"]  # connected with no keychain at all
        assert getattr(err, "reason", "") == "closed-during-connect"
        engine = make_engine(wallet_profile(locked, mtls.port), "pw")
        try:
            with pytest.raises(KeychainUnavailable):
                engine.connect()
        finally:
            engine.dispose()
    finally:
        keyring.set_keyring(previous)
