"""Where the app's own files are: Qt Designer forms (``ui/``) and resources (icons, styles, fonts).

In the source tree they sit at the top level (``ui/``, ``resources/``) beside the ``hms_desktop``
package; the wheel ships them inside the package as ``hms_desktop/ui`` and ``hms_desktop/resources``
(see ``setup.py``), so an installed app finds them from any working directory. Editable installs
resolve ``hms_desktop`` to the source tree, which takes the second branch.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

_PACKAGE = "hms_desktop"


def _locate(name: str) -> Path:
    # Installed wheel: the folder is inside the package. importlib.resources gives the package's
    # own location even when the package is loaded by an unusual finder.
    installed = resources.files(_PACKAGE) / name
    if installed.is_dir():
        return Path(str(installed))
    # Source tree or editable install: the folder is beside the package.
    source = Path(__file__).resolve().parent.parent / name
    if source.is_dir():
        return source
    raise FileNotFoundError(f"no {name!r} folder for {_PACKAGE} (looked in {installed} and {source})")


def ui_dir() -> Path:
    """The folder holding the Qt Designer ``.ui`` forms."""
    return _locate("ui")


def resources_dir() -> Path:
    """The folder holding icons, ``.qss`` styles and fonts (with their licences)."""
    return _locate("resources")


def ui_file(name: str) -> Path:
    """One form by file name, e.g. ``ui_file("login.ui")``; raises ``FileNotFoundError`` if absent."""
    path = ui_dir() / name
    if not path.is_file():
        raise FileNotFoundError(path)
    return path


def resource_file(*parts: str) -> Path:
    """One resource by relative path, e.g. ``resource_file("fonts", "DejaVuSans.ttf")``."""
    path = resources_dir().joinpath(*parts)
    if not path.is_file():
        raise FileNotFoundError(path)
    return path
