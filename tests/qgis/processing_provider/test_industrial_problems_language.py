"""Processing's "Evaluate industrial land" reports the values it could not use in the interface's language."""

from __future__ import annotations

import shutil

from qgis.core import QgsGeometry, QgsProcessingFeedback, QgsVectorLayer

from economic_layer_plugin.definitions import PLUGIN_DIR
from economic_layer_plugin.processing_provider import industrial_algorithms

SAMPLE = PLUGIN_DIR / "sample" / "industrial_swellendam.gpkg"


class Errors(QgsProcessingFeedback):
    def __init__(self) -> None:
        super().__init__()
        self.errors = []

    def reportError(self, error, fatal_error=False):  # Qt's name
        self.errors.append(error)


def test_the_problems_are_reported_in_chinese(plugin_factory, qgis_processing, tmp_path, monkeypatch):
    import processing

    plugin_factory()
    copy = tmp_path / "sample.gpkg"
    shutil.copyfile(SAMPLE, copy)
    plots = QgsVectorLayer(f"{copy}|layername=industrial_plots", "plots", "ogr")
    fid = next(plots.getFeatures()).id()
    assert plots.dataProvider().changeGeometryValues({fid: QgsGeometry()})  # a plot without geometry
    monkeypatch.setattr(industrial_algorithms, "ui_language", lambda: "zh")
    feedback = Errors()
    processing.run("economic_layer:evaluate_industrial_land", {"INPUT": plots, "OUTPUT": "memory:"},
                   feedback=feedback)
    said = [e for e in feedback.errors if e.startswith("plots: ")]
    # the catalogue's Chinese of "feature {fid}: no land area ({why}); left out of every per-area figure"
    assert said and all(e.startswith(f"plots: 要素 {fid}：没有用地面积") for e in said), feedback.errors
