"""What the connection form offers: the backends, the Oracle methods and the PostgreSQL SSL modes
(each with the words its combo box shows), and the rows of the form each choice needs.

The words are marked in the "ProfileForm" context and translated where the form shows them.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from hms_desktop.db.profiles import Backend, OracleMethod, SslMode

# the texts are translated where they are shown, in the "ProfileForm" context
BACKENDS = (
    (
        Backend.SQLITE,
        QT_TRANSLATE_NOOP("ProfileForm", "Embedded (SQLite file on this computer)"),
        QT_TRANSLATE_NOOP("ProfileForm", "Database file"),
        0,
    ),
    (
        Backend.POSTGRESQL,
        QT_TRANSLATE_NOOP("ProfileForm", "PostgreSQL server"),
        QT_TRANSLATE_NOOP("ProfileForm", "Database"),
        5432,
    ),
    (
        Backend.ORACLE,
        QT_TRANSLATE_NOOP("ProfileForm", "Oracle server"),
        QT_TRANSLATE_NOOP("ProfileForm", "Service name"),
        1521,
    ),
)


METHODS = (
    (OracleMethod.SERVICE, QT_TRANSLATE_NOOP("ProfileForm", "Host, port and service name")),
    (OracleMethod.EASY_CONNECT, QT_TRANSLATE_NOOP("ProfileForm", "Easy Connect string")),
    (OracleMethod.TNS_ALIAS, QT_TRANSLATE_NOOP("ProfileForm", "TNS alias (tnsnames.ora)")),
    (OracleMethod.WALLET, QT_TRANSLATE_NOOP("ProfileForm", "Wallet (TLS, e.g. Autonomous Database)")),
)
SSL_MODES = (
    ("", QT_TRANSLATE_NOOP("ProfileForm", "prefer (default)")),
    (SslMode.DISABLE.value, QT_TRANSLATE_NOOP("ProfileForm", "disable: never encrypt")),
    (SslMode.REQUIRE.value, QT_TRANSLATE_NOOP("ProfileForm", "require: encrypt")),
    (SslMode.VERIFY_CA.value, QT_TRANSLATE_NOOP("ProfileForm", "verify-ca: encrypt, check CA")),
    (SslMode.VERIFY_FULL.value, QT_TRANSLATE_NOOP("ProfileForm", "verify-full: also the host name")),
)


# the rows each backend / Oracle method shows (name, backend, user and password always show)
ROWS: dict[Backend | OracleMethod, tuple[str, ...]] = {
    Backend.SQLITE: ("database",),
    Backend.POSTGRESQL: ("host", "port", "database", "sslmode", "sslrootcert", "sslcert", "sslkey", "schema"),
    OracleMethod.SERVICE: ("method", "host", "port", "database", "schema"),
    OracleMethod.EASY_CONNECT: ("method", "dsn", "schema"),
    OracleMethod.TNS_ALIAS: ("method", "tns_admin", "dsn", "schema"),
    OracleMethod.WALLET: ("method", "wallet", "tns_admin", "dsn", "wallet_password", "schema"),
}
OPTIONAL_ROWS = (
    "method", "host", "port", "database", "dsn", "tns_admin", "wallet", "wallet_password",
    "sslmode", "sslrootcert", "sslcert", "sslkey", "schema",
)  # fmt: skip
CERT_ROWS = ("sslrootcert", "sslcert", "sslkey")  # shown once an SSL mode that encrypts is chosen


def shown_rows(backend: Backend, method: OracleMethod, sslmode: object, has_files: bool) -> tuple[str, ...]:
    """The optional rows ``backend`` (with its Oracle ``method``) and the SSL mode chosen need;
    ``has_files``: a certificate file is named already."""
    rows = ROWS[method if backend is Backend.ORACLE else backend]
    encrypting = sslmode not in ("", SslMode.DISABLE.value)
    if backend is Backend.POSTGRESQL and not encrypting and not has_files:
        # (a profile made with files but no mode keeps showing them, so saving keeps them)
        rows = tuple(r for r in rows if r not in CERT_ROWS)
    return rows
