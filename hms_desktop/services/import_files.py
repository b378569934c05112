"""Opening an import file: CSV (any delimiter; UTF-8, UTF-8 with BOM, UTF-16 or Windows-1252) or .xlsx.

Everything wrong with the file as a whole is refused here, before a row is looked at, with a message
that says what to do: not a spreadsheet, an old .xls, empty, too big, too many rows, no header.
Encoding: a file that decodes as UTF-8 is UTF-8; one that does not but has other lines in valid
UTF-8 is *broken* UTF-8 (the bad rows are reported by the importer, the rest import); one with no
UTF-8 at all is Windows-1252, the ANSI code page Excel on an Indian Windows PC saves CSV in.
"""

from __future__ import annotations

import codecs
import csv
import dataclasses
import hashlib
import io
import zipfile
from collections.abc import Iterator, Sequence
from pathlib import Path

from hms_desktop.errors import HmsError

MAX_CSV_BYTES = 100 * 1024 * 1024
MAX_XLSX_BYTES = 25 * 1024 * 1024  # openpyxl needs ~50x the file in memory; CSV has no such cost
MAX_ROWS = 200_000
_SNIFF_BYTES = 64 * 1024


class ImportFileError(HmsError):
    """The file as a whole cannot be imported (nothing was read into the database)."""


@dataclasses.dataclass(frozen=True)
class Table:
    """A file's header and rows, as cells (text for CSV; text, numbers or dates for .xlsx)."""

    name: str
    sha256: str
    kind: str  # 'csv' or 'xlsx'
    encoding: str  # 'utf-8', 'utf-8-sig', 'utf-16', 'cp1252', 'utf-8 (broken rows)' or 'xlsx'
    delimiter: str
    headers: tuple[str, ...]
    rows: tuple[tuple[object, ...], ...]  # without the header; each padded to len(headers)

    @property
    def row_count(self) -> int:
        return len(self.rows)

    def first_row_no(self) -> int:
        """The spreadsheet row number of ``rows[0]`` (the header is row 1)."""
        return 2


def _too_many(count: int) -> ImportFileError:
    return ImportFileError(
        f"The file has more than {MAX_ROWS:,} rows ({count:,} read so far). Split it into files of at "
        f"most {MAX_ROWS:,} rows and import them one after another."
    )


def read_table(path: Path | str) -> Table:
    """Read ``path`` whole, or raise ImportFileError saying what is wrong with it."""
    p = Path(path)
    if not p.is_file():
        raise ImportFileError(f"There is no file {p}.")
    size = p.stat().st_size
    if size == 0:
        raise ImportFileError(f"{p.name} is empty (0 bytes).")
    with p.open("rb") as fh:
        head = fh.read(8)
    suffix = p.suffix.lower()
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportFileError(
            f"{p.name} is an old Excel 97-2003 (.xls) workbook. Open it in Excel or LibreOffice and save "
            "it as .xlsx or 'CSV UTF-8', then import that."
        )
    if head.startswith(b"PK\x03\x04"):
        if suffix not in (".xlsx", ".xlsm"):
            raise ImportFileError(
                f"{p.name} is a zip archive (a Word file, an .ods or a .zip?), not CSV or .xlsx."
            )
        if size > MAX_XLSX_BYTES:
            raise ImportFileError(
                f"{p.name} is {size / 1e6:.0f} MB; workbooks over {MAX_XLSX_BYTES // 2**20} MB need too much "
                "memory. Save it as 'CSV UTF-8' (any size up to 100 MB) and import the CSV."
            )
        return _read_xlsx(p)
    if suffix in (".xlsx", ".xlsm"):
        raise ImportFileError(f"{p.name} is named .xlsx but is not an Excel workbook (damaged or renamed).")
    if suffix not in (".csv", ".txt", ".tsv", ""):
        raise ImportFileError(f"{p.name} is not a CSV or .xlsx file. Save the data as CSV or .xlsx first.")
    if size > MAX_CSV_BYTES:
        raise ImportFileError(
            f"{p.name} is {size / 1e6:.0f} MB; at most {MAX_CSV_BYTES // 2**20} MB at a time. Split it "
            "into smaller files (each keeps the header row) and import them one after another."
        )
    return _read_csv(p, p.read_bytes())


