"""The desk draws in the shipped fonts on every machine, and Indian scripts in letters, not boxes.

The CI machine's fontconfig once picked Noto Sans for "sans-serif" (this one picks DejaVu Sans): two
screens that fit 1366x768 here did not fit there. Pinning the shipped faces makes the line heights the
same everywhere; these tests fail if the pin is lost or a script's fallback face is missing.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontInfo, QTextLayout
from PySide6.QtWidgets import QApplication, QLabel

from hms_desktop.gui import fonts
from hms_desktop.reports.shaping import SCRIPTS

NAMES = {
    "Deva": "रमेश कुमार",
    "Beng": "সুব্রত দাস",
    "Guru": "ਹਰਪ੍ਰੀਤ ਸਿੰਘ",
    "Gujr": "ભાવેશ પટેલ",
    "Orya": "ସୁଭାଷ ମହାନ୍ତି",
    "Taml": "முருகன் செல்வம்",
    "Telu": "వెంకట రావు",
    "Knda": "ಮಂಜುನಾಥ ಗೌಡ",
    "Mlym": "അനില്‍ കുമാര്‍",
}


def test_the_application_font_is_the_shipped_face(qapp: QApplication) -> None:
    assert QFontInfo(qapp.font()).family() == fonts.PRIMARY
    families = qapp.font().families()
    assert families[0] == fonts.PRIMARY
    for stem, _ in SCRIPTS.values():
        assert any(f.replace(" ", "") == stem for f in families), (stem, families)


@pytest.mark.parametrize("script", sorted(NAMES))
def test_a_name_in_every_indian_script_is_drawn_in_its_noto_face(qapp: QApplication, script: str) -> None:
    label = QLabel(NAMES[script])  # the font a label on the desk gets
    layout = QTextLayout(label.text(), label.font())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    runs = layout.glyphRuns()
    letters = [r for r in runs if r.rawFont().familyName() != fonts.PRIMARY]  # the space is DejaVu's
    assert letters, [r.rawFont().familyName() for r in runs]
    for run in letters:
        assert run.rawFont().familyName().replace(" ", "") == SCRIPTS[script][0]
        assert 0 not in run.glyphIndexes()  # glyph 0 is .notdef: the box
