"""Oracle readiness checks that need no Oracle server (see /work/shared/reference/ORACLE.md).

``lint_metadata(metadata)`` finds schema definitions that compile but fail (or behave differently) on
Oracle 19c/23ai: reserved words, names over 30 bytes, bad VARCHAR2 lengths, integer keys without
IDENTITY, LOBs in keys and indexes, duplicate column lists (ORA-01408), composite unique keys over
nullable columns.

``lint_statement(stmt)`` does the same for one statement: a SQLAlchemy statement object is compiled under
the Oracle dialect and its expression tree is walked (CLOB in ORDER BY / GROUP BY / DISTINCT /
comparisons, ``''`` binds, backend-only functions and ON CONFLICT, OFFSET without an ORDER BY over a
unique key). Plain SQL text gets the subset of checks a regular expression can make.

Every problem is one line of text naming the table/column/statement at fault.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from sqlalchemy import (
    Column,
    Index,
    LargeBinary,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy import (
    Sequence as DbSequence,
)
from sqlalchemy import types as sqltypes
from sqlalchemy.dialects.oracle import oracledb as oracle_oracledb
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import CompileError, SQLAlchemyError
from sqlalchemy.schema import CreateIndex, CreateTable
from sqlalchemy.sql import operators, visitors
from sqlalchemy.sql.base import _NONE_NAME
from sqlalchemy.sql.dml import Update, ValuesBase
from sqlalchemy.sql.elements import (
    BinaryExpression,
    BindParameter,
    BooleanClauseList,
    ClauseElement,
    ColumnElement,
    Grouping,
    Label,
    UnaryExpression,
)
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.sql.schema import Constraint
from sqlalchemy.sql.selectable import CompoundSelect, Exists, Select, TableClause

from hms_desktop.db.base import MAX_NAME, ORACLE_RESERVED, Str

__all__ = [
    "MAX_NAME",
    "ORACLE_RESERVED",
    "is_lob",
    "lint_binds",
    "lint_metadata",
    "lint_sql_text",
    "lint_statement",
    "lint_structure",
    "oracle_dialect",
    "statement_is_lintable",
    "touches_system_catalogue",
]

MAX_VARCHAR2 = 4000
# AL32UTF8 needs up to 4 bytes a character, and Str(n) renders VARCHAR2(n CHAR)
BYTES_PER_CHAR = 4
MAX_CHARS = MAX_VARCHAR2 // BYTES_PER_CHAR

# Functions PostgreSQL or SQLite have and Oracle does not (or has under another meaning).
_BACKEND_ONLY = """
group_concat string_agg array_agg strftime julianday datetime date ifnull iif printf random
date_trunc date_part generate_series unixepoch total bool_and bool_or json_extract json_group_array
jsonb_build_object json_build_object age to_tsvector to_tsquery regexp_matches split_part
"""
BACKEND_ONLY_FUNCTIONS = frozenset(_BACKEND_ONLY.split())
# Functions that return a LOB when given one (so ORDER BY lower(clob) fails like ORDER BY clob)
_LOB_PRESERVING = frozenset(
    {"lower", "upper", "trim", "ltrim", "rtrim", "substr", "coalesce", "nvl", "concat"}
)
_COMPARISONS = frozenset(
    {
        operators.eq,
        operators.ne,
        operators.lt,
        operators.le,
        operators.gt,
        operators.ge,
        operators.in_op,
        operators.not_in_op,
        operators.between_op,
        operators.not_between_op,
        operators.is_distinct_from,
        operators.is_not_distinct_from,
    }
)
_CONSTRAINT_KINDS = {
    "PrimaryKeyConstraint": "primary key",
    "UniqueConstraint": "unique constraint",
    "ForeignKeyConstraint": "foreign key",
    "CheckConstraint": "check constraint",
}
_SYSTEM_SCHEMAS = frozenset({"pg_catalog", "information_schema", "sys", "sqlite_master"})


def oracle_dialect(*, native_boolean: bool = False) -> Dialect:
    """An unconnected python-oracledb dialect: 19c flavour (no BOOLEAN) unless ``native_boolean``."""
    dialect: Dialect = oracle_oracledb.dialect(
        supports_native_boolean=native_boolean
    )
    return dialect


_DIALECT = oracle_dialect()


# --- types -----------------------------------------------------------------------------------


def _impl(type_: Any) -> Any:
    while isinstance(type_, TypeDecorator):
        type_ = type_.impl_instance
    return type_


def is_lob(type_: Any) -> bool:
    """True for types Oracle stores as CLOB/NCLOB/BLOB (Text, LargeBinary and their subclasses)."""
    impl = _impl(type_)
    return isinstance(impl, Text | LargeBinary | sqltypes.JSON)


# --- metadata --------------------------------------------------------------------------------


def _name_of(obj: Constraint | Index) -> str | None:
    """The name as the DDL will render it (naming convention applied), or None if unnamed."""
    name: Any = obj.name
    if name is _NONE_NAME:
        try:
            name = _DIALECT.identifier_preparer.format_constraint(obj, _alembic_quote=False)
        except SQLAlchemyError:
            return None
        if name is not None:
            name = name.strip('"')
    return None if name is None or name is _NONE_NAME else str(name)


def _check_name(kind: str, where: str, name: str | None) -> Iterator[str]:
    if not name:
        return
    if name.upper() in ORACLE_RESERVED:
        yield f"{where}: {kind} name {name!r} is an Oracle reserved word"
    size = len(name.encode())
    if size > MAX_NAME:
        yield f"{where}: {kind} name {name!r} is {size} bytes (Oracle 19c allows {MAX_NAME})"


def _keys(table: Table) -> list[tuple[str, str | None, list[Column[Any]], bool]]:
    """(kind, name, columns, is_unique) for the PK, unique constraints and indexes of ``table``."""
    keys: list[tuple[str, str | None, list[Column[Any]], bool]] = []
    for constraint in sorted(table.constraints, key=lambda c: str(_name_of(c) or "")):
        if isinstance(constraint, PrimaryKeyConstraint) and constraint.columns:
            keys.append(("primary key", _name_of(constraint), list(constraint.columns), True))
        elif isinstance(constraint, UniqueConstraint):
            keys.append(("unique constraint", _name_of(constraint), list(constraint.columns), True))
    for index in sorted(table.indexes, key=lambda i: str(_name_of(i) or "")):
        cols = [c for c in index.expressions if isinstance(c, Column)]
        keys.append(("unique index" if index.unique else "index", _name_of(index), cols, bool(index.unique)))
    return keys


def lint_metadata(metadata: MetaData) -> list[str]:
    """Every Oracle problem in ``metadata``'s tables (empty list = ready for Oracle)."""
    problems: list[str] = []
    for table in metadata.sorted_tables:
        problems.extend(_lint_table(table))
    return problems


