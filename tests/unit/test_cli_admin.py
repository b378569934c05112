"""hms-desktop-admin as a clinic's administrator uses it on a new database, without the desk app:
settings, price list and rates, a bill printed with the clinic's own name, GSTIN and logo, the audit
trail, roles and forced password changes, and the message when no password can be typed."""

from __future__ import annotations

import csv
import io
import re
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from hms_desktop import cli
from hms_desktop.domain.gst import gstin_check_char

GSTIN = "29AABFA1234C1Z" + gstin_check_char("29AABFA1234C1Z")
ADMIN_PW = "Kaveri-river-2026"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def url(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> str:
    url = f"sqlite:///{tmp_path / 'clinic.db'}"
    monkeypatch.setattr(sys, "stdin", io.StringIO(ADMIN_PW + "\n"))
    code, out, _ = run(
        capsys,
        "--url",
        url,
        "user",
        "add",
        "owner",
        "--name",
        "Dr Asha Rao",
        "--role",
        "admin",
        "--password-stdin",
    )
    assert code == 0, out
    monkeypatch.setenv("HMS_ADMIN_USER", "owner")
    monkeypatch.setenv("HMS_ADMIN_PASSWORD", ADMIN_PW)
    return url


def _logo(path: Path) -> Path:
    from PIL import Image

    Image.new("RGB", (1600, 800), (0, 120, 110)).save(path)
    return path


def test_a_new_clinic_bills_from_the_cli_alone(
    capsys: pytest.CaptureFixture[str], url: str, tmp_path: Path
) -> None:
    code, out, err = run(
        capsys,
        "--url",
        url,
        "settings",
        "set",
        "--legal-name",
        "Asha Health Clinic LLP",
        "--state-code",
        "27",
        "--gstin",
        GSTIN,
    )
    assert code == 2 and "--state-code" in err and "GSTIN" in err
    code, out, err = run(
        capsys,
        "--url",
        url,
        "settings",
        "set",
        "--legal-name",
        "Asha Health Clinic LLP",
        "--trade-name",
        "Asha Clinic",
        "--address",
        "12 MG Road, Indiranagar",
        "--city",
        "Bengaluru",
        "--pin",
        "560038",
        "--state-code",
        "29",
        "--gstin",
        GSTIN,
        "--phone",
        "08041234567",
        "--upi",
        "ashaclinic@okhdfcbank",
        "--mrn-prefix",
        "ASH",
        "--estab-reg",
        "KA/BLR/CEA/2024/0173",
        "--logo",
        str(_logo(tmp_path / "logo.png")),
        "--idle-lock-min",
        "15",
        "--backdate-days",
        "0",
    )
    assert code == 0, err
    code, out, err = run(capsys, "--url", url, "settings", "set", "--backdate-days", "45")
    assert code == 2 and "--backdate-days" in err and "30 days" in err
    code, out, err = run(capsys, "--url", url, "settings", "set", "--backdate-days", "2")
    assert code == 0, err
    code, out, _ = run(capsys, "--url", url, "settings", "show")
    assert re.search(r"^backdate_days +2$", out, re.M) and re.search(r"^idle_lock_min +15$", out, re.M)
    for expected in (
        "Asha Health Clinic LLP",
        "Karnataka",
        GSTIN,
        "ashaclinic@okhdfcbank",
        "image,",
        "Asia/Kolkata",
        "KA/BLR/CEA/2024/0173",
        "clinic-wide",
        "discount_limit_pct",
    ):
        assert expected in out, expected
    code, out, err = run(
        capsys,
        "--url",
        url,
        "price",
        "add",
        "CONSULT-SP",
        "--name",
        "Specialist consultation",
        "--kind",
        "consultation",
        "--sac-hsn",
        "999312",
        "--tax-class",
        "HEALTH",
        "--price",
        "600",
    )
    assert code == 0, err
    code, out, err = run(
        capsys,
        "--url",
        url,
        "price",
        "add",
        "PEEL",
        "--name",
        "Chemical peel",
        "--kind",
        "procedure",
        "--tax-class",
        "NOPE",
        "--price",
        "2500",
    )
    assert code == 2 and "--tax-class" in err and "COSMETIC" in err
    code, out, _ = run(
        capsys, "--url", url, "price", "set", "CONSULT-SP", "--price", "700", "--from", "2099-04-01"
    )
    assert code == 0 and "2099-04-01  700.00" in out
    code, out, _ = run(capsys, "--url", url, "price", "list")
    assert "600.00" in out and "700.00 from 2099-04-01" in out
    code, out, _ = run(
        capsys,
        "--url",
        url,
        "patient",
        "add",
        "--first",
        "Meera",
        "--last",
        "Nair",
        "--sex",
        "F",
        "--age",
        "34",
    )
    mrn = out.split(" as ")[1].rstrip(".\n")
    pdf = tmp_path / "bill.pdf"
    code, out, err = run(
        capsys,
        "--url",
        url,
        "billing",
        "invoice",
        mrn,
        "--item",
        "CONSULT-SP",
        "--pay",
        "cash",
        "--amount",
        "200",
        "--pdf",
        str(pdf),
    )
    assert code == 0, err
    assert "for 600.00" in out and "Receipt" in out
    reader = PdfReader(str(pdf))
    text = reader.pages[0].extract_text()
    for expected in (
        "Asha Health Clinic LLP",
        "12 MG Road, Indiranagar",
        GSTIN,
        "BILL OF SUPPLY",
        "Balance due",
        "Scan with any UPI app",
    ):
        assert expected in text, expected
    images = reader.pages[0].images
    image = images[0].image if images else None
    assert len(images) == 1 and image is not None and image.size[0] <= 600  # the scaled logo
    code, out, _ = run(capsys, "--url", url, "price", "deactivate", "CONSULT-SP")
    assert code == 0 and "inactive" in out and "stays on the bills" in out


def test_rates_audit_and_roles(capsys: pytest.CaptureFixture[str], url: str, tmp_path: Path) -> None:
    code, out, _ = run(capsys, "--url", url, "rates", "list")
    assert code == 0 and "MEDICINE" in out and "2025-09-22" in out and "exempt" in out
    code, _, err = run(
        capsys, "--url", url, "rates", "add", "DENTAL_COS", "--rate", "18", "--from", "2026-01-01"
    )
    assert code == 2 and "--sac-hsn" in err
    code, out, _ = run(
        capsys,
        "--url",
        url,
        "rates",
        "add",
        "DENTAL_COS",
        "--rate",
        "18",
        "--from",
        "2026-01-01",
        "--sac-hsn",
        "999319",
    )
    assert code == 0 and "18.00% from 01 Jan 2026" in out
    code, out, _ = run(capsys, "--url", url, "audit", "list", "--action", "rate.", "--limit", "5")
    assert code == 0 and "added a GST rate" in out and "owner" in out
    export = tmp_path / "audit.csv"
    code, out, _ = run(capsys, "--url", url, "audit", "export", str(export), "--user", "owner")
    assert code == 0 and "Wrote" in out
    with export.open(encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    assert rows and {r["user"] for r in rows} == {"owner"}


def test_role_passwd_expire_and_no_terminal(
    capsys: pytest.CaptureFixture[str], url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, _, err = run(capsys, "--url", url, "user", "role", "owner", "cashier")
    assert code == 2 and "last active administrator" in err
    monkeypatch.setattr(sys, "stdin", io.StringIO("Tulsi-garden-77\n"))
    assert (
        run(
            capsys,
            "--url",
            url,
            "user",
            "add",
            "ravi",
            "--name",
            "Ravi",
            "--role",
            "cashier",
            "--password-stdin",
        )[0]
        == 0
    )
    code, out, _ = run(capsys, "--url", url, "user", "role", "ravi", "nurse")
    assert code == 0 and "now nurse" in out
    monkeypatch.setattr(sys, "stdin", io.StringIO("Temporary-pass-1\n"))
    code, out, _ = run(capsys, "--url", url, "user", "passwd", "ravi", "--expire", "--password-stdin")
    assert code == 0 and "choose their own at the next sign-in" in out
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))  # not a terminal
    code, out, _ = run(capsys, "--url", url, "user", "passwd", "ravi", "--expire")
    assert code == 0 and "must choose a new password" in out
    monkeypatch.delenv("HMS_ADMIN_PASSWORD")
    code, out, err = run(capsys, "--url", url, "settings", "show")
    assert code == 2 and "no terminal" in err and "HMS_ADMIN_PASSWORD" in err and "EOFError" not in err
    monkeypatch.setenv("HMS_ADMIN_PASSWORD", ADMIN_PW)
    code, out, err = run(capsys, "--url", url, "user", "passwd", "ravi")
    assert code == 2 and "--password-stdin" in err


def test_times_are_printed_in_the_clinics_zone(capsys: pytest.CaptureFixture[str], url: str) -> None:
    import datetime as dt
    import zoneinfo

    code, out, _ = run(
        capsys, "--url", url, "settings", "set", "--legal-name", "Asha", "--time-zone", "Asia/Dubai"
    )
    assert code == 0, out
    code, out, _ = run(capsys, "--url", url, "settings", "show")
    updated = next(line for line in out.splitlines() if line.startswith("updated_at"))
    assert updated.endswith("+04"), updated  # Dubai's abbreviation; the stored value is UTC
    code, out, _ = run(capsys, "--url", url, "user", "list")
    owner = next(line for line in out.splitlines() if " owner " in line)
    dubai_now = dt.datetime.now(zoneinfo.ZoneInfo("Asia/Dubai"))
    signed_in = re.search(r"\d{4}-\d\d-\d\d \d\d:\d\d", owner)
    assert signed_in is not None, owner
    shown = dt.datetime.strptime(signed_in.group(0), "%Y-%m-%d %H:%M").replace(tzinfo=dubai_now.tzinfo)
    assert abs((dubai_now - shown).total_seconds()) < 180, (owner, dubai_now)
    assert "last sign-in" in out and "(UTC)" not in out
