"""Project indicators and the table of project units."""

from __future__ import annotations

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from economic_layer_plugin.core import formatting, indicators
from economic_layer_plugin.gui import feasibility_view
from economic_layer_plugin.gui.narrow import cap_row_labels
from economic_layer_plugin.toolbelt.i18n import tr, ui_language

KEYS = indicators.DOCK_KEYS
NEGATIVE = QColor("#c62828")
AMBIGUOUS = QColor("#e65100")


def indicator_labels() -> dict:
    """The dock's labels of its indicators, in the interface's language (core/indicators.py)."""
    language = ui_language()
    return {key: indicators.label(key, language, short=True) for key in KEYS}


def irr_warning(project: dict, units: dict) -> str:
    """The warning shown when IRR is ambiguous (more than one rate of return), or ''.

    ``project``: the project's indicators; ``units``: {title: indicators} of the units."""
    items = []
    if (project.get("irr_roots") or 0) > 1:
        items.append(tr("the project: {count} rates").format(count=project["irr_roots"]))
    for title, values in units.items():
        if (values.get("irr_roots") or 0) > 1:
            items.append(tr("unit {unit}: {count} rates").format(unit=title, count=values["irr_roots"]))
    if not items:
        return ""
    return tr("IRR is ambiguous ({items}): the cash flow changes sign more than once and has several "
              "rates of return; the one closest to 0 is shown. Judge the scheme by NPV and MIRR.").format(
        items="; ".join(items))


def location_rows(model) -> dict:
    """{key: (label, value of (unit code or None, its indicators) in yuan)} of the location rows of the
    units table: what location is worth (区位价值) and the income without location factors; none
    where the scheme has no location rules."""
    if not model.assumptions.location.enabled:
        return {}
    return {
        "location_income": (tr("What location is worth (10,000 CNY)"),
                            lambda code, _values: model.location_income(code)),
        "income_without_location": (tr("Income without location factors (10,000 CNY)"),
                                    lambda code, values: values["revenue"] - model.location_income(code)),
    }


class OverviewPanel(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        box = QGroupBox(tr("Project"), self)
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(12)
        self.values = {}
        bold = QFont()
        bold.setBold(True)
        for i, (key, label) in enumerate(indicator_labels().items()):
            row, column = divmod(i, 2)
            name = QLabel(label, box)
            name.setStyleSheet("color: #555")
            name.setWordWrap(True)  # two columns in a narrow dock: a long English label takes two lines
            value = QLabel(formatting.NONE, box)
            value.setFont(bold)
            value.setObjectName(f"EconomicLayerValue_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(name, row * 2, column)
            grid.addWidget(value, row * 2 + 1, column)
            self.values[key] = value
        layout.addWidget(box)
        self.irr_warning = QLabel(self)
        self.irr_warning.setObjectName("EconomicLayerIrrWarning")
        self.irr_warning.setWordWrap(True)
        self.irr_warning.setStyleSheet(f"color: {AMBIGUOUS.name()}")
        self.irr_warning.hide()
        layout.addWidget(self.irr_warning)
        self.units_box = QGroupBox(tr("Project units"), self)
        units_layout = QVBoxLayout(self.units_box)
        self.units = QTableWidget(self.units_box)
        self.units.setObjectName("EconomicLayerUnits")
        self.units.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.units.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.units.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        units_layout.addWidget(self.units)
        layout.addWidget(self.units_box, 1)
        self.units.setMinimumHeight(170)
        self.parties = feasibility_view.ThreePartyBox(self)  # the feasibility stack (spec section 9)
        layout.addWidget(self.parties)

    def show_model(self, model) -> None:
        project = model.indicators()
        for key, label in self.values.items():
            value = project[key]
            label.setText(formatting.indicator(key, value))
            negative = key in ("net_profit", "npv") and value is not None and value < 0
            label.setStyleSheet(f"color: {NEGATIVE.name()}" if negative else "")
            if key == "irr" and (project.get("irr_roots") or 0) > 1:
                label.setText(f"{label.text()} ⚠")
                label.setStyleSheet(f"color: {AMBIGUOUS.name()}")
        codes = model.unit_codes()
        labels = {**feasibility_view.row_labels(), **indicator_labels()}  # the dock's short labels win
        stack_keys = feasibility_view.unit_rows(model)
        location = location_rows(model)
        labels.update({key: label for key, (label, _) in location.items()})
        keys = KEYS + stack_keys + tuple(location)
        titles = [tr("Total")] + [self._unit_title(model, code) for code in codes]
        self.units.clear()
        self.units.setRowCount(len(keys))
        self.units.setColumnCount(len(codes) + 1)
        self.units.setHorizontalHeaderLabels(titles)
        self.units.setVerticalHeaderLabels([labels[key] for key in keys])
        cap_row_labels(self.units)  # the units' columns keep their room in a narrow dock
        columns = [project] + [model.indicators(code) for code in codes]
        self.parties.show_model(model, titles)
        for column, values in enumerate(columns):
            code = codes[column - 1] if column else None
            for row, key in enumerate(keys):
                if key in location:
                    item = QTableWidgetItem(formatting.money(location[key][1](code, values)))
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    item.setToolTip(tr("Income with location factors minus income without them (Location rules, "
                                       "Assumptions tab)"))
                    self.units.setItem(row, column, item)
                    continue
                if key in stack_keys:
                    item = QTableWidgetItem(feasibility_view.text(key, values.get(key)))
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    if key in feasibility_view.SIGNED and values.get(key) is not None and values[key] < 0:
                        item.setForeground(NEGATIVE)
                    self.units.setItem(row, column, item)
                    continue
                item = QTableWidgetItem(formatting.indicator(key, values[key]))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if key in ("net_profit", "npv") and values[key] is not None and values[key] < 0:
                    item.setForeground(NEGATIVE)
                if key == "irr" and (values.get("irr_roots") or 0) > 1:
                    item.setText(f"{item.text()} ⚠")
                    item.setForeground(AMBIGUOUS)
                    item.setToolTip(tr("{count} rates of return: IRR is ambiguous").format(
                        count=values["irr_roots"]))
                self.units.setItem(row, column, item)
        warning = irr_warning(project, {self._unit_title(model, code): values
                                        for code, values in zip(codes, columns[1:])})
        self.irr_warning.setText(warning)
        self.irr_warning.setVisible(bool(warning))

    @staticmethod
    def _unit_title(model, code: str) -> str:
        spec = model.assumptions.unit(code)
        return f"{code} {spec.name}".strip() if spec is not None else code