def _lint_table(table: Table) -> Iterator[str]:
    where = f"table {table.name}"
    yield from _check_name("table", where, table.name)
    for col in table.columns:
        yield from _lint_column(table, col)
    for constraint in table.constraints:
        kind = _CONSTRAINT_KINDS.get(type(constraint).__name__, "constraint")
        yield from _check_name(kind, where, _name_of(constraint))
    for index in table.indexes:
        yield from _check_name("index", where, _name_of(index))

    # The ORM's UPDATE/DELETE binds the key and the version column as <table>_<column>
    keyed = [c for c in table.columns if c.primary_key or c.name == "row_version"]
    for col in keyed:
        bind = f"{table.name}_{col.name}"
        if len(bind.encode()) > MAX_NAME:
            yield (
                f"{where}: the ORM binds {col.name!r} in its UPDATE/DELETE as :{bind}, "
                f"{len(bind.encode())} bytes (Oracle allows {MAX_NAME}, ORA-00972): "
                "shorten the table or column"
            )

    auto = table.autoincrement_column
    if auto is not None and auto.identity is None and not isinstance(auto.default, DbSequence):
        yield (
            f"{where}: integer primary key {auto.name!r} has no Identity(); on Oracle it is a plain "
            "INTEGER NOT NULL and inserts fail (add Identity(), or autoincrement=False for natural keys)"
        )

    seen: dict[tuple[str, ...], tuple[str, str | None]] = {}
    for kind, name, cols, unique in _keys(table):
        label = f"{kind} {name}" if name else kind
        lobs = [c.name for c in cols if is_lob(c.type)]
        if lobs:
            yield f"{where}: {label} includes LOB column(s) {', '.join(lobs)} (CLOB/BLOB cannot be keyed)"
        signature = tuple(c.name for c in cols)
        if signature and kind in ("index", "unique index"):
            if signature in seen:
                other_kind, other = seen[signature]
                yield (
                    f"{where}: {label} repeats the column list ({', '.join(signature)}) of "
                    f"{other_kind} {other} (ORA-01408 such column list already indexed)"
                )
            seen.setdefault(signature, (kind, name))
        elif signature:
            seen.setdefault(signature, (kind, name))
        nullable = [c.name for c in cols if c.nullable]
        if unique and len(cols) > 1 and nullable and len(nullable) < len(cols):
            yield (
                f"{where}: {label} over ({', '.join(signature)}) has nullable column(s) "
                f"{', '.join(nullable)}; Oracle treats NULLs in a composite unique key as equal "
                "(PostgreSQL and SQLite do not), so the three backends would accept different rows"
            )

    try:
        CreateTable(table).compile(dialect=_DIALECT)
        for index in table.indexes:
            CreateIndex(index).compile(dialect=_DIALECT)
    except (CompileError, SQLAlchemyError) as exc:
        yield f"{where}: DDL does not compile for Oracle: {exc}"


