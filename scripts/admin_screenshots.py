"""Render the set-up wizard and the admin screens (docs/screenshots/50-64).

A thin launcher for ``tests.screenshots.admin`` that works from a source checkout.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.screenshots.admin import main

if __name__ == "__main__":
    sys.exit(main())
