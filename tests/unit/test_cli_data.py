"""hms-desktop-admin: patient/doctor/price import, backup create/list/verify/restore, export."""

from __future__ import annotations

import io
import json
import sqlite3
import sys
from pathlib import Path

import pytest

from hms_desktop import cli
from tests.unit.import_data import clean_rows, messy_rows, write_csv

ADMIN_PW = "admin-pass-123"


@pytest.fixture(autouse=True)
def _own_saved_mappings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test starts without the mapping an earlier test's import saved."""
    from hms_desktop.services import import_report

    monkeypatch.setattr(import_report, "_mappings_file", lambda: tmp_path / "import_mappings.json")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def url(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> str:
    u = f"sqlite:///{tmp_path / 'cli.db'}"
    monkeypatch.setattr(sys, "stdin", io.StringIO(ADMIN_PW + "\n"))
    code, _, err = run(
        capsys, "--url", u, "user", "add", "admin", "--name", "Admin", "--role", "admin", "--password-stdin"
    )
    assert code == 0, err
    monkeypatch.setenv("HMS_ADMIN_PASSWORD", ADMIN_PW)
    return u


def _patients(tmp_path: Path) -> int:
    con = sqlite3.connect(tmp_path / "cli.db")
    try:
        return int(con.execute("SELECT COUNT(*) FROM patient").fetchone()[0])
    finally:
        con.close()


def test_patient_import_dry_run_then_real(
    capsys: pytest.CaptureFixture[str], url: str, tmp_path: Path
) -> None:
    rows, _ = messy_rows(600)
    path = write_csv(tmp_path / "old.csv", rows)
    code, out, _ = run(capsys, "--url", url, "patient", "import", str(path), "--dry-run", "--show", "3")
    assert code == 0 and "DRY RUN: nothing was written." in out
    assert "600 rows read" in out and "to create:" in out and "row 52, DOB: " in out
    assert _patients(tmp_path) == 0
    report = tmp_path / "report.csv"
    code, out, _ = run(capsys, "--url", url, "patient", "import", str(path), "--report", str(report))
    assert code == 0 and "created:" in out and report.exists()
    made = _patients(tmp_path)
    assert made > 500
    code, out, _ = run(capsys, "--url", url, "patient", "import", str(path))
    assert code == 0 and "created: 0" in out and _patients(tmp_path) == made
    mapping = tmp_path / "map.json"
    mapping.write_text(json.dumps({"full_name": "Nope"}), encoding="utf-8")
    code, _, err = run(capsys, "--url", url, "patient", "import", str(path), "--mapping", str(mapping))
    assert code == 2 and "no column 'Nope'" in err
    (tmp_path / "x.pdf").write_bytes(b"%PDF-1.4")
    code, _, err = run(capsys, "--url", url, "patient", "import", str(tmp_path / "x.pdf"))
    assert code == 2 and "not a CSV or .xlsx" in err


def test_backup_commands_and_restore(capsys: pytest.CaptureFixture[str], url: str, tmp_path: Path) -> None:
    run(capsys, "--url", url, "patient", "import", str(write_csv(tmp_path / "p.csv", clean_rows(40))))
    code, out, _ = run(capsys, "--url", url, "backup", "create")
    assert code == 0 and "verified" in out
    backup = Path(out.split("Backed up to ", 1)[1].split(" (", 1)[0])
    code, out, _ = run(capsys, "--url", url, "backup", "list")
    assert code == 0 and backup.name in out
    code, out, _ = run(capsys, "--url", url, "backup", "verify", str(backup))
    assert code == 0 and "OK" in out
    run(capsys, "--url", url, "patient", "import", str(write_csv(tmp_path / "q.csv", clean_rows(70)[40:])))
    assert _patients(tmp_path) == 70
    code, out, err = run(capsys, "--url", url, "backup", "restore", str(backup))
    assert code == 0, err
    assert "Saved the database as it was" in out and _patients(tmp_path) == 40
    bad = tmp_path / "bad.db"
    bad.write_text("not a database")
    code, _, err = run(capsys, "--url", url, "backup", "restore", str(bad))
    assert code == 2 and "not a SQLite file" in err and _patients(tmp_path) == 40


def test_export_and_server_profiles(capsys: pytest.CaptureFixture[str], url: str, tmp_path: Path) -> None:
    code, out, _ = run(capsys, "--url", url, "export", str(tmp_path / "exit"))
    assert code == 0 and "manifest.json" in out and (tmp_path / "exit" / "patient.csv").exists()
    pg = "postgresql+psycopg://hms@127.0.0.1:1/hms"
    for command in (("backup", "create"), ("backup", "list"), ("backup", "restore", "x.db")):
        code, _, err = run(capsys, "--url", pg, *command)
        assert code == 2 and "pg_dump" in err and "pg_basebackup" in err
