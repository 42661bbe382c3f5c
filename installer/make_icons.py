"""Draw the application icon's bitmaps from its drawing, resources/icons/jcr-desk.svg.

The window, the Linux desktop entry and the Windows executable and installer need bitmaps
(PNG, ICO); they are committed, so building needs no SVG support. Run this after changing
the drawing: ``python installer/make_icons.py``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DRAWING = ROOT / "resources" / "icons" / "jcr-desk.svg"
PNG = ROOT / "resources" / "icons" / "jcr-desk.png"
ICO = ROOT / "installer" / "windows" / "jcr-desk.ico"
SIZE = 256


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication(sys.argv[:1])
    image = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(DRAWING)).render(painter)
    painter.end()
    for target, kind in ((PNG, "PNG"), (ICO, "ICO")):
        if not image.save(str(target), kind):
            print(f"could not write {target}", file=sys.stderr)
            return 1
        print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
