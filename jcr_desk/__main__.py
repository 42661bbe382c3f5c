"""``python -m jcr_desk`` opens the window, like the ``jcr-desk`` command."""

from jcr_desk.app import main

raise SystemExit(main())
