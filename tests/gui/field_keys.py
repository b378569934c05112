"""Every field key a service module can raise, read from its source (issue 12: "every form shows the
new field keys next to the right widget").

A key is a string (or f-string) given to ``ValidationError({...})``, assigned into an ``errors[...]``
dict, or passed as the field argument of a rule: the shared input rules (``clean_text``, ``clean_int``,
``clean_decimal``, ``clean_date``, ``money``/``money_value``) and any function that raises at a key
its caller gives (``clean_id(value, "doctor_id", ...)``, ``check_password_policy(..., field=...)``,
``clean_day(value)`` with its default ``"from_date"``), found in the scanned modules and the
functions and modules they import. An f-string's holes become ``*`` (``line{n}.quantity`` ->
``line*.quantity``; a local built from another f-string is followed), and :func:`expand` turns the
holes into the concrete keys a test feeds the form. A key given by a loop variable over literal
strings or a module's literal (``for field, limit in (("full_name", 120), ...)``, ``for name in
VITAL_RANGES``) is each of them, and ``errors.setdefault(field, ...)`` counts as assigning it.

Reading the source, not a hand list, is the point: a service that starts raising a new key makes
the form test fail until the form shows it at a widget.
"""

from __future__ import annotations

import ast
import fnmatch
import importlib
import inspect
import pkgutil
from collections.abc import Iterable
from types import ModuleType
from typing import NamedTuple

RULES = frozenset({"clean_text", "clean_int", "clean_decimal", "clean_date", "money", "money_value"})


class Rule(NamedTuple):
    """A function raising at a key its caller names: the parameter, its position, its default."""

    param: str
    position: int
    default: str | None


BASE_RULES = {name: Rule("field", 1, None) for name in RULES}


