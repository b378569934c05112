"""The waiting-room display's look: one style sheet generated for the window's size.

Every size is scaled from a 1920x1080 design, so a 1366x768 TV shows the same picture smaller
(rule: readable from across the room).
"""

from __future__ import annotations

from string import Template

from hms_desktop.domain.queue import COLOURS
from hms_desktop.gui.display.words import UNTRIAGED

DESIGN_W, DESIGN_H = 1920, 1080

# Font sizes in px at 1920x1080; scaled with the window.
SIZES = {
    "clinic": 46,
    "clock": 76,
    "date": 26,
    "caption": 28,
    "pill": 26,
    "token": 210,
    "room": 84,
    "who": 40,
    "welcome": 68,
    "prev_token": 50,
    "prev_room": 44,
    "prev_pill": 17,
    "chip_token": 36,
    "chip_tag": 15,
    "note": 20,
    "empty": 26,
}

_SHEET = Template("""
#display { background: #0A1420; }
QWidget { color: #F4F7FB; font-size: ${empty}px; }
#header { background: #0F2236; border-bottom: 4px solid #26A69A; }
#clinicName { font-size: ${clinic}px; font-weight: 700; }
#clock { font-size: ${clock}px; font-weight: 700; }
#date { font-size: ${date}px; color: #B8C7D9; }
QLabel[disp="caption"] { font-size: ${caption}px; font-weight: 700; color: #80CBC4; letter-spacing: 3px; }
QFrame#nowPanel { background: #11294A; border: ${border}px solid #26A69A; border-radius: ${radius}px; }
QFrame#nowPanel[flash="true"] { background: #1E63B8; border-color: #FFD54F; }
QFrame#sidePanel, QFrame#waitingPanel { background: #0F2236; border-radius: ${radius}px; }
#nowToken { font-weight: 800; color: #FFFFFF; }
#nowRoom { font-weight: 700; color: #FFE082; }
#nowWho { color: #D5E0EC; }
#welcome { font-size: ${welcome}px; font-weight: 600; color: #FFFFFF; }
QLabel[disp="pill"] { font-size: ${pill}px; font-weight: 700; border-radius: ${pill_radius}px;
    padding: ${pill_pad_v}px ${pill_pad_h}px; }
QLabel[disp="prevPill"] { font-size: ${prev_pill}px; font-weight: 700; border-radius: ${pill_radius}px;
    padding: ${pill_pad_v}px ${pill_pad_h}px; }
QLabel[disp="prevToken"] { font-weight: 800; }
QLabel[disp="arrow"] { font-size: ${prev_room}px; color: #80CBC4; }
QLabel[disp="prevRoom"] { font-weight: 600; color: #FFE082; }
QLabel[disp="empty"] { font-size: ${empty}px; color: #B8C7D9; }
QFrame[disp="chip"] { border-radius: ${chip_radius}px; }
QLabel[disp="chipToken"] { font-weight: 800; background: transparent; }
QLabel[disp="chipTag"] { font-weight: 700; background: transparent; }
#reconnecting { font-size: ${note}px; color: #FFE082; background: rgba(0, 0, 0, 170);
    border: 1px solid #8D6E00; border-radius: 6px; padding: 4px 10px; }
$levels
""")  # notr: a style sheet


def scale_for(width: int, height: int) -> float:
    """The design's scale for a window of this size (at least 0.3)."""
    return max(0.3, round(min(width / DESIGN_W, height / DESIGN_H), 3))


def scaled(base: float, scale: float, least: int = 1) -> int:
    return max(least, round(base * scale))


def style_sheet(scale: float) -> str:
    """The window's style sheet with every size scaled from the 1920x1080 design."""

    def px(base: float, least: int = 1) -> int:
        return scaled(base, scale, least)

    values = {name: px(base, 9) for name, base in SIZES.items()}
    values.update(
        border=px(4),
        radius=px(22),
        pill_radius=px(8),
        pill_pad_v=px(3),
        pill_pad_h=px(12),
        chip_radius=px(12),
    )
    levels = [f'*[level="none"] {{ background: {UNTRIAGED[0]}; color: {UNTRIAGED[1]}; }}']  # notr: CSS
    levels += [
        f'*[level="{lv}"] {{ background: {fill}; color: {ink}; }}'  # notr: CSS
        for lv, (fill, ink) in COLOURS.items()
    ]
    return _SHEET.substitute(values, levels="\n".join(levels))
