"""The feasibility stack in the dock (spec section 9): rows of the project and unit table, the
three-party table, and the module card's cost and income breakdown."""

from __future__ import annotations

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from economic_layer_plugin.core import formatting
from economic_layer_plugin.core.feasibility_tables import COST_ITEMS, INCOME_ITEMS, module_breakdown
from economic_layer_plugin.toolbelt.i18n import tr

NEGATIVE = QColor("#c62828")
#: rows the project and unit table gains when the stack is on (subsidy_pv: where the model has it)
UNIT_ROWS = ("taxes", "land_appreciation_tax", "vat", "corporate_income_tax", "finance_cost", "exit_value",
             "net_profit_after_tax", "project_irr", "equity_irr", "peak_debt", "subsidy_pv")
PARTY_ROWS = ("government_take", "owners_take", "implementer_take")
SIGNED = frozenset({"net_profit_after_tax", "implementer_take"})


def row_labels() -> dict:
    return {
        "taxes": tr("Taxes, total (10,000 CNY)"),
        "land_appreciation_tax": tr("Land appreciation tax (10,000 CNY)"),
        "vat": tr("VAT (10,000 CNY)"),
        "corporate_income_tax": tr("Corporate income tax (10,000 CNY)"),
        "finance_cost": tr("Finance cost (10,000 CNY)"),
        "exit_value": tr("Exit value of held assets (10,000 CNY)"),
        "net_profit_after_tax": tr("Net profit after tax and finance (10,000 CNY)"),
        "project_irr": tr("Project IRR after tax"),
        "equity_irr": tr("Equity IRR"),
        "peak_debt": tr("Peak debt (10,000 CNY)"),
        "subsidy_pv": tr("Subsidy needed, present value (10,000 CNY)"),
        "government_take": tr("Government"),
        "owners_take": tr("Owners and residents"),
        "implementer_take": tr("Implementer"),
    }


def unit_rows(model) -> tuple:
    """The keys the project and unit table adds for ``model`` (none while the stack is off)."""
    if not model.assumptions.feasibility.enabled:
        return ()
    project = model.indicators()
    return tuple(key for key in UNIT_ROWS if key in project)


def text(key: str, value) -> str:
    if key in ("project_irr", "equity_irr", "reit_yield"):
        return formatting.percent(value)
    return formatting.money(value)


class ThreePartyBox(QGroupBox):
    """The three parties (三方平衡): government, owners and residents, implementer; Total and units."""

    def __init__(self, parent=None) -> None:
        super().__init__(tr("The three parties (10,000 CNY)"), parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.setToolTip(tr("Government: land premium, taxes and fees less subsidies. Owners and residents: "
                           "compensation and acquisition. Implementer: net profit after tax and finance."))
        self.table = QTableWidget(self)
        self.table.setObjectName("EconomicLayerThreeParties")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setFixedHeight(118)
        layout.addWidget(self.table)

    def show_model(self, model, titles: list) -> None:
        enabled = model.assumptions.feasibility.enabled
        self.setVisible(enabled)
        if not enabled:
            return
        codes = model.unit_codes()
        labels = row_labels()
        self.table.clear()
        self.table.setRowCount(len(PARTY_ROWS))
        self.table.setColumnCount(len(codes) + 1)
        self.table.setHorizontalHeaderLabels(titles)
        self.table.setVerticalHeaderLabels([labels[key] for key in PARTY_ROWS])
        for column, values in enumerate([model.indicators()] + [model.indicators(code) for code in codes]):
            for row, key in enumerate(PARTY_ROWS):
                item = QTableWidgetItem(text(key, values.get(key)))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if key in SIGNED and values.get(key) is not None and values[key] < 0:
                    item.setForeground(NEGATIVE)
                self.table.setItem(row, column, item)


def cost_labels() -> dict:
    return {
        "compensation": tr("Compensation"),
        "acquisition": tr("Acquisition"),
        "demolition": tr("Demolition"),
        "works": tr("Works"),
        "fees": tr("Fees and soft costs"),
        "land_premium": tr("Land premium"),
        "taxes": tr("Taxes"),
        "finance": tr("Finance"),
    }


def income_labels() -> dict:
    return {
        "sales": tr("Sales"),
        "operating": tr("Operating income (net)"),
        "exit": tr("Exit value"),
        "other": tr("Other income"),
    }


def add_breakdown(card, module, assumptions) -> None:
    """Adds the module's cost and income breakdown (10,000 CNY) to the module card's form."""
    costs, income = module_breakdown(module, assumptions)
    on = assumptions.feasibility.enabled
    heading = QLabel(f"<b>{tr('Cost breakdown (10,000 CNY)')}</b>", card)
    card.form.addRow(heading)
    labels = cost_labels()
    for key in COST_ITEMS:
        value = costs[key]
        if value is None:
            shown = tr("per unit, see Project")
        elif not value and key in ("acquisition", "taxes") and not on:
            continue
        else:
            shown = formatting.money(value, 1)
        label = QLabel(shown, card)
        label.setObjectName(f"EconomicLayerCost_{key}")
        card.form.addRow(labels[key], label)
    total = QLabel(f"<b>{formatting.money(sum(v for v in costs.values() if v), 1)}</b>", card)
    total.setObjectName("EconomicLayerCost_total")
    card.form.addRow(tr("Total of the items") if not on else tr("Total before taxes and finance"), total)
    heading = QLabel(f"<b>{tr('Income breakdown (10,000 CNY)')}</b>", card)
    card.form.addRow(heading)
    labels = income_labels()
    for key in INCOME_ITEMS:
        label = QLabel(formatting.money(income[key], 1), card)
        label.setObjectName(f"EconomicLayerIncome_{key}")
        card.form.addRow(labels[key], label)
    total = QLabel(f"<b>{formatting.money(sum(income.values()), 1)}</b>", card)
    total.setObjectName("EconomicLayerIncome_total")
    card.form.addRow(tr("Total of the items"), total)
