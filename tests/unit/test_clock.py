"""The clinic's clock: one object built from the settings row, shared by every service, following the
settings when an administrator changes the time zone (no restart, no rebuilt services)."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from hms_desktop.db.engine import Database
from hms_desktop.db.models import QueueEntry
from hms_desktop.domain.clock import Clock
from hms_desktop.domain.enums import Role
from hms_desktop.errors import ValidationError
from hms_desktop.services.container import build_services
from hms_desktop.services.patients_types import PatientInput
from hms_desktop.services.visits_types import WalkInInput
from tests.unit.helpers import make_user
from tests.unit.queue_clinic import build_clinic

# 20:00 UTC on 1 Mar 2026 is already 2 Mar in India (UTC+05:30) and in Dubai (UTC+04:00) and still
# 1 Mar in New York (UTC-05:00)
LATE = dt.datetime(2026, 3, 1, 20, 0, tzinfo=dt.UTC)


def test_today_is_the_clinic_zones_date_not_the_utc_one() -> None:
    clock = Clock("Asia/Kolkata", source=lambda: LATE)
    assert clock.today() == dt.date(2026, 3, 2)
    clock.set_zone("America/New_York")
    assert clock.today() == dt.date(2026, 3, 1)
    assert clock.local(LATE).hour == 15 and clock.zone_name == "America/New_York"


def test_a_naive_source_is_utc_and_day_bounds_are_the_local_midnights() -> None:
    clock = Clock("Asia/Kolkata", source=lambda: LATE.replace(tzinfo=None))
    assert clock.now() == LATE
    start, end = clock.day_bounds(dt.date(2026, 3, 2))
    assert start == dt.datetime(2026, 3, 1, 18, 30, tzinfo=dt.UTC)
    assert end - start == dt.timedelta(days=1)


def test_an_unknown_zone_is_refused_and_the_old_one_kept() -> None:
    clock = Clock("Asia/Kolkata")
    with pytest.raises(zoneinfo.ZoneInfoNotFoundError):
        clock.set_zone("Mars/Olympus_Mons")
    assert clock.zone_name == "Asia/Kolkata"


def test_every_service_shares_the_clinic_clock_and_it_follows_a_settings_change(db: Database) -> None:
    c = build_clinic(db)
    sv = c.sv
    held = {
        name: getattr(sv, name).clock
        for name in (
            "patients", "visits", "clinic", "scheduling", "queue", "consultation", "day_report",
            "billing", "diagnosis_usage", "price_list", "audit_reader", "importer", "patient_export",
        )
    }  # fmt: skip
    assert all(clock is sv.clock for clock in held.values()), held
    c.sv.clinic.update_settings(c.admin, legal_name="Gulf Clinic", time_zone="Asia/Dubai")
    # the running desk's services, not rebuilt ones
    assert sv.clock.zone_name == "Asia/Dubai" and sv.billing.clock.zone_name == "Asia/Dubai"
    # a desk that starts now reads it from the row
    assert build_services(db).clock.zone_name == "Asia/Dubai"


def test_another_desks_change_is_picked_up_on_follow_settings(db: Database) -> None:
    c = build_clinic(db)
    other = build_services(db)
    c.sv.clinic.update_settings(c.admin, legal_name="Gulf Clinic", time_zone="Asia/Dubai")
    assert other.clock.zone_name == "Asia/Kolkata"
    other.clinic.follow_settings()
    assert other.queue.clock.zone_name == "Asia/Dubai"


def test_walk_ins_and_registrations_are_dated_by_the_clinic_clock(db: Database) -> None:
    clerk = make_user(db, "desk", Role.RECEPTIONIST)
    sv = build_services(db, Clock("Asia/Kolkata", source=lambda: LATE))
    walk_in = sv.visits.register_walk_in(clerk, WalkInInput("Ramesh", "M", 45, "9845012345"))
    with db.read() as s:
        entry = s.get(QueueEntry, walk_in.queue_entry_id)
        assert entry is not None and entry.visit_date == dt.date(2026, 3, 2)  # not 1 Mar, the UTC date
    # born "today" in the clinic is not a date in the future, although it is tomorrow in UTC
    baby = sv.patients.register(
        clerk, PatientInput(first_name="Baby", sex="F", date_of_birth=dt.date(2026, 3, 2))
    )
    assert baby.date_of_birth == dt.date(2026, 3, 2)
    with pytest.raises(ValidationError) as err:
        sv.patients.register(
            clerk, PatientInput(first_name="Later", sex="F", date_of_birth=dt.date(2026, 3, 3))
        )
    assert "date_of_birth" in err.value.errors
