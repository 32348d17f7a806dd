"""A layer's economics kept live: every edit of the layer's edit buffer updates the model.

:class:`LiveModel` listens to the layer (attribute and geometry changes, features added and
deleted, undo and redo, which replay such changes, rollback, commit, fields and CRS changes).
Changed features are collected and recomputed together on the next turn of the event loop, so a
burst of edits (the field calculator over a whole layer) is one refresh; an edit recomputes its
module, its unit and the project only. Rollback, commit (which renumbers new features) and changes
of fields or CRS reload the layer.
"""

from __future__ import annotations

import logging

from qgis.core import QgsVectorLayer
from qgis.PyQt.QtCore import QObject, QTimer, pyqtSignal

from economic_layer_plugin.core import schema
from economic_layer_plugin.core.assumptions import Assumptions
from economic_layer_plugin.core.engine import EconomicModel
from economic_layer_plugin.qgis_adapter.bulk import trim_heap
from economic_layer_plugin.qgis_adapter.reader import ModuleReader

LOGGER = logging.getLogger(__name__)

#: Above this share of the layer changed at once, a reload is faster than feature-by-feature.
FULL_RELOAD_SHARE = 0.2


class LiveModel(QObject):
    #: the model holds new figures
    updated = pyqtSignal()

    def __init__(self, layer: QgsVectorLayer, assumptions: Assumptions | None = None, parent=None) -> None:
        super().__init__(parent)
        self.layer = layer
        self.default_book = False  # True: no assumptions stored with the scheme, the default book is used
        self.model = EconomicModel(assumptions or Assumptions())
        self.reader = ModuleReader(layer)
        self._dirty: set = set()
        self._reload = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.flush)
        self._connections = []
        self._connect()
        self.reload()

    # signals ------------------------------------------------------------------------------------
    def _connect(self) -> None:
        layer = self.layer
        pairs = [
            (layer.attributeValueChanged, self._on_attribute),
            (layer.featureAdded, self._on_feature),
            (layer.featuresDeleted, self._on_features_deleted),
            (layer.geometryChanged, self._on_geometry),
            (layer.afterRollBack, self._on_reload),
            (layer.afterCommitChanges, self._on_reload),
            (layer.updatedFields, self._on_fields),  # also after fields are added or deleted
            (layer.crsChanged, self._on_source),
            (layer.dataSourceChanged, self._on_source),
        ]
        for signal, slot in pairs:
            signal.connect(slot)
            self._connections.append((signal, slot))

    def disconnect_layer(self) -> None:
        """Stops listening to the layer (call before dropping the model)."""
        for signal, slot in self._connections:
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):  # the layer is already gone
                pass
        self._connections = []
        self._timer.stop()

    def _on_attribute(self, fid, index, _value) -> None:
        if 0 <= index < len(self._field_names) and self._field_names[index] in self._schema_names:
            self._mark(fid)

    def _on_feature(self, fid) -> None:
        self._mark(fid)

    def _on_features_deleted(self, fids) -> None:
        for fid in fids:
            self._mark(fid)

    def _on_geometry(self, fid, _geometry) -> None:
        self._mark(fid)

    def _on_reload(self) -> None:
        self._reload = True
        self._timer.start()

    def _on_fields(self) -> None:
        # emitted for many reasons (editing starts, joins): reload only when the fields differ
        if self.layer.fields().names() != self._field_names:
            self._on_source()

    def _on_source(self, *_args) -> None:
        self._field_names = self.layer.fields().names()
        self.reader.refresh()
        self._on_reload()

    def mark_changed(self, fids) -> None:
        """Features changed outside this session (another session's commit): re-read on the next flush."""
        for fid in fids:
            self._mark(fid)

    def _mark(self, fid) -> None:
        self._dirty.add(fid)
        if not self._timer.isActive():
            self._timer.start()

    # computing ----------------------------------------------------------------------------------
    _schema_names = frozenset(schema.FIELD_NAMES)

    def reload(self) -> None:
        """Reads every feature again and recomputes the whole scheme."""
        self._field_names = self.layer.fields().names()
        self._dirty.clear()
        self._reload = False
        self.model.load(self.reader.modules())
        trim_heap()  # the modules of the previous load are gone

    def flush(self) -> None:
        """Applies the pending changes now (normally done by the timer, on the next event-loop turn)."""
        self._timer.stop()
        if not self._reload and not self._dirty:
            return
        if self._reload or len(self._dirty) > max(50, FULL_RELOAD_SHARE * len(self.model.inputs)):
            self.reload()
        else:
            dirty, self._dirty = self._dirty, set()
            for fid in dirty:
                item = self.reader.module_by_id(fid)
                if item is None:
                    self.model.remove(fid)
                else:
                    self.model.set(item)
        self.updated.emit()

    def set_assumptions(self, assumptions: Assumptions) -> None:
        self.model.set_assumptions(assumptions)
        self.updated.emit()

    @property
    def pending(self) -> bool:
        return self._reload or bool(self._dirty)
