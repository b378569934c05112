"""Packaging hook: everything else is declared in pyproject.toml.

The product layout keeps Qt Designer forms in ``ui/`` and icons/styles/fonts in ``resources/`` at the
top of the repository. Installed as-is they would become top-level ``ui`` and ``resources`` packages in
site-packages (clashing with anything else of that name), so the wheel maps them into the package as
``hms_desktop.ui`` and ``hms_desktop.resources``; ``hms_desktop.paths`` finds them in both places.
pyproject.toml alone cannot combine package discovery with such a mapping, hence this file: new
subpackages of ``hms_desktop`` (with or without ``__init__.py``) are picked up without editing a list.
"""

from setuptools import find_namespace_packages, setup

setup(
    packages=[
        *find_namespace_packages(include=["hms_desktop", "hms_desktop.*"], exclude=["*.__pycache__"]),
        "hms_desktop.ui",
        "hms_desktop.resources",
    ],
    package_dir={
        "hms_desktop.ui": "ui",
        "hms_desktop.resources": "resources",
    },
)
