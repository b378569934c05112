"""Reusable widgets: the connection-lost banner, the idle lock panel, placeholder panels."""
