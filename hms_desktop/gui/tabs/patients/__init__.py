"""The Patients tab: a lazily paged table model and the panel that shows it."""
