"""The desk's translations (issue 17): ``python scripts/i18n.py update | release | check``.

update   merge every translatable string of hms_desktop/gui/**/*.py and ui/*.ui into
         resources/i18n/hms_<lang>.ts (pyside6-lupdate; new strings arrive "unfinished", strings no
         longer in the source are dropped, translations kept)
release  compile each .ts (and the hand-kept qt_<lang>.ts of Qt's own buttons) into the .qm beside
         it (pyside6-lrelease); the .qm is committed, so the
         desk runs from a checkout, a wheel or a frozen build without Linguist tools
check    exit 1 when a .ts misses a string of the source or a .qm is not what its .ts compiles to

Both tools ship in the PySide6 wheel (.venv/bin/pyside6-lupdate, pyside6-lrelease).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("hi",)
TARGET_LOCALE = {"hi": "hi_IN"}


def tool(name: str) -> str:
    """``pyside6-<name>`` beside this interpreter (the venv), else on PATH."""
    here = Path(sys.executable).parent / f"pyside6-{name}"
    if here.exists():
        return str(here)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found (it ships with PySide6: pip install PySide6)")
    return found


def sources(root: Path = ROOT) -> list[Path]:
    """What lupdate reads: the GUI's Python files and the Designer forms, in a stable order."""
    return sorted((root / "hms_desktop" / "gui").rglob("*.py")) + sorted((root / "ui").glob("*.ui"))


def ts_file(language: str) -> Path:
    return I18N / f"hms_{language}.ts"


def qm_file(language: str) -> Path:
    return I18N / f"hms_{language}.qm"


def qt_ts_file(language: str) -> Path:
    """Qt's own strings (the standard buttons), kept by hand: for Qt builds without qtbase_<lang>."""
    return I18N / f"qt_{language}.ts"


def lupdate(ts: Path, language: str) -> str:
    """Merge the source strings into ``ts``; lupdate's summary ("Found N source text(s)...")."""
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False, encoding="utf-8") as lst:
        lst.write("\n".join(str(p.relative_to(ROOT)) for p in sources()))
    try:
        done = subprocess.run(
            [
                tool("lupdate"),
                "-no-obsolete",  # a string gone from the source leaves the .ts (git keeps history)
                "-locations",
                "relative",  # where each string is, for the translator; line shifts stay small
                "-no-ui-lines",
                "-target-language",
                TARGET_LOCALE[language],
                f"@{lst.name}",
                "-ts",
                str(ts),
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
    finally:
        Path(lst.name).unlink()
    return done.stdout + done.stderr


def lrelease(ts: Path, qm: Path) -> str:
    done = subprocess.run(
        [tool("lrelease"), "-removeidentical", str(ts), "-qm", str(qm)],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout + done.stderr


def update() -> int:
    I18N.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        print(lupdate(ts_file(language), language), end="")
    return 0


def release() -> int:
    for language in LANGUAGES:
        print(lrelease(ts_file(language), qm_file(language)), end="")
        if qt_ts_file(language).is_file():
            print(lrelease(qt_ts_file(language), qt_ts_file(language).with_suffix(".qm")), end="")
    return 0


def check() -> int:
    """The committed .ts holds every source string and the committed .qm is its compilation."""
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for language in LANGUAGES:
            # beside the real one: the locations lupdate writes are relative to the .ts file
            fresh = I18N / f".check-{ts_file(language).name}"
            shutil.copy(ts_file(language), fresh)
            try:
                lupdate(fresh, language)
                stale = fresh.read_bytes() != ts_file(language).read_bytes()
            finally:
                fresh.unlink()
            if stale:
                problems.append(f"{ts_file(language).name} is not up to date: run scripts/i18n.py update")
            built = Path(tmp) / qm_file(language).name
            lrelease(ts_file(language), built)
            if not qm_file(language).is_file() or built.read_bytes() != qm_file(language).read_bytes():
                problems.append(f"{qm_file(language).name} is stale: run scripts/i18n.py release")
            qt_ts = qt_ts_file(language)
            if qt_ts.is_file():
                built = Path(tmp) / qt_ts.with_suffix(".qm").name
                lrelease(qt_ts, built)
                committed = qt_ts.with_suffix(".qm")
                if not committed.is_file() or built.read_bytes() != committed.read_bytes():
                    problems.append(f"{committed.name} is stale: run scripts/i18n.py release")
    for line in problems:
        print(line, file=sys.stderr)
    return 1 if problems else 0


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    p.add_argument("command", choices=("update", "release", "check"))
    args = p.parse_args(argv)
    return {"update": update, "release": release, "check": check}[args.command]()


if __name__ == "__main__":
    sys.exit(main())
