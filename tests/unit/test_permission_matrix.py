"""The whole permission matrix (issue 12): every public service method, as every role and as disabled
and locked accounts, against the table below. A new method without an entry here fails the test, so
each one is decided when it is written.

Placeholder arguments (tests/unit/permission_probe.py) reach each method's checks; "let through" means
the method got past them (whatever it then did with an id that points nowhere). Ownership rules on top
of the role (a doctor's own patient, a cashier's own day) are tested with real data elsewhere
(test_queue_service, test_clinical_reads, test_billing_service); here the placeholder ids belong to
nobody, so e.g. a cashier's day summary for cashier 1 is refused to the cashier.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from hms_desktop.db.engine import Database
from hms_desktop.db.models import StaffUser
from hms_desktop.domain.enums import Role, UserStatus
from tests.unit.helpers import make_user
from tests.unit.permission_probe import LET_THROUGH, REFUSED, SESSION_ENDED, call_as, service_methods
from tests.unit.queue_clinic import build_clinic

ROLES = ("admin", "receptionist", "nurse", "doctor", "cashier")
EVERYONE = frozenset(ROLES)
ADMIN = frozenset({"admin"})
BILLING = frozenset({"admin", "cashier"})
DESK = frozenset({"admin", "receptionist", "nurse"})  # the front desk and whoever runs it
DOCTOR = frozenset({"doctor"})  # clinical work: not even the administrator
TRIAGE = frozenset({"receptionist", "nurse", "doctor"})  # triage readings are clinical
DESK_OR_DOCTOR = DESK | DOCTOR
REGISTER = DESK | {"cashier"}  # a patient can be registered at the billing desk too
ADMIN_OR_DOCTOR = frozenset({"admin", "doctor"})  # a patient's access log: admin, their doctors

EXPECTED: dict[str, frozenset[str]] = {
    "audit.recent": ADMIN,
    "audit_reader.access_log": ADMIN_OR_DOCTOR,
    "audit_reader.count": ADMIN,
    "audit_reader.export_csv": ADMIN,
    "audit_reader.iter_rows": ADMIN,
    "audit_reader.page": ADMIN,
    "auth.change_password": EVERYONE,
    "importer.preview": ADMIN,  # bulk import is the administrator's (Settings > Import)
    "importer.run": ADMIN,
    "patient_export.export": ADMIN_OR_DOCTOR,  # the admin, or a doctor treating the patient
    "patient_export.may_export": EVERYONE,  # the hint that shows the button (None for the others)
    "patient_export.record": ADMIN_OR_DOCTOR,
    "auth.verify_password": EVERYONE,
    "billing.close_day": BILLING,
    "billing.create_invoice": BILLING,
    "billing.credit_note_doc": BILLING,
    "billing.day_invoices": BILLING,
    "billing.day_summary": ADMIN,
    "billing.get": BILLING,
    "billing.invoice_doc": BILLING,
    "billing.issue_credit_note": ADMIN,
    "billing.list_invoices": BILLING,
    "billing.pending": BILLING,
    "billing.prescribed": BILLING,
    "billing.price_list": BILLING,
    "billing.receipt_doc": BILLING,
    "billing.set_prefix": ADMIN,
    "billing.prefixes": ADMIN,
    "billing.take_payment": BILLING,
    "billing.version": BILLING,
    "changes.listen": EVERYONE,  # counters say only that something changed, not what
    "changes.versions": EVERYONE,
    "clinic.count_doctors": EVERYONE,
    "clinic.list_departments": EVERYONE,
    "clinic.list_doctors": EVERYONE,
    "clinic.update_settings": ADMIN,
    "consultation.amend_prescription": DOCTOR,
    "consultation.break_glass": DOCTOR,
    "consultation.can_view": EVERYONE,
    "consultation.check": DOCTOR,
    "consultation.complete": DOCTOR,
    "consultation.drugs": DOCTOR,
    "consultation.get": DOCTOR,
    "consultation.prescription_doc": DOCTOR,
    "consultation.procedures": DOCTOR,
    "consultation.save_draft": DOCTOR,
    "consultation.start": DOCTOR,
    "consultation.summary": DOCTOR,
    "consultation.verify": DOCTOR,
    "day_reopen.closed_days": ADMIN,
    "day_reopen.reopen": ADMIN,
    "day_report.day_report": BILLING,
    "day_report.takings": BILLING,
    "diagnosis_usage.usage": DOCTOR,
    "rx_favourites.delete": DOCTOR,  # a doctor's own favourite prescriptions
    "rx_favourites.favourites": DOCTOR,
    "rx_favourites.save": DOCTOR,
    "outbox.list": ADMIN,
    "outbox.retry": ADMIN,
    "patients.count": EVERYONE,
    "patients.find_duplicates": EVERYONE,
    "patients.get": EVERYONE,
    "patients.history": EVERYONE,
    "patients.list_page": EVERYONE,
    "patients.register": REGISTER,
    "patients.search": EVERYONE,
    "patients.update": DESK,
    "price_list.add_item": ADMIN,
    "price_list.add_rate": ADMIN,
    "price_list.add_starter": ADMIN,
    "price_list.history": ADMIN,
    "price_list.item": ADMIN,
    "price_list.items": ADMIN,
    "price_list.rates": ADMIN,
    "price_list.set_active": ADMIN,
    "price_list.set_price": ADMIN,
    "price_list.tax_classes": ADMIN,
    "price_list.update_item": ADMIN,
    "queue.assign": DESK,
    "queue.back_to_waiting": DESK_OR_DOCTOR,
    "queue.call": DOCTOR,
    "queue.call_next": DOCTOR,
    "queue.capacity_offers": EVERYONE,
    "queue.display_board": EVERYONE,
    "queue.finish": DOCTOR,
    "queue.for_appointment": EVERYONE,
    "queue.get": EVERYONE,
    "queue.mark_left": DESK,
    "queue.promote": DESK,
    "queue.scale": EVERYONE,
    "queue.snapshot": EVERYONE,
    "queue.start_consult": DOCTOR,
    "queue.suggest_doctors": EVERYONE,
    "queue.token_slip": EVERYONE,
    "queue.transfer": DESK_OR_DOCTOR,
    "queue.version": EVERYONE,
    "scheduling.add_leave": ADMIN,
    "scheduling.book": DESK,
    "scheduling.cancel": DESK,
    "scheduling.check_in": DESK,
    "scheduling.day_slots": EVERYONE,
    "scheduling.department_day": EVERYONE,
    "scheduling.get_appointment": EVERYONE,
    "scheduling.get_department": EVERYONE,
    "scheduling.get_doctor": EVERYONE,
    "scheduling.get_schedule": EVERYONE,
    "scheduling.list_appointments": EVERYONE,
    "scheduling.list_leave": EVERYONE,
    "scheduling.mark_no_show": DESK,
    "scheduling.next_free_slots": EVERYONE,
    "scheduling.patient_appointments": EVERYONE,
    "scheduling.rebook": DESK,
    "scheduling.remove_leave": ADMIN,
    "scheduling.reschedule": DESK,
    "scheduling.save_department": ADMIN,
    "scheduling.save_doctor": ADMIN,
    "scheduling.set_schedule": ADMIN,
    "scheduling.week_slots": EVERYONE,
    "smtp.get_smtp": ADMIN,
    "smtp.save_smtp": ADMIN,
    "smtp.send_test": ADMIN,
    "triage.current": TRIAGE,
    "triage.record": TRIAGE,
    "triage.rules": EVERYONE,
    "triage.save_rule": ADMIN,
    "triage.save_scale": ADMIN,
    "users.add_user": ADMIN,
    "users.disable": ADMIN,
    "users.enable": ADMIN,
    "users.expire_password": ADMIN,
    "users.get_by_username": ADMIN,
    "users.link_doctor": ADMIN,
    "users.list_users": ADMIN,
    "users.rename": ADMIN,
    "users.reset_password": ADMIN,
    "users.set_role": ADMIN,
    "users.unlock": ADMIN,
    "visits.register_walk_in": DESK,
}

# Methods that answer a disabled or locked account themselves, not with SessionEnded (and why).
OWN_STATUS_ANSWER = {
    "auth.verify_password": "the idle lock's re-check: AccountUnavailable, and the desk signs out",
}


@pytest.fixture
def outcomes(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> dict[str, dict[str, str]]:
    monkeypatch.chdir(tmp_path)  # a placeholder "x" given as a file to write (CSV export) lands here
    c = build_clinic(db)
    gone, locked = make_user(db, "gone", Role.NURSE), make_user(db, "lockd", Role.CASHIER)
    old_admin, old_doctor = make_user(db, "oldboss", Role.ADMIN), make_user(db, "olddoc", Role.DOCTOR)
    old_doctor = dataclasses.replace(old_doctor, doctor_id=c.gp.doctor_id)
    with db.write() as s:
        changes = ((gone, UserStatus.DISABLED), (locked, UserStatus.LOCKED), (old_admin, UserStatus.DISABLED),
                   (old_doctor, UserStatus.DISABLED))  # fmt: skip
        for actor, status in changes:
            row = s.get(StaffUser, actor.user_id)
            assert row is not None
            row.status = status.value
    accounts = {
        "admin": c.admin, "receptionist": c.desk, "nurse": c.nurse, "doctor": c.gp, "cashier": c.cashier,
        "disabled nurse": gone, "locked cashier": locked, "disabled admin": old_admin,
        "disabled doctor": old_doctor,
    }  # fmt: skip
    return {name: {who: call_as(fn, a) for who, a in accounts.items()} for name, fn in service_methods(c.sv)}


def test_every_method_has_an_entry_and_follows_it(outcomes: dict[str, dict[str, str]]) -> None:
    missing = sorted(set(outcomes) - set(EXPECTED))
    assert missing == [], f"decide who may call these and add them to EXPECTED: {missing}"
    gone = sorted(set(EXPECTED) - set(outcomes))
    assert gone == [], f"no longer service methods, remove from EXPECTED: {gone}"
    wrong = []
    for name, by in sorted(outcomes.items()):
        for role in ROLES:
            want = LET_THROUGH if role in EXPECTED[name] else REFUSED
            if by[role] != want:
                wrong.append(f"{name} as {role}: {by[role]} (expected {want})")
        for account in ("disabled nurse", "locked cashier", "disabled admin", "disabled doctor"):
            if name in OWN_STATUS_ANSWER:
                continue
            if by[account] != SESSION_ENDED:
                wrong.append(f"{name} as {account}: {by[account]} (expected {SESSION_ENDED})")
    calls = sum(len(by) for by in outcomes.values())
    assert wrong == [], f"{len(wrong)} of {calls} calls differ from the table:\n" + "\n".join(wrong)


def test_the_table_is_not_vacuous(outcomes: dict[str, dict[str, str]]) -> None:
    """Every role is refused something and let through something; the matrix has teeth."""
    for role in ROLES:
        assert any(role not in allowed for allowed in EXPECTED.values()), role
        assert any(role in allowed for allowed in EXPECTED.values()), role
    assert len(outcomes) >= 120
