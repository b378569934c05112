"""The clinic's identity and numbering as two form pages (``ui/clinic_identity.ui``,
``ui/clinic_numbering.ui``), shared by the set-up wizard (pages 1 and 2) and Settings ▸ Clinic…: the
fields, the logo chooser with its preview, the city and State suggested from the PIN (India Post's
directory, :mod:`hms_desktop.domain.pincodes`; never over what the administrator typed or chose), and
each service error shown under its field.

Validation is the clinic service's (GSTIN checksum and State, PIN, UPI ID, time zone...): the form
only collects text and shows what the service says.
"""

from __future__ import annotations

import zoneinfo
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel, QLineEdit, QPushButton, QSpinBox

from hms_desktop.domain.gst import MAX_BACKDATE_DAYS, PLACE_CODES, STATE_NAMES
from hms_desktop.domain.pincodes import suggest
from hms_desktop.gui.admin.form_dialog import HidingFieldErrors, set_error
from hms_desktop.gui.forms import find, load_form
from hms_desktop.gui.i18n import service_text
from hms_desktop.reports.logo import LogoError, scale_logo
from hms_desktop.services.billing_types import SeriesPrefix
from hms_desktop.services.clinic_types import DRAFT_KEEP_DAYS, MAX_DRAFT_KEEP_DAYS

DEFAULT_ZONE = "Asia/Kolkata"  # notr: an IANA time zone name (the service checks it)
# IANA time zone names: the value saved, the same in every language
ZONES = (
    DEFAULT_ZONE,
    "Asia/Dubai",  # notr: a time zone name
    "Asia/Kathmandu",  # notr: a time zone name
    "Asia/Dhaka",  # notr: a time zone name
    "Asia/Colombo",  # notr: a time zone name
    "Asia/Singapore",  # notr: a time zone name
    "Europe/London",  # notr: a time zone name
)
SERIES = (
    ("tax_invoice", str(QT_TRANSLATE_NOOP("ClinicForm", "Tax invoices"))),
    ("bill_of_supply", str(QT_TRANSLATE_NOOP("ClinicForm", "Bills of supply"))),
    ("inv_cum_bos", str(QT_TRANSLATE_NOOP("ClinicForm", "Invoice-cum-bills of supply"))),
    ("receipt", str(QT_TRANSLATE_NOOP("ClinicForm", "Receipts"))),
    ("credit_note", str(QT_TRANSLATE_NOOP("ClinicForm", "Credit notes"))),
)
# the identity page's text fields (each ``<field>Edit`` with ``<field>Error`` under it)
TEXT_FIELDS = (
    "legal_name",
    "trade_name",
    "address_line1",
    "address_line2",
    "pin_code",
    "city",
    "phone",
    "email",
    "gstin",
    "estab_reg_no",
    "upi_vpa",
)
NUMBERING_ERRORS = (
    "mrn_prefix", "token_per_dept", "idle_lock_min", "discount_limit_pct", "backdate_days", "draft_keep_days",
)  # fmt: skip


