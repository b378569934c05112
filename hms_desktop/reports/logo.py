"""The clinic's logo for printed documents: any PNG or JPEG, scaled down to print size as a PNG.

Stored in the database (``clinic_setting.logo_png``) so every desk prints it. Pillow comes with
reportlab, which needs it for images anyway.
"""

from __future__ import annotations

import io

MAX_SIDE = (600, 240)  # pixels: 50 x 20 mm at 300 dpi, more than an invoice header needs
MAX_INPUT = 20 * 1024 * 1024


class LogoError(ValueError):
    """The file is not an image the documents can carry."""


def scale_logo(data: bytes) -> bytes:
    """The logo as a PNG of at most ``MAX_SIDE`` pixels, transparency kept."""
    from PIL import Image, UnidentifiedImageError

    if len(data) > MAX_INPUT:
        raise LogoError("The image file is larger than 20 MB; choose a smaller one.")
    try:
        with Image.open(io.BytesIO(data)) as img:
            if img.format not in ("PNG", "JPEG"):
                raise LogoError(f"A PNG or JPEG image, please (this is {img.format or 'unknown'}).")
            img.load()
            picture = img.convert("RGBA") if img.mode not in ("RGB", "RGBA") else img.copy()
    except (UnidentifiedImageError, OSError) as exc:
        raise LogoError("This file is not a PNG or JPEG image.") from exc
    picture.thumbnail(MAX_SIDE)
    out = io.BytesIO()
    picture.save(out, format="PNG", optimize=True)
    return out.getvalue()
