"""The report's charts, drawn with QPainter into SVG (embedded in the layout's picture items).

``chart_svg(chart, width_mm, height_mm, font)`` takes a Section's ``chart`` dict
(core/report_content.py) and returns SVG bytes:

- ``bars``: grouped bars per category (investment and income per unit);
- ``cashflow``: net cash flow per year as bars, the cumulative flow as a line;
- ``tornado``: net profit with each variable 20 % lower and higher, around the base.
"""

from __future__ import annotations

import math

from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt
from qgis.PyQt.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QPolygonF
from qgis.PyQt.QtSvg import QSvgGenerator

SCALE = 4.0  # drawing units per mm
AXIS = QColor("#616161")
GRID = QColor("#e0e0e0")
TEXT = QColor("#212121")


def nice_ticks(low: float, high: float, count: int = 5) -> list:
    """Round tick values covering [low, high] (0 included)."""
    low, high = min(low, 0.0), max(high, 0.0)
    if high - low <= 0:
        high = low + 1.0
    raw = (high - low) / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    start = math.floor(low / step) * step
    ticks = []
    value = start
    while value <= high + step * 0.5:
        ticks.append(round(value, 10))
        value += step
    if ticks[-1] < high:
        ticks.append(ticks[-1] + step)
    return ticks


def _label(value: float) -> str:
    return f"{value:,.0f}"


class _Canvas:
    def __init__(self, width_mm: float, height_mm: float, family: str) -> None:
        self.width = width_mm * SCALE
        self.height = height_mm * SCALE
        self.buffer = QBuffer()
        self.buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.generator = QSvgGenerator()
        self.generator.setOutputDevice(self.buffer)
        self.generator.setSize(QSize(int(self.width), int(self.height)))
        self.generator.setViewBox(QRectF(0, 0, self.width, self.height))
        self.painter = QPainter(self.generator)
        self.painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.font = QFont(family)
        self.font.setPixelSize(int(3.0 * SCALE))  # 3 mm text (about 8.5 pt)
        self.painter.setFont(self.font)
        self.metrics = QFontMetricsF(self.font)

    def finish(self) -> bytes:
        self.painter.end()
        return bytes(self.buffer.data())

    def text(self, x: float, y: float, value: str, align=Qt.AlignmentFlag.AlignLeft) -> None:
        width = (
            self.metrics.horizontalAdvance(value)
            if hasattr(self.metrics, "horizontalAdvance")
            else self.metrics.width(value)
        )
        if align & Qt.AlignmentFlag.AlignRight:
            x -= width
        elif align & Qt.AlignmentFlag.AlignHCenter:
            x -= width / 2
        self.painter.setPen(TEXT)
        self.painter.drawText(QPointF(x, y + self.metrics.ascent() / 2 - 1), value)

    def text_width(self, value: str) -> float:
        return (
            self.metrics.horizontalAdvance(value)
            if hasattr(self.metrics, "horizontalAdvance")
            else self.metrics.width(value)
        )

    def legend(self, items: list, y: float) -> None:
        x = self.width - 4
        for name, colour in reversed(items):
            width = self.text_width(name)
            x -= width
            self.text(x, y, name)
            x -= 2 * SCALE + 6
            self.painter.fillRect(QRectF(x, y - SCALE, 2 * SCALE, 2 * SCALE), QColor(colour))
            x -= 4 * SCALE


class _Axes:
    """A vertical value axis with ticks and grid lines in a plot rectangle."""

    def __init__(self, canvas: _Canvas, values: list, top: float) -> None:
        self.canvas = canvas
        self.ticks = nice_ticks(min(values), max(values))
        widest = max(canvas.text_width(_label(t)) for t in self.ticks)
        self.rect = QRectF(widest + 8, top, canvas.width - widest - 12, canvas.height - top - 6 * SCALE)

    def y(self, value: float) -> float:
        low, high = self.ticks[0], self.ticks[-1]
        return self.rect.bottom() - (value - low) / (high - low) * self.rect.height()

    def draw(self) -> None:
        painter = self.canvas.painter
        for tick in self.ticks:
            y = self.y(tick)
            painter.setPen(QPen(AXIS if tick == 0 else GRID, 1.2 if tick == 0 else 0.8))
            painter.drawLine(QPointF(self.rect.left(), y), QPointF(self.rect.right(), y))
            self.canvas.text(self.rect.left() - 4, y, _label(tick), Qt.AlignmentFlag.AlignRight)

    def categories(self, names: list, every: int = 1) -> float:
        """Writes the category names under the plot; returns the width of one category."""
        width = self.rect.width() / max(len(names), 1)
        for i, name in enumerate(names):
            if i % every == 0:
                self.canvas.text(
                    self.rect.left() + (i + 0.5) * width,
                    self.rect.bottom() + 3 * SCALE,
                    name,
                    Qt.AlignmentFlag.AlignHCenter,
                )
        return width


