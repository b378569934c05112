"""The screenshot renderers behind ``make screenshots`` (scripts/screenshots.py and its two siblings):
tools that drive the real windows with demo data, kept out of the runtime package."""
