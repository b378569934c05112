"""hms-desktop-admin: schema, demo data, users, profiles, and one-line errors with exit code 2."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from hms_desktop import cli

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'cli.db'}"


def run(
    capsys: pytest.CaptureFixture[str],
    *argv: str,
    stdin: str | None = None,
    monkeypatch: pytest.MonkeyPatch | None = None,
) -> tuple[int, str, str]:
    if stdin is not None:
        assert monkeypatch is not None
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_db_upgrade_and_current(capsys: pytest.CaptureFixture[str], url: str) -> None:
    code, out, _ = run(capsys, "--url", url, "db", "current")
    assert code == 0 and "(empty)" in out
    code, out, _ = run(capsys, "--url", url, "db", "upgrade")
    assert code == 0 and "head" in out
    code, out, _ = run(capsys, "--url", url, "db", "current")
    assert code == 0 and "up to date" in out


def test_first_admin_then_users(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, url: str
) -> None:
    code, _, err = run(
        capsys,
        "--url",
        url,
        "user",
        "add",
        "desk",
        "--name",
        "Desk",
        "--role",
        "nurse",
        "--password-stdin",
        stdin="long-enough\n",
        monkeypatch=monkeypatch,
    )
    assert code == 2 and "first one must be an admin" in err
    code, out, _ = run(
        capsys,
        "--url",
        url,
        "user",
        "add",
        "boss",
        "--name",
        "The Boss",
        "--role",
        "admin",
        "--password-stdin",
        stdin="boss-password\n",
        monkeypatch=monkeypatch,
    )
    assert code == 0 and "first administrator" in out

    monkeypatch.setenv("HMS_ADMIN_PASSWORD", "boss-password")
    code, out, _ = run(
        capsys,
        "--url",
        url,
        "--admin",
        "boss",
        "user",
        "add",
        "nina",
        "--name",
        "Nina",
        "--role",
        "nurse",
        "--password-stdin",
        stdin="nina-password\n",
        monkeypatch=monkeypatch,
    )
    assert code == 0 and "'nina'" in out
    code, out, _ = run(capsys, "--url", url, "--admin", "boss", "user", "list")
    assert code == 0 and "nina" in out and "boss" in out

    # lock nina out, then unlock her from the CLI
    from hms_desktop.bootstrap import open_database
    from hms_desktop.db.profiles import profile_from_url
    from hms_desktop.errors import AuthenticationFailed
    from hms_desktop.services.auth import AuthService

    profile, _ = profile_from_url(url)
    db = open_database(profile)
    auth = AuthService(db)
    for _ in range(5):
        with pytest.raises(AuthenticationFailed):
            auth.login("nina", "wrong-password")
    code, out, _ = run(capsys, "--url", url, "--admin", "boss", "user", "list")
    assert "locked" in out
    code, out, _ = run(capsys, "--url", url, "--admin", "boss", "user", "unlock", "nina")
    assert code == 0 and "active" in out
    assert auth.login("nina", "nina-password").username == "nina"
    db.dispose()

    code, _, err = run(
        capsys,
        "--url",
        url,
        "--admin",
        "boss",
        "user",
        "add",
        "nina",
        "--name",
        "Again",
        "--role",
        "nurse",
        "--password-stdin",
        stdin="nina-password\n",
        monkeypatch=monkeypatch,
    )
    assert code == 2 and "taken" in err and "Traceback" not in err

    monkeypatch.setenv("HMS_ADMIN_PASSWORD", "wrong-one")
    code, _, err = run(capsys, "--url", url, "--admin", "boss", "user", "list")
    assert code == 2 and err.startswith("error: Wrong username or password.")


def test_demo_seed_and_lists(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, url: str
) -> None:
    code, out, _ = run(capsys, "--url", url, "demo", "seed", "--patients", "40")
    assert code == 0 and "DEMO" in out and "demo1234" in out
    code, _, err = run(capsys, "--url", url, "demo", "seed", "--patients", "40")
    assert code == 2 and "already has data" in err
    monkeypatch.setenv("HMS_ADMIN_PASSWORD", "demo1234")
    code, out, _ = run(capsys, "--url", url, "doctor", "list")
    assert code == 0 and "KMC-" in out and "EXPIRED" in out
    code, out, _ = run(capsys, "--url", url, "patient", "list", "--limit", "5")
    assert code == 0 and len(out.strip().splitlines()) == 6
    code, out, _ = run(
        capsys,
        "--url",
        url,
        "patient",
        "add",
        "--first",
        "Asha",
        "--sex",
        "F",
        "--age",
        "30",
        "--phone",
        "+91 98450 12345",
    )
    assert code == 0 and "SFC-" in out
    code, _, err = run(
        capsys,
        "--url",
        url,
        "patient",
        "add",
        "--first",
        "Asha",
        "--sex",
        "F",
        "--age",
        "30",
        "--phone",
        "12345",
    )
    assert code == 2 and "Mobile" in err  # the field named in words (issue 15 #10)
    code, out, _ = run(capsys, "--url", url, "settings", "show")
    assert code == 0 and "29" in out and "gstin" in out


def test_profiles(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("HMS_DATA_DIR", str(tmp_path / "data"))
    code, out, _ = run(
        capsys,
        "profile",
        "add",
        "clinic-pg",
        "--backend",
        "postgresql",
        "--host",
        "db.local",
        "--database",
        "hms",
        "--user",
        "hms",
        "--password-stdin",
        stdin="pg-secret\n",
        monkeypatch=monkeypatch,
    )
    assert code == 0
    stored = (tmp_path / "data" / "config" / "profiles.json").read_text()
    assert "pg-secret" not in stored and "clinic-pg" in stored
    from hms_desktop import secrets
    from hms_desktop.config import ProfileStore

    profile = ProfileStore().get("clinic-pg")
    assert secrets.get_db_password(profile) == "pg-secret"
    assert run(capsys, "profile", "use", "clinic-pg")[0] == 0
    code, out, _ = run(capsys, "profile", "list")
    assert "* " in out and "clinic-pg" in out
    assert run(capsys, "profile", "delete", "clinic-pg")[0] == 0
    assert secrets.get_db_password(profile) is None
    code, _, err = run(capsys, "profile", "use", "nope")
    assert code == 2 and "no connection profile" in err


def test_bad_input_exit_code_2(capsys: pytest.CaptureFixture[str], url: str) -> None:
    code, _, err = run(capsys, "--url", "nonsense://", "db", "upgrade")
    assert code == 2 and err.startswith("error:") and "Traceback" not in err
    code, _, _ = run(capsys, "--url", url, "user", "frobnicate")
    assert code == 2


def test_module_runs() -> None:
    res = subprocess.run(
        [sys.executable, "-m", "hms_desktop.cli", "--help"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert res.returncode == 0 and "hms-desktop-admin" in res.stdout


def test_no_keychain_is_a_clear_error_and_nothing_is_saved(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import keyring
    from keyring.backends import fail

    monkeypatch.setenv("HMS_DATA_DIR", str(tmp_path / "data"))
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        code, _, err = run(
            capsys,
            "profile",
            "add",
            "srv",
            "--backend",
            "oracle",
            "--host",
            "ora",
            "--database",
            "CLINIC",
            "--user",
            "hms",
            "--password-stdin",
            stdin="secret-pw\n",
            monkeypatch=monkeypatch,
        )
    finally:
        keyring.set_keyring(previous)
    assert code == 2 and "PYTHON_KEYRING_BACKEND" in err
    assert not (tmp_path / "data" / "config" / "profiles.json").exists()


def test_billing_prefix(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, url: str
) -> None:
    code, _, _ = run(capsys, "--url", url, "demo", "seed", "--patients", "20")
    assert code == 0
    monkeypatch.setenv("HMS_ADMIN_PASSWORD", "demo1234")
    code, _, err = run(capsys, "--url", url, "billing", "prefix", "tax_invoice", "OPD")
    assert code != 0 and "already issued" in err  # the demo issued tax invoices this year
    code, out, _ = run(
        capsys, "--url", url, "billing", "prefix", "tax_invoice", "OPD", "--from", "2099-04-01"
    )
    assert code == 0 and "OPD/99-00/000001" in out
    code, _, err = run(capsys, "--url", url, "billing", "prefix", "tax_invoice", "9X")
    assert code != 0 and "letters or digits" in err


def test_db_rekey_names(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, url: str
) -> None:
    """After the sql/ scripts (which cannot run Python) the phonetic keys are filled by a command."""
    from sqlalchemy import create_engine, text

    code, _, _ = run(capsys, "--url", url, "demo", "seed", "--patients", "20")
    assert code == 0
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE patient SET first_phonetic = NULL, last_phonetic = NULL"))
    monkeypatch.setenv("HMS_ADMIN_PASSWORD", "demo1234")
    code, out, _ = run(capsys, "--url", url, "db", "rekey-names")
    assert code == 0 and "20 patient(s) re-keyed" in out
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM patient WHERE first_phonetic IS NULL")).scalar() == 0
        assert (
            conn.execute(text("SELECT count(*) FROM audit_log WHERE action = 'patient.rekey'")).scalar() == 1
        )
    engine.dispose()
    code, out, _ = run(capsys, "--url", url, "db", "rekey-names")
    assert code == 0 and "0 patient(s) re-keyed" in out
