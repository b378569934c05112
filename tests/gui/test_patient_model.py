"""The lazy Patients model: Qt's model tester, keyset paging, SQL sorting, stale pages dropped."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from hms_desktop.gui.tabs.patients.model import (
    COLUMNS,
    MRN_COL,
    NAME_COL,
    REGISTERED_COL,
    SEX_COL,
    PatientTableModel,
)
from hms_desktop.services.container import Services
from hms_desktop.services.context import Actor
from hms_desktop.services.patients_types import PatientSort
from tests.gui.conftest import DEMO_PATIENTS


def make_model(services: Services, actor: Actor, page_size: int = 50, **kw: Any) -> PatientTableModel:
    def fetch(sort: PatientSort, descending: bool, after: Any, limit: int) -> Any:
        return services.patients.list_page(actor, sort=sort, descending=descending, after=after, limit=limit)

    return PatientTableModel(fetch, page_size=page_size, **kw)


def load_all(model: PatientTableModel) -> None:
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())


def test_model_tester(qtmodeltester: Any, services: Services, admin: Actor) -> None:
    model = make_model(services, admin)
    model.reload()
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(model)


def test_pages_append_until_every_patient_is_there(services: Services, admin: Actor) -> None:
    model = make_model(services, admin, page_size=64)
    model.reload()
    assert model.rowCount() == 64
    load_all(model)
    assert model.rowCount() == DEMO_PATIENTS == services.patients.count(admin)
    ids = [model.row_at(i).id for i in range(model.rowCount())]
    assert len(set(ids)) == len(ids)
    assert model.columnCount() == len(COLUMNS) == 7
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)]
    assert headers == ["MRN", "Name", "Sex", "Age", "Phone", "City", "Registered"]


def test_sorting_requeries_in_sql(services: Services, admin: Actor) -> None:
    model = make_model(services, admin, page_size=100)
    model.sort(MRN_COL, Qt.SortOrder.DescendingOrder)
    load_all(model)
    mrns = [model.data(model.index(i, MRN_COL)) for i in range(model.rowCount())]
    assert mrns == sorted(mrns, reverse=True) and len(mrns) == DEMO_PATIENTS
    model.sort(REGISTERED_COL, Qt.SortOrder.AscendingOrder)
    assert model.sort_key is PatientSort.REGISTERED and not model.descending
    load_all(model)
    created = [model.row_at(i).created_at for i in range(model.rowCount())]
    assert created == sorted(created)
    model.sort(NAME_COL)
    # the name order is first name, then last name (PatientSort.NAME, ix_patient_first_last)
    rows = [model.row_at(i) for i in range(model.rowCount())]
    keys = [(r.first_key or "", r.last_key or "") for r in rows]
    assert keys[:50] == sorted(keys[:50])


def test_other_columns_do_not_sort(services: Services, admin: Actor) -> None:
    model = make_model(services, admin)
    model.sort(MRN_COL)
    before = [model.row_at(i).id for i in range(model.rowCount())]
    model.sort(SEX_COL, Qt.SortOrder.DescendingOrder)
    assert model.sort_key is PatientSort.MRN
    assert [model.row_at(i).id for i in range(model.rowCount())] == before


def test_a_page_for_an_old_sort_is_dropped(services: Services, admin: Actor) -> None:
    parked: list[Any] = []
    model = make_model(services, admin, run=lambda fn, ok, fail: parked.append((fn, ok)))
    model.reload()  # page 1 for NAME is now in flight
    model.sort(MRN_COL)  # and page 1 for MRN
    (old_fn, old_ok), (new_fn, new_ok) = parked
    new_ok(new_fn())
    old_ok(old_fn())  # arrives late: must not be appended
    assert model.rowCount() == 50
    mrns = [model.row_at(i).mrn for i in range(50)]
    assert mrns == sorted(mrns)


def test_a_failed_page_stops_fetching_until_reload(qtbot: QtBot, services: Services, admin: Actor) -> None:
    from hms_desktop.errors import ConnectionLost

    server_up = False
    real = make_model(services, admin)

    def fetch(sort: PatientSort, descending: bool, after: Any, limit: int) -> Any:
        if not server_up:
            raise ConnectionLost("The connection to the database server was lost.")
        return services.patients.list_page(admin, sort=sort, descending=descending, after=after, limit=limit)

    model = PatientTableModel(fetch, page_size=50)
    with qtbot.waitSignal(model.load_failed) as failed:
        model.reload()
    assert "lost" in failed.args[0]
    assert not model.canFetchMore(QModelIndex()) and model.rowCount() == 0
    server_up = True
    model.reload()
    assert model.rowCount() == 50 and model.error is None
    assert real.rowCount() == 0
