"""Every table of the product. Importing this package registers them all on ``Base.metadata``."""

from hms_desktop.db.base import Base
from hms_desktop.db.models.admin import DayReopen, ItemPrice
from hms_desktop.db.models.billing import (
    BillableItem,
    CreditNote,
    CreditNoteLine,
    DayClose,
    DocSeries,
    GstRate,
    Invoice,
    InvoiceLine,
    Payment,
    PendingCharge,
)
from hms_desktop.db.models.clinic import (
    ClinicSetting,
    Department,
    Doctor,
    DoctorLeave,
    DoctorSchedule,
    StaffUser,
)
from hms_desktop.db.models.clinical import (
    ClinicalAccess,
    Consultation,
    Diagnosis,
    Drug,
    Prescription,
    PrescriptionLine,
    RxFavourite,
    RxFavouriteLine,
)
from hms_desktop.db.models.data_io import BackupRun, ImportRun
from hms_desktop.db.models.patients import Patient
from hms_desktop.db.models.scheduling import (
    Appointment,
    ChangeCounter,
    QueueEntry,
    TriageRule,
    TriageScaleLevel,
)
from hms_desktop.db.models.system import AuditHead, AuditLog, EmailOutbox

__all__ = [
    "Appointment",
    "AuditHead",
    "AuditLog",
    "BackupRun",
    "Base",
    "BillableItem",
    "ChangeCounter",
    "ClinicSetting",
    "ClinicalAccess",
    "Consultation",
    "CreditNote",
    "CreditNoteLine",
    "DayClose",
    "DayReopen",
    "Department",
    "Diagnosis",
    "DocSeries",
    "Doctor",
    "DoctorLeave",
    "DoctorSchedule",
    "Drug",
    "EmailOutbox",
    "GstRate",
    "ImportRun",
    "Invoice",
    "InvoiceLine",
    "ItemPrice",
    "Patient",
    "Payment",
    "PendingCharge",
    "Prescription",
    "PrescriptionLine",
    "QueueEntry",
    "RxFavourite",
    "RxFavouriteLine",
    "StaffUser",
    "TriageRule",
    "TriageScaleLevel",
]
