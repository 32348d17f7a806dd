"""Live models are made on the main thread only: a map drawn in a worker thread (a layout's map, the
canvas) reaches the registry through the expression functions, and gets nothing rather than a model
(a QObject listening to the layer) made in its thread."""

from __future__ import annotations

import threading

from qgis.core import QgsProject

from economic_layer_plugin.qgis_adapter.registry import LiveModels

from ..scheme_factory import make_scheme


def test_no_model_is_made_in_a_worker_thread(tmp_path):
    layer = make_scheme(tmp_path / "scheme.gpkg")
    QgsProject.instance().addMapLayer(layer)
    models = LiveModels()
    try:
        found = []
        worker = threading.Thread(target=lambda: found.append(models.get(layer)))
        worker.start()
        worker.join()
        assert found == [None] and models.by_layer_id(layer.id()) is not None  # made here, on the main thread
        again = []
        worker = threading.Thread(target=lambda: again.append(models.get(layer)))
        worker.start()
        worker.join()
        assert again[0] is models.get(layer)  # an existing model is shared with any thread
    finally:
        models.clear()
        QgsProject.instance().removeMapLayer(layer.id())
