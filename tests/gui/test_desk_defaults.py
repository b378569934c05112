"""The desk defaults the set-up wizard saves are the ones the screens start with (issue 13): the
invoice paper in the Billing tab, the prescription paper in the consultation."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from hms_desktop.gui.ops import Ops
from hms_desktop.gui.settings import INVOICE_PAPER, PRESCRIPTION_PAPER, Settings
from hms_desktop.gui.tabs.billing import BillingTab
from hms_desktop.gui.tabs.consult.drafts import DraftStore
from hms_desktop.gui.tabs.consult.workspace import ConsultationWorkspace
from hms_desktop.services.container import Services
from hms_desktop.services.demo_types import DEMO_PASSWORD
from tests.gui.desk import desk_of
from tests.gui.test_consultation import in_room

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(("invoice", "prescription"), [("A4", "A4"), ("80mm", "A5"), ("A5", "A4")])
def test_screens_start_on_the_desks_paper(
    qtbot: QtBot, ops: Ops, services: Services, tmp_path: Path, invoice: str, prescription: str
) -> None:
    settings = Settings(tmp_path / "desk.ini")
    settings.set(INVOICE_PAPER, invoice)
    settings.set(PRESCRIPTION_PAPER, prescription)
    cashier = services.auth.login("cashier", DEMO_PASSWORD)
    tab = BillingTab(desk_of(ops, services, cashier, settings), services)
    qtbot.addWidget(tab)
    assert tab.paper_combo.currentData() == invoice
    doctor = services.auth.login("doctor", DEMO_PASSWORD)
    entry = in_room(services, doctor, "Ira")
    ws = ConsultationWorkspace(
        desk_of(ops, services, doctor, settings), services, entry, drafts=DraftStore(tmp_path, "doctor")
    )
    qtbot.addWidget(ws)
    assert ws.paper.currentText() == prescription
    assert ws.form_input().paper_size == prescription  # what Complete sends
    qtbot.waitUntil(lambda: not ops.busy, timeout=10_000)


def test_a_new_follow_up_defaults_to_a_week_from_the_clinics_day(
    qtbot: QtBot, ops: Ops, services: Services, tmp_path: Path
) -> None:
    """At 20:00 UTC on 2 Dec it is already 3 Dec in the clinic (Asia/Kolkata): the follow-up the
    consultation offers is 10 Dec, a week from the clinic's day, not from this computer's."""
    import dataclasses
    import datetime as dt

    from hms_desktop.domain.clock import Clock
    from hms_desktop.gui.desk import DeskContext

    doctor = services.auth.login("doctor", DEMO_PASSWORD)
    entry = in_room(services, doctor, "Jaya")
    evening = Clock("Asia/Kolkata", source=lambda: dt.datetime(2026, 12, 2, 20, 0, tzinfo=dt.UTC))
    desk = dataclasses.replace(desk_of(ops, services, doctor), clock=evening)
    assert isinstance(desk, DeskContext)
    ws = ConsultationWorkspace(desk, services, entry, drafts=DraftStore(tmp_path, "doctor"))
    qtbot.addWidget(ws)
    ws.apply_state({})
    assert ws.follow_date.date().toPython() == dt.date(2026, 12, 10)
    qtbot.waitUntil(lambda: not ops.busy, timeout=10_000)
