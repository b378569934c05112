"""The embedded TrueType fonts every document uses (DejaVu Sans, shipped in ``resources/fonts``).

reportlab's built-in Helvetica has no rupee sign (₹) and silently drops it; DejaVu Sans has it (and
the accented Latin letters names come with). The fonts are registered with reportlab once per process
under :data:`REGULAR` / :data:`BOLD` (and as a family, so ``<b>`` in a Paragraph picks the bold face).
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from hms_desktop.paths import resource_file

REGULAR = "HmsSans"
BOLD = "HmsSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}

_lock = threading.Lock()
_registered = False


def register_fonts() -> tuple[str, str]:
    """Register the fonts with reportlab (first call only; safe from any thread) -> (regular, bold)."""
    global _registered  # reportlab's font registry is itself process-wide
    if _registered:
        return REGULAR, BOLD
    with _lock:
        if not _registered:
            for name, file_name in _FILES.items():
                pdfmetrics.registerFont(TTFont(name, str(resource_file("fonts", file_name))))
            # Family mapping: <b> in a Paragraph set in REGULAR switches to BOLD (no italic face shipped).
            addMapping(REGULAR, 0, 0, REGULAR)
            addMapping(REGULAR, 1, 0, BOLD)
            addMapping(REGULAR, 0, 1, REGULAR)
            addMapping(REGULAR, 1, 1, BOLD)
            _registered = True
    return REGULAR, BOLD
