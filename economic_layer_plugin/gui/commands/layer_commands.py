"""Economic layers made or opened: a new layer, a converted one, the two samples."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QMessageBox
from qgis.utils import OverrideCursor

from economic_layer_plugin.definitions import PLUGIN_DIR
from economic_layer_plugin.gui import industrial_panel
from economic_layer_plugin.gui.commands.messages import Messages
from economic_layer_plugin.gui.dialogs import ConvertDialog, NewLayerDialog
from economic_layer_plugin.qgis_adapter import layer_tree
from economic_layer_plugin.qgis_adapter.convert import convert_layer as convert
from economic_layer_plugin.qgis_adapter.gpkg import GeoPackageError, create_economic_layer
from economic_layer_plugin.toolbelt.i18n import tr, ui_language

LOGGER = logging.getLogger(__name__)
SAMPLE_DIR = PLUGIN_DIR / "sample"
SAMPLE_GEOPACKAGE = "zhongshan_third_road.gpkg"
SAMPLE_PROJECT = "zhongshan_third_road.qgz"


class LayerCommands:
    def __init__(self, iface, dock) -> None:
        self.iface = iface
        self.dock = dock
        self.messages = Messages(iface)

    def _add_to_project(self, layer) -> None:
        layer_tree.add_on_top(layer)  # not into the group selected in the Layers panel
        self.iface.setActiveLayer(layer)
        self.dock.setUserVisible(True)

    def new_layer(self) -> None:
        dialog = NewLayerDialog(self.iface.mainWindow())
        if not dialog.exec():
            return
        path, name, crs = dialog.values()
        try:
            layer = create_economic_layer(path, name, crs, ui_language())
        except GeoPackageError as error:
            self.messages.critical(error)
            return
        self._add_to_project(layer)
        self.messages.success(tr("New economic layer {name} in {path}").format(name=name, path=path))

    def convert_layer(self, layer=None) -> None:
        dialog = ConvertDialog(layer, self.iface.mainWindow())
        if not dialog.exec():
            return
        source, path, name, mapping = dialog.values()
        try:
            with OverrideCursor(Qt.CursorShape.WaitCursor):
                converted, report = convert(source, path, name, mapping, ui_language())
        except GeoPackageError as error:
            self.messages.critical(error)
            return
        for problem in report.problems:
            LOGGER.warning("%s: %s", source.name(), problem.message)
        for note in report.notes:  # capped floors, duplicates, overlaps: per feature
            LOGGER.warning("%s: %s", source.name(), note.message)
        self._add_to_project(converted)
        # what the conversion did (features, values kept, floors from heights, notes, price book, problems)
        text = tr("New economic layer {name}: {summary}.").format(name=name, summary=report.summary(ui_language()))
        if report.problems or report.notes:
            text += " " + tr("Each one is in the log panel (Economic Layer).")
        if report.problems or report.notes:
            self.messages.warning(text)
        else:
            self.messages.success(text)

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
            self.messages.critical(tr("The sample project could not be opened: {path}").format(path=project))
            return False
        found = QgsProject.instance().mapLayersByName("final_plan")
        if found:
            self.iface.setActiveLayer(found[0])
        self.dock.setUserVisible(True)
        return True

    def open_industrial_sample(self, target: Path | None = None):
        """Adds the industrial sample (plots, parks, four schemes) to the current project."""
        plots = industrial_panel.open_industrial_sample(self.iface, target)
        self.dock.setUserVisible(True)
        self.dock.set_layer(plots)
        return plots

    def convert_to_industrial(self):
        return industrial_panel.convert_active_layer(self.iface)
