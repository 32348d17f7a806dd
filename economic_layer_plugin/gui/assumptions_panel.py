"""The assumptions editor: project rates, policy limits, project units and the price book.

Every change is validated and, if usable, applied after a short pause (the whole scheme is
recomputed and the assumptions are saved in the scheme's GeoPackage); an unusable value is named
in red and nothing is applied.
"""

from __future__ import annotations

import copy
from dataclasses import replace

from qgis.PyQt.QtCore import QTimer, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from economic_layer_plugin.core.assumptions import Assumptions, AssumptionsError, ProjectUnit
from economic_layer_plugin.definitions import USE_LABELS, USES
from economic_layer_plugin.gui.narrow import narrow_combos, wrap_form_labels
from economic_layer_plugin.gui.resettlement_assumptions import ResettlementAssumptionsBox
from economic_layer_plugin.toolbelt.i18n import tr, ui_language

PERCENT, NUMBER, INTEGER, FLAG, CHOICE = "percent", "number", "integer", "flag", "choice"
#: a feasibility field kept in the resettlement rules (read and written there)
RESETTLEMENT_PREFIX = "resettlement."


def rate_fields() -> list:
    return [
        ("base_year", tr("Base year"), INTEGER, 1900, 2200),
        ("discount_rate", tr("Discount rate"), PERCENT, -99, 1000),
        ("operating_horizon", tr("Operating horizon (years)"), INTEGER, 0, 100),
        ("operating_cost_ratio", tr("Operating costs (share of rent)"), PERCENT, 0, 100),
        ("rent_growth", tr("Rent growth per year"), PERCENT, -50, 100),
        ("soft_cost_ratio", tr("Soft costs (share of hard costs)"), PERCENT, 0, 100),
        ("sales_cost_ratio", tr("Sales costs (share of sales)"), PERCENT, 0, 100),
        ("sales_tax_ratio", tr("Taxes on sales (share of sales)"), PERCENT, 0, 100),
        ("exit_enabled", tr("Exit by asset securitisation (REITs)"), FLAG, 0, 1),
        ("exit_cap_rate", tr("Exit capitalisation rate"), PERCENT, 0.01, 100),
        ("storey_height", tr("Storey height (m)"), NUMBER, 0.5, 20),
        ("build_years", tr("Build years (default)"), INTEGER, 1, 50),
        ("sale_years", tr("Sale years (default)"), INTEGER, 1, 50),
    ]


def threshold_fields() -> list:
    return [
        ("max_demolition_share", tr("Demolished / existing floor area at most"), PERCENT, 0, 100),
        ("max_rebuild_ratio", tr("Rebuild ratio at most"), NUMBER, 0, 100),
        ("rebuild_ratio_underground", tr("Rebuild ratio counts underground floor area"), FLAG, 0, 1),
        ("min_resettlement_share", tr("Resettled on site or nearby at least"), PERCENT, 0, 100),
        ("max_rent_growth", tr("Rent growth per year at most"), PERCENT, -100, 100),
    ]


