"""Who may do what: the role x action matrix, enforced by the services (never only by the GUI)."""

from __future__ import annotations

from enum import StrEnum

from hms_desktop.domain.enums import Role


class Action(StrEnum):
    # patients and front desk
    PATIENT_VIEW = "patient.view"
    PATIENT_REGISTER = "patient.register"
    PATIENT_EDIT = "patient.edit"
    # the allergy list is clinical: the desk that takes it at registration, nurses and doctors
    ALLERGY_VIEW = "patient.allergies"
    APPOINTMENT_VIEW = "appointment.view"
    APPOINTMENT_BOOK = "appointment.book"
    APPOINTMENT_CANCEL = "appointment.cancel"
    # organisation
    DOCTOR_VIEW = "doctor.view"
    DOCTOR_MANAGE = "doctor.manage"
    DEPARTMENT_MANAGE = "department.manage"
    SCHEDULE_MANAGE = "schedule.manage"
    # queue and triage
    QUEUE_VIEW = "queue.view"
    QUEUE_MANAGE = "queue.manage"
    TRIAGE_RECORD = "triage.record"
    TRIAGE_RULES_MANAGE = "triage.rules"
    QUEUE_CALL_NEXT = "queue.call_next"
    # clinical (further restricted to the patient's own doctors by the clinical service)
    CLINICAL_VIEW = "clinical.view"
    CLINICAL_WRITE = "clinical.write"
    CLINICAL_BREAK_GLASS = "clinical.break_glass"
    # billing
    BILLING_VIEW = "billing.view"
    BILLING_INVOICE = "billing.invoice"
    BILLING_PAYMENT = "billing.payment"
    BILLING_REFUND = "billing.refund"
    BILLING_DAY_CLOSE = "billing.day_close"
    PRICE_LIST_MANAGE = "billing.price_list"
    # administration
    USER_MANAGE = "user.manage"
    SETTINGS_MANAGE = "settings.manage"
    AUDIT_VIEW = "audit.view"


_FRONT_DESK = {
    Action.PATIENT_VIEW,
    Action.ALLERGY_VIEW,
    Action.PATIENT_REGISTER,
    Action.PATIENT_EDIT,
    Action.APPOINTMENT_VIEW,
    Action.APPOINTMENT_BOOK,
    Action.APPOINTMENT_CANCEL,
    Action.DOCTOR_VIEW,
    Action.QUEUE_VIEW,
    Action.QUEUE_MANAGE,
}

# Rules the matrix cannot say, enforced in the services (issue 12):
# - clinical reads (notes, diagnoses, prescriptions, triage readings) also need a care relationship or a
#   break-the-glass grant: services/clinical_access.py;
# - a doctor moves only the patients they called (start, finish, back to waiting) and transfers only
#   their own; the desk (queue.manage) may do it for anyone: services/queue.py;
# - a cashier sees only their own day (summary, report, takings); an administrator everyone's;
# - minimum necessary in the queue (sees_triage): every queue viewer sees the triage colour, the
#   target time and the order (the queue and the waiting-room board need them); the complaint, the
#   suggested level and why it was changed, NEWS2, vitals and pregnancy only the roles that triage
#   (receptionist, nurse, doctor): the cashier's and the administrator's rows have them blank, and
#   the visits in a patient's history carry no complaint for them.
# The administrator runs the clinic but sees no clinical content: no triage, no break-the-glass.
MATRIX: dict[Role, frozenset[Action]] = {
    Role.ADMIN: frozenset(Action)
    - {
        Action.CLINICAL_VIEW,
        Action.CLINICAL_WRITE,
        Action.CLINICAL_BREAK_GLASS,
        Action.QUEUE_CALL_NEXT,
        Action.TRIAGE_RECORD,
        Action.ALLERGY_VIEW,
    },
    Role.RECEPTIONIST: frozenset(_FRONT_DESK | {Action.TRIAGE_RECORD}),
    Role.NURSE: frozenset(_FRONT_DESK | {Action.TRIAGE_RECORD}),
    Role.DOCTOR: frozenset(
        {
            Action.PATIENT_VIEW,
            Action.ALLERGY_VIEW,
            Action.APPOINTMENT_VIEW,
            Action.DOCTOR_VIEW,
            Action.QUEUE_VIEW,
            Action.QUEUE_CALL_NEXT,
            Action.TRIAGE_RECORD,
            Action.CLINICAL_VIEW,
            Action.CLINICAL_WRITE,
            Action.CLINICAL_BREAK_GLASS,
        }
    ),
    Role.CASHIER: frozenset(
        {
            Action.PATIENT_VIEW,
            Action.PATIENT_REGISTER,
            Action.DOCTOR_VIEW,
            Action.QUEUE_VIEW,
            Action.APPOINTMENT_VIEW,
            Action.BILLING_VIEW,
            Action.BILLING_INVOICE,
            Action.BILLING_PAYMENT,
            Action.BILLING_DAY_CLOSE,
        }
    ),
}


def allowed(role: Role, action: Action) -> bool:
    return action in MATRIX[role]


def sees_triage(role: Role) -> bool:
    """Whether ``role`` sees the clinical side of triage (complaint, readings, NEWS2, why the level
    was changed) where it is read outside the triage form: the queue's rows, a patient's visits."""
    return allowed(role, Action.TRIAGE_RECORD)
