"""The PySide6 desk application: composition root, windows, dialogs, tabs and background operations."""
