"""PostgreSQL over TLS, for real: a throwaway cluster with ``ssl=on`` and a certificate from a test CA
(one cluster per test session), reached through the profiles and engine the desks use.

Also the profile's ``schema`` (``search_path`` on every new connection) and the mapped messages for
every TLS failure a clinic's admin meets: wrong CA, host name not in the certificate, CA file
missing, a server that only takes TLS, and TLS required from a server without it.
"""

from __future__ import annotations

import atexit
import dataclasses
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from hms_desktop.bootstrap import open_database
from hms_desktop.db.engine import make_engine
from hms_desktop.db.errors import friendly_connect_error
from hms_desktop.db.profiles import Backend, Profile
from hms_desktop.errors import CannotConnect
from tests.tls_certs import issue, make_ca


def _pg_bin() -> Path | None:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parent.parent.name))
    if found:
        return found[-1].parent
    which = shutil.which("initdb")
    return Path(which).parent if which else None


@dataclasses.dataclass(frozen=True)
class TlsCluster:
    port: int
    ca: Path  # the CA that signed the server certificate (for sslrootcert)
    other_ca: Path  # a CA that did not
    client_cert: Path
    client_key: Path

    def profile(self, **changes: Any) -> Profile:
        base = Profile(
            "clinic-pg",
            Backend.POSTGRESQL,
            host="localhost",
            port=self.port,
            database="postgres",
            user="postgres",
            sslmode="verify-full",
            sslrootcert=str(self.ca),
        )
        return dataclasses.replace(base, **changes)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


CLUSTER_PREFIX = "hms-pg-tls-"
OWNER_FILE = "owner.pid"  # the pytest process that started the cluster


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _sweep_abandoned(bin_dir: Path, runner: list[str]) -> None:
    """Stop and remove clusters this fixture started in a test process that has died since
    (killed by a timeout, say, before its teardown ran). Others' clusters are left alone."""
    for owner in Path(tempfile.gettempdir()).glob(f"{CLUSTER_PREFIX}*/{OWNER_FILE}"):
        try:
            pid = int(owner.read_text(encoding="ascii").strip())
        except (OSError, ValueError):
            continue
        if _alive(pid):
            continue
        root = owner.parent
        if (root / "data" / "postmaster.pid").exists():
            subprocess.run(
                [*runner, str(bin_dir / "pg_ctl"), "-D", str(root / "data"), "-m", "immediate", "stop"],
                cwd=root, capture_output=True, timeout=60, check=False,
            )  # fmt: skip
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def tls_cluster() -> Iterator[TlsCluster]:
    """initdb + pg_ctl start with ssl=on (as the postgres user when run as root); removed at the end."""
    bin_dir = _pg_bin()
    if bin_dir is None:
        pytest.skip("no PostgreSQL server binaries (/usr/lib/postgresql/*/bin): apt-get install postgresql")
    as_root = os.geteuid() == 0
    runner: list[str] = []
    if as_root:
        if shutil.which("runuser") is None:
            pytest.skip("running as root without runuser: cannot start a PostgreSQL cluster")
        runner = ["runuser", "-u", "postgres", "--"]
    _sweep_abandoned(bin_dir, runner)
    root = Path(tempfile.mkdtemp(prefix=CLUSTER_PREFIX))
    (root / OWNER_FILE).write_text(str(os.getpid()), encoding="ascii")
    if as_root:
        shutil.chown(root, "postgres")
    root.chmod(0o755)

    def pg(*cmd: str | Path) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*runner, *map(str, cmd)], cwd=root, capture_output=True, text=True, timeout=120, check=False
        )

    def stop() -> None:
        if (root / "data" / "postmaster.pid").exists():
            pg(bin_dir / "pg_ctl", "-D", root / "data", "-m", "fast", "-w", "-t", "30", "stop")
        shutil.rmtree(root, ignore_errors=True)

    atexit.register(stop)  # also when pytest exits without tearing fixtures down

    data = root / "data"
    done = pg(bin_dir / "initdb", "-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync")
    if done.returncode != 0:
        shutil.rmtree(root, ignore_errors=True)
        pytest.skip(f"initdb failed: {done.stderr.strip()[-300:]}")
    ca, other = make_ca("Clinic PG CA"), make_ca("Unrelated CA")
    server = issue(ca, "localhost", ("localhost",))  # not 127.0.0.1: for the host-name test
    client = issue(ca, "desk_cert", client=True)
    certs = root / "client"
    certs.mkdir()
    server_crt, server_key = server.write(data, "server")
    (data / "root.crt").write_bytes(ca.cert_pem())
    if as_root:
        for f in (server_crt, server_key, data / "root.crt"):
            shutil.chown(f, "postgres")
    (certs / "ca.crt").write_bytes(ca.cert_pem())
    (certs / "other-ca.crt").write_bytes(other.cert_pem())
    client_crt, client_key = client.write(certs, "desk_cert")
    # TLS only from the network; desk_cert signs in with its client certificate
    (data / "pg_hba.conf").write_text(
        "local all all trust\n"
        "hostssl all desk_cert 127.0.0.1/32 cert\n"
        "hostssl all desk_cert ::1/128 cert\n"
        "hostssl all all 127.0.0.1/32 trust\n"
        "hostssl all all ::1/128 trust\n"
    )
    port = _free_port()
    options = (
        f"-p {port} -k {root} -c listen_addresses=localhost -c fsync=off -c ssl=on "
        "-c ssl_cert_file=server.crt -c ssl_key_file=server.key -c ssl_ca_file=root.crt"
    )
    started = pg(
        bin_dir / "pg_ctl", "-D", data, "-l", root / "server.log", "-w", "-t", "60", "-o", options, "start"
    )
    if started.returncode != 0:
        log = (
            (root / "server.log").read_text(errors="replace")[-500:] if (root / "server.log").exists() else ""
        )
        shutil.rmtree(root, ignore_errors=True)
        pytest.fail(f"the TLS PostgreSQL cluster did not start: {started.stderr.strip()} {log}")
    try:
        subprocess.run(
            [*runner, str(bin_dir / "psql"), "-h", str(root), "-p", str(port), "-U", "postgres", "-v",
             "ON_ERROR_STOP=1", "-c", "CREATE ROLE desk_cert LOGIN"],
            cwd=root, check=True, capture_output=True, timeout=60,
        )  # fmt: skip
        yield TlsCluster(port, certs / "ca.crt", certs / "other-ca.crt", client_crt, client_key)
    finally:
        stop()
        atexit.unregister(stop)


