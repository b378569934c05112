"""``python -m tests.bench``: run every benchmark (see tests/bench/run.py)."""

from __future__ import annotations

import sys

from tests.bench.run import main

sys.exit(main())