def _bars(canvas: _Canvas, chart: dict) -> None:
    series = chart["series"]
    canvas.legend([(name, colour) for name, colour, _ in series], 2 * SCALE)
    axes = _Axes(canvas, [v for _, _, values in series for v in values], 6 * SCALE)
    axes.draw()
    width = axes.categories(chart["categories"])
    bar = width * 0.7 / len(series)
    for s, (_, colour, values) in enumerate(series):
        for i, value in enumerate(values):
            x = axes.rect.left() + i * width + width * 0.15 + s * bar
            top, bottom = sorted((axes.y(value), axes.y(0)))
            canvas.painter.fillRect(QRectF(x, top, bar * 0.92, bottom - top), QColor(colour))


def _cashflow(canvas: _Canvas, chart: dict) -> None:
    (net_name, net_colour, net), (cum_name, cum_colour, cumulative) = chart["series"]
    canvas.legend([(net_name, net_colour), (cum_name, cum_colour)], 2 * SCALE)
    axes = _Axes(canvas, net + cumulative, 6 * SCALE)
    axes.draw()
    years = chart["categories"]
    label_width = max(canvas.text_width(y) for y in years) + 6
    every = max(1, math.ceil(label_width / (axes.rect.width() / max(len(years), 1))))
    width = axes.categories(years, every)
    for i, value in enumerate(net):
        top, bottom = sorted((axes.y(value), axes.y(0)))
        colour = QColor(net_colour) if value >= 0 else QColor("#ef9a9a")
        canvas.painter.fillRect(
            QRectF(axes.rect.left() + i * width + width * 0.2, top, width * 0.6, bottom - top), colour
        )
    line = QPolygonF(
        [QPointF(axes.rect.left() + (i + 0.5) * width, axes.y(v)) for i, v in enumerate(cumulative)]
    )
    canvas.painter.setPen(QPen(QColor(cum_colour), 2.0))
    canvas.painter.drawPolyline(line)


def _tornado(canvas: _Canvas, chart: dict) -> None:
    base = chart["base"]
    bars = chart["bars"]
    minus_label, plus_label = chart["labels"]
    canvas.legend([(minus_label, "#ef9a9a"), (plus_label, "#5b9bd5")], 2 * SCALE)
    values = [base] + [v for _, minus, plus in bars for v in (minus, plus)]
    ticks = nice_ticks(min(values), max(values))
    names_width = max(canvas.text_width(name) for name, _, _ in bars) + 8
    rect = QRectF(names_width, 6 * SCALE, canvas.width - names_width - 8, canvas.height - 12 * SCALE)

    def x(value):
        return rect.left() + (value - ticks[0]) / (ticks[-1] - ticks[0]) * rect.width()

    painter = canvas.painter
    for tick in ticks:
        painter.setPen(QPen(AXIS if tick == 0 else GRID, 1.2 if tick == 0 else 0.8))
        painter.drawLine(QPointF(x(tick), rect.top()), QPointF(x(tick), rect.bottom()))
        canvas.text(x(tick), rect.bottom() + 3 * SCALE, _label(tick), Qt.AlignmentFlag.AlignHCenter)
    height = rect.height() / len(bars)
    for i, (name, minus, plus) in enumerate(bars):
        y = rect.top() + i * height
        canvas.text(4, y + height / 2, name)
        for value, colour in ((minus, "#ef9a9a"), (plus, "#5b9bd5")):
            left, right = sorted((x(base), x(value)))
            painter.fillRect(QRectF(left, y + height * 0.2, right - left, height * 0.6), QColor(colour))
    painter.setPen(QPen(TEXT, 1.5, Qt.PenStyle.DashLine))
    painter.drawLine(QPointF(x(base), rect.top()), QPointF(x(base), rect.bottom()))


DRAW = {"bars": _bars, "cashflow": _cashflow, "tornado": _tornado}


def chart_svg(chart: dict, width_mm: float, height_mm: float, family: str) -> bytes:
    canvas = _Canvas(width_mm, height_mm, family)
    try:
        DRAW[chart["type"]](canvas, chart)
    finally:
        data = canvas.finish()
    return data


def svg_bytes_to_path(data: bytes) -> str:
    """The picture path QGIS reads embedded SVG from (kept inside the project when it is saved)."""
    return "base64:" + bytes(QByteArray(data).toBase64()).decode("ascii")
