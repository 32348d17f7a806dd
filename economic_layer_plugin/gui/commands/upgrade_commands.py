"""An older scheme (one without a field added later) named in the message bar with its missing fields and an
Upgrade button; nothing is upgraded until the planner asks (the button, or the menu entry on the active
layer). The layer stays loaded either way (qgis_adapter/upgrade.py does the work)."""

from __future__ import annotations

import logging

from qgis.core import Qgis, QgsProject
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QPushButton
from qgis.utils import OverrideCursor

from economic_layer_plugin.core import schema
from economic_layer_plugin.gui.commands.messages import Messages
from economic_layer_plugin.qgis_adapter.upgrade import UpgradeError, is_older_scheme, upgrade_layer
from economic_layer_plugin.toolbelt.i18n import tr, ui_language

LOGGER = logging.getLogger(__name__)
BUTTON_NAME = "economic_layer_upgrade_button"
OBJECT_NAME_ACTION = "EconomicLayerActionUpgrade"  # the menu entry



class UpgradeCommands:
    def __init__(self, iface, dock) -> None:
        self.iface = iface
        self.dock = dock
        self.messages = Messages(iface)
        self._items: dict = {}  # layer id -> its message bar item
        dock.upgrade_requested.connect(self._upgrade_from_dock)
        QgsProject.instance().layersAdded.connect(self.on_layers_added)
        QgsProject.instance().layersWillBeRemoved.connect(self.on_layers_will_be_removed)
        self.on_layers_added(list(QgsProject.instance().mapLayers().values()))

    def _upgrade_from_dock(self, layer) -> None:
        self.upgrade(layer)

    def teardown(self) -> None:
        QgsProject.instance().layersAdded.disconnect(self.on_layers_added)
        QgsProject.instance().layersWillBeRemoved.disconnect(self.on_layers_will_be_removed)
        try:
            self.dock.upgrade_requested.disconnect(self._upgrade_from_dock)
        except (TypeError, RuntimeError):  # the dock is gone already
            pass
        for item in self._items.values():
            self._dismiss(item)
        self._items = {}

    def on_layers_added(self, layers) -> None:
        for layer in layers:
            if is_older_scheme(layer):
                self.offer(layer)

    def on_layers_will_be_removed(self, layer_ids) -> None:
        """A removed layer's message goes with it."""
        for layer_id in layer_ids:
            self._dismiss(self._items.pop(layer_id, None))

    def _upgrade_offered(self, layer_id: str, name: str) -> None:
        """The Upgrade button of one layer's message: that layer, never the active one in its stead."""
        layer = QgsProject.instance().mapLayer(layer_id)
        if layer is None:
            self._dismiss(self._items.pop(layer_id, None))
            self.messages.warning(tr("{name} is no longer in the project: nothing was upgraded.").format(name=name))
            return
        self.upgrade(layer)

    def offer(self, layer):
        """A message naming the missing fields, with an Upgrade button; the message bar item."""
        bar = self.iface.messageBar()
        missing = ", ".join(schema.missing_fields(layer.fields().names()))
        text = tr("{name} lacks {fields}: an economic layer of an older version.").format(
            name=layer.name(), fields=missing)
        widget = bar.createMessage(tr("Economic Layer"), text)
        button = QPushButton(tr("Upgrade"), widget)
        button.setObjectName(BUTTON_NAME)
        button.setToolTip(tr("Adds the missing fields to the layer in place (empty); a copy of the GeoPackage is "
                             "kept next to it first; every value stays."))
        layer_id = layer.id()
        name = layer.name()
        button.clicked.connect(lambda _checked=False: self._upgrade_offered(layer_id, name))
        widget.layout().addWidget(button)
        self._dismiss(self._items.pop(layer_id, None))
        self._items[layer_id] = bar.pushWidget(widget, Qgis.MessageLevel.Warning)
        return self._items[layer_id]

    def _dismiss(self, item) -> None:
        if item is None:
            return
        try:
            self.iface.messageBar().popWidget(item)
        except RuntimeError:  # closed by the planner already
            pass

    def upgrade(self, layer=None) -> bool:
        """Upgrades ``layer`` (default: the active layer) in place; True when it is an economic layer now."""
        layer = layer if layer is not None else self.iface.activeLayer()
        if layer is None or not is_older_scheme(layer):
            self.messages.warning(tr("Select an economic layer of an older version to upgrade it."))
            return False
        self._dismiss(self._items.pop(layer.id(), None))
        try:
            with OverrideCursor(Qt.CursorShape.WaitCursor):
                result = upgrade_layer(layer, ui_language())
        except UpgradeError as error:
            self.messages.critical(tr("{name} was not upgraded: {error}").format(name=layer.name(), error=error),
                                   getattr(error, "details", None))
            return False
        text = tr("{name} upgraded: {fields} added, every value kept.").format(
            name=layer.name(), fields=", ".join(result.added))
        if result.backup is not None:
            text += " " + tr("Backup: {path}").format(path=result.backup)
        self.messages.success(text)
        layer.triggerRepaint()
        self.dock.set_layer(layer)
        return True
