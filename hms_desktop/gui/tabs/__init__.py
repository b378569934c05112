"""The main window's tabs, one package or module per feature."""
