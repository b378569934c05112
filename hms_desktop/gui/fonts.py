"""The desk's screen font: the same shipped faces the printed documents embed, pinned for every window.

Left to the system, Qt takes whatever fontconfig (or Windows) calls "sans-serif": DejaVu Sans on one
desk, Noto Sans on the next (taller lines: the waiting-room board and the connection dialog no longer
fit a 1366x768 screen there), Segoe UI on Windows, which has no Indian scripts. The desk therefore
registers ``resources/fonts`` with Qt and sets one application font: DejaVu Sans (₹ and accented
Latin), falling back per script to the Noto Sans face of Devanagari, Bengali, Tamil, … — so a patient's
name in any of them is drawn in letters, not boxes, on every desk, exactly as it prints.
"""

from __future__ import annotations

from PySide6.QtCore import QLoggingCategory
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from hms_desktop.paths import resource_file

PRIMARY = "DejaVu Sans"  # notr: a font family

_families: list[str] | None = None


def register() -> list[str]:
    """Register every shipped font with Qt (once per process) -> the families, primary first."""
    global _families
    if _families is None:
        found: list[str] = []
        for path in sorted(resource_file("fonts", "DejaVuSans.ttf").parent.glob("*.ttf")):
            font_id = QFontDatabase.addApplicationFont(str(path))
            for family in QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []:
                if family not in found:
                    found.append(family)
        found.sort(key=lambda family: (family != PRIMARY, family))
        _families = found
    return list(_families)


def desk_font(base: QFont) -> QFont:
    """``base`` (its size and weight) in the shipped families, primary first, then the Indian scripts."""
    font = QFont(base)
    families = register()
    if families:
        font.setFamilies(families)
    return font


def install(app: QApplication) -> None:
    """Pin the application font to the shipped faces (call before the first window is built)."""
    font = desk_font(app.font())
    if app.font() != font or app.font().families() != font.families():
        app.setFont(font)
    # Qt tries the families in order for each script and says so at info level ("OpenType support
    # missing for DejaVu Sans, script 18") before it takes the script's own face: expected, not news.
    # QT_LOGGING_RULES still overrides this for anyone debugging fonts.
    QLoggingCategory.setFilterRules("qt.text.font.db.info=false")
