"""Dialogs built from the Qt Designer forms in ``ui/``: sign-in, first administrator, connections."""