def feasibility_fields() -> list:
    """The feasibility stack (spec section 9; sources of the defaults: docs/feasibility.md)."""
    return [
        ("enabled", tr("Taxes, fees and financing (feasibility stack)"), FLAG, 0, 1),
        ("preliminaries_ratio", tr("Preliminaries (share of hard cost)"), PERCENT, 0, 100),
        ("contingency_ratio", tr("Contingency (share of hard + soft cost)"), PERCENT, 0, 100),
        ("municipal_fee", tr("Municipal infrastructure fee (yuan/m2 above ground)"), NUMBER, 0, 100000),
        ("deed_tax_rate", tr("Deed tax (share of land premium)"), PERCENT, 0, 100),
        ("vat_rate", tr("VAT on sales"), PERCENT, 0, 100),
        ("vat_input_rate", tr("Input VAT on hard cost"), PERCENT, 0, 100),
        ("surcharge_rate", tr("VAT surcharges (share of VAT)"), PERCENT, 0, 100),
        ("property_tax_rate", tr("Property tax (share of rent)"), PERCENT, 0, 100),
        ("lat_expense_ratio", tr("LAT development expenses (share of land + development cost)"), PERCENT, 0, 100),
        ("lat_developer_ratio", tr("LAT developer deduction (share of land + development cost)"), PERCENT, 0, 100),
        ("lat_prepayment_rate", tr("LAT prepayment (share of sales)"), PERCENT, 0, 100),
        ("ordinary_residential_price", tr("Ordinary residential up to (yuan/m2)"), NUMBER, 0, 1000000),
        ("ordinary_min_plot_ratio", tr("Ordinary residential: plot ratio at least"), NUMBER, 0, 100),
        ("ordinary_max_flat_size", tr("Ordinary residential: flat size at most (m2)"), NUMBER, 0, 10000),
        ("residential_flat_size", tr("Average flat sold (m2)"), NUMBER, 0, 10000),
        ("lat_cost_attribution", tr("LAT deductions"), CHOICE,
         [("direct", tr("Direct costs to their product type")), ("area", tr("Every cost by floor area"))], None),
        ("lat_resettlement_costs", tr("LAT: in-kind flats at their value, moving and transition fees"), FLAG, 0, 1),
        ("vat_level", tr("VAT taxpayer"), CHOICE,
         [("project", tr("The project (input VAT pooled)")), ("unit", tr("Each unit"))], None),
        ("vat_compensation_deduction", tr("Compensation deducted from the VAT sales amount"), FLAG, 0, 1),
        ("vat_prepayment_rate", tr("VAT prepaid on advance receipts"), PERCENT, 0, 100),
        ("rent_vat_rate", tr("VAT on rent"), PERCENT, 0, 100),
        ("lump_sum_income", tr("Unit lump-sum incomes taxed as"), CHOICE,
         [("sales", tr("Sales income")), ("subsidy", tr("Subsidy"))], None),
        ("cit_rate", tr("Corporate income tax"), PERCENT, 0, 100),
        ("cit_loss_years", tr("Years a tax loss is carried forward"), INTEGER, 0, 100),
        ("depreciation_years", tr("Depreciation of held buildings (years)"), INTEGER, 1, 100),
        ("debt_share", tr("Debt share of the funding need"), PERCENT, 0, 100),
        ("interest_rate", tr("Loan interest rate"), PERCENT, 0, 100),
        ("interest_convention", tr("Interest on drawdowns"), CHOICE,
         [("mid_year", tr("Mid-year")), ("year_end", tr("Year end"))], None),
        ("unpaid_interest", tr("Interest the cash flow cannot pay"), CHOICE,
         [("equity", tr("Paid by equity")), ("capitalise", tr("Capitalised"))], None),
        ("exit_enabled", tr("Value of held assets at the end (exit value)"), FLAG, 0, 1),
        ("exit_treatment", tr("Exit value"), CHOICE,
         [("valuation", tr("A valuation (not income)")), ("sale", tr("A sale with its taxes"))], None),
        ("resettlement.cash_transition_months", tr("Transition months for cash households"), NUMBER, 0, 600),
        ("reit_yield", tr("REIT distribution yield at least"), PERCENT, 0, 100),
    ]


def _field(assumptions: Assumptions, source, key: str):
    """The value a form field shows: ``source``'s attribute, or the resettlement rules' for
    ``resettlement.`` keys."""
    if key.startswith(RESETTLEMENT_PREFIX):
        return getattr(assumptions.resettlement, key[len(RESETTLEMENT_PREFIX):])
    return getattr(source, key)


