"""The front desk through a real X server (issue 15 #9, #10, #14): what a person's keys do.

Reception lands on Patients; a half-filled walk-in is not thrown away by Esc (the question comes,
Esc again keeps the form) nor by the title bar's X unless Discard is chosen; the empty Age box takes
the digits typed after the cursor was put behind its placeholder; the cashier lands on Billing.
Results are read back from the app's database and its desk settings; each step leaves a screenshot.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from tests.e2e.clinic import Clinic
from tests.e2e.test_clinic_day import MAIN, SIGN_IN, sign_in
from tests.e2e.xdesk import Desk, E2EError, wait_for

WALK_IN = r"^Quick walk-in$"
DISCARD = r"^Discard the walk-in\? — HMS Desktop$"


def last_tab(desk: Desk, username: str) -> str:
    """The tab ``username`` left, as the app saved it in this desk's settings."""
    path = Path(desk.app_env()["XDG_CONFIG_HOME"]) / "hms-desktop" / "desk.ini"
    if not path.exists():
        return ""
    value = QSettings(str(path), QSettings.Format.IniFormat).value(f"main/last_tab_of/{username}", "")
    return str(value or "")


def sign_out(desk: Desk) -> None:
    desk.key("ctrl+l")
    desk.wait_window(SIGN_IN)


def test_front_desk(desk: Desk, clinic: Clinic) -> None:
    started = time.monotonic()
    desk.start_app()
    with desk.step("reception-signed-in"):
        sign_in(desk, clinic, "reception")

    with desk.step("esc-on-half-filled-walk-in-asks"):
        desk.key("F2")
        desk.wait_window(WALK_IN)
        desk.type("Meera")
        desk.key("Escape")
        desk.wait_window(DISCARD)
    with desk.step("esc-again-keeps-editing"):
        desk.key("Escape")  # the question's default: keep editing
        desk.wait_window(WALK_IN)
    with desk.step("age-box-takes-digits"):
        desk.key("Tab")
        desk.type("Iyer")
        desk.key("Tab")
        desk.type("F")
        desk.key("Tab", "End")  # the cursor behind the empty box's placeholder, as after a click
        desk.type("34")
        desk.key("Tab")
        desk.type("9845011122")
        desk.key("Tab", "Tab")
        desk.type("cough")
        desk.key("Tab")
        desk.type("N")
    with desk.step("walk-in-saved-with-its-age"):
        desk.key("Return")
        desk.wait_gone(WALK_IN)

        def mine() -> list[object]:
            return [r for r in clinic.patients_named("Meera", "Iyer") if r.phone == "9845011122"]

        rows: list[Any] = wait_for("the walk-in in the database", mine)
        assert len(rows) == 1  # the name typed before the first Esc was kept
        assert rows[0].age_text.startswith("34"), rows[0].age_text
        try:  # the token slip follows (made on a worker; slow on a loaded machine)
            desk.wait_window(r"Token slip$", timeout=30)
            desk.key("Escape")
        except E2EError:
            pass  # the slip is the clinic day's check, not this one's
        desk.wait_window(MAIN)

    with desk.step("title-bar-x-asks-then-discards"):
        desk.key("F2")
        walk_in = desk.wait_window(WALK_IN)
        desk.type("Sunil")
        desk.click_close_button(walk_in)
        desk.wait_window(DISCARD)
        desk.key("alt+d")  # Discard
        desk.wait_gone(WALK_IN)
        desk.wait_window(MAIN)
        time.sleep(0.5)
        found = clinic.services.patients.search(clinic.admin, "Sunil", limit=50)
        assert [r for r in found if r.display_name == "Sunil"] == []  # the discarded walk-in: not saved

    with desk.step("reception-home-is-patients"):
        sign_out(desk)
        assert (
            wait_for("reception's tab saved", lambda: last_tab(desk, "reception"), timeout=10) == "patients"
        )
    with desk.step("cashier-lands-on-billing"):
        sign_in(desk, clinic, "cashier")
        time.sleep(0.5)
    with desk.step("cashier-home-is-billing"):
        sign_out(desk)
        assert wait_for("cashier's tab saved", lambda: last_tab(desk, "cashier"), timeout=10) == "billing"
    print(f"[e2e] front desk: {time.monotonic() - started:.1f} s", flush=True)
