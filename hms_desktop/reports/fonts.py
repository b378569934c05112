"""The embedded TrueType fonts every document uses, shipped in ``resources/fonts`` with their licences.

reportlab's built-in Helvetica has no rupee sign (₹) and silently drops it; DejaVu Sans has it (and
the accented Latin letters names come with). DejaVu has no Indian scripts: each run of Devanagari,
Bengali, Gurmukhi, Gujarati, Odia, Tamil, Telugu, Kannada or Malayalam is shaped with HarfBuzz and
drawn in the Noto Sans face of its script (``shaping.py``), so :data:`REGULAR` / :data:`BOLD` are one
reportlab font each that falls back per script. They are registered once per process (and as a
family, so ``<b>`` in a Paragraph picks the bold face). Documents draw on ``shaping.HmsCanvas``.
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics

from hms_desktop.paths import resource_file
from hms_desktop.reports.shaping import SCRIPTS, IndicFace, ScriptFallbackFont

REGULAR = "HmsSans"
BOLD = "HmsSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}

_lock = threading.Lock()
_registered = False


def _path(file_name: str) -> Path:
    return resource_file("fonts", file_name)


def register_fonts() -> tuple[str, str]:
    """Register the fonts with reportlab (first call only; safe from any thread) -> (regular, bold)."""
    global _registered  # reportlab's font registry is itself process-wide
    if _registered:
        return REGULAR, BOLD
    with _lock:
        if not _registered:
            for name, file_name in _FILES.items():
                weight = "Bold" if name == BOLD else "Regular"
                faces = {
                    script: IndicFace(f"{name}~{script}", _path(f"{stem}-{weight}.ttf"), script)
                    for script, (stem, _) in SCRIPTS.items()
                }
                pdfmetrics.registerFont(ScriptFallbackFont(name, resource_file("fonts", file_name), faces))
            # Family mapping: <b> in a Paragraph set in REGULAR switches to BOLD (no italic face shipped).
            addMapping(REGULAR, 0, 0, REGULAR)
            addMapping(REGULAR, 1, 0, BOLD)
            addMapping(REGULAR, 0, 1, REGULAR)
            addMapping(REGULAR, 1, 1, BOLD)
            _registered = True
    return REGULAR, BOLD


def font_files() -> list[str]:
    """Every font file the documents embed (the desk registers the same files with Qt)."""
    files = list(_FILES.values())
    for stem, _ in SCRIPTS.values():
        files += [f"{stem}-Regular.ttf", f"{stem}-Bold.ttf"]
    return [str(resource_file("fonts", name)) for name in files]
