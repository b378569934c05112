"""The wheel is a working app: forms, resources and migrations inside the package, both entry points,
and nothing from the source tree needed at run time.

Builds the wheel from a copy of the tree (so no build/ folder lands in the checkout), installs it with
``--no-deps`` into a fresh venv whose dependencies come from the current environment through a
``.pth`` file (appended after the venv's own site-packages, so the installed ``hms_desktop`` wins over
any editable install), and runs it from a temporary working directory.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
# What a build needs from the tree; sql/, tests/ and docs/ stay out of the wheel.
BUILD_INPUTS = ["pyproject.toml", "setup.py", "README.md", "hms_desktop", "ui", "resources"]
IGNORE = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info", "build", "dist")


def _source_files(folder: str) -> list[str]:
    base = ROOT / folder
    if not base.is_dir():
        return []
    return sorted(
        p.relative_to(base).as_posix()
        for p in base.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"
    )


def _run(cmd: list[str], cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=180, check=False)
    assert proc.returncode == 0, f"{cmd} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}"
    return proc


@dataclass(frozen=True)
class Installed:
    wheel: Path
    names: frozenset[str]
    venv: Path
    cwd: Path
    env: dict[str, str]

    @property
    def bindir(self) -> Path:
        return self.venv / ("Scripts" if os.name == "nt" else "bin")

    @property
    def python(self) -> Path:
        return self.bindir / ("python.exe" if os.name == "nt" else "python")


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Installed]:
    tmp = tmp_path_factory.mktemp("packaging")
    src = tmp / "src"
    src.mkdir()
    for name in BUILD_INPUTS:
        path = ROOT / name
        if path.is_dir():
            shutil.copytree(path, src / name, ignore=IGNORE)
        elif path.is_file():
            shutil.copy2(path, src / name)
    if not (src / "README.md").exists():  # pyproject's readme must exist for the build
        (src / "README.md").write_text("HMS Desktop\n", encoding="utf-8")

    dist = tmp / "dist"
    # No build isolation: offline and fast; setuptools comes from the dev extras.
    _run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "--no-cache-dir",
            "--disable-pip-version-check",
            "-q",
            "-w",
            str(dist),
            str(src),
        ],
        cwd=tmp,
    )
    (wheel,) = dist.glob("hms_desktop-*.whl")
    with zipfile.ZipFile(wheel) as zf:
        names = frozenset(zf.namelist())

    venv = tmp / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", str(venv)], cwd=tmp)
    inst = Installed(wheel, names, venv, tmp / "elsewhere", {})
    _run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(inst.python),
            "install",
            "--no-deps",
            "--no-index",
            "--disable-pip-version-check",
            "-q",
            str(wheel),
        ],
        cwd=tmp,
        # no PYTHONPATH: with the checkout on it (make test's Oracle capture puts it there) pip would
        # see hms_desktop as installed already and skip the wheel
        env={k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "PYTHONHOME"}},
    )
    site = Path(
        subprocess.run(
            [str(inst.python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    )
    deps = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (site / "zz_hms_test_deps.pth").write_text("\n".join(sorted(deps)) + "\n", encoding="utf-8")

    inst.cwd.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"}}
    env["QT_QPA_PLATFORM"] = "offscreen"
    inst.env.update(env)
    yield inst


def test_wheel_ships_forms_and_resources_inside_the_package(installed: Installed) -> None:
    names = installed.names
    for folder in ("ui", "resources"):
        missing = [f for f in _source_files(folder) if f"hms_desktop/{folder}/{f}" not in names]
        assert not missing, f"{folder}/ files missing from the wheel: {missing}"
    # ui/ and resources/ must not become top-level packages in site-packages.
    strays = {n.split("/", 1)[0] for n in names} - {"hms_desktop"}
    strays = {s for s in strays if not s.endswith(".dist-info")}
    assert not strays, f"unexpected top-level entries in the wheel: {sorted(strays)}"


def test_wheel_ships_every_module_and_the_migrations(installed: Installed) -> None:
    names = installed.names
    missing = [f"hms_desktop/{f}" for f in _source_files("hms_desktop") if f"hms_desktop/{f}" not in names]
    assert not missing, f"files of hms_desktop/ missing from the wheel: {missing}"
    assert any(n.startswith("hms_desktop/db/migrations/versions/0001") and n.endswith(".py") for n in names)
    assert "hms_desktop/db/migrations/script.py.mako" in names
    assert "hms_desktop/db/migrations/env.py" in names
    assert not any(n.startswith(("sql/", "tests/")) or "/sql/oracle/" in n for n in names)


def test_wheel_declares_both_entry_points(installed: Installed) -> None:
    with zipfile.ZipFile(installed.wheel) as zf:
        (ep_name,) = (n for n in zf.namelist() if n.endswith(".dist-info/entry_points.txt"))
        entry_points = zf.read(ep_name).decode()
    assert "[console_scripts]" in entry_points
    assert "hms-desktop-admin = hms_desktop.cli:main" in entry_points
    assert "[gui_scripts]" in entry_points
    assert "hms-desktop = hms_desktop.gui.app:main" in entry_points
    exe = ".exe" if os.name == "nt" else ""
    assert (installed.bindir / f"hms-desktop{exe}").exists()
    assert (installed.bindir / f"hms-desktop-admin{exe}").exists()


def test_installed_package_finds_its_files_from_any_directory(installed: Installed) -> None:
    if not _source_files("ui") or not _source_files("resources"):
        pytest.skip("ui/ or resources/ is still empty in the source tree")
    code = (
        "import hms_desktop, hms_desktop.paths as p, json; "
        "print(json.dumps([hms_desktop.__file__, str(p.ui_dir()), str(p.resources_dir())]))"
    )
    proc = _run([str(installed.python), "-c", code], cwd=installed.cwd, env=installed.env)
    module_file, ui, res = (Path(x) for x in json.loads(proc.stdout))
    assert installed.venv in module_file.parents, f"imported hms_desktop from {module_file}, not the wheel"
    assert installed.venv in ui.parents and installed.venv in res.parents
    forms = {f.name for f in ui.glob("*.ui")}
    assert forms, f"no .ui forms in {ui}"
    # login.ui once it exists; until then any form proves the mapping.
    if (ROOT / "ui" / "login.ui").exists():
        assert "login.ui" in forms
    assert forms == {f for f in _source_files("ui") if f.endswith(".ui") and "/" not in f}


def test_installed_admin_cli_runs(installed: Installed) -> None:
    if not (ROOT / "hms_desktop" / "cli.py").exists():
        pytest.skip("hms_desktop/cli.py is not written yet")
    exe = ".exe" if os.name == "nt" else ""
    admin = installed.bindir / f"hms-desktop-admin{exe}"
    proc = _run([str(admin), "--help"], cwd=installed.cwd, env=installed.env)
    assert "db" in proc.stdout


# what a desk must never get from `make run` (issue 12): test and lint tools, and the plain-file keyring
# that would write the database password to disk base64-encoded
NOT_ON_A_DESK = (
    "pytest", "pytest-qt", "pytest-xdist", "pytest-timeout", "ruff", "mypy", "hypothesis",
    "keyrings.alt", "keyrings-alt", "aiosmtpd", "pypdf", "fonttools", "setuptools",
)  # fmt: skip


def test_the_desk_install_carries_no_test_tools_and_no_plain_file_keyring(installed: Installed) -> None:
    """The wheel's own requirements (what `pip install hms-desktop`, and `make run` with no extra,
    install) name none of the dev tools; they come only with the dev extra that `make test` asks for."""
    import re
    import zipfile

    with zipfile.ZipFile(installed.wheel) as whl:
        meta = next(n for n in whl.namelist() if n.endswith(".dist-info/METADATA"))
        lines = whl.read(meta).decode("utf-8").splitlines()
    requires = [ln.split(":", 1)[1].strip() for ln in lines if ln.startswith("Requires-Dist:")]
    desk = [r for r in requires if "extra ==" not in r]
    dev = [r for r in requires if re.search(r"extra\s*==\s*[\"']dev[\"']", r)]

    def name(req: str) -> str:
        return re.split(r"[\s<>=!~;\[(]", req, maxsplit=1)[0].lower().replace("_", "-")

    assert desk and dev
    assert not {name(r) for r in desk} & {n.replace("_", "-") for n in NOT_ON_A_DESK}, desk
    assert {"pytest", "keyrings.alt", "ruff"} <= {name(r) for r in dev}
    assert "keyring" in {name(r) for r in desk}  # the OS keychain is how a desk keeps its password
    # and `make run` asks for no extra (scripts/run.sh), where `make test` asks for dev
    run = (ROOT / "scripts" / "run.sh").read_text(encoding="utf-8")
    assert 'HMS_EXTRAS="" HMS_APT_SOFT=1 hms_bootstrap' in run
