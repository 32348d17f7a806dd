"""Modules left out of the totals, with their reasons; clicking one zooms to it."""

from __future__ import annotations

from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from economic_layer_plugin.toolbelt.i18n import tr, ui_language

#: rows shown at most (the count says how many there are)
MAX_ROWS = 500


class ExcludedPanel(QWidget):
    #: a row was clicked: zoom to this feature id
    zoom_to = pyqtSignal(object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        # one entry per module, its reason under its name: readable in a narrow dock
        self.table = QListWidget(self)
        self.table.setObjectName("EconomicLayerExcluded")
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.itemClicked.connect(lambda item: self._clicked(self.table.row(item), 0))
        layout.addWidget(self.table)
        self._fids = []
        self._shown = None

    def show_model(self, model) -> None:
        excluded = model.excluded
        key = tuple(excluded.items())
        if key == self._shown:  # nothing changed: keep the table (and the user's scroll position)
            return
        self._shown = key
        language = ui_language()
        count = len(excluded)
        if count == 0:
            self.summary.setText(tr("Every module is in the totals."))
        else:
            self.summary.setText(tr("{count} modules are left out of the totals. Click one to zoom to it.")
                                 .format(count=count))
        rows = list(excluded.values())[:MAX_ROWS]
        self._fids = [item.fid for item in rows]
        self.table.clear()
        for item in rows:
            label = item.name or item.module_id
            entry = QListWidgetItem(f"{label} (#{item.fid})\n    {item.message(language)}")
            entry.setToolTip(item.message(language))
            self.table.addItem(entry)
        if count > MAX_ROWS:
            self.summary.setText(self.summary.text() + " " + tr("The first {shown} are listed.").format(shown=MAX_ROWS))

    def _clicked(self, row, _column) -> None:
        if 0 <= row < len(self._fids):
            self.zoom_to.emit(self._fids[row])
