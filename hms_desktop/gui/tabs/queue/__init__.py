"""The Queue tab: today's triage queue with its emergency lane, triage and doctor actions."""