def _lint_column(table: Table, col: Column[Any]) -> Iterator[str]:
    where = f"column {table.name}.{col.name}"
    yield from _check_name("column", f"table {table.name}", col.name)
    impl = _impl(col.type)
    if isinstance(impl, String) and not is_lob(impl):
        if impl.length is None:
            yield f"{where}: String without a length compiles to a bare VARCHAR2 (give a length 1..4000)"
        elif impl.length > MAX_VARCHAR2:
            yield f"{where}: String({impl.length}) is longer than VARCHAR2's {MAX_VARCHAR2}"
        elif impl.length * BYTES_PER_CHAR > MAX_VARCHAR2:
            yield (
                f"{where}: String({impl.length}) is VARCHAR2({impl.length} CHAR), up to "
                f"{impl.length * BYTES_PER_CHAR} bytes in AL32UTF8, past the {MAX_VARCHAR2}-byte limit "
                f"(ORA-12899 for Indic text): at most {MAX_CHARS} characters, or Text (CLOB) if never sorted"
            )
    if isinstance(impl, sqltypes.DateTime) and not isinstance(impl, sqltypes.TIMESTAMP):
        yield f"{where}: DateTime compiles to Oracle DATE (whole seconds, no zone); use UtcDateTime"


# --- statements ------------------------------------------------------------------------------


def _unwrap(expr: Any) -> Any:
    while isinstance(expr, UnaryExpression | Label | Grouping) and getattr(expr, "element", None) is not None:
        expr = expr.element
    return expr


def _lob_expr(expr: Any) -> str | None:
    """A description of ``expr`` if it evaluates to a LOB (a LOB column, or lower(lob) and the like)."""
    expr = _unwrap(expr)
    if isinstance(expr, BindParameter):
        return None
    if isinstance(expr, FunctionElement):
        if expr.name.lower() in _LOB_PRESERVING:
            for arg in expr.clauses:
                found = _lob_expr(arg)
                if found:
                    return f"{expr.name}({found})"
        return None
    if isinstance(expr, ColumnElement) and is_lob(expr.type):
        table = getattr(expr, "table", None)
        name = getattr(expr, "name", None) or str(expr)
        return f"{table.name}.{name}" if isinstance(table, TableClause) else str(name)
    return None


def _table_of(expr: Any) -> TableClause | None:
    table = getattr(expr, "table", None)
    if table is None:
        return None
    original = getattr(table, "element", table)  # aliases
    return original if isinstance(original, Table) else None


