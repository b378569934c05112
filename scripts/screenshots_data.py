"""Render the import steps, the backup warning and a patient's record: ``python scripts/screenshots_data.py``.

A thin launcher for ``tests.screenshots.data`` that works from a source checkout.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.screenshots.data import main

if __name__ == "__main__":
    sys.exit(main())
