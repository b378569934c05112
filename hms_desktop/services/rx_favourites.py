"""A doctor's favourite prescriptions (issue 15): a named set of drug lines ("URTI adult", "Gastritis")
saved from the prescription being written and inserted into another in two keys.

A favourite belongs to one doctor: only that doctor lists, replaces or deletes it. It holds no patient
(the allergy and interaction checks run when the lines land in a consultation, as for typed lines), so
it is a template, not a clinical record: it may be replaced and deleted, and every write is audited.
The lines obey the prescription's own input rules (``prescription_lines.line_errors``).
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select

from hms_desktop.db.engine import Database
from hms_desktop.db.models import RxFavourite, RxFavouriteLine
from hms_desktop.domain.clock import Clock
from hms_desktop.domain.permissions import Action
from hms_desktop.domain.validation import clean_id, clean_text
from hms_desktop.errors import NotFound, PermissionDenied, ValidationError
from hms_desktop.services import audit
from hms_desktop.services.consultation_types import DrugLineInput
from hms_desktop.services.context import Actor
from hms_desktop.services.guard import read_retry, require
from hms_desktop.services.prescription_lines import line_errors
from hms_desktop.services.rx_favourites_types import Favourite, FavouriteExists

__all__ = ["MAX_FAVOURITES", "MAX_LINES", "RxFavouriteService", "name_key"]

MAX_LINES = 20  # a favourite is a short regimen, not a formulary
MAX_FAVOURITES = 200  # per doctor: more is a drug list, and the picker is read whole
NAME_LEN = 60


def name_key(name: str) -> str:
    """One name per doctor whatever the spacing or case: 'urti  Adult' and 'URTI adult' are one."""
    return " ".join(name.split()).upper()


class RxFavouriteService:
    def __init__(self, db: Database, clock: Clock | None = None) -> None:
        self._db = db
        self.clock = clock or Clock()

    def _doctor(self, actor: Actor, action: Action) -> int:
        require(self._db, actor, action, "rx_favourite")
        if actor.doctor_id is None:  # the matrix gives clinical writing to doctors; a profile is needed
            raise PermissionDenied("Favourite prescriptions belong to a doctor's profile.")
        return actor.doctor_id

    @read_retry
    def favourites(self, actor: Actor) -> list[Favourite]:
        """The signed-in doctor's favourites, by name."""
        doctor = self._doctor(actor, Action.CLINICAL_WRITE)
        with self._db.read() as s:
            rows = s.scalars(
                select(RxFavourite).where(RxFavourite.doctor_id == doctor).order_by(RxFavourite.name_key)
            ).all()
            return [_dto(f) for f in rows]

    def save(
        self, actor: Actor, name: str, lines: Sequence[DrugLineInput], *, replace: bool = False
    ) -> Favourite:
        """Save ``lines`` (blank ones dropped) as the doctor's favourite ``name``. A name the doctor
        already uses raises :class:`FavouriteExists` unless ``replace``: then its lines are replaced."""
        doctor = self._doctor(actor, Action.CLINICAL_WRITE)
        errors: dict[str, str] = {}
        title = clean_text(name, "name", NAME_LEN, errors, required="Name the favourite (e.g. URTI adult).")
        if title is not None and len(name_key(title)) > NAME_LEN:  # 'ß' and 'ﬁ' grow in upper case
            errors["name"] = f"At most {NAME_LEN} characters in capitals; shorten the name."
        if isinstance(lines, str | bytes) or not isinstance(lines, Sequence):
            raise ValidationError({**errors, "lines": "Add at least one drug line to save as a favourite."})
        kept = [x for x in lines if not _blank_line(x)]
        if not kept:
            errors["lines"] = "Add at least one drug line to save as a favourite."
        elif len(kept) > MAX_LINES:
            errors["lines"] = f"A favourite holds at most {MAX_LINES} lines."
        else:
            errors.update(line_errors(kept))
        if errors or title is None:
            raise ValidationError(errors)
        key = name_key(title)
        with self._db.write() as s:
            fav = s.scalar(
                select(RxFavourite).where(RxFavourite.doctor_id == doctor, RxFavourite.name_key == key)
            )
            if fav is not None and not replace:
                raise FavouriteExists(fav.name)
            if fav is None:
                count = (
                    s.scalar(select(func.count(RxFavourite.id)).where(RxFavourite.doctor_id == doctor)) or 0
                )
                if count >= MAX_FAVOURITES:
                    raise ValidationError({"name": f"You have {count} favourites; delete one first."})
                fav = RxFavourite(doctor_id=doctor, name=title, name_key=key)
                s.add(fav)
                action = "rx_favourite.add"
            else:
                fav.lines.clear()
                s.flush()  # the old lines go before the new ones take their numbers
                fav.name = title
                action = "rx_favourite.replace"
            fav.lines.extend(_line(n, x) for n, x in enumerate(kept, start=1))
            s.flush()
            audit.record(
                s,
                actor,
                action,
                "rx_favourite",
                fav.id,
                {"name": title, "drugs": [x.generic_name.strip() for x in kept]},
            )
            return _dto(fav)

    def delete(self, actor: Actor, favourite_id: int) -> None:
        doctor = self._doctor(actor, Action.CLINICAL_WRITE)
        favourite_id = clean_id(favourite_id, "favourite", "Choose a favourite.")
        with self._db.write() as s:
            fav = s.get(RxFavourite, favourite_id)
            if fav is None or fav.doctor_id != doctor:  # another doctor's is as good as none
                raise NotFound("That favourite is no longer there.")
            audit.record(s, actor, "rx_favourite.delete", "rx_favourite", fav.id, {"name": fav.name})
            s.delete(fav)


def _blank_line(x: object) -> bool:
    """A line without a generic name: a blank row of the form (a name that is no text is refused)."""
    if not isinstance(x, DrugLineInput):
        return False
    name: object = x.generic_name
    return name is None or (isinstance(name, str) and not name.strip())


def _blank(value: str | None) -> str | None:
    return (value or "").strip() or None


def _line(n: int, x: DrugLineInput) -> RxFavouriteLine:
    return RxFavouriteLine(
        line_no=n,
        generic_name=x.generic_name.strip(),
        brand_name=_blank(x.brand_name),
        strength=_blank(x.strength),
        dosage_form=_blank(x.dosage_form),
        dose=_blank(x.dose),
        route=_blank(x.route),
        frequency=_blank(x.frequency),
        sos_min_hours=x.sos_min_hours,
        duration_days=x.duration_days,
        quantity=x.quantity,
        instructions=_blank(x.instructions),
    )


def _dto(f: RxFavourite) -> Favourite:
    return Favourite(
        f.id,
        f.name,
        tuple(
            DrugLineInput(
                ln.generic_name,
                ln.strength,
                ln.dosage_form,
                ln.dose,
                ln.route,
                ln.frequency,
                ln.sos_min_hours,
                ln.duration_days,
                ln.quantity,
                ln.instructions,
                ln.brand_name,
            )
            for ln in f.lines
        ),
    )
