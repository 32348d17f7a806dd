"""Schemes compared: indicators side by side against a baseline, and what changed module by module."""

from __future__ import annotations

from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from economic_layer_plugin.core import formatting
from economic_layer_plugin.core.compare import counts, differences, module_changes
from economic_layer_plugin.gui.overview import KEYS, NEGATIVE, indicator_labels
from economic_layer_plugin.toolbelt.i18n import tr, ui_language

MAX_CHANGES = 300


def default_baseline(entries: list, current_layer=None) -> int:
    """The index of the default baseline among the schemes (in the Schemes group's order, top to bottom):
    the initial plan, that is the scheme at the bottom of the group, drawn first, the one the others were
    made from (the sample's initial_plan); while the initial plan itself is shown, the first other scheme
    (a scheme against itself shows no change). -1 without schemes."""
    if not entries:
        return -1
    if entries[-1][1] is not current_layer or len(entries) == 1:
        return len(entries) - 1
    return next(i for i, entry in enumerate(entries) if entry[1] is not current_layer)


class ComparePanel(QWidget):
    duplicate_requested = pyqtSignal()
    rename_requested = pyqtSignal()
    delete_requested = pyqtSignal()
    #: select these feature ids of this layer
    select_modules = pyqtSignal(object, list)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        buttons = QHBoxLayout()
        for text, signal in ((tr("Duplicate scheme…"), self.duplicate_requested),
                             (tr("Rename…"), self.rename_requested), (tr("Delete…"), self.delete_requested)):
            button = QPushButton(text, self)
            button.clicked.connect(signal.emit)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Baseline"), self))
        self.baseline = QComboBox(self)
        self.baseline.setObjectName("EconomicLayerBaseline")
        self.baseline.setToolTip(tr("The scheme the others are compared with; by default the initial plan, the "
                                    "scheme at the bottom of the Schemes group"))
        self.baseline.currentIndexChanged.connect(lambda _: self.refresh())
        self.baseline.activated.connect(self._baseline_chosen)  # the user's choice, kept while the tab lives
        self._chosen = None  # the layer id of the baseline the user chose, if any
        row.addWidget(self.baseline, 1)
        layout.addLayout(row)
        self.table = QTableWidget(self)
        self.table.setObjectName("EconomicLayerComparison")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        self.changes_title = QLabel(self)
        self.changes_title.setWordWrap(True)
        layout.addWidget(self.changes_title)
        self.changes = QTableWidget(0, 6, self)
        self.changes.setObjectName("EconomicLayerChanges")
        self.changes.setHorizontalHeaderLabels([tr("Module"), tr("Change"), tr("Net profit (10,000 CNY)"),
                                                tr("Share"), tr("NPV (10,000 CNY)"), tr("NPV share")])
        self.changes.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.changes.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.changes.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.changes.cellClicked.connect(self._clicked)
        layout.addWidget(self.changes, 2)
        self._entries = []  # (name, layer, live model)
        self._current = None
        self._rows = []

    def set_schemes(self, entries: list, current_layer) -> None:
        """``entries``: [(name, layer, live model)] of the project's schemes; the dock's scheme."""
        self._entries = entries
        self._current = current_layer
        self.baseline.blockSignals(True)
        self.baseline.clear()
        for name, layer, _ in entries:
            self.baseline.addItem(name, layer.id())
        index = self.baseline.findData(self._chosen) if self._chosen is not None else -1
        if index < 0:  # the default baseline: the initial plan, the first scheme in the group's drawing order
            index = default_baseline(entries, current_layer)  # (its bottom)
        self.baseline.setCurrentIndex(max(index, 0))
        self.baseline.blockSignals(False)
        self.refresh()

    def _baseline_chosen(self, index: int) -> None:
        self._chosen = self.baseline.itemData(index)

    def refresh(self) -> None:
        entries = self._entries
        labels = indicator_labels()
        base_index = max(self.baseline.currentIndex(), 0)
        self.table.clear()
        self.table.setRowCount(len(KEYS))
        self.table.setColumnCount(len(entries) * 2 - 1 if entries else 0)
        headers = [name for name, _, _ in entries]
        headers += [f"Δ {name}" for i, (name, _, _) in enumerate(entries) if i != base_index]
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setVerticalHeaderLabels([labels[key] for key in KEYS])
        results = [live.model.indicators() for _, _, live in entries]
        for row, key in enumerate(KEYS):
            values = [r[key] for r in results]
            cells = [formatting.indicator(key, v) for v in values]
            deltas = [d for i, d in enumerate(differences(values, base_index)) if i != base_index]
            cells += [formatting.indicator(key, d) if d is not None else formatting.NONE for d in deltas]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column >= len(values) and text.startswith("-"):
                    item.setForeground(NEGATIVE)
                self.table.setItem(row, column, item)
        self._show_changes(base_index)

    def _show_changes(self, base_index: int) -> None:
        self.changes.setRowCount(0)
        self._rows = []
        current = next((e for e in self._entries if e[1] is self._current), None)
        if current is None or not self._entries or self._entries[base_index] is current:
            self.changes_title.setText(tr("Show a scheme other than the baseline to see what changed."))
            return
        base = self._entries[base_index]
        changes = module_changes(base[2].model, current[2].model)
        total = current[2].model.indicators()["net_profit"] - base[2].model.indicators()["net_profit"]
        modules, units = counts(changes)
        self.changes_title.setText(tr("What changed from {base} to {scheme}: {count} modules and {units} unit rows "
                                      "(resettlement and lump sums), net profit {delta} (10,000 CNY). Click one to "
                                      "select it.").format(base=base[0], scheme=current[0], count=modules, units=units,
                                                           delta=formatting.money(total)))
        language = ui_language()
        shown = changes[:MAX_CHANGES]
        self.changes.setRowCount(len(shown))
        for row, change in enumerate(shown):
            label = change.label(language)  # short, so that the figures fit a narrow dock; the name is the tooltip
            share = formatting.percent(change.net_share) if change.net_share is not None else formatting.NONE
            npv_share = formatting.percent(change.npv_share) if change.npv_share is not None else formatting.NONE
            for column, text in enumerate((label, change.status_label(language), formatting.money(change.net_profit, 1),
                                           share, formatting.money(change.npv, 1), npv_share)):
                item = QTableWidgetItem(text)
                if (column == 2 and change.net_profit < 0) or (column == 4 and change.npv < 0):
                    item.setForeground(QColor(NEGATIVE))
                if column >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                tip = change.label(language) if change.unit is not None else change.name
                tip += f"\n{change.fields_label(language)}" if change.fields else ""
                if tip:
                    item.setToolTip(tip)
                self.changes.setItem(row, column, item)
            if change.other_fids:
                self._rows.append((current[1], list(change.other_fids)))
            else:
                self._rows.append((base[1], list(change.base_fids)))

    def _clicked(self, row: int, _column: int) -> None:
        if 0 <= row < len(self._rows):
            layer, fids = self._rows[row]
            self.select_modules.emit(layer, fids)
