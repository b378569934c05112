"""The clinic's identity and numbering as two form pages, shared by the set-up wizard (pages 1 and 2)
and Settings ▸ Clinic…: the fields, the logo chooser with its preview, the State suggested from the
PIN, and each service error shown under its field.

Validation is the clinic service's (GSTIN checksum and State, PIN, UPI ID, time zone...): the form
only collects text and shows what the service says.
"""

from __future__ import annotations

import zoneinfo
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hms_desktop.domain.gst import MAX_BACKDATE_DAYS, PLACE_CODES, STATE_NAMES
from hms_desktop.domain.pin_regions import state_code_of_pin
from hms_desktop.gui.widgets.field_errors import FieldErrors
from hms_desktop.services.billing_types import SeriesPrefix
from hms_desktop.services.logo import LogoError, scale_logo

ZONES = (
    "Asia/Kolkata",
    "Asia/Dubai",
    "Asia/Kathmandu",
    "Asia/Dhaka",
    "Asia/Colombo",
    "Asia/Singapore",
    "Europe/London",
)
SERIES = (
    ("tax_invoice", "Tax invoices"),
    ("bill_of_supply", "Bills of supply"),
    ("inv_cum_bos", "Invoice-cum-bills of supply"),
    ("receipt", "Receipts"),
    ("credit_note", "Credit notes"),
)

TEXT_FIELDS: tuple[tuple[str, str, str, int], ...] = (
    ("legal_name", "Legal name *", "as registered for GST / with the Clinical Establishments register", 200),
    ("trade_name", "Trade name", "the name patients know, if different", 200),
    ("address_line1", "Address", "building, street", 200),
    ("address_line2", "Address line 2", "area, landmark", 200),
    ("pin_code", "PIN", "six digits", 6),
    ("city", "City", "", 80),
    ("phone", "Phone", "", 20),
    ("email", "E-mail", "", 120),
    ("gstin", "GSTIN", "leave empty for an unregistered clinic (bills of supply only)", 15),
    ("estab_reg_no", "Establishment reg. no.", "Clinical Establishments Act registration", 60),
    ("upi_vpa", "UPI ID", "e.g. ashaclinic@okhdfcbank: a QR code on bills with a balance due", 100),
)


def _error_label() -> QLabel:
    from hms_desktop.gui.admin.form_dialog import ErrorLabel

    return ErrorLabel()


