"""The dock's pages chosen from rows of buttons instead of a single tab bar.

Nine tabs do not fit one row of a dock on a 1366x768 screen (in English not even at 600 px, in
Chinese two hid behind scroll arrows): the QTabWidget keeps the pages and its API
(``setCurrentWidget``, ``currentChanged``...), its own bar is hidden, and every page has a button
in rows of at most ``per_row``, all visible at once.
"""

from __future__ import annotations

from qgis.PyQt.QtWidgets import QButtonGroup, QGridLayout, QSizePolicy, QTabWidget, QToolButton, QWidget


class TabRows(QWidget):
    def __init__(self, tabs: QTabWidget, per_row: int = 5, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("EconomicLayerTabRows")
        self.tabs = tabs
        self.per_row = per_row
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(2)
        tabs.tabBar().hide()
        self.group.idClicked.connect(tabs.setCurrentIndex) if hasattr(self.group, "idClicked") else \
            self.group.buttonClicked[int].connect(tabs.setCurrentIndex)
        tabs.currentChanged.connect(self._show_current)
        self.rebuild()

    def rebuild(self) -> None:
        """One button per page, in the pages' order and with their titles (call after adding pages)."""
        for button in self.group.buttons():
            self.group.removeButton(button)
            button.deleteLater()
        for index in range(self.tabs.count()):
            button = QToolButton(self)
            button.setText(self.tabs.tabText(index).replace("&", "&&"))  # "Optimise & risk", not a shortcut
            button.setToolTip(self.tabs.tabToolTip(index) or self.tabs.tabText(index))
            button.setObjectName(f"EconomicLayerTabButton{index}")
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.group.addButton(button, index)
        self._columns = 0
        self._arrange(self.width() or 400)
        self._show_current(self.tabs.currentIndex())

    def _arrange(self, width: int) -> None:
        """As many buttons a row as the width takes (at most ``per_row``), the rows as even as can be."""
        buttons = self.group.buttons()
        if not buttons:
            return
        widest = max(button.sizeHint().width() for button in buttons) + self.grid.spacing()
        fit = max(1, min(self.per_row, width // max(widest, 1)))
        rows = -(-len(buttons) // fit)
        columns = -(-len(buttons) // rows)  # 9 pages in 2 rows: 5 and 4
        if columns == self._columns:
            return
        self._columns = columns
        for button in buttons:
            self.grid.removeWidget(button)
        for index, button in enumerate(buttons):
            self.grid.addWidget(button, index // columns, index % columns)

    def minimumSizeHint(self):
        hint = super().minimumSizeHint()
        widest = max((button.sizeHint().width() for button in self.group.buttons()), default=0)
        hint.setWidth(widest)  # one button a row at the narrowest: the rows never widen the dock
        return hint

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._arrange(event.size().width())

    def _show_current(self, index: int) -> None:
        button = self.group.button(index)
        if button is not None:
            button.setChecked(True)
