"""The industrial layer's page of the dock: categories, indicators, thresholds, and the commands.

Shown when the active layer is an industrial layer (the el_ind_ fields). It re-evaluates after
every edit of the layer. The commands write only on the planner's click: levels and categories as
undoable edit commands, schemes into a GeoPackage of the planner's choice.
"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

from qgis.core import QgsApplication, QgsMapLayerProxyModel, QgsProject, QgsVectorLayer
from qgis.gui import QgsMapLayerComboBox
from qgis.PyQt.QtCore import QRectF, Qt, QTimer, pyqtSignal
from qgis.PyQt.QtGui import QColor, QPainter
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from economic_layer_plugin.core import industrial as ind
from economic_layer_plugin.core.formatting import NONE
from economic_layer_plugin.gui.commands.messages import Messages
from economic_layer_plugin.qgis_adapter import industrial as adapter
from economic_layer_plugin.qgis_adapter.gpkg import GeoPackageError
from economic_layer_plugin.toolbelt.i18n import tr, ui_language

LOGGER = logging.getLogger(__name__)
SAMPLE = Path(__file__).resolve().parents[1] / "sample" / "industrial_swellendam.gpkg"
TABLE_KEYS = ("output_per_mu", "tax_per_mu", "far", "fixed_assets_per_km2", "idle_rate", "employment_per_km2",
              "high_tech_share", "energy_per_output", "water_per_output")


def number(key: str, value) -> str:
    if value is None:
        return NONE
    if key in ("idle_rate", "high_tech_share"):
        return f"{value * 100:.1f} %"
    if key in ("far",):
        return f"{value:.2f}"
    if key in ("energy_per_output", "water_per_output"):
        return f"{value:.4f}"
    return f"{value:,.1f}" if abs(value) < 10_000 else f"{value:,.0f}"


class Bars(QWidget):
    """Horizontal bars: (label, value, colour), with an optional reference line (e.g. the district)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.items: list = []
        self.reference = None
        self.reference_label = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_items(self, items: list, reference=None, reference_label: str = "") -> None:
        self.items, self.reference, self.reference_label = items, reference, reference_label
        self.setFixedHeight(max(40, 18 * len(items) + 22))
        self.update()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        label_width = min(150, max([metrics.horizontalAdvance(label) for label, _, _ in self.items] + [40]) + 8)
        values = [v for _, v, _ in self.items if v is not None] + ([self.reference] if self.reference else [])
        top = max(values) if values else 1.0
        top = top or 1.0
        width = max(10, self.width() - label_width - 60)
        align = Qt.AlignmentFlag
        for row, (label, value, colour) in enumerate(self.items):
            y = 4 + row * 18
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(0, y, label_width - 4, 16), align.AlignRight | align.AlignVCenter,
                             metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_width - 4))
            if value is None:
                painter.drawText(QRectF(label_width, y, 60, 16), align.AlignLeft | align.AlignVCenter, NONE)
                continue
            length = width * value / top
            painter.fillRect(QRectF(label_width, y + 2, length, 12), QColor(colour))
            text = f"{value:,}" if isinstance(value, int) else f"{value:,.0f}" if value >= 10 else f"{value:,.2f}"
            painter.drawText(
                QRectF(label_width + length + 4, y, 60, 16), align.AlignLeft | align.AlignVCenter, text
            )
        if self.reference:
            x = label_width + width * self.reference / top
            painter.setPen(QColor("#c62828"))
            painter.drawLine(int(x), 2, int(x), 4 + 18 * len(self.items))
            painter.drawText(
                QRectF(x + 3, 4 + 18 * len(self.items), 200, 16), align.AlignLeft, self.reference_label
            )
        painter.end()


