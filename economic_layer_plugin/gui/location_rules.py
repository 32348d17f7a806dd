"""The location rules editor (区位规则): add, edit and remove a scheme's location rules without JSON.

One row per rule: the location layer (its name in the project), the label the reasons use, the uses
(comma-separated use keys, empty: every use), the price it moves, the distance bands ("500: 6, 1000: 3"
is +6 % up to 500 m, +3 % up to 1,000 m), the per cent inside a polygon, and the source; then the cap.
The rules are checked by core/location.py: a bad rule is refused with the message naming the rule and
the field, and the dialog stays open. The assumptions tab applies accepted rules like any other change
of the assumptions (saved with the scheme).
"""

from __future__ import annotations

from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from economic_layer_plugin.core.location import PRICES, LocationAssumptions, LocationError
from economic_layer_plugin.toolbelt.i18n import tr

LAYER, LABEL, USES, PRICE, BANDS, INSIDE, SOURCE = range(7)


def columns() -> list:
    return [tr("Location layer"), tr("Label in the reasons"), tr("Uses (empty: all)"), tr("Price"),
            tr("Distance bands (m: %)"), tr("Inside (%)"), tr("Source")]


def number_text(value: float) -> str:
    """A stored number written back as the planner entered it (10 significant digits, not 6)."""
    return f"{value:.10g}"


def bands_text(bands) -> str:
    return ", ".join(f"{number_text(reach)}: {number_text(percent)}" for reach, percent in bands)


def parse_bands(text: str, where: str) -> list:
    """[[metres, per cent], ...] of "500: 6, 1000: 3"; LocationError naming ``where`` otherwise."""
    bands = []
    for part in (p.strip() for p in text.replace("，", ",").replace("：", ":").split(",")):
        if not part:
            continue
        reach, colon, percent = part.partition(":")
        try:
            if not colon:
                raise ValueError
            bands.append([float(reach), float(percent)])
        except ValueError:
            raise LocationError(tr("{where}.bands: {part!r} is not \"metres: per cent\" (e.g. 500: 6)").format(
                where=where, part=part)) from None
    return bands


class LocationRulesDialog(QDialog):
    def __init__(self, location: LocationAssumptions, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Location rules"))
        self.setObjectName("EconomicLayerLocationRules")
        self.resize(900, 360)
        layout = QVBoxLayout(self)
        note = QLabel(tr("A module's sale price or rent from the price book moves by the per cent of the band its "
                         "distance to the nearest feature of the layer falls in (docs/location.md). Bands: "
                         "\"500: 6, 1000: 3\" is +6 % up to 500 m, +3 % up to 1,000 m. Uses: residential, "
                         "apartment, office, commercial, ... separated by commas."), self)
        note.setWordWrap(True)
        layout.addWidget(note)
        self.table = QTableWidget(0, len(columns()), self)
        self.table.setObjectName("EconomicLayerLocationRulesTable")
        self.table.setHorizontalHeaderLabels(columns())
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        add = QPushButton(tr("Add rule"), self)
        add.clicked.connect(lambda: self.add_rule())
        remove = QPushButton(tr("Remove rule"), self)
        remove.clicked.connect(self.remove_rule)
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        cap = QFormLayout()
        self.max_percent = QDoubleSpinBox(self)
        self.max_percent.setDecimals(4)
        self.max_percent.setRange(0, 1e6)
        self.max_percent.setSuffix(" %")
        self.min_percent = QDoubleSpinBox(self)
        self.min_percent.setDecimals(4)
        self.min_percent.setRange(-100, 0)
        self.min_percent.setSuffix(" %")
        cap.addRow(tr("Cap on the combined factor: at most"), self.max_percent)
        cap.addRow(tr("at least"), self.min_percent)
        layout.addLayout(cap)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setObjectName("EconomicLayerLocationRulesStatus")
        self.status.setStyleSheet("color: #c62828")
        layout.addWidget(self.status)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.result_rules = location
        for rule in location.rules:
            self.add_rule(rule.to_dict())
        self.max_percent.setValue(location.max_percent)
        self.min_percent.setValue(location.min_percent)
        # what each spin box shows of the stored cap: an untouched box gives the stored value back exactly
        self._shown = {self.max_percent: (self.max_percent.value(), location.max_percent),
                       self.min_percent: (self.min_percent.value(), location.min_percent)}

    def add_rule(self, data: dict | None = None) -> int:
        data = data or {"layer": "", "label": "", "uses": [], "price": "sale", "bands": [], "inside": None,
                        "source": "estimate"}
        row = self.table.rowCount()
        self.table.insertRow(row)
        texts = {LAYER: data["layer"], LABEL: data.get("label", ""), USES: ", ".join(data.get("uses") or ()),
                 BANDS: bands_text(data.get("bands") or ()),
                 INSIDE: "" if data.get("inside") is None else number_text(data["inside"]),
                 SOURCE: data.get("source", "estimate")}
        for column, text in texts.items():
            item = QTableWidgetItem(text)
            if column == SOURCE:
                item.setToolTip(text)  # a study's reference is longer than the column
            self.table.setItem(row, column, item)
        price = QComboBox(self.table)
        for key, label in zip(PRICES, (tr("Sale price"), tr("Rent"), tr("Both"))):
            price.addItem(label, key)
        price.setCurrentIndex(max(0, price.findData(data.get("price", "sale"))))
        self.table.setCellWidget(row, PRICE, price)
        return row

    def remove_rule(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def rules(self) -> LocationAssumptions:
        """The rules as edited, checked by core/location.py; LocationError naming the rule and the field."""
        rules = []
        for row in range(self.table.rowCount()):
            where = f"location.rules[{row}]"
            uses = [u.strip() for u in self._text(row, USES).replace("，", ",").split(",") if u.strip()]
            inside = self._text(row, INSIDE)
            try:
                inside_value = float(inside) if inside else None
            except ValueError:
                raise LocationError(tr("{where}.inside: {value!r} is not a number").format(
                    where=where, value=inside)) from None
            rules.append({"layer": self._text(row, LAYER), "label": self._text(row, LABEL), "uses": uses,
                          "price": self.table.cellWidget(row, PRICE).currentData(),
                          "bands": parse_bands(self._text(row, BANDS), where), "inside": inside_value,
                          "source": self._text(row, SOURCE) or "estimate"})
        return LocationAssumptions.from_dict({"rules": rules, "max_percent": self._percent(self.max_percent),
                                              "min_percent": self._percent(self.min_percent)})

    def _percent(self, spin: QDoubleSpinBox) -> float:
        """The box's value; the stored value where the planner did not change what the box showed of it."""
        shown, stored = self._shown[spin]
        return stored if spin.value() == shown else spin.value()

    def accept(self) -> None:
        """Closes with the rules where they are valid; otherwise says why and stays open."""
        try:
            self.result_rules = self.rules()
        except LocationError as error:
            self.status.setText(tr("Not applied: {error}").format(error=error))
            return
        self.status.setText("")
        super().accept()
