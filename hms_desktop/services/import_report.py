"""An import's files beside the database: the column mappings saved per kind of import, and the
report CSV of what every row did."""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Mapping, Sequence
from pathlib import Path

from hms_desktop.domain.import_rules import neutralise
from hms_desktop.errors import ValidationError
from hms_desktop.private_files import private_dir, private_file
from hms_desktop.services.importer_types import FIELDS, ImportKind, ImportReport


def _mappings_file() -> Path:
    from hms_desktop.config import config_dir

    return config_dir() / "import_mappings.json"


def load_saved_mapping(kind: ImportKind, headers: Sequence[str], path: Path | None = None) -> dict[str, str]:
    """The mapping saved after the last import of this kind, kept to the headers this file has."""
    p = path or _mappings_file()
    try:
        saved = json.loads(p.read_text(encoding="utf-8")).get(kind.value, {})
    except (OSError, ValueError):
        return {}
    return {f: h for f, h in saved.items() if isinstance(h, str) and h in headers}


def save_mapping(kind: ImportKind, mapping: Mapping[str, str], path: Path | None = None) -> None:
    p = path or _mappings_file()
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        data = {}
    data[kind.value] = dict(mapping)
    p.parent.mkdir(parents=True, exist_ok=True)
    tmp = p.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    tmp.replace(p)


def check_mapping(kind: ImportKind, mapping: Mapping[str, str], headers: Sequence[str]) -> None:
    """ValidationError (field -> message) for a mapping that cannot work."""
    known = {f for f, _label in FIELDS[kind]}
    errors = {f: "Not a field of this import." for f in mapping if f not in known}
    errors |= {f: f"The file has no column {h!r}." for f, h in mapping.items() if h not in headers}
    used: dict[str, str] = {}
    for f, h in mapping.items():
        if h in used:
            errors[f] = f"Column {h!r} is already mapped to {used[h]}."
        used[h] = f
    if kind is ImportKind.PATIENT:
        if "full_name" not in mapping and "first_name" not in mapping:
            errors["full_name"] = "Map a name column (Name, or First name)."
        if "sex" not in mapping:
            errors["sex"] = "Map the gender / sex column: the register needs it."
        if "date_of_birth" not in mapping and "age" not in mapping:
            errors["date_of_birth"] = "Map the date of birth or the age column."
    if errors:
        raise ValidationError(errors)


def report_rows(report: ImportReport) -> list[list[str]]:
    """The import report as CSV rows: one line per row outcome (one per problem for bad rows)."""
    out = [["row", "outcome", "old_id", "name", "record", "column", "message", "duplicate_of"]]
    for r in report.results:
        base = [str(r.row_no), r.outcome.value, r.old_id or "", r.label, r.record or ""]
        if r.problems:
            for p in r.problems:
                out.append([*base, p.column, p.message, r.duplicate_of or ""])
        else:
            out.append([*base, "", ", ".join(r.reasons), r.duplicate_of or ""])
    return out


def write_report(report: ImportReport, path: Path) -> Path:
    """Write the report CSV (UTF-8 with BOM, so Excel opens names in Indian scripts correctly)."""
    private_dir(path.parent)
    private_file(path)  # names and phones: the user's alone
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        for line in report_rows(report):
            w.writerow([neutralise(c) for c in line])
    return path


def default_report_path(file_name: str, kind: ImportKind, dry_run: bool) -> Path:
    from hms_desktop.config import data_dir

    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")  # the desk's wall clock: a file name on its disk
    tag = "dry-run" if dry_run else "import"
    return data_dir() / "imports" / f"{Path(file_name).stem}-{kind.value}-{tag}-{stamp}.csv"
