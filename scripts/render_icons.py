#!/usr/bin/env python3
"""Renders the plugin icon's PNG (used by metadata.txt and the plugin repository) from its SVG.

Run with /usr/bin/python3 after changing economic_layer.svg: ``make icons``.
"""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QGuiApplication, QImage, QPainter
from qgis.PyQt.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "economic_layer_plugin" / "resources" / "icons"


def render(svg: Path, png: Path, size: int) -> None:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        sys.exit(f"invalid SVG: {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    if not image.save(str(png)):
        sys.exit(f"cannot write {png}")
    print(f"wrote {png} ({size}x{size})")


if __name__ == "__main__":
    app = QGuiApplication(sys.argv)
    render(ICONS / "economic_layer.svg", ICONS / "economic_layer.png", 128)
