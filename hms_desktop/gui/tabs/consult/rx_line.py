"""One prescription line as the doctor types it (:class:`RxLine`, text in every cell), and the columns
of the prescription table in the order of the printed line."""

from __future__ import annotations

import dataclasses
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QT_TRANSLATE_NOOP

from hms_desktop.domain import prescribing as rx
from hms_desktop.services.consultation_types import DrugLineInput, PrescriptionLineDoc

# (field, header, width); the header in English, said in the desk's language by RxModel.headerData
COLUMNS: tuple[tuple[str, str, int], ...] = (
    ("generic_name", str(QT_TRANSLATE_NOOP("RxModel", "Generic name")), 190),
    ("strength", str(QT_TRANSLATE_NOOP("RxModel", "Strength")), 80),
    ("dosage_form", str(QT_TRANSLATE_NOOP("RxModel", "Form")), 92),
    ("dose", str(QT_TRANSLATE_NOOP("RxModel", "Dose")), 84),
    ("route", str(QT_TRANSLATE_NOOP("RxModel", "Route")), 86),
    ("frequency", str(QT_TRANSLATE_NOOP("RxModel", "Freq.")), 70),
    ("sos_min_hours", str(QT_TRANSLATE_NOOP("RxModel", "SOS h")), 62),
    ("duration_days", str(QT_TRANSLATE_NOOP("RxModel", "Days")), 50),
    ("quantity", str(QT_TRANSLATE_NOOP("RxModel", "Qty")), 56),
    ("instructions", str(QT_TRANSLATE_NOOP("RxModel", "Instructions")), 120),
)
FIELDS = tuple(c[0] for c in COLUMNS)
COL = {f: n for n, f in enumerate(FIELDS)}
CHOICES: dict[str, tuple[str, ...]] = {
    "dosage_form": rx.FORMS,
    "route": rx.ROUTES,
    "frequency": tuple(rx.FREQUENCIES),
    "instructions": rx.INSTRUCTIONS,
}
NUMBERS = ("sos_min_hours", "duration_days")


@dataclasses.dataclass
class RxLine:
    """One row as typed: text in every cell (parsed when the lines are sent)."""

    generic_name: str = ""
    strength: str = ""
    dosage_form: str = ""
    dose: str = ""
    route: str = ""
    frequency: str = ""
    sos_min_hours: str = ""
    duration_days: str = ""
    quantity: str = ""  # the doctor's own; empty means computed
    instructions: str = ""
    brand_name: str = ""

    def is_blank(self) -> bool:
        return not any(getattr(self, f).strip() for f in FIELDS)

    def number(self, name: str) -> int | None:
        text = getattr(self, name).strip()
        return int(text) if text.isdigit() else None

    def own_quantity(self) -> Decimal | None:
        try:
            return Decimal(self.quantity.strip()) if self.quantity.strip() else None
        except InvalidOperation:
            return None

    def computed_quantity(self) -> Decimal | None:
        return rx.quantity(
            self.dose or None,
            self.frequency or None,
            self.number("duration_days"),
            self.number("sos_min_hours"),
            self.dosage_form or None,
        )

    def to_input(self) -> DrugLineInput:
        def text(v: str) -> str | None:
            return v.strip() or None

        return DrugLineInput(
            generic_name=self.generic_name.strip(),
            strength=text(self.strength),
            dosage_form=text(self.dosage_form),
            dose=text(self.dose),
            route=text(self.route),
            frequency=text(self.frequency),
            sos_min_hours=self.number("sos_min_hours"),
            duration_days=self.number("duration_days"),
            quantity=self.own_quantity(),
            instructions=text(self.instructions),
            brand_name=text(self.brand_name),
        )

    def to_domain(self) -> rx.DrugLine:
        x = self.to_input()
        return rx.DrugLine(**dataclasses.asdict(x))

    @classmethod
    def from_input(cls, x: DrugLineInput) -> RxLine:
        """A line as the doctor would have typed it (a favourite's): the doctor's own quantity kept."""
        line = cls.from_doc(x)  # the same fields, by name
        return dataclasses.replace(line, quantity=quantity_text(x.quantity))

    @classmethod
    def from_doc(cls, d: PrescriptionLineDoc | DrugLineInput) -> RxLine:
        def s(v: object) -> str:
            return "" if v is None else str(v)

        return cls(
            d.generic_name,
            s(d.strength),
            s(d.dosage_form),
            s(d.dose),
            s(d.route),
            s(d.frequency),
            s(d.sos_min_hours),
            s(d.duration_days),
            "",
            s(d.instructions),
            s(d.brand_name),
        )


def quantity_text(q: Decimal | None) -> str:
    if q is None:
        return ""
    return f"{q.normalize():f}" if q == q.to_integral_value() else f"{q:f}"


def drug_text(d: DrugLineInput) -> str:
    """How a drug-list entry reads in the completer."""
    rest = " ".join(x for x in (d.strength, d.dosage_form) if x)
    brand = f" ({d.brand_name})" if d.brand_name else ""
    return f"{d.generic_name.upper()}{brand} · {rest}" if rest else f"{d.generic_name.upper()}{brand}"
