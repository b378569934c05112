"""One simulated desk: its own OS process, its own sign-in, its role's work through the real services.

A desk signs in (``AuthService.login``), then does what its role does at a human pace (a think time
between actions) until the run ends:

- receptionist: search patients (45%), register a walk-in (30%: patient + queue token in one unit
  of work), book an appointment (25%: search, the doctor's next free slots, book one);
- nurse: open the first untriaged waiting patients of its queue snapshot and record the triage
  (with the row version it read, as the form does);
- doctor: call next, open the consultation, complete it with a diagnosis, a prescription and a
  procedure now and then;
- cashier: bill the pending charges of a patient (its own counter's share of the pending list),
  sometimes with a medicine sold over the counter, and take the payment (cash, or cash + UPI).

Every desk watches the other desks as the real app does (``gui/live.ChangeHub``): on PostgreSQL one
listening connection (``ChangeService.listen``) and the counters polled every ``FALLBACK_POLL_MS``
as a safety net, on SQLite the counters polled every ``POLL_MS``; when a topic its screen shows moves
(or its own write moved it), the screen re-reads: the queue snapshot (reception, nurses, doctors) or
the cashier's pending list and today's bills. One read at a time, a change meanwhile reads once more.

Each action is timed on the desk's own clock; what it wrote (ids, amounts) is kept for the checks
after the run (``tests/load/checks.py``). The result is one JSON file per desk.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import functools
import json
import random
import threading
import time
import traceback
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy.orm import configure_mappers

from hms_desktop.db.engine import Database, make_engine
from hms_desktop.db.profiles import Profile
from hms_desktop.errors import ConfirmationNeeded, HmsError
from hms_desktop.services.billing_types import InvoiceInput, LineInput, PaymentInput
from hms_desktop.services.changes import ChangeTopic, collecting
from hms_desktop.services.consultation_types import ConsultationInput, DiagnosisInput, DrugLineInput
from hms_desktop.services.container import Services, build_services
from hms_desktop.services.context import Actor
from hms_desktop.services.queue_types import TriageInput
from hms_desktop.services.visits_types import WalkInInput
from tests.load.clinic import PASSWORD, DeskAccount

# the ChangeHub's intervals and the screens' read pacing (gui/live.py; not imported: no Qt here)
POLL_S = 1.0
FALLBACK_POLL_S = 15.0
REFRESH_GAP_S = 0.25

THINK_S = {"receptionist": (2.0, 5.0), "nurse": (2.0, 5.0), "doctor": (2.0, 5.0), "cashier": (2.0, 5.0)}
CONSULT_S = (2.0, 6.0)  # the doctor with the patient, between opening and completing the consultation
IDLE_S = 2.0  # nothing to do: look again after this

FIRST = ("Ravi", "Rahul", "Priya", "Anita", "Suresh", "Lakshmi", "Mohammed", "Fatima", "Arjun", "Kavya",
         "Deepa", "Vijay", "Meena", "Sanjay", "Asha", "Ramesh", "Geetha", "Farhan", "Divya")  # fmt: skip
LAST = ("Rao", "Reddy", "Sharma", "Nair", "Iyer", "Gowda", "Khan", "Shetty", "Hegde", "Kumar", "Das", "Menon")
SEARCHES = ("ra", "pri", "an", "sur", "lak", "moh", "kav", "red", "sha", "nai", "gow", "kum", "sh", "me",
            "98", "SFC")  # fmt: skip
VITALS = (  # complaint, rr, spo2, sbp, dbp, pulse, temp: plausible readings, green to orange
    ("Sore throat and cough", 16, 98, 122, 80, 84, "37.6"),
    ("High fever and vomiting for 2 days", 20, 96, 112, 74, 104, "39.2"),
    ("Follow-up, prescription refill", 14, 99, 126, 82, 76, "36.7"),
    ("Breathless since morning, wheeze", 22, 94, 108, 70, 108, "38.1"),
    ("Headache and body ache", 15, 98, 130, 84, 80, "37.9"),
)
PCM = DrugLineInput("Paracetamol", "500 mg", "tablet", "1 tablet", "oral", "TDS", duration_days=3)
CTZ = DrugLineInput("Cetirizine", "10 mg", "tablet", "1 tablet", "oral", "HS", duration_days=5)
DIAGNOSES = (("J06.9", "Acute upper respiratory infection"), ("R50.9", "Fever"), ("J02.9", "Pharyngitis"))


@dataclasses.dataclass(frozen=True)
class DeskJob:
    account: DeskAccount
    profile: Profile
    db_password: str | None
    out: str  # the JSON result file
    seconds: float
    seed: int
    doctor_ids: tuple[int, ...]
    # at least this long from the end of one read of a screen to the next while changes stream in: the app's
    # gui/live.ReadPacer (REFRESH_GAP_MS); another value is an experiment
    refresh_gap_s: float = REFRESH_GAP_S


class Desk:
    def __init__(self, job: DeskJob, services: Services) -> None:
        self.job = job
        self.sv = services
        self.starts_at = time.monotonic()  # the run's start (time.monotonic: one clock for every process)
        self.rng = random.Random(job.seed)
        self.actor: Actor | None = None
        self.events: list[tuple[float, str, float, str | None]] = []  # (s since start, action, ms, error)
        self.writes: list[dict[str, Any]] = []
        self.crashes: list[str] = []
        self.lock = threading.Lock()
        self.stop = threading.Event()
        self.role = job.account.role
        self.topics = frozenset({ChangeTopic.BILLING if self.role == "cashier" else ChangeTopic.QUEUE})
        # the watcher (ChangeHub) and the screen it refreshes
        self.seen: dict[ChangeTopic, int] = {}
        self.baseline = False
        self.listening = False
        self.dirty = threading.Event()
        self.wake_poll = threading.Event()
        self.polls = 0
        self.notifications = 0
        self.subscriptions = 0
        self.screen: Any = None  # the latest queue snapshot or (pending, today's bills)
        self.tried: set[int] = set()  # nurse: entries this desk tried to triage

    # --- timing ------------------------------------------------------------------------------------

    def timed(self, action: str, fn: Callable[[], Any]) -> tuple[bool, Any]:
        started = time.monotonic()
        error: str | None = None
        result: Any = None
        with collecting() as got:
            try:
                result = fn()
            except HmsError as exc:
                error = type(exc).__name__
                result = exc
            except Exception as exc:  # a bug or a driver error the services did not map: keep it
                error = f"unhandled {type(exc).__name__}"
                result = exc
                with self.lock:
                    if len(self.crashes) < 5:
                        self.crashes.append(traceback.format_exc()[-2000:])
        ended = time.monotonic()
        with self.lock:
            self.events.append((started, action, (ended - started) * 1000, error))
        if got:
            self._local(got.versions)
        return error is None, result

    def wrote(self, kind: str, **values: Any) -> None:
        with self.lock:
            self.writes.append({"kind": kind, "desk": self.job.account.username, **values})

    def think(self, span: tuple[float, float] | None = None) -> None:
        low, high = span or THINK_S[self.role]
        self.stop.wait(self.rng.uniform(low, high))

    # --- watching the other desks (gui/live.ChangeHub, without Qt) ---------------------------------

    def _local(self, versions: dict[ChangeTopic, int]) -> None:
        """This desk's own write: its screen refreshes once, and the counters it moved are known."""
        with self.lock:
            for topic, counter in versions.items():
                self.seen[topic] = max(counter, self.seen.get(topic, counter))
        if not self.topics.isdisjoint(versions):
            self.dirty.set()

    def _moved(self, versions: dict[ChangeTopic, int]) -> None:
        with self.lock:
            moved = {t for t, c in versions.items() if c > self.seen.get(t, -1)}
            for t in moved:
                self.seen[t] = versions[t]
        if not self.topics.isdisjoint(moved):
            self.dirty.set()

    def _note(self, topic: ChangeTopic, counter: int) -> None:  # the listener's thread
        self.notifications += 1
        if self.baseline:
            self._moved({topic: counter})

    def _status(self, ok: bool) -> None:  # the listener's thread
        self.listening = ok
        if ok:
            self.subscriptions += 1
            self.wake_poll.set()  # read the counters once: what was sent while nobody listened is lost

    def _poller(self) -> None:
        assert self.actor is not None
        actor = self.actor
        while not self.stop.is_set():
            ok, versions = self.timed("poll counters", lambda: self.sv.changes.versions(actor))
            self.polls += 1
            if ok:
                if not self.baseline:
                    with self.lock:
                        self.seen.update(versions)
                    self.baseline = True
                    self.dirty.set()  # the screen's first read
                else:
                    self._moved(versions)
            self.wake_poll.wait(FALLBACK_POLL_S if self.listening else POLL_S)
            self.wake_poll.clear()

    def _refresher(self) -> None:
        assert self.actor is not None
        actor = self.actor
        billing, queue = self.sv.billing, self.sv.queue

        def bills() -> Any:  # the Billing tab's refresh: the pending list and today's documents
            return billing.pending(actor), billing.day_invoices(actor, billing.clock.today())

        while not self.stop.is_set():
            if not self.dirty.wait(0.5):
                continue
            self.dirty.clear()
            if self.role == "cashier":
                ok, screen = self.timed("refresh bills", bills)
            else:
                ok, screen = self.timed("refresh queue", lambda: queue.snapshot(actor))
            if ok:
                self.screen = screen
            if self.job.refresh_gap_s:  # ReadPacer: what arrives meanwhile is read together, after the gap
                self.stop.wait(self.job.refresh_gap_s)

    # --- the run -----------------------------------------------------------------------------------

    def run(self, ready: Any, go: Any, start: Any) -> None:
        """Sign in and start watching, say ``ready``, wait for ``go``: the run starts at ``start``."""
        ok, actor = self.timed("sign in", lambda: self.sv.auth.login(self.job.account.username, PASSWORD))
        if not ok:
            ready.put(self.job.account.username)
            return
        self.actor = actor
        if self.role == "doctor":  # as gui/app.py does at a doctor's sign-in: the ICD-10 index, now
            from hms_desktop.domain import icd10

            icd10.warm()
        threads = [threading.Thread(target=self._poller, daemon=True),
                   threading.Thread(target=self._refresher, daemon=True)]  # fmt: skip
        listener = None
        if self.sv.changes.can_listen:
            listener = self.sv.changes.listen(actor, self._note, self._status).start()
        for t in threads:
            t.start()
        self.dirty.wait(60)  # the first poll answered: the screen's first read is on its way
        ready.put(self.job.account.username)
        if not go.wait(300):
            self.stop.set()
            return
        self.starts_at = start.value
        ends = self.starts_at + self.job.seconds
        step = {"receptionist": self.reception, "nurse": self.nurse, "doctor": self.doctor,
                "cashier": self.cashier}[self.role]  # fmt: skip
        self.think((0.0, 2.0))  # the desks do not all start in the same instant
        try:
            while time.monotonic() < ends:
                step(actor)
        finally:
            self.stop.set()
            self.wake_poll.set()
            if listener is not None:
                listener.stop()
            for t in threads:
                t.join(5)

    # --- the roles -----------------------------------------------------------------------------------

    def reception(self, actor: Actor) -> None:
        pick = self.rng.random()
        term = self.rng.choice(SEARCHES)
        if pick < 0.45:
            self.timed("search", lambda: self.sv.patients.search(actor, term))
        elif pick < 0.75:
            sex = self.rng.choice("MF")
            data = WalkInInput(
                self.rng.choice(FIRST), sex, self.rng.randint(1, 85),
                phone=f"9{self.rng.randint(100000000, 999999999)}", last_name=self.rng.choice(LAST),
                complaint=self.rng.choice(VITALS)[0], allergy_status="nkda",
            )  # fmt: skip
            ok, res = self.timed("register walk-in", lambda: self.sv.visits.register_walk_in(actor, data))
            if ok:
                self.wrote("walk_in", patient_id=res.patient.id, entry_id=res.queue_entry_id)
        else:
            ok, rows = self.timed("search", lambda: self.sv.patients.search(actor, term))
            if not ok or not rows:
                return self.think()
            patient = self.rng.choice(rows[:10]).id
            doctor = self.rng.choice(self.job.doctor_ids)
            after = self.sv.clock.now() + dt_days(self.rng.randint(1, 20))
            ok, slots = self.timed(
                "free slots", lambda: self.sv.scheduling.next_free_slots(actor, doctor, after, 8)
            )
            if not ok or not slots:
                return self.think()
            slot = self.rng.choice(slots)
            ok, appt = self.timed(
                "book appointment",
                lambda: self.sv.scheduling.book(actor, patient, doctor, slot.starts_at, "Load run"),
            )
            if ok:
                self.wrote("booking", appointment_id=appt.id, doctor_id=doctor, starts_at=str(slot.starts_at))
        self.think()

    def nurse(self, actor: Actor) -> None:
        snap = self.screen
        rows = (
            [] if snap is None else [r for r in snap.rows if r.status == "waiting" and r.triage_level is None]
        )
        rows = [r for r in rows if r.id not in self.tried]
        if not rows:
            return self.think((IDLE_S, IDLE_S))
        row = self.rng.choice(rows[:3])  # the top few: two nurses may pick the same patient
        self.tried.add(row.id)
        ok, _ = self.timed("open triage", lambda: self.sv.triage.current(actor, row.id))
        if not ok:
            return self.think()
        self.think((1.0, 3.0))  # taking the readings
        complaint, rr, spo2, sbp, dbp, pulse, temp = self.rng.choice(VITALS)
        data = TriageInput(
            chief_complaint=complaint, resp_rate=rr, spo2=spo2, systolic_bp=sbp, diastolic_bp=dbp,
            pulse=pulse, temperature_c=Decimal(temp), consciousness="A", pain_score=self.rng.randint(0, 6),
        )  # fmt: skip
        triage = self.sv.triage
        ok, res = self.timed("record triage", lambda: triage.record(actor, row.id, data, row.row_version))
        if not ok and isinstance(res, ConfirmationNeeded):
            data = dataclasses.replace(data, confirmed=True)
            ok, res = self.timed("record triage", lambda: triage.record(actor, row.id, data, row.row_version))
        if ok:
            self.wrote("triage", entry_id=row.id, level=res.triage_level, news2=res.news2_score)
        self.think()

    def doctor(self, actor: Actor) -> None:
        ok, row = self.timed("call next", lambda: self.sv.queue.call_next(actor))
        if not ok:
            return self.think()
        if row is None:
            return self.think((IDLE_S, IDLE_S))
        self.wrote("called", entry_id=row.id)
        ok, view = self.timed("open consultation", lambda: self.sv.consultation.start(actor, row.id))
        if not ok:
            return self.think()
        self.think(CONSULT_S)
        code, text = self.rng.choice(DIAGNOSES)
        lines = (PCM,) if self.rng.random() < 0.6 else (PCM, CTZ)
        data = ConsultationInput(
            subjective="Symptoms for two days", assessment=text, plan="Rest, fluids", advice="Review",
            diagnoses=(DiagnosisInput(text, code, is_primary=True),), lines=lines,
            procedures=("NEB",) if self.rng.random() < 0.2 else (), confirmed=True,
        )  # fmt: skip
        ok, done = self.timed(
            "complete consultation", lambda: self.sv.consultation.complete(actor, view.id, data)
        )
        if ok:
            self.wrote("consultation", consultation_id=view.id, entry_id=row.id,
                       prescription_id=done.prescription_id)  # fmt: skip
        self.think()

    def cashier(self, actor: Actor) -> None:
        screen = self.screen
        acc = self.job.account
        mine = [] if screen is None else [p for p in screen[0] if p.patient_id % acc.peers == acc.rank]
        if not mine:
            return self.think((IDLE_S, IDLE_S))
        patient = mine[0]
        lines = [LineInput(pending_charge_id=c.id) for c in patient.charges]
        if self.rng.random() < 0.4:
            lines.append(LineInput(item_code="MED-PCM", quantity=Decimal(self.rng.randint(1, 3))))
        data = InvoiceInput(patient_id=patient.patient_id, lines=lines)
        ok, inv = self.timed("create invoice", lambda: self.sv.billing.create_invoice(actor, data))
        if not ok:
            self.screen = None  # read again before the next try (another desk may have billed them)
            return self.think()
        self.wrote("invoice", invoice_id=inv.id, doc_number=inv.doc_number, total=str(inv.grand_total),
                   charges=[c.id for c in patient.charges])  # fmt: skip
        self.think((1.0, 2.5))  # counting the money
        due = inv.balance_due
        parts = [due]
        if due > Decimal(100) and self.rng.random() < 0.3:
            parts = [Decimal(100), due - Decimal(100)]
        for n, amount in enumerate(parts):
            mode = "cash" if n == 0 else "upi"
            pay = PaymentInput(
                mode, amount, reference=None if mode == "cash" else f"UPI{self.rng.randint(10**9, 10**10)}"
            )
            take = functools.partial(self.sv.billing.take_payment, actor, inv.id, pay)
            ok, paid = self.timed("take payment", take)
            if ok:
                self.wrote("payment", invoice_id=inv.id, payment_id=paid.id, amount=str(amount),
                           receipt=paid.receipt_number)  # fmt: skip
        self.think()

    # --- result ----------------------------------------------------------------------------------

    def result(self) -> dict[str, Any]:
        return {
            "desk": self.job.account.username,
            "role": self.role,
            "events": [(t - self.starts_at, a, ms, e) for t, a, ms, e in self.events],
            "writes": self.writes,
            "polls": self.polls,
            "notifications": self.notifications,
            "subscriptions": self.subscriptions,
            "crashes": self.crashes,
        }


def dt_days(days: int) -> dt.timedelta:
    return dt.timedelta(days=days)


configure_mappers()  # once in the fork server that preloads this module, not once per desk


def run_desk(job: DeskJob, ready: Any, go: Any, start: Any) -> None:
    """The desk process's entry point (multiprocessing): play, then write the result file."""
    db = Database(make_engine(job.profile, job.db_password), job.profile)
    desk = Desk(job, build_services(db))
    try:
        desk.run(ready, go, start)
    except Exception:
        desk.crashes.append(traceback.format_exc()[-2000:])
    finally:
        Path(job.out).write_text(json.dumps(desk.result()), encoding="utf-8")
        with contextlib.suppress(Exception):
            db.dispose()
