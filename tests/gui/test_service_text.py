"""What the services say reaches a Hindi desk in Hindi (issue 17): the catalogue of their messages,
the matching of a message against its template, and the two places an error reaches the desk (Ops,
FieldErrors). A small translation built here tests the mechanism; test_translation checks the real one."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from hms_desktop.errors import HmsError, NotFound, ValidationError
from hms_desktop.gui import i18n
from hms_desktop.gui.ops import Ops
from hms_desktop.gui.service_messages import TEMPLATES
from hms_desktop.gui.widgets.field_errors import FieldErrors
from hms_desktop.services.container import Services
from hms_desktop.services.context import Actor

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import i18n_scan  # noqa: E402

# (template, its translation): a constant, an f-string's template, a value that is itself a message
SAMPLE = {
    "Not an Indian mobile number.": "भारतीय मोबाइल नंबर नहीं है।",
    "There is no doctor with id {0}.": "आईडी {0} का कोई डॉक्टर नहीं है।",
    "There is no user with id {0}.": "आईडी {0} का कोई उपयोगकर्ता नहीं है।",
    "Mobile": "मोबाइल",
    "Your role ({0}) may not do this: {1}.": "आपकी भूमिका ({0}) यह नहीं कर सकती: {1}।",
    "Urgent": "अति आवश्यक",
    "At most {0} decimal places.": "अधिकतम {0} दशमलव स्थान।",
    (
        "Token {0} is still called{1} and has not come in: call them again, mark them not answered, "
        "or call the next patient anyway."
    ): "टोकन {0}{1} अब भी बुलाया गया है।",
}


def _ts(entries: dict[str, str]) -> str:
    from xml.sax.saxutils import escape

    messages = "".join(
        f"<message><source>{escape(s)}</source><translation>{escape(t)}</translation></message>"
        for s, t in entries.items()
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="hi_IN">'
        f"<context><name>ServiceMessage</name>{messages}</context></TS>"
    )


@pytest.fixture
def sample_hindi(qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    ts = tmp_path / "hms_hi.ts"
    ts.write_text(_ts(SAMPLE), encoding="utf-8")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run(
        [str(lrelease), str(ts), "-qm", str(tmp_path / "hms_hi.qm")], check=True, capture_output=True
    )
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    assert i18n.install(qapp, "hi") == "hi"
    yield
    i18n.uninstall(qapp)


def test_the_catalogue_is_what_the_services_can_say() -> None:
    templates = set(TEMPLATES)
    assert templates == set(i18n_scan.service_templates())
    # an error raised with an f-string is there as its template, a constant as written
    assert "There is no doctor with id {0}." in templates
    assert "Not an Indian mobile number." in templates
    # not messages: SQL, error codes, the demo clinic's data, logging
    assert not any(t.startswith("SELECT ") for t in templates)
    assert "SQLITE_BUSY" not in templates
    assert "Dr. Lakshmi Prasad" not in templates


def test_the_scan_reads_templates_and_leaves_code_alone(tmp_path: Path) -> None:
    (tmp_path / "hms_desktop" / "services").mkdir(parents=True)
    (tmp_path / "hms_desktop" / "services" / "x.py").write_text(
        '"""Docstring Is Not A Message."""\n'
        "import logging\n"
        "log = logging.getLogger(__name__)\n"
        "def f(n, code):\n"
        '    log.warning("Logged Not Shown %s", n)\n'
        '    if code == "Compared Key":\n'
        '        raise ValueError(f"Programmer error {n}")\n'
        '    raise NotFound(f"There is no item {code} (at {n:>4}).")\n'
        'ERRORS = {"Key Word": "Choose a {{braced}} value."}\n',
        encoding="utf-8",
    )
    found = i18n_scan.service_templates(tmp_path)
    assert found == ["Choose a {{braced}} value.", "There is no item {0} (at {1})."]


def test_english_desk_leaves_every_message_as_it_is() -> None:
    assert i18n.current() == "en"
    assert i18n.service_text("There is no doctor with id 7.") == "There is no doctor with id 7."
    error = ValidationError({"phone": "Not an Indian mobile number."})
    assert i18n.localize(error) is error and error.errors == {"phone": "Not an Indian mobile number."}


def test_a_message_is_matched_to_its_template_and_filled(sample_hindi: None) -> None:
    assert i18n.service_text("Not an Indian mobile number.") == "भारतीय मोबाइल नंबर नहीं है।"
    assert i18n.service_text("There is no doctor with id 12.") == "आईडी 12 का कोई डॉक्टर नहीं है।"
    assert i18n.service_text("At most 2 decimal places.") == "अधिकतम 2 दशमलव स्थान।"
    # a value may be empty (no room named)
    still = (
        "is still called{} and has not come in: call them again, mark them not answered, "
        "or call the next patient anyway."
    )
    assert i18n.service_text("Token 7 " + still.format(" to R-101")) == "टोकन 7 to R-101 अब भी बुलाया गया है।"
    assert i18n.service_text("Token 7 " + still.format("")) == "टोकन 7 अब भी बुलाया गया है।"
    # a value that is itself one of the services' words is translated too; others are left as typed
    assert (
        i18n.service_text("Your role (Urgent) may not do this: bill.")
        == "आपकी भूमिका (अति आवश्यक) यह नहीं कर सकती: bill।"
    )
    # a name, a number, a message no service says: unchanged
    for text in ("Ravi Kumar", "42", "Something no service says."):
        assert i18n.service_text(text) == text


def test_an_error_is_localised_once_with_its_fields(sample_hindi: None) -> None:
    error = ValidationError(
        {"phone": "Not an Indian mobile number.", "doctor_id": "There is no doctor with id 3."}
    )
    assert i18n.localize(error) is error
    assert error.errors == {"phone": "भारतीय मोबाइल नंबर नहीं है।", "doctor_id": "आईडी 3 का कोई डॉक्टर नहीं है।"}
    assert error.message.startswith("मोबाइल: भारतीय मोबाइल नंबर नहीं है।; Doctor: ")
    assert str(error) == error.message
    i18n.localize(error)  # again: nothing changes
    assert error.errors["phone"] == "भारतीय मोबाइल नंबर नहीं है।"


def test_a_service_error_through_ops_arrives_in_hindi(
    sample_hindi: None, qtbot: QtBot, ops: Ops, services: Services, admin: Actor
) -> None:
    failures: list[HmsError] = []
    ops.run(lambda: services.users.unlock(admin, 987654), on_failure=failures.append, what="unlocking")
    qtbot.waitUntil(lambda: bool(failures), timeout=10_000)
    assert isinstance(failures[0], NotFound)
    assert failures[0].message == "आईडी 987654 का कोई उपयोगकर्ता नहीं है।"


def test_field_errors_show_the_translation_at_the_field(sample_hindi: None, qtbot: QtBot) -> None:
    phone, message = QLabel(), QLabel()
    qtbot.addWidget(phone)
    qtbot.addWidget(message)
    errors = FieldErrors({"phone": phone}, message)
    errors.show(ValidationError({"phone": "Not an Indian mobile number."}))
    assert phone.text() == "भारतीय मोबाइल नंबर नहीं है।"
