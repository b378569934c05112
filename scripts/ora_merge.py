"""Join the per-process statement files of tests/ora_capture.py into one file for `check statements`.

Statements are keyed by their Oracle SQL shape, as the capture plugin keys them: counts add up, the
first test and place seen are kept, and the longest IN list and every blank bind are carried over.

    python scripts/ora_merge.py OUT.jsonl IN1.jsonl IN2.jsonl ...
"""

from __future__ import annotations

import json
import sys
from typing import Any


def merge(paths: list[str]) -> list[dict[str, Any]]:
    by_shape: dict[str, dict[str, Any]] = {}
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if not line.strip():
                    continue
                rec = json.loads(line)
                rec.pop("id", None)
                have = by_shape.get(rec["shape"])
                if have is None:
                    by_shape[rec["shape"]] = rec
                    continue
                have["count"] += rec["count"]
                for key in rec["empty_string_binds"]:
                    if key not in have["empty_string_binds"]:
                        have["empty_string_binds"].append(key)
                for key, n in rec["in_lists"].items():
                    have["in_lists"][key] = max(have["in_lists"].get(key, 0), n)
                for where in rec["wheres"]:
                    if where not in have["wheres"] and len(have["wheres"]) < 8:
                        have["wheres"].append(where)
    return list(by_shape.values())


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    out, inputs = argv[0], argv[1:]
    records = merge(inputs)
    with open(out, "w", encoding="utf-8") as fh:
        for i, rec in enumerate(records, 1):
            fh.write(json.dumps({"id": f"S{i:04d}", **rec}) + "\n")
    print(f"{len(records)} distinct statements from {len(inputs)} file(s) -> {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
