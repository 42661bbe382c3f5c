"""Start-up of the JCR Desk window (entry point ``jcr-desk``).

``jcr-desk [CASE]`` opens a case, or the bundled demo case when none is given;
``jcr-desk --smoke DIR`` writes one screenshot per tab into DIR and exits;
``--lang ja|en`` overrides the language preference for this run.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from jcr_desk import APP_NAME, ORG_NAME, __version__
from jcr_desk.i18n import PREFERENCES
from jcr_desk.paths import log_dir, resources_dir

log = logging.getLogger("jcr_desk")
LOG_BYTES = 2_000_000
LOG_BACKUPS = 3


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="jcr-desk", description=f"{APP_NAME} window")
    parser.add_argument("case", nargs="?", type=Path, help="case file (.jcrcase) to open")
    parser.add_argument("--smoke", type=Path, metavar="DIR",
                        help="open the demo case offscreen, save one PNG per tab in DIR, exit")
    parser.add_argument("--lang", choices=PREFERENCES,
                        help="language of the window for this run (default: the preference)")
    parser.add_argument("--version", action="version", version=f"jcr-desk {__version__}")
    return parser.parse_args(argv)


def setup_logging() -> Path:
    """Log to a rotating file in the user's data folder (and warnings to stderr)."""
    path = log_dir() / "jcr-desk.log"
    handler = RotatingFileHandler(path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS,
                                  encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def _install_excepthook() -> None:
    """An unexpected error becomes a logged traceback and a plain dialog, not a crash."""
    from jcr_desk.ui.errors import report_error

    def hook(kind, error, trace) -> None:
        log.error("unhandled error", exc_info=(kind, error, trace))
        if isinstance(error, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        report_error(None, "Unexpected error", error)

    sys.excepthook = hook


def main(argv: list[str] | None = None) -> int:
    args = _parse(sys.argv[1:] if argv is None else argv)
    if args.smoke is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    setup_logging()

    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from jcr_desk.ui.main_window import MainWindow
    from jcr_desk.ui.settings import AppSettings
    from jcr_desk.ui.translations import install_language

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "jcr-desk.png")))
    settings = AppSettings()
    install_language(args.lang or settings.language())
    window = MainWindow(settings)

    if args.smoke is not None:
        return _smoke(window, args.smoke, args.case)

    _install_excepthook()
    _attach_startup_probe(window)
    window.show()
    if args.case is not None:
        window.files.open_path(args.case.resolve())
    elif not window.files.offer_recovery():
        window.lanes.files.submit(
            _prepare_demo,
            "Preparing the demo case…",
            window.files.open_path,
            lambda error: log.error("demo case could not be prepared: %s", error),
        )
    return app.exec()


def _prepare_demo(progress, cancel) -> Path:
    """The demo case, on the file worker: the window is drawn before the demo's libraries
    (pandas, openpyxl, the stress engine) load."""
    from jcr_desk.case.demo import ensure_user_demo

    return ensure_user_demo()


def _attach_startup_probe(window) -> None:
    """``bench startup`` times this start (``JCR_DESK_STARTUP_PROBE=FILE``)."""
    from jcr_desk.ui.startup_probe import ENV_VAR, StartupProbe

    target = os.environ.get(ENV_VAR)
    if target:
        StartupProbe(window, Path(target), window.files.opened)


def _smoke(window, out_dir: Path, case: Path | None) -> int:
    from jcr_desk.case import CaseFileError
    from jcr_desk.case.demo import ensure_user_demo
    from jcr_desk.ui.smoke import capture_tabs

    try:
        written = capture_tabs(window, case or ensure_user_demo(), out_dir)
    except (CaseFileError, OSError) as error:
        print(f"jcr-desk: smoke failed: {error}", file=sys.stderr)
        return 1
    for path in written:
        print(path)
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