class ClinicForm:
    """Builds ``identity`` and ``numbering`` (two QWidgets) and reads/writes their values."""

    def __init__(self, message: QLabel) -> None:
        self.edits: dict[str, QLineEdit] = {}
        self.error_labels: dict[str, QLabel] = {}
        self.logo_png: bytes | None = None
        self._loaded_logo: bytes | None = None
        # scrolls rather than growing past a 768-pixel-high screen
        self.identity = QScrollArea()
        self.identity.setObjectName("clinicIdentityPage")
        self.identity.setWidgetResizable(True)
        self.identity.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        self.identity.setWidget(inner)
        form = QFormLayout(inner)
        form.setVerticalSpacing(6)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field, label, hint, length in TEXT_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"{field}Edit")
            edit.setPlaceholderText(hint)
            edit.setMaxLength(length)
            self.edits[field] = edit
            self._row(form, label, edit, field)
            if field == "pin_code":
                self.state = QComboBox()
                self.state.setObjectName("stateCombo")
                self.state.addItem("Choose the State or Union Territory…", None)
                for code in sorted(PLACE_CODES, key=lambda c: STATE_NAMES[c]):
                    self.state.addItem(f"{STATE_NAMES[code]} ({code})", code)
                self._row(form, "State / UT *", self.state, "state_code")
                edit.textEdited.connect(self._suggest_state)
        self.zone = QComboBox()
        self.zone.setObjectName("timeZoneCombo")
        self.zone.setEditable(True)
        self.zone.addItems(ZONES)
        self._row(form, "Time zone", self.zone, "time_zone")
        logo_row = QHBoxLayout()
        self.logo_preview = QLabel("No logo")
        self.logo_preview.setObjectName("logoPreview")
        self.logo_preview.setFixedSize(150, 60)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("border: 1px solid #c8c8c8; background: white;")
        self.logo_button = QPushButton("Choose &logo…")
        self.logo_button.clicked.connect(self.choose_logo)
        self.logo_clear = QPushButton("Remove")
        self.logo_clear.clicked.connect(lambda: self.set_logo(None))
        logo_row.addWidget(self.logo_preview)
        logo_row.addWidget(self.logo_button)
        logo_row.addWidget(self.logo_clear)
        logo_row.addStretch(1)
        holder = QWidget()
        holder.setLayout(logo_row)
        logo_row.setContentsMargins(0, 0, 0, 0)
        self._row(form, "Logo (PNG/JPEG)", holder, "logo_png")

        self.numbering = QWidget()
        self.numbering.setObjectName("clinicNumberingPage")
        nform = QFormLayout(self.numbering)
        self.mrn_prefix = QLineEdit()
        self.mrn_prefix.setObjectName("mrnPrefixEdit")
        self.mrn_prefix.setMaxLength(6)
        self.mrn_prefix.setPlaceholderText("1-6 letters, e.g. ASH: patient numbers ASH-0000001-M")
        self._row(nform, "MRN prefix", self.mrn_prefix, "mrn_prefix")
        self.tokens = QComboBox()
        self.tokens.setObjectName("tokenSeriesCombo")
        self.tokens.addItem("One token series for the clinic", False)
        self.tokens.addItem("A token series per department", True)
        self._row(nform, "Queue tokens", self.tokens, "token_per_dept")
        self.series: dict[str, QLineEdit] = {}
        for doc_type, label in SERIES:
            edit = QLineEdit()
            edit.setObjectName(f"{doc_type}PrefixEdit")
            edit.setMaxLength(6)
            edit.setPlaceholderText("1-6 letters or digits, e.g. INV")
            self.series[doc_type] = edit
            self._row(nform, f"{label} prefix", edit, f"series.{doc_type}")
        self.idle = QSpinBox()
        self.idle.setObjectName("idleLockSpin")
        self.idle.setRange(1, 240)
        self.idle.setSuffix(" min")
        self._row(nform, "Lock a desk after", self.idle, "idle_lock_min")
        self.discount = QLineEdit()
        self.discount.setObjectName("discountLimitEdit")
        self.discount.setPlaceholderText("percent of a line a cashier may discount without a reason")
        self._row(nform, "Discount limit (%)", self.discount, "discount_limit_pct")
        self.backdate = QSpinBox()
        self.backdate.setObjectName("backdateSpin")
        self.backdate.setRange(0, MAX_BACKDATE_DAYS)
        self.backdate.setSpecialValueText("Today only")
        self.backdate.setSuffix(" days back, with a reason")
        self.backdate.setToolTip("How far before today a cashier may date an invoice; each one is audited.")
        self._row(nform, "Invoice dates", self.backdate, "backdate_days")
        self._loaded_prefixes: dict[str, str] = {}
        self.errors = FieldErrors(self.error_labels, message)

    def _row(self, form: QFormLayout, label: str, widget: QWidget, field: str) -> None:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(widget)
        error = _error_label()
        column.addWidget(error)
        self.error_labels[field] = error
        form.addRow(label, box)

    # --- values ---------------------------------------------------------------------------------

    def load(self, info: Any) -> None:
        for field, edit in self.edits.items():
            edit.setText(getattr(info, field) or "")
        index = self.state.findData(info.state_code)
        self.state.setCurrentIndex(max(index, 0))
        self.zone.setCurrentText(info.time_zone or "Asia/Kolkata")
        self._loaded_logo = info.logo_png
        self.set_logo(info.logo_png)
        self.mrn_prefix.setText(info.mrn_prefix or "")
        self.tokens.setCurrentIndex(1 if info.token_per_dept else 0)
        self.idle.setValue(int(info.idle_lock_min or 10))
        self.discount.setText(str(info.discount_limit_pct))
        self.backdate.setValue(int(info.backdate_days or 0))

    def load_prefixes(self, prefixes: list[SeriesPrefix]) -> None:
        """The series prefixes in use (the form sends only the ones the administrator changes). A
        series that has issued numbers this financial year keeps its prefix until the next one."""
        self._loaded_prefixes = {p.doc_type: p.prefix for p in prefixes}
        issued = {p.doc_type: p.issued for p in prefixes}
        for doc_type, edit in self.series.items():
            edit.setText(self._loaded_prefixes.get(doc_type, ""))
            used = issued.get(doc_type, 0)
            edit.setReadOnly(used > 0)
            edit.setEnabled(used == 0)  # greyed, so the administrator sees it is fixed for the year
            edit.setToolTip(
                f"{used} number(s) issued this financial year: the prefix can change from the next one."
                if used
                else "Letters or digits, starting with a letter; fixed once a number is issued this year."
            )

    def values(self) -> dict[str, Any]:
        """Every field for ``ClinicService.update_settings`` (blank text is sent as None)."""
        out: dict[str, Any] = {f: (e.text().strip() or None) for f, e in self.edits.items()}
        out["state_code"] = self.state.currentData()
        out["state_name"] = STATE_NAMES.get(out["state_code"]) if out["state_code"] else None
        out["time_zone"] = self.zone.currentText().strip() or "Asia/Kolkata"
        if self.logo_png != self._loaded_logo:
            out["logo_png"] = self.logo_png
        out["mrn_prefix"] = self.mrn_prefix.text().strip() or "HMS"
        out["token_per_dept"] = bool(self.tokens.currentData())
        out["idle_lock_min"] = self.idle.value()
        out["discount_limit_pct"] = self.discount.text().strip() or "10"
        out["backdate_days"] = self.backdate.value()
        return out

    def series_prefixes(self) -> dict[str, str]:
        changed = {d: e.text().strip().upper() for d, e in self.series.items() if e.text().strip()}
        return {d: p for d, p in changed.items() if p != self._loaded_prefixes.get(d)}

    # --- behaviour ------------------------------------------------------------------------------

    def _suggest_state(self, pin: str) -> None:
        code = state_code_of_pin(pin)
        if code is not None and self.state.currentData() is None:
            self.state.setCurrentIndex(self.state.findData(code))

    def choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.identity, "Choose the clinic's logo", "", "Images (*.png *.jpg *.jpeg)"
        )
        if path:
            self.load_logo_file(path)

    def load_logo_file(self, path: str) -> bool:
        self.error_labels["logo_png"].setText("")
        try:
            with open(path, "rb") as fh:
                data = scale_logo(fh.read())
        except (OSError, LogoError) as exc:
            self.error_labels["logo_png"].setText(str(exc))
            return False
        self.set_logo(data)
        return True

    def set_logo(self, data: bytes | None) -> None:
        self.logo_png = data
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.logo_preview.setPixmap(
                pixmap.scaled(
                    146, 56, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
                )
            )
        else:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText("No logo")
        self.logo_clear.setEnabled(bool(data))


def zone_is_known(name: str) -> bool:
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return False
    return True