def connect_error(profile: Profile) -> CannotConnect:
    engine = make_engine(profile)
    try:
        with pytest.raises(DBAPIError) as caught:
            engine.connect()
    finally:
        engine.dispose()
    return friendly_connect_error(caught.value)


def ssl_in_use(profile: Profile) -> tuple[bool, str]:
    """Whether the engine's connection is encrypted, from the server's own view (pg_stat_ssl)."""
    engine = make_engine(profile)
    try:
        raw = engine.raw_connection()  # a driver cursor: this is PostgreSQL-only SQL, kept out of capture
        try:
            cur = raw.cursor()
            cur.execute("SELECT ssl, current_user FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
            row = cur.fetchone()
        finally:
            raw.close()
    finally:
        engine.dispose()
    assert row is not None
    return bool(row[0]), str(row[1])


def test_verify_full_with_the_servers_ca_connects_encrypted(tls_cluster: TlsCluster) -> None:
    assert ssl_in_use(tls_cluster.profile()) == (True, "postgres")


def test_client_certificate_sign_in(tls_cluster: TlsCluster) -> None:
    profile = tls_cluster.profile(
        user="desk_cert", sslcert=str(tls_cluster.client_cert), sslkey=str(tls_cluster.client_key)
    )
    assert ssl_in_use(profile) == (True, "desk_cert")


def test_wrong_ca_is_an_untrusted_certificate(tls_cluster: TlsCluster) -> None:
    err = connect_error(tls_cluster.profile(sslrootcert=str(tls_cluster.other_ca)))
    assert getattr(err, "reason", "") == "tls-untrusted", err.message
    assert err.message == (
        "The database server's certificate is not trusted: it is not signed by a certificate in the CA "
        "file (sslrootcert). Ask the database administrator for the current CA certificate."
    )
    # verify-ca checks the chain too
    err = connect_error(tls_cluster.profile(sslmode="verify-ca", sslrootcert=str(tls_cluster.other_ca)))
    assert getattr(err, "reason", "") == "tls-untrusted"


def test_the_same_through_open_database(tls_cluster: TlsCluster) -> None:
    with pytest.raises(CannotConnect) as caught:
        open_database(tls_cluster.profile(sslrootcert=str(tls_cluster.other_ca)), migrate=False)
    assert caught.value.message.startswith("The database server's certificate is not trusted")


def test_host_name_not_in_the_certificate(tls_cluster: TlsCluster) -> None:
    err = connect_error(tls_cluster.profile(host="127.0.0.1"))
    assert getattr(err, "reason", "") == "tls-hostname", err.message
    # verify-ca does not check the name: the same host connects
    assert ssl_in_use(tls_cluster.profile(host="127.0.0.1", sslmode="verify-ca"))[0]


def test_missing_ca_file(tls_cluster: TlsCluster, tmp_path: Path) -> None:
    err = connect_error(tls_cluster.profile(sslrootcert=str(tmp_path / "ca.crt")))
    assert getattr(err, "reason", "") == "ca-missing", err.message
    assert err.message.startswith(
        f"The CA certificate file {tmp_path / 'ca.crt'} does not exist or cannot be read."
    )


def test_a_server_that_takes_only_tls(tls_cluster: TlsCluster) -> None:
    err = connect_error(tls_cluster.profile(sslmode="disable", sslrootcert=""))
    assert getattr(err, "reason", "") == "pg-ssl-only", err.message
    assert "Set sslmode to verify-full" in err.message


def test_client_certificate_missing_where_the_server_wants_one(tls_cluster: TlsCluster) -> None:
    err = connect_error(tls_cluster.profile(user="desk_cert"))
    assert getattr(err, "reason", "") == "client-cert-needed", err.message


def test_require_against_a_server_without_ssl() -> None:
    url = os.environ.get("HMS_TEST_PG_URL")
    if not url:
        pytest.skip("HMS_TEST_PG_URL not set (a server without ssl to ask for it)")
    u = make_url(url)
    profile = Profile(
        "plain", Backend.POSTGRESQL, u.host or "", u.port or 0, u.database or "", u.username or ""
    )
    engine = make_engine(profile)
    try:
        raw = engine.raw_connection()  # PostgreSQL-only SQL through a driver cursor, kept out of capture
        try:
            cur = raw.cursor()
            cur.execute("SHOW ssl")
            row = cur.fetchone()
        finally:
            raw.close()
    finally:
        engine.dispose()
    if row is not None and row[0] == "on":
        pytest.skip("the test server has ssl on")
    err = connect_error(dataclasses.replace(profile, sslmode="require"))
    assert getattr(err, "reason", "") == "pg-no-ssl", err.message
    assert err.message.startswith("The PostgreSQL server does not accept encrypted (SSL) connections")


def test_schema_is_the_search_path_of_every_connection(tls_cluster: TlsCluster) -> None:
    admin = make_engine(tls_cluster.profile())
    try:
        raw = admin.raw_connection()
        try:
            cur = raw.cursor()
            cur.execute("DROP SCHEMA IF EXISTS hms_owner CASCADE")
            cur.execute("CREATE SCHEMA hms_owner")
            cur.execute("CREATE TABLE hms_owner.clinic_note (id integer PRIMARY KEY, body varchar(40))")
            cur.execute("INSERT INTO hms_owner.clinic_note VALUES (1, 'owner schema')")
            raw.commit()
        finally:
            raw.close()
    finally:
        admin.dispose()

    from sqlalchemy import Integer, String, column, select, table

    note = table("clinic_note", column("id", Integer), column("body", String(40)))
    desk = make_engine(tls_cluster.profile(schema="HMS_OWNER"))  # PostgreSQL folds it to hms_owner
    try:
        conns = [desk.connect() for _ in range(3)]  # three pooled connections, each set up on connect
        try:
            for conn in conns:
                assert conn.execute(select(note.c.body)).scalar_one() == "owner schema"
                conn.rollback()  # the SET was outside any transaction: a rollback keeps it
                assert conn.execute(select(note.c.body)).scalar_one() == "owner schema"
        finally:
            for conn in conns:
                conn.close()
        # set before the dialect's first-connect set-up: Alembic and reflection see the owner's schema
        assert desk.dialect.default_schema_name == "hms_owner"
    finally:
        desk.dispose()
    plain = make_engine(tls_cluster.profile())
    try:
        with pytest.raises(DBAPIError), plain.connect() as conn:  # without the schema: not found
            conn.execute(select(note.c.body))
    finally:
        plain.dispose()
