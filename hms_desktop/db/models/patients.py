"""The patient register. Search keys are maintained here so every writer keeps them right."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, Index, Integer, event
from sqlalchemy.orm import Mapped, mapped_column

from hms_desktop.db.base import Base, Str, UtcDateTime
from hms_desktop.db.models._common import created, one_of, pk
from hms_desktop.domain.enums import Sex
from hms_desktop.domain.text import digits_reversed, search_key
from hms_desktop.domain.transliteration import PHONETIC_KEY_LENGTH, phonetic_key


class Patient(Base):
    __tablename__ = "patient"
    __table_args__ = (
        one_of("sex", tuple(s.value for s in Sex), "sex"),
        one_of("allergy_status", ("unknown", "nkda", "listed"), "allergy_status"),
        Index("ix_patient_last_first", "last_key", "first_key", "id"),
        Index("ix_patient_first_last", "first_key", "last_key", "id"),
        Index("ix_patient_created", "created_at", "id"),
        # the same two orders over the names' phonetic keys: a name in any script, typed in any (0013)
        Index("ix_patient_phon_first_last", "first_phonetic", "last_phonetic", "id"),
        Index("ix_patient_phon_last_first", "last_phonetic", "first_phonetic", "id"),
        # the id the clinic's previous system gave the patient: searchable, and what makes re-running
        # an import skip the rows already in (unique when present; single-column, so NULLs may repeat)
        Index("ix_patient_old_id", "old_id", unique=True),
    )

    id: Mapped[int] = pk()
    mrn: Mapped[str] = mapped_column(Str(20), unique=True)
    first_name: Mapped[str] = mapped_column(Str(80))
    last_name: Mapped[str | None] = mapped_column(Str(80))
    # lower-cased, accent-free copies for indexed prefix search (SQLite LIKE cannot use an index)
    first_key: Mapped[str | None] = mapped_column(Str(80))
    last_key: Mapped[str | None] = mapped_column(Str(80))
    # phonetic Latin keys of the names whatever their script ("शर्मा", "Sarma" -> "sarm"; see
    # domain.transliteration.phonetic_key), for search and duplicates across scripts
    first_phonetic: Mapped[str | None] = mapped_column(Str(PHONETIC_KEY_LENGTH))
    last_phonetic: Mapped[str | None] = mapped_column(Str(PHONETIC_KEY_LENGTH))
    date_of_birth: Mapped[dt.date | None] = mapped_column(Date)
    dob_estimated: Mapped[bool] = mapped_column(Boolean, default=False)
    sex: Mapped[str] = mapped_column(Str(1))
    phone: Mapped[str | None] = mapped_column(Str(15))
    # digits reversed, so "last four digits" becomes an indexed prefix search
    phone_rev: Mapped[str | None] = mapped_column(Str(15), index=True)
    email: Mapped[str | None] = mapped_column(Str(120))
    address: Mapped[str | None] = mapped_column(Str(250))
    city: Mapped[str | None] = mapped_column(Str(80))
    pin_code: Mapped[str | None] = mapped_column(Str(6))
    blood_group: Mapped[str | None] = mapped_column(Str(3))
    abha_number: Mapped[str | None] = mapped_column(Str(14), index=True)
    abha_address: Mapped[str | None] = mapped_column(Str(80))
    emergency_name: Mapped[str | None] = mapped_column(Str(120))
    emergency_phone: Mapped[str | None] = mapped_column(Str(15))
    allergies: Mapped[str | None] = mapped_column(Str(1000))
    # 'unknown' (not recorded), 'nkda' (no known allergies, confirmed) or 'listed' (see allergies);
    # who confirmed it and when (migration 0008: patients registered before it are 'unknown' or 'listed')
    allergy_status: Mapped[str] = mapped_column(Str(8), default="unknown", server_default="unknown")
    allergy_by: Mapped[int | None] = mapped_column(Integer)
    allergy_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime())
    landline: Mapped[str | None] = mapped_column(Str(16))  # E.164, e.g. +918041234567
    # the language the patient reads their instructions in ('hi', 'kn'; NULL: English only) (0014)
    preferred_language: Mapped[str | None] = mapped_column(Str(8))
    old_id: Mapped[str | None] = mapped_column(Str(40))
    created_at: Mapped[dt.datetime] = created()
    created_by: Mapped[int | None] = mapped_column(Integer)
    updated_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime())
    updated_by: Mapped[int | None] = mapped_column(Integer)
    row_version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": row_version}

    @property
    def display_name(self) -> str:
        return " ".join(p for p in (self.first_name, self.last_name) if p)


@event.listens_for(Patient, "before_insert")
@event.listens_for(Patient, "before_update")
def _keep_search_keys(mapper: object, connection: object, target: Patient) -> None:
    target.first_key = search_key(target.first_name) or None
    target.last_key = search_key(target.last_name) or None
    target.phone_rev = digits_reversed(target.phone) or None
    target.first_phonetic = phonetic_key(target.first_name)[:PHONETIC_KEY_LENGTH] or None
    target.last_phonetic = phonetic_key(target.last_name)[:PHONETIC_KEY_LENGTH] or None
