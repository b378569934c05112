"""Render the set-up wizard and the admin screens (docs/screenshots/50-64).

A thin launcher for ``hms_desktop.gui.screenshots_admin`` that works from a source checkout.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from hms_desktop.gui.screenshots_admin import main

if __name__ == "__main__":
    sys.exit(main())
