"""The Resettlement tab: per unit, who is moved where, the floor area owed in kind and the area to hold
it, the fees, the unit's lump sums, its fund balance, and what would balance it (core/resettlement.py,
core/balance.py).

The ledger figures come from the engine's sums (cheap on every edit); the solve for balance runs
only while the tab is shown (a few dozen engine evaluations per unit).
"""

from __future__ import annotations

import time

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from economic_layer_plugin.core import formatting
from economic_layer_plugin.core.balance import BalanceError, fund_balance, solve_balance
from economic_layer_plugin.core.calibration import calibration_values
from economic_layer_plugin.definitions import USE_LABELS, USES
from economic_layer_plugin.gui.narrow import cap_row_labels
from economic_layer_plugin.gui.overview import NEGATIVE
from economic_layer_plugin.toolbelt.i18n import tr, ui_language

HOUSEHOLDS, AREA, MONEY = "households", "area", "money"


def ledger_rows() -> list:
    """(key, label, kind) of the table's rows."""
    return [
        ("households_moved", tr("Households moved"), HOUSEHOLDS),
        ("households_in_kind", tr("of which in kind (on site or nearby)"), HOUSEHOLDS),
        ("households_cash", tr("of which in cash"), HOUSEHOLDS),
        ("resettlement_area_owed", tr("Floor area owed in kind (m2)"), AREA),
        ("resettlement_area_available", tr("Saleable new housing available (m2)"), AREA),
        ("resettlement_area_taken", tr("Area taken out of sale (m2)"), AREA),
        ("resettlement_area_shortfall", tr("Shortfall (m2)"), AREA),
        ("resettlement_revenue_forgone", tr("Sales given up (10,000 CNY)"), MONEY),
        ("compensation_cash", tr("Cash compensation (10,000 CNY)"), MONEY),
        ("compensation_in_kind", tr("Compensation paid in kind (10,000 CNY)"), MONEY),
        ("moving_fees", tr("Moving fees (10,000 CNY)"), MONEY),
        ("transition_fees", tr("Transition fees (10,000 CNY)"), MONEY),
        ("lump_sum_cost", tr("Unit lump sums: cost (10,000 CNY)"), MONEY),
        ("lump_sum_income", tr("Unit lump sums: income (10,000 CNY)"), MONEY),
        ("calibration_cost", tr("of which calibration: cost (10,000 CNY)"), MONEY),
        ("calibration_income", tr("of which calibration: income (10,000 CNY)"), MONEY),
        ("net_profit", tr("Fund balance, static (10,000 CNY)"), MONEY),
        ("npv", tr("Fund balance, NPV (10,000 CNY)"), MONEY),
        ("subsidy", tr("Subsidy to balance (10,000 CNY)"), MONEY),
        ("subsidy_pv", tr("Subsidy to balance, present value (10,000 CNY)"), MONEY),
        ("plot_area", tr("Financing plot to balance (m2)"), AREA),
    ]


def _cell(kind: str, value) -> str:
    if value is None:
        return formatting.NONE
    if kind == HOUSEHOLDS:
        return f"{value:,.0f}"
    if kind == AREA:
        return formatting.area(value)
    return formatting.money(value)


