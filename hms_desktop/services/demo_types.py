"""The demo clinic's DTO and its sign-in facts (no SQLAlchemy)."""

from __future__ import annotations

import dataclasses

DEMO_PASSWORD = "demo1234"
DEMO_USERS = ("admin", "reception", "nurse", "doctor", "cashier")
DEFAULT_SEED = 20250401
DEMO_TIME_ZONE = "Asia/Kolkata"  # the demo clinic is in Bengaluru: its settings row says so


@dataclasses.dataclass(frozen=True)
class DemoSummary:
    patients: int
    doctors: int
    departments: int
    appointments: int
    queue_entries: int
    invoices: int
    users: tuple[str, ...]
    password: str = DEMO_PASSWORD

    def describe(self) -> str:
        return (
            f"Demo clinic seeded: {self.patients} patients, {self.doctors} doctors, "
            f"{self.appointments} appointments and {self.queue_entries} queue entries today, "
            f"{self.invoices} invoices. DEMO sign-ins: {', '.join(self.users)} "
            f"with password {self.password!r} (demo only; never use in a real clinic)."
        )
