"""Which State or Union Territory a PIN code belongs to, where its first digits say so unambiguously
(India Post's postal circles): the clinic form suggests the State from the PIN. Prefixes shared by two
States (e.g. 24x-26x, Uttar Pradesh and Uttarakhand) suggest nothing rather than a guess."""

from __future__ import annotations

# prefix -> GST State code; the longest matching prefix wins
_PREFIXES: dict[str, str] = {
    "110": "07", "12": "06", "13": "06", "14": "03", "15": "03", "160": "04", "17": "02",
    "18": "01", "190": "01", "191": "01", "192": "01", "193": "01", "194": "38",
    "20": "09", "21": "09", "22": "09", "23": "09", "27": "09", "28": "09",
    "248": "05", "249": "05", "263": "05",
    "30": "08", "31": "08", "32": "08", "33": "08", "34": "08",
    "36": "24", "37": "24", "38": "24", "39": "24",
    "40": "27", "41": "27", "42": "27", "43": "27", "44": "27", "403": "30",
    "45": "23", "46": "23", "47": "23", "48": "23", "49": "22",
    "50": "36", "51": "37", "52": "37", "53": "37",
    "56": "29", "57": "29", "58": "29", "59": "29",
    "60": "33", "61": "33", "62": "33", "63": "33", "64": "33", "605": "34",
    "67": "32", "68": "32", "69": "32",
    "70": "19", "71": "19", "72": "19", "73": "19", "74": "19", "737": "11", "744": "35",
    "75": "21", "76": "21", "77": "21", "78": "18",
    "790": "12", "791": "12", "792": "12", "793": "17", "794": "17", "795": "14", "796": "15",
    "797": "13", "798": "13", "799": "16",
    "80": "10", "81": "10", "84": "10", "85": "10", "82": "20", "83": "20",
}  # fmt: skip


def state_code_of_pin(pin: str | None) -> str | None:
    """The GST State code a six-digit PIN lies in, or None when its prefix is shared or unknown."""
    text = (pin or "").strip()
    if len(text) != 6 or not text.isdigit():
        return None
    for length in (3, 2):
        code = _PREFIXES.get(text[:length])
        if code is not None:
            return code
    return None