def _covers_unique_key(order_by: Sequence[Any]) -> bool | None:
    """Whether the ORDER BY includes a whole PK/unique key of some table; None when unknowable."""
    by_table: dict[Table, set[str]] = {}
    for item in order_by:
        expr = _unwrap(item)
        table = _table_of(expr)
        name = getattr(expr, "name", None)
        if not isinstance(table, Table) or not isinstance(name, str):
            return None
        by_table.setdefault(table, set()).add(name)
    for table, names in by_table.items():
        keys = [set(table.primary_key.columns.keys())]
        keys += [{c.name for c in cols} for _, _, cols, unique in _keys(table) if unique]
        keys += [{c.name} for c in table.columns if c.unique]
        if any(key and key <= names for key in keys):
            return True
    return False


def touches_system_catalogue(element: ClauseElement) -> bool:
    """True for a dialect's own catalogue queries (reflection of pg_catalog, information_schema, ...):
    each backend's dialect sends its own, so another backend's are never Oracle's to run."""
    return _is_system(element)


def _is_system(element: ClauseElement) -> bool:
    for node in visitors.iterate(element):
        if isinstance(node, TableClause):
            schema = getattr(node, "schema", None)
            if (schema and schema.lower() in _SYSTEM_SCHEMAS) or node.name.startswith(("pg_", "sqlite_")):
                return True
    return False


def statement_is_lintable(element: Any) -> bool:
    """True for Core/ORM SELECT and DML; False for text, DDL and catalogue (reflection) queries."""
    if not isinstance(element, ClauseElement):
        return False
    if not (getattr(element, "is_select", False) or getattr(element, "is_dml", False)):
        return False
    return not _is_system(element)


_IS_NUMBER = re.compile(r"\bIS\s+(?:NOT\s+)?[01]\b", re.I)
_BIND_NAME = re.compile(r'(?<![\w:]):(?:"([^"]+)"|([A-Za-z_][\w$#]*))')
_POSTCOMPILE_NAME = re.compile(r"__\[POSTCOMPILE_(\w+)\]")
# operators that make a condition (a truth value, which 19c SQL cannot select, group, sort or pass)
_CONDITION_OPS = _COMPARISONS | {
    operators.is_,
    operators.is_not,
    operators.like_op,
    operators.not_like_op,
    operators.ilike_op,
    operators.not_ilike_op,
    operators.and_,
    operators.or_,
    operators.inv,
    operators.exists,
}


def _is_condition(expr: Any) -> bool:
    expr = _unwrap_label(expr)
    if isinstance(expr, BinaryExpression | BooleanClauseList):
        return expr.operator in _CONDITION_OPS
    if isinstance(expr, UnaryExpression):
        return expr.operator in (operators.inv, operators.exists)
    return isinstance(expr, Exists)


def _unwrap_label(expr: Any) -> Any:
    while isinstance(expr, Label | Grouping) and getattr(expr, "element", None) is not None:
        expr = expr.element
    return expr


def _conditions_as_values(stmt: ClauseElement) -> Iterator[str]:
    """19c SQL has no BOOLEAN: a comparison or IS [NOT] NULL used where a value goes (select list,
    GROUP BY, ORDER BY, a function's argument, an UPDATE's SET) fails (ORA-00923/00907); use CASE."""
    for node in visitors.iterate(stmt):
        places: list[tuple[str, Any]] = []
        if isinstance(node, Select):
            places += [("select list", c) for c in node._raw_columns]
            places += [("GROUP BY", c) for c in node._group_by_clauses]
            places += [("ORDER BY", c) for c in node._order_by_clauses]
        elif isinstance(node, FunctionElement):
            places += [(f"{node.name}() argument", c) for c in node.clauses]
        elif isinstance(node, ValuesBase | Update):
            values = getattr(node, "_values", None) or {}
            places += [("SET/VALUES", v) for v in values.values()]
            places += [("SET/VALUES", v) for _, v in getattr(node, "_ordered_values", None) or ()]
        for where, expr in places:
            if isinstance(expr, ClauseElement) and _is_condition(expr):
                text = " ".join(str(expr.compile(dialect=_DIALECT)).split())[:120]
                yield (
                    f"condition used as a value in the {where}: {text} (19c SQL has no BOOLEAN; "
                    "ORA-00923/00907): write case((cond, 1), else_=0)"
                )


