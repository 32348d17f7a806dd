"""The plugin class that QGIS drives: ``initGui()`` adds, ``unload()`` removes, nothing is left behind."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QUrl, Qt
from qgis.PyQt.QtGui import QDesktopServices, QIcon
from qgis.PyQt.QtWidgets import QAction, QInputDialog, QMenu, QMessageBox
from qgis.utils import OverrideCursor

from economic_layer_plugin.__about__ import __title__, __uri_homepage__, __uri_tracker__, __version__
from economic_layer_plugin.definitions import (
    ICON_PLUGIN,
    OBJECT_NAME_ACTION_ABOUT,
    OBJECT_NAME_ACTION_DOCK,
    OBJECT_NAME_ACTION_HELP,
    OBJECT_NAME_ACTION_SAMPLE,
    OBJECT_NAME_HELP_MENU,
    OBJECT_NAME_MENU,
)
from economic_layer_plugin.gui import export, history_panel, industrial_panel
from economic_layer_plugin.gui.dialogs import ConvertDialog, NewLayerDialog, layer_name_problem
from economic_layer_plugin.gui.dock import EconomicLayerDock
from economic_layer_plugin.gui.report import ReportCommands
from economic_layer_plugin.processing_provider.provider import EconomicLayerProvider
from economic_layer_plugin.qgis_adapter import expressions, layer_tree, registry, schemes
from economic_layer_plugin.qgis_adapter.convert import convert_layer as convert
from economic_layer_plugin.qgis_adapter.gpkg import GeoPackageError, create_economic_layer
from economic_layer_plugin.toolbelt.i18n import PluginTranslator, tr, ui_language
from economic_layer_plugin.toolbelt.log import install_log_bridge, remove_log_bridge
from economic_layer_plugin.toolbelt.settings import SettingsManager

LOGGER = logging.getLogger(__name__)
SAMPLE_DIR = Path(__file__).resolve().parent / "sample"
SAMPLE_GEOPACKAGE = "zhongshan_third_road.gpkg"
SAMPLE_PROJECT = "zhongshan_third_road.qgz"


class EconomicLayerPlugin:
    def __init__(self, iface) -> None:
        self.iface = iface
        self.translator = PluginTranslator()
        self.translator.install()
        self.settings = SettingsManager()
        self.provider: EconomicLayerProvider | None = None
        self.log_handler = None
        self.dock: EconomicLayerDock | None = None
        self.menu: QMenu | None = None
        self.action_dock: QAction | None = None
        self.models: registry.LiveModels | None = None
        self.tasks: list = []  # running export tasks (kept alive; cancelled on unload)
        self.report: ReportCommands | None = None

    # Processing -------------------------------------------------------------------------------
    def initProcessing(self) -> None:  # noqa: N802 (name fixed by QGIS)
        if self.provider is None:
            self.provider = EconomicLayerProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    # GUI --------------------------------------------------------------------------------------
    def initGui(self) -> None:  # noqa: N802 (name fixed by QGIS)
        settings = self.settings.load()
        self.log_handler = install_log_bridge(debug=settings.debug_mode)
        self.initProcessing()
        main_window = self.iface.mainWindow()
        icon = QIcon(str(ICON_PLUGIN))

        self.models = registry.LiveModels()
        registry.ACTIVE = self.models
        registry.RESOLVER = history_panel.conflict_resolver(self.iface.mainWindow, self.iface.messageBar)
        expressions.register()

        self.dock = EconomicLayerDock(self.iface, self.models, main_window)
        self.dock.new_layer_requested.connect(self.new_layer)
        self.dock.convert_requested.connect(self.convert_layer)
        self.dock.export_requested.connect(lambda: self.export_table1())
        self.dock.duplicate_requested.connect(lambda: self.duplicate_scheme())
        self.dock.rename_requested.connect(lambda: self.rename_scheme())
        self.dock.delete_requested.connect(lambda: self.delete_scheme())
        self.report = ReportCommands(self.iface, self.models, main_window)
        self.dock.report_requested.connect(lambda: self.report.export_interactive(self.dock.layer))
        QgsProject.instance().layerTreeRoot().visibilityChanged.connect(self._on_visibility)
        self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.iface.currentLayerChanged.connect(self.dock.set_layer)
        self.dock.set_layer(self.iface.activeLayer())

        self.action_dock = QAction(icon, tr("Economic layer panel"), main_window)
        self.action_dock.setObjectName(OBJECT_NAME_ACTION_DOCK)
        self.action_dock.setToolTip(tr("Show or hide the Economic Layer panel"))
        self.action_dock.setCheckable(True)
        self.action_dock.toggled.connect(self.dock.setUserVisible)
        self.dock.visibilityChanged.connect(self.action_dock.setChecked)
        self.iface.addToolBarIcon(self.action_dock)

        self.menu = QMenu(tr("Economic Layer"), main_window)
        self.menu.setObjectName(OBJECT_NAME_MENU)
        self.menu.addAction(self.action_dock)
        self.menu.addSeparator()
        action_new = self.menu.addAction(QIcon(QgsApplication.iconPath("mActionNewGeoPackageLayer.svg")),
                                         tr("New economic layer…"))
        action_new.setObjectName("EconomicLayerActionNewLayer")
        action_new.triggered.connect(self.new_layer)
        action_convert = self.menu.addAction(tr("Convert layer to economic layer…"))
        action_convert.setObjectName("EconomicLayerActionConvert")
        action_convert.triggered.connect(lambda: self.convert_layer(self.iface.activeLayer()))
        for text, name, slot in ((tr("Duplicate scheme…"), "EconomicLayerActionDuplicate", self.duplicate_scheme),
                                 (tr("Rename scheme…"), "EconomicLayerActionRename", self.rename_scheme),
                                 (tr("Delete scheme…"), "EconomicLayerActionDelete", self.delete_scheme)):
            action = self.menu.addAction(text)
            action.setObjectName(name)
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
        action_industrial = self.menu.addAction(tr("Convert layer to industrial layer…"))
        action_industrial.setObjectName("EconomicLayerActionIndustrial")
        action_industrial.triggered.connect(lambda: industrial_panel.convert_active_layer(self.iface))
        action_publish = self.menu.addAction(tr("Publish to PostGIS…"))  # team editing (gui/history_panel.py)
        action_publish.setObjectName("EconomicLayerActionPublish")
        action_publish.triggered.connect(lambda: history_panel.publish_command(self.iface, self.iface.activeLayer()))
        action_export = self.menu.addAction(tr("Export Table 1 spreadsheet…"))
        action_export.setObjectName("EconomicLayerActionExport")
        action_export.triggered.connect(lambda: self.export_table1())
        action_report = self.menu.addAction(tr("Scheme report (PDF)…"))
        action_report.setObjectName("EconomicLayerActionReport")
        action_report.triggered.connect(lambda: self.report.export_interactive(self.dock.layer))
        action_layouts = self.menu.addAction(tr("Scheme report layouts (layout designer)"))
        action_layouts.setObjectName("EconomicLayerActionReportLayouts")
        action_layouts.triggered.connect(lambda: self.report.open_layouts(self.dock.layer))
        self.menu.addSeparator()
        help_menu = self.menu.addMenu(QIcon(QgsApplication.iconPath("mActionHelpContents.svg")), tr("Help"))
        help_menu.setObjectName(OBJECT_NAME_HELP_MENU)
        action_sample = help_menu.addAction(icon, tr("Open the Zhongshan Third Road sample"))
        action_sample.setObjectName(OBJECT_NAME_ACTION_SAMPLE)
        action_sample.triggered.connect(lambda: self.open_sample())
        action_industrial_sample = help_menu.addAction(icon, tr("Open the industrial sample (Swellendam footprints)"))
        action_industrial_sample.setObjectName("EconomicLayerActionIndustrialSample")
        action_industrial_sample.triggered.connect(lambda: self.open_industrial_sample())
        action_help = help_menu.addAction(tr("Documentation"))
        action_help.setObjectName(OBJECT_NAME_ACTION_HELP)
        action_help.triggered.connect(self.open_documentation)
        action_about = help_menu.addAction(icon, tr("About Economic Layer"))
        action_about.setObjectName(OBJECT_NAME_ACTION_ABOUT)
        action_about.triggered.connect(self.show_about)
        menu_bar = main_window.menuBar()
        qgis_help_menu = self.iface.helpMenu()
        if isinstance(qgis_help_menu, QMenu) and qgis_help_menu.menuAction() in menu_bar.actions():
            menu_bar.insertMenu(qgis_help_menu.menuAction(), self.menu)
        else:
            menu_bar.addMenu(self.menu)

        self.dock.setVisible(settings.dock_visible)
        self.action_dock.setChecked(settings.dock_visible)
        LOGGER.info("%s %s loaded", __title__, __version__)

    def unload(self) -> None:
        if self.dock is not None:
            self.settings.set("dock_visible", self.dock.isVisible())
        if self.action_dock is not None:
            self.iface.removeToolBarIcon(self.action_dock)
            self.action_dock.toggled.disconnect()
            self.action_dock.deleteLater()
            self.action_dock = None
        if self.menu is not None:
            self.iface.mainWindow().menuBar().removeAction(self.menu.menuAction())
            self.menu.deleteLater()
            self.menu = None
        if self.dock is not None:
            QgsProject.instance().layerTreeRoot().visibilityChanged.disconnect(self._on_visibility)
            self.iface.currentLayerChanged.disconnect(self.dock.set_layer)
            self.dock.teardown()
            self.dock.visibilityChanged.disconnect()
            self.iface.removeDockWidget(self.dock)
            self.dock.setParent(None)
            self.dock.deleteLater()
            self.dock = None
        if self.report is not None:
            self.report.teardown()
            self.report.deleteLater()
            self.report = None
        for task in self.tasks:
            task.on_done = None
            task.cancel()
        self.tasks = []
        if self.models is not None:
            self.models.clear()
            self.models.deleteLater()
            self.models = None
            registry.ACTIVE = None
            registry.RESOLVER = None
            expressions.unregister()
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_log_bridge(self.log_handler)
        self.log_handler = None
        self.translator.remove()

    # Actions ----------------------------------------------------------------------------------
    def _add_to_project(self, layer) -> None:
        layer_tree.add_on_top(layer)  # not into the group selected in the Layers panel
        self.iface.setActiveLayer(layer)
        self.dock.setUserVisible(True)

    def open_sample(self, target: Path | None = None, ask: bool = True) -> bool:
        """Opens the Zhongshan Third Road sample: a copy in the user's QGIS settings folder (or
        ``target``), so that edits never touch the plugin's own files. Returns False if not opened."""
        target = target or Path(QgsApplication.qgisSettingsDirPath()) / "economic_layer" / "sample"
        project = target / SAMPLE_PROJECT
        fresh = True
        if project.exists() and ask:
            button = QMessageBox.StandardButton
            answer = QMessageBox.question(
                self.iface.mainWindow(), tr("Zhongshan Third Road sample"),
                tr("The sample was opened before and may hold your changes ({path}). Start again from a "
                   "fresh copy? (No: open your copy.)").format(path=target),
                button.Yes | button.No | button.Cancel, button.No)
            if answer == button.Cancel:
                return False
            fresh = answer == button.Yes
        if ask and not self.iface.newProject(True):  # QGIS asks to save the current project
            return False
        if fresh or not project.exists():
            target.mkdir(parents=True, exist_ok=True)
            for name in (SAMPLE_GEOPACKAGE, SAMPLE_PROJECT):
                shutil.copyfile(SAMPLE_DIR / name, target / name)
        if not self.iface.addProject(str(project)):
            self.iface.messageBar().pushCritical(tr("Economic Layer"), tr("The sample project could not be opened: {path}")
                                                 .format(path=project))
            return False
        schemes = QgsProject.instance().mapLayersByName("final_plan")
        if schemes:
            self.iface.setActiveLayer(schemes[0])
        self.dock.setUserVisible(True)
        return True

    def open_industrial_sample(self, target: Path | None = None):
        """Adds the industrial sample (plots, parks, four schemes) to the current project."""
        plots = industrial_panel.open_industrial_sample(self.iface, target)
        self.dock.setUserVisible(True)
        self.dock.set_layer(plots)
        return plots

    # Schemes ----------------------------------------------------------------------------------
    def _on_visibility(self, node) -> None:
        """A scheme checked in the schemes group: the dock (and the active layer) follow it."""
        layer = schemes.visible_scheme(node)
        if layer is None or self.dock is None:
            return
        if layer is not self.dock.layer:
            self.iface.setActiveLayer(layer)
            self.dock.set_layer(layer)
        schemes.sync_map_themes()

    def _scheme(self):
        layer = self.dock.layer if self.dock is not None else None
        if self.dock is None or self.dock.live is None:
            self.iface.messageBar().pushWarning(tr("Economic Layer"), tr("Select a scheme (an economic layer) first."))
            return None
        return layer

    def _ask_name(self, title: str, default: str) -> str | None:
        name, ok = QInputDialog.getText(self.iface.mainWindow(), title, tr("Scheme name"), text=default)
        name = name.strip()
        if not ok or not name:
            return None
        problem = layer_name_problem(name)
        if problem:
            QMessageBox.warning(self.iface.mainWindow(), title, problem)
            return None
        return name

    def duplicate_scheme(self, name: str | None = None):
        layer = self._scheme()
        if layer is None:
            return None
        name = name or self._ask_name(tr("Duplicate scheme"), f"{layer.name()}_2")
        if not name:
            return None
        try:
            copy = schemes.duplicate(layer, name, self.dock.live.model.assumptions)
        except GeoPackageError as error:
            self.iface.messageBar().pushCritical(tr("Economic Layer"), str(error))
            return None
        self.iface.setActiveLayer(copy)
        self.dock.set_layer(copy)
        return copy

    def rename_scheme(self, name: str | None = None) -> None:
        layer = self._scheme()
        if layer is None:
            return
        name = name or self._ask_name(tr("Rename scheme"), layer.name())
        if name:
            schemes.rename(layer, name)
            self.dock.refresh()

    def delete_scheme(self, confirm: bool = True) -> bool:
        layer = self._scheme()
        if layer is None:
            return False
        if confirm:
            answer = QMessageBox.question(
                self.iface.mainWindow(), tr("Delete scheme"),
                tr("Delete the scheme {name}? Its layer is removed from the project and its table, style and "
                   "assumptions from its GeoPackage. This cannot be undone.").format(name=layer.name()),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return False
        self.dock.set_layer(None)
        try:
            schemes.delete(layer)
        except GeoPackageError as error:
            self.iface.messageBar().pushCritical(tr("Economic Layer"), str(error))
            return False
        remaining = schemes.schemes()
        if remaining:
            group = schemes.scheme_group()
            group.findLayer(remaining[0].id()).setItemVisibilityChecked(True)
            self.dock.set_layer(remaining[0])
        return True

    def export_table1(self, path: Path | None = None, layers=None, language: str | None = None):
        """Asks for schemes, file and language (unless given), then writes the workbook in a background
        task; returns the task (None if nothing was started)."""
        candidates = export.economic_layers(self.models)
        if not candidates:
            self.iface.messageBar().pushWarning(tr("Economic Layer"), tr("The project has no economic layer."))
            return None
        if path is None:
            active = self.iface.activeLayer()
            dialog = export.ExportDialog(candidates, active if active in candidates else None, self.iface.mainWindow())
            if not dialog.exec():
                return None
            layer_ids, path, language = dialog.layer_ids(), dialog.path(), dialog.language.currentData()
            layers = [QgsProject.instance().mapLayer(layer_id) for layer_id in layer_ids]
        live_models = [self.models.get(layer) for layer in (layers or candidates)]
        for live in live_models:
            live.flush()  # the figures the planner sees, pending edits included
        task = export.ExportTask(export.snapshot(live_models), path, language or ui_language(), self._export_done)
        self.tasks.append(task)
        QgsApplication.taskManager().addTask(task)
        return task

    def _export_done(self, task, result: bool) -> None:
        if task in self.tasks:
            self.tasks.remove(task)
        export.report(self.iface, task, result)

    def new_layer(self) -> None:
        dialog = NewLayerDialog(self.iface.mainWindow())
        if not dialog.exec():
            return
        path, name, crs = dialog.values()
        try:
            layer = create_economic_layer(path, name, crs, ui_language())
        except GeoPackageError as error:
            self.iface.messageBar().pushCritical(tr("Economic Layer"), str(error))
            return
        self._add_to_project(layer)
        self.iface.messageBar().pushSuccess(
            tr("Economic Layer"), tr("New economic layer {name} in {path}").format(name=name, path=path))

    def convert_layer(self, layer=None) -> None:
        dialog = ConvertDialog(layer, self.iface.mainWindow())
        if not dialog.exec():
            return
        source, path, name, mapping = dialog.values()
        try:
            with OverrideCursor(Qt.CursorShape.WaitCursor):
                converted, report = convert(source, path, name, mapping, ui_language())
        except GeoPackageError as error:
            self.iface.messageBar().pushCritical(tr("Economic Layer"), str(error))
            return
        for problem in report.problems:
            LOGGER.warning("%s: %s", source.name(), problem.message)
        self._add_to_project(converted)
        text = tr("{count} features converted into {name}.").format(count=report.features, name=name)
        if report.problems:
            text += " " + tr("{count} values could not be read and were left empty: see the log panel "
                             "(Economic Layer).").format(count=len(report.problems))
            self.iface.messageBar().pushWarning(tr("Economic Layer"), text)
        else:
            self.iface.messageBar().pushSuccess(tr("Economic Layer"), text)

    def open_documentation(self) -> None:
        QDesktopServices.openUrl(QUrl(__uri_homepage__))

    def show_about(self) -> None:
        QMessageBox.about(
            self.iface.mainWindow(),
            tr("About Economic Layer"),
            tr(
                "<b>Economic Layer {version}</b><p>The economics of urban renewal schemes, module by "
                "module, on the map.</p><p>Money in 10,000 CNY, areas in m2.</p>"
                '<p><a href="{homepage}">Documentation</a> · <a href="{tracker}">Report a problem</a></p>'
            ).format(version=__version__, homepage=__uri_homepage__, tracker=__uri_tracker__),
        )
