"""The dock's "Optimise & risk" tab: a button to the optimiser, a tornado chart and a Monte Carlo
histogram of the scheme shown (core.risk), drawn with QPainter (no plotting library needed)."""

from __future__ import annotations

from qgis.PyQt.QtCore import QRectF, Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor, QFontMetrics, QPainter, QPen
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from economic_layer_plugin.core import formatting
from economic_layer_plugin.toolbelt.i18n import tr, ui_language

#: schemes up to this many modules are analysed as soon as the tab is shown; larger ones on request
AUTO_LIMIT = 5_000
WORSE = QColor("#d9534f")
BETTER = QColor("#5cb85c")
BARS = QColor("#5b8fd1")
Align = Qt.AlignmentFlag


def driver_label(driver: str) -> str:
    from economic_layer_plugin.core.risk import DRIVER_LABELS

    en, zh = DRIVER_LABELS[driver]
    return zh if ui_language() == "zh" else en


class TornadoChart(QWidget):
    """Horizontal bars: the figure with each driver at its low and its high value, around the plan's."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("EconomicLayerTornado")
        self.rows = []
        self.base = 0.0
        self.setMinimumHeight(170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_data(self, result: dict, key: str = "npv") -> None:
        low_key, high_key = ("npv_low", "npv_high") if key == "npv" else ("net_low", "net_high")
        self.base = result["base"]["npv" if key == "npv" else "net_profit"]
        rows = [(r["driver"], r[low_key], r[high_key]) for r in result["rows"]]
        rows.sort(key=lambda r: -abs(r[2] - r[1]))
        self.rows = rows
        self.update()

    def paintEvent(self, _event) -> None:
        if not self.rows:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        label_width = max(metrics.horizontalAdvance(driver_label(d)) for d, _, _ in self.rows) + 8
        left, right, top = label_width, self.width() - 8, 4
        bottom = self.height() - metrics.height() - 6
        values = [self.base] + [v for _, a, b in self.rows for v in (a, b)]
        lo, hi = min(values), max(values)
        if hi - lo < 1e-9:
            hi, lo = hi + 1, lo - 1
        pad = (hi - lo) * 0.05
        lo, hi = lo - pad, hi + pad

        def x(value):
            return left + (value - lo) / (hi - lo) * (right - left)

        step = (bottom - top) / len(self.rows)
        for index, (driver, low, high) in enumerate(self.rows):
            y = top + index * step
            painter.setPen(self.palette().windowText().color())
            painter.drawText(
                QRectF(0, y, label_width - 4, step), Align.AlignRight | Align.AlignVCenter,
                driver_label(driver),
            )
            for value in (low, high):
                colour = BETTER if value >= self.base else WORSE
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
                x0, x1 = sorted((x(self.base), x(value)))
                painter.drawRect(QRectF(x0, y + step * 0.15, max(1.0, x1 - x0), step * 0.7))
        painter.setPen(QPen(self.palette().windowText().color(), 1))
        painter.drawLine(int(x(self.base)), top, int(x(self.base)), int(bottom))
        for value, align in (
            (lo + pad, Align.AlignLeft),
            (self.base, Align.AlignHCenter),
            (hi - pad, Align.AlignRight),
        ):
            text = formatting.money(value)
            width = metrics.horizontalAdvance(text) + 4
            cx = x(value)
            rx = (cx if align == Align.AlignLeft else cx - width if align == Align.AlignRight
                  else cx - width / 2)
            painter.drawText(QRectF(rx, bottom + 2, width, metrics.height()), align | Align.AlignTop, text)
        painter.end()


class HistogramChart(QWidget):
    """Bars: how many draws fell in each NPV bin; lines at P10, P50, P90 and at zero."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("EconomicLayerHistogram")
        self.edges, self.counts, self.marks = [], [], {}
        self.setMinimumHeight(150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_data(self, histogram: dict, summary: dict) -> None:
        self.edges, self.counts = histogram["edges"], histogram["counts"]
        self.marks = {"P10": summary["p10"], "P50": summary["p50"], "P90": summary["p90"]}
        self.update()

    def paintEvent(self, _event) -> None:
        if not self.counts:
            return
        painter = QPainter(self)
        metrics = QFontMetrics(self.font())
        left, right, top = 6, self.width() - 6, metrics.height() + 4
        bottom = self.height() - metrics.height() - 6
        lo, hi = self.edges[0], self.edges[-1]
        if hi - lo < 1e-9:
            hi, lo = hi + 1, lo - 1
        most = max(self.counts) or 1

        def x(value):
            return left + (value - lo) / (hi - lo) * (right - left)

        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(BARS)
        for count, start, end in zip(self.counts, self.edges[:-1], self.edges[1:]):
            height = (bottom - top) * count / most
            painter.drawRect(QRectF(x(start), bottom - height, max(1.0, x(end) - x(start) - 1), height))
        text_colour = self.palette().windowText().color()
        painter.setPen(QPen(text_colour, 1, Qt.PenStyle.DashLine))
        for name, value in self.marks.items():
            painter.drawLine(int(x(value)), top, int(x(value)), int(bottom))
            painter.drawText(QRectF(x(value) - 20, 0, 40, metrics.height()), Align.AlignHCenter, name)
        if lo < 0 < hi:
            painter.setPen(QPen(WORSE, 2))
            painter.drawLine(int(x(0)), top, int(x(0)), int(bottom))
        painter.setPen(text_colour)
        painter.drawText(
            QRectF(left, bottom + 2, 200, metrics.height()), Align.AlignLeft, formatting.money(lo)
        )
        painter.drawText(
            QRectF(right - 200, bottom + 2, 200, metrics.height()), Align.AlignRight, formatting.money(hi)
        )
        painter.end()


class RiskPanel(QWidget):
    optimise_requested = pyqtSignal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.model = None
        self.result = None
        self.stale = True
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        buttons = QHBoxLayout()
        self.optimise_button = QPushButton(tr("Optimise scheme…"), self)
        self.optimise_button.setObjectName("EconomicLayerOptimiseButton")
        self.optimise_button.setToolTip(
            tr("Find the actions with the highest NPV or net profit within the limits, as a new scheme")
        )
        self.optimise_button.clicked.connect(self.optimise_requested.emit)
        buttons.addWidget(self.optimise_button)
        self.run_button = QPushButton(tr("Run risk analysis"), self)
        self.run_button.clicked.connect(self.compute)
        buttons.addWidget(self.run_button)
        buttons.addStretch(1)
        self.figure = QComboBox(self)
        self.figure.addItem(tr("NPV"), "npv")
        self.figure.addItem(tr("Net profit"), "net_profit")
        self.figure.currentIndexChanged.connect(self._show_tornado)
        buttons.addWidget(self.figure)
        layout.addLayout(buttons)
        self.tornado_title = QLabel(
            tr("<b>Tornado</b> (10,000 CNY): each driver at its low and high value"), self
        )
        self.tornado_title.setWordWrap(True)
        layout.addWidget(self.tornado_title)
        self.tornado = TornadoChart(self)
        layout.addWidget(self.tornado, 1)
        self.mc_title = QLabel(self)
        self.mc_title.setWordWrap(True)
        layout.addWidget(self.mc_title)
        self.histogram = HistogramChart(self)
        layout.addWidget(self.histogram, 1)
        self.location_row = self._location_range_row()
        layout.addWidget(self.location_row)
        self.summary = QLabel(self)
        self.summary.setObjectName("EconomicLayerRiskSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)

    def _location_range_row(self) -> QWidget:
        """The Monte Carlo range of the location premium (low, most likely, high; 1 = as the location rules
        give it): shown only for a scheme with location rules (core.risk.LOCATION)."""
        from economic_layer_plugin.core.risk import LOCATION, RiskRanges

        row = QWidget(self)
        row.setObjectName("EconomicLayerLocationRange")
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        label = QLabel(driver_label(LOCATION), row)
        label.setToolTip(tr("Monte Carlo range of the location premium as a factor: 1 = the location factors "
                            "as the rules give them, 0 = no location value"))
        line.addWidget(label)
        self.location_spins = []
        for name, value in zip((tr("low"), tr("most likely"), tr("high")), RiskRanges().location):
            spin = QDoubleSpinBox(row)
            spin.setRange(0.0, 3.0)
            spin.setDecimals(2)
            spin.setSingleStep(0.1)
            spin.setValue(value)
            spin.setToolTip(name)
            spin.setObjectName(f"EconomicLayerLocationRange_{len(self.location_spins)}")
            spin.editingFinished.connect(self._location_range_changed)
            line.addWidget(spin)
            self.location_spins.append(spin)
        line.addStretch(1)
        row.hide()
        return row

    def location_range(self) -> tuple:
        """(low, most likely, high) of the location premium, in that order whatever was typed."""
        return tuple(sorted(spin.value() for spin in self.location_spins))

    def _location_range_changed(self) -> None:
        if self.result is not None and self.model is not None:
            self.compute()

    def show_model(self, model, visible: bool) -> None:
        """A new state of the scheme; analysed now if the tab is shown and the scheme is not too large."""
        if model is not self.model:
            self.stale = True
        self.model = model
        self.location_row.setVisible(model is not None and model.assumptions.location.enabled)
        self.stale = True
        if visible and model is not None and model.project.count <= AUTO_LIMIT:
            self.compute()
        elif self.stale:
            self.summary.setText(
                tr("Press “Run risk analysis” to compute the tornado and the Monte Carlo run.")
            )

    def compute(self) -> None:
        from economic_layer_plugin.core.risk import RiskRanges, components, monte_carlo, tornado

        if self.model is None:
            return
        parts = components(self.model)
        self.result = {
            "tornado": tornado(self.model, parts=parts),
            "mc": monte_carlo(self.model, RiskRanges(location=self.location_range()), parts=parts),
        }
        self.stale = False
        self._show_tornado()
        mc = self.result["mc"]
        self.mc_title.setText(
            tr("<b>Monte Carlo</b>: NPV of {draws} draws (seed {seed}, triangular ranges)").format(
                draws=f"{mc.draws:,}", seed=mc.seed
            )
        )
        self.histogram.set_data(mc.histogram, mc.npv)
        rows = []
        for key, name in (
            ("npv", tr("NPV")),
            ("funding_gap", tr("Funding gap")),
            ("net_profit", tr("Net profit")),
        ):
            figures = getattr(mc, key)
            rows.append(
                f"<tr><td>{name}</td><td align='right'>{formatting.money(figures['p10'])}</td>"
                f"<td align='right'>{formatting.money(figures['p50'])}</td>"
                f"<td align='right'>{formatting.money(figures['p90'])}</td></tr>"
            )
        self.summary.setText(
            "<table cellspacing='6'><tr><th></th><th>P10</th><th>P50</th><th>P90</th></tr>"
            + "".join(rows)
            + "</table>"
            + tr("Probability of a loss (net profit &lt; 0): {share}").format(
                share=formatting.percent(mc.probability_loss)
            )
        )

    def _show_tornado(self, *_args) -> None:
        if self.result is not None:
            self.tornado.set_data(self.result["tornado"], self.figure.currentData())
