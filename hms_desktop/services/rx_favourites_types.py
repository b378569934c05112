"""The favourite prescriptions' data in and out (no SQLAlchemy: the consultation window imports it)."""

from __future__ import annotations

import dataclasses

from hms_desktop.errors import ValidationError
from hms_desktop.services.consultation_types import DrugLineInput


class FavouriteExists(ValidationError):
    """The doctor already has a favourite of that name: the desk asks before replacing it."""

    def __init__(self, name: str) -> None:
        super().__init__({"name": f"You already have a favourite named “{name}”."})
        self.name = name


@dataclasses.dataclass(frozen=True)
class Favourite:
    id: int
    name: str
    lines: tuple[DrugLineInput, ...]

    def summary(self) -> str:
        """The drugs in one line for the picker: 'PARACETAMOL 500 mg, CETIRIZINE 10 mg'."""
        return ", ".join(" ".join(p for p in (x.generic_name, x.strength) if p) for x in self.lines)
