"""The audit trail's hash chain: what a row's digest covers, computed the same way when writing and
when verifying.

Each audit row carries ``seq_no`` (1, 2, 3 ... without gaps) and ``row_sha256``, the SHA-256 of the
row's canonical content followed by the previous row's digest (``GENESIS`` for the first row). So:

- a deleted row leaves a gap in ``seq_no`` (and the next row's digest no longer matches its new
  predecessor);
- a rewritten row no longer matches its own digest, and if the attacker recomputes that digest the
  next row's digest breaks instead; hiding a change means recomputing every later row *and* the
  chain head, which the printed day-end reports (sequence number and digest prefix of the day's last
  row) then contradict.

The canonical form is a JSON array with fixed field order, strings as the database stores them
(trimmed, blank -> NULL, as ``db.base.Str`` binds them) and the timestamp as UTC with microseconds,
so a row read back from any of the three backends hashes to what was written.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json

GENESIS = "0" * 64
DIGEST_LENGTH = 64


def stored_text(value: str | None) -> str | None:
    """A string as a ``Str`` column stores it: trimmed, and None when blank."""
    if value is None:
        return None
    value = value.strip()
    return value or None


def utc_text(stamp: dt.datetime) -> str:
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=dt.UTC)
    return stamp.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@dataclasses.dataclass(frozen=True)
class ChainFields:
    """The columns of an audit row that its digest covers (everything but the surrogate id)."""

    seq_no: int
    occurred_at: dt.datetime
    user_id: int | None
    username: str | None
    action: str
    entity: str | None
    entity_id: str | None
    outcome: str
    workstation: str | None
    details: str | None


def canonical(fields: ChainFields) -> str:
    body = [
        fields.seq_no,
        utc_text(fields.occurred_at),
        fields.user_id,
        stored_text(fields.username),
        stored_text(fields.action),
        stored_text(fields.entity),
        stored_text(fields.entity_id),
        stored_text(fields.outcome),
        stored_text(fields.workstation),
        fields.details or None,  # a CLOB: not trimmed, but '' is NULL on Oracle
    ]
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"))


def row_digest(fields: ChainFields, previous: str) -> str:
    """SHA-256 (hex) of the row's canonical content and the previous row's digest."""
    payload = f"{canonical(fields)}\n{previous}"
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()
