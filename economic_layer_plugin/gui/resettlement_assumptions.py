"""The assumptions editor's resettlement rules and unit-level lump sums (core/resettlement_rules.py,
core/lumpsums.py): two group boxes the assumptions panel embeds."""

from __future__ import annotations

from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from economic_layer_plugin.core.assumptions import AssumptionsError
from economic_layer_plugin.core.formatting import WAN
from economic_layer_plugin.core.lumpsums import COST_KIND, INCOME_KIND, LumpSum
from economic_layer_plugin.core.resettlement_rules import FEE_SOURCE, FEE_SOURCE_ZH, ResettlementAssumptions
from economic_layer_plugin.toolbelt.i18n import tr, ui_language


def lump_columns() -> list:
    return [("unit", tr("Unit")), ("label", tr("Label")), ("kind", tr("Cost or income")),
            ("amount", tr("Amount (10,000 CNY)")), ("year", tr("Year")), ("spread_years", tr("Spread (years)"))]


def swap_columns() -> list:
    return [("unit", tr("Unit")), ("ratio", tr("Swap ratio"))]


def _item(text) -> QTableWidgetItem:
    return QTableWidgetItem("" if text is None else str(text))


class ResettlementAssumptionsBox(QWidget):
    """Resettlement rules and lump sums; ``edited`` on every change."""

    edited = pyqtSignal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._loading = False
        self._base_year = 2025
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        rules_box = QGroupBox(tr("Resettlement"), self)
        form = QFormLayout(rules_box)
        self.swap = self._spin(rules_box, 0.01, 10, 2, "EconomicLayerAssumption_swap_ratio")
        form.addRow(tr("Swap ratio (m2 owed per m2 existing)"), self.swap)
        self.cap = self._spin(rules_box, 0, 10_000, 1, "EconomicLayerAssumption_cap_per_household")
        self.cap.setSpecialValueText(tr("no cap"))
        form.addRow(tr("Cap per household (m2; 0: none)"), self.cap)
        self.moving = self._spin(rules_box, 0, 1e7, 0, "EconomicLayerAssumption_moving_fee")
        form.addRow(tr("Moving fee (yuan per household per move)"), self.moving)
        self.transition = self._spin(rules_box, 0, 1e7, 0, "EconomicLayerAssumption_transition_fee")
        form.addRow(tr("Transition fee (yuan per household per month)"), self.transition)
        self.swaps = self._table(rules_box, swap_columns(), "EconomicLayerUnitSwapRatios", 70)
        form.addRow(tr("Swap ratio by unit"), self.swaps)
        form.addRow(self._buttons(rules_box, self.swaps, tr("Add unit ratio"), tr("Remove unit ratio")))  # full width
        source = QLabel(tr("Default fees: {source}").format(
            source=FEE_SOURCE_ZH if ui_language() == "zh" else FEE_SOURCE), rules_box)
        source.setWordWrap(True)
        source.setStyleSheet("color: #777")
        form.addRow(source)
        layout.addWidget(rules_box)

        lumps_box = QGroupBox(tr("Unit lump sums"), self)
        lumps_layout = QVBoxLayout(lumps_box)
        note = QLabel(tr("Costs and incomes of a project unit that belong to no module (public works, "
                         "infrastructure, subsidies): split evenly over the spread from the year."), lumps_box)
        note.setWordWrap(True)
        note.setStyleSheet("color: #777")
        lumps_layout.addWidget(note)
        self.lumps = self._table(lumps_box, lump_columns(), "EconomicLayerLumpSums", 140)
        lumps_layout.addWidget(self.lumps)
        lumps_layout.addWidget(self._buttons(lumps_box, self.lumps, tr("Add lump sum"), tr("Remove lump sum")))
        layout.addWidget(lumps_box)

    # building ---------------------------------------------------------------------------------
    def _spin(self, parent, low, high, decimals, name) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(parent)
        spin.setRange(low, high)
        spin.setDecimals(decimals)
        spin.setObjectName(name)
        spin.valueChanged.connect(self._changed)
        return spin

    def _table(self, parent, columns, name, height) -> QTableWidget:
        table = QTableWidget(0, len(columns), parent)
        table.setObjectName(name)
        table.setHorizontalHeaderLabels([label for _, label in columns])
        table.setMinimumHeight(height)
        table.setMaximumHeight(2 * height)
        table.itemChanged.connect(self._changed)
        return table

    def _buttons(self, parent, table, add_text, remove_text) -> QWidget:
        box = QWidget(parent)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        add = QPushButton(add_text, box)
        add.clicked.connect(lambda: self._add_row(table))
        remove = QPushButton(remove_text, box)
        remove.clicked.connect(lambda: self._remove_row(table))
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        return box

    def _kind_combo(self, kind: str) -> QComboBox:
        combo = QComboBox(self.lumps)
        combo.addItem(tr("cost"), COST_KIND)
        combo.addItem(tr("income"), INCOME_KIND)
        combo.setCurrentIndex(0 if kind == COST_KIND else 1)
        combo.currentIndexChanged.connect(self._changed)
        return combo

    def _add_row(self, table) -> None:
        row = table.rowCount()
        self._loading = True
        try:
            table.insertRow(row)
            if table is self.lumps:
                for column, value in enumerate(("1", "", None, "0", str(self._base_year), "1")):
                    if column == 2:
                        table.setCellWidget(row, 2, self._kind_combo(COST_KIND))
                    else:
                        table.setItem(row, column, _item(value))
            else:
                table.setItem(row, 0, _item("1"))
                table.setItem(row, 1, _item("1.0"))
        finally:
            self._loading = False
        self._changed()

    def _remove_row(self, table) -> None:
        row = table.currentRow()
        if row >= 0:
            table.removeRow(row)
            self._changed()

    def _changed(self, *_args) -> None:
        if not self._loading:
            self.edited.emit()

    # showing and reading ----------------------------------------------------------------------
    def show_assumptions(self, assumptions) -> None:
        self._loading = True
        try:
            self._base_year = assumptions.rates.base_year
            rules = assumptions.resettlement
            self.swap.setValue(rules.swap_ratio)
            self.cap.setValue(rules.cap_per_household or 0.0)
            self.moving.setValue(rules.moving_fee)
            self.transition.setValue(rules.transition_fee)
            self.swaps.setRowCount(len(rules.unit_swap_ratios))
            for row, (code, ratio) in enumerate(rules.unit_swap_ratios.items()):
                self.swaps.setItem(row, 0, _item(code))
                self.swaps.setItem(row, 1, _item(f"{ratio:g}"))
            self.lumps.setRowCount(len(assumptions.lump_sums))
            for row, item in enumerate(assumptions.lump_sums):
                self.lumps.setItem(row, 0, _item(item.unit))
                self.lumps.setItem(row, 1, _item(item.label))
                self.lumps.setCellWidget(row, 2, self._kind_combo(item.kind))
                # to the fen (6 decimals of 10,000 CNY): applying the editor unchanged changes nothing
                self.lumps.setItem(row, 3, _item(f"{item.amount / WAN:.6f}".rstrip("0").rstrip(".")))
                self.lumps.setItem(row, 4, _item(item.year))
                self.lumps.setItem(row, 5, _item(item.spread_years))
        finally:
            self._loading = False

    def read_into(self, result) -> None:
        """Puts the edited rules and lump sums into ``result``; AssumptionsError names an unusable cell."""
        ratios = {}
        for row in range(self.swaps.rowCount()):
            code = self._text(self.swaps, row, 0)
            where = f"{tr('Swap ratio by unit')}, {row + 1}"
            if not code:
                raise AssumptionsError(tr("{where}: the unit is empty").format(where=where))
            ratios[code] = self._number(self._text(self.swaps, row, 1), f"{where}, {tr('Swap ratio')}")
        cap = self.cap.value()
        result.resettlement = ResettlementAssumptions(round(self.swap.value(), 6), cap if cap > 0 else None,
                                                      self.moving.value(), self.transition.value(), ratios)
        items = []
        for row in range(self.lumps.rowCount()):
            where = f"{tr('Unit lump sums')}, {row + 1}"
            combo = self.lumps.cellWidget(row, 2)
            kind = combo.currentData() if combo is not None else COST_KIND
            amount = self._number(self._text(self.lumps, row, 3), f"{where}, {tr('Amount (10,000 CNY)')}")
            year = self._whole(self._text(self.lumps, row, 4), f"{where}, {tr('Year')}")
            spread = self._whole(self._text(self.lumps, row, 5) or "1", f"{where}, {tr('Spread (years)')}")
            items.append(LumpSum(self._text(self.lumps, row, 0), round(amount * WAN, 2), year, spread,
                                 self._text(self.lumps, row, 1), kind))
        result.lump_sums = items

    @staticmethod
    def _text(table, row, column) -> str:
        item = table.item(row, column)
        return item.text().strip() if item is not None else ""

    @staticmethod
    def _number(text: str, where: str) -> float:
        if not text:
            raise AssumptionsError(tr("{where}: a number is needed").format(where=where))
        try:
            return float(text)
        except ValueError:
            raise AssumptionsError(tr("{where}: {value} is not a number").format(where=where, value=text)) from None

    @classmethod
    def _whole(cls, text: str, where: str) -> int:
        value = cls._number(text, where)
        if value != int(value):
            raise AssumptionsError(tr("{where}: {value} is not a whole number").format(where=where, value=text))
        return int(value)
