"""Against a real Oracle server: the connect methods and the owner schema a desk profile names.

Uses ``HMS_TEST_ORACLE_URL`` (see test_oracle_live.py). What a server can prove and the suite without
one cannot: the Easy Connect string and a generated tnsnames.ora reach the same server as host/port/
service, a wrong service behind a good alias is the mapped DPY-6001/ORA-12514, and ``schema`` makes
``ALTER SESSION SET CURRENT_SCHEMA`` run on every pooled connection, before the dialect's first-connect
set-up reads the default schema.
"""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import pytest
from sqlalchemy.exc import DBAPIError

from hms_desktop.db.engine import make_engine
from hms_desktop.db.errors import friendly_connect_error
from hms_desktop.db.profiles import OracleMethod, Profile, profile_from_url

ORACLE_URL = os.environ.get("HMS_TEST_ORACLE_URL", "")
CURRENT_SCHEMA = "SELECT sys_context('USERENV', 'CURRENT_SCHEMA') FROM dual"

pytestmark = [
    pytest.mark.oracle,
    pytest.mark.skipif(not ORACLE_URL, reason="HMS_TEST_ORACLE_URL not set"),
]


def _base() -> tuple[Profile, str | None]:
    profile, password = profile_from_url(ORACLE_URL, name="oracle-live")
    return profile, password


def _current_schema(profile: Profile, password: str | None) -> str:
    engine = make_engine(profile, password)
    try:
        with engine.connect() as conn:
            return str(conn.exec_driver_sql(CURRENT_SCHEMA).scalar_one())
    finally:
        engine.dispose()


def test_easy_connect_and_tns_alias_reach_the_server(tmp_path: Path) -> None:
    base, password = _base()
    easy = dataclasses.replace(
        base, method=OracleMethod.EASY_CONNECT, dsn=f"{base.host}:{base.port or 1521}/{base.database}"
    )
    user = base.user.upper()
    assert _current_schema(easy, password) == user
    (tmp_path / "tnsnames.ora").write_text(
        f"hms_live = (DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST={base.host})(PORT={base.port or 1521}))"
        f"(CONNECT_DATA=(SERVICE_NAME={base.database})))\n"
        f"hms_wrong = (DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST={base.host})(PORT={base.port or 1521}))"
        "(CONNECT_DATA=(SERVICE_NAME=NO_SUCH_SERVICE)))\n",
        encoding="ascii",
    )
    alias = dataclasses.replace(base, method=OracleMethod.TNS_ALIAS, dsn="hms_live", tns_admin=str(tmp_path))
    assert _current_schema(alias, password) == user
    wrong = make_engine(dataclasses.replace(alias, dsn="hms_wrong"), password)
    try:
        with pytest.raises(DBAPIError) as caught:
            wrong.connect()
    finally:
        wrong.dispose()
    err = friendly_connect_error(caught.value)
    assert err.code in ("DPY-6001", "ORA-12514") and "service name" in err.message


def test_schema_is_set_on_every_connection() -> None:
    base, password = _base()
    # the user's own schema named explicitly: the statement runs, and the dialect sees it
    profile = dataclasses.replace(base, schema=base.user)
    engine = make_engine(profile, password)
    try:
        conns = [engine.connect() for _ in range(3)]
        try:
            for conn in conns:
                value = conn.exec_driver_sql(CURRENT_SCHEMA)
                assert value.scalar_one() == base.user.upper()
        finally:
            for conn in conns:
                conn.close()
        assert engine.dialect.default_schema_name == base.user.lower()
    finally:
        engine.dispose()