_IN_OPS = (operators.in_op, operators.not_in_op)


def _key_like(expr: Any) -> str | None:
    name = getattr(_unwrap(expr), "name", None)
    if isinstance(name, str) and (name.lower() == "id" or name.lower().endswith("_id")):
        return name
    return None


def _unbounded_in_lists(stmt: ClauseElement) -> Iterator[str]:
    """IN (expanding bind) over a key column: the list is as long as the data it came from, and past
    1000 items Oracle refuses it (ORA-01795). Filter by a subquery or a join instead."""
    for node in visitors.iterate(stmt):
        if not isinstance(node, BinaryExpression) or node.operator not in _IN_OPS:
            continue
        right = node.right
        if not (isinstance(right, BindParameter) and right.expanding):
            continue
        if str(right.key) == "primary_keys":  # SQLAlchemy's selectin loader: at most 500 per statement
            continue
        key = _key_like(node.left)
        if key:
            yield (
                f"IN list of keys bound from a list ({key} IN [...]): its length follows the data and "
                "Oracle refuses more than 1000 items (ORA-01795): select through a subquery or a join"
            )


def _compiled_problems(stmt: ClauseElement) -> Iterator[str]:
    """Checks of the SQL text the Oracle dialect produces."""
    try:
        sql = str(stmt.compile(dialect=_DIALECT))
    except (CompileError, SQLAlchemyError) as exc:
        yield f"does not compile for Oracle: {exc}"
        return
    if _IS_NUMBER.search(sql):
        yield (
            "IS 0 / IS 1 in the Oracle SQL (what .is_(True)/.is_(False) becomes without a native BOOLEAN): "
            "ORA-00908; write == true() / == false()"
        )
    names = [q or b for q, b in _BIND_NAME.findall(sql)] + _POSTCOMPILE_NAME.findall(sql)
    for name in dict.fromkeys(names):
        size = len(name.encode())
        if size > MAX_NAME:
            yield f"bind name :{name} is {size} bytes (Oracle allows {MAX_NAME}, ORA-00972)"
        if name.upper() in ORACLE_RESERVED:
            yield f"bind name :{name} is an Oracle reserved word"


def lint_structure(stmt: ClauseElement) -> list[str]:
    """Checks that depend only on the statement's shape (cacheable per statement cache key)."""
    problems: list[str] = list(_compiled_problems(stmt))
    problems.extend(_conditions_as_values(stmt))
    problems.extend(_unbounded_in_lists(stmt))

    if getattr(stmt, "_post_values_clause", None) is not None:
        problems.append(
            "INSERT ... ON CONFLICT (on_conflict_do_*) is PostgreSQL/SQLite only; catch the duplicate instead"
        )
    for node in visitors.iterate(stmt):
        if isinstance(node, Select | CompoundSelect):
            problems.extend(_lint_select(node))
        elif isinstance(node, BinaryExpression) and node.operator in _COMPARISONS:
            for side in (node.left, node.right):
                lob = _lob_expr(side)
                if lob:
                    op = getattr(node.operator, "__name__", str(node.operator))
                    problems.append(f"LOB {lob} used in a comparison ({op}): ORA-00932 on Oracle")
        elif isinstance(node, FunctionElement) and node.name.lower() in BACKEND_ONLY_FUNCTIONS:
            problems.append(f"function {node.name}() does not exist on Oracle")
    return list(dict.fromkeys(problems))


