"""Fixtures of the X-server suite: a fresh display, a fresh data folder, the app, a screenshot folder.

``HMS_E2E_SCREENS`` names the screenshot folder (default ``build/e2e-screens`` in the checkout; CI
keeps it as an artifact). The suite is skipped, saying why, when Xvfb, xdotool or openbox is missing
(``make e2e`` installs them on Debian when run as root).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.clinic import Clinic
from tests.e2e.xdesk import ROOT, Desk, XServer, missing_tools


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    missing = missing_tools()
    if not missing:
        return
    skip = pytest.mark.skip(
        reason=f"the X-server suite needs {', '.join(missing)} (Debian: apt-get install xvfb xdotool "
        "openbox x11-utils; `make e2e` does it as root)"
    )
    for item in items:
        if "tests/e2e/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(skip)


@pytest.fixture(scope="session")
def screens_dir() -> Path:
    path = Path(os.environ.get("HMS_E2E_SCREENS") or ROOT / "build" / "e2e-screens")
    if path.exists():
        shutil.rmtree(path)
    path.mkdir(parents=True)
    print(f"\n[e2e] screenshots: {path}", flush=True)
    return path


@pytest.fixture
def desk(tmp_path: Path, screens_dir: Path, request: pytest.FixtureRequest) -> Iterator[Desk]:
    shots = screens_dir / request.node.name
    shots.mkdir()
    x = XServer(tmp_path)
    x.start()
    data = tmp_path / "hms"
    data.mkdir()
    d = Desk(x, data, shots)
    try:
        d.start_shooter()
        yield d
    finally:
        d.stop()
        x.stop()
        log = tmp_path / "app.log"
        if log.exists():
            shutil.copy(log, shots / "app.log")


@pytest.fixture
def clinic(desk: Desk) -> Iterator[Clinic]:
    c = Clinic(desk.data_dir / "hms.db")
    yield c
    c.close()