def book_columns() -> list:
    """(key, label): a UseDefaults attribute, or (kind, action) for a ratio."""
    return [
        ("construction_rate", tr("Construction (yuan/m2)")),
        ("renovation_rate", tr("Renovation (yuan/m2)")),
        ("upkeep_rate", tr("Upkeep (yuan/m2)")),
        ("demolition_rate", tr("Demolition (yuan/m2)")),
        ("compensation_rate", tr("Compensation (yuan/m2)")),
        ("land_premium", tr("Land premium (yuan/m2)")),
        ("acquisition_rate", tr("Acquisition (yuan/m2)")),
        ("sale_price", tr("Sale price (yuan/m2)")),
        ("rent", tr("Rent (yuan/m2/month)")),
        ("occupancy", tr("Occupancy")),
        (("sale_ratio", "add"), tr("Sale ratio, add")),
        (("lease_ratio", "add"), tr("Lease ratio, add")),
        (("sale_ratio", "renovate"), tr("Sale ratio, renovate")),
        (("lease_ratio", "renovate"), tr("Lease ratio, renovate")),
        (("lease_ratio", "retain"), tr("Lease ratio, retain")),
    ]


def unit_columns() -> list:
    return [("code", tr("Code")), ("name", tr("Name")), ("land_area", tr("Land area (m2)")),
            ("far_limit", tr("Floor area ratio limit")), ("height_limit", tr("Height limit (m)"))]