class ResettlementPanel(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.model = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        solve_box = QGroupBox(tr("Solve for balance: financing plot"), self)
        solve_layout = QVBoxLayout(solve_box)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Use"), solve_box))
        self.use = QComboBox(solve_box)
        self.use.setObjectName("EconomicLayerBalanceUse")
        language = ui_language()
        for use in USES:
            self.use.addItem(USE_LABELS[use][language], use)
        self.use.setCurrentIndex(USES.index("residential"))
        row.addWidget(self.use, 1)
        solve_layout.addLayout(row)
        row = QHBoxLayout()  # a second line: the dock stays narrow enough for a 1366 px screen
        row.addWidget(QLabel(tr("Price (yuan/m2)"), solve_box))
        self.price = QDoubleSpinBox(solve_box)
        self.price.setObjectName("EconomicLayerBalancePrice")
        self.price.setRange(0, 1_000_000)
        self.price.setDecimals(0)
        self.price.setSingleStep(1000)
        self.price.setSpecialValueText(tr("price book"))
        self.price.setToolTip(tr("Sale price of the financing plot; at 0, the use's sale price in the price book"))
        row.addWidget(self.price, 1)
        self.solve_button = QPushButton(tr("Solve"), solve_box)
        self.solve_button.setObjectName("EconomicLayerBalanceSolve")
        self.solve_button.clicked.connect(self.solve)
        row.addWidget(self.solve_button)
        solve_layout.addLayout(row)
        # read-only text, four lines high, scrolling beyond: a word-wrapped label would be squeezed by the table
        self.answer = QPlainTextEdit(solve_box)
        self.answer.setObjectName("EconomicLayerBalanceAnswer")
        self.answer.setReadOnly(True)
        self.answer.setFrameShape(QFrame.Shape.NoFrame)
        self.answer.viewport().setAutoFillBackground(False)
        lines = 4
        self.answer.setFixedHeight(self.answer.fontMetrics().lineSpacing() * lines + 12)
        solve_layout.addWidget(self.answer)
        layout.addWidget(solve_box)
        self.table = QTableWidget(self)
        self.table.setObjectName("EconomicLayerResettlement")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #777")
        layout.addWidget(self.note)
        self.use.currentIndexChanged.connect(lambda _: self.solve())
        self.price.editingFinished.connect(self.solve)
        self.solutions: dict = {}

    def show_model(self, model) -> None:
        """The ledger of every unit; the solve too when the tab is shown."""
        self.model = model
        if self.isVisible():
            self.solve()
        else:
            self._fill({})

    def solve(self) -> None:
        """Solves every unit for balance with the chosen use and price and shows the answers."""
        model = self.model
        if model is None:
            return
        use = self.use.currentData()
        price = self.price.value() or None
        started = time.perf_counter()
        solutions = {}
        messages = []
        language = ui_language()
        try:
            for code in model.unit_codes():
                solutions[code] = solve_balance(model, code, use, price)
                if solutions[code].status != "balanced":
                    messages.append(solutions[code].message(language))
        except BalanceError as error:
            self.answer.setPlainText(str(error))
            self.answer.setStyleSheet(f"color: {NEGATIVE.name()}")
            return
        elapsed = time.perf_counter() - started
        self.answer.setStyleSheet("")
        self.answer.setPlainText("\n".join(messages) if messages else tr("Every unit balances."))
        self.answer.setToolTip(tr("Solved in {seconds} s").format(seconds=f"{elapsed:.2f}"))
        self._fill(solutions)

    def _fill(self, solutions: dict) -> None:
        model = self.model
        codes = model.unit_codes()
        rows = ledger_rows()
        self.table.clear()
        self.table.setRowCount(len(rows))
        self.table.setColumnCount(len(codes) + 1)
        self.table.setHorizontalHeaderLabels([tr("Total")] + [self._unit_title(model, code) for code in codes])
        self.table.setVerticalHeaderLabels([label for _, label, _ in rows])
        cap_row_labels(self.table)  # the units' columns keep their room in a narrow dock
        columns = [(None, model.indicators())] + [(code, model.indicators(code)) for code in codes]
        for column, (code, values) in enumerate(columns):
            values = dict(values)
            values.update({key: value for key, value in fund_balance(model, code).items()})
            values.update(calibration_values(model.assumptions, code))
            if code is None:
                solved = [s.area for s in solutions.values() if s.area is not None]
                values["plot_area"] = sum(solved) if solutions and len(solved) == len(solutions) else None
            else:
                values["plot_area"] = solutions[code].area if code in solutions else None
            for row, (key, _, kind) in enumerate(rows):
                value = values.get(key)
                item = QTableWidgetItem(_cell(kind, value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                bad = (key == "resettlement_area_shortfall" and value) or (
                    key in ("net_profit", "npv") and value is not None and value < 0)
                if bad:
                    item.setForeground(NEGATIVE)
                self.table.setItem(row, column, item)
        rules = model.assumptions.resettlement
        cap = tr("none") if rules.cap_per_household is None else f"{rules.cap_per_household:,.0f} m2"
        self.note.setText(tr("Swap ratio {swap}, cap per household {cap}, moving fee {moving} yuan per move (two), "
                             "transition fee {transition} yuan per household per month (Assumptions tab).").format(
            swap=f"{rules.swap_ratio:g}", cap=cap, moving=f"{rules.moving_fee:,.0f}",
            transition=f"{rules.transition_fee:,.0f}"))

    @staticmethod
    def _unit_title(model, code: str) -> str:
        spec = model.assumptions.unit(code)
        return f"{code} {spec.name}".strip() if spec is not None else code


def ledger_card_rows(row) -> list:
    """(label, text) of a demolished module's ledger, for the module card."""
    if row is None or row.households is None:
        return []
    owed = formatting.area(row.owed_per_household / 10_000)
    if row.cap_binds:
        owed += " " + tr("(capped)")
    return [
        (tr("Households moved"), f"{row.households:,}"),
        (tr("of which in kind (on site or nearby)"), f"{row.in_kind:,}"),
        (tr("Floor area owed per household (m2)"), owed),
        (tr("Floor area owed in kind (m2)"), formatting.area(row.area_owed / 10_000)),
        (tr("Cash compensation (10,000 CNY)"), formatting.money(row.compensation_cash / 100, 1)),
    ]
