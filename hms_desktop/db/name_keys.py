"""Recompute the patients' search keys in batches: migration 0013's backfill and ``db rekey-names``.

The ORM keeps the keys on every insert and update (models/patients.py); rows written before a key
existed, or by an older version of the folding rules, are brought up to date here. Core SQL only, in
id order, a batch at a time, so a million rows never sit in memory; rows already right are not
written.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from hms_desktop.domain.transliteration import PHONETIC_KEY_LENGTH, phonetic_key

BATCH = 5000
_PATIENT = sa.table(
    "patient",
    sa.column("id", sa.Integer),
    sa.column("first_name", sa.String),
    sa.column("last_name", sa.String),
    sa.column("first_phonetic", sa.String),
    sa.column("last_phonetic", sa.String),
)


def _key(name: str | None) -> str | None:
    return phonetic_key(name)[:PHONETIC_KEY_LENGTH] or None


def rekey_patients(conn: Connection, batch: int = BATCH) -> int:
    """Set ``first_phonetic`` / ``last_phonetic`` on every patient whose keys are missing or stale;
    returns how many rows were changed. Runs in the caller's transaction."""
    p = _PATIENT.c
    update = (
        sa.update(_PATIENT)
        .where(p.id == sa.bindparam("pid"))
        .values(first_phonetic=sa.bindparam("fp"), last_phonetic=sa.bindparam("lp"))
    )
    after, changed = 0, 0
    while True:
        rows = conn.execute(
            sa.select(p.id, p.first_name, p.last_name, p.first_phonetic, p.last_phonetic)
            .where(p.id > after)
            .order_by(p.id)
            .limit(batch)
        ).all()
        if not rows:
            return changed
        todo = []
        for r in rows:
            first, last = _key(r.first_name), _key(r.last_name)
            if (first, last) != (r.first_phonetic, r.last_phonetic):
                todo.append({"pid": r.id, "fp": first, "lp": last})
        if todo:
            conn.execute(update, todo)
            changed += len(todo)
        after = rows[-1].id
