"""The PySide6 desk application: composition root, windows, dialogs, tabs and background operations."""

from hms_desktop.gui import feature_hook

# before anything else is imported after Qt: PySide6 would otherwise keep the source of every later
# module (SQLAlchemy, the services) in memory; see feature_hook
feature_hook.install()
