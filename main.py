"""Launch HMS Desktop (the same as the ``hms-desktop`` entry point)."""

from hms_desktop.gui.app import main

raise SystemExit(main())
