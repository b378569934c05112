"""Render the app's main screens to PNG files: ``python scripts/screenshots.py --out docs/screenshots``.

A thin launcher for ``tests.screenshots.main`` that works from a source checkout.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.screenshots.main import main

if __name__ == "__main__":
    sys.exit(main())
