"""Builds every service over one Database: the services half of the composition root."""

from __future__ import annotations

import dataclasses

from hms_desktop.db.engine import Database
from hms_desktop.domain.scheduling import DEFAULT_TIME_ZONE
from hms_desktop.errors import HmsError
from hms_desktop.services.audit import AuditService
from hms_desktop.services.audit_reader import AuditReader
from hms_desktop.services.auth import AuthService
from hms_desktop.services.billing import BillingService
from hms_desktop.services.clinic import ClinicService
from hms_desktop.services.consultation import ConsultationService
from hms_desktop.services.day_reopen import DayReopenService
from hms_desktop.services.day_report import DayReportService
from hms_desktop.services.diagnosis_usage import DiagnosisUsageService
from hms_desktop.services.mailer import SmtpSettingsService
from hms_desktop.services.outbox import OutboxService
from hms_desktop.services.patients import PatientService
from hms_desktop.services.price_list import PriceListService
from hms_desktop.services.queue import QueueService
from hms_desktop.services.scheduling import SchedulingService
from hms_desktop.services.triage import TriageService
from hms_desktop.services.users import UserService
from hms_desktop.services.visits import VisitService


@dataclasses.dataclass(frozen=True)
class Services:
    db: Database
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
    price_list: PriceListService
    audit_reader: AuditReader
    day_reopen: DayReopenService
    time_zone: str = DEFAULT_TIME_ZONE  # the clinic's, for screens that show a time


def build_services(db: Database, time_zone: str | None = None) -> Services:
    """Every service over ``db``; ``time_zone`` is the clinic's (its settings' by default), so the
    day a bill, a queue or an appointment falls on is the clinic's local day."""
    tz = time_zone or _clinic_zone(db)
    queue = QueueService(db, tz)
    return Services(
        db=db,
        auth=AuthService(db),
        users=UserService(db),
        patients=PatientService(db),
        clinic=ClinicService(db),
        audit=AuditService(db),
        scheduling=SchedulingService(db, tz),
        visits=VisitService(db),
        outbox=OutboxService(db),
        smtp=SmtpSettingsService(db),
        queue=queue,
        triage=TriageService(db, queue),
        consultation=ConsultationService(db, tz),
        day_report=DayReportService(db, tz),
        billing=BillingService(db, tz),
        diagnosis_usage=DiagnosisUsageService(db),
        price_list=PriceListService(db, tz),
        audit_reader=AuditReader(db, tz),
        day_reopen=DayReopenService(db),
        time_zone=tz,
    )


def _clinic_zone(db: Database) -> str:
    try:
        return ClinicService(db).settings().time_zone or DEFAULT_TIME_ZONE
    except HmsError:  # no settings yet, or unreadable: the services still start
        return DEFAULT_TIME_ZONE
