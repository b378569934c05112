"""What the waiting-room display says: its headings (in English, with the clinic's language beside
each), a level in words beside its colour, and where a called patient goes."""

from __future__ import annotations

from hms_desktop.domain.instructions import shipped_packs
from hms_desktop.domain.queue import COLOURS, ICONS

# The TV speaks to the patients in English and the clinic's language, whatever language a desk shows
# (issue 17): its words below are not the desk's strings, and Qt does not translate them.
WELCOME = "Welcome — please take a seat, your token will be called here"  # notr: the TV's words (see above)
DESK = "Please come to the desk"  # notr: the TV's words (see above)
# The headings in English; a clinic with a local language set shows its wording beside each
# (resources/instructions/<code>.json, "display"), as the Clinical Establishments Rules ask.
HEADINGS = {
    "now_calling": "NOW CALLING",  # notr: the TV's words (see above)
    "earlier_calls": "EARLIER CALLS",  # notr: the TV's words (see above)
    "waiting": "WAITING",
    "welcome": WELCOME,
    "desk": DESK,
    "no_earlier": "Earlier calls will be listed here",  # notr: the TV's words (see above)
}
UNTRIAGED = ("#4A5768", "#FFFFFF")  # grey chip for a token the nurse has not seen yet
UNTRIAGED_TAG = "○ NOT TRIAGED"  # notr: the TV's words (see above)


def headings(language: str | None) -> dict[str, str]:
    """Each heading in English, with the clinic's language after it ('NOW CALLING · ಈಗ ...')."""
    pack = shipped_packs().get(language or "")
    if pack is None:
        return dict(HEADINGS)
    out = {}
    for key, english in HEADINGS.items():
        local = pack.display.get(key)
        if not local:
            out[key] = english
        elif key in ("welcome", "no_earlier", "desk"):
            out[key] = f"{english}\n{local}"  # sentences: one language a line
        else:
            out[key] = f"{english}  ·  {local}"
    return out


def welcome_text(words: dict[str, str]) -> str:
    # One line per thought, centred: easier to read from the back of the room than a wrapped line.
    english, _, local = words["welcome"].partition("\n")
    text = english.replace(" — ", " —\n").replace(", ", ",\n")
    return f"{text}\n\n{local}" if local else text


def level_colours(level: str | None) -> tuple[str, str]:
    """(fill, text) for a triage level; grey for a token not triaged yet."""
    return COLOURS.get(level or "", UNTRIAGED)


def level_tag(level: str | None) -> str:
    """The words beside the colour ('■ RED'), so the level never rests on colour alone."""
    if level in COLOURS:
        return f"{ICONS[level]} {level.upper()}"
    return UNTRIAGED_TAG


def level_key(level: str | None) -> str:
    """The style sheet's ``level`` property for ``level`` ('none' for a token not triaged)."""
    return level if level in COLOURS else "none"


def room_text(room: str | None, desk: str = DESK) -> str:
    return room if room else desk
