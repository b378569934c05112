"""Call every public service method that takes an actor, as every kind of account (issue 12).

Arguments are placeholders built from the signature (ids 1, text "x", empty lists, input dataclasses
with their required fields filled the same way): the permission check comes first in every method,
so a placeholder is enough to tell "refused" (PermissionDenied) from "let through" (anything else:
success, NotFound, ValidationError... the method got past its checks). A disabled or locked account
must get SessionEnded from every one of them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import inspect
import sys
import types
import typing
from collections.abc import Callable, Iterator, Mapping, Sequence
from decimal import Decimal
from typing import Any

from hms_desktop.domain.clock import Clock
from hms_desktop.domain.enums import Role
from hms_desktop.errors import PermissionDenied, SessionEnded
from hms_desktop.services.container import Services
from hms_desktop.services.context import Actor

REFUSED, LET_THROUGH, SESSION_ENDED = "refused", "let through", "session ended"


def service_methods(services: Services) -> Iterator[tuple[str, Callable[..., Any]]]:
    """("service.method", bound method) for every public method with an ``actor`` parameter."""
    for field in dataclasses.fields(services):
        if field.name == "db":
            continue
        svc = getattr(services, field.name)
        # bound methods, the class's own and those a composed service exposes from its parts
        # (BillingService.create_invoice is its InvoiceIssuer's)
        for name in sorted(dir(svc)):
            if name.startswith("_"):
                continue
            fn = getattr(svc, name)
            if not inspect.ismethod(fn) or "actor" not in inspect.signature(fn.__func__).parameters:
                continue
            yield f"{field.name}.{name}", fn


def _namespace(fn: Any) -> dict[str, Any]:
    """Names the annotations may use: the function's module, then every loaded hms_desktop module
    (annotations of mixins and TYPE_CHECKING imports name types their module never imports)."""
    names: dict[str, Any] = {"dt": dt, "Decimal": Decimal}
    for mod_name, module in list(sys.modules.items()):
        if mod_name.startswith("hms_desktop") and module is not None:
            names.update({k: v for k, v in vars(module).items() if isinstance(v, type)})
    names.update(getattr(fn, "__globals__", {}))
    return names


def _hints(fn: Any) -> dict[str, Any]:
    try:
        return typing.get_type_hints(fn)
    except Exception:
        pass
    ns = _namespace(fn)
    out: dict[str, Any] = {}
    target = vars(fn).get("__init__", fn) if isinstance(fn, type) else fn
    for name, annotation in getattr(target, "__annotations__", {}).items():
        try:
            out[name] = eval(annotation, ns) if isinstance(annotation, str) else annotation
        except Exception:
            out[name] = str
    return out


def placeholder(annotation: Any, depth: int = 0) -> Any:
    """A value of ``annotation`` good enough to reach the permission check."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        return placeholder(args[0], depth) if args else None
    if origin is typing.Literal:
        return typing.get_args(annotation)[0]
    if origin in (list, tuple, set, frozenset, Sequence, typing.Sequence) or annotation in (list, tuple):
        return [] if origin is not tuple else ()
    if origin in (dict, Mapping, typing.Mapping) or annotation is dict:
        return {}
    if annotation is bool:
        return False
    if annotation is int:
        return 1
    if annotation is float:
        return 1.0
    if annotation is Decimal:
        return Decimal("1")
    if annotation is str:
        return "x"
    if annotation is dt.datetime:
        return dt.datetime.now(dt.UTC)
    if annotation is dt.date:
        return Clock().today()
    if annotation is dt.time:
        return dt.time(10, 0)
    if annotation is Role:
        return Role.RECEPTIONIST
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return next(iter(annotation))
    if dataclasses.is_dataclass(annotation) and isinstance(annotation, type) and depth < 3:
        hints = _hints(annotation)
        kwargs = {
            f.name: placeholder(hints.get(f.name, str), depth + 1)
            for f in dataclasses.fields(annotation)
            if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
        }
        return annotation(**kwargs)
    return None


def call_as(fn: Callable[..., Any], actor: Actor) -> str:
    """What happened when ``actor`` called ``fn`` with placeholders."""
    sig = inspect.signature(fn)
    hints = _hints(fn)
    args: dict[str, Any] = {}
    for name, param in sig.parameters.items():
        if name == "actor":
            args[name] = actor
        elif param.default is inspect.Parameter.empty and param.kind not in (
            inspect.Parameter.VAR_POSITIONAL,
            inspect.Parameter.VAR_KEYWORD,
        ):
            args[name] = placeholder(hints.get(name, str))
    try:
        result = fn(**args)
        if inspect.isgenerator(result):  # a generator checks when it is first iterated
            next(result, None)
    except SessionEnded:
        return SESSION_ENDED
    except PermissionDenied:
        return REFUSED
    except Exception:  # NotFound, ValidationError... or a TypeError from a placeholder: past the check
        return LET_THROUGH
    return LET_THROUGH