def _text(node: ast.expr, names: dict[str, str], loops: dict[str, list[str]] | None = None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        out = []
        for part in node.values:
            if isinstance(part, ast.Constant):
                out.append(str(part.value))
            elif isinstance(part, ast.FormattedValue):
                inner = part.value
                name = inner.id if isinstance(inner, ast.Name) else ""
                # a loop variable over known strings stays marked, expanded by _expand_loops
                loop = f"\0{name}\0" if name in (loops or {}) and name not in names else "*"
                out.append(names.get(name, loop))
        return "".join(out)
    if isinstance(node, ast.Name):
        return names.get(node.id)
    return None


def _call_name(node: ast.Call) -> str:
    return node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")


def _rule_key(node: ast.Call, rule: Rule) -> ast.expr | str | None:
    """The key expression a call gives a rule (positional, keyword or the rule's default)."""
    if len(node.args) > rule.position and not any(isinstance(a, ast.Starred) for a in node.args):
        return node.args[rule.position]
    for kw in node.keywords:
        if kw.arg == rule.param:
            return kw.value
    return rule.default


def _find_rules(trees: Iterable[ast.AST], rules: dict[str, Rule]) -> dict[str, Rule]:
    """``rules`` and the functions of ``trees`` that raise at one of their own parameters."""
    found = dict(rules)
    functions = [
        fn
        for tree in trees
        for fn in ast.walk(tree)
        if isinstance(fn, ast.FunctionDef | ast.AsyncFunctionDef)
    ]
    for _ in range(3):  # a rule passing its field on to another rule (clean_sac -> clean_word)
        for fn in functions:
            if fn.name in found:
                continue
            params = [*fn.args.posonlyargs, *fn.args.args]
            method = bool(params) and params[0].arg in {"self", "cls"}
            positional = [a.arg for a in params[1 if method else 0 :]]
            names = set(positional) | {a.arg for a in fn.args.kwonlyargs}
            defaults = dict(zip([a.arg for a in params][::-1], fn.args.defaults[::-1], strict=False))
            defaults |= {
                a.arg: d
                for a, d in zip(fn.args.kwonlyargs, fn.args.kw_defaults, strict=True)
                if d is not None
            }
            param = _raised_param(fn, names, found)
            if param is None:
                continue
            default = defaults.get(param)
            found[fn.name] = Rule(
                param,
                positional.index(param) if param in positional else 10**6,
                default.value
                if isinstance(default, ast.Constant) and isinstance(default.value, str)
                else None,
            )
    return found


def _raised_param(fn: ast.AST, params: set[str], rules: dict[str, Rule]) -> str | None:
    for node in ast.walk(fn):
        if isinstance(node, ast.Call):
            name = _call_name(node)
            if name == "ValidationError" and node.args and isinstance(node.args[0], ast.Dict):
                for k in node.args[0].keys:
                    if isinstance(k, ast.Name) and k.id in params:
                        return k.id
            elif name in rules:
                given = _rule_key(node, rules[name])
                if isinstance(given, ast.Name) and given.id in params:
                    return given.id
    return None


def _values(node: ast.expr) -> list[str] | None:
    """The strings a literal gives a loop: ``("a", "b")``, ``(("a", 120), ("b", 80))`` (the first of
    each pair) or a dict's keys; None for anything else."""
    if isinstance(node, ast.Dict):
        items: list[ast.expr | None] = list(node.keys)
    elif isinstance(node, ast.Tuple | ast.List | ast.Set):
        items = [e.elts[0] if isinstance(e, ast.Tuple) and e.elts else e for e in node.elts]
    else:
        return None
    out = [i.value for i in items if isinstance(i, ast.Constant) and isinstance(i.value, str)]
    return out if len(out) == len(items) else None


def constants(tree: ast.AST) -> dict[str, list[str]]:
    """A module's top-level names bound to a literal of strings (``VITAL_RANGES = {"pulse": ...}``)."""
    out: dict[str, list[str]] = {}
    for node in getattr(tree, "body", ()):
        target = node.targets[0] if isinstance(node, ast.Assign) and len(node.targets) == 1 else None
        target = node.target if isinstance(node, ast.AnnAssign) else target
        value = _values(node.value) if isinstance(target, ast.Name) and node.value is not None else None
        if isinstance(target, ast.Name) and value is not None:
            out[target.id] = value
    return out


def _loops(fn: ast.AST, consts: dict[str, list[str]]) -> dict[str, list[str]]:
    """Loop variables that take the strings of a literal or a module constant: ``for field, limit
    in (("full_name", 120), ...)``, ``for flag in ("on_oxygen", ...)``, ``for name, spec in
    VITAL_RANGES.items()``."""
    out: dict[str, list[str]] = {}
    for node in ast.walk(fn):
        if not isinstance(node, ast.For):
            continue
        target = node.target.elts[0] if isinstance(node.target, ast.Tuple) else node.target
        it = node.iter
        if (
            isinstance(it, ast.Call)
            and isinstance(it.func, ast.Attribute)
            and it.func.attr in ("items", "keys")
        ):
            it = it.func.value
        values = consts.get(it.id) if isinstance(it, ast.Name) else _values(it)
        if isinstance(target, ast.Name) and values is not None:
            out.setdefault(target.id, []).extend(values)
    return out


def _keys_of(
    tree: ast.AST, rules: dict[str, Rule] = BASE_RULES, consts: dict[str, list[str]] | None = None
) -> set[str]:
    keys: set[str] = set()
    for fn in ast.walk(tree):
        if not isinstance(fn, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        names: dict[str, str] = {}
        loops = _loops(fn, consts or {})
        for node in ast.walk(fn):  # locals holding a field name: field = f"line{i + 1}"
            if isinstance(node, ast.Assign) and len(node.targets) == 1:
                target, value = node.targets[0], node.value
                pairs = (
                    zip(target.elts, value.elts, strict=False)  # field, multiline = f"line{n}.{name}", ...
                    if isinstance(target, ast.Tuple) and isinstance(value, ast.Tuple)
                    else [(target, value)]
                )
                for one, val in pairs:
                    if isinstance(one, ast.Name) and isinstance(val, ast.JoinedStr | ast.Constant):
                        text = _text(val, names, loops)
                        if text is not None and (one.id in {"field", "key"} or "*" in text or "\0" in text):
                            names[one.id] = text
        for node in ast.walk(fn):
            if isinstance(node, ast.Call):
                name = _call_name(node)
                if name == "ValidationError" and node.args and isinstance(node.args[0], ast.Dict):
                    for k in node.args[0].keys:
                        _add(keys, k, names, loops)
                elif name in rules:
                    _add(keys, _rule_key(node, rules[name]), names, loops)
                elif name == "setdefault" and _is_errors(node.func) and node.args:
                    _add(keys, node.args[0], names, loops)  # errors.setdefault(field, "Required ...")
            elif isinstance(node, ast.Assign):
                for target in node.targets:
                    if isinstance(target, ast.Subscript) and _is_errors(target):
                        _add(keys, target.slice, names, loops)
    return keys


def _add(
    keys: set[str], node: ast.expr | str | None, names: dict[str, str], loops: dict[str, list[str]]
) -> None:
    """The key(s) ``node`` names into ``keys``: a string, an f-string, a local or a loop variable."""
    if isinstance(node, ast.Name) and node.id in loops and node.id not in names:
        keys.update(loops[node.id])
        return
    text = node if isinstance(node, str) or node is None else _text(node, names, loops)
    if text:
        keys.update(_expand_loops(text, loops))


def _expand_loops(text: str, loops: dict[str, list[str]]) -> list[str]:
    """``line*.\0name\0`` -> one key per string the loop variable ``name`` takes."""
    if "\0" not in text:
        return [text]
    head, name, tail = text.split("\0", 2)
    return [k for value in loops.get(name, ["*"]) for k in _expand_loops(f"{head}{value}{tail}", loops)]


def _is_errors(node: ast.expr) -> bool:
    """``errors[...]`` or ``errors.setdefault``: the dict of field messages a function fills."""
    inner = node.value if isinstance(node, ast.Subscript | ast.Attribute) else None
    return isinstance(inner, ast.Name) and inner.id == "errors"


def _tree(target: object) -> ast.AST:
    return ast.parse(inspect.cleandoc("\n" + inspect.getsource(target)))  # type: ignore[arg-type]


def _neighbours(module: ModuleType) -> list[ModuleType]:
    """``module`` and the project modules it imports, or imports functions or classes from."""
    out = {module.__name__: module}
    for value in vars(module).values():
        other = value if isinstance(value, ModuleType) else inspect.getmodule(value)
        if other is not None and other.__name__.startswith("hms_desktop."):
            out.setdefault(other.__name__, other)
    return list(out.values())


def raised_keys(sources: Iterable[str]) -> set[str]:
    """The field keys the named service modules (``pkg.module``), functions of a module
    (``pkg.module:check_payment``) or methods (``pkg.module:Service.book``) can raise, with ``*``
    for f-string holes."""
    targets: list[object] = []
    scanned: dict[str, ModuleType] = {}
    for source in sources:
        name, _, function = source.partition(":")
        module = importlib.import_module(name)
        target: object = module
        for part in function.split(".") if function else ():
            target = getattr(target, part)
        targets.append(target)
        scanned.update((m.__name__, m) for m in _neighbours(module))
    trees = [_tree(m) for m in scanned.values()]
    rules = _find_rules(trees, BASE_RULES)
    consts: dict[str, list[str]] = {}
    for tree in trees:
        consts |= constants(tree)
    keys: set[str] = set()
    for target in targets:
        keys |= _keys_of(_tree(target), rules, consts)
    return keys


def modules(pattern: str, package: str = "hms_desktop.services") -> tuple[str, ...]:
    """The modules of ``package`` whose name matches ``pattern`` (``scheduling*``): a module split
    in two is still read whole."""
    path = importlib.import_module(package).__path__
    return tuple(
        sorted(f"{package}.{m.name}" for m in pkgutil.iter_modules(path) if fnmatch.fnmatch(m.name, pattern))
    )


def expand(key: str, holes: dict[str, tuple[str, ...]]) -> list[str]:
    """``line*.quantity`` -> ``['line1.quantity', 'line2.quantity']`` using ``holes`` by prefix;
    a key whose hole has no expansion is returned as it is (the test then fails on it)."""
    if "*" not in key:
        return [key]
    head, _, tail = key.partition("*")
    values = holes.get(head, ("*",))
    return [f"{head}{v}{tail}" for v in values]
