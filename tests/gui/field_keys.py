"""Every field key a service module can raise, read from its source (issue 12: "every form shows the
new field keys next to the right widget").

A key is a string (or f-string) given to ``ValidationError({...})``, assigned into an ``errors[...]``
dict, or passed as the ``field`` argument of the shared input rules (``clean_text``, ``clean_int``,
``clean_decimal``, ``clean_date``, ``money``/``money_value``). An f-string's holes become ``*``
(``line{n}.quantity`` -> ``line*.quantity``; a local built from another f-string is followed), and
:func:`expand` turns the holes into the concrete keys a test feeds the form.

Reading the source, not a hand list, is the point: a service that starts raising a new key makes
the form test fail until the form shows it at a widget.
"""

from __future__ import annotations

import ast
import importlib
import inspect
from collections.abc import Iterable

RULES = frozenset({"clean_text", "clean_int", "clean_decimal", "clean_date", "money", "money_value"})


def _text(node: ast.expr, names: dict[str, str]) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        out = []
        for part in node.values:
            if isinstance(part, ast.Constant):
                out.append(str(part.value))
            elif isinstance(part, ast.FormattedValue):
                inner = part.value
                out.append(names.get(inner.id, "*") if isinstance(inner, ast.Name) else "*")
        return "".join(out)
    if isinstance(node, ast.Name):
        return names.get(node.id)
    return None


def _keys_of(tree: ast.AST) -> set[str]:
    keys: set[str] = set()
    for fn in ast.walk(tree):
        if not isinstance(fn, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        names: dict[str, str] = {}
        for node in ast.walk(fn):  # locals holding a field name: field = f"line{i + 1}"
            if isinstance(node, ast.Assign) and len(node.targets) == 1:
                target = node.targets[0]
                if isinstance(target, ast.Name) and isinstance(node.value, ast.JoinedStr | ast.Constant):
                    text = _text(node.value, names)
                    if text is not None and (target.id in {"field", "key"} or "*" in text):
                        names[target.id] = text
        for node in ast.walk(fn):
            if isinstance(node, ast.Call):
                name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
                if name == "ValidationError" and node.args and isinstance(node.args[0], ast.Dict):
                    for k in node.args[0].keys:
                        text = _text(k, names) if k is not None else None
                        if text:
                            keys.add(text)
                elif name in RULES and len(node.args) >= 2:
                    text = _text(node.args[1], names)
                    if text:
                        keys.add(text)
            elif isinstance(node, ast.Assign):
                for target in node.targets:
                    if (
                        isinstance(target, ast.Subscript)
                        and isinstance(target.value, ast.Name)
                        and target.value.id == "errors"
                    ):
                        text = _text(target.slice, names)
                        if text:
                            keys.add(text)
    return keys


def raised_keys(sources: Iterable[str]) -> set[str]:
    """The field keys the named service modules (``pkg.module``) or functions of a module
    (``pkg.module:check_payment``) can raise, with ``*`` for f-string holes."""
    keys: set[str] = set()
    for source in sources:
        name, _, function = source.partition(":")
        module = importlib.import_module(name)
        target = getattr(module, function) if function else module
        keys |= _keys_of(ast.parse(inspect.cleandoc("\n" + inspect.getsource(target))))
    return keys


def expand(key: str, holes: dict[str, tuple[str, ...]]) -> list[str]:
    """``line*.quantity`` -> ``['line1.quantity', 'line2.quantity']`` using ``holes`` by prefix;
    a key whose hole has no expansion is returned as it is (the test then fails on it)."""
    if "*" not in key:
        return [key]
    head, _, tail = key.partition("*")
    values = holes.get(head, ("*",))
    return [f"{head}{v}{tail}" for v in values]