def _decode(data: bytes, name: str) -> tuple[str, str]:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise ImportFileError(f"{name} says it is UTF-16 but is damaged at byte {exc.start}.") from exc
    if b"\x00" in data[:_SNIFF_BYTES]:
        raise ImportFileError(f"{name} is not a text file (it holds binary data). Save it as CSV or .xlsx.")
    try:
        text = data.decode("utf-8-sig")
        return text, "utf-8-sig" if data.startswith(codecs.BOM_UTF8) else "utf-8"
    except UnicodeDecodeError:
        pass
    # some lines in valid multi-byte UTF-8 -> a UTF-8 file with damaged rows, else an ANSI file
    utf8_lines = 0
    for line in data.splitlines():
        if not line.isascii():
            try:
                line.decode("utf-8")
                utf8_lines += 1
            except UnicodeDecodeError:
                continue
    if utf8_lines:
        return data.decode("utf-8-sig", errors="replace"), "utf-8 (broken rows)"
    return data.decode("cp1252", errors="replace"), "cp1252"


def _read_csv(p: Path, data: bytes) -> Table:
    text, encoding = _decode(data, p.name)
    if not text.strip():
        raise ImportFileError(f"{p.name} holds only blank space.")
    sample = text[:_SNIFF_BYTES]
    try:
        delimiter = csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        delimiter = "\t" if p.suffix.lower() == ".tsv" else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except (StopIteration, csv.Error) as exc:
        raise ImportFileError(f"{p.name} has no header row.") from exc
    headers = _clean_headers(header, p.name)
    rows = _pad(reader, len(headers), p.name)
    return Table(p.name, hashlib.sha256(data).hexdigest(), "csv", encoding, delimiter, headers, rows)


def _clean_headers(header: Sequence[object], name: str) -> tuple[str, ...]:
    names = [("" if h is None else str(h)).replace("\ufeff", "").strip() for h in header]
    while names and not names[-1]:
        names.pop()
    if not any(names):
        raise ImportFileError(f"{name} has no header row: the first row must name the columns.")
    seen: dict[str, int] = {}
    out = []
    for i, n in enumerate(names):
        n = n or f"Column {i + 1}"
        if n in seen:
            seen[n] += 1
            n = f"{n} ({seen[n]})"
        else:
            seen[n] = 1
        out.append(n)
    return tuple(out)


def _pad(rows: Iterator[Sequence[object]], width: int, name: str) -> tuple[tuple[object, ...], ...]:
    out: list[tuple[object, ...]] = []
    try:
        for r in rows:
            cells = tuple(r)
            if not any(c not in (None, "") and str(c).strip() for c in cells):
                out.append(("",) * width)  # keep blank rows so row numbers match the spreadsheet
                continue
            if len(out) >= MAX_ROWS:
                raise _too_many(len(out) + 1)
            out.append((cells + ("",) * width)[:width] if len(cells) < width else cells[:width])
    except csv.Error as exc:
        raise ImportFileError(f"{name} is not readable as CSV near row {len(out) + 2}: {exc}.") from exc
    while out and not any(out[-1]):
        out.pop()
    if not out:
        raise ImportFileError(f"{name} has a header row but no data rows.")
    return tuple(out)


def _read_xlsx(p: Path) -> Table:
    import openpyxl

    data = p.read_bytes()
    try:
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise ImportFileError(f"{p.name} is a damaged Excel workbook ({exc.__class__.__name__}).") from exc
    try:
        ws = wb.worksheets[0]
        rows = ws.iter_rows(values_only=True)
        try:
            header = list(next(rows))
        except StopIteration:
            raise ImportFileError(f"{p.name}: the first sheet is empty.") from None
        headers = _clean_headers(header, p.name)
        body = _pad(rows, len(headers), p.name)
    finally:
        wb.close()
    return Table(p.name, hashlib.sha256(data).hexdigest(), "xlsx", "xlsx", "", headers, body)