class AssumptionsPanel(QScrollArea):
    #: new, valid assumptions to apply
    changed = pyqtSignal(object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.status = QLabel(body)
        self.status.setWordWrap(True)
        self.status.setObjectName("EconomicLayerAssumptionsStatus")
        layout.addWidget(self.status)
        self._assumptions = Assumptions()
        self._loading = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(400)
        self._timer.timeout.connect(self._apply)

        self.rate_widgets = self._form(layout, tr("Project rates"), rate_fields())
        self.threshold_widgets = self._form(layout, tr("Policy limits"), threshold_fields())
        self.feasibility_widgets = self._form(layout, tr("Feasibility: taxes, fees and financing"),
                                              feasibility_fields())

        units_box = QGroupBox(tr("Project units"), body)
        units_layout = QVBoxLayout(units_box)
        self.units = QTableWidget(0, len(unit_columns()), units_box)
        self.units.setObjectName("EconomicLayerUnitsEditor")
        self.units.setHorizontalHeaderLabels([label for _, label in unit_columns()])
        self.units.itemChanged.connect(self._schedule)
        units_layout.addWidget(self.units)
        buttons = QHBoxLayout()
        add = QPushButton(tr("Add unit"), units_box)
        add.clicked.connect(self._add_unit)
        remove = QPushButton(tr("Remove unit"), units_box)
        remove.clicked.connect(self._remove_unit)
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        units_layout.addLayout(buttons)
        layout.addWidget(units_box)
        self.resettlement_box = ResettlementAssumptionsBox(body)  # resettlement rules and unit lump sums
        self.resettlement_box.edited.connect(self._schedule)
        layout.addWidget(self.resettlement_box)
        location_box = QGroupBox(tr("Location rules"), body)  # gui/location_rules.py
        location_layout = QVBoxLayout(location_box)
        self.location_summary = QLabel(location_box)
        self.location_summary.setWordWrap(True)
        self.location_summary.setObjectName("EconomicLayerLocationSummary")
        location_layout.addWidget(self.location_summary)
        self.location_button = QPushButton(tr("Edit location rules…"), location_box)
        self.location_button.setObjectName("EconomicLayerEditLocationRules")
        self.location_button.clicked.connect(self.edit_location_rules)
        location_buttons = QHBoxLayout()  # on the left, as the other boxes' buttons: seen in a narrow dock
        location_buttons.addWidget(self.location_button)
        location_buttons.addStretch(1)
        location_layout.addLayout(location_buttons)
        layout.addWidget(location_box)

        book_box = QGroupBox(tr("Price book (defaults per use)"), body)
        book_layout = QVBoxLayout(book_box)
        note = QLabel(tr("Starting values only: replace them with the project's own figures."), book_box)
        note.setWordWrap(True)
        note.setStyleSheet("color: #777")
        book_layout.addWidget(note)
        self.book = QTableWidget(len(USES), len(book_columns()), book_box)
        self.book.setObjectName("EconomicLayerPriceBook")
        self.book.setHorizontalHeaderLabels([label for _, label in book_columns()])
        self.book.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.book.itemChanged.connect(self._schedule)
        self.book.setMinimumHeight(260)
        book_layout.addWidget(self.book)
        layout.addWidget(book_box)
        layout.addStretch(1)
        wrap_form_labels(body)  # the fields stay inside a narrow dock (1366x768: a third of the screen)
        narrow_combos(body)
        self.setWidget(body)

    # building ---------------------------------------------------------------------------------
    def _form(self, layout, title: str, specs: list) -> dict:
        box = QGroupBox(title, self)
        form = QFormLayout(box)
        widgets = {}
        for key, label, kind, low, high in specs:
            if kind == FLAG:
                widget = QCheckBox(box)
                widget.toggled.connect(self._schedule)
            elif kind == CHOICE:
                widget = QComboBox(box)
                for value, text in low:
                    widget.addItem(text, value)
                widget.currentIndexChanged.connect(self._schedule)
            elif kind == INTEGER:
                widget = QSpinBox(box)
                widget.setRange(int(low), int(high))
                widget.valueChanged.connect(self._schedule)
            else:
                widget = QDoubleSpinBox(box)
                widget.setRange(low, high)
                widget.setDecimals(2)
                if kind == PERCENT:
                    widget.setSuffix(" %")
                widget.valueChanged.connect(self._schedule)
            widget.setObjectName(f"EconomicLayerAssumption_{key}")
            form.addRow(label, widget)
            widgets[key] = (widget, kind)
        layout.addWidget(box)
        return widgets

    # showing ----------------------------------------------------------------------------------
    def show_assumptions(self, assumptions: Assumptions) -> None:
        self._timer.stop()
        self._loading = True
        try:
            self._assumptions = copy.deepcopy(assumptions)
            for widgets, source in ((self.rate_widgets, assumptions.rates),
                                    (self.threshold_widgets, assumptions.thresholds),
                                    (self.feasibility_widgets, assumptions.feasibility)):
                for key, (widget, kind) in widgets.items():
                    value = _field(assumptions, source, key)
                    if kind == FLAG:
                        widget.setChecked(bool(value))
                    elif kind == CHOICE:
                        widget.setCurrentIndex(max(0, widget.findData(value)))
                    elif kind == PERCENT:
                        widget.setValue(value * 100)
                    else:
                        widget.setValue(value)
            self.units.setRowCount(len(assumptions.units))
            for row, unit in enumerate(assumptions.units):
                for column, (key, _) in enumerate(unit_columns()):
                    value = getattr(unit, key)
                    self.units.setItem(row, column, QTableWidgetItem("" if value is None else f"{value:g}"
                                                                     if isinstance(value, float) else str(value)))
            self.resettlement_box.show_assumptions(assumptions)
            self._show_location()
            language = ui_language()
            self.book.setVerticalHeaderLabels([USE_LABELS[use][language] for use in USES])
            for row, use in enumerate(USES):
                defaults = assumptions.uses[use]
                for column, (key, _) in enumerate(book_columns()):
                    if isinstance(key, tuple):
                        value = getattr(defaults, key[0]).get(key[1], 0.0)
                    else:
                        value = getattr(defaults, key)
                    self.book.setItem(row, column, QTableWidgetItem(f"{value:g}"))
            self.status.setText(tr("Changes apply to the whole scheme and are saved with it."))
            self.status.setStyleSheet("")
        finally:
            self._loading = False

    def _show_location(self) -> None:
        rules = self._assumptions.location.rules
        self.location_summary.setText(
            tr("None: prices do not follow the map.") if not rules else
            tr("{count} rule(s): {rules}").format(count=len(rules), rules="; ".join(
                f"{rule.label or rule.layer} ({rule.layer})" for rule in rules)))

    # editing ----------------------------------------------------------------------------------
    def location_dialog(self):
        """The location rules editor on the rules shown (gui/location_rules.py)."""
        from economic_layer_plugin.gui.location_rules import LocationRulesDialog

        return LocationRulesDialog(self._assumptions.location, self)

    def edit_location_rules(self) -> None:
        dialog = self.location_dialog()
        if dialog.exec():
            self.set_location_rules(dialog.result_rules)

    def set_location_rules(self, rules) -> None:
        """New location rules (checked by the editor): applied and saved like any change of the assumptions."""
        self._assumptions = replace(self._assumptions, location=rules)
        self._show_location()
        self._apply()

    def _schedule(self, *_args) -> None:
        if not self._loading:
            self._timer.start()

    def _add_unit(self) -> None:
        row = self.units.rowCount()
        self.units.insertRow(row)
        self.units.setItem(row, 0, QTableWidgetItem(str(row + 1)))

    def _remove_unit(self) -> None:
        row = self.units.currentRow()
        if row >= 0:
            self.units.removeRow(row)
            self._schedule()

    def read(self) -> Assumptions:
        """The assumptions as edited; raises AssumptionsError naming an unusable cell."""
        result = copy.deepcopy(self._assumptions)
        for widgets, target in ((self.rate_widgets, result.rates), (self.threshold_widgets, result.thresholds),
                                (self.feasibility_widgets, result.feasibility)):
            for key, (widget, kind) in widgets.items():
                if key.startswith(RESETTLEMENT_PREFIX):
                    continue  # after the resettlement box (below)
                if kind == FLAG:
                    setattr(target, key, widget.isChecked())
                elif kind == CHOICE:
                    setattr(target, key, widget.currentData())
                elif kind == PERCENT:
                    setattr(target, key, round(widget.value() / 100, 6))
                else:
                    setattr(target, key, widget.value())
        units = []
        for row in range(self.units.rowCount()):
            values = {}
            for column, (key, label) in enumerate(unit_columns()):
                item = self.units.item(row, column)
                text = item.text().strip() if item is not None else ""
                if key in ("code", "name"):
                    values[key] = text
                else:
                    values[key] = self._number(text, f"{tr('Project units')}, {row + 1}, {label}", allow_empty=True)
            units.append(ProjectUnit(**values))
        result.units = units
        self.resettlement_box.read_into(result)
        for key, (widget, _kind) in self.feasibility_widgets.items():
            if key.startswith(RESETTLEMENT_PREFIX):
                setattr(result.resettlement, key[len(RESETTLEMENT_PREFIX):], widget.value())
        for row, use in enumerate(USES):
            defaults = result.uses[use]
            for column, (key, label) in enumerate(book_columns()):
                item = self.book.item(row, column)
                value = self._number(item.text() if item is not None else "",
                                     f"{USE_LABELS[use][ui_language()]}, {label}", allow_empty=False)
                if isinstance(key, tuple):
                    getattr(defaults, key[0])[key[1]] = value
                else:
                    setattr(defaults, key, value)
        result.validate()
        return result

    @staticmethod
    def _number(text: str, where: str, allow_empty: bool):
        text = text.strip()
        if not text:
            if allow_empty:
                return None
            raise AssumptionsError(tr("{where}: a number is needed").format(where=where))
        try:
            return float(text)
        except ValueError:
            raise AssumptionsError(tr("{where}: {value} is not a number").format(where=where, value=text)) from None

    def _apply(self) -> None:
        try:
            assumptions = self.read()
        except AssumptionsError as error:
            self.status.setText(tr("Not applied: {error}").format(error=error))
            self.status.setStyleSheet("color: #c62828")
            return
        self._assumptions = assumptions
        self.status.setText(tr("Applied and saved."))
        self.status.setStyleSheet("color: #2e7d32")
        self.changed.emit(copy.deepcopy(assumptions))
