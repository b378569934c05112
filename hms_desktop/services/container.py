"""Builds every service over one Database and one Clock: the services half of the composition root."""

from __future__ import annotations

import contextlib
import dataclasses

from hms_desktop.db.engine import Database
from hms_desktop.domain.clock import Clock
from hms_desktop.errors import HmsError
from hms_desktop.services.audit_reader import AuditReader, AuditService
from hms_desktop.services.auth import AuthService
from hms_desktop.services.billing import BillingService
from hms_desktop.services.changes import ChangeService
from hms_desktop.services.clinic import ClinicService
from hms_desktop.services.consultation import ConsultationService
from hms_desktop.services.day_reopen import DayReopenService
from hms_desktop.services.day_report import DayReportService
from hms_desktop.services.diagnosis_usage import DiagnosisUsageService
from hms_desktop.services.importer import ImportService
from hms_desktop.services.mailer import SmtpSettingsService
from hms_desktop.services.outbox import OutboxService
from hms_desktop.services.patient_export import PatientExportService
from hms_desktop.services.patients import PatientService
from hms_desktop.services.price_list import PriceListService
from hms_desktop.services.queue import QueueService
from hms_desktop.services.rx_favourites import RxFavouriteService
from hms_desktop.services.scheduling import SchedulingService
from hms_desktop.services.triage import TriageService
from hms_desktop.services.users import UserService
from hms_desktop.services.visits import VisitService


@dataclasses.dataclass(frozen=True)
class Services:
    db: Database
    clock: Clock  # the clinic's: every service below holds this same object
    auth: AuthService
    users: UserService
    patients: PatientService
    clinic: ClinicService
    audit: AuditService
    scheduling: SchedulingService
    visits: VisitService
    outbox: OutboxService
    smtp: SmtpSettingsService
    queue: QueueService
    triage: TriageService
    consultation: ConsultationService
    day_report: DayReportService
    billing: BillingService
    diagnosis_usage: DiagnosisUsageService
    rx_favourites: RxFavouriteService
    price_list: PriceListService
    audit_reader: AuditReader
    day_reopen: DayReopenService
    importer: ImportService
    patient_export: PatientExportService
    changes: ChangeService


def build_services(db: Database, clock: Clock | None = None) -> Services:
    """Every service over ``db`` sharing one clock, by default in the clinic settings' time zone, so
    the day a bill, a queue or an appointment falls on is the clinic's local day. Saving the settings
    (``ClinicService.update_settings``) moves the shared clock to the new zone."""
    clock = clock or clinic_clock(db)
    queue = QueueService(db, clock)
    return Services(
        db=db,
        clock=clock,
        auth=AuthService(db),
        users=UserService(db),
        patients=PatientService(db, clock),
        clinic=ClinicService(db, clock),
        audit=AuditService(db),
        scheduling=SchedulingService(db, clock),
        visits=VisitService(db, clock),
        outbox=OutboxService(db),
        smtp=SmtpSettingsService(db),
        queue=queue,
        triage=TriageService(db, queue.reader),
        consultation=ConsultationService(db, clock),
        day_report=DayReportService(db, clock),
        billing=BillingService(db, clock),
        diagnosis_usage=DiagnosisUsageService(db, clock),
        rx_favourites=RxFavouriteService(db, clock),
        price_list=PriceListService(db, clock),
        audit_reader=AuditReader(db, clock),
        day_reopen=DayReopenService(db),
        importer=ImportService(db, clock),
        patient_export=PatientExportService(db, clock),
        changes=ChangeService(db),
    )


def clinic_clock(db: Database) -> Clock:
    """A clock in the zone the clinic settings row names (the default zone before set-up)."""
    clock = Clock()
    # no settings yet, unreadable, or a zone this machine lacks: the services still start
    with contextlib.suppress(HmsError, LookupError):
        ClinicService(db, clock).follow_settings()
    return clock