def _item(text, align_right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem("" if text is None else str(text))
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _table(parent, name: str) -> QTableWidget:
    table = QTableWidget(parent)
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.verticalHeader().setVisible(False)
    return table


class IndustrialPanel(QWidget):
    #: the schemes built from the plots (list of QgsVectorLayer), for the dock to show
    schemes_built = pyqtSignal(list)

    def __init__(self, iface, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("EconomicLayerIndustrial")
        self.iface = iface
        self.layer = None
        self.evaluation = None
        self.assumptions = ind.IndustrialAssumptions()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel(self)
        self.summary.setObjectName("EconomicLayerIndustrialSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        buttons = QGridLayout()
        self.classify_button = QPushButton(tr("Write categories"), self)
        self.classify_button.setToolTip(tr("Write each plot's category and reason into el_ind_category and "
                                           "el_ind_reason (one undoable edit; save the layer to keep it)"))
        self.classify_button.clicked.connect(self.write_categories)
        self.levels_button = QPushButton(tr("Suggest levels…"), self)
        self.levels_button.clicked.connect(self.suggest_levels)
        self.schemes_button = QPushButton(tr("Build schemes…"), self)
        self.schemes_button.setToolTip(tr("Economic layers made from the plots: by category and the three county "
                                          "patterns, computed by the economic engine and compared"))
        self.schemes_button.clicked.connect(self.build_schemes)
        self.export_button = QPushButton(tr("Export sheet…"), self)
        self.export_button.clicked.connect(self.export)
        for index, button in enumerate((self.classify_button, self.levels_button, self.schemes_button,
                                        self.export_button)):
            buttons.addWidget(button, index // 2, index % 2)
        layout.addLayout(buttons)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("EconomicLayerIndustrialTabs")
        layout.addWidget(self.tabs, 1)
        # categories: chart and plots
        page = QWidget(self.tabs)
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(2, 2, 2, 2)
        page_layout.addWidget(QLabel(tr("Plots per category (Figure 3: first match wins)"), page))
        self.category_bars = Bars(page)
        page_layout.addWidget(self.category_bars)
        self.plots = _table(page, "EconomicLayerIndustrialPlots")
        self.plots.itemSelectionChanged.connect(self._select_plot)
        page_layout.addWidget(self.plots, 1)
        self.tabs.addTab(page, tr("Categories"))
        # indicators: levels, parks, chart
        page = QWidget(self.tabs)
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(2, 2, 2, 2)
        self.groups = _table(page, "EconomicLayerIndustrialGroups")
        page_layout.addWidget(self.groups, 1)
        page_layout.addWidget(QLabel(tr("Output per mu by park (10,000 CNY; red: the district)"), page))
        self.park_bars = Bars(page)
        page_layout.addWidget(self.park_bars)
        self.tabs.addTab(page, tr("Indicators"))
        # thresholds
        page = QWidget(self.tabs)
        form = QGridLayout(page)
        form.addWidget(QLabel(tr("Level"), page), 0, 0)
        form.addWidget(QLabel(tr("Output per mu"), page), 0, 1)
        form.addWidget(QLabel(tr("Tax per mu"), page), 0, 2)
        self.spins = {}
        for row, level in enumerate(ind.LEVELS, start=1):
            form.addWidget(QLabel(ind.level_label(level, ui_language()), page), row, 0)
            for column, key in enumerate(("output_per_mu", "tax_per_mu"), start=1):
                spin = QDoubleSpinBox(page)
                spin.setObjectName(f"EconomicLayerThreshold_{level}_{key}")
                spin.setRange(0, 1_000_000)
                spin.setDecimals(2)
                spin.setSuffix(tr(" 10,000 CNY/mu"))
                self.spins[(level, key)] = spin
                form.addWidget(spin, row, column)
        apply_button = QPushButton(tr("Apply thresholds"), page)
        apply_button.clicked.connect(self.apply_thresholds)
        form.addWidget(apply_button, 4, 2)
        self.sources = QLabel(page)
        self.sources.setWordWrap(True)
        self.sources.setText(tr("Defaults: the block tax line (1 per mu) is Wenzhou's 2018 per-mu reform exit line; "
                                "the other thresholds are estimates below Zhejiang's 2017 per-mu averages. "
                                "Replace them with the district's own. Bases must be at least communities, "
                                "communities at least blocks."))
        form.addWidget(self.sources, 5, 0, 1, 3)
        form.setRowStretch(6, 1)
        self.tabs.addTab(page, tr("Thresholds"))

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.refresh)

    # which layer --------------------------------------------------------------------------------
    _SIGNALS = ("attributeValueChanged", "featureAdded", "featuresDeleted", "geometryChanged", "afterRollBack",
                "afterCommitChanges", "attributeAdded")

    def set_layer(self, layer) -> None:
        if layer is self.layer:
            self.refresh()
            return
        self._detach()
        self.layer = layer
        if layer is None:
            return
        for name in self._SIGNALS:
            getattr(layer, name).connect(self._schedule)
        self.assumptions = adapter.assumptions_of(layer)
        self._show_thresholds()
        self.refresh()

    def _detach(self) -> None:
        self._timer.stop()
        if self.layer is not None:
            for name in self._SIGNALS:
                try:
                    getattr(self.layer, name).disconnect(self._schedule)
                except (TypeError, RuntimeError):
                    pass
        self.layer = None
        self.evaluation = None

    def teardown(self) -> None:
        self._detach()

    def _schedule(self, *_args) -> None:
        self._timer.start()

    # showing ------------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.layer is None:
            return
        lang = ui_language()
        self.evaluation = evaluation = adapter.evaluate_layer(self.layer, self.assumptions)
        adapter.follow_categories(self.layer, evaluation, lang)  # the map's colours follow every edit
        district = evaluation.district
        counts = district.categories
        problems = evaluation.problems(lang)
        text = tr("{plots} plots, {mu} mu; output {output} and tax {tax} per mu (10,000 CNY).").format(
            plots=district.plots, mu=f"{district.land_mu:,.1f}",
            output=number("output_per_mu", district.values["output_per_mu"]),
            tax=number("tax_per_mu", district.values["tax_per_mu"]))
        if problems:
            text += " " + tr("{count} values could not be used (see the log panel).").format(count=len(problems))
            for message in problems:
                LOGGER.info("%s: %s", self.layer.name(), message)
        self.summary.setText(text)
        self.category_bars.set_items([(ind.category_label(c, lang), counts.get(c, 0), adapter.CATEGORY_COLOURS[c])
                                      for c in ind.CATEGORIES])
        # plots
        headers = [tr("Enterprise"), tr("Park"), tr("Level"), tr("Category"), tr("Reason"), tr("Output per mu"),
                   tr("Tax per mu")]
        self.plots.blockSignals(True)
        self.plots.clear()
        self.plots.setColumnCount(len(headers))
        self.plots.setHorizontalHeaderLabels(headers)
        self.plots.setRowCount(len(evaluation.plots))
        for row, result in enumerate(evaluation.plots):
            plot, classification = result.plot, result.classification
            category = _item(ind.category_label(classification.category, lang))
            category.setBackground(QColor(adapter.CATEGORY_COLOURS[classification.category]).lighter(150))
            cells = [_item(plot.get("enterprise")), _item(plot.park or NONE),
                     _item(ind.level_label(plot.level, lang) if plot.level else NONE), category,
                     _item(classification.reason(lang)),
                     _item(number("output_per_mu", result.indicators.values["output_per_mu"]), True),
                     _item(number("tax_per_mu", result.indicators.values["tax_per_mu"]), True)]
            cells[0].setData(Qt.ItemDataRole.UserRole, plot.fid)
            for column, cell in enumerate(cells):
                self.plots.setItem(row, column, cell)
        self.plots.blockSignals(False)
        # groups
        headers = [tr("Scope"), tr("Name"), tr("Plots"), tr("Land (mu)")]
        headers += [ind.indicator_label(k, lang) for k in TABLE_KEYS] + [tr("Output per mu / district"),
                                                                         tr("Output per mu / level")]
        groups = [district] + [g for g in evaluation.levels if g.plots] + list(evaluation.parks)
        self.groups.clear()
        self.groups.setColumnCount(len(headers))
        self.groups.setHorizontalHeaderLabels(headers)
        self.groups.setRowCount(len(groups))
        scope_names = {"district": tr("District"), "level": tr("Level"), "park": tr("Park")}
        for row, group in enumerate(groups):
            name = (tr("District") if group.scope == "district" else
                    ind.level_label(group.level, lang) if group.scope == "level" and group.level else str(group.name))
            cells = [_item(scope_names[group.scope]), _item(name), _item(group.plots, True),
                     _item(f"{group.land_mu:,.1f}", True)]
            cells += [_item(number(k, group.values[k]), True) for k in TABLE_KEYS]
            vs = group.vs_district.get("output_per_mu") if group.scope != "district" else None
            cells.append(_item(number("idle_rate", vs), True))
            cells.append(_item(number("idle_rate", group.vs_level.get("output_per_mu")), True))
            if group.scope == "level" and group.thresholds is not None:
                below = (group.values["output_per_mu"] is not None
                         and group.values["output_per_mu"] < group.thresholds.output_per_mu)
                cells[4].setToolTip(tr("Threshold of the level: {value}").format(value=group.thresholds.output_per_mu))
                if below:
                    cells[4].setForeground(QColor("#c62828"))
            for column, cell in enumerate(cells):
                self.groups.setItem(row, column, cell)
        self.park_bars.set_items([(str(g.name), g.values["output_per_mu"], "#5b9bd5") for g in evaluation.parks],
                                 district.values["output_per_mu"], tr("district"))

    def _show_thresholds(self) -> None:
        for (level, key), spin in self.spins.items():
            spin.setValue(getattr(self.assumptions.thresholds[level], key))

    # commands -----------------------------------------------------------------------------------
    def _message(self, kind: str, text: str) -> None:
        bar = self.iface.messageBar()
        getattr(bar, {"ok": "pushSuccess", "warn": "pushWarning", "error": "pushCritical"}[kind])(
            tr("Economic Layer"), text)

    def apply_thresholds(self) -> bool:
        data = self.assumptions.to_dict()
        for (level, key), spin in self.spins.items():
            data["thresholds"][level][key] = spin.value()
        try:
            assumptions = ind.IndustrialAssumptions.from_dict(data)
        except ind.IndustrialAssumptionsError as error:
            self._message("warn", str(error))
            return False
        self.assumptions = assumptions
        if self.layer is not None:
            try:
                adapter.store_assumptions(self.layer, assumptions)
            except GeoPackageError as error:
                self._message("warn", str(error))
        self.refresh()
        return True

    def write_categories(self) -> int:
        if self.layer is None or self.evaluation is None:
            return 0
        try:
            count = adapter.write_categories(self.layer, self.evaluation, ui_language())
        except GeoPackageError as error:
            self._message("error", str(error))
            return 0
        self._message("ok", tr("Categories written for {count} plots: save the layer to keep them (undo to take "
                               "them back).").format(count=count // 2))
        return count

    def suggest_levels(self, parks=None, name_field=None, level_field=None, overwrite=None) -> int:
        if self.layer is None:
            return 0
        if overwrite is None:
            dialog = LevelsDialog(self)
            if not dialog.exec():
                return 0
            parks, name_field, level_field, overwrite = dialog.values()
        suggestions = adapter.suggest_levels(self.layer, parks, name_field, level_field, self.assumptions)
        try:
            count = adapter.apply_levels(self.layer, suggestions, overwrite)
        except GeoPackageError as error:
            self._message("error", str(error))
            return 0
        self._message("ok", tr("{count} values suggested: review them in the attribute table and save the layer "
                               "(undo to take them back).").format(count=count))
        return count

    def build_schemes(self, path: Path | None = None) -> list:
        if self.layer is None:
            return []
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(self, tr("Schemes from the plots"), "", tr("GeoPackage (*.gpkg)"))
            if not chosen:
                return []
            path = Path(chosen if chosen.lower().endswith(".gpkg") else chosen + ".gpkg")
        try:
            builds = adapter.build_all_schemes(self.layer, path, ui_language(), assumptions=self.assumptions)
        except GeoPackageError as error:
            self._message("error", str(error))
            return []
        from economic_layer_plugin.qgis_adapter import schemes

        layers = []
        for build in builds:
            for note in build.notes:
                LOGGER.warning("%s: %s", build.layer.name(), note)
            QgsProject.instance().addMapLayer(build.layer)
            schemes.ensure_in_group(build.layer)
            layers.append(build.layer)
        schemes.sync_map_themes()
        self._message("ok", tr("{count} schemes built in {path}: select one to see its economics; the Compare tab "
                               "compares them.").format(count=len(layers), path=path))
        self.schemes_built.emit(layers)
        return layers

    def export(self, path: Path | None = None) -> bool:
        if self.evaluation is None:
            return False
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(self, tr("Export sheet…"), "", tr("Spreadsheet (*.xlsx)"))
            if not chosen:
                return False
            path = Path(chosen if chosen.lower().endswith(".xlsx") else chosen + ".xlsx")
        from economic_layer_plugin.io.industrial_sheet import export_industrial_workbook

        export_industrial_workbook(self.evaluation, path, ui_language(), self.layer.name())
        self._message("ok", tr("Wrote {path}").format(path=path))
        return True

    def _select_plot(self) -> None:
        rows = {index.row() for index in self.plots.selectedIndexes()}
        fids = [self.plots.item(row, 0).data(Qt.ItemDataRole.UserRole) for row in rows]
        if self.layer is not None and fids:
            self.layer.selectByIds(fids)
            canvas = self.iface.mapCanvas()
            canvas.zoomToFeatureIds(self.layer, fids)
            canvas.refresh()


class LevelsDialog(QDialog):
    """Where levels come from: a parks layer (its name and level fields) or the parks' size."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Suggest levels"))
        form = QFormLayout(self)
        self.parks = QgsMapLayerComboBox(self)
        self.parks.setFilters(QgsMapLayerProxyModel.PolygonLayer)
        self.parks.setAllowEmptyLayer(True)
        self.parks.setLayer(None)
        form.addRow(tr("Parks layer (empty: by park size)"), self.parks)
        from qgis.gui import QgsFieldComboBox

        self.name_field = QgsFieldComboBox(self)
        self.name_field.setAllowEmptyFieldName(True)
        self.level_field = QgsFieldComboBox(self)
        self.level_field.setAllowEmptyFieldName(True)
        self.parks.layerChanged.connect(self.name_field.setLayer)
        self.parks.layerChanged.connect(self.level_field.setLayer)
        form.addRow(tr("Park name field"), self.name_field)
        form.addRow(tr("Level field (base/community/block)"), self.level_field)
        self.overwrite = QCheckBox(tr("Replace levels already set"), self)
        form.addRow(self.overwrite)
        note = QLabel(tr("Size rule of the paper (section 3.1): over 4 km2 an industrial base, over 1 km2 an "
                         "industrial community, else an industrial block; plots in no park are blocks."), self)
        note.setWordWrap(True)
        form.addRow(note)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        form.addRow(box)

    def values(self) -> tuple:
        return (self.parks.currentLayer(), self.name_field.currentField() or None,
                self.level_field.currentField() or None, self.overwrite.isChecked())


def open_industrial_sample(iface, target: Path | None = None) -> QgsVectorLayer | None:
    """Adds a copy of the industrial sample (in the user's QGIS settings folder, or ``target``) to the
    project: the plots, the parks and the four schemes made from them."""
    from economic_layer_plugin.qgis_adapter import schemes

    target = target or Path(QgsApplication.qgisSettingsDirPath()) / "economic_layer" / "sample"
    target.mkdir(parents=True, exist_ok=True)
    path = target / SAMPLE.name
    if not path.exists():  # a copy opened before keeps the planner's changes
        shutil.copyfile(SAMPLE, path)
    project = QgsProject.instance()
    names = ("scheme_category", "scheme_concentration", "scheme_clustering", "scheme_moderate_park")
    for name in names:
        layer = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
        if layer.isValid():
            project.addMapLayer(layer)
            schemes.ensure_in_group(layer)
    schemes.sync_map_themes()
    group = schemes.scheme_group()
    if group is not None:  # the plots by category first; a scheme shows when the planner checks it
        group.setItemVisibilityChecked(False)
    parks = QgsVectorLayer(f"{path}|layername=parks", "parks", "ogr")
    parks.renderer().symbol().setColor(QColor(0, 0, 0, 0))
    parks.renderer().symbol().symbolLayer(0).setStrokeColor(QColor("#6d4c41"))
    plots = QgsVectorLayer(f"{path}|layername=industrial_plots", "industrial_plots", "ogr")
    if not plots.isValid():
        return None
    root = project.layerTreeRoot()
    for layer in (parks, plots):  # above the schemes group, not in it
        project.addMapLayer(layer, False)
        root.insertLayer(0, layer)
    iface.setActiveLayer(plots)
    bases = [f.geometry().boundingBox() for f in parks.getFeatures() if f["level"] == "base"]
    extent = bases[0] if bases else plots.extent()  # the base's plots are large enough to see
    canvas = iface.mapCanvas()

    def zoom():  # after QGIS's own zoom to the first layers of a project
        canvas.setExtent(extent.buffered(extent.width() * 0.1))
        canvas.refresh()

    zoom()
    QTimer.singleShot(500, zoom)
    return plots


def convert_active_layer(iface) -> QgsVectorLayer | None:
    """Asks for a GeoPackage and converts the active polygon layer into an industrial layer (a copy)."""
    from qgis.PyQt.QtWidgets import QInputDialog

    from economic_layer_plugin.gui.dialogs import layer_name_problem
    from economic_layer_plugin.qgis_adapter.gpkg import GeoPackageError as Error

    source = iface.activeLayer()
    if not isinstance(source, QgsVectorLayer) or source.geometryType() != 2:  # QgsWkbTypes.PolygonGeometry
        iface.messageBar().pushWarning(tr("Economic Layer"), tr("Select a polygon layer of industrial plots first."))
        return None
    chosen, _ = QFileDialog.getSaveFileName(iface.mainWindow(), tr("Convert layer to industrial layer…"), "",
                                            tr("GeoPackage (*.gpkg)"))
    if not chosen:
        return None
    name, ok = QInputDialog.getText(iface.mainWindow(), tr("Convert layer to industrial layer…"), tr("Layer name"),
                                    text=f"{source.name()}_industrial")
    if not ok or not name.strip() or layer_name_problem(name.strip()):
        return None
    path = Path(chosen if chosen.lower().endswith(".gpkg") else chosen + ".gpkg")
    try:
        layer = adapter.convert_to_industrial(source, path, name.strip(), ui_language())
    except Error as error:
        Messages(iface).critical(error)
        return None
    QgsProject.instance().addMapLayer(layer)
    iface.setActiveLayer(layer)
    return layer
