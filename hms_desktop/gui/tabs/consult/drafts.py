"""A local copy of the consultation form, so that a lost connection never loses typed text.

The workspace writes the whole form as JSON every few seconds while the doctor types and after every
failed save; the file goes once the server has the text (a saved draft or a completed consultation).
Each draft remembers the server's row version it was typed over: a draft is offered back only when
the server has not been saved since (a newer save from another window wins).

Plain files, one per consultation, written atomically (a temporary file renamed over the old one), so
a crash mid-write leaves the previous copy. Nothing here touches the database.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
from pathlib import Path
from typing import Any

from hms_desktop.private_files import private_dir, write_private_text
from hms_desktop.services.clinic_types import DRAFT_KEEP_DAYS

log = logging.getLogger(__name__)

APP_NAME = "hms-desktop"


# A draft nobody came back to (the consultation was finished on another desk, the desk was moved)
# is removed after this long: it holds a patient's notes. The clinic's Settings > Clinic "keep
# drafts" (clinic_setting.draft_keep_days) sets it; this is its default until the setting is read.
DRAFT_MAX_AGE = dt.timedelta(days=DRAFT_KEEP_DAYS)


def default_folder() -> Path:
    """The drafts folder under the app's data folder (``$HMS_DATA_DIR`` when set), 0700."""
    from hms_desktop.config import data_dir

    return data_dir() / "drafts"


@dataclasses.dataclass(frozen=True)
class Draft:
    consultation_id: int
    base_version: int  # the server's row version the text was typed over
    saved_at: dt.datetime  # aware, UTC
    form: dict[str, Any]  # the workspace's form state (plain JSON values)


class DraftStore:
    """Drafts of one desk user, one JSON file per consultation, in ``folder``."""

    def __init__(
        self, folder: Path | str | None = None, user: str = "", max_age: dt.timedelta = DRAFT_MAX_AGE
    ) -> None:
        self.folder = Path(folder) if folder is not None else default_folder()
        self.user = "".join(ch for ch in user if ch.isalnum() or ch in "-_.") or "desk"
        self.max_age = max_age
        self.prune()

    def keep_for(self, days: int) -> int:
        """Follow the clinic's retention (``draft_keep_days``) and remove what is now older."""
        self.max_age = dt.timedelta(days=max(1, int(days)))
        return self.prune()

    def prune(self, now: dt.datetime | None = None) -> int:
        """Remove drafts older than ``max_age`` (by file time); returns how many went."""
        cutoff = (now or dt.datetime.now(dt.UTC)).timestamp() - self.max_age.total_seconds()
        removed = 0
        try:
            candidates = list(self.folder.glob("*-consultation-*.json"))
        except OSError:
            return 0
        for path in candidates:
            try:
                if path.stat().st_mtime < cutoff:
                    path.unlink()
                    removed += 1
            except OSError:
                log.warning("could not remove the expired draft %s", path.name)
        return removed

    def path(self, consultation_id: int) -> Path:
        return self.folder / f"{self.user}-consultation-{int(consultation_id)}.json"

    def save(self, consultation_id: int, base_version: int, form: dict[str, Any]) -> bool:
        """Write the draft; False (logged) when the disk refuses: the form itself still has the text."""
        body = {
            "consultation_id": consultation_id,
            "base_version": base_version,
            "saved_at": dt.datetime.now(dt.UTC).isoformat(),
            "form": form,
        }
        target = self.path(consultation_id)
        try:
            private_dir(self.folder, tighten=True)  # 0700: the notes are the doctor's and the patient's
            write_private_text(target, json.dumps(body, ensure_ascii=False, indent=1))
        except OSError:
            log.exception("could not write the local draft %s", target)
            return False
        return True

    def load(self, consultation_id: int) -> Draft | None:
        """The draft, or None when there is none (or it cannot be read: logged, never raised)."""
        target = self.path(consultation_id)
        try:
            body = json.loads(target.read_text(encoding="utf-8"))
            return Draft(
                int(body["consultation_id"]),
                int(body["base_version"]),
                dt.datetime.fromisoformat(body["saved_at"]),
                dict(body["form"]),
            )
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError):
            log.exception("unreadable local draft %s", target)
            return None

    def delete(self, consultation_id: int) -> None:
        try:
            self.path(consultation_id).unlink(missing_ok=True)
        except OSError:
            log.exception("could not delete the local draft of consultation %s", consultation_id)
