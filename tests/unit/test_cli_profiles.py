"""``hms-desktop-admin profile add`` for each way a clinic's server is reached, with the input checks
a DBA's typo meets, and the profile then connecting (or failing) with the mapped message."""

from __future__ import annotations

import io
import socket
import sys
from pathlib import Path

import pytest

from hms_desktop import cli, secrets
from hms_desktop.config import ProfileStore
from hms_desktop.db.profiles import OracleMethod
from tests.tls_certs import issue, make_ca, pem_wallet


@pytest.fixture(autouse=True)
def data_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.setenv("HMS_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data"


def run(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, *argv: str, stdin: str = "pw\n"
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def tns_folder(path: Path, port: int, protocol: str = "TCP") -> Path:
    path.mkdir(parents=True, exist_ok=True)
    (path / "tnsnames.ora").write_text(
        f"hmsdb = (DESCRIPTION=(ADDRESS=(PROTOCOL={protocol})(HOST=localhost)(PORT={port}))"
        "(CONNECT_DATA=(SERVICE_NAME=HMSPDB)))\n",
        encoding="ascii",
    )
    return path


ADD = ("profile", "add", "--password-stdin")


def test_tns_alias_profile_is_saved_and_reaches_the_listener_it_names(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    tns = tns_folder(tmp_path / "tns", closed_port())
    code, out, err = run(
        capsys,
        monkeypatch,
        *ADD,
        "clinic",
        "--backend",
        "oracle",
        "--user",
        "hms_desk",
        "--tns-alias",
        "hmsdb",
        "--tns-admin",
        str(tns),
        "--schema",
        "hms_owner",
    )
    assert code == 0, err
    assert out == f"Saved profile 'clinic': oracle hms_desk@hmsdb (TNS alias in {tns}, schema hms_owner).\n"
    profile = ProfileStore().get("clinic")
    assert (profile.method, profile.dsn, profile.tns_admin, profile.schema) == (
        OracleMethod.TNS_ALIAS,
        "hmsdb",
        str(tns),
        "hms_owner",
    )
    assert secrets.get_db_password(profile) == "pw"
    code, _, err = run(capsys, monkeypatch, "--profile", "clinic", "db", "current")
    assert code == 2 and err.startswith("error: Cannot reach the database server.")


def test_easy_connect_profile(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    code, _, err = run(
        capsys,
        monkeypatch,
        *ADD,
        "ez",
        "--backend",
        "oracle",
        "--user",
        "hms_desk",
        "--easy-connect",
        "dbhost:1521/ORCLPDB1",
    )
    assert code == 0, err
    assert ProfileStore().get("ez").dsn == "dbhost:1521/ORCLPDB1"
    code, _, err = run(
        capsys,
        monkeypatch,
        *ADD,
        "bad",
        "--backend",
        "oracle",
        "--user",
        "d",
        "--easy-connect",
        "dbhost:15x/P",
    )
    assert code == 2 and err.startswith("error: --easy-connect/--tns-alias: Not an Easy Connect string")


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (("--tns-alias", "hmsdb"), "--tns-alias needs --tns-admin DIR"),
        (
            ("--tns-alias", "hmsdb", "--tns-admin", "{empty}"),
            "--tns-admin: The folder {empty} has no tnsnames.ora.",
        ),
        (
            ("--tns-alias", "nosuch", "--tns-admin", "{tns}"),
            "--easy-connect/--tns-alias: There is no entry 'nosuch'",
        ),
        (("--wallet", "{empty}"), "--wallet needs --tns-alias"),
        (("--wallet", "{empty}", "--tns-alias", "hmsdb"), "--wallet: The folder {empty} has no ewallet.pem."),
        (
            ("--host", "db", "--database", "P", "--sslmode", "require"),
            "--sslmode do not apply to a oracle profile",
        ),
        (("--host", "db", "--database", "P", "--schema", "x;drop"), "--schema: A schema name is 1 to 30"),
        ((), "A server profile needs --host and --database"),
    ],
)
def test_bad_oracle_options_are_named(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    extra: tuple[str, ...],
    message: str,
) -> None:
    (tmp_path / "empty").mkdir()
    tns = tns_folder(tmp_path / "tns", 1)
    places = {"empty": str(tmp_path / "empty"), "tns": str(tns)}
    argv = [a.format(**places) for a in extra]
    code, _, err = run(capsys, monkeypatch, *ADD, "x", "--backend", "oracle", "--user", "d", *argv)
    assert code == 2 and err.startswith(f"error: {message.format(**places)}"), err
    assert ProfileStore().list() == ()


def test_wallet_profile_keeps_the_wallet_password_in_the_keychain(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    ca = make_ca()
    wallet = pem_wallet(tmp_path / "wallet", ca, issue(ca, "desk", client=True), password="Wallet#1")
    tns_folder(wallet, closed_port(), "TCPS")
    argv = (
        *ADD,
        "adb",
        "--backend",
        "oracle",
        "--user",
        "d",
        "--wallet",
        str(wallet),
        "--tns-alias",
        "hmsdb",
    )
    code, _, err = run(capsys, monkeypatch, *argv, stdin="db-pw\nwrong\n")
    assert (
        code == 2 and err == "error: --wallet: The wallet password is wrong: it does not open this wallet.\n"
    )
    code, _, err = run(capsys, monkeypatch, *argv, stdin="db-pw\nWallet#1\n")
    assert code == 0, err
    profile = ProfileStore().get("adb")
    assert secrets.get_wallet_password(profile) == "Wallet#1" and secrets.get_db_password(profile) == "db-pw"
    assert "Wallet#1" not in (ProfileStore().path.read_text())
    assert run(capsys, monkeypatch, "profile", "delete", "adb")[0] == 0
    assert secrets.get_wallet_password(profile) is None


def test_postgresql_tls_options(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    ca_file = tmp_path / "ca.crt"
    ca_file.write_bytes(make_ca().cert_pem())
    base = (*ADD, "pg", "--backend", "postgresql", "--host", "db", "--database", "hms", "--user", "desk")
    code, _, err = run(capsys, monkeypatch, *base, "--sslmode", "verify-full")
    assert code == 2 and "--sslrootcert: sslmode verify-full needs the CA certificate file" in err
    code, _, err = run(capsys, monkeypatch, *base, "--sslmode", "verify-full", "--sslrootcert", str(ca_file))
    assert code == 0, err
    profile = ProfileStore().get("pg")
    assert profile.driver_args() == {"sslmode": "verify-full", "sslrootcert": str(ca_file)}
    code, _, err = run(capsys, monkeypatch, *base, "--replace", "--tns-alias", "x")
    assert code == 2 and "--tns-alias do not apply to a postgresql profile" in err
