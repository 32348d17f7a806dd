"""One live model per economic layer of the project, shared by the dock and the expression functions.

The plugin owns its :class:`LiveModels` and passes it to what needs it (the dock, the commands, the
expression functions: qgis_adapter/expressions.py); the command line makes its own. Nothing here is a
module global."""

from __future__ import annotations

import logging

from qgis.core import QgsProject
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QObject, QThread

from economic_layer_plugin.qgis_adapter.gpkg import is_economic_layer
from economic_layer_plugin.qgis_adapter.live import LiveModel
from economic_layer_plugin.qgis_adapter.location import LiveLocation
from economic_layer_plugin.qgis_adapter.postgis import PostgisSync, is_published
from economic_layer_plugin.qgis_adapter.stored_assumptions import stored_or_default

LOGGER = logging.getLogger(__name__)


def _attach_postgis(live: LiveModel, resolver) -> None:
    """A scheme published to PostGIS follows the other sessions' commits (qgis_adapter/postgis.py)."""
    live.sync = PostgisSync(live) if is_published(live.layer) else None
    if live.sync is not None:
        live.sync.resolver = resolver


class LiveModels(QObject):
    def __init__(self, parent=None, resolver=None) -> None:
        super().__init__(parent)
        self._models: dict = {}
        #: what is asked on a conflicting PostGIS commit (the plugin's question; None: the commit is refused)
        self.resolver = resolver
        QgsProject.instance().layersWillBeRemoved.connect(self._on_layers_removed)

    def get(self, layer) -> LiveModel | None:
        """The live model of an economic layer (made on first use); None for any other layer."""
        if not is_economic_layer(layer):
            return None
        live = self._models.get(layer.id())
        if live is None:
            if sip.unwrapinstance(QThread.currentThread()) != sip.unwrapinstance(self.thread()):
                # a map drawn in a worker thread (a layout's map, the canvas) asks through the expression
                # functions: models are made on the main thread only (a QObject and its layer's signals)
                return None
            assumptions, stored = stored_or_default(layer)
            live = self._models[layer.id()] = LiveModel(layer, assumptions, self)
            live.default_book = not stored  # the dock says so: the default price book prices the modules
            _attach_postgis(live, self.resolver)
            live.location = LiveLocation(live)  # location rules: distances kept up to date (measures nothing
            # while the scheme has no rule)
        return live

    def by_layer_id(self, layer_id: str) -> LiveModel | None:
        live = self._models.get(layer_id)
        if live is None and layer_id:
            layer = QgsProject.instance().mapLayer(layer_id)
            if layer is not None:
                live = self.get(layer)
        return live

    def _on_layers_removed(self, layer_ids) -> None:
        for layer_id in layer_ids:
            live = self._models.pop(layer_id, None)
            if live is not None:
                _detach(live)
                live.disconnect_layer()
                live.deleteLater()

    def clear(self) -> None:
        """Drops every model and stops listening (on unload)."""
        QgsProject.instance().layersWillBeRemoved.disconnect(self._on_layers_removed)
        for live in self._models.values():
            _detach(live)
            live.disconnect_layer()
            live.deleteLater()
        self._models = {}
        self.resolver = None


def _detach(live: LiveModel) -> None:
    location = getattr(live, "location", None)
    if location is not None:
        location.disconnect()
        live.location = None
    sync = getattr(live, "sync", None)
    if sync is not None:
        sync.disconnect_layer()
        live.sync = None
