"""Scheme variants: duplicate, rename and delete the dock's scheme; the dock follows the scheme
checked in the Layers panel's schemes group (qgis_adapter/schemes.py)."""

from __future__ import annotations

from qgis.PyQt.QtWidgets import QInputDialog, QMessageBox

from economic_layer_plugin.gui.commands.messages import Messages
from economic_layer_plugin.gui.dialogs import layer_name_problem
from economic_layer_plugin.qgis_adapter import schemes
from economic_layer_plugin.qgis_adapter.gpkg import GeoPackageError
from economic_layer_plugin.toolbelt.i18n import tr


class SchemeCommands:
    def __init__(self, iface, dock) -> None:
        self.iface = iface
        self.dock = dock
        self.messages = Messages(iface)

    def on_visibility(self, node) -> None:
        """A scheme checked in the schemes group: the dock (and the active layer) follow it."""
        layer = schemes.visible_scheme(node)
        if layer is None:
            return
        if layer is not self.dock.layer:
            self.iface.setActiveLayer(layer)
            self.dock.set_layer(layer)
        schemes.sync_map_themes()

    def _scheme(self):
        if self.dock.live is None:
            self.messages.warning(tr("Select a scheme (an economic layer) first."))
            return None
        return self.dock.layer

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

    def duplicate(self, name: str | None = None):
        layer = self._scheme()
        if layer is None:
            return None
        name = name or self._ask_name(tr("Duplicate scheme"), f"{layer.name()}_2")
        if not name:
            return None
        try:
            copy = schemes.duplicate(layer, name, self.dock.live.model.assumptions)
        except GeoPackageError as error:
            self.messages.critical(error)
            return None
        self.iface.setActiveLayer(copy)
        self.dock.set_layer(copy)
        return copy

    def rename(self, name: str | None = None) -> None:
        layer = self._scheme()
        if layer is None:
            return
        name = name or self._ask_name(tr("Rename scheme"), layer.name())
        if name:
            schemes.rename(layer, name)
            self.dock.refresh()

    def delete(self, confirm: bool = True) -> bool:
        layer = self._scheme()
        if layer is None:
            return False
        if confirm:
            button = QMessageBox.StandardButton
            answer = QMessageBox.question(
                self.iface.mainWindow(), tr("Delete scheme"),
                tr("Delete the scheme {name}? Its layer is removed from the project and its table, style and "
                   "assumptions from its GeoPackage. This cannot be undone.").format(name=layer.name()),
                button.Yes | button.No, button.No)
            if answer != button.Yes:
                return False
        self.dock.set_layer(None)
        try:
            schemes.delete(layer)
        except GeoPackageError as error:
            self.messages.critical(error)
            return False
        remaining = schemes.schemes()
        if remaining:
            group = schemes.scheme_group()
            group.findLayer(remaining[0].id()).setItemVisibilityChecked(True)
            self.dock.set_layer(remaining[0])
        return True
