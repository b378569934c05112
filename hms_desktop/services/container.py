"""Builds every service over one Database: the services half of the composition root."""

from __future__ import annotations

import dataclasses

from hms_desktop.db.engine import Database
from hms_desktop.services.audit import AuditService
from hms_desktop.services.auth import AuthService
from hms_desktop.services.billing import BillingService
from hms_desktop.services.clinic import ClinicService
from hms_desktop.services.consultation import ConsultationService
from hms_desktop.services.day_report import DayReportService
from hms_desktop.services.diagnosis_usage import DiagnosisUsageService
from hms_desktop.services.mailer import SmtpSettingsService
from hms_desktop.services.outbox import OutboxService
from hms_desktop.services.patients import PatientService
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


def build_services(db: Database) -> Services:
    queue = QueueService(db)
    return Services(
        db=db,
        auth=AuthService(db),
        users=UserService(db),
        patients=PatientService(db),
        clinic=ClinicService(db),
        audit=AuditService(db),
        scheduling=SchedulingService(db),
        visits=VisitService(db),
        outbox=OutboxService(db),
        smtp=SmtpSettingsService(db),
        queue=queue,
        triage=TriageService(db, queue),
        consultation=ConsultationService(db),
        day_report=DayReportService(db),
        billing=BillingService(db),
        diagnosis_usage=DiagnosisUsageService(db),
    )
