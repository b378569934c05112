"""What scripts/i18n.py reads from the Python source (issue 17), without Qt.

- :func:`unmarked`: the string literals of ``hms_desktop/gui`` a person may read that are not marked
  for translation. A literal counts when it holds a word (two letters or more) and starts with a capital
  or holds a space, is not a docstring, and is not an argument of a translation call (``tr``,
  ``translate``, ``QT_TRANSLATE_NOOP``…), of a call whose strings are keys or formats (object names,
  properties, style sheets, settings, logging, date formats, key sequences) or of a programmer's
  exception (``ValueError``…), nor a dictionary key or one side of a comparison. What is left is either
  wrapped or marked on its line with ``# notr`` and the reason (``'HH:mm'  # notr: a display format``).
  tests/gui/test_translation.py fails on any.
- :func:`service_templates`: the messages the services and the domain put in front of the desk (the
  errors they raise, the labels they return), each f-string as a template with ``{0}``, ``{1}``… where
  its values go. ``scripts/i18n.py update`` writes them into ``hms_desktop/gui/service_messages.py`` so
  lupdate merges them into the .ts like any string of the GUI, and ``gui/i18n.service_text`` translates
  a message the desk receives by matching it against them.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

TRANSLATING = frozenset({"tr", "translate", "QT_TR_NOOP", "QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3"})
# calls whose string arguments are keys, names or formats, never read by a person as text
KEYS = frozenset(
    {
        "setObjectName", "objectName", "setProperty", "property", "setStyleSheet", "findChild",
        "findChildren", "find", "setDisplayFormat", "setInputMask", "QKeySequence", "fromString",
        "toString", "strftime", "strptime", "Signal", "Slot", "getattr", "hasattr", "setattr",
        "isinstance", "QSettings", "value", "setValue", "contains", "remove", "load_form", "icon",
        "pixmap", "QIcon", "QColor", "compile", "fullmatch", "match", "search", "sub", "split",
        "startswith", "endswith", "join", "replace", "strip", "format_exc", "Path", "open",
        "addLibraryPath", "setApplicationName", "setOrganizationName", "setOrganizationDomain",
        "setDesktopFileName", "setApplicationDisplayName", "environ", "getenv", "get", "setdefault",
        "pop", "import_module", "connect", "emit", "repolish", "set_role", "role", "encode", "decode",
        "QFont", "setFamily", "setFamilies", "addApplicationFont", "QRegularExpression",
        "QRegularExpressionValidator", "mark", "fixture", "parametrize", "warn", "cast", "TypeVar",
        "NewType", "namedtuple", "field", "dataclass", "named_date", "named",
    }
)  # fmt: skip
LOGGING = frozenset({"debug", "info", "warning", "error", "exception", "critical", "log"})
LOGGERS = frozenset({"log", "logger", "logging", "_log", "LOG"})
PROGRAMMER_ERRORS = frozenset(
    {
        "ValueError", "TypeError", "RuntimeError", "KeyError", "AssertionError", "NotImplementedError",
        "AttributeError", "LookupError", "IndexError", "OSError", "SystemExit",
    }
)  # fmt: skip
WORD = re.compile(r"[A-Za-z]{2,}")
# one token of code: an identifier, a dotted name, a property name, an upper-case constant
CODE_TOKEN = re.compile(r"[A-Za-z_][A-Za-z0-9_.:/-]*|[a-z]+(?:[A-Z][a-z0-9]*)+")


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _docstrings(tree: ast.AST) -> set[ast.AST]:
    found: set[ast.AST] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(body[0].value)
    return found


def _parents(tree: ast.AST) -> dict[ast.AST, ast.AST]:
    return {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}


@dataclass(frozen=True)
class Unmarked:
    path: Path
    line: int
    text: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.text!r}"


def looks_read(text: str) -> bool:
    """Whether a literal may be words a person reads (not a key, a name or a piece of markup)."""
    if not WORD.search(text):
        return False
    stripped = text.strip()
    if " " not in stripped and not re.match(r"[A-Z&]", stripped):
        return False  # a lower-case single token: a key, a role, a file name
    code = " " not in stripped and CODE_TOKEN.fullmatch(stripped) is not None
    # CONSTANT, snake_case, camelCase
    return not (code and ("_" in stripped or stripped.isupper() or re.search(r"[a-z][A-Z]", stripped)))


def _excused(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> bool:
    """Whether the literal's place says it is not text for a person (see the module's docstring)."""
    child: ast.AST = node
    while child in parents:
        parent = parents[child]
        if isinstance(parent, ast.JoinedStr | ast.FormattedValue | ast.BinOp | ast.IfExp | ast.BoolOp):
            child = parent
            continue
        if isinstance(parent, ast.Call):
            name = _name(parent.func)
            if name in TRANSLATING or name in KEYS or name in PROGRAMMER_ERRORS:
                return True
            if name in LOGGING and isinstance(parent.func, ast.Attribute):
                owner = parent.func.value
                if isinstance(owner, ast.Name) and owner.id in LOGGERS:
                    return True
            return False
        if isinstance(parent, ast.Compare | ast.Subscript | ast.Match | ast.match_case):
            return True
        if isinstance(parent, ast.Dict) and child in parent.keys:
            return True
        if isinstance(parent, ast.keyword) and parent.arg in {"objectName", "role", "name", "key"}:
            return True
        return isinstance(parent, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id in {"__all__", "__slots__"} for t in parent.targets
        )
    return False


def unmarked_in(path: Path, root: Path = ROOT) -> Iterator[Unmarked]:
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    tree = ast.parse(source)
    docs = _docstrings(tree)
    parents = _parents(tree)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Constant) or not isinstance(node.value, str) or node in docs:
            continue
        if not looks_read(node.value) or _excused(node, parents):
            continue
        span = lines[node.lineno - 1 : (node.end_lineno or node.lineno)]
        if any("# notr" in line for line in span):
            continue
        yield Unmarked(path.relative_to(root), node.lineno, node.value)


def gui_sources(root: Path = ROOT) -> list[Path]:
    generated = root / "hms_desktop" / "gui" / "service_messages.py"
    return [p for p in sorted((root / "hms_desktop" / "gui").rglob("*.py")) if p != generated]


def unmarked(paths: Iterable[Path] | None = None, root: Path = ROOT) -> list[Unmarked]:
    found: list[Unmarked] = []
    for path in paths if paths is not None else gui_sources(root):
        found.extend(unmarked_in(path.resolve(), root))
    return sorted(found, key=lambda u: (str(u.path), u.line))


# --- the services' messages ------------------------------------------------------------------------

# where the services' words come from; data tables (the demo clinic, PIN code districts) are not text
SERVICE_SOURCES = (
    "hms_desktop/services",
    "hms_desktop/domain",
    "hms_desktop/errors.py",
    "hms_desktop/db/errors.py",
)
NOT_MESSAGES = re.compile(r"(^|/)(demo[a-z_]*|pincodes|pincode_data)\.py$")
SQL = re.compile(r"\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER|WITH|BEGIN|DROP|MERGE|LOCK|PRAGMA)\b")


def _template(node: ast.AST) -> str:
    """A literal as written; an f-string with ``{0}``, ``{1}``… for its values (braces doubled)."""
    if isinstance(node, ast.Constant):
        return str(node.value)
    assert isinstance(node, ast.JoinedStr)
    parts: list[str] = []
    n = 0
    for value in node.values:
        if isinstance(value, ast.Constant):
            parts.append(str(value.value).replace("{", "{{").replace("}", "}}"))
        else:
            parts.append(f"{{{n}}}")
            n += 1
    return "".join(parts)


def is_message(template: str) -> bool:
    """A sentence or a label: starts with a capital and has a word (not a constant, a class name or
    SQL), or is at least two words in lower case (a reason, a phrase: "same phone", "pain 8/10"), not a
    pattern (a regular expression the code matches driver text with) nor a key."""
    literal = re.sub(r"\{\d+\}", "", template)
    if not WORD.search(literal) or SQL.match(template):
        return False
    head = re.sub(r"^(\{\d+\}[\s:,-]*)+", "", template)  # "{0} saved this patient…" reads from its words
    if re.match(r"[A-Z]", head):
        code = " " not in template.strip() and (
            template.isupper() or "_" in template or re.search(r"[a-z][A-Z]", template) is not None
        )
        return not code  # SQLITE_BUSY, an error code, a class name
    if not re.match(r"[a-z]", head) or " " not in template.strip() or len(WORD.findall(literal)) < 2:
        return False
    return not re.search(r"[\\|_]|\[\^|\(\?", template)


def service_templates(root: Path = ROOT) -> list[str]:
    files: list[Path] = []
    for name in SERVICE_SOURCES:
        place = root / name
        files.extend(sorted(place.rglob("*.py")) if place.is_dir() else [place] if place.is_file() else [])
    found: set[str] = set()
    for path in files:
        if NOT_MESSAGES.search(path.as_posix()):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docs = _docstrings(tree)
        parents = _parents(tree)
        for node in ast.walk(tree):
            if node in docs:
                continue
            if isinstance(node, ast.Constant):
                if not isinstance(node.value, str) or isinstance(parents.get(node), ast.JoinedStr):
                    continue
            elif not isinstance(node, ast.JoinedStr):
                continue
            parent = parents.get(node)
            if isinstance(parent, ast.Call):
                name = _name(parent.func)
                if name in LOGGING or name in PROGRAMMER_ERRORS or name in {"text", "execute"}:
                    continue
            if isinstance(parent, ast.Dict) and node in parent.keys:
                continue
            if isinstance(parent, ast.Compare | ast.Subscript | ast.MatchValue):
                continue  # a key compared or looked up, not said
            if isinstance(parent, ast.Tuple | ast.List | ast.Set) and len(parent.elts) >= 8:
                continue  # a data table (number words, States), not a message
            template = _template(node)
            if is_message(template):
                found.add(template)
    return sorted(found)
