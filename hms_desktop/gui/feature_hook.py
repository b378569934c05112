"""Stop PySide6 from reading (and keeping) the source of every module imported after it.

PySide6 replaces ``builtins.__import__`` to support ``from __feature__ import snake_case``. For every
module imported after PySide6, its hook (``PySide6.support.feature.feature_imported``) decides whether
the module "uses PySide" by calling ``inspect.getsource(module)`` and looking for the word "PySide6".
``inspect.getsource`` goes through ``linecache``, which keeps every file's lines for the life of the
process: SQLAlchemy, the services and the models are all imported after Qt, so the desk carried
~8 MB of Python source as ~20 MB of line strings (measured: +19.5 MB peak RSS, and the imports a
third slower), and read it while the sign-in window was painting.

The answer only matters to a module that switches a feature on; this app never does (a test checks).
So the same question is answered from the module's globals instead of its text: a module uses PySide
when one of its globals is a PySide6 module, class or object. Nothing is read from disk, nothing is
cached. If PySide6 drops or renames the hook, :func:`install` does nothing.
"""

from __future__ import annotations

import sys
import types

import PySide6.QtCore  # noqa: F401  (installs the hook this module adjusts)

FEATURE_MODULE = "PySide6.support.feature"


def uses_pyside(module: types.ModuleType) -> bool:
    """True when a global of ``module`` is a PySide6 module, class or object (no source read)."""
    try:
        values = list(vars(module).values())
    except TypeError:
        return False
    for value in values:
        try:
            if isinstance(value, types.ModuleType):
                owner = value.__name__
            elif isinstance(value, type):
                owner = value.__module__
            else:
                owner = type(value).__module__
        except Exception:  # an odd global must never make an import fail: this runs inside it
            continue
        if isinstance(owner, str) and owner.startswith("PySide6"):
            return True
    return False


def install() -> bool:
    """Answer PySide6's "does this module use PySide?" without reading its source; False if the hook
    is not there (another PySide6 version), in which case nothing changed."""
    feature = sys.modules.get(FEATURE_MODULE)
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    return True
