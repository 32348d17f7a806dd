"""Dialogs: a new economic layer, and converting a layer into one."""

from __future__ import annotations

import re
from pathlib import Path

from qgis.core import QgsFieldProxyModel, QgsMapLayerProxyModel, QgsProject
from qgis.gui import (
    QgsFieldComboBox,
    QgsFileWidget,
    QgsMapLayerComboBox,
    QgsProjectionSelectionWidget,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from economic_layer_plugin.core.i18n import translate
from economic_layer_plugin.core.price_books import TEMPLATES
from economic_layer_plugin.core.schema import MAX_FLOORS
from economic_layer_plugin.definitions import ACTION_LABELS, ACTIONS, USE_LABELS, USES
from economic_layer_plugin.qgis_adapter.convert import FLOOR_CAP, STOREY_HEIGHTS, FieldMapping
from economic_layer_plugin.toolbelt.i18n import tr, ui_language

NAME_PATTERN = re.compile(r"^[A-Za-z_\u4e00-\u9fff][\w\u4e00-\u9fff-]*$")


def layer_name_problem(name: str) -> str:
    if not name:
        return tr("Give the layer a name.")
    if not NAME_PATTERN.match(name):
        return tr("A layer name starts with a letter and has letters, digits, _ or - only.")
    return ""


def file_path(widget: QgsFileWidget, suffix: str) -> Path | None:
    """The file chosen in ``widget``, with ``suffix`` added where the planner left it out."""
    text = widget.filePath().strip()
    if not text:
        return None
    path = Path(text)
    return path if path.suffix.lower() == suffix else path.with_suffix(suffix)


def _gpkg_path(widget: QgsFileWidget) -> Path | None:
    return file_path(widget, ".gpkg")


class NewLayerDialog(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("New economic layer"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.file = QgsFileWidget(self)
        self.file.setStorageMode(QgsFileWidget.SaveFile)
        self.file.setFilter(tr("GeoPackage (*.gpkg)"))
        self.file.setConfirmOverwrite(False)  # an existing GeoPackage gets one more layer
        self.name = QLineEdit("scheme", self)
        self.crs = QgsProjectionSelectionWidget(self)
        self.crs.setCrs(QgsProject.instance().crs())
        form.addRow(tr("GeoPackage"), self.file)
        form.addRow(tr("Layer name"), self.name)
        form.addRow(tr("Coordinate reference system"), self.crs)
        layout.addLayout(form)
        note = QLabel(tr("A projected CRS measures areas in metres. In an existing GeoPackage, a layer of "
                         "the same name is replaced."), self)
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _accept(self) -> None:
        problem = "" if _gpkg_path(self.file) else tr("Choose a GeoPackage file.")
        problem = problem or layer_name_problem(self.name.text().strip())
        if not problem and not self.crs.crs().isValid():
            problem = tr("Choose a coordinate reference system.")
        if problem:
            QMessageBox.warning(self, self.windowTitle(), problem)
            return
        self.accept()

    def values(self):
        return _gpkg_path(self.file), self.name.text().strip(), self.crs.crs()


class ConvertDialog(QDialog):
    def __init__(self, layer=None, parent=None) -> None:
        super().__init__(parent)
        language = ui_language()
        self.setWindowTitle(tr("Convert layer to economic layer"))
        layout = QVBoxLayout(self)
        intro = QLabel(tr("The economic layer is a copy in a GeoPackage: it keeps every attribute of the "
                          "source and adds the economic fields. The source layer is not changed."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.source = QgsMapLayerComboBox(self)
        self.source.setFilters(QgsMapLayerProxyModel.PolygonLayer)
        if layer is not None:
            self.source.setLayer(layer)
        form.addRow(tr("Source layer"), self.source)
        self.file = QgsFileWidget(self)
        self.file.setStorageMode(QgsFileWidget.SaveFile)
        self.file.setFilter(tr("GeoPackage (*.gpkg)"))
        self.file.setConfirmOverwrite(False)
        form.addRow(tr("GeoPackage"), self.file)
        self.name = QLineEdit(self)
        form.addRow(tr("Layer name"), self.name)
        self.fields = {}
        for role, label, filters in (
            ("floors", tr("Floors from"), QgsFieldProxyModel.AllTypes),
            ("height", tr("Height (m) from"), QgsFieldProxyModel.AllTypes),
            ("use", tr("Use from"), QgsFieldProxyModel.String),
            ("name", tr("Name from"), QgsFieldProxyModel.AllTypes),
        ):
            combo = QgsFieldComboBox(self)
            combo.setFilters(filters)
            combo.setAllowEmptyFieldName(True)
            form.addRow(label, combo)
            self.fields[role] = combo
        # floors from heights: storey height per use and the cap, shown on demand
        self.heights_toggle = QToolButton(self)
        self.heights_toggle.setText(tr("Floors from heights: storey heights and cap"))
        self.heights_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.heights_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.heights_toggle.setCheckable(True)
        self.heights_toggle.setAutoRaise(True)
        self.heights_toggle.setToolTip(tr(
            "Where a feature has a height but no floors, its floors are the height divided by the storey height of "
            "its use, at most the floor cap (capped features are reported). Exact duplicate footprints get a floor "
            "area of 0 and heavy overlaps are reported."))
        form.addRow(self.heights_toggle)
        self.heights_box = QWidget(self)
        heights = QGridLayout(self.heights_box)
        heights.setContentsMargins(0, 0, 0, 0)
        self.storey_heights = {}
        for i, code in enumerate(USES):
            spin = QDoubleSpinBox(self.heights_box)
            spin.setRange(1.5, 20.0)
            spin.setDecimals(1)
            spin.setSingleStep(0.1)
            spin.setSuffix(" m")
            spin.setValue(STOREY_HEIGHTS[code])
            heights.addWidget(QLabel(USE_LABELS[code][language], self.heights_box), i // 3, (i % 3) * 2)
            heights.addWidget(spin, i // 3, (i % 3) * 2 + 1)
            self.storey_heights[code] = spin
        self.floor_cap = QSpinBox(self.heights_box)
        self.floor_cap.setRange(0, MAX_FLOORS)  # what the converter and el_floors take
        self.floor_cap.setValue(FLOOR_CAP)
        self.floor_cap.setSpecialValueText(tr("No cap"))
        row = len(USES) // 3 + 1
        heights.addWidget(QLabel(tr("Floor cap for floors from heights"), self.heights_box), row, 0, 1, 3)
        heights.addWidget(self.floor_cap, row, 3, 1, 3)
        form.addRow(self.heights_box)
        self.heights_box.setVisible(False)
        self.heights_toggle.toggled.connect(self._show_heights)
        self.price_book = QComboBox(self)
        for template in TEMPLATES:
            self.price_book.addItem(f"{translate(template.label, language)} ({template.year})", template.key)
            self.price_book.setItemData(self.price_book.count() - 1, translate(template.source, language),
                                        Qt.ItemDataRole.ToolTipRole)
        form.addRow(tr("Price book"), self.price_book)
        self.price_book_source = QLabel(self)
        self.price_book_source.setWordWrap(True)
        self.price_book_source.setStyleSheet("color: #777")
        self.price_book.currentIndexChanged.connect(lambda index: self._show_source(index, language))
        self.price_book_source.setText(translate(TEMPLATES[0].source, language))
        self.action = QComboBox(self)
        for code in ACTIONS:
            self.action.addItem(ACTION_LABELS[code][language], code)
        form.addRow(tr("Action of every module"), self.action)
        self.use = QComboBox(self)
        for code in USES:
            self.use.addItem(USE_LABELS[code][language], code)
        self.use.setCurrentIndex(USES.index("other"))
        form.addRow(tr("Use where no use field is mapped"), self.use)
        self.unit = QLineEdit("1", self)
        form.addRow(tr("Project unit"), self.unit)
        layout.addLayout(form)
        layout.addWidget(self.price_book_source)
        layout.addStretch(1)  # spare height here, not around the texts
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # never squeezes the form's rows
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.source.layerChanged.connect(self._source_changed)
        self._source_changed(self.source.currentLayer())

    def _show_heights(self, shown: bool) -> None:
        self.heights_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        # grow or shrink by the box's height (adjustSize stops short of it: the wrapped labels' heights)
        extra = self.heights_box.sizeHint().height() + self.layout().spacing()
        self.heights_box.setVisible(shown)
        self.resize(self.width(), self.height() + (extra if shown else -extra))

    def _show_source(self, index: int, language: str) -> None:
        """The chosen template's source, under the form (full width: a wrapped label in a form row is cut)."""
        self.price_book_source.setText(translate(TEMPLATES[index].source, language))

    def _source_changed(self, layer) -> None:
        for combo in self.fields.values():
            combo.setLayer(layer)
            combo.setField("")
        if layer is not None:
            self.name.setText(f"{layer.name()}_el" if NAME_PATTERN.match(f"{layer.name()}_el") else "scheme")

    def _accept(self) -> None:
        problem = "" if self.source.currentLayer() is not None else tr("Choose a polygon layer to convert.")
        problem = problem or ("" if _gpkg_path(self.file) else tr("Choose a GeoPackage file."))
        problem = problem or layer_name_problem(self.name.text().strip())
        problem = problem or ("" if self.unit.text().strip() else tr("Give the project unit."))
        if problem:
            QMessageBox.warning(self, self.windowTitle(), problem)
            return
        self.accept()

    def values(self):
        mapping = FieldMapping(
            floors=self.fields["floors"].currentField() or None,
            height=self.fields["height"].currentField() or None,
            use=self.fields["use"].currentField() or None,
            name=self.fields["name"].currentField() or None,
            default_action=self.action.currentData(),
            default_unit=self.unit.text().strip(),
            default_use=self.use.currentData(),
            storey_heights={code: spin.value() for code, spin in self.storey_heights.items()},
            floor_cap=self.floor_cap.value(),
            price_book=self.price_book.currentData(),
        )
        return self.source.currentLayer(), _gpkg_path(self.file), self.name.text().strip(), mapping