class ClinicForm:
    """Loads ``identity`` and ``numbering`` (two QWidgets) and reads/writes their values."""

    def __init__(self, message: QLabel) -> None:
        self.logo_png: bytes | None = None
        self._loaded_logo: bytes | None = None
        self.identity = load_form("clinic_identity.ui")
        self.numbering = load_form("clinic_numbering.ui")
        ident, num = self.identity, self.numbering
        self.edits: dict[str, QLineEdit] = {f: find(ident, QLineEdit, f"{f}Edit") for f in TEXT_FIELDS}
        self.error_labels: dict[str, QLabel] = {
            f: find(ident, QLabel, f"{f}Error") for f in (*TEXT_FIELDS, "state_code", "time_zone", "logo_png")
        }
        self.error_labels["state_name"] = self.error_labels["state_code"]  # both come from the State chosen
        self.state = find(ident, QComboBox, "stateCombo")
        self.state.addItem(
            QCoreApplication.translate("ClinicForm", "Choose the State or Union Territory…"), None
        )
        shown = {code: service_text(STATE_NAMES[code]) for code in PLACE_CODES}  # in the desk's language
        for code in sorted(PLACE_CODES, key=lambda c: shown[c]):
            self.state.addItem(f"{shown[code]} ({code})", code)
        self.zone = find(ident, QComboBox, "timeZoneCombo")
        self.zone.addItems(ZONES)
        self.logo_preview = find(ident, QLabel, "logoPreview")
        self.logo_button = find(ident, QPushButton, "logoButton")
        self.logo_button.clicked.connect(self.choose_logo)
        self.logo_clear = find(ident, QPushButton, "logoClearButton")
        self.logo_clear.clicked.connect(lambda: self.set_logo(None))
        # what the PIN last suggested: replaced by the next suggestion, never what was typed or chosen
        self._suggested_city: str | None = None
        self._suggested_state: str | None = None
        self.edits["pin_code"].textEdited.connect(self._suggest_place)

        self.mrn_prefix = find(num, QLineEdit, "mrnPrefixEdit")
        self.tokens = find(num, QComboBox, "tokenSeriesCombo")
        self.tokens.addItem(
            QCoreApplication.translate("ClinicForm", "One token series for the clinic"), False
        )
        self.tokens.addItem(QCoreApplication.translate("ClinicForm", "A token series per department"), True)
        self.series: dict[str, QLineEdit] = {}
        for doc_type, _label in SERIES:
            self.series[doc_type] = find(num, QLineEdit, f"{doc_type}PrefixEdit")
            self.error_labels[f"series.{doc_type}"] = find(num, QLabel, f"{doc_type}PrefixError")
        for field in NUMBERING_ERRORS:
            self.error_labels[field] = find(num, QLabel, f"{field}Error")
        self.idle = find(num, QSpinBox, "idleLockSpin")
        self.discount = find(num, QLineEdit, "discountLimitEdit")
        self.backdate = find(num, QSpinBox, "backdateSpin")
        self.backdate.setRange(0, MAX_BACKDATE_DAYS)
        self.draft_keep = find(num, QSpinBox, "draftKeepSpin")
        self.draft_keep.setRange(1, MAX_DRAFT_KEEP_DAYS)
        self._loaded_prefixes: dict[str, str] = {}
        self.errors = HidingFieldErrors(self.error_labels, message)

    # --- values ---------------------------------------------------------------------------------

    def load(self, info: Any) -> None:
        self._suggested_city = self._suggested_state = None
        for field, edit in self.edits.items():
            edit.setText(getattr(info, field) or "")
        index = self.state.findData(info.state_code)
        self.state.setCurrentIndex(max(index, 0))
        self.zone.setCurrentText(info.time_zone or DEFAULT_ZONE)
        self._loaded_logo = info.logo_png
        self.set_logo(info.logo_png)
        self.mrn_prefix.setText(info.mrn_prefix or "")
        self.tokens.setCurrentIndex(1 if info.token_per_dept else 0)
        self.idle.setValue(int(info.idle_lock_min or 10))
        self.discount.setText(str(info.discount_limit_pct))
        self.backdate.setValue(int(info.backdate_days or 0))
        self.draft_keep.setValue(int(info.draft_keep_days or DRAFT_KEEP_DAYS))

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
                QCoreApplication.translate(
                    "ClinicForm",
                    "{n} number(s) issued this financial year: the prefix can change from the next one.",
                ).format(n=used)
                if used
                else QCoreApplication.translate(
                    "ClinicForm",
                    "Letters or digits, starting with a letter; fixed once a number is issued this year.",
                )
            )

    def values(self) -> dict[str, Any]:
        """Every field for ``ClinicService.update_settings`` (blank text is sent as None)."""
        out: dict[str, Any] = {f: (e.text().strip() or None) for f, e in self.edits.items()}
        out["state_code"] = self.state.currentData()
        out["state_name"] = STATE_NAMES.get(out["state_code"]) if out["state_code"] else None
        out["time_zone"] = self.zone.currentText().strip() or DEFAULT_ZONE
        if self.logo_png != self._loaded_logo:
            out["logo_png"] = self.logo_png
        out["mrn_prefix"] = self.mrn_prefix.text().strip() or "HMS"
        out["token_per_dept"] = bool(self.tokens.currentData())
        out["idle_lock_min"] = self.idle.value()
        out["discount_limit_pct"] = self.discount.text().strip() or "10"
        out["backdate_days"] = self.backdate.value()
        out["draft_keep_days"] = self.draft_keep.value()
        return out

    def series_prefixes(self) -> dict[str, str]:
        changed = {d: e.text().strip().upper() for d, e in self.series.items() if e.text().strip()}
        return {d: p for d, p in changed.items() if p != self._loaded_prefixes.get(d)}

    # --- behaviour ------------------------------------------------------------------------------

    def _suggest_place(self, pin: str) -> None:
        """The PIN's city and State where India Post's directory knows them, into a City left empty
        (or holding the previous suggestion) and a State not yet chosen (or previously suggested)."""
        place = suggest(pin)
        if place is None:
            return
        city = self.edits["city"]
        if place.city and city.text().strip() in ("", self._suggested_city):
            city.setText(place.city)
            self._suggested_city = place.city
        if self.state.currentData() in (None, self._suggested_state):
            self.state.setCurrentIndex(self.state.findData(place.state_code))
            self._suggested_state = place.state_code

    def choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.identity,
            QCoreApplication.translate("ClinicForm", "Choose the clinic's logo"),
            "",
            QCoreApplication.translate("ClinicForm", "Images (*.png *.jpg *.jpeg)"),
        )
        if path:
            self.load_logo_file(path)

    def load_logo_file(self, path: str) -> bool:
        set_error(self.error_labels["logo_png"], "")
        try:
            with open(path, "rb") as fh:
                data = scale_logo(fh.read())
        except (OSError, LogoError) as exc:
            set_error(self.error_labels["logo_png"], service_text(str(exc)))
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
            self.logo_preview.setText(QCoreApplication.translate("ClinicForm", "No logo"))
        self.logo_clear.setEnabled(bool(data))


def zone_is_known(name: str) -> bool:
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return False
    return True
