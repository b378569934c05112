"""Driving the real app through a real X server: Xvfb, a window manager, xdotool, screenshots.

Everything a person does goes in as X events (``xdotool key/type/click``): the X server delivers them
to the window that has the keyboard focus, exactly as on a desk, so a shortcut that needs a click first
or a field that loses what was typed fails here as it fails for the person. Nothing here talks to the
app's objects; results are read back from its database through the service layer (``check``), and the
screen is captured after every step (``Desk.shot``) into a folder kept as a CI artifact.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, TypeVar

ROOT = Path(__file__).resolve().parents[2]
SCREEN = (1366, 768)
T = TypeVar("T")

# The screenshot helper: a Qt process on the same display that grabs the root window on request (no
# extra package: PySide6 is there already; ImageMagick's `import` would be one more dependency).
SHOOTER = r"""
import sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication(sys.argv[:1])
screen = app.primaryScreen()
print("ready", flush=True)
for line in sys.stdin:
    path = line.strip()
    if not path:
        continue
    ok = screen.grabWindow(0).save(path, "PNG")
    print("ok" if ok else "failed", flush=True)
"""


class E2EError(AssertionError):
    pass


def missing_tools() -> list[str]:
    return [tool for tool in ("Xvfb", "xdotool", "openbox") if shutil.which(tool) is None]


def wait_for(what: str, probe: Callable[[], T | None], timeout: float = 20.0, every: float = 0.1) -> T:
    """Poll ``probe`` until it returns something truthy; fail with ``what`` after ``timeout`` s."""
    deadline = time.monotonic() + timeout
    last_error: Exception | None = None
    while True:
        try:
            value = probe()
            if value:
                return value
        except Exception as exc:  # the database busy, a window gone between search and query...
            last_error = exc
        if time.monotonic() > deadline:
            extra = f" (last error: {last_error!r})" if last_error else ""
            raise E2EError(f"timed out after {timeout:.0f} s waiting for {what}{extra}")
        time.sleep(every)


@dataclass
class Window:
    wid: str
    title: str


class XServer:
    """Xvfb on a free display number, with openbox managing the windows (title bars, focus, the X)."""

    def __init__(self, workdir: Path, size: tuple[int, int] = SCREEN) -> None:
        self.workdir = workdir
        self.size = size
        self.procs: list[subprocess.Popen[bytes]] = []
        self.files: list[BinaryIO] = []
        self.display = ""

    def _log(self, name: str) -> BinaryIO:
        f = open(self.workdir / name, "wb")  # noqa: SIM115 - closed in stop()
        self.files.append(f)
        return f

    def start(self) -> None:
        read_fd, write_fd = os.pipe()
        w, h = self.size
        xvfb_log = self._log("xvfb.log")
        xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", f"{w}x{h}x24", "-nolisten", "tcp",
             "-noreset"],
            pass_fds=(write_fd,),
            stdout=subprocess.DEVNULL,
            stderr=xvfb_log,
        )
        os.close(write_fd)
        self.procs.append(xvfb)
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise E2EError(f"Xvfb did not start (see {self.workdir / 'xvfb.log'})")
        self.display = f":{number}"
        wm = subprocess.Popen(
            ["openbox", "--sm-disable"],
            env=self.env(),
            stdout=subprocess.DEVNULL,
            stderr=self._log("openbox.log"),
        )
        self.procs.append(wm)
        # the window manager owns the screen once it has selected the root window's events
        wait_for("the window manager", lambda: _wm_running(self.env()), timeout=15)

    def env(self) -> dict[str, str]:
        env = dict(os.environ)
        env["DISPLAY"] = self.display
        env.pop("WAYLAND_DISPLAY", None)
        env["QT_QPA_PLATFORM"] = "xcb"
        return env

    def stop(self) -> None:
        for proc in reversed(self.procs):
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(5)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait(5)
        self.procs.clear()
        for f in self.files:
            f.close()
        self.files.clear()


def _wm_running(env: dict[str, str]) -> bool:
    out = subprocess.run(
        ["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"], env=env, capture_output=True, text=True
    ).stdout if shutil.which("xprop") else "window id"
    return "window id" in out


class Desk:
    """The app under test on one X display: start it, find its windows, type, click, look."""

    def __init__(self, x: XServer, data_dir: Path, shots: Path) -> None:
        self.x = x
        self.data_dir = data_dir
        self.shots = shots
        self.app: subprocess.Popen[bytes] | None = None
        self.shooter: subprocess.Popen[str] | None = None
        self.step_no = 0
        self.log_path = x.workdir / "app.log"

    # --- processes ----------------------------------------------------------------------------

    def app_env(self) -> dict[str, str]:
        env = self.x.env()
        home = self.data_dir.parent
        env.update(
            HMS_DATA_DIR=str(self.data_dir),
            XDG_CONFIG_HOME=str(home / "config"),
            XDG_DATA_HOME=str(home / "xdg-data"),
            XDG_CACHE_HOME=str(home / "cache"),
            PYTHON_KEYRING_BACKEND="keyrings.alt.file.PlaintextKeyring",
            HMS_TEST_ALLOW_FILE_KEYRING="1",
            PYTHONPATH=str(ROOT) + os.pathsep + env.get("PYTHONPATH", ""),
            PYTHONUNBUFFERED="1",
            HMS_ORACLE_LINT="0",
        )
        env.pop("HMS_ORA_CAPTURE_DIR", None)
        return env

    def start_app(self, *args: str) -> None:
        """The real entry point: ``hms-desktop`` (main.py), the demo clinic made on first start."""
        self.app = subprocess.Popen(
            [sys.executable, str(ROOT / "main.py"), *args],
            env=self.app_env(),
            cwd=str(self.data_dir.parent),
            stdout=self.x._log("app.log"),
            stderr=subprocess.STDOUT,
        )

    def start_shooter(self) -> None:
        self.shooter = subprocess.Popen(
            [sys.executable, "-c", SHOOTER],
            env=self.x.env(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert self.shooter.stdout is not None
        if self.shooter.stdout.readline().strip() != "ready":
            raise E2EError("the screenshot helper did not start")

    def stop(self) -> None:
        if self.shooter is not None and self.shooter.stdin is not None:
            self.shooter.stdin.close()
        for proc in (self.app, self.shooter):
            if proc is not None and proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
                try:
                    proc.wait(10)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait(5)
        if self.shooter is not None and self.shooter.stdout is not None:
            self.shooter.stdout.close()

    def app_alive(self) -> None:
        if self.app is not None and self.app.poll() is not None:
            raise E2EError(f"the app exited with status {self.app.returncode}; log: {self.log_tail()}")

    def log_tail(self, n: int = 3000) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-n:]
        except OSError:
            return ""

    # --- xdotool ------------------------------------------------------------------------------

    def xdo(self, *args: str, check: bool = True) -> str:
        env = self.x.env()
        proc = subprocess.run(["xdotool", *args], env=env, capture_output=True, text=True, timeout=30)
        if check and proc.returncode != 0:
            raise E2EError(f"xdotool {' '.join(args)} failed: {proc.stderr.strip()}")
        return proc.stdout

    def windows(self) -> list[Window]:
        out = self.xdo("search", "--onlyvisible", "--name", ".", check=False)
        found = []
        for wid in out.split():
            title = self.xdo("getwindowname", wid, check=False).strip()
            if title:
                found.append(Window(wid, title))
        return found

    def active(self) -> Window | None:
        wid = self.xdo("getactivewindow", check=False).strip()
        if not wid:
            return None
        return Window(wid, self.xdo("getwindowname", wid, check=False).strip())

    def wait_window(self, pattern: str, timeout: float = 30.0, active: bool = True) -> Window:
        """A visible window whose title matches ``pattern`` (a regular expression); with ``active``,
        it must also be the one with the keyboard focus (what a person types goes there)."""
        rx = re.compile(pattern)

        def probe() -> Window | None:
            self.app_alive()
            if active:
                win = self.active()
                return win if win is not None and rx.search(win.title) else None
            return next((w for w in self.windows() if rx.search(w.title)), None)

        try:
            return wait_for(f"a window titled /{pattern}/", probe, timeout)
        except E2EError as exc:
            titles = [w.title for w in self.windows()]
            now = self.active()
            self.shot(f"timeout-{re.sub(r'[^a-z0-9]+', '-', pattern.lower())[:30]}")
            raise E2EError(f"{exc}; visible: {titles}; active: {now.title if now else None}") from exc

    def wait_gone(self, pattern: str, timeout: float = 30.0) -> None:
        rx = re.compile(pattern)
        wait_for(
            f"the window /{pattern}/ to close",
            lambda: not any(rx.search(w.title) for w in self.windows()),
            timeout,
        )

    def key(self, *keys: str) -> None:
        self.app_alive()
        self.xdo("key", "--clearmodifiers", "--delay", "40", *keys)

    def type(self, text: str) -> None:
        self.app_alive()
        self.xdo("type", "--clearmodifiers", "--delay", "25", text)

    def geometry(self, win: Window) -> tuple[int, int, int, int]:
        """The window on the screen with the window manager's frame (title bar, borders)."""
        info = subprocess.run(
            ["xwininfo", "-id", win.wid], env=self.x.env(), capture_output=True, text=True, timeout=10
        ).stdout
        vals = {}
        for key, rx in (
            ("x", r"Absolute upper-left X:\s+(-?\d+)"),
            ("y", r"Absolute upper-left Y:\s+(-?\d+)"),
            ("w", r"Width:\s+(\d+)"),
            ("h", r"Height:\s+(\d+)"),
        ):
            m = re.search(rx, info)
            if m is None:
                raise E2EError(f"xwininfo did not describe window {win.wid}: {info!r}")
            vals[key] = int(m.group(1))
        frame = subprocess.run(
            ["xprop", "-id", win.wid, "_NET_FRAME_EXTENTS"], env=self.x.env(), capture_output=True,
            text=True, timeout=10,
        ).stdout
        m = re.search(r"=\s*(\d+),\s*(\d+),\s*(\d+),\s*(\d+)", frame)
        left, right, top, bottom = (int(g) for g in m.groups()) if m else (0, 0, 0, 0)
        return vals["x"] - left, vals["y"] - top, vals["w"] + left + right, vals["h"] + top + bottom

    def click(self, x: int, y: int) -> None:
        self.app_alive()
        self.xdo("mousemove", "--sync", str(x), str(y))
        self.xdo("click", "1")

    def click_close_button(self, win: Window) -> None:
        """The title bar's X, with the mouse (openbox's default theme draws it at the right end)."""
        x, y, w, _h = self.geometry(win)
        self.click(x + w - 12, y + 10)

    # --- screenshots --------------------------------------------------------------------------

    def shot(self, name: str) -> Path:
        self.step_no += 1
        path = self.shots / f"{self.step_no:02d}-{name}.png"
        if self.shooter is None or self.shooter.poll() is not None:
            return path
        assert self.shooter.stdin is not None and self.shooter.stdout is not None
        self.shooter.stdin.write(f"{path}\n")
        self.shooter.stdin.flush()
        self.shooter.stdout.readline()
        return path

    @contextmanager
    def step(self, name: str) -> Iterator[None]:
        """One step of the day: a screenshot after it, or of the failure when it fails."""
        started = time.monotonic()
        try:
            yield
        except BaseException:
            self.shot(f"{name}-FAILED")
            raise
        self.shot(name)
        print(f"[e2e] {name}: {time.monotonic() - started:.1f} s", flush=True)
