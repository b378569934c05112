"""Connection profiles: the Oracle methods and PostgreSQL TLS fields, what they hand the driver, the
checks an admin's input gets, and profiles saved by earlier versions still loading unchanged."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import oracledb
import pytest

from hms_desktop import secrets
from hms_desktop.config import ProfileStore
from hms_desktop.db.profiles import (
    Backend,
    OracleMethod,
    Profile,
    check_easy_connect,
    check_schema,
    profile_from_url,
    validate,
)
from hms_desktop.errors import ValidationError

# profiles.json exactly as version 1 wrote it, before the connection methods existed
OLD_FILE = {
    "version": 1,
    "chosen": "clinic-oracle",
    "profiles": [
        {
            "name": "clinic-oracle",
            "backend": "oracle",
            "host": "db.clinic.lan",
            "port": 1521,
            "database": "HMSPDB",
            "user": "hms_app",
        },
        {
            "name": "clinic-pg",
            "backend": "postgresql",
            "host": "pg",
            "port": 0,
            "database": "hms",
            "user": "hms",
        },
    ],
}


def test_profiles_saved_by_the_first_version_load_and_find_their_passwords(tmp_path: Path) -> None:
    path = tmp_path / "profiles.json"
    path.write_text(json.dumps(OLD_FILE), encoding="utf-8")
    # a password stored by the first version, under the key it used
    secrets._set("oracle:hms_app@db.clinic.lan:1521/HMSPDB", "old-pass")
    store = ProfileStore(path)
    oracle = store.chosen()
    assert oracle == Profile("clinic-oracle", Backend.ORACLE, "db.clinic.lan", 1521, "HMSPDB", "hms_app")
    assert oracle.method is OracleMethod.SERVICE and oracle.schema == ""
    assert secrets.get_db_password(oracle) == "old-pass"
    assert oracle.driver_args() == {}
    assert (
        oracle.url().render_as_string() == "oracle+oracledb://hms_app@db.clinic.lan:1521?service_name=HMSPDB"
    )
    # saving again writes the same entries: a desk on the old version can still read the file
    store.add(store.get("clinic-pg"), replace=True)
    rewritten = json.loads(path.read_text(encoding="utf-8"))
    assert sorted(rewritten["profiles"], key=lambda d: d["name"]) == OLD_FILE["profiles"]


def test_new_fields_round_trip_through_the_file(tmp_path: Path) -> None:
    store = ProfileStore(tmp_path / "profiles.json")
    profiles = [
        Profile(
            "ez",
            Backend.ORACLE,
            user="d",
            method=OracleMethod.EASY_CONNECT,
            dsn="db:1521/P",
            schema="HMS_OWNER",
        ),
        Profile(
            "tns", Backend.ORACLE, user="d", method=OracleMethod.TNS_ALIAS, dsn="hmsdb", tns_admin="/etc/tns"
        ),
        Profile("adb", Backend.ORACLE, user="d", method=OracleMethod.WALLET, dsn="hms_high", wallet="/w"),
        Profile(
            "pg", Backend.POSTGRESQL, "pg", 5432, "hms", "desk", sslmode="verify-full", sslrootcert="/ca.crt"
        ),
    ]
    for p in profiles:
        store.add(p)
    assert store.list() == tuple(profiles)
    assert "password" not in store.path.read_text(encoding="utf-8")


def test_driver_arguments_per_method() -> None:
    tns = Profile(
        "t", Backend.ORACLE, user="d", method=OracleMethod.TNS_ALIAS, dsn="hmsdb", tns_admin="/etc/tns"
    )
    assert tns.driver_args() == {"dsn": "hmsdb", "config_dir": "/etc/tns"}
    assert tns.url("pw").render_as_string(hide_password=False) == "oracle+oracledb://d:pw@"
    wallet = Profile("w", Backend.ORACLE, user="d", method=OracleMethod.WALLET, dsn="hms_high", wallet="/w")
    assert wallet.driver_args() == {"dsn": "hms_high", "config_dir": "/w", "wallet_location": "/w"}
    apart = dataclasses.replace(wallet, tns_admin="/etc/tns")  # tnsnames.ora kept apart from the wallet
    assert apart.driver_args() == {"dsn": "hms_high", "config_dir": "/etc/tns", "wallet_location": "/w"}
    ez = Profile("e", Backend.ORACLE, user="d", method=OracleMethod.EASY_CONNECT, dsn="tcps://db:2484/P")
    assert ez.driver_args() == {"dsn": "tcps://db:2484/P"}
    pg = Profile("p", Backend.POSTGRESQL, "pg", 0, "hms", "d", sslmode="verify-ca", sslrootcert="/ca.crt")
    assert pg.driver_args() == {"sslmode": "verify-ca", "sslrootcert": "/ca.crt"}
    # keychain keys: a dsn profile is keyed by its dsn; the wallet password by the wallet folder
    assert tns.keychain_key == "oracle:d@hmsdb" and wallet.wallet_keychain_key == "oracle-wallet:/w"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("dbhost:1521/ORCLPDB1", ("dbhost", 1521, "ORCLPDB1")),
        ("dbhost/ORCLPDB1", ("dbhost", 1521, "ORCLPDB1")),
        ("tcps://adb.ap-mumbai-1.oraclecloud.com:1522/abc_hms_high.adb.oraclecloud.com", None),
        (
            "tcps://dbhost:2484/HMSPDB?wallet_location=/etc/hms/wallet&retry_count=3",
            ("dbhost", 2484, "HMSPDB"),
        ),
        ("[fd00::12]:1521/HMSPDB", ("fd00::12", 1521, "HMSPDB")),
    ],
)
def test_easy_connect_strings_parse_as_the_driver_reads_them(
    text: str, expected: tuple[str, int, str] | None
) -> None:
    parsed = check_easy_connect(text)
    params = oracledb.ConnectParams()
    params.parse_connect_string(text)
    assert parsed == (params.host, params.port, params.service_name)
    if expected is not None:
        assert parsed == expected


@pytest.mark.parametrize("text", ["dbhost:15x/ORCL", "hmsdb", "dbhost:1521:ORCL:x/"])
def test_not_easy_connect_is_named_at_the_field(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        check_easy_connect(text)
    assert list(caught.value.errors) == ["dsn"]
    assert caught.value.errors["dsn"].startswith("Not an Easy Connect string")


@pytest.mark.parametrize(
    "name",
    [
        "hms owner",
        'hms"; DROP TABLE invoice; --',
        "1hms",
        "",
        "a" * 31,
        "hms.owner",
        "hms-owner",
        "user",
        "Select",
    ],
)
def test_schema_names_are_plain_identifiers_only(name: str) -> None:
    with pytest.raises(ValidationError) as caught:
        check_schema(Backend.ORACLE, name)
    assert list(caught.value.errors) == ["schema"]
    profile = Profile("x", Backend.ORACLE, "h", 0, "S", "d", schema=name)
    if name:
        with pytest.raises(ValidationError):
            profile.session_sql()


def test_session_sql_quotes_the_folded_name() -> None:
    oracle = Profile("o", Backend.ORACLE, "h", 0, "S", "hms_desk", schema="hms_owner")
    assert oracle.session_sql() == "ALTER SESSION SET CURRENT_SCHEMA = HMS_OWNER"
    pg = Profile("p", Backend.POSTGRESQL, "h", 0, "hms", "hms_desk", schema="HMS_Owner")
    assert pg.session_sql() == 'SET SESSION search_path TO "hms_owner"'
    assert Profile("p", Backend.POSTGRESQL, "h", 0, "hms", "d").session_sql() is None
    assert check_schema(Backend.ORACLE, "HMS$OWNER#1") == "HMS$OWNER#1"
    with pytest.raises(ValidationError):
        check_schema(Backend.POSTGRESQL, "hms$owner")  # $ is Oracle's, not an unquoted PG name


def test_validate_names_each_field_to_fix(tmp_path: Path) -> None:
    (tmp_path / "tns").mkdir()
    with pytest.raises(ValidationError) as caught:
        validate(
            Profile(
                "t",
                Backend.ORACLE,
                user="d",
                method=OracleMethod.TNS_ALIAS,
                dsn="x",
                tns_admin=str(tmp_path / "tns"),
            )
        )
    assert caught.value.errors == {"tns_admin": f"The folder {tmp_path / 'tns'} has no tnsnames.ora."}
    (tmp_path / "tns" / "tnsnames.ora").write_text(
        "hmsdb = (DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=db)(PORT=1521))(CONNECT_DATA=(SERVICE_NAME=P)))\n"
    )
    with pytest.raises(ValidationError) as caught:
        validate(
            Profile(
                "t",
                Backend.ORACLE,
                user="d",
                method=OracleMethod.TNS_ALIAS,
                dsn="hms_rpt",
                tns_admin=str(tmp_path / "tns"),
            )
        )
    assert caught.value.errors == {
        "dsn": f"There is no entry 'hms_rpt' in {tmp_path / 'tns' / 'tnsnames.ora'}. It has: hmsdb."
    }
    validate(
        Profile(
            "t",
            Backend.ORACLE,
            user="d",
            method=OracleMethod.TNS_ALIAS,
            dsn="HMSDB",
            tns_admin=str(tmp_path / "tns"),
        )
    )

    with pytest.raises(ValidationError) as caught:
        validate(
            Profile(
                "w",
                Backend.ORACLE,
                user="d",
                method=OracleMethod.WALLET,
                dsn="hmsdb",
                wallet=str(tmp_path / "tns"),
            )
        )
    assert list(caught.value.errors) == ["wallet"] and "has no ewallet.pem" in caught.value.errors["wallet"]

    with pytest.raises(ValidationError) as caught:
        validate(Profile("p", Backend.POSTGRESQL, "pg", 0, "hms", "d", sslmode="verify-full", schema="a b"))
    assert set(caught.value.errors) == {"sslrootcert", "schema"}
    with pytest.raises(ValidationError) as caught:
        validate(
            Profile(
                "p",
                Backend.POSTGRESQL,
                "pg",
                0,
                "hms",
                "d",
                sslmode="verify",
                sslrootcert=str(tmp_path / "no.crt"),
            )
        )
    assert set(caught.value.errors) == {"sslmode", "sslrootcert"}
    with pytest.raises(ValidationError) as caught:
        validate(
            Profile(
                "p", Backend.POSTGRESQL, "pg", 0, "hms", "d", sslcert=str(tmp_path / "tns" / "tnsnames.ora")
            )
        )
    assert list(caught.value.errors) == ["sslkey"]


def test_profile_from_url_keeps_tls_and_dsn_parameters() -> None:
    pg, password = profile_from_url(
        "postgresql+psycopg://desk:pw@pg:5433/hms?sslmode=verify-full&sslrootcert=/etc/ca.crt&schema=hms_owner"
    )
    assert password == "pw"
    assert (pg.sslmode, pg.sslrootcert, pg.schema, pg.port) == (
        "verify-full",
        "/etc/ca.crt",
        "hms_owner",
        5433,
    )
    tns, _ = profile_from_url("oracle+oracledb://desk:pw@/?dsn=hmsdb&config_dir=/etc/tns")
    assert (tns.method, tns.dsn, tns.tns_admin) == (OracleMethod.TNS_ALIAS, "hmsdb", "/etc/tns")
    svc, _ = profile_from_url("oracle+oracledb://desk:pw@db:1521/?service_name=HMSPDB")
    assert (svc.method, svc.host, svc.database) == (OracleMethod.SERVICE, "db", "HMSPDB")
