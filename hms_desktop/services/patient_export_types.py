"""A patient's record export: where the files went and what they hold (no SQLAlchemy)."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any


@dataclasses.dataclass(frozen=True)
class RecordExport:
    json_path: Path
    pdf_path: Path
    record: dict[str, Any]
