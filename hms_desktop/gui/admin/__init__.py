"""The administrator's screens (Settings menu) and the first-start set-up wizard."""
