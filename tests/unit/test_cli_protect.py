"""hms-desktop-admin db roles: the accounts and grants scripts for other names, and clear refusals."""

from __future__ import annotations

from pathlib import Path

import pytest

from hms_desktop import cli


def test_db_roles_prints_both_scripts_for_the_names_given(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["db", "roles", "--dialect", "oracle", "--owner", "clinic_own", "--desk", "front"]) == 0
    out = capsys.readouterr().out
    assert "CREATE USER clinic_own NO AUTHENTICATION" in out and "CREATE ROLE front_role" in out
    assert "GRANT SELECT, INSERT ON clinic_own.invoice TO front_role\n/" in out
    assert "GRANT UPDATE (next_no, prefix) ON clinic_own.doc_series TO front_role" in out
    assert cli.main(["db", "roles", "--dialect", "postgresql", "--part", "grants"]) == 0
    out = capsys.readouterr().out
    assert "CREATE ROLE" not in out and "GRANT SELECT, INSERT ON hms_owner.payment TO hms_desk;" in out


def test_db_roles_refuses_bad_names_and_the_wrong_server(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert cli.main(["db", "roles", "--dialect", "postgresql", "--desk", "Desk; DROP"]) == 2
    assert "not a plain database name" in capsys.readouterr().err
    assert cli.main(["db", "roles", "--dialect", "postgresql", "--owner", "same", "--desk", "same"]) == 2
    assert "must not be the schema owner" in capsys.readouterr().err
    url = f"sqlite:///{tmp_path / 'x.db'}"
    assert cli.main(["--url", url, "db", "roles", "--dialect", "postgresql", "--apply"]) == 2
    assert "the connection is sqlite, the script is for postgresql" in capsys.readouterr().err