def _lint_select(node: Select[Any] | CompoundSelect[Any]) -> Iterator[str]:
    for item in node._order_by_clauses:
        lob = _lob_expr(item)
        if lob:
            yield f"LOB {lob} in ORDER BY: ORA-00932 on Oracle (sort by a String column)"
    for item in node._group_by_clauses:
        lob = _lob_expr(item)
        if lob:
            yield f"LOB {lob} in GROUP BY: ORA-00932 on Oracle"
    distinct = isinstance(node, Select) and bool(node._distinct)
    set_op = isinstance(node, CompoundSelect) and node.keyword.name in ("UNION", "INTERSECT", "EXCEPT")
    if distinct or set_op:
        for col in node.selected_columns:
            lob = _lob_expr(col)
            if lob:
                yield f"LOB {lob} in a DISTINCT/UNION select list: ORA-00932 on Oracle"
    if node._offset_clause is not None:
        if not node._order_by_clauses:
            yield "OFFSET without ORDER BY: Oracle returns pages in no particular order"
        elif _covers_unique_key(node._order_by_clauses) is False:
            yield "OFFSET pagination ordered by a non-unique key: rows can repeat or vanish between pages"


def lint_binds(
    stmt: ClauseElement,
    binds: Iterable[BindParameter[Any]],
    params: Sequence[Mapping[str, Any]] | Mapping[str, Any] | None = None,
) -> list[str]:
    """Value checks: an empty string bound to a column that does not normalise blanks (Str does)."""
    problems: list[str] = []
    types: dict[str, Any] = {}
    for bind in binds:
        types[bind.key] = bind.type
        if bind.value == "" and not isinstance(bind.type, Str):
            problems.append(f"'' bound to :{bind.key}: Oracle stores '' as NULL (use None)")
    table = getattr(stmt, "table", None)
    columns = table.c if isinstance(table, TableClause) else None
    rows = [params] if isinstance(params, Mapping) else list(params or ())
    for row in rows:
        for key, value in row.items():
            if value != "":
                continue
            type_ = types.get(key)
            if type_ is None and columns is not None and key in columns:
                type_ = columns[key].type
            if not isinstance(type_, Str):
                problems.append(f"'' bound to :{key}: Oracle stores '' as NULL (use None)")
    return list(dict.fromkeys(problems))


_SQL_CHECKS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?<![\w'])''(?!')"), "'' literal: Oracle stores '' as NULL"),
    (re.compile(r"\bON\s+CONFLICT\b", re.I), "ON CONFLICT is PostgreSQL/SQLite only"),
    (re.compile(r"\bLIMIT\s+(\d+|:|\?|%\()", re.I), "LIMIT is not Oracle SQL (use FETCH FIRST)"),
    (re.compile(r"\bILIKE\b", re.I), "ILIKE is PostgreSQL only"),
    (re.compile(r"::\s*\w+"), ":: casts are PostgreSQL only"),
)
_SQL_FUNCTION = re.compile(r"\b(\w+)\s*\(")


def lint_sql_text(sql: str) -> list[str]:
    """Regular-expression checks for SQL text (compiled Oracle SQL, or hand-written SQL)."""
    problems = [message for pattern, message in _SQL_CHECKS if pattern.search(sql)]
    for name in _SQL_FUNCTION.findall(sql):
        if name.lower() in BACKEND_ONLY_FUNCTIONS - {"date"}:
            problems.append(f"function {name}() does not exist on Oracle")
    if re.search(r"\bOFFSET\b.+\bROWS\b", sql, re.I | re.S) and not re.search(r"\bORDER\s+BY\b", sql, re.I):
        problems.append("OFFSET without ORDER BY: Oracle returns pages in no particular order")
    return list(dict.fromkeys(problems))


def lint_statement(
    stmt: str | ClauseElement,
    params: Sequence[Mapping[str, Any]] | Mapping[str, Any] | None = None,
) -> list[str]:
    """Oracle problems in one statement (an executable SQLAlchemy statement, or SQL text)."""
    if isinstance(stmt, str):
        return lint_sql_text(stmt)
    problems = lint_structure(stmt)
    key = stmt._generate_cache_key()
    binds = key.bindparams if key is not None else _all_binds(stmt)
    problems += lint_binds(stmt, binds, params)
    return list(dict.fromkeys(problems))


def _all_binds(stmt: ClauseElement) -> list[BindParameter[Any]]:
    return [n for n in visitors.iterate(stmt) if isinstance(n, BindParameter)]
