"""HMS Desktop: the front of house of a clinic (registration, queue, consultations, GST billing)."""

__version__ = "0.1.0"
