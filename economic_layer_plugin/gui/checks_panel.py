"""Policy checks: pass, fail or not evaluated; clicking a failure selects the modules behind it."""

from __future__ import annotations

from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QBrush, QColor
from qgis.PyQt.QtWidgets import QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from economic_layer_plugin.core import formatting
from economic_layer_plugin.core.checks import FAIL, NOT_EVALUATED, PASS
from economic_layer_plugin.toolbelt.i18n import tr, ui_language

STATE_COLOURS = {PASS: "#2e7d32", FAIL: "#c62828", NOT_EVALUATED: "#757575"}
SHARE_KEYS = ("demolition_share", "resettlement_share", "rent_growth")


def format_value(check, value) -> str:
    if value is None:
        return formatting.NONE
    if isinstance(value, tuple):
        low, high = value
        return (f"{formatting.area(low) if low is not None else ''} – "
                f"{formatting.area(high) if high is not None else ''}")
    if check.key in SHARE_KEYS:
        return formatting.percent(value)
    if check.key == "height":
        return f"{value:,.1f} m"
    if check.key in ("range", "resettlement_capacity"):
        return formatting.area(value)
    return formatting.number(value, 2)


class ChecksPanel(QWidget):
    #: a failed check was clicked: select these feature ids
    select_modules = pyqtSignal(list)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.summary = QLabel(self)
        layout.addWidget(self.summary)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("EconomicLayerChecks")
        self.tree.setHeaderLabels([tr("Check"), tr("Value"), tr("Limit"), tr("State")])
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # the check's name takes the room left: value, limit and state are read whole in a narrow dock
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.itemClicked.connect(self._clicked)
        layout.addWidget(self.tree)
        self._model = None
        self._checks = []

    def show_model(self, model) -> None:
        language = ui_language()
        self._model = model
        self._checks = model.checks()
        self.tree.clear()
        counts = {PASS: 0, FAIL: 0, NOT_EVALUATED: 0}
        groups = {}
        for index, check in enumerate(self._checks):
            counts[check.state] += 1
            scope = tr("Project") if check.scope == "project" else f"{tr('Unit')} {check.unit}"
            group = groups.get(scope)
            if group is None:
                group = groups[scope] = QTreeWidgetItem([scope])
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                self.tree.addTopLevelItem(group)
            limit = check.threshold
            limit_text = format_value(check, limit)
            if check.comparison == "<=" and limit is not None:
                limit_text = f"≤ {limit_text}"
            elif check.comparison == ">=" and limit is not None:
                limit_text = f"≥ {limit_text}"
            state = check.state_label(language)
            detail = check.missing_text(language) if check.state == NOT_EVALUATED else ""
            item = QTreeWidgetItem([check.title(language, short=True), format_value(check, check.value),
                                    limit_text if limit is not None else "", state])
            item.setData(0, Qt.ItemDataRole.UserRole, index)
            item.setForeground(3, QBrush(QColor(STATE_COLOURS[check.state])))
            tooltip = check.title(language) + (f"\n{state}: {detail}" if detail else "")
            if check.details.get("shortfall"):
                tooltip += "\n" + tr("Short of {area} m2").format(area=formatting.area(check.details["shortfall"]))
            if check.state == FAIL:
                tooltip += "\n" + tr("Click to select the modules behind this failure.")
            for column in range(4):
                item.setToolTip(column, tooltip)
            group.addChild(item)
            if check.state == FAIL:
                group.setForeground(0, QBrush(QColor(STATE_COLOURS[FAIL])))
        self.tree.expandAll()
        self.summary.setText(tr("{failed} failed, {passed} passed, {open} not evaluated").format(
            failed=counts[FAIL], passed=counts[PASS], open=counts[NOT_EVALUATED]))

    def _clicked(self, item, _column) -> None:
        index = item.data(0, Qt.ItemDataRole.UserRole)
        if index is None:  # a scope heading
            return
        check = self._checks[index]
        if check.state == FAIL and self._model is not None:
            self.select_modules.emit(self._model.check_drivers(check))
