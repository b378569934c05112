"""NEWS2: every band boundary of every parameter, both SpO2 scales, and the risk bands."""

from __future__ import annotations

import dataclasses

import pytest

from hms_desktop.domain.triage import Vitals, news2_components, news2_risk, news2_score

NORMAL = Vitals(
    resp_rate=16, spo2=98, on_oxygen=False, systolic_bp=120, pulse=70, consciousness="A", temperature_c=37.0
)


def with_(**kw: object) -> Vitals:
    return dataclasses.replace(NORMAL, **kw)  # type: ignore[arg-type]


def test_normal_scores_zero() -> None:
    assert news2_score(NORMAL) == 0 and news2_risk(NORMAL) == "low"


@pytest.mark.parametrize(
    ("value", "points"),
    [(5, 3), (8, 3), (9, 1), (11, 1), (12, 0), (20, 0), (21, 2), (24, 2), (25, 3), (40, 3)],
)
def test_resp_rate(value: int, points: int) -> None:
    assert news2_components(with_(resp_rate=value))["resp_rate"] == points


@pytest.mark.parametrize(
    ("value", "points"), [(85, 3), (91, 3), (92, 2), (93, 2), (94, 1), (95, 1), (96, 0), (100, 0)]
)
def test_spo2_scale1(value: int, points: int) -> None:
    assert news2_components(with_(spo2=value))["spo2"] == points
    # scale 1 does not depend on oxygen for the SpO2 line itself
    assert news2_components(with_(spo2=value, on_oxygen=True))["spo2"] == points


@pytest.mark.parametrize(
    ("value", "oxygen", "points"),
    [
        (80, False, 3),
        (83, True, 3),
        (84, False, 2),
        (85, True, 2),
        (86, False, 1),
        (87, True, 1),
        (88, False, 0),
        (92, True, 0),
        (93, False, 0),
        (97, False, 0),
        (100, False, 0),
        (93, True, 1),
        (94, True, 1),
        (95, True, 2),
        (96, True, 2),
        (97, True, 3),
        (100, True, 3),
    ],
)
def test_spo2_scale2(value: int, oxygen: bool, points: int) -> None:
    parts = news2_components(with_(spo2=value, on_oxygen=oxygen, hypercapnic=True))
    assert parts["spo2"] == points
    assert parts["air_or_oxygen"] == (2 if oxygen else 0)


@pytest.mark.parametrize(
    ("value", "points"),
    [(70, 3), (90, 3), (91, 2), (100, 2), (101, 1), (110, 1), (111, 0), (219, 0), (220, 3), (250, 3)],
)
def test_systolic(value: int, points: int) -> None:
    assert news2_components(with_(systolic_bp=value))["systolic_bp"] == points


@pytest.mark.parametrize(
    ("value", "points"),
    [(30, 3), (40, 3), (41, 1), (50, 1), (51, 0), (90, 0), (91, 1), (110, 1), (111, 2), (130, 2), (131, 3)],
)
def test_pulse(value: int, points: int) -> None:
    assert news2_components(with_(pulse=value))["pulse"] == points


@pytest.mark.parametrize(("value", "points"), [("A", 0), ("C", 3), ("V", 3), ("P", 3), ("U", 3)])
def test_consciousness(value: str, points: int) -> None:
    assert news2_components(with_(consciousness=value))["consciousness"] == points


def test_consciousness_rejects_unknown() -> None:
    with pytest.raises(ValueError, match="ACVPU"):
        with_(consciousness="X")


@pytest.mark.parametrize(
    ("value", "points"),
    [
        (34.0, 3),
        (35.0, 3),
        (35.1, 1),
        (36.0, 1),
        (36.1, 0),
        (38.0, 0),
        (38.1, 1),
        (39.0, 1),
        (39.1, 2),
        (41.0, 2),
        (38.04, 0),
        (38.05, 1),
    ],
)
def test_temperature(value: float, points: int) -> None:
    assert news2_components(with_(temperature_c=value))["temperature"] == points


@pytest.mark.parametrize(
    ("vitals", "score", "risk"),
    [
        (with_(pulse=95), 1, "low"),
        (with_(resp_rate=22, pulse=95, temperature_c=38.5), 4, "low"),
        (with_(consciousness="C"), 3, "low-medium"),
        (with_(systolic_bp=90), 3, "low-medium"),
        (with_(resp_rate=22, on_oxygen=True, pulse=95), 5, "medium"),
        (with_(resp_rate=22, on_oxygen=True, pulse=115), 6, "medium"),
        (with_(resp_rate=25, on_oxygen=True, pulse=115), 7, "high"),
        (
            with_(
                resp_rate=30,
                spo2=88,
                on_oxygen=True,
                systolic_bp=85,
                pulse=140,
                consciousness="U",
                temperature_c=34.0,
            ),
            20,
            "high",
        ),
    ],
)
def test_total_and_risk(vitals: Vitals, score: int, risk: str) -> None:
    assert news2_score(vitals) == score
    assert news2_risk(vitals) == risk
